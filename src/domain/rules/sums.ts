// Sum and less-or-equal rules: Σleft = Σright ("tổng = trực tiếp + trực tuyến"), Σleft ≤ Σright.
import type { Language } from "../i18n";
import { formatNumber } from "../numbers/format";
import { differsByOneDigit } from "../numbers/rate";
import { globalRule } from "./catalog";
import { compared, type Entry, type Grid, scopeOf } from "./cells";
import { describeGap, formulaGap, gapCells } from "./formula-range";
import type { Collector } from "./result";
import type { Rule } from "./schema";
import { describeCheck, hasValue, labeller, operands, scopeLabel, type ScopeItem, valueOf } from "./scope";

type Resolution =
  { status: "skip" } | { status: "cannot"; missing: Entry[] } | { status: "ok"; left: number; right: number };

const sum = (entries: Entry[]) => entries.reduce((acc, e) => acc + valueOf(e), 0);

/** Applies the rule's missing-value strategy to its two sides. */
function resolve(rule: Rule, left: Entry[], right: Entry[]): Resolution {
  if (left.every(hasValue) && right.every(hasValue))
    return { status: "ok", left: sum(left), right: sum(right) };
  const all = [...left, ...right];
  const missing = all.filter((e) => !hasValue(e));
  if (missing.length === all.length) return { status: "skip" }; // nothing filled in: an unused row
  // A total left blank states nothing to check (its parts count as 0 when blank, the total itself does not).
  if (rule.missing === "zero" && !left.some(hasValue)) return { status: "skip" };
  const invalid = all.filter((e) => e.reading.state === "invalid");
  if (invalid.length > 0) return { status: "cannot", missing: invalid };
  if (missing.length > 0 && rule.missing === "skip-if-any") return { status: "cannot", missing };
  if (missing.length > 0 && rule.missing === "skip-if-all") {
    const emptySide = [left, right].find((side) => !side.some(hasValue));
    if (emptySide) return { status: "cannot", missing: emptySide };
  }
  return { status: "ok", left: sum(left), right: sum(right) };
}

function terms(
  entries: Entry[],
  refs: string[],
  labelOf: (ref: string) => string,
  language: Language,
): string {
  if (refs.includes("*"))
    return language === "vi" ? `tổng các dòng (${entries.length})` : `the rows' sum (${entries.length})`;
  // One term needs no figure beside its label: the message gives the side's value ("Tổng số = 58").
  if (refs.length === 1) return labelOf(refs[0]);
  return refs
    .map(
      (ref, i) =>
        `${labelOf(ref)} (${entries[i].reading.state === "value" ? formatNumber(valueOf(entries[i])) : "–"})`,
    )
    .join(" + ");
}

/** The single input cell whose one-digit slip explains a sum's difference, if exactly one does. */
function typoCulprit(
  left: Entry[],
  right: Entry[],
  difference: number,
): { entry: Entry; value: number } | undefined {
  const candidates = [
    ...left.map((entry) => ({ entry, value: valueOf(entry) - difference })),
    ...right.map((entry) => ({ entry, value: valueOf(entry) + difference })),
  ].filter(
    ({ entry, value }) =>
      hasValue(entry) &&
      !entry.formula &&
      value >= 0 &&
      Number.isInteger(value) &&
      differsByOneDigit(String(valueOf(entry)), String(value)),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

const TOLERANCE = 1e-9;

/** What each typed figure of a sum would have to be, alone, for the sum to hold. */
function sumFixes(left: Entry[], right: Entry[], difference: number) {
  const typed = (e: Entry) => hasValue(e) && !e.formula;
  return [
    ...left.filter(typed).map((e) => ({ cell: e.ref, value: valueOf(e) - difference })),
    ...right.filter(typed).map((e) => ({ cell: e.ref, value: valueOf(e) + difference })),
  ];
}

export function checkSides(
  rule: Extract<Rule, { kind: "sum" | "less-or-equal" }>,
  grid: Grid,
  item: ScopeItem,
  out: Collector,
  language: Language,
): void {
  const l = operands(grid, item, rule.left);
  const r = l && operands(grid, item, rule.right);
  if (!l || !r) return;
  const resolution = resolve(rule, l, r);
  if (resolution.status === "skip") return;
  const scope = scopeOf(grid);
  const cells = () => [...l, ...r].map((e) => e.ref);
  if (resolution.status === "cannot") {
    const missing = resolution.missing.map((e) => e.ref);
    out.cannot(rule.id, scope, cells(), missing, {
      scope: scopeLabel(grid, item, language),
      check: describeCheck(rule, grid, language),
      missing: missing.map((m) => m.address).join(", "),
    });
    return;
  }
  const open = grid.table.recognised?.openSums.filter((id) => rule.right.includes(id)) ?? [];
  if (rule.kind === "sum" && open.length > 0) {
    const check = { scope: scopeLabel(grid, item, language), check: describeCheck(rule, grid, language) };
    return out.cannot(rule.id, scope, cells(), [], check, "cannot-check.open-sum");
  }
  const difference = resolution.left - resolution.right;
  const holds =
    rule.kind === "sum"
      ? Math.abs(difference) <= rule.tolerance + TOLERANCE
      : difference <= rule.tolerance + TOLERANCE;
  if (holds)
    return out.pass(
      rule.id,
      compared(grid, [...l, ...r], rule.kind === "sum" && l.length === 1 ? l[0] : undefined),
    );
  const labelOf = labeller(grid, rule.for, language);
  const vars = {
    scope: scopeLabel(grid, item, language),
    leftTerms: terms(l, rule.left, labelOf, language),
    rightTerms: terms(r, rule.right, labelOf, language),
    left: formatNumber(resolution.left),
    right: formatNumber(resolution.right),
    difference: formatNumber(Math.abs(difference)),
  };
  const fixes = rule.kind === "sum" ? sumFixes(l, r, difference) : undefined;
  const init = { cells: cells(), left: resolution.left, right: resolution.right, difference, fixes };
  // A total whose formula adds other cells than its parts: the formula is at fault, not a figure.
  const gap =
    rule.kind === "sum" && l.length === 1 && l[0].formula
      ? formulaGap(
          grid.sheet,
          l[0].address,
          r.map((e) => e.address),
        )
      : undefined;
  if (gap) {
    const formula = {
      ...vars,
      cell: l[0].address,
      formula: gap.formula,
      gap: describeGap(gap, grid.sheet, language),
      terms: vars.rightTerms,
    };
    return out.fail(globalRule("arithmetic", "formula"), scope, "arithmetic.formula", formula, {
      cells: gapCells(l[0].address, gap).map((address) => ({ sheet: grid.table.sheet, address })),
      compared: cells(),
      left: resolution.left,
      right: resolution.right,
      difference,
      culprit: l[0].ref,
    });
  }
  const typo = rule.kind === "sum" ? typoCulprit(l, r, difference) : undefined;
  if (typo)
    return out.fail(rule, scope, rule.kind, vars, {
      ...init,
      culprit: typo.entry.ref,
      suggested: { cell: typo.entry.ref, value: typo.value },
    });
  // A typed total row is explained by its rows; any other mismatch by no single cell, so nothing is suggested.
  const total =
    rule.kind === "sum" && l.length === 1 && !l[0].formula && l[0].row.total
      ? { suggested: { cell: l[0].ref, value: resolution.right } }
      : {};
  out.fail(rule, scope, rule.kind, vars, { ...init, ...total });
}
