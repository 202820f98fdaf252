// The check's report sheet, written by the plan the standalone page draws too.
import type { Language } from "../domain/i18n";
import { metadataXml } from "../domain/metadata";
import type { CheckResult } from "../domain/rules";
import { planReport, REPORT_HEADING_FILL, REPORT_SHEET, REPORT_TITLE } from "../domain/report";
import type { StoredRecord } from "../domain/session";
import { a1, columnLetters, freeSheetName, quoteSheetName } from "../domain/workbook";
import { COLUMN_WIDTH_POINTS, enteredAsText, refuseIfProtected } from "./shared";

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
