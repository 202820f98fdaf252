// BC06's own tables found by their row-id column (the .xlsx files, and sheets re-read after an edit in Excel), and a
// workbook's raw sheets made into the snapshot the engine checks.
import { correctionsOf, type MetadataRecord } from "../metadata";
import { locateTable, ROW_ID_HEADING, type TableArea, TEMPLATES } from "../templates";
import { a1, type LocatedTable, parseA1, type SheetSnapshot, type WorkbookSnapshot } from "../workbook";
import { recogniseWorkbook } from "./index";

/** Rows without an id (inserted by the user) a BC06 table may hold between two of its rows. */
const MAX_INSERTED_ROWS = 20;

/**
 * BC06 tables, by their row-id heading. Several templates share row ids (the 25 services head both the DVC and the
 * staff tables), so the template is the one whose row ids and column headings the table matches best.
 */
function locateTables(sheet: SheetSnapshot): LocatedTable[] {
  const tables: LocatedTable[] = [];
  for (const [address, cell] of sheet.cells) {
    if (cell.value !== ROW_ID_HEADING) continue;
    const { row: headingRow, column: idColumn } = parseA1(address)!;
    const ids: string[] = [];
    let lastRow = headingRow;
    // Rows the user inserted inside the table have no id: the table goes on past a few of them.
    for (let row = headingRow + 1; row - lastRow <= MAX_INSERTED_ROWS; row++) {
      const id = sheet.cells.get(a1(row, idColumn))?.value;
      if (id === undefined || id === null || id === "") continue;
      if (typeof id !== "string" || id === ROW_ID_HEADING) break; // the next table's heading ends this one
      ids.push(id);
      lastRow = row;
    }
    const area = { headingRow, firstColumn: 1, lastColumn: idColumn, lastRow };
    const best = bestMatch(ids, sheet, area);
    if (best) tables.push(best);
  }
  return tables;
}

function bestMatch(ids: string[], sheet: SheetSnapshot, area: TableArea): LocatedTable | undefined {
  let best: { table: LocatedTable; score: number } | undefined;
  for (const template of TEMPLATES) {
    const known = new Set(template.rows.map((r) => r.id));
    const shared = new Set(ids.filter((id) => known.has(id))).size;
    if (shared === 0) continue;
    const table = locateTable(template, sheet, area);
    if (!table) continue;
    const rowFit = shared / new Set([...ids, ...known]).size;
    const columnFit = Object.keys(table.columns).length / template.columns.length;
    if (!best || rowFit + columnFit > best.score) best = { table, score: rowFit + columnFit };
  }
  return best?.table;
}

/** BC06's tables located and the officials' own tables recognised, with the user's corrections. */
export function recognised(sheets: SheetSnapshot[], records: MetadataRecord[]): WorkbookSnapshot {
  return recogniseWorkbook({ sheets, tables: sheets.flatMap(locateTables) }, correctionsOf(records));
}

/**
 * The workbook after the user edited some sheets (live checking): those sheets as they are now, the others as they
 * were read; BC06's tables found again by their row-id column (rows inserted or deleted move them), every table
 * recognised again.
 */
export function withEditedSheets(
  previous: WorkbookSnapshot,
  edited: SheetSnapshot[],
  records: MetadataRecord[],
): WorkbookSnapshot {
  const now = new Map(edited.map((sheet) => [sheet.name, sheet]));
  const sheets = previous.sheets.map((sheet) => {
    const fresh = now.get(sheet.name);
    // Merged areas are not read again: an edit of figures does not merge cells.
    return fresh ? { ...fresh, merges: fresh.merges ?? sheet.merges } : sheet;
  });
  return recognised(sheets, records);
}
