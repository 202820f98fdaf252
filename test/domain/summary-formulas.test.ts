// A summary's formulas over many units, as Excel accepts them: a function takes at most 255 arguments.
import { summaryFormulas, type UnitTable } from "../../src/domain/consolidate";
import { planTable, templateById } from "../../src/domain/templates";
import { evaluateFormula, type Lookup } from "../support/excel/memory/formula";

const dvc = templateById("dvc25")!;
const header = { level: "xa" as const, from: "2025-01-01", to: "2025-06-30", cutoff: "2025-06-30" };

it("a province of 600 communes: nested SUMs of at most 255 references, adding every unit once", () => {
  const units: UnitTable[] = Array.from({ length: 600 }, (_, i) => {
    const name = `X${i + 1}`; // reads as a cell reference: quoted
    return {
      source: name,
      table: planTable(dvc, name, { ...header, unit: name }, {}, "vi").location,
      sheet: { name, cells: new Map() },
    };
  });
  const summary = planTable(dvc, "Tổng hợp", { ...header, level: "tinh" }, {}, "vi").location;
  const formulas = [...summaryFormulas(dvc, summary, units).values()].filter((f) => f !== "=0");
  expect(formulas.length).toBeGreaterThan(0);
  // Each unit's cell holds its number (1…600): the formula adds them all, once.
  const lookup: Lookup = (_from, _to, sheet) => new Map([[0, Number(sheet!.slice(1))]]);
  for (const formula of formulas) {
    expect(formula).toContain("'X1'!");
    expect(evaluateFormula(formula, lookup)).toBe((600 * 601) / 2);
    for (const call of formula.match(/SUM\(([^()]*)\)/g) ?? [])
      expect(call.split(",").length).toBeLessThanOrEqual(255);
  }
});
