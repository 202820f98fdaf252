// What the lines above an official's table say about it: the reporting unit ("UBND XÃ LONG HIỆP"), the period
// ("Từ ngày 15/12/2024 đến ngày 14/01/2025", "6 tháng đầu năm 2022") and the cut-off ("tính đến ngày 30/6/2025").
import { dateFromText, HEADER_FIELDS, readHeader } from "../templates/layout";
import { normaliseText } from "../text";
import { a1, type LocatedTable, type TableHeader, type UnitLevel } from "../workbook";
import type { SheetGrid } from "./grid";
import { unitOf } from "./lines";
import { wordKey } from "./words";

export interface TableContext {
  header: TableHeader;
  headerCells: NonNullable<LocatedTable["headerCells"]>;
  /** The lines above the table as keys, for cues such as "lũy kế". */
  cues: string;
}

/** How many rows above a table its title and header lines may be. */
const CONTEXT_ROWS = 12;
const LEVEL_RANK: Record<UnitLevel, number> = { xa: 1, huyen: 2, tinh: 3 };

/** The header of a table from the rows above it (from `firstRow`, below any table before it) and the sheet name. */
export function readContext(grid: SheetGrid, top: number, firstRow: number): TableContext {
  const lines: Line[] = [];
  for (let row = Math.max(firstRow, top - CONTEXT_ROWS); row < top; row++) {
    for (const column of [...(grid.rows.get(row)?.keys() ?? [])].sort((a, b) => a - b)) {
      const text = grid.text(row, column);
      if (text) lines.push({ text: normaliseText(text), row, column });
    }
  }
  const headerCells = labelledCells(lines);
  const header: TableHeader = readHeader(grid.sheet, headerCells);
  const unit = header.unit ? undefined : unitLine(lines);
  if (unit) {
    Object.assign(header, { unit: unit.name, level: unit.level });
    headerCells.unit = a1(unit.row, unit.column);
  } else if (!header.unit) {
    const fromSheet = unitOf(grid.sheet.name);
    if (fromSheet) Object.assign(header, { unit: fromSheet.name, level: fromSheet.level });
  }
  if (header.unit && !header.level) {
    const level = unitOf(header.unit)?.level;
    if (level) header.level = level;
  }
  const text = lines.map((line) => line.text).join(" \n ");
  return {
    header: { ...periodOf(text), ...header },
    headerCells,
    cues: lines.map((line) => wordKey(line.text)).join(" | "),
  };
}

interface Line {
  text: string;
  row: number;
  column: number;
}

/** BC06's own header labels ("Đơn vị báo cáo", "Kỳ báo cáo từ ngày", …), each with the next cell to its right. */
function labelledCells(lines: Line[]): TableContext["headerCells"] {
  const labels = new Map(
    HEADER_FIELDS.flatMap((field) => [
      [wordKey(field.label.vi), field.key] as const,
      [wordKey(field.label.en), field.key] as const,
    ]),
  );
  const cells: TableContext["headerCells"] = {};
  lines.forEach((line, i) => {
    const field = labels.get(wordKey(line.text));
    const value = lines[i + 1];
    if (field && !cells[field] && value?.row === line.row) cells[field] = a1(value.row, value.column);
  });
  return cells;
}

const UNIT_IN_TITLE =
  /(?:của|tại|trên địa bàn|đơn vị:?|đơn vị báo cáo:?)\s+((?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+[^,;:()\n]+)/i;

/**
 * The reporting unit among the lines above a table: "UBND HUYỆN X" over "UBND XÃ Y" is xã Y's report, so the
 * lowest level wins; "Đơn vị: …" or "… của xã Y" in a title count too.
 */
function unitLine(lines: Line[]): (Line & { name: string; level: UnitLevel }) | undefined {
  let best: (Line & { name: string; level: UnitLevel }) | undefined;
  for (const line of lines) {
    if (/^đơn vị tính/i.test(line.text)) continue;
    const inTitle = UNIT_IN_TITLE.exec(line.text)?.[1];
    const unit =
      unitOf(line.text.replace(/^đơn vị( báo cáo)?\s*:\s*/i, "")) ?? (inTitle ? unitOf(inTitle) : undefined);
    if (unit && (!best || LEVEL_RANK[unit.level] <= LEVEL_RANK[best.level])) best = { ...line, ...unit };
  }
  return best;
}

const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;

function iso(day: string, month: string, year: string): string | undefined {
  return dateFromText(`${day}/${month}/${year}`);
}

function lastDay(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The period and cut-off a title states, in the forms reports use; nothing when none is stated plainly. */
export function periodOf(text: string): Pick<TableHeader, "from" | "to" | "cutoff"> {
  const lower = normaliseText(text)
    .toLowerCase()
    .replace(/ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/g, "ngày $1/$2/$3");
  const found: Pick<TableHeader, "from" | "to" | "cutoff"> = {};
  const range = new RegExp(
    String.raw`từ\s*(?:ngày\s*)?${DATE}\s*(?:đến|-|–)\s*(?:hết\s*)?(?:ngày\s*)?${DATE}`,
  ).exec(lower);
  const rest = range ? lower.replace(range[0], " ") : lower;
  if (range) {
    const from = iso(range[1], range[2], range[3]);
    const to = iso(range[4], range[5], range[6]);
    if (from && to && from <= to) Object.assign(found, { from, to });
  } else {
    Object.assign(found, namedPeriod(rest));
  }
  const cutoff = new RegExp(
    String.raw`(?:tính đến|lũy kế đến|luỹ kế đến|chốt đến|số liệu đến)\s*(?:hết\s*)?(?:ngày\s*)?${DATE}`,
  ).exec(rest);
  if (cutoff) {
    const date = iso(cutoff[1], cutoff[2], cutoff[3]);
    if (date) found.cutoff = date;
  }
  return found;
}

/** "tháng 6/2025", "quý II năm 2025", "6 tháng đầu năm 2022", "9 tháng năm 2025". */
function namedPeriod(lower: string): Pick<TableHeader, "from" | "to"> {
  const months = /(\d{1,2})\s*tháng\s*(?:đầu\s*)?năm\s*(\d{4})/.exec(lower);
  if (months && Number(months[1]) >= 1 && Number(months[1]) <= 12) {
    const year = Number(months[2]);
    return { from: `${year}-01-01`, to: lastDay(year, Number(months[1])) };
  }
  const month = /(?:^|[^\d\s]\s*|\s)tháng\s*(\d{1,2})\s*(?:năm|\/|-)\s*(\d{4})/.exec(lower);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    const [m, y] = [Number(month[1]), Number(month[2])];
    return { from: `${y}-${String(m).padStart(2, "0")}-01`, to: lastDay(y, m) };
  }
  const quarter = /quý\s*(iv|i{1,3}|[1-4])\s*(?:năm|\/|-)\s*(\d{4})/.exec(lower);
  if (quarter) {
    const q = ROMAN[quarter[1]] ?? Number(quarter[1]);
    const y = Number(quarter[2]);
    return { from: `${y}-${String(3 * q - 2).padStart(2, "0")}-01`, to: lastDay(y, 3 * q) };
  }
  return {};
}
