// The metamorphic property of recognition: a BC06 table with planted mistakes, laid out again as an official would,
// gives findings at the corresponding cells, and nothing else: every mistake the BC06 table shows is pointed at, and
// every finding points at a planted mistake (an official's table names the culprit cell, where BC06's own table
// reports each rule it breaks).
import fc from "fast-check";
import { random, unitValues } from "../../bench/province";
import { recogniseWorkbook } from "../../src/domain/recognise";
import { checkWorkbook, type Issue } from "../../src/domain/rules";
import { computeTable, templateById, type TableValues, type Template } from "../../src/domain/templates";
import { tableCell, type LocatedTable } from "../../src/domain/workbook";
import { toSnapshot } from "../fixtures/own-layouts/dsl";
import { relayout } from "../support/relayout";
import { buildTable, workbookOf } from "../support/workbooks";

const HEADER = { unit: "Xã Mẫu", level: "xa" as const, from: "2025-06-01", to: "2025-06-30" };

/** The bench's figures for a unit, with only some of the services occurring. */
function figures(template: Template, next: () => number): TableValues {
  const values = unitValues(template, next);
  if (template.id !== "dvc25") return values;
  for (const id of Object.keys(values)) if (id !== "dang_ky_thuong_tru" && next() < 0.6) delete values[id];
  return values;
}

/** Typed mistakes over some cells: a rate off by a few points, a split that no longer adds up, a total off. */
function plant(template: Template, values: TableValues, next: () => number): TableValues {
  const typed: TableValues = structuredClone(values);
  const rows = Object.keys(values);
  const shown = computeTable(template, values);
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    const rowId = rows[Math.floor(next() * rows.length)];
    const kind = Math.floor(next() * 3);
    if (template.id === "dvc25" && kind === 0 && Number(values[rowId].tong_ho_so) > 0) {
      const rate = Number(shown[rowId].ty_le_truc_tuyen);
      typed[rowId].ty_le_truc_tuyen = Math.round((rate + (next() < 0.5 ? 0.015 : -0.023)) * 10_000) / 10_000;
    } else if (template.id === "dvc25" && kind === 1) {
      typed[rowId].truc_tiep = Number(values[rowId].truc_tiep) + 1 + Math.floor(next() * 9);
    } else if (template.id === "dvc25") {
      typed.tong_cong = { ...typed.tong_cong, truc_tuyen: Number(shown.tong_cong.truc_tuyen) + 3 };
    } else {
      typed.tra_the = { ...typed.tra_the, luy_ke: 4950 + Math.floor(next() * 100) };
    }
  }
  return typed;
}

/** The template cells whose typed figure differs from the consistent one, "rowId|columnId". */
function plantedCells(values: TableValues, typed: TableValues): string[] {
  return Object.keys(typed).flatMap((rowId) =>
    Object.keys(typed[rowId])
      .filter((columnId) => typed[rowId][columnId] !== values[rowId]?.[columnId])
      .map((columnId) => `${rowId}|${columnId}`),
  );
}

/** What a finding is about, independent of the layout: its rule and its first cell's template row and column. */
function about(issue: Issue, where: Map<string, string>): string {
  return `${issue.ruleId}@${where.get(issue.cells[0]?.address ?? "") ?? issue.cells[0]?.address}`;
}

function whereOf(template: Template, table: LocatedTable): Map<string, string> {
  const where = new Map<string, string>();
  for (const row of template.rows)
    for (const column of template.columns) {
      const address = tableCell(table, row.id, column.id);
      if (address) where.set(address, `${row.id}|${column.id}`);
    }
  return where;
}

// Where a table never had formulas, "a number typed over a formula" does not apply.
const TYPED_OVER_FORMULA = "o.ghi_de_cong_thuc";

describe("a BC06 table laid out again by hand", () => {
  it.each(["dvc25", "cccd"])("%s: the same mistakes at the same cells, and nothing else", (templateId) => {
    const template = templateById(templateId)!;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const next = random(seed);
        const values = figures(template, next);
        const typed = plant(template, values, next);
        const built = buildTable(templateId, "Mẫu", HEADER, typed);
        const ours = checkWorkbook(workbookOf(built));
        const expected = ours.issues
          .filter((i) => i.ruleId !== TYPED_OVER_FORMULA)
          .map((i) => about(i, whereOf(template, built.table)))
          .sort();

        const relaid = relayout(template, computeTable(template, typed), "Xã Mẫu", next);
        const snapshot = recogniseWorkbook(toSnapshot({ sheets: [relaid.sheet] }));
        const where = new Map([...relaid.cells].map(([key, address]) => [address, key]));
        const theirs = checkWorkbook(snapshot).issues.filter((i) => i.severity !== "info");
        expect(expected.length).toBeGreaterThan(0); // every case plants a mistake the check must find
        expect(snapshot.recognition!.tables.map((t) => t.templateId)).toEqual([templateId]);
        // The planted cells BC06's own table points at, as template cells.
        const shown = plantedCells(values, typed).filter((cell) =>
          ours.issues.some((i) =>
            i.cells.some((c) => whereOf(template, built.table).get(c.address) === cell),
          ),
        );
        const named = (issue: Issue) => issue.cells.map((c) => where.get(c.address));
        expect({ missed: shown.filter((cell) => !theirs.some((i) => named(i).includes(cell))) }).toEqual({
          missed: [],
        });
        // A finding BC06's own table also gives at that cell (a negative count in the bench's figures) is not elsewhere.
        const flagged = ours.issues.map((i) => whereOf(template, built.table).get(i.cells[0].address));
        const elsewhere = theirs.filter(
          (i) =>
            !named(i).some((cell) => cell && plantedCells(values, typed).includes(cell)) &&
            !flagged.includes(named(i)[0]),
        );
        expect(elsewhere.map((i) => about(i, where))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
