/**
 * A filled template as sheet cells: title, header block, column headings, inputs, and computed cells with both
 * their Excel formula and the value Excel would show. Writers lay these cells out; tests and benches use them as
 * workbooks.
 */
import type { Language } from "../i18n";
import { a1, type CellSnapshot, type LocatedTable, type SheetSnapshot, type TableHeader } from "../workbook";
import {
  canonicalLocation,
  cellApplies,
  cellFormula,
  cellKind,
  excelFormula,
  HEADER_FIELDS,
  headerCellValue,
  isNotApplicableText,
  LAYOUT,
  NUMBER_FORMATS,
  ROW_ID_HEADING,
} from "./layout";
import type { Formula, Row, Template } from "./schema";

/** Figures by row id then column id, as a user fills them in: numbers, or text such as "Không thuộc thẩm quyền". */
export type TableValues = Record<string, Record<string, number | string | null | undefined>>;

/** How a writer should present a cell. */
export type CellRole =
  | "title"
  | "subtitle"
  | "header-label"
  | "header-value"
  | "column-heading"
  | "number"
  | "row-label"
  | "input"
  | "computed"
  | "blocked"
  | "row-id";

export interface PlannedCell extends CellSnapshot {
  role: CellRole;
  /** Row nesting of "trong đó" labels. */
  indent?: number;
  /** Whether the cell is on the table's total row. */
  total?: boolean;
}

export interface TablePlan {
  location: LocatedTable;
  cells: Map<string, PlannedCell>;
  /** The last row and column the table uses; the last column holds the row ids. */
  lastRow: number;
  lastColumn: number;
}

function numeric(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** One declaration's value, with Excel's semantics: a blank counts as 0; a rate over 0 is blank (""). */
function evaluate(
  formula: Formula,
  operand: (id: string) => unknown,
  dataRowsSum: () => number,
): number | string {
  const n = (id: string) => numeric(operand(id)) ?? 0;
  switch (formula.op) {
    case "rate": {
      const whole = n(formula.whole);
      return whole === 0 ? "" : n(formula.part) / whole;
    }
    case "difference":
      return formula.minus.reduce((acc, id) => acc - n(id), n(formula.from));
    case "sum":
      return formula.of.reduce((acc, id) => acc + (id === "*" ? dataRowsSum() : n(id)), 0);
  }
}

/**
 * The table's values with every computed cell filled in, as Excel would compute it. A figure given for a computed
 * cell stands as typed over the formula, as users do.
 */
export function computeTable(template: Template, inputs: TableValues): TableValues {
  const values: TableValues = {};
  for (const row of template.rows) values[row.id] = { ...inputs[row.id] };
  const notApplicable = (row: Row) =>
    template.notApplicableColumn !== undefined &&
    isNotApplicableText(values[row.id][template.notApplicableColumn] ?? null);
  const dataRows = template.rows.filter((r) => !r.total);
  // Computed cells may depend on each other (a rate of a sum row): evaluate until nothing changes.
  for (let pass = 0; pass <= template.rows.length + template.columns.length; pass++) {
    let changed = false;
    for (const row of template.rows) {
      for (const column of template.columns) {
        const formula = cellFormula(row, column);
        if (!formula || inputs[row.id]?.[column.id] !== undefined) continue;
        const viaColumn = formula === column.formula;
        const operand = (id: string) => (viaColumn ? values[row.id][id] : values[id]?.[column.id]);
        const dataRowsSum = () =>
          dataRows
            .filter((r) => !notApplicable(r))
            .reduce((acc, r) => acc + (numeric(values[r.id][column.id]) ?? 0), 0);
        const value = evaluate(formula, operand, dataRowsSum);
        if (values[row.id][column.id] !== value) {
          values[row.id][column.id] = value;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return values;
}

/** The cells of a template filled with `inputs`, on a sheet of its own, in the given language. */
export function planTable(
  template: Template,
  sheet: string,
  header: TableHeader,
  inputs: TableValues = {},
  language: Language = "vi",
): TablePlan {
  const location = canonicalLocation(template, sheet, header);
  const values = computeTable(template, inputs);
  const cells = new Map<string, PlannedCell>();
  const put = (row: number, column: number, cell: PlannedCell) => cells.set(a1(row, column), cell);

  put(LAYOUT.titleRow, 1, { value: template.title[language].toUpperCase(), role: "title" });
  put(LAYOUT.subtitleRow, 1, { value: subtitle(template, language), role: "subtitle" });
  HEADER_FIELDS.forEach((field, i) => {
    const row = LAYOUT.firstHeaderRow + i;
    put(row, LAYOUT.headerLabelColumn, { value: field.label[language], role: "header-label" });
    put(row, LAYOUT.headerValueColumn, {
      value: headerCellValue(header, field.key),
      role: "header-value",
      ...(field.date ? { numberFormat: NUMBER_FORMATS.date } : {}),
    });
  });

  put(LAYOUT.tableHeaderRow, LAYOUT.numberColumn, { value: "STT", role: "column-heading" });
  put(LAYOUT.tableHeaderRow, LAYOUT.labelColumn, {
    value: template.rowHeading[language],
    role: "column-heading",
  });
  template.columns.forEach((column) =>
    put(LAYOUT.tableHeaderRow, location.columns[column.id], {
      value: column.label[language],
      role: "column-heading",
    }),
  );

  let number = 0;
  for (const row of template.rows) {
    const r = location.rows[row.id];
    const total = row.total ? { total: true } : {};
    put(r, LAYOUT.numberColumn, {
      value: row.total || row.indent ? null : ++number,
      role: "number",
      ...total,
    });
    put(r, LAYOUT.labelColumn, {
      value: row.label[language],
      role: "row-label",
      ...(row.indent ? { indent: row.indent } : {}),
      ...total,
    });
    for (const column of template.columns) {
      const c = location.columns[column.id];
      if (!cellApplies(row, column)) {
        put(r, c, { value: null, role: "blocked", ...total });
        continue;
      }
      const typed = inputs[row.id]?.[column.id] !== undefined;
      const formula = typed ? undefined : excelFormula(template, location, row, column);
      const value = values[row.id][column.id] ?? null;
      put(r, c, {
        value,
        numberFormat: NUMBER_FORMATS[cellKind(column, row)],
        role: formula ? "computed" : "input",
        ...(formula ? { formula } : {}),
        ...total,
      });
    }
  }
  const lastRow = Math.max(...Object.values(location.rows));
  // The row ids, in a last (hidden) column: they find each row again after the user inserts or moves rows.
  const lastColumn = Math.max(...Object.values(location.columns)) + 1;
  put(LAYOUT.tableHeaderRow, lastColumn, { value: ROW_ID_HEADING, role: "column-heading" });
  for (const row of template.rows) put(location.rows[row.id], lastColumn, { value: row.id, role: "row-id" });
  return { location, cells, lastRow, lastColumn };
}

function subtitle(template: Template, language: Language): string {
  return language === "vi"
    ? `Đề án 06 (Quyết định 06/QĐ-TTg ngày 06/01/2022) – đơn vị tính: ${template.unit}`
    : `Đề án 06 (Decision 06/QĐ-TTg of 06/01/2022) – unit: ${template.unit}`;
}

/** A sheet snapshot of a plan, as a workbook reader would see it after Excel recalculated. */
export function planToSheet(plan: TablePlan): SheetSnapshot {
  const cells = new Map<string, CellSnapshot>();
  for (const [address, cell] of plan.cells) {
    if (cell.value === null && !cell.formula) continue;
    cells.set(address, {
      value: cell.value,
      ...(cell.formula ? { formula: cell.formula } : {}),
      ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
    });
  }
  return { name: plan.location.sheet, cells };
}
