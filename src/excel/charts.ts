// Excel's own charts of the tables ("Chèn biểu đồ"): bound to the tables' cells, so they follow the figures and
// travel with the file. Charts float over cells: nothing in a cell is written or moved.
import type { Language } from "../domain/i18n";
import { type NativeChartPlan, nativeChartPlans } from "../domain/overview";
import type { ChartPlacement, ChartsInserted } from "../domain/session";
import { a1, freeSheetName, parseA1, type WorkbookSnapshot } from "../domain/workbook";
import { refuseIfProtected, refuseIfSheetsProtected } from "./shared";

const CHARTS_SHEET = { vi: "Biểu đồ", en: "Charts" };

/** Rows a chart covers: room for each bar's label. */
function rowsFor(plan: NativeChartPlan): number {
  const [first, last] = (plan.categories ?? "A1:A1").split(":").map((cell) => parseA1(cell)!.row);
  return Math.max(14, 6 + Math.ceil((last - first + 1) * 0.9));
}

const CHART_COLUMNS = 8;

/**
 * Adds the workbook's charts, in a new sheet or beside each table: two syncs (protection and names, then the
 * charts). What Excel cannot draw (pairs of scattered rows, a table laid across) is returned as skipped.
 */
export async function insertCharts(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  placement: ChartPlacement,
  language: Language,
  named: (sheet: string) => void = () => undefined,
): Promise<ChartsInserted> {
  const { plans, skipped } = nativeChartPlans(snapshot, language);
  if (!plans.length) return { inserted: [], skipped };
  const worksheets = context.workbook.worksheets.load("items/name");
  const protection = context.workbook.protection.load("protected");
  const sheets = [...new Set(plans.map((plan) => plan.sheet))].map((name) => ({
    name,
    protection: context.workbook.worksheets.getItem(name).protection.load("protected"),
  }));
  await context.sync();
  const own =
    placement === "sheet"
      ? freeSheetName(
          CHARTS_SHEET[language],
          worksheets.items.map((s) => s.name),
        )
      : undefined;
  if (own) {
    refuseIfProtected(protection);
    named(own);
  } else refuseIfSheetsProtected(sheets);
  const target = own ? context.workbook.worksheets.add(own) : undefined;

  const nextRow = new Map<string, number>(); // the row where the next chart on a sheet starts
  const inserted = plans.map((plan) => {
    const sheet = own ?? plan.sheet;
    const top = nextRow.get(sheet) ?? (own ? 2 : plan.beside.row);
    const left = own ? 2 : plan.beside.column;
    const rows = rowsFor(plan);
    nextRow.set(sheet, top + rows + 1);
    const cells = `${a1(top, left)}:${a1(top + rows - 1, left + CHART_COLUMNS - 1)}`;
    addChart(context, target ?? context.workbook.worksheets.getItem(plan.sheet), plan, cells);
    return { title: plan.title, sheet, cells };
  });
  target?.activate();
  await context.sync();
  return { inserted, skipped };
}

function addChart(
  context: Excel.RequestContext,
  host: Excel.Worksheet,
  plan: NativeChartPlan,
  cells: string,
): void {
  const data = context.workbook.worksheets.getItem(plan.sheet);
  const chart = host.charts.add(
    plan.type as Excel.ChartType,
    data.getRange(plan.series[0].values),
    "Columns",
  );
  chart.title.text = plan.title;
  chart.legend.position = "Bottom";
  const [start, end] = cells.split(":");
  chart.setPosition(start, end);
  plan.series.forEach((source, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(source.name);
    series.name = source.name;
    if (i > 0) series.setValues(data.getRange(source.values));
    if (plan.categories) series.setXAxisValues(data.getRange(plan.categories));
  });
}
