// Data cleaning "đúng, đủ, sạch, sống" (README B5, cleaning-items.json): one row per figure, the guide's
// "trong đó" splits as sum rules and its soft relations as warnings.
import {
  defineTemplate,
  eachColumn,
  eachRow,
  label,
  lessOrEqualRule,
  noteColumn,
  ratioRule,
  sumRule,
  valueColumn,
} from "./define";
import type { TemplateInput } from "./schema";

type RowInput = TemplateInput["rows"][number];

function row(
  id: string,
  vi: string,
  en: string,
  catalogId: string,
  indent = 0,
  extra: Partial<RowInput> = {},
): RowInput {
  return { id, label: label(vi, en), kind: "count", catalogId, ...(indent ? { indent } : {}), ...extra };
}

/** Found / processed / remaining, with the remainder computed (issue: "found / processed / remaining or stuck"). */
function foundProcessedRemaining(prefix: string, vi: string, en: string): RowInput[] {
  return [
    row(`${prefix}_phat_hien`, `${vi}: số phát hiện`, `${en}: found`, prefix),
    row(`${prefix}_da_xu_ly`, "– Đã xử lý", "– processed", prefix, 1),
    row(`${prefix}_con_lai`, "– Còn lại", "– remaining", prefix, 1, {
      formula: { op: "difference", from: `${prefix}_phat_hien`, minus: [`${prefix}_da_xu_ly`] },
    }),
  ];
}

const VALUE = eachColumn(["so_lieu"]);
const STATED_SPLIT = { missing: "skip-if-all" as const };

export const LAM_SACH = defineTemplate({
  id: "lam_sach",
  version: 1,
  shortTitle: label("Làm sạch dữ liệu", "Data cleaning"),
  title: label("Kết quả làm sạch dữ liệu dân cư “đúng, đủ, sạch, sống”", "Population data cleaning"),
  rowHeading: label("Nội dung", "Item"),
  unit: "trường hợp",
  columns: [valueColumn, noteColumn],
  rows: [
    row(
      "cmnd_9_so",
      "Rà soát, cập nhật số CMND 9 số còn thiếu",
      "Missing 9-digit ID numbers updated",
      "cmnd_9_so",
    ),
    row(
      "huy_ra_soat",
      "Hủy, xác lập lại số ĐDCN: số trường hợp rà soát",
      "Personal ID numbers to cancel and re-issue: reviewed",
      "huy_so_ddcn",
    ),
    row("huy_da_hoan_thien", "– Đã hoàn thiện hồ sơ hủy, xác lập lại", "– completed", "huy_so_ddcn", 1),
    row(
      "huy_thong_bao_so_moi",
      "+ Đã thông báo số ĐDCN mới cho công dân",
      "+ new number notified",
      "huy_so_ddcn",
      2,
    ),
    row("huy_vuong_mac", "– Còn vướng mắc", "– stuck", "huy_so_ddcn", 1),
    row("huy_vm_chua_giay_to", "+ Chưa có giấy tờ chứng minh", "+ no supporting papers", "huy_so_ddcn", 2),
    row(
      "huy_vm_gks_sau_01_07_2021",
      "+ Giấy khai sinh cấp sau 01/7/2021",
      "+ birth certificate after 1/7/2021",
      "huy_so_ddcn",
      2,
    ),
    row("huy_vm_vang_mat", "+ Công dân vắng mặt", "+ citizen absent", "huy_so_ddcn", 2),
    row("huy_vm_khac", "+ Lý do khác", "+ other reasons", "huy_so_ddcn", 2),
    ...foundProcessedRemaining("ho_khong_chu_ho", "Hộ không có chủ hộ", "Households without a head"),
    ...foundProcessedRemaining("ho_nhieu_chu_ho", "Hộ có trên 01 chủ hộ", "Households with several heads"),
    row(
      "xoa_trung_tong",
      "Rà soát, xóa trùng thông tin trong và ngoài tỉnh",
      "Duplicates removed",
      "xoa_trung",
    ),
    row("xoa_trung_de_nghi", "– Theo đề nghị", "– on request", "xoa_trung", 1),
    row("xoa_trung_de_nghi_trong_tinh", "+ Trong tỉnh", "+ within the province", "xoa_trung", 2),
    row("xoa_trung_de_nghi_ngoai_tinh", "+ Ngoài tỉnh", "+ other provinces", "xoa_trung", 2),
    row("xoa_trung_chu_dong", "– Chủ động rà soát", "– found by own review", "xoa_trung", 1),
    row("xoa_trung_chu_dong_trong_tinh", "+ Trong tỉnh", "+ within the province", "xoa_trung", 2),
    row("xoa_trung_chu_dong_ngoai_tinh", "+ Ngoài tỉnh", "+ other provinces", "xoa_trung", 2),
    row(
      "nkdb_da_thiet_lap",
      "Nhân khẩu đặc biệt: đã thiết lập hồ sơ",
      "Special residents: files opened",
      "nhan_khau_dac_biet",
    ),
    row("nkdb_da_chuyen_pc06", "– Đã chuyển hồ sơ về Phòng PC06", "– sent to PC06", "nhan_khau_dac_biet", 1),
    row(
      "thong_bao_so_ddcn",
      "Thông báo số định danh cá nhân cho công dân",
      "Personal ID numbers notified",
      "thong_bao_so_ddcn",
    ),
    row("pham_nhan_cap_nhat", "Cập nhật, rà soát dữ liệu phạm nhân", "Prisoner records updated", "pham_nhan"),
    row("pham_nhan_doi_khop", "Rà soát, đối khớp dữ liệu phạm nhân", "Prisoner records matched", "pham_nhan"),
    row(
      "bo_sung_thong_tin",
      "Cập nhật thông tin bổ sung chia sẻ",
      "Shared information added",
      "bo_sung_thong_tin",
    ),
    row("tre_em_lam_sach", "Chuẩn hóa, làm sạch dữ liệu trẻ em", "Children's records cleaned", "tre_em"),
    row(
      "tre_em_khai_sinh_loi",
      "Khai sinh lỗi cấp số ĐDCN đã rà soát, xác minh",
      "Birth records with ID-number errors verified",
      "tre_em",
    ),
    row(
      "kcn_chua_dk_tam_tru",
      "Công nhân KCN chưa đăng ký tạm trú",
      "Industrial-zone workers without temporary residence",
      "kcn_cong_nhan",
    ),
    row("kcn_da_cap_nhat", "– Đã rà soát, cập nhật", "– reviewed and updated", "kcn_cong_nhan", 1),
    row("kcn_da_dk_tam_tru", "+ Đã đăng ký tạm trú", "+ now registered (temporary)", "kcn_cong_nhan", 2),
    row(
      "kcn_da_dk_thuong_tru",
      "+ Đã đăng ký thường trú",
      "+ now registered (permanent)",
      "kcn_cong_nhan",
      2,
    ),
    row("kcn_khong_dk_tam_tru", "+ Không đăng ký tạm trú", "+ not registering", "kcn_cong_nhan", 2),
    row("kcn_khong_con_o_dia_phuong", "+ Không còn ở địa phương", "+ left the area", "kcn_cong_nhan", 2),
    row(
      "kcn_chua_lam_cccd",
      "Công nhân KCN chưa làm CCCD",
      "Industrial-zone workers without a CCCD",
      "kcn_cong_nhan",
    ),
    row(
      "tiem_chung_da_lam_sach",
      "Dữ liệu tiêm chủng sai, thiếu đã làm sạch",
      "Vaccination records corrected",
      "tiem_chung",
    ),
    row(
      "hoi_vien_tong",
      "Thông tin hội viên đoàn thể đã cập nhật",
      "Association members recorded",
      "hoi_vien_doan_the",
    ),
    row("hoi_nong_dan", "– Hội Nông dân", "– Farmers' Union", "hoi_vien_doan_the", 1),
    row("hoi_nguoi_cao_tuoi", "– Hội Người cao tuổi", "– Elderly Association", "hoi_vien_doan_the", 1),
    row("hoi_cuu_chien_binh", "– Hội Cựu chiến binh", "– Veterans' Association", "hoi_vien_doan_the", 1),
    row("hoi_khac", "– Đoàn, hội khác", "– other associations", "hoi_vien_doan_the", 1),
  ],
  rules: [
    sumRule(
      "huy_ra_soat_bang_hoan_thien_cong_vuong_mac",
      "error",
      VALUE,
      ["huy_ra_soat"],
      ["huy_da_hoan_thien", "huy_vuong_mac"],
      STATED_SPLIT,
    ),
    sumRule(
      "huy_vuong_mac_theo_ly_do",
      "error",
      VALUE,
      ["huy_vuong_mac"],
      ["huy_vm_chua_giay_to", "huy_vm_gks_sau_01_07_2021", "huy_vm_vang_mat", "huy_vm_khac"],
      STATED_SPLIT,
    ),
    lessOrEqualRule(
      "huy_thong_bao_khong_vuot_hoan_thien",
      "warning",
      VALUE,
      ["huy_thong_bao_so_moi"],
      ["huy_da_hoan_thien"],
    ),
    lessOrEqualRule(
      "ho_khong_chu_ho_xu_ly_khong_vuot",
      "warning",
      VALUE,
      ["ho_khong_chu_ho_da_xu_ly"],
      ["ho_khong_chu_ho_phat_hien"],
    ),
    lessOrEqualRule(
      "ho_nhieu_chu_ho_xu_ly_khong_vuot",
      "warning",
      VALUE,
      ["ho_nhieu_chu_ho_da_xu_ly"],
      ["ho_nhieu_chu_ho_phat_hien"],
    ),
    sumRule(
      "xoa_trung_de_nghi_trong_ngoai",
      "error",
      VALUE,
      ["xoa_trung_de_nghi"],
      ["xoa_trung_de_nghi_trong_tinh", "xoa_trung_de_nghi_ngoai_tinh"],
      STATED_SPLIT,
    ),
    sumRule(
      "xoa_trung_chu_dong_trong_ngoai",
      "error",
      VALUE,
      ["xoa_trung_chu_dong"],
      ["xoa_trung_chu_dong_trong_tinh", "xoa_trung_chu_dong_ngoai_tinh"],
      STATED_SPLIT,
    ),
    sumRule(
      "xoa_trung_tong_theo_nguon",
      "warning",
      VALUE,
      ["xoa_trung_tong"],
      ["xoa_trung_de_nghi", "xoa_trung_chu_dong"],
      STATED_SPLIT,
    ),
    lessOrEqualRule(
      "nkdb_chuyen_khong_vuot_thiet_lap",
      "warning",
      VALUE,
      ["nkdb_da_chuyen_pc06"],
      ["nkdb_da_thiet_lap"],
    ),
    sumRule(
      "kcn_cap_nhat_theo_tinh_trang",
      "error",
      VALUE,
      ["kcn_da_cap_nhat"],
      ["kcn_da_dk_tam_tru", "kcn_da_dk_thuong_tru", "kcn_khong_dk_tam_tru", "kcn_khong_con_o_dia_phuong"],
      STATED_SPLIT,
    ),
    lessOrEqualRule(
      "kcn_cap_nhat_khong_vuot",
      "warning",
      VALUE,
      ["kcn_da_cap_nhat"],
      ["kcn_chua_dk_tam_tru"],
    ),
    sumRule(
      "hoi_vien_theo_hoi",
      "error",
      VALUE,
      ["hoi_vien_tong"],
      ["hoi_nong_dan", "hoi_nguoi_cao_tuoi", "hoi_cuu_chien_binh", "hoi_khac"],
      STATED_SPLIT,
    ),
  ],
});

/** A cleaning item as a row of the progress table, with the wordings reports use for it. */
function item(id: string, vi: string, en: string, aliases: string[]): RowInput {
  return { id, label: label(vi, en), catalogId: id, aliases };
}

/**
 * Cleaning progress as officials lay it out: one row per item, found / processed / remaining across (README B5,
 * "WARNING da_xu_ly ≤ phat_hien": backlog from an earlier period can break it).
 */
export const LAM_SACH_TIEN_DO = defineTemplate({
  id: "lam_sach_tien_do",
  version: 1,
  shortTitle: label("Tiến độ làm sạch", "Cleaning progress"),
  title: label("Tiến độ làm sạch dữ liệu dân cư theo từng nội dung", "Population data cleaning progress"),
  rowHeading: label("Nội dung", "Item"),
  unit: "trường hợp",
  columns: [
    {
      id: "phat_hien",
      label: label("Số phát hiện", "Found"),
      kind: "count",
      width: 12,
      aliases: [
        "Phát hiện",
        "Số trường hợp phát hiện",
        "Tổng số phải xử lý",
        "Số phải xử lý",
        "Phải làm sạch",
      ],
      broadAliases: ["Tổng số", "Tổng", "Số lượng", "Số trường hợp"],
    },
    {
      id: "da_xu_ly",
      label: label("Đã xử lý", "Processed"),
      kind: "count",
      width: 12,
      aliases: [
        "Đã làm sạch",
        "Đã giải quyết",
        "Đã khắc phục",
        "Đã điều chỉnh",
        "Đã hoàn thành",
        "Đã cập nhật",
      ],
    },
    {
      id: "con_ton",
      label: label("Còn tồn", "Remaining"),
      kind: "count",
      formula: { op: "difference", from: "phat_hien", minus: ["da_xu_ly"] },
      width: 12,
      aliases: [
        "Còn lại",
        "Chưa xử lý",
        "Tồn",
        "Còn phải xử lý",
        "Chưa làm sạch",
        "Chưa hoàn thành",
        "Vướng mắc",
      ],
    },
    {
      id: "ty_le_xu_ly",
      label: label("Tỷ lệ xử lý (%)", "Processed (%)"),
      kind: "percent",
      formula: { op: "rate", part: "da_xu_ly", whole: "phat_hien" },
      width: 10,
      aliases: ["Tỷ lệ xử lý", "Tỷ lệ hoàn thành", "Tỷ lệ làm sạch"],
      broadAliases: ["Tỷ lệ", "Đạt tỷ lệ", "%"],
    },
    noteColumn,
  ],
  rows: [
    item("cmnd_9_so", "Cập nhật số CMND 9 số còn thiếu", "Missing 9-digit ID numbers", [
      "CMND 9 số",
      "Chứng minh nhân dân 9 số",
    ]),
    item("huy_so_ddcn", "Hủy, xác lập lại số ĐDCN", "Personal ID numbers re-issued", [
      "Hủy số ĐDCN",
      "Hủy số định danh cá nhân",
      "Xác lập lại số định danh cá nhân",
      "Sai cấu trúc số định danh",
    ]),
    item("ho_khong_chu_ho", "Hộ không có chủ hộ", "Households without a head", ["Hộ chưa có chủ hộ"]),
    item("ho_nhieu_chu_ho", "Hộ có trên 01 chủ hộ", "Households with several heads", [
      "Hộ có nhiều chủ hộ",
      "Hộ nhiều hơn 1 chủ hộ",
      "Hộ có từ 2 chủ hộ trở lên",
    ]),
    item("xoa_trung", "Rà soát, xóa trùng thông tin", "Duplicates removed", [
      "Xóa trùng",
      "Nghi trùng",
      "Trùng thông tin",
      "Thông tin trùng",
    ]),
    item("nhan_khau_dac_biet", "Nhân khẩu đặc biệt", "Special residents", ["Hồ sơ nhân khẩu đặc biệt"]),
    item("pham_nhan", "Dữ liệu phạm nhân", "Prisoner records", ["Phạm nhân"]),
    item("kcn_cong_nhan", "Công nhân khu công nghiệp", "Industrial-zone workers", [
      "Công nhân KCN",
      "Công nhân các khu công nghiệp",
    ]),
    item("tre_em", "Dữ liệu trẻ em", "Children's records", ["Trẻ em", "Khai sinh lỗi cấp số ĐDCN"]),
    item("tiem_chung", "Dữ liệu tiêm chủng", "Vaccination records", ["Tiêm chủng"]),
    item("bo_sung_thong_tin", "Bổ sung thông tin còn thiếu", "Missing information added", [
      "Bổ sung thông tin",
      "Thông tin còn thiếu",
    ]),
    item("nhan_khau_vang_mat", "Nhân khẩu vắng mặt", "Residents absent", [
      "Vắng mặt tại nơi cư trú",
      "Nhân khẩu vắng mặt tại nơi cư trú",
    ]),
    item("sai_lech_cccd_csdl", "Sai lệch thông tin CCCD với CSDLQG về dân cư", "CCCD/database mismatches", [
      "Sai lệch thông tin CCCD",
      "Sai lệch thông tin thẻ CCCD",
    ]),
    item("thue_bao_di_dong", "Thuê bao di động", "Mobile subscriptions", ["SIM rác", "SIM chính chủ"]),
    {
      id: "tong_cong",
      label: label("Tổng cộng", "Total"),
      total: true,
      formula: { op: "sum", of: ["*"] },
    },
  ],
  rules: [
    lessOrEqualRule("da_xu_ly_khong_vuot_phat_hien", "warning", eachRow(), ["da_xu_ly"], ["phat_hien"]),
    sumRule("phat_hien_bang_xu_ly_cong_con_ton", "error", eachRow(), ["phat_hien"], ["da_xu_ly", "con_ton"]),
    ratioRule("ty_le_xu_ly", eachRow(), "ty_le_xu_ly", "da_xu_ly", "phat_hien", true),
    sumRule(
      "dong_tong_cong",
      "error",
      eachColumn(["phat_hien", "da_xu_ly", "con_ton"]),
      ["tong_cong"],
      ["*"],
      {
        missing: "zero",
      },
    ),
  ],
});
