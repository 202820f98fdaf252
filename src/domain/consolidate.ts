// Adding up units' tables into a summary (xã → huyện → tỉnh): cell by cell, matched by row and column id, never by
// position. Computed cells are left to the summary's own formulas (a rate is Σpart/Σwhole, never a sum of rates),
// rows a unit marks "Không thuộc thẩm quyền" contribute nothing, and cumulative figures are added only across
// units with the summary's cut-off date.
import { displayDate, displayPeriod } from "./dates";
import type { Language } from "./i18n";
import { readCell } from "./rules/read";
import { cellApplies, cellFormula, cellKind, isNotApplicableText } from "./templates/layout";
import type { TableValues } from "./templates/plan";
import type { Template } from "./templates/schema";
import { normaliseText } from "./text";
import {
  type LocatedTable,
  quoteSheetName,
  type SheetSnapshot,
  type TableHeader,
  tableCell,
} from "./workbook";

/** One unit's table: where it came from (a file, or a sheet of this workbook) and what it holds. */
export interface UnitTable {
  source: string;
  table: LocatedTable;
  sheet: SheetSnapshot;
}

/** Which unit put which figure into a summary cell: the trail a reviewer follows to trace a total. */
export interface Contribution {
  rowId: string;
  columnId: string;
  unit: string;
  source: string;
  /** "Sheet!A1" in the unit's workbook. */
  cell: string;
  value: number;
}

export type ConsolidationProblem =
  | { kind: "duplicate-unit"; unit: string; sources: string[] }
  | { kind: "identical-figures"; sources: string[] }
  | { kind: "period-mismatch"; unit: string; source: string; period: string }
  | { kind: "cutoff-mismatch"; unit: string; source: string; cutoff: string }
  | { kind: "unusable-figure"; unit: string; source: string; cell: string };

export interface Consolidation {
  values: TableValues;
  contributions: Contribution[];
  problems: ConsolidationProblem[];
}

export function unitName(unit: UnitTable): string {
  return unit.table.header.unit ?? unit.source;
}

const period = (header: TableHeader) => displayPeriod(header.from, header.to);

/** Adds the units' input figures into the values of a summary with the given header. */
export function consolidate(template: Template, units: UnitTable[], header: TableHeader): Consolidation {
  const values: TableValues = {};
  const contributions: Contribution[] = [];
  const problems: ConsolidationProblem[] = [...duplicates(units)];
  const offCutoff = new Set<UnitTable>();
  for (const unit of units) {
    const unitHeader = unit.table.header;
    if ((header.from && unitHeader.from !== header.from) || (header.to && unitHeader.to !== header.to)) {
      problems.push({
        kind: "period-mismatch",
        unit: unitName(unit),
        source: unit.source,
        period: period(unitHeader),
      });
    }
    if (header.cutoff && unitHeader.cutoff !== header.cutoff) {
      offCutoff.add(unit);
      problems.push({
        kind: "cutoff-mismatch",
        unit: unitName(unit),
        source: unit.source,
        cutoff: unitHeader.cutoff ? displayDate(unitHeader.cutoff) : "?",
      });
    }
  }
  for (const unit of units) {
    const notApplicable = notApplicableRows(template, unit);
    const totals = totalsOnly(template, unit);
    for (const row of template.rows) {
      if (notApplicable.has(row.id)) continue;
      for (const column of template.columns) {
        const formula = cellFormula(row, column);
        // A unit's totals are added only where the unit gave nothing else (a row of a table of units' totals).
        const computed = formula && !(totals && row.total && formula.op === "sum");
        if (!cellApplies(row, column) || computed || (column.flow === "stock" && offCutoff.has(unit)))
          continue;
        const kind = cellKind(column, row);
        const address = tableCell(unit.table, row.id, column.id);
        if (address === undefined || (kind !== "count" && kind !== "amount")) continue;
        const { reading } = readCell(unit.sheet.cells.get(address), kind);
        const cell = `${unit.sheet.name}!${address}`;
        if (reading.state === "invalid")
          problems.push({ kind: "unusable-figure", unit: unitName(unit), source: unit.source, cell });
        if (reading.state !== "value") continue;
        const rowValues = (values[row.id] ??= {});
        rowValues[column.id] = Number(rowValues[column.id] ?? 0) + reading.value;
        contributions.push({
          rowId: row.id,
          columnId: column.id,
          unit: unitName(unit),
          source: unit.source,
          cell,
          value: reading.value,
        });
      }
    }
  }
  return { values, contributions, problems };
}

/** The unit's table holds its total line alone (one row of a district's table listing its communes). */
function totalsOnly(template: Template, unit: UnitTable): boolean {
  const rows = Object.keys(unit.table.rows);
  return rows.length > 0 && rows.every((id) => template.rows.find((row) => row.id === id)?.total);
}

function notApplicableRows(template: Template, unit: UnitTable): Set<string> {
  const rows = new Set<string>();
  const column = template.notApplicableColumn;
  if (!column) return rows;
  for (const row of template.rows) {
    const address = tableCell(unit.table, row.id, column);
    if (address !== undefined && isNotApplicableText(unit.sheet.cells.get(address)?.value ?? null))
      rows.add(row.id);
  }
  return rows;
}

/** The same unit twice (by name), or two sources with identical figures (one file sent twice under two names). */
function duplicates(units: UnitTable[]): ConsolidationProblem[] {
  const problems: ConsolidationProblem[] = [];
  const byName = new Map<string, UnitTable[]>();
  for (const unit of units) {
    const key = normaliseText(unitName(unit)).toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), unit]);
  }
  for (const same of byName.values())
    if (same.length > 1)
      problems.push({ kind: "duplicate-unit", unit: unitName(same[0]), sources: same.map((u) => u.source) });
  const byFigures = new Map<string, UnitTable[]>();
  for (const unit of units) {
    // Which figure stands in which row and column: positions differ between files, ids do not.
    const figures = Object.keys(unit.table.rows).flatMap((rowId) =>
      Object.keys(unit.table.columns).flatMap((columnId) => {
        const address = tableCell(unit.table, rowId, columnId);
        const value = address === undefined ? undefined : unit.sheet.cells.get(address)?.value;
        return typeof value === "number" ? [`${rowId}|${columnId}=${value}`] : [];
      }),
    );
    if (figures.length === 0) continue;
    const key = JSON.stringify(figures);
    byFigures.set(key, [...(byFigures.get(key) ?? []), unit]);
  }
  for (const same of byFigures.values()) {
    const names = new Set(same.map((u) => normaliseText(unitName(u)).toLowerCase()));
    if (same.length > 1 && names.size > 1)
      problems.push({ kind: "identical-figures", sources: same.map((u) => u.source) });
  }
  return problems;
}

/** A problem in words, for the command line and the contributions sheet. */
export function describeProblem(problem: ConsolidationProblem, language: Language): string {
  const vi = language === "vi";
  switch (problem.kind) {
    case "duplicate-unit":
      return vi
        ? `Đơn vị "${problem.unit}" có mặt ${problem.sources.length} lần: ${problem.sources.join(", ")}.`
        : `The unit "${problem.unit}" appears ${problem.sources.length} times: ${problem.sources.join(", ")}.`;
    case "identical-figures":
      return vi
        ? `Các tệp có số liệu giống hệt nhau (có thể gửi trùng): ${problem.sources.join(", ")}.`
        : `These files hold identical figures (sent twice?): ${problem.sources.join(", ")}.`;
    case "period-mismatch":
      return vi
        ? `${problem.unit} (${problem.source}) báo cáo kỳ ${problem.period}, khác kỳ tổng hợp.`
        : `${problem.unit} (${problem.source}) reports the period ${problem.period}, not the summary's.`;
    case "cutoff-mismatch":
      return vi
        ? `${problem.unit} (${problem.source}) chốt lũy kế ngày ${problem.cutoff}: số lũy kế của đơn vị này không được cộng.`
        : `${problem.unit} (${problem.source}) has the cut-off ${problem.cutoff}: its cumulative figures are not added.`;
    case "unusable-figure":
      return vi
        ? `${problem.unit} (${problem.source}): ô ${problem.cell} không có số dùng được, không được cộng.`
        : `${problem.unit} (${problem.source}): ${problem.cell} holds no usable figure and is not added.`;
  }
}

/**
 * Live formulas for a summary table inside the units' workbook: each input cell adds the units' cells of the same
 * row and column id (`=SUM('Xã A'!D13,'Xã B'!D18)`), leaving out rows a unit marks "Không thuộc thẩm quyền" and
 * cumulative figures of units with another cut-off. Computed cells keep the template's own formulas.
 */
/** Excel's functions take at most 255 arguments: more references are added in nested SUMs of 255. */
const MAX_ARGUMENTS = 255;

function sumOf(refs: string[]): string {
  if (refs.length <= MAX_ARGUMENTS) return `SUM(${refs.join(",")})`;
  const groups: string[] = [];
  for (let i = 0; i < refs.length; i += MAX_ARGUMENTS) groups.push(sumOf(refs.slice(i, i + MAX_ARGUMENTS)));
  return sumOf(groups);
}

export function summaryFormulas(
  template: Template,
  summary: LocatedTable,
  units: UnitTable[],
): Map<string, string> {
  const formulas = new Map<string, string>();
  const skipped = new Map(units.map((unit) => [unit, notApplicableRows(template, unit)]));
  for (const row of template.rows) {
    for (const column of template.columns) {
      const kind = cellKind(column, row);
      const target = tableCell(summary, row.id, column.id);
      if (target === undefined || !cellApplies(row, column) || cellFormula(row, column)) continue;
      if (kind !== "count" && kind !== "amount") continue;
      const refs = units.flatMap((unit) => {
        const address = tableCell(unit.table, row.id, column.id);
        if (address === undefined || skipped.get(unit)!.has(row.id)) return [];
        if (
          column.flow === "stock" &&
          summary.header.cutoff &&
          unit.table.header.cutoff !== summary.header.cutoff
        )
          return [];
        return [`${quoteSheetName(unit.table.sheet)}!${address}`];
      });
      formulas.set(target, refs.length ? `=${sumOf(refs)}` : "=0");
    }
  }
  return formulas;
}
