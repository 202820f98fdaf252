// The light read path against ExcelJS's: the same snapshot, cell for cell, on every kind of workbook the tests make,
// and formulas shared across cells moved as Excel fills them.
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { SAMPLE_HEADER, SAMPLE_TABLES } from "../../src/domain/sample";
import { TEMPLATES } from "../../src/domain/templates";
import type { WorkbookSnapshot } from "../../src/domain/workbook";
import { loadXlsx, snapshotOf } from "../../src/xlsx/model";
import { readXlsx } from "../../src/xlsx/read";
import { slideFormula } from "../../src/xlsx/scan";
import { strToU8, zipSync } from "fflate";
import { writeTables } from "../../src/xlsx/write";
import { OWN_LAYOUTS } from "../fixtures/own-layouts";
import { toXlsx } from "../fixtures/own-layouts/dsl";
import { hostileWorkbook } from "../../bench/hostile";
import { snapshotToXlsx } from "../support/xlsx";

/** Both readers' snapshots; dates ExcelJS turned into Date objects and back may differ in the last bits. */
async function bothReads(bytes: Uint8Array): Promise<[WorkbookSnapshot, WorkbookSnapshot]> {
  const light = (await readXlsx(bytes)).snapshot;
  const { workbook, records } = await loadXlsx(bytes);
  return [light, snapshotOf(workbook, records)];
}

function expectSame(light: WorkbookSnapshot, full: WorkbookSnapshot): void {
  const round = (snapshot: WorkbookSnapshot) =>
    JSON.parse(
      JSON.stringify(snapshot, (_, value) =>
        value instanceof Map
          ? Object.fromEntries(value)
          : typeof value === "number" && !Number.isInteger(value)
            ? Number(value.toPrecision(12))
            : value,
      ),
    );
  expect(round(light)).toEqual(round(full));
}

const isDateFormat = (format = "") => /[dy]/i.test(format.replace(/\[[^\]]*\]|"[^"]*"/g, ""));

describe("the light read path reads what ExcelJS reads", () => {
  it("the sample workbook", async () => {
    const sample = fs.readFileSync(path.join(__dirname, "../../examples/xa-long-hiep.xlsx"));
    expectSame(...(await bothReads(new Uint8Array(sample))));
  });

  it("every template, filled, with cached and uncached formula results", async () => {
    const tables = TEMPLATES.map((template) => ({
      template,
      header: SAMPLE_HEADER,
      values: SAMPLE_TABLES.find((t) => t.templateId === template.id)?.values,
    }));
    for (const cacheResults of [true, false])
      expectSame(...(await bothReads(await writeTables(tables, "vi", { cacheResults }))));
  });

  it.each(OWN_LAYOUTS.map((layout) => [layout.id, layout] as const))(
    "officials' own layout %s",
    async (_, layout) => {
      expectSame(...(await bothReads(await toXlsx(layout))));
    },
  );

  it("hostile workbooks (text in number cells, errors, merged cells, dates, hidden sheets), cell for cell", async () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const [light, full] = await bothReads(
        await snapshotToXlsx(hostileWorkbook(seed, { big: false }), seed),
      );
      expect(light.sheets.map(({ cells: _cells, ...rest }) => rest)).toEqual(
        full.sheets.map(({ cells: _cells, ...rest }) => rest),
      );
      light.sheets.forEach((sheet, i) => {
        const other = full.sheets[i].cells;
        expect([...sheet.cells.keys()].sort()).toEqual([...other.keys()].sort());
        for (const [address, cell] of sheet.cells) {
          // ExcelJS turns a date-formatted cell into a Date and loses what is not one (1e308, a text or error
          // result): the light path keeps the file's value, so only the formula and format are compared there.
          // ExcelJS also reads a formula's cached empty text as no value; Excel (and the light path) reads "".
          const emptyText = cell.formula && cell.value === "" && other.get(address)?.value === null;
          const expected =
            isDateFormat(cell.numberFormat) || emptyText
              ? { ...other.get(address), value: cell.value }
              : other.get(address);
          expect([address, cell]).toEqual([address, expected]);
          compared++;
        }
      });
    }
    expect(compared).toBeGreaterThan(5_000);
  });

  it("rich text, inline strings, shared formulas, booleans, errors, hidden rows and columns, frozen panes", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Dữ liệu & số", { views: [{ state: "frozen", ySplit: 3 }] });
    sheet.getCell("A1").value = { richText: [{ text: "Tổng " }, { font: { bold: true }, text: "<cộng>" }] };
    sheet.getCell("A2").value = true;
    sheet.getCell("A3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    sheet.getCell("B1").value = 1;
    sheet.getCell("B2").value = 2;
    sheet.getCell("C1").value = { formula: "B1*2+$B$1", result: 3 };
    sheet.getCell("C2").value = { sharedFormula: "C1", result: 5 } as ExcelJS.CellSharedFormulaValue;
    sheet.getCell("D1").value = new Date(Date.UTC(2025, 5, 30));
    sheet.getCell("D1").numFmt = "dd/mm/yyyy";
    sheet.getCell("E1").value = "Dòng\r\nhai";
    sheet.getCell("A5").value = "dòng ẩn";
    sheet.getRow(5).hidden = true;
    sheet.getColumn(6).hidden = true;
    sheet.getCell("F6").value = "ẩn";
    sheet.mergeCells("A8:C9");
    sheet.getCell("A8").value = "gộp";
    workbook.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = 0;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const [light, full] = await bothReads(bytes);
    expectSame(light, full);
    const cells = light.sheets[0].cells;
    expect(cells.get("A1")!.value).toBe("Tổng <cộng>");
    expect(cells.get("C2")).toEqual({ value: 5, formula: "=B2*2+$B$1" });
    expect(light.sheets[0]).toMatchObject({
      frozenRows: 3,
      hiddenRows: [5],
      hiddenColumns: [6],
      merges: ["A8:C9"],
    });
    expect(light.sheets[1].hidden).toBe(true);
  });
});

describe("a large sheet, read as it is inflated", () => {
  it("every cell across the pieces' boundaries, with what comes before and after the cells", async () => {
    const rows = 200_000;
    const cells: string[] = [];
    for (let r = 1; r <= rows; r++)
      cells.push(
        `<row r="${r}"${r % 997 === 0 ? ' hidden="1"' : ""}><c r="A${r}"><v>${(r * 7919) % 100_003}</v></c></row>`,
      );
    const sheet =
      '<worksheet><sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" state="frozen"/></sheetView></sheetViews>' +
      `<cols><col min="3" max="4" hidden="1"/></cols><sheetData>${cells.join("")}</sheetData>` +
      '<mergeCells count="1"><mergeCell ref="B1:C2"/></mergeCells></worksheet>';
    const bytes = zipSync({
      "xl/workbook.xml": strToU8(
        '<workbook><sheets><sheet name="Lớn" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
    });
    expect(bytes.length).toBeGreaterThan(1024 * 1024); // inflated in several pieces
    const [read] = (await readXlsx(bytes)).snapshot.sheets;
    expect(read.cells.size).toBe(rows);
    const wrong: number[] = [];
    for (let r = 1; r <= rows; r++)
      if (read.cells.get(`A${r}`)?.value !== (r * 7919) % 100_003) wrong.push(r);
    expect(wrong).toEqual([]);
    expect(read).toMatchObject({ frozenRows: 2, hiddenColumns: [3, 4], merges: ["B1:C2"] });
    expect(read.hiddenRows).toHaveLength(Math.floor(rows / 997));
    expect(read.readRows).toBeUndefined();
  });
});

describe("a shared formula moved to another cell", () => {
  it.each([
    ["B1*2+$B$1", 1, 0, "B2*2+$B$1"],
    ["SUM(D5:D10)", 0, 2, "SUM(F5:F10)"],
    ["'Xã A'!C5+'Xã B'!C5", 3, 1, "'Xã A'!D8+'Xã B'!D8"],
    ['IF(A1="B2",LOG10(A1),A$1)', 1, 1, 'IF(B2="B2",LOG10(B2),B$1)'],
    ["Sheet1!A1+TOTAL2025", 1, 0, "Sheet1!A2+TOTAL2025"],
    ["A1-1", -1, 0, "#REF!-1"],
  ])("%s moved by (%i, %i) → %s", (formula, rows, columns, moved) => {
    expect(slideFormula(formula, rows, columns)).toBe(moved);
  });
});
