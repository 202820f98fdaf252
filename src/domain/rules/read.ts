// Reading one cell of a template table as the figure it should be, and what is wrong with it if anything.
import { type Decimal, decimalFromNumber, shiftDecimal } from "../numbers/decimal";
import { formatNumber, formatPercentPoints } from "../numbers/format";
import { parseVietnameseNumber } from "../numbers/parse";
import { countValueProblem } from "../numbers/pitfall";
import type { CellKind } from "../templates/schema";
import { type CellSnapshot, isExcelError } from "../workbook";
import type { CellCheck } from "./schema";

/**
 * A usable figure (percentages in points, with their stated decimals and exact digits), nothing, a status word,
 * or unusable.
 */
export type Reading =
  | { state: "value"; value: number; exact?: Decimal; raw?: number; decimals?: number; fraction?: boolean }
  | { state: "blank" }
  | { state: "not-applicable"; text: string }
  | { state: "invalid" };

export interface CellFinding {
  check: CellCheck;
  vars: Record<string, string>;
  /** The figure the cell most likely should hold. */
  suggested?: number;
}

export interface CellRead {
  reading: Reading;
  finding?: CellFinding;
}

const NUMERIC_KINDS: ReadonlySet<CellKind> = new Set(["count", "amount", "percent"]);
const BLANK: CellRead = { reading: { state: "blank" } };
const INVALID = { state: "invalid" } as const;

export function isNumericKind(kind: CellKind): boolean {
  return NUMERIC_KINDS.has(kind);
}

const dateFormats = new Map<string, boolean>();

/** Only d, m, y, h, s letters left once quoted text and [locale] codes are gone: a date or time format. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    const letters = format
      .replace(/"[^"]*"/g, "")
      .replace(/\[[^\]]*\]/g, "")
      .replace(/[^a-z]/gi, "");
    known = letters.length > 0 && /^[dmyhs]+$/i.test(letters) && /[dy]/i.test(letters);
    dateFormats.set(format, known);
  }
  return known;
}

/** The exact digits of a figure (a percentage in points), worked out only where rounding decides a verdict. */
export function exactOf(reading: Extract<Reading, { state: "value" }>): Decimal {
  if (reading.exact) return reading.exact;
  if (reading.raw === undefined) return decimalFromNumber(reading.value)!;
  const raw = decimalFromNumber(reading.raw)!;
  return reading.fraction ? shiftDecimal(raw, 2) : raw;
}

/** The decimals a percentage states: as many as its format shows, or as its value has if more. */
export function statedDecimals(reading: Extract<Reading, { state: "value" }>): number {
  return Math.max(reading.decimals ?? 0, exactOf(reading).scale);
}

/** Decimals a percent format shows: "0.00%" → 2. */
function percentFormatDecimals(format: string | undefined): number {
  const match = /0[.,](0+)\s*%/.exec(format ?? "");
  return match ? match[1].length : 0;
}

function display(value: number, kind: CellKind): string {
  return kind === "percent" ? formatPercentPoints(value) : formatNumber(value);
}

/**
 * Percentages: a %-formatted number is a fraction (0.1923); a plain number above 1 is in points (19.23), and so is
 * any plain number in a table whose rates are written in points. The exact digits are worked out later, only for
 * rates that rounding decides (see exactOf).
 */
function percentValue(n: number, format: string | undefined, inPoints: boolean): CellRead {
  const fraction = (format ?? "").includes("%") || (!inPoints && Math.abs(n) <= 1);
  const value = fraction ? n * 100 : n;
  if (value < 0)
    return { reading: INVALID, finding: { check: "negative", vars: { value: formatPercentPoints(value) } } };
  return { reading: { state: "value", value, raw: n, decimals: percentFormatDecimals(format), fraction } };
}

function numberValue(n: number, kind: CellKind, format: string | undefined, inPoints = false): CellRead {
  if (kind === "percent") return percentValue(n, format, inPoints);
  if (isDateFormat(format))
    return { reading: INVALID, finding: { check: "date-format", vars: { format: format! } } };
  const problem = kind === "count" ? countValueProblem(n) : n < 0 ? { kind: "negative" as const } : null;
  if (!problem) return { reading: { state: "value", value: n } };
  const value = formatNumber(n);
  if (problem.kind === "thousands-separator") {
    return {
      reading: INVALID,
      finding: {
        check: "thousands-separator",
        vars: { value, likely: formatNumber(problem.likely), likelyDigits: String(problem.likely) },
        suggested: problem.likely,
      },
    };
  }
  return { reading: INVALID, finding: { check: problem.kind, vars: { value } } };
}

function textValue(text: string, kind: CellKind, format: string | undefined, inPoints: boolean): CellRead {
  const parsed = parseVietnameseNumber(text, kind === "percent" ? "percent" : "count");
  switch (parsed.kind) {
    case "zero-word":
      return { reading: { state: "value", value: 0 } };
    case "not-applicable":
      return parsed.status === ""
        ? BLANK
        : {
            reading: { state: "not-applicable", text: parsed.status },
            finding: { check: "status-word", vars: { text: parsed.status } },
          };
    case "number":
    case "percent": {
      if (parsed.kind === "percent" && kind !== "percent") break;
      const asNumber: CellRead =
        parsed.kind === "percent"
          ? {
              reading: {
                state: "value",
                value: parsed.value,
                exact: parsed.exact,
                decimals: parsed.decimals,
                fraction: true,
              },
            }
          : numberValue(parsed.value, kind, format, inPoints);
      if (asNumber.finding) return asNumber;
      return {
        ...asNumber,
        finding: {
          check: "text-number",
          vars: { text, value: display(parsed.value, kind) },
          suggested: parsed.value,
        },
      };
    }
  }
  return { reading: INVALID, finding: { check: "not-a-number", vars: { text } } };
}

/**
 * Reads a cell of the given kind; text, ratio and date cells are not figures and read as blank. `ratesInPoints`:
 * the table writes rates without a % format in points, so 1 is 1%, not 100%.
 */
export function readCell(cell: CellSnapshot | undefined, kind: CellKind, ratesInPoints = false): CellRead {
  if (!isNumericKind(kind) || !cell) return BLANK;
  const { value, numberFormat } = cell;
  if (value === null || value === undefined) return BLANK;
  if (isExcelError(value))
    return { reading: INVALID, finding: { check: "excel-error", vars: { error: value.error } } };
  if (typeof value === "boolean")
    return { reading: INVALID, finding: { check: "not-a-number", vars: { text: value ? "TRUE" : "FALSE" } } };
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      return { reading: INVALID, finding: { check: "not-a-number", vars: { text: String(value) } } };
    return numberValue(value, kind, numberFormat, ratesInPoints);
  }
  if (value.trim() === "") return BLANK;
  return textValue(value, kind, numberFormat, ratesInPoints);
}
