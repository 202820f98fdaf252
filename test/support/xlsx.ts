// Any workbook snapshot written as an .xlsx, as a spreadsheet program would save it (for the hostile-input tests),
// with what the snapshot model has no field for: merged cells across a table and hidden rows.
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../src/domain/workbook";
import { random } from "../../bench/province";

export async function snapshotToXlsx(snapshot: WorkbookSnapshot, seed = 1): Promise<Uint8Array> {
  const next = random(seed);
  const workbook = new ExcelJS.Workbook();
  for (const source of snapshot.sheets) {
    const sheet = workbook.addWorksheet(source.name, { state: source.hidden ? "hidden" : "visible" });
    for (const [address, cell] of source.cells) {
      const target = sheet.getCell(address);
      const value = cell.value;
      // .xlsx has no NaN or Infinity: Excel would have saved an error there.
      const plain = typeof value === "number" && !Number.isFinite(value) ? { error: "#NUM!" } : value;
      target.value = (
        cell.formula ? { formula: cell.formula.slice(1), result: plain ?? undefined } : plain
      ) as ExcelJS.CellValue;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }
    if (next() < 0.3) {
      const top = 1 + Math.floor(next() * 30);
      const left = 1 + Math.floor(next() * 8);
      sheet.mergeCells(top, left, top + 1 + Math.floor(next() * 5), left + 1 + Math.floor(next() * 4));
    }
    if (next() < 0.3) sheet.getRow(1 + Math.floor(next() * 40)).hidden = true;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
