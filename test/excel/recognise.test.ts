// Officials' own tables read through Office.js: merged headings (ExcelApi 1.13, feature-detected), Excel's limits on
// them, the user's corrections kept in the workbook, and a constant number of syncs.
import { parseMetadataXml } from "../../src/domain/metadata";
import { checkWorkbook } from "../../src/domain/rules";
import { MemoryExcel, MemoryMergedAreas } from "../support/excel/memory/api";
import { newSheet } from "../support/excel/memory/state";
import { readWorkbook } from "../../src/excel/read";
import { saveCorrection } from "../../src/excel/records";
import { ownLayoutExcel } from "../support/excel/own-layout";
import { a1 } from "../../src/domain/workbook";
import { syncsOf } from "../support/excel/syncs";

const all = () => true;
const upTo112 = (version: string) => Number(version.split(".")[1]) <= 12;

const excelOf = ownLayoutExcel;

describe("the in-memory Excel's merged areas, as Excel gives them", () => {
  it("lists only the merged areas whose top-left cell is in the range (office-js #3611)", async () => {
    const excel = excelOf("dvc-merged-two-row-heading");
    const addresses = await excel.run(async (context) => {
      const merges = context.workbook.worksheets
        .getItem("Báo cáo")
        .getRange("B5:F6")
        .getMergedAreasOrNullObject()
        .load("areas/items/address");
      await context.sync();
      return merges.areas.items.map((area) => area.address);
    });
    expect(addresses).toEqual(["'Báo cáo'!B5:B6", "'Báo cáo'!C5:C6", "'Báo cáo'!D5:E5", "'Báo cáo'!F5:F6"]);
  });

  it("a range whose merged areas all start above it is a null object, though they cover it", async () => {
    const excel = excelOf("dvc-merged-two-row-heading");
    const isNull = await excel.run(async (context) => {
      const merges = context.workbook.worksheets
        .getItem("Báo cáo")
        .getRange("A6:F6")
        .getMergedAreasOrNullObject();
      merges.load("areas/items/address");
      await context.sync();
      return merges.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("fails the request for more than 512 merged areas, as Excel documents", async () => {
    const excel = new MemoryExcel();
    const sheet = newSheet(excel.state, "Nhiều ô gộp");
    sheet.merges = Array.from(
      { length: MemoryMergedAreas.LIMIT + 1 },
      (_, i) => `A${2 * i + 1}:B${2 * i + 1}`,
    );
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Nhiều ô gộp")
          .getRange()
          .getMergedAreasOrNullObject()
          .load("areas/items/address");
        await context.sync();
      }),
    ).rejects.toThrow(/too many merged areas/);
  });
});

describe("readWorkbook on an official's own tables", () => {
  it("reads the merged headings (ExcelApi 1.13) and recognises the table, in five syncs", async () => {
    const excel = excelOf("dvc-groups-three-row-heading");
    const { result, syncs } = await syncsOf(excel, () => excel.run((context) => readWorkbook(context, all)));
    expect(syncs).toBe(5);
    expect(result.snapshot.sheets[0].merges).toContain("C2:E2");
    const [table] = result.snapshot.recognition!.tables;
    expect(table.across.map((line) => line.text)).toContain("Kết quả tiếp nhận › Trong đó › Trực tuyến");
    expect(checkWorkbook(result.snapshot).issues.map((i) => i.ruleId)).toEqual([
      "giai_quyet_khong_vuot_tiep_nhan",
    ]);
  });

  it("without ExcelApi 1.13, reads cell by cell in four syncs and still recognises what its words say", async () => {
    const excel = excelOf("dvc-groups-three-row-heading");
    const { result, syncs } = await syncsOf(excel, () =>
      excel.run((context) => readWorkbook(context, upTo112)),
    );
    expect(syncs).toBe(4);
    expect(result.snapshot.sheets[0].merges).toBeUndefined();
    expect(result.snapshot.recognition!.tables.map((t) => t.templateId)).toEqual(["dvc25"]);
  });

  it("a sheet with more merged areas than Excel returns costs the merges, not the cells", async () => {
    const excel = excelOf("dvc-merged-two-row-heading");
    const crowded = newSheet(excel.state, "Danh sách");
    for (let i = 0; i <= MemoryMergedAreas.LIMIT; i++) {
      crowded.cells.set(a1(2 * i + 1, 1), { value: `Hộ ${i}` });
      crowded.merges.push(`A${2 * i + 1}:A${2 * i + 2}`);
    }
    const { snapshot } = await excel.run((context) => readWorkbook(context, all));
    expect(snapshot.sheets.map((s) => s.merges)).toEqual([undefined, undefined]);
    expect(checkWorkbook(snapshot).issues.map((i) => i.ruleId)).toEqual(["ty_le_truc_tuyen"]);
  });

  it("keeps the user's correction in the workbook, replacing the earlier one, and reads with it", async () => {
    const excel = excelOf("dvc-merged-two-row-heading");
    const first = await excel.run((context) => readWorkbook(context, all));
    const table = first.snapshot.recognition!.tables[0];
    const correction = { sheet: table.sheet, anchor: "A5", signature: table.signature };
    await excel.run((context) => saveCorrection(context, { ...correction, lines: { "ty le %": "" } }));
    const { syncs } = await syncsOf(excel, () =>
      excel.run((context) => saveCorrection(context, { ...correction, ignore: true })),
    );
    expect(syncs).toBe(3);
    const records = excel.state.xmlParts.map((part) => parseMetadataXml(part.xml));
    expect(records).toEqual([{ kind: "mapping", ...correction, ignore: true }]);
    const second = await excel.run((context) => readWorkbook(context, all));
    expect(second.snapshot.recognition!.ignored).toEqual([
      { sheet: "Báo cáo", range: "A5:F16", signature: table.signature },
    ]);
    expect(checkWorkbook(second.snapshot).issues).toEqual([]);

    await excel.run((context) => saveCorrection(context, correction)); // nothing in it: undoes
    expect(excel.state.xmlParts).toEqual([]);
  });
});
