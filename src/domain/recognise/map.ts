// Mapping a table found in a sheet onto a template: which template, how it lies (template rows down or across,
// one row or column per unit), what each of its lines is, and the located tables the engine checks.
import { cellApplies, cellKind } from "../templates/layout";
import type { Template } from "../templates/schema";
import { TEMPLATES } from "../templates/registry";
import {
  a1,
  LEVEL_ABOVE,
  type LocatedTable,
  type MappedLine,
  type RecognisedTable,
  type UnitLevel,
} from "../workbook";
import type { TableContext } from "./context";
import type { TableCorrection } from "../metadata";
import type { Candidate } from "./find";
import type { SheetGrid } from "./grid";
import type { Line } from "./table-lines";
import { fieldNamed, itemsNamed, type TemplateWords, templateWords } from "./vocabulary";

/** What a line names in one template. */
interface Reading {
  field?: string;
  item?: string;
  corrected?: boolean;
  /** The user said "not checked". */
  skipped?: boolean;
}

type Role = "item" | "field" | "unit";
/** The ways a table can lie, preferred in this order when two read as much. */
const PAIRS: [Role, Role][] = [
  ["item", "field"],
  ["field", "item"],
  ["unit", "field"],
  ["unit", "item"],
  ["item", "unit"],
  ["field", "unit"],
];
const ORIENTATION: Record<string, RecognisedTable["orientation"]> = {
  "item,field": "rows-down",
  "field,item": "rows-across",
  "unit,field": "units-down",
  "unit,item": "units-down",
  "item,unit": "units-across",
  "field,unit": "units-across",
};
/** The slice of a table of units that holds its total line, and the slice of a table without units. */
const SUMMARY = "\u0000summary";
const SELF = "\u0000self";
interface Choice {
  template: Template;
  pair: [Role, Role];
  across: Reading[];
  down: Reading[];
  /** The template row a unit's figures stand in when no line names rows (a table of units' totals). */
  defaultItem?: string;
  /** The template column figures stand in when no line names columns. */
  defaultField?: string;
  score: number;
  mappedAcross: number;
  mappedDown: number;
  /** Lines with figures along the template's rows (not totals or groups), and those read as one of its rows. */
  items: number;
  itemsNamed: number;
}

export interface Mapping {
  table: RecognisedTable;
  located: LocatedTable[];
}

/** Maps a found table, or says it cannot (undefined): too little of it matches any template. */
export function mapCandidate(
  grid: SheetGrid,
  candidate: Candidate,
  lines: { across: Line[]; down: Line[] },
  context: TableContext,
  correction: TableCorrection | undefined,
): Mapping | undefined {
  const { across, down } = lines;
  const forced = correction?.templateId;
  let best: Choice | undefined;
  for (const template of TEMPLATES) {
    if (forced && template.id !== forced) continue;
    const choice = choose(grid, template, across, down, context, correction);
    if (choice && (!best || better(choice, best))) best = choice;
  }
  if (!best || !(forced ? best.score >= 1 : isEnough(best))) return undefined;
  return build(grid, candidate, best, across, down, context, correction);
}

/**
 * The better of two readings: more figures placed; then the preferred way of lying; then the template whose rows the
 * table names more fully (the two joint procedures alone are the liên thông table); else the earlier template.
 */
function better(a: Choice, b: Choice): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const preference = (c: Choice) => PAIRS.indexOf(c.pair);
  if (preference(a) !== preference(b)) return preference(a) < preference(b);
  const coverage = (c: Choice) => {
    const itemsAcross = c.pair[1] === "item";
    return (itemsAcross ? c.mappedAcross : c.pair[0] === "item" ? c.mappedDown : 0) / c.template.rows.length;
  };
  return coverage(a) > coverage(b);
}

/**
 * Enough to call it that template: two figures placed, three lines named across both directions, and at least half
 * of the lines that should be its rows ("Cư trú", "Hộ tịch", "Đất đai" are fields of a one-stop form, though one
 * of them names a service).
 */
function isEnough(choice: Choice): boolean {
  return (
    choice.score >= 2 &&
    choice.mappedAcross >= 1 &&
    choice.mappedDown >= 1 &&
    choice.mappedAcross + choice.mappedDown >= 3 &&
    2 * choice.itemsNamed >= choice.items
  );
}

/** The best way to read the table as this template. */
function choose(
  grid: SheetGrid,
  template: Template,
  acrossLines: Line[],
  downLines: Line[],
  context: TableContext,
  correction: TableCorrection | undefined,
): Choice | undefined {
  const words = templateWords(template);
  const across = readAcross(words, acrossLines, correction);
  const down = readDown(words, downLines, correction);
  const units = (lines: Line[]) => lines.filter((line) => line.unit).length >= 2;
  const totalRow = template.rows.find((row) => row.total)?.id;
  const cued = cuedField(template, context.cues);
  let best: Choice | undefined;
  for (const pair of PAIRS) {
    if ((pair[0] === "unit" && !units(downLines)) || (pair[1] === "unit" && !units(acrossLines))) continue;
    const defaultItem = pair.includes("item") ? undefined : totalRow;
    if (!pair.includes("item") && !defaultItem) continue;
    for (const defaultField of pair.includes("field") ? [undefined] : valueColumns(template)) {
      const choice: Choice = {
        template,
        pair,
        across,
        down,
        defaultItem,
        defaultField,
        score: 0,
        mappedAcross: 0,
        mappedDown: 0,
        items: 0,
        itemsNamed: 0,
      };
      scoreChoice(grid, choice, acrossLines, downLines);
      if (choice.score === 0) continue;
      if (!best || choice.score > best.score || (choice.score === best.score && defaultField === cued))
        best = choice;
    }
  }
  return best;
}

/** Columns a unit's single figures may stand in: figures the template does not compute. */
function valueColumns(template: Template): string[] {
  return template.columns
    .filter(
      (column) =>
        !column.formula &&
        column.kind !== "text" &&
        template.rows.some((row) => cellApplies(row, column) && cellKind(column, row) !== "text"),
    )
    .map((column) => column.id);
}

/** The value column a title points to: "lũy kế", "tính đến" → the cumulative one, else the in-period one. */
function cuedField(template: Template, cues: string): string | undefined {
  const stock = template.columns.find((c) => c.flow === "stock")?.id;
  const flow = template.columns.find((c) => c.flow === "flow")?.id;
  if (!stock || !flow) return undefined;
  return /(luy ke|tinh den|den nay|cong don)/.test(cues) ? stock : flow;
}

function readAcross(words: TemplateWords, lines: Line[], correction: TableCorrection | undefined): Reading[] {
  // What each column names by its own (leaf) heading.
  const own = lines.map((line) => {
    const leaf = line.path.keys.length - 1;
    if (line.structural || leaf < 0) return undefined;
    return fieldNamed(words, {
      texts: [line.path.texts[leaf]],
      keys: [line.path.keys[leaf]],
      siblingIds: [],
    });
  });
  const readings = lines.map((line, i): Reading => {
    const corrected = correctionOf(words, line.key, correction);
    if (corrected) return corrected;
    if (line.structural === "number" || line.path.keys.length === 0) return {};
    // A parent heading names a column only if none of the columns under it names that itself.
    const siblingIds = line.sources
      .slice(0, -1)
      .map((source) =>
        lines.flatMap((other, j) => (j !== i && other.sources.includes(source) && own[j] ? [own[j]!] : [])),
      );
    const path = { ...line.path, siblingIds };
    const items = itemsNamed(words, path);
    return { field: fieldNamed(words, path), item: items.length === 1 ? items[0] : undefined };
  });
  // Two columns read as the same one (two "Tổng số" under different parents, two "Đã kích hoạt"): neither is
  // trusted.
  const reading = (r: Reading, i: number) => `${r.field}|${r.item}|${lines[i].unit?.name}`;
  const named = (r: Reading) => r.field !== undefined || r.item !== undefined;
  const seen = new Map<string, number>();
  readings.forEach((r, i) => named(r) && seen.set(reading(r, i), (seen.get(reading(r, i)) ?? 0) + 1));
  return readings.map((r, i) =>
    named(r) && !r.corrected && seen.get(reading(r, i))! > 1
      ? { ...r, field: undefined, item: undefined }
      : r,
  );
}

/** The rows, with shared wordings ("– Đã xử lý") resolved by the row they come under; each row named once. */
function readDown(words: TemplateWords, lines: Line[], correction: TableCorrection | undefined): Reading[] {
  const named: string[] = [];
  return lines.map((line) => {
    const corrected = correctionOf(words, line.key, correction);
    if (corrected) return corrected;
    if (!line.key || line.group) return {};
    let items = itemsNamed(words, line.path);
    if (items.length > 1) {
      const parent = [...named].reverse().find((id) => items.some((item) => words.parents.get(item) === id));
      items = items.filter((item) => parent !== undefined && words.parents.get(item) === parent);
    }
    const item = items.length === 1 && !named.includes(items[0]) ? items[0] : undefined;
    if (item) named.push(item);
    return { field: fieldNamed(words, line.path), item };
  });
}

function correctionOf(
  words: TemplateWords,
  key: string,
  correction: TableCorrection | undefined,
): Reading | undefined {
  const id = correction?.lines?.[key];
  if (id === undefined) return undefined;
  const { columns, rows } = words.template;
  return {
    field: columns.some((c) => c.id === id) ? id : undefined,
    item: rows.some((r) => r.id === id) ? id : undefined,
    corrected: true,
    skipped: id === "",
  };
}

/** Counts the figures a choice places in template cells, and the lines it names. */
function scoreChoice(grid: SheetGrid, choice: Choice, acrossLines: Line[], downLines: Line[]): void {
  const placer = placerOf(choice, acrossLines, downLines);
  const usedAcross = new Set<number>();
  const usedDown = new Set<number>();
  for (const r of placer.downs)
    for (const c of placer.acrosses) {
      if (!placer.cell(r, c)) continue;
      usedAcross.add(c);
      usedDown.add(r);
      if (grid.isFigure(downLines[r].index, acrossLines[c].index)) choice.score++;
    }
  choice.mappedAcross = usedAcross.size;
  choice.mappedDown = usedDown.size;
  const [lines, readings] =
    choice.pair[0] === "item" ? [downLines, choice.down] : [acrossLines, choice.across];
  if (!choice.pair.includes("item")) return;
  const items = lines
    .map((line, i) => ({ line, reading: readings[i] }))
    .filter(({ line }) => line.figures > 0 && !line.structural && !line.total && !line.group);
  choice.items = items.length;
  choice.itemsNamed = items.filter(({ reading }) => reading.item !== undefined).length;
}

interface Placer {
  /** The rows and columns (by position) that read as something under the choice: only they can place a cell. */
  downs: number[];
  acrosses: number[];
  /** The template cell (and unit) the sheet cell of row r and column c reads as, if any. */
  cell: (r: number, c: number) => { item: string; field: string; unit: string } | undefined;
}

/** How a choice places a table's cells: each line read once, each cell by its two lines. */
function placerOf(choice: Choice, acrossLines: Line[], downLines: Line[]): Placer {
  const [downRole, acrossRole] = choice.pair;
  const { totalRow, applies } = indexOf(choice.template);
  const value = (line: Line, reading: Reading, role: Role): string | undefined => {
    if (reading.skipped) return undefined;
    // A subtotal adds a group, which no template has: the table's own arithmetic checks it.
    if (role === "item") return reading.item ?? (line.total && !line.subtotal ? totalRow : undefined);
    if (role === "field") return reading.field;
    return line.unit ? line.unit.name : line.total && !line.subtotal ? SUMMARY : undefined;
  };
  const downValues = downLines.map((line, r) =>
    line.group ? undefined : value(line, choice.down[r], downRole),
  );
  const acrossValues = acrossLines.map((line, c) =>
    line.structural ? undefined : value(line, choice.across[c], acrossRole),
  );
  const defined = (values: (string | undefined)[]) =>
    values.flatMap((value, i) => (value === undefined ? [] : [i]));
  const cell = (r: number, c: number) => {
    if (downValues[r] === undefined || acrossValues[c] === undefined) return undefined;
    const pick = (role: Role) =>
      downRole === role ? downValues[r] : acrossRole === role ? acrossValues[c] : undefined;
    const item = pick("item") ?? choice.defaultItem;
    const field = pick("field") ?? choice.across[c].field ?? choice.defaultField;
    if (!item || !field || !applies(item, field)) return undefined;
    return { item, field, unit: pick("unit") ?? SELF };
  };
  return { downs: defined(downValues), acrosses: defined(acrossValues), cell };
}

interface TemplateIndex {
  totalRow?: string;
  /** The template has a cell for this row and column. */
  applies: (item: string, field: string) => boolean;
}

const indexes = new WeakMap<Template, TemplateIndex>();

/** A template's rows and columns by id, for the many cells every choice of a mapping places. */
function indexOf(template: Template): TemplateIndex {
  let index = indexes.get(template);
  if (!index) {
    const rows = new Map(template.rows.map((row) => [row.id, row]));
    const columns = new Map(template.columns.map((column) => [column.id, column]));
    const cells = new Map<string, boolean>();
    const applies = (item: string, field: string) => {
      const key = `${item}\u0000${field}`;
      let known = cells.get(key);
      if (known === undefined) {
        const [row, column] = [rows.get(item), columns.get(field)];
        cells.set(key, (known = !!row && !!column && cellApplies(row, column)));
      }
      return known;
    };
    indexes.set(template, (index = { totalRow: template.rows.find((row) => row.total)?.id, applies }));
  }
  return index;
}

interface Slice {
  cells: Record<string, string>;
  rows: Record<string, number>;
  columns: Record<string, number>;
  /** The cell that names it (a unit's or the total's label). */
  labelCell?: string;
  level?: UnitLevel;
}

/** The cells a choice places, slice by slice (one per unit, its total, or the table itself), and the lines it used. */
function place(
  grid: SheetGrid,
  candidate: Candidate,
  choice: Choice,
  acrossLines: Line[],
  downLines: Line[],
) {
  const slices = new Map<string, Slice>();
  const mappedAcross = new Set<number>();
  const mappedDown = new Set<number>();
  const placer = placerOf(choice, acrossLines, downLines);
  let figures = 0;
  let placed = 0;
  downLines.forEach((down, r) => {
    acrossLines.forEach((across, c) => {
      const isFigure = !down.group && !across.structural && grid.isFigure(down.index, across.index);
      if (isFigure) figures++;
      const cell = placer.cell(r, c);
      if (!cell) return;
      if (isFigure) placed++;
      mappedAcross.add(c);
      mappedDown.add(r);
      let slice = slices.get(cell.unit);
      if (!slice) slices.set(cell.unit, (slice = { cells: {}, rows: {}, columns: {} }));
      const key = `${cell.item}|${cell.field}`;
      if (slice.cells[key]) return;
      slice.cells[key] = a1(down.index, across.index);
      slice.rows[cell.item] ??= down.index;
      slice.columns[cell.field] ??= across.index;
      if (slice.labelCell || (choice.pair[0] !== "unit" && choice.pair[1] !== "unit")) return;
      const unitsDown = choice.pair[0] === "unit";
      slice.labelCell = unitsDown
        ? a1(down.index, labelColumn(acrossLines))
        : a1(candidate.headerBottom, across.index);
      slice.level = (unitsDown ? down : across).unit?.level;
    });
  });
  const confidence = figures === 0 ? 0 : Math.round((placed / figures) * 100) / 100;
  return { slices, mappedAcross, mappedDown, confidence };
}

function build(
  grid: SheetGrid,
  candidate: Candidate,
  choice: Choice,
  acrossLines: Line[],
  downLines: Line[],
  context: TableContext,
  correction: TableCorrection | undefined,
): Mapping {
  const { slices, mappedAcross, mappedDown, confidence } = place(
    grid,
    candidate,
    choice,
    acrossLines,
    downLines,
  );
  const sheet = grid.sheet.name;
  const { range, signature } = candidate;
  const id = `${sheet}!${range}`;
  const table: RecognisedTable = {
    id,
    sheet,
    range,
    templateId: choice.template.id,
    orientation: ORIENTATION[choice.pair.join(",")],
    across: acrossLines.map((line, c) =>
      mappedLine(line, choice.across[c], choice.pair[1], mappedAcross.has(c)),
    ),
    down: downLines.map((line, r) => mappedLine(line, choice.down[r], choice.pair[0], mappedDown.has(r))),
    confidence,
    signature,
    ...(correction ? { corrected: true } : {}),
  };
  const recognised = {
    id,
    partial: partial(choice, acrossLines, downLines, mappedAcross, mappedDown),
    ratesInPoints: ratesInPoints(grid, choice, slices),
    openSums: openSums(choice, acrossLines, downLines, mappedAcross, mappedDown),
  };
  const located = [...slices.entries()].map(([unit, slice]): LocatedTable => ({
    templateId: choice.template.id,
    templateVersion: choice.template.version,
    sheet,
    rows: slice.rows,
    columns: slice.columns,
    cells: slice.cells,
    ...sliceHeader(unit, slice, slices, context),
    origin: "detected",
    recognised,
  }));
  // A table of units is one group: its units and its total line, summed by the summary checks.
  if (slices.size > 1 || !slices.has(SELF))
    for (const [i, unit] of [...slices.keys()].entries())
      located[i].group = { id, role: unit === SUMMARY ? "summary" : "unit" };
  return { table, located };
}

/** A slice's header: a unit's name and level; the total's, the reporting unit's, one level up; else the title's. */
function sliceHeader(
  unit: string,
  slice: Slice,
  slices: Map<string, Slice>,
  context: TableContext,
): Pick<LocatedTable, "header" | "headerCells"> {
  const header = { ...context.header };
  if (unit === SELF) return { header, headerCells: context.headerCells };
  if (unit !== SUMMARY) {
    header.unit = unit;
    if (slice.level) header.level = slice.level;
    else delete header.level;
    return { header, headerCells: { unit: slice.labelCell } };
  }
  const unitLevel = [...slices.values()].find((s) => s !== slice && s.level)?.level;
  const level = context.header.level ?? (unitLevel ? LEVEL_ABOVE[unitLevel] : undefined);
  if (level) header.level = level;
  return { header, headerCells: { unit: slice.labelCell ?? context.headerCells.unit } };
}

function labelColumn(lines: Line[]): number {
  return lines.find((line) => line.structural === "label")?.index ?? lines[0].index;
}

function mappedLine(line: Line, reading: Reading, role: Role, mapped: boolean): MappedLine {
  const base = { index: line.index, text: line.text, key: line.key, figures: line.figures > 0 };
  const corrected = reading.corrected ? { corrected: true } : {};
  if (line.structural) return { ...base, role: line.structural === "measure" ? "ignored" : line.structural };
  if (line.group) return { ...base, role: "group" };
  if (reading.skipped) return { ...base, role: "ignored", ...corrected };
  if (!mapped) return { ...base, role: line.figures > 0 ? "unmapped" : "ignored" };
  if (role === "field" && reading.field) return { ...base, role: "field", id: reading.field, ...corrected };
  if (role === "item" && reading.item) return { ...base, role: "item", id: reading.item, ...corrected };
  if (role === "unit" && line.unit) return { ...base, role: "unit", id: line.unit.name };
  if (line.total) return { ...base, role: "total", ...corrected };
  // A line of a table laid across two ways (item or unit above, column below) names its column too.
  return reading.field
    ? { ...base, role: "field", id: reading.field, ...corrected }
    : { ...base, role: "item", id: reading.item, ...corrected };
}

/**
 * Figures in lines along the template's rows (or the units) that BC06 could not name: sums over every row, and a
 * total over the units, are not checked.
 */
function partial(
  choice: Choice,
  acrossLines: Line[],
  downLines: Line[],
  mappedAcross: Set<number>,
  mappedDown: Set<number>,
): boolean {
  const unmapped = (lines: Line[], mapped: Set<number>) =>
    lines.some((line, i) => !mapped.has(i) && !line.structural && !line.group && line.figures > 0);
  return (
    (choice.pair[0] !== "field" && unmapped(downLines, mappedDown)) ||
    (choice.pair[1] !== "field" && unmapped(acrossLines, mappedAcross))
  );
}

/** Rates typed as plain numbers above 1 are in points (95,16), not fractions. */
function ratesInPoints(grid: SheetGrid, choice: Choice, slices: Map<string, Slice>): boolean {
  const { template } = choice;
  for (const slice of slices.values()) {
    for (const [key, address] of Object.entries(slice.cells)) {
      const [rowId, columnId] = key.split("|");
      const row = template.rows.find((r) => r.id === rowId)!;
      const column = template.columns.find((c) => c.id === columnId)!;
      if (cellKind(column, row) !== "percent") continue;
      const cell = grid.sheet.cells.get(address);
      if (typeof cell?.value === "number" && cell.value > 1 && !cell.numberFormat?.includes("%")) return true;
    }
  }
  return false;
}

const OTHER_PART = /(^| )(khac|buu chinh|bcci|buu dien|cong ich)( |$)/;

/**
 * Template columns or rows with a "trong đó" sibling BC06 could not name (a postal channel beside "Trực tiếp" and
 * "Trực tuyến", "- Lý do khác" under a split): a sum over them may be missing that part, so it is not concluded.
 */
function openSums(
  choice: Choice,
  acrossLines: Line[],
  downLines: Line[],
  mappedAcross: Set<number>,
  mappedDown: Set<number>,
): string[] {
  const open = new Set<string>();
  acrossLines.forEach((line, c) => {
    if (mappedAcross.has(c) || line.structural || line.figures === 0) return;
    const parents = line.sources.slice(0, -1);
    acrossLines.forEach((other, o) => {
      const sibling = parents.some((source) => other.sources.includes(source));
      const beside = Math.abs(o - c) === 1 && OTHER_PART.test(line.key);
      const id = choice.across[o].field ?? choice.across[o].item;
      if (o !== c && mappedAcross.has(o) && (sibling || beside) && id) open.add(id);
    });
  });
  downLines.forEach((line, r) => {
    if (mappedDown.has(r) || !(line.part || OTHER_PART.test(line.key)) || line.figures === 0) return;
    for (const o of [r - 1, r + 1]) {
      const id = choice.down[o]?.item ?? choice.down[o]?.field;
      if (mappedDown.has(o) && id) open.add(id);
    }
  });
  return [...open];
}
