// The forms corpus through the real file path (.xlsx written by ExcelJS, read by src/xlsx/read.ts, recognised,
// checked): a clean workbook gives no error or warning and says how much of each table it checked; a planted
// workbook gives every planted cell among the cells of an error or warning, and no error or warning without one.
import { checkWorkbook, type CheckResult, type Issue } from "../../src/domain/rules";
import { readXlsx } from "../../src/xlsx/read";
import { FORM_CASES, type FormCase, withPlants } from "../fixtures/forms";
import { FORM_COVERAGE } from "../fixtures/forms/coverage";
import { toXlsx } from "../fixtures/own-layouts/dsl";
import type { SheetSpec } from "../fixtures/own-layouts/dsl";

const isFinding = (issue: Issue) => issue.severity === "error" || issue.severity === "warning";
const cellName = (sheet: string, address: string) => `${sheet}!${address}`;

async function check(id: string, sheets: SheetSpec[]): Promise<CheckResult> {
  const { snapshot } = await readXlsx(await toXlsx({ id, about: "", sheets, findings: [], tables: [] }));
  return checkWorkbook(snapshot);
}

/** What one case gives: the clean workbook's findings and coverage, and the planted workbook's findings. */
interface Outcome {
  clean: CheckResult;
  planted?: CheckResult;
}

const outcomes = new Map<string, Promise<Outcome>>();
function outcomeOf(form: FormCase): Promise<Outcome> {
  let outcome = outcomes.get(form.id);
  if (!outcome) {
    outcome = (async () => ({
      clean: await check(form.id, form.sheets),
      planted: form.plant.length ? await check(form.id, withPlants(form.sheets, form.plant)) : undefined,
    }))();
    outcomes.set(form.id, outcome);
  }
  return outcome;
}

/** A finding's cells, "Sheet!A1". */
const cellsOf = (issue: Issue) => issue.cells.map((c) => cellName(c.sheet, c.address));
const describe1 = (issue: Issue) =>
  `${issue.ruleId} (${issue.severity}) at ${cellsOf(issue).join(", ")}: ${issue.message}`;

describe("forms corpus: clean workbooks", () => {
  it.each(FORM_CASES.map((form) => [form.id, form] as const))("%s", async (_, form) => {
    const { clean } = await outcomeOf(form);
    expect(clean.issues.filter(isFinding).map(describe1)).toEqual([]);
    const coverage = clean.coverage.map((t) => `${t.sheet}!${t.range} ${t.checked}/${t.figures}`);
    expect(coverage).toEqual(FORM_COVERAGE[form.id]);
    if (form.fullyChecked)
      expect(clean.coverage.filter((t) => t.checked < t.figures).map((t) => t.range)).toEqual([]);
  });
});

describe("forms corpus: planted mistakes", () => {
  const planted = FORM_CASES.filter((form) => form.plant.length > 0);
  it.each(planted.map((form) => [form.id, form] as const))("%s", async (_, form) => {
    const findings = (await outcomeOf(form)).planted!.issues.filter(isFinding);
    const plantedCells = new Set(form.plant.map((p) => p.cell));
    const found = new Set(findings.flatMap(cellsOf));
    expect(form.plant.filter((p) => !found.has(p.cell)).map((p) => `${p.cell} (${p.what})`)).toEqual([]);
    expect(
      findings.filter((issue) => !cellsOf(issue).some((c) => plantedCells.has(c))).map(describe1),
    ).toEqual([]);
  });
});

describe("forms corpus: precision and recall", () => {
  it("prints planted found / planted, false alarms, clean files with a finding", async () => {
    let plants = 0;
    let found = 0;
    let falseAlarms = 0;
    let noisyClean = 0;
    let fullyCheckedShort = 0;
    for (const form of FORM_CASES) {
      const { clean, planted } = await outcomeOf(form);
      if (clean.issues.some(isFinding)) noisyClean++;
      if (form.fullyChecked && clean.coverage.some((t) => t.checked < t.figures)) fullyCheckedShort++;
      if (!planted) continue;
      const findings = planted.issues.filter(isFinding);
      const cells = new Set(findings.flatMap(cellsOf));
      const plantedCells = new Set(form.plant.map((p) => p.cell));
      plants += form.plant.length;
      found += form.plant.filter((p) => cells.has(p.cell)).length;
      falseAlarms += findings.filter((issue) => !cellsOf(issue).some((c) => plantedCells.has(c))).length;
    }
    console.log(
      [
        `forms corpus: ${FORM_CASES.length} workbooks`,
        `planted found ${found}/${plants}`,
        `false alarms ${falseAlarms}`,
        `clean files with an error or warning ${noisyClean}/${FORM_CASES.length}`,
        `fully checked tables short of full coverage: ${fullyCheckedShort}`,
      ].join("; "),
    );
    expect(plants).toBeGreaterThan(0);
  });
});
