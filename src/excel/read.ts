// Reading the whole workbook in a constant number of syncs (large sheets add syncs by size, not by sheet count).
import {
  correctionsOf,
  type MetadataRecord,
  METADATA_NAMESPACE,
  parseMetadataXml,
  templateIdFromTableName,
} from "../domain/metadata";
import { HEADER_SEARCH_ROWS, locateTable, templateById } from "../domain/templates";
import {
  a1,
  type CellSnapshot,
  parseA1,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../domain/workbook";
import type { StoredRecord, WorkbookRead } from "../domain/session";
import type { Supports } from "./shared";

/** Cells read per sync: Excel on the web limits a request and a response to 5 MB. */
export const CELLS_PER_SYNC = 50_000;
/** A sheet larger than this is read in part, and the snapshot says so. */
export const MAX_CELLS_PER_SHEET = 1_000_000;

/**
 * Worksheets, BC06 tables and metadata parts, then their sizes and XML, then the cells' values in blocks, then
 * (ExcelApi 1.13) the merged areas; the tables are found (BC06's and those officials laid out themselves, with the
 * user's corrections), then the formulas and number formats of the rows they and their header blocks stand in are
 * read, and the tables read again with them. A list of citizens beside the tables costs its values only.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  supports: Supports = () => false,
): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables.load("items/name");
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items/id");
  const application = context.application.load("calculationMode");
  await context.sync();
  // In Manual calculation the formulas' results may be stale: Excel recalculates before the cells are read.
  const recalculated = application.calculationMode === "Manual";
  if (recalculated) context.application.calculate("Recalculate");

  const used = worksheets.items.map((sheet) => ({
    sheet,
    range: sheet.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount,rowIndex,columnIndex"),
  }));
  const bc06Tables = tables.items
    .filter((table) => table.name.startsWith("BC06_"))
    .map((table) => ({
      name: table.name,
      range: table.getRange().load("address,rowIndex,columnIndex,rowCount,columnCount"),
      sheet: table.worksheet.load("name"),
    }));
  const xml = parts.items.map((part) => ({ partId: part.id, xml: part.getXml() }));
  await context.sync();

  const truncated: WorkbookRead["truncated"] = [];
  const blocks = used.flatMap(({ sheet, range }) => {
    if (range.isNullObject) return [];
    const columns = range.columnCount;
    const rows = Math.min(range.rowCount, Math.max(1, Math.floor(MAX_CELLS_PER_SHEET / columns)));
    if (rows === range.rowCount) return blocksOf(sheet, range.rowIndex, range.columnIndex, rows, columns);
    truncated.push({ sheet: sheet.name, rows });
    // A stray value in XFD1 or A1048576 must not hide a BC06 table: one that ends below the rows read is read
    // whole, with its header above.
    const own = bc06Tables
      .filter(
        ({ sheet: s, range: t }) => s.name === sheet.name && t.rowIndex + t.rowCount > range.rowIndex + rows,
      )
      .flatMap(({ range: t }) =>
        blocksOf(sheet, 0, 0, t.rowIndex + t.rowCount, t.columnIndex + t.columnCount),
      );
    return [...blocksOf(sheet, range.rowIndex, range.columnIndex, rows, columns), ...own];
  });
  const loaded = await loadBlocks(context, blocks, VALUES);

  const sheets = new Map<string, SheetSnapshot>(
    worksheets.items.map((s) => [
      s.name,
      { name: s.name, cells: new Map(), hidden: s.visibility !== "Visible" },
    ]),
  );
  for (const block of loaded) addValues(sheets.get(block.sheet)!, block);
  if (supports("1.13")) await readMerges(context, used, sheets);
  const records = xml
    .map(({ partId, xml }) => ({ partId, record: parseMetadataXml(xml.value) }))
    .filter((r): r is StoredRecord => r.record !== null);
  const located = bc06Tables.flatMap((table) => {
    const record = records.find((r) => r.record.kind === "table" && r.record.name === table.name)?.record as
      Extract<MetadataRecord, { kind: "table" }> | undefined;
    const template = templateById(record?.templateId ?? templateIdFromTableName(table.name) ?? "");
    const sheet = sheets.get(table.sheet.name);
    if (!template || !sheet) return [];
    const area = {
      headingRow: table.range.rowIndex + 1,
      firstColumn: table.range.columnIndex + 1,
      lastColumn: table.range.columnIndex + table.range.columnCount,
      lastRow: table.range.rowIndex + table.range.rowCount,
    };
    const found = locateTable(template, sheet, area);
    return found ? [{ ...found, templateVersion: record?.version ?? template.version }] : [];
  });
  // Loaded when first needed: the pane's first paint does without it.
  const { recogniseWorkbook } = await import("../domain/recognise");
  const recognise = () =>
    recogniseWorkbook(
      { sheets: [...sheets.values()], tables: located },
      correctionsOf(records.map((r) => r.record)),
    );
  // Tables are found by their texts and figures; their formulas and formats are read where they are, then they are
  // read again (a rate's format tells a fraction from points).
  const found = recognise();
  const spans = tableSpans(found, bc06Tables);
  const formats = await loadBlocks(
    context,
    used.flatMap(({ sheet, range }) =>
      range.isNullObject
        ? []
        : (spans.get(sheet.name) ?? []).flatMap(({ top, bottom, right }) =>
            blocksOf(
              sheet,
              top - 1,
              range.columnIndex,
              bottom - top + 1,
              Math.max(1, right - range.columnIndex),
            ),
          ),
    ),
    FORMATS,
  );
  for (const block of formats) addFormats(sheets.get(block.sheet)!, block);
  const snapshot = formats.length ? recognise() : found;
  return { snapshot, records, truncated, ...(recalculated ? { recalculated } : {}) };
}

/** Rows of a sheet, from its first column to `right`, whose formulas and formats are read. */
type Span = { top: number; bottom: number; right: number };

/**
 * Where a check reads formulas and formats: every table found, BC06's and recognised ones, with the rows above it
 * where its header block may be (as far as `locateTable` looks), from the sheet's first column to the table's last; overlapping spans merged.
 */
function tableSpans(
  snapshot: WorkbookSnapshot,
  bc06Tables: { sheet: Excel.Worksheet; range: Excel.Range }[],
): Map<string, Span[]> {
  const corners = (range: string) => range.split(":").map((cell) => parseA1(cell)!);
  const areas = [
    ...bc06Tables.map(({ sheet, range }) => ({
      sheet: sheet.name,
      top: range.rowIndex + 1,
      bottom: range.rowIndex + range.rowCount,
      right: range.columnIndex + range.columnCount,
    })),
    ...snapshot.tables.map((table) => {
      const cells = Object.values(table.cells ?? {}).map((address) => parseA1(address)!);
      const rows = [...Object.values(table.rows), ...cells.map((c) => c.row)];
      const columns = [...Object.values(table.columns), ...cells.map((c) => c.column)];
      return {
        sheet: table.sheet,
        top: Math.min(...rows),
        bottom: Math.max(...rows),
        right: Math.max(...columns),
      };
    }),
    ...(snapshot.recognition?.tables ?? []).map(({ sheet, range }) => {
      const [first, last = first] = corners(range);
      return { sheet, top: first.row, bottom: last.row, right: last.column };
    }),
  ];
  const spans = new Map<string, Span[]>();
  for (const { sheet, top, bottom, right } of areas.sort((a, b) => a.top - b.top)) {
    const list = spans.get(sheet) ?? [];
    const start = Math.max(1, top - HEADER_SEARCH_ROWS);
    const last = list.at(-1);
    if (last && start <= last.bottom + 1)
      Object.assign(last, { bottom: Math.max(last.bottom, bottom), right: Math.max(last.right, right) });
    else list.push({ top: start, bottom, right });
    spans.set(sheet, list);
  }
  return spans;
}

/**
 * Each sheet's merged areas, in one sync of its own: Excel fails a request for more than 512 merged areas in a range,
 * and such a sheet must not cost the check its cells. Without them, headings are read cell by cell.
 */
async function readMerges(
  context: Excel.RequestContext,
  used: { sheet: Excel.Worksheet; range: Excel.Range }[],
  sheets: Map<string, SheetSnapshot>,
): Promise<void> {
  const requests = used
    .filter(({ range }) => !range.isNullObject)
    .map(({ sheet, range }) => ({
      sheet: sheet.name,
      merges: range.getMergedAreasOrNullObject().load("areas/items/address"),
    }));
  try {
    await context.sync();
  } catch {
    return;
  }
  for (const { sheet, merges } of requests) {
    if (merges.isNullObject) continue;
    sheets.get(sheet)!.merges = merges.areas.items.map((area) =>
      area.address.slice(area.address.lastIndexOf("!") + 1),
    );
  }
}

/** Excel's codes for a request or an answer over the size it takes (5 MB on the web). */
const PAYLOAD_LIMIT = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/**
 * Loads the blocks' cells in as many syncs as the size budget needs: one for a workbook of ordinary size (largest
 * first, so that small sheets fill the last partial sync). A batch Excel finds too large to answer (long texts) is
 * asked again in halves, down to single rows.
 */
async function loadBlocks(
  context: Excel.RequestContext,
  blocks: Block[],
  properties: string,
  cellsPerSync = CELLS_PER_SYNC,
): Promise<LoadedBlock[]> {
  const loaded: LoadedBlock[] = [];
  for (const batch of batchesOf(blocks, cellsPerSync)) {
    const ranges = batch.map((block) => ({
      ...block,
      range: block.worksheet
        .getRangeByIndexes(block.top - 1, block.left - 1, block.rows, block.columns)
        .load(properties),
    }));
    try {
      await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per 50,000 cells, by design
      loaded.push(...ranges);
    } catch (error) {
      const halves = batch.flatMap(halve);
      const code = (error as { code?: string }).code ?? "";
      if (!PAYLOAD_LIMIT.has(code) || halves.length === batch.length) throw error;
      loaded.push(...(await loadBlocks(context, halves, properties, Math.ceil(cellsPerSync / 2))));
    }
  }
  return loaded;
}

/** Blocks grouped for one sync each, at most `cells` cells a group (a larger block alone). */
function batchesOf(blocks: Block[], cells: number): Block[][] {
  const batches: Block[][] = [];
  let budget = 0;
  for (const block of [...blocks].sort((a, b) => b.rows * b.columns - a.rows * a.columns)) {
    const size = block.rows * block.columns;
    if (batches.length === 0 || budget + size > cells) {
      batches.push([]);
      budget = 0;
    }
    batches.at(-1)!.push(block);
    budget += size;
  }
  return batches;
}

/** A block's top and bottom halves; a single row stays whole. */
function halve(block: Block): Block[] {
  if (block.rows === 1) return [block];
  const top = Math.ceil(block.rows / 2);
  return [
    { ...block, rows: top },
    { ...block, top: block.top + top, rows: block.rows - top },
  ];
}

/** A rectangle of a sheet to read: 1-based top and left, as addresses count. */
interface Block {
  worksheet: Excel.Worksheet;
  sheet: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** A rectangle (0-based, as getRangeByIndexes takes it) cut into blocks of at most CELLS_PER_SYNC cells. */
function blocksOf(
  sheet: Excel.Worksheet,
  rowIndex: number,
  columnIndex: number,
  rows: number,
  columns: number,
): Block[] {
  const blockRows = Math.max(1, Math.floor(CELLS_PER_SYNC / columns));
  const list: Block[] = [];
  for (let start = 0; start < rows; start += blockRows) {
    list.push({
      worksheet: sheet,
      sheet: sheet.name,
      top: rowIndex + start + 1,
      left: columnIndex + 1,
      rows: Math.min(blockRows, rows - start),
      columns,
    });
  }
  return list;
}

interface LoadedBlock extends Block {
  range: Excel.Range;
}

/** What is read of every cell, and what only of the rows where tables are. */
const VALUES = "values,valueTypes";
const FORMATS = "formulas,numberFormat";

/** The cells of a loaded range (its values, by their types) into the sheet's snapshot; blank cells are left out. */
function addValues(sheet: SheetSnapshot, block: { top: number; left: number; range: Excel.Range }): void {
  const { values, valueTypes } = block.range;
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const type = valueTypes[r][c];
      if (type === "Empty") return;
      sheet.cells.set(a1(block.top + r, block.left + c), {
        value: type === "Error" ? { error: String(value) } : (value as CellSnapshot["value"]),
      });
    }),
  );
}

/** The formulas and number formats of a loaded range onto the cells already read. */
function addFormats(sheet: SheetSnapshot, block: { top: number; left: number; range: Excel.Range }): void {
  const { formulas, numberFormat } = block.range;
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      const cell = sheet.cells.get(a1(block.top + r, block.left + c));
      if (!cell) return;
      if (typeof formula === "string" && formula.startsWith("=")) cell.formula = formula;
      const format = numberFormat[r][c];
      if (format && format !== "General") cell.numberFormat = format;
    }),
  );
}

/** A loaded range with all four properties (a sheet read again whole, as live checking does). */
function addBlock(sheet: SheetSnapshot, block: { top: number; left: number; range: Excel.Range }): void {
  addValues(sheet, block);
  addFormats(sheet, block);
}

/** Sheets to read as they are now, their loads queued: the cells of each, with `marks` its rules and protection. */
export function loadSheets(context: Excel.RequestContext, keys: string[], marks = false) {
  return keys.map((key) => {
    const worksheet = context.workbook.worksheets.getItem(key).load("name,visibility");
    return {
      worksheet,
      used: worksheet
        .getUsedRangeOrNullObject(true)
        .load("rowIndex,columnIndex,values,formulas,numberFormat,valueTypes"),
      formats: marks
        ? worksheet.getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula")
        : undefined,
      protection: marks ? worksheet.protection.load("protected") : undefined,
    };
  });
}

/** The loaded sheets (after the sync) as snapshots of their cells. */
export function snapshotsOf(sheets: ReturnType<typeof loadSheets>): SheetSnapshot[] {
  return sheets.map(({ worksheet, used }) => {
    const sheet: SheetSnapshot = {
      name: worksheet.name,
      cells: new Map(),
      hidden: worksheet.visibility !== "Visible",
    };
    if (!used.isNullObject)
      addBlock(sheet, { top: used.rowIndex + 1, left: used.columnIndex + 1, range: used });
    return sheet;
  });
}

/** The workbook now, from an earlier read and the sheets read again (BC06's tables found again by their row ids). */
export async function workbookNow(previous: WorkbookRead, sheets: SheetSnapshot[]): Promise<WorkbookRead> {
  // Loaded when first needed, as for the first read.
  const { withEditedSheets } = await import("../domain/recognise/own");
  return {
    ...previous,
    snapshot: withEditedSheets(
      previous.snapshot,
      sheets,
      previous.records.map((r) => r.record),
    ),
  };
}
