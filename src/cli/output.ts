// What `bc06 check` prints: a Vietnamese (or English) report for people, JSON and CSV for machines.
import { countOf, type Language } from "../domain/i18n";
import { formatNumber } from "../domain/numbers";
import {
  type CheckResult,
  type CoverageTotal,
  coverageTotal,
  describeCoverage,
  type Issue,
  isPartial,
  type Severity,
} from "../domain/rules";
import { tableRange, templateById } from "../domain/templates";
import { columnLetters, type MappedLine, type WorkbookSnapshot } from "../domain/workbook";

/**
 * One file's outcome, as the JSON contract describes it (README, "bc06 check --json"): "no-tables" when no report
 * table was recognised, so nothing was checked.
 */
export interface FileReport {
  file: string;
  status: "checked" | "unreadable" | "no-tables";
  error?: string;
  issues: JsonIssue[];
  cannotCheck: number;
  tables?: JsonTable[];
  /** How much of the file's tables the checks examined, all tables together. */
  coverage?: CoverageTotal;
  unrecognised?: { sheet: string; range: string }[];
  /** Sheets too large to read whole: only their first rows were read and checked. */
  partial?: { sheet: string; rows: number }[];
}

/** A table that was checked: BC06's own, or one recognised in the official's layout, with what it mapped. */
export interface JsonTable {
  sheet: string;
  range: string;
  /** The template it was read as; absent when only its own arithmetic was checked. */
  templateId?: string;
  origin: "bc06" | "detected";
  /** Sheet column letter → the template column (or row, for a table laid across) it holds. */
  columns: Record<string, string>;
  /** Sheet row number → the template row (or column) it holds; recognised tables only. */
  rows?: Record<string, string>;
  /** Columns and rows with figures that were not mapped to the template. */
  unmapped: { columns: string[]; rows: number[] };
  /** Figures: numeric cells in the body; checked: those that took part in at least one check that ran. */
  coverage?: { figures: number; checked: number };
}

export interface JsonIssue {
  ruleId: string;
  severity: Severity;
  cells: string[];
  message: string;
  left?: number;
  right?: number;
  suggested?: { cell: string; value: number };
}

export interface JsonReport {
  files: FileReport[];
  summary: { errors: number; warnings: number; infos: number; noTables: number };
}

export function unreadableReport(file: string, error: string): FileReport {
  return { file, status: "unreadable", error, issues: [], cannotCheck: 0 };
}

/** A file read (and checked, given the result). */
export function fileReport(file: string, snapshot: WorkbookSnapshot, result?: CheckResult): FileReport {
  const tables = tablesOf(snapshot).map((table) => {
    const found = result?.coverage.find((c) => c.sheet === table.sheet && c.range === table.range);
    return found ? { ...table, coverage: { figures: found.figures, checked: found.checked } } : table;
  });
  return {
    file,
    status: tables.length ? "checked" : "no-tables",
    issues: result?.issues.map(jsonIssue) ?? [],
    cannotCheck: result?.cannotCheck.length ?? 0,
    tables,
    ...(result ? { coverage: coverageTotal(result.coverage) } : {}),
    unrecognised: (snapshot.recognition?.unrecognised ?? []).map(({ sheet, range }) => ({ sheet, range })),
    ...partialOf(snapshot),
  };
}

function partialOf(snapshot: WorkbookSnapshot): Pick<FileReport, "partial"> {
  const partial = snapshot.sheets.flatMap(({ name, readRows }) =>
    readRows ? [{ sheet: name, rows: readRows }] : [],
  );
  return partial.length ? { partial } : {};
}

/** The tables a check looked at: BC06's own by their located rows and columns, recognised ones by their mapping. */
export function tablesOf(snapshot: WorkbookSnapshot): JsonTable[] {
  const own: JsonTable[] = snapshot.tables
    .filter((table) => table.origin === "bc06")
    .map((table) => ({
      sheet: table.sheet,
      range: tableRange(table),
      templateId: table.templateId,
      origin: "bc06",
      columns: Object.fromEntries(Object.entries(table.columns).map(([id, c]) => [columnLetters(c), id])),
      unmapped: { columns: [], rows: [] },
    }));
  const recognised: JsonTable[] = (snapshot.recognition?.tables ?? []).map((table) => {
    const named = (line: MappedLine) => line.id ?? (line.role === "total" ? "total" : line.role);
    const mapped = (line: MappedLine) => ["field", "item", "unit", "total"].includes(line.role);
    return {
      sheet: table.sheet,
      range: table.range,
      templateId: table.templateId,
      origin: "detected",
      columns: Object.fromEntries(table.across.filter(mapped).map((l) => [columnLetters(l.index), named(l)])),
      rows: Object.fromEntries(table.down.filter(mapped).map((l) => [String(l.index), named(l)])),
      unmapped: {
        columns: table.across.filter((l) => l.role === "unmapped").map((l) => columnLetters(l.index)),
        rows: table.down.filter((l) => l.role === "unmapped").map((l) => l.index),
      },
    };
  });
  return [...own, ...recognised];
}

function jsonIssue(issue: Issue): JsonIssue {
  const json: JsonIssue = {
    ruleId: issue.ruleId,
    severity: issue.severity,
    cells: issue.cells.map((c) => `${c.sheet}!${c.address}`),
    message: issue.message,
  };
  if (issue.left !== undefined) json.left = issue.left;
  if (issue.right !== undefined) json.right = issue.right;
  if (issue.suggested)
    json.suggested = {
      cell: `${issue.suggested.cell.sheet}!${issue.suggested.cell.address}`,
      value: issue.suggested.value,
    };
  return json;
}

export function summarise(files: FileReport[]): JsonReport {
  const summary = { errors: 0, warnings: 0, infos: 0, noTables: 0 };
  for (const file of files) if (file.status === "no-tables") summary.noTables++;
  for (const file of files)
    for (const issue of file.issues)
      summary[issue.severity === "error" ? "errors" : issue.severity === "warning" ? "warnings" : "infos"]++;
  return { files, summary };
}

const WORDS = {
  vi: {
    severity: { error: "LỖI", warning: "CẢNH BÁO", info: "THÔNG TIN" },
    counts: (e: number, w: number, i: number) =>
      `${formatNumber(e)} lỗi, ${formatNumber(w)} cảnh báo, ${formatNumber(i)} thông tin`,
    unreadable: "không đọc được",
    clean: "không có sai sót",
    cleanInPart: (checked: string) => `không phát hiện lỗi trong phần đã kiểm tra (${checked})`,
    checkedInPart: (checked: string) => `Đã kiểm tra ${checked}; phần còn lại chưa kiểm tra được.`,
    noTables: "Không nhận ra bảng báo cáo nào — chưa kiểm tra gì",
    cannotCheck: (n: number) => `${formatNumber(n)} phép kiểm tra không thực hiện được (thiếu số liệu)`,
    suggested: "đề xuất",
    total: (files: number, unreadable: number, noTables: number) =>
      `Tổng cộng ${formatNumber(files)} tệp${unreadable ? `, ${formatNumber(unreadable)} tệp không đọc được` : ""}${noTables ? `, ${formatNumber(noTables)} tệp không nhận ra bảng báo cáo nào (chưa kiểm tra)` : ""}`,
    tables: (n: number) => `${formatNumber(n)} bảng`,
    ownArithmetic: "bảng số liệu, kiểm tra theo số học của chính bảng",
    checked: (checked: number, figures: number) =>
      `đã kiểm tra ${formatNumber(checked)}/${formatNumber(figures)} số liệu`,
    detected: "tự nhận ra",
    own: "mẫu BC06",
    unmapped: "chưa nhận ra",
    totalLine: "dòng tổng cộng",
    unrecognised: "trông như bảng nhưng không nhận ra",
    partial: (sheet: string, rows: number) =>
      `Trang tính "${sheet}" quá lớn: chỉ đọc và kiểm tra ${formatNumber(rows)} dòng đầu.`,
  },
  en: {
    severity: { error: "ERRORS", warning: "WARNINGS", info: "NOTES" },
    counts: (e: number, w: number, i: number) =>
      `${countOf(e, "error")}, ${countOf(w, "warning")}, ${countOf(i, "note")}`,
    unreadable: "unreadable",
    clean: "no mistakes found",
    cleanInPart: (checked: string) => `no mistakes found in the part checked (${checked})`,
    checkedInPart: (checked: string) => `Checked ${checked}; the rest could not be checked.`,
    noTables: "No report table recognised — nothing was checked",
    cannotCheck: (n: number) => `${countOf(n, "check")} could not run (figures missing)`,
    suggested: "suggested",
    total: (files: number, unreadable: number, noTables: number) =>
      `Total: ${countOf(files, "file")}${unreadable ? `, ${unreadable} unreadable` : ""}${noTables ? `, ${noTables} with no report table recognised (not checked)` : ""}`,
    tables: (n: number) => countOf(n, "table"),
    ownArithmetic: "table of figures, checked by its own arithmetic",
    checked: (checked: number, figures: number) => `${checked} of ${countOf(figures, "figure")} checked`,
    detected: "recognised",
    own: "BC06 template",
    unmapped: "not recognised",
    totalLine: "the total",
    unrecognised: "looks like a table but was not recognised",
    partial: (sheet: string, rows: number) =>
      `Sheet "${sheet}" is too large: only its first ${rows} rows were read and checked.`,
  },
};

/** What of a file was read only in part or could not be checked, in sentences: never a silent pass. */
export function unexaminedNotes(file: FileReport, language: Language): string[] {
  const w = WORDS[language];
  return [
    ...(file.partial ?? []).map(({ sheet, rows }) => w.partial(sheet, rows)),
    ...(file.coverage && isPartial(file.coverage)
      ? [w.checkedInPart(describeCoverage(file.coverage, language))]
      : []),
    ...(file.cannotCheck ? [w.cannotCheck(file.cannotCheck)] : []),
  ];
}

/** What the text report shows beyond the JSON contract: the checks' own texts. */
export interface FileDetails {
  result: CheckResult;
}

/** The report for people: by file, then by severity; with `explain`, each table's mapping first. */
export function textReport(
  report: JsonReport,
  language: Language,
  details: Map<string, FileDetails>,
  explain = false,
): string {
  const w = WORDS[language];
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.status === "unreadable") {
      lines.push(`${file.file} — ${w.unreadable}: ${file.error}`);
      continue;
    }
    const count = (s: Severity) => file.issues.filter((i) => i.severity === s).length;
    const { result } = details.get(file.file)!;
    const partial = file.coverage && isPartial(file.coverage);
    const state =
      file.status === "no-tables"
        ? w.noTables
        : count("error") + count("warning") === 0 && partial
          ? w.cleanInPart(describeCoverage(file.coverage!, language))
          : file.issues.length === 0
            ? w.clean
            : w.counts(count("error"), count("warning"), count("info"));
    lines.push(`${file.file} — ${state}`);
    for (const { sheet, rows } of file.partial ?? []) lines.push(`  ${w.partial(sheet, rows)}`);
    if (partial && count("error") + count("warning") > 0)
      lines.push(`  ${w.checkedInPart(describeCoverage(file.coverage!, language))}`);
    if (explain) lines.push(...explainTables(file, language).map((line) => `  ${line}`));
    for (const severity of ["error", "warning", "info"] as Severity[]) {
      const issues = result.issues.filter((i) => i.severity === severity);
      if (issues.length === 0) continue;
      lines.push(`  ${w.severity[severity]}`);
      for (const issue of issues) {
        const suggestion = issue.suggested
          ? ` (${w.suggested}: ${issue.suggested.cell.address} = ${issue.suggested.text})`
          : "";
        const first = issue.cells[0];
        lines.push(`    ${first ? `${first.sheet}!${first.address}` : ""}  ${issue.message}${suggestion}`);
      }
    }
    if (file.cannotCheck) lines.push(`  ${w.cannotCheck(file.cannotCheck)}`);
  }
  const unreadable = report.files.filter((f) => f.status === "unreadable").length;
  const noTables = report.files.filter((f) => f.status === "no-tables").length;
  const { errors, warnings, infos } = report.summary;
  lines.push(
    "",
    `${w.total(report.files.length, unreadable, noTables)}: ${w.counts(errors, warnings, infos)}.`,
  );
  return lines.join("\n");
}

/** Each table of a file with its mapping ("C → Tổng số hồ sơ tiếp nhận"), and the areas not recognised. */
export function explainTables(file: FileReport, language: Language): string[] {
  const w = WORDS[language];
  const lines: string[] = [];
  for (const table of file.tables ?? []) {
    const template = table.templateId ? templateById(table.templateId) : undefined;
    const origin = table.origin === "bc06" ? w.own : w.detected;
    lines.push(
      `${table.sheet}!${table.range} — ${template?.title[language] ?? w.ownArithmetic} (${origin})` +
        (table.coverage ? ` · ${w.checked(table.coverage.checked, table.coverage.figures)}` : ""),
    );
    const label = (id: string) =>
      (id === "total" ? w.totalLine : undefined) ??
      template?.columns.find((c) => c.id === id)?.label[language] ??
      template?.rows.find((r) => r.id === id)?.label[language] ??
      id;
    const mapping = [
      ...Object.entries(table.columns).map(([column, id]) => `${column} → ${label(id)}`),
      ...Object.entries(table.rows ?? {}).map(([row, id]) => `${row} → ${label(id)}`),
    ];
    lines.push(...mapping.map((line) => `  ${line}`));
    const unmapped = [...table.unmapped.columns, ...table.unmapped.rows.map(String)];
    if (unmapped.length) lines.push(`  ${w.unmapped}: ${unmapped.join(", ")}`);
  }
  for (const area of file.unrecognised ?? []) lines.push(`${area.sheet}!${area.range} — ${w.unrecognised}`);
  return lines;
}

const csvField = (value: unknown) => {
  const text = value === undefined ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV rows, UTF-8 with a BOM so that Excel shows Vietnamese correctly. */
export function csv(rows: unknown[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** One line per issue (and per unreadable file). */
export function csvReport(report: JsonReport): string {
  const header = [
    "file",
    "status",
    "severity",
    "ruleId",
    "cells",
    "message",
    "left",
    "right",
    "suggestedCell",
    "suggestedValue",
    "error",
  ];
  const rows = report.files.flatMap((file) =>
    file.status === "unreadable"
      ? [[file.file, file.status, "", "", "", "", "", "", "", "", file.error]]
      : file.issues.map((i) => [
          file.file,
          file.status,
          i.severity,
          i.ruleId,
          i.cells.join(" "),
          i.message,
          i.left,
          i.right,
          i.suggested?.cell,
          i.suggested?.value,
          "",
        ]),
  );
  return csv([header, ...rows]);
}
