// The overview's charts and key rates, declared as data: a new chart is a few lines here.
import * as z from "zod/mini";
import { LabelSchema } from "../templates/schema";

const Id = z.string().check(z.regex(/^[a-z][a-z0-9_]*$/));

/** A figure of a table: a row's cell in a column; row "*" is the table's total (its total row, else the sum). */
const FigureSchema = z.object({ row: z.union([Id, z.literal("*")]), column: Id });
export type Figure = z.infer<typeof FigureSchema>;

const ChartSpecSchema = z.discriminatedUnion("kind", [
  /** One bar per data row: the share `part / whole` of that row (the online share of each service). */
  z.object({
    kind: z.literal("rate-by-row"),
    id: Id,
    title: LabelSchema,
    templates: z.array(Id).check(z.minLength(1)),
    part: Id,
    whole: Id,
    /** The column that with `part` makes the whole: Excel's chart stacks the two, bound to the table's cells. */
    rest: Id,
  }),
  /** One bar per item: what was processed and what remains of what was found. */
  z.object({
    kind: z.literal("progress"),
    id: Id,
    title: LabelSchema,
    templates: z.array(Id).check(z.minLength(1)),
    /** Items as pairs of rows of one column; without them, every data row with the two columns. */
    column: z.optional(Id),
    pairs: z.optional(z.array(z.object({ label: LabelSchema, found: Id, processed: Id }))),
    found: z.optional(Id),
    processed: z.optional(Id),
    /** What remains, stacked on `processed` in Excel's chart (a chart of pairs of rows is not drawn in Excel). */
    rest: z.optional(Id),
  }),
  /** One bar per row: the parts of a figure in one column (cases stuck, by reason). */
  z.object({
    kind: z.literal("parts"),
    id: Id,
    title: LabelSchema,
    templates: z.array(Id).check(z.minLength(1)),
    column: Id,
    rows: z.array(Id).check(z.minLength(1)),
  }),
]);
export type ChartSpec = z.infer<typeof ChartSpecSchema>;

/** A rate that sums up a unit's table: the overview's target chart, and the columns of the reviewer's report. */
const KeyRateSpecSchema = z.object({
  id: Id,
  label: LabelSchema,
  template: Id,
  part: FigureSchema,
  whole: FigureSchema,
  /** `whole` is an assigned target (may be exceeded): drawn against a 100 % line. */
  target: z.optional(z.boolean()),
});
export type KeyRateSpec = z.infer<typeof KeyRateSpecSchema>;

export const CHARTS: readonly ChartSpec[] = z.array(ChartSpecSchema).parse([
  {
    kind: "rate-by-row",
    id: "truc_tuyen",
    title: { vi: "Tỷ lệ tiếp nhận trực tuyến theo dịch vụ", en: "Online share by service" },
    templates: ["dvc25", "lien_thong"],
    part: "truc_tuyen",
    whole: "tong_ho_so",
    rest: "truc_tiep",
  },
  {
    kind: "progress",
    id: "tien_do_lam_sach",
    title: { vi: "Tiến độ làm sạch dữ liệu theo nội dung", en: "Data cleaning progress by item" },
    templates: ["lam_sach_tien_do"],
    found: "phat_hien",
    processed: "da_xu_ly",
    rest: "con_ton",
  },
  {
    kind: "progress",
    id: "lam_sach",
    title: { vi: "Làm sạch dữ liệu: đã xử lý so với phát hiện", en: "Data cleaning: processed of found" },
    templates: ["lam_sach"],
    column: "so_lieu",
    pairs: [
      {
        label: { vi: "Hủy, xác lập lại số ĐDCN", en: "Personal ID numbers re-issued" },
        found: "huy_ra_soat",
        processed: "huy_da_hoan_thien",
      },
      {
        label: { vi: "Hộ không có chủ hộ", en: "Households without a head" },
        found: "ho_khong_chu_ho_phat_hien",
        processed: "ho_khong_chu_ho_da_xu_ly",
      },
      {
        label: { vi: "Hộ có trên 01 chủ hộ", en: "Households with several heads" },
        found: "ho_nhieu_chu_ho_phat_hien",
        processed: "ho_nhieu_chu_ho_da_xu_ly",
      },
      {
        label: {
          vi: "Công nhân KCN chưa đăng ký tạm trú",
          en: "Industrial-zone workers without temporary residence",
        },
        found: "kcn_chua_dk_tam_tru",
        processed: "kcn_da_cap_nhat",
      },
    ],
  },
  {
    kind: "parts",
    id: "vuong_mac",
    title: {
      vi: "Hủy, xác lập lại số ĐDCN còn vướng mắc, theo nguyên nhân",
      en: "Personal ID numbers stuck, by reason",
    },
    templates: ["lam_sach"],
    column: "so_lieu",
    rows: ["huy_vm_chua_giay_to", "huy_vm_gks_sau_01_07_2021", "huy_vm_vang_mat", "huy_vm_khac"],
  },
]);

export const KEY_RATES: readonly KeyRateSpec[] = z.array(KeyRateSpecSchema).parse([
  {
    id: "truc_tuyen",
    label: { vi: "Tỷ lệ trực tuyến", en: "Online share" },
    template: "dvc25",
    part: { row: "*", column: "truc_tuyen" },
    whole: { row: "*", column: "tong_ho_so" },
  },
  {
    id: "cccd",
    label: { vi: "CCCD so với chỉ tiêu", en: "ID cards vs target" },
    template: "cccd",
    part: { row: "thu_nhan", column: "luy_ke" },
    whole: { row: "chi_tieu", column: "luy_ke" },
    target: true,
  },
  {
    id: "dddt",
    label: { vi: "ĐDĐT kích hoạt so với chỉ tiêu", en: "E-ID activated vs target" },
    template: "dddt",
    part: { row: "kich_hoat_tong", column: "luy_ke" },
    whole: { row: "chi_tieu_kich_hoat", column: "luy_ke" },
    target: true,
  },
  {
    id: "lam_sach",
    label: { vi: "Làm sạch đã xử lý", en: "Cleaning processed" },
    template: "lam_sach_tien_do",
    part: { row: "*", column: "da_xu_ly" },
    whole: { row: "*", column: "phat_hien" },
  },
]);
