import fs from "fs";
import path from "path";
import type { Language } from "../domain/i18n";
import type { WorkbookSnapshot } from "../domain/workbook";
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

/** Each .xlsx named (folders expanded), read; or the sentence that says why it could not be. */
export async function* readWorkbooks(
  paths: string[],
  language: Language,
): AsyncGenerator<{ file: string; snapshot?: WorkbookSnapshot; error?: string }> {
  for (const { file, missing } of expandPaths(paths)) {
    if (missing) {
      yield {
        file,
        error: language === "vi" ? "Không tìm thấy tệp hoặc thư mục." : "No such file or folder.",
      };
      continue;
    }
    try {
      yield { file, snapshot: (await readXlsx(fs.readFileSync(file), language)).snapshot };
    } catch (error) {
      yield { file, error: (error as Error).message };
    }
  }
}
