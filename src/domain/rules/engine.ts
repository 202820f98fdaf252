import type { WorkbookSnapshot } from "../workbook";
import { templateById } from "../templates/registry";
import { type CheckOptions, type CheckResult, Collector } from "./result";
import { type Grid, readTable } from "./cells";
import { describeCheck, describeGlobalCheck } from "./scope";
import { checkTableRules } from "./table";
import { checkArithmetic } from "./arithmetic";
import { checkedCells, coverageOf } from "./coverage";
import { pinpoint } from "./pinpoint";
import { weighReadings, yieldToOwnArithmetic } from "./readings";
import { reportRecognition } from "./recognition";
import { checkAgainstPrevious } from "./previous";
import { checkSummaries } from "./workbook";
import type { Language } from "../i18n";

function readGrids(snapshot: WorkbookSnapshot, out: Collector, language: Language): Grid[] {
  const sheets = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  const grids: Grid[] = [];
  for (const table of snapshot.tables) {
    const template = templateById(table.templateId);
    const sheet = sheets.get(table.sheet);
    if (template && sheet) grids.push(readTable(template, table, sheet, out, language));
  }
  return grids;
}

/** A rule that compared a recognised table's figures, in words: a template's by the table's grid. */
function ruleInWords(grids: Grid[], language: Language) {
  return (tableId: string, ruleId: string): string => {
    const grid = grids.find((g) => g.table.recognised?.id === tableId);
    const rule = grid?.template.rules.find((r) => r.id === ruleId || ruleId.startsWith(`${r.id}.`));
    return grid && rule && rule.kind !== "pair"
      ? describeCheck(rule, grid, language)
      : describeGlobalCheck(ruleId, language);
  };
}

/**
 * Checks every located table of a workbook: single cells, the templates' rules, summaries against their units
 * and, given the previous report, cumulative figures. Bad cells become issues; it does not throw on them.
 */
export function checkWorkbook(
  snapshot: WorkbookSnapshot,
  options: CheckOptions & { previous?: WorkbookSnapshot } = {},
): CheckResult {
  const settings: Required<CheckOptions> = {
    language: options.language ?? "vi",
    acceptTruncated: options.acceptTruncated ?? true,
    expectedUnits: options.expectedUnits ?? [],
    jumpThreshold: options.jumpThreshold ?? 30,
  };
  const out = new Collector(settings.language);
  const grids = readGrids(snapshot, out, settings.language);
  for (const grid of grids) checkTableRules(grid, out, settings);
  // The previous report's own problems are not this report's: read it into a collector that is dropped.
  const previous = options.previous
    ? readGrids(options.previous, new Collector(settings.language), settings.language)
    : [];
  checkSummaries(grids, out, settings.language, settings.expectedUnits, previous);
  if (options.previous) checkAgainstPrevious(grids, previous, out, settings.language, settings.jumpThreshold);
  // Officials' own tables: the template's reading weighed by the figures, then the tables' own arithmetic, then
  // each failure pointed at the cell no check vouches for.
  const rejected = weighReadings(snapshot, out, settings.language, ruleInWords(grids, settings.language));
  checkArithmetic(snapshot, out, settings.language);
  yieldToOwnArithmetic(out);
  pinpoint(out, settings.language, snapshot);
  const checked = checkedCells(out);
  out.coverage = coverageOf(snapshot, grids, checked, rejected);
  if (snapshot.recognition) reportRecognition(snapshot.recognition, out, settings.language, checked);
  return out.result();
}
