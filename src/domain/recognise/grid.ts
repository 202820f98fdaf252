// A sheet as rows of cells with its merged areas, for finding tables in it.
import { isFigureValue, parseNumberLike } from "./values";
import type { CellSnapshot, CellValue, SheetSnapshot } from "../workbook";

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "C12" → [12, 3] without a regular expression: every cell of every sheet goes through here. */
export function position(address: string): [number, number] {
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  let row = 0;
  for (; i < address.length; i++) row = row * 10 + address.charCodeAt(i) - 48;
  return [row, column];
}

export function parseArea(range: string): Area | undefined {
  const [from, to = from] = range.replace(/\$/g, "").toUpperCase().split(":");
  const [top, left] = position(from);
  const [bottom, right] = position(to);
  if (!top || !left || !bottom || !right) return undefined;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

export const inArea = (area: Area, row: number, column: number) =>
  row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;

/** Merged areas larger than this are titles or banners: their covered cells are not indexed one by one. */
const MAX_INDEXED_MERGE = 4096;

/** The cells of a sheet outside some excluded areas (BC06's own tables), by row, with merged areas. */
export class SheetGrid {
  readonly rows = new Map<number, Map<number, CellSnapshot>>();
  /** Merged areas by their top-left cell, and the top-left cell covering each other merged cell. */
  private readonly mergeAt = new Map<number, Area>();
  private readonly coveredBy = new Map<number, Area>();

  constructor(
    readonly sheet: SheetSnapshot,
    cells: [number, number, CellSnapshot][],
    merges: Area[],
  ) {
    for (const [row, column, cell] of cells) {
      let line = this.rows.get(row);
      if (!line) this.rows.set(row, (line = new Map()));
      line.set(column, cell);
    }
    for (const merge of merges) {
      this.mergeAt.set(cellKey(merge.top, merge.left), merge);
      if ((merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) > MAX_INDEXED_MERGE) continue;
      for (let r = merge.top; r <= merge.bottom; r++)
        for (let c = merge.left; c <= merge.right; c++)
          if (r !== merge.top || c !== merge.left) this.coveredBy.set(cellKey(r, c), merge);
    }
  }

  cell(row: number, column: number): CellSnapshot | undefined {
    return this.rows.get(row)?.get(column);
  }

  /** The merged area whose top-left cell this is, if any. */
  mergeFrom(row: number, column: number): Area | undefined {
    return this.mergeAt.get(cellKey(row, column));
  }

  /** The merged area covering this cell (not its top-left one), if any. */
  covering(row: number, column: number): Area | undefined {
    return this.coveredBy.get(cellKey(row, column));
  }

  /** The value shown at a cell: a merged area shows its top-left cell's value in every cell it covers. */
  shown(row: number, column: number): CellValue | undefined {
    const merge = this.covering(row, column);
    return merge ? this.cell(merge.top, merge.left)?.value : this.cell(row, column)?.value;
  }

  /** The text shown at a cell (not a figure), trimmed; undefined for blanks and figures. */
  text(row: number, column: number): string | undefined {
    const value = this.shown(row, column);
    if (typeof value !== "string") return undefined;
    const trimmed = value.trim();
    return trimmed && parseNumberLike(trimmed) === undefined ? trimmed : undefined;
  }

  /** Whether the cell itself (not a merged area over it) holds a figure: a number or a number typed as text. */
  isFigure(row: number, column: number): boolean {
    return isFigureValue(this.cell(row, column)?.value);
  }

  isBlank(row: number, column: number): boolean {
    const value = this.shown(row, column);
    return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
  }

  /** Row numbers that hold anything, in order. */
  rowNumbers(): number[] {
    return [...this.rows.keys()].sort((a, b) => a - b);
  }
}

/** One number per cell, for maps keyed by position. */
export function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}
