// The lines of a table found in a sheet, whatever it reports: each column with its heading path, each row with its
// label and numbering, and what each is structurally (numbering, labels, units, totals, groups, "trong đó" parts).
import type { UnitLevel } from "../workbook";
import { TEMPLATES } from "../templates/registry";
import type { Candidate } from "./find";
import { cellKey, type SheetGrid } from "./grid";
import {
  isCodeKey,
  isLabelHeadingKey,
  isSttKey,
  isTotalKey,
  isUnitHeadingKey,
  sttKind,
  unitOf,
} from "./lines";
import { itemsNamed, templateWords } from "./vocabulary";
import { type HeadingPath, isRateKey, wordKey } from "./words";

/** A line of the table (across: a column; down: a row) and what it is whatever the template. */
export interface Line {
  index: number;
  text: string;
  key: string;
  path: HeadingPath;
  /** Where its heading segments are written (across only): columns under one parent heading share one. */
  sources: number[];
  figures: number;
  /** Numbering or codes, row labels, or units of measure ("Đơn vị tính": "hồ sơ", "%"): not figures. */
  structural?: "number" | "label" | "measure";
  unit?: { name: string; level?: UnitLevel };
  total: boolean;
  /** A total between other lines ("Cộng (I)" under its group): it adds a group, not the whole table. */
  subtotal?: boolean;
  /** A group or subtotal row ("I. Lĩnh vực cư trú"): neither a template row nor an unchecked one. */
  group: boolean;
  /** Its label starts like a "trong đó" part ("- …", "+ …"). */
  part: boolean;
  /** Down only: how the row is numbered, from its numbering column or its label ("1", "1.2", "II", "a)", "-"). */
  numbering?: string;
  /**
   * Down only, when the rows are labelled over several columns ("Kỳ báo cáo" › "Trong đó" › "Trực tiếp"): the
   * labels from the left, and the cell each is written in (rows under one merged label share it).
   */
  labels?: { texts: string[]; keys: string[]; sources: number[] };
}

export function acrossLines(grid: SheetGrid, candidate: Candidate): Line[] {
  const lines = candidate.headings.map((heading): Line => {
    const texts = heading.segments;
    const keys = texts.map(wordKey);
    const leaf = keys[keys.length - 1] ?? "";
    const leafText = texts[texts.length - 1] ?? "";
    const rows = candidate.rows;
    const figures = rows.filter((row) => grid.isFigure(row, heading.column)).length;
    const textCells = rows.filter((row) => grid.text(row, heading.column) !== undefined).length;
    const numbering = rows.filter((row) => sttKind(grid.cell(row, heading.column)?.value)).length;
    const numbers =
      isSttKey(leaf) || isCodeKey(leaf) || (texts.length === 0 && numbering > 0 && numbering === figures);
    return {
      index: heading.column,
      text: texts.join(" › "),
      key: keys.join(" > "),
      path: { texts, keys, siblingIds: [] },
      sources: heading.sources,
      figures: numbers ? 0 : figures,
      // A column of figures is not one of labels, whatever its heading ("Chỉ tiêu" for targets).
      structural: numbers
        ? "number"
        : MEASURE.test(leaf)
          ? "measure"
          : isLabelHeadingKey(leaf) && figures <= textCells
            ? "label"
            : undefined,
      unit: unitOf(leafText) ?? underUnitHeading(texts, keys),
      total: isTotalKey(leaf),
      group: false,
      part: false,
    };
  });
  // Without a label heading, the label column is the text column before the figures that names the most rows.
  if (!lines.some((line) => line.structural === "label")) {
    const label = bestLabelColumn(grid, candidate, lines);
    if (label) label.structural = "label";
  }
  return markSubtotals(lines);
}

/**
 * Of several total lines, the one at either end of the figures is the grand total; the others add their groups
 * ("Cộng (I)", "Cộng (II)").
 */
function markSubtotals(lines: Line[]): Line[] {
  const figures = lines.filter((line) => line.figures > 0 && !line.structural);
  const totals = figures.filter((line) => line.total);
  if (totals.length < 2) return lines;
  const grand = figures[0].total ? figures[0] : figures.at(-1)!.total ? figures.at(-1) : undefined;
  for (const line of totals) if (line !== grand) line.subtotal = true;
  return lines;
}

const MEASURE = /^(don vi tinh|dvt|don vi do)$/;

/** A heading under "Các xã" or "Đơn vị" names a unit, whatever its words ("Cẩm Bình"), unless it is a total. */
function underUnitHeading(texts: string[], keys: string[]): { name: string } | undefined {
  const leaf = keys.length - 1;
  if (leaf < 1 || isTotalKey(keys[leaf]) || !keys.slice(0, leaf).some(isUnitHeadingKey)) return undefined;
  return { name: texts[leaf] };
}

function bestLabelColumn(grid: SheetGrid, candidate: Candidate, lines: Line[]): Line | undefined {
  const firstFigures = lines.find((line) => !line.structural && line.figures > 0)?.index ?? Infinity;
  let best: { line: Line; named: number } | undefined;
  for (const line of lines) {
    if (line.structural || line.index >= firstFigures) continue;
    const named = candidate.rows.filter((row) => {
      const text = grid.text(row, line.index);
      return text !== undefined && namesAnything(text);
    }).length;
    if (named > 0 && (!best || named > best.named)) best = { line, named };
  }
  return best?.line;
}

function namesAnything(text: string): boolean {
  const key = wordKey(text);
  const path = { texts: [text], keys: [key], siblingIds: [] };
  return (
    isTotalKey(key) ||
    unitOf(text) !== undefined ||
    TEMPLATES.some((template) => itemsNamed(templateWords(template), path).length > 0)
  );
}

/** The rows, labelled from the label column; in a column headed "Đơn vị" every label but a total is a unit. */
export function downLines(grid: SheetGrid, candidate: Candidate, across: Line[]): Line[] {
  const label = across.find((line) => line.structural === "label");
  const numbers = across.find((line) => line.structural === "number");
  const unitsHeading = label?.path.keys.some(isUnitHeadingKey) ?? false;
  const firstFigures = across.find((line) => !line.structural && line.figures > 0)?.index ?? Infinity;
  // The columns that label the rows together: under one merged heading with the label column ("Chỉ tiêu" over
  // "Kỳ này" | "Tổng số"), or with no heading of their own; not a column of its own such as "Thẩm quyền".
  const labelColumns = across.filter(
    (line) =>
      line === label ||
      (line.index < firstFigures &&
        line.figures === 0 &&
        (!line.structural || line.structural === "label") &&
        (line.sources.length === 0 || (label !== undefined && line.sources[0] === label.sources[0]))),
  );
  const rows = candidate.rows.map((row): Line => {
    // Labelled over several columns ("I. Nhóm thứ nhất" › "Xã Cẩm Bình"), a row is named by its own, the last.
    const { labels, own } = labelsOf(grid, row, labelColumns);
    const raw = own ?? (label ? (grid.text(row, label.index) ?? "") : "");
    const text = stripNumbering(raw);
    const key = wordKey(text);
    const numbering = numbers ? grid.cell(row, numbers.index)?.value : undefined;
    const kind = sttKind(numbering);
    const written = numbering ?? numberingPrefix(raw);
    const total = isTotalKey(key);
    // Under a "Đơn vị" heading every label names a unit, but a rate's or a total's ("Tỷ lệ (%)", "Tổng số …").
    const unnamed = total || isRateKey(key) || /^tong( |$)/.test(key);
    const unit = unitOf(text) ?? (unitsHeading && text && !unnamed ? { name: text } : undefined);
    return {
      index: row,
      text,
      key,
      path: { texts: [text], keys: [key], siblingIds: [] },
      sources: [],
      figures: across.filter((line) => !line.structural && grid.isFigure(row, line.index)).length,
      unit,
      total,
      group: kind === "roman" || (kind === "letter" && /^[A-ZĐ]/.test(String(numbering))),
      part: /^\s*([-+–•*]|trong đó)/i.test(raw),
      ...(written !== undefined && written !== null && String(written).trim()
        ? { numbering: String(written).trim() }
        : {}),
      ...(labels ? { labels } : {}),
    };
  });
  return markSubtotals(rows);
}

/**
 * A row's labels over several columns, from the left, each with the cell (or merged area) it is written in, and the
 * last as written (its own label).
 */
function labelsOf(grid: SheetGrid, row: number, columns: Line[]): { labels?: Line["labels"]; own?: string } {
  if (columns.length < 2) return {};
  const labels = { texts: [] as string[], keys: [] as string[], sources: [] as number[] };
  let own = "";
  for (const { index } of columns) {
    const text = grid.text(row, index);
    if (text === undefined) continue;
    const merge = grid.covering(row, index) ?? grid.mergeFrom(row, index);
    const source = merge ? cellKey(merge.top, merge.left) : cellKey(row, index);
    if (labels.sources.at(-1) === source) continue;
    labels.texts.push(stripNumbering(text));
    labels.keys.push(wordKey(stripNumbering(text)));
    labels.sources.push(source);
    own = text;
  }
  return labels.texts.length > 1 ? { labels, own } : {};
}

const NUMBERING_PREFIX = /^\s*((?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)])\s+/i;

/** "1. Đăng ký thường trú", "a) Cấp mới" → the label without its numbering. */
function stripNumbering(text: string): string {
  return text.replace(NUMBERING_PREFIX, "").trim();
}

/** The numbering a label starts with ("1.2.", "II.", "a)", "-"), when the table has no numbering column. */
function numberingPrefix(text: string): string | undefined {
  return NUMBERING_PREFIX.exec(text)?.[1] ?? /^\s*([-+–•*])/.exec(text)?.[1];
}
