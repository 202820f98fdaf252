// A user's corrections of recognised tables, kept in the workbook, and how each finds its table again. Apart from the
// rest of recognition, which loads with the first check.

/** A user's correction of a recognised table, kept in the workbook (metadata record "mapping"). */
export interface TableCorrection {
  sheet: string;
  /** The table's top-left heading cell when it was corrected ("B5"). */
  anchor: string;
  /** Its heading texts, which find it again when rows were inserted above it. */
  signature: string;
  /** "Không phải bảng báo cáo": listed, not checked. */
  ignore?: boolean;
  templateId?: string;
  /** A line's key → the template column or row it is, or "" for "not checked". */
  lines?: Record<string, string>;
}

/** A table as corrections know it: its sheet, its top-left heading cell, and its heading texts. */
export type TableKey = Pick<TableCorrection, "sheet" | "anchor" | "signature">;

/**
 * The correction kept for a table: same sheet, and the same heading cell or the same headings (rows inserted
 * above it move its cell, not its headings).
 */
export function correctionFor(corrections: TableCorrection[], table: TableKey): TableCorrection | undefined {
  return corrections.find(
    (c) =>
      c.sheet === table.sheet &&
      (c.anchor === table.anchor || (table.signature !== "" && c.signature === table.signature)),
  );
}
