// What a table's row labels say of its arithmetic: a total row ("Tổng cộng", "Cộng (I)", "Toàn huyện") over the rows
// of its scope, a row over the rows numbered under it ("1" › "1.1", "I" › "1", "Tổng số" › "– Mức 1"), a rate or a
// remainder row.
import type { Expectation } from "../../workbook";
import type { Line } from "../table-lines";
import { relation, search, wholeAndParts } from "./expect";
import type { Shape } from "./shape";
import { isExhaustiveWording, isRemainderWording, isTotalWording } from "./wording";

export function rowExpectations(shape: Shape): Expectation[] {
  return [...totals(shape), ...parents(shape), ...searches(shape)];
}

/** Rows that hold counts (not rates), and are not totals. */
const isItem = (shape: Shape, line: Line) =>
  shape.rows.has(line.index) && !shape.rows.get(line.index)!.rate && !line.total;
const levelOf = (shape: Shape, line: Line) => shape.levels.get(line.index) ?? 1;

/** The rows directly under a row: the next level down, up to the next row at its own level or above, or a total. */
function childrenOf(shape: Shape, at: number): Line[] {
  const lines = shape.rowLines;
  const level = levelOf(shape, lines[at]);
  const under: Line[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    // A rate row ("Tỷ lệ có thông tin (%)") annotates the row above it: the rows under a parent go on past it.
    if (shape.rows.get(lines[i].index)?.rate) continue;
    if (lines[i].total || levelOf(shape, lines[i]) <= level) break;
    under.push(lines[i]);
  }
  const next = Math.min(...under.map((line) => levelOf(shape, line)));
  return under.filter((line) => levelOf(shape, line) === next);
}

/** A row over the rows numbered under it: all of it when a group ("I.") or a total says so, else figures decide. */
function parents(shape: Shape): Expectation[] {
  const found: Expectation[] = [];
  shape.rowLines.forEach((line, i) => {
    if (!isItem(shape, line)) return;
    const children = childrenOf(shape, i);
    const parts = children.filter((child) => isItem(shape, child)).map((child) => child.index);
    if (parts.length === 0) return;
    // "I. Lĩnh vực …" over its rows, "Tổng số …" over its "– …" parts, "…, gồm:" and "Chia ra" say all of it.
    const someOnly = parts.length === 1 || children.some((child) => /^trong (do|so do)( |$)/.test(child.key));
    const exhaustive =
      !someOnly &&
      (line.group ||
        isTotalWording(line.key) ||
        /(^| )(gom|bao gom|chia ra)$/.test(line.key) ||
        children.some((child) => isExhaustiveWording(child.key)));
    const expectation = wholeAndParts("down", line.index, [parts], exhaustive, "parts");
    if (expectation) found.push(expectation);
  });
  return found;
}

/**
 * Total rows and the rows they add: the rows since the last total (a subtotal "Cộng (I)"), or below it when it
 * comes first; the groups' subtotals or the top rows of the whole table (a grand total); the rows its label names
 * ("Tổng số (I+II)"). The figures tell which.
 */
function totals(shape: Shape): Expectation[] {
  const lines = shape.rowLines;
  const found: Expectation[] = [];
  lines.forEach((line, i) => {
    // A total under a label of its own group ("I. Nhóm thứ nhất" › "Cộng (I)") is read from the rows' tree.
    if (!line.total || !shape.rows.has(line.index) || (line.labels && shape.rowTree)) return;
    const before = lines.slice(0, i);
    const after = lines.slice(i + 1);
    const first = !before.some((other) => isItem(shape, other));
    const sinceTotal = first ? untilTotal(after) : untilTotal([...before].reverse()).reverse();
    const whole = first ? after : before;
    const totalsAround = (first ? after : before).filter(
      (other) => other.total && shape.rows.has(other.index),
    );
    const groups = whole.filter((other) => other.group && isItem(shape, other));
    const alternatives = [
      topLevel(shape, sinceTotal),
      items(shape, sinceTotal),
      topLevel(shape, whole),
      items(shape, whole),
      totalsAround.length >= 2 ? totalsAround.map((t) => t.index) : [],
      groups.length >= 2 ? groups.map((g) => g.index) : [],
      named(lines, line),
    ].filter((parts, k, all) => parts.length > 0 && all.findIndex((p) => same(p, parts)) === k);
    if (alternatives.length === 0) return;
    found.push({
      axis: "down",
      target: line.index,
      source: "total",
      tiers: [{ declared: true, readings: alternatives.map((parts) => relation("sum", line.index, parts)) }],
    });
  });
  return found;
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function untilTotal(lines: Line[]): Line[] {
  const run: Line[] = [];
  for (const line of lines) {
    if (line.total) break;
    run.push(line);
  }
  return run;
}

const items = (shape: Shape, lines: Line[]) =>
  lines.filter((line) => isItem(shape, line)).map((line) => line.index);

/** The rows at the top level of a scope: not those under another row of it. */
function topLevel(shape: Shape, lines: Line[]): number[] {
  const scope = lines.filter((line) => !line.total);
  if (scope.length === 0) return [];
  const top = Math.min(...scope.map((line) => levelOf(shape, line)));
  return items(
    shape,
    scope.filter((line) => levelOf(shape, line) === top),
  );
}

/** The rows "Tổng số (I+II)" or "Cộng (1+2+3)" names by their numbering. */
function named(lines: Line[], total: Line): number[] {
  const terms = /\(([^()]*\+[^()]*)\)/
    .exec(total.text)?.[1]
    ?.split("+")
    .map((t) => t.trim().toUpperCase());
  if (!terms) return [];
  const rows = terms.map((term) =>
    lines.find((line) => line.numbering?.replace(/[.)]$/, "").toUpperCase() === term),
  );
  return rows.every((row) => row !== undefined) ? rows.map((row) => row!.index) : [];
}

/** The rows between the section headings around a row: labelled rows with no figures of their own. */
function sectionAround(shape: Shape, at: number): Line[] {
  const isHeading = (line: Line) => !shape.rows.has(line.index) && line.text !== "";
  let start = at;
  while (start > 0 && !isHeading(shape.rowLines[start - 1])) start--;
  let end = at;
  while (end + 1 < shape.rowLines.length && !isHeading(shape.rowLines[end + 1])) end++;
  return shape.rowLines.slice(start, end + 1);
}

/** Rate and remainder rows: rows of their own section are tried first. */
function searches(shape: Shape): Expectation[] {
  const found: Expectation[] = [];
  const counts = (lines: Line[]) =>
    lines.filter((line) => isItem(shape, line) || (line.total && shape.rows.has(line.index)));
  const all = counts(shape.rowLines);
  for (const [i, line] of shape.rowLines.entries()) {
    const figures = shape.rows.get(line.index);
    // A row under a label of its own group ("7 tháng" › "Tỷ lệ") is read from the rows' tree.
    if (!figures || line.total || (line.labels && shape.rowTree)) continue;
    // The rows of its own section ("Kỳ này", "Lũy kế" written on rows of their own) first.
    const section = counts(sectionAround(shape, i));
    const among = (section.length >= 2 ? section : all)
      .map((row) => row.index)
      .filter((row) => row !== line.index);
    if (figures.rate) found.push(search("down", line.index, "rate", among));
    else if (isRemainderWording(line.key)) found.push(search("down", line.index, "remainder", among));
  }
  return found;
}
