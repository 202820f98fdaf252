// Cumulative figures against the previous report: lũy kế never lower, carried over between consecutive periods,
// and rates that moved a lot (README (a), "Lũy kế").
import { globalRule } from "./catalog";
import type { Language } from "../i18n";
import { displayPeriod } from "../dates";
import { formatNumber, formatPercentPoints } from "../numbers/format";
import { normaliseText } from "../text";
import { entryAt, entryLabel, type Grid } from "./cells";
import type { Collector } from "./result";
import type { Column, Row } from "../templates/schema";

const entryOf = (grid: Grid, row: Row, column: Column) => entryAt(grid, row.id, column.id);

/** The previous report's table for the same template and unit. */
function previousOf(grid: Grid, previous: Grid[]): Grid | undefined {
  const candidates = previous.filter((p) => p.template.id === grid.template.id);
  const unit = grid.table.header.unit;
  if (unit) {
    const same = candidates.find(
      (p) =>
        p.table.header.unit &&
        normaliseText(p.table.header.unit).toLowerCase() === normaliseText(unit).toLowerCase(),
    );
    if (same) return same;
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** The day after an ISO date; undefined for a date that does not exist ("2025-13-45"). */
function nextDay(iso: string): string | undefined {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Consecutive when this period starts the day after the previous one ended. */
function consecutive(previous: Grid, current: Grid): boolean {
  const { to } = previous.table.header;
  const { from } = current.table.header;
  return Boolean(to && from && nextDay(to) === from);
}

const period = (grid: Grid) => displayPeriod(grid.table.header.from, grid.table.header.to);

/** Both reports state where the previous one ends and where this one starts. */
function periodsKnown(previous: Grid, current: Grid): boolean {
  return Boolean(previous.table.header.to && current.table.header.from);
}

export function checkAgainstPrevious(
  grids: Grid[],
  previousGrids: Grid[],
  out: Collector,
  language: Language,
  jumpThreshold: number,
): void {
  for (const grid of grids) {
    const previous = previousOf(grid, previousGrids);
    if (!previous) continue;
    checkJumps(grid, previous, out, language, jumpThreshold);
    const stock = grid.template.columns.find((c) => c.flow === "stock");
    if (!stock) continue;
    const flow = grid.template.columns.find((c) => c.flow === "flow");
    const scope = { templateId: grid.template.id, sheet: grid.table.sheet };
    const carries = consecutive(previous, grid);
    if (!carries) {
      const rule = globalRule("cumulative", "not-comparable");
      out.fail(
        rule,
        scope,
        periodsKnown(previous, grid) ? "cumulative.not-comparable" : "cumulative.period-unknown",
        {
          table: grid.template.title[language],
          previousPeriod: period(previous),
          currentPeriod: period(grid),
        },
        { cells: [] },
      );
    }
    for (const row of grid.template.rows) {
      const now = entryOf(grid, row, stock);
      const before = entryOf(previous, row, stock);
      if (now?.reading.state !== "value" || before?.reading.state !== "value") continue;
      const vars = {
        scope: entryLabel(now, language),
        current: formatNumber(now.reading.value),
        previous: formatNumber(before.reading.value),
      };
      const notLower = globalRule("cumulative", "not-lower");
      if (now.reading.value < before.reading.value)
        out.fail(notLower, scope, "cumulative.not-lower", vars, {
          cells: [now.ref], // the previous report's cell is in another file: its value is in the message
          left: now.reading.value,
          right: before.reading.value,
          difference: now.reading.value - before.reading.value,
        });
      else out.pass(notLower.id);
      const inPeriod = flow && entryOf(grid, row, flow);
      if (!carries || inPeriod?.reading.state !== "value") continue;
      const expected = before.reading.value + inPeriod.reading.value;
      const carriesOver = globalRule("cumulative", "carries-over");
      if (now.reading.value === expected) {
        out.pass(carriesOver.id);
        continue;
      }
      out.fail(
        carriesOver,
        scope,
        "cumulative.carries-over",
        { ...vars, flow: formatNumber(inPeriod.reading.value), expected: formatNumber(expected) },
        {
          cells: [now.ref, inPeriod.ref],
          left: now.reading.value,
          right: expected,
          difference: now.reading.value - expected,
          suggested: { cell: now.ref, value: expected },
        },
      );
    }
  }
}

/** Rates that moved more than the threshold (in percentage points) since the previous report: worth a word. */
function checkJumps(grid: Grid, previous: Grid, out: Collector, language: Language, threshold: number): void {
  const rule = globalRule("cumulative", "large-jump");
  const scope = { templateId: grid.template.id, sheet: grid.table.sheet };
  for (const row of grid.template.rows) {
    for (const column of grid.template.columns) {
      const now = entryOf(grid, row, column);
      const before = entryOf(previous, row, column);
      if (
        now?.reading.state !== "value" ||
        before?.reading.state !== "value" ||
        now.reading.raw === undefined
      )
        continue;
      const [current, earlier] = [now.reading.value, before.reading.value];
      if (Math.abs(current - earlier) < threshold) continue;
      const [from, to] = [formatPercentPoints(earlier, 2), formatPercentPoints(current, 2)];
      const vi = language === "vi";
      const change =
        current < earlier
          ? vi
            ? `giảm từ ${from} xuống ${to}`
            : `fell from ${from} to ${to}`
          : vi
            ? `tăng từ ${from} lên ${to}`
            : `rose from ${from} to ${to}`;
      const vars = {
        scope: entryLabel(now, language),
        change,
        difference: formatNumber(Math.abs(current - earlier), 2),
      };
      out.fail(rule, scope, "cumulative.large-jump", vars, {
        cells: [now.ref],
        left: current,
        right: earlier,
        difference: current - earlier,
      });
    }
  }
}
