// Never a silent pass: what recognition could not read is said, as notes beside the issues.
import type { Language } from "../i18n";
import { templateById } from "../templates/registry";
import {
  a1,
  columnLetters,
  type MappedLine,
  parseA1,
  type RecognisedTable,
  type RecognitionReport,
} from "../workbook";
import { globalRule } from "./catalog";
import type { Collector } from "./result";

const MAX_NAMED_LINES = 5;

export function reportRecognition(report: RecognitionReport, out: Collector, language: Language): void {
  for (const area of report.unrecognised) {
    const [top] = area.range.split(":");
    out.fail(
      globalRule("recognition", "unrecognised"),
      { templateId: "", sheet: area.sheet },
      "recognition.unrecognised",
      { range: `${area.sheet}!${area.range}`, headings: area.headings.slice(0, 6).join(" | ") },
      { cells: [{ sheet: area.sheet, address: top }] },
    );
  }
  for (const table of report.tables) reportSkipped(table, out, language);
}

/** The lines with figures that a recognised table left unmapped, named by their headings or labels. */
function reportSkipped(table: RecognisedTable, out: Collector, language: Language): void {
  const skipped = [...table.across, ...table.down].filter((line) => line.role === "unmapped");
  if (skipped.length === 0) return;
  const top = parseA1(table.range.split(":")[0])!;
  const label = table.across.find((line) => line.role === "label")?.index ?? top.column;
  const cell = (line: MappedLine) =>
    table.across.includes(line) ? a1(top.row, line.index) : a1(line.index, label);
  const vi = language === "vi";
  const named = skipped
    .slice(0, MAX_NAMED_LINES)
    .map((line) =>
      table.across.includes(line)
        ? `${vi ? "cột" : "column"} ${columnLetters(line.index)} “${line.text || "?"}”`
        : `${vi ? "dòng" : "row"} ${line.index} “${line.text || "?"}”`,
    );
  const more = skipped.length - named.length;
  const lines =
    named.join(", ") + (more > 0 ? (vi ? ` và ${more} dòng, cột khác` : ` and ${more} more`) : "");
  // Rows (or units) left out make any total over them unverifiable.
  const acrossIsRows = table.orientation === "rows-across" || table.orientation === "units-across";
  const rowsLeft = skipped.some((line) => table.across.includes(line) === acrossIsRows);
  const rows = rowsLeft
    ? vi
      ? " Dòng tổng cộng không được đối chiếu với các dòng vì còn dòng chưa nhận ra."
      : " The total is not checked against the other lines, as some were not recognised."
    : "";
  const template = templateById(table.templateId);
  out.fail(
    globalRule("recognition", "skipped"),
    { templateId: table.templateId, sheet: table.sheet },
    "recognition.skipped",
    {
      table: template?.shortTitle[language] ?? table.templateId,
      range: `${table.sheet}!${table.range}`,
      lines,
      rows,
    },
    { cells: skipped.map((line) => ({ sheet: table.sheet, address: cell(line) })) },
  );
}
