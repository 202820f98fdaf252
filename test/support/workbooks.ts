// Workbook snapshots built from templates, for tests and benches.
import { planTable, planToSheet, templateById, type TableValues } from "../../src/domain/templates";
import {
  a1,
  type CellSnapshot,
  type LocatedTable,
  type SheetSnapshot,
  type TableHeader,
  type WorkbookSnapshot,
} from "../../src/domain/workbook";

export interface BuiltTable {
  sheet: SheetSnapshot;
  table: LocatedTable;
  /** The A1 address of a template cell. */
  at: (rowId: string, columnId: string) => string;
}

/**
 * A sheet holding one template filled with `inputs` (computed cells as Excel would compute them), then
 * `overrides` applied cell by cell (null deletes a cell) to plant mistakes.
 */
export function buildTable(
  templateId: string,
  sheetName: string,
  header: TableHeader,
  inputs: TableValues = {},
  overrides: Record<string, CellSnapshot | null> = {},
  origin: LocatedTable["origin"] = "bc06",
): BuiltTable {
  const template = templateById(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  const plan = planTable(template, sheetName, header, inputs);
  const sheet = planToSheet(plan);
  for (const [address, cell] of Object.entries(overrides)) {
    if (cell === null) sheet.cells.delete(address);
    else sheet.cells.set(address, cell);
  }
  const table = { ...plan.location, origin };
  const at = (rowId: string, columnId: string) => {
    const row = table.rows[rowId];
    const column = table.columns[columnId];
    if (row === undefined || column === undefined) throw new Error(`no cell ${rowId}/${columnId}`);
    return a1(row, column);
  };
  return { sheet, table, at };
}

export function workbookOf(...tables: BuiltTable[]): WorkbookSnapshot {
  return { sheets: tables.map((t) => t.sheet), tables: tables.map((t) => t.table) };
}

/** A typed value over a cell, with a number format when given. */
export function typed(value: CellSnapshot["value"], numberFormat?: string): CellSnapshot {
  return numberFormat ? { value, numberFormat } : { value };
}
