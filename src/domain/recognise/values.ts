// Figures as officials type them into their own tables.
import { parseVietnameseNumber } from "../numbers/parse";

const parsed = new Map<string, number | undefined>();
const MAX_CACHED = 50_000;

/** The number a text cell holds when it is a figure typed as text ("1.174", "95,16%", "01"), else undefined. */
export function parseNumberLike(text: string): number | undefined {
  if (parsed.has(text)) return parsed.get(text);
  const reading = parseVietnameseNumber(text);
  const value = reading.kind === "number" || reading.kind === "percent" ? reading.value : undefined;
  if (parsed.size < MAX_CACHED) parsed.set(text, value);
  return value;
}
