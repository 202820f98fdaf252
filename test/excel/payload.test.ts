// Excel on the web answers a sync with at most 5 MB: a text-heavy sheet (a citizens' list beside the report tables)
// must not make every check fail. The test double refuses larger answers as Excel does
// (ResponsePayloadSizeLimitExceeded); the reader halves what it asked for and asks again.
import { checkWorkbook } from "../../src/domain/rules";
import { readWorkbook } from "../../src/excel/read";
import { MemoryExcel } from "../support/excel/memory/api";
import { newSheet } from "../support/excel/memory/state";
import { sampleExcel } from "../support/excel/memory/sample";
import { syncsOf } from "../support/excel/syncs";

const ADDRESS = "Số 12, ngõ 34, đường Nguyễn Văn Cừ, phường Long Biên, quận Long Biên, thành phố Hà Nội";

/** The sample's report tables, and a list of citizens whose every row carries long texts. */
async function withCitizens(rows: number): Promise<MemoryExcel> {
  const excel = await sampleExcel();
  const sheet = newSheet(excel.state, "Danh sách công dân");
  for (let r = 1; r <= rows; r++) {
    sheet.cells.set(`A${r}`, { value: r });
    sheet.cells.set(`B${r}`, { value: `Nguyễn Thị Công Dân Số ${r}` });
    for (const column of ["C", "D", "E", "F"])
      sheet.cells.set(`${column}${r}`, { value: `${ADDRESS} (${r})` });
  }
  return excel;
}

describe("a workbook whose cells are more than Excel on the web answers at once", () => {
  it("is read whole, in halves where Excel refused, and checked", async () => {
    const excel = await withCitizens(12_000);
    const { result, syncs } = await syncsOf(excel, () => excel.run((context) => readWorkbook(context)));
    const list = result.snapshot.sheets.find((s) => s.name === "Danh sách công dân")!;
    expect(list.cells.size).toBe(12_000 * 6);
    expect(list.cells.get("F12000")?.value).toBe(`${ADDRESS} (12000)`);
    // The sample's mistakes are found as in a workbook without the list.
    const issues = checkWorkbook(result.snapshot).issues.map((i) => i.ruleId);
    const alone = await sampleExcel();
    const expected = checkWorkbook((await alone.run((context) => readWorkbook(context))).snapshot).issues;
    expect(issues).toEqual(expected.map((i) => i.ruleId));
    console.log(`12,000 rows of long texts (72,000 cells) read in ${syncs} syncs`);
    expect(syncs).toBeLessThanOrEqual(12);
  });

  it("takes no more syncs than before where Excel answers everything (Windows, Mac)", async () => {
    const web = await withCitizens(3_000);
    const desktop = await withCitizens(3_000);
    desktop.responseLimit = undefined;
    const onTheWeb = await syncsOf(web, () => web.run((context) => readWorkbook(context)));
    const onDesktop = await syncsOf(desktop, () => desktop.run((context) => readWorkbook(context)));
    expect(onTheWeb.result.snapshot.sheets).toEqual(onDesktop.result.snapshot.sheets);
    expect(onDesktop.syncs).toBe(4); // sheets and parts, their sizes, the values, the tables' formulas and formats
  });

  it("costs the list its values alone: formulas and formats are read only where tables are", async () => {
    // 8,000 rows: their values are some 4 MB, with their formulas and formats some 8 MB (asked in halves before).
    const excel = await withCitizens(8_000);
    const { result, syncs } = await syncsOf(excel, () => excel.run((context) => readWorkbook(context)));
    expect(excel.refusedCount).toBe(0);
    expect(syncs).toBe(4);
    const list = result.snapshot.sheets.find((s) => s.name === "Danh sách công dân")!;
    expect(list.cells.get("C1")).toEqual({ value: `${ADDRESS} (1)` });
    // The tables' formulas and formats are read: a typed-over formula and the rates' formats are checked as before.
    const dvc = result.snapshot.sheets.find((s) => s.name === "DVC thiết yếu")!;
    expect([...dvc.cells.values()].filter((cell) => cell.formula).length).toBeGreaterThan(25);
    expect([...dvc.cells.values()].some((cell) => cell.numberFormat?.includes("%"))).toBe(true);
  });

  it("says the figures are too large when even a single row is over the limit", async () => {
    const excel = new MemoryExcel();
    newSheet(excel.state, "Một dòng").cells.set("A1", { value: "x".repeat(6 * 1024 * 1024) });
    await expect(excel.run((context) => readWorkbook(context))).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
  });
});
