// Finding the tables in a sheet an official laid out: a heading block of one to four rows (merged headings,
// a row of column numbers), then the rows of figures, wherever they start, several per sheet.
import { a1 } from "../workbook";
import { type Area, cellKey, inArea, type SheetGrid } from "./grid";
import { isColumnNumberText, isLabelHeadingKey, isNoteText, isSttKey } from "./lines";
import { wordKey } from "./words";

/** One column of a table's heading: its texts from the top heading row down, and where each comes from. */
export interface HeadingColumn {
  column: number;
  segments: string[];
  /** The cell (top-left of a merged area) each segment is written in: columns under one parent share it. */
  sources: number[];
}

export interface Candidate {
  headerTop: number;
  headerBottom: number;
  bodyTop: number;
  bodyBottom: number;
  left: number;
  right: number;
  headings: HeadingColumn[];
  /** The row of column numbers under the headings ("(1) (2) (3)=(1)+(2)"), when there is one. */
  numbersRow?: number;
  /** Body rows that hold anything. */
  rows: number[];
  /** The whole table with its heading rows, "B5:J31". */
  range: string;
  /** Its heading texts, by which a correction finds it again after rows were inserted above it. */
  signature: string;
}

/** Whether a text is in any template's vocabulary or the structural words (the caller decides). */
export type IsHeadingWord = (text: string) => boolean;

const MAX_HEADING_ROWS = 4;
const MAX_BODY_ROWS = 5_000;
/** A report table has tens of columns (one per commune at most): wider runs are not one. */
const MAX_COLUMNS = 400;
/** Blank rows that end a table. */
const BLANK_ROWS_ENDING = 2;

interface RowStats {
  headingWords: number;
  figures: number;
  texts: number;
}

export class TableFinder {
  private readonly stats = new Map<number, RowStats>();
  private readonly consumed: Area[] = [];
  private readonly lastRow: number;
  private readonly lastColumn: number;

  constructor(
    private readonly grid: SheetGrid,
    private readonly isHeadingWord: IsHeadingWord,
    /** Heading rows the user pointed at (a template chosen for an area BC06 did not recognise). */
    private readonly forced: ReadonlySet<number> = new Set(),
  ) {
    let lastRow = 0;
    let lastColumn = 0;
    for (const [row, cells] of grid.rows) {
      if (row > lastRow) lastRow = row;
      for (const column of cells.keys()) if (column > lastColumn) lastColumn = column;
    }
    this.lastRow = lastRow;
    this.lastColumn = lastColumn;
  }

  private rowStats(row: number): RowStats {
    let stats = this.stats.get(row);
    if (!stats) {
      stats = { headingWords: 0, figures: 0, texts: 0 };
      for (const [column] of this.grid.rows.get(row) ?? []) {
        const text = this.grid.text(row, column);
        if (text !== undefined) {
          stats.texts++;
          if (this.isHeadingWord(text)) stats.headingWords++;
        } else if (this.grid.isFigure(row, column)) stats.figures++;
      }
      this.stats.set(row, stats);
    }
    return stats;
  }

  /** A row's figures and texts between two columns only (a table beside another). */
  private statsIn(row: number, left: number, right: number): RowStats {
    const stats = { headingWords: 0, figures: 0, texts: 0 };
    for (const [column] of this.grid.rows.get(row) ?? []) {
      if (column < left || column > right) continue;
      const text = this.grid.text(row, column);
      if (text !== undefined) {
        stats.texts++;
        if (this.isHeadingWord(text)) stats.headingWords++;
      } else if (this.grid.isFigure(row, column)) stats.figures++;
    }
    return stats;
  }

  private isAnchor(row: number): boolean {
    const stats = this.rowStats(row);
    return stats.headingWords >= 2 && stats.figures <= 1;
  }

  private isConsumed(row: number, column: number): boolean {
    return this.consumed.some((area) => inArea(area, row, column));
  }

  /** The areas of the tables found so far. */
  get areas(): Area[] {
    return this.consumed;
  }

  /** Every table in the sheet, top to bottom. */
  find(): Candidate[] {
    const found: Candidate[] = [];
    for (const row of this.grid.rowNumbers()) {
      if (!this.isAnchor(row) && !this.forced.has(row)) continue;
      for (const candidate of this.tablesAt(row)) {
        found.push(candidate);
        this.consumed.push({
          top: candidate.headerTop,
          bottom: candidate.bodyBottom,
          left: candidate.left,
          right: candidate.right,
        });
      }
    }
    return found;
  }

  /** The tables whose heading includes this row: one per run of heading columns (tables side by side). */
  private tablesAt(anchor: number): Candidate[] {
    const columns = [...(this.grid.rows.get(anchor)?.keys() ?? [])].filter(
      (c) => !this.isConsumed(anchor, c),
    );
    if (columns.length === 0) return [];
    const top = this.headingTop(anchor);
    const whole: [number, number] = [1, Infinity];
    const bottom = this.headingBottom(top, anchor, anchor, whole);
    const tables: Candidate[] = [];
    for (const run of this.headingRuns(top, bottom)) {
      if (!columns.some((c) => c >= run[0] && c <= run[1])) continue;
      // A table beside another has its own sub-headings, which the other's figures in the same rows do not end.
      const own = this.headingBottom(top, bottom, anchor, run);
      const numbersRow = this.isColumnNumberRow(own + 1, run) ? own + 1 : undefined;
      const table = this.tableIn(run, top, own, anchor, numbersRow);
      if (table) tables.push(table);
    }
    return tables;
  }

  /** The last heading row from `from` down, among the columns of a run. */
  private headingBottom(top: number, from: number, anchor: number, run: [number, number]): number {
    let bottom = from;
    while (bottom - top + 1 < MAX_HEADING_ROWS && this.continuesHeading(bottom + 1, top, anchor, run))
      bottom++;
    return bottom;
  }

  /** The table under the heading columns left to right, if figures follow it. */
  private tableIn(
    [left, right]: [number, number],
    top: number,
    bottom: number,
    anchor: number,
    numbersRow: number | undefined,
  ): Candidate | undefined {
    const headings = this.headings(top, bottom, left, right);
    const known = headings.filter((h) => h.segments.some((s) => this.isHeadingWord(s))).length;
    if (known < 2 && !this.forced.has(anchor)) return undefined;
    const body = this.body((numbersRow ?? bottom) + 1, left, right, headings);
    if (!body) return undefined;
    return {
      headerTop: top,
      headerBottom: bottom,
      left,
      right,
      headings,
      ...(numbersRow ? { numbersRow } : {}),
      ...body,
      range: `${a1(top, left)}:${a1(body.bodyBottom, right)}`,
      signature: signatureOf(headings),
    };
  }

  /** A parent heading row above: one whose merged cells reach down into the anchor row, or span only some columns. */
  private headingTop(anchor: number): number {
    let top = anchor;
    for (let row = anchor - 1; row >= Math.max(1, anchor - 2); row--) {
      if (this.rowStats(row).figures > 0 || !this.isParentRow(row, top)) break;
      top = row;
    }
    return top;
  }

  /**
   * A row of parent headings: merged cells that reach down into the row below, or merged over a few of its columns
   * (a title merged across the table is not one).
   */
  private isParentRow(row: number, below: number): boolean {
    const cells = [...(this.grid.rows.get(row)?.keys() ?? [])];
    const occupiedBelow = [...(this.grid.rows.get(below)?.keys() ?? [])];
    if (cells.length === 0 || occupiedBelow.length === 0) return false;
    const firstBelow = Math.min(...occupiedBelow);
    const width = Math.max(...occupiedBelow) - firstBelow + 1;
    const merges = cells.map((column) => this.grid.mergeFrom(row, column));
    if (merges.some((merge) => merge && merge.bottom >= below)) return true;
    return (
      merges.every((merge) => merge !== undefined) &&
      merges.every((merge) => merge!.left > firstBelow && merge!.right - merge!.left + 1 <= 0.6 * width)
    );
  }

  /**
   * A row under a heading that still belongs to it: another heading row, or sub-headings ("Trực tiếp" |
   * "Trực tuyến") with nothing in the columns that number or name the rows.
   */
  private continuesHeading(
    row: number,
    top: number,
    anchor: number,
    [left, right]: [number, number],
  ): boolean {
    const cells = new Map(
      [...(this.grid.rows.get(row) ?? [])].filter(([column]) => column >= left && column <= right),
    );
    if (cells.size === 0) return false;
    const stats = this.statsIn(row, left, right);
    if (stats.figures > 0 || stats.texts === 0) return false;
    if (this.isAnchor(row)) return true;
    // The columns that number or name the rows; a heading merged across columns ("Các xã") is a parent instead.
    const labelColumns = [...(this.grid.rows.get(anchor)?.keys() ?? [])].filter((column) => {
      const text = this.grid.text(anchor, column);
      const key = text ? wordKey(text) : "";
      const merge = this.grid.mergeFrom(anchor, column);
      return (isSttKey(key) || isLabelHeadingKey(key)) && (!merge || merge.right === merge.left);
    });
    if (labelColumns.some((column) => this.grid.cell(row, column) !== undefined)) return false;
    // Sub-headings sit under parents, never in the table's first column.
    const firstHeading = Math.min(...(this.grid.rows.get(top)?.keys() ?? [Infinity]));
    if (Math.min(...cells.keys()) <= firstHeading) return false;
    const coveredFromAbove = labelColumns.some((column) => this.grid.covering(row, column));
    return coveredFromAbove || stats.headingWords >= 1;
  }

  private isColumnNumberRow(row: number, [left, right]: [number, number]): boolean {
    const cells = [...(this.grid.rows.get(row)?.entries() ?? [])].filter(([c]) => c >= left && c <= right);
    if (cells.length < 3) return false;
    if (!cells.every(([, cell]) => isColumnNumberText(cell.value))) return false;
    const numbers = cells.map(([, cell]) => cell.value).filter((v): v is number => typeof v === "number");
    return numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
  }

  /** Runs of columns that have a heading in some heading row; a blank column separates tables side by side. */
  private headingRuns(top: number, bottom: number): [number, number][] {
    const occupied = new Set<number>();
    for (let row = top; row <= bottom; row++) {
      for (const column of this.grid.rows.get(row)?.keys() ?? []) {
        if (this.isConsumed(row, column) || this.grid.isBlank(row, column)) continue;
        // A merged heading reaches no further than the sheet's cells do ("A1:XFD1" over a table of six columns).
        const merge = this.grid.mergeFrom(row, column);
        const right = Math.min(merge?.right ?? column, this.lastColumn);
        for (let c = column; c <= right; c++) occupied.add(c);
      }
    }
    const sorted = [...occupied].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const column of sorted) {
      const last = runs.at(-1);
      if (last && last[1] === column - 1) last[1] = column;
      else runs.push([column, column]);
    }
    return runs.filter(([left, right]) => right - left < MAX_COLUMNS);
  }

  private headings(top: number, bottom: number, left: number, right: number): HeadingColumn[] {
    const headings: HeadingColumn[] = [];
    for (let column = left; column <= right; column++) {
      const segments: string[] = [];
      const sources: number[] = [];
      for (let row = top; row <= bottom; row++) {
        const text = this.grid.text(row, column);
        if (text === undefined) continue;
        const merge = this.grid.covering(row, column);
        const source = merge ? cellKey(merge.top, merge.left) : cellKey(row, column);
        if (sources.at(-1) === source) continue;
        segments.push(text);
        sources.push(source);
      }
      headings.push({ column, segments, sources });
    }
    return headings;
  }

  /**
   * The rows of figures under a heading: on until a new heading, a note, or two blank rows. Rows without figures
   * (group headings, services with nothing reported) belong to the table only when figures follow them.
   */
  private body(
    from: number,
    left: number,
    right: number,
    headings: HeadingColumn[],
  ): { bodyTop: number; bodyBottom: number; rows: number[] } | undefined {
    const labelColumns = headings
      .filter((h) => {
        const leaf = wordKey(h.segments[h.segments.length - 1] ?? "");
        return isLabelHeadingKey(leaf) || isSttKey(leaf);
      })
      .map((h) => h.column);
    const rows: number[] = [];
    let pending: number[] = [];
    let blanks = 0;
    let figures = 0;
    for (let row = from; row < from + MAX_BODY_ROWS; row++) {
      const columns = [...(this.grid.rows.get(row)?.keys() ?? [])].filter((c) => c >= left && c <= right);
      if (columns.length === 0) {
        if (++blanks >= BLANK_ROWS_ENDING || row > this.lastRow) break;
        continue;
      }
      blanks = 0;
      const rowFigures = columns.filter(
        (c) => !labelColumns.includes(c) && this.grid.isFigure(row, c),
      ).length;
      const first = this.grid.text(row, Math.min(...columns));
      if (rowFigures === 0 && first !== undefined && isNoteText(first)) break;
      if (rowFigures === 0 && this.isAnchor(row) && this.startsHeading(row, labelColumns)) break;
      if (rowFigures === 0) {
        pending.push(row);
        continue;
      }
      rows.push(...pending, row);
      pending = [];
      figures += rowFigures;
    }
    if (rows.length === 0 || figures < 2) return undefined;
    // Rows after the last figures still belong to the table when they name something (a service not reported on).
    for (const row of pending) {
      const named = [...(this.grid.rows.get(row)?.keys() ?? [])].some((column) => {
        const text = column >= left && column <= right ? this.grid.text(row, column) : undefined;
        return text !== undefined && this.isHeadingWord(text);
      });
      if (!named) break;
      rows.push(row);
    }
    return { bodyTop: rows[0], bodyBottom: rows[rows.length - 1], rows };
  }

  /** A row naming columns rather than a row of the table: heading words where the labels are not. */
  private startsHeading(row: number, labelColumns: number[]): boolean {
    return !labelColumns.some((column) => this.grid.text(row, column) !== undefined);
  }
}

function signatureOf(headings: HeadingColumn[]): string {
  return headings
    .map((heading) => heading.segments.map(wordKey).join(">"))
    .join("|")
    .slice(0, 400);
}
