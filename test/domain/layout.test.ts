import fc from "fast-check";
import { checkWorkbook } from "../../src/domain/rules";
import {
  computeTable,
  dateFromText,
  levelFromText,
  planTable,
  readHeader,
  templateById,
  TEMPLATES,
} from "../../src/domain/templates";
import {
  a1,
  excelSerialToIso,
  isoToExcelSerial,
  parseA1,
  quoteSheetName,
  type CellSnapshot,
  type CellValue,
} from "../../src/domain/workbook";
import { planToSheet } from "../../src/domain/templates";
import { S001_DVC } from "../support/seeds";

const dvc = templateById("dvc25")!;

describe("template plans: formulas and values", () => {
  const plan = planTable(
    dvc,
    "DVC",
    { unit: "Xã Long Hiệp", level: "xa", from: "2022-03-30", to: "2022-12-30" },
    S001_DVC,
  );
  const cell = (row: string, column: string) =>
    plan.cells.get(a1(plan.location.rows[row], plan.location.columns[column]))!;

  it("computes the online rate with a formula that guards division by zero", () => {
    expect(cell("dang_ky_thuong_tru", "ty_le_truc_tuyen")).toMatchObject({
      formula: '=IF(N(D13)=0,"",F13/D13)',
      numberFormat: "0.00%",
      role: "computed",
    });
    expect(cell("dang_ky_thuong_tru", "ty_le_truc_tuyen").value).toBeCloseTo(15 / 78, 12);
    expect(cell("xac_nhan_cmnd", "ty_le_truc_tuyen").value).toBe("");
  });

  it("totals every service row except those marked 'Không thuộc thẩm quyền', and recomputes the total's rate", () => {
    expect(cell("tong_cong", "tong_ho_so")).toMatchObject({
      formula: '=SUMIFS(D11:D35,C11:C35,"<>Không thuộc thẩm quyền")',
      value: 382,
    });
    // Σonline/Σtotal, not the mean of the rows' rates.
    expect(cell("tong_cong", "ty_le_truc_tuyen").value).toBeCloseTo(103 / 382, 12);
    const values = computeTable(dvc, {
      ...S001_DVC,
      ho_chieu: { tham_quyen: "Không thuộc thẩm quyền", tong_ho_so: 5 },
    });
    expect(values.tong_cong.tong_ho_so).toBe(382);
  });

  it("computes a rate of a computed row (ĐDĐT: total activated / target)", () => {
    const dddt = templateById("dddt")!;
    const values = computeTable(dddt, {
      kich_hoat_m1: { luy_ke: 1000 },
      kich_hoat_m2: { luy_ke: 2100 },
      chi_tieu_kich_hoat: { luy_ke: 3000 },
    });
    expect(values.kich_hoat_tong.luy_ke).toBe(3100);
    expect(values.ty_le_dat.luy_ke).toBeCloseTo(3100 / 3000, 12);
    expect(values.ty_le_dat.trong_ky).toBeUndefined(); // a target has no in-period figure
  });

  it("greys out cells a row does not have and numbers only top-level rows", () => {
    const cccd = planTable(templateById("cccd")!, "CCCD", {});
    const at = (row: string, column: string) =>
      cccd.cells.get(a1(cccd.location.rows[row], cccd.location.columns[column]))!;
    expect(at("chi_tieu", "trong_ky").role).toBe("blocked");
    expect(at("chi_tieu", "luy_ke").role).toBe("input");
    expect(cccd.cells.get(a1(cccd.location.rows.cap_lan_dau, 1))!.value).toBeNull();
  });

  it("writes the header block and reads it back", () => {
    const sheet = planToSheet(plan);
    expect(readHeader(sheet, plan.location.headerCells)).toEqual({
      unit: "Xã Long Hiệp",
      level: "xa",
      from: "2022-03-30",
      to: "2022-12-30",
    });
    expect(sheet.cells.get("B3")!.value).toBe("Đơn vị báo cáo");
  });

  it("every template's plan passes its own checks when empty (no false alarms)", () => {
    for (const template of TEMPLATES) {
      const built = planTable(template, template.id, {});
      const result = checkWorkbook({ sheets: [planToSheet(built)], tables: [built.location] });
      expect(result.issues).toEqual([]);
    }
  });
});

describe("workbook helpers", () => {
  it("converts A1 addresses both ways", () => {
    expect(a1(12, 3)).toBe("C12");
    expect(a1(1, 27)).toBe("AA1");
    expect(a1(1, 16384)).toBe("XFD1");
    expect(parseA1("$AA$10")).toEqual({ row: 10, column: 27 });
    expect(parseA1("not an address")).toBeNull();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_048_576 }),
        fc.integer({ min: 1, max: 16384 }),
        (row, column) => {
          expect(parseA1(a1(row, column))).toEqual({ row, column });
        },
      ),
    );
  });

  it("quotes sheet names that need it", () => {
    expect(quoteSheetName("DVC")).toBe("DVC");
    expect(quoteSheetName("Xã A")).toBe("'Xã A'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
    // Names Excel would read as a reference: a cell (HN1, XA12) or R1C1 (R2C3, R, C).
    for (const name of ["HN1", "XA12", "R2C3", "R", "C", "c5"])
      expect(quoteSheetName(name)).toBe(`'${name}'`);
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
  });

  it("converts Excel date serials, including around the phantom 29/02/1900", () => {
    expect(excelSerialToIso(44567)).toBe("2022-01-06");
    expect(excelSerialToIso(59)).toBe("1900-02-28");
    expect(excelSerialToIso(61)).toBe("1900-03-01");
    expect(excelSerialToIso(-1)).toBeUndefined();
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-03-01"), max: new Date("9999-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(excelSerialToIso(isoToExcelSerial(iso))).toBe(iso);
        },
      ),
    );
  });

  it("reads dates and levels as officials write them", () => {
    expect(dateFromText("06/01/2022")).toBe("2022-01-06");
    expect(dateFromText("2022-01-06")).toBe("2022-01-06");
    expect(dateFromText("31/02/2022")).toBeUndefined();
    expect(levelFromText("Huyện, thị xã, thành phố")).toBe("huyen");
    expect(levelFromText("xã")).toBe("xa");
    expect(levelFromText("Tỉnh")).toBe("tinh");
    expect(levelFromText("trung ương")).toBeUndefined();
  });
});

describe("the engine never throws", () => {
  const hostileValue: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.constantFrom(1e308, -1e308, -0, Number.MAX_SAFE_INTEGER, 5e-324, 1.174, 12.5, 0.9365),
    fc.integer({ min: -10, max: 100_000 }),
    fc.string(),
    fc.constantFrom(
      "1.174",
      "1,234,567",
      "51,85%",
      "Không",
      "Chưa thực hiện",
      "11/11",
      "hơn 920",
      "Không thuộc thẩm quyền",
      "e\u0301\u{1F600}",
      "<img src=x onerror=alert(1)>",
    ),
    fc.constantFrom("#DIV/0!", "#REF!", "#N/A", "#VALUE!").map((error) => ({ error })),
  );
  const hostileCell: fc.Arbitrary<CellSnapshot> = fc.record(
    {
      value: hostileValue,
      formula: fc.option(fc.constantFrom("=SUM(A1:A2)", "='Missing sheet'!A1", "=1/0"), { nil: undefined }),
      numberFormat: fc.option(
        fc.constantFrom("General", "0.00%", "#,##0", "dd/mm/yyyy", "@", "[$-42A]dd/mm/yyyy"),
        { nil: undefined },
      ),
    },
    { requiredKeys: ["value"] },
  );

  it("on any cell contents, in every template, and points only at real cells of the sheet", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEMPLATES),
        fc.array(hostileCell, { minLength: 1, maxLength: 400 }),
        fc.constantFrom("vi" as const, "en" as const),
        (template, cells, language) => {
          const plan = planTable(template, "Sheet 'x' 😀", { level: "xa" });
          const sheet = planToSheet(plan);
          const addresses = [...plan.cells.keys()];
          cells.forEach((cell, i) => sheet.cells.set(addresses[(i * 7) % addresses.length], cell));
          const result = checkWorkbook(
            { sheets: [sheet], tables: [plan.location, { ...plan.location, header: { level: "huyen" } }] },
            { language },
          );
          for (const issue of [...result.issues, ...result.cannotCheck]) {
            for (const ref of issue.cells) {
              expect(ref.sheet).toBe(sheet.name);
              expect(parseA1(ref.address)).not.toBeNull();
            }
            // No placeholder left unfilled, no undefined or NaN shown (quoted user text may say anything).
            expect(issue.message.replace(/"[^"]*"/g, "")).not.toMatch(/\{\w+\}|undefined|NaN/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on tables whose location was tampered with (missing rows, unknown template, missing sheet)", () => {
    const plan = planTable(dvc, "DVC", {});
    const sheet = planToSheet(plan);
    const rowsWithoutTotal = Object.fromEntries(
      Object.entries(plan.location.rows).filter(([id]) => id !== "tong_cong"),
    );
    const result = checkWorkbook({
      sheets: [sheet],
      tables: [
        { ...plan.location, rows: rowsWithoutTotal },
        { ...plan.location, templateId: "no_such_template" },
        { ...plan.location, sheet: "Deleted sheet" },
        { ...plan.location, columns: {} },
      ],
    });
    expect(result.issues).toEqual([]);
  });
});

describe("a template's headings, as an Excel table's header row", () => {
  // Excel renames a repeated heading of a table ("Figure" → "Figure2"), and the table is then not found again.
  it.each(TEMPLATES.flatMap((t) => (["vi", "en"] as const).map((language) => [t.id, language, t] as const)))(
    "%s (%s): every heading differs",
    (_, language, template) => {
      const plan = planTable(template, "S", {}, {}, language);
      const headingRow = Math.min(...Object.values(plan.location.rows)) - 1;
      const headings = Array.from(
        { length: plan.lastColumn },
        (_, c) => plan.cells.get(a1(headingRow, c + 1))?.value,
      );
      expect(headings.filter((heading, i) => headings.indexOf(heading) !== i)).toEqual([]);
    },
  );
});
