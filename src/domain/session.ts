// What the task pane asks of a workbook: Excel itself (src/excel) or the file the standalone page opened (src/xlsx).
import type { UnitTable } from "./consolidate";
import type { Language } from "./i18n";
import { correctionFor, type MetadataRecord, type TableCorrection } from "./metadata";
import { cellKey, type CellRef, type CheckResult, type Issue, issueKey } from "./rules";
import type { Template } from "./templates";
import type { NativeChartSkipped } from "./overview";
import type { LocatedTable, TableHeader, WorkbookSnapshot } from "./workbook";

/** A BC06 record kept in the workbook, with the id of the part holding it. */
export interface StoredRecord {
  partId: string;
  record: MetadataRecord;
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  records: StoredRecord[];
  /** Sheets read only in part because of their size. */
  truncated: { sheet: string; rows: number }[];
  /** The workbook was in Manual calculation: Excel recalculated its formulas before they were read. */
  recalculated?: boolean;
}

export interface Inserted {
  sheet: string;
  /** The Excel table's name; absent in a file the standalone page writes, which holds the cells alone. */
  table?: string;
  /** The table's range, "Sheet!A10:L36". */
  address: string;
  /** Whether input cells got data validation. */
  validated: boolean;
}

export interface WorkbookSession {
  read(): Promise<WorkbookRead>;
  insert(template: Template, header: TableHeader, language: Language): Promise<Inserted>;
  /**
   * Selects the cells. Given the read they come from, they are found again where they are now (Excel: rows may have
   * been inserted since the check); the same for `highlight`.
   */
  select(cells: CellRef[], from?: WorkbookRead): Promise<void>;
  /** Marks the cells at fault; the number of cells marked. */
  highlight(issues: Issue[], from?: WorkbookRead): Promise<number>;
  clearHighlights(): Promise<number>;
  writeReport(result: CheckResult, language: Language): Promise<string>;
  acknowledge(issue: Issue, reason: string): Promise<void>;
  /** A new summary of the unit tables, with live formulas that add their cells by row and column id. */
  insertSummary(
    template: Template,
    header: TableHeader,
    units: UnitTable[],
    language: Language,
  ): Promise<Inserted>;
  /** Rewrites an existing summary's formulas over the unit tables there are now. */
  refreshSummary(template: Template, summary: LocatedTable, units: UnitTable[]): Promise<number>;
  /** Keeps the user's correction of a recognised table in the workbook (the next check reads it). */
  correctTable(correction: TableCorrection): Promise<void>;
  /**
   * Excel's own charts of the tables, bound to their cells, found where the tables are now. Absent where the host
   * cannot (the standalone page; Excel before ExcelApi 1.7).
   */
  insertCharts?(placement: ChartPlacement, language: Language): Promise<ChartsInserted>;
  /**
   * Live checking: `onEdited` hears of the sheets (ids or names) the user edits, until the returned stop is called.
   * Absent where no edit can be heard of (the standalone page; Excel before ExcelApi 1.9).
   */
  watch?(onEdited: (sheets: string[]) => void): Promise<() => Promise<void>>;
  /** The workbook after edits to these sheets, checked by `check`; with `marks`, BC06's marks on them redrawn. */
  recheck?(
    previous: WorkbookRead,
    sheets: string[],
    check: (read: WorkbookRead) => CheckResult,
    marks: boolean,
  ): Promise<Rechecked>;
}

/** Where "Chèn biểu đồ" puts Excel's charts: a new sheet of their own, or beside each table. */
export type ChartPlacement = "sheet" | "beside";

export interface ChartsInserted {
  /** Each chart added: its title, the sheet it is on and the cells it covers. */
  inserted: { title: string; sheet: string; cells: string }[];
  /** Charts of the overview Excel cannot draw from the tables as they are laid out. */
  skipped: NativeChartSkipped[];
}

/** A live re-check: the workbook as it is now, its check, and the edited sheets whose marks could not follow. */
export interface Rechecked {
  read: WorkbookRead;
  result: CheckResult;
  /** Protected sheets: their marks stay as they were. */
  unmarked: string[];
}

/** The reason a user gave for an issue, if they acknowledged it (same rule, same cells). */
export function acknowledgementOf(issue: Issue, records: StoredRecord[]): string | undefined {
  const key = issueKey(issue);
  for (const { record } of records)
    if (record.kind === "acknowledgement" && `${record.ruleId}|${record.cells.join("|")}` === key)
      return record.reason;
  return undefined;
}

/** The record of a warning the user acknowledged, with the reason. */
export function acknowledgementRecord(issue: Issue, reason: string, at: Date): MetadataRecord {
  return {
    kind: "acknowledgement",
    ruleId: issue.ruleId,
    cells: issue.cells.map(cellKey),
    reason,
    at: at.toISOString(),
  };
}

/**
 * A user's correction of a recognised table, as a change to the records: the earlier corrections of the same table it
 * replaces, and the record to add (none for a correction with nothing in it, which only removes).
 */
export function correctionChange(
  records: StoredRecord[],
  correction: TableCorrection,
): { replaced: StoredRecord[]; added?: MetadataRecord } {
  const replaced = records.filter(
    ({ record }) => record.kind === "mapping" && correctionFor([record], correction),
  );
  const { ignore, templateId, lines = {} } = correction;
  const added =
    ignore || templateId || Object.keys(lines).length > 0
      ? { kind: "mapping" as const, ...correction }
      : undefined;
  return { replaced, ...(added ? { added } : {}) };
}
