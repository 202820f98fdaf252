// `npm run bench`: the speed goals, measured on this machine (not timed unit tests).
import { performance } from "perf_hooks";
import { checkWorkbook } from "../src/domain/rules/engine";
import { parseA1 } from "../src/domain/workbook";
import { provinceWorkbook } from "./province";

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

/** The first check in a fresh process pays for compiling the engine; later ones show its steady speed. */
function benchEngine(): void {
  const snapshot = provinceWorkbook(170);
  // What Excel reads: every sheet's used range.
  const cells = snapshot.sheets.reduce((n, sheet) => {
    const addresses = [...sheet.cells.keys()].map((address) => parseA1(address)!);
    return n + Math.max(...addresses.map((a) => a.row)) * Math.max(...addresses.map((a) => a.column));
  }, 0);
  const cold = timed(() => checkWorkbook(snapshot));
  for (let run = 0; run < WARM_UP; run++) checkWorkbook(snapshot);
  const times = Array.from({ length: RUNS }, () => timed(() => checkWorkbook(snapshot)).ms);
  const ms = median(times);
  console.log(
    `engine: province snapshot, ${snapshot.sheets.length} sheets (1 summary + 170 units × 4 tables), ${cells} cells in used ranges ` +
      `(${cold.result.cellsRead} template figures read), ${cold.result.issues.length} issues: ${ms.toFixed(1)} ms median of ${RUNS} ` +
      `warm runs (goal < 100 ms) ${ms < 100 ? "OK" : "SLOW"}; first check in a fresh process ${cold.ms.toFixed(0)} ms`,
  );
}

benchEngine();
