// How much of each table the check examined: its figures, and those that took part in a check that ran. A table read
// in part is never reported as clean without saying so.
import type { Language } from "../i18n";
import { formatNumber } from "../numbers/format";
import { isFigureValue } from "../recognise/values";
import { tableRange } from "../templates/layout";
import { a1, type RecognisedTable, type SheetSnapshot, type WorkbookSnapshot } from "../workbook";
import type { Grid } from "./cells";
import type { Collector, TableCoverage } from "./result";

/** Every cell a check compared, by `cellKey`. */
export function checkedCells(out: Collector): Set<string> {
  const checked = new Set<string>();
  for (const comparison of out.comparisons) for (const cell of comparison.cells) checked.add(cell);
  return checked;
}

export function coverageOf(
  snapshot: WorkbookSnapshot,
  grids: Grid[],
  checked: Set<string>,
  rejected: Set<string>,
): TableCoverage[] {
  const sheets = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  const own = grids.filter((grid) => grid.table.origin === "bc06").map((grid) => ownCoverage(grid, checked));
  const recognised = (snapshot.recognition?.tables ?? [])
    .filter((table) => sheets.has(table.sheet))
    .map((table) => recognisedCoverage(table, sheets.get(table.sheet)!, checked, rejected.has(table.id)));
  return [...own, ...recognised];
}

/** Cells by the column they stand in, counted. */
function count(cells: { column: number; seen: boolean }[]) {
  const columns = new Map<number, boolean>();
  let done = 0;
  for (const { column, seen } of cells) {
    if (seen) done++;
    columns.set(column, (columns.get(column) ?? false) || seen);
  }
  const lines = { figures: columns.size, checked: [...columns.values()].filter(Boolean).length };
  return { figures: cells.length, checked: done, lines };
}

/** A BC06 table: its figures are the template's cells that hold one, checked when a rule read them. */
function ownCoverage({ table, entries }: Grid, checked: Set<string>): TableCoverage {
  const cells: { column: number; seen: boolean }[] = [];
  for (const row of entries)
    for (const entry of row) {
      if (entry?.reading.state !== "value") continue;
      const seen = entry.checked || checked.has(`${entry.sheet}!${entry.address}`);
      cells.push({ column: table.columns[entry.column.id], seen });
    }
  return {
    sheet: table.sheet,
    range: tableRange(table),
    templateId: table.templateId,
    origin: "bc06",
    ...count(cells),
  };
}

function recognisedCoverage(
  table: RecognisedTable,
  sheet: SheetSnapshot,
  checked: Set<string>,
  rejected: boolean,
): TableCoverage {
  const columns = table.across.filter(
    (line) => line.figures && line.role !== "label" && line.role !== "number",
  );
  const rows = table.down.filter((line) => line.figures);
  const cells: { column: number; seen: boolean }[] = [];
  for (const row of rows)
    for (const column of columns) {
      const address = a1(row.index, column.index);
      if (isFigureValue(sheet.cells.get(address)?.value))
        cells.push({ column: column.index, seen: checked.has(`${table.sheet}!${address}`) });
    }
  return {
    sheet: table.sheet,
    range: table.range,
    ...(table.templateId && !rejected ? { templateId: table.templateId } : {}),
    origin: "detected",
    ...count(cells),
  };
}

/** How much of a file (or of any tables) was checked: figures, and columns with figures. */
export interface CoverageTotal {
  figures: number;
  checked: number;
  lines: { figures: number; checked: number };
}

export function coverageTotal(
  coverage: Pick<TableCoverage, "figures" | "checked" | "lines">[],
): CoverageTotal {
  const add = (pick: (c: CoverageTotal) => number) => coverage.reduce((n, c) => n + pick(c), 0);
  return {
    figures: add((c) => c.figures),
    checked: add((c) => c.checked),
    lines: { figures: add((c) => c.lines.figures), checked: add((c) => c.lines.checked) },
  };
}

export const isPartial = (total: CoverageTotal) => total.checked < total.figures;

/**
 * "3/9 cột, 41 % số liệu": what share of the figures took part in a check. A share short of all of them never reads
 * 100 %.
 */
export function describeCoverage(total: CoverageTotal, language: Language): string {
  const share = total.figures === 0 ? 0 : Math.floor((100 * total.checked) / total.figures);
  const lines = `${formatNumber(total.lines.checked)}/${formatNumber(total.lines.figures)}`;
  return language === "vi"
    ? `${lines} cột, ${formatNumber(share)} % số liệu`
    : `${lines} columns, ${share}% of the figures`;
}
