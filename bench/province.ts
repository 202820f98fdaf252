// A province-scale workbook: one summary and its unit tables (DVC, CCCD, ĐDĐT, cleaning), with realistic figures
// and a few planted mistakes, built from the templates as the add-in would insert them.
import {
  planTable,
  planToSheet,
  templateById,
  type TableValues,
  type Template,
} from "../src/domain/templates";
import type { LocatedTable, SheetSnapshot, TableHeader, WorkbookSnapshot } from "../src/domain/workbook";

export const TEMPLATE_IDS = ["dvc25", "cccd", "dddt", "lam_sach"];

/** A small deterministic generator (xorshift), so every run checks the same workbook; nearby seeds diverge at once. */
export function random(seed: number): () => number {
  let state = Math.imul(seed, 2654435761) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export function unitValues(template: Template, next: () => number): TableValues {
  const values: TableValues = {};
  const int = (max: number) => Math.floor(next() * max);
  switch (template.id) {
    case "dvc25":
      for (const row of template.rows.filter((r) => !r.total)) {
        const online = int(60);
        const direct = int(80);
        const resolved = Math.max(0, online + direct - int(3));
        values[row.id] = {
          tong_ho_so: online + direct,
          truc_tiep: direct,
          truc_tuyen: online,
          da_giai_quyet: resolved,
          tra_dung_han: resolved - int(2),
        };
      }
      break;
    case "cccd":
      values.thu_nhan = { trong_ky: 200 + int(100), luy_ke: 5000 + int(2000) };
      values.cap_lan_dau = { trong_ky: int(100), luy_ke: 3000 };
      values.truyen_du_lieu = { trong_ky: 150, luy_ke: 4900 };
      values.tra_the = { trong_ky: 100, luy_ke: 4800 };
      values.chi_tieu = { luy_ke: 7000 };
      break;
    case "dddt":
      values.dang_ky_m1 = { trong_ky: 100, luy_ke: 2000 };
      values.thu_nhan_m2 = { trong_ky: 120, luy_ke: 3000 };
      values.phe_duyet_m1 = { trong_ky: 90, luy_ke: 1800 };
      values.phe_duyet_m2 = { trong_ky: 110, luy_ke: 2800 };
      values.kich_hoat_m1 = { trong_ky: int(50), luy_ke: 1000 + int(500) };
      values.kich_hoat_m2 = { trong_ky: int(80), luy_ke: 2000 + int(500) };
      values.chi_tieu_kich_hoat = { luy_ke: 3000 };
      break;
    case "lam_sach":
      for (const row of template.rows.filter((r) => !r.formula)) values[row.id] = { so_lieu: int(200) };
      makeSplitsAddUp(template, values);
      break;
  }
  return values;
}

/** Sets each split's total to the sum of its parts (nested splits: twice), and caps parts at their whole. */
function makeSplitsAddUp(template: Template, values: TableValues): void {
  const figure = (id: string) => Number(values[id]?.so_lieu ?? 0);
  for (let pass = 0; pass < 2; pass++) {
    for (const rule of template.rules) {
      if (rule.kind === "sum")
        values[rule.left[0]] = { so_lieu: rule.right.reduce((acc, id) => acc + figure(id), 0) };
      if (rule.kind === "less-or-equal")
        values[rule.left[0]] = { so_lieu: Math.min(figure(rule.left[0]), figure(rule.right[0])) };
    }
  }
}

/** Adds the units' input figures cell by cell, as a correct summary would hold them. */
function sumValues(template: Template, units: TableValues[]): TableValues {
  const total: TableValues = {};
  for (const row of template.rows) {
    for (const column of template.columns) {
      const figures = units
        .map((u) => u[row.id]?.[column.id])
        .filter((v): v is number => typeof v === "number");
      if (figures.length) (total[row.id] ??= {})[column.id] = figures.reduce((a, b) => a + b, 0);
    }
  }
  return total;
}

/** Plants a typo in about one row in fifty, as real reports have them. */
export function plantMistakes(values: TableValues, next: () => number): void {
  for (const row of Object.values(values)) {
    if (next() < 0.02 && typeof row.tong_ho_so === "number") row.tong_ho_so += 10;
    if (next() < 0.005 && typeof row.so_lieu === "number") row.so_lieu = row.so_lieu + 0.5;
  }
}

export function provinceWorkbook(unitCount: number, seed = 6): WorkbookSnapshot {
  const next = random(seed);
  const sheets: SheetSnapshot[] = [];
  const tables: LocatedTable[] = [];
  const period = { from: "2025-01-01", to: "2025-06-30", cutoff: "2025-06-30" };
  const add = (template: Template, name: string, header: TableHeader, values: TableValues) => {
    const plan = planTable(template, name, header, values);
    sheets.push(planToSheet(plan));
    tables.push(plan.location);
  };
  for (const id of TEMPLATE_IDS) {
    const template = templateById(id)!;
    const units = Array.from({ length: unitCount }, () => unitValues(template, next));
    add(template, `Tỉnh ${id}`, { unit: "Tỉnh mẫu", level: "tinh", ...period }, sumValues(template, units));
    units.forEach((values, i) => {
      plantMistakes(values, next);
      const unit = `Huyện ${String(i + 1).padStart(3, "0")}`;
      add(template, `${unit} ${id}`, { unit, level: "huyen", ...period }, values);
    });
  }
  return { sheets, tables };
}
