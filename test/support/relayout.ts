// A filled BC06 table laid out again as an official would: no row-id column or header block, a title, columns in
// another order under the wordings officials use (some under a merged "Trong đó"), rates as percent points, only
// the rows that have figures, starting anywhere. For the metamorphic test and the bench.
import { serviceById } from "../../src/domain/catalog";
import { cellApplies, cellKind, type TableValues, type Template } from "../../src/domain/templates";
import { a1 } from "../../src/domain/workbook";
import type { Cell, SheetSpec } from "../fixtures/own-layouts/dsl";

export interface Relaid {
  sheet: SheetSpec;
  /** Where each template cell went: "rowId|columnId" → A1. */
  cells: Map<string, string>;
}

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)];

function shuffle<T>(items: T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const TOTALS = ["Tổng cộng", "Cộng", "Tổng số", "Tổng"];

/** How the row is written: a service by one of its known names, another row by its label or an alias. */
function rowLabel(template: Template, rowId: string, next: () => number): string {
  const row = template.rows.find((r) => r.id === rowId)!;
  if (row.total) return pick(TOTALS, next);
  const service = row.catalogId ? serviceById(row.catalogId) : undefined;
  if (service) return pick([service.name, service.shortName, ...service.nameVariants], next);
  return pick([row.label.vi, ...(row.aliases ?? [])], next);
}

function heading(template: Template, columnId: string, next: () => number): string {
  const column = template.columns.find((c) => c.id === columnId)!;
  return pick([column.label.vi, ...(column.aliases ?? []), ...(column.broadAliases ?? [])], next);
}

/**
 * `values` are the table as Excel shows it (computed cells included, typed mistakes in place). Rows with no figure
 * are left out; text columns too.
 */
export function relayout(template: Template, values: TableValues, name: string, next: () => number): Relaid {
  // Rows with a figure, and rows written down but left blank (null).
  const rows = template.rows.filter((row) =>
    Object.values(values[row.id] ?? {}).some((v) => typeof v === "number" || v === null),
  );
  const numeric = template.columns.filter(
    (column) =>
      column.kind !== "text" &&
      rows.some((row) => cellApplies(row, column) && typeof values[row.id]?.[column.id] === "number"),
  );
  const order = shuffle(
    numeric.map((c) => c.id),
    next,
  );
  const pair = ["truc_tiep", "truc_tuyen"];
  // "Trong đó" says its columns are parts of the one before it: the total dossiers, as officials write it.
  const first = Math.min(order.indexOf(pair[0]), order.indexOf(pair[1]));
  const grouped =
    next() < 0.6 &&
    Math.abs(order.indexOf(pair[0]) - order.indexOf(pair[1])) === 1 &&
    order.includes(pair[0]) &&
    order[first - 1] === "tong_ho_so";
  const top = 2 + Math.floor(next() * 4);
  const left = 1 + Math.floor(next() * 3);
  const headingRows = grouped ? 2 : 1;
  const firstRow = top + headingRows;
  const cells = new Map<string, string>();
  const header: Cell[][] = grouped ? [[], []] : [[]];
  header[0].push("STT", pick(["Nội dung", "Tên dịch vụ công", "Chỉ tiêu", "Danh mục"], next));
  if (grouped) header[1].push(null, null);
  const merges: string[] = [];
  order.forEach((id, i) => {
    const column = left + 2 + i;
    const parentFirst = grouped && id === order[Math.min(order.indexOf(pair[0]), order.indexOf(pair[1]))];
    if (grouped && pair.includes(id)) {
      header[0].push(parentFirst ? "Trong đó" : null);
      header[1].push(heading(template, id, next));
      if (parentFirst) merges.push(`${a1(top, column)}:${a1(top, column + 1)}`);
    } else {
      header[0].push(heading(template, id, next));
      if (grouped) {
        header[1].push(null);
        merges.push(`${a1(top, column)}:${a1(top + 1, column)}`);
      }
    }
  });
  if (grouped)
    merges.push(`${a1(top, left)}:${a1(top + 1, left)}`, `${a1(top, left + 1)}:${a1(top + 1, left + 1)}`);
  let number = 0;
  const body = rows.map((row, r) => {
    const line: Cell[] = [row.total ? null : ++number, rowLabel(template, row.id, next)];
    order.forEach((id, i) => {
      const column = template.columns.find((c) => c.id === id)!;
      const value = values[row.id]?.[id];
      cells.set(`${row.id}|${id}`, a1(firstRow + r, left + 2 + i));
      if (typeof value !== "number") return line.push(null);
      line.push(cellKind(column, row) === "percent" ? Math.round(value * 10_000) / 100 : value);
    });
    return line;
  });
  const title: Cell[][] = [[`UBND ${name.toUpperCase()}`], ["BÁO CÁO KẾT QUẢ THỰC HIỆN ĐỀ ÁN 06"]];
  return {
    sheet: {
      name: "Báo cáo",
      blocks: [
        { at: "A1", rows: title.slice(0, Math.min(2, top - 1)) },
        { at: a1(top, left), rows: [...header, ...body] },
      ],
      merges,
    },
    cells,
  };
}
