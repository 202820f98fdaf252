// Ratio rules: a stated percentage against part/whole, rounded or truncated at its decimals (README (c)).
import type { Language } from "../i18n";
import { decimalToNumber } from "../numbers/decimal";
import { formatNumber, formatPercentPoints } from "../numbers/format";
import { checkStatedRate, countsForRate, type RateHint } from "../numbers/rate";
import { compared, type Grid, scopeOf } from "./cells";
import { exactOf, type Reading, statedDecimals } from "./read";
import type { CheckOptions, Collector } from "./result";
import type { Rule } from "./schema";
import { describeCheck, hasValue, labeller, operand, scopeLabel, type ScopeItem } from "./scope";

function hintText(hint: RateHint | undefined, part: number, language: Language, decimals: number): string {
  if (!hint) return "";
  const vi = language === "vi";
  switch (hint.kind) {
    case "stated-digit":
      return vi
        ? ` Có thể gõ nhầm một chữ số (đúng là ${formatPercentPoints(hint.correct, decimals)}).`
        : ` Probably a one-digit typo (should be ${formatPercentPoints(hint.correct, decimals)}).`;
    case "whole-off-by-one":
      return vi
        ? ` Tỷ lệ ghi khớp với ${part}/${hint.whole}: có thể đã tính trên tổng ${hint.whole}.`
        : ` The stated rate matches ${part}/${hint.whole}: perhaps computed on a total of ${hint.whole}.`;
    case "part-digit":
      return vi
        ? ` Có thể tử số đúng là ${formatNumber(hint.part)}.`
        : ` The numerator may be ${formatNumber(hint.part)}.`;
    case "whole-digit":
      return vi
        ? ` Có thể mẫu số đúng là ${formatNumber(hint.whole)}.`
        : ` The denominator may be ${formatNumber(hint.whole)}.`;
  }
}

export function checkRatio(
  rule: Extract<Rule, { kind: "ratio" }>,
  grid: Grid,
  item: ScopeItem,
  out: Collector,
  options: Required<CheckOptions>,
): void {
  const [rate, part, whole] = [rule.rate, rule.part, rule.whole].map((ref) => operand(grid, item, ref)?.[0]);
  if (!rate || !part || !whole || rate.reading.state === "blank" || rate.reading.state === "not-applicable")
    return;
  const language = options.language;
  const scope = scopeOf(grid);
  const held = () => out.pass(rule.id, compared(grid, [rate, part, whole], rate));
  const cells = [rate.ref, part.ref, whole.ref];
  const unusable = [rate, part, whole].filter((e) => !hasValue(e));
  if (unusable.length > 0 || rate.reading.state !== "value") {
    out.cannot(
      rule.id,
      scope,
      cells,
      unusable.map((e) => e.ref),
      {
        scope: scopeLabel(grid, item, language),
        check: describeCheck(rule, grid, language),
        missing: unusable.map((e) => e.ref.address).join(", "),
      },
    );
    return;
  }
  const stated = rate.reading;
  const [p, w] = [part.reading, whole.reading] as Extract<Reading, { state: "value" }>[];
  const overTarget = stated.value > 100 && !rule.share;
  // A formula's unrounded result equals part/whole to the last bits: no exact arithmetic needed to say so.
  const exactRate = w.value === 0 ? NaN : (100 * p.value) / w.value;
  if (
    !overTarget &&
    stated.value <= 100 &&
    Math.abs(stated.value - exactRate) <= 1e-9 * Math.max(1, Math.abs(exactRate))
  )
    return held();
  const decimals = statedDecimals(stated);
  const check = checkStatedRate(exactOf(p), exactOf(w), exactOf(stated), decimals);
  // A computed share over 100% only echoes its parts, whose own rule reports them.
  const overWhole = stated.value > 100 && rule.share && !rate.formula;
  const consistent =
    check.verdict === "consistent" && (check.convention === "rounded" || options.acceptTruncated);
  if (consistent && !overTarget && !overWhole && check.convention === "rounded") return held();
  if (check.verdict === "zero-whole" && stated.value === 0) return held();

  const labelOf = labeller(grid, rule.for, language);
  const vars = {
    scope: scopeLabel(grid, item, language),
    rateLabel: labelOf(rule.rate),
    wholeLabel: labelOf(rule.whole),
    stated: formatPercentPoints(exactOf(stated), decimals),
    part: formatNumber(p.value),
    whole: formatNumber(w.value),
  };
  const init = {
    cells,
    culprit: rate.ref,
    left: stated.value,
    right: w.value === 0 ? undefined : (100 * p.value) / w.value,
  };
  if (check.verdict === "zero-whole")
    return out.fail(
      { ...rule, severity: "warning" },
      scope,
      "ratio.zero-whole",
      vars,
      init,
      `${rule.id}.mau_so_0`,
    );
  const computed = formatPercentPoints(check.computed, check.decimals);
  if (!consistent) {
    const points = decimalToNumber(check.computed);
    const suggested = {
      cell: rate.ref,
      value: stated.fraction === false ? points : points / 100,
      text: computed,
    };
    const hint = hintText(
      check.verdict === "inconsistent" ? check.hint : undefined,
      p.value,
      language,
      decimals,
    );
    const counts = countsForRate(exactOf(stated), p.value, w.value, decimals);
    const fixes = [
      { cell: rate.ref, value: suggested.value },
      ...(counts.part !== undefined && !part.formula ? [{ cell: part.ref, value: counts.part }] : []),
      ...(counts.whole !== undefined && !whole.formula ? [{ cell: whole.ref, value: counts.whole }] : []),
    ];
    return out.fail(
      rule,
      scope,
      "ratio",
      { ...vars, computed, hint },
      { ...init, difference: stated.value - (init.right ?? 0), suggested, fixes },
    );
  }
  held();
  if (overWhole) out.fail(rule, scope, "ratio.over-100", vars, init, `${rule.id}.vuot_100`);
  else if (overTarget)
    out.fail(
      { ...rule, severity: "info" },
      scope,
      "ratio.over-target",
      vars,
      init,
      `${rule.id}.vuot_chi_tieu`,
    );
  if (check.verdict === "consistent" && check.convention === "truncated") {
    out.fail(
      { ...rule, severity: "info" },
      scope,
      "ratio.truncated",
      { ...vars, computed },
      init,
      `${rule.id}.lam_tron_xuong`,
    );
  }
}
