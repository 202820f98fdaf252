// The task pane's workbook inside Excel: each action one Excel.run over the adapter's modules (read, insert, marks,
// records, report).
import { summaryFormulas, type UnitTable } from "../domain/consolidate";
import type { WorkbookSession } from "../domain/session";
import type { LocatedTable, WorkbookSnapshot } from "../domain/workbook";
import { insertTemplate, writeFormulas } from "./insert";
import { recheckEdited } from "./live";
import { clearHighlights, highlightIssues, selectCells } from "./marks";
import { readWorkbook } from "./read";
import { acknowledge, readRecords, saveCorrection } from "./records";
import { removeUnfinishedSheet, writeReport } from "./report";
import type { Supports } from "./shared";

/** A table as the workbook holds it now, found by its sheet, template and unit; Office's "not found" when gone. */
function tableNow(snapshot: WorkbookSnapshot, table: LocatedTable): LocatedTable {
  const same = snapshot.tables.filter((t) => t.sheet === table.sheet && t.templateId === table.templateId);
  const found = same.length === 1 ? same[0] : same.find((t) => t.header.unit === table.header.unit);
  if (!found) throw Object.assign(new Error(`${table.sheet}: table not found`), { code: "ItemNotFound" });
  return found;
}

/** The unit tables as the workbook holds them now. */
function unitsNow(snapshot: WorkbookSnapshot, units: UnitTable[]): UnitTable[] {
  return units.map((unit) => ({
    ...unit,
    table: tableNow(snapshot, unit.table),
    sheet: snapshot.sheets.find((s) => s.name === unit.table.sheet) ?? unit.sheet,
  }));
}

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
    select: (cells, from) => run((context) => selectCells(context, cells, supports, from)),
    highlight: (issues, from) => run((context) => highlightIssues(context, issues, from)),
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
        run(async (context) => {
          const now = unitsNow((await readWorkbook(context, supports)).snapshot, units);
          return insertTemplate(
            context,
            template,
            header,
            language,
            supports,
            (location) => summaryFormulas(template, location, now),
            named,
          );
        }),
      ),
    correctTable: (correction) => run((context) => saveCorrection(context, correction)),
    // Charts' series name ranges from ExcelApi 1.7; the tables are found where they are now, in the same run.
    ...(supports("1.7") && {
      insertCharts: (placement, language) =>
        addingSheet((named) =>
          run(async (context) => {
            const { snapshot } = await readWorkbook(context, supports);
            const { insertCharts } = await import("./charts"); // loaded with the first charts inserted
            return insertCharts(context, snapshot, placement, language, named);
          }),
        ),
    }),
    ...(supports("1.9") && {
      watch: (onEdited) =>
        run(async (context) => {
          const heard = context.workbook.worksheets.onChanged.add(async (event) =>
            onEdited([event.worksheetId]),
          );
          await context.sync();
          return async () => {
            heard.remove();
            await heard.context.sync();
          };
        }),
      recheck: (previous, sheets, check, marks) =>
        run((context) => recheckEdited(context, previous, sheets, check, marks)),
    }),
    // The units and the summary where they are now, in the same run that writes: the user may have inserted rows
    // since the pane read the workbook.
    refreshSummary: (template, summary, units) =>
      run(async (context) => {
        const { snapshot } = await readWorkbook(context, supports);
        const formulas = summaryFormulas(template, tableNow(snapshot, summary), unitsNow(snapshot, units));
        await writeFormulas(context, summary.sheet, formulas);
        return formulas.size;
      }),
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
