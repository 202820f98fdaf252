import { checkWorkbook, type CheckResult, type Issue } from "../../src/domain/rules";
import { buildTable, typed, workbookOf } from "../support/workbooks";
import {
  S001_DVC,
  S001_HEADER,
  S001_STATED_RATES,
  S004_HEADER,
  S004_STATED_RATES,
  S004_TIEM_CHUNG,
} from "../support/seeds";

const PCT = "0.00%";
const byRule = (result: CheckResult, ruleId: string): Issue[] =>
  result.issues.filter((i) => i.ruleId === ruleId);

describe("the engine on real figures (seed S001, a commune's 25-service table)", () => {
  function s001(origin: "bc06" | "detected" = "detected") {
    const overrides = Object.fromEntries(
      Object.entries(S001_STATED_RATES).map(([row, rate]) => [
        buildTable("dvc25", "DVC", {}).at(row, "ty_le_truc_tuyen"),
        typed(rate, PCT),
      ]),
    );
    return buildTable("dvc25", "DVC", S001_HEADER, S001_DVC, overrides, origin);
  }

  it("confirms the correct rates and the 382 total, and flags only 93.65% for 59/62", () => {
    const built = s001();
    const result = checkWorkbook(workbookOf(built));
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue).toMatchObject({
      ruleId: "ty_le_truc_tuyen",
      severity: "error",
      sheet: "DVC",
      culprit: { sheet: "DVC", address: built.at("thong_bao_luu_tru", "ty_le_truc_tuyen") },
      suggested: { cell: { address: built.at("thong_bao_luu_tru", "ty_le_truc_tuyen") } },
    });
    expect(issue.suggested!.value).toBeCloseTo(0.9516, 10);
    expect(issue.suggested!.text).toBe("95,16%");
    expect(issue.message).toBe(
      "Thông báo lưu trú: Tỷ lệ trực tuyến (%) ghi 93,65%, nhưng 59/62 = 95,16%. Tỷ lệ ghi khớp với 59/63: có thể đã tính trên tổng 63.",
    );
    expect(result.byRule["ty_le_truc_tuyen"]).toMatchObject({ failed: 1 });
    expect(result.byRule["dong_tong_cong"].failed).toBe(0);
    expect(result.byRule["tong_bang_truc_tiep_cong_truc_tuyen"]).toMatchObject({ passed: 10, failed: 0 });
    expect(result.totals).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });

  it("reports a finding once, even when the table is located twice", () => {
    const workbook = workbookOf(s001());
    workbook.tables.push({ ...workbook.tables[0] });
    const result = checkWorkbook(workbook);
    expect(result.issues.map((i) => i.ruleId)).toEqual(["ty_le_truc_tuyen"]);
    expect(result.byRule.ty_le_truc_tuyen.failed).toBe(1);
  });

  it("in a BC06 table, typed rates over the template's formulas are flagged as such too", () => {
    const result = checkWorkbook(workbookOf(s001("bc06")));
    expect(byRule(result, "o.ghi_de_cong_thuc")).toHaveLength(4);
    const [first] = byRule(result, "o.ghi_de_cong_thuc");
    expect(first.message).toBe(
      `Ô ${first.cells[0].address} (Đăng ký thường trú) theo mẫu là công thức, nhưng đang chứa số nhập tay 19,23%.`,
    );
    expect(first.instruction).toMatch(/khôi phục công thức =IF\(N\(D\d+\)=0,"",F\d+\/D\d+\)/);
  });

  it("speaks English when asked", () => {
    const result = checkWorkbook(workbookOf(s001()), { language: "en" });
    expect(result.issues[0].message).toBe(
      "Notification of stay: Online rate (%) states 93,65%, but 59/62 = 95,16%. The stated rate matches 59/63: perhaps computed on a total of 63.",
    );
  });
});

describe("the engine on real figures (seed S004, vaccination data)", () => {
  it("confirms 1.336.261 = 1.325.816 + 10.445, 79,29% and the rounded 20,71%", () => {
    const base = buildTable("tiem_chung", "TC", S004_HEADER, S004_TIEM_CHUNG);
    const built = buildTable(
      "tiem_chung",
      "TC",
      S004_HEADER,
      S004_TIEM_CHUNG,
      {
        [base.at("ty_le_dung", "doi_tuong")]: typed(S004_STATED_RATES.ty_le_dung, PCT),
        [base.at("ty_le_sai", "doi_tuong")]: typed(S004_STATED_RATES.ty_le_sai, PCT),
      },
      "detected",
    );
    const result = checkWorkbook(workbookOf(built));
    expect(result.issues).toEqual([]);
    expect(result.byRule["hoat_dong_bang_co_cong_khong"]).toMatchObject({ passed: 2, failed: 0 });
    expect(result.byRule["ty_le_dung"].passed).toBe(2);
  });

  it("accepts 20,70% (truncation) as consistent, with a note, and refuses it when truncation is turned off", () => {
    const base = buildTable("tiem_chung", "TC", S004_HEADER, S004_TIEM_CHUNG);
    const overrides = { [base.at("ty_le_sai", "doi_tuong")]: typed(0.207, PCT) };
    const built = buildTable("tiem_chung", "TC", S004_HEADER, S004_TIEM_CHUNG, overrides, "detected");
    const accepted = checkWorkbook(workbookOf(built));
    expect(accepted.issues.map((i) => [i.ruleId, i.severity])).toEqual([
      ["ty_le_sai.lam_tron_xuong", "info"],
    ]);
    const refused = checkWorkbook(workbookOf(built), { acceptTruncated: false });
    expect(refused.issues.map((i) => [i.ruleId, i.severity])).toEqual([["ty_le_sai", "error"]]);
  });
});

describe("sum and less-or-equal rules", () => {
  const dvc = (values: Record<string, number | string | null>, overrides = {}) =>
    buildTable("dvc25", "DVC", {}, { dang_ky_thuong_tru: values }, overrides);

  it("shows the arithmetic and names a one-digit slip as the culprit", () => {
    const built = dvc({ tong_ho_so: 87, truc_tiep: 63, truc_tuyen: 15 });
    const [issue] = byRule(checkWorkbook(workbookOf(built)), "tong_bang_truc_tiep_cong_truc_tuyen");
    expect(issue.message).toBe(
      "Đăng ký thường trú: Tổng số hồ sơ tiếp nhận = 87, nhưng Tiếp nhận trực tiếp (63) + Tiếp nhận trực tuyến (15) = 78 (lệch 9).",
    );
    expect(issue).toMatchObject({
      left: 87,
      right: 78,
      difference: 9,
      culprit: { address: built.at("dang_ky_thuong_tru", "tong_ho_so") },
    });
    expect(issue.suggested).toEqual({
      cell: { sheet: "DVC", address: built.at("dang_ky_thuong_tru", "tong_ho_so") },
      value: 78,
      text: "78",
    });
  });

  it("suggests nothing when no single slip explains the difference, except on a typed total row", () => {
    const built = dvc({ tong_ho_so: 100, truc_tiep: 63, truc_tuyen: 15 });
    const [issue] = byRule(checkWorkbook(workbookOf(built)), "tong_bang_truc_tiep_cong_truc_tuyen");
    expect(issue.culprit).toBeUndefined();
    expect(issue.suggested).toBeUndefined();
    const typedTotal = dvc(
      { tong_ho_so: 78, truc_tiep: 63, truc_tuyen: 15 },
      { [built.at("tong_cong", "tong_ho_so")]: { value: 100 } },
    );
    const [total] = byRule(checkWorkbook(workbookOf(typedTotal)), "dong_tong_cong");
    expect(total.suggested).toMatchObject({ value: 78, text: "78" });
  });

  it("flags online larger than the total", () => {
    const built = dvc({ tong_ho_so: 15, truc_tiep: 0, truc_tuyen: 150 });
    const result = checkWorkbook(workbookOf(built));
    const [issue] = byRule(result, "truc_tuyen_khong_vuot_tong");
    expect(issue.message).toBe(
      "Đăng ký thường trú: Tiếp nhận trực tuyến = 150 lớn hơn Tổng số hồ sơ tiếp nhận = 15 (vượt 135).",
    );
    expect(byRule(result, "ty_le_truc_tuyen.vuot_100")).toHaveLength(0); // the template's formula gives 1000%, not a stated rate
  });

  it("skip-if-any: a blank operand makes the check 'cannot check', a fully blank row is just unused", () => {
    const built = dvc({ tong_ho_so: 10, truc_tiep: 4 });
    const result = checkWorkbook(workbookOf(built));
    const [notChecked] = result.cannotCheck.filter((c) => c.ruleId === "tong_bang_truc_tiep_cong_truc_tuyen");
    expect(notChecked.missing).toEqual([
      { sheet: "DVC", address: built.at("dang_ky_thuong_tru", "truc_tuyen") },
    ]);
    // The check in words, never the rule's id.
    expect(notChecked.message).toBe(
      `Đăng ký thường trú: không kiểm tra được “Tổng số hồ sơ tiếp nhận = Tiếp nhận trực tiếp + Tiếp nhận trực tuyến” vì thiếu hoặc sai số liệu ở ${built.at("dang_ky_thuong_tru", "truc_tuyen")}.`,
    );
    // 24 blank service rows are unused, not "cannot check"; the total row is not checked over a row that was not.
    expect(result.byRule["tong_bang_truc_tiep_cong_truc_tuyen"]).toEqual({
      passed: 0,
      failed: 0,
      cannotCheck: 1,
    });
  });

  it("skip-if-all: a blank counts as 0 while the side has a figure", () => {
    // đã giải quyết + đang giải quyết ≤ tổng, with "đang" left blank.
    const built = dvc({ tong_ho_so: 10, truc_tiep: 10, truc_tuyen: 0, da_giai_quyet: 12 });
    const issues = byRule(checkWorkbook(workbookOf(built)), "giai_quyet_khong_vuot_tiep_nhan");
    expect(issues).toHaveLength(1); // the row, not again its total
    expect(issues[0]).toMatchObject({
      left: 12,
      right: 10,
      cells: [
        { address: built.at("dang_ky_thuong_tru", "da_giai_quyet") },
        expect.anything(),
        expect.anything(),
      ],
    });
  });

  it("zero: a total row adds blanks as 0 and is checked against the rows", () => {
    const base = dvc({ tong_ho_so: 10, truc_tiep: 10, truc_tuyen: 0 });
    const built = dvc(
      { tong_ho_so: 10, truc_tiep: 10, truc_tuyen: 0 },
      { [base.at("tong_cong", "tong_ho_so")]: { value: 12, formula: "=SUMIFS(…)" } },
    );
    const [issue] = byRule(checkWorkbook(workbookOf(built)), "dong_tong_cong");
    expect(issue).toMatchObject({ left: 12, right: 10, difference: 2 });
    expect(issue.message).toMatch(/Tổng số hồ sơ tiếp nhận: Tổng cộng = 12, nhưng tổng các dòng \(25\) = 10/);
  });

  it("honours a tolerance", async () => {
    const { defineTemplate } = await import("../../src/domain/templates");
    const tolerant = defineTemplate({
      ...(await import("../../src/domain/templates")).templateById("dvc25")!,
      id: "dvc25",
      rules: [
        {
          id: "r",
          kind: "sum",
          severity: "error",
          for: "each-row",
          left: ["tong_ho_so"],
          right: ["truc_tiep", "truc_tuyen"],
          tolerance: 1,
        },
      ],
    });
    expect(tolerant.rules[0]).toMatchObject({ tolerance: 1, missing: "skip-if-any" });
  });
});

describe("not applicable rows ('Không thuộc thẩm quyền')", () => {
  it("are left out of checks and totals, and warned about when they hold figures", () => {
    const built = buildTable(
      "dvc25",
      "DVC",
      {},
      {
        dang_ky_thuong_tru: { tong_ho_so: 10, truc_tiep: 10, truc_tuyen: 0 },
        ho_chieu: { tham_quyen: "Không thuộc thẩm quyền", tong_ho_so: 5, truc_tiep: 9, truc_tuyen: 0 },
      },
    );
    const result = checkWorkbook(workbookOf(built));
    // 5 ≠ 9 + 0 would be an error in an applicable row.
    expect(byRule(result, "tong_bang_truc_tiep_cong_truc_tuyen")).toEqual([]);
    expect(byRule(result, "dong_tong_cong")).toEqual([]);
    const [warning] = byRule(result, "o.khong_thuoc_tham_quyen_co_so_lieu");
    expect(warning.severity).toBe("warning");
    expect(warning.cells.map((c) => c.address)).toEqual([
      built.at("ho_chieu", "tong_ho_so"),
      built.at("ho_chieu", "truc_tiep"),
      built.at("ho_chieu", "truc_tuyen"),
    ]);
  });
});

describe("ratio rules", () => {
  const cccd = (thuNhan: number, chiTieu: number, stated: number | null) => {
    const base = buildTable("cccd", "CCCD", {});
    return buildTable(
      "cccd",
      "CCCD",
      {},
      { thu_nhan: { luy_ke: thuNhan }, chi_tieu: { luy_ke: chiTieu } },
      stated === null ? {} : { [base.at("ty_le_dat", "luy_ke")]: typed(stated, "0.0%") },
      "detected",
    );
  };

  it("rounding and truncation at 1 decimal; one decimal off is an error", () => {
    // 7/9 = 77,77…%
    expect(checkWorkbook(workbookOf(cccd(7, 9, 0.778))).issues).toEqual([]);
    expect(checkWorkbook(workbookOf(cccd(7, 9, 0.777))).issues.map((i) => i.ruleId)).toEqual([
      "ty_le_dat_chi_tieu.lam_tron_xuong",
    ]);
    expect(checkWorkbook(workbookOf(cccd(7, 9, 0.776))).issues.map((i) => i.ruleId)).toEqual([
      "ty_le_dat_chi_tieu",
    ]);
  });

  it("an achievement over 100% of a target is information, not an error", () => {
    const result = checkWorkbook(workbookOf(cccd(3100, 3000, 1.033)));
    expect(result.issues.map((i) => [i.ruleId, i.severity])).toEqual([
      ["ty_le_dat_chi_tieu.vuot_chi_tieu", "info"],
    ]);
  });

  it("a share over 100% is an error even when it matches part/whole", () => {
    const base = buildTable("kcb_cccd", "KCB", {});
    const built = buildTable(
      "kcb_cccd",
      "KCB",
      {},
      { luot_tra_cuu: { so_lieu: 100 }, luot_tra_cuu_thanh_cong: { so_lieu: 120 } },
      { [base.at("ty_le_thanh_cong", "so_lieu")]: typed(1.2, PCT) },
      "detected",
    );
    const result = checkWorkbook(workbookOf(built));
    expect(result.issues.map((i) => i.ruleId).sort()).toEqual([
      "thanh_cong_khong_vuot_tra_cuu",
      "ty_le_tra_cuu_thanh_cong.vuot_100",
    ]);
  });

  it("a stated rate over a zero denominator is a warning; a blank or 0 rate there is fine", () => {
    const warned = checkWorkbook(workbookOf(cccd(5, 0, 0.5)));
    expect(warned.issues.map((i) => [i.ruleId, i.severity])).toEqual([
      ["ty_le_dat_chi_tieu.mau_so_0", "warning"],
    ]);
    expect(checkWorkbook(workbookOf(cccd(5, 0, 0))).issues).toEqual([]);
    expect(checkWorkbook(workbookOf(cccd(5, 0, null))).issues).toEqual([]); // the template's formula leaves it blank
  });

  it("a rate typed in points (19.23, no % format) is read in points and its suggestion stays in points", () => {
    const base = buildTable("cccd", "CCCD", {});
    const built = buildTable(
      "cccd",
      "CCCD",
      {},
      { thu_nhan: { luy_ke: 59 }, chi_tieu: { luy_ke: 62 } },
      { [base.at("ty_le_dat", "luy_ke")]: typed(93.65) },
      "detected",
    );
    const [issue] = checkWorkbook(workbookOf(built)).issues;
    expect(issue.suggested?.value).toBeCloseTo(95.16, 10);
  });
});

describe("pair rules", () => {
  it("want both figures of an x/y pair", () => {
    const built = buildTable("to_cong_tac", "TCT", {}, { cap_xa: { da_thanh_lap: 159 } });
    const [issue] = checkWorkbook(workbookOf(built)).issues.filter(
      (i) => i.ruleId === "da_thanh_lap_di_cung_tong",
    );
    expect(issue.message).toBe("Cấp xã: có Tổ công tác đã thành lập (159) nhưng thiếu Tổng số đơn vị.");
    expect(issue.culprit?.address).toBe(built.at("cap_xa", "tong_don_vi"));
  });
});

describe("single cells: bad input becomes an issue", () => {
  const withCell = (value: unknown, numberFormat?: string, language: "vi" | "en" = "vi") => {
    const base = buildTable("dvc25", "DVC", {});
    const address = base.at("dang_ky_tam_tru", "tong_ho_so");
    const built = buildTable(
      "dvc25",
      "DVC",
      {},
      { dang_ky_tam_tru: { truc_tiep: 1000, truc_tuyen: 174 } },
      { [address]: typed(value as never, numberFormat) },
    );
    return { result: checkWorkbook(workbookOf(built), { language }), address };
  };

  it("1.174 typed as a decimal in a count column: likely 1.174 thousands", () => {
    const { result, address } = withCell(1.174);
    const [issue] = byRule(result, "o.dau_phan_cach_nghin");
    expect(issue).toMatchObject({ severity: "warning", suggested: { cell: { address }, value: 1174 } });
    expect(issue.message).toBe(
      `Ô ${address} ghi 1,174, không phải số nguyên: có thể bị đổi thành số thập phân do định dạng vùng; giá trị đúng có lẽ là 1.174.`,
    );
    // The relation using the cell cannot be trusted: listed as not checked rather than flagged.
    expect(result.cannotCheck.some((c) => c.ruleId === "tong_bang_truc_tiep_cong_truc_tuyen")).toBe(true);
  });

  it("in English, the figure meant is written without a separator, never as the backwards 1.174", () => {
    const { result, address } = withCell(1.174, undefined, "en");
    const [issue] = byRule(result, "o.dau_phan_cach_nghin");
    expect(issue.message).toBe(
      `Cell ${address} holds the fraction 1,174 (Vietnamese notation) where a count belongs: a thousands separator was probably taken for a decimal point, so the figure meant is likely 1174.`,
    );
    expect(issue.instruction).toBe("Re-enter 1174 without a separator.");
  });

  it("a number stored as text is read, and flagged because Excel's totals skip it", () => {
    const { result } = withCell("1.174");
    expect(byRule(result, "o.so_dang_van_ban")[0]).toMatchObject({
      severity: "warning",
      suggested: { value: 1174 },
    });
    // The row adds up as read (1.174 = 1.000 + 174), but Excel's total row left the text out: 0 ≠ 1.174.
    const sums = byRule(result, "tong_bang_truc_tiep_cong_truc_tuyen");
    expect(sums.map((i) => [i.left, i.right])).toEqual([[0, 1174]]);
    expect(sums[0].message).toMatch(/^Tổng cộng:/);
  });

  it.each([
    [{ error: "#DIV/0!" }, undefined, "o.loi_excel", "error"],
    ["năm trăm", undefined, "o.khong_phai_so", "error"],
    [true, undefined, "o.khong_phai_so", "error"],
    ["Chưa thực hiện", undefined, "o.ghi_tinh_trang", "info"],
    [12.3456, undefined, "o.khong_nguyen", "error"],
    [-3, undefined, "o.so_am", "error"],
    [44567, "dd/mm/yyyy", "o.dinh_dang_ngay", "warning"],
    [Number.NaN, undefined, "o.khong_phai_so", "error"],
  ])("%p (%s) → %s", (value, format, ruleId, severity) => {
    const { result } = withCell(value, format);
    expect(byRule(result, ruleId)[0]?.severity).toBe(severity);
  });

  it("'Không' in a count cell is 0, not a problem", () => {
    const { result } = withCell("Không");
    expect(result.issues.filter((i) => i.ruleId.startsWith("o."))).toEqual([]);
  });
});
