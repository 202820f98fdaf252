// Record templates: each row is a figure of one report section (README (b), B3–B10).
import {
  defineTemplate,
  eachColumn,
  eachRow,
  label,
  lessOrEqualRule,
  metricRows,
  noteColumn,
  pairRule,
  ratioRule,
  sumRule,
  valueColumn,
} from "./define";
import type { TemplateInput } from "./schema";

type ColumnInput = TemplateInput["columns"][number];

const periodColumns: ColumnInput[] = [
  {
    id: "trong_ky",
    label: label("Trong kỳ", "This period"),
    flow: "flow",
    width: 13,
    aliases: [
      "Trong tháng",
      "Trong tuần",
      "Trong quý",
      "Trong ngày",
      "Trong kỳ báo cáo",
      "Kỳ này",
      "Tháng này",
    ],
  },
  {
    id: "luy_ke",
    label: label("Lũy kế", "Cumulative"),
    flow: "stock",
    width: 13,
    aliases: ["Lũy kế đến nay", "Tính đến nay", "Cộng dồn", "Tổng số đến nay", "Lũy kế từ đầu năm"],
  },
  noteColumn,
];
const CUMULATIVE = ["luy_ke"];
const IN_PERIOD = ["trong_ky"];

/** "Lũy kế ≥ trong kỳ" for every figure that has both (README (a), "Lũy kế"). */
const cumulativeNotBelowPeriod = (rows: string[]) =>
  lessOrEqualRule("trong_ky_khong_vuot_luy_ke", "error", eachRow(rows), ["trong_ky"], ["luy_ke"]);

/** A stock relation is exact at one cut-off; in-period flows lag each other, so there it only warns. */
const stockAndFlow = (id: string, left: string, right: string) => [
  lessOrEqualRule(id, "error", eachColumn(CUMULATIVE), [left], [right]),
  lessOrEqualRule(`${id}_trong_ky`, "warning", eachColumn(IN_PERIOD), [left], [right]),
];

export const CCCD = defineTemplate({
  id: "cccd",
  version: 1,
  shortTitle: label("CCCD", "ID cards"),
  title: label("Kết quả thu nhận hồ sơ, cấp Căn cước công dân", "CCCD applications and cards"),
  rowHeading: label("Chỉ tiêu", "Indicator"),
  unit: "hồ sơ, thẻ",
  columns: periodColumns,
  rows: metricRows(
    "cccd",
    ["thu_nhan", "cap_lan_dau", "truyen_du_lieu", "tra_the", "chi_tieu", "ty_le_dat"],
    {
      cap_lan_dau: { indent: 1 },
      chi_tieu: { columns: CUMULATIVE },
      ty_le_dat: { columns: CUMULATIVE, formula: { op: "rate", part: "thu_nhan", whole: "chi_tieu" } },
    },
  ),
  rules: [
    cumulativeNotBelowPeriod(["thu_nhan", "cap_lan_dau", "truyen_du_lieu", "tra_the"]),
    lessOrEqualRule("lan_dau_khong_vuot_thu_nhan", "error", eachColumn(), ["cap_lan_dau"], ["thu_nhan"]),
    ...stockAndFlow("truyen_khong_vuot_thu_nhan", "truyen_du_lieu", "thu_nhan"),
    ...stockAndFlow("tra_the_khong_vuot_truyen", "tra_the", "truyen_du_lieu"),
    ratioRule("ty_le_dat_chi_tieu", eachColumn(CUMULATIVE), "ty_le_dat", "thu_nhan", "chi_tieu", false),
  ],
});

export const DDDT = defineTemplate({
  id: "dddt",
  version: 1,
  shortTitle: label("Định danh điện tử", "Electronic ID"),
  title: label("Kết quả cấp tài khoản định danh điện tử", "Electronic identification accounts"),
  rowHeading: label("Chỉ tiêu", "Indicator"),
  unit: "tài khoản",
  columns: periodColumns,
  rows: metricRows(
    "dddt",
    [
      "dang_ky_m1",
      "thu_nhan_m2",
      "phe_duyet_m1",
      "phe_duyet_m2",
      "kich_hoat_m1",
      "kich_hoat_m2",
      "kich_hoat_tong",
      "chi_tieu_kich_hoat",
      "ty_le_dat",
    ],
    {
      kich_hoat_tong: { formula: { op: "sum", of: ["kich_hoat_m1", "kich_hoat_m2"] } },
      chi_tieu_kich_hoat: { columns: CUMULATIVE },
      ty_le_dat: {
        columns: CUMULATIVE,
        formula: { op: "rate", part: "kich_hoat_tong", whole: "chi_tieu_kich_hoat" },
      },
    },
  ),
  rules: [
    cumulativeNotBelowPeriod([
      "dang_ky_m1",
      "thu_nhan_m2",
      "phe_duyet_m1",
      "phe_duyet_m2",
      "kich_hoat_m1",
      "kich_hoat_m2",
      "kich_hoat_tong",
    ]),
    sumRule("tong_kich_hoat", "error", eachColumn(), ["kich_hoat_tong"], ["kich_hoat_m1", "kich_hoat_m2"]),
    ...stockAndFlow("kich_hoat_m1_khong_vuot_phe_duyet", "kich_hoat_m1", "phe_duyet_m1"),
    ...stockAndFlow("kich_hoat_m2_khong_vuot_phe_duyet", "kich_hoat_m2", "phe_duyet_m2"),
    ...stockAndFlow("phe_duyet_m1_khong_vuot_dang_ky", "phe_duyet_m1", "dang_ky_m1"),
    ...stockAndFlow("phe_duyet_m2_khong_vuot_thu_nhan", "phe_duyet_m2", "thu_nhan_m2"),
    ratioRule(
      "ty_le_kich_hoat_chi_tieu",
      eachColumn(CUMULATIVE),
      "ty_le_dat",
      "kich_hoat_tong",
      "chi_tieu_kich_hoat",
      false,
    ),
  ],
});

export const BHXH_DONG_BO = defineTemplate({
  id: "bhxh_dong_bo",
  version: 1,
  shortTitle: label("Đồng bộ BHXH", "Insurance sync"),
  title: label(
    "Làm sạch, đồng bộ dữ liệu người tham gia BHXH, BHYT với CSDLQG về dân cư",
    "Insurance data synchronisation",
  ),
  rowHeading: label("Chỉ tiêu", "Indicator"),
  unit: "người",
  columns: [valueColumn, noteColumn],
  rows: metricRows(
    "bhxh_dong_bo",
    [
      "nguoi_tham_gia",
      "da_dong_bo",
      "ty_le_dong_bo",
      "chua_dong_bo",
      "khong_co_du_lieu_dan_cu",
      "co_thong_tin_chua_dong_bo",
      "bhxh_sai",
      "khong_co_tren_dia_ban",
      "sai_lech_bhxh_dan_cu",
    ],
    {
      ty_le_dong_bo: { formula: { op: "rate", part: "da_dong_bo", whole: "nguoi_tham_gia" } },
      khong_co_du_lieu_dan_cu: { indent: 1 },
      co_thong_tin_chua_dong_bo: { indent: 2 },
      bhxh_sai: { indent: 3 },
      khong_co_tren_dia_ban: { indent: 2 },
      sai_lech_bhxh_dan_cu: { indent: 1 },
    },
  ),
  rules: [
    sumRule(
      "tham_gia_bang_da_cong_chua",
      "error",
      eachColumn(["so_lieu"]),
      ["nguoi_tham_gia"],
      ["da_dong_bo", "chua_dong_bo"],
    ),
    sumRule(
      "chua_dong_bo_theo_nguyen_nhan",
      "error",
      eachColumn(["so_lieu"]),
      ["chua_dong_bo"],
      ["khong_co_du_lieu_dan_cu", "sai_lech_bhxh_dan_cu"],
    ),
    sumRule(
      "khong_du_lieu_theo_nguyen_nhan",
      "error",
      eachColumn(["so_lieu"]),
      ["khong_co_du_lieu_dan_cu"],
      ["co_thong_tin_chua_dong_bo", "khong_co_tren_dia_ban"],
    ),
    lessOrEqualRule(
      "bhxh_sai_khong_vuot",
      "error",
      eachColumn(["so_lieu"]),
      ["bhxh_sai"],
      ["co_thong_tin_chua_dong_bo"],
    ),
    ratioRule(
      "ty_le_dong_bo",
      eachColumn(["so_lieu"]),
      "ty_le_dong_bo",
      "da_dong_bo",
      "nguoi_tham_gia",
      true,
    ),
  ],
});

const DOSES = ["mui_tiem"];

export const TIEM_CHUNG = defineTemplate({
  id: "tiem_chung",
  version: 1,
  shortTitle: label("Tiêm chủng", "Vaccination"),
  title: label("Làm sạch dữ liệu tiêm chủng với CSDLQG về dân cư", "Vaccination data cleaning"),
  rowHeading: label("Chỉ tiêu", "Indicator"),
  unit: "đối tượng, mũi",
  columns: [
    { id: "doi_tuong", label: label("Đối tượng", "People"), width: 13, aliases: ["Số đối tượng"] },
    { id: "mui_tiem", label: label("Mũi tiêm", "Doses"), width: 13, aliases: ["Số mũi tiêm", "Số mũi"] },
    noteColumn,
  ],
  rows: metricRows(
    "tiem_chung",
    [
      "hoat_dong",
      "co_tt",
      "khong_tt",
      "dung",
      "sai",
      "ty_le_co_tt",
      "ty_le_khong_tt",
      "ty_le_dung",
      "ty_le_sai",
      "mui_da_tiem",
      "mui_da_cap_nhat",
      "ty_le_cap_nhat",
    ],
    {
      co_tt: { indent: 1 },
      khong_tt: { indent: 1 },
      dung: { indent: 2 },
      sai: { indent: 2 },
      // Denominators differ: có/không thông tin ÷ hoạt động; đúng/sai ÷ có thông tin (README B7).
      ty_le_co_tt: { formula: { op: "rate", part: "co_tt", whole: "hoat_dong" } },
      ty_le_khong_tt: { formula: { op: "rate", part: "khong_tt", whole: "hoat_dong" } },
      ty_le_dung: { formula: { op: "rate", part: "dung", whole: "co_tt" } },
      ty_le_sai: { formula: { op: "rate", part: "sai", whole: "co_tt" } },
      mui_da_tiem: { columns: DOSES },
      mui_da_cap_nhat: { columns: DOSES },
      ty_le_cap_nhat: {
        columns: DOSES,
        formula: { op: "rate", part: "mui_da_cap_nhat", whole: "mui_da_tiem" },
      },
    },
  ),
  rules: [
    sumRule(
      "hoat_dong_bang_co_cong_khong",
      "error",
      eachColumn(["doi_tuong", "mui_tiem"]),
      ["hoat_dong"],
      ["co_tt", "khong_tt"],
    ),
    sumRule(
      "co_thong_tin_bang_dung_cong_sai",
      "error",
      eachColumn(["doi_tuong", "mui_tiem"]),
      ["co_tt"],
      ["dung", "sai"],
    ),
    lessOrEqualRule(
      "cap_nhat_khong_vuot_da_tiem",
      "error",
      eachColumn(DOSES),
      ["mui_da_cap_nhat"],
      ["mui_da_tiem"],
    ),
    ratioRule(
      "ty_le_co_thong_tin",
      eachColumn(["doi_tuong", "mui_tiem"]),
      "ty_le_co_tt",
      "co_tt",
      "hoat_dong",
      true,
    ),
    ratioRule(
      "ty_le_khong_thong_tin",
      eachColumn(["doi_tuong", "mui_tiem"]),
      "ty_le_khong_tt",
      "khong_tt",
      "hoat_dong",
      true,
    ),
    ratioRule("ty_le_dung", eachColumn(["doi_tuong", "mui_tiem"]), "ty_le_dung", "dung", "co_tt", true),
    ratioRule("ty_le_sai", eachColumn(["doi_tuong", "mui_tiem"]), "ty_le_sai", "sai", "co_tt", true),
    ratioRule("ty_le_cap_nhat", eachColumn(DOSES), "ty_le_cap_nhat", "mui_da_cap_nhat", "mui_da_tiem", true),
    lessOrEqualRule(
      "doi_tuong_khong_vuot_mui",
      "info",
      eachRow(["hoat_dong", "co_tt", "khong_tt", "dung", "sai"]),
      ["doi_tuong"],
      ["mui_tiem"],
    ),
  ],
});

export const KCB_CCCD = defineTemplate({
  id: "kcb_cccd",
  version: 1,
  shortTitle: label("KCB bằng CCCD", "Health visits"),
  title: label(
    "Khám chữa bệnh bảo hiểm y tế bằng thẻ Căn cước công dân",
    "Insured health visits with the CCCD card",
  ),
  rowHeading: label("Chỉ tiêu", "Indicator"),
  unit: "cơ sở, lượt",
  columns: [valueColumn, noteColumn],
  rows: metricRows(
    "kcb_cccd",
    [
      "co_so_trien_khai",
      "tong_co_so_kcb",
      "cccd_dong_bo_the_bhyt",
      "luot_kcb_cccd",
      "tong_luot_kcb_bhyt",
      "ty_le_kcb_cccd",
      "luot_tra_cuu",
      "luot_tra_cuu_thanh_cong",
      "ty_le_thanh_cong",
      "dau_doc_qr",
    ],
    {
      ty_le_kcb_cccd: { formula: { op: "rate", part: "luot_kcb_cccd", whole: "tong_luot_kcb_bhyt" } },
      ty_le_thanh_cong: { formula: { op: "rate", part: "luot_tra_cuu_thanh_cong", whole: "luot_tra_cuu" } },
    },
  ),
  rules: [
    lessOrEqualRule(
      "co_so_khong_vuot_tong",
      "error",
      eachColumn(["so_lieu"]),
      ["co_so_trien_khai"],
      ["tong_co_so_kcb"],
    ),
    pairRule("co_so_di_cung_tong", "warning", eachColumn(["so_lieu"]), "co_so_trien_khai", "tong_co_so_kcb"),
    pairRule(
      "luot_cccd_di_cung_tong_luot",
      "warning",
      eachColumn(["so_lieu"]),
      "luot_kcb_cccd",
      "tong_luot_kcb_bhyt",
    ),
    lessOrEqualRule(
      "luot_cccd_khong_vuot_tong",
      "error",
      eachColumn(["so_lieu"]),
      ["luot_kcb_cccd"],
      ["tong_luot_kcb_bhyt"],
    ),
    lessOrEqualRule(
      "thanh_cong_khong_vuot_tra_cuu",
      "error",
      eachColumn(["so_lieu"]),
      ["luot_tra_cuu_thanh_cong"],
      ["luot_tra_cuu"],
    ),
    lessOrEqualRule(
      "thanh_cong_khong_vuot_luot_kcb",
      "warning",
      eachColumn(["so_lieu"]),
      ["luot_tra_cuu_thanh_cong"],
      ["luot_kcb_cccd"],
    ),
    ratioRule(
      "ty_le_kcb_cccd",
      eachColumn(["so_lieu"]),
      "ty_le_kcb_cccd",
      "luot_kcb_cccd",
      "tong_luot_kcb_bhyt",
      true,
    ),
    ratioRule(
      "ty_le_tra_cuu_thanh_cong",
      eachColumn(["so_lieu"]),
      "ty_le_thanh_cong",
      "luot_tra_cuu_thanh_cong",
      "luot_tra_cuu",
      true,
    ),
  ],
});

export const TUYEN_TRUYEN = defineTemplate({
  id: "tuyen_truyen",
  version: 1,
  shortTitle: label("Tuyên truyền", "Public information"),
  title: label("Kết quả công tác tuyên truyền Đề án 06", "Public information on Đề án 06"),
  rowHeading: label("Chỉ tiêu", "Indicator"),
  unit: "tin bài, lượt, người",
  columns: [valueColumn, noteColumn],
  rows: metricRows("tuyen_truyen", [
    "tin_bai",
    "phong_su",
    "video",
    "luot_dua_tin",
    "luot_phat_thanh",
    "hoi_nghi",
    "hop_to_dan_cu",
    "nguoi_tham_du",
    "bang_ron",
    "cong_dan_huong_dan",
    "khu_dan_cu_da_tt",
    "tong_khu_dan_cu",
  ]),
  rules: [
    lessOrEqualRule(
      "khu_dan_cu_khong_vuot_tong",
      "error",
      eachColumn(["so_lieu"]),
      ["khu_dan_cu_da_tt"],
      ["tong_khu_dan_cu"],
    ),
  ],
});

export const TO_CONG_TAC = defineTemplate({
  id: "to_cong_tac",
  version: 1,
  shortTitle: label("Tổ công tác", "Working groups"),
  title: label("Thành lập Tổ công tác triển khai Đề án 06", "Đề án 06 working groups"),
  rowHeading: label("Cấp", "Level"),
  unit: "tổ",
  columns: [
    {
      id: "da_thanh_lap",
      label: label("Tổ công tác đã thành lập", "Groups set up"),
      kind: "count",
      width: 13,
      aliases: ["Đã thành lập", "Số tổ đã thành lập", "Số Tổ công tác"],
    },
    {
      id: "tong_don_vi",
      label: label("Tổng số đơn vị", "Units"),
      kind: "count",
      width: 11,
      aliases: ["Số đơn vị", "Tổng số thôn, tổ dân phố"],
    },
    {
      id: "ty_le",
      label: label("Tỷ lệ (%)", "Share (%)"),
      kind: "percent",
      formula: { op: "rate", part: "da_thanh_lap", whole: "tong_don_vi" },
      width: 10,
      broadAliases: ["Tỷ lệ", "%"],
    },
    {
      id: "so_thanh_vien",
      label: label("Số thành viên", "Members"),
      kind: "count",
      width: 11,
      aliases: ["Thành viên"],
    },
    noteColumn,
  ],
  rows: [
    { id: "cap_huyen", label: label("Cấp huyện", "District"), aliases: ["Huyện, thị xã, thành phố"] },
    { id: "cap_xa", label: label("Cấp xã", "Commune"), aliases: ["Xã, phường, thị trấn"] },
    {
      id: "cap_thon",
      label: label("Thôn, bản, khu phố", "Village"),
      aliases: ["Cấp thôn", "Thôn, tổ dân phố", "Tổ dân phố", "Thôn, xóm"],
    },
  ],
  rules: [
    lessOrEqualRule("da_thanh_lap_khong_vuot_tong", "error", eachRow(), ["da_thanh_lap"], ["tong_don_vi"]),
    pairRule("da_thanh_lap_di_cung_tong", "error", eachRow(), "da_thanh_lap", "tong_don_vi"),
    ratioRule("ty_le_thanh_lap", eachRow(), "ty_le", "da_thanh_lap", "tong_don_vi", true),
  ],
});
