// Reading an .xlsx file (Node Buffer or browser ArrayBuffer) into the workbook snapshot the engine checks, on the
// light path (scan.ts); why a file cannot be read, in words.
import type { Language } from "../domain/i18n";
import { correctionsOf, type MetadataRecord, parseMetadataXml } from "../domain/metadata";
import { recogniseWorkbook } from "../domain/recognise";
import { diagnose, UnreadableFileError } from "./identify";
import { type ScannedWorkbook, scanXlsx } from "./scan";
import { declaredUnzippedSize } from "./zip";
import { locateTable, ROW_ID_HEADING, type TableArea, TEMPLATES } from "../domain/templates";
import {
  a1,
  type LocatedTable,
  parseA1,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../domain/workbook";

/** Larger files are refused before unzipping: a report workbook is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Nor is a file whose contents would unzip to more than this (a zip bomb). */
export const MAX_UNZIPPED_BYTES = 300 * 1024 * 1024;

export function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export interface XlsxRead {
  snapshot: WorkbookSnapshot;
  /** BC06's records in the file (kept by Excel in its custom XML parts): corrections, acknowledgements, … */
  records: MetadataRecord[];
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
  } catch (error) {
    throw new UnreadableFileError(diagnose(bytes), language, (error as Error).message);
  }
  const records = recordsOf(scanned.customXml);
  return { snapshot: recognised(scanned.sheets, records), records };
}

/** BC06's records among the custom XML items (other programs' data left out). */
export function recordsOf(items: string[]): MetadataRecord[] {
  return items.flatMap((xml) => parseMetadataXml(xml) ?? []);
}

/** The bytes, unless they are too many to open (as a file, or once unzipped). */
export function admitted(data: ArrayBuffer | Uint8Array, language: Language): Uint8Array {
  const bytes = bytesOf(data);
  if (bytes.length > MAX_FILE_BYTES) throw new UnreadableFileError("too-large", language);
  const unzipped = declaredUnzippedSize(bytes);
  if (unzipped !== null && unzipped > MAX_UNZIPPED_BYTES)
    throw new UnreadableFileError("unzips-too-large", language);
  return bytes;
}

/** BC06's tables located and the officials' own tables recognised, with the user's corrections. */
export function recognised(sheets: SheetSnapshot[], records: MetadataRecord[]): WorkbookSnapshot {
  return recogniseWorkbook({ sheets, tables: sheets.flatMap(locateTables) }, correctionsOf(records));
}
