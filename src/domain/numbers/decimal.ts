/**
 * Exact decimals (units / 10^scale) for the places where rounding decides a verdict: 7/9 at 2 decimals must be
 * 77,78 or 77,77, never a float's 77,77999….
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const TEN = BigInt(10);

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

/** Parses a plain decimal string such as "-12.345" or "1e-7" (JavaScript's own number spelling). */
export function decimalFromString(text: string): Decimal | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) return null;
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  let units = BigInt(`${whole}${fraction}` || "0");
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return normalise({ units: sign === "-" ? -units : units, scale });
}

/** The shortest decimal that reads back as n (JavaScript's number-to-string), or null for NaN/±Infinity. */
export function decimalFromNumber(n: number): Decimal | null {
  return Number.isFinite(n) ? decimalFromString(String(n)) : null;
}

export function decimalFromInteger(n: bigint | number): Decimal {
  return { units: BigInt(n), scale: 0 };
}

/** Drops trailing zeros: 19.230 and 19.23 are the same value. */
export function normalise(d: Decimal): Decimal {
  let { units, scale } = d;
  while (scale > 0 && units % TEN === BigInt(0)) {
    units /= TEN;
    scale--;
  }
  return { units, scale };
}

export function rescale(d: Decimal, scale: number): Decimal {
  return scale >= d.scale ? { units: d.units * pow10(scale - d.scale), scale } : d;
}

export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale).units;
  const y = rescale(b, scale).units;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function decimalsEqual(a: Decimal, b: Decimal): boolean {
  return compareDecimals(a, b) === 0;
}

/** Shifts the decimal point: shiftDecimal(0.1923, 2) = 19.23, exactly. */
export function shiftDecimal(d: Decimal, places: number): Decimal {
  const scale = d.scale - places;
  return scale >= 0 ? normalise({ units: d.units, scale }) : { units: d.units * pow10(-scale), scale: 0 };
}

export function isWhole(d: Decimal): boolean {
  return normalise(d).scale === 0;
}

export function decimalToNumber(d: Decimal): number {
  return Number(decimalToString(d));
}

/** Plain spelling with "." as the decimal mark and no grouping: "-1234.5". */
export function decimalToString(d: Decimal): string {
  const negative = d.units < BigInt(0);
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, "0");
  const whole = digits.slice(0, digits.length - d.scale);
  const fraction = digits.slice(digits.length - d.scale);
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** How part/whole (as a percentage) reads at a given number of decimals, both ways reports round it. */
export interface RateAtPrecision {
  roundedHalfUp: Decimal;
  truncated: Decimal;
}

/** 100·part/whole at `decimals` decimals, rounded half-up and truncated; null when whole is 0. */
export function percentAtPrecision(part: Decimal, whole: Decimal, decimals: number): RateAtPrecision | null {
  if (whole.units === BigInt(0)) return null;
  // 100·(pu/10^ps)/(wu/10^ws)·10^d = 100·pu·10^(ws+d) / (wu·10^ps)
  let numerator = BigInt(100) * part.units * pow10(whole.scale + decimals);
  let denominator = whole.units * pow10(part.scale);
  if (denominator < BigInt(0)) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < BigInt(0);
  const magnitude = negative ? -numerator : numerator;
  const quotient = magnitude / denominator;
  const remainder = magnitude % denominator;
  const rounded = BigInt(2) * remainder >= denominator ? quotient + BigInt(1) : quotient;
  const signed = (n: bigint) => (negative ? -n : n);
  return {
    roundedHalfUp: normalise({ units: signed(rounded), scale: decimals }),
    truncated: normalise({ units: signed(quotient), scale: decimals }),
  };
}
