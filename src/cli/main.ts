// `bc06`: the checks of the add-in on .xlsx files, for reviewers who receive many workbooks.
import fs from "fs";
import path from "path";
import type { Language } from "../domain/i18n";
import { checkWorkbook } from "../domain/rules";
import { TableHeaderSchema, templateById, TEMPLATES } from "../domain/templates";
import { describeLost } from "../xlsx/names";
import { keyRates, reportingUnit } from "../domain/overview";
import type { ReportUnit } from "./html-report";
import { checkText } from "../domain/narrative";
import { readReportText, reportProblemMessage } from "../documents/read";
import { normaliseText } from "../domain/text";
import type { WorkbookSnapshot } from "../domain/workbook";
import { optionProblem, parseArgs, type ParsedArgs } from "./args";
import { type Budget, BudgetedReader, DEFAULT_BUDGET } from "./budget";
import { expandPaths, readWorkbookFile, readWorkbooks, unreadableMessage } from "./files";
import {
  csv,
  csvReport,
  explainTables,
  type FileDetails,
  type FileReport,
  fileReport,
  summarise,
  textReport,
  unreadableReport,
} from "./output";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress is drawn only there. */
  interactive: boolean;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};

export const EXIT = { clean: 0, errors: 1, unreadable: 2, noTables: 3, usage: 64 } as const;

const HELP = {
  vi: `bc06 – kiểm tra báo cáo Đề án 06 trên tệp .xlsx

Cách dùng:
  bc06 check <tệp|thư mục>... [--json | --csv] [--explain] [--annotate <thư mục>] [--lang vi|en] [--strict-rounding]
            [--previous <tệp|thư mục kỳ trước>] [--units <danh-sach-don-vi.txt>] [--jump <điểm %, mặc định 30>]
            [--html <bao-cao.html>]
  bc06 tables <tệp|thư mục>... [--json] [--lang vi|en]
  bc06 template <mã mẫu> [-o tệp.xlsx] [--unit "Xã A"] [--level xa|huyen|tinh] [--period 2025-01-01..2025-06-30] [--cutoff 2025-06-30]
  bc06 consolidate <tệp|thư mục>... -o tong-hop.xlsx [--unit "Huyện A"] [--level huyen|tinh] [--units <danh-sach.txt>]
  bc06 check-text <tệp.pdf|tệp.docx|tệp.txt> [--workbook <tệp.xlsx>] [--json | --csv] [--lang vi|en]
  bc06 templates

BC06 kiểm tra cả bảng do đơn vị tự lập (nhận ra theo tiêu đề cột và tên dòng); "tables" và "--explain" cho biết
từng bảng được đọc thế nào.
Mã thoát của check: 0 không có lỗi; 1 có lỗi; 2 có tệp không đọc được (các tệp khác vẫn được kiểm tra);
3 có tệp không nhận ra bảng báo cáo nào (tệp đó chưa được kiểm tra).
--html ghi thêm một trang HTML tự chứa (mở được khi không có mạng): từng đơn vị với tình trạng, lỗi, cảnh báo, các tỷ
lệ chính và biểu đồ theo đơn vị.
Tệp không đọc được được nêu lý do trong một câu; --verbose thêm chi tiết kỹ thuật.
Mỗi tệp được đọc trong tối đa --time-limit giây (mặc định 30) và --memory-limit MB (mặc định 1024); tệp vượt quá
được báo là không kiểm tra được, các tệp khác vẫn được kiểm tra.
`,
  en: `bc06 – checks Đề án 06 reports in .xlsx files

Usage:
  bc06 check <file|folder>... [--json | --csv] [--explain] [--annotate <folder>] [--lang vi|en] [--strict-rounding]
            [--previous <previous file|folder>] [--units <unit-list.txt>] [--jump <points, default 30>]
            [--html <report.html>]
  bc06 tables <file|folder>... [--json] [--lang vi|en]
  bc06 template <template id> [-o file.xlsx] [--unit "Xã A"] [--level xa|huyen|tinh] [--period 2025-01-01..2025-06-30] [--cutoff 2025-06-30]
  bc06 consolidate <file|folder>... -o summary.xlsx [--unit "Huyện A"] [--level huyen|tinh] [--units <unit-list.txt>]
  bc06 check-text <file.pdf|file.docx|file.txt> [--workbook <file.xlsx>] [--json | --csv] [--lang vi|en]
  bc06 templates

BC06 also checks tables the units laid out themselves (recognised by their headings and row labels); "tables" and
"--explain" show how each table was read.
Exit status of check: 0 no errors; 1 errors found; 2 a file could not be read (the others are still checked);
3 no report table was recognised in a file (that file was not checked).
--html also writes one self-contained HTML page (opens offline): every unit with its status, errors, warnings, key
rates, and charts across units.
A file that cannot be read is refused in one sentence; --verbose adds the technical detail.
Each file is read within --time-limit seconds (default 30) and --memory-limit MB (default 1024); a file over either
is reported as not checked, and the other files are still checked.
`,
};

const OPTION_PROBLEMS = {
  vi: {
    unknown: (option: string) => `Tùy chọn không rõ: ${option}.`,
    "needs-value": (option: string) => `Tùy chọn ${option} cần một giá trị.`,
    "takes-no-value": (option: string) => `Tùy chọn ${option} không nhận giá trị.`,
  },
  en: {
    unknown: (option: string) => `Unknown option: ${option}.`,
    "needs-value": (option: string) => `The option ${option} needs a value.`,
    "takes-no-value": (option: string) => `The option ${option} takes no value.`,
  },
};

function languageOf(args: ParsedArgs): Language {
  return args.options.get("lang") === "en" ? "en" : "vi";
}

function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Runs a command line; resolves to the exit status. Never throws for bad input: it says what is wrong. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const args = parseArgs(argv);
  const language = languageOf(args);
  const problem = optionProblem(args);
  if (problem) {
    io.stderr(`${OPTION_PROBLEMS[language][problem.kind](`--${problem.option}`)}\n\n${HELP[language]}`);
    return EXIT.usage;
  }
  const reader = new BudgetedReader(language, args.options.has("verbose"), budgetOf(args));
  try {
    switch (args.command) {
      case "check":
        return await check(args, language, io, reader);
      case "template":
        return await template(args, language, io);
      case "check-text":
        return await checkTextFile(args, language, io, reader);
      case "tables":
        return await tables(args, language, io, reader);
      case "consolidate":
        return await consolidateFiles(args, language, io, reader);
      case "templates":
        io.stdout(TEMPLATES.map((t) => `${t.id.padEnd(14)} ${t.title[language]}`).join("\n") + "\n");
        return EXIT.clean;
      case undefined:
      case "help":
        io.stdout(HELP[language]);
        return EXIT.clean;
      default:
        io.stderr(
          (language === "vi"
            ? `Lệnh không rõ: ${args.command}\n\n`
            : `Unknown command: ${args.command}\n\n`) + HELP[language],
        );
        return EXIT.usage;
    }
  } catch (error) {
    io.stderr(`bc06: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.unreadable;
  } finally {
    reader.stop();
  }
}

/** The per-file budget: --time-limit (seconds) and --memory-limit (MB), else the defaults. */
function budgetOf(args: ParsedArgs): Budget {
  const limit = (name: string, fallback: number) => {
    const value = Number(stringOption(args, name));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    seconds: limit("time-limit", DEFAULT_BUDGET.seconds),
    memoryMb: limit("memory-limit", DEFAULT_BUDGET.memoryMb),
  };
}

function progress(io: Io, done: number, total: number, file: string): void {
  if (!io.interactive || total < 2) return;
  const width = 24;
  const filled = Math.round((done / total) * width);
  const name = path.basename(file).slice(0, 40);
  io.stderr(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(80));
  if (done === total) io.stderr("\r".padEnd(81) + "\r");
}

async function check(args: ParsedArgs, language: Language, io: Io, reader: BudgetedReader): Promise<number> {
  if (args.positionals.length === 0) {
    io.stderr(HELP[language]);
    return EXIT.usage;
  }
  const files = expandPaths(args.positionals);
  const previous = await readPrevious(stringOption(args, "previous"), language, reader);
  const expectedUnits = readUnitList(stringOption(args, "units"));
  const jump = Number(stringOption(args, "jump") ?? 30);
  const annotateDir = stringOption(args, "annotate");
  if (annotateDir) fs.mkdirSync(annotateDir, { recursive: true });
  const reports: FileReport[] = [];
  const details = new Map<string, FileDetails>();
  const units: ReportUnit[] = [];
  let done = 0;
  for await (const read of readWorkbooks(files, reader, language)) {
    progress(io, done++, files.length, read.file);
    if (read.error !== undefined) {
      reports.push(unreadableReport(read.file, read.error));
      units.push({ report: reports.at(-1)!, name: path.basename(read.file), rates: [] });
      continue;
    }
    const { file, snapshot } = read;
    try {
      const result = checkWorkbook(snapshot, {
        language,
        acceptTruncated: !args.options.has("strict-rounding"),
        expectedUnits,
        jumpThreshold: Number.isFinite(jump) ? jump : 30,
        previous: previousFor(snapshot, previous),
      });
      details.set(file, { result });
      reports.push(fileReport(file, snapshot, result));
      units.push({
        report: reports.at(-1)!,
        name: reportingUnit(snapshot) ?? path.basename(file, path.extname(file)),
        rates: keyRates(snapshot, language),
      });
      if (annotateDir) {
        const { writeAnnotated } = await import("../xlsx/write"); // ExcelJS loads only for the commands that write
        const { bytes, lost } = await writeAnnotated(fs.readFileSync(file), result, language);
        fs.writeFileSync(path.join(annotateDir, path.basename(file)), bytes);
        if (Object.keys(lost).length > 0)
          io.stderr(
            language === "vi"
              ? `${file}: bản có chú thích không giữ được ${describeLost(lost, language)} (tệp gốc không đổi).\n`
              : `${file}: the annotated copy could not keep ${describeLost(lost, language)} (the original is unchanged).\n`,
          );
      }
    } catch (error) {
      reports.push(unreadableReport(file, unreadableMessage(error, language, args.options.has("verbose"))));
      units.push({ report: reports.at(-1)!, name: path.basename(file), rates: [] });
    }
  }
  progress(io, files.length, files.length, "");
  const html = stringOption(args, "html");
  if (html) {
    const { htmlReport } = await import("./html-report"); // React's server renderer loads only for --html
    fs.writeFileSync(html, htmlReport(units, language));
  }
  const report = summarise(reports);
  if (args.options.has("json")) io.stdout(JSON.stringify(report, null, 2) + "\n");
  else if (args.options.has("csv")) io.stdout(csvReport(report));
  else io.stdout(textReport(report, language, details, args.options.has("explain")) + "\n");
  if (reports.some((r) => r.status === "unreadable")) return EXIT.unreadable;
  // A file in which no table was recognised was not checked: never an all-clear.
  if (reports.some((r) => r.status === "no-tables")) return EXIT.noTables;
  return report.summary.errors > 0 ? EXIT.errors : EXIT.clean;
}

/** `bc06 tables`: each file's tables with what BC06 read in them, without checking. */
async function tables(args: ParsedArgs, language: Language, io: Io, reader: BudgetedReader): Promise<number> {
  if (args.positionals.length === 0) {
    io.stderr(HELP[language]);
    return EXIT.usage;
  }
  const files: FileReport[] = [];
  for await (const read of readWorkbooks(expandPaths(args.positionals), reader, language))
    files.push(
      read.error === undefined
        ? fileReport(read.file, read.snapshot)
        : unreadableReport(read.file, read.error),
    );
  if (args.options.has("json")) {
    const json = files.map(({ file, status, error, tables: found, unrecognised }) => ({
      file,
      status,
      error,
      tables: found,
      unrecognised,
    }));
    io.stdout(JSON.stringify({ files: json }, null, 2) + "\n");
  } else {
    const lines = files.flatMap((file) => {
      if (file.status === "unreadable") return [`${file.file} — ${file.error}`];
      const explained = explainTables(file, language);
      const none = language === "vi" ? "Không nhận ra bảng báo cáo nào." : "No report table recognised.";
      return [file.file, ...(explained.length ? explained : [none]).map((line) => `  ${line}`)];
    });
    io.stdout(lines.join("\n") + "\n");
  }
  if (files.some((file) => file.status === "unreadable")) return EXIT.unreadable;
  return files.some((file) => file.status === "no-tables") ? EXIT.noTables : EXIT.clean;
}

async function template(args: ParsedArgs, language: Language, io: Io): Promise<number> {
  const [id] = args.positionals;
  const chosen = id ? templateById(id) : undefined;
  if (!chosen) {
    io.stderr(
      (language === "vi"
        ? `Không có mẫu "${id ?? ""}". Các mẫu:\n`
        : `No template "${id ?? ""}". Templates:\n`) + TEMPLATES.map((t) => `  ${t.id}\n`).join(""),
    );
    return EXIT.usage;
  }
  const [from, to] = (stringOption(args, "period") ?? "").split("..");
  const header = TableHeaderSchema.safeParse({
    ...(stringOption(args, "unit") ? { unit: stringOption(args, "unit") } : {}),
    ...(stringOption(args, "level") ? { level: stringOption(args, "level") } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(stringOption(args, "cutoff") ? { cutoff: stringOption(args, "cutoff") } : {}),
  });
  if (!header.success) {
    io.stderr(
      `${language === "vi" ? "Phần đầu biểu không hợp lệ" : "Invalid header"}: ${header.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}\n`,
    );
    return EXIT.usage;
  }
  const output = stringOption(args, "output") ?? `${chosen.id}.xlsx`;
  const { writeTemplate } = await import("../xlsx/write");
  fs.writeFileSync(output, await writeTemplate(chosen, header.data, language));
  io.stdout(`${output}\n`);
  return EXIT.clean;
}

/**
 * Adds unit workbooks into a summary workbook: one summed table per template found, and the trail of every figure.
 */
async function consolidateFiles(
  args: ParsedArgs,
  language: Language,
  io: Io,
  reader: BudgetedReader,
): Promise<number> {
  const output = stringOption(args, "output");
  if (args.positionals.length === 0 || !output) {
    io.stderr(HELP[language]);
    return EXIT.usage;
  }
  const workbooks = [];
  for await (const workbook of readWorkbooks(expandPaths(args.positionals), reader, language))
    workbooks.push(workbook);
  const options = {
    unit: stringOption(args, "unit"),
    level: stringOption(args, "level"),
    expectedUnits: readUnitList(stringOption(args, "units")),
  };
  const { rollUp } = await import("../xlsx/rollup");
  const summary = await rollUp(workbooks, options, language);
  fs.writeFileSync(output, summary.bytes);
  io.stdout(
    (language === "vi"
      ? `${output}: ${summary.tables} bảng tổng hợp từ ${summary.files} tệp.\n`
      : `${output}: ${summary.tables} summary tables from ${summary.files} files.\n`) +
      summary.problems.map((p) => `  ${p}\n`).join(""),
  );
  return workbooks.some((w) => w.error !== undefined) ? EXIT.unreadable : EXIT.clean;
}

/** The previous reports (--previous: a file or a folder), read once; unreadable ones are skipped with a word. */
async function readPrevious(
  option: string | undefined,
  language: Language,
  reader: BudgetedReader,
): Promise<WorkbookSnapshot[]> {
  if (!option) return [];
  const snapshots: WorkbookSnapshot[] = [];
  for (const entry of expandPaths([option])) {
    if (entry.missing)
      throw new Error(
        language === "vi"
          ? `Không tìm thấy báo cáo kỳ trước: ${entry.file}`
          : `No previous report at ${entry.file}`,
      );
    const read = await readWorkbookFile(entry, reader, language);
    if (read.error !== undefined) throw new Error(`${entry.file}: ${read.error}`);
    snapshots.push(read.snapshot);
  }
  return snapshots;
}

/** The previous report of the same unit (by the name in its header), or the only one given. */
function previousFor(snapshot: WorkbookSnapshot, previous: WorkbookSnapshot[]): WorkbookSnapshot | undefined {
  if (previous.length <= 1) return previous[0];
  const names = (s: WorkbookSnapshot) =>
    new Set(s.tables.map((t) => normaliseText(t.header.unit ?? "").toLowerCase()).filter(Boolean));
  const mine = names(snapshot);
  return previous.find((p) => [...names(p)].some((name) => mine.has(name)));
}

/** --units: a text file with one unit name per line (blank lines and # comments ignored). */
function readUnitList(option: string | undefined): string[] {
  if (!option) return [];
  return fs
    .readFileSync(option, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

/**
 * Checks the figures of a report's text. Exit 0 when every claim read is consistent, 1 when one is not, 2 when the
 * file cannot be read. --json prints the documented contract (offsets in UTF-16 code units of the text as read).
 */
async function checkTextFile(
  args: ParsedArgs,
  language: Language,
  io: Io,
  reader: BudgetedReader,
): Promise<number> {
  const [file] = args.positionals;
  if (!file) {
    io.stderr(HELP[language]);
    return EXIT.usage;
  }
  if (!fs.existsSync(file)) {
    io.stderr(`${file}: ${language === "vi" ? "Không tìm thấy tệp." : "No such file."}\n`);
    return EXIT.unreadable;
  }
  const { readDocx } = await import("../documents/docx");
  const read = await readReportText(fs.readFileSync(file), file, readDocx);
  if ("problem" in read) {
    io.stderr(`${file}: ${reportProblemMessage(read.problem, language)}\n`);
    return EXIT.unreadable;
  }
  const workbookPath = stringOption(args, "workbook");
  let workbook: WorkbookSnapshot | undefined;
  if (workbookPath) {
    const opened = await readWorkbookFile(
      { file: workbookPath, missing: !fs.existsSync(workbookPath) },
      reader,
      language,
    );
    if (opened.error !== undefined) {
      io.stderr(`${workbookPath}: ${opened.error}\n`);
      return EXIT.unreadable;
    }
    workbook = opened.snapshot;
  }
  const claims = checkText(read.text, language, workbook);
  const summary = { consistent: 0, inconsistent: 0, unreadable: 0 };
  for (const claim of claims) summary[claim.verdict]++;
  if (args.options.has("json")) {
    const json = claims.map(
      ({ kind, text: claimText, start, end, verdict, stated, computed, message, suggested, cell }) => ({
        kind,
        text: claimText,
        start,
        end,
        verdict,
        ...(stated !== undefined ? { stated } : {}),
        ...(computed !== undefined ? { computed } : {}),
        message,
        ...(suggested !== undefined ? { suggested } : {}),
        ...(cell !== undefined ? { cell } : {}),
      }),
    );
    io.stdout(JSON.stringify({ file, claims: json, summary }, null, 2) + "\n");
  } else if (args.options.has("csv")) {
    const header = [
      "file",
      "kind",
      "verdict",
      "start",
      "end",
      "text",
      "stated",
      "computed",
      "message",
      "suggested",
    ];
    io.stdout(
      csv([
        header,
        ...claims.map((c) => [
          file,
          c.kind,
          c.verdict,
          c.start,
          c.end,
          c.text,
          c.stated,
          c.computed,
          c.message,
          c.suggested,
        ]),
      ]),
    );
  } else {
    const marks = {
      consistent: language === "vi" ? "đúng" : "ok",
      inconsistent: language === "vi" ? "SAI" : "WRONG",
      unreadable: language === "vi" ? "không đọc được" : "not read",
    };
    const lines = claims.map(
      (c) =>
        `  [${marks[c.verdict]}] ${c.text.replace(/\*\*/g, "").replace(/\s+/g, " ")}\n      → ${c.message}`,
    );
    const total =
      language === "vi"
        ? `${summary.consistent} đúng, ${summary.inconsistent} sai, ${summary.unreadable} không đọc được`
        : `${summary.consistent} consistent, ${summary.inconsistent} inconsistent, ${summary.unreadable} not read`;
    io.stdout(`${file} — ${total}\n${lines.join("\n")}\n`);
  }
  return summary.inconsistent > 0 ? EXIT.errors : EXIT.clean;
}
