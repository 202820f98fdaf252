// The only code that talks to Excel: reading the workbook, inserting templates, highlights, selection, the
// report sheet and BC06's metadata. Every function works on one request context and syncs a constant number
// of times whatever the number of sheets (reading large sheets adds value syncs by size, not by sheet count).
import {
  correctionsOf,
  type MetadataRecord,
  METADATA_NAMESPACE,
  metadataXml,
  parseMetadataXml,
  type TableCorrection,
  templateIdFromTableName,
} from "../domain/metadata";
import type { Language } from "../domain/i18n";
import { cellsAtFault, type CellRef, type CheckResult, type Issue } from "../domain/rules";
import {
  columnWidths,
  INPUT_ALERT,
  locateTable,
  type PlannedCell,
  planTable,
  ROLE_STYLES,
  type Template,
  templateById,
} from "../domain/templates";
import {
  a1,
  columnLetters,
  type CellSnapshot,
  type CellValue,
  isExcelError,
  freeSheetName,
  type LocatedTable,
  parseA1,
  quoteSheetName,
  type SheetSnapshot,
  type TableHeader,
} from "../domain/workbook";
import {
  MAX_HIGHLIGHTS,
  planReport,
  REPORT_HEADING_FILL,
  REPORT_SHEET,
  REPORT_TITLE,
  SEVERITY_FILL,
} from "../domain/report";
import {
  acknowledgementRecord,
  correctionChange,
  type Inserted,
  type StoredRecord,
  type WorkbookRead,
} from "../domain/session";

/** Whether the host supports an ExcelApi requirement set (feature detection for anything above 1.7). */
export type Supports = (version: string) => boolean;

/** Cells read per sync: Excel on the web limits a request and a response to 5 MB. */
export const CELLS_PER_SYNC = 50_000;
/** A sheet larger than this is read in part, and the snapshot says so. */
export const MAX_CELLS_PER_SHEET = 1_000_000;

/**
 * Worksheets, BC06 tables and metadata parts, then their sizes and XML, then the cells in blocks, then (ExcelApi
 * 1.13) the merged areas; then the tables officials laid out themselves are recognised, with the user's corrections.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  supports: Supports = () => false,
): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables.load("items/name");
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items/id");
  const application = context.application.load("calculationMode");
  await context.sync();
  // In Manual calculation the formulas' results may be stale: Excel recalculates before the cells are read.
  const recalculated = application.calculationMode === "Manual";
  if (recalculated) context.application.calculate("Recalculate");

  const used = worksheets.items.map((sheet) => ({
    sheet,
    range: sheet.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount,rowIndex,columnIndex"),
  }));
  const bc06Tables = tables.items
    .filter((table) => table.name.startsWith("BC06_"))
    .map((table) => ({
      name: table.name,
      range: table.getRange().load("address,rowIndex,columnIndex,rowCount,columnCount"),
      sheet: table.worksheet.load("name"),
    }));
  const xml = parts.items.map((part) => ({ partId: part.id, xml: part.getXml() }));
  await context.sync();

  const truncated: WorkbookRead["truncated"] = [];
  const blocks = used.flatMap(({ sheet, range }) => {
    if (range.isNullObject) return [];
    const columns = range.columnCount;
    const rows = Math.min(range.rowCount, Math.max(1, Math.floor(MAX_CELLS_PER_SHEET / columns)));
    if (rows === range.rowCount) return blocksOf(sheet, range.rowIndex, range.columnIndex, rows, columns);
    truncated.push({ sheet: sheet.name, rows });
    // A stray value in XFD1 or A1048576 must not hide a BC06 table: one that ends below the rows read is read
    // whole, with its header above.
    const own = bc06Tables
      .filter(
        ({ sheet: s, range: t }) => s.name === sheet.name && t.rowIndex + t.rowCount > range.rowIndex + rows,
      )
      .flatMap(({ range: t }) =>
        blocksOf(sheet, 0, 0, t.rowIndex + t.rowCount, t.columnIndex + t.columnCount),
      );
    return [...blocksOf(sheet, range.rowIndex, range.columnIndex, rows, columns), ...own];
  });
  await loadInSyncs(
    context,
    blocks,
    (block) => block.range.load("values,formulas,numberFormat,valueTypes"),
    (block) => block.rows * block.columns,
  );

  const sheets = new Map<string, SheetSnapshot>(
    worksheets.items.map((s) => [
      s.name,
      { name: s.name, cells: new Map(), hidden: s.visibility !== "Visible" },
    ]),
  );
  for (const block of blocks) addBlock(sheets.get(block.sheet)!, block);
  if (supports("1.13")) await readMerges(context, used, sheets);
  const records = xml
    .map(({ partId, xml }) => ({ partId, record: parseMetadataXml(xml.value) }))
    .filter((r): r is StoredRecord => r.record !== null);
  const located = bc06Tables.flatMap((table) => {
    const record = records.find((r) => r.record.kind === "table" && r.record.name === table.name)?.record as
      Extract<MetadataRecord, { kind: "table" }> | undefined;
    const template = templateById(record?.templateId ?? templateIdFromTableName(table.name) ?? "");
    const sheet = sheets.get(table.sheet.name);
    if (!template || !sheet) return [];
    const area = {
      headingRow: table.range.rowIndex + 1,
      firstColumn: table.range.columnIndex + 1,
      lastColumn: table.range.columnIndex + table.range.columnCount,
      lastRow: table.range.rowIndex + table.range.rowCount,
    };
    const found = locateTable(template, sheet, area);
    return found ? [{ ...found, templateVersion: record?.version ?? template.version }] : [];
  });
  // Loaded when first needed: the pane's first paint does without it.
  const { recogniseWorkbook } = await import("../domain/recognise");
  const snapshot = recogniseWorkbook(
    { sheets: [...sheets.values()], tables: located },
    correctionsOf(records.map((r) => r.record)),
  );
  return { snapshot, records, truncated, ...(recalculated ? { recalculated } : {}) };
}

/**
 * Each sheet's merged areas, in one sync of its own: Excel fails a request for more than 512 merged areas in a range,
 * and such a sheet must not cost the check its cells. Without them, headings are read cell by cell.
 */
async function readMerges(
  context: Excel.RequestContext,
  used: { sheet: Excel.Worksheet; range: Excel.Range }[],
  sheets: Map<string, SheetSnapshot>,
): Promise<void> {
  const requests = used
    .filter(({ range }) => !range.isNullObject)
    .map(({ sheet, range }) => ({
      sheet: sheet.name,
      merges: range.getMergedAreasOrNullObject().load("areas/items/address"),
    }));
  try {
    await context.sync();
  } catch {
    return;
  }
  for (const { sheet, merges } of requests) {
    if (merges.isNullObject) continue;
    sheets.get(sheet)!.merges = merges.areas.items.map((area) =>
      area.address.slice(area.address.lastIndexOf("!") + 1),
    );
  }
}

/**
 * Queues loads in as many syncs as the size budget needs: one for a workbook of ordinary size. Largest first, so
 * that small sheets fill the last partial sync.
 */
async function loadInSyncs<T>(
  context: Excel.RequestContext,
  items: T[],
  load: (item: T) => void,
  size: (item: T) => number,
): Promise<void> {
  let budget = 0;
  for (const item of [...items].sort((a, b) => size(b) - size(a))) {
    if (budget > 0 && budget + size(item) > CELLS_PER_SYNC) {
      await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per 50,000 cells, by design
      budget = 0;
    }
    load(item);
    budget += size(item);
  }
  if (budget > 0) await context.sync();
}

/** A rectangle (0-based, as getRangeByIndexes takes it) cut into blocks of at most CELLS_PER_SYNC cells. */
function blocksOf(
  sheet: Excel.Worksheet,
  rowIndex: number,
  columnIndex: number,
  rows: number,
  columns: number,
) {
  const blockRows = Math.max(1, Math.floor(CELLS_PER_SYNC / columns));
  const list = [];
  for (let start = 0; start < rows; start += blockRows) {
    const count = Math.min(blockRows, rows - start);
    list.push({
      sheet: sheet.name,
      top: rowIndex + start + 1,
      left: columnIndex + 1,
      rows: count,
      columns,
      range: sheet.getRangeByIndexes(rowIndex + start, columnIndex, count, columns),
    });
  }
  return list;
}

interface LoadedBlock {
  top: number;
  left: number;
  range: Excel.Range;
}

function addBlock(sheet: SheetSnapshot, block: LoadedBlock): void {
  const { values, formulas, numberFormat, valueTypes } = block.range;
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const type = valueTypes[r][c];
      if (type === "Empty") return;
      const cell: CellSnapshot = {
        value: type === "Error" ? { error: String(value) } : (value as CellSnapshot["value"]),
      };
      const formula = formulas[r][c];
      if (typeof formula === "string" && formula.startsWith("=")) cell.formula = formula;
      if (numberFormat[r][c] && numberFormat[r][c] !== "General") cell.numberFormat = numberFormat[r][c];
      sheet.cells.set(a1(block.top + r, block.left + c), cell);
    }),
  );
}

const COLUMN_WIDTH_POINTS = 6; // Excel's column width in points per character of the default font, roughly

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
  sheet.freezePanes.freezeRows(headingRow);
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

/**
 * A workbook whose structure is protected takes no new sheet: said before anything is written, with Office's own
 * code, so that the pane tells it as it tells Excel's refusal.
 */
function refuseIfProtected(protection: Excel.WorkbookProtection): void {
  if (protection.protected)
    throw Object.assign(new Error("The workbook's structure is protected"), { code: "AccessDenied" });
}

/**
 * A value as it must be entered for Excel to keep it: text that starts with "=", "+", "-" or "'" would be taken for a
 * formula (or lose its apostrophe), so it gets Excel's quote prefix, which is not part of the value.
 */
function enteredAsText(value: CellValue): string | number | boolean | null {
  if (typeof value === "string") return /^[=+\-']/.test(value) ? `'${value}` : value;
  return isExcelError(value) ? value.error : value;
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

/** Selects (and scrolls to) the cells of an issue on their first sheet. */
export async function selectCells(
  context: Excel.RequestContext,
  cells: CellRef[],
  supports: Supports,
): Promise<void> {
  if (cells.length === 0) return;
  const sheetName = cells[0].sheet;
  const addresses = [...new Set(cells.filter((c) => c.sheet === sheetName).map((c) => c.address))];
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  // Several separate cells at once need RangeAreas (ExcelApi 1.9); before that, the first cell.
  if (addresses.length > 1 && supports("1.9")) sheet.getRanges(addresses.join(",")).select();
  else sheet.getRange(addresses[0]).select();
  await context.sync();
}

/**
 * The rule of BC06's marks: always true, and recognisable by its text ("BC06"), since Excel identifies a conditional
 * format only by its position, which the user's own rules move.
 */
const MARK_FORMULA = '=N("BC06")=0';
/** The rule of marks written before they carried the text: removed with the record that listed their sheets. */
const LEGACY_MARK_FORMULA = "=TRUE";

/** Marks the issues' cells with conditional formats BC06 can tell apart from the user's by their rule. One sync. */
export async function highlightIssues(context: Excel.RequestContext, issues: Issue[]): Promise<number> {
  const marks = [...cellsAtFault(issues).values()].slice(0, MAX_HIGHLIGHTS);
  for (const { cell, severity } of marks) {
    const format = context.workbook.worksheets
      .getItem(cell.sheet)
      .getRange(cell.address)
      .conditionalFormats.add("Custom");
    format.custom.rule.formula = MARK_FORMULA;
    format.custom.format.fill.color = SEVERITY_FILL[severity];
  }
  await context.sync();
  return marks.length;
}

/** The metadata records: two syncs. */
export async function readRecords(context: Excel.RequestContext): Promise<StoredRecord[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items/id");
  await context.sync();
  const xml = parts.items.map((part) => ({ partId: part.id, xml: part.getXml() }));
  await context.sync();
  return xml
    .map(({ partId, xml }) => ({ partId, record: parseMetadataXml(xml.value) }))
    .filter((r): r is StoredRecord => r.record !== null);
}

/**
 * Removes every mark BC06 drew, and only those: each sheet's conditional formats are read with their rules, BC06's
 * (by their rule) deleted from the last to the first, so that a deletion never moves one still to be deleted. Marks
 * written by earlier versions are found through their record. Four syncs.
 */
export async function clearHighlights(context: Excel.RequestContext): Promise<number> {
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items/id");
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const xml = parts.items.map((part) => ({ partId: part.id, xml: part.getXml() }));
  const formats = sheets.items.map((sheet) => ({
    sheet,
    formats: sheet.getRange().conditionalFormats.load("items/type"),
  }));
  await context.sync();
  const legacy = new Set<string>();
  for (const { partId, xml: text } of xml) {
    const record = parseMetadataXml(text.value);
    if (record?.kind !== "highlights") continue;
    record.marks.forEach((mark) => legacy.add(mark.sheet));
    context.workbook.customXmlParts.getItem(partId).delete();
  }
  const rules = formats.map(({ sheet, formats }) => ({
    sheet,
    formats,
    custom: formats.items.map((format) =>
      format.type === "Custom" ? format.custom.rule.load("formula") : undefined,
    ),
  }));
  await context.sync();
  let removed = 0;
  for (const { sheet, formats, custom } of rules) {
    for (let i = formats.items.length - 1; i >= 0; i--) {
      const formula = custom[i]?.formula;
      if (formula !== MARK_FORMULA && !(formula === LEGACY_MARK_FORMULA && legacy.has(sheet.name))) continue;
      formats.getItem(formats.items[i].id).delete();
      removed++;
    }
  }
  await context.sync();
  return removed;
}

/**
 * Keeps a user's correction of a recognised table in the workbook, in place of any earlier one for the same table
 * (same sheet, and the same heading cell or headings); a correction with nothing in it only removes. Three syncs.
 */
export async function saveCorrection(
  context: Excel.RequestContext,
  correction: TableCorrection,
): Promise<void> {
  const { replaced, added } = correctionChange(await readRecords(context), correction);
  for (const { partId } of replaced) context.workbook.customXmlParts.getItem(partId).delete();
  if (added) context.workbook.customXmlParts.add(metadataXml(added));
  await context.sync();
}

/** Records a warning the user acknowledged, with the reason, in the workbook: one sync. */
export async function acknowledge(
  context: Excel.RequestContext,
  issue: Issue,
  reason: string,
  at: Date,
): Promise<void> {
  context.workbook.customXmlParts.add(metadataXml(acknowledgementRecord(issue, reason, at)));
  await context.sync();
}

/**
 * Writes the check's result into BC06's report sheet, replacing only the sheet BC06 wrote before (a user's sheet
 * of the same name is left alone: the report takes another name). Each cell reference links to the cell.
 */
export async function writeReport(
  context: Excel.RequestContext,
  result: CheckResult,
  language: Language,
  records: StoredRecord[],
  at: Date,
  /** Told the new sheet's name before it is written, so that a failed batch can be cleaned up. */
  named: (sheet: string) => void = () => undefined,
): Promise<string> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const previous = records.find((r) => r.record.kind === "report");
  const previousName = previous?.record.kind === "report" ? previous.record.sheet : undefined;
  const previousTitle = previousName
    ? context.workbook.worksheets.getItemOrNullObject(previousName).getRange("A1").load("values")
    : undefined;
  const protection = context.workbook.protection.load("protected");
  await context.sync();
  refuseIfProtected(protection);
  const names = worksheets.items.map((s) => s.name);
  // The sheet the record names is replaced only if it is still BC06's report (a user may have renamed a sheet of
  // theirs to that name); and only once the new report is written, in the same batch.
  const title = previousTitle?.isNullObject ? undefined : previousTitle?.values?.[0]?.[0];
  const replaced = Object.values(REPORT_TITLE).includes(String(title)) ? previousName : undefined;
  const name = freeSheetName(REPORT_SHEET[language], names);
  named(name);

  const sheet = context.workbook.worksheets.add(name);
  const plan = planReport(result, language, records, at);
  const width = plan.rows[plan.headingRow - 1].length;
  sheet.getRange(`A1:${a1(plan.rows.length, width)}`).values = plan.rows.map((row) => [
    ...row.map(enteredAsText),
    ...Array(width - row.length).fill(""),
  ]);
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A1").format.font.size = 14;
  const heading = sheet.getRange(`${a1(plan.headingRow, 1)}:${a1(plan.headingRow, width)}`);
  heading.format.font.bold = true;
  heading.format.fill.color = REPORT_HEADING_FILL;
  for (const { row, column, target, text } of plan.links)
    sheet.getRange(a1(row, column)).hyperlink = {
      documentReference: `${quoteSheetName(target.sheet)}!${target.address}`,
      textToDisplay: text,
    };
  plan.widths.forEach((characters, i) => {
    const letters = columnLetters(i + 1);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = characters * COLUMN_WIDTH_POINTS;
  });
  if (result.issues.length)
    for (const column of plan.wrapped)
      sheet.getRange(`${a1(plan.headingRow + 1, column)}:${a1(plan.rows.length, column)}`).format.wrapText =
        true;
  let finalName = name;
  if (replaced) {
    context.workbook.worksheets.getItem(replaced).delete();
    // The old report's name is free again: the new one takes it ("Kết quả kiểm tra", not "… (2)").
    const preferred = freeSheetName(
      REPORT_SHEET[language],
      names.filter((n) => n !== replaced),
    );
    if (preferred !== name) sheet.name = finalName = preferred;
  }
  if (previous) context.workbook.customXmlParts.getItem(previous.partId).delete();
  context.workbook.customXmlParts.add(metadataXml({ kind: "report", sheet: finalName }));
  sheet.activate();
  await context.sync();
  return finalName;
}

/** Removes a sheet BC06 began to write in a batch that failed (a follow-up run; Excel keeps what ran). Two syncs. */
export async function removeUnfinishedSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
  await context.sync();
  if (!sheet.isNullObject) sheet.delete();
  await context.sync();
}
