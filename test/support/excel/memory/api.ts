// The subset of the Excel JavaScript API that BC06 uses, over an in-memory workbook, with Office's batching:
// calls are queued and run at context.sync(); a property can be read only after load() and a sync, otherwise
// it throws as Office does: the Excel test double (the tests count its syncs).
import type { WorkbookSession } from "../../../../src/domain/session";
import { createSession } from "../../../../src/excel/session";
import { a1, parseA1, quoteSheetName } from "../../../../src/domain/workbook";
import type { Scalar } from "./formula";
import {
  type Area,
  areaAddress,
  areaValues,
  emptyState,
  ensureCell,
  itemError,
  type MemoryCell,
  type MemoryChart as MemoryChartState,
  type MemoryFormat,
  type MemorySheet,
  type MemoryState,
  type MemoryTable,
  newSheet,
  parseArea,
  recalculate,
  usedArea,
} from "./state";

type LoadRequest = string | string[] | Record<string, unknown> | undefined;

function requestedNames(request: LoadRequest): string[] {
  if (request === undefined) return [];
  if (typeof request === "string")
    return request
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(request)) return request;
  const select = (request as { select?: string }).select;
  return select ? requestedNames(select) : Object.keys(request);
}

export class MemoryContext {
  readonly workbook: MemoryWorkbook;
  readonly application: MemoryApplication;
  syncCount = 0;
  /** Syncs whose answer was over the size limit, and lost. */
  refusedCount = 0;
  calculationSuspensions = 0;
  readonly queue: (() => void)[] = [];
  readonly pending = new Set<MemoryObject<unknown>>();

  constructor(
    readonly state: MemoryState,
    /** The injected fault, if any, checked after each queued call of a sync. */
    private readonly fault: () => ((ran: number) => void) | undefined = () => undefined,
    /** The most a sync may answer, in bytes of JSON; undefined for no limit (Excel on Windows and Mac). */
    private readonly responseLimit?: number,
  ) {
    this.workbook = new MemoryWorkbook(this);
    this.application = new MemoryApplication(this, () => state);
  }

  /** Runs the queued calls in order, recalculates, then answers the pending loads. */
  async sync(): Promise<void> {
    this.syncCount++;
    const queued = this.queue.splice(0);
    const fault = queued.length ? this.fault() : undefined;
    let failure: unknown;
    try {
      queued.forEach((call, i) => {
        call();
        fault?.(i + 1);
      });
    } catch (error) {
      failure = error;
    }
    // Loads alone change nothing; in Manual mode only a requested calculation does.
    if (queued.length && this.state.calculationMode !== "Manual") recalculate(this.state);
    const answered = this.answer();
    if (failure !== undefined) throw failure;
    // Excel on the web refuses to answer more than 5 MB: the whole answer is lost, what ran stays done.
    if (!answered)
      throw itemError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit. Please refer to the documentation.",
      );
  }

  /** Answers the pending loads; none if the answer is over the limit. */
  private answer(): boolean {
    const pending = [...this.pending];
    this.pending.clear();
    const fits =
      this.responseLimit === undefined || answerSize(pending, this.responseLimit) <= this.responseLimit;
    for (const object of pending) {
      if (fits) object.resolveLoads();
      else object.discardLoads();
    }
    if (!fits) this.refusedCount++;
    return fits;
  }
}

/** The size of a sync's answer, counted until it is over the limit. */
function answerSize(pending: MemoryObject<unknown>[], limit: number): number {
  let bytes = 0;
  for (const object of pending) {
    bytes += object.answerSize();
    if (bytes > limit) break;
  }
  return bytes;
}

/** Excel on the web's limit on a request's answer. */
const EXCEL_ON_THE_WEB_LIMIT = 5 * 1024 * 1024;

/** An object of the API: loads, reads after sync, queued writes. */
abstract class MemoryObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private readonly wanted = new Set<string>();

  constructor(
    protected readonly context: MemoryContext,
    protected readonly target: () => T,
  ) {}

  load(request?: LoadRequest): this {
    for (const name of requestedNames(request)) this.wanted.add(name);
    this.wanted.add("isNullObject");
    this.context.pending.add(this);
    return this;
  }

  /** The answer to the loads asked for, in bytes of JSON (as Office sends it). */
  answerSize(): number {
    let bytes = 0;
    for (const name of this.wanted) bytes += JSON.stringify(this.snapshot(name) ?? null).length;
    return bytes;
  }

  discardLoads(): void {
    this.wanted.clear();
  }

  resolveLoads(): void {
    for (const name of this.wanted)
      this.loaded.set(name, name === "isNullObject" ? this.isNull() : this.snapshot(name));
    this.wanted.clear();
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  protected isNull(): boolean {
    return false;
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw itemError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as V;
  }

  protected later(call: (target: T) => void): void {
    this.context.queue.push(() => call(this.target()));
  }

  protected abstract snapshot(name: string): unknown;
}

export class MemoryClientResult<V> {
  private result: { value: V } | undefined;

  constructor(context: MemoryContext, compute: () => V) {
    context.queue.push(() => (this.result = { value: compute() }));
  }

  get value(): V {
    if (!this.result)
      throw itemError(
        "PropertyNotLoaded",
        "The value of the result object has not been loaded yet. Call context.sync() first.",
      );
    return this.result.value;
  }
}

class MemoryWorkbook {
  readonly worksheets: MemoryWorksheets;
  readonly tables: MemoryTables;
  readonly customXmlParts: MemoryXmlParts;
  readonly protection: MemoryWorkbookProtection;

  constructor(context: MemoryContext) {
    this.worksheets = new MemoryWorksheets(context);
    this.tables = new MemoryTables(context, () => context.state.tables);
    this.customXmlParts = new MemoryXmlParts(context, () => context.state.xmlParts);
    this.protection = new MemoryWorkbookProtection(context, () => context.state);
  }
}

/** The sheet by its name or its id, as WorksheetCollection.getItem takes either. */
function sheetNamed(state: MemoryState, name: string): MemorySheet {
  const sheet = state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  if (!sheet) throw itemError("ItemNotFound", `The sheet "${name}" does not exist`);
  return sheet;
}

class MemoryWorksheets extends MemoryObject<MemorySheet[]> {
  private children: Record<string, unknown>[] = [];

  constructor(context: MemoryContext) {
    super(context, () => context.state.sheets);
  }

  get items(): MemoryWorksheet[] {
    return this.read<MemorySheet[]>("items").map((sheet) => {
      const proxy = new MemoryWorksheet(this.context, () => sheet);
      proxy.preload(this.children);
      return proxy;
    });
  }

  override load(request?: LoadRequest): this {
    this.children = requestedNames(request)
      .filter((n) => n.startsWith("items/"))
      .map((n) => ({ name: n.slice(6) }));
    return super.load(requestedNames(request).some((n) => n.startsWith("items")) ? "items" : request);
  }

  protected snapshot(name: string): unknown {
    return name === "items" ? [...this.target()] : undefined;
  }

  getItem(name: string): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => sheetNamed(this.context.state, name));
  }

  /** Excel calls the handler after the user edits a cell of any sheet (ExcelApi 1.9), until it is removed. */
  readonly onChanged = {
    add: (handler: (event: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => {
      const handlers = this.context.state.changeHandlers;
      this.context.queue.push(() => handlers.add(handler));
      return {
        context: this.context,
        remove: () => this.context.queue.push(() => handlers.delete(handler)),
      };
    },
  };

  /** The sheet, or a null object (whose ranges are null objects too) when no sheet has that name. */
  getItemOrNullObject(name: string): MemoryWorksheet {
    const find = () => this.context.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    return new MemoryWorksheet(
      this.context,
      () => find() ?? sheetNamed(this.context.state, name),
      () => !find(),
    );
  }

  add(name: string): MemoryWorksheet {
    let created: MemorySheet | undefined;
    this.context.queue.push(() => {
      if (this.context.state.structureProtected)
        throw itemError("AccessDenied", "The workbook is protected: sheets cannot be added.");
      created = newSheet(this.context.state, name);
    });
    return new MemoryWorksheet(this.context, () => created ?? sheetNamed(this.context.state, name));
  }
}

export class MemoryWorksheet extends MemoryObject<MemorySheet> {
  private preloaded: { name: string }[] = [];

  constructor(
    context: MemoryContext,
    target: () => MemorySheet,
    private readonly missing: () => boolean = () => false,
  ) {
    super(context, target);
  }

  /** Items of a loaded collection come with the properties the collection load named. */
  preload(children: Record<string, unknown>[]): void {
    this.preloaded = children as { name: string }[];
    this.load(this.preloaded.map((c) => c.name));
    this.resolveLoads();
  }

  protected override isNull(): boolean {
    return this.missing();
  }

  protected snapshot(name: string): unknown {
    if (this.missing()) return undefined;
    const sheet = this.target();
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      position: this.context.state.sheets.indexOf(sheet),
    }[name];
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.later((sheet) => (sheet.name = value));
  }

  get visibility(): string {
    return this.read("visibility");
  }

  readonly freezePanes = {
    freezeRows: (count: number) => this.later((sheet) => (sheet.frozenRows = count)),
  };

  get protection(): MemoryWorksheetProtection {
    return new MemoryWorksheetProtection(this.context, this.target);
  }

  get tables(): MemoryTables {
    return new MemoryTables(this.context, () =>
      this.context.state.tables.filter((t) => t.sheet === this.target()),
    );
  }

  get charts(): MemoryCharts {
    return new MemoryCharts(this.context, this.target);
  }

  getRange(address?: string): MemoryRange {
    return new MemoryRange(
      this.context,
      () =>
        address
          ? parseArea(this.target(), address)
          : { sheet: this.target(), top: 1, left: 1, rows: 1_048_576, columns: 16_384 },
      () => this.missing(),
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): MemoryRange {
    return new MemoryRange(this.context, () => ({
      sheet: this.target(),
      top: row + 1,
      left: column + 1,
      rows,
      columns,
    }));
  }

  getRanges(address: string): MemoryRangeAreas {
    return new MemoryRangeAreas(this.context, () => this.target(), address);
  }

  getUsedRangeOrNullObject(): MemoryRange {
    return new MemoryRange(
      this.context,
      () => usedArea(this.target()) ?? { sheet: this.target(), top: 1, left: 1, rows: 1, columns: 1 },
      () => usedArea(this.target()) === null,
    );
  }

  activate(): void {
    this.later((sheet) => (this.context.state.activeSheet = sheet));
  }

  delete(): void {
    this.later((sheet) => {
      const state = this.context.state;
      state.sheets = state.sheets.filter((s) => s !== sheet);
      state.tables = state.tables.filter((t) => t.sheet !== sheet);
    });
  }
}

/** Grids of one property of each cell of an area. */
function grid<V>(area: Area, pick: (cell: MemoryCell | undefined) => V): V[][] {
  const values = areaValues(area, pick);
  return Array.from({ length: area.rows }, (_, r) => values.slice(r * area.columns, (r + 1) * area.columns));
}

function valueType(cell: MemoryCell | undefined): string {
  if (!cell || ((cell.value === "" || cell.value === null) && !cell.formula)) return "Empty";
  if (cell.error) return "Error";
  return typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
}

/** Writes a 2-D array (or one value for the whole area) cell by cell. */
function writeGrid<V>(area: Area, values: V | V[][], write: (cell: MemoryCell, value: V) => void): void {
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < area.columns; c++) {
      const value = Array.isArray(values) ? (values as V[][])[r]?.[c] : values;
      if (value === undefined)
        throw itemError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      write(ensureCell(area.sheet, area.top + r, area.left + c), value);
    }
  }
}

/**
 * A value written through `values` or `formulas`, as Excel enters it: text starting with "=" is a formula, and so is
 * text starting with "+" or "-" that is not a number ("+ Rà soát…" becomes =+ Rà soát…, #NAME?); a leading
 * apostrophe keeps the rest as text and is not part of the value.
 */
function setContent(cell: MemoryCell, value: unknown): void {
  if (typeof value === "string" && value.startsWith("=")) {
    cell.formula = value;
    return;
  }
  if (typeof value === "string" && /^[+-]/.test(value) && !Number.isFinite(Number(value))) {
    Object.assign(cell, { formula: `=${value}`, value: "#NAME?", error: true });
    return;
  }
  delete cell.formula;
  cell.error = false;
  const text = typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
  cell.value = text === null || text === undefined ? "" : (text as Scalar);
}

export class MemoryRange extends MemoryObject<Area> {
  constructor(
    context: MemoryContext,
    target: () => Area,
    private readonly missing: () => boolean = () => false,
  ) {
    super(context, target);
  }
  /** The cells this range stands for (for the double's own objects: a chart's series). */
  area(): Area {
    return this.target();
  }

  protected override isNull(): boolean {
    return this.missing();
  }

  protected snapshot(name: string): unknown {
    if (this.missing()) return undefined;
    const area = this.target();
    switch (name) {
      case "address":
        return `${area.sheet.name.includes(" ") ? `'${area.sheet.name}'` : area.sheet.name}!${areaAddress(area)}`;
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.columns;
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "values":
        return grid(area, (cell) => (cell ? cell.value : ""));
      case "formulas":
        return grid(area, (cell) => cell?.formula ?? (cell ? cell.value : ""));
      case "numberFormat":
        return grid(area, (cell) => cell?.numberFormat ?? "General");
      case "valueTypes":
        return grid(area, valueType);
      case "columnHidden":
        return Array.from({ length: area.columns }, (_, c) =>
          area.sheet.hiddenColumns.has(area.left + c),
        ).every(Boolean);
    }
    return undefined;
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.later((area) => writeGrid(area, values, setContent));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.later((area) => writeGrid(area, formulas, setContent));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.later((area) => writeGrid(area, formats, (cell, format) => (cell.numberFormat = format)));
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.later((area) => {
      for (let c = area.left; c < area.left + area.columns; c++) {
        if (hidden) area.sheet.hiddenColumns.add(c);
        else area.sheet.hiddenColumns.delete(c);
      }
    });
  }
  set hyperlink(link: MemoryCell["hyperlink"]) {
    this.later((area) => (ensureCell(area.sheet, area.top, area.left).hyperlink = link));
  }

  /** As Excel: the merged areas whose top-left cell is in the range (office-js #3611); more than 512 fail. */
  getMergedAreasOrNullObject(): MemoryMergedAreas {
    return new MemoryMergedAreas(this.context, this.target);
  }

  select(): void {
    this.later((area) => {
      this.context.state.activeSheet = area.sheet;
      this.context.state.selection = { sheet: area.sheet.name, address: areaAddress(area) };
    });
  }

  readonly format = new MemoryRangeFormat(this.context, () => this.target());
  readonly dataValidation = new MemoryDataValidation(this.context, () => this.target());

  get conditionalFormats(): MemoryConditionalFormats {
    return new MemoryConditionalFormats(this.context, () => this.target());
  }
}

/** The merged areas of a range, as RangeAreas: `areas.items[i].address`. */
export class MemoryMergedAreas extends MemoryObject<Area> {
  /** Excel's documented limit: "if the merged areas count in this range is more than 512, … fail". */
  static readonly LIMIT = 512;

  private merges(): string[] {
    const area = this.target();
    return area.sheet.merges.filter((merge) => {
      const start = parseA1(merge.split(":")[0]);
      if (!start) return false;
      const { row, column } = start;
      return (
        row >= area.top &&
        row < area.top + area.rows &&
        column >= area.left &&
        column < area.left + area.columns
      );
    });
  }

  protected override isNull(): boolean {
    return this.merges().length === 0;
  }

  override load(request?: LoadRequest): this {
    super.load(request);
    this.context.queue.push(() => {
      if (this.merges().length > MemoryMergedAreas.LIMIT)
        throw itemError("GeneralException", "There are too many merged areas in the range.");
    });
    return this;
  }

  protected snapshot(name: string): unknown {
    const prefix = quoteSheetName(this.target().sheet.name);
    if (name.startsWith("areas"))
      return { items: this.merges().map((merge) => ({ address: `${prefix}!${merge}` })) };
    return undefined;
  }

  get areas(): { items: { address: string }[] } {
    return this.read("areas/items/address");
  }
}

/** Multi-area ranges (ExcelApi 1.9): only selection is used. */
export class MemoryRangeAreas {
  constructor(
    private readonly context: MemoryContext,
    private readonly sheet: () => MemorySheet,
    private readonly address: string,
  ) {}

  select(): void {
    this.context.queue.push(() => {
      const sheet = this.sheet();
      this.context.state.activeSheet = sheet;
      this.context.state.selection = { sheet: sheet.name, address: this.address };
    });
  }
}

class MemoryRangeFormat {
  constructor(
    private readonly context: MemoryContext,
    private readonly area: () => Area,
  ) {}

  private style(change: Partial<MemoryFormat>): void {
    this.context.queue.push(() =>
      writeGrid(this.area(), true, (cell) => (cell.format = { ...cell.format, ...change })),
    );
  }

  get font() {
    const style = (change: Partial<MemoryFormat>) => this.style(change);
    return {
      set bold(bold: boolean) {
        style({ bold });
      },
      set italic(italic: boolean) {
        style({ italic });
      },
      set color(fontColor: string) {
        style({ fontColor });
      },
      set size(fontSize: number) {
        style({ fontSize });
      },
    };
  }

  get fill() {
    const style = (change: Partial<MemoryFormat>) => this.style(change);
    return {
      set color(fill: string) {
        style({ fill });
      },
    };
  }

  set horizontalAlignment(horizontalAlignment: string) {
    this.style({ horizontalAlignment });
  }
  set verticalAlignment(verticalAlignment: string) {
    this.style({ verticalAlignment });
  }
  set wrapText(wrapText: boolean) {
    this.style({ wrapText });
  }
  set indentLevel(indentLevel: number) {
    this.style({ indentLevel });
  }
  set columnWidth(width: number) {
    this.context.queue.push(() => {
      const area = this.area();
      for (let c = area.left; c < area.left + area.columns; c++) area.sheet.columnWidths.set(c, width);
    });
  }
}

class MemoryDataValidation {
  constructor(
    private readonly context: MemoryContext,
    private readonly area: () => Area,
  ) {}

  set rule(rule: unknown) {
    this.context.queue.push(() => {
      const area = this.area();
      area.sheet.validations.push({ address: areaAddress(area), rule });
    });
  }

  set errorAlert(errorAlert: unknown) {
    this.context.queue.push(() => {
      const area = this.area();
      const existing = area.sheet.validations.find((v) => v.address === areaAddress(area));
      if (existing) existing.errorAlert = errorAlert;
    });
  }
}

/**
 * A range's conditional formats. As in Excel, a format's `id` is its position in the collection (its priority), not a
 * lasting name: deleting one moves the ids of those after it.
 */
class MemoryConditionalFormats extends MemoryObject<Area> {
  protected snapshot(name: string): unknown {
    if (name !== "items") return undefined;
    const area = this.target();
    return area.sheet.conditionalFormats
      .filter((cf) => overlaps(parseArea(area.sheet, cf.address), area))
      .map((cf, index) => ({ id: String(index), type: "Custom", custom: { rule: { formula: cf.formula } } }));
  }

  /** Loaded with "items/customOrNullObject/rule/formula": each custom format's rule comes in the same sync. */
  private withRules = false;

  override load(request?: LoadRequest): this {
    if (requestedNames(request).some((n) => n.startsWith("items/customOrNullObject/rule")))
      this.withRules = true;
    return super.load(requestedNames(request).some((n) => n.startsWith("items")) ? "items" : request);
  }

  /** Each format's rule, as Office gives it: its formula readable once loaded and synced. */
  get items(): {
    id: string;
    type: string;
    custom: { rule: { load(name: "formula"): { formula: string } } };
    customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
  }[] {
    const queue = this.context.queue;
    const withRules = this.withRules;
    return this.read<{ id: string; type: string; custom: { rule: { formula: string } } }[]>("items").map(
      (cf) => {
        let synced = false;
        const rule = {
          load: () => {
            queue.push(() => (synced = true));
            return rule;
          },
          get formula(): string {
            if (!synced)
              throw itemError(
                "PropertyNotLoaded",
                "The property 'formula' is not available: load it and sync.",
              );
            return cf.custom.rule.formula;
          },
        };
        const customOrNullObject = {
          isNullObject: cf.type !== "Custom",
          rule: {
            get formula(): string {
              if (!withRules)
                throw itemError(
                  "PropertyNotLoaded",
                  "The property 'formula' is not available: load it and sync.",
                );
              return cf.custom.rule.formula;
            },
          },
        };
        return { id: cf.id, type: cf.type, custom: { rule }, customOrNullObject };
      },
    );
  }

  add(type: string): MemoryConditionalFormat {
    const rule = {
      formula: "",
      fill: undefined as string | undefined,
      fontColor: undefined as string | undefined,
    };
    const added = { id: `{BC06-CF-${this.context.state.nextId++}}` };
    this.context.queue.push(() => {
      if (type !== "Custom")
        throw itemError("InvalidArgument", `Only custom conditional formats are modelled, not ${type}`);
      const area = this.target();
      refuseIfSheetProtected(area.sheet);
      area.sheet.conditionalFormats.push({
        id: added.id,
        address: areaAddress(area),
        formula: rule.formula,
        fill: rule.fill,
        fontColor: rule.fontColor,
      });
    });
    const sheet = () => this.target().sheet;
    return new MemoryConditionalFormat(
      this.context,
      () => String(sheet().conditionalFormats.findIndex((cf) => cf.id === added.id)),
      rule,
    );
  }

  /** The format at this position when the batch runs: earlier deletions in the same batch have moved the others. */
  getItem(id: string): { delete: () => void } {
    return {
      delete: () =>
        this.context.queue.push(() => {
          const sheet = this.target().sheet;
          refuseIfSheetProtected(sheet);
          const index = Number(id);
          if (!Number.isInteger(index) || index < 0 || index >= sheet.conditionalFormats.length)
            throw itemError("ItemNotFound", `No conditional format ${id}`);
          sheet.conditionalFormats.splice(index, 1);
        }),
    };
  }
}

function overlaps(a: Area, b: Area): boolean {
  return (
    a.top < b.top + b.rows &&
    b.top < a.top + a.rows &&
    a.left < b.left + b.columns &&
    b.left < a.left + a.columns
  );
}

class MemoryConditionalFormat extends MemoryObject<string> {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };

  constructor(
    context: MemoryContext,
    target: () => string,
    rule: { formula: string; fill?: string; fontColor?: string },
  ) {
    super(context, target);
    // The rule is written before the sync that adds the format, as in Office.
    this.custom = {
      rule: {
        set formula(formula: string) {
          rule.formula = formula;
        },
      } as { formula: string },
      format: {
        fill: {
          set color(color: string) {
            rule.fill = color;
          },
        } as { color: string },
        font: {
          set color(color: string) {
            rule.fontColor = color;
          },
        } as { color: string },
      },
    };
  }

  protected snapshot(name: string): unknown {
    return name === "id" ? this.target() : undefined;
  }

  get id(): string {
    return this.read("id");
  }
}

/** As Excel does when a table is made: a heading met again in the header row gets a number ("Figure" → "Figure2"). */
function renameRepeatedHeadings(sheet: MemorySheet, area: Area): void {
  const seen = new Set<string>();
  for (let column = area.left; column < area.left + area.columns; column++) {
    const cell = sheet.cells.get(a1(area.top, column));
    const heading = String(cell?.value ?? "");
    let unique = heading;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${heading}${n}`;
    seen.add(unique.toLowerCase());
    if (cell && unique !== heading) cell.value = unique;
  }
}

class MemoryTables extends MemoryObject<MemoryTable[]> {
  protected snapshot(name: string): unknown {
    return name === "items" ? [...this.target()] : undefined;
  }

  override load(request?: LoadRequest): this {
    return super.load(requestedNames(request).some((n) => n.startsWith("items")) ? "items" : request);
  }

  get items(): MemoryTableObject[] {
    return this.read<MemoryTable[]>("items").map((table) => {
      const proxy = new MemoryTableObject(this.context, () => table);
      proxy.load("name");
      proxy.resolveLoads();
      return proxy;
    });
  }

  add(address: string, hasHeaders: boolean): MemoryTableObject {
    let created: MemoryTable | undefined;
    this.context.queue.push(() => {
      const [sheetName, rangeAddress] = address.includes("!")
        ? [
            address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'"),
            address.slice(address.lastIndexOf("!") + 1),
          ]
        : [this.context.state.activeSheet?.name ?? "", address];
      const sheet = sheetNamed(this.context.state, sheetName);
      if (!hasHeaders) throw itemError("InvalidArgument", "Tables without headers are not modelled");
      renameRepeatedHeadings(sheet, parseArea(sheet, rangeAddress));
      created = {
        showFilterButton: true,
        name: `Table${this.context.state.nextId++}`,
        sheet,
        address: areaAddress(parseArea(sheet, rangeAddress)),
      };
      this.context.state.tables.push(created);
    });
    return new MemoryTableObject(this.context, () => {
      if (!created) throw itemError("ItemNotFound", "The table was not created");
      return created;
    });
  }
}

class MemoryTableObject extends MemoryObject<MemoryTable> {
  constructor(
    context: MemoryContext,
    target: () => MemoryTable,
    private readonly missing: () => boolean = () => false,
  ) {
    super(context, target);
  }

  protected override isNull(): boolean {
    return this.missing();
  }

  protected snapshot(name: string): unknown {
    if (this.missing()) return undefined;
    return { name: this.target().name, style: this.target().style }[name];
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.later((table) => {
      if (this.context.state.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase()))
        throw itemError("InvalidArgument", `A table named ${name} exists`);
      table.name = name;
    });
  }
  /** Excel shows a filter button on each heading of a new table, until told not to (ExcelApi 1.3). */
  set showFilterButton(show: boolean) {
    this.later((table) => (table.showFilterButton = show));
  }
  set style(style: string) {
    this.later((table) => (table.style = style));
  }
  get worksheet(): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => this.target().sheet);
  }

  getRange(): MemoryRange {
    return new MemoryRange(this.context, () => parseArea(this.target().sheet, this.target().address));
  }
}

/** A range as a chart's series names it: sheet-qualified, quoted when needed. */
function seriesSource(area: Area): string {
  return `${quoteSheetName(area.sheet.name)}!${areaAddress(area)}`;
}

/** A sheet's charts (ExcelApi 1.1; series ranges 1.7). A protected sheet refuses new charts, as Excel does. */
class MemoryCharts extends MemoryObject<MemorySheet> {
  protected snapshot(name: string): unknown {
    return name === "items" ? this.target().charts.map((chart) => ({ name: chart.name })) : undefined;
  }

  get items(): { name: string }[] {
    return this.read("items");
  }

  /** As Excel: one series per column (or row) of the source, the charts named "Chart 1", "Chart 2"… */
  add(type: string, source: MemoryRange, seriesBy: "Auto" | "Columns" | "Rows"): MemoryChart {
    let created: MemoryChartState | undefined;
    this.later((sheet) => {
      if (sheet.protected) throw itemError("AccessDenied", "The sheet is protected.");
      const area = source.area();
      const byRows = seriesBy === "Rows";
      const series = Array.from({ length: byRows ? area.rows : area.columns }, (_, i) => ({
        values: seriesSource(
          byRows ? { ...area, top: area.top + i, rows: 1 } : { ...area, left: area.left + i, columns: 1 },
        ),
      }));
      created = { name: `Chart ${this.context.state.nextId++}`, type, series };
      sheet.charts.push(created);
    });
    return new MemoryChart(this.context, () => {
      if (!created) throw itemError("ItemNotFound", "The chart was not created");
      return created;
    });
  }
}

class MemoryChart extends MemoryObject<MemoryChartState> {
  protected snapshot(name: string): unknown {
    return name === "name" ? this.target().name : undefined;
  }
  set name(name: string) {
    this.later((chart) => (chart.name = name));
  }
  get title(): { text: string } {
    const later = (call: (chart: MemoryChartState) => void) => this.later(call);
    return {
      set text(text: string) {
        later((chart) => (chart.title = text));
      },
    } as { text: string };
  }
  get legend(): { position: string } {
    const later = (call: (chart: MemoryChartState) => void) => this.later(call);
    return {
      set position(position: string) {
        later((chart) => (chart.legendPosition = position));
      },
    } as { position: string };
  }

  setPosition(start: string, end: string): void {
    this.later((chart) => (chart.position = `${start}:${end}`));
  }

  get series(): MemorySeriesCollection {
    return new MemorySeriesCollection(this.context, this.target);
  }
}

class MemorySeriesCollection extends MemoryObject<MemoryChartState> {
  protected snapshot(name: string): unknown {
    return name === "count" ? this.target().series.length : undefined;
  }

  getItemAt(index: number): MemorySeries {
    return new MemorySeries(this.context, () => {
      const series = this.target().series[index];
      if (!series) throw itemError("ItemNotFound", `The chart has no series ${index}`);
      return series;
    });
  }

  add(name?: string): MemorySeries {
    let created: MemoryChartState["series"][number] | undefined;
    this.later((chart) => chart.series.push((created = name === undefined ? {} : { name })));
    return new MemorySeries(this.context, () => created!);
  }
}

class MemorySeries extends MemoryObject<MemoryChartState["series"][number]> {
  protected snapshot(name: string): unknown {
    return name === "name" ? this.target().name : undefined;
  }
  set name(name: string) {
    this.later((series) => (series.name = name));
  }
  setValues(source: MemoryRange): void {
    this.later((series) => (series.values = seriesSource(source.area())));
  }
  setXAxisValues(source: MemoryRange): void {
    this.later((series) => (series.xValues = seriesSource(source.area())));
  }
}

class MemoryXmlParts extends MemoryObject<MemoryState["xmlParts"]> {
  protected snapshot(name: string): unknown {
    return name === "items" ? [...this.target()] : undefined;
  }

  override load(request?: LoadRequest): this {
    return super.load(requestedNames(request).some((n) => n.startsWith("items")) ? "items" : request);
  }

  get items(): MemoryXmlPart[] {
    return this.read<MemoryState["xmlParts"]>("items").map((part) => {
      const proxy = new MemoryXmlPart(this.context, () => part);
      proxy.load("id");
      proxy.resolveLoads();
      return proxy;
    });
  }

  add(xml: string): MemoryXmlPart {
    const namespace = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
    const part = { id: `{BC06-XML-${this.context.state.nextId++}}`, namespace, xml };
    this.context.queue.push(() => this.context.state.xmlParts.push(part));
    return new MemoryXmlPart(this.context, () => part);
  }

  getByNamespace(namespace: string): MemoryXmlParts {
    return new MemoryXmlParts(this.context, () =>
      this.context.state.xmlParts.filter((p) => p.namespace === namespace),
    );
  }

  getItem(id: string): MemoryXmlPart {
    return new MemoryXmlPart(this.context, () => {
      const part = this.context.state.xmlParts.find((p) => p.id === id);
      if (!part) throw itemError("ItemNotFound", `No XML part ${id}`);
      return part;
    });
  }
}

class MemoryXmlPart extends MemoryObject<MemoryState["xmlParts"][number]> {
  protected snapshot(name: string): unknown {
    return name === "id" ? this.target().id : undefined;
  }

  get id(): string {
    return this.read("id");
  }

  getXml(): MemoryClientResult<string> {
    return new MemoryClientResult(this.context, () => this.target().xml);
  }

  setXml(xml: string): void {
    this.later((part) => (part.xml = xml));
  }

  delete(): void {
    this.later(
      (part) => (this.context.state.xmlParts = this.context.state.xmlParts.filter((p) => p !== part)),
    );
  }
}

/** An in-memory Excel: `run` works like Excel.run, over a workbook state that outlives each run. */
export class MemoryExcel {
  readonly contexts: MemoryContext[] = [];
  /**
   * Fault injection: the next sync that runs more than this many queued calls fails after them, keeping what ran,
   * as Excel does when a call in a batch fails (a payload limit, a lost connection).
   */
  failAfterCalls?: number;
  /** The most a sync answers, as Excel on the web (5 MB); undefined answers any size, as Excel on Windows and Mac. */
  responseLimit: number | undefined = EXCEL_ON_THE_WEB_LIMIT;

  constructor(readonly state: MemoryState = emptyState()) {}

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new MemoryContext(
      this.state,
      () => {
        const limit = this.failAfterCalls;
        if (limit === undefined) return undefined;
        return (ran: number) => {
          if (ran < limit) return;
          this.failAfterCalls = undefined;
          throw itemError("GeneralException", "An internal error has occurred.");
        };
      },
      this.responseLimit,
    );
    this.contexts.push(context);
    const result = await batch(context as unknown as Excel.RequestContext);
    await context.sync(); // Excel.run syncs what is left queued
    return result;
  }

  /** Syncs refused as over the size limit by all runs so far. */
  get refusedCount(): number {
    return this.contexts.reduce((n, c) => n + c.refusedCount, 0);
  }

  /** Syncs made by all runs so far (the final implicit sync of each run not counted). */
  get syncCount(): number {
    return this.contexts.reduce((n, c) => n + c.syncCount - 1, 0);
  }

  /** The user types a value into a cell: Excel recalculates, then tells the onChanged handlers (as the user's edit). */
  async type(sheet: string, address: string, value: string | number): Promise<void> {
    const target = sheetNamed(this.state, sheet);
    const typed: MemoryCell = { ...target.cells.get(address), value };
    delete typed.formula;
    target.cells.set(address, typed);
    if (this.state.calculationMode !== "Manual") recalculate(this.state);
    const event = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: target.id,
      address,
    } as unknown as Excel.WorksheetChangedEventArgs;
    await Promise.all([...this.state.changeHandlers].map((handler) => handler(event)));
  }

  /**
   * The user inserts whole rows above `row`: the cells, tables and conditional formats below move down. Formulas are
   * not rewritten (keep Manual calculation in a test that recalculates after this).
   */
  insertRows(sheet: string, row: number, count: number): void {
    const target = sheetNamed(this.state, sheet);
    const moved = (address: string) => {
      const at = parseA1(address)!;
      return at.row >= row ? a1(at.row + count, at.column) : address;
    };
    target.cells = new Map([...target.cells].map(([address, cell]) => [moved(address), cell]));
    const movedArea = (address: string) => address.split(":").map(moved).join(":");
    for (const table of this.state.tables)
      if (table.sheet === target) table.address = movedArea(table.address);
    for (const format of target.conditionalFormats) format.address = movedArea(format.address);
    target.merges = target.merges.map(movedArea);
  }

  cell(sheet: string, address: string): MemoryCell | undefined {
    return sheetNamed(this.state, sheet).cells.get(address);
  }

  sheet(name: string): MemorySheet {
    return sheetNamed(this.state, name);
  }

  /** A1 address helper for tests and the sample. */
  static address = a1;
}

/** The pane's session over the test double, supporting every API set BC06 uses. */
export function memorySession(excel: MemoryExcel): WorkbookSession {
  return createSession(
    (batch) => excel.run(batch),
    () => true,
  );
}

/** The application: its calculation mode and calculation. */
class MemoryApplication extends MemoryObject<MemoryState> {
  protected snapshot(name: string): unknown {
    return name === "calculationMode" ? (this.target().calculationMode ?? "Automatic") : undefined;
  }

  get calculationMode(): string {
    return this.read("calculationMode");
  }

  calculate(calculationType: string): void {
    this.context.queue.push(() => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
        throw itemError("InvalidArgument", `Unknown calculation type ${calculationType}`);
      recalculate(this.target());
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.queue.push(() => this.context.calculationSuspensions++);
  }
}

/** A sheet's protection: while on, Excel refuses to change its cells and formats (conditional formats included). */
class MemoryWorksheetProtection extends MemoryObject<MemorySheet> {
  protected snapshot(name: string): unknown {
    return name === "protected" ? Boolean(this.target().protected) : undefined;
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

function refuseIfSheetProtected(sheet: MemorySheet): void {
  if (sheet.protected)
    throw itemError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
}

/** The workbook's structure protection: while on, Excel refuses to add, delete or rename sheets. */
class MemoryWorkbookProtection extends MemoryObject<MemoryState> {
  protected snapshot(name: string): unknown {
    return name === "protected" ? Boolean(this.target().structureProtected) : undefined;
  }

  get protected(): boolean {
    return this.read("protected");
  }
}
