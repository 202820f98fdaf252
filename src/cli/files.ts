import fs from "fs";
import path from "path";
import type { Language } from "../domain/i18n";
import { UnreadableFileError, unreadableSentence } from "../xlsx/identify";
import type { BudgetedReader, ReadOutcome } from "./budget";

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

/** A workbook file as read: its snapshot, or the sentence that says why it could not be read. */
export type WorkbookFile = { file: string } & ReadOutcome;

/** One of the files `expandPaths` names, read under the reader's budget. */
export async function readWorkbookFile(
  { file, missing }: { file: string; missing: boolean },
  reader: BudgetedReader,
  language: Language,
): Promise<WorkbookFile> {
  if (missing)
    return {
      file,
      error: language === "vi" ? "Không tìm thấy tệp hoặc thư mục." : "No such file or folder.",
    };
  return { file, ...(await reader.read(file)) };
}

/**
 * Each .xlsx named (folders expanded), read, in order: the next files are read (as many at once as the reader
 * reads) while the caller works on this one.
 */
export async function* readWorkbooks(
  entries: { file: string; missing: boolean }[],
  reader: BudgetedReader,
  language: Language,
): AsyncGenerator<WorkbookFile> {
  const ahead: Promise<WorkbookFile>[] = [];
  let next = 0;
  while (next < entries.length || ahead.length > 0) {
    while (next < entries.length && ahead.length <= reader.parallel)
      ahead.push(readWorkbookFile(entries[next++], reader, language));
    yield await ahead.shift()!;
  }
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
