import {
  type Decimal,
  decimalFromInteger,
  decimalsEqual,
  decimalToNumber,
  isWhole,
  normalise,
  percentAtPrecision,
  shiftDecimal,
} from "./decimal";

/** Past this many decimals a stated rate is an unrounded computation (a formula's result), compared within a tolerance. */
const MAX_STATED_DECIMALS = 6;
const FLOAT_TOLERANCE = 1e-9;

export type RateCheck =
  | { verdict: "consistent"; convention: "rounded" | "truncated"; computed: Decimal; decimals: number }
  | { verdict: "inconsistent"; computed: Decimal; decimals: number; hint?: RateHint }
  | { verdict: "zero-whole" };

/** A likely explanation of a wrong rate (README (c), "Failure hints"): kept only when it reproduces the stated rate. */
export type RateHint =
  | { kind: "stated-digit"; correct: Decimal }
  | { kind: "whole-off-by-one"; whole: number }
  | { kind: "part-digit"; part: number }
  | { kind: "whole-digit"; whole: number };

/**
 * Checks a stated percentage (in points, e.g. 19.23) against 100·part/whole. Consistent when it equals the exact
 * rate rounded half-up OR truncated at the stated number of decimals (README (c)). `decimals` is the precision
 * as written ("20,70" has 2), which trailing zeros make larger than the value's own.
 */
export function checkStatedRate(
  part: Decimal,
  whole: Decimal,
  statedPoints: Decimal,
  decimals?: number,
): RateCheck {
  const stated = normalise(statedPoints);
  if (whole.units === BigInt(0)) return { verdict: "zero-whole" };
  if (stated.scale > MAX_STATED_DECIMALS) return checkUnroundedRate(part, whole, stated);
  decimals = Math.max(decimals ?? 0, stated.scale);
  const at = percentAtPrecision(part, whole, decimals)!;
  if (decimalsEqual(at.roundedHalfUp, stated))
    return { verdict: "consistent", convention: "rounded", computed: at.roundedHalfUp, decimals };
  if (decimalsEqual(at.truncated, stated))
    return { verdict: "consistent", convention: "truncated", computed: at.roundedHalfUp, decimals };
  const hint = rateHint(part, whole, stated, decimals, at.roundedHalfUp);
  return { verdict: "inconsistent", computed: at.roundedHalfUp, decimals, ...(hint ? { hint } : {}) };
}

function checkUnroundedRate(part: Decimal, whole: Decimal, stated: Decimal): RateCheck {
  const decimals = 2;
  const computed = percentAtPrecision(part, whole, decimals)!.roundedHalfUp;
  const exact = (100 * decimalToNumber(part)) / decimalToNumber(whole);
  const close = Math.abs(exact - decimalToNumber(stated)) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(exact));
  return close
    ? { verdict: "consistent", convention: "rounded", computed, decimals }
    : { verdict: "inconsistent", computed, decimals };
}

/**
 * The whole counts that, alone changed, would give the stated rate (in points) at its precision: the part for the
 * whole as it is, and the whole for the part as it is; undefined where none does.
 */
export function countsForRate(
  stated: Decimal,
  part: number,
  whole: number,
  decimals: number,
): { part?: number; whole?: number } {
  const points = decimalToNumber(stated);
  const counts: { part?: number; whole?: number } = {};
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole)) return counts;
  const partGuess = Math.round((points * whole) / 100);
  if (
    Number.isSafeInteger(partGuess) &&
    reproduces(decimalFromInteger(partGuess), decimalFromInteger(whole), stated, decimals)
  )
    counts.part = partGuess;
  const wholeGuess = points > 0 ? Math.round((100 * part) / points) : NaN;
  if (
    Number.isSafeInteger(wholeGuess) &&
    wholeGuess > 0 &&
    reproduces(decimalFromInteger(part), decimalFromInteger(wholeGuess), stated, decimals)
  )
    counts.whole = wholeGuess;
  return counts;
}

/** True when stated reads as the rate of part/whole at the given precision. */
function reproduces(part: Decimal, whole: Decimal, stated: Decimal, decimals: number): boolean {
  if (whole.units <= BigInt(0)) return false;
  const at = percentAtPrecision(part, whole, decimals)!;
  return decimalsEqual(at.roundedHalfUp, stated) || decimalsEqual(at.truncated, stated);
}

function rateHint(
  part: Decimal,
  whole: Decimal,
  stated: Decimal,
  decimals: number,
  computed: Decimal,
): RateHint | undefined {
  if (differsByOneDigit(digitsOf(stated, decimals), digitsOf(computed, decimals)))
    return { kind: "stated-digit", correct: computed };
  if (!isWhole(part) || !isWhole(whole)) return undefined;
  const a = Number(normalise(part).units);
  const b = Number(normalise(whole).units);
  for (const candidate of [b + 1, b - 1]) {
    if (reproduces(part, decimalFromInteger(candidate), stated, decimals))
      return { kind: "whole-off-by-one", whole: candidate };
  }
  const statedNumber = decimalToNumber(stated);
  if (statedNumber > 0) {
    const partGuess = Math.round((statedNumber * b) / 100);
    if (
      differsByOneDigit(String(a), String(partGuess)) &&
      reproduces(decimalFromInteger(partGuess), whole, stated, decimals)
    ) {
      return { kind: "part-digit", part: partGuess };
    }
    const wholeGuess = Math.round((100 * a) / statedNumber);
    if (
      differsByOneDigit(String(b), String(wholeGuess)) &&
      reproduces(part, decimalFromInteger(wholeGuess), stated, decimals)
    ) {
      return { kind: "whole-digit", whole: wholeGuess };
    }
  }
  return undefined;
}

/** The digits as written at a precision: 87,5 at 2 decimals is "8750". */
function digitsOf(d: Decimal, decimals: number): string {
  return shiftDecimal(d, decimals).units.toString();
}

/** One digit changed, or two neighbouring digits swapped: the typing slips that explain a wrong figure. */
export function differsByOneDigit(a: string, b: string): boolean {
  if (a === b || a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return (
    diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]
  );
}
