// The report sheet BC06 writes into a workbook, planned once and drawn alike by Excel (src/excel) and by the .xlsx
// writer (src/xlsx): its rows, which cells link to the issues' cells, its column widths and its colours.
import { countOf, type Language } from "./i18n";
import { formatNumber } from "./numbers";
import { cellKey, type CellRef, type CheckResult, type Severity } from "./rules";
import { acknowledgementOf, type StoredRecord } from "./session";

export const REPORT_SHEET = { vi: "Kết quả kiểm tra", en: "Check results" };
/** The fill of a cell at fault, by the most serious severity of its issues. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FDE7E9",
  warning: "#FFF4CE",
  info: "#DEECF9",
};
export const SEVERITY_LABEL: Record<Language, Record<Severity, string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};
export const REPORT_HEADING_FILL = "#DEECF9";
/** The cells at fault marked at most, so that a broken workbook stays responsive. */
export const MAX_HIGHLIGHTS = 2000;
/** The report sheet's first cell: also how BC06 knows a sheet is its report before replacing it. */
export const REPORT_TITLE: Record<Language, string> = {
  vi: "KẾT QUẢ KIỂM TRA SỐ LIỆU (BC06)",
  en: "FIGURE CHECK RESULTS (BC06)",
};

export interface ReportPlan {
  /** Row 1 the title, row 2 the counts, row 3 the headings, then one row per issue. */
  rows: (string | number)[][];
  headingRow: number;
  /** The "Cells" cell of each issue's row links to its first cell. */
  links: { row: number; column: number; target: CellRef; text: string }[];
  /** Column widths in characters. */
  widths: number[];
  /** The columns whose long text wraps (issue, what to do, acknowledgement). */
  wrapped: number[];
}

const CELLS_COLUMN = 4;

export function planReport(
  result: CheckResult,
  language: Language,
  records: StoredRecord[],
  at: Date,
): ReportPlan {
  const vi = language === "vi";
  const { errors, warnings, infos } = result.totals;
  const cannot = result.cannotCheck.length;
  const summary = vi
    ? `Kiểm tra lúc ${at.toLocaleString("vi-VN")}: ${formatNumber(errors)} lỗi, ${formatNumber(warnings)} cảnh báo, ${formatNumber(infos)} thông tin; ${formatNumber(cannot)} phép kiểm tra không thực hiện được.`
    : `Checked at ${at.toLocaleString("en-GB")}: ${countOf(errors, "error")}, ${countOf(warnings, "warning")}, ${countOf(infos, "note")}; ${countOf(cannot, "check")} could not run.`;
  const heading = vi
    ? ["STT", "Mức độ", "Trang tính", "Ô", "Nội dung", "Hướng dẫn", "Ghi nhận của người dùng", "Quy tắc"]
    : ["No.", "Severity", "Sheet", "Cells", "Issue", "What to do", "Acknowledged as", "Rule"];
  const title = REPORT_TITLE[language];
  const lines = result.issues.map((issue, i) => [
    i + 1,
    SEVERITY_LABEL[language][issue.severity],
    issue.sheet,
    issue.cells.map(cellKey).join(", "),
    issue.message,
    issue.instruction,
    acknowledgementOf(issue, records) ?? "",
    issue.ruleId,
  ]);
  const links = result.issues.flatMap((issue, i) =>
    issue.cells[0]
      ? [
          {
            row: 4 + i,
            column: CELLS_COLUMN,
            target: issue.cells[0],
            text: issue.cells.map(cellKey).join(", "),
          },
        ]
      : [],
  );
  return {
    rows: [[title], [summary], heading, ...lines],
    headingRow: 3,
    links,
    widths: [5, 10, 18, 22, 70, 50, 30, 36],
    wrapped: [5, 6, 7],
  };
}
