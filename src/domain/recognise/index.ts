// Recognising the tables officials laid out themselves, in every sheet, beside BC06's own tables: each adapter
// (Excel, .xlsx) reads a workbook's cells and merged areas, then calls recogniseWorkbook.
import {
  a1,
  type CellSnapshot,
  type LocatedTable,
  type MappedLine,
  type RecognisedTable,
  type RecognitionReport,
  type TableArithmetic,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../workbook";
import { correctionFor, type TableCorrection } from "../metadata";
import { readContext } from "./context";
import { type Candidate, TableFinder } from "./find";
import { type Area, inArea, parseArea, position, SheetGrid } from "./grid";
import { readArithmetic } from "./arithmetic";
import { isStructureWording } from "./arithmetic/wording";
import { mapCandidate } from "./map";
import { acrossLines, downLines, type Line } from "./table-lines";
import { isFigureValue } from "./values";
import { isHeadingWord } from "./vocabulary";
import { wordKey } from "./words";

export { wordKey } from "./words";

/**
 * The snapshot with the tables recognised beside BC06's own, and what recognition found: each table with its
 * mapping, the areas that look like tables but could not be mapped, and the tables the user set aside.
 */
export function recogniseWorkbook(
  snapshot: WorkbookSnapshot,
  corrections: TableCorrection[] = [],
): WorkbookSnapshot {
  if (snapshot.recognition) return snapshot;
  const report: RecognitionReport = { tables: [], unrecognised: [], ignored: [] };
  const located: LocatedTable[] = [];
  for (const sheet of snapshot.sheets) {
    const own = snapshot.tables.filter((table) => table.sheet === sheet.name).map(areaOf);
    const grid = gridOf(sheet, own);
    if (!grid) continue;
    const forced = corrections
      .filter((c) => c.sheet === sheet.name && c.templateId && !c.ignore)
      .map((c) => position(c.anchor)[0]);
    const finder = new TableFinder(grid, isTableHeading, new Set(forced));
    let above = 1;
    for (const candidate of finder.find()) {
      const context = readContext(grid, candidate.headerTop, above);
      above = candidate.bodyBottom + 1;
      const { range, signature } = candidate;
      const correction = correctionFor(corrections, {
        sheet: sheet.name,
        anchor: a1(candidate.headerTop, candidate.left),
        signature,
      });
      if (correction?.ignore) {
        report.ignored.push({ sheet: sheet.name, range, signature });
        continue;
      }
      const across = acrossLines(grid, candidate);
      const down = downLines(grid, candidate, across);
      const arithmetic = readArithmetic(grid, candidate, across, down);
      const mapping = mapCandidate(grid, candidate, { across, down }, context, correction);
      if (mapping) {
        report.tables.push({ ...mapping.table, arithmetic: withoutSetAside(arithmetic, mapping.table) });
        located.push(...mapping.located);
      } else if (arithmetic.expectations.length > 0) {
        report.tables.push(ownTable(grid, candidate, across, down, arithmetic));
      } else {
        const headings = candidate.headings.flatMap((h) => h.segments.slice(-1));
        report.unrecognised.push({ sheet: sheet.name, range, headings });
      }
    }
    report.unrecognised.push(...lookalikes(grid, [...own, ...finder.areas]));
  }
  return { ...snapshot, tables: [...snapshot.tables, ...located], recognition: report };
}

/** A heading of any report table: a template's wording, or the words every report table uses ("Tổng số", "Tỷ lệ"). */
const isTableHeading = (text: string) => isHeadingWord(text) || isStructureWording(wordKey(text));

/** The table's arithmetic without the lines the user marked "not checked": no relation reads them. */
function withoutSetAside(arithmetic: TableArithmetic, table: RecognisedTable): TableArithmetic {
  const aside = (lines: MappedLine[]) =>
    new Set(lines.filter((line) => line.role === "ignored" && line.corrected).map((line) => line.index));
  const across = aside(table.across);
  const down = aside(table.down);
  if (across.size + down.size === 0) return arithmetic;
  const asideOn = (axis: "across" | "down") => (axis === "across" ? across : down);
  const uses = (e: TableArithmetic["expectations"][number]) => {
    const lines = [e.target, ...e.tiers.flatMap((t) => t.readings.flatMap((r) => r.operands))];
    return lines.some((line) => asideOn(e.axis).has(line));
  };
  return {
    across: arithmetic.across.filter((line) => !across.has(line.index)),
    down: arithmetic.down.filter((line) => !down.has(line.index)),
    expectations: arithmetic.expectations
      .filter((e) => !uses(e))
      .map((e) =>
        e.search
          ? {
              ...e,
              search: {
                ...e.search,
                among: e.search.among.filter((l) => !asideOn(e.axis).has(l)),
              },
            }
          : e,
      ),
  };
}

/** A table no template matches, checked by its own arithmetic alone. */
function ownTable(
  grid: SheetGrid,
  candidate: Candidate,
  across: Line[],
  down: Line[],
  arithmetic: TableArithmetic,
): RecognisedTable {
  const line = (l: Line): MappedLine => ({
    index: l.index,
    text: l.text,
    key: l.key,
    role:
      l.structural === "measure"
        ? "ignored"
        : (l.structural ?? (l.total ? "total" : l.figures > 0 ? "figures" : "ignored")),
    figures: l.figures > 0,
  });
  return {
    id: `${grid.sheet.name}!${candidate.range}`,
    sheet: grid.sheet.name,
    range: candidate.range,
    orientation: "rows-down",
    across: across.map(line),
    down: down.map(line),
    confidence: 0,
    signature: candidate.signature,
    arithmetic,
  };
}

/** Where a BC06 table and its header block are: recognition leaves them to the BC06 reader. */
function areaOf(table: LocatedTable): Area {
  const rows = Object.values(table.rows);
  const headerRows = Object.values(table.headerCells ?? {}).map((address) => position(address!)[0]);
  return {
    top: Math.min(...rows, ...headerRows) - 1,
    bottom: Math.max(...rows),
    left: 1,
    right: Math.max(...Object.values(table.columns)) + 1,
  };
}

/**
 * The sheet's cells outside BC06's tables, or nothing when there is no table-like area at all (no row of two
 * texts, or fewer than two figures): most sheets are decided without building anything.
 */
function gridOf(sheet: SheetSnapshot, excluded: Area[]): SheetGrid | undefined {
  const cells: [number, number, CellSnapshot][] = [];
  const texts = new Map<number, number>();
  const figures = new Map<number, number>();
  for (const [address, cell] of sheet.cells) {
    const [row, column] = position(address);
    if (excluded.some((area) => inArea(area, row, column))) continue;
    cells.push([row, column, cell]);
    const value = cell.value;
    if (isFigureValue(value)) figures.set(row, (figures.get(row) ?? 0) + 1);
    else if (typeof value === "string" && value.trim()) texts.set(row, (texts.get(row) ?? 0) + 1);
  }
  let figureCount = 0;
  for (const n of figures.values()) figureCount += n;
  if (figureCount < 2 || ![...texts.values()].some((n) => n >= 2)) return undefined;
  const merges = (sheet.merges ?? [])
    .map(parseArea)
    .filter(
      (area): area is Area => area !== undefined && !excluded.some((e) => inArea(e, area.top, area.left)),
    );
  return new SheetGrid(sheet, cells, merges);
}

/**
 * Areas outside any table found that still look like one: a row of headings over at least two rows of at least two
 * figures each. They are reported, never passed over in silence.
 */
function lookalikes(grid: SheetGrid, taken: Area[]): RecognitionReport["unrecognised"] {
  const found: RecognitionReport["unrecognised"] = [];
  const free = (row: number, column: number) => !taken.some((area) => inArea(area, row, column));
  const rows = grid.rowNumbers();
  for (let i = 0; i < rows.length; i++) {
    const heading = rows[i];
    const columns = [...(grid.rows.get(heading)?.keys() ?? [])].filter(
      (column) => free(heading, column) && grid.text(heading, column) !== undefined,
    );
    if (columns.length < 2 || columns.some((column) => grid.isFigure(heading, column))) continue;
    let last = heading;
    for (let row = heading + 1; row <= last + 2; row++) {
      const under = columns.filter((column) => free(row, column) && grid.isFigure(row, column)).length;
      if (under >= 2) last = row;
    }
    if (last - heading < 2) continue;
    const [left, right] = [Math.min(...columns), Math.max(...columns)];
    found.push({
      sheet: grid.sheet.name,
      range: `${a1(heading, left)}:${a1(last, right)}`,
      headings: columns.map((column) => grid.text(heading, column)!),
    });
    taken.push({ top: heading, bottom: last, left, right });
    while (i + 1 < rows.length && rows[i + 1] <= last) i++;
  }
  return found;
}
