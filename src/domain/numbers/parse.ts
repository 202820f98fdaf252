import { type Decimal, decimalFromString, decimalToNumber } from "./decimal";
import { normaliseText } from "../text";

/** What a column holds decides how separators read (README (d), rule 1). */
export type NumberContext = "count" | "percent" | "amount" | undefined;

/** Why a reading is not certain, and what the other reading would be. */
export interface Ambiguity {
  reason: "one-separator-three-digits";
  alternative: number;
}

export type ParsedNumber =
  | {
      kind: "number";
      value: number;
      exact: Decimal;
      zeroPadded: boolean;
      approximate: boolean;
      ambiguous?: Ambiguity;
    }
  | { kind: "percent"; value: number; exact: Decimal; decimals: number; ambiguous?: Ambiguity }
  | { kind: "ratio"; numerator: number; denominator: number }
  | { kind: "zero-word"; value: 0; word: string }
  | { kind: "not-applicable"; status: string }
  | { kind: "not-a-number"; text: string };

/** Words that mean 0 ("Hộ có trên 01 chủ hộ: Không"). */
const ZERO_WORDS = new Set(["không", "không có"]);
/** Status words that mean "no figure" (NA), never 0. */
const NOT_APPLICABLE = [
  /^$/,
  /^[-–—x]$/,
  /^chưa thực hiện/,
  /^chưa triển khai/,
  /^chưa có hướng dẫn/,
  /^không thuộc thẩm quyền/,
  /^không phát sinh/,
  /^không áp dụng/,
];
const APPROXIMATE = /^(?:hơn|trên|khoảng|gần|ước|xấp xỉ)\s+(.+)$/;
const NUMBER_TOKEN = /^[+-]?\d[\d.,]*$/;

interface Reading {
  exact: Decimal;
  ambiguous?: Ambiguity;
}

/** Reads the separators of a digit token such as "1.234.567", "51,85" or "1,174" (README (d)). */
function readToken(token: string, context: NumberContext): Reading | null {
  const sign = token.startsWith("-") ? "-" : "";
  const body = token.replace(/^[+-]/, "");
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  const plain = (text: string) => {
    const exact = decimalFromString(`${sign}${text}`);
    return exact ? { exact } : null;
  };
  if (dots === 0 && commas === 0) return plain(body);

  if (dots > 0 && commas > 0) {
    // Both kinds: the last one is the decimal mark, the other groups thousands (rule 4).
    const decimalMark = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    const [whole, fraction, ...rest] = body.split(decimalMark);
    if (rest.length > 0 || fraction.includes(groupMark) || !validGroups(whole.split(groupMark))) return null;
    return plain(`${whole.split(groupMark).join("")}.${fraction}`);
  }

  const mark = dots > 0 ? "." : ",";
  const parts = body.split(mark);
  if (parts.length > 2) return validGroups(parts) ? plain(parts.join("")) : null; // rule 3
  const [whole, fraction] = parts;
  if (whole === "" || fraction === "") return null;
  const asDecimal = plain(`${whole}.${fraction}`);
  // "%" reads the separator as decimal (rule 2); so does anything but exactly three digits after it.
  if (context === "percent" || fraction.length !== 3 || /^0+$/.test(whole)) return asDecimal;
  if (whole.length > 3 || !asDecimal) return asDecimal; // "1234.567" is no thousands grouping
  const asThousands = plain(`${whole}${fraction}`);
  if (!asThousands || context === "count") return asThousands; // rule 5: a count has no decimals
  return {
    ...asThousands,
    ambiguous: { reason: "one-separator-three-digits", alternative: decimalToNumber(asDecimal.exact) },
  };
}

/** Thousands groups: the first of 1–3 digits, every other of exactly 3. */
function validGroups(groups: string[]): boolean {
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function parsePlainNumber(text: string, context: NumberContext, approximate: boolean): ParsedNumber | null {
  if (!NUMBER_TOKEN.test(text)) return null;
  const reading = readToken(text, context);
  if (!reading) return null;
  const digits = text.replace(/^[+-]/, "");
  return {
    kind: "number",
    value: decimalToNumber(reading.exact),
    exact: reading.exact,
    zeroPadded: /^0\d/.test(digits),
    approximate,
    ...(reading.ambiguous ? { ambiguous: reading.ambiguous } : {}),
  };
}

/** Every separator in a percentage is read as a decimal mark unless both kinds appear. */
function parsePercent(text: string): ParsedNumber | null {
  // Word prints a whole percentage with its decimal mark: "100,%" is 100%.
  const token = text.replace(/\s*%$/, "").replace(/(\d)[.,]$/, "$1");
  if (!NUMBER_TOKEN.test(token)) return null;
  const reading = readToken(token, "percent");
  if (!reading) return null;
  const decimalMark = Math.max(token.lastIndexOf("."), token.lastIndexOf(","));
  const hasBoth = token.includes(".") && token.includes(",");
  const singleMark = (token.match(/[.,]/g) ?? []).length === 1;
  const decimals = decimalMark >= 0 && (hasBoth || singleMark) ? token.length - decimalMark - 1 : 0;
  return { kind: "percent", value: decimalToNumber(reading.exact), exact: reading.exact, decimals };
}

/**
 * Reads a figure as officials type or paste it: "1.174", "1,234,567", "4500", "01", "51,85%", "19.23%",
 * "Không", "11/11", "hơn 920", "Chưa thực hiện". Never guesses silently: a reading that could go two ways
 * carries `ambiguous`, and a malformed token is "not-a-number", never 0.
 */
export function parseVietnameseNumber(input: string, context?: NumberContext): ParsedNumber {
  const text = normaliseText(input).toLowerCase().replace(/\*\*/g, "");
  if (ZERO_WORDS.has(text)) return { kind: "zero-word", value: 0, word: input.trim() };
  if (NOT_APPLICABLE.some((pattern) => pattern.test(text)))
    return { kind: "not-applicable", status: input.trim() };
  if (text.endsWith("%")) return parsePercent(text) ?? { kind: "not-a-number", text: input };

  const ratio = /^(\S+)\s*\/\s*(\S+)$/.exec(text);
  if (ratio) {
    const numerator = parsePlainNumber(ratio[1], "count", false);
    const denominator = parsePlainNumber(ratio[2], "count", false);
    if (numerator?.kind === "number" && denominator?.kind === "number") {
      return { kind: "ratio", numerator: numerator.value, denominator: denominator.value };
    }
    return { kind: "not-a-number", text: input };
  }

  const approximate = APPROXIMATE.exec(text);
  const parsed = parsePlainNumber(approximate ? approximate[1] : text, context, Boolean(approximate));
  return parsed ?? { kind: "not-a-number", text: input };
}
