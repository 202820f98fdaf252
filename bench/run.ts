// `npm run bench`: the speed goals, measured on this machine (not timed unit tests).
import { performance } from "perf_hooks";
import { checkWorkbook } from "../src/domain/rules/engine";
import { parseA1 } from "../src/domain/workbook";
import { provinceWorkbook } from "./province";

/** Node's gc() when started with --expose-gc (npm run bench does). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const RUNS = 15;

function benchEngine(): void {
  const snapshot = provinceWorkbook(170);
  // What Excel reads: every sheet's used range.
  const cells = snapshot.sheets.reduce((n, sheet) => {
    const addresses = [...sheet.cells.keys()].map((address) => parseA1(address)!);
    return n + Math.max(...addresses.map((a) => a.row)) * Math.max(...addresses.map((a) => a.column));
  }, 0);
  checkWorkbook(snapshot); // warm-up: JIT and caches
  const times: number[] = [];
  let issues = 0;
  let cellsRead = 0;
  for (let run = 0; run < RUNS; run++) {
    collectGarbage(); // each run starts as a check does: without the previous run's garbage
    const start = performance.now();
    const result = checkWorkbook(snapshot);
    times.push(performance.now() - start);
    issues = result.issues.length;
    cellsRead = result.cellsRead;
  }
  const ms = median(times);
  console.log(
    `engine: province snapshot, ${snapshot.sheets.length} sheets (1 summary + 170 units × 4 tables), ${cells} cells in used ranges ` +
      `(${cellsRead} template figures read), ${issues} issues: ${ms.toFixed(1)} ms median, ${Math.min(...times).toFixed(1)} ms best ` +
      `of ${RUNS} (goal < 100 ms) ${ms < 100 ? "OK" : "SLOW"}`,
  );
}

benchEngine();
