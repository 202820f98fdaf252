// What the task pane can ask of a workbook, over Excel itself or over the in-memory Excel of the standalone page.
import type { Language } from "../domain/i18n";
import type { CellRef, CheckResult, Issue } from "../domain/rules";
import type { Template } from "../domain/templates";
import { summaryFormulas, type UnitTable } from "../domain/consolidate";
import type { TableCorrection } from "../domain/metadata";
import type { LocatedTable, TableHeader } from "../domain/workbook";
import { MemoryExcel } from "./memory/api";
import {
  acknowledge,
  clearHighlights,
  highlightIssues,
  type Inserted,
  insertTemplate,
  readRecords,
  readWorkbook,
  saveCorrection,
  selectCells,
  type Supports,
  type WorkbookRead,
  writeFormulas,
  writeReport,
} from "./workbook";

export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WorkbookSession {
  read(): Promise<WorkbookRead>;
  insert(template: Template, header: TableHeader, language: Language): Promise<Inserted>;
  select(cells: CellRef[]): Promise<void>;
  highlight(issues: Issue[]): Promise<number>;
  clearHighlights(): Promise<number>;
  writeReport(result: CheckResult, language: Language): Promise<string>;
  acknowledge(issue: Issue, reason: string): Promise<void>;
  /** A new summary of the unit tables, with live formulas that add their cells by row and column id. */
  insertSummary(
    template: Template,
    header: TableHeader,
    units: UnitTable[],
    language: Language,
  ): Promise<Inserted>;
  /** Rewrites an existing summary's formulas over the unit tables there are now. */
  refreshSummary(template: Template, summary: LocatedTable, units: UnitTable[]): Promise<number>;
  /** Keeps the user's correction of a recognised table in the workbook (the next check reads it). */
  correctTable(correction: TableCorrection): Promise<void>;
}

export function createSession(run: Runner, supports: Supports): WorkbookSession {
  return {
    read: () => run((context) => readWorkbook(context, supports)),
    insert: (template, header, language) =>
      run((context) => insertTemplate(context, template, header, language, supports)),
    select: (cells) => run((context) => selectCells(context, cells, supports)),
    highlight: (issues) => run((context) => highlightIssues(context, issues)),
    clearHighlights: () => run((context) => clearHighlights(context)),
    writeReport: (result, language) =>
      run(async (context) => writeReport(context, result, language, await readRecords(context), new Date())),
    acknowledge: (issue, reason) => run((context) => acknowledge(context, issue, reason, new Date())),
    insertSummary: (template, header, units, language) =>
      run((context) =>
        insertTemplate(context, template, header, language, supports, (location) =>
          summaryFormulas(template, location, units),
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
    (batch) => Excel.run(batch),
    (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  );
}

/** The session of the standalone page: the in-memory Excel, supporting every API set BC06 uses. */
export function memorySession(excel: MemoryExcel): WorkbookSession {
  return createSession(
    (batch) => excel.run(batch),
    () => true,
  );
}
