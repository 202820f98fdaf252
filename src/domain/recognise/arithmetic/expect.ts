// Expectations as the readers of columns and rows declare them: a whole and its parts, a cumulative figure not below
// the period's, a rate or a difference whose operands the figures find.
import type { Expectation, LineRelation } from "../../workbook";

type Axis = Expectation["axis"];

export const relation = (kind: LineRelation["kind"], target: number, operands: number[]): LineRelation => ({
  kind,
  target,
  operands,
});

/**
 * Parts under a whole: all of it when the table says so ("Chia ra", "Gồm", a total of units); otherwise the figures
 * decide between "=", "Σ ≤" and "each ≤", the last said by the table itself when the parts are marked as such
 * (`source` "parts": under a "Trong đó", or rows numbered under it).
 */
export function wholeAndParts(
  axis: Axis,
  whole: number,
  alternatives: number[][],
  exhaustive: boolean,
  source: Expectation["source"],
): Expectation | undefined {
  const all = alternatives[0];
  if (!all || all.length === 0) return undefined;
  // A whole equal to a single part is no sum (a total equal to what was resolved, where all of it was).
  const sums = alternatives.filter((parts) => parts.length > 1).map((parts) => relation("sum", whole, parts));
  if (exhaustive && sums.length)
    return { axis, target: whole, source, tiers: [{ declared: true, readings: sums }] };
  const tiers: Expectation["tiers"] = sums.length ? [{ declared: false, readings: sums }] : [];
  if (all.length > 1) tiers.push({ declared: false, readings: [relation("at-most", whole, all)] });
  tiers.push({ declared: source === "parts", readings: [relation("each-at-most", whole, all)] });
  return { axis, target: whole, source, tiers };
}

/**
 * A cumulative line not below the period's; and when the other lines are successive periods (a weekly log), each
 * cumulative figure the one before plus the period's, which only the figures can tell.
 */
export function notBelow(axis: Axis, cumulative: number, period: number): Expectation[] {
  return [
    {
      axis,
      target: cumulative,
      source: "period",
      tiers: [{ declared: true, readings: [relation("not-below", cumulative, [period])] }],
    },
    {
      axis,
      target: cumulative,
      source: "period",
      tiers: [{ declared: false, readings: [relation("running", cumulative, [period])] }],
    },
  ];
}

/** A rate, remainder or difference line: two of `among` (else of any line) that its figures reproduce. */
export function search(
  axis: Axis,
  target: number,
  source: "rate" | "remainder" | "difference",
  among: number[],
): Expectation {
  return {
    axis,
    target,
    source,
    tiers: [],
    search: { kind: source === "rate" ? "rate" : "difference", among },
  };
}
