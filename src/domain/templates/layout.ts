/**
 * Where a template goes on a sheet and which Excel formula each computed cell gets. The Excel adapter and the
 * .xlsx writer both follow this plan, so a table looks and computes the same whichever wrote it.
 */
import { normaliseText } from "../text";
import {
  a1,
  type CellValue,
  excelSerialToIso,
  isoToExcelSerial,
  type LocatedTable,
  type SheetSnapshot,
  type TableHeader,
  type UnitLevel,
} from "../workbook";
import type { CellKind, Column, Formula, Label, Row, Template } from "./schema";

export const LAYOUT = {
  titleRow: 1,
  subtitleRow: 2,
  firstHeaderRow: 3,
  headerLabelColumn: 2,
  headerValueColumn: 3,
  tableHeaderRow: 10,
  firstDataRow: 11,
  numberColumn: 1,
  labelColumn: 2,
  firstValueColumn: 3,
} as const;

export const HEADER_FIELDS: readonly { key: keyof TableHeader; label: Label; date: boolean }[] = [
  { key: "unit", label: { vi: "Đơn vị báo cáo", en: "Reporting unit" }, date: false },
  { key: "level", label: { vi: "Cấp", en: "Level" }, date: false },
  { key: "from", label: { vi: "Kỳ báo cáo từ ngày", en: "Period from" }, date: true },
  { key: "to", label: { vi: "Đến ngày", en: "Period to" }, date: true },
  { key: "cutoff", label: { vi: "Lũy kế đến ngày", en: "Cumulative to" }, date: true },
  { key: "reportDate", label: { vi: "Ngày báo cáo", en: "Report date" }, date: true },
];

export const LEVEL_LABELS: Record<UnitLevel, Label> = {
  xa: { vi: "Xã, phường, thị trấn", en: "Commune" },
  huyen: { vi: "Huyện, thị xã, thành phố", en: "District" },
  tinh: { vi: "Tỉnh, thành phố", en: "Province" },
};

export const NUMBER_FORMATS: Record<CellKind, string> = {
  count: "#,##0",
  amount: "#,##0",
  percent: "0.00%",
  text: "@",
  ratio: "@",
  date: "dd/mm/yyyy",
};

/** The heading of the hidden last column that holds each row's id. */
export const ROW_ID_HEADING = "Mã dòng (BC06)";

/** The words that exclude a row from checks and totals (README B1, "Thẩm quyền"). */
export const NOT_APPLICABLE_TEXT = "Không thuộc thẩm quyền";

export function isNotApplicableText(value: CellValue): boolean {
  return (
    typeof value === "string" && normaliseText(value).toLowerCase() === NOT_APPLICABLE_TEXT.toLowerCase()
  );
}

/** What a cell holds: the column says so, else the row (record tables), else a count. */
export function cellKind(column: Column, row: Row): CellKind {
  return column.kind ?? row.kind ?? "count";
}

/** False for the greyed cells a row does not have (e.g. a target in the "this period" column). */
export function cellApplies(row: Row, column: Column): boolean {
  return !row.columns || row.columns.includes(column.id);
}

const NUMERIC: ReadonlySet<CellKind> = new Set(["count", "amount", "percent"]);

/** The declaration a cell computes, if any: the column's formula first, else the row's for numeric cells. */
export function cellFormula(row: Row, column: Column): Formula | undefined {
  if (!cellApplies(row, column)) return undefined;
  if (column.formula) return column.formula;
  return row.formula && NUMERIC.has(cellKind(column, row)) ? row.formula : undefined;
}

/** The table at its canonical place on a sheet that holds it alone. */
export function canonicalLocation(template: Template, sheet: string, header: TableHeader = {}): LocatedTable {
  const rows = Object.fromEntries(template.rows.map((row, i) => [row.id, LAYOUT.firstDataRow + i]));
  const columns = Object.fromEntries(
    template.columns.map((column, i) => [column.id, LAYOUT.firstValueColumn + i]),
  );
  const headerCells = Object.fromEntries(
    HEADER_FIELDS.map((field, i) => [field.key, a1(LAYOUT.firstHeaderRow + i, LAYOUT.headerValueColumn)]),
  );
  return {
    templateId: template.id,
    templateVersion: template.version,
    sheet,
    rows,
    columns,
    header,
    headerCells,
    origin: "bc06",
  };
}

/** Where a BC06 table is on its sheet: its heading row to its last row, its number column to its row-id column. */
export function tableRange(table: LocatedTable): string {
  const rows = Object.values(table.rows);
  const last = Math.max(...Object.values(table.columns)) + 1;
  return `${a1(Math.min(...rows) - 1, LAYOUT.numberColumn)}:${a1(Math.max(...rows), last)}`;
}

/** The Excel formula (with "=") of a computed cell of a located table, guarding division by zero. */
export function excelFormula(
  template: Template,
  table: LocatedTable,
  row: Row,
  column: Column,
): string | undefined {
  const formula = cellFormula(row, column);
  if (!formula) return undefined;
  const viaColumn = formula === column.formula;
  // Operands name columns of the same row (a column's formula) or rows of the same column (a row's formula).
  const ref = (id: string) =>
    viaColumn ? a1(table.rows[row.id], table.columns[id]) : a1(table.rows[id], table.columns[column.id]);
  switch (formula.op) {
    case "rate":
      return `=IF(N(${ref(formula.whole)})=0,"",${ref(formula.part)}/${ref(formula.whole)})`;
    case "difference":
      return `=${ref(formula.from)}-${formula.minus.map(ref).join("-")}`;
    case "sum": {
      if (!formula.of.includes("*")) return `=SUM(${formula.of.map(ref).join(",")})`;
      return totalFormula(template, table, column);
    }
  }
}

/** A total row adds every data row, leaving out rows marked "Không thuộc thẩm quyền". */
function totalFormula(template: Template, table: LocatedTable, column: Column): string {
  const dataRows = template.rows
    .filter((r) => !r.total && table.rows[r.id] !== undefined)
    .map((r) => table.rows[r.id]);
  const first = Math.min(...dataRows);
  const last = Math.max(...dataRows);
  const range = (columnId: string) =>
    `${a1(first, table.columns[columnId])}:${a1(last, table.columns[columnId])}`;
  if (!template.notApplicableColumn) return `=SUM(${range(column.id)})`;
  return `=SUMIFS(${range(column.id)},${range(template.notApplicableColumn)},"<>${NOT_APPLICABLE_TEXT}")`;
}

/** Reads the header block's values (unit, level, dates) from the cells a located table names. */
export function readHeader(sheet: SheetSnapshot, headerCells: LocatedTable["headerCells"] = {}): TableHeader {
  const header: TableHeader = {};
  for (const field of HEADER_FIELDS) {
    const address = headerCells[field.key];
    const value = address ? sheet.cells.get(address)?.value : undefined;
    if (value === undefined || value === null || value === "") continue;
    if (field.key === "level") {
      const level = levelFromText(String(value));
      if (level) header.level = level;
    } else if (field.date) {
      const iso = typeof value === "number" ? excelSerialToIso(value) : dateFromText(String(value));
      if (iso) header[field.key as "from" | "to" | "cutoff" | "reportDate"] = iso;
    } else if (typeof value === "string") {
      header.unit = normaliseText(value);
    }
  }
  return header;
}

/** The value a header cell gets: text, or an Excel date serial. */
export function headerCellValue(header: TableHeader, key: keyof TableHeader): CellValue {
  const value = header[key];
  if (value === undefined) return null;
  if (key === "level") return LEVEL_LABELS[value as UnitLevel].vi;
  return HEADER_FIELDS.find((f) => f.key === key)!.date ? isoToExcelSerial(value) : value;
}

export function levelFromText(text: string): UnitLevel | undefined {
  const t = normaliseText(text).toLowerCase();
  if (/^(xa|xã|phường|thị trấn)/.test(t) || t === "commune") return "xa";
  if (/^(huyen|huyện|quận|thị xã)/.test(t) || t === "district") return "huyen";
  if (/^(tinh|tỉnh|thành phố)/.test(t) || t === "province") return "tinh";
  return undefined;
}

/** "06/01/2022" or "2022-01-06" → "2022-01-06"; impossible dates → undefined. */
export function dateFromText(text: string): string | undefined {
  const t = normaliseText(text);
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const [y, m, d] = match ? [match[3], match[2], match[1]].map(Number) : [];
  if (!match) {
    match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    if (!match) return undefined;
    return validIso(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  return validIso(y, m, d);
}

function validIso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** How each role of cell looks, whoever writes the table (the Excel adapter, the .xlsx writer). */
export const ROLE_STYLES: Partial<
  Record<string, { bold?: boolean; italic?: boolean; fill?: string; size?: number; color?: string }>
> = {
  title: { bold: true, size: 14, color: "#0F6CBD" },
  subtitle: { italic: true, color: "#605E5C" },
  "header-label": { bold: true },
  "column-heading": { bold: true, fill: "#DEECF9" },
  computed: { fill: "#F3F2F1", color: "#323130" },
  blocked: { fill: "#D2D0CE" },
  "row-id": { color: "#A19F9D" },
};

/** Column widths in characters: number, label, then each template column. */
export function columnWidths(template: Template, table: LocatedTable): [number, number][] {
  return [
    [LAYOUT.numberColumn, 5],
    [LAYOUT.labelColumn, 46],
    ...template.columns.map((column) => [table.columns[column.id], column.width ?? 12] as [number, number]),
  ];
}

/** The message shown when a user types something other than a whole number ≥ 0 into a count cell. */
export const INPUT_ALERT = {
  vi: {
    title: "Số liệu không hợp lệ",
    message: "Nhập số nguyên không âm (0 nếu không phát sinh), không gõ dấu chấm phân cách hàng nghìn.",
  },
  en: {
    title: "Invalid figure",
    message: "Enter a whole number of 0 or more, without thousands separators.",
  },
};
