// Which issues the Check tab lists, in which order, and its counts: pure, so the pane and its tests agree.
import type { Language } from "../domain/i18n";
import { cellKey, type Issue, issueKey, type Severity, SeveritySchema } from "../domain/rules";
import { templateById } from "../domain/templates";
import { foldDiacritics } from "../domain/text";

/** The severities, most serious first, as the rules declare them. */
export const SEVERITIES: readonly Severity[] = SeveritySchema.options;

export interface IssueFilter {
  severities: ReadonlySet<Severity>;
  /** A sheet's name, or "" for every sheet. */
  sheet: string;
  /** A table's key (tableKey), or "" for every table. */
  table: string;
  /** Words typed by the user: each must occur, marks and case aside ("truc tuyen" finds "trực tuyến"). */
  query: string;
}

export const NO_FILTER: IssueFilter = { severities: new Set(SEVERITIES), sheet: "", table: "", query: "" };

/** A table is a template on a sheet; issues about no one table (an unrecognised area) have none. */
export const tableKey = (issue: Issue) => (issue.templateId ? `${issue.sheet}!${issue.templateId}` : "");

export function tableLabel(issue: Issue, language: Language): string {
  const title = templateById(issue.templateId)?.title[language] ?? issue.templateId;
  return `${issue.sheet} — ${title}`;
}

const fold = (text: string) => foldDiacritics(text).toLowerCase();

function matches(issue: Issue, filter: IssueFilter): boolean {
  if (!filter.severities.has(issue.severity)) return false;
  if (filter.sheet && issue.sheet !== filter.sheet) return false;
  if (filter.table && tableKey(issue) !== filter.table) return false;
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = fold([issue.message, issue.instruction, ...issue.cells.map(cellKey)].join(" "));
  return words.every((word) => text.includes(word));
}

/** The issues shown, grouped by severity then sheet, in the order the list shows them (and next/previous follow). */
export function listed(issues: readonly Issue[], filter: IssueFilter): Issue[] {
  const sheetOrder = new Map<string, number>();
  for (const issue of issues) if (!sheetOrder.has(issue.sheet)) sheetOrder.set(issue.sheet, sheetOrder.size);
  const rank = (issue: Issue) =>
    SEVERITIES.indexOf(issue.severity) * sheetOrder.size + sheetOrder.get(issue.sheet)!;
  // A stable sort: within a sheet, issues keep the engine's order.
  return issues.filter((issue) => matches(issue, filter)).sort((a, b) => rank(a) - rank(b));
}

/** The issue after (or before) the current one in the list, wrapping round; the first (or last) without one. */
export function step(
  list: readonly Issue[],
  current: string | undefined,
  direction: 1 | -1,
): Issue | undefined {
  if (list.length === 0) return undefined;
  const at = list.findIndex((issue) => issueKey(issue) === current);
  if (at < 0) return direction === 1 ? list[0] : list[list.length - 1];
  return list[(at + direction + list.length) % list.length];
}

/** Counts by severity of what is still open: an acknowledged warning is settled, and counted apart. */
export function openCounts(
  issues: readonly Issue[],
  acknowledged: Readonly<Record<string, string>>,
): { open: Record<Severity, number>; acknowledged: number } {
  const open: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let settled = 0;
  for (const issue of issues) {
    if (acknowledged[issueKey(issue)] !== undefined) settled++;
    else open[issue.severity]++;
  }
  return { open, acknowledged: settled };
}
