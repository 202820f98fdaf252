// A workbook as ExcelJS holds it (the standalone page's workbook, the copies BC06 writes), and the snapshot the engine
// checks read from it. Checking a file alone takes the light path (read.ts) and never loads ExcelJS.
import ExcelJS from "exceljs";
import type { Language } from "../domain/i18n";
import type { MetadataRecord } from "../domain/metadata";
import {
  a1,
  type CellSnapshot,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../domain/workbook";
import { diagnose, UnreadableFileError } from "./identify";
import { recognised } from "../domain/recognise/own";
import { admitted, recordsOf } from "./read";
import { customXmlItems } from "./scan";

/** The file as ExcelJS holds it (to act on it and write it again), with BC06's records. */
export async function loadXlsx(
  data: ArrayBuffer | Uint8Array,
  language: Language = "vi",
): Promise<{ workbook: ExcelJS.Workbook; records: MetadataRecord[] }> {
  const bytes = admitted(data, language);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableFileError(diagnose(bytes), language, (error as Error).message);
  }
  return { workbook, records: recordsOf(customXmlItems(bytes)) };
}

/** What the engine checks of a workbook ExcelJS holds: its sheets, BC06's tables and the tables recognised. */
export function snapshotOf(workbook: ExcelJS.Workbook, records: MetadataRecord[]): WorkbookSnapshot {
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  return recognised(
    workbook.worksheets.map((worksheet) => readSheet(worksheet, date1904)),
    records,
  );
}

/** Days between Excel's day 0 (30/12/1899 in the 1900 system) and the Unix epoch. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function serial(date: Date, date1904: boolean): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000 - (date1904 ? 1462 : 0);
}

function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return serial(value, date1904);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  const object = value as { error?: string; richText?: { text: string }[]; text?: unknown; result?: unknown };
  if (object.error) return { error: object.error };
  if (object.richText) return object.richText.map((run) => run.text).join("");
  if (object.text !== undefined) return plainValue(object.text, date1904);
  if ("result" in object) return plainValue(object.result, date1904);
  return null;
}

function readSheet(worksheet: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const cells = new Map<string, CellSnapshot>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // the master cell holds the value
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      // cell.value drops a formula's cached result when it is 0 (ExcelJS 4.4); cell.result keeps it.
      const value = plainValue(formula ? cell.result : cell.value, date1904);
      if (value === null && !formula) return;
      const snapshot: CellSnapshot = { value };
      if (formula) snapshot.formula = `=${formula}`;
      if (cell.numFmt && cell.numFmt !== "General") snapshot.numberFormat = cell.numFmt;
      cells.set(a1(rowNumber, columnNumber), snapshot);
    });
  });
  // Rows ExcelJS holds (a sparse list: forEach skips the rows never written, however far the sheet reaches).
  const hiddenRows: number[] = [];
  (worksheet as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows.forEach((row) => {
    if (row?.hidden) hiddenRows.push(row.number);
  });
  // The columns the file defines (asking for each column up to the last used one would create them all).
  const hiddenColumns: number[] = [];
  (worksheet.columns ?? []).forEach((column, i) => {
    if (column?.hidden) hiddenColumns.push(i + 1);
  });
  const view = worksheet.views?.[0];
  const frozenRows = view?.state === "frozen" ? (view.ySplit ?? 0) : 0;
  return {
    name: worksheet.name,
    cells,
    hidden: worksheet.state !== "visible",
    merges: mergesOf(worksheet),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(frozenRows > 0 ? { frozenRows } : {}),
  };
}

/** The sheet's merged areas ("B5:B6"); ExcelJS keeps them by their top-left cell. */
function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, { range?: string }> })._merges ?? {};
  return Object.values(merges).flatMap((merge) => (merge.range ? [merge.range] : []));
}
