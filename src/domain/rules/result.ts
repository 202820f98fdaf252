// What a check produces, and the collector every rule reports into.
import type { Language } from "../i18n";
import { formatNumber } from "../numbers/format";
import { type MessageText, OUTCOMES, type OutcomeId, render } from "./messages";
import type { Severity } from "./schema";
import { cellKey } from "./faults";

export interface CellRef {
  sheet: string;
  /** A1, without "$". */
  address: string;
}

export interface Issue {
  ruleId: string;
  severity: Severity;
  templateId: string;
  sheet: string;
  /** Every cell the issue involves; the first is where to look first. */
  cells: CellRef[];
  left?: number;
  right?: number;
  difference?: number;
  message: string;
  instruction: string;
  /** The cell that most likely holds the mistake, when one cell explains it. */
  culprit?: CellRef;
  /** The value the culprit cell most likely should hold, and how to show it ("95,16%", "1.174"). */
  suggested?: { cell: CellRef; value: number; text: string };
  /** The recognised table it is about ("Sheet!B5:J31"), for an official's own table. */
  tableId?: string;
}

/** A check that could not run because a figure is missing or unusable ("không kiểm tra được"). */
export interface CannotCheck {
  ruleId: string;
  templateId: string;
  sheet: string;
  cells: CellRef[];
  missing: CellRef[];
  message: string;
}

export interface RuleCount {
  passed: number;
  failed: number;
  cannotCheck: number;
}

export interface SeverityCount {
  errors: number;
  warnings: number;
  infos: number;
}

/** How much of a table the checks examined: its figures, and those that took part in a check that ran. */
export interface TableCoverage {
  sheet: string;
  /** The table's range, "A4:F20". */
  range: string;
  /** The template it was read as; none when only its own arithmetic was checked. */
  templateId?: string;
  origin: "bc06" | "detected";
  /** Numeric cells in its body. */
  figures: number;
  /** Those that took part in at least one check that ran (passed or failed). */
  checked: number;
  /** Its columns (lines across) with figures, and those with a figure checked. */
  lines: { figures: number; checked: number };
}

export interface CheckResult {
  issues: Issue[];
  cannotCheck: CannotCheck[];
  /** Every table, with how much of it was checked. */
  coverage: TableCoverage[];
  /** Template cells read. */
  cellsRead: number;
  byRule: Record<string, RuleCount>;
  /** By "sheet!templateId". */
  byTable: Record<string, SeverityCount>;
  totals: SeverityCount;
}

export interface CheckOptions {
  language?: Language;
  /** Accept a stated rate that is the computed one truncated, not only rounded (default: yes, both occur). */
  acceptTruncated?: boolean;
  /** The units a summary must add (the known list for its level): any not found is reported missing. */
  expectedUnits?: string[];
  /** A rate moving more than this many percentage points since the previous report is pointed out (default 30). */
  jumpThreshold?: number;
}

type IssueInit = Omit<
  Issue,
  "message" | "instruction" | "templateId" | "sheet" | "severity" | "ruleId" | "suggested" | "tableId"
> & {
  suggested?: { cell: CellRef; value: number; text?: string };
  /** For each cell that alone could explain a failed relation, the value that would make it hold. */
  fixes?: Fix[];
  /** The cells the check compared, when the issue names fewer (a formula's finding: the formula and what it misses). */
  compared?: CellRef[];
};

export interface Fix {
  cell: CellRef;
  value: number;
}

/** Where a check is: its template and sheet, and for an official's own table, which one. */
export interface TableScope {
  templateId: string;
  sheet: string;
  tableId?: string;
}

/**
 * A relation that was compared, held or not: the cells it read (by `cellKey`), whether they were all zero (no
 * evidence either way), and the issue it raised when it failed.
 */
export interface Comparison {
  ruleId: string;
  tableId?: string;
  cells: string[];
  trivial: boolean;
  /** For a failure, the outcome it raised ("sum", "ratio", "arithmetic.rate"). */
  outcome?: string;
  /**
   * The figure an equality that held vouches for: its result (a total, a rate), which agrees with what it is made
   * of. Not the parts, which a total or a rate computed from them would agree with even when one is mistyped; and
   * nothing for an inequality.
   */
  vouches?: string;
  issue?: Issue;
  fixes?: Fix[];
}

/** Outcomes that compare figures with each other (not a single cell, not a note): they count as checks that ran. */
const RELATION_OUTCOMES =
  /^(sum|less-or-equal|ratio|ratio\.(over-100|zero-whole)|pair|cross-table-sum|cumulative\.(not-lower|carries-over)|arithmetic\.(sum|at-most|not-below|difference|rate|formula))$/;

/** An issue's identity: its rule and its cells (acknowledgements and the pane's list use it). */
export function issueKey(issue: Pick<Issue, "ruleId" | "cells">): string {
  return `${issue.ruleId}|${issue.cells.map(cellKey).join("|")}`;
}

/** Collects outcomes for one check run, rendering messages in the chosen language. */
export class Collector {
  readonly issues: Issue[] = [];
  private readonly reported = new Set<string>();
  readonly cannotCheck: CannotCheck[] = [];
  readonly byRule: Record<string, RuleCount> = {};
  /** Every relation compared, in order. */
  readonly comparisons: Comparison[] = [];
  coverage: TableCoverage[] = [];
  cellsRead = 0;

  constructor(readonly language: Language) {}

  private count(ruleId: string): RuleCount {
    return (this.byRule[ruleId] ??= { passed: 0, failed: 0, cannotCheck: 0 });
  }

  /** A check that held, with the cells it compared (all zero: `trivial`, no evidence either way). */
  pass(
    ruleId: string,
    compared?: { cells: CellRef[]; trivial?: boolean; tableId?: string; result?: CellRef },
  ): void {
    this.count(ruleId).passed++;
    if (compared)
      this.comparisons.push({
        ruleId,
        tableId: compared.tableId,
        cells: compared.cells.map(cellKey),
        trivial: compared.trivial ?? false,
        ...(compared.result ? { vouches: cellKey(compared.result) } : {}),
      });
  }

  fail(
    rule: { id: string; severity: Severity; message?: MessageText; instruction?: MessageText },
    table: TableScope,
    outcome: OutcomeId,
    vars: Record<string, string>,
    init: IssueInit,
    ruleId = rule.id,
  ): void {
    // The same finding reached twice (overlapping tables, a table located twice) is reported once.
    const key = issueKey({ ruleId, cells: init.cells });
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.count(ruleId).failed++;
    const defaults = OUTCOMES[outcome];
    // A rule's own wording replaces the default only for its main outcome.
    const own = ruleId === rule.id;
    const { suggested, fixes, compared, ...rest } = init;
    const issue: Issue = {
      ruleId,
      severity: rule.severity,
      templateId: table.templateId,
      sheet: table.sheet,
      ...rest,
      ...(suggested
        ? { suggested: { ...suggested, text: suggested.text ?? formatNumber(suggested.value) } }
        : {}),
      ...(table.tableId ? { tableId: table.tableId } : {}),
      message: render((own && rule.message) || defaults.message, this.language, vars),
      instruction: render((own && rule.instruction) || defaults.instruction, this.language, vars),
    };
    this.issues.push(issue);
    if (RELATION_OUTCOMES.test(outcome))
      this.comparisons.push({
        ruleId,
        tableId: table.tableId,
        cells: (compared ?? init.cells).map(cellKey),
        trivial: false,
        outcome,
        issue,
        ...(fixes ? { fixes } : {}),
      });
  }

  /**
   * Takes comparisons back, held or failed, with the issues they raised: a reading the figures contradict; or,
   * `folded`, findings folded into another one about the same cell (their issues go, their comparisons stay).
   */
  discard(drop: (comparison: Comparison) => boolean, folded = false): void {
    const issues = new Set<Issue>();
    for (let i = this.comparisons.length - 1; i >= 0; i--) {
      const comparison = this.comparisons[i];
      if (!drop(comparison)) continue;
      // A failure folded into another finding still failed: it stays counted and keeps its cells checked.
      if (!folded) this.comparisons.splice(i, 1);
      if (comparison.issue) issues.add(comparison.issue);
      else this.count(comparison.ruleId).passed--;
    }
    for (let i = this.issues.length - 1; i >= 0; i--)
      if (issues.has(this.issues[i])) this.issues.splice(i, 1);
    if (folded) return;
    for (const issue of issues) {
      this.count(issue.ruleId).failed--;
      this.reported.delete(issueKey(issue));
    }
  }

  cannot(
    ruleId: string,
    table: TableScope,
    cells: CellRef[],
    missing: CellRef[],
    vars: Record<string, string>,
    outcome: Extract<OutcomeId, `cannot-check${string}` | `arithmetic.${string}`> = "cannot-check",
  ): void {
    this.count(ruleId).cannotCheck++;
    const message = render(OUTCOMES[outcome].message, this.language, vars);
    this.cannotCheck.push({
      ruleId,
      templateId: table.templateId,
      sheet: table.sheet,
      cells,
      missing,
      message,
    });
  }

  result(): CheckResult {
    const zero = (): SeverityCount => ({ errors: 0, warnings: 0, infos: 0 });
    const byTable: Record<string, SeverityCount> = {};
    const totals = zero();
    for (const issue of this.issues) {
      const key = severityKey(issue.severity);
      (byTable[`${issue.sheet}!${issue.templateId}`] ??= zero())[key]++;
      totals[key]++;
    }
    return {
      issues: this.issues,
      cannotCheck: this.cannotCheck,
      coverage: this.coverage,
      cellsRead: this.cellsRead,
      byRule: this.byRule,
      byTable,
      totals,
    };
  }
}

function severityKey(severity: Severity): keyof SeverityCount {
  return severity === "error" ? "errors" : severity === "warning" ? "warnings" : "infos";
}
