// Figures as officials type them into their own tables.
import { parseVietnameseNumber } from "../numbers/parse";
import type { CellValue } from "../workbook";
import { memoise } from "./memo";

/** The number a text cell holds when it is a figure typed as text ("1.174", "95,16%", "01"), else undefined. */
export const parseNumberLike = memoise((text: string): number | undefined => {
  const reading = parseVietnameseNumber(text);
  return reading.kind === "number" || reading.kind === "percent" ? reading.value : undefined;
});

/** A figure: a number, or a number typed as text. */
export function isFigureValue(value: CellValue | undefined): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && parseNumberLike(value) !== undefined;
}
