// The standalone page's view of the opened workbook, as in Excel: column letters and row numbers, sheet tabs, merged
// cells, values shown the Vietnamese way, the cells at fault outlined in their severity's colour. Read-only; rows
// and columns are virtualised, so a sheet of thousands of rows scrolls smoothly.
import { useVirtualizer } from "@tanstack/react-virtual";
import { type CSSProperties, useEffect, useMemo, useRef, useState } from "react";
import { displayCell } from "../../domain/display";
import { cellsAtFault } from "../../domain/rules/faults";
import type { CellRef, Issue, Severity } from "../../domain/rules";
import { columnLetters, parseA1, type SheetSnapshot, type WorkbookSnapshot } from "../../domain/workbook";
import { strings, type Language } from "../i18n";

const ROW_HEIGHT = 24;
const COLUMN_WIDTH = 96;
const HEADER_WIDTH = 44;
/** Past the used range: a little room, as Excel shows. */
const MARGIN = 3;

/**
 * Fluent's design tokens as the CSS variables FluentProvider sets: this view loads only on the standalone page, and
 * importing Fluent's components into its chunk would make webpack split them out of the pane's own bundle.
 */
const token = (name: string) => `var(--${name})`;
const SEVERITY_COLOUR: Record<Severity, string> = {
  error: token("colorPaletteRedBorder2"),
  warning: token("colorPaletteDarkOrangeBorder2"),
  info: token("colorPaletteBlueBorderActive"),
};

/** The fill of a cell at fault while the pane's highlight switch is on, as the add-in fills it in Excel. */
const SEVERITY_FILL: Record<Severity, string> = {
  error: token("colorPaletteRedBackground1"),
  warning: token("colorPaletteYellowBackground1"),
  info: token("colorPaletteBlueBackground2"),
};

const css: Record<string, CSSProperties> = {
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    minWidth: 0,
    height: "100%",
    width: "100%",
    overflow: "hidden",
    backgroundColor: token("colorNeutralBackground1"),
    color: token("colorNeutralForeground1"),
    fontFamily: token("fontFamilyBase"),
  },
  scroller: { flex: "1 1 0", overflow: "auto", position: "relative", minHeight: 0 },
  cell: {
    position: "absolute",
    boxSizing: "border-box",
    padding: "2px 4px",
    borderRight: `1px solid ${token("colorNeutralStroke3")}`,
    borderBottom: `1px solid ${token("colorNeutralStroke3")}`,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    fontSize: token("fontSizeBase200"),
    lineHeight: "18px",
    backgroundColor: token("colorNeutralBackground1"),
  },
  heading: {
    backgroundColor: token("colorNeutralBackground3"),
    color: token("colorNeutralForeground3"),
    textAlign: "center",
  },
  // Column letters stay on top and row numbers on the left while the sheet scrolls, as in Excel.
  frozenTop: { position: "sticky", top: 0, zIndex: 5, display: "flex" },
  frozenLeft: { position: "sticky", left: 0, zIndex: 4, flexShrink: 0 },
  frozenBand: {
    position: "sticky",
    top: ROW_HEIGHT,
    zIndex: 5,
    display: "flex",
    borderBottom: `2px solid ${token("colorNeutralStroke1")}`,
  },
  band: { position: "relative", backgroundColor: token("colorNeutralBackground1") },
  corner: { position: "sticky", left: 0, zIndex: 6, flexShrink: 0 },
  selected: { outline: `2px solid ${token("colorBrandStroke1")}`, outlineOffset: "-2px", zIndex: 3 },
  tabs: {
    flexShrink: 0,
    display: "flex",
    gap: "2px",
    overflowX: "auto",
    borderTop: `1px solid ${token("colorNeutralStroke2")}`,
    padding: "2px",
  },
  tab: {
    border: "none",
    background: "transparent",
    color: "inherit",
    font: "inherit",
    fontSize: token("fontSizeBase200"),
    padding: "4px 8px",
    cursor: "pointer",
    whiteSpace: "nowrap",
  },
  current: { fontWeight: 600, borderBottom: `2px solid ${token("colorBrandStroke1")}` },
  details: {
    maxHeight: "35%",
    overflowY: "auto",
    flexShrink: 0,
    padding: "6px 8px",
    borderTop: `1px solid ${token("colorNeutralStroke2")}`,
    fontSize: token("fontSizeBase200"),
  },
};

/** The extent of a sheet: its last used row and column. */
function extent(sheet: SheetSnapshot | undefined): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const address of sheet?.cells.keys() ?? []) {
    const at = parseA1(address);
    if (!at) continue;
    rows = Math.max(rows, at.row);
    columns = Math.max(columns, at.column);
  }
  return { rows: rows + MARGIN, columns: Math.max(columns + MARGIN, 8) };
}

/** Merged areas by their top-left cell, and the cells they cover. */
function mergesOf(sheet: SheetSnapshot | undefined) {
  const spans = new Map<string, { rows: number; columns: number }>();
  const covered = new Set<string>();
  for (const range of sheet?.merges ?? []) {
    const [from, to] = range.split(":").map((a) => parseA1(a));
    if (!from || !to) continue;
    spans.set(`${from.row}:${from.column}`, {
      rows: to.row - from.row + 1,
      columns: to.column - from.column + 1,
    });
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.column; c <= to.column; c++)
        if (r !== from.row || c !== from.column) covered.add(`${r}:${c}`);
  }
  return { spans, covered };
}

export interface SheetViewProps {
  snapshot: WorkbookSnapshot;
  /** The latest check's issues: their cells are outlined, and a click on one lists them. */
  issues: Issue[];
  /** The cells the pane selected (an issue clicked): the view shows them. */
  selection?: CellRef[];
  /** The pane's highlight switch: the cells at fault are filled in their severity's colour. */
  highlighted?: boolean;
  language: Language;
}

export function SheetView({ snapshot, issues, selection, highlighted, language }: SheetViewProps) {
  const t = strings(language).sheet;
  const [sheetName, setSheetName] = useState(snapshot.sheets[0]?.name);
  const [chosen, setChosen] = useState<string>();
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = snapshot.sheets.find((s) => s.name === sheetName) ?? snapshot.sheets[0];
  const { rows, columns } = useMemo(() => extent(sheet), [sheet]);
  const merges = useMemo(() => mergesOf(sheet), [sheet]);
  const marks = useMemo(() => cellsAtFault(issues), [issues]);
  const selected = useMemo(() => new Set(selection?.map((c) => `${c.sheet}!${c.address}`)), [selection]);

  // Hidden rows and columns take no room, as in Excel.
  const hiddenRows = useMemo(() => new Set(sheet?.hiddenRows), [sheet]);
  // The frozen rows stay in view below the column letters, as in Excel (past the used range, none).
  const frozenSpans = useMemo(() => {
    const count = Math.min(sheet?.frozenRows ?? 0, rows);
    let start = 0;
    return Array.from({ length: count }, (_, i) => {
      const size = hiddenRows.has(i + 1) ? 0 : ROW_HEIGHT;
      start += size;
      return { index: i, start: start - size, size };
    });
  }, [sheet, rows, hiddenRows]);
  const hiddenColumns = useMemo(() => new Set(sheet?.hiddenColumns), [sheet]);
  const rowVirtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (hiddenRows.has(index + 1) ? 0 : ROW_HEIGHT),
    overscan: 4,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (hiddenColumns.has(index + 1) ? 0 : COLUMN_WIDTH),
    overscan: 2,
  });

  // Another sheet: its own hidden rows and columns.
  useEffect(() => {
    rowVirtualizer.measure();
    columnVirtualizer.measure();
  }, [sheet]); // the virtualisers are stable

  // An issue clicked in the pane: its sheet opened and its first cell scrolled into view.
  useEffect(() => {
    const first = selection?.[0];
    const at = first && parseA1(first.address.split(":")[0].split(",")[0]);
    if (!first || !at) return;
    setSheetName(first.sheet);
    setChosen(`${first.sheet}!${first.address}`);
    requestAnimationFrame(() => {
      rowVirtualizer.scrollToIndex(at.row - 1, { align: "center" });
      columnVirtualizer.scrollToIndex(at.column - 1, { align: "center" });
    });
  }, [selection]); // only a new selection scrolls; the virtualisers are stable

  if (!sheet) return <p style={css.details}>{t.empty}</p>;
  const chosenIssues = (chosen && marks.get(chosen)?.issues) || [];
  const heading = (style: CSSProperties): CSSProperties => ({ ...css.cell, ...css.heading, ...style });
  // Frozen rows that would fill half the view (a narrow window) scroll with the others instead.
  const spansHeight = frozenSpans.reduce((sum, row) => sum + row.size, 0);
  const fits = spansHeight <= (rowVirtualizer.scrollRect?.height ?? 0) / 2 - 2 * ROW_HEIGHT;
  const frozen = fits ? { rows: frozenSpans.length, spans: frozenSpans } : { rows: 0, spans: [] };
  const frozenHeight = fits ? spansHeight : 0;

  /** One cell of the grid at its place; null where a merged area or a hidden row or column covers it. */
  const renderCell = (r: number, c: number, column: Span, row: Span) => {
    if (merges.covered.has(`${r}:${c}`) || row.size === 0 || column.size === 0) return null;
    const address = `${columnLetters(c)}${r}`;
    const key = `${sheet.name}!${address}`;
    const cell = sheet.cells.get(address);
    const span = merges.spans.get(`${r}:${c}`);
    const severity = marks.get(key)?.severity;
    const isSelected = selected.has(key) || chosen === key;
    const shown = displayCell(cell);
    return (
      <div
        key={key}
        role="gridcell"
        aria-colindex={c}
        data-cell={address}
        data-severity={severity}
        aria-selected={isSelected}
        style={{
          ...css.cell,
          ...box(
            column.start,
            row.start,
            span ? span.columns * COLUMN_WIDTH : column.size,
            span ? span.rows * ROW_HEIGHT : row.size,
          ),
          ...(typeof cell?.value === "number" ? { textAlign: "right" } : {}),
          ...(span ? { whiteSpace: "normal", zIndex: 1 } : {}),
          ...(severity
            ? {
                boxShadow: `inset 0 0 0 2px ${SEVERITY_COLOUR[severity]}`,
                cursor: "pointer",
                zIndex: 2,
                ...(highlighted ? { backgroundColor: SEVERITY_FILL[severity] } : {}),
              }
            : {}),
          ...(isSelected ? css.selected : {}),
        }}
        title={cell?.formula ? `${shown}  (${cell.formula})` : shown}
        onClick={() => setChosen(key)}
      >
        {shown}
      </div>
    );
  };

  /** The rows below the frozen ones, as the virtualiser has them in view. */
  const scrolling = rowVirtualizer.getVirtualItems().filter((row) => row.index >= frozen.rows);
  const rowNumbers = (rows: (Span & { index: number })[]) =>
    visible(rows).map((row) => (
      <div key={row.index} style={heading(box(0, row.start, HEADER_WIDTH, row.size))}>
        {row.index + 1}
      </div>
    ));
  // Each row a "row" for assistive technology; display: contents keeps the cells placed by the grid itself.
  const cellsOf = (rows: (Span & { index: number })[]) =>
    rows.map((row) => (
      <div key={row.index} role="row" aria-rowindex={row.index + 1} style={{ display: "contents" }}>
        {columnVirtualizer
          .getVirtualItems()
          .map((column) => renderCell(row.index + 1, column.index + 1, column, row))}
      </div>
    ));

  return (
    <section style={css.root} aria-label={t.region}>
      {/* Focusable, so that the sheet scrolls from the keyboard too. */}
      <div ref={scroller} style={css.scroller} tabIndex={0}>
        <div style={{ width: HEADER_WIDTH + columnVirtualizer.getTotalSize() }}>
          <div style={{ ...css.frozenTop, height: ROW_HEIGHT }}>
            <div
              style={heading({ ...css.corner, position: "sticky", width: HEADER_WIDTH, height: ROW_HEIGHT })}
            />
            <div
              style={{ position: "relative", width: columnVirtualizer.getTotalSize(), height: ROW_HEIGHT }}
            >
              {visible(columnVirtualizer.getVirtualItems()).map((column) => (
                <div key={column.index} style={heading(box(column.start, 0, column.size, ROW_HEIGHT))}>
                  {columnLetters(column.index + 1)}
                </div>
              ))}
            </div>
          </div>
          {frozen.rows > 0 && (
            <div
              data-frozen-rows={frozen.rows}
              style={{ ...css.frozenBand, height: frozenHeight, marginBottom: -frozenHeight }}
            >
              <div style={{ ...css.frozenLeft, width: HEADER_WIDTH, height: frozenHeight }}>
                {rowNumbers(frozen.spans)}
              </div>
              <div
                role="grid"
                aria-label={t.frozen}
                aria-rowcount={rows}
                aria-colcount={columns}
                style={{ ...css.band, width: columnVirtualizer.getTotalSize() }}
              >
                {cellsOf(frozen.spans)}
              </div>
            </div>
          )}
          <div style={{ display: "flex" }}>
            <div style={{ ...css.frozenLeft, width: HEADER_WIDTH, height: rowVirtualizer.getTotalSize() }}>
              {rowNumbers(scrolling)}
            </div>
            <div
              role="grid"
              aria-label={t.label(sheet.name)}
              aria-rowcount={rows}
              aria-colcount={columns}
              style={{
                position: "relative",
                width: columnVirtualizer.getTotalSize(),
                height: rowVirtualizer.getTotalSize(),
              }}
            >
              {cellsOf(scrolling)}
            </div>
          </div>
        </div>
      </div>
      <nav style={css.tabs} aria-label={t.tabs}>
        {snapshot.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            aria-current={s.name === sheet.name ? "page" : undefined}
            style={{ ...css.tab, ...(s.name === sheet.name ? css.current : {}) }}
            onClick={() => setSheetName(s.name)}
          >
            {s.name}
          </button>
        ))}
      </nav>
      {chosenIssues.length > 0 && (
        <div style={css.details} aria-live="polite">
          <strong>{chosen}</strong>
          {chosenIssues.map((issue, i) => (
            <p key={i} style={{ margin: "2px 0" }}>
              {issue.message}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}

const box = (left: number, top: number, width: number, height: number): CSSProperties => ({
  left,
  top,
  width,
  height,
});

/** The rows or columns that take room (hidden ones have none). */
/** A row or column of the grid: where it starts and its size in pixels (0 when hidden). */
interface Span {
  start: number;
  size: number;
}

const visible = <T extends { size: number }>(items: T[]) => items.filter((item) => item.size > 0);
