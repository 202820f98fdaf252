// Any workbook snapshot written as an .xlsx, as a spreadsheet program would save it (for the hostile-input tests),
// with what the snapshot model has no field for: merged cells across a table and hidden rows.
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { metadataXml } from "../../src/domain/metadata";
import type { WorkbookSnapshot } from "../../src/domain/workbook";
import { PLANTED_SHEET } from "../../bench/hostile";
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
    // A merge across the planted mistake could hide it: that sheet is left whole (its rows may still be hidden).
    if (next() < 0.3 && source.name !== PLANTED_SHEET) {
      const top = 1 + Math.floor(next() * 30);
      const left = 1 + Math.floor(next() * 8);
      sheet.mergeCells(top, left, top + 1 + Math.floor(next() * 5), left + 1 + Math.floor(next() * 4));
    }
    if (next() < 0.3) sheet.getRow(1 + Math.floor(next() * 40)).hidden = true;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The workbook with custom XML parts added as Excel saves them: item, properties, and their relationships. */
export function withCustomXml(bytes: Uint8Array, items: string[]): Uint8Array {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]);
  let rels = "";
  let overrides = "";
  items.forEach((xml, i) => {
    const n = i + 1;
    files[`customXml/item${n}.xml`] = strToU8(xml);
    files[`customXml/itemProps${n}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{0000000${n}-0000-0000-0000-000000000000}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    files[`customXml/_rels/item${n}.xml.rels`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
    );
    rels += `<Relationship Id="rIdCustom${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item${n}.xml"/>`;
    overrides += `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`;
  });
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    text("xl/_rels/workbook.xml.rels").replace("</Relationships>", `${rels}</Relationships>`),
  );
  files["[Content_Types].xml"] = strToU8(
    text("[Content_Types].xml").replace("</Types>", `${overrides}</Types>`),
  );
  return zipSync(files);
}

/** The workbook with a chart part added: a part ExcelJS does not keep. */
export function withChartPart(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  files["xl/charts/chart1.xml"] = strToU8(
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
  );
  return zipSync(files);
}

/** An acknowledgement as the add-in keeps it in Excel (a custom XML part's content). */
export const ACKNOWLEDGEMENT_XML = metadataXml({
  kind: "acknowledgement",
  ruleId: "r",
  cells: ["DVC thiết yếu!D9"],
  reason: "đã xác minh",
  at: "2026-01-02",
});

/** A list of citizens as Excel saves it: a number and a name on each of `rows` rows, one sheet "Danh sách". */
export function citizenList(rows: number): Uint8Array {
  const cells: string[] = [];
  for (let r = 1; r <= rows; r++)
    cells.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>Công dân ${r}</t></is></c></row>`,
    );
  const xml = (text: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${text}`);
  return zipSync({
    "xl/workbook.xml": xml(
      '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    "xl/_rels/workbook.xml.rels": xml(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    "xl/worksheets/sheet1.xml": xml(`<worksheet><sheetData>${cells.join("")}</sheetData></worksheet>`),
  });
}
