// Finding a template table again in a sheet, wherever the user has moved it or its rows.
import { normaliseText } from "../text";
import { a1, type CellValue, type LocatedTable, type SheetSnapshot, type TableHeader } from "../workbook";
import { HEADER_FIELDS, readHeader, ROW_ID_HEADING } from "./layout";
import type { Template } from "./schema";

/** The rectangle of an Excel table (or a table part of an .xlsx file): its heading row and its columns. */
export interface TableArea {
  headingRow: number;
  firstColumn: number;
  lastColumn: number;
  lastRow: number;
}

/** How far above a table its header block may have drifted. */
export const HEADER_SEARCH_ROWS = 15;

const key = (value: CellValue | undefined) =>
  typeof value === "string" ? normaliseText(value).toLowerCase() : "";

const ROW_ID_KEY = key(ROW_ID_HEADING);

/** A template's column labels, row headings and row labels as keys, made once per template. */
const LABELS = new WeakMap<
  Template,
  { columnByLabel: Map<string, string>; rowHeadings: Set<string>; rowByLabel: Map<string, string> }
>();

function labelsOf(template: Template) {
  let labels = LABELS.get(template);
  if (!labels) {
    labels = {
      columnByLabel: new Map(
        template.columns.flatMap((column) => [
          [key(column.label.vi), column.id],
          [key(column.label.en), column.id],
        ]),
      ),
      rowHeadings: new Set([key(template.rowHeading.vi), key(template.rowHeading.en)]),
      rowByLabel: new Map(
        template.rows.flatMap((row) => [
          [key(row.label.vi), row.id],
          [key(row.label.en), row.id],
        ]),
      ),
    };
    LABELS.set(template, labels);
  }
  return labels;
}

/**
 * A template table found from its heading row (columns by their Vietnamese or English labels) and its row-id
 * column (rows by id; by label when the id column was deleted). Null when the area does not hold the template.
 */
export function locateTable(
  template: Template,
  sheet: SheetSnapshot,
  area: TableArea,
  origin: LocatedTable["origin"] = "bc06",
): LocatedTable | null {
  const heading = (column: number) => key(sheet.cells.get(a1(area.headingRow, column))?.value);
  const { columnByLabel, rowHeadings, rowByLabel } = labelsOf(template);
  const columns: Record<string, number> = {};
  let idColumn: number | undefined;
  let labelColumn: number | undefined;
  for (let c = area.firstColumn; c <= area.lastColumn; c++) {
    const text = heading(c);
    if (text === ROW_ID_KEY) idColumn = c;
    else if (rowHeadings.has(text)) labelColumn = c;
    else if (columnByLabel.has(text) && columns[columnByLabel.get(text)!] === undefined)
      columns[columnByLabel.get(text)!] = c;
  }
  if (Object.keys(columns).length === 0) return null;

  const rowById = new Map(template.rows.map((row) => [row.id, row.id]));
  const rows: Record<string, number> = {};
  for (let r = area.headingRow + 1; r <= area.lastRow; r++) {
    const id = idColumn !== undefined ? sheet.cells.get(a1(r, idColumn))?.value : undefined;
    const byId = typeof id === "string" ? rowById.get(id.trim()) : undefined;
    const byLabel =
      labelColumn !== undefined ? rowByLabel.get(key(sheet.cells.get(a1(r, labelColumn))?.value)) : undefined;
    const rowId = byId ?? (idColumn === undefined ? byLabel : undefined);
    if (rowId && rows[rowId] === undefined) rows[rowId] = r;
  }
  const headerCells = findHeaderCells(sheet, area);
  const header: TableHeader = readHeader(sheet, headerCells);
  return {
    templateId: template.id,
    templateVersion: template.version,
    sheet: sheet.name,
    rows,
    columns,
    header,
    headerCells,
    origin,
  };
}

/** The header block's value cells: each label of HEADER_FIELDS found above the table, its value to the right. */
function findHeaderCells(sheet: SheetSnapshot, area: TableArea): LocatedTable["headerCells"] {
  const labels = new Map(
    HEADER_FIELDS.flatMap(
      (f) =>
        [
          [key(f.label.vi), f.key],
          [key(f.label.en), f.key],
        ] as [string, keyof TableHeader][],
    ),
  );
  const cells: NonNullable<LocatedTable["headerCells"]> = {};
  for (let r = Math.max(1, area.headingRow - HEADER_SEARCH_ROWS); r < area.headingRow; r++) {
    for (let c = area.firstColumn; c <= area.lastColumn; c++) {
      const field = labels.get(key(sheet.cells.get(a1(r, c))?.value));
      if (field && !cells[field]) cells[field] = a1(r, c + 1);
    }
  }
  return cells;
}
