// An in-memory Excel holding a workbook read from an .xlsx file, with its BC06 tables as Excel tables, so that the
// standalone page checks, highlights and reports on it exactly as the add-in does in Excel.
import { METADATA_NAMESPACE, metadataXml, type MetadataRecord } from "../../../../src/domain/metadata";
import { templateById } from "../../../../src/domain/templates";
import { a1, isExcelError, type WorkbookSnapshot } from "../../../../src/domain/workbook";
import { MemoryExcel } from "./api";
import { areaAddress, newSheet } from "./state";

/**
 * `records` are BC06's records the file kept (corrections of recognised tables, acknowledgements, the report sheet);
 * the tables' own records are made again here, and highlights name formats that only existed in Excel.
 */
export function excelFromSnapshot(snapshot: WorkbookSnapshot, records: MetadataRecord[] = []): MemoryExcel {
  const excel = new MemoryExcel();
  for (const source of snapshot.sheets) {
    const sheet = newSheet(excel.state, source.name);
    if (source.hidden) sheet.visibility = "Hidden";
    sheet.merges = [...(source.merges ?? [])];
    for (const [address, cell] of source.cells) {
      const error = isExcelError(cell.value);
      sheet.cells.set(address, {
        value: error
          ? (cell.value as { error: string }).error
          : ((cell.value as string | number | boolean | null) ?? ""),
        ...(error ? { error: true } : {}),
        ...(cell.formula ? { formula: cell.formula } : {}),
        ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
      });
    }
  }
  // BC06's own tables become Excel tables, as the add-in inserts them; the others are recognised again when read.
  snapshot.tables
    .filter((table) => table.origin === "bc06")
    .forEach((table, i) => {
      const template = templateById(table.templateId);
      const sheet = excel.state.sheets.find((s) => s.name === table.sheet);
      if (!template || !sheet) return;
      const rows = Object.values(table.rows);
      const columns = Object.values(table.columns);
      const top = Math.min(...rows) - 1;
      const right = columns.length ? Math.max(...columns) + 1 : 1;
      const name = `BC06_${template.id}_${i + 1}`;
      excel.state.tables.push({
        name,
        sheet,
        address: areaAddress({ top, left: 1, rows: Math.max(...rows) - top + 1, columns: right }),
      });
      excel.state.xmlParts.push({
        id: `{BC06-XML-F${i}}`,
        namespace: METADATA_NAMESPACE,
        xml: metadataXml({ kind: "table", name, templateId: template.id, version: table.templateVersion }),
      });
    });
  records
    .filter((record) => record.kind !== "table" && record.kind !== "highlights")
    .forEach((record, i) =>
      excel.state.xmlParts.push({
        id: `{BC06-XML-R${i}}`,
        namespace: METADATA_NAMESPACE,
        xml: metadataXml(record),
      }),
    );
  excel.state.activeSheet = excel.state.sheets[0];
  excel.state.selection = excel.state.sheets[0]
    ? { sheet: excel.state.sheets[0].name, address: a1(1, 1) }
    : undefined;
  return excel;
}
