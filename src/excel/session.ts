// The task pane's workbook inside Excel: each action one Excel.run over the adapter in workbook.ts.
import { summaryFormulas } from "../domain/consolidate";
import type { WorkbookSession } from "../domain/session";
import {
  acknowledge,
  clearHighlights,
  highlightIssues,
  insertTemplate,
  readRecords,
  readWorkbook,
  removeUnfinishedSheet,
  saveCorrection,
  selectCells,
  type Supports,
  writeFormulas,
  writeReport,
} from "./workbook";

export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function createSession(run: Runner, supports: Supports): WorkbookSession {
  /**
   * A batch that adds a sheet: if it fails part-way (Excel keeps what ran), the half-written sheet is removed in a
   * follow-up run, and the failure is passed on.
   */
  async function addingSheet<T>(batch: (named: (sheet: string) => void) => Promise<T>): Promise<T> {
    let sheet: string | undefined;
    try {
      return await batch((name) => (sheet = name));
    } catch (error) {
      if (sheet) await run((context) => removeUnfinishedSheet(context, sheet!)).catch(() => undefined);
      throw error;
    }
  }
  return {
    read: () => run((context) => readWorkbook(context, supports)),
    insert: (template, header, language) =>
      addingSheet((named) =>
        run((context) => insertTemplate(context, template, header, language, supports, undefined, named)),
      ),
    select: (cells) => run((context) => selectCells(context, cells, supports)),
    highlight: (issues) => run((context) => highlightIssues(context, issues)),
    clearHighlights: () => run((context) => clearHighlights(context)),
    writeReport: (result, language) =>
      addingSheet((named) =>
        run(async (context) =>
          writeReport(context, result, language, await readRecords(context), new Date(), named),
        ),
      ),
    acknowledge: (issue, reason) => run((context) => acknowledge(context, issue, reason, new Date())),
    insertSummary: (template, header, units, language) =>
      addingSheet((named) =>
        run((context) =>
          insertTemplate(
            context,
            template,
            header,
            language,
            supports,
            (location) => summaryFormulas(template, location, units),
            named,
          ),
        ),
      ),
    correctTable: (correction) => run((context) => saveCorrection(context, correction)),
    refreshSummary: async (template, summary, units) => {
      const formulas = summaryFormulas(template, summary, units);
      await run((context) => writeFormulas(context, summary.sheet, formulas));
      return formulas.size;
    },
  };
}

/** The session inside Excel: Excel.run, and Office's own answer to which API sets the host supports. */
export function excelSession(): WorkbookSession {
  return createSession(
    // While the user is typing in a cell, Excel waits for the edit to end instead of failing (ExcelApi 1.11).
    (batch) => Excel.run({ delayForCellEdit: true }, batch),
    (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  );
}
