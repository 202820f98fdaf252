// Selecting an issue's cells, and BC06's highlight marks: drawn, and removed without touching the user's own rules.
import { METADATA_NAMESPACE, parseMetadataXml } from "../domain/metadata";
import { cellsAtFault, type CellRef, type Issue } from "../domain/rules";
import { MAX_HIGHLIGHTS, SEVERITY_FILL } from "../domain/report";
import type { Supports } from "./shared";

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
