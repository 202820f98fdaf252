// The overview's charts as numbers: what each bar shows, read from the tables' cells, and where those cells are.
import type { Language } from "../i18n";
import { formatFraction, formatNumber } from "../numbers";
import { cellKey, type CellRef, type CheckResult } from "../rules";
import { tableRange } from "../templates";
import type { WorkbookSnapshot } from "../workbook";
import { cellValue, dataRows, figure, type Located, locate, rowLabel } from "./read";
import { CHARTS, type ChartSpec, KEY_RATES, type KeyRateSpec } from "./spec";

/** What a bar's part stands for: done (online, processed, achieved), the rest, errors, warnings. */
export type Tone = "done" | "rest" | "error" | "warning";

export interface Bar {
  label: string;
  /** Stacked parts: shares (0–1) on a share chart, counts on a count chart. */
  segments: { value: number; tone: Tone }[];
  /** The bar's figures in words: "19,23% (15/78)". */
  text: string;
  /** The cells the bar is drawn from (a click selects them). */
  cells: CellRef[];
  /** An error lies on one of those cells: the figures drawn may be wrong. */
  flagged: boolean;
}

export interface Chart {
  id: string;
  title: string;
  /** The table it is drawn from: "DVC thiết yếu – Xã A (Sheet1)". */
  source: string;
  scale: "share" | "count";
  /** A line at this share: the assigned target. */
  target?: number;
  legend: { tone: Tone; label: string }[];
  bars: Bar[];
  /** Items with no figures to draw (no dossiers, nothing found), named under the chart. */
  empty: string[];
}

/** A key rate of one table: part / whole, with the cells behind it. */
export interface KeyRate {
  id: string;
  label: string;
  part: number;
  whole: number;
  rate: number;
  target: boolean;
  cells: CellRef[];
}

const WORDS = {
  vi: {
    processed: "Đã xử lý",
    remaining: "Còn lại",
    achieved: "Đạt",
    cases: "Số trường hợp",
    target: "Tiến độ so với chỉ tiêu được giao",
    issues: "Lỗi và cảnh báo theo bảng",
    issuesByUnit: "Lỗi và cảnh báo theo đơn vị",
    errors: "Lỗi",
    warnings: "Cảnh báo",
    byUnit: (rate: string) => `${rate} theo đơn vị`,
  },
  en: {
    processed: "Processed",
    remaining: "Remaining",
    achieved: "Achieved",
    cases: "Cases",
    target: "Progress against assigned targets",
    issues: "Errors and warnings by table",
    issuesByUnit: "Errors and warnings by unit",
    errors: "Errors",
    warnings: "Warnings",
    byUnit: (rate: string) => `${rate} by unit`,
  },
};

function shareText(part: number, whole: number): string {
  return `${formatFraction(part / whole)} (${formatNumber(part)}/${formatNumber(whole)})`;
}

function sourceOf(t: Located, language: Language): string {
  const unit = t.table.header.unit;
  return `${t.template.shortTitle[language]}${unit ? ` – ${unit}` : ""} (${t.table.sheet})`;
}

type Drawn = Pick<Chart, "legend" | "bars" | "empty">;
type Spec<K extends ChartSpec["kind"]> = Extract<ChartSpec, { kind: K }>;

/** A bar, flagged when one of its cells is where an error points. */
function barOf(
  label: string,
  segments: Bar["segments"],
  text: string,
  cells: CellRef[],
  flagged: Set<string>,
): Bar {
  return { label, segments, text, cells, flagged: cells.some((c) => flagged.has(cellKey(c))) };
}

function columnLabel(t: Located, id: string, language: Language): string {
  return t.template.columns.find((c) => c.id === id)?.label[language] ?? id;
}

/** Each data row's share part / whole, mostly `rest` first: those are the services to work on. */
function rateBars(spec: Spec<"rate-by-row">, t: Located, language: Language, flagged: Set<string>): Drawn {
  const bars: Bar[] = [];
  const empty: string[] = [];
  for (const rowId of dataRows(t)) {
    const part = cellValue(t, rowId, spec.part);
    const whole = cellValue(t, rowId, spec.whole);
    if (!part || !whole || whole.value <= 0) {
      if (!t.notApplicable.has(rowId)) empty.push(rowLabel(t, rowId, language));
      continue;
    }
    // A part over its whole is an error the check reports; the bar stops at the whole, the words keep the figures.
    const share = Math.min(part.value / whole.value, 1);
    const segments: Bar["segments"] = [
      { value: share, tone: "done" },
      { value: 1 - share, tone: "rest" },
    ];
    const cells = [...part.cells, ...whole.cells];
    bars.push(
      barOf(rowLabel(t, rowId, language), segments, shareText(part.value, whole.value), cells, flagged),
    );
  }
  bars.sort((a, b) => a.segments[0].value - b.segments[0].value);
  const legend: Chart["legend"] = [
    { tone: "done", label: columnLabel(t, spec.part, language) },
    { tone: "rest", label: columnLabel(t, spec.rest, language) },
  ];
  return { legend, bars, empty };
}

/** What was processed and what remains of what was found, item by item. */
function progressBars(spec: Spec<"progress">, t: Located, language: Language, flagged: Set<string>): Drawn {
  const items = spec.pairs
    ? spec.pairs.map((pair) => ({
        label: pair.label[language],
        found: pair.found,
        processed: pair.processed,
      }))
    : dataRows(t).map((id) => ({ label: rowLabel(t, id, language), found: id, processed: id }));
  const [foundColumn, processedColumn] = spec.pairs
    ? [spec.column!, spec.column!]
    : [spec.found!, spec.processed!];
  const bars: Bar[] = [];
  const empty: string[] = [];
  for (const item of items) {
    const found = cellValue(t, item.found, foundColumn);
    const processed = cellValue(t, item.processed, processedColumn);
    if (!found || !processed || found.value <= 0) {
      empty.push(item.label);
      continue;
    }
    const done = Math.min(processed.value, found.value);
    const segments: Bar["segments"] = [
      { value: done, tone: "done" },
      { value: found.value - done, tone: "rest" },
    ];
    const text = shareText(processed.value, found.value);
    bars.push(barOf(item.label, segments, text, [...found.cells, ...processed.cells], flagged));
  }
  const words = WORDS[language];
  const legend: Chart["legend"] = [
    { tone: "done", label: words.processed },
    { tone: "rest", label: words.remaining },
  ];
  return { legend, bars, empty };
}

/** The parts of a figure, one bar each (cases stuck, by reason). */
function partBars(spec: Spec<"parts">, t: Located, language: Language, flagged: Set<string>): Drawn {
  const bars: Bar[] = [];
  const empty: string[] = [];
  for (const rowId of spec.rows) {
    const part = cellValue(t, rowId, spec.column);
    const label = rowLabel(t, rowId, language);
    if (!part) empty.push(label);
    else
      bars.push(
        barOf(label, [{ value: part.value, tone: "warning" }], formatNumber(part.value), part.cells, flagged),
      );
  }
  return { legend: [{ tone: "warning", label: WORDS[language].cases }], bars, empty };
}

/** The chart of one spec over one table; undefined when the table has none of its figures. */
function chartOf(spec: ChartSpec, t: Located, language: Language, flagged: Set<string>): Chart | undefined {
  const drawn =
    spec.kind === "rate-by-row"
      ? rateBars(spec, t, language, flagged)
      : spec.kind === "progress"
        ? progressBars(spec, t, language, flagged)
        : partBars(spec, t, language, flagged);
  if (!drawn.bars.length) return undefined;
  return {
    id: `${spec.id}|${t.table.sheet}|${t.table.recognised?.id ?? tableRange(t.table)}`,
    title: spec.title[language],
    source: sourceOf(t, language),
    scale: spec.kind === "rate-by-row" ? "share" : "count",
    ...drawn,
  };
}

function keyRate(spec: KeyRateSpec, t: Located, language: Language): KeyRate | undefined {
  const part = figure(t, spec.part);
  const whole = figure(t, spec.whole);
  if (!part || !whole || whole.value <= 0) return undefined;
  return {
    id: spec.id,
    label: spec.label[language],
    part: part.value,
    whole: whole.value,
    rate: part.value / whole.value,
    target: Boolean(spec.target),
    cells: [...part.cells, ...whole.cells],
  };
}

/** The key rates of a workbook's tables (a unit's report): the first table of each template that has the figures. */
export function keyRates(snapshot: WorkbookSnapshot, language: Language): KeyRate[] {
  const tables = snapshot.tables.flatMap((table) =>
    table.group?.role === "unit" ? [] : (locate(snapshot, table) ?? []),
  );
  return KEY_RATES.flatMap((spec) => {
    for (const t of tables) {
      if (t.template.id !== spec.template) continue;
      const rate = keyRate(spec, t, language);
      if (rate) return [rate];
    }
    return [];
  });
}

function rateBar(label: string, rate: KeyRate, flagged: Set<string>): Bar {
  const shown = rate.target ? rate.rate : Math.min(rate.rate, 1);
  return {
    label,
    segments: [
      { value: shown, tone: "done" },
      ...(shown < 1 ? [{ value: 1 - shown, tone: "rest" as const }] : []),
    ],
    text: shareText(rate.part, rate.whole),
    cells: rate.cells,
    flagged: rate.cells.some((c) => flagged.has(cellKey(c))),
  };
}

/**
 * One chart per key rate across units (a reviewer's folder, a table of one row per unit: `source`, where it is),
 * lowest first.
 */
export function ratesByUnit(
  units: { name: string; rates: KeyRate[]; flagged?: Set<string> }[],
  language: Language,
  source = "",
): Chart[] {
  const words = WORDS[language];
  return KEY_RATES.flatMap((spec) => {
    const bars = units.flatMap(({ name, rates, flagged = new Set() }) => {
      const rate = rates.find((r) => r.id === spec.id);
      return rate ? [rateBar(name, rate, flagged)] : [];
    });
    if (!bars.length) return [];
    bars.sort((a, b) => a.segments[0].value - b.segments[0].value);
    const empty = units.filter((u) => !u.rates.some((r) => r.id === spec.id)).map((u) => u.name);
    return [
      {
        id: `don_vi_${spec.id}|${source}`,
        title: words.byUnit(spec.label[language]),
        source,
        scale: "share" as const,
        ...(spec.target ? { target: 1 } : {}),
        legend: [{ tone: "done" as const, label: spec.label[language] }],
        bars,
        empty,
      },
    ];
  });
}

/** The cell each error points at first (its culprit, else its first cell): a bar drawn from one is flagged. */
function errorCells(result: CheckResult | undefined): Set<string> {
  return new Set(
    (result?.issues ?? []).flatMap((issue) =>
      issue.severity === "error" ? [cellKey(issue.culprit ?? issue.cells[0])] : [],
    ),
  );
}

/** Something with errors and warnings: a table, a unit. */
interface Counted {
  name: string;
  errors: number;
  warnings: number;
  cells: CellRef[];
}

/** Errors and warnings, one bar each, most errors first; those without any left out (no chart if none has). */
function countsChart(id: string, title: string, items: Counted[], language: Language): Chart[] {
  const words = WORDS[language];
  const bars = items
    .filter((item) => item.errors || item.warnings)
    .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings)
    .map((item): Bar => ({
      label: item.name,
      segments: [
        { value: item.errors, tone: "error" },
        { value: item.warnings, tone: "warning" },
      ],
      text: `${formatNumber(item.errors)} ${words.errors.toLowerCase()}, ${formatNumber(item.warnings)} ${words.warnings.toLowerCase()}`,
      cells: item.cells,
      flagged: item.errors > 0,
    }));
  if (!bars.length) return [];
  const legend: Chart["legend"] = [
    { tone: "error", label: words.errors },
    { tone: "warning", label: words.warnings },
  ];
  return [{ id, title, source: "", scale: "count", legend, bars, empty: [] }];
}

/** Errors and warnings by table, each bar selecting its table. */
function issuesChart(located: Located[], result: CheckResult, language: Language): Chart[] {
  const items = Object.entries(result.byTable).flatMap(([key, count]): Counted[] => {
    const t = located.find(({ table }) => `${table.sheet}!${table.templateId}` === key);
    if (!t) return [];
    const area = t.table.recognised?.id.split("!").pop() ?? tableRange(t.table);
    const name = `${t.template.shortTitle[language]} (${t.table.sheet})`;
    return [{ name, ...count, cells: [{ sheet: t.table.sheet, address: area }] }];
  });
  return countsChart("loi_theo_bang", WORDS[language].issues, items, language);
}

/**
 * The charts of a workbook: progress against targets, each table's charts (rates by service, cleaning progress,
 * cases stuck), rates by unit for tables of one row per unit, then errors and warnings by table.
 */
export function overviewCharts(
  snapshot: WorkbookSnapshot,
  result: CheckResult | undefined,
  language: Language,
): Chart[] {
  const flagged = errorCells(result);
  const located = snapshot.tables.flatMap((table) => locate(snapshot, table) ?? []);
  const own = located.filter(({ table }) => table.group?.role !== "unit");
  const targets = own.flatMap((t) =>
    KEY_RATES.filter((spec) => spec.target && spec.template === t.template.id).flatMap((spec) => {
      const rate = keyRate(spec, t, language);
      return rate ? [rateBar(`${rate.label} (${t.table.header.unit ?? t.table.sheet})`, rate, flagged)] : [];
    }),
  );
  const charts: Chart[] = [];
  if (targets.length)
    charts.push({
      id: "chi_tieu",
      title: WORDS[language].target,
      source: "",
      scale: "share",
      target: 1,
      legend: [{ tone: "done", label: WORDS[language].achieved }],
      bars: targets,
      empty: [],
    });
  for (const spec of CHARTS)
    for (const t of own) {
      const chart = spec.templates.includes(t.template.id) && chartOf(spec, t, language, flagged);
      if (chart) charts.push(chart);
    }
  const groups = new Map<string, Located[]>();
  for (const t of located)
    if (t.table.group?.role === "unit")
      groups.set(t.table.group.id, [...(groups.get(t.table.group.id) ?? []), t]);
  for (const [id, units] of groups) {
    const named = units.map((t) => ({
      name: t.table.header.unit ?? t.table.sheet,
      rates: KEY_RATES.flatMap((spec) =>
        spec.template === t.template.id ? (keyRate(spec, t, language) ?? []) : [],
      ),
      flagged,
    }));
    charts.push(...ratesByUnit(named, language, id));
  }
  if (result) charts.push(...issuesChart(located, result, language));
  return charts;
}

/** Errors and warnings per unit, the units with most errors first (the reviewer's folder). */
export function issuesByUnit(
  units: { name: string; errors: number; warnings: number }[],
  language: Language,
): Chart[] {
  const items = units.map((unit) => ({ ...unit, cells: [] }));
  return countsChart("loi_theo_don_vi", WORDS[language].issuesByUnit, items, language);
}
