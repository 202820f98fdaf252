// Real figures from the shared seed reports (../shared/domain/seeds), as table inputs.
import type { TableHeader } from "../../src/domain/workbook";
import type { TableValues } from "../../src/domain/templates";

/** S001, xã Long Hiệp, 2022: the nine services behind "Đã tiếp nhận và giải quyết 382 hồ sơ". */
export const S001_DVC: TableValues = {
  dang_ky_thuong_tru: { tong_ho_so: 78, truc_tiep: 63, truc_tuyen: 15, da_giai_quyet: 78 },
  dang_ky_tam_tru: { tong_ho_so: 54, truc_tiep: 26, truc_tuyen: 28, da_giai_quyet: 54 },
  thong_bao_luu_tru: { tong_ho_so: 62, truc_tiep: 3, truc_tuyen: 59, da_giai_quyet: 62 },
  khai_bao_tam_vang: { tong_ho_so: 2, truc_tiep: 1, truc_tuyen: 1 },
  dang_ky_khai_sinh: { tong_ho_so: 58, truc_tiep: 58, truc_tuyen: 0 },
  dang_ky_khai_tu: { tong_ho_so: 23, truc_tiep: 23, truc_tuyen: 0 },
  dang_ky_ket_hon: { tong_ho_so: 32, truc_tiep: 32, truc_tuyen: 0 },
  lien_thong_khai_sinh: { tong_ho_so: 48, truc_tiep: 48, truc_tuyen: 0 },
  lien_thong_khai_tu: { tong_ho_so: 25, truc_tiep: 25, truc_tuyen: 0 },
};

/** The online rates S001 states next to those rows ("đạt 19.23%", …), as a user types them into Excel. */
export const S001_STATED_RATES: Record<string, number> = {
  dang_ky_thuong_tru: 0.1923,
  dang_ky_tam_tru: 0.5185,
  thong_bao_luu_tru: 0.9365,
  khai_bao_tam_vang: 0.5,
};

export const S001_HEADER: TableHeader = {
  unit: "Xã Long Hiệp",
  level: "xa",
  from: "2022-03-30",
  to: "2022-12-30",
  reportDate: "2023-02-03",
};

/** S004, tỉnh Bình Định, to 06/2022: vaccination records matched to the population database (đối tượng, mũi). */
export const S004_TIEM_CHUNG: TableValues = {
  hoat_dong: { doi_tuong: 1336261, mui_tiem: 3389203 },
  co_tt: { doi_tuong: 1325816, mui_tiem: 3364279 },
  khong_tt: { doi_tuong: 10445, mui_tiem: 24924 },
  dung: { doi_tuong: 1051292, mui_tiem: 2705425 },
  sai: { doi_tuong: 274524, mui_tiem: 658854 },
};

/** S004's stated rates: 79,29% đúng and 20,71% sai of those with an ID number. */
export const S004_STATED_RATES = { ty_le_dung: 0.7929, ty_le_sai: 0.2071 };

export const S004_HEADER: TableHeader = {
  unit: "Tỉnh Bình Định",
  level: "tinh",
  from: "2022-01-06",
  to: "2022-06-06",
};
