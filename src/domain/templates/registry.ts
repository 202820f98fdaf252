import { LAM_SACH, LAM_SACH_TIEN_DO } from "./cleaning";
import { DVC25, LIEN_THONG, NHAN_LUC } from "./dvc";
import { BHXH_DONG_BO, CCCD, DDDT, KCB_CCCD, TIEM_CHUNG, TO_CONG_TAC, TUYEN_TRUYEN } from "./records";
import type { Template } from "./schema";

/** Every template BC06 offers, in the order reports present them. */
export const TEMPLATES: readonly Template[] = [
  DVC25,
  LIEN_THONG,
  CCCD,
  DDDT,
  LAM_SACH,
  LAM_SACH_TIEN_DO,
  BHXH_DONG_BO,
  TIEM_CHUNG,
  KCB_CCCD,
  TUYEN_TRUYEN,
  TO_CONG_TAC,
  NHAN_LUC,
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
