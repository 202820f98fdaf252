// Checks inside one located table: every cell by its kind, then each table rule over every row or column.
import { globalRule } from "./catalog";
import type { Language } from "../i18n";
import { checkStatedRate, decimalToNumber, differsByOneDigit, formatNumber, formatPercentPoints, type RateHint } from "../numbers";
import { cellApplies, cellFormula, cellKind, excelFormula, isNotApplicableText, type Row, type Column, type Template } from "../templates";
import { a1, type LocatedTable, type SheetSnapshot } from "../workbook";
import { isNumericKind, readCell, type Reading } from "./read";
import { type CellRef, type CheckOptions, Collector } from "./result";
import type { Rule } from "./schema";

/** One template cell as read: where it is, what it holds, whether the template computes it. */
export interface Entry {
  ref: CellRef;
  reading: Reading;
  /** The template computes this cell… */
  computed: boolean;
  /** …and the cell holds a formula (not a typed value). */
  formula: boolean;
  label: string;
}

/** A table's cells, read once, by "rowId|columnId". */
export interface Grid {
  template: Template;
  table: LocatedTable;
  entries: Map<string, Entry>;
  /** Rows marked "Không thuộc thẩm quyền": out of checks and totals. */
  notApplicable: Set<string>;
}

const key = (rowId: string, columnId: string) => `${rowId}|${columnId}`;

function present(table: LocatedTable, row: Row, column: Column): boolean {
  return table.rows[row.id] !== undefined && table.columns[column.id] !== undefined && cellApplies(row, column);
}

/** Reads every cell of the table and reports single-cell problems. */
export function readTable(template: Template, table: LocatedTable, sheet: SheetSnapshot, out: Collector, language: Language): Grid {
  const grid: Grid = { template, table, entries: new Map(), notApplicable: new Set() };
  const scope = { templateId: template.id, sheet: table.sheet };
  const naColumn = template.columns.find((c) => c.id === template.notApplicableColumn);
  for (const row of template.rows) {
    const naAddress = naColumn && table.columns[naColumn.id] !== undefined && table.rows[row.id] !== undefined ? a1(table.rows[row.id], table.columns[naColumn.id]) : undefined;
    if (naAddress && isNotApplicableText(sheet.cells.get(naAddress)?.value ?? null)) grid.notApplicable.add(row.id);
    for (const column of template.columns) {
      if (!present(table, row, column) || !isNumericKind(cellKind(column, row))) continue;
      const ref = { sheet: table.sheet, address: a1(table.rows[row.id], table.columns[column.id]) };
      const cell = sheet.cells.get(ref.address);
      const { reading, finding } = readCell(cell, cellKind(column, row));
      const computed = cellFormula(row, column) !== undefined;
      grid.entries.set(key(row.id, column.id), { ref, reading, computed, formula: Boolean(cell?.formula), label: `${row.label[language]} – ${column.label[language]}` });
      out.cellsRead++;
      if (finding) {
        const rule = globalRule("cell", finding.check);
        const suggested = finding.suggested !== undefined ? { suggested: { cell: ref, value: finding.suggested } } : {};
        out.fail(rule, scope, finding.check, { cell: ref.address, ...finding.vars }, { cells: [ref], culprit: ref, ...suggested });
      }
      if (computed && table.origin === "bc06" && !cell?.formula && reading.state === "value") {
        const formula = excelFormula(template, table, row, column) ?? "";
        out.fail(globalRule("cell", "formula-overwritten"), scope, "formula-overwritten", { cell: ref.address, scope: row.label[language], value: formatNumber(reading.value), formula }, { cells: [ref], culprit: ref });
      }
    }
  }
  reportFiguresInNotApplicableRows(grid, out, language);
  return grid;
}

function reportFiguresInNotApplicableRows(grid: Grid, out: Collector, language: Language): void {
  for (const rowId of grid.notApplicable) {
    const filled = grid.template.columns
      .map((c) => grid.entries.get(key(rowId, c.id)))
      .filter((e): e is Entry => e !== undefined && e.reading.state === "value" && !e.computed);
    if (filled.length === 0) continue;
    const row = grid.template.rows.find((r) => r.id === rowId)!;
    const rule = globalRule("cell", "not-applicable-has-figures");
    out.fail(rule, { templateId: grid.template.id, sheet: grid.table.sheet }, "not-applicable-has-figures", { scope: row.label[language], cells: filled.map((e) => e.ref.address).join(", ") }, { cells: filled.map((e) => e.ref) });
  }
}

interface ScopeItem {
  id: string;
  label: string;
  /** The operand cell for a ref, undefined when the table lacks it (the rule then does not apply here). */
  operand: (ref: string) => Entry[] | undefined;
}

/** The rows (each-row) or columns (each-column) a rule runs over. */
function scopeItems(rule: Rule, grid: Grid, language: Language): ScopeItem[] {
  const { template, table } = grid;
  const dataRows = template.rows.filter((r) => !r.total && !grid.notApplicable.has(r.id));
  if (rule.for === "each-row") {
    return template.rows
      .filter((r) => table.rows[r.id] !== undefined && !grid.notApplicable.has(r.id) && (!rule.only || rule.only.includes(r.id)))
      .map((row) => ({ id: row.id, label: row.label[language], operand: (ref) => single(grid.entries.get(key(row.id, ref))) }));
  }
  const numericColumns = template.columns.filter((c) => template.rows.some((r) => isNumericKind(cellKind(c, r))));
  return template.columns
    .filter((c) => table.columns[c.id] !== undefined && (!rule.only || rule.only.includes(c.id)))
    .map((column) => ({
      id: column.id,
      label: numericColumns.length > 1 ? column.label[language] : template.title[language],
      operand: (ref) =>
        ref === "*"
          ? dataRows.map((r) => grid.entries.get(key(r.id, column.id))).filter((e): e is Entry => e !== undefined)
          : single(grid.entries.get(key(ref, column.id))),
    }));
}

function single(entry: Entry | undefined): Entry[] | undefined {
  return entry ? [entry] : undefined;
}

type Resolution = { status: "skip" } | { status: "cannot"; missing: Entry[] } | { status: "ok"; left: number; right: number };

const hasValue = (e: Entry) => e.reading.state === "value";
const valueOf = (e: Entry) => (e.reading.state === "value" ? e.reading.value : 0);
const sum = (entries: Entry[]) => entries.reduce((acc, e) => acc + valueOf(e), 0);

/** Applies the rule's missing-value strategy to its two sides. */
function resolve(rule: Rule, left: Entry[], right: Entry[]): Resolution {
  const all = [...left, ...right];
  const missing = all.filter((e) => !hasValue(e));
  if (missing.length === all.length) return { status: "skip" }; // nothing filled in: an unused row
  const invalid = all.filter((e) => e.reading.state === "invalid");
  if (invalid.length > 0) return { status: "cannot", missing: invalid };
  if (missing.length > 0 && rule.missing === "skip-if-any") return { status: "cannot", missing };
  if (missing.length > 0 && rule.missing === "skip-if-all") {
    const emptySide = [left, right].find((side) => !side.some(hasValue));
    if (emptySide) return { status: "cannot", missing: emptySide };
  }
  return { status: "ok", left: sum(left), right: sum(right) };
}

function terms(entries: Entry[], refs: string[], labelOf: (ref: string) => string, language: Language): string {
  if (refs.includes("*")) return language === "vi" ? `tổng các dòng (${entries.length})` : `the rows' sum (${entries.length})`;
  return refs.map((ref, i) => `${labelOf(ref)} (${entries[i].reading.state === "value" ? formatNumber(valueOf(entries[i])) : "–"})`).join(" + ");
}

/** The single input cell whose one-digit slip explains a sum's difference, if exactly one does. */
function typoCulprit(left: Entry[], right: Entry[], difference: number): { entry: Entry; value: number } | undefined {
  const candidates = [
    ...left.map((entry) => ({ entry, value: valueOf(entry) - difference })),
    ...right.map((entry) => ({ entry, value: valueOf(entry) + difference })),
  ].filter(({ entry, value }) => hasValue(entry) && !entry.formula && value >= 0 && Number.isInteger(value) && differsByOneDigit(String(valueOf(entry)), String(value)));
  return candidates.length === 1 ? candidates[0] : undefined;
}

const TOLERANCE = 1e-9;

function checkSides(rule: Extract<Rule, { kind: "sum" | "less-or-equal" }>, grid: Grid, item: ScopeItem, out: Collector, language: Language): void {
  const left = rule.left.map(item.operand);
  const right = rule.right.map(item.operand);
  if ([...left, ...right].some((e) => e === undefined)) return;
  const l = left.flat() as Entry[];
  const r = right.flat() as Entry[];
  const resolution = resolve(rule, l, r);
  const scope = { templateId: grid.template.id, sheet: grid.table.sheet };
  if (resolution.status === "skip") return;
  const cells = [...l, ...r].map((e) => e.ref);
  if (resolution.status === "cannot") {
    out.cannot(rule.id, scope, cells, resolution.missing.map((e) => e.ref), { scope: item.label, check: rule.id, missing: resolution.missing.map((e) => e.ref.address).join(", ") });
    return;
  }
  const difference = resolution.left - resolution.right;
  const holds = rule.kind === "sum" ? Math.abs(difference) <= rule.tolerance + TOLERANCE : difference <= rule.tolerance + TOLERANCE;
  if (holds) return out.pass(rule.id);
  const labelOf = labeller(grid, rule.for, language);
  const vars = {
    scope: item.label,
    leftTerms: terms(l, rule.left, labelOf, language),
    rightTerms: terms(r, rule.right, labelOf, language),
    left: formatNumber(resolution.left),
    right: formatNumber(resolution.right),
    difference: formatNumber(Math.abs(difference)),
  };
  const init = { cells, left: resolution.left, right: resolution.right, difference };
  const typo = rule.kind === "sum" ? typoCulprit(l, r, difference) : undefined;
  if (typo) return out.fail(rule, scope, rule.kind, vars, { ...init, culprit: typo.entry.ref, suggested: { cell: typo.entry.ref, value: typo.value } });
  const total = rule.kind === "sum" && l.length === 1 && !l[0].formula ? { suggested: { cell: l[0].ref, value: resolution.right } } : {};
  out.fail(rule, scope, rule.kind, vars, { ...init, ...total });
}

function labeller(grid: Grid, scope: Rule["for"], language: Language): (ref: string) => string {
  const items: { id: string; label: { vi: string; en: string } }[] = scope === "each-row" ? grid.template.columns : grid.template.rows;
  return (ref) => items.find((i) => i.id === ref)?.label[language] ?? ref;
}

function hintText(hint: RateHint | undefined, part: number, language: Language, decimals: number): string {
  if (!hint) return "";
  const vi = language === "vi";
  switch (hint.kind) {
    case "stated-digit":
      return vi ? ` Có thể gõ nhầm một chữ số (đúng là ${formatPercentPoints(hint.correct, decimals)}).` : ` Probably a one-digit typo (should be ${formatPercentPoints(hint.correct, decimals)}).`;
    case "whole-off-by-one":
      return vi ? ` Tỷ lệ ghi khớp với ${part}/${hint.whole}: có thể đã tính trên tổng ${hint.whole}.` : ` The stated rate matches ${part}/${hint.whole}: perhaps computed on a total of ${hint.whole}.`;
    case "part-digit":
      return vi ? ` Có thể tử số đúng là ${formatNumber(hint.part)}.` : ` The numerator may be ${formatNumber(hint.part)}.`;
    case "whole-digit":
      return vi ? ` Có thể mẫu số đúng là ${formatNumber(hint.whole)}.` : ` The denominator may be ${formatNumber(hint.whole)}.`;
  }
}

function checkRatio(rule: Extract<Rule, { kind: "ratio" }>, grid: Grid, item: ScopeItem, out: Collector, options: Required<CheckOptions>): void {
  const [rate, part, whole] = [rule.rate, rule.part, rule.whole].map((ref) => item.operand(ref)?.[0]);
  if (!rate || !part || !whole || rate.reading.state === "blank" || rate.reading.state === "not-applicable") return;
  const scope = { templateId: grid.template.id, sheet: grid.table.sheet };
  const cells = [rate.ref, part.ref, whole.ref];
  const unusable = [rate, part, whole].filter((e) => !hasValue(e));
  if (unusable.length > 0 || rate.reading.state !== "value") {
    out.cannot(rule.id, scope, cells, unusable.map((e) => e.ref), { scope: item.label, check: rule.id, missing: unusable.map((e) => e.ref.address).join(", ") });
    return;
  }
  const stated = rate.reading;
  const [p, w] = [part.reading, whole.reading] as Extract<Reading, { state: "value" }>[];
  const labelOf = labeller(grid, rule.for, options.language);
  const decimals = stated.decimals ?? 0;
  const vars = {
    scope: item.label,
    rateLabel: labelOf(rule.rate),
    wholeLabel: labelOf(rule.whole),
    stated: formatPercentPoints(stated.exact, decimals),
    part: formatNumber(p.value),
    whole: formatNumber(w.value),
  };
  const init = { cells, culprit: rate.ref, left: stated.value, right: w.value === 0 ? undefined : (100 * p.value) / w.value };
  const check = checkStatedRate(p.exact, w.exact, stated.exact, decimals);
  if (check.verdict === "zero-whole") {
    if (stated.value === 0) return out.pass(rule.id);
    return out.fail({ ...rule, severity: "warning" }, scope, "ratio.zero-whole", vars, init, `${rule.id}.mau_so_0`);
  }
  const computed = formatPercentPoints(check.computed, check.decimals);
  const points = decimalToNumber(check.computed);
  const suggestion = { suggested: { cell: rate.ref, value: stated.fraction === false ? points : points / 100 } };
  if (check.verdict === "inconsistent" || (check.convention === "truncated" && !options.acceptTruncated)) {
    const hint = hintText(check.verdict === "inconsistent" ? check.hint : undefined, p.value, options.language, decimals);
    return out.fail(rule, scope, "ratio", { ...vars, computed, hint }, { ...init, difference: stated.value - (init.right ?? 0), ...suggestion });
  }
  out.pass(rule.id);
  // A computed share over 100% only echoes its parts, whose own rule reports them.
  if (stated.value > 100 && rule.share && !rate.formula) out.fail(rule, scope, "ratio.over-100", vars, init, `${rule.id}.vuot_100`);
  else if (stated.value > 100 && !rule.share) out.fail({ ...rule, severity: "info" }, scope, "ratio.over-target", vars, init, `${rule.id}.vuot_chi_tieu`);
  if (check.convention === "truncated") out.fail({ ...rule, severity: "info" }, scope, "ratio.truncated", { ...vars, computed }, init, `${rule.id}.lam_tron_xuong`);
}

function checkPair(rule: Extract<Rule, { kind: "pair" }>, grid: Grid, item: ScopeItem, out: Collector, language: Language): void {
  const [a, b] = rule.refs.map((ref) => item.operand(ref)?.[0]);
  if (!a || !b) return;
  if (hasValue(a) === hasValue(b)) return hasValue(a) ? out.pass(rule.id) : undefined;
  const [filled, empty] = hasValue(a) ? [a, b] : [b, a];
  const labelOf = labeller(grid, rule.for, language);
  const [filledRef, emptyRef] = hasValue(a) ? rule.refs : [rule.refs[1], rule.refs[0]];
  out.fail(rule, { templateId: grid.template.id, sheet: grid.table.sheet }, "pair", { scope: item.label, filledLabel: labelOf(filledRef), emptyLabel: labelOf(emptyRef), filled: formatNumber(valueOf(filled)) }, { cells: [filled.ref, empty.ref], culprit: empty.ref });
}

/**
 * Runs the template's rules over a table already read. A total row is checked only when its data rows passed
 * the same rule: otherwise the row at fault is already reported, and the total would repeat it.
 */
export function checkTableRules(grid: Grid, out: Collector, options: Required<CheckOptions>): void {
  const totals = new Set(grid.template.rows.filter((r) => r.total).map((r) => r.id));
  for (const rule of grid.template.rules) {
    const outcomes = () => out.issues.length + out.cannotCheck.length;
    const before = outcomes();
    for (const item of scopeItems(rule, grid, options.language)) {
      if (rule.for === "each-row" && totals.has(item.id) && outcomes() > before) continue;
      switch (rule.kind) {
        case "sum":
        case "less-or-equal":
          checkSides(rule, grid, item, out, options.language);
          break;
        case "ratio":
          checkRatio(rule, grid, item, out, options);
          break;
        case "pair":
          checkPair(rule, grid, item, out, options.language);
          break;
      }
    }
  }
}
