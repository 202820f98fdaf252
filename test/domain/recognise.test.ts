// Recognition of officials' own tables, piece by piece: the words, the headings, the lines above a table, the
// user's corrections, and how recognised tables take part in the checks across tables and periods.
import { correctionsOf, metadataXml, parseMetadataXml } from "../../src/domain/metadata";
import type { TableCorrection } from "../../src/domain/metadata";
import { recogniseWorkbook } from "../../src/domain/recognise";
import { periodOf } from "../../src/domain/recognise/context";
import { unitOf } from "../../src/domain/recognise/lines";
import { templateWords } from "../../src/domain/recognise/vocabulary";
import { fieldNamed } from "../../src/domain/recognise/vocabulary";
import { wordKey } from "../../src/domain/recognise/words";
import { checkWorkbook } from "../../src/domain/rules";
import { templateById } from "../../src/domain/templates";
import { block, type Cell, sheet, toSnapshot } from "../fixtures/own-layouts/dsl";
import { buildTable, workbookOf } from "../support/workbooks";
import { S001_DVC, S001_HEADER } from "../support/seeds";

const recognise = (rows: Cell[][], corrections: TableCorrection[] = [], at = "A1") =>
  recogniseWorkbook(toSnapshot({ sheets: [sheet("S", [block(at, rows)])] }), corrections);
const findings = (snapshot: ReturnType<typeof recognise>) =>
  checkWorkbook(snapshot).issues.map((i) => `${i.ruleId}@${i.cells[0]?.address}`);

describe("the words of officials' headings", () => {
  it("compares without case, diacritics, punctuation, spelling variants or leading zeros", () => {
    expect(wordKey("Tỉ lệ (%)")).toBe("ty le %");
    expect(wordKey("  TỶ LỆ  %")).toBe("ty le %");
    expect(wordKey("Hộ có trên 01 chủ hộ")).toBe("ho co tren 1 chu ho");
    expect(wordKey("Luỹ kế")).toBe(wordKey("Lũy kế"));
    expect(wordKey("Rà soát, xoá trùng")).toBe("ra soat xoa trung");
  });

  const dvc = templateWords(templateById("dvc25")!);
  const path = (texts: string[], siblingIds: string[][] = texts.slice(1).map(() => [])) => ({
    texts,
    keys: texts.map(wordKey),
    siblingIds,
  });

  it.each([
    [["Tổng số hồ sơ"], "tong_ho_so"],
    [["Số hồ sơ tiếp nhận"], "tong_ho_so"],
    [["Trong đó", "Trực tuyến"], "truc_tuyen"],
    [["Qua Cổng DVC"], "truc_tuyen"],
    [["Tại Bộ phận một cửa"], "truc_tiep"],
    [["Tỷ lệ (%)"], "ty_le_truc_tuyen"],
    [["Đạt tỷ lệ"], "ty_le_truc_tuyen"],
    [["Tỷ lệ hồ sơ trực tuyến (%)"], "ty_le_truc_tuyen"],
    [["Truc tuyen"], "truc_tuyen"],
    [["Đã giải quyết đúng hạn"], "tra_dung_han"],
    [["Trực tuyến", "Số hồ sơ"], "truc_tuyen"],
    [["Trực tuyến", "Tỷ lệ"], "ty_le_truc_tuyen"],
  ])("%j names %s", (texts, id) => {
    expect(fieldNamed(dvc, path(texts))).toBe(id);
  });

  it("a parent names a column only when no sibling column claims it", () => {
    // "Kết quả tiếp nhận hồ sơ trực tuyến" over "Tổng số" | "Trực tuyến" | "Tỷ lệ": the first is the total.
    const texts = ["Kết quả tiếp nhận hồ sơ trực tuyến", "Tổng số"];
    expect(fieldNamed(dvc, path(texts, [["truc_tuyen", "ty_le_truc_tuyen"]]))).toBe("tong_ho_so");
  });

  it("names nothing when two columns' wordings are there, rather than guess", () => {
    expect(fieldNamed(dvc, path(["Tổng số hồ sơ tiếp nhận trực tuyến"]))).toBeUndefined();
    expect(fieldNamed(dvc, path(["Số hồ sơ quá hạn"]))).toBeUndefined();
  });

  it("units by their level words, with or without an agency before them", () => {
    expect(unitOf("UBND XÃ LONG HIỆP")).toEqual({ name: "Xã Long Hiệp", level: "xa" });
    expect(unitOf("Công an phường 3")).toEqual({ name: "Phường 3", level: "xa" });
    expect(unitOf("Thị xã Kỳ Anh")).toEqual({ name: "Thị xã Kỳ Anh", level: "huyen" });
    expect(unitOf("Xa Cam Binh")).toEqual({ name: "Xa Cam Binh", level: "xa" });
    expect(unitOf("Quản lý cư trú")).toBeUndefined();
    expect(unitOf("Tổng cộng")).toBeUndefined();
  });

  it.each([
    ["Từ ngày 15/12/2024 đến ngày 14/01/2025", { from: "2024-12-15", to: "2025-01-14" }],
    ["(Kỳ báo cáo: tháng 6/2025)", { from: "2025-06-01", to: "2025-06-30" }],
    ["Sơ kết 6 tháng đầu năm 2022", { from: "2022-01-01", to: "2022-06-30" }],
    ["Quý II năm 2025", { from: "2025-04-01", to: "2025-06-30" }],
    ["Số liệu tính đến ngày 30 tháng 6 năm 2025", { cutoff: "2025-06-30" }],
    ["Cẩm Xuyên, ngày 20 tháng 6 năm 2022", {}],
    ["Từ ngày 31/02/2025 đến ngày 14/03/2025", {}],
  ])("the period in %j", (text, period) => {
    expect(periodOf(text)).toEqual(period);
  });
});

const TABLE: Cell[][] = [
  ["STT", "Tên dịch vụ công", "Tổng số", "Trực tuyến", "Tỷ lệ (%)"],
  [1, "Đăng ký thường trú", 40, 10, 100],
  [2, "Đăng ký tạm trú", 20, 15, 100],
  [3, "Thông báo lưu trú", 50, 45, 100],
];

describe("the user's corrections", () => {
  it("without one, a rate column that is another rate fails the online rate on every row: not concluded, and said", () => {
    const snapshot = recognise(TABLE);
    expect(findings(snapshot)).toEqual(["nhan_dang.bo_qua@E1"]);
    const doubts = checkWorkbook(snapshot).cannotCheck.filter((c) => c.ruleId === "so_hoc.chua_ket_luan");
    expect(doubts.map((c) => c.message)).toEqual([
      expect.stringContaining(
        "chưa kết luận “Tỷ lệ trực tuyến (%) = Tiếp nhận trực tuyến/Tổng số hồ sơ tiếp nhận” vì quan hệ này sai ở 3/3",
      ),
      expect.stringContaining("không xác định được Tỷ lệ (%) tính từ những số liệu nào"),
    ]);
  });

  it('a column marked "not checked" is left out, and the next check reads the same', () => {
    const correction: TableCorrection = {
      sheet: "S",
      anchor: "A1",
      signature: "",
      lines: { [wordKey("Tỷ lệ (%)")]: "" },
    };
    const snapshot = recognise(TABLE, [correction]);
    expect(findings(snapshot)).toEqual([]);
    const [table] = snapshot.recognition!.tables;
    expect(table.across.find((line) => line.index === 5)).toMatchObject({ role: "ignored", corrected: true });
    expect(table.corrected).toBe(true);
  });

  it("a correction made before rows were inserted above the table still finds it, by its headings", () => {
    const before = recognise(TABLE).recognition!.tables[0];
    const correction = { sheet: "S", anchor: "A1", signature: before.signature, ignore: true };
    const moved = recognise(TABLE, [correction], "A4");
    expect(moved.recognition!.tables).toEqual([]);
    expect(moved.recognition!.ignored).toEqual([{ sheet: "S", range: "A4:E7", signature: before.signature }]);
    expect(checkWorkbook(moved).issues).toEqual([]);
  });

  it("a template chosen for an area BC06 did not recognise", () => {
    const rows: Cell[][] = [
      ["Nội dung", "Kỳ này", "Từ đầu năm"],
      ["Hồ sơ tiếp nhận mới", 120, 900],
      ["Thẻ đã trả", 130, 850],
    ];
    // Without it, only the table's own arithmetic is read (this period's figures not above the year's).
    const unread = recognise(rows);
    expect(unread.recognition!.tables.map((t) => [t.templateId, t.range])).toEqual([[undefined, "A1:C3"]]);
    const chosen: TableCorrection = {
      sheet: "S",
      anchor: "A1",
      signature: "",
      templateId: "cccd",
      lines: {
        [wordKey("Kỳ này")]: "trong_ky",
        [wordKey("Từ đầu năm")]: "luy_ke",
        [wordKey("Hồ sơ tiếp nhận mới")]: "thu_nhan",
        [wordKey("Thẻ đã trả")]: "tra_the",
      },
    };
    const read = recognise(rows, [chosen]);
    expect(read.recognition!.tables.map((t) => [t.templateId, t.range])).toEqual([["cccd", "A1:C3"]]);
    expect(read.tables[0]).toMatchObject({ templateId: "cccd", origin: "detected" });
  });

  it("corrections are kept in the workbook as BC06's records, and read back", () => {
    const correction: TableCorrection = {
      sheet: 'Báo cáo "6 tháng"',
      anchor: "B5",
      signature: "stt|ten dich vu cong|tong so",
      templateId: "dvc25",
      lines: { "ty le %": "", "trong do > truc tuyen": "truc_tuyen" },
    };
    const record = parseMetadataXml(metadataXml({ kind: "mapping", ...correction }));
    expect(correctionsOf([record!])).toEqual([correction]);
    expect(
      correctionsOf([parseMetadataXml(metadataXml({ kind: "mapping", ...correction, ignore: true }))!]),
    ).toEqual([{ ...correction, ignore: true }]);
  });
});

describe("recognised tables among the others", () => {
  it("BC06's own table is not recognised a second time", () => {
    const snapshot = recogniseWorkbook(workbookOf(buildTable("dvc25", "DVC", S001_HEADER, S001_DVC)));
    expect(snapshot.recognition!.tables).toEqual([]);
    expect(snapshot.tables.map((t) => t.origin)).toEqual(["bc06"]);
  });

  it("cumulative figures of an official's CCCD table against last month's", () => {
    const month = (title: string, inPeriod: number, cumulative: number, returned: number) =>
      toSnapshot({
        sheets: [
          sheet("CCCD", [
            block("A1", [["CÔNG AN XÃ KỲ BẮC"], [title]]),
            block("A4", [
              ["Nội dung", "Trong tháng", "Lũy kế"],
              ["Thu nhận hồ sơ CCCD", inPeriod, cumulative],
              ["Đã trả thẻ", 10, returned],
            ]),
          ]),
        ],
      });
    const may = recogniseWorkbook(month("Báo cáo tháng 5/2025", 40, 400, 100));
    const june = recogniseWorkbook(month("Báo cáo tháng 6/2025", 50, 430, 110));
    const result = checkWorkbook(june, { previous: may });
    expect(result.issues.map((i) => [i.ruleId, i.cells[0].address])).toEqual([["luy_ke.cong_don", "C5"]]);
    expect(result.issues[0].message).toContain("lũy kế 430 ≠ lũy kế kỳ trước 400 + trong kỳ 50 = 450");
  });
});
