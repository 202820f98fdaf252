// A located table's cells as read, each by its kind, with the single-cell checks: the grid every rule runs over.
import { globalRule } from "./catalog";
import type { Language } from "../i18n";
import { formatNumber, formatPercentPoints } from "../numbers/format";
import { cellApplies, cellFormula, cellKind, excelFormula, isNotApplicableText } from "../templates/layout";
import type { CellKind, Column, Row, Template } from "../templates/schema";
import { a1, type LocatedTable, parseA1, type SheetSnapshot, tableCell } from "../workbook";
import { isNumericKind, readCell, type Reading } from "./read";
import type { CellRef, Collector, TableScope } from "./result";

/**
 * One template cell as read: where it is, what it holds, whether the template computes it. A class, so that the
 * tens of thousands read per check cost one object each; `ref` is built only for the few that get reported.
 */
export class Entry {
  /** It took part in a check that ran (a BC06 table's coverage; recognised tables record their comparisons). */
  checked = false;

  constructor(
    readonly sheet: string,
    readonly address: string,
    readonly reading: Reading,
    /** The template computes this cell… */
    readonly computed: boolean,
    /** …and the cell holds a formula (not a typed value). */
    readonly formula: boolean,
    readonly row: Row,
    readonly column: Column,
  ) {}

  get ref(): CellRef {
    return { sheet: this.sheet, address: this.address };
  }
}

/** The numeric cells of a template, worked out once per template. */
interface TemplateCells {
  rowIndex: Map<string, number>;
  columnIndex: Map<string, number>;
  cells: { row: Row; column: Column; r: number; c: number; kind: CellKind; computed: boolean }[];
}

const templateCells = new WeakMap<Template, TemplateCells>();

export function cellsOf(template: Template): TemplateCells {
  let known = templateCells.get(template);
  if (!known) {
    const cells: TemplateCells["cells"] = [];
    template.rows.forEach((row, r) =>
      template.columns.forEach((column, c) => {
        const kind = cellKind(column, row);
        if (cellApplies(row, column) && isNumericKind(kind))
          cells.push({ row, column, r, c, kind, computed: cellFormula(row, column) !== undefined });
      }),
    );
    known = {
      rowIndex: new Map(template.rows.map((row, i) => [row.id, i])),
      columnIndex: new Map(template.columns.map((column, i) => [column.id, i])),
      cells,
    };
    templateCells.set(template, known);
  }
  return known;
}

/** A table's cells, read once, indexed by template row and column position. */
export interface Grid {
  template: Template;
  table: LocatedTable;
  sheet: SheetSnapshot;
  entries: (Entry | undefined)[][];
  /** Rows marked "Không thuộc thẩm quyền": out of checks and totals. */
  notApplicable: Set<string>;
}

/** Where a template cell sits in the grids of tables of that template. */
export function positionOf(grid: Grid, row: Row, column: Column): [number, number] {
  const { rowIndex, columnIndex } = cellsOf(grid.template);
  return [rowIndex.get(row.id)!, columnIndex.get(column.id)!];
}

export function entryAt(grid: Grid, rowId: string, columnId: string): Entry | undefined {
  const { rowIndex, columnIndex } = cellsOf(grid.template);
  const r = rowIndex.get(rowId);
  const c = columnIndex.get(columnId);
  return r === undefined || c === undefined ? undefined : grid.entries[r][c];
}

/** Where a grid's findings go: its template and sheet, and the recognised table it comes from. */
export function scopeOf(grid: Grid): TableScope {
  const tableId = grid.table.recognised?.id;
  return { templateId: grid.template.id, sheet: grid.table.sheet, ...(tableId ? { tableId } : {}) };
}

/** The cells a check compared, for the collector: all zero or not (no evidence either way). */
/**
 * The cells a check compared, for the collector, and the result an equality that held vouches for. A BC06 table's
 * are only marked checked: no reading of it is weighed, no culprit pinpointed, and its checks are many.
 */
export function compared(
  grid: Grid,
  entries: Entry[],
  result?: Entry,
): { cells: CellRef[]; trivial: boolean; tableId?: string; result?: CellRef } | undefined {
  for (const entry of entries) entry.checked = true;
  const tableId = grid.table.recognised?.id;
  if (!tableId) return undefined;
  const trivial = entries.every((e) => e.reading.state !== "value" || e.reading.value === 0);
  return { cells: entries.map((e) => e.ref), trivial, tableId, ...(result ? { result: result.ref } : {}) };
}

/** "Row – column", the way messages name a cell. */
export function entryLabel(entry: Entry, language: Language): string {
  return `${entry.row.label[language]} – ${entry.column.label[language]}`;
}

/** In an official's table, typed values are out of place only among at least twice as many formulas. */
const TYPED_AMONG_FORMULAS = 2;

/** A computed cell typed as a value, reported once the whole table is read. */
interface TypedOverFormula {
  entry: Entry;
  kind: CellKind;
  declaration: string;
}

/** Reads every cell of the table and reports single-cell problems. */
export function readTable(
  template: Template,
  table: LocatedTable,
  sheet: SheetSnapshot,
  out: Collector,
  language: Language,
): Grid {
  const grid: Grid = {
    template,
    table,
    sheet,
    entries: template.rows.map(() => []),
    notApplicable: new Set(),
  };
  const scope = scopeOf(grid);
  const naColumn = template.notApplicableColumn;
  if (naColumn !== undefined) {
    for (const row of template.rows) {
      const address = tableCell(table, row.id, naColumn);
      if (address !== undefined && isNotApplicableText(sheet.cells.get(address)?.value ?? null))
        grid.notApplicable.add(row.id);
    }
  }
  const detected = table.origin === "detected";
  const inPoints = table.recognised?.ratesInPoints ?? false;
  const summed = detected ? cellsReadByFormulas(template, table, sheet) : undefined;
  const typed: TypedOverFormula[] = [];
  const formulas = new Map<string, number>();
  for (const { row, column, r, c, kind, computed } of cellsOf(template).cells) {
    const address = tableCell(table, row.id, column.id);
    if (address === undefined) continue;
    const cell = sheet.cells.get(address);
    const { reading, finding } = readCell(cell, kind, inPoints);
    const entry = new Entry(table.sheet, address, reading, computed, Boolean(cell?.formula), row, column);
    grid.entries[r][c] = entry;
    out.cellsRead++;
    // In an official's own table, a status word (or words without a digit: "Đang cập nhật") is their convention,
    // and a number typed as text matters only where a formula adds it up (and leaves it out).
    const wordsOnly = finding?.check === "not-a-number" && !/\d/.test(String(cell?.value));
    const reportable =
      finding &&
      (!detected ||
        (finding.check !== "status-word" &&
          !wordsOnly &&
          (finding.check !== "text-number" || summed!.has(address))));
    if (reportable) {
      const ref = entry.ref;
      const rule = globalRule("cell", finding.check);
      const suggested =
        finding.suggested !== undefined ? { suggested: { cell: ref, value: finding.suggested } } : {};
      out.fail(
        rule,
        scope,
        finding.check,
        { cell: ref.address, ...finding.vars },
        { cells: [ref], culprit: ref, ...suggested },
      );
    }
    if (!computed) continue;
    const declaration = cellFormula(row, column) === column.formula ? `c:${column.id}` : `r:${row.id}`;
    if (reading.state !== "value") continue;
    if (cell?.formula) formulas.set(declaration, (formulas.get(declaration) ?? 0) + 1);
    else typed.push({ entry, kind, declaration });
  }
  reportTypedOverFormulas(grid, typed, formulas, out, language);
  reportFiguresInNotApplicableRows(grid, out, language);
  return grid;
}

/**
 * Values typed where the template computes: always worth a word in BC06's own tables; in an official's table only
 * where most cells of the same kind are formulas (a table typed by hand throughout is not at fault).
 */
function reportTypedOverFormulas(
  grid: Grid,
  typed: TypedOverFormula[],
  formulas: Map<string, number>,
  out: Collector,
  language: Language,
): void {
  const { template, table } = grid;
  const detected = table.origin === "detected";
  const typedCount = new Map<string, number>();
  for (const { declaration } of typed) typedCount.set(declaration, (typedCount.get(declaration) ?? 0) + 1);
  for (const { entry, kind, declaration } of typed) {
    if (detected && (formulas.get(declaration) ?? 0) < TYPED_AMONG_FORMULAS * typedCount.get(declaration)!)
      continue;
    const ref = entry.ref;
    const value = entry.reading.state === "value" ? entry.reading.value : 0;
    const vars = {
      cell: ref.address,
      scope: entry.row.label[language],
      value: kind === "percent" ? formatPercentPoints(value) : formatNumber(value),
      formula: detected ? "" : (excelFormula(template, table, entry.row, entry.column) ?? ""),
    };
    out.fail(
      globalRule("cell", "formula-overwritten"),
      { templateId: template.id, sheet: table.sheet },
      detected ? "formula-typed" : "formula-overwritten",
      vars,
      { cells: [ref], culprit: ref },
    );
  }
}

const REFERENCE =
  /(?<![A-Za-z0-9_!$.'])\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?(?![A-Za-z0-9_(!])/g;
const MAX_RANGE_CELLS = 100_000;

/** The cells of the sheet that the table's own formulas read (same-sheet references: C6, C6:C14). */
function cellsReadByFormulas(template: Template, table: LocatedTable, sheet: SheetSnapshot): Set<string> {
  const read = new Set<string>();
  for (const row of template.rows) {
    for (const column of template.columns) {
      const address = tableCell(table, row.id, column.id);
      const formula = address === undefined ? undefined : sheet.cells.get(address)?.formula;
      if (!formula) continue;
      for (const match of formula.matchAll(REFERENCE)) {
        const from = parseA1(`${match[1]}${match[2]}`)!;
        const to = match[3] ? parseA1(`${match[3]}${match[4]}`)! : from;
        const rows = Math.abs(to.row - from.row) + 1;
        const columns = Math.abs(to.column - from.column) + 1;
        if (rows * columns > MAX_RANGE_CELLS) continue;
        for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++)
          for (let c = Math.min(from.column, to.column); c <= Math.max(from.column, to.column); c++)
            read.add(a1(r, c));
      }
    }
  }
  return read;
}

function reportFiguresInNotApplicableRows(grid: Grid, out: Collector, language: Language): void {
  for (const rowId of grid.notApplicable) {
    const filled = grid.template.columns
      .map((c) => entryAt(grid, rowId, c.id))
      .filter((e): e is Entry => e !== undefined && e.reading.state === "value" && !e.computed);
    if (filled.length === 0) continue;
    const row = filled[0].row;
    const rule = globalRule("cell", "not-applicable-has-figures");
    const vars = { scope: row.label[language], cells: filled.map((e) => e.ref.address).join(", ") };
    out.fail(rule, scopeOf(grid), "not-applicable-has-figures", vars, { cells: filled.map((e) => e.ref) });
  }
}
