// Workbooks from other libraries' public test suites (test/fixtures/real-world, sources and licences in SOURCES.md):
// each is read, or refused in one sentence of the user's language, within its budget — never a library's message.
import fs from "fs";
import path from "path";
import { checkWorkbook } from "../../src/domain/rules";
import { UnreadableFileError } from "../../src/xlsx/identify";
import { readXlsx } from "../../src/xlsx/read";

const root = path.join(__dirname, "..", "fixtures", "real-world");
const files = fs
  .readdirSync(root)
  .filter((folder) => fs.statSync(path.join(root, folder)).isDirectory())
  .flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder))
      .filter((name) => /\.xls[xm]$/i.test(name))
      .map((name) => path.join(folder, name)),
  );
const INTERNALS = /undefined|null|reading '|Cannot|TypeError|invalid zip|inflate|Unexpected/i;
/** Per file: the largest here is a few hundred kilobytes. */
const BUDGET_MS = 2_000;

/** The files refused, and why: the others are read. */
const REFUSED: Record<string, string> = {
  "excelize/test__encryptAES.xlsx": "password",
  "excelize/test__encryptSHA1.xlsx": "password",
  "excelize/test__encryptSHA512.xlsx": "password",
  "exceljs/spec__integration__data__missing-bits.xlsx": "corrupt", // worksheets without a workbook part
  "ClosedXML/ClosedXML.Tests__Resource__TryToLoad__~$LoadPivotTables.xlsx": "not-spreadsheet", // Excel's lock file
};

it("holds a corpus of real-world files", () => {
  expect(files.length).toBeGreaterThan(150);
});

it.each(files)("%s", async (file) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(root, file)));
  const start = Date.now();
  const outcome = await readXlsx(bytes).catch((error: unknown) => error);
  if (REFUSED[file]) {
    expect(outcome).toBeInstanceOf(UnreadableFileError);
    expect((outcome as UnreadableFileError).reason).toBe(REFUSED[file]);
    expect((outcome as Error).message).not.toMatch(INTERNALS);
  } else {
    expect(outcome).not.toBeInstanceOf(Error);
    const { snapshot } = outcome as Awaited<ReturnType<typeof readXlsx>>;
    // A workbook that lists no sheet is read as one (the command line says no table was recognised).
    expect(snapshot.sheets.length > 0).toBe(file !== "excelize/test__BadWorkbook.xlsx");
    checkWorkbook(snapshot); // a check runs to its end on whatever the file holds
  }
  expect(Date.now() - start).toBeLessThan(BUDGET_MS);
});
