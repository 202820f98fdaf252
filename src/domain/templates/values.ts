import { readCell } from "../rules/read";
import { type LocatedTable, type SheetSnapshot, tableCell } from "../workbook";
import { cellApplies, cellKind } from "./layout";
import type { TableValues } from "./plan";
import type { Template } from "./schema";

/** A located table's figures as values (text cells as typed), e.g. to write the report's paragraphs from them. */
export function tableValues(template: Template, table: LocatedTable, sheet: SheetSnapshot): TableValues {
  const values: TableValues = {};
  for (const row of template.rows) {
    for (const column of template.columns) {
      const address = tableCell(table, row.id, column.id);
      if (address === undefined || !cellApplies(row, column)) continue;
      const cell = sheet.cells.get(address);
      const kind = cellKind(column, row);
      if (kind === "text" && typeof cell?.value === "string") (values[row.id] ??= {})[column.id] = cell.value;
      const { reading } = readCell(cell, kind);
      // Percentages are left to the template's formulas: the paragraphs recompute them from the counts.
      if (reading.state === "value" && kind !== "percent") (values[row.id] ??= {})[column.id] = reading.value;
    }
  }
  return values;
}
