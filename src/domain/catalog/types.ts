/** The 25 essential public services ("DVC thiết yếu"), as ../shared/domain/dvc25.json describes them. */
export interface EssentialService {
  no: number;
  id: string;
  name: string;
  shortName: string;
  nameEn: string;
  sector: string;
  leadAgency: { until2024: string; from2025: string };
  reportGroup: "cong_an" | "ubnd_huyen_xa" | "co_quan_khac";
  /** Where dossiers are received; varies by province and year, so templates let a unit mark a row not applicable. */
  receivingLevels: string[];
  /** How sure the guide is of the receiving levels: stated in a seed, in the press, inferred, or unconfirmed. */
  levelConfidence: "seed" | "seed+press" | "press" | "inferred" | "unconfirmed";
  nameVariants: string[];
  /** Plausible names no source showed (e.g. "thẻ căn cước" after 1/7/2024). */
  unconfirmedVariants: string[];
  notes?: string[];
}

export interface CleaningItem {
  id: string;
  label: string;
  unit: string;
  fields: { id: string; label: string; unit?: string }[];
  relations: { id: string; expr: string; severity: "error" | "warning" | "info"; why?: string }[];
  /** Seeds the item appears in (000, 001, 004 shared; 002, 003 held back). */
  seenIn: string[];
  notes?: string;
}

/** A figure of one of the other report sections (CCCD, ĐDĐT, BHXH, vaccination, KCB, …). */
export interface Metric {
  id: string;
  section: SectionId;
  label: string;
  labelEn: string;
  unit: string;
  kind: "count" | "percent";
  /** Other wordings reports use for it (see the templates' `aliases`). */
  aliases?: string[];
}

export type SectionId =
  | "lien_thong"
  | "cccd"
  | "dddt"
  | "bhxh_dong_bo"
  | "tiem_chung"
  | "kcb_cccd"
  | "tuyen_truyen"
  | "to_cong_tac"
  | "nhan_luc"
  | "thiet_bi";

export interface Section {
  id: SectionId;
  title: string;
  titleEn: string;
  unit: string;
}
