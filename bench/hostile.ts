// Hostile workbooks, generated from a seed (the same seed gives the same workbook): what officials' files really
// hold, and worse. Used by the hostile-input tests in CI-sized batches, by the long run (scripts/hostile.sh) and by
// the bench's throughput figure.
import { computeTable, planTable, planToSheet, TEMPLATES, type TableValues } from "../src/domain/templates";
import {
  a1,
  type CellSnapshot,
  type CellValue,
  freeSheetName,
  type LocatedTable,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../src/domain/workbook";
import { toSnapshot } from "../test/fixtures/own-layouts/dsl";
import { relayout } from "../test/support/relayout";
import { random } from "./province";

// Names Excel allows (≤ 31 characters, no []:*?/\, no apostrophe at either end) but code often mishandles.
const SHEET_NAMES = [
  "DVC thiết yếu",
  "Bob's sheet",
  "Xã A 😀",
  "Đề án 06",
  "e\u0301\u0302",
  "Bob's 'quoted' sheet",
  "A".repeat(27),
  "Sheet (2)",
  "Tổng hợp",
  "Kết quả kiểm tra",
  "<img src=x onerror=alert()>", // 27 characters: room for " (2)"
];

const HOSTILE_VALUES: CellValue[] = [
  { error: "#DIV/0!" },
  { error: "#REF!" },
  { error: "#N/A" },
  { error: "#VALUE!" },
  1e308,
  -1e308,
  -0,
  5e-324,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1.174,
  12.5,
  -3,
  44567, // a date serial in a count cell
  "1.174",
  "1,234,567",
  "51,85%",
  "Không",
  "Chưa thực hiện",
  "Không thuộc thẩm quyền",
  "<img src=x onerror=alert(1)>",
  "e\u0301\u{1F600}",
  "x".repeat(10_000),
  "",
  true,
  false,
  null,
];

const FORMATS = [undefined, "General", "#,##0", "0.00%", "dd/mm/yyyy", "@", "[$-42A]dd/mm/yyyy", '0.00" đ"'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function hostileCell(next: () => number): CellSnapshot {
  const cell: CellSnapshot = { value: pick(next, HOSTILE_VALUES) };
  const format = pick(next, FORMATS);
  if (format) cell.numberFormat = format;
  if (next() < 0.2)
    cell.formula = pick(next, ["='Missing sheet'!A1", "=SUM(A1:A1048576)", "=1/0", '=INDIRECT("x")']);
  return cell;
}

/** A template table, filled with plausible figures, then damaged: hostile cells, moved rows, tampered location. */
function damagedTable(next: () => number, name: string): { sheet: SheetSnapshot; table: LocatedTable } {
  const template = pick(next, TEMPLATES);
  const values: TableValues = {};
  for (const row of template.rows)
    for (const column of template.columns)
      if (next() < 0.5) (values[row.id] ??= {})[column.id] = Math.floor(next() * 500);
  const plan = planTable(
    template,
    name,
    { unit: `Xã ${Math.floor(next() * 5)}`, level: pick(next, ["xa", "huyen", "tinh"] as const) },
    values,
  );
  const sheet = planToSheet(plan);
  const addresses = [...plan.cells.keys()];
  const damage = Math.floor(next() * 40);
  for (let i = 0; i < damage; i++) sheet.cells.set(pick(next, addresses), hostileCell(next));
  let table: LocatedTable = { ...plan.location, origin: next() < 0.5 ? "bc06" : "detected" };
  const tamper = next();
  if (tamper < 0.1) table = { ...table, templateId: "khong_co_mau" };
  else if (tamper < 0.2)
    table = {
      ...table,
      rows: Object.fromEntries(Object.entries(table.rows).map(([id, r]) => [id, r + 1_048_000])),
    };
  else if (tamper < 0.3) table = { ...table, columns: {} };
  else if (tamper < 0.4)
    table = {
      ...table,
      header: { level: "thon" as never, from: "2025-13-45", to: "abc", cutoff: undefined },
    };
  else if (tamper < 0.5) table = { ...table, sheet: "Trang đã xóa" };
  return { sheet, table };
}

const MERGES = ["A1:XFD1048576", "D5:B2", "A1:A1", "B2:C3", "B3:C4", "ZZZZ1:A0", "C1:C1048576", "A2:E2"];

/** An official's own table, laid out by hand, then damaged: hostile cells, and merged areas of every shape. */
function damagedOwnTable(next: () => number, name: string): SheetSnapshot {
  const template = pick(next, TEMPLATES);
  const values: TableValues = {};
  for (const row of template.rows)
    for (const column of template.columns)
      if (next() < 0.5) (values[row.id] ??= {})[column.id] = Math.floor(next() * 500);
  const { sheet } = relayout(template, computeTable(template, values), "Xã A", next);
  const own = toSnapshot({ sheets: [{ ...sheet, name }] }).sheets[0];
  const addresses = [...own.cells.keys()];
  for (let i = Math.floor(next() * 20); i > 0; i--) own.cells.set(pick(next, addresses), hostileCell(next));
  for (let i = Math.floor(next() * 4); i > 0; i--) own.merges!.push(pick(next, MERGES));
  return own;
}

/**
 * A hostile workbook: no sheets at all, sheets with odd names, hidden sheets, cells in the last row and column Excel
 * has, damaged BC06 tables and officials' own tables, and now and then two thousand sheets (`big`; slow paths leave
 * them out).
 */
export function hostileWorkbook(seed: number, { big = true } = {}): WorkbookSnapshot {
  const next = random(seed);
  const sheets: SheetSnapshot[] = [];
  const tables: LocatedTable[] = [];
  const count = next() < 0.05 ? 0 : 1 + Math.floor(next() * 5);
  for (let i = 0; i < count; i++) {
    const name = freeSheetName(
      pick(next, SHEET_NAMES),
      sheets.map((s) => s.name),
    );
    const kind = next();
    if (kind < 0.2) sheets.push({ ...damagedOwnTable(next, name), hidden: next() < 0.2 });
    else if (kind < 0.65) {
      const { sheet, table } = damagedTable(next, name);
      sheets.push({ ...sheet, hidden: next() < 0.2 });
      tables.push(table);
      if (next() < 0.2) tables.push({ ...table }); // the same table located twice
    } else {
      const cells = new Map<string, CellSnapshot>();
      for (let c = Math.floor(next() * 30); c > 0; c--) {
        const column = next() < 0.01 ? "XFD" : pick(next, ["A", "B", "C", "Z"]);
        cells.set(`${column}${1 + Math.floor(next() * 60)}`, hostileCell(next));
      }
      if (next() < 0.03) cells.set("A1048576", { value: "cuối trang" }); // a used range of 1,048,576 rows
      sheets.push({ name, cells, hidden: next() < 0.2 });
    }
  }
  if (big && next() < 0.01)
    for (let i = 0; i < 2000; i++) sheets.push({ name: `S${i}`, cells: new Map([["A1", { value: i }]]) });
  const planted = plantedMistake(seed);
  sheets.push(planted.sheet);
  tables.push(planted.table);
  return { sheets, tables };
}

/** The sheet every hostile workbook also holds: a sound DVC table with one mistake, which a check must find. */
export const PLANTED_SHEET = "Cài sẵn một lỗi";

/**
 * The seed's planted mistake: in a service's row, direct and online applications that do not add up to the total.
 * Drawn from its own stream, so that the hostile workbooks stay as they were.
 */
export function plantedMistake(seed: number): {
  sheet: SheetSnapshot;
  table: LocatedTable;
  /** The total that does not add up: the cell a check must name. */
  address: string;
} {
  const next = random(seed * 7919 + 1);
  const template = TEMPLATES.find((t) => t.id === "dvc25")!;
  const row = pick(
    next,
    template.rows.filter((r) => !r.total),
  );
  const direct = 1 + Math.floor(next() * 300);
  const online = 1 + Math.floor(next() * 300);
  const total = direct + online + (next() < 0.5 ? -1 : 1) * (1 + Math.floor(next() * 20));
  const values: TableValues = {
    [row.id]: { tong_ho_so: total, truc_tiep: direct, truc_tuyen: online, da_giai_quyet: 0 },
  };
  const plan = planTable(template, PLANTED_SHEET, { unit: "Xã Cài Sẵn", level: "xa" }, values);
  const table = { ...plan.location, origin: "bc06" as const };
  const address = a1(table.rows[row.id], table.columns.tong_ho_so);
  return { sheet: planToSheet(plan), table, address };
}
