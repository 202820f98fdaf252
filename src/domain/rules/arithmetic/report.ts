// Reporting a table's own arithmetic: the lines where a confirmed reading holds (checked) and fails (findings,
// with what would fix them), doubts about a reading, and counts typed with a thousands separator.
import type { Language } from "../../i18n";
import { decimalToNumber } from "../../numbers/decimal";
import { formatNumber, formatPercentPoints } from "../../numbers/format";
import { checkStatedRate, countsForRate } from "../../numbers/rate";
import type { Expectation, LineRelation } from "../../workbook";
import { globalRule } from "../catalog";
import { describeGap, formulaGap, gapCells } from "../formula-range";
import { exactOf, type Reading, statedDecimals } from "../read";
import type { Collector, Fix, TableScope } from "../result";
import type { Evaluated, Instance, Judged, TableFigures, TableLines } from "./figures";
import type { LineNames } from "./naming";

export class ArithmeticReport {
  private readonly scope: TableScope;

  constructor(
    private readonly lines: TableLines,
    private readonly figures: TableFigures,
    private readonly names: LineNames,
    private readonly out: Collector,
    private readonly language: Language,
    /** The template's rules compared these very cells (sheet-qualified). */
    private readonly comparedByTemplate: (cells: string[]) => boolean,
  ) {
    const { table } = lines;
    this.scope = { templateId: table.templateId ?? "", sheet: table.sheet, tableId: table.id };
  }

  /** A confirmed reading: every line where it holds is checked, every line where it fails a finding. */
  confirmed(evaluated: Evaluated): void {
    const { axis, relation, instances, judged } = evaluated;
    // A total line adds the others: it breaks a relation they break, so only theirs are reported (as BC06's own
    // tables do).
    const crossLines = this.lines.crossLines(axis);
    const isTotal = (instance: Instance) => crossLines.get(instance.cross)?.total === true;
    const partsFail = instances.some((instance, i) => judged[i].state === "fails" && !isTotal(instance));
    instances.forEach((instance, i) => {
      const { state } = judged[i];
      if (state === "fails" && partsFail && isTotal(instance)) return;
      const cells = [instance.target, ...instance.operands];
      const seen = this.comparedByTemplate(cells.map((address) => `${this.lines.table.sheet}!${address}`));
      // A relation the template compared is the template's to report; one it holds is recorded even so, to stand
      // against a template that read its figures otherwise (a rate in points read as a fraction).
      if (state === "absent" || (seen && state === "fails")) return;
      const refs = cells.map((address) => this.names.ref(address));
      if (state === "holds" || state === "trivial")
        return this.out.pass(ruleOf(relation).id, {
          cells: refs,
          trivial: state === "trivial",
          tableId: this.lines.table.id,
          ...(["sum", "difference", "rate", "running"].includes(relation.kind) ? { result: refs[0] } : {}),
        });
      if (state === "fails") this.fail(evaluated, instance, judged[i]);
    });
  }

  /** A reading the table declares but its figures contradict: not concluded, with its failing cells. */
  doubt(evaluated: Evaluated): void {
    const { axis, relation } = evaluated;
    const cells = evaluated.instances
      .filter((_, i) => evaluated.judged[i].state === "fails")
      .flatMap((instance) => [instance.target, ...instance.operands])
      .map((address) => this.names.ref(address));
    this.out.cannot(
      globalRule("arithmetic", "doubt").id,
      this.scope,
      cells,
      [],
      {
        scope: this.names.lineScope(axis, relation.target),
        check: this.names.describe(axis, relation),
        holds: String(evaluated.holds),
        instances: String(evaluated.holds + evaluated.fails),
        lines: this.names.crossWord(axis),
      },
      "arithmetic.doubt",
    );
  }

  /** A rate, remainder or difference that no pair of lines reproduces. */
  unexplained(expectation: Expectation, best: Evaluated | undefined): void {
    const vi = this.language === "vi";
    const { axis, target } = expectation;
    const reason = best
      ? vi
        ? `khớp nhiều nhất ở ${best.holds}/${best.holds + best.fails} ${this.names.crossWord(axis)}`
        : `the best pair of lines matches ${best.holds} of ${best.holds + best.fails}`
      : vi
        ? "không đủ số liệu"
        : "too few figures";
    this.out.cannot(
      globalRule("arithmetic", "doubt").id,
      this.scope,
      [this.names.lineRef(axis, target)],
      [],
      { scope: this.names.lineScope(axis, target), target: this.names.lineName(axis, target), reason },
      "arithmetic.unexplained",
    );
  }

  pitfalls(): void {
    for (const [address, likely] of this.figures.pitfalls) {
      const ref = this.names.ref(address);
      const value = this.lines.sheet.cells.get(address)?.value as number;
      this.out.fail(
        globalRule("cell", "thousands-separator"),
        this.scope,
        "thousands-separator",
        {
          cell: address,
          value: formatNumber(value),
          likely: formatNumber(likely),
          likelyDigits: String(likely),
        },
        { cells: [ref], culprit: ref, suggested: { cell: ref, value: likely } },
      );
    }
  }

  private fail(evaluated: Evaluated, instance: Instance, judged: Judged): void {
    const { axis, relation } = evaluated;
    const cells = [instance.target, ...instance.operands].map((address) => this.names.ref(address));
    const details = judged.rate && rateDetails(judged.rate);
    const vars = {
      scope: this.names.crossName(axis, instance.cross),
      target: `${this.names.lineName(axis, relation.target)} (${instance.target})`,
      terms: this.names.terms(axis, relation, instance),
      left: formatNumber(judged.left),
      right: formatNumber(judged.right),
      difference: formatNumber(Math.abs(judged.left - judged.right)),
      support: this.names.support(evaluated),
      stated: details?.stated ?? "",
      computed: details?.computed ?? "",
    };
    const init = { cells, left: judged.left, right: judged.right, difference: judged.left - judged.right };
    const gap =
      relation.kind === "sum" ? formulaGap(this.lines.sheet, instance.target, instance.operands) : undefined;
    if (gap) {
      const formula = {
        ...vars,
        cell: instance.target,
        formula: gap.formula,
        gap: describeGap(gap, this.lines.sheet, this.language),
      };
      return this.out.fail(globalRule("arithmetic", "formula"), this.scope, "arithmetic.formula", formula, {
        ...init,
        cells: gapCells(instance.target, gap).map((address) => this.names.ref(address)),
        compared: cells,
        culprit: cells[0],
      });
    }
    const rule = ruleOf(relation);
    if (relation.kind === "rate" && details) {
      const suggested = this.rateSuggestion(instance.target, details);
      return this.out.fail(rule, this.scope, "arithmetic.rate", vars, {
        ...init,
        culprit: cells[0],
        ...(suggested ? { suggested } : {}),
        fixes: [...(suggested ? [suggested] : []), ...this.countFixes(instance, details.counts)],
      });
    }
    const fixes = this.fixes(relation, instance, judged);
    this.out.fail(rule, this.scope, `arithmetic.${outcomeOf(relation)}`, vars, {
      ...init,
      ...(fixes.length ? { fixes } : {}),
    });
  }

  /** What each typed figure of a sum or difference would have to be, alone, for it to hold. */
  private fixes(relation: LineRelation, instance: Instance, judged: Judged): Fix[] {
    if (relation.kind !== "sum" && relation.kind !== "difference" && relation.kind !== "running") return [];
    const off = judged.left - judged.right;
    const fixes: Fix[] = [];
    if (this.typedCount(instance.target))
      fixes.push({ cell: this.names.ref(instance.target), value: judged.right });
    instance.operands.forEach((address, i) => {
      if (!this.typedCount(address)) return;
      const value = this.lines.sheet.cells.get(address)!.value as number;
      const sign = relation.kind === "difference" && i > 0 ? -1 : 1;
      fixes.push({ cell: this.names.ref(address), value: value + sign * off });
    });
    return fixes;
  }

  /** The part or whole that, typed otherwise, would give the stated rate. */
  private countFixes(instance: Instance, counts: { part?: number; whole?: number }): Fix[] {
    const [part, whole] = instance.operands;
    const typed = (address: string) => !this.lines.sheet.cells.get(address)?.formula;
    return [
      ...(counts.part !== undefined && typed(part)
        ? [{ cell: this.names.ref(part), value: counts.part }]
        : []),
      ...(counts.whole !== undefined && typed(whole)
        ? [{ cell: this.names.ref(whole), value: counts.whole }]
        : []),
    ];
  }

  private typedCount(address: string): boolean {
    const cell = this.lines.sheet.cells.get(address);
    return !cell?.formula && typeof cell?.value === "number";
  }

  private rateSuggestion(
    address: string,
    details: ReturnType<typeof rateDetails>,
  ): (Fix & { text: string }) | undefined {
    if (details.computedValue === undefined || this.lines.sheet.cells.get(address)?.formula) return undefined;
    return {
      cell: this.names.ref(address),
      value: details.fraction ? details.computedValue / 100 : details.computedValue,
      text: details.computed,
    };
  }
}

/** The check a relation reports under: a running total is a sum, each part at most the whole is "at most". */
const checkOf = (relation: LineRelation) =>
  relation.kind === "each-at-most" ? "at-most" : relation.kind === "running" ? "sum" : relation.kind;

const ruleOf = (relation: LineRelation) => globalRule("arithmetic", checkOf(relation));

/** How a failure reads: a difference as a sum does ("Còn tồn = 9, nhưng Phát hiện − Đã xử lý = 7"). */
const outcomeOf = (relation: LineRelation) =>
  relation.kind === "difference" || relation.kind === "running"
    ? "sum"
    : relation.kind === "each-at-most"
      ? "at-most"
      : relation.kind;

/** A failed rate as a finding shows it: as stated and as computed at its precision, and what would fix it. */
function rateDetails([stated, part, whole]: [Reading, Reading, Reading]) {
  const [s, p, w] = [stated, part, whole] as Extract<Reading, { state: "value" }>[];
  const decimals = statedDecimals(s);
  const check = checkStatedRate(exactOf(p), exactOf(w), exactOf(s), decimals);
  const computed = check.verdict === "inconsistent" ? check.computed : undefined;
  return {
    stated: formatPercentPoints(exactOf(s), decimals),
    computed: computed ? formatPercentPoints(computed, decimals) : "",
    computedValue: computed ? decimalToNumber(computed) : undefined,
    fraction: s.fraction === true,
    counts: countsForRate(exactOf(s), p.value, w.value, decimals),
  };
}
