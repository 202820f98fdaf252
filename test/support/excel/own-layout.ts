// An in-memory Excel holding a workbook of the own-layout corpus, merged areas and all.
import { MemoryExcel } from "./memory/api";
import { newSheet } from "./memory/state";
import { OWN_LAYOUTS } from "../../fixtures/own-layouts";
import { toSnapshot } from "../../fixtures/own-layouts/dsl";

export function ownLayoutExcel(id: string): MemoryExcel {
  const excel = new MemoryExcel();
  for (const source of toSnapshot(OWN_LAYOUTS.find((layout) => layout.id === id)!).sheets) {
    const sheet = newSheet(excel.state, source.name);
    for (const [address, cell] of source.cells)
      sheet.cells.set(address, {
        value: (cell.value as string | number | null) ?? "",
        ...(cell.formula ? { formula: cell.formula } : {}),
        ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
      });
    sheet.merges = [...(source.merges ?? [])];
  }
  return excel;
}
