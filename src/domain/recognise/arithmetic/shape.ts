// The shape of a table's figures, whatever it reports: its columns as the tree their merged headings draw (a parent
// over its children), its rows as the tree their numbering draws (I › 1 › 1.1 › a › – › +), and the lines that hold
// figures, rates among them.
import type { ArithmeticLine } from "../../workbook";
import type { SheetGrid } from "../grid";
import type { Line } from "../table-lines";
import { isRateWording, isTotalWording } from "./wording";

/** A heading of the column tree: a parent over some columns, or one column (a leaf, with its line). */
export interface HeadNode {
  text: string;
  key: string;
  children: HeadNode[];
  parent?: HeadNode;
  /** The column a leaf stands for. */
  line?: Line;
}

/** A line of the table as its arithmetic sees it: the table's line with its place in the tree and its kind. */
export interface Figures {
  line: Line;
  rate: boolean;
  /** How many of its cells hold figures. */
  count: number;
}

export interface Shape {
  grid: SheetGrid;
  /** Columns that hold figures, by sheet column. */
  columns: Map<number, Figures>;
  /** Rows that hold figures, by sheet row. */
  rows: Map<number, Figures>;
  /** Every body row, in order, named by its own label (the last, when rows are labelled over several columns). */
  rowLines: Line[];
  /** Each row's level in the tree its numbering draws (0 = a group "I.", higher = deeper). */
  levels: Map<number, number>;
  /** The columns' tree, from their merged headings. */
  columnTree: HeadNode;
  /** The rows' tree, when they are labelled over several columns ("Kỳ báo cáo" › "Trong đó" › "Trực tiếp"). */
  rowTree?: HeadNode;
}

export function shapeOf(grid: SheetGrid, across: Line[], down: Line[]): Shape {
  const figureColumns = across.filter((line) => !line.structural && line.figures > 0);
  const columns = new Map<number, Figures>();
  for (const line of figureColumns) {
    const cells = down.map((row): Cell => [row.index, line.index]);
    const rate = line.path.keys.some(isRateWording) || mostlyPercent(grid, cells);
    const total = isTotalWording(line.path.keys.at(-1) ?? "");
    columns.set(line.index, { line, rate: rate && !total, count: 0 });
  }
  const rows = new Map<number, Figures>();
  for (const line of down) {
    const cells = [...columns.keys()].map((column): Cell => [line.index, column]);
    const count = cells.filter(([row, column]) => grid.isFigure(row, column)).length;
    if (count === 0) continue;
    rows.set(line.index, { line, rate: isRateWording(line.key) || mostlyPercent(grid, cells), count });
  }
  for (const [column, figures] of columns)
    figures.count = down.filter((line) => rows.has(line.index) && grid.isFigure(line.index, column)).length;
  const rowTree = down.some((line) => line.labels)
    ? headingTree(
        down.filter((line) => rows.has(line.index)).map((line) => ({ ...line, ...pathOf(line) })),
        "down",
      )
    : undefined;
  return {
    grid,
    columns,
    rows,
    rowLines: down,
    levels: rowLevels(down),
    columnTree: headingTree(figureColumns, "across"),
    ...(rowTree ? { rowTree } : {}),
  };
}

/** A row's labels as the path a tree is drawn from. */
function pathOf(line: Line): Pick<Line, "path" | "sources"> {
  const labels = line.labels ?? { texts: [line.text], keys: [line.key], sources: [] };
  return { path: { texts: labels.texts, keys: labels.keys, siblingIds: [] }, sources: labels.sources };
}

type Cell = [row: number, column: number];

/** Most of a line's figures are percentages: a % format, or typed with "%". */
function mostlyPercent(grid: SheetGrid, cells: Cell[]): boolean {
  const figures = cells
    .filter(([row, column]) => grid.isFigure(row, column))
    .map(([r, c]) => grid.cell(r, c)!);
  const percent = figures.filter(
    (cell) =>
      cell.numberFormat?.includes("%") || (typeof cell.value === "string" && /%\s*$/.test(cell.value)),
  ).length;
  return percent > 0 && percent * 2 > figures.length;
}

/**
 * The lines' tree, from their headings (columns) or labels over several columns (rows): lines under one merged
 * heading are its children. A line under a parent with no sub-heading of its own is a child of that parent too;
 * so are the lines beside a parent typed over its first line without a merge, up to the next one headed at its
 * depth ("Hình thức tiếp nhận" over D, blank over E and F).
 */
function headingTree(lines: Line[], axis: "across" | "down"): HeadNode {
  const depth = axis === "across" ? rowOf : columnOf;
  const position = axis === "across" ? columnOf : rowOf;
  const root: HeadNode = { text: "", key: "", children: [] };
  const groups = new Map<number, HeadNode>();
  let unmerged: { source: number; text: string; key: string } | undefined;
  for (const line of lines) {
    let { sources } = line;
    let { texts, keys } = line.path;
    const first = sources[0];
    if (unmerged && first !== undefined && depth(first) > depth(unmerged.source)) {
      sources = [unmerged.source, ...sources];
      texts = [unmerged.text, ...texts];
      keys = [unmerged.key, ...keys];
    } else unmerged = undefined;
    let parent = root;
    const last = sources.length - 1;
    for (let i = 0; i < last; i++) {
      let group = groups.get(sources[i]);
      if (!group) {
        group = { text: texts[i], key: keys[i], children: [], parent };
        groups.set(sources[i], group);
        parent.children.push(group);
        if (i === 0 && position(sources[0]) === line.index)
          unmerged = { source: sources[0], text: texts[0], key: keys[0] };
      }
      parent = group;
    }
    const under = last >= 0 ? groups.get(sources[last]) : undefined;
    const leaf: HeadNode = under
      ? { text: "", key: "", children: [], parent: under, line }
      : { text: texts[last] ?? "", key: keys[last] ?? "", children: [], parent, line };
    (under ?? parent).children.push(leaf);
  }
  return root;
}

const rowOf = (source: number) => Math.floor(source / 16_384);
const columnOf = (source: number) => source % 16_384;

/** The leaves under a heading, in order. */
export function leavesOf(node: HeadNode): HeadNode[] {
  return node.line ? [node] : node.children.flatMap(leavesOf);
}

/** A leaf's heading from the top, as messages name it ("Kỳ này › Trực tuyến"). */
export function nameOf(line: Line): string {
  return line.labels?.texts.join(" › ") || line.text || line.path.texts.join(" › ");
}

const ROMAN = /^[IVXLC]+[.)]?$/;
const UPPER = /^[A-ZĐ][.)]?$/;
const LOWER = /^[a-zđ][.)]?$/;
const ARABIC = /^\d{1,4}[.)]?$/;
const DECIMAL = /^\d{1,3}(\.\d{1,3})+\.?$/;

/**
 * Each row's depth in the tree its numbering draws: "I" 0, "1" 1, "1.1" 2, "a" 3, "-" 4, "+" 5; a row starting
 * "Trong đó" one deeper than the row before; an unnumbered row as deep as the last numbered one at level 1.
 */
function rowLevels(rows: Line[]): Map<number, number> {
  const levels = new Map<number, number>();
  let previous = 1;
  for (const line of rows) {
    const level = levelOf(line.numbering) ?? (/^trong (do|so do)/.test(line.key) ? previous + 1 : 1);
    levels.set(line.index, line.total ? -1 : level);
    if (!line.total) previous = level;
  }
  return levels;
}

function levelOf(numbering: string | undefined): number | undefined {
  if (!numbering) return undefined;
  if (ROMAN.test(numbering) || UPPER.test(numbering)) return 0;
  if (DECIMAL.test(numbering)) return 1 + (numbering.replace(/\.$/, "").match(/\./g)?.length ?? 0);
  if (ARABIC.test(numbering)) return 1;
  if (LOWER.test(numbering)) return 3;
  if (/^[-–•*]$/.test(numbering)) return 4;
  if (numbering === "+") return 5;
  return undefined;
}

export function arithmeticLine(
  figures: Figures,
  grid: SheetGrid,
  across: boolean,
  cross: number[],
): ArithmeticLine {
  const line: ArithmeticLine = {
    index: figures.line.index,
    name: nameOf(figures.line),
    rate: figures.rate,
    ...(figures.line.total ? { total: true } : {}),
  };
  if (!figures.rate) return line;
  const plain = cross
    .map((other) => grid.cell(across ? other : figures.line.index, across ? figures.line.index : other))
    .filter((cell) => typeof cell?.value === "number" && !cell.numberFormat?.includes("%"))
    .map((cell) => cell!.value as number);
  if (plain.some((value) => Math.abs(value) > 1)) line.points = true;
  else if (plain.length === 0) line.points = false;
  return line;
}
