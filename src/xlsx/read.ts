// Reading an .xlsx file (Node Buffer or browser ArrayBuffer) into the workbook snapshot the engine checks, on the
// light path (scan.ts); why a file cannot be read, in words.
import type { Language } from "../domain/i18n";
import { type MetadataRecord, parseMetadataXml } from "../domain/metadata";
import { recognised } from "../domain/recognise/own";
import { diagnose, UnreadableFileError } from "./identify";
import { type ScannedWorkbook, scanXlsx } from "./scan";
import { declaredUnzippedSize } from "./zip";
import type { WorkbookSnapshot } from "../domain/workbook";

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
