import { decimalFromNumber, decimalToNumber, normalise, shiftDecimal } from "./decimal";

/**
 * What is wrong with a numeric value in a column of whole counts. "1.174" typed into an English-locale Excel
 * becomes the decimal 1.174, and "12.500" becomes 12.5: a non-integer whose ×1000 is whole most likely lost its
 * thousands separator (README (d), "Excel pitfall").
 */
export type CountValueProblem =
  { kind: "thousands-separator"; likely: number } | { kind: "not-whole" } | { kind: "negative" };

export function countValueProblem(value: number): CountValueProblem | null {
  if (value < 0) return { kind: "negative" };
  if (Number.isInteger(value)) return null;
  const exact = decimalFromNumber(value);
  if (exact && normalise(exact).scale <= 3)
    return { kind: "thousands-separator", likely: decimalToNumber(shiftDecimal(exact, 3)) };
  return { kind: "not-whole" };
}
