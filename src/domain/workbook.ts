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

/** A template table found in a sheet: where each of its rows and columns is. */
export interface LocatedTable {
  templateId: string;
  templateVersion: number;
  sheet: string;
  /** Sheet row number (1-based) of each template row present. */
  rows: Record<string, number>;
  /** Sheet column number (1-based) of each template column present. */
  columns: Record<string, number>;
  header: TableHeader;
  /** Addresses of the header block's value cells, for issues about the header. */
  headerCells?: Partial<Record<keyof TableHeader, string>>;
  /** Inserted by BC06 (its computed cells must hold formulas) or recognised in a table the user made. */
  origin: "bc06" | "detected";
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: LocatedTable[];
}

export function isExcelError(value: CellValue): value is ExcelError {
  return typeof value === "object" && value !== null && "error" in value;
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
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
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
