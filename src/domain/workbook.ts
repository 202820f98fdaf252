/**
 * The workbook as the engine sees it: every sheet's cells (value, formula, number format) plus the BC06 tables
 * located in them. The Excel adapter, the .xlsx adapter and tests all build this plain model.
 */
export interface ExcelError {
  error: string; // "#DIV/0!", "#REF!", "#VALUE!", "#N/A", …
}

export type CellValue = number | string | boolean | null | ExcelError;

export interface CellSnapshot {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}

export interface SheetSnapshot {
  name: string;
  /** Cells by A1 address without "$" ("C12"); absent cells are blank. */
  cells: Map<string, CellSnapshot>;
  hidden?: boolean;
  /** Merged areas ("B5:B6"); a merged area's value is in its top-left cell. */
  merges?: string[];
  /** Rows and columns the user hid (1-based), as a sheet view shows them: not at all. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Rows frozen at the top of the sheet's window (Excel's "Freeze panes"). */
  frozenRows?: number;
  /** Only rows 1 to this one were read: the sheet holds more cells than a check reads (a list of citizens). */
  readRows?: number;
}

/** The header block's values: who reports, at which level, for which period. Dates are ISO (yyyy-mm-dd). */
export interface TableHeader {
  unit?: string;
  level?: UnitLevel;
  from?: string;
  to?: string;
  /** Lũy kế đến ngày: the cut-off date of cumulative figures. */
  cutoff?: string;
  reportDate?: string;
}

export type UnitLevel = "xa" | "huyen" | "tinh";

/** The level a summary of units of a level is at: communes add up to a district, districts to a province. */
export const LEVEL_ABOVE: Record<UnitLevel, UnitLevel> = { xa: "huyen", huyen: "tinh", tinh: "tinh" };

/** A template table found in a sheet: where each of its rows and columns is. */
export interface LocatedTable {
  templateId: string;
  templateVersion: number;
  sheet: string;
  /** Sheet row number (1-based) of each template row present (with `cells`: only which rows are present). */
  rows: Record<string, number>;
  /** Sheet column number (1-based) of each template column present (with `cells`: only which are present). */
  columns: Record<string, number>;
  /**
   * Where each template cell is, by "rowId|columnId", when the table is not a plain grid of sheet rows and columns
   * (an official's table laid out across, or one row per unit): see `tableCell`.
   */
  cells?: Record<string, string>;
  header: TableHeader;
  /** Addresses of the header block's value cells, for issues about the header. */
  headerCells?: Partial<Record<keyof TableHeader, string>>;
  /** Inserted by BC06 (its computed cells must hold formulas) or recognised in a table the user made. */
  origin: "bc06" | "detected";
  /** For a recognised table: which table of the recognition report it comes from, and what BC06 could not map. */
  recognised?: {
    /** The recognised table's id ("Sheet!B5:J31"). */
    id: string;
    /** Figures stand in rows (or columns) BC06 could not map: sums over every row cannot be checked. */
    partial: boolean;
    /** Rates typed without a % format are in points (95,16), not fractions (0,9516). */
    ratesInPoints: boolean;
    /** Template columns or rows with a "trong đó" sibling BC06 could not map: sums of them are not concluded. */
    openSums: string[];
  };
  /** A table of one row (or column) per unit, split into one table per unit and its total: checked as a summary. */
  group?: { id: string; role: "unit" | "summary" };
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: LocatedTable[];
  /** What recognition found beyond BC06's own tables; absent when it did not run. */
  recognition?: RecognitionReport;
}

/** A line (column or row) of a recognised table and what BC06 read it as. */
export interface MappedLine {
  /** Sheet column (across) or row (down) number. */
  index: number;
  /** Its heading path or label, as written ("Trong đó › Trực tuyến"). */
  text: string;
  /** The comparable form of `text`, by which a user's correction finds the line again. */
  key: string;
  /** `figures`: a line of a table no template matches, read by its own arithmetic only. */
  role:
    "field" | "item" | "unit" | "total" | "group" | "label" | "number" | "ignored" | "unmapped" | "figures";
  /** The template column or row id (field, item), or the unit's name. */
  id?: string;
  /** Whether the line holds figures: an unmapped line with figures is one BC06 did not check. */
  figures: boolean;
  /** Mapped by the user's correction rather than by its wording. */
  corrected?: boolean;
}

/** A relation between lines of a table's figures: columns (a relation "across", held on every row) or rows. */
export type RelationKind =
  "sum" | "at-most" | "each-at-most" | "not-below" | "difference" | "rate" | "running";

export interface LineRelation {
  kind: RelationKind;
  /** The line it concludes: the whole, the rate, the remainder, the cumulative figure. */
  target: number;
  /**
   * sum: target = Σ operands; at-most: Σ operands ≤ target; each-at-most: each operand ≤ target; not-below:
   * target ≥ operands[0]; difference: target = operands[0] − Σ the others; rate: target = operands[0]/operands[1];
   * running: a running total down a list of periods, the target line's previous figure plus operands[0]'s.
   */
  operands: number[];
}

/**
 * What a table says of its own arithmetic (its headings, labels, column numbers): a line that should be a total,
 * a rate, a part of another. Its figures then decide which reading holds and confirm it (rules/arithmetic).
 */
export interface Expectation {
  /** Among columns ("across": one instance per row) or among rows ("down": one instance per column). */
  axis: "across" | "down";
  target: number;
  /** What in the table says so. */
  source:
    "numbers" | "heading" | "total" | "parts" | "period" | "rate" | "remainder" | "difference" | "balance";
  /**
   * Readings to try, strongest first: the first tier whose best reading the figures confirm is kept. A tier said in
   * words or numbers by the table (`declared`) needs less support from its figures than one its figures suggest.
   */
  tiers: { declared: boolean; readings: LineRelation[] }[];
  /** A rate or a difference whose operands only the figures can tell: two of these lines, else of any. */
  search?: { kind: "rate" | "difference"; among: number[] };
}

/** A line of a table that holds figures, as its arithmetic reads it. */
export interface ArithmeticLine {
  /** Sheet column (across) or row (down). */
  index: number;
  /** Its heading path or label, for messages ("Trong đó › Trực tuyến"). */
  name: string;
  /** It holds rates (its heading or label says so, or its cells are percentages). */
  rate: boolean;
  /** A total line ("Tổng cộng", "Cộng (I)"): it adds the others, so a relation it breaks may be theirs. */
  total?: boolean;
  /** Rates typed as plain numbers are points (95,16), not fractions (0,9516); unknown when all are ≤ 1. */
  points?: boolean;
}

export interface TableArithmetic {
  across: ArithmeticLine[];
  down: ArithmeticLine[];
  expectations: Expectation[];
}

/** A table an official laid out themselves, as recognised: its place, template, and the mapping of each line. */
export interface RecognisedTable {
  id: string;
  sheet: string;
  /** The whole table with its heading rows, "B5:J31". */
  range: string;
  /** The template it was mapped to; none when only its own arithmetic is checked. */
  templateId?: string;
  /** How the table lies: template rows down or across, and whether it lists units. */
  orientation: "rows-down" | "rows-across" | "units-down" | "units-across";
  across: MappedLine[];
  down: MappedLine[];
  /** Share of the lines with figures that were mapped (0–1). */
  confidence: number;
  /** The key a correction uses to find the table again: its heading texts. */
  signature: string;
  /** Read with the user's correction. */
  corrected?: boolean;
  /** The table's own arithmetic, checked whatever template it maps to, and when it maps to none. */
  arithmetic?: TableArithmetic;
  /** The mapping to its template was set aside: its figures contradict the template's relations (see the note). */
  mappingRejected?: boolean;
}

export interface RecognitionReport {
  tables: RecognisedTable[];
  /** Areas that look like a report table (figures under headings) but could not be mapped to a template. */
  unrecognised: { sheet: string; range: string; headings: string[] }[];
  /** Tables the user marked "not a report table": listed, not checked. */
  ignored: { sheet: string; range: string; signature: string }[];
}

/** The tables a check looks at, as the user sees them: BC06's own, and each recognised one (a table of units once). */
export function tableCount(snapshot: WorkbookSnapshot): number {
  const own = snapshot.tables.filter((table) => table.origin === "bc06").length;
  return own + (snapshot.recognition?.tables.length ?? 0);
}

export function isExcelError(value: CellValue): value is ExcelError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The A1 address of a template cell of a located table; undefined when the table lacks that row or column. */
export function tableCell(table: LocatedTable, rowId: string, columnId: string): string | undefined {
  if (table.cells) return table.cells[`${rowId}|${columnId}`];
  const row = table.rows[rowId];
  const column = table.columns[columnId];
  return row === undefined || column === undefined ? undefined : a1(row, column);
}

/** The row and column ids of a table's cell, by its address; undefined for a cell outside the table's figures. */
export function cellIds(
  table: LocatedTable,
  address: string,
): { rowId: string; columnId: string } | undefined {
  if (table.cells) {
    const key = Object.keys(table.cells).find((k) => table.cells![k] === address);
    if (!key) return undefined;
    const [rowId, columnId] = key.split("|");
    return { rowId, columnId };
  }
  const at = parseA1(address);
  if (!at) return undefined;
  const rowId = Object.keys(table.rows).find((id) => table.rows[id] === at.row);
  const columnId = Object.keys(table.columns).find((id) => table.columns[id] === at.column);
  return rowId && columnId ? { rowId, columnId } : undefined;
}

/**
 * Where cells found in an earlier read are now: a table's cell found again by its row and column ids in the same
 * table (same sheet, template and unit), since the user may have inserted or deleted rows; other cells as they were.
 */
export function relocated<C extends { sheet: string; address: string }>(
  before: WorkbookSnapshot,
  now: WorkbookSnapshot,
  cells: C[],
): C[] {
  return cells.map((cell) => {
    for (const table of before.tables.filter((t) => t.sheet === cell.sheet)) {
      const ids = cellIds(table, cell.address);
      const same =
        ids &&
        now.tables.find(
          (t) =>
            t.sheet === table.sheet &&
            t.templateId === table.templateId &&
            t.header.unit === table.header.unit,
        );
      const address = same && tableCell(same, ids.rowId, ids.columnId);
      if (address) return { ...cell, address };
    }
    return cell;
  });
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Addresses are looked up many times per check: the same string instance keeps its hash. */
const addressCache = new Map<number, string>();
const CACHED_ROWS = 1 << 16;
const CACHED_COLUMNS = 1 << 8;
const MAX_CACHED = 200_000; // bounded: a hostile sheet must not fill memory with addresses

export function a1(row: number, column: number): string {
  if (row >= CACHED_ROWS || column >= CACHED_COLUMNS) return `${columnLetters(column)}${row}`;
  const key = row * CACHED_COLUMNS + column;
  let address = addressCache.get(key);
  if (address === undefined) {
    address = `${columnLetters(column)}${row}`;
    if (addressCache.size < MAX_CACHED) addressCache.set(key, address);
  }
  return address;
}

/** "$C$12" or "c12" → { row: 12, column: 3 }; null when not an A1 address. */
export function parseA1(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

/** A sheet name as a formula or a reference writes it: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  // A name that reads as a cell (HN1, XA12) or an R1C1 reference (R2C3, R, C) must be quoted too.
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$|^[Rr]\d*[Cc]?\d*$|^[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Excel's day count (1900 date system, with its phantom 29/02/1900) → "yyyy-mm-dd". */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  return new Date(Date.UTC(1899, 11, 31 + days)).toISOString().slice(0, 10);
}

export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 31)) / 86_400_000);
  return days + (days >= 60 ? 1 : 0);
}

/** The first of base, "base (2)", "base (3)", … not in taken (Excel compares sheet names without case). */
export function freeSheetName(base: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
