// Templates whose rows are services: the 25 essential services (B1), the liên thông groups (B2), staff (B11).
import { ESSENTIAL_SERVICES, LIEN_THONG_GROUPS, METRICS, serviceById } from "../catalog";
import {
  defineTemplate,
  eachColumn,
  eachRow,
  label,
  lessOrEqualRule,
  noteColumn,
  ratioRule,
  sumRule,
} from "./define";
import type { TemplateInput } from "./schema";

type ColumnInput = TemplateInput["columns"][number];
type RowInput = TemplateInput["rows"][number];

const COUNT_COLUMNS = [
  "tong_ho_so",
  "truc_tiep",
  "truc_tuyen",
  "da_giai_quyet",
  "dang_giai_quyet",
  "tra_dung_han",
];

const receptionColumns: ColumnInput[] = [
  {
    id: "tong_ho_so",
    label: label("Tổng số hồ sơ tiếp nhận", "Dossiers received"),
    kind: "count",
    width: 12,
    aliases: [
      "Tổng số hồ sơ",
      "Số hồ sơ tiếp nhận",
      "Tổng hồ sơ tiếp nhận",
      "Tổng số hồ sơ đã tiếp nhận",
      "Số lượng hồ sơ tiếp nhận",
      "Hồ sơ đã tiếp nhận",
    ],
    broadAliases: ["Tổng số", "Tổng", "Tiếp nhận", "Số hồ sơ", "Hồ sơ tiếp nhận", "Số lượng", "Đã tiếp nhận"],
  },
  {
    id: "truc_tiep",
    label: label("Tiếp nhận trực tiếp", "Received in person"),
    kind: "count",
    width: 12,
    aliases: ["Trực tiếp", "Tại Bộ phận một cửa", "Bộ phận một cửa", "Nộp trực tiếp", "Hồ sơ giấy"],
  },
  {
    id: "truc_tuyen",
    label: label("Tiếp nhận trực tuyến", "Received online"),
    kind: "count",
    width: 12,
    aliases: [
      "Trực tuyến",
      "Nộp trực tuyến",
      "Qua Cổng DVC",
      "Qua Cổng dịch vụ công",
      "Cổng dịch vụ công",
      "Cổng DVCQG",
      "DVC trực tuyến",
      "Online",
    ],
  },
  {
    id: "ty_le_truc_tuyen",
    label: label("Tỷ lệ trực tuyến (%)", "Online rate (%)"),
    kind: "percent",
    formula: { op: "rate", part: "truc_tuyen", whole: "tong_ho_so" },
    width: 11,
    aliases: ["Tỷ lệ trực tuyến", "Tỷ lệ hồ sơ trực tuyến", "Tỷ lệ tiếp nhận trực tuyến"],
    broadAliases: ["Tỷ lệ", "Đạt tỷ lệ", "%"],
  },
  {
    id: "da_giai_quyet",
    label: label("Đã giải quyết", "Resolved"),
    kind: "count",
    width: 11,
    aliases: ["Giải quyết xong", "Đã giải quyết xong", "Đã xử lý", "Đã trả kết quả"],
  },
  {
    id: "dang_giai_quyet",
    label: label("Đang giải quyết", "In progress"),
    kind: "count",
    width: 11,
    aliases: ["Đang xử lý", "Chưa giải quyết", "Đang giải quyết, chưa đến hạn"],
  },
  {
    id: "tra_dung_han",
    label: label("Trả kết quả đúng hạn", "Returned on time"),
    kind: "count",
    width: 12,
    aliases: [
      "Đúng hạn",
      "Đúng và trước hạn",
      "Trước hạn và đúng hạn",
      "Đã giải quyết đúng hạn",
      "Giải quyết đúng hạn",
      "Trả đúng hạn",
    ],
  },
  noteColumn,
];

/** R1–R6 of README B1, written once for every row (and the total row, whose rate is Σonline/Σtotal). */
const receptionRules = [
  sumRule(
    "tong_bang_truc_tiep_cong_truc_tuyen",
    "error",
    eachRow(),
    ["tong_ho_so"],
    ["truc_tiep", "truc_tuyen"],
  ),
  lessOrEqualRule("truc_tuyen_khong_vuot_tong", "error", eachRow(), ["truc_tuyen"], ["tong_ho_so"]),
  lessOrEqualRule("truc_tiep_khong_vuot_tong", "error", eachRow(), ["truc_tiep"], ["tong_ho_so"]),
  ratioRule("ty_le_truc_tuyen", eachRow(), "ty_le_truc_tuyen", "truc_tuyen", "tong_ho_so", true),
  lessOrEqualRule(
    "giai_quyet_khong_vuot_tiep_nhan",
    "error",
    eachRow(),
    ["da_giai_quyet", "dang_giai_quyet"],
    ["tong_ho_so"],
    {
      missing: "skip-if-all",
    },
  ),
  lessOrEqualRule(
    "dung_han_khong_vuot_da_giai_quyet",
    "error",
    eachRow(),
    ["tra_dung_han"],
    ["da_giai_quyet"],
  ),
  sumRule("dong_tong_cong", "error", eachColumn(COUNT_COLUMNS), ["tong_cong"], ["*"], { missing: "zero" }),
];

const totalRow: RowInput = {
  id: "tong_cong",
  label: label("Tổng cộng", "Total"),
  total: true,
  formula: { op: "sum", of: ["*"] },
};
const competence: ColumnInput = {
  id: "tham_quyen",
  label: label("Thẩm quyền", "Competent level"),
  kind: "text",
  width: 14,
  aliases: ["Cấp thực hiện", "Cấp giải quyết", "Thẩm quyền giải quyết"],
};

export const DVC25 = defineTemplate({
  id: "dvc25",
  version: 1,
  shortTitle: label("DVC thiết yếu", "Essential services"),
  title: label(
    "Kết quả tiếp nhận, giải quyết hồ sơ 25 dịch vụ công thiết yếu",
    "The 25 essential public services: dossiers",
  ),
  rowHeading: label("Dịch vụ công thiết yếu", "Essential public service"),
  unit: "hồ sơ",
  columns: [competence, ...receptionColumns],
  rows: [
    ...ESSENTIAL_SERVICES.map((s) => ({ id: s.id, label: label(s.name, s.nameEn), catalogId: s.id })),
    totalRow,
  ],
  notApplicableColumn: "tham_quyen",
  rules: receptionRules,
});

export const LIEN_THONG = defineTemplate({
  id: "lien_thong",
  version: 1,
  shortTitle: label("Liên thông", "Joint procedures"),
  title: label("Kết quả thực hiện hai nhóm thủ tục liên thông", "The two joint procedures: dossiers"),
  rowHeading: label("Nhóm thủ tục liên thông", "Joint procedure"),
  unit: "hồ sơ",
  columns: receptionColumns,
  rows: [
    ...LIEN_THONG_GROUPS.map((g) => {
      const service = serviceById(g.id)!;
      return { id: g.id, label: label(service.name, service.nameEn), catalogId: g.id };
    }),
    totalRow,
  ],
  rules: receptionRules,
});

const staffColumns = METRICS.filter((m) => m.section === "nhan_luc").map((m) => m.id);
const trainingColumns = staffColumns.filter((id) => id.startsWith("td_"));

export const NHAN_LUC = defineTemplate({
  id: "nhan_luc",
  version: 1,
  shortTitle: label("Nhân lực", "Staff"),
  title: label(
    "Nhân lực thực hiện 25 dịch vụ công thiết yếu theo trình độ đào tạo",
    "Staff for the 25 services by training level",
  ),
  rowHeading: label("Dịch vụ công thiết yếu", "Essential public service"),
  unit: "người",
  columns: [
    ...staffColumns.map((id) => {
      const m = METRICS.find((x) => x.section === "nhan_luc" && x.id === id)!;
      return { id, label: label(m.label, m.labelEn), kind: "count" as const, width: 11, aliases: m.aliases };
    }),
    noteColumn,
  ],
  rows: [
    ...ESSENTIAL_SERVICES.map((s) => ({ id: s.id, label: label(s.name, s.nameEn), catalogId: s.id })),
    totalRow,
  ],
  rules: [
    sumRule("nguon_bang_trinh_do", "error", eachRow(), ["nl_huyen", "nl_xa"], trainingColumns, {
      missing: "skip-if-all",
    }),
    sumRule("dong_tong_cong", "error", eachColumn(staffColumns), ["tong_cong"], ["*"], { missing: "zero" }),
  ],
});
