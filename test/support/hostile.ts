// Shared by the hostile-input tests, one per path (test/{domain,excel,xlsx,taskpane}/hostile.test.ts*). Seeded: a
// failure names the seed that reproduces it. HOSTILE_CASES (10,000 in CI) sets how many workbooks the engine
// checks; the slower paths take a share of them. HOSTILE_FIRST_SEED moves the window (scripts/hostile.sh).
import type { CheckResult } from "../../src/domain/rules";
import { parseA1, type WorkbookSnapshot } from "../../src/domain/workbook";
import { PLANTED_SHEET, plantedMistake } from "../../bench/hostile";

export const HOSTILE_CASES = Number(process.env.HOSTILE_CASES ?? 10_000);
const FIRST_SEED = Number(process.env.HOSTILE_FIRST_SEED ?? 1);
/** A test's time limit, for CI's batches and the long run alike (each case has its own bound below). */
export const HOSTILE_TIMEOUT = Math.max(300_000, HOSTILE_CASES * 60);
/** The bound on one case's time: a whole province's workbook checks in a tenth of a second. */
const MAX_MS = 2_000;

/** Every issue and "cannot check" points at a cell of a sheet the workbook has. */
export function expectRealCells(snapshot: WorkbookSnapshot, result: CheckResult): void {
  const sheets = new Set(snapshot.sheets.map((s) => s.name));
  for (const outcome of [...result.issues, ...result.cannotCheck])
    for (const cell of outcome.cells)
      if (!sheets.has(cell.sheet) || !parseA1(cell.address))
        throw new Error(
          `${outcome.ruleId} points at ${cell.sheet}!${cell.address}, not a cell of the workbook`,
        );
}

/** The mistake planted in the seed's workbook was found: an error naming the total that does not add up. */
export function expectPlantedMistakeFound(seed: number, result: CheckResult): void {
  const { address } = plantedMistake(seed);
  const found = result.issues.some(
    (issue) =>
      issue.severity === "error" &&
      issue.cells.some((cell) => cell.sheet === PLANTED_SHEET && cell.address === address),
  );
  if (!found) throw new Error(`the planted mistake at ${PLANTED_SHEET}!${address} was not found`);
}

/** Runs `count` seeds from `offset` in the window, naming the seed in any failure; a case slower than maxMs fails. */
export async function forSeeds(
  offset: number,
  count: number,
  run: (seed: number) => unknown,
  maxMs = MAX_MS,
): Promise<void> {
  for (let seed = FIRST_SEED + offset; seed < FIRST_SEED + offset + count; seed++) {
    const start = Date.now();
    try {
      await run(seed);
    } catch (error) {
      throw new Error(`seed ${seed}: ${(error as Error).stack}`);
    }
    if (Date.now() - start > maxMs) throw new Error(`seed ${seed} took ${Date.now() - start} ms`);
  }
}
