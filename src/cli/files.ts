import fs from "fs";
import path from "path";
import type { Language } from "../domain/i18n";
import type { WorkbookSnapshot } from "../domain/workbook";
import { UnreadableFileError, unreadableSentence } from "../xlsx/identify";
import { readXlsx } from "../xlsx/read";

/**
 * The .xlsx files named, in the order given: a folder stands for every .xlsx under it (Excel's ~$ lock files
 * left out); a path that does not exist is kept, marked missing, so that it is reported where it was named.
 */
export function expandPaths(paths: string[]): { file: string; missing: boolean }[] {
  const found: { file: string; missing: boolean }[] = [];
  const walk = (folder: string) => {
    for (const entry of fs
      .readdirSync(folder, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$"))
        found.push({ file: full, missing: false });
    }
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) found.push({ file: p, missing: true });
    else if (fs.statSync(p).isDirectory()) walk(p);
    else found.push({ file: p, missing: false });
  }
  return found;
}

/** A workbook file as read: its bytes and snapshot, or the sentence that says why it could not be read. */
export type WorkbookFile =
  | { file: string; data: Buffer; snapshot: WorkbookSnapshot; error?: undefined }
  | { file: string; data?: undefined; snapshot?: undefined; error: string };

/** One of the files `expandPaths` names, read. */
export async function readWorkbookFile(
  { file, missing }: { file: string; missing: boolean },
  language: Language,
  verbose = false,
): Promise<WorkbookFile> {
  if (missing)
    return {
      file,
      error: language === "vi" ? "Không tìm thấy tệp hoặc thư mục." : "No such file or folder.",
    };
  try {
    const data = fs.readFileSync(file);
    return { file, data, snapshot: (await readXlsx(data, language)).snapshot };
  } catch (error) {
    return { file, error: unreadableMessage(error, language, verbose) };
  }
}

/** Each .xlsx named (folders expanded), read. */
export async function* readWorkbooks(
  paths: string[],
  language: Language,
  verbose = false,
): AsyncGenerator<WorkbookFile> {
  for (const entry of expandPaths(paths)) yield await readWorkbookFile(entry, language, verbose);
}

/**
 * Why a file could not be read (or checked), in the user's words; the technical cause (a library's message) only
 * when asked for (--verbose).
 */
export function unreadableMessage(error: unknown, language: Language, verbose = false): string {
  const sentence = unreadableSentence(error, language);
  const detail = error instanceof UnreadableFileError ? error.detail : (error as Error)?.message;
  return verbose && detail ? `${sentence} (${detail})` : sentence;
}
