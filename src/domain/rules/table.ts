// Checks inside one located table: each template rule over every row or column, by its kind.
import type { Language } from "../i18n";
import { formatNumber } from "../numbers/format";
import { compared, type Grid, scopeOf } from "./cells";
import { checkRatio } from "./ratio";
import type { CheckOptions, Collector } from "./result";
import type { Rule } from "./schema";
import { hasValue, labeller, operand, scopeItems, scopeLabel, type ScopeItem, valueOf } from "./scope";
import { checkSides } from "./sums";

/** Pair rules: both figures or neither ("x/y" pairs such as groups set up out of units). */
function checkPair(
  rule: Extract<Rule, { kind: "pair" }>,
  grid: Grid,
  item: ScopeItem,
  out: Collector,
  language: Language,
): void {
  const [a, b] = rule.refs.map((ref) => operand(grid, item, ref)?.[0]);
  if (!a || !b) return;
  if (hasValue(a) === hasValue(b)) return hasValue(a) ? out.pass(rule.id, compared(grid, [a, b])) : undefined;
  const [filled, empty] = hasValue(a) ? [a, b] : [b, a];
  const labelOf = labeller(grid, rule.for, language);
  const [filledRef, emptyRef] = hasValue(a) ? rule.refs : [rule.refs[1], rule.refs[0]];
  out.fail(
    rule,
    scopeOf(grid),
    "pair",
    {
      scope: scopeLabel(grid, item, language),
      filledLabel: labelOf(filledRef),
      emptyLabel: labelOf(emptyRef),
      filled: formatNumber(valueOf(filled)),
    },
    { cells: [filled.ref, empty.ref], culprit: empty.ref },
  );
}

/**
 * Runs the template's rules over a table already read. A total row is checked only when its data rows passed
 * the same rule: otherwise the row at fault is already reported, and the total would repeat it.
 */
export function checkTableRules(grid: Grid, out: Collector, options: Required<CheckOptions>): void {
  for (const rule of grid.template.rules) {
    const before = out.issues.length + out.cannotCheck.length;
    for (const item of scopeItems(grid.template, rule)) {
      if (rule.for === "each-row" && grid.notApplicable.has(item.id)) continue;
      if (item.total && out.issues.length + out.cannotCheck.length > before) continue;
      switch (rule.kind) {
        case "sum":
        case "less-or-equal":
          checkSides(rule, grid, item, out, options.language);
          break;
        case "ratio":
          checkRatio(rule, grid, item, out, options);
          break;
        case "pair":
          checkPair(rule, grid, item, out, options.language);
          break;
      }
    }
  }
}
