// Hostile workbooks saved as .xlsx files (with merged cells across tables and hidden rows), read, checked and
// annotated as the command line and the page do.
import { checkWorkbook } from "../../src/domain/rules";
import { readXlsx } from "../../src/xlsx/read";
import { writeAnnotated } from "../../src/xlsx/write";
import { hostileWorkbook } from "../../bench/hostile";
import {
  expectPlantedMistakeFound,
  expectRealCells,
  forSeeds,
  HOSTILE_CASES,
  HOSTILE_TIMEOUT,
} from "../support/hostile";
import { snapshotToXlsx } from "../support/xlsx";

const CASES = Math.ceil(HOSTILE_CASES / 40);

it(
  `${CASES} hostile .xlsx files: read, check, annotate, read the annotated copy`,
  async () => {
    await forSeeds(0, CASES, async (seed) => {
      const bytes = await snapshotToXlsx(hostileWorkbook(seed, { big: false }), seed);
      const { snapshot } = await readXlsx(bytes);
      const result = checkWorkbook(snapshot);
      expectRealCells(snapshot, result);
      expectPlantedMistakeFound(seed, result);
      const annotated = await readXlsx((await writeAnnotated(bytes, result, "vi")).bytes);
      expect(annotated.snapshot.sheets.length).toBe(snapshot.sheets.length + 1); // the report sheet
    });
  },
  HOSTILE_TIMEOUT,
);
