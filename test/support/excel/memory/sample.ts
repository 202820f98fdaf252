// The standalone page's sample workbook (src/domain/sample.ts), inserted and filled through the same adapter as
// in Excel.
import { SAMPLE_HEADER, SAMPLE_TABLES } from "../../../../src/domain/sample";
import { templateById } from "../../../../src/domain/templates";
import { parseA1 } from "../../../../src/domain/workbook";
import { insertTemplate } from "../../../../src/excel/insert";
import { readWorkbook } from "../../../../src/excel/read";
import { MemoryExcel } from "./api";
import { ensureCell } from "./state";

/** An in-memory Excel holding the sample commune report. */
export async function sampleExcel(): Promise<MemoryExcel> {
  const excel = new MemoryExcel();
  for (const { templateId, values } of SAMPLE_TABLES) {
    const template = templateById(templateId)!;
    const inserted = await excel.run((context) =>
      insertTemplate(context, template, SAMPLE_HEADER, "vi", () => true),
    );
    const { snapshot } = await excel.run((context) => readWorkbook(context));
    const table = snapshot.tables.find((t) => t.sheet === inserted.sheet)!;
    const sheet = excel.sheet(inserted.sheet);
    for (const [rowId, row] of Object.entries(values)) {
      for (const [columnId, value] of Object.entries(row)) {
        const { row: r, column: c } = parseA1(
          MemoryExcel.address(table.rows[rowId], table.columns[columnId]),
        )!;
        const cell = ensureCell(sheet, r, c);
        delete cell.formula; // a value typed over the template's formula is one of the sample's mistakes
        cell.value = value ?? "";
      }
    }
  }
  excel.state.activeSheet = excel.state.sheets[0];
  await excel.run(async (context) => context.sync()); // recalculates
  return excel;
}
