// `npm run bench`: the speed goals, measured on this machine (not timed unit tests).
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { performance } from "perf_hooks";
import { recogniseWorkbook } from "../src/domain/recognise";
import { computeTable, templateById, type TableValues } from "../src/domain/templates";
import { writeTables } from "../src/xlsx/write";
import { checkText } from "../src/domain/narrative";
import { checkWorkbook } from "../src/domain/rules/engine";
import { parseA1 } from "../src/domain/workbook";
import { readXlsx } from "../src/xlsx/read";
import { hostileWorkbook } from "./hostile";
import { plantMistakes, provinceWorkbook, random, TEMPLATE_IDS, unitValues } from "./province";
import { toXlsx } from "../test/fixtures/own-layouts/dsl";
import { relayout } from "../test/support/relayout";
import { citizenList, snapshotToXlsx } from "../test/support/xlsx";
import { PASSAGES } from "../test/fixtures/narrative/corpus";
import { memorySession } from "../test/support/excel/memory/api";
import { sampleExcel } from "../test/support/excel/memory/sample";
import { LIVE_DELAY_MS } from "../src/taskpane/components/useLiveCheck";

const WARM_UP = 10;
const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/**
 * Recognition of officials' own tables, then the check, as every adapter runs them. The first run in a fresh process
 * pays for compiling the engine; later ones show its steady speed.
 */
function benchEngine(): void {
  const snapshot = provinceWorkbook(170);
  // What Excel reads: every sheet's used range.
  const cells = snapshot.sheets.reduce((n, sheet) => {
    const addresses = [...sheet.cells.keys()].map((address) => parseA1(address)!);
    return n + Math.max(...addresses.map((a) => a.row)) * Math.max(...addresses.map((a) => a.column));
  }, 0);
  const recognisedAndChecked = () => checkWorkbook(recogniseWorkbook(snapshot));
  const cold = timed(recognisedAndChecked);
  for (let run = 0; run < WARM_UP; run++) recognisedAndChecked();
  const ms = median(Array.from({ length: RUNS }, () => timed(recognisedAndChecked).ms));
  const recognition = median(Array.from({ length: RUNS }, () => timed(() => recogniseWorkbook(snapshot)).ms));
  console.log(
    `engine: province snapshot, ${snapshot.sheets.length} sheets (1 summary + 170 units × 4 tables), ${cells} cells in used ranges ` +
      `(${cold.result.cellsRead} template figures read), ${cold.result.issues.length} issues: recognition and check ${ms.toFixed(1)} ms ` +
      `median of ${RUNS} warm runs (goal < 100 ms) ${ms < 100 ? "OK" : "SLOW"}, of which recognition ${recognition.toFixed(1)} ms; ` +
      `first run in a fresh process ${cold.ms.toFixed(0)} ms`,
  );
}

/** A commune's workbook as officials make it: its DVC and CCCD tables laid out by hand, with the bench's typos. */
async function ownLayoutWorkbook(unit: string, next: () => number): Promise<Uint8Array> {
  const sheets = ["dvc25", "cccd", "lam_sach_tien_do"].map((id, i) => {
    const template = templateById(id)!;
    const values = id === "lam_sach_tien_do" ? cleaningValues(next) : unitValues(template, next);
    plantMistakes(values, next);
    const { sheet } = relayout(template, computeTable(template, values), unit, next);
    return { ...sheet, name: ["DVC", "CCCD", "Làm sạch"][i] };
  });
  return toXlsx({ id: unit, about: "", sheets, findings: [], tables: [] });
}

function cleaningValues(next: () => number): TableValues {
  const values: TableValues = {};
  for (const id of ["ho_khong_chu_ho", "ho_nhieu_chu_ho", "xoa_trung", "cmnd_9_so"]) {
    const found = Math.floor(next() * 200);
    values[id] = { phat_hien: found, da_xu_ly: found - Math.floor(next() * 10) };
  }
  return values;
}

const OWN_GOAL_SECONDS = 1.5;

/** 159 communes' own-layout workbooks through the real command line: recognition included. */
async function benchOwnLayouts(): Promise<void> {
  const next = random(612);
  const dir = await communeFolder("bc06-bench-own-", (unit) => ownLayoutWorkbook(unit, next));
  const { report, seconds, status } = checkFolder(dir);
  const tables = report.files.reduce((n: number, f: { tables: unknown[] }) => n + f.tables.length, 0);
  console.log(
    `cli: bc06 check on ${report.files.length} communes' own-layout workbooks (${tables} tables recognised, ` +
      `${report.summary.noTables} files without), ${report.summary.errors} errors, exit ${status}: ${seconds.toFixed(1)} s ` +
      `(goal < ${OWN_GOAL_SECONDS} s) ${seconds < OWN_GOAL_SECONDS ? "OK" : "SLOW"}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

const COMMUNES = 159;

/** A folder of 159 commune workbooks, xa-001.xlsx … xa-159.xlsx. */
async function communeFolder(
  prefix: string,
  workbook: (unit: string) => Promise<Uint8Array>,
): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (let i = 1; i <= COMMUNES; i++) {
    const number = String(i).padStart(3, "0");
    fs.writeFileSync(path.join(dir, `xa-${number}.xlsx`), await workbook(`Xã ${number}`));
  }
  return dir;
}

const bc06 = path.join(__dirname, "..", "..", "bin", "bc06.js");

/** `bc06 check <dir> --json` (plus `extra` options) as a process: its report, exit status and wall time. */
function checkFolder(dir: string, extra: string[] = []) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [bc06, "check", dir, "--json", ...extra], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { report: JSON.parse(run.stdout), status: run.status, seconds: (performance.now() - start) / 1000 };
}

/** 159 commune workbooks (DVC, CCCD, ĐDĐT, cleaning, ~20 KB each), checked by the real command line. */
async function benchCli(): Promise<void> {
  const next = random(159);
  const dir = await communeFolder("bc06-bench-", (unit) => {
    const header = { unit, level: "xa" as const, from: "2025-01-01", to: "2025-06-30", cutoff: "2025-06-30" };
    const tables = TEMPLATE_IDS.map((id) => {
      const template = templateById(id)!;
      const values = unitValues(template, next);
      plantMistakes(values, next);
      return { template, header, values };
    });
    return writeTables(tables, "vi");
  });
  const { report, seconds, status } = checkFolder(dir);
  const bytes = fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  console.log(
    `cli: bc06 check on ${report.files.length} commune workbooks (${(bytes / 1024 / 1024).toFixed(1)} MB), ${report.summary.errors} errors, ` +
      `${report.summary.warnings} warnings, exit ${status}: ${seconds.toFixed(2)} s (goal < 1 s) ${seconds < 1 ? "OK" : "SLOW"}`,
  );
  const html = path.join(os.tmpdir(), `bc06-bench-${process.pid}.html`);
  const withHtml = checkFolder(dir, ["--html", html]);
  console.log(
    `cli: bc06 check --html on the same ${COMMUNES} workbooks, one page of ${(fs.statSync(html).size / 1024).toFixed(0)} KB ` +
      `with ${(fs.readFileSync(html, "utf8").match(/<figure/g) ?? []).length} charts: ${withHtml.seconds.toFixed(2)} s ` +
      `(goal < 4 s) ${withHtml.seconds < 4 ? "OK" : "SLOW"}`,
  );
  fs.rmSync(html, { force: true });
  const summary = path.join(os.tmpdir(), `bc06-bench-tong-hop-${process.pid}.xlsx`);
  const consolidateStart = performance.now();
  const consolidated = spawnSync(
    process.execPath,
    [bc06, "consolidate", dir, "-o", summary, "--unit", "Tỉnh mẫu"],
    { encoding: "utf8" },
  );
  const consolidateSeconds = (performance.now() - consolidateStart) / 1000;
  console.log(
    `cli: bc06 consolidate of the same ${COMMUNES} workbooks into one province summary (${(fs.statSync(summary).size / 1024).toFixed(0)} KB), ` +
      `exit ${consolidated.status}: ${consolidateSeconds.toFixed(1)} s (goal < 10 s) ${consolidateSeconds < 10 ? "OK" : "SLOW"}`,
  );
  fs.rmSync(summary, { force: true });
  fs.rmSync(dir, { recursive: true, force: true });
}

const HOSTILE_CASES = 5_000;
const HOSTILE_FILES = 250;

/** Hostile workbooks (the tests' generator) through the engine, and saved as .xlsx through the file reader. */
async function benchHostile(): Promise<void> {
  const engine = Array.from({ length: HOSTILE_CASES }, (_, i) => {
    const snapshot = hostileWorkbook(i + 1);
    return { seed: i + 1, ms: timed(() => checkWorkbook(snapshot)).ms };
  });
  const slowest = engine.reduce((a, b) => (b.ms > a.ms ? b : a));
  const total = engine.reduce((sum, c) => sum + c.ms, 0) / 1000;
  console.log(
    `hostile input: ${HOSTILE_CASES} generated workbooks through the engine, ${(HOSTILE_CASES / total).toFixed(0)} per second; ` +
      `median ${median(engine.map((c) => c.ms)).toFixed(2)} ms, slowest ${slowest.ms.toFixed(0)} ms (seed ${slowest.seed}) ` +
      `(goal: each < 2,000 ms) ${slowest.ms < 2000 ? "OK" : "SLOW"}`,
  );
  const files = await Promise.all(
    Array.from({ length: HOSTILE_FILES }, (_, i) =>
      snapshotToXlsx(hostileWorkbook(i + 1, { big: false }), i + 1),
    ),
  );
  const start = performance.now();
  for (const bytes of files) checkWorkbook((await readXlsx(bytes)).snapshot);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `hostile input: ${HOSTILE_FILES} generated .xlsx files read and checked, ${(HOSTILE_FILES / seconds).toFixed(0)} per second ` +
      `(${((seconds * 1000) / HOSTILE_FILES).toFixed(0)} ms each)`,
  );
}

const TEXT_GOAL_MS = 1000;

/**
 * The text checker on a long report (the corpus's passages, ~100 pages) and on text built to make patterns
 * backtrack (long runs of figures and separators, "trong đó" without an end).
 */
function benchText(): void {
  const report = Array.from({ length: 12 }, () => PASSAGES.map((p) => p.text).join("\n")).join("\n");
  const hostile = [
    "1.1.1.1.1.".repeat(20_000),
    "Tiếp nhận 12 hồ sơ, trong đó 3, 4, 5, ".repeat(5_000),
    `${"9 ".repeat(30_000)}đạt 50%`,
    "(1; 2; 3; ".repeat(10_000),
  ].join("\n");
  for (const [name, text] of [
    ["a report of " + Math.round(report.length / 3000) + " pages", report],
    ["hostile text", hostile],
  ]) {
    timed(() => checkText(text));
    const ms = median(Array.from({ length: 5 }, () => timed(() => checkText(text)).ms));
    console.log(
      `text checker: ${name} (${(text.length / 1000).toFixed(0)}k characters): ${ms.toFixed(0)} ms ` +
        `(goal < ${TEXT_GOAL_MS} ms) ${ms < TEXT_GOAL_MS ? "OK" : "SLOW"}`,
    );
  }
}

const MILLION = 1_000_000;

/** `bc06 check` on a million-row sheet as a process: wall time and the peak memory it reports of itself. */
function benchMillionRows(): void {
  const file = path.join(os.tmpdir(), `bc06-bench-1m-${process.pid}.xlsx`);
  fs.writeFileSync(file, citizenList(MILLION));
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      "-e",
      `require(${JSON.stringify(path.join(__dirname, "..", "src", "cli", "main.js"))}).main(["check", ${JSON.stringify(file)}, "--json"], { stdout() {}, stderr() {} }).then(() => process.stderr.write(String(process.resourceUsage().maxRSS)))`,
    ],
    { encoding: "utf8" },
  );
  const seconds = (performance.now() - start) / 1000;
  const megabytes = Number(run.stderr) / 1024;
  console.log(
    `cli: bc06 check on a sheet of ${MILLION.toLocaleString("en")} rows (${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MB), read in part and said so: ` +
      `${seconds.toFixed(1)} s, peak ${megabytes.toFixed(0)} MB (goal < 10 s, < 500 MB) ${seconds < 10 && megabytes < 500 ? "OK" : "OVER"}`,
  );
  fs.rmSync(file, { force: true });
}

/**
 * Live checking in Excel (against the test double, so without Excel's own round trips): a commune's workbook with
 * its marks on, a figure typed again and again; from each edit to its marks redrawn, the pane's wait included.
 */
async function benchLive(): Promise<void> {
  const excel = await sampleExcel();
  const session = memorySession(excel);
  const read = await session.read();
  const check = (workbook: typeof read) => checkWorkbook(workbook.snapshot);
  await session.highlight(check(read).issues);
  let edited: string[] = [];
  await session.watch!((sheets) => (edited = sheets));
  const address = read.snapshot.tables.find((t) => t.templateId === "dvc25")!;
  const cell = `D${address.rows.dang_ky_khai_sinh}`;
  const times: number[] = [];
  const syncs: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS * 2; i++) {
    const start = performance.now();
    const before = excel.syncCount;
    await excel.type("DVC thiết yếu", cell, 50 + i);
    await session.recheck!(read, edited, check, true);
    if (i >= WARM_UP) {
      times.push(LIVE_DELAY_MS + performance.now() - start);
      syncs.push(excel.syncCount - before);
    }
  }
  const ms = median(times);
  console.log(
    `Live checking, a commune workbook, from an edit to its marks redrawn: median ${ms.toFixed(0)} ms ` +
      `(${LIVE_DELAY_MS} ms wait for more keystrokes + ${(ms - LIVE_DELAY_MS).toFixed(0)} ms), ` +
      `${Math.max(...syncs)} syncs per edit (goal < 300 ms, one read and one write) ` +
      `${ms < 300 && Math.max(...syncs) <= 2 ? "OK" : "SLOW"}`,
  );
}

async function all(): Promise<void> {
  await benchLive();
  benchEngine();
  benchText();
  await benchHostile();
  await benchCli();
  await benchOwnLayouts();
  benchMillionRows();
}

void all();
