// A commune's half-year report with real figures (seed S001, xã Long Hiệp) and a few deliberate mistakes: the
// sample of the standalone page and of examples/. Each mistake is one that real reports make.
import type { TableValues } from "./templates";
import type { TableHeader } from "./workbook";

export const SAMPLE_HEADER: TableHeader = {
  unit: "Xã Long Hiệp",
  level: "xa",
  from: "2025-01-01",
  to: "2025-06-30",
  cutoff: "2025-06-30",
  reportDate: "2025-07-03",
};

const DVC: TableValues = {
  dang_ky_thuong_tru: {
    tham_quyen: "Xã",
    tong_ho_so: 78,
    truc_tiep: 63,
    truc_tuyen: 15,
    da_giai_quyet: 78,
    tra_dung_han: 78,
  },
  dang_ky_tam_tru: {
    tham_quyen: "Xã",
    tong_ho_so: 54,
    truc_tiep: 26,
    truc_tuyen: 28,
    da_giai_quyet: 54,
    tra_dung_han: 54,
  },
  // The seed report's "đạt 93.65%" for 59 of 62, typed over the template's formula.
  thong_bao_luu_tru: {
    tham_quyen: "Xã",
    tong_ho_so: 62,
    truc_tiep: 3,
    truc_tuyen: 59,
    ty_le_truc_tuyen: 0.9365,
    da_giai_quyet: 62,
    tra_dung_han: 62,
  },
  khai_bao_tam_vang: {
    tham_quyen: "Xã",
    tong_ho_so: 2,
    truc_tiep: 1,
    truc_tuyen: 1,
    da_giai_quyet: 2,
    tra_dung_han: 2,
  },
  // Online larger than the total: a slip (35 for 3).
  dang_ky_khai_sinh: {
    tham_quyen: "Xã",
    tong_ho_so: 58,
    truc_tiep: 55,
    truc_tuyen: 35,
    da_giai_quyet: 58,
    tra_dung_han: 58,
  },
  dang_ky_khai_tu: {
    tham_quyen: "Xã",
    tong_ho_so: 23,
    truc_tiep: 23,
    truc_tuyen: 0,
    da_giai_quyet: 23,
    tra_dung_han: 23,
  },
  dang_ky_ket_hon: {
    tham_quyen: "Xã",
    tong_ho_so: 32,
    truc_tiep: 32,
    truc_tuyen: 0,
    da_giai_quyet: 32,
    tra_dung_han: 32,
  },
  ho_chieu: { tham_quyen: "Không thuộc thẩm quyền" },
};

const LAM_SACH: TableValues = {
  cmnd_9_so: { so_lieu: 125 },
  huy_ra_soat: { so_lieu: 27 },
  huy_da_hoan_thien: { so_lieu: 20 },
  huy_vuong_mac: { so_lieu: 7 },
  ho_khong_chu_ho_phat_hien: { so_lieu: 4 },
  ho_khong_chu_ho_da_xu_ly: { so_lieu: 4 },
  xoa_trung_tong: { so_lieu: 6 },
  // "1.174" typed into an English-locale Excel: the decimal 1.174.
  thong_bao_so_ddcn: { so_lieu: 1.174 },
  tiem_chung_da_lam_sach: { so_lieu: 841 },
};

const CCCD: TableValues = {
  thu_nhan: { trong_ky: 420, luy_ke: 4_950 },
  cap_lan_dau: { trong_ky: 35, luy_ke: 600 },
  truyen_du_lieu: { trong_ky: 410, luy_ke: 4_900 },
  // Cumulative below this period's figure.
  tra_the: { trong_ky: 380, luy_ke: 350 },
  chi_tieu: { luy_ke: 5_000 },
};

/** The sample's tables, in the order they are inserted. */
export const SAMPLE_TABLES: readonly { templateId: string; values: TableValues }[] = [
  { templateId: "dvc25", values: DVC },
  { templateId: "cccd", values: CCCD },
  { templateId: "lam_sach", values: LAM_SACH },
];
