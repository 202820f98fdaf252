// Writing templates and summaries: a new sheet holding an Excel table with live formulas, styles and validation.
import type { Language } from "../domain/i18n";
import { metadataXml } from "../domain/metadata";
import {
  columnWidths,
  INPUT_ALERT,
  type PlannedCell,
  planTable,
  ROLE_STYLES,
  type Template,
} from "../domain/templates";
import {
  a1,
  freeSheetName,
  type LocatedTable,
  parseA1,
  quoteSheetName,
  type TableHeader,
} from "../domain/workbook";
import type { Inserted } from "../domain/session";
import { COLUMN_WIDTH_POINTS, enteredAsText, refuseIfProtected, type Supports } from "./shared";

/** Inserts a template into a new sheet as an Excel table with live formulas: two syncs. */
export async function insertTemplate(
  context: Excel.RequestContext,
  template: Template,
  header: TableHeader,
  language: Language,
  supports: Supports,
  /** For a summary: the formulas that replace input cells (they add the units' cells). */
  inputFormulas?: (location: LocatedTable) => Map<string, string>,
  /** Told the new sheet's name before it is written, so that a failed batch can be cleaned up. */
  named: (sheet: string) => void = () => undefined,
): Promise<Inserted> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const protection = context.workbook.protection.load("protected");
  await context.sync();
  refuseIfProtected(protection);

  const sheetName = freeSheetName(
    template.shortTitle[language],
    worksheets.items.map((s) => s.name),
  );
  const tableName = `BC06_${template.id}_${nextTableNumber(
    template,
    tables.items.map((t) => t.name),
  )}`;
  named(sheetName);
  const plan = planTable(template, sheetName, header, {}, language);
  for (const [address, formula] of inputFormulas?.(plan.location) ?? []) {
    plan.cells.set(address, { ...plan.cells.get(address)!, formula, role: "computed" });
  }
  const headingRow = Math.min(...Object.values(plan.location.rows)) - 1;
  const tableAddress = `${a1(headingRow, 1)}:${a1(plan.lastRow, plan.lastColumn)}`;

  context.application.suspendApiCalculationUntilNextSync();
  const sheet = context.workbook.worksheets.add(sheetName);
  const whole = sheet.getRange(`A1:${a1(plan.lastRow, plan.lastColumn)}`);
  whole.formulas = grid(plan, (cell) => cell?.formula ?? enteredAsText(cell?.value ?? null));
  whole.numberFormat = grid(plan, (cell) => cell?.numberFormat ?? "General");
  const table = sheet.tables.add(`${quoteSheetName(sheetName)}!${tableAddress}`, true);
  table.name = tableName;
  table.style = "TableStyleLight1";
  table.showFilterButton = false; // sorting or filtering the rows would break the formulas
  styleCells(sheet, plan, supports);
  sizeColumns(sheet, template, plan);
  sheet.getRange(`${a1(1, plan.lastColumn)}:${a1(plan.lastRow, plan.lastColumn)}`).columnHidden = true;
  // No frozen rows: scrolled down, an Excel table shows its headings in place of the column letters, while freezing
  // the ten rows down to them would hold half of a laptop's window.
  const validated = supports("1.8");
  if (validated) validateInputs(sheet, plan, language);
  context.workbook.customXmlParts.add(
    metadataXml({ kind: "table", name: tableName, templateId: template.id, version: template.version }),
  );
  sheet.activate();
  sheet.getRange("A1").select();
  await context.sync();
  return {
    sheet: sheetName,
    table: tableName,
    address: `${quoteSheetName(sheetName)}!${tableAddress}`,
    validated,
  };
}

function nextTableNumber(template: Template, names: string[]): number {
  const numbers = names
    .map((n) => new RegExp(`^BC06_${template.id}_(\\d+)$`, "i").exec(n)?.[1])
    .filter(Boolean)
    .map(Number);
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

function grid<V>(plan: ReturnType<typeof planTable>, pick: (cell: PlannedCell | undefined) => V): V[][] {
  return Array.from({ length: plan.lastRow }, (_, r) =>
    Array.from({ length: plan.lastColumn }, (_, c) => pick(plan.cells.get(a1(r + 1, c + 1)))),
  );
}

/** One format call per run of cells with the same role on a row: a few dozen calls, all in the same sync. */
function styleCells(sheet: Excel.Worksheet, plan: ReturnType<typeof planTable>, supports: Supports): void {
  for (let r = 1; r <= plan.lastRow; r++) {
    let start = 1;
    for (let c = 1; c <= plan.lastColumn + 1; c++) {
      const role = plan.cells.get(a1(r, start))?.role;
      const next = c <= plan.lastColumn ? plan.cells.get(a1(r, c))?.role : undefined;
      if (c <= plan.lastColumn && next === role) continue;
      const style = role && ROLE_STYLES[role];
      const total = plan.cells.get(a1(r, start))?.total;
      if (style || total) {
        const range = sheet.getRange(`${a1(r, start)}:${a1(r, c - 1)}`);
        if (style?.bold || total) range.format.font.bold = true;
        if (style?.italic) range.format.font.italic = true;
        if (style?.size) range.format.font.size = style.size;
        if (style?.color) range.format.font.color = style.color;
        if (style?.fill) range.format.fill.color = style.fill;
      }
      start = c;
    }
  }
  const headingRow = Math.min(...Object.values(plan.location.rows)) - 1;
  const headings = sheet.getRange(`${a1(headingRow, 1)}:${a1(headingRow, plan.lastColumn)}`);
  headings.format.wrapText = true;
  headings.format.verticalAlignment = "Center";
  // Indents need ExcelApi 1.9; before that the labels' own "–" and "+" still show the nesting.
  if (!supports("1.9")) return;
  for (const [address, cell] of plan.cells)
    if (cell.indent) sheet.getRange(address).format.indentLevel = cell.indent;
}

function sizeColumns(sheet: Excel.Worksheet, template: Template, plan: ReturnType<typeof planTable>): void {
  for (const [column, width] of columnWidths(template, plan.location)) {
    const letter = a1(1, column).replace(/\d+$/, "");
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width * COLUMN_WIDTH_POINTS;
  }
}

/** Whole numbers ≥ 0 in count cells, with a Vietnamese message, one rule per column of input cells. */
function validateInputs(
  sheet: Excel.Worksheet,
  plan: ReturnType<typeof planTable>,
  language: Language,
): void {
  const inputRows = new Map<number, number[]>();
  for (const [address, cell] of plan.cells) {
    if (cell.role !== "input" || cell.numberFormat !== "#,##0") continue;
    const { row, column } = parseA1(address)!;
    inputRows.set(column, [...(inputRows.get(column) ?? []), row]);
  }
  const alert = INPUT_ALERT[language];
  for (const [column, rows] of inputRows) {
    for (const [first, last] of runs(rows.sort((a, b) => a - b))) {
      const range = sheet.getRange(`${a1(first, column)}:${a1(last, column)}`);
      range.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      range.dataValidation.errorAlert = { ...alert, showAlert: true, style: "Stop" };
    }
  }
}

/** Consecutive numbers as [first, last] runs. */
function runs(numbers: number[]): [number, number][] {
  const result: [number, number][] = [];
  for (const n of numbers) {
    const last = result.at(-1);
    if (last && last[1] === n - 1) last[1] = n;
    else result.push([n, n]);
  }
  return result;
}

/** Writes formulas into a sheet's cells (a summary's, brought up to date with its units): one sync. */
export async function writeFormulas(
  context: Excel.RequestContext,
  sheetName: string,
  formulas: Map<string, string>,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (const [address, formula] of formulas) sheet.getRange(address).formulas = [[formula]];
  await context.sync();
}
