// Every declared rule can fire: a rule no workbook can trigger is a defect. Each template rule gets a witness table
// built from its own declaration, checked as a BC06 table and laid out again by hand; each global rule a witness
// workbook of its own.
import { random } from "../../bench/province";
import { recogniseWorkbook } from "../../src/domain/recognise";
import { checkWorkbook, GLOBAL_RULES, type Rule } from "../../src/domain/rules";
import {
  cellApplies,
  cellFormula,
  cellKind,
  computeTable,
  type TableValues,
  type Template,
  TEMPLATES,
} from "../../src/domain/templates";
import type { WorkbookSnapshot } from "../../src/domain/workbook";
import { OWN_LAYOUTS } from "../fixtures/own-layouts";
import { toSnapshot } from "../fixtures/own-layouts/dsl";
import { relayout } from "../support/relayout";
import { buildTable, typed, workbookOf } from "../support/workbooks";

const HEADER = {
  unit: "Xã A",
  level: "xa" as const,
  from: "2025-06-01",
  to: "2025-06-30",
  cutoff: "2025-06-30",
};

/** Figures that break the rule at its first row (or column), every other input cell 0. */
function witness(template: Template, rule: Rule): TableValues {
  const items = rule.for === "each-row" ? template.rows : template.columns;
  const at = (item: string, ref: string): [string, string] =>
    rule.for === "each-row" ? [item, ref] : [ref === "*" ? firstDataRow(template, item) : ref, item];
  const applies = (item: string) =>
    refsOf(rule).every((ref) => {
      const [rowId, columnId] = at(item, ref);
      const row = template.rows.find((r) => r.id === rowId);
      const column = template.columns.find((c) => c.id === columnId);
      return row && column && cellApplies(row, column);
    });
  const item = items.find((i) => (!rule.only || rule.only.includes(i.id)) && applies(i.id))!.id;
  const values: TableValues = {};
  const set = (ref: string, value: number | null) => {
    const [rowId, columnId] = at(item, ref);
    (values[rowId] ??= {})[columnId] = value;
  };
  switch (rule.kind) {
    case "sum":
    case "less-or-equal":
      rule.left.forEach((ref, i) => set(ref, i === 0 ? 10 : 0));
      rule.right.forEach((ref, i) => set(ref, i === 0 ? 3 : 0));
      break;
    case "ratio":
      set(rule.part, 1);
      set(rule.whole, 4);
      set(rule.rate, 0.5);
      break;
    case "pair":
      set(rule.refs[0], 5);
      set(rule.refs[1], null);
      break;
  }
  return padded(template, values);
}

const refsOf = (rule: Rule) =>
  rule.kind === "ratio"
    ? [rule.rate, rule.part, rule.whole]
    : rule.kind === "pair"
      ? rule.refs
      : [...rule.left, ...rule.right];

function firstDataRow(template: Template, columnId: string): string {
  const column = template.columns.find((c) => c.id === columnId)!;
  return template.rows.find((row) => !row.total && cellApplies(row, column) && !cellFormula(row, column))!.id;
}

/** Every other input cell 0, so that the table reads as a whole; the witness's own blanks stay blank. */
function padded(template: Template, values: TableValues): TableValues {
  for (const row of template.rows)
    for (const column of template.columns) {
      if (!cellApplies(row, column) || cellFormula(row, column) || cellKind(column, row) !== "count")
        continue;
      if (values[row.id] && column.id in values[row.id]) continue;
      (values[row.id] ??= {})[column.id] = 0;
    }
  return values;
}

const fired = (snapshot: WorkbookSnapshot, ruleId: string, options = {}) =>
  checkWorkbook(snapshot, options).byRule[ruleId]?.failed ?? 0;

describe("every template rule can fire", () => {
  const cases = TEMPLATES.flatMap((template) =>
    template.rules.map((rule) => [template.id, rule.id, template, rule] as const),
  );
  it.each(cases)(
    "%s: %s, in BC06's table and in one laid out by hand",
    (templateId, ruleId, template, rule) => {
      const values = witness(template, rule);
      expect(fired(workbookOf(buildTable(templateId, "Mẫu", HEADER, values)), ruleId)).toBeGreaterThan(0);
      const relaid = relayout(template, computeTable(template, values), "Xã A", random(ruleId.length));
      const snapshot = recogniseWorkbook(toSnapshot({ sheets: [relaid.sheet] }));
      expect(snapshot.recognition!.tables.map((t) => t.templateId)).toEqual([templateId]);
      expect(fired(snapshot, ruleId)).toBeGreaterThan(0);
    },
  );
});

/** A district summary over two commune tables, with what each global rule about summaries needs. */
type Figures = Record<string, number>;

function summary(
  overrides: { a?: Figures; b?: Figures; sum?: Figures; headerB?: object } = {},
): WorkbookSnapshot {
  const unit = (name: string, values: Figures, header = {}) =>
    buildTable("dvc25", name, { ...HEADER, unit: name, ...header }, { dang_ky_thuong_tru: values });
  const a = unit("Xã A", { tong_ho_so: 10, truc_tiep: 4, truc_tuyen: 6, ...overrides.a });
  const b = unit("Xã B", { tong_ho_so: 20, truc_tiep: 5, truc_tuyen: 15, ...overrides.b }, overrides.headerB);
  const total = buildTable(
    "dvc25",
    "Huyện",
    { ...HEADER, unit: "Huyện A", level: "huyen" },
    { dang_ky_thuong_tru: { tong_ho_so: 30, truc_tiep: 9, truc_tuyen: 21, ...overrides.sum } },
  );
  return workbookOf(total, a, b);
}

const own = (id: string) => recogniseWorkbook(toSnapshot(OWN_LAYOUTS.find((l) => l.id === id)!));

function previousCccd(from: string, to: string, stock: number): WorkbookSnapshot {
  return workbookOf(
    buildTable(
      "cccd",
      "CCCD",
      { ...HEADER, from, to, cutoff: to },
      { thu_nhan: { trong_ky: 10, luy_ke: stock } },
    ),
  );
}

const GLOBAL_WITNESSES: Record<string, () => number> = {
  "o.loi_excel": () => fired(cellWorkbook({ error: "#DIV/0!" }), "o.loi_excel"),
  "o.so_dang_van_ban": () => fired(cellWorkbook("12"), "o.so_dang_van_ban"),
  "o.khong_phai_so": () => fired(cellWorkbook("mười hai"), "o.khong_phai_so"),
  "o.ghi_tinh_trang": () => fired(cellWorkbook("Không phát sinh"), "o.ghi_tinh_trang"),
  "o.dau_phan_cach_nghin": () => fired(cellWorkbook(1.174), "o.dau_phan_cach_nghin"),
  "o.khong_nguyen": () => fired(cellWorkbook(12.34567), "o.khong_nguyen"),
  "o.so_am": () => fired(cellWorkbook(-3), "o.so_am"),
  "o.dinh_dang_ngay": () => fired(cellWorkbook(45000, "dd/mm/yyyy"), "o.dinh_dang_ngay"),
  "o.ghi_de_cong_thuc": () => fired(own("dvc-formulas-and-slips"), "o.ghi_de_cong_thuc"),
  "o.khong_thuoc_tham_quyen_co_so_lieu": () =>
    fired(
      workbookOf(
        buildTable("dvc25", "DVC", HEADER, {
          dang_ky_thuong_tru: {
            tham_quyen: "Không thuộc thẩm quyền",
            tong_ho_so: 4,
            truc_tiep: 4,
            truc_tuyen: 0,
          },
        }),
      ),
      "o.khong_thuoc_tham_quyen_co_so_lieu",
    ),
  "tong_hop.bang_tong_don_vi": () =>
    fired(summary({ sum: { truc_tiep: 10, tong_ho_so: 31 } }), "tong_hop.bang_tong_don_vi"),
  "tong_hop.don_vi_trung": () => fired(summary({ headerB: { unit: "Xã A" } }), "tong_hop.don_vi_trung"),
  "tong_hop.so_lieu_giong_het": () =>
    fired(
      summary({
        b: { tong_ho_so: 10, truc_tiep: 4, truc_tuyen: 6 },
        sum: { tong_ho_so: 20, truc_tiep: 8, truc_tuyen: 12 },
      }),
      "tong_hop.so_lieu_giong_het",
    ),
  "tong_hop.ky_khac": () =>
    fired(summary({ headerB: { from: "2025-05-01", to: "2025-05-31" } }), "tong_hop.ky_khac"),
  "tong_hop.ngay_chot_khac": () =>
    fired(summary({ headerB: { cutoff: "2025-05-31" } }), "tong_hop.ngay_chot_khac"),
  "tong_hop.thieu_don_vi": () =>
    checkWorkbook(summary(), { expectedUnits: ["Xã A", "Xã B", "Xã C"] }).byRule["tong_hop.thieu_don_vi"]
      ?.failed ?? 0,
  "tong_hop.so_lieu_cap_tong_hop": () =>
    fired(own("district-summary-of-commune-sheets"), "tong_hop.so_lieu_cap_tong_hop"),
  "nhan_dang.khong_nhan_ra": () => fired(own("figures-under-unknown-headings"), "nhan_dang.khong_nhan_ra"),
  "nhan_dang.bo_qua": () => fired(own("propaganda-list"), "nhan_dang.bo_qua"),
  "so_hoc.tong": () => fired(own("one-stop-form-column-numbers"), "so_hoc.tong"),
  "so_hoc.khong_vuot": () => fired(own("part-above-its-whole"), "so_hoc.khong_vuot"),
  "so_hoc.luy_ke": () => fired(own("cumulative-below-period"), "so_hoc.luy_ke"),
  "so_hoc.hieu": () => fired(own("remainder-wrong"), "so_hoc.hieu"),
  "so_hoc.ty_le": () => fired(own("rate-of-two-columns"), "so_hoc.ty_le"),
  "so_hoc.cong_thuc": () => fired(own("total-formula-stops-short"), "so_hoc.cong_thuc"),
  "so_hoc.chua_ket_luan": () =>
    checkWorkbook(own("total-row-of-something-else")).byRule["so_hoc.chua_ket_luan"]?.cannotCheck ?? 0,
  "luy_ke.khong_giam": () =>
    fired(previousCccd("2025-06-01", "2025-06-30", 380), "luy_ke.khong_giam", {
      previous: previousCccd("2025-05-01", "2025-05-31", 400),
    }),
  "luy_ke.cong_don": () =>
    fired(previousCccd("2025-06-01", "2025-06-30", 405), "luy_ke.cong_don", {
      previous: previousCccd("2025-05-01", "2025-05-31", 400),
    }),
  "luy_ke.khong_so_sanh_duoc": () =>
    fired(previousCccd("2025-06-01", "2025-06-30", 420), "luy_ke.khong_so_sanh_duoc", {
      previous: previousCccd("2025-04-01", "2025-04-30", 400),
    }),
  "ky_truoc.bien_dong_lon": () => {
    const month = (rate: number) =>
      workbookOf(
        buildTable("dvc25", "DVC", HEADER, {
          dang_ky_thuong_tru: { tong_ho_so: 10, truc_tiep: 10 - rate, truc_tuyen: rate },
        }),
      );
    return fired(month(9), "ky_truoc.bien_dong_lon", { previous: month(1) });
  },
};

/** A DVC table whose one online count holds `value`. */
function cellWorkbook(value: unknown, numberFormat?: string): WorkbookSnapshot {
  const built = buildTable("dvc25", "DVC", HEADER, { dang_ky_thuong_tru: { tong_ho_so: 10, truc_tiep: 4 } });
  built.sheet.cells.set(built.at("dang_ky_thuong_tru", "truc_tuyen"), typed(value as never, numberFormat));
  return workbookOf(built);
}

describe("every global rule can fire", () => {
  it.each(GLOBAL_RULES.map((rule) => rule.id))("%s", (ruleId) => {
    expect(GLOBAL_WITNESSES[ruleId]).toBeDefined();
    expect(GLOBAL_WITNESSES[ruleId]()).toBeGreaterThan(0);
  });
});
