import fs from "fs";
import path from "path";

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
