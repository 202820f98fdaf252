// A total's formula against the lines it should add: "=SUM(C5:C14)" under rows 5 to 15 leaves row 15 out.
import type { Language } from "../i18n";
import { formatNumber } from "../numbers/format";
import { a1, parseA1, type SheetSnapshot } from "../workbook";

const MAX_CELLS = 10_000;
const RANGE = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/;

/**
 * The cells a formula adds when it is nothing but a sum of same-sheet cells ("=SUM(C5:C14)", "=C5+C6+C7",
 * "=SUM(C5:C9;C11:C14)+C16"), with repeats; undefined for any other formula.
 */
export function summedCells(formula: string): string[] | undefined {
  const body = formula.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
  const cells: string[] = [];
  for (const term of body.split("+")) {
    const inner = /^SUM\((.*)\)$/.exec(term)?.[1];
    for (const reference of inner === undefined ? [term] : inner.split(/[,;]/)) {
      const match = RANGE.exec(reference);
      if (!match) return undefined;
      const from = parseA1(`${match[1]}${match[2]}`)!;
      const to = match[3] ? parseA1(`${match[3]}${match[4]}`)! : from;
      const size = (Math.abs(to.row - from.row) + 1) * (Math.abs(to.column - from.column) + 1);
      if (cells.length + size > MAX_CELLS) return undefined;
      for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++)
        for (let c = Math.min(from.column, to.column); c <= Math.max(from.column, to.column); c++)
          cells.push(a1(r, c));
    }
  }
  return cells;
}

export interface FormulaGap {
  formula: string;
  /** Cells of the scope with a figure that the formula leaves out. */
  missing: string[];
  /** Cells with a figure it adds beyond the scope (a subtotal, a heading's number), or adds twice. */
  extra: string[];
  twice: string[];
}

const figure = (sheet: SheetSnapshot, address: string) => {
  const value = sheet.cells.get(address)?.value;
  return typeof value === "number" && value !== 0;
};

/** What the total's formula at `target` adds that is not the scope `operands`, when it is a plain sum. */
export function formulaGap(sheet: SheetSnapshot, target: string, operands: string[]): FormulaGap | undefined {
  const formula = sheet.cells.get(target)?.formula;
  const summed = formula ? summedCells(formula) : undefined;
  if (!formula || !summed) return undefined;
  const inScope = new Set(operands);
  const added = new Set(summed);
  // A formula along another line (a row's SUM where the relation is its column's) is not this relation's.
  if (!operands.some((cell) => added.has(cell))) return undefined;
  const gap = {
    formula,
    missing: operands.filter((cell) => !added.has(cell) && figure(sheet, cell)),
    extra: [...added].filter((cell) => !inScope.has(cell) && cell !== target && figure(sheet, cell)),
    twice: [...added].filter(
      (cell, i, all) => summed.indexOf(cell) !== summed.lastIndexOf(cell) && all.indexOf(cell) === i,
    ),
  };
  return gap.missing.length + gap.extra.length + gap.twice.length > 0 ? gap : undefined;
}

/** The cells a formula's finding points at: the formula's, then those it leaves out, adds beyond, or adds twice. */
export function gapCells(target: string, gap: FormulaGap): string[] {
  return [target, ...new Set([...gap.missing, ...gap.extra, ...gap.twice])];
}

/** "bỏ sót C15 (7); cộng thêm C10 (12)" */
export function describeGap(gap: FormulaGap, sheet: SheetSnapshot, language: Language): string {
  const vi = language === "vi";
  const cells = (list: string[]) =>
    list
      .slice(0, 6)
      .map((cell) => `${cell} (${formatNumber(Number(sheet.cells.get(cell)?.value ?? 0))})`)
      .join(", ") +
    (list.length > 6 ? (vi ? ` và ${list.length - 6} ô khác` : ` and ${list.length - 6} more`) : "");
  return [
    gap.missing.length ? `${vi ? "bỏ sót" : "leaves out"} ${cells(gap.missing)}` : "",
    gap.extra.length ? `${vi ? "cộng thêm" : "also adds"} ${cells(gap.extra)}` : "",
    gap.twice.length ? `${vi ? "cộng hai lần" : "adds twice"} ${cells(gap.twice)}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}
