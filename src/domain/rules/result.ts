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

export interface CheckResult {
  issues: Issue[];
  cannotCheck: CannotCheck[];
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
  "message" | "instruction" | "templateId" | "sheet" | "severity" | "ruleId" | "suggested"
> & {
  suggested?: { cell: CellRef; value: number; text?: string };
};

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
  cellsRead = 0;

  constructor(readonly language: Language) {}

  private count(ruleId: string): RuleCount {
    return (this.byRule[ruleId] ??= { passed: 0, failed: 0, cannotCheck: 0 });
  }

  pass(ruleId: string): void {
    this.count(ruleId).passed++;
  }

  fail(
    rule: { id: string; severity: Severity; message?: MessageText; instruction?: MessageText },
    table: { templateId: string; sheet: string },
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
    const { suggested, ...rest } = init;
    this.issues.push({
      ruleId,
      severity: rule.severity,
      templateId: table.templateId,
      sheet: table.sheet,
      ...rest,
      ...(suggested
        ? { suggested: { ...suggested, text: suggested.text ?? formatNumber(suggested.value) } }
        : {}),
      message: render((own && rule.message) || defaults.message, this.language, vars),
      instruction: render((own && rule.instruction) || defaults.instruction, this.language, vars),
    });
  }

  cannot(
    ruleId: string,
    table: { templateId: string; sheet: string },
    cells: CellRef[],
    missing: CellRef[],
    vars: Record<string, string>,
    outcome: "cannot-check" | "cannot-check.open-sum" = "cannot-check",
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
