// The standalone page's workbook: the file the user opened, held by ExcelJS, on which the pane acts as it does in
// Excel. Inserted templates and summaries become sheets of it, acknowledgements, corrections and the report are
// written into it, and "Tải xuống" writes it. Values shown are the file's cached results; the cells BC06 writes get
// theirs from the domain, as templates do: no formula is calculated here. The first view comes from the light read
// path (scan.ts); ExcelJS loads the file only when an action needs it.
import ExcelJS from "exceljs";
import { consolidate, summaryFormulas, type UnitTable } from "../domain/consolidate";
import type { Language } from "../domain/i18n";
import type { MetadataRecord, TableCorrection } from "../domain/metadata";
import type { CheckResult, Issue } from "../domain/rules";
import { MAX_HIGHLIGHTS } from "../domain/report";
import { cellsAtFault } from "../domain/rules/faults";
import {
  acknowledgementRecord,
  correctionChange,
  type Inserted,
  type StoredRecord,
  type WorkbookRead,
  type WorkbookSession,
} from "../domain/session";
import { planTable, type Template } from "../domain/templates";
import {
  a1,
  freeSheetName,
  type LocatedTable,
  quoteSheetName,
  type SheetSnapshot,
  type TableHeader,
} from "../domain/workbook";
import type { PackageContent } from "./names";
import { keepWhatExcelJsDrops } from "./package";
import { loadXlsx, snapshotOf } from "./model";
import { recognised } from "../domain/recognise/own";
import { readXlsx, type XlsxRead } from "./read";
import { addReportSheet, addTable, annotate } from "./write";

/** A workbook ready to save, with what it could not keep of the original file. */
export interface WrittenWorkbook {
  bytes: Uint8Array;
  lost: Partial<Record<PackageContent, number>>;
}

export interface OpenedWorkbook extends WorkbookSession {
  /** The workbook as it is now (with what the pane wrote into it). */
  save(): Promise<WrittenWorkbook>;
  /** A copy with the cells at fault filled and noted and the report sheet; the workbook itself is unchanged. */
  saveAnnotated(result: CheckResult, language: Language): Promise<WrittenWorkbook>;
}

/**
 * Opens an .xlsx file on the light read path, for a first view at once; ExcelJS loads the file when an action first
 * needs it. Throws UnreadableFileError when the file cannot be read.
 */
export async function openXlsx(
  data: Uint8Array,
  language: Language,
  /** The file as already read (the page reads in a Web Worker). */
  read?: XlsxRead,
): Promise<OpenedWorkbook> {
  const { snapshot, records } = read ?? (await readXlsx(data, language));
  const load = async () => (await loadXlsx(data, language)).workbook;
  return new XlsxSession(load, data, records, snapshot.sheets);
}

/** A workbook of one empty sheet: the page's workbook when there is no file to open. */
export function emptyWorkbook(): OpenedWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1");
  return new XlsxSession(async () => workbook, undefined, []);
}

class XlsxSession implements OpenedWorkbook {
  private records: StoredRecord[];
  private parts = 0;
  private loading?: Promise<ExcelJS.Workbook>;

  constructor(
    private readonly load: () => Promise<ExcelJS.Workbook>,
    /** The file as opened: what ExcelJS does not keep of it is carried over from it when saving. */
    private readonly original: Uint8Array | undefined,
    records: MetadataRecord[],
    /** The sheets as the light path read them; dropped once an action changed a sheet. */
    private sheets?: SheetSnapshot[],
  ) {
    this.records = records.map((record) => this.stored(record));
  }

  /** The workbook as ExcelJS holds it, loaded once. */
  private get workbook(): Promise<ExcelJS.Workbook> {
    return (this.loading ??= this.load());
  }

  /** The workbook, for an action that changes its sheets: the next read reads it. */
  private async changing(): Promise<ExcelJS.Workbook> {
    const workbook = await this.workbook;
    this.sheets = undefined;
    return workbook;
  }

  private stored(record: MetadataRecord): StoredRecord {
    return { partId: `part-${++this.parts}`, record };
  }

  async read(): Promise<WorkbookRead> {
    const records = this.records.map((r) => r.record);
    const snapshot = this.sheets
      ? recognised(this.sheets, records)
      : snapshotOf(await this.workbook, records);
    const truncated = snapshot.sheets.flatMap(({ name, readRows }) =>
      readRows ? [{ sheet: name, rows: readRows }] : [],
    );
    return { snapshot, records: [...this.records], truncated };
  }

  async insert(template: Template, header: TableHeader, language: Language): Promise<Inserted> {
    return this.addTemplate(template, header, {}, language);
  }

  async insertSummary(
    template: Template,
    header: TableHeader,
    units: UnitTable[],
    language: Language,
  ): Promise<Inserted> {
    const { values } = consolidate(template, units, header);
    return this.addTemplate(template, header, values, language, (location) =>
      summaryFormulas(template, location, units),
    );
  }

  /** Rewrites the summary's formulas, and every cell's value as the domain computes it from the units now. */
  async refreshSummary(template: Template, summary: LocatedTable, units: UnitTable[]): Promise<number> {
    const sheet = (await this.changing()).getWorksheet(summary.sheet);
    if (!sheet) return 0;
    const formulas = summaryFormulas(template, summary, units);
    const values = consolidate(template, units, summary.header).values;
    const plan = planTable(template, summary.sheet, summary.header, values, "vi"); // labels are not rewritten
    for (const [rowId, row] of Object.entries(summary.rows))
      for (const [columnId, column] of Object.entries(summary.columns)) {
        const planned = plan.cells.get(a1(plan.location.rows[rowId], plan.location.columns[columnId]));
        const cell = sheet.getCell(row, column);
        const formula = formulas.get(a1(row, column)) ?? (cell.formula ? `=${cell.formula}` : undefined);
        if (!formula || !planned) continue;
        cell.value = {
          formula: formula.slice(1),
          result: planned.value ?? undefined,
        } as ExcelJS.CellFormulaValue;
      }
    return formulas.size;
  }

  private async addTemplate(
    template: Template,
    header: TableHeader,
    values: Parameters<typeof planTable>[3],
    language: Language,
    inputFormulas?: (location: LocatedTable) => Map<string, string>,
  ): Promise<Inserted> {
    const workbook = await this.changing();
    const sheetName = freeSheetName(
      template.shortTitle[language],
      workbook.worksheets.map((w) => w.name),
    );
    const plan = planTable(template, sheetName, header, values, language);
    for (const [address, formula] of inputFormulas?.(plan.location) ?? [])
      plan.cells.set(address, { ...plan.cells.get(address)!, formula, role: "computed" });
    addTable(workbook, plan, template, language, true);
    const headingRow = Math.min(...Object.values(plan.location.rows)) - 1;
    return {
      sheet: sheetName,
      address: `${quoteSheetName(sheetName)}!${a1(headingRow, 1)}:${a1(plan.lastRow, plan.lastColumn)}`,
      validated: true,
    };
  }

  /** The page's sheet view shows the selection; there is nothing to do in the file. */
  async select(): Promise<void> {}

  /** The page's sheet view fills the cells at fault; the file itself is left as it is. */
  async highlight(issues: Issue[]): Promise<number> {
    return Math.min(cellsAtFault(issues).size, MAX_HIGHLIGHTS);
  }

  async clearHighlights(): Promise<number> {
    return 0;
  }

  async writeReport(result: CheckResult, language: Language): Promise<string> {
    const report = addReportSheet(await this.changing(), result, language, this.records);
    this.records = [...this.records.filter((r) => r.record.kind !== "report"), this.stored(report)];
    return report.kind === "report" ? report.sheet : "";
  }

  async acknowledge(issue: Issue, reason: string): Promise<void> {
    this.records.push(this.stored(acknowledgementRecord(issue, reason, new Date())));
  }

  /** Keeps the correction in place of any earlier one for the same table; an empty correction only removes. */
  async correctTable(correction: TableCorrection): Promise<void> {
    const { replaced, added } = correctionChange(this.records, correction);
    this.records = this.records.filter((record) => !replaced.includes(record));
    if (added) this.records.push(this.stored(added));
  }

  async save(): Promise<WrittenWorkbook> {
    return this.written(await this.workbook, this.records);
  }

  async saveAnnotated(result: CheckResult, language: Language): Promise<WrittenWorkbook> {
    // The copy is annotated, not the workbook the page holds: the file loaded afresh while no action changed a sheet,
    // else the workbook written and read again.
    const copy = this.sheets ? await this.load() : new ExcelJS.Workbook();
    if (!this.sheets)
      await copy.xlsx.load((await (await this.workbook).xlsx.writeBuffer()) as ExcelJS.Buffer);
    const report = annotate(copy, result, language, this.records);
    return this.written(copy, [
      ...this.records.filter((r) => r.record.kind !== "report"),
      this.stored(report),
    ]);
  }

  private async written(workbook: ExcelJS.Workbook, records: StoredRecord[]): Promise<WrittenWorkbook> {
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    return keepWhatExcelJsDrops(
      this.original ?? bytes,
      bytes,
      records.map((r) => r.record),
    );
  }
}
