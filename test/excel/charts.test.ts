// "Chèn biểu đồ": Excel's own charts whose series are the tables' cells, in a sheet of their own or beside each table,
// found where the tables are now, never writing a cell.
import { a1, type LocatedTable, quoteSheetName } from "../../src/domain/workbook";
import { memorySession } from "../support/excel/memory/api";
import { sampleExcel } from "../support/excel/memory/sample";
import { syncsOf } from "../support/excel/syncs";

const DVC = "DVC thiết yếu";

/** A column of a table's rows, as a chart's series names it. */
function columnRange(sheet: string, table: LocatedTable, column: string, rows: string[]): string {
  const numbers = rows.map((id) => table.rows[id]);
  return `${quoteSheetName(sheet)}!${a1(Math.min(...numbers), table.columns[column])}:${a1(Math.max(...numbers), table.columns[column])}`;
}

function cellsOf(excel: Awaited<ReturnType<typeof sampleExcel>>) {
  return JSON.stringify(excel.state.sheets.map((s) => [s.name, [...s.cells]]));
}

describe("Excel charts of the tables", () => {
  it("in a sheet of their own: the services' online share stacked from the table's own columns", async () => {
    const excel = await sampleExcel();
    const session = memorySession(excel);
    const { snapshot } = await session.read();
    const { syncs: readSyncs } = await syncsOf(excel, () => session.read());
    const before = cellsOf(excel);
    const { result, syncs } = await syncsOf(excel, () => session.insertCharts!("sheet", "vi"));

    expect(syncs).toBe(readSyncs + 2);
    expect(cellsOf(excel).startsWith(before.slice(0, -1))).toBe(true); // the tables' cells unchanged
    const sheet = excel.sheet("Biểu đồ");
    expect(excel.state.activeSheet).toBe(sheet);
    const dvc = snapshot.tables.find((t) => t.templateId === "dvc25")!;
    const services = Object.keys(dvc.rows).filter((id) => id !== "tong_cong");
    const online = sheet.charts.find((c) => c.title === "Tỷ lệ tiếp nhận trực tuyến theo dịch vụ")!;
    expect(online.type).toBe("BarStacked100");
    expect(online.series).toEqual([
      {
        name: "Tiếp nhận trực tuyến",
        values: columnRange(DVC, dvc, "truc_tuyen", services),
        xValues: `${quoteSheetName(DVC)}!B${dvc.rows[services[0]]}:B${dvc.rows[services.at(-1)!]}`,
      },
      {
        name: "Tiếp nhận trực tiếp",
        values: columnRange(DVC, dvc, "truc_tiep", services),
        xValues: `${quoteSheetName(DVC)}!B${dvc.rows[services[0]]}:B${dvc.rows[services.at(-1)!]}`,
      },
    ]);
    const cccd = snapshot.tables.find((t) => t.templateId === "cccd")!;
    const target = sheet.charts.find((c) => c.title === "CCCD so với chỉ tiêu")!;
    expect(target.series.map((s) => s.values)).toEqual([
      `CCCD!${a1(cccd.rows.thu_nhan, cccd.columns.luy_ke)}`,
      `CCCD!${a1(cccd.rows.chi_tieu, cccd.columns.luy_ke)}`,
    ]);
    // The list shown to the user: each chart, where it is.
    expect(result.inserted.map((c) => [c.title, c.sheet])).toEqual(
      sheet.charts.map((c) => [c.title, "Biểu đồ"]),
    );
    expect(new Set(sheet.charts.map((c) => c.position)).size).toBe(sheet.charts.length); // none on another
    // The cleaning table's pairs of rows are not one range: said, not drawn.
    expect(result.skipped).toEqual([
      { title: "Làm sạch dữ liệu: đã xử lý so với phát hiện", sheet: "Làm sạch dữ liệu", reason: "rows" },
    ]);
  });

  it("beside each table, right of its last column from its top row", async () => {
    const excel = await sampleExcel();
    const session = memorySession(excel);
    const { snapshot } = await session.read();
    const result = await session.insertCharts!("beside", "vi");
    const dvc = snapshot.tables.find((t) => t.templateId === "dvc25")!;
    const [chart] = excel.sheet(DVC).charts;
    const column = Math.max(...Object.values(dvc.columns)) + 2;
    expect(chart.position!.split(":")[0]).toBe(a1(Math.min(...Object.values(dvc.rows)) - 1, column));
    expect(result.inserted.every((c) => c.sheet !== "Biểu đồ")).toBe(true);
    expect(excel.state.sheets.map((s) => s.name)).not.toContain("Biểu đồ");
  });

  it("bound to where the rows are now, after the user inserted rows into a table", async () => {
    const excel = await sampleExcel();
    excel.state.calculationMode = "Manual";
    const session = memorySession(excel);
    const { snapshot } = await session.read();
    const dvc = snapshot.tables.find((t) => t.templateId === "dvc25")!;
    const first = Math.min(...Object.values(dvc.rows));
    excel.insertRows(DVC, first + 1, 2);
    await session.insertCharts!("sheet", "vi");
    // The two new rows are blank: inside the chart's range, drawn as nothing.
    const online = excel.sheet("Biểu đồ").charts.find((c) => c.type === "BarStacked100")!;
    const last = Math.max(
      ...Object.entries(dvc.rows).flatMap(([id, row]) => (id === "tong_cong" ? [] : [row])),
    );
    expect(online.series[0].values).toBe(
      `${quoteSheetName(DVC)}!${a1(first, dvc.columns.truc_tuyen)}:${a1(last + 2, dvc.columns.truc_tuyen)}`,
    );
  });

  it("refused before anything is drawn when a table's sheet is protected; a sheet of their own still works", async () => {
    const excel = await sampleExcel();
    excel.sheet(DVC).protected = true;
    const session = memorySession(excel);
    await expect(session.insertCharts!("beside", "vi")).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.state.sheets.flatMap((s) => s.charts)).toEqual([]);
    await session.insertCharts!("sheet", "vi");
    expect(excel.sheet("Biểu đồ").charts.length).toBeGreaterThan(0);
  });

  it("leaves no half-made sheet when Excel fails part-way", async () => {
    const excel = await sampleExcel();
    const session = memorySession(excel);
    await session.read();
    excel.failAfterCalls = 6;
    await expect(session.insertCharts!("sheet", "vi")).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.state.sheets.map((s) => s.name)).not.toContain("Biểu đồ");
  });
});
