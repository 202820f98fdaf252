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

export function reportRecognition(
  report: RecognitionReport,
  out: Collector,
  language: Language,
  checked: Set<string>,
): void {
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
  for (const table of report.tables) reportSkipped(table, out, language, checked);
}

/** The lines with figures of a recognised table of which no figure took part in a check, named. */
function reportSkipped(
  table: RecognisedTable,
  out: Collector,
  language: Language,
  checked: Set<string>,
): void {
  // Lines the user set aside ("not checked") are theirs to know: not named again.
  const unset = (line: MappedLine) => line.figures && !(line.role === "ignored" && line.corrected);
  const columns = table.across.filter(
    (line) => unset(line) && line.role !== "label" && line.role !== "number",
  );
  const rows = table.down.filter(unset);
  const seen = (row: number, column: number) => checked.has(`${table.sheet}!${a1(row, column)}`);
  const skippedColumns = columns.filter((c) => !rows.some((r) => seen(r.index, c.index)));
  // A table not checked at all is said in its columns; rows are named when some columns were checked.
  const skippedRows =
    skippedColumns.length === columns.length
      ? []
      : rows.filter((r) => !columns.some((c) => seen(r.index, c.index)));
  const skipped = [...skippedColumns, ...skippedRows];
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
  // Rows (or units) left unread make a total over them unverifiable.
  const acrossIsRows = table.orientation === "rows-across" || table.orientation === "units-across";
  const rowsLeft = skipped.some(
    (line) => line.role === "unmapped" && table.across.includes(line) === acrossIsRows,
  );
  const note = rowsLeft
    ? vi
      ? " Dòng tổng cộng không được đối chiếu với các dòng vì còn dòng chưa nhận ra."
      : " The total is not checked against the other lines, as some were not recognised."
    : "";
  const template = table.templateId ? templateById(table.templateId) : undefined;
  out.fail(
    globalRule("recognition", "skipped"),
    { templateId: table.templateId ?? "", sheet: table.sheet, tableId: table.id },
    "recognition.skipped",
    {
      table: template?.shortTitle[language] ?? (vi ? "số liệu" : "of figures"),
      range: `${table.sheet}!${table.range}`,
      lines,
      rows: note,
    },
    { cells: skipped.map((line) => ({ sheet: table.sheet, address: cell(line) })) },
  );
}
