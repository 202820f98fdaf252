// Checks across tables: a summary against its units (xã → huyện → tỉnh, or a table listing its units).
import { globalRule } from "./catalog";
import type { Language } from "../i18n";
import { displayDate, displayPeriod } from "../dates";
import { formatNumber } from "../numbers/format";
import { normaliseText } from "../text";
import { cellFormula } from "../templates/layout";
import type { Column, Row } from "../templates/schema";
import { tableCell, type UnitLevel } from "../workbook";
import { compared, type Entry, entryAt, entryLabel, type Grid, positionOf, scopeOf } from "./cells";
import { differsByOneDigit } from "../numbers/rate";
import type { CellRef, Collector } from "./result";

const LEVEL_ORDER: Record<UnitLevel, number> = { xa: 1, huyen: 2, tinh: 3 };
/** Non-zero figures two units must share before identical figures say "one report sent twice". */
const MIN_IDENTICAL = 4;
const MAX_NAMED_UNITS = 6;

const entryOf = (grid: Grid, row: Row, column: Column) => entryAt(grid, row.id, column.id);
const valueOf = (e: Entry | undefined) => (e?.reading.state === "value" ? e.reading.value : 0);
const unitName = (grid: Grid) => grid.table.header.unit ?? grid.table.sheet;

/**
 * Within a template, the tables of the highest level are summaries of those one level below: xã → huyện → tỉnh.
 * Tables without a level take no part. A table of one row (or column) per unit is its own group: its total line
 * sums its units.
 */
function summaryGroups(grids: Grid[]): { summary: Grid; units: Grid[] }[] {
  const groups: { summary: Grid; units: Grid[] }[] = [];
  const byTable = new Map<string, Grid[]>();
  for (const grid of grids)
    if (grid.table.group)
      byTable.set(grid.table.group.id, [...(byTable.get(grid.table.group.id) ?? []), grid]);
  for (const tables of byTable.values()) {
    if (tables.some((g) => g.table.recognised?.partial)) continue; // lines left unread: the total cannot be checked
    const units = tables.filter((g) => g.table.group!.role === "unit");
    for (const summary of tables.filter((g) => g.table.group!.role === "summary"))
      groups.push({ summary, units });
  }
  const byTemplate = new Map<string, Grid[]>();
  for (const grid of grids)
    if (grid.table.header.level && !grid.table.group)
      byTemplate.set(grid.template.id, [...(byTemplate.get(grid.template.id) ?? []), grid]);
  for (const tables of byTemplate.values()) {
    const levels = [...new Set(tables.map((g) => LEVEL_ORDER[g.table.header.level!]))].sort();
    if (levels.length < 2) continue;
    const [unitLevel, summaryLevel] = levels.slice(-2);
    const units = tables.filter((g) => LEVEL_ORDER[g.table.header.level!] === unitLevel);
    for (const summary of tables.filter((g) => LEVEL_ORDER[g.table.header.level!] === summaryLevel))
      groups.push({ summary, units });
  }
  return groups;
}

export function checkSummaries(
  grids: Grid[],
  out: Collector,
  language: Language,
  expectedUnits: string[],
  previousGrids: Grid[] = [],
): void {
  const previousGroups = summaryGroups(previousGrids);
  for (const { summary, units } of summaryGroups(grids)) {
    const scope = scopeOf(summary);
    // Without a known list, the units the previous report added are the ones expected now.
    const lastTime =
      previousGroups.find((g) => g.summary.template.id === summary.template.id)?.units.map(unitName) ?? [];
    const offCutoff = checkUnits(summary, units, out, expectedUnits.length ? expectedUnits : lastTime, scope);
    const own = rowsOfOwnCompetence(summary);
    const noted = new Set<string>(); // rows whose own figures were pointed out: once a row is enough
    for (const row of summary.template.rows) {
      // With figures of its own in some rows, the summary's total is more than its units' totals: its rows, each
      // checked against the units, and its own total rule say all there is to say.
      if (row.total && own.size > 0) continue;
      for (const column of summary.template.columns) {
        // Stocks add up only across units with the same cut-off.
        if (column.flow === "stock" && offCutoff) continue;
        const competence = own.get(row.id);
        checkSummaryCell(
          summary,
          units,
          row,
          column,
          out,
          language,
          scope,
          competence === undefined ? undefined : { text: competence, noted },
        );
      }
    }
  }
}

const LEVEL_WORDS: [RegExp, UnitLevel][] = [
  [/(^|[^\p{L}])((?<!thị )xã|phường|thị trấn)(?![\p{L}])/u, "xa"],
  [/(^|[^\p{L}])(huyện|quận|thị xã|thành phố)(?![\p{L}])/u, "huyen"],
  [/(^|[^\p{L}])tỉnh(?![\p{L}])/u, "tinh"],
];

/**
 * The summary's rows whose competence ("Thẩm quyền") names the summary's own level ("Huyện", "Huyện, xã"): there
 * the summary holds its own figures besides its units', so it is at least their sum, not equal to it. By row id,
 * the competence as written.
 */
function rowsOfOwnCompetence(summary: Grid): Map<string, string> {
  const rows = new Map<string, string>();
  const column = summary.template.notApplicableColumn;
  const level = summary.table.header.level;
  if (!column || !level) return rows;
  for (const row of summary.template.rows) {
    const address = tableCell(summary.table, row.id, column);
    const text = address === undefined ? undefined : summary.sheet.cells.get(address)?.value;
    if (typeof text !== "string") continue;
    const lower = normaliseText(text).toLowerCase();
    const names = LEVEL_WORDS.filter(([pattern]) => pattern.test(lower)).map(([, named]) => named);
    if (names.includes(level)) rows.set(row.id, normaliseText(text));
  }
  return rows;
}

const isRate = (row: Row, column: Column) => cellFormula(row, column)?.op === "rate";

/** A summary cell as messages name it: in a table of units, its total line is the summary unit's. */
function summaryLabel(summary: Grid, target: Entry, language: Language): string {
  if (!summary.table.group || !target.row.total) return entryLabel(target, language);
  return `${summary.table.header.unit ?? target.row.label[language]} – ${target.column.label[language]}`;
}

/** Where an issue about a whole table points: its header's unit cell, else its first figure. */
function tableAnchor(grid: Grid): CellRef {
  const address = grid.table.headerCells?.unit;
  if (address) return { sheet: grid.table.sheet, address };
  const first = grid.entries.flat().find((e) => e !== undefined);
  return first ? first.ref : { sheet: grid.table.sheet, address: "A1" };
}

const key = (text: string) => normaliseText(text).toLowerCase();
const periodOf = (grid: Grid) => displayPeriod(grid.table.header.from, grid.table.header.to);

/**
 * The units a summary adds: each once (by name), no two with identical figures, of the summary's period and
 * cut-off, and none of the expected units missing. Says whether any unit has another cut-off.
 */
function checkUnits(
  summary: Grid,
  units: Grid[],
  out: Collector,
  expectedUnits: string[],
  scope: { templateId: string; sheet: string },
): boolean {
  const rule = (check: "duplicate" | "identical" | "period" | "cutoff" | "missing") =>
    globalRule("summary-units", check);
  const byName = new Map<string, Grid[]>();
  for (const unit of units)
    byName.set(key(unitName(unit)), [...(byName.get(key(unitName(unit))) ?? []), unit]);
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    out.fail(
      rule("duplicate"),
      scope,
      "summary-duplicate",
      {
        unit: unitName(same[0]),
        count: String(same.length),
        sheets: same.map((u) => u.table.sheet).join(", "),
      },
      { cells: same.map(tableAnchor) },
    );
  }
  const byFigures = new Map<string, Grid[]>();
  for (const unit of units) {
    const entries = unit.entries.flat().filter((e) => e?.reading.state === "value" && !e.computed) as Entry[];
    // A unit's row in an official's table holds a few figures: two equal by chance prove nothing.
    if (unit.table.origin === "detected" && entries.filter((e) => valueOf(e) !== 0).length < MIN_IDENTICAL)
      continue;
    const figures = entries.map((e) => `${e.row.id}|${e.column.id}=${valueOf(e)}`).join(";");
    if (figures) byFigures.set(figures, [...(byFigures.get(figures) ?? []), unit]);
  }
  for (const same of byFigures.values()) {
    if (same.length < 2 || new Set(same.map((u) => key(unitName(u)))).size < 2) continue;
    out.fail(
      rule("identical"),
      scope,
      "summary-identical",
      { sheets: same.map((u) => u.table.sheet).join(", ") },
      { cells: same.map(tableAnchor) },
    );
  }
  const { from, to, cutoff } = summary.table.header;
  let offCutoff = false;
  for (const unit of units) {
    // An official's table that states no period or cut-off is not thereby of another one.
    const differs = (mine: string | undefined, theirs: string | undefined) =>
      mine !== theirs && (unit.table.origin !== "detected" || (mine !== undefined && theirs !== undefined));
    if ((from && differs(unit.table.header.from, from)) || (to && differs(unit.table.header.to, to))) {
      out.fail(
        rule("period"),
        scope,
        "summary-period",
        { unit: unitName(unit), unitPeriod: periodOf(unit), summaryPeriod: periodOf(summary) },
        { cells: [tableAnchor(unit)] },
      );
    }
    if (differs(unit.table.header.cutoff, cutoff)) {
      offCutoff = true;
      out.fail(
        rule("cutoff"),
        scope,
        "cross-table-cutoff",
        {
          unit: unitName(unit),
          unitCutoff: unit.table.header.cutoff ? displayDate(unit.table.header.cutoff) : "–",
          summaryCutoff: cutoff ? displayDate(cutoff) : "–",
        },
        { cells: [tableAnchor(unit)] },
      );
    }
  }
  const missing = expectedUnits.filter((name) => !byName.has(key(name)));
  if (missing.length)
    out.fail(
      rule("missing"),
      scope,
      "summary-missing",
      { count: String(missing.length), units: missing.join(", ") },
      { cells: [tableAnchor(summary)] },
    );
  return offCutoff;
}

/**
 * Which unit(s) likely explain a summary's difference: a unit left out (the difference is minus its figure), counted
 * twice (plus its figure), or changed by one digit since the summary was typed.
 */
function attribution(
  difference: number,
  contributing: { unit: Grid; entry: Entry | undefined }[],
  language: Language,
): string {
  const vi = language === "vi";
  for (const { unit, entry } of contributing) {
    const value = valueOf(entry);
    if (value === 0) continue;
    if (Math.abs(difference + value) < 1e-9)
      return vi
        ? ` Có thể thiếu số của ${unitName(unit)} (${formatNumber(value)}).`
        : ` ${unitName(unit)}'s ${formatNumber(value)} may be left out.`;
    if (Math.abs(difference - value) < 1e-9)
      return vi
        ? ` Có thể đã cộng trùng ${unitName(unit)} (${formatNumber(value)}).`
        : ` ${unitName(unit)} (${formatNumber(value)}) may be counted twice.`;
  }
  const slips = contributing.filter(({ entry }) => {
    const earlier = valueOf(entry) + difference;
    return (
      earlier >= 0 && Number.isInteger(earlier) && differsByOneDigit(String(valueOf(entry)), String(earlier))
    );
  });
  if (slips.length === 1) {
    const { unit, entry } = slips[0];
    const earlier = formatNumber(valueOf(entry) + difference);
    return vi
      ? ` Tổng hợp khớp nếu ${unitName(unit)} là ${earlier}: có thể số liệu đã được tổng hợp trước khi ${unitName(unit)} sửa thành ${formatNumber(valueOf(entry))}.`
      : ` The summary matches if ${unitName(unit)} were ${earlier}: perhaps it was added before ${unitName(unit)} corrected it to ${formatNumber(valueOf(entry))}.`;
  }
  return "";
}

function checkSummaryCell(
  summary: Grid,
  units: Grid[],
  row: Row,
  column: Column,
  out: Collector,
  language: Language,
  scope: { templateId: string; sheet: string },
  /** The row's competence when it names the summary's own level: the summary is then at least the units' sum. */
  competence?: { text: string; noted: Set<string> },
): void {
  const target = entryOf(summary, row, column);
  // Computed cells are recomputed from summed parts, never summed: except the totals of a table of units' totals,
  // whose total line is all it holds (a rate never adds up).
  if (!target || (target.computed && !(summary.table.group && row.total && !isRate(row, column)))) return;
  // The common case first, without allocating: every figure usable, and the sum right.
  let total = 0;
  let filled = target.reading.state === "value";
  let unusable = target.reading.state === "invalid" || target.reading.state === "not-applicable";
  const [r, c] = positionOf(summary, row, column);
  for (const unit of units) {
    if (unit.notApplicable.has(row.id)) continue;
    const entry = unit.entries[r][c];
    const state = entry?.reading.state;
    if (state === "value") filled = true;
    else if (state === "invalid" || state === "not-applicable") unusable = true;
    total += valueOf(entry);
  }
  if (!filled) return;
  const rule = globalRule("cross-table-sum");
  const difference = valueOf(target) - total;
  const held = () => {
    const entries = units.map((unit) => unit.entries[r][c]).filter((e): e is Entry => e !== undefined);
    out.pass(rule.id, compared(summary, [target, ...entries], target));
  };
  if (!unusable && Math.abs(difference) < 1e-9) return held();
  if (!unusable && competence !== undefined && difference > 0) {
    held();
    if (total > 0 && !competence.noted.has(row.id)) {
      competence.noted.add(row.id);
      reportOwnFigures(summary, units, row, column, out, language, scope, competence.text, total);
    }
    return;
  }

  const contributing = units
    .filter((u) => !u.notApplicable.has(row.id))
    .map((u) => ({ unit: u, entry: entryOf(u, row, column) }));
  const entries = contributing.map((c) => c.entry).filter((e): e is Entry => e !== undefined);
  const cells = [target.ref, ...entries.map((e) => e.ref)];
  if (unusable) {
    const missing = [target, ...entries].filter(
      (e) => e.reading.state === "invalid" || e.reading.state === "not-applicable",
    );
    const names = missing.map((e) => `${e.ref.sheet}!${e.ref.address}`).join(", ");
    out.cannot(
      rule.id,
      scope,
      cells,
      missing.map((e) => e.ref),
      { scope: entryLabel(target, language), check: rule.id, missing: names },
    );
    return;
  }
  const named = contributing
    .slice(0, MAX_NAMED_UNITS)
    .map((c) => `${unitName(c.unit)} (${formatNumber(valueOf(c.entry))})`);
  const others = contributing.length - MAX_NAMED_UNITS;
  const more = others > 0 ? (language === "vi" ? ` + ${others} đơn vị khác` : ` + ${others} more units`) : "";
  const vars = {
    scope: summaryLabel(summary, target, language),
    summary: formatNumber(valueOf(target)),
    units: named.join(" + ") + more,
    total: formatNumber(total),
    difference: formatNumber(Math.abs(difference)),
    hint: attribution(difference, contributing, language),
  };
  const fixes = [target, ...entries]
    .filter((e) => e.reading.state === "value" && !e.formula)
    .map((e) => ({ cell: e.ref, value: e === target ? total : valueOf(e) + difference }));
  out.fail(rule, scope, "cross-table-sum", vars, {
    cells,
    left: valueOf(target),
    right: total,
    difference,
    culprit: target.ref,
    suggested: { cell: target.ref, value: total },
    fixes,
  });
}

/** A summary above its units' sum where it has figures of its own: the difference is its own, said once. */
function reportOwnFigures(
  summary: Grid,
  units: Grid[],
  row: Row,
  column: Column,
  out: Collector,
  language: Language,
  scope: { templateId: string; sheet: string },
  competence: string,
  total: number,
): void {
  const target = entryOf(summary, row, column)!;
  const contributing = units.map((u) => entryOf(u, row, column)).filter((e): e is Entry => e !== undefined);
  const vars = {
    scope: summaryLabel(summary, target, language),
    summary: formatNumber(valueOf(target)),
    total: formatNumber(total),
    difference: formatNumber(valueOf(target) - total),
    competence,
  };
  out.fail(globalRule("summary-units", "own-figures"), scope, "summary-own-figures", vars, {
    cells: [target.ref, ...contributing.map((e) => e.ref)],
    left: valueOf(target),
    right: total,
    difference: valueOf(target) - total,
  });
}
