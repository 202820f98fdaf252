import fs from "fs";
import path from "path";
import fc from "fast-check";
import {
  type Claim,
  checkText,
  cleaningParagraph,
  dvcParagraph,
  identityParagraph,
} from "../../src/domain/narrative";
import { templateById } from "../../src/domain/templates";
import { buildTable, workbookOf } from "../support/workbooks";

const seed = (name: string) => fs.readFileSync(path.join(__dirname, "..", "fixtures", "seeds", name), "utf8");
const summary = (claims: Claim[]) =>
  claims.map((c) => [c.kind, c.verdict, c.text.replace(/\*\*/g, "").replace(/\s+/g, " ").slice(0, 30)]);

describe("the claims a careful reader finds in the seed reports", () => {
  it("S000 (huyện Cẩm Xuyên): one, the 25 services of which 11 at district and 09 at commune level", () => {
    expect(summary(checkText(seed("000_228a96894253b9ec.txt")))).toEqual([
      ["of-which", "consistent", "25 Dịch vụ công thiết yếu, tro"],
    ]);
  });

  it("S001 (xã Long Hiệp): the 382 dossiers, each service's split and rate (93.65% is wrong), staff, TTHC, vaccination, 06/06", () => {
    const claims = checkText(seed("001_0b124ec2d0cdb01f.txt"));
    expect(summary(claims)).toEqual([
      ["list", "consistent", "382 hồ sơ, trong đó: + Thủ tục"],
      ["parts", "consistent", "78 hồ sơ (63 hồ sơ tiếp nhận t"],
      ["part-rate", "consistent", "78 hồ sơ (63 hồ sơ tiếp nhận t"],
      ["parts", "consistent", "54 hồ sơ (26 hồ sơ tiếp nhận t"],
      ["part-rate", "consistent", "54 hồ sơ (26 hồ sơ tiếp nhận t"],
      ["parts", "consistent", "62 hồ sơ (03 hồ sơ tiếp nhận t"],
      ["part-rate", "inconsistent", "62 hồ sơ (03 hồ sơ tiếp nhận t"],
      ["parts", "consistent", "02 hồ sơ (01 hồ sơ tiếp nhận t"],
      ["part-rate", "consistent", "02 hồ sơ (01 hồ sơ tiếp nhận t"],
      // "02 cán bộ … (01 đồng chí …; 01 đồng chí …)": the total stands too far from its parts to be read safely.
      ["parts", "unreadable", "(01 đồng chí trung cấp tin học"],
      ["of-which", "consistent", "103 hồ sơ, trong đó: đã giải q"],
      ["part-rate", "consistent", "12.496 mũi tiêm vắc xin Covid-"],
      ["ratio", "consistent", "06/06"],
    ]);
    const wrong = claims.find((c) => c.verdict === "inconsistent")!;
    expect(wrong.message).toBe(
      "59/62 = 95,16%, văn bản ghi 93,65% (khớp với 59/63: có thể tính nhầm trên 63)",
    );
    expect(wrong).toMatchObject({ stated: 93.65, suggested: "95,16%" });
    expect(wrong.computed).toBeCloseTo(95.16129, 4);
    expect(claims[0].message).toBe("382 = 78 + 54 + 62 + 2 + 58 + 23 + 32 + 48 + 25: khớp");
    expect(claims.find((c) => c.text.includes("12.496"))!.message).toBe(
      "12.356/12.496 = 98,88%: khớp (văn bản ghi 98,87%, làm tròn xuống)",
    );
  });

  it("S004 (tỉnh Bình Định): the x/y counts, the vaccination rates (99,23% is wrong) and a rate of an unstated whole", () => {
    const claims = checkText(seed("004_56073f0eb60a8110.txt"));
    expect(summary(claims)).toEqual([
      ["ratio", "consistent", "11/25"],
      ["ratio", "consistent", "11/11"],
      ["ratio", "consistent", "159/159"],
      ["ratio", "consistent", "1.114 /1.114"],
      ["ratio-rate", "inconsistent", "1.325.816/1.336.261 đối tượng "],
      ["context-rate", "unreadable", "10.445 đối tượng (đạt tỷ lệ 0."],
      ["ratio-rate", "consistent", "1.051.292 đối tượng/1.325.816 "],
      ["ratio-rate", "consistent", "274.524 đối tượng/1.325.816 đố"],
    ]);
    expect(claims[4].message).toBe(
      "1.325.816/1.336.261 = 99,22%, văn bản ghi 99,23% (có thể gõ nhầm một chữ số)",
    );
  });
});

describe("claims in synthetic sentences", () => {
  const only = (text: string) => {
    const claims = checkText(text);
    expect(claims).toHaveLength(1);
    return claims[0];
  };

  it("reads every rate form: x/y (đạt z%), x hồ sơ/Tổng số y hồ sơ (đạt tỷ lệ z%), x/y đối tượng (đạt tỷ lệ z%)", () => {
    expect(only("Đã kích hoạt 3.100/3.000 tài khoản (đạt 103,33%).")).toMatchObject({
      kind: "ratio-rate",
      verdict: "consistent",
    });
    expect(only("Tiếp nhận 59 hồ sơ/Tổng số 62 hồ sơ (đạt tỷ lệ 93,65%).")).toMatchObject({
      kind: "ratio-rate",
      verdict: "inconsistent",
    });
    expect(only("Kích hoạt 2.100 tài khoản/chỉ tiêu 3.000 tài khoản (đạt tỷ lệ 70%).")).toMatchObject({
      kind: "ratio-rate",
      verdict: "consistent",
    });
    expect(only("Có 7/9 đối tượng (đạt tỷ lệ 77,77%).")).toMatchObject({ verdict: "consistent" }); // truncated
    expect(only("Có 7/9 đối tượng (đạt tỷ lệ 77,79%).")).toMatchObject({ verdict: "inconsistent" });
  });

  it("reads totals with parts, '+' lists, 'trong đó' clauses and remainders", () => {
    expect(only("Tiếp nhận 12 hồ sơ (5 hồ sơ trực tiếp; 8 hồ sơ trực tuyến).")).toMatchObject({
      kind: "parts",
      verdict: "inconsistent",
      message: "12 ≠ 5 + 8 = 13",
      suggested: "13",
    });
    expect(only("Đã tiếp nhận 10 hồ sơ, trong đó: + Thường trú: 4 hồ sơ; + Tạm trú: 7 hồ sơ.")).toMatchObject(
      { kind: "list", verdict: "inconsistent" },
    );
    // Fewer than the total: the list may name some services only.
    expect(only("Đã tiếp nhận 10 hồ sơ, trong đó: - Thường trú: 4 hồ sơ; - Tạm trú: 5 hồ sơ.")).toMatchObject(
      {
        kind: "list",
        verdict: "unreadable",
        message: "không đọc được: 4 + 5 = 9, ít hơn tổng 10; văn bản có thể chỉ nêu một số phần",
      },
    );
    expect(only("Tổng số 1.200 trường hợp, trong đó nộp trực tuyến 300 trường hợp đạt 25%.")).toMatchObject({
      kind: "part-rate",
      verdict: "consistent",
    });
    expect(
      only("Rà soát 120 trường hợp, trong đó 110 trường hợp đã hoàn thiện, 20 trường hợp vướng mắc."),
    ).toMatchObject({ kind: "breakdown", verdict: "inconsistent" });
    expect(only("Phát hiện 40 hộ, đã xử lý 30 hộ, còn lại 12 hộ.")).toMatchObject({
      kind: "remainder",
      verdict: "inconsistent",
      suggested: "10",
    });
    expect(only("Phát hiện 40 hộ, đã xử lý 30 hộ, còn lại 10 hộ.")).toMatchObject({
      kind: "remainder",
      verdict: "consistent",
    });
  });

  it("handles every number format: 1.174, 1,234,567, 19.23%, 51,85%, 01, and line breaks and bold markers", () => {
    expect(
      only("Tổng số 1,234,567 người (1,000,000 người đã đồng bộ; 234,567 người chưa đồng bộ)."),
    ).toMatchObject({ verdict: "consistent" });
    const claims = checkText(
      "Thường trú: **78** hồ sơ (**63** trực tiếp;\n**15** trực tuyến), đạt\n**19.23%**;",
    );
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([
      ["parts", "consistent"],
      ["part-rate", "consistent"],
    ]);
    expect(only("Tạm vắng: 02 hồ sơ (01 trực tiếp; 01 trực tuyến).")).toMatchObject({
      message: "2 = 1 + 1: khớp",
    });
  });

  it("keeps offsets in the text as given, before any normalisation", () => {
    const text =
      "Mở đầu. Tiếp nhận 1\u0323\u0302 … không; 62 ho\u0302\u0300 sơ (03 trực tiếp; 59 trực tuyến), đạt 93.65%.";
    const [parts] = checkText(text);
    expect(text.slice(parts.start, parts.end)).toBe(parts.text);
    expect(parts.text.startsWith("62 ho\u0302\u0300 sơ")).toBe(true);
  });

  it("does not read document numbers, dates or month/year as ratios, nor 'mức độ 4' as a total", () => {
    expect(
      checkText(
        "Theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018, Công văn 1552/BTTTT-THH ngày 26/4/2022, tháng 3/2022.",
      ),
    ).toEqual([]);
    expect(
      checkText("Dịch vụ công mức độ 3, mức độ 4, trong đó tập trung triển khai 25 dịch vụ công thiết yếu."),
    ).toEqual([]);
    expect(checkText("Đảm bảo 100% công dân trong độ tuổi được cấp thẻ.")).toEqual([]);
  });

  it("speaks English when asked", () => {
    expect(checkText("Có 59/62 hồ sơ (đạt 93,65%).", "en")[0].message).toBe(
      "59/62 = 95,16%, the text says 93,65% (matches 59/63)",
    );
  });
});

describe("writing the report's paragraphs from tables", () => {
  it("writes the DVC section in the reports' style, leaving out services not received or not competent", () => {
    const text = dvcParagraph({
      dang_ky_thuong_tru: { tong_ho_so: 78, truc_tiep: 63, truc_tuyen: 15, da_giai_quyet: 78 },
      dang_ky_tam_tru: { tong_ho_so: 54, truc_tiep: 26, truc_tuyen: 28 },
      ho_chieu: { tham_quyen: "Không thuộc thẩm quyền", tong_ho_so: 3, truc_tiep: 3, truc_tuyen: 0 },
    });
    expect(text).toBe(
      "Đã tiếp nhận 132 hồ sơ, trong đó:\n" +
        "+ Đăng ký thường trú: 78 hồ sơ (63 hồ sơ tiếp nhận trực tiếp; 15 hồ sơ tiếp nhận trực tuyến), đạt 19,23%; đã giải quyết 78 hồ sơ.\n" +
        "+ Đăng ký tạm trú: 54 hồ sơ (26 hồ sơ tiếp nhận trực tiếp; 28 hồ sơ tiếp nhận trực tuyến), đạt 51,85%.",
    );
  });

  it("writes the identity and cleaning sections", () => {
    const identity = identityParagraph(
      { thu_nhan: { trong_ky: 420, luy_ke: 4950 }, tra_the: { luy_ke: 4800 } },
      {
        kich_hoat_m1: { luy_ke: 1000 },
        kich_hoat_m2: { luy_ke: 2100 },
        chi_tieu_kich_hoat: { luy_ke: 3000 },
      },
    );
    expect(identity).toContain(
      "Kết quả kích hoạt 3.100 tài khoản/chỉ tiêu 3.000 tài khoản (đạt tỷ lệ 103,33%).",
    );
    const cleaning = cleaningParagraph({
      cmnd_9_so: { so_lieu: 125 },
      huy_ra_soat: { so_lieu: 27 },
      huy_da_hoan_thien: { so_lieu: 20 },
      huy_vuong_mac: { so_lieu: 7 },
    });
    expect(cleaning).toBe(
      "- Hủy, xác lập lại số định danh cá nhân: rà soát 27 trường hợp (20 trường hợp đã hoàn thiện; 7 trường hợp còn vướng mắc).\n- Rà soát, cập nhật số CMND 9 số còn thiếu: 125 trường hợp.",
    );
    expect(checkText(identity + "\n" + cleaning).map((c) => c.verdict)).toEqual([
      "consistent",
      "consistent",
      "consistent",
    ]);
  });

  it("round trip: text written from any valid table reads back as claims that are all consistent", () => {
    const services = templateById("dvc25")!
      .rows.filter((r) => !r.total)
      .map((r) => r.id);
    const row = fc
      .record({ direct: fc.nat(5000), online: fc.nat(5000) })
      .filter((r) => r.direct + r.online > 0);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...services), row, { minKeys: 1, maxKeys: 25 }), (rows) => {
        const values = Object.fromEntries(
          Object.entries(rows).map(([id, r]) => [
            id,
            { tong_ho_so: r.direct + r.online, truc_tiep: r.direct, truc_tuyen: r.online },
          ]),
        );
        const claims = checkText(dvcParagraph(values));
        const services = Object.keys(rows).length;
        // Each service's split and rate, and the list's total once it has two items.
        expect(claims.length).toBe(2 * services + (services > 1 ? 1 : 0));
        expect(claims.filter((c) => c.verdict !== "consistent")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the report's text against the workbook's tables", () => {
  const dvc = buildTable(
    "dvc25",
    "DVC",
    { unit: "xã Long Hiệp" },
    {
      dang_ky_thuong_tru: { tong_ho_so: 85, truc_tiep: 70, truc_tuyen: 15, da_giai_quyet: 85 },
      dang_ky_tam_tru: { tong_ho_so: 54, truc_tiep: 26, truc_tuyen: 28 },
    },
  );
  const cleaning = buildTable(
    "lam_sach",
    "Làm sạch",
    { unit: "xã Long Hiệp" },
    { cmnd_9_so: { so_lieu: 125 } },
  );
  const workbook = workbookOf(dvc, cleaning);
  const againstTables = (text: string) =>
    checkText(text, "vi", workbook)
      .filter((c) => c.kind === "table")
      .map((c) => [c.text, c.verdict, c.cell?.address]);

  it("compares each figure the text gives for a service with the DVC table, naming both places", () => {
    const text =
      "+ Thủ tục đăng ký thường trú: **78** hồ sơ (**63** hồ sơ tiếp nhận trực tiếp; **15** hồ sơ tiếp nhận trên cổng dịch vụ công trực tuyến), đạt **19.23%**; đã giải quyết **78** hồ sơ.\n" +
      "+ Thủ tục đăng ký tạm trú: **54** hồ sơ (**26** hồ sơ tiếp nhận trực tiếp; **28** hồ sơ tiếp nhận trực tuyến), đạt **51.85%**.";
    expect(againstTables(text)).toEqual([
      ["78", "inconsistent", dvc.at("dang_ky_thuong_tru", "tong_ho_so")],
      ["63", "inconsistent", dvc.at("dang_ky_thuong_tru", "truc_tiep")],
      ["15", "consistent", dvc.at("dang_ky_thuong_tru", "truc_tuyen")],
      ["78", "inconsistent", dvc.at("dang_ky_thuong_tru", "da_giai_quyet")],
      ["54", "consistent", dvc.at("dang_ky_tam_tru", "tong_ho_so")],
      ["26", "consistent", dvc.at("dang_ky_tam_tru", "truc_tiep")],
      ["28", "consistent", dvc.at("dang_ky_tam_tru", "truc_tuyen")],
    ]);
    const [total] = checkText(text, "vi", workbook).filter((c) => c.kind === "table");
    expect(total.message).toBe(
      `Đăng ký thường trú — Tổng số hồ sơ tiếp nhận: văn bản ghi 78, bảng ghi 85 (DVC!${dvc.at("dang_ky_thuong_tru", "tong_ho_so")})`,
    );
    expect(total.suggested).toBe("85");
  });

  it("compares cleaning items, and says nothing of figures no table holds", () => {
    expect(
      againstTables(
        "- Rà soát, cập nhật số CMND 9 số còn thiếu: **120** trường hợp\n- Đăng ký khai sinh: 58 hồ sơ.",
      ),
    ).toEqual([["120", "inconsistent", cleaning.at("cmnd_9_so", "so_lieu")]]);
  });

  it("does not compare when two tables disagree: it says so", () => {
    const other = buildTable(
      "dvc25",
      "DVC (2)",
      { unit: "xã Long Hiệp" },
      {
        dang_ky_thuong_tru: { tong_ho_so: 78, truc_tiep: 63, truc_tuyen: 15 },
      },
    );
    const [claim] = checkText("+ Đăng ký thường trú: 78 hồ sơ.", "vi", workbookOf(dvc, other)).filter(
      (c) => c.kind === "table",
    );
    expect(claim).toMatchObject({ verdict: "unreadable" });
    expect(claim.message).toMatch(/nhiều bảng/);
  });
});
