// Checks inside one located table: every cell by its kind, then each table rule over every row or column.
import { globalRule } from "./catalog";
import type { Language } from "../i18n";
import { decimalToNumber } from "../numbers/decimal";
import { formatNumber, formatPercentPoints } from "../numbers/format";
import { checkStatedRate, differsByOneDigit, type RateHint } from "../numbers/rate";
import { cellApplies, cellFormula, cellKind, excelFormula, isNotApplicableText } from "../templates/layout";
import {
  type CellKind,
  type Column,
  type Label,
  type Row,
  ruleRefs,
  type Template,
} from "../templates/schema";
import { a1, type LocatedTable, parseA1, type SheetSnapshot, tableCell } from "../workbook";
import { exactOf, isNumericKind, readCell, type Reading, statedDecimals } from "./read";
import { type CellRef, type CheckOptions, Collector } from "./result";
import type { Rule } from "./schema";

/**
 * One template cell as read: where it is, what it holds, whether the template computes it. A class, so that the
 * tens of thousands read per check cost one object each; `ref` is built only for the few that get reported.
 */
export class Entry {
  constructor(
    readonly sheet: string,
    readonly address: string,
    readonly reading: Reading,
    /** The template computes this cell… */
    readonly computed: boolean,
    /** …and the cell holds a formula (not a typed value). */
    readonly formula: boolean,
    readonly row: Row,
    readonly column: Column,
  ) {}

  get ref(): CellRef {
    return { sheet: this.sheet, address: this.address };
  }
}

/** The numeric cells of a template, worked out once per template. */
interface TemplateCells {
  rowIndex: Map<string, number>;
  columnIndex: Map<string, number>;
  cells: { row: Row; column: Column; r: number; c: number; kind: CellKind; computed: boolean }[];
}

const templateCells = new WeakMap<Template, TemplateCells>();

function cellsOf(template: Template): TemplateCells {
  let known = templateCells.get(template);
  if (!known) {
    const cells: TemplateCells["cells"] = [];
    template.rows.forEach((row, r) =>
      template.columns.forEach((column, c) => {
        const kind = cellKind(column, row);
        if (cellApplies(row, column) && isNumericKind(kind))
          cells.push({ row, column, r, c, kind, computed: cellFormula(row, column) !== undefined });
      }),
    );
    known = {
      rowIndex: new Map(template.rows.map((row, i) => [row.id, i])),
      columnIndex: new Map(template.columns.map((column, i) => [column.id, i])),
      cells,
    };
    templateCells.set(template, known);
  }
  return known;
}

/** A table's cells, read once, indexed by template row and column position. */
export interface Grid {
  template: Template;
  table: LocatedTable;
  sheet: SheetSnapshot;
  entries: (Entry | undefined)[][];
  /** Rows marked "Không thuộc thẩm quyền": out of checks and totals. */
  notApplicable: Set<string>;
}

/** Where a template cell sits in the grids of tables of that template. */
export function positionOf(grid: Grid, row: Row, column: Column): [number, number] {
  const { rowIndex, columnIndex } = cellsOf(grid.template);
  return [rowIndex.get(row.id)!, columnIndex.get(column.id)!];
}

export function entryAt(grid: Grid, rowId: string, columnId: string): Entry | undefined {
  const { rowIndex, columnIndex } = cellsOf(grid.template);
  const r = rowIndex.get(rowId);
  const c = columnIndex.get(columnId);
  return r === undefined || c === undefined ? undefined : grid.entries[r][c];
}

/** "Row – column", the way messages name a cell. */
export function entryLabel(entry: Entry, language: Language): string {
  return `${entry.row.label[language]} – ${entry.column.label[language]}`;
}

/** In an official's table, typed values are out of place only among at least twice as many formulas. */
const TYPED_AMONG_FORMULAS = 2;

/** A computed cell typed as a value, reported once the whole table is read. */
interface TypedOverFormula {
  entry: Entry;
  kind: CellKind;
  declaration: string;
}

/** Reads every cell of the table and reports single-cell problems. */
export function readTable(
  template: Template,
  table: LocatedTable,
  sheet: SheetSnapshot,
  out: Collector,
  language: Language,
): Grid {
  const grid: Grid = {
    template,
    table,
    sheet,
    entries: template.rows.map(() => []),
    notApplicable: new Set(),
  };
  const scope = { templateId: template.id, sheet: table.sheet };
  const naColumn = template.notApplicableColumn;
  if (naColumn !== undefined) {
    for (const row of template.rows) {
      const address = tableCell(table, row.id, naColumn);
      if (address !== undefined && isNotApplicableText(sheet.cells.get(address)?.value ?? null))
        grid.notApplicable.add(row.id);
    }
  }
  const detected = table.origin === "detected";
  const inPoints = table.recognised?.ratesInPoints ?? false;
  const summed = detected ? cellsReadByFormulas(template, table, sheet) : undefined;
  const typed: TypedOverFormula[] = [];
  const formulas = new Map<string, number>();
  for (const { row, column, r, c, kind, computed } of cellsOf(template).cells) {
    const address = tableCell(table, row.id, column.id);
    if (address === undefined) continue;
    const cell = sheet.cells.get(address);
    const { reading, finding } = readCell(cell, kind, inPoints);
    const entry = new Entry(table.sheet, address, reading, computed, Boolean(cell?.formula), row, column);
    grid.entries[r][c] = entry;
    out.cellsRead++;
    // In an official's own table, a status word (or words without a digit: "Đang cập nhật") is their convention,
    // and a number typed as text matters only where a formula adds it up (and leaves it out).
    const wordsOnly = finding?.check === "not-a-number" && !/\d/.test(String(cell?.value));
    const reportable =
      finding &&
      (!detected ||
        (finding.check !== "status-word" &&
          !wordsOnly &&
          (finding.check !== "text-number" || summed!.has(address))));
    if (reportable) {
      const ref = entry.ref;
      const rule = globalRule("cell", finding.check);
      const suggested =
        finding.suggested !== undefined ? { suggested: { cell: ref, value: finding.suggested } } : {};
      out.fail(
        rule,
        scope,
        finding.check,
        { cell: ref.address, ...finding.vars },
        { cells: [ref], culprit: ref, ...suggested },
      );
    }
    if (!computed) continue;
    const declaration = cellFormula(row, column) === column.formula ? `c:${column.id}` : `r:${row.id}`;
    if (reading.state !== "value") continue;
    if (cell?.formula) formulas.set(declaration, (formulas.get(declaration) ?? 0) + 1);
    else typed.push({ entry, kind, declaration });
  }
  reportTypedOverFormulas(grid, typed, formulas, out, language);
  reportFiguresInNotApplicableRows(grid, out, language);
  return grid;
}

/**
 * Values typed where the template computes: always worth a word in BC06's own tables; in an official's table only
 * where most cells of the same kind are formulas (a table typed by hand throughout is not at fault).
 */
function reportTypedOverFormulas(
  grid: Grid,
  typed: TypedOverFormula[],
  formulas: Map<string, number>,
  out: Collector,
  language: Language,
): void {
  const { template, table } = grid;
  const detected = table.origin === "detected";
  const typedCount = new Map<string, number>();
  for (const { declaration } of typed) typedCount.set(declaration, (typedCount.get(declaration) ?? 0) + 1);
  for (const { entry, kind, declaration } of typed) {
    if (detected && (formulas.get(declaration) ?? 0) < TYPED_AMONG_FORMULAS * typedCount.get(declaration)!)
      continue;
    const ref = entry.ref;
    const value = entry.reading.state === "value" ? entry.reading.value : 0;
    const vars = {
      cell: ref.address,
      scope: entry.row.label[language],
      value: kind === "percent" ? formatPercentPoints(value) : formatNumber(value),
      formula: detected ? "" : (excelFormula(template, table, entry.row, entry.column) ?? ""),
    };
    out.fail(
      globalRule("cell", "formula-overwritten"),
      { templateId: template.id, sheet: table.sheet },
      detected ? "formula-typed" : "formula-overwritten",
      vars,
      { cells: [ref], culprit: ref },
    );
  }
}

const REFERENCE =
  /(?<![A-Za-z0-9_!$.'])\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?(?![A-Za-z0-9_(!])/g;
const MAX_RANGE_CELLS = 100_000;

/** The cells of the sheet that the table's own formulas read (same-sheet references: C6, C6:C14). */
function cellsReadByFormulas(template: Template, table: LocatedTable, sheet: SheetSnapshot): Set<string> {
  const read = new Set<string>();
  for (const row of template.rows) {
    for (const column of template.columns) {
      const address = tableCell(table, row.id, column.id);
      const formula = address === undefined ? undefined : sheet.cells.get(address)?.formula;
      if (!formula) continue;
      for (const match of formula.matchAll(REFERENCE)) {
        const from = parseA1(`${match[1]}${match[2]}`)!;
        const to = match[3] ? parseA1(`${match[3]}${match[4]}`)! : from;
        const rows = Math.abs(to.row - from.row) + 1;
        const columns = Math.abs(to.column - from.column) + 1;
        if (rows * columns > MAX_RANGE_CELLS) continue;
        for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++)
          for (let c = Math.min(from.column, to.column); c <= Math.max(from.column, to.column); c++)
            read.add(a1(r, c));
      }
    }
  }
  return read;
}

function reportFiguresInNotApplicableRows(grid: Grid, out: Collector, language: Language): void {
  for (const rowId of grid.notApplicable) {
    const filled = grid.template.columns
      .map((c) => entryAt(grid, rowId, c.id))
      .filter((e): e is Entry => e !== undefined && e.reading.state === "value" && !e.computed);
    if (filled.length === 0) continue;
    const row = filled[0].row;
    const rule = globalRule("cell", "not-applicable-has-figures");
    const vars = { scope: row.label[language], cells: filled.map((e) => e.ref.address).join(", ") };
    out.fail(
      rule,
      { templateId: grid.template.id, sheet: grid.table.sheet },
      "not-applicable-has-figures",
      vars,
      { cells: filled.map((e) => e.ref) },
    );
  }
}

/** A row (each-row rules) or column (each-column rules) a rule runs over, compiled once per template. */
interface ScopeItem {
  id: string;
  label: Label;
  total: boolean;
  /** Grid positions of each operand ref; "*" lists every data row. */
  positions: Map<string, [number, number][]>;
}

const compiledRules = new WeakMap<Template, Map<Rule, ScopeItem[]>>();

/** The rows (each-row) or columns (each-column) a rule runs over, with where its operands are. */
function scopeItems(template: Template, rule: Rule): ScopeItem[] {
  let byRule = compiledRules.get(template);
  if (!byRule) compiledRules.set(template, (byRule = new Map()));
  let items = byRule.get(rule);
  if (items) return items;
  const { rowIndex, columnIndex } = cellsOf(template);
  const refs = [...new Set(ruleRefs(rule))];
  const dataRows = template.rows.map((r, i) => [r, i] as const).filter(([r]) => !r.total);
  if (rule.for === "each-row") {
    items = template.rows
      .filter((row) => !rule.only || rule.only.includes(row.id))
      .map((row) => {
        const r = rowIndex.get(row.id)!;
        return {
          id: row.id,
          label: row.label,
          total: Boolean(row.total),
          positions: new Map(refs.map((ref) => [ref, [[r, columnIndex.get(ref)!]]])),
        };
      });
  } else {
    const numericColumns = template.columns.filter((c) =>
      template.rows.some((r) => isNumericKind(cellKind(c, r))),
    );
    items = template.columns
      .filter((column) => !rule.only || rule.only.includes(column.id))
      .map((column) => {
        const c = columnIndex.get(column.id)!;
        const positions = new Map(
          refs.map((ref) => [
            ref,
            ref === "*"
              ? dataRows.map(([, r]) => [r, c] as [number, number])
              : [[rowIndex.get(ref)!, c] as [number, number]],
          ]),
        );
        return {
          id: column.id,
          label: numericColumns.length > 1 ? column.label : template.title,
          total: false,
          positions,
        };
      });
  }
  byRule.set(rule, items);
  return items;
}

/**
 * The cells of one operand ref. Undefined when the table lacks one of them, so that the rule does not apply
 * there; rows marked "Không thuộc thẩm quyền" drop out of "*".
 */
function operand(grid: Grid, item: ScopeItem, ref: string): Entry[] | undefined {
  const entries: Entry[] = [];
  if (ref === "*") {
    // Every row: not when rows with figures went unmapped, nor in a table that holds none of its data rows.
    if (grid.table.recognised?.partial) return undefined;
    let located = false;
    for (const [r, c] of item.positions.get(ref)!) {
      const entry = grid.entries[r][c];
      located ||= entry !== undefined;
      if (entry && !grid.notApplicable.has(entry.row.id)) entries.push(entry);
    }
    return located ? entries : undefined;
  }
  for (const [r, c] of item.positions.get(ref)!) {
    const entry = grid.entries[r][c];
    if (!entry) return undefined;
    entries.push(entry);
  }
  return entries;
}

type Resolution =
  { status: "skip" } | { status: "cannot"; missing: Entry[] } | { status: "ok"; left: number; right: number };

const hasValue = (e: Entry) => e.reading.state === "value";
const valueOf = (e: Entry) => (e.reading.state === "value" ? e.reading.value : 0);
const sum = (entries: Entry[]) => entries.reduce((acc, e) => acc + valueOf(e), 0);

/**
 * How a message names what it is about: the row (or column); in a table of units, the unit it concerns ("Xã Cẩm
 * Vịnh", "Xã Cẩm Vịnh – Lũy kế").
 */
function scopeLabel(grid: Grid, item: ScopeItem, language: Language): string {
  const unit = grid.table.group ? grid.table.header.unit : undefined;
  if (!unit) return item.label[language];
  const totalRow = grid.template.rows.find((row) => row.total);
  return item.id === totalRow?.id ? unit : `${unit} – ${item.label[language]}`;
}

/** Applies the rule's missing-value strategy to its two sides. */
function resolve(rule: Rule, left: Entry[], right: Entry[]): Resolution {
  if (left.every(hasValue) && right.every(hasValue))
    return { status: "ok", left: sum(left), right: sum(right) };
  const all = [...left, ...right];
  const missing = all.filter((e) => !hasValue(e));
  if (missing.length === all.length) return { status: "skip" }; // nothing filled in: an unused row
  // A total left blank states nothing to check (its parts count as 0 when blank, the total itself does not).
  if (rule.missing === "zero" && !left.some(hasValue)) return { status: "skip" };
  const invalid = all.filter((e) => e.reading.state === "invalid");
  if (invalid.length > 0) return { status: "cannot", missing: invalid };
  if (missing.length > 0 && rule.missing === "skip-if-any") return { status: "cannot", missing };
  if (missing.length > 0 && rule.missing === "skip-if-all") {
    const emptySide = [left, right].find((side) => !side.some(hasValue));
    if (emptySide) return { status: "cannot", missing: emptySide };
  }
  return { status: "ok", left: sum(left), right: sum(right) };
}

function terms(
  entries: Entry[],
  refs: string[],
  labelOf: (ref: string) => string,
  language: Language,
): string {
  if (refs.includes("*"))
    return language === "vi" ? `tổng các dòng (${entries.length})` : `the rows' sum (${entries.length})`;
  return refs
    .map(
      (ref, i) =>
        `${labelOf(ref)} (${entries[i].reading.state === "value" ? formatNumber(valueOf(entries[i])) : "–"})`,
    )
    .join(" + ");
}

/** The single input cell whose one-digit slip explains a sum's difference, if exactly one does. */
function typoCulprit(
  left: Entry[],
  right: Entry[],
  difference: number,
): { entry: Entry; value: number } | undefined {
  const candidates = [
    ...left.map((entry) => ({ entry, value: valueOf(entry) - difference })),
    ...right.map((entry) => ({ entry, value: valueOf(entry) + difference })),
  ].filter(
    ({ entry, value }) =>
      hasValue(entry) &&
      !entry.formula &&
      value >= 0 &&
      Number.isInteger(value) &&
      differsByOneDigit(String(valueOf(entry)), String(value)),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

const TOLERANCE = 1e-9;

/** The cells of several refs, or undefined when the table lacks one. */
function operands(grid: Grid, item: ScopeItem, refs: string[]): Entry[] | undefined {
  const entries: Entry[] = [];
  for (const ref of refs) {
    const found = operand(grid, item, ref);
    if (!found) return undefined;
    for (const entry of found) entries.push(entry);
  }
  return entries;
}

function checkSides(
  rule: Extract<Rule, { kind: "sum" | "less-or-equal" }>,
  grid: Grid,
  item: ScopeItem,
  out: Collector,
  language: Language,
): void {
  const l = operands(grid, item, rule.left);
  const r = l && operands(grid, item, rule.right);
  if (!l || !r) return;
  const resolution = resolve(rule, l, r);
  if (resolution.status === "skip") return;
  const scope = { templateId: grid.template.id, sheet: grid.table.sheet };
  const cells = () => [...l, ...r].map((e) => e.ref);
  if (resolution.status === "cannot") {
    const missing = resolution.missing.map((e) => e.ref);
    out.cannot(rule.id, scope, cells(), missing, {
      scope: scopeLabel(grid, item, language),
      check: rule.id,
      missing: missing.map((m) => m.address).join(", "),
    });
    return;
  }
  const open = grid.table.recognised?.openSums.filter((id) => rule.right.includes(id)) ?? [];
  if (rule.kind === "sum" && open.length > 0) {
    const check = { scope: scopeLabel(grid, item, language), check: rule.id };
    return out.cannot(rule.id, scope, cells(), [], check, "cannot-check.open-sum");
  }
  const difference = resolution.left - resolution.right;
  const holds =
    rule.kind === "sum"
      ? Math.abs(difference) <= rule.tolerance + TOLERANCE
      : difference <= rule.tolerance + TOLERANCE;
  if (holds) return out.pass(rule.id);
  const labelOf = labeller(grid, rule.for, language);
  const vars = {
    scope: scopeLabel(grid, item, language),
    leftTerms: terms(l, rule.left, labelOf, language),
    rightTerms: terms(r, rule.right, labelOf, language),
    left: formatNumber(resolution.left),
    right: formatNumber(resolution.right),
    difference: formatNumber(Math.abs(difference)),
  };
  const init = { cells: cells(), left: resolution.left, right: resolution.right, difference };
  const typo = rule.kind === "sum" ? typoCulprit(l, r, difference) : undefined;
  if (typo)
    return out.fail(rule, scope, rule.kind, vars, {
      ...init,
      culprit: typo.entry.ref,
      suggested: { cell: typo.entry.ref, value: typo.value },
    });
  // A typed total row is explained by its rows; any other mismatch by no single cell, so nothing is suggested.
  const total =
    rule.kind === "sum" && l.length === 1 && !l[0].formula && l[0].row.total
      ? { suggested: { cell: l[0].ref, value: resolution.right } }
      : {};
  out.fail(rule, scope, rule.kind, vars, { ...init, ...total });
}

function labeller(grid: Grid, scope: Rule["for"], language: Language): (ref: string) => string {
  const items: { id: string; label: { vi: string; en: string } }[] =
    scope === "each-row" ? grid.template.columns : grid.template.rows;
  return (ref) => items.find((i) => i.id === ref)?.label[language] ?? ref;
}

function hintText(hint: RateHint | undefined, part: number, language: Language, decimals: number): string {
  if (!hint) return "";
  const vi = language === "vi";
  switch (hint.kind) {
    case "stated-digit":
      return vi
        ? ` Có thể gõ nhầm một chữ số (đúng là ${formatPercentPoints(hint.correct, decimals)}).`
        : ` Probably a one-digit typo (should be ${formatPercentPoints(hint.correct, decimals)}).`;
    case "whole-off-by-one":
      return vi
        ? ` Tỷ lệ ghi khớp với ${part}/${hint.whole}: có thể đã tính trên tổng ${hint.whole}.`
        : ` The stated rate matches ${part}/${hint.whole}: perhaps computed on a total of ${hint.whole}.`;
    case "part-digit":
      return vi
        ? ` Có thể tử số đúng là ${formatNumber(hint.part)}.`
        : ` The numerator may be ${formatNumber(hint.part)}.`;
    case "whole-digit":
      return vi
        ? ` Có thể mẫu số đúng là ${formatNumber(hint.whole)}.`
        : ` The denominator may be ${formatNumber(hint.whole)}.`;
  }
}

function checkRatio(
  rule: Extract<Rule, { kind: "ratio" }>,
  grid: Grid,
  item: ScopeItem,
  out: Collector,
  options: Required<CheckOptions>,
): void {
  const [rate, part, whole] = [rule.rate, rule.part, rule.whole].map((ref) => operand(grid, item, ref)?.[0]);
  if (!rate || !part || !whole || rate.reading.state === "blank" || rate.reading.state === "not-applicable")
    return;
  const language = options.language;
  const scope = { templateId: grid.template.id, sheet: grid.table.sheet };
  const cells = [rate.ref, part.ref, whole.ref];
  const unusable = [rate, part, whole].filter((e) => !hasValue(e));
  if (unusable.length > 0 || rate.reading.state !== "value") {
    out.cannot(
      rule.id,
      scope,
      cells,
      unusable.map((e) => e.ref),
      {
        scope: scopeLabel(grid, item, language),
        check: rule.id,
        missing: unusable.map((e) => e.ref.address).join(", "),
      },
    );
    return;
  }
  const stated = rate.reading;
  const [p, w] = [part.reading, whole.reading] as Extract<Reading, { state: "value" }>[];
  const overTarget = stated.value > 100 && !rule.share;
  // A formula's unrounded result equals part/whole to the last bits: no exact arithmetic needed to say so.
  const exactRate = w.value === 0 ? NaN : (100 * p.value) / w.value;
  if (
    !overTarget &&
    stated.value <= 100 &&
    Math.abs(stated.value - exactRate) <= 1e-9 * Math.max(1, Math.abs(exactRate))
  )
    return out.pass(rule.id);
  const decimals = statedDecimals(stated);
  const check = checkStatedRate(exactOf(p), exactOf(w), exactOf(stated), decimals);
  // A computed share over 100% only echoes its parts, whose own rule reports them.
  const overWhole = stated.value > 100 && rule.share && !rate.formula;
  const consistent =
    check.verdict === "consistent" && (check.convention === "rounded" || options.acceptTruncated);
  if (consistent && !overTarget && !overWhole && check.convention === "rounded") return out.pass(rule.id);
  if (check.verdict === "zero-whole" && stated.value === 0) return out.pass(rule.id);

  const labelOf = labeller(grid, rule.for, language);
  const vars = {
    scope: scopeLabel(grid, item, language),
    rateLabel: labelOf(rule.rate),
    wholeLabel: labelOf(rule.whole),
    stated: formatPercentPoints(exactOf(stated), decimals),
    part: formatNumber(p.value),
    whole: formatNumber(w.value),
  };
  const init = {
    cells,
    culprit: rate.ref,
    left: stated.value,
    right: w.value === 0 ? undefined : (100 * p.value) / w.value,
  };
  if (check.verdict === "zero-whole")
    return out.fail(
      { ...rule, severity: "warning" },
      scope,
      "ratio.zero-whole",
      vars,
      init,
      `${rule.id}.mau_so_0`,
    );
  const computed = formatPercentPoints(check.computed, check.decimals);
  if (!consistent) {
    const points = decimalToNumber(check.computed);
    const suggested = {
      cell: rate.ref,
      value: stated.fraction === false ? points : points / 100,
      text: computed,
    };
    const hint = hintText(
      check.verdict === "inconsistent" ? check.hint : undefined,
      p.value,
      language,
      decimals,
    );
    return out.fail(
      rule,
      scope,
      "ratio",
      { ...vars, computed, hint },
      { ...init, difference: stated.value - (init.right ?? 0), suggested },
    );
  }
  out.pass(rule.id);
  if (overWhole) out.fail(rule, scope, "ratio.over-100", vars, init, `${rule.id}.vuot_100`);
  else if (overTarget)
    out.fail(
      { ...rule, severity: "info" },
      scope,
      "ratio.over-target",
      vars,
      init,
      `${rule.id}.vuot_chi_tieu`,
    );
  if (check.verdict === "consistent" && check.convention === "truncated") {
    out.fail(
      { ...rule, severity: "info" },
      scope,
      "ratio.truncated",
      { ...vars, computed },
      init,
      `${rule.id}.lam_tron_xuong`,
    );
  }
}

function checkPair(
  rule: Extract<Rule, { kind: "pair" }>,
  grid: Grid,
  item: ScopeItem,
  out: Collector,
  language: Language,
): void {
  const [a, b] = rule.refs.map((ref) => operand(grid, item, ref)?.[0]);
  if (!a || !b) return;
  if (hasValue(a) === hasValue(b)) return hasValue(a) ? out.pass(rule.id) : undefined;
  const [filled, empty] = hasValue(a) ? [a, b] : [b, a];
  const labelOf = labeller(grid, rule.for, language);
  const [filledRef, emptyRef] = hasValue(a) ? rule.refs : [rule.refs[1], rule.refs[0]];
  out.fail(
    rule,
    { templateId: grid.template.id, sheet: grid.table.sheet },
    "pair",
    {
      scope: scopeLabel(grid, item, language),
      filledLabel: labelOf(filledRef),
      emptyLabel: labelOf(emptyRef),
      filled: formatNumber(valueOf(filled)),
    },
    { cells: [filled.ref, empty.ref], culprit: empty.ref },
  );
}

/**
 * Runs the template's rules over a table already read. A total row is checked only when its data rows passed
 * the same rule: otherwise the row at fault is already reported, and the total would repeat it.
 */
export function checkTableRules(grid: Grid, out: Collector, options: Required<CheckOptions>): void {
  for (const rule of grid.template.rules) {
    const before = out.issues.length + out.cannotCheck.length;
    for (const item of scopeItems(grid.template, rule)) {
      if (rule.for === "each-row" && grid.notApplicable.has(item.id)) continue;
      if (item.total && out.issues.length + out.cannotCheck.length > before) continue;
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
