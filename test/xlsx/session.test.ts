// The standalone page's workbook: the pane's actions applied to the opened file, and the file written again.
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { checkWorkbook } from "../../src/domain/rules";
import { SAMPLE_HEADER } from "../../src/domain/sample";
import { templateById } from "../../src/domain/templates";
import type { UnitTable } from "../../src/domain/consolidate";
import { readXlsx } from "../../src/xlsx/read";
import { emptyWorkbook, openXlsx } from "../../src/xlsx/session";
import { writeTables } from "../../src/xlsx/write";
import { withChartPart, withCustomXml } from "../support/xlsx";

const SAMPLE = new Uint8Array(fs.readFileSync(path.join(__dirname, "../../examples/xa-long-hiep.xlsx")));
const dvc = templateById("dvc25")!;

async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Every cell's value, formula and style, sheet by sheet. */
async function cellsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const cells = new Map<string, string>();
  for (const sheet of (await loadExcelJs(bytes)).worksheets)
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) =>
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify([cell.value, cell.style])),
      ),
    );
  return cells;
}

describe("the standalone page's workbook (ExcelJS)", () => {
  it("reads the opened file as readXlsx does, and checks it", async () => {
    const workbook = await openXlsx(SAMPLE, "vi");
    const { snapshot, records, truncated } = await workbook.read();
    expect(snapshot).toEqual((await readXlsx(SAMPLE)).snapshot);
    expect(records).toEqual([]);
    expect(truncated).toEqual([]);
    expect(checkWorkbook(snapshot).totals.errors).toBeGreaterThan(0);
  });

  it("inserts a template as a new sheet of the file: read again, and kept by the download", async () => {
    const workbook = await openXlsx(SAMPLE, "vi");
    const before = (await workbook.read()).snapshot;
    const inserted = await workbook.insert(dvc, { ...SAMPLE_HEADER, unit: "Xã Cẩm Bình" }, "vi");
    expect(inserted.table).toBeUndefined();
    expect(inserted.sheet).not.toBe(before.sheets[0].name);
    expect(before.sheets.map((s) => s.name)).not.toContain(inserted.sheet);
    expect(inserted.address).toMatch(/^'.+'!A\d+:[A-Z]+\d+$/);

    const after = (await workbook.read()).snapshot;
    const table = after.tables.find((t) => t.sheet === inserted.sheet)!;
    expect(table).toMatchObject({ templateId: "dvc25", origin: "bc06" });
    expect(table.header.unit).toBe("Xã Cẩm Bình");
    expect(after.sheets.find((s) => s.name === inserted.sheet)!.frozenRows).toBeGreaterThan(0);

    const saved = await workbook.save();
    expect(saved.lost).toEqual({});
    const reopened = await readXlsx(saved.bytes);
    expect(reopened.snapshot.tables.map((t) => t.sheet)).toContain(inserted.sheet);
    // The user's own sheets are written back unchanged.
    const original = await cellsOf(SAMPLE);
    const copy = await cellsOf(saved.bytes);
    for (const [key, cell] of original) expect([key, copy.get(key)]).toEqual([key, cell]);
  });

  it("a summary of unit sheets: live formulas whose cached results are the units' sums, refreshed after a change", async () => {
    const units = await writeTables(
      ["Xã A", "Xã B"].map((unit, i) => ({
        template: dvc,
        header: { ...SAMPLE_HEADER, unit },
        values: {
          dang_ky_thuong_tru: { tong_ho_so: 10 * (i + 1), truc_tiep: 6 * (i + 1), truc_tuyen: 4 * (i + 1) },
        },
      })),
      "vi",
    );
    const workbook = await openXlsx(units, "vi");
    const read = await workbook.read();
    const unitTables: UnitTable[] = read.snapshot.tables.map((table) => ({
      source: table.sheet,
      table,
      sheet: read.snapshot.sheets.find((s) => s.name === table.sheet)!,
    }));
    const inserted = await workbook.insertSummary(
      dvc,
      { ...SAMPLE_HEADER, level: "huyen" },
      unitTables,
      "vi",
    );
    const summary = (await workbook.read()).snapshot.tables.find((t) => t.sheet === inserted.sheet)!;
    const sheet = (await workbook.read()).snapshot.sheets.find((s) => s.name === inserted.sheet)!;
    const cell = (row: string, column: string) =>
      sheet.cells.get(`${String.fromCharCode(64 + summary.columns[column])}${summary.rows[row]}`)!;
    expect(cell("dang_ky_thuong_tru", "tong_ho_so").value).toBe(30);
    const formula = cell("dang_ky_thuong_tru", "tong_ho_so").formula!;
    for (const unit of unitTables) expect(formula).toContain(`'${unit.table.sheet}'!`);
    expect(cell("dang_ky_thuong_tru", "truc_tuyen").value).toBe(12);

    // One unit is dropped: the summary adds the other alone, formulas and values alike.
    const cells = await workbook.refreshSummary(dvc, summary, unitTables.slice(0, 1));
    expect(cells).toBeGreaterThan(0);
    const refreshed = (await workbook.read()).snapshot.sheets.find((s) => s.name === inserted.sheet)!;
    const again = (row: string, column: string) =>
      refreshed.cells.get(`${String.fromCharCode(64 + summary.columns[column])}${summary.rows[row]}`)!;
    expect(again("dang_ky_thuong_tru", "tong_ho_so").value).toBe(10);
    expect(again("dang_ky_thuong_tru", "tong_ho_so").formula).not.toContain(unitTables[1].table.sheet);
  });

  it("acknowledgements, corrections and the report are written into the file, survive a download and a re-open", async () => {
    const workbook = await openXlsx(
      withCustomXml(SAMPLE, ['<other xmlns="urn:another:program">x</other>']),
      "vi",
    );
    const result = checkWorkbook((await workbook.read()).snapshot);
    const warning = result.issues.find((i) => i.severity === "warning") ?? result.issues[0];
    await workbook.acknowledge(warning, "đã xác minh với bộ phận một cửa");
    await workbook.correctTable({ sheet: "X", anchor: "A1", signature: "s", ignore: true });
    const first = await workbook.writeReport(result, "vi");
    const second = await workbook.writeReport(result, "vi");
    expect(second).toBe(first);

    const saved = await workbook.save();
    expect(saved.lost).toEqual({});
    const reopened = await openXlsx(saved.bytes, "vi");
    const { records, snapshot } = await reopened.read();
    expect(records.map((r) => r.record.kind).sort()).toEqual(["acknowledgement", "mapping", "report"]);
    expect(records.find((r) => r.record.kind === "acknowledgement")!.record).toMatchObject({
      reason: "đã xác minh với bộ phận một cửa",
      ruleId: warning.ruleId,
    });
    expect(snapshot.sheets.filter((s) => s.name.startsWith("Kết quả kiểm tra"))).toHaveLength(1);
    // Another program's custom XML part is carried over as it was.
    const parts = unzipSync(saved.bytes);
    const texts = Object.keys(parts)
      .filter((name) => /^customXml\/item\d+\.xml$/.test(name))
      .map((name) => strFromU8(parts[name]));
    expect(texts.filter((t) => t.includes("urn:another:program"))).toHaveLength(1);

    // A second round through the page keeps them, once each.
    const twice = await (await openXlsx(saved.bytes, "vi")).save();
    expect((await readXlsx(twice.bytes)).records).toEqual((await readXlsx(saved.bytes)).records);
  });

  it("highlights mark the page's view only: the file is unchanged", async () => {
    const workbook = await openXlsx(SAMPLE, "vi");
    const result = checkWorkbook((await workbook.read()).snapshot);
    const marked = await workbook.highlight(result.issues);
    expect(marked).toBeGreaterThan(0);
    const saved = await cellsOf((await workbook.save()).bytes);
    expect(saved).toEqual(await cellsOf(SAMPLE));
    expect(await workbook.clearHighlights()).toBe(0);
  });

  it("the annotated copy fills the cells at fault and leaves the workbook the page holds as it was", async () => {
    const workbook = await openXlsx(SAMPLE, "vi");
    const result = checkWorkbook((await workbook.read()).snapshot);
    const copy = await workbook.saveAnnotated(result, "vi");
    const annotated = await loadExcelJs(copy.bytes);
    const first = result.issues[0].cells[0];
    expect(annotated.getWorksheet(first.sheet)!.getCell(first.address).fill).toMatchObject({
      pattern: "solid",
    });
    expect(annotated.worksheets.map((w) => w.name)).toContain("Kết quả kiểm tra");
    expect(await cellsOf((await workbook.save()).bytes)).toEqual(await cellsOf(SAMPLE));
  });

  it("says before download what the file will not keep", async () => {
    const workbook = await openXlsx(withChartPart(SAMPLE), "vi");
    expect((await workbook.save()).lost).toEqual({ charts: 1 });
  });

  it("an empty workbook (no sample to open) works as any other", async () => {
    const workbook = emptyWorkbook();
    expect((await workbook.read()).snapshot.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    const inserted = await workbook.insert(dvc, SAMPLE_HEADER, "vi");
    const saved = await workbook.save();
    expect((await readXlsx(saved.bytes)).snapshot.tables.map((t) => t.sheet)).toEqual([inserted.sheet]);
  });
});
