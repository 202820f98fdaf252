// Data cleaning "đúng, đủ, sạch, sống" (README B5, cleaning-items.json): one row per figure, the guide's
// "trong đó" splits as sum rules and its soft relations as warnings.
import {
  defineTemplate,
  eachColumn,
  label,
  lessOrEqualRule,
  noteColumn,
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
