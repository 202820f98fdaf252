// What `bc06 check` prints: a Vietnamese (or English) report for people, JSON and CSV for machines.
import type { Language } from "../domain/i18n";
import { formatNumber } from "../domain/numbers";
import type { CheckResult, Issue, Severity } from "../domain/rules";

/** One file's outcome, as the JSON contract describes it (README, "bc06 check --json"). */
export interface FileReport {
  file: string;
  status: "checked" | "unreadable";
  error?: string;
  issues: JsonIssue[];
  cannotCheck: number;
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
  summary: { errors: number; warnings: number; infos: number };
}

export function fileReport(file: string, result: CheckResult): FileReport {
  return {
    file,
    status: "checked",
    issues: result.issues.map(jsonIssue),
    cannotCheck: result.cannotCheck.length,
  };
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
  const summary = { errors: 0, warnings: 0, infos: 0 };
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
    noTables: "không có bảng BC06 nào",
    cannotCheck: (n: number) => `${formatNumber(n)} phép kiểm tra không thực hiện được (thiếu số liệu)`,
    suggested: "đề xuất",
    total: (files: number, unreadable: number) =>
      `Tổng cộng ${formatNumber(files)} tệp${unreadable ? `, ${formatNumber(unreadable)} tệp không đọc được` : ""}`,
  },
  en: {
    severity: { error: "ERRORS", warning: "WARNINGS", info: "NOTES" },
    counts: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} notes`,
    unreadable: "unreadable",
    clean: "no mistakes found",
    noTables: "no BC06 table",
    cannotCheck: (n: number) => `${n} checks could not run (figures missing)`,
    suggested: "suggested",
    total: (files: number, unreadable: number) =>
      `Total: ${files} files${unreadable ? `, ${unreadable} unreadable` : ""}`,
  },
};

/** What the text report shows beyond the JSON contract: how many tables a file had, and the checks' own texts. */
export interface FileDetails {
  tables: number;
  result: CheckResult;
}

/** The report for people: by file, then by severity. */
export function textReport(
  report: JsonReport,
  language: Language,
  details: Map<string, FileDetails>,
): string {
  const w = WORDS[language];
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.status === "unreadable") {
      lines.push(`${file.file} — ${w.unreadable}: ${file.error}`);
      continue;
    }
    const count = (s: Severity) => file.issues.filter((i) => i.severity === s).length;
    const { tables, result } = details.get(file.file)!;
    const state =
      tables === 0
        ? w.noTables
        : file.issues.length === 0
          ? w.clean
          : w.counts(count("error"), count("warning"), count("info"));
    lines.push(`${file.file} — ${state}`);
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
  const { errors, warnings, infos } = report.summary;
  lines.push("", `${w.total(report.files.length, unreadable)}: ${w.counts(errors, warnings, infos)}.`);
  return lines.join("\n");
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
