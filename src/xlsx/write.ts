// Writing .xlsx files: a ready-to-fill template laid out exactly as the add-in inserts it, and an annotated copy of
// a checked workbook (notes and fills on the cells at fault, plus the report sheet), with no value changed.
import ExcelJS from "exceljs";
import type { Contribution } from "../domain/consolidate";
import type { Language } from "../domain/i18n";
import type { MetadataRecord } from "../domain/metadata";
import {
  planReport,
  REPORT_HEADING_FILL,
  REPORT_SHEET,
  SEVERITY_FILL,
  SEVERITY_LABEL,
} from "../domain/report";
import type { CheckResult } from "../domain/rules";
import { cellKey, cellsAtFault } from "../domain/rules/faults";
import {
  columnWidths,
  INPUT_ALERT,
  planTable,
  ROLE_STYLES,
  type TablePlan,
  type TableValues,
  type Template,
} from "../domain/templates";
import type { StoredRecord } from "../domain/session";
import { freeSheetName, quoteSheetName, type TableHeader } from "../domain/workbook";
import type { PackageContent } from "./names";
import { keepWhatExcelJsDrops } from "./package";
import { loadXlsx } from "./model";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(hex) },
});

/** One table of a workbook to write: a template, its header and its figures. */
export interface TableToWrite {
  template: Template;
  header: TableHeader;
  values?: TableValues;
}

/**
 * A workbook with each table on a sheet of its own, laid out as the add-in inserts it. Formulas carry their
 * results, so that readers that do not calculate see them; `cacheResults: false` leaves the computing to the
 * spreadsheet that opens it.
 */
export async function writeTables(
  tables: TableToWrite[],
  language: Language,
  { cacheResults = true } = {},
): Promise<Uint8Array> {
  const workbook = tablesWorkbook(tables, language, cacheResults);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function tablesWorkbook(tables: TableToWrite[], language: Language, cacheResults = true): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "BC06";
  for (const { template, header, values } of tables) {
    const sheetName = freeSheetName(
      template.shortTitle[language],
      workbook.worksheets.map((w) => w.name),
    );
    addTable(
      workbook,
      planTable(template, sheetName, header, values ?? {}, language),
      template,
      language,
      cacheResults,
    );
  }
  return workbook;
}

export const CONTRIBUTIONS_SHEET = { vi: "Đóng góp", en: "Contributions" };

/**
 * A summary workbook across unit workbooks: the summed tables (values, with the templates' formulas for computed
 * cells), then a sheet listing every unit's figure behind every total and the problems met while adding.
 */
export async function writeSummary(
  tables: TableToWrite[],
  contributions: (Contribution & { templateId: string })[],
  problems: string[],
  language: Language,
): Promise<Uint8Array> {
  const workbook = tablesWorkbook(tables, language);
  const sheet = workbook.addWorksheet(CONTRIBUTIONS_SHEET[language]);
  const vi = language === "vi";
  sheet.addRow(
    vi
      ? ["Mẫu", "Dòng", "Cột", "Đơn vị", "Tệp", "Ô", "Số liệu"]
      : ["Template", "Row", "Column", "Unit", "File", "Cell", "Figure"],
  ).font = { bold: true };
  for (const c of contributions)
    sheet.addRow([c.templateId, c.rowId, c.columnId, c.unit, c.source, c.cell, c.value]);
  if (problems.length) {
    sheet.addRow([]);
    sheet.addRow([vi ? "Vấn đề khi tổng hợp" : "Problems met while adding"]).font = { bold: true };
    for (const problem of problems) sheet.addRow([problem]);
  }
  [12, 28, 18, 24, 30, 22, 12].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook holding one template, optionally filled. */
export function writeTemplate(
  template: Template,
  header: TableHeader,
  language: Language,
  values: TableValues = {},
  options = {},
): Promise<Uint8Array> {
  return writeTables([{ template, header, values }], language, options);
}

/** Lays a planned table out on a new sheet, as the add-in inserts it (frozen headings, hidden id column). */
export function addTable(
  workbook: ExcelJS.Workbook,
  plan: TablePlan,
  template: Template,
  language: Language,
  cacheResults: boolean,
): void {
  const headingRow = Math.min(...Object.values(plan.location.rows)) - 1;
  const sheet = workbook.addWorksheet(plan.location.sheet, {
    views: [{ state: "frozen", ySplit: headingRow }],
  });
  for (const [address, planned] of plan.cells) {
    const cell = sheet.getCell(address);
    if (planned.formula) {
      const result =
        !cacheResults || planned.value === null || planned.value === "" ? undefined : planned.value;
      cell.value = { formula: planned.formula.slice(1), result } as ExcelJS.CellFormulaValue;
    } else if (planned.value !== null) {
      cell.value = planned.value as ExcelJS.CellValue;
    }
    if (planned.numberFormat && planned.numberFormat !== "@") cell.numFmt = planned.numberFormat;
    const style = ROLE_STYLES[planned.role];
    if (style || planned.total) {
      cell.font = {
        bold: Boolean(style?.bold || planned.total),
        italic: style?.italic,
        size: style?.size,
        color: style?.color ? { argb: argb(style.color) } : undefined,
      };
    }
    if (style?.fill) cell.fill = solid(style.fill);
    if (planned.indent) cell.alignment = { indent: planned.indent };
    if (planned.role === "column-heading") cell.alignment = { wrapText: true, vertical: "middle" };
    if (planned.role === "input" && planned.numberFormat === "#,##0") {
      const alert = INPUT_ALERT[language];
      cell.dataValidation = {
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: alert.title,
        error: alert.message,
      };
    }
  }
  for (const [column, width] of columnWidths(template, plan.location)) sheet.getColumn(column).width = width;
  sheet.getColumn(plan.lastColumn).hidden = true;
}

/** The annotated copy, and what of the original it could not keep (see package.ts). */
export interface AnnotatedCopy {
  bytes: Uint8Array;
  lost: Partial<Record<PackageContent, number>>;
}

/**
 * A copy of the checked workbook: the cells at fault filled in their severity's colour with a note, a report sheet
 * added; every other cell as it was, BC06's (and other programs') custom XML records kept.
 */
export async function writeAnnotated(
  data: ArrayBuffer | Uint8Array,
  result: CheckResult,
  language: Language,
): Promise<AnnotatedCopy> {
  const original = data instanceof Uint8Array ? data : new Uint8Array(data);
  const { workbook, records } = await loadXlsx(original, language);
  const stored = records.map((record, i) => ({ partId: `file-${i}`, record }));
  const report = annotate(workbook, result, language, stored);
  const kept = [...records.filter((record) => record.kind !== "report"), report];
  return keepWhatExcelJsDrops(original, new Uint8Array(await workbook.xlsx.writeBuffer()), kept);
}

/**
 * Fills the cells at fault and notes the issues on them, and writes the report sheet in place of BC06's previous
 * one: the record of the new report.
 */
export function annotate(
  workbook: ExcelJS.Workbook,
  result: CheckResult,
  language: Language,
  records: StoredRecord[],
): MetadataRecord {
  for (const [key, { severity, lines }] of notesByCell(result, language)) {
    const bang = key.lastIndexOf("!");
    const sheet = workbook.getWorksheet(key.slice(0, bang));
    if (!sheet) continue;
    const atFault = sheet.getCell(key.slice(bang + 1));
    // ExcelJS shares one style object between the cells that had the same style in the file: the cell gets its own
    // copy, so that the fill lands on it alone.
    atFault.style = { ...atFault.style, fill: solid(SEVERITY_FILL[severity]) };
    if (lines.length) atFault.note = `BC06\n${lines.join("\n")}`;
  }
  return addReportSheet(workbook, result, language, records);
}

/** Each cell at fault, with its most serious severity and the messages of the issues it leads (is the first cell of). */
function notesByCell(result: CheckResult, language: Language) {
  return [...cellsAtFault(result.issues)].map(([key, { severity, issues }]) => {
    const led = issues.filter((issue) => cellKey(issue.cells[0]) === key);
    return [
      key,
      { severity, lines: led.map((i) => `${SEVERITY_LABEL[language][i.severity]}: ${i.message}`) },
    ] as const;
  });
}

/** The report sheet, drawn from the domain's plan, replacing the one BC06 wrote before (never a user's sheet). */
export function addReportSheet(
  workbook: ExcelJS.Workbook,
  result: CheckResult,
  language: Language,
  records: StoredRecord[],
): MetadataRecord {
  const previous = records.find((r) => r.record.kind === "report")?.record;
  const previousSheet = previous?.kind === "report" ? workbook.getWorksheet(previous.sheet) : undefined;
  if (previousSheet) workbook.removeWorksheet(previousSheet.id);
  const sheet = workbook.addWorksheet(
    freeSheetName(
      REPORT_SHEET[language],
      workbook.worksheets.map((w) => w.name),
    ),
  );
  const plan = planReport(result, language, records, new Date());
  plan.rows.forEach((row) => sheet.addRow(row));
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const heading = sheet.getRow(plan.headingRow);
  heading.font = { bold: true };
  heading.eachCell((cell) => (cell.fill = solid(REPORT_HEADING_FILL)));
  for (const { row, column, target, text } of plan.links)
    sheet.getCell(row, column).value = {
      text,
      hyperlink: `#${quoteSheetName(target.sheet)}!${target.address}`,
    };
  plan.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const column of plan.wrapped)
    for (let row = plan.headingRow + 1; row <= plan.rows.length; row++)
      sheet.getCell(row, column).alignment = { wrapText: true, vertical: "top" };
  return { kind: "report", sheet: sheet.name };
}
