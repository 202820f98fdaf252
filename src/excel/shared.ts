// What Excel's actions share: feature detection, refusing a protected workbook, entering text as text.
import { type CellValue, isExcelError } from "../domain/workbook";

/** Whether the host supports an ExcelApi requirement set (feature detection for anything above 1.7). */
export type Supports = (version: string) => boolean;

/** Excel's column width in points per character of the default font, roughly. */
export const COLUMN_WIDTH_POINTS = 6;

/**
 * A workbook whose structure is protected takes no new sheet: said before anything is written, with Office's own
 * code, so that the pane tells it as it tells Excel's refusal.
 */
export function refuseIfProtected(protection: Excel.WorkbookProtection): void {
  if (protection.protected)
    throw Object.assign(new Error("The workbook's structure is protected"), { code: "AccessDenied" });
}

/** Sheets whose protection forbids BC06's marks: refused, with Office's own code, before a mark is drawn or removed. */
export function refuseIfSheetsProtected(
  sheets: { name: string; protection: Excel.WorksheetProtection }[],
): void {
  const locked = sheets.filter((sheet) => sheet.protection.protected).map((sheet) => sheet.name);
  if (locked.length)
    throw Object.assign(new Error(`Protected sheets: ${locked.join(", ")}`), { code: "AccessDenied" });
}

/**
 * A value as it must be entered for Excel to keep it: text that starts with "=", "+", "-" or "'" would be taken for a
 * formula (or lose its apostrophe), so it gets Excel's quote prefix, which is not part of the value.
 */
export function enteredAsText(value: CellValue): string | number | boolean | null {
  if (typeof value === "string") return /^[=+\-']/.test(value) ? `'${value}` : value;
  return isExcelError(value) ? value.error : value;
}
