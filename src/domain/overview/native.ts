// Excel's own charts of the overview, planned from the tables: each series is a range of the table's cells, so the
// chart follows the figures and travels with the file.
import type { Language } from "../i18n";
import { LAYOUT, type Template } from "../templates";
import { a1, type LocatedTable, type WorkbookSnapshot } from "../workbook";
import { dataRows, type Located, locate, rowLabel } from "./read";
import { CHARTS, type ChartSpec, KEY_RATES } from "./spec";

export interface NativeChartPlan {
  title: string;
  /** The sheet of the table the series come from. */
  sheet: string;
  type: "BarClustered" | "BarStacked" | "BarStacked100";
  /** The labels, a column of the table ("B11:B35"); none for a chart of single figures. */
  categories?: string;
  series: { name: string; values: string }[];
  /** The table's top row and its first column past the right edge: where a chart beside it goes. */
  beside: { row: number; column: number };
}

/** A chart the overview draws but Excel cannot, and why. */
export interface NativeChartSkipped {
  title: string;
  sheet: string;
  reason: "layout" | "rows";
}

/** The column of a table's row labels: BC06's layout, or the one recognition read as labels. */
function labelColumn(snapshot: WorkbookSnapshot, table: LocatedTable): number | undefined {
  if (table.origin === "bc06") return LAYOUT.labelColumn;
  const recognised = snapshot.recognition?.tables.find((t) => t.id === table.recognised?.id);
  return recognised?.orientation === "rows-down"
    ? recognised.across.find((line) => line.role === "label")?.index
    : undefined;
}

/**
 * The sheet rows from the first to the last of these template rows (Excel's series are single ranges); undefined
 * when a row between them holds figures in these columns (a subtotal, another table's row): they would be drawn too.
 */
function runOf(t: Located, rows: string[], columns: number[]): [number, number] | undefined {
  const numbers = new Set(rows.flatMap((id) => t.table.rows[id] ?? []));
  if (!numbers.size) return undefined;
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  for (let row = first; row <= last; row++) {
    if (numbers.has(row)) continue;
    const filled = columns.some((column) => {
      const value = t.sheet.cells.get(a1(row, column))?.value;
      return value !== undefined && value !== null && value !== "";
    });
    if (filled) return undefined;
  }
  return [first, last];
}

function columnLabel(template: Template, id: string, language: Language): string {
  return template.columns.find((c) => c.id === id)!.label[language];
}

function besideOf(table: LocatedTable) {
  return {
    row: Math.min(...Object.values(table.rows)) - 1,
    column: Math.max(...Object.values(table.columns)) + 2,
  };
}

type Planned = NativeChartPlan | NativeChartSkipped["reason"];

/** The rows and columns of a spec's chart, as Excel series over a run of rows. */
function planOf(spec: ChartSpec, t: Located, labels: number, language: Language): Planned {
  const { table, template } = t;
  const rows = spec.kind === "parts" ? spec.rows : dataRows(t);
  const columns =
    spec.kind === "rate-by-row"
      ? [spec.part, spec.rest]
      : spec.kind === "progress"
        ? [spec.processed, spec.rest]
        : [spec.column];
  if (spec.kind === "progress" && (spec.pairs || !spec.rest)) return "rows";
  if (columns.some((id) => id === undefined || table.columns[id] === undefined)) return "rows";
  const run = runOf(
    t,
    rows,
    columns.map((id) => table.columns[id!]),
  );
  if (!run) return "rows";
  const range = (column: number) => `${a1(run[0], column)}:${a1(run[1], column)}`;
  return {
    title: spec.title[language],
    sheet: table.sheet,
    type:
      spec.kind === "rate-by-row"
        ? "BarStacked100"
        : spec.kind === "progress"
          ? "BarStacked"
          : "BarClustered",
    categories: range(labels),
    series: columns.map((id) => ({
      name: columnLabel(template, id!, language),
      values: range(table.columns[id!]),
    })),
    beside: besideOf(table),
  };
}

/** Each target of a table as two bars: what was done and the target, each a single cell. */
function targetPlans(t: Located, language: Language): NativeChartPlan[] {
  return KEY_RATES.filter((spec) => spec.target && spec.template === t.template.id).flatMap((spec) => {
    const cell = (row: string, column: string) => {
      const r = t.table.rows[row];
      const c = t.table.columns[column];
      return r === undefined || c === undefined ? undefined : a1(r, c);
    };
    const part = cell(spec.part.row, spec.part.column);
    const whole = cell(spec.whole.row, spec.whole.column);
    if (!part || !whole) return [];
    return [
      {
        title: spec.label[language],
        sheet: t.table.sheet,
        type: "BarClustered" as const,
        series: [
          { name: rowLabel(t, spec.part.row, language), values: part },
          { name: rowLabel(t, spec.whole.row, language), values: whole },
        ],
        beside: besideOf(t.table),
      },
    ];
  });
}

/** Excel charts for the workbook's tables (not the per-unit slices of a table of units), and those it cannot have. */
export function nativeChartPlans(
  snapshot: WorkbookSnapshot,
  language: Language,
): { plans: NativeChartPlan[]; skipped: NativeChartSkipped[] } {
  const plans: NativeChartPlan[] = [];
  const skipped: NativeChartSkipped[] = [];
  for (const table of snapshot.tables) {
    const t = table.group?.role === "unit" ? undefined : locate(snapshot, table);
    if (!t) continue;
    const labels = labelColumn(snapshot, table);
    if (labels !== undefined) plans.push(...targetPlans(t, language));
    for (const spec of CHARTS) {
      if (!spec.templates.includes(t.template.id)) continue;
      const planned = labels === undefined ? "layout" : planOf(spec, t, labels, language);
      if (typeof planned === "string")
        skipped.push({ title: spec.title[language], sheet: table.sheet, reason: planned });
      else plans.push(planned);
    }
  }
  return { plans, skipped };
}
