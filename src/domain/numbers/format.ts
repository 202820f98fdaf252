import { type Decimal, decimalFromNumber, decimalToString } from "./decimal";

/** Vietnamese display: "." groups thousands, "," marks decimals (1.234.567; 51,85%). */
const MAX_DECIMALS = 20; // Intl's limit; a value such as 5e-324 shows as 0
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minDecimals: number, maxDecimals: number, useGrouping: boolean): Intl.NumberFormat {
  const key = `${minDecimals}:${maxDecimals}:${useGrouping}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      useGrouping,
    });
    formatters.set(key, f);
  }
  return f;
}

/** Up to 20 decimals are kept: Intl formats a decimal string exactly, with no float rounding on the way. */
function formatExactly(d: Decimal, minDecimals: number, maxDecimals: number, useGrouping = true): string {
  const text = decimalToString(d);
  return formatter(minDecimals, maxDecimals, useGrouping).format(text as unknown as number);
}

/**
 * A count or amount the Vietnamese way. Without `decimals` the value shows all its decimals (1.174 stays
 * "1,174", so that a thousands-separator mistake stays visible); with it, exactly that many.
 */
export function formatNumber(value: number | Decimal, decimals?: number, useGrouping = true): string {
  if (Object.is(value, -0)) return "0";
  // Whole numbers are exact as doubles: Intl formats them directly, without the exact-decimal detour.
  if (typeof value === "number" && Number.isSafeInteger(value) && !decimals)
    return formatter(0, 0, useGrouping).format(value);
  const d = typeof value === "number" ? decimalFromNumber(value) : value;
  if (!d) return String(value);
  const shown = Math.min(decimals ?? MAX_DECIMALS, MAX_DECIMALS);
  return formatExactly(d, decimals === undefined ? 0 : shown, shown, useGrouping);
}

/**
 * A percentage given in points (19.23 → "19,23%"). No thousands grouping: a "%" makes any separator read as
 * the decimal mark (README (d), rule 2), so "1.000%" would read back as 1%.
 */
export function formatPercentPoints(points: number | Decimal, decimals?: number): string {
  return `${formatNumber(points, decimals, false)}%`;
}

/** A percentage given as a fraction, as Excel stores it (0.1923 → "19,23%"). */
export function formatFraction(fraction: number, decimals = 2): string {
  return formatPercentPoints(fraction * 100, decimals);
}
