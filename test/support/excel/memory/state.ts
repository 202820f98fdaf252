// The in-memory workbook behind the fake Excel API: plain data, as Excel itself would hold it.
import { a1, parseA1 } from "../../../../src/domain/workbook";
import { evaluateFormula, formulaReferences, type Position, type RangeValues, type Scalar } from "./formula";

export interface MemoryFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
}

export interface MemoryCell {
  /** As Excel reports it: "" for blank, "#DIV/0!" for an error (see `error`). */
  value: Scalar;
  error?: boolean;
  formula?: string;
  numberFormat?: string;
  format?: MemoryFormat;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
}

export interface MemoryConditionalFormat {
  id: string;
  address: string;
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface MemorySheet {
  /** Excel's id of the sheet, which stays when the sheet is renamed. */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, MemoryCell>;
  hiddenColumns: Set<number>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  conditionalFormats: MemoryConditionalFormat[];
  validations: { address: string; rule: unknown; errorAlert?: unknown }[];
  /** Merged areas ("B5:B6"), their value in the top-left cell. */
  merges: string[];
  /** Review › Protect Sheet: its cells and formats cannot change. */
  protected?: boolean;
  charts: MemoryChart[];
}

/** A chart floating over a sheet; its series' ranges are sheet-qualified ("'DVC thiết yếu'!E11:E35"). */
export interface MemoryChart {
  name: string;
  type: string;
  title?: string;
  legendPosition?: string;
  /** The cells it covers, "K3:R20". */
  position?: string;
  series: { name?: string; values?: string; xValues?: string }[];
}

export interface MemoryTable {
  name: string;
  sheet: MemorySheet;
  address: string;
  style?: string;
  showFilterButton?: boolean;
}

export interface MemoryState {
  sheets: MemorySheet[];
  tables: MemoryTable[];
  xmlParts: { id: string; namespace: string; xml: string }[];
  activeSheet?: MemorySheet;
  selection?: { sheet: string; address: string };
  nextId: number;
  /** In Manual mode, as in Excel, writes leave formulas' results as they were until a recalculation is asked for. */
  calculationMode?: "Automatic" | "Manual";
  /** Review › Protect Workbook: the structure (the sheets) cannot change. */
  structureProtected?: boolean;
  /** Handlers of worksheets.onChanged, kept across runs as Excel keeps them until removed. */
  changeHandlers: Set<(event: Excel.WorksheetChangedEventArgs) => Promise<unknown>>;
}

export function emptyState(): MemoryState {
  return { sheets: [], tables: [], xmlParts: [], nextId: 1, changeHandlers: new Set() };
}

export function newSheet(state: MemoryState, name: string): MemorySheet {
  if (state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
    throw itemError("ItemAlreadyExists", `A sheet named "${name}" exists`);
  const sheet: MemorySheet = {
    id: `{BC06-SHEET-${state.nextId++}}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    hiddenColumns: new Set(),
    columnWidths: new Map(),
    frozenRows: 0,
    conditionalFormats: [],
    validations: [],
    merges: [],
    charts: [],
  };
  state.sheets.push(sheet);
  return sheet;
}

export function itemError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** A rectangle of one sheet, 1-based. */
export interface Area {
  sheet: MemorySheet;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export function areaAddress(area: Pick<Area, "top" | "left" | "rows" | "columns">): string {
  const first = a1(area.top, area.left);
  const last = a1(area.top + area.rows - 1, area.left + area.columns - 1);
  return first === last ? first : `${first}:${last}`;
}

/** "B2:D9", "B2", "C:C" or "3:5" on a sheet. */
export function parseArea(sheet: MemorySheet, address: string): Area {
  const plain = address.replace(/^.*!/, "").replace(/\$/g, "");
  const columnsOnly = /^([A-Z]+):([A-Z]+)$/i.exec(plain);
  if (columnsOnly) {
    const from = parseA1(`${columnsOnly[1]}1`)!.column;
    const to = parseA1(`${columnsOnly[2]}1`)!.column;
    return { sheet, top: 1, left: from, rows: 1_048_576, columns: to - from + 1 };
  }
  const [start, end = start] = plain.split(":");
  const from = parseA1(start);
  const to = parseA1(end);
  if (!from || !to) throw itemError("InvalidArgument", `Bad address "${address}"`);
  return {
    sheet,
    top: from.row,
    left: from.column,
    rows: to.row - from.row + 1,
    columns: to.column - from.column + 1,
  };
}

/** The smallest rectangle holding every non-empty cell (values only), or null for an empty sheet. */
export function usedArea(sheet: MemorySheet): Area | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [address, cell] of sheet.cells) {
    if (cell.value === "" && !cell.formula) continue;
    const { row, column } = parseA1(address)!;
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return bottom === 0 ? null : { sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function cellAt(sheet: MemorySheet, row: number, column: number): MemoryCell | undefined {
  return sheet.cells.get(a1(row, column));
}

export function ensureCell(sheet: MemorySheet, row: number, column: number): MemoryCell {
  const address = a1(row, column);
  let cell = sheet.cells.get(address);
  if (!cell) sheet.cells.set(address, (cell = { value: "" }));
  return cell;
}

/** Visits the non-blank cells of an area: by position when it is small, else by scanning the sheet's cells. */
function forEachCellIn(area: Area, visit: (cell: MemoryCell, index: number) => void): void {
  const index = (row: number, column: number) => (row - area.top) * area.columns + column - area.left;
  if (area.rows * area.columns <= area.sheet.cells.size) {
    for (let r = area.top; r < area.top + area.rows; r++)
      for (let c = area.left; c < area.left + area.columns; c++) {
        const cell = cellAt(area.sheet, r, c);
        if (cell) visit(cell, index(r, c));
      }
    return;
  }
  for (const [address, cell] of area.sheet.cells) {
    const { row, column } = parseA1(address)!;
    const inside =
      row >= area.top &&
      row < area.top + area.rows &&
      column >= area.left &&
      column < area.left + area.columns;
    if (inside) visit(cell, index(row, column));
  }
}

/** One property of each cell of an area, row by row (blank cells give pick(undefined)). */
export function areaValues<V>(area: Area, pick: (cell: MemoryCell | undefined) => V): V[] {
  const values = new Array<V>(area.rows * area.columns).fill(pick(undefined));
  forEachCellIn(area, (cell, index) => (values[index] = pick(cell)));
  return values;
}

/** An area's values as a formula reads them: blank cells are absent, errors are their text. */
function rangeValues(area: Area): RangeValues {
  const values: RangeValues = new Map();
  forEachCellIn(area, (cell, index) => {
    if (cell.error || (cell.value !== "" && cell.value !== null)) values.set(index, cell.value);
  });
  return values;
}

/** Deeper than any chain of BC06 formulas (unit → district → province); a circular reference stops there. */
const MAX_PASSES = 20;

/** Whether a formula reads its own cell (=SUM(A1:A1048576) in A5): a circular reference, which Excel shows as 0. */
function readsItself(sheet: MemorySheet, address: string, formula: string): boolean {
  const { row, column } = parseA1(address)!;
  try {
    return formulaReferences(formula).some(
      ({ sheet: other, from, to }) =>
        (other === undefined || other.toLowerCase() === sheet.name.toLowerCase()) &&
        row >= from.row &&
        row <= to.row &&
        column >= from.column &&
        column <= to.column,
    );
  } catch {
    return false;
  }
}

/** Recomputes every formula of the workbook until nothing changes (formulas may feed each other, across sheets). */
export function recalculate(state: MemoryState): void {
  const formulas: { sheet: MemorySheet; cell: MemoryCell }[] = [];
  for (const sheet of state.sheets)
    for (const [address, cell] of sheet.cells) {
      if (!cell.formula) continue;
      if (readsItself(sheet, address, cell.formula)) Object.assign(cell, { value: 0, error: false });
      else formulas.push({ sheet, cell });
    }
  const lookupFrom =
    (sheet: MemorySheet) =>
    (from: Position, to: Position, other?: string): RangeValues => {
      const source =
        other === undefined ? sheet : state.sheets.find((s) => s.name.toLowerCase() === other.toLowerCase());
      if (!source) return new Map([[0, "#REF!"]]);
      const area = {
        sheet: source,
        top: from.row,
        left: from.column,
        rows: to.row - from.row + 1,
        columns: to.column - from.column + 1,
      };
      return rangeValues(area);
    };
  for (let pass = 0; pass <= Math.min(formulas.length, MAX_PASSES); pass++) {
    let changed = false;
    for (const { sheet, cell } of formulas) {
      let value: Scalar;
      try {
        value = evaluateFormula(cell.formula!, lookupFrom(sheet));
      } catch {
        continue; // a formula this evaluator cannot read keeps its value
      }
      const error = typeof value === "string" && value.startsWith("#");
      if (cell.value !== (value ?? "") || Boolean(cell.error) !== error) {
        cell.value = value ?? "";
        cell.error = error;
        changed = true;
      }
    }
    if (!changed) break;
  }
}
