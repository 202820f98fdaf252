// Selecting an issue's cells, and BC06's highlight marks: drawn, and removed without touching the user's own rules.
import { METADATA_NAMESPACE, parseMetadataXml } from "../domain/metadata";
import { cellsAtFault, type CellRef, type Issue, type Severity } from "../domain/rules";
import { MAX_HIGHLIGHTS, SEVERITY_FILL } from "../domain/report";
import type { WorkbookRead } from "../domain/session";
import { relocated } from "../domain/workbook";
import { loadSheets, snapshotsOf, workbookNow } from "./read";
import { refuseIfSheetsProtected, type Supports } from "./shared";

/**
 * Selects (and scrolls to) the cells of an issue on their first sheet. Given the read the issue comes from, the
 * sheet is read again first and the cells found again by their row and column ids: rows the user inserted since
 * never make it select someone else's figures. Two syncs (one without the read).
 */
export async function selectCells(
  context: Excel.RequestContext,
  cells: CellRef[],
  supports: Supports,
  from?: WorkbookRead,
): Promise<void> {
  if (cells.length === 0) return;
  const sheetName = cells[0].sheet;
  const now = from ? await cellsNow(context, from, [sheetName], cells) : cells;
  const addresses = [...new Set(now.filter((c) => c.sheet === sheetName).map((c) => c.address))];
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  // Several separate cells at once need RangeAreas (ExcelApi 1.9); before that, the first cell.
  if (addresses.length > 1 && supports("1.9")) sheet.getRanges(addresses.join(",")).select();
  else sheet.getRange(addresses[0]).select();
  await context.sync();
}

/** Cells of an earlier read where they are now: their sheets read again (one sync), found by their tables' ids. */
async function cellsNow<C extends CellRef>(
  context: Excel.RequestContext,
  from: WorkbookRead,
  sheets: string[],
  cells: C[],
): Promise<C[]> {
  const loaded = loadSheets(context, sheets);
  await context.sync();
  return relocated(from.snapshot, (await workbookNow(from, snapshotsOf(loaded))).snapshot, cells);
}

/**
 * The rule of BC06's marks: always true, and recognisable by its text ("BC06"), since Excel identifies a conditional
 * format only by its position, which the user's own rules move.
 */
const MARK_FORMULA = '=N("BC06")=0';
/** The rule of marks written before they carried the text: removed with the record that listed their sheets. */
const LEGACY_MARK_FORMULA = "=TRUE";

/**
 * Marks the issues' cells with conditional formats BC06 can tell apart from the user's by their rule; nothing at all
 * if one of their sheets is protected. Given the read the issues come from, their cells are found again by their
 * tables' row and column ids in the same sync that asks for the protection. Two syncs.
 */
export async function highlightIssues(
  context: Excel.RequestContext,
  issues: Issue[],
  from?: WorkbookRead,
): Promise<number> {
  const marks = [...cellsAtFault(issues).values()].slice(0, MAX_HIGHLIGHTS);
  const names = [...new Set(marks.map(({ cell }) => cell.sheet))];
  const sheets = loadSheets(context, from ? names : []);
  const protections = names.map((name) => ({
    name,
    protection: context.workbook.worksheets.getItem(name).protection.load("protected"),
  }));
  await context.sync();
  refuseIfSheetsProtected(protections);
  // Given the read the issues come from, their cells where they are now (rows may have been inserted since).
  const before = marks.map(({ cell }) => cell);
  const cells = from
    ? relocated(from.snapshot, (await workbookNow(from, snapshotsOf(sheets))).snapshot, before)
    : before;
  marks.forEach(({ severity }, i) => drawMark(context, cells[i], severity));
  await context.sync();
  return marks.length;
}

/** Queues one mark: a conditional format on the cell, filled with its severity's colour. */
export function drawMark(context: Excel.RequestContext, cell: CellRef, severity: Severity): void {
  const format = context.workbook.worksheets
    .getItem(cell.sheet)
    .getRange(cell.address)
    .conditionalFormats.add("Custom");
  format.custom.rule.formula = MARK_FORMULA;
  format.custom.format.fill.color = SEVERITY_FILL[severity];
}

/**
 * Removes every mark BC06 drew, and only those: each sheet's conditional formats are read with their rules, BC06's
 * (by their rule) deleted from the last to the first, so that a deletion never moves one still to be deleted. Marks
 * written by earlier versions are found through their record. None is removed if a sheet holding some is protected.
 * Four syncs.
 */
export async function clearHighlights(context: Excel.RequestContext): Promise<number> {
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items/id");
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const xml = parts.items.map((part) => ({ partId: part.id, xml: part.getXml() }));
  const formats = sheets.items.map((sheet) => ({
    sheet,
    formats: sheet.getRange().conditionalFormats.load("items/type"),
    protection: sheet.protection.load("protected"),
  }));
  await context.sync();
  const legacy = xml.flatMap(({ partId, xml: text }) => {
    const record = parseMetadataXml(text.value);
    return record?.kind === "highlights" ? [{ partId, sheets: record.marks.map((mark) => mark.sheet) }] : [];
  });
  const legacySheets = new Set(legacy.flatMap((record) => record.sheets));
  const rules = formats.map((sheet) => ({
    ...sheet,
    custom: sheet.formats.items.map((format) =>
      format.type === "Custom" ? format.custom.rule.load("formula") : undefined,
    ),
  }));
  await context.sync();
  const marked = rules.map(({ sheet, formats, protection, custom }) => ({
    name: sheet.name,
    protection,
    formats,
    // Positions of BC06's marks, last first.
    marks: custom
      .map((rule, i) => (isMark(rule?.formula, legacySheets.has(sheet.name)) ? i : -1))
      .filter((i) => i >= 0)
      .reverse(),
  }));
  refuseIfSheetsProtected(marked.filter((sheet) => sheet.marks.length > 0));
  for (const { partId } of legacy) context.workbook.customXmlParts.getItem(partId).delete();
  for (const { formats, marks } of marked)
    for (const i of marks) formats.getItem(formats.items[i].id).delete();
  await context.sync();
  return marked.reduce((sum, sheet) => sum + sheet.marks.length, 0);
}

/** BC06's mark, by its rule; the old rule only on a sheet its record lists. */
export function isMark(formula: string | undefined, legacySheet = false): boolean {
  return formula === MARK_FORMULA || (formula === LEGACY_MARK_FORMULA && legacySheet);
}
