// The rules that apply to every table: single-cell checks, summaries against their units, and cumulative
// figures against the previous report. Declared as data, like the templates' own rules.
import { type GlobalRule, GlobalRuleSchema } from "./schema";

const declarations = [
  { id: "o.loi_excel", kind: "cell", check: "excel-error", severity: "error" },
  { id: "o.so_dang_van_ban", kind: "cell", check: "text-number", severity: "warning" },
  { id: "o.khong_phai_so", kind: "cell", check: "not-a-number", severity: "error" },
  { id: "o.ghi_tinh_trang", kind: "cell", check: "status-word", severity: "info" },
  { id: "o.dau_phan_cach_nghin", kind: "cell", check: "thousands-separator", severity: "warning" },
  { id: "o.khong_nguyen", kind: "cell", check: "not-whole", severity: "error" },
  { id: "o.so_am", kind: "cell", check: "negative", severity: "error" },
  { id: "o.dinh_dang_ngay", kind: "cell", check: "date-format", severity: "warning" },
  { id: "o.ghi_de_cong_thuc", kind: "cell", check: "formula-overwritten", severity: "warning" },
  {
    id: "o.khong_thuoc_tham_quyen_co_so_lieu",
    kind: "cell",
    check: "not-applicable-has-figures",
    severity: "warning",
  },
  { id: "tong_hop.bang_tong_don_vi", kind: "cross-table-sum", severity: "error" },
  { id: "tong_hop.don_vi_trung", kind: "summary-units", check: "duplicate", severity: "error" },
  { id: "tong_hop.so_lieu_giong_het", kind: "summary-units", check: "identical", severity: "warning" },
  { id: "tong_hop.ky_khac", kind: "summary-units", check: "period", severity: "warning" },
  { id: "tong_hop.ngay_chot_khac", kind: "summary-units", check: "cutoff", severity: "warning" },
  { id: "tong_hop.thieu_don_vi", kind: "summary-units", check: "missing", severity: "error" },
  { id: "tong_hop.so_lieu_cap_tong_hop", kind: "summary-units", check: "own-figures", severity: "info" },
  { id: "so_hoc.tong", kind: "arithmetic", check: "sum", severity: "error" },
  { id: "so_hoc.khong_vuot", kind: "arithmetic", check: "at-most", severity: "error" },
  { id: "so_hoc.luy_ke", kind: "arithmetic", check: "not-below", severity: "error" },
  { id: "so_hoc.hieu", kind: "arithmetic", check: "difference", severity: "error" },
  { id: "so_hoc.ty_le", kind: "arithmetic", check: "rate", severity: "error" },
  { id: "so_hoc.cong_thuc", kind: "arithmetic", check: "formula", severity: "error" },
  { id: "so_hoc.chua_ket_luan", kind: "arithmetic", check: "doubt", severity: "info" },
  { id: "nhan_dang.khong_nhan_ra", kind: "recognition", check: "unrecognised", severity: "info" },
  { id: "nhan_dang.bo_qua", kind: "recognition", check: "skipped", severity: "info" },
  { id: "luy_ke.khong_giam", kind: "cumulative", check: "not-lower", severity: "warning" },
  { id: "luy_ke.cong_don", kind: "cumulative", check: "carries-over", severity: "error" },
  { id: "luy_ke.khong_so_sanh_duoc", kind: "cumulative", check: "not-comparable", severity: "info" },
  { id: "ky_truoc.bien_dong_lon", kind: "cumulative", check: "large-jump", severity: "info" },
] as const;

export const GLOBAL_RULES: readonly GlobalRule[] = declarations.map((rule) => GlobalRuleSchema.parse(rule));

export function globalRule<K extends GlobalRule["kind"]>(
  kind: K,
  check?: string,
): Extract<GlobalRule, { kind: K }> {
  const rule = GLOBAL_RULES.find(
    (r) => r.kind === kind && (check === undefined || ("check" in r && r.check === check)),
  );
  if (!rule) throw new Error(`No global rule ${kind} ${check ?? ""}`);
  return rule as Extract<GlobalRule, { kind: K }>;
}
