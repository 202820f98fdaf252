// Hostile workbooks through the Office.js adapter on the in-memory Excel, BC06's metadata tampered with: every
// action the pane offers, without an exception, and clearing removes every mark.
import { checkWorkbook } from "../../src/domain/rules";
import { TEMPLATES } from "../../src/domain/templates";
import { type MemoryExcel, memorySession } from "../support/excel/memory/api";
import { excelFromSnapshot } from "../support/excel/memory/from-snapshot";
import { hostileWorkbook } from "../../bench/hostile";
import {
  expectPlantedMistakeFound,
  expectRealCells,
  forSeeds,
  HOSTILE_CASES,
  HOSTILE_TIMEOUT,
} from "../support/hostile";

const CASES = Math.ceil(HOSTILE_CASES / 20);
/** A case reads the workbook twice, and a sheet capped at a million cells takes a second or two to read. */
const MAX_MS = 5_000;

/** BC06's metadata deleted, garbled or naming another template, as a user's edits can leave it. */
function tamperMetadata(excel: MemoryExcel, seed: number): void {
  const parts = excel.state.xmlParts;
  if (seed % 4 === 0) parts.length = 0;
  if (seed % 4 === 1) parts.forEach((part) => (part.xml = "<bc06 xmlns='urn:bc06:1'><table name="));
  if (seed % 4 === 2)
    parts.forEach((part) => (part.xml = part.xml.replace(/templateId="[^"]*"/, 'templateId="cccd"')));
}

it(
  `${CASES} hostile workbooks: read, check, insert, highlight, acknowledge, report, clear`,
  async () => {
    await forSeeds(
      0,
      CASES,
      async (seed) => {
        const excel = excelFromSnapshot(hostileWorkbook(seed, { big: false }));
        tamperMetadata(excel, seed);
        const session = memorySession(excel);
        const before = await session.read();
        const result = checkWorkbook(before.snapshot);
        expectRealCells(before.snapshot, result);
        expectPlantedMistakeFound(seed, result);
        await session.insert(TEMPLATES[seed % TEMPLATES.length], { unit: "Xã 😀 'A'" }, "vi");
        await session.highlight(result.issues);
        const warning = result.issues.find((issue) => issue.severity === "warning");
        if (warning) await session.acknowledge(warning, "Đã xác minh <img src=x onerror=alert(1)>");
        await session.writeReport(result, seed % 2 ? "vi" : "en");
        await session.clearHighlights();
        expect(excel.state.sheets.every((sheet) => sheet.conditionalFormats.length === 0)).toBe(true);
        const after = await session.read();
        expect(after.snapshot.sheets.length).toBe(before.snapshot.sheets.length + 2); // the template and the report
      },
      MAX_MS,
    );
  },
  HOSTILE_TIMEOUT,
);
