// Hostile workbooks through recognition and the engine, in batches of 2,500: no exception, every issue on a real cell,
// bounded time.
import { recogniseWorkbook } from "../../src/domain/recognise";
import { checkWorkbook } from "../../src/domain/rules";
import { hostileWorkbook } from "../../bench/hostile";
import {
  expectPlantedMistakeFound,
  expectRealCells,
  forSeeds,
  HOSTILE_CASES,
  HOSTILE_TIMEOUT,
} from "../support/hostile";

const BATCH = 2_500;

describe(`${HOSTILE_CASES} hostile workbooks through recognition and the engine`, () => {
  for (let offset = 0; offset < HOSTILE_CASES; offset += BATCH) {
    const count = Math.min(BATCH, HOSTILE_CASES - offset);
    it(
      `cases ${offset + 1}–${offset + count}: no exception, every issue on a real cell, the planted mistake found, bounded time`,
      async () => {
        await forSeeds(offset, count, (seed) => {
          const snapshot = recogniseWorkbook(hostileWorkbook(seed));
          const previous =
            seed % 3 ? undefined : recogniseWorkbook(hostileWorkbook(seed + 1, { big: false }));
          const language = seed % 2 ? "vi" : "en";
          const result = checkWorkbook(snapshot, { language, previous, acceptTruncated: seed % 5 > 0 });
          expectRealCells(snapshot, result);
          expectPlantedMistakeFound(seed, result);
        });
      },
      HOSTILE_TIMEOUT,
    );
  }
});
