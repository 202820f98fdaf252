// The light read path: an .xlsx unzipped (fflate) and scanned for what a check needs — each sheet's values, cached
// formula results, formulas, number formats, merged areas, hidden rows and columns and frozen rows — in a tenth of
// the time ExcelJS takes to build its full model. ExcelJS stays the reader of a workbook the page acts on and writes.
import { strFromU8, unzipSync } from "fflate";
import { streamEntry, type ZipEntry, zipEntries } from "./zip";
import type { CellSnapshot, CellValue, SheetSnapshot } from "../domain/workbook";
import { a1, columnLetters, parseA1 } from "../domain/workbook";

/** Excel's built-in number formats by id (ECMA-376 §18.8.30), as ExcelJS names them. */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** A package part could not be found or read: the caller tells the user the file is damaged. */
export class DamagedPackageError extends Error {}

export interface ScannedWorkbook {
  sheets: SheetSnapshot[];
  /** The text of each custom XML item (customXml/item*.xml): BC06's records among them. */
  customXml: string[];
}

/** Reads the package's parts a check needs. Throws when the bytes are not a zip or lack a workbook. */
export function scanXlsx(bytes: Uint8Array): ScannedWorkbook {
  // The small parts whole; the worksheets (which may be huge) a piece at a time, below.
  const parts = unzipSync(bytes, {
    filter: (file) =>
      /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml)$/i.test(file.name) ||
      CUSTOM_XML_ITEM.test(file.name),
  });
  const entries = new Map((zipEntries(bytes) ?? []).map((entry) => [entry.name.toLowerCase(), entry]));
  const text = (name: string) => (parts[name] ? decode(parts[name]) : undefined);
  const workbook = text("xl/workbook.xml");
  if (!workbook) throw new DamagedPackageError("xl/workbook.xml");
  const targets = relationshipTargets(text("xl/_rels/workbook.xml.rels") ?? "");
  const strings = sharedStrings(text("xl/sharedStrings.xml") ?? "");
  const formats = cellFormats(text("xl/styles.xml") ?? "");
  // Chart, dialog and macro sheets hold no cells, nor does a sheet with no part of its own: neither is read.
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].flatMap(([, attributes]) => {
    const name = decodeEntities(attribute(attributes, "name") ?? "");
    const target = targets.get(attribute(attributes, "r:id") ?? attribute(attributes, "id") ?? "");
    if (!target || !/\/worksheets\//i.test(target)) return [];
    const entry = entries.get(target.toLowerCase());
    if (!entry) throw new DamagedPackageError(`sheet ${name}`);
    const state = attribute(attributes, "state");
    return [scanSheet(bytes, entry, name, state !== undefined && state !== "visible", strings, formats)];
  });
  const customXml = inItemOrder(Object.keys(parts).filter((name) => CUSTOM_XML_ITEM.test(name))).map((name) =>
    decode(parts[name]),
  );
  return { sheets, customXml };
}

/** The text of each custom XML item of the package (customXml/item*.xml). */
export function customXmlItems(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes, { filter: (file) => CUSTOM_XML_ITEM.test(file.name) });
  return inItemOrder(Object.keys(parts)).map((name) => decode(parts[name]));
}

/** customXml/item2.xml before customXml/item10.xml. */
function inItemOrder(names: string[]): string[] {
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
  return names.sort((a, b) => number(a) - number(b));
}

const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/i;

/** A package part's text: UTF-8, or UTF-16 when its first two bytes say so. */
export function decode(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  return strFromU8(data);
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name.replace(":", "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The workbook's relationship ids → part names (targets are relative to xl/, or absolute). */
function relationshipTargets(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [, attributes] of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const id = attribute(attributes, "Id");
    const target = attribute(attributes, "Target");
    if (!id || !target) continue;
    targets.set(id, target.startsWith("/") ? target.slice(1) : normalise(`xl/${target}`));
  }
  return targets;
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML entities and Excel's own _xHHHH_ escapes (control characters kept in text). */
function decodeEntities(text: string): string {
  return text
    .replace(/\r\n?/g, "\n") // XML's end-of-line handling: a carriage return is written as &#13; or _x000D_
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
      if (entity[0] !== "#") return ENTITIES[entity] ?? whole;
      const code =
        entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return String.fromCodePoint(code);
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a string item: its runs' <t> (phonetic guides left out). */
function itemText(xml: string): string {
  const withoutPhonetic = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let text = "";
  for (const [, t] of withoutPhonetic.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += t ?? "";
  return decodeEntities(text);
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map(([, item]) => itemText(item ?? ""));
}

/** Each cell style's number format (the cellXfs, by index); General as undefined. */
function cellFormats(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  for (const [, attributes] of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g))
    custom.set(
      Number(attribute(attributes, "numFmtId")),
      decodeEntities(attribute(attributes, "formatCode") ?? ""),
    );
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map(([, attributes]) => {
    const id = Number(attribute(attributes, "numFmtId") ?? 0);
    const format = custom.get(id) ?? BUILT_IN_FORMATS[id];
    return format && format.toLowerCase() !== "general" ? format : undefined;
  });
}

/**
 * A sheet is read up to the row where it passes this many cells: report tables are far smaller, and a list of a
 * million citizens would take seconds and gigabytes. The snapshot says how far it was read.
 */
export const MAX_CELLS_READ = 250_000;

interface SharedFormula {
  formula: string;
  row: number;
  column: number;
}

/**
 * A worksheet's XML read as it is inflated, a piece at a time: the part before the cells (hidden columns, frozen
 * rows), the rows — up to MAX_CELLS_READ cells, the rest passed over unparsed — and the part after (merged areas).
 */
class SheetScanner {
  private stage: "head" | "rows" | "skip" | "tail" = "head";
  private pending = "";
  private head = "";
  private tail = "";
  private readonly cells = new Map<string, CellSnapshot>();
  private readonly shared = new Map<string, SharedFormula>();
  private readonly hiddenRows: number[] = [];
  private rowNumber = 0;
  private readRows?: number;

  constructor(
    private readonly strings: string[],
    private readonly formats: (string | undefined)[],
  ) {}

  push(text: string): void {
    this.pending += text;
    if (this.stage === "head") this.readHead();
    if (this.stage === "rows") this.readRowsSoFar();
    if (this.stage === "skip") this.skipRows();
    if (this.stage === "tail") {
      this.tail += this.pending;
      this.pending = "";
    }
  }

  private readHead(): void {
    const at = this.pending.search(/<(?:\w+:)?sheetData\b/);
    const open = at < 0 ? null : /^<(?:\w+:)?sheetData\b[^>]*?(\/?)>/.exec(this.pending.slice(at));
    if (!open) return; // the head goes on in the next piece
    this.head = this.pending.slice(0, at);
    this.pending = this.pending.slice(at + open[0].length);
    this.stage = open[1] ? "tail" : "rows";
  }

  /** Every complete row so far; an incomplete one waits for the next piece. */
  private readRowsSoFar(): void {
    const end = this.pending.indexOf("</sheetData>");
    const text = end < 0 ? this.pending : this.pending.slice(0, end);
    const rows = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
    let consumed = 0;
    for (let match = rows.exec(text); match; match = rows.exec(text)) {
      if (this.cells.size >= MAX_CELLS_READ) {
        this.readRows = this.rowNumber;
        this.stage = "skip";
        break;
      }
      this.readRow(match[1], match[2] ?? "");
      consumed = rows.lastIndex;
    }
    if (this.stage === "skip") return;
    if (end < 0) this.pending = this.pending.slice(consumed);
    else {
      this.pending = this.pending.slice(end + "</sheetData>".length);
      this.stage = "tail";
    }
  }

  private skipRows(): void {
    const end = this.pending.indexOf("</sheetData>");
    if (end < 0) {
      this.pending = this.pending.slice(-"</sheetData>".length); // the end tag may span two pieces
      return;
    }
    this.pending = this.pending.slice(end + "</sheetData>".length);
    this.stage = "tail";
  }

  private readRow(attributes: string, body: string): void {
    const r = attribute(attributes, "r");
    this.rowNumber = r ? Number(r) : this.rowNumber + 1;
    const hidden = attribute(attributes, "hidden");
    if (hidden === "1" || hidden === "true") this.hiddenRows.push(this.rowNumber);
    let columnNumber = 0;
    for (const [, cellAttributes, cellBody] of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const reference = attribute(cellAttributes, "r");
      const at = reference ? parseA1(reference) : null;
      columnNumber = at ? at.column : columnNumber + 1;
      const row = at ? at.row : this.rowNumber;
      const cell = scanCell(
        cellAttributes,
        cellBody ?? "",
        row,
        columnNumber,
        this.strings,
        this.formats,
        this.shared,
      );
      if (cell) this.cells.set(a1(row, columnNumber), cell);
    }
  }

  finish(name: string, hidden: boolean): SheetSnapshot {
    // A one-cell merge may be written "A6": always "A6:A6" here, as areas are everywhere else.
    const merges = [...this.tail.matchAll(/<mergeCell\b[^>]*?\bref="([^"]+)"/g)].map(([, ref]) =>
      ref.includes(":") ? ref : `${ref}:${ref}`,
    );
    if (merges.length) {
      const covered = coveredByMerges(merges);
      for (const address of this.cells.keys()) {
        const { row, column } = parseA1(address)!;
        if (covered(row, column)) this.cells.delete(address); // the merged area's first cell holds the value
      }
    }
    const hiddenColumns: number[] = [];
    for (const [, attributes] of this.head.matchAll(/<col\b([^>]*?)\/?>/g)) {
      const flag = attribute(attributes, "hidden");
      if (flag !== "1" && flag !== "true") continue;
      const last = Math.min(Number(attribute(attributes, "max")), 16_384);
      for (let column = Number(attribute(attributes, "min")); column <= last; column++)
        hiddenColumns.push(column);
    }
    const view = /<sheetView\b[\s\S]*?(?:<\/sheetView>|\/>)/.exec(this.head)?.[0] ?? "";
    const pane = /<pane\b([^>]*?)\/?>/.exec(view)?.[1];
    const frozenRows =
      pane && /^frozen/.test(attribute(pane, "state") ?? "") ? Number(attribute(pane, "ySplit") ?? 0) : 0;
    return {
      name,
      cells: this.cells,
      hidden,
      merges,
      ...(this.hiddenRows.length ? { hiddenRows: this.hiddenRows } : {}),
      ...(hiddenColumns.length ? { hiddenColumns } : {}),
      ...(frozenRows > 0 ? { frozenRows } : {}),
      ...(this.readRows ? { readRows: this.readRows } : {}),
    };
  }
}

/** A worksheet part, inflated and read a piece at a time. */
function scanSheet(
  bytes: Uint8Array,
  entry: ZipEntry,
  name: string,
  hidden: boolean,
  strings: string[],
  formats: (string | undefined)[],
): SheetSnapshot {
  const scanner = new SheetScanner(strings, formats);
  let decoder: TextDecoder | undefined;
  streamEntry(bytes, entry, (data) => {
    // A part saved as UTF-16 says so in its first two bytes.
    decoder ??= new TextDecoder(data[0] === 0xff && data[1] === 0xfe ? "utf-16le" : "utf-8");
    scanner.push(decoder.decode(data, { stream: true }));
  });
  if (decoder) scanner.push(decoder.decode());
  return scanner.finish(name, hidden);
}

/** Areas at most this tall are indexed by row; taller ones (rare) are tried for every cell. */
const INDEXED_MERGE_ROWS = 256;

/**
 * Whether a cell lies in a merged area other than at its first cell (whose value the area shows). Areas are indexed,
 * never expanded: one merge may cover a whole sheet.
 */
function coveredByMerges(merges: string[]): (row: number, column: number) => boolean {
  const byRow = new Map<number, Area[]>();
  const tall: Area[] = [];
  for (const range of merges) {
    const [from, to] = range.split(":").map(parseA1);
    if (!from || !to) continue;
    const area = { top: from.row, left: from.column, bottom: to.row, right: to.column };
    if (area.bottom - area.top >= INDEXED_MERGE_ROWS) tall.push(area);
    else
      for (let r = area.top; r <= area.bottom; r++) {
        const areas = byRow.get(r);
        if (areas) areas.push(area);
        else byRow.set(r, [area]);
      }
  }
  const inside = (row: number, column: number) => (area: Area) =>
    row >= area.top &&
    row <= area.bottom &&
    column >= area.left &&
    column <= area.right &&
    (row !== area.top || column !== area.left);
  return (row, column) =>
    (byRow.get(row)?.some(inside(row, column)) ?? false) || tall.some(inside(row, column));
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function scanCell(
  attributes: string,
  body: string,
  row: number,
  column: number,
  strings: string[],
  formats: (string | undefined)[],
  shared: Map<string, SharedFormula>,
): CellSnapshot | undefined {
  const type = attribute(attributes, "t") ?? "n";
  const formula = formulaOf(body, row, column, shared);
  const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
  const value = cellValue(type, raw, body, strings);
  if (value === null && !formula) return undefined;
  const cell: CellSnapshot = { value };
  if (formula) cell.formula = `=${formula}`;
  const format = formats[Number(attribute(attributes, "s") ?? 0)];
  if (format) cell.numberFormat = format;
  return cell;
}

function cellValue(type: string, raw: string | undefined, body: string, strings: string[]): CellValue {
  switch (type) {
    case "s":
      return raw === undefined ? null : (strings[Number(raw)] ?? null);
    case "inlineStr": {
      const item = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1];
      return item === undefined ? null : itemText(item);
    }
    case "str":
      return raw === undefined ? null : decodeEntities(raw);
    case "b":
      return raw === undefined ? null : raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return raw === undefined ? null : { error: decodeEntities(raw) };
    case "d":
      return raw === undefined ? null : isoDateSerial(raw);
    default: {
      if (raw === undefined || raw.trim() === "") return null;
      const number = Number(raw);
      return Number.isFinite(number) ? number : decodeEntities(raw);
    }
  }
}

/** An ISO date cell (t="d") as Excel's day count (1900 system). */
function isoDateSerial(iso: string): CellValue {
  const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(time) ? iso : (time - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The cell's formula: its own, or a shared formula's, moved from the cell that holds it to this one. */
function formulaOf(
  body: string,
  row: number,
  column: number,
  shared: Map<string, SharedFormula>,
): string | undefined {
  const match = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
  if (!match) return undefined;
  const [, attributes, text] = match;
  const formula = text ? decodeEntities(text) : "";
  if (attribute(attributes, "t") !== "shared") return formula || undefined;
  const index = attribute(attributes, "si") ?? "";
  if (formula) {
    shared.set(index, { formula, row, column });
    return formula;
  }
  const master = shared.get(index);
  return master ? slideFormula(master.formula, row - master.row, column - master.column) : undefined;
}

/**
 * A formula moved by rows and columns, as Excel fills a shared formula: relative references shift, absolute ones
 * ($) stay; text in quotes, function names and names longer than a column (XFD) are left alone.
 */
export function slideFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(
    /("(?:[^"]|"")*")|(?<![\w.$])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (whole, quoted: string, sheet: string | undefined, columnDollar, letters: string, rowDollar, digits) => {
      if (quoted) return whole;
      const column = columnNumber(letters);
      if (column > 16_384) return whole;
      const newColumn = columnDollar ? column : column + columns;
      const newRow = rowDollar ? Number(digits) : Number(digits) + rows;
      if (newColumn < 1 || newRow < 1) return "#REF!";
      return `${sheet ?? ""}${columnDollar}${columnLetters(newColumn)}${rowDollar}${newRow}`;
    },
  );
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
