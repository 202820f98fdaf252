// The cells the issues name, each with its most serious severity: what the highlights, the annotated copy and the
// standalone page's sheet view mark. A module of its own, with no imports but types, so that the page's lazily
// loaded sheet view can share it without splitting the rules engine out of the pane's bundle.
import type { CellRef, Issue } from "./result";
import type { Severity } from "./schema";

export function cellKey(cell: CellRef): string {
  return `${cell.sheet}!${cell.address}`;
}

/** The cell a `cellKey` names (a sheet's name may itself hold "!"). */
export function cellOfKey(key: string): CellRef {
  const bang = key.lastIndexOf("!");
  return { sheet: key.slice(0, bang), address: key.slice(bang + 1) };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Each cell the issues name (by `cellKey`), with the most serious severity among them and the issues naming it. */
export function cellsAtFault(
  issues: Issue[],
): Map<string, { cell: CellRef; severity: Severity; issues: Issue[] }> {
  const cells = new Map<string, { cell: CellRef; severity: Severity; issues: Issue[] }>();
  for (const issue of issues)
    for (const cell of issue.cells) {
      const key = cellKey(cell);
      const entry = cells.get(key) ?? { cell, severity: issue.severity, issues: [] };
      if (SEVERITY_RANK[issue.severity] > SEVERITY_RANK[entry.severity]) entry.severity = issue.severity;
      if (!entry.issues.includes(issue)) entry.issues.push(issue);
      cells.set(key, entry);
    }
  return cells;
}
