// Reading the overview's figures from a located table: counts only, rows marked "Không thuộc thẩm quyền" left out.
import type { Language } from "../i18n";
import type { CellRef } from "../rules";
import { readCell } from "../rules/read";
import { isNotApplicableText, type Template, templateById } from "../templates";
import { type LocatedTable, type SheetSnapshot, tableCell, type WorkbookSnapshot } from "../workbook";
import type { Figure } from "./spec";

export interface Located {
  template: Template;
  table: LocatedTable;
  sheet: SheetSnapshot;
  notApplicable: Set<string>;
}

export interface Read {
  value: number;
  cells: CellRef[];
}

/** A table with its template and sheet, and the rows it marks "Không thuộc thẩm quyền"; none if either is gone. */
export function locate(snapshot: WorkbookSnapshot, table: LocatedTable): Located | undefined {
  const template = templateById(table.templateId);
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  if (!template || !sheet) return undefined;
  const notApplicable = new Set<string>();
  const column = template.notApplicableColumn;
  for (const row of template.rows) {
    const address = column && tableCell(table, row.id, column);
    if (address && isNotApplicableText(sheet.cells.get(address)?.value ?? null)) notApplicable.add(row.id);
  }
  return { template, table, sheet, notApplicable };
}

/** A count in a table's cell; nothing for a blank, a status word or an unusable value. */
export function cellValue(t: Located, rowId: string, columnId: string): Read | undefined {
  const address = tableCell(t.table, rowId, columnId);
  if (address === undefined || t.notApplicable.has(rowId)) return undefined;
  const { reading } = readCell(t.sheet.cells.get(address), "count");
  return reading.state === "value"
    ? { value: reading.value, cells: [{ sheet: t.table.sheet, address }] }
    : undefined;
}

export function dataRows(t: Located): string[] {
  return t.template.rows.filter((row) => !row.total).map((row) => row.id);
}

/** A figure; row "*" is the total row's when it holds one, else the sum of the data rows that do. */
export function figure(t: Located, { row, column }: Figure): Read | undefined {
  if (row !== "*") return cellValue(t, row, column);
  const total = t.template.rows.find((r) => r.total);
  const stated = total && cellValue(t, total.id, column);
  if (stated) return stated;
  const parts = dataRows(t).flatMap((id) => cellValue(t, id, column) ?? []);
  if (!parts.length) return undefined;
  return { value: parts.reduce((sum, p) => sum + p.value, 0), cells: parts.flatMap((p) => p.cells) };
}

export function rowLabel(t: Located, rowId: string, language: Language): string {
  const label = t.template.rows.find((row) => row.id === rowId)!.label[language];
  return label.replace(/^[–+-]\s*/, "");
}

/** The unit a workbook reports for, as its tables name it (not the units a table of units lists). */
export function reportingUnit(snapshot: WorkbookSnapshot): string | undefined {
  return snapshot.tables.find((t) => t.group?.role !== "unit" && t.header.unit)?.header.unit;
}
