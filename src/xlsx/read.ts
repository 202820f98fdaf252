// Reading an .xlsx file (Node Buffer or browser ArrayBuffer) into the workbook snapshot the engine checks.
import ExcelJS from "exceljs";
import type { Language } from "../domain/i18n";
import { correctionsOf, type MetadataRecord, parseMetadataXml } from "../domain/metadata";
import { recogniseWorkbook } from "../domain/recognise";
import { customXmlItems, type ScannedWorkbook, scanXlsx } from "./scan";
import { declaredUnzippedSize } from "./zip";
import { locateTable, ROW_ID_HEADING, type TableArea, TEMPLATES } from "../domain/templates";
import {
  a1,
  type CellSnapshot,
  type CellValue,
  type LocatedTable,
  parseA1,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../domain/workbook";

export type UnreadableReason =
  "old-xls" | "password" | "ods" | "corrupt" | "not-spreadsheet" | "too-large" | "unzips-too-large" | "empty";

/** Why a file could not be read, in a sentence a user understands. */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    language: Language = "vi",
  ) {
    super(UNREADABLE[reason][language]);
  }
}

const UNREADABLE: Record<UnreadableReason, { vi: string; en: string }> = {
  "old-xls": {
    vi: "Tệp Excel 97–2003 (.xls) không được hỗ trợ: mở bằng Excel và lưu lại dưới dạng .xlsx.",
    en: "Excel 97–2003 files (.xls) are not supported: save it as .xlsx.",
  },
  password: {
    vi: "Tệp được đặt mật khẩu: gỡ mật khẩu trong Excel rồi kiểm tra lại.",
    en: "The file is password-protected: remove the password in Excel and check again.",
  },
  ods: {
    vi: "Tệp OpenDocument (.ods) không được hỗ trợ: lưu lại dưới dạng .xlsx.",
    en: "OpenDocument files (.ods) are not supported: save it as .xlsx.",
  },
  corrupt: {
    vi: "Tệp .xlsx bị hỏng hoặc không đầy đủ (có thể tải về chưa xong).",
    en: "The .xlsx file is damaged or incomplete (perhaps not fully downloaded).",
  },
  "not-spreadsheet": { vi: "Không phải tệp Excel (.xlsx).", en: "Not an Excel (.xlsx) file." },
  "too-large": {
    vi: "Tệp quá lớn để kiểm tra (trên 50 MB).",
    en: "The file is too large to check (over 50 MB).",
  },
  "unzips-too-large": {
    vi: "Tệp khai báo nội dung giải nén quá lớn (trên 300 MB): có thể là tệp độc hại hoặc bị hỏng, không được mở.",
    en: "The file declares more than 300 MB once unzipped: possibly malicious or damaged; it was not opened.",
  },
  empty: { vi: "Tệp rỗng.", en: "The file is empty." },
};

/** Larger files are refused before unzipping: a report workbook is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Nor is a file whose contents would unzip to more than this (a zip bomb). */
export const MAX_UNZIPPED_BYTES = 300 * 1024 * 1024;

function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function contains(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const pattern = utf16
    ? [...text].flatMap((ch) => [ch.charCodeAt(0), 0])
    : [...text].map((ch) => ch.charCodeAt(0));
  outer: for (let i = 0; i <= bytes.length - pattern.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** What a file that is not a readable .xlsx is, from its first bytes. */
export function diagnose(data: ArrayBuffer | Uint8Array): UnreadableReason {
  const bytes = bytesOf(data);
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An OLE container: an encrypted .xlsx keeps its package in an "EncryptionInfo" stream; otherwise it is .xls.
    return contains(bytes, "EncryptionInfo", true) ? "password" : "old-xls";
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    return contains(bytes.subarray(0, 200), "application/vnd.oasis.opendocument") ? "ods" : "corrupt";
  return "not-spreadsheet";
}

export interface XlsxRead {
  snapshot: WorkbookSnapshot;
  /** BC06's records in the file (kept by Excel in its custom XML parts): corrections, acknowledgements, … */
  records: MetadataRecord[];
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

/**
 * BC06 tables, by their row-id heading. Several templates share row ids (the 25 services head both the DVC and the
 * staff tables), so the template is the one whose row ids and column headings the table matches best.
 */
function locateTables(sheet: SheetSnapshot): LocatedTable[] {
  const tables: LocatedTable[] = [];
  for (const [address, cell] of sheet.cells) {
    if (cell.value !== ROW_ID_HEADING) continue;
    const { row: headingRow, column: idColumn } = parseA1(address)!;
    const ids: string[] = [];
    let lastRow = headingRow;
    for (let row = headingRow + 1; ; row++) {
      const id = sheet.cells.get(a1(row, idColumn))?.value;
      if (typeof id !== "string") break;
      ids.push(id);
      lastRow = row;
    }
    const area = { headingRow, firstColumn: 1, lastColumn: idColumn, lastRow };
    const best = bestMatch(ids, sheet, area);
    if (best) tables.push(best);
  }
  return tables;
}

function bestMatch(ids: string[], sheet: SheetSnapshot, area: TableArea): LocatedTable | undefined {
  let best: { table: LocatedTable; score: number } | undefined;
  for (const template of TEMPLATES) {
    const known = new Set(template.rows.map((r) => r.id));
    const shared = new Set(ids.filter((id) => known.has(id))).size;
    if (shared === 0) continue;
    const table = locateTable(template, sheet, area);
    if (!table) continue;
    const rowFit = shared / new Set([...ids, ...known]).size;
    const columnFit = Object.keys(table.columns).length / template.columns.length;
    if (!best || rowFit + columnFit > best.score) best = { table, score: rowFit + columnFit };
  }
  return best?.table;
}

/**
 * Reads a workbook for a check, on the light path (scan.ts); throws UnreadableFileError (with the reason, in the
 * language asked) when it cannot.
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array, language: Language = "vi"): Promise<XlsxRead> {
  const bytes = admitted(data, language);
  let scanned: ScannedWorkbook;
  try {
    scanned = scanXlsx(bytes);
  } catch {
    throw new UnreadableFileError(diagnose(bytes), language);
  }
  const records = recordsOf(scanned.customXml);
  return { snapshot: recognised(scanned.sheets, records), records };
}

/** BC06's records among the custom XML items (other programs' data left out). */
function recordsOf(items: string[]): MetadataRecord[] {
  return items.flatMap((xml) => parseMetadataXml(xml) ?? []);
}

/** The bytes, unless they are too many to open (as a file, or once unzipped). */
function admitted(data: ArrayBuffer | Uint8Array, language: Language): Uint8Array {
  const bytes = bytesOf(data);
  if (bytes.length > MAX_FILE_BYTES) throw new UnreadableFileError("too-large", language);
  const unzipped = declaredUnzippedSize(bytes);
  if (unzipped !== null && unzipped > MAX_UNZIPPED_BYTES)
    throw new UnreadableFileError("unzips-too-large", language);
  return bytes;
}

/** The file as ExcelJS holds it (to act on it and write it again), with BC06's records. */
export async function loadXlsx(
  data: ArrayBuffer | Uint8Array,
  language: Language = "vi",
): Promise<{ workbook: ExcelJS.Workbook; records: MetadataRecord[] }> {
  const bytes = admitted(data, language);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableFileError(diagnose(bytes), language);
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

/** BC06's tables located and the officials' own tables recognised, with the user's corrections. */
function recognised(sheets: SheetSnapshot[], records: MetadataRecord[]): WorkbookSnapshot {
  return recogniseWorkbook({ sheets, tables: sheets.flatMap(locateTables) }, correctionsOf(records));
}
