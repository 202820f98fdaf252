import { formatFraction, formatNumber, parseVietnameseNumber } from "../../src/domain/numbers";
import {
  CHARTS,
  KEY_RATES,
  keyRates,
  nativeChartPlans,
  overviewCharts,
  ratesByUnit,
  type Chart,
} from "../../src/domain/overview";
import { recogniseWorkbook } from "../../src/domain/recognise";
import { type CellRef, checkWorkbook } from "../../src/domain/rules";
import type { WorkbookSnapshot } from "../../src/domain/workbook";
import { OWN_LAYOUTS } from "../fixtures/own-layouts";
import { toSnapshot } from "../fixtures/own-layouts/dsl";
import { templateById } from "../../src/domain/templates";
import { buildTable, typed, workbookOf } from "../support/workbooks";
import { S001_DVC, S001_HEADER } from "../support/seeds";

const chart = (charts: Chart[], id: string) => charts.find((c) => c.id.split("|")[0] === id)!;
const share = (c: Chart, label: string) => c.bars.find((b) => b.label === label)!.segments[0].value;

describe("the overview's declarations", () => {
  it("name rows and columns their templates have", () => {
    const has = (templateId: string, rows: string[], columns: string[]) => {
      const template = templateById(templateId)!;
      for (const id of rows) if (id !== "*") expect(template.rows.map((r) => r.id)).toContain(id);
      for (const id of columns) expect(template.columns.map((c) => c.id)).toContain(id);
    };
    for (const spec of CHARTS)
      for (const id of spec.templates) {
        if (spec.kind === "rate-by-row") has(id, [], [spec.part, spec.whole]);
        if (spec.kind === "parts") has(id, spec.rows, [spec.column]);
        if (spec.kind === "progress" && spec.pairs)
          has(
            id,
            spec.pairs.flatMap((p) => [p.found, p.processed]),
            [spec.column!],
          );
        if (spec.kind === "progress" && !spec.pairs) has(id, [], [spec.found!, spec.processed!]);
      }
    for (const spec of KEY_RATES)
      has(spec.template, [spec.part.row, spec.whole.row], [spec.part.column, spec.whole.column]);
  });
});

describe("the overview of a commune's tables (seed S001)", () => {
  const dvc = buildTable("dvc25", "DVC", S001_HEADER, S001_DVC);
  const charts = overviewCharts(workbookOf(dvc), checkWorkbook(workbookOf(dvc)), "vi");
  const online = chart(charts, "truc_tuyen");

  it("draws each service's online share from its counts, mostly in person first", () => {
    expect(online.scale).toBe("share");
    expect(online.bars).toHaveLength(9);
    expect(share(online, "Đăng ký thường trú")).toBeCloseTo(15 / 78, 12);
    expect(online.bars.find((b) => b.label === "Đăng ký thường trú")!.text).toBe("19,23% (15/78)");
    expect(share(online, "Thông báo lưu trú")).toBeCloseTo(59 / 62, 12);
    const shares = online.bars.map((b) => b.segments[0].value);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(online.bars.every((b) => b.segments[0].value + b.segments[1].value === 1)).toBe(true);
  });

  it("links each bar to the cells it is drawn from, and names the services without dossiers", () => {
    const bar = online.bars.find((b) => b.label === "Đăng ký thường trú")!;
    expect(bar.cells).toEqual([
      { sheet: "DVC", address: dvc.at("dang_ky_thuong_tru", "truc_tuyen") },
      { sheet: "DVC", address: dvc.at("dang_ky_thuong_tru", "tong_ho_so") },
    ]);
    expect(online.empty).toHaveLength(16);
    expect(online.source).toContain("DVC thiết yếu");
  });

  it("flags a bar whose cells hold an error, and counts errors by table", () => {
    const wrong = buildTable("dvc25", "DVC", S001_HEADER, S001_DVC, {
      [dvc.at("dang_ky_tam_tru", "truc_tuyen")]: typed(60),
    });
    const result = checkWorkbook(workbookOf(wrong));
    const drawn = overviewCharts(workbookOf(wrong), result, "vi");
    const bars = chart(drawn, "truc_tuyen").bars;
    expect(bars.find((b) => b.label === "Đăng ký tạm trú")!.flagged).toBe(true);
    expect(bars.find((b) => b.label === "Đăng ký thường trú")!.flagged).toBe(false);
    // 60 of 54 is drawn full, never past the whole; the words keep the figures as written.
    expect(share(chart(drawn, "truc_tuyen"), "Đăng ký tạm trú")).toBe(1);
    expect(bars.find((b) => b.label === "Đăng ký tạm trú")!.text).toBe("111,11% (60/54)");
    const issues = chart(drawn, "loi_theo_bang");
    expect(issues.bars).toHaveLength(1);
    expect(issues.bars[0].segments[0]).toEqual({ value: result.totals.errors, tone: "error" });
    expect(issues.bars[0].cells[0].sheet).toBe("DVC");
  });

  it("leaves out rows marked Không thuộc thẩm quyền", () => {
    const na = buildTable("dvc25", "DVC", S001_HEADER, S001_DVC, {
      [dvc.at("dang_ky_ket_hon", "tham_quyen")]: typed("Không thuộc thẩm quyền"),
    });
    const drawn = chart(overviewCharts(workbookOf(na), undefined, "vi"), "truc_tuyen");
    expect(drawn.bars.map((b) => b.label)).not.toContain("Đăng ký kết hôn");
    expect(drawn.empty).not.toContain("Đăng ký kết hôn");
  });
});

describe("progress against targets and cleaning", () => {
  const header = { unit: "Xã A", level: "xa" as const, cutoff: "2025-06-30" };
  const cccd = buildTable("cccd", "CCCD", header, {
    thu_nhan: { trong_ky: 400, luy_ke: 5000 },
    chi_tieu: { luy_ke: 6000 },
  });
  const dddt = buildTable("dddt", "DDDT", header, {
    kich_hoat_m1: { luy_ke: 1000 },
    kich_hoat_m2: { luy_ke: 2100 },
    chi_tieu_kich_hoat: { luy_ke: 3000 },
  });
  const cleaning = buildTable("lam_sach_tien_do", "Làm sạch", header, {
    ho_khong_chu_ho: { phat_hien: 40, da_xu_ly: 30 },
    xoa_trung: { phat_hien: 10, da_xu_ly: 10 },
  });
  const items = buildTable("lam_sach", "Làm sạch 2", header, {
    huy_vm_chua_giay_to: { so_lieu: 7 },
    huy_vm_vang_mat: { so_lieu: 2 },
  });
  const workbook = workbookOf(cccd, dddt, cleaning, items);
  const charts = overviewCharts(workbook, undefined, "vi");

  it("draws the achieved share of each target against a 100% line, past it when exceeded", () => {
    const targets = chart(charts, "chi_tieu");
    expect(targets.target).toBe(1);
    expect(targets.bars.map((b) => b.segments[0].value)).toEqual([5000 / 6000, 3100 / 3000]);
    expect(targets.bars[1].text).toBe("103,33% (3.100/3.000)");
    expect(targets.bars[0].cells).toEqual([
      { sheet: "CCCD", address: cccd.at("thu_nhan", "luy_ke") },
      { sheet: "CCCD", address: cccd.at("chi_tieu", "luy_ke") },
    ]);
  });

  it("stacks processed and remaining of each cleaning item, and the cases stuck by reason", () => {
    const progress = chart(charts, "tien_do_lam_sach");
    expect(progress.scale).toBe("count");
    expect(progress.bars.map((b) => [b.label, b.segments.map((s) => s.value)])).toEqual([
      ["Hộ không có chủ hộ", [30, 10]],
      ["Rà soát, xóa trùng thông tin", [10, 0]],
    ]);
    const stuck = chart(charts, "vuong_mac");
    expect(stuck.bars.map((b) => [b.label, b.text])).toEqual([
      ["Chưa có giấy tờ chứng minh", "7"],
      ["Công dân vắng mặt", "2"],
    ]);
    expect(stuck.empty).toEqual(["Giấy khai sinh cấp sau 01/7/2021", "Lý do khác"]);
  });

  it("sums up a unit by its key rates; a total is the total row's, else the sum of the rows", () => {
    const rates = keyRates(workbook, "vi");
    expect(rates.map((r) => [r.id, r.part, r.whole])).toEqual([
      ["cccd", 5000, 6000],
      ["dddt", 3100, 3000],
      ["lam_sach", 40, 50],
    ]);
    const noTotal = buildTable(
      "lam_sach_tien_do",
      "Làm sạch",
      header,
      {
        ho_khong_chu_ho: { phat_hien: 40, da_xu_ly: 30 },
      },
      { [cleaning.at("tong_cong", "phat_hien")]: null, [cleaning.at("tong_cong", "da_xu_ly")]: null },
    );
    expect(keyRates(workbookOf(noTotal), "vi")).toMatchObject([{ id: "lam_sach", part: 30, whole: 40 }]);
  });

  it("charts key rates across units, lowest first, naming the units without the figures", () => {
    const units = [
      { name: "Xã A", rates: keyRates(workbook, "vi") },
      { name: "Xã B", rates: [{ ...keyRates(workbook, "vi")[0], part: 1000 }] },
      { name: "Xã C", rates: [] },
    ];
    units[1].rates[0].rate = 1000 / 6000;
    const [cccdByUnit] = ratesByUnit(units, "vi");
    expect(cccdByUnit.title).toBe("CCCD so với chỉ tiêu theo đơn vị");
    expect(cccdByUnit.bars.map((b) => b.label)).toEqual(["Xã B", "Xã A"]);
    expect(cccdByUnit.empty).toEqual(["Xã C"]);
  });
});

describe("the overview of officials' own tables (the own-layout corpus)", () => {
  const workbooks = OWN_LAYOUTS.map((layout) => [layout.id, recogniseWorkbook(toSnapshot(layout))] as const);
  const value = (snapshot: WorkbookSnapshot, cell: CellRef) => {
    const raw = snapshot.sheets.find((s) => s.name === cell.sheet)!.cells.get(cell.address)!.value;
    if (typeof raw === "number") return raw;
    const parsed = parseVietnameseNumber(String(raw), "count");
    return parsed.kind === "number" ? parsed.value : NaN;
  };

  it.each(workbooks)(
    "%s: each share drawn is the part over the whole of the cells it links to",
    (_, snapshot) => {
      for (const chart of overviewCharts(snapshot, checkWorkbook(snapshot), "vi"))
        for (const bar of chart.bars) {
          if (chart.scale !== "share" || bar.cells.length !== 2) continue;
          const [part, whole] = bar.cells.map((cell) => value(snapshot, cell)!);
          expect(bar.text).toBe(
            `${formatFraction(part / whole)} (${formatNumber(part)}/${formatNumber(whole)})`,
          );
        }
    },
  );

  it.each(workbooks)("%s: Excel's chart series are single ranges inside the table's sheet", (_, snapshot) => {
    const { plans } = nativeChartPlans(snapshot, "vi");
    for (const plan of plans)
      for (const range of [plan.categories, ...plan.series.map((s) => s.values)].filter(Boolean))
        expect(range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
  });

  it("draws a table laid across in the pane, and says Excel's chart cannot be bound to it", () => {
    const [, across] = workbooks.find(([id]) => id === "dvc-services-across")!;
    expect(chart(overviewCharts(across, undefined, "vi"), "truc_tuyen").bars.length).toBeGreaterThan(0);
    expect(nativeChartPlans(across, "vi").skipped).toContainEqual(
      expect.objectContaining({ title: "Tỷ lệ tiếp nhận trực tuyến theo dịch vụ", reason: "layout" }),
    );
  });

  it("draws a table of one row per unit as rates by unit", () => {
    const [, units] = workbooks.find(([id]) => id === "district-lists-communes")!;
    const byUnit = overviewCharts(units, undefined, "vi").filter((c) => c.id.startsWith("don_vi_"));
    expect(byUnit.length).toBeGreaterThan(0);
    expect(byUnit[0].bars.length).toBeGreaterThan(1);
  });
});
