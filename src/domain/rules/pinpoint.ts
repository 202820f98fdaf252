// Which cell of an official's table a failed relation points at. A cell in several failed relations explains them
// all (a commune typed 54 for 45 breaks its row and the district total: one finding, at that cell); a failed
// relation with a single cell no holding relation vouches for (a total or a rate that agrees with its own parts is
// vouched for) points at that cell. A value is suggested only when every relation the cell breaks agrees on it; a
// figure that agrees with its own row is never proposed for overwriting.
import type { Language } from "../i18n";
import { formatNumber } from "../numbers/format";
import { cellKey, cellOfKey } from "./faults";
import { OUTCOMES, render } from "./messages";
import type { WorkbookSnapshot } from "../workbook";
import type { Collector, Comparison, Issue } from "./result";

export function pinpoint(out: Collector, language: Language, snapshot: WorkbookSnapshot): void {
  const sheets = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  // A blank cell (one a merged area covers, a line left empty) is no one's culprit.
  const filled = (key: string) => {
    const { sheet, address } = cellOfKey(key);
    const value = sheets.get(sheet)?.cells.get(address)?.value;
    return value !== undefined && value !== null && value !== "";
  };
  const vouched = new Set<string>();
  for (const comparison of out.comparisons) if (comparison.vouches) vouched.add(comparison.vouches);
  // A failure a cell's own problem explains (a count typed as text that a SUM leaves out) is that cell's finding.
  const flagged = new Set(
    out.issues.filter((i) => i.ruleId.startsWith("o.")).flatMap((i) => i.cells.map(cellKey)),
  );
  const failed = out.comparisons.filter(
    (c) => c.issue && c.tableId && !c.cells.some((cell) => flagged.has(cell)),
  );
  const suspects = new Map(
    failed.map((c) => [c, [...new Set(c.cells.filter((cell) => !vouched.has(cell) && filled(cell)))]]),
  );
  const bySuspect = culprits(failed, suspects);
  const explained = new Set([...bySuspect.values()].flat());
  for (const comparison of failed)
    if (!explained.has(comparison)) withoutVouchedSuggestion(comparison.issue!, vouched);
  const folded = new Set<Comparison>();
  for (const [suspect, comparisons] of bySuspect) {
    const [primary, ...others] = [...comparisons].sort(byPriority);
    pointAt(primary, suspect, comparisons);
    if (others.length) {
      mention(primary.issue!, suspect, others, language);
      others.forEach((other) => folded.add(other));
    }
  }
  if (folded.size) out.discard((comparison) => folded.has(comparison), true);
}

/**
 * The failures each suspect explains: first the cell that alone explains the most (two or more) failures, as long
 * as no other cell explains the same ones; then a failure with a single suspect.
 */
function culprits(failed: Comparison[], suspects: Map<Comparison, string[]>): Map<string, Comparison[]> {
  const found = new Map<string, Comparison[]>();
  const open = new Set(failed);
  for (;;) {
    const byCell = new Map<string, Comparison[]>();
    for (const comparison of open)
      for (const cell of suspects.get(comparison)!)
        byCell.set(cell, [...(byCell.get(cell) ?? []), comparison]);
    const ranked = [...byCell]
      .filter(([cell, list]) => agreed(cell, list))
      .sort((a, b) => b[1].length - a[1].length);
    const [best, next] = ranked;
    if (
      !best ||
      best[1].length < 2 ||
      (next && next[1].length === best[1].length && sameSet(next[1], best[1]))
    )
      break;
    found.set(best[0], best[1]);
    best[1].forEach((comparison) => open.delete(comparison));
  }
  for (const comparison of open) {
    const [only, ...others] = suspects.get(comparison)!;
    if (only !== undefined && others.length === 0) found.set(only, [...(found.get(only) ?? []), comparison]);
  }
  return found;
}

/** How many cells, at least, explain failures that each name some cells: greedily, the cell in most first. */
export function leastCulprits(failures: string[][]): number {
  // Failures that share no cell need one culprit each.
  const cells = failures.flat();
  if (new Set(cells).size === cells.length) return failures.length;
  let open = failures;
  let count = 0;
  while (open.length > 0) {
    const shared = new Map<string, number>();
    for (const cells of open) for (const cell of cells) shared.set(cell, (shared.get(cell) ?? 0) + 1);
    const [cell] = [...shared].sort((a, b) => b[1] - a[1])[0];
    open = open.filter((cells) => !cells.includes(cell));
    count++;
  }
  return count;
}

const sameSet = (a: Comparison[], b: Comparison[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The value each failure would need at the cell, where it says one. */
const fixesAt = (cell: string, comparisons: Comparison[]) =>
  comparisons.flatMap(
    (c) => c.fixes?.filter((fix) => cellKey(fix.cell) === cell).map((fix) => fix.value) ?? [],
  );

/** One cell explains several failures only if those that say what it should be say the same. */
function agreed(cell: string, comparisons: Comparison[]): boolean {
  const values = fixesAt(cell, comparisons);
  return values.every((v) => Math.abs(v - values[0]) < 1e-9);
}

/**
 * A finding about a formula first; then a template's (its rule names the figures as the domain does); then the one
 * naming the fewest cells (the cell's own row before a column total).
 */
function byPriority(a: Comparison, b: Comparison): number {
  const rank = (c: Comparison) =>
    c.ruleId === "so_hoc.cong_thuc" ? 0 : c.ruleId.startsWith("so_hoc.") ? 2 : 1;
  return rank(a) - rank(b) || a.cells.length - b.cells.length;
}

/** The issue's cells with the suspect first, and its value when every relation it breaks agrees on one. */
function pointAt(primary: Comparison, suspect: string, comparisons: Comparison[]): void {
  const issue = primary.issue!;
  const cell = cellOfKey(suspect);
  issue.cells = [cell, ...issue.cells.filter((c) => cellKey(c) !== suspect)];
  issue.culprit = cell;
  const values = comparisons.map((c) => c.fixes?.find((fix) => cellKey(fix.cell) === suspect)?.value);
  const agreed = values.every((v) => v !== undefined && Math.abs(v - values[0]!) < 1e-9);
  if (agreed && values.length > 0) {
    const text =
      issue.suggested && cellKey(issue.suggested.cell) === suspect
        ? issue.suggested.text
        : formatNumber(values[0]!);
    issue.suggested = { cell, value: values[0]!, text };
  } else delete issue.suggested;
}

function withoutVouchedSuggestion(issue: Issue, vouched: Set<string>): void {
  const suggested = issue.suggested?.cell;
  if (suggested && vouched.has(cellKey(suggested))) delete issue.suggested;
}

/** "Ô D6 cũng làm sai 1 phép kiểm tra khác: Xã Cẩm Vịnh – Trực tiếp …" */
function mention(primary: Issue, suspect: string, others: Comparison[], language: Language): void {
  const scopes = others.map((other) => other.issue!.message.split(":")[0]);
  const also = render(OUTCOMES["arithmetic.also"].message, language, {
    cell: cellOfKey(suspect).address,
    count: String(others.length),
    others: [...new Set(scopes)].join("; "),
  });
  primary.message = `${primary.message} ${also}`;
  const cells = new Set(primary.cells.map(cellKey));
  for (const other of others)
    for (const cell of other.issue!.cells)
      if (!cells.has(cellKey(cell))) {
        cells.add(cellKey(cell));
        primary.cells.push(cell);
      }
}
