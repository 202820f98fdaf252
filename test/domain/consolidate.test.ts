import { consolidate, describeProblem, type UnitTable } from "../../src/domain/consolidate";
import { checkWorkbook } from "../../src/domain/rules";
import { computeTable, planTable, planToSheet, templateById } from "../../src/domain/templates";
import type { TableHeader } from "../../src/domain/workbook";
import { buildTable } from "../support/workbooks";

const dvc = templateById("dvc25")!;
const cccd = templateById("cccd")!;
const period = { from: "2025-01-01", to: "2025-06-30", cutoff: "2025-06-30" };
const commune = (unit: string, extra: Partial<TableHeader> = {}): TableHeader => ({
  unit,
  level: "xa",
  ...period,
  ...extra,
});
const district: TableHeader = { unit: "Huyện Cẩm Xuyên", level: "huyen", ...period };

function unit(
  source: string,
  header: TableHeader,
  values: Parameters<typeof buildTable>[3],
  templateId = "dvc25",
): UnitTable {
  const built = buildTable(templateId, header.unit ?? source, header, values);
  return { source, table: built.table, sheet: built.sheet };
}

describe("consolidate", () => {
  it("adds units cell by cell by id, leaves rates to the summary's formulas, and keeps the trail", () => {
    const a = unit("a.xlsx", commune("Xã A"), {
      dang_ky_thuong_tru: { tong_ho_so: 10, truc_tiep: 6, truc_tuyen: 4 },
    });
    const b = unit("b.xlsx", commune("Xã B"), {
      dang_ky_thuong_tru: { tong_ho_so: 30, truc_tiep: 4, truc_tuyen: 26 },
    });
    // Unit B's rows sit elsewhere (the user inserted rows): matched by id, not position.
    b.table.rows = Object.fromEntries(Object.entries(b.table.rows).map(([id, r]) => [id, r + 5]));
    b.sheet.cells = new Map(
      [...b.sheet.cells].map(([address, cell]) => {
        const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
        return [Number(row) >= 11 ? `${col}${Number(row) + 5}` : address, cell];
      }),
    );
    const { values, contributions, problems } = consolidate(dvc, [a, b], district);
    expect(problems).toEqual([]);
    expect(values.dang_ky_thuong_tru).toEqual({ tong_ho_so: 40, truc_tiep: 10, truc_tuyen: 30 });
    // Σonline/Σtotal = 30/40 = 75%, not the mean of 40% and 86,67%.
    expect(computeTable(dvc, values).dang_ky_thuong_tru.ty_le_truc_tuyen).toBeCloseTo(0.75, 12);
    expect(
      contributions.filter((c) => c.rowId === "dang_ky_thuong_tru" && c.columnId === "tong_ho_so"),
    ).toEqual([
      {
        rowId: "dang_ky_thuong_tru",
        columnId: "tong_ho_so",
        unit: "Xã A",
        source: "a.xlsx",
        cell: "Xã A!D13",
        value: 10,
      },
      {
        rowId: "dang_ky_thuong_tru",
        columnId: "tong_ho_so",
        unit: "Xã B",
        source: "b.xlsx",
        cell: "Xã B!D18",
        value: 30,
      },
    ]);
  });

  it("a summary built from the units passes the cross-table check", () => {
    const units = [
      unit("a", commune("Xã A"), { dang_ky_tam_tru: { tong_ho_so: 5, truc_tiep: 5, truc_tuyen: 0 } }),
      unit("b", commune("Xã B"), { dang_ky_tam_tru: { tong_ho_so: 7, truc_tiep: 2, truc_tuyen: 5 } }),
    ];
    const plan = planTable(dvc, "Huyện", district, consolidate(dvc, units, district).values);
    const result = checkWorkbook({
      sheets: [planToSheet(plan), ...units.map((u) => u.sheet)],
      tables: [plan.location, ...units.map((u) => u.table)],
    });
    expect(result.issues).toEqual([]);
    expect(result.byRule["tong_hop.bang_tong_don_vi"].passed).toBeGreaterThan(0);
  });

  it("leaves out rows a unit marks 'Không thuộc thẩm quyền'", () => {
    const a = unit("a", commune("Xã A"), {
      ho_chieu: { tham_quyen: "Không thuộc thẩm quyền", tong_ho_so: 3, truc_tiep: 3, truc_tuyen: 0 },
    });
    const b = unit("b", commune("Xã B"), { ho_chieu: { tong_ho_so: 2, truc_tiep: 2, truc_tuyen: 0 } });
    expect(consolidate(dvc, [a, b], district).values.ho_chieu).toEqual({
      tong_ho_so: 2,
      truc_tiep: 2,
      truc_tuyen: 0,
    });
  });

  it("adds cumulative figures only across units with the summary's cut-off, and says which were left out", () => {
    const a = unit("a", commune("Xã A"), { thu_nhan: { trong_ky: 10, luy_ke: 100 } }, "cccd");
    const late = unit(
      "b",
      commune("Xã B", { cutoff: "03/07/2025" }),
      { thu_nhan: { trong_ky: 20, luy_ke: 200 } },
      "cccd",
    );
    const { values, problems } = consolidate(cccd, [a, late], district);
    expect(values.thu_nhan).toEqual({ trong_ky: 30, luy_ke: 100 });
    expect(problems).toEqual([{ kind: "cutoff-mismatch", unit: "Xã B", source: "b", cutoff: "03/07/2025" }]);
    expect(describeProblem(problems[0], "vi")).toBe(
      "Xã B (b) chốt lũy kế ngày 03/07/2025: số lũy kế của đơn vị này không được cộng.",
    );
  });

  it("names duplicated units, files with identical figures, and units of another period", () => {
    const figures = { dang_ky_thuong_tru: { tong_ho_so: 10, truc_tiep: 6, truc_tuyen: 4 } };
    const problems = consolidate(
      dvc,
      [
        unit("a.xlsx", commune("Xã A"), figures),
        unit("a-copy.xlsx", commune("Xã A"), {
          dang_ky_tam_tru: { tong_ho_so: 1, truc_tiep: 1, truc_tuyen: 0 },
        }),
        unit("c.xlsx", commune("Xã C"), figures),
        unit("d.xlsx", commune("Xã D", { from: "2025-01-01", to: "2025-03-31" }), {
          dang_ky_thuong_tru: { tong_ho_so: 1, truc_tiep: 1, truc_tuyen: 0 },
        }),
      ],
      district,
    ).problems;
    expect(problems).toEqual([
      { kind: "duplicate-unit", unit: "Xã A", sources: ["a.xlsx", "a-copy.xlsx"] },
      { kind: "identical-figures", sources: ["a.xlsx", "c.xlsx"] },
      { kind: "period-mismatch", unit: "Xã D", source: "d.xlsx", period: "01/01/2025 – 31/03/2025" },
    ]);
  });
});
