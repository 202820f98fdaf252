// The words that give a table its structure, whatever it reports: numbering, label and unit headings, total rows,
// units (xã, huyện, tỉnh), notes under a table and the row of column numbers under a heading.
import { normaliseText } from "../text";
import type { UnitLevel } from "../workbook";
import { wordKey } from "./words";

const STT = new Set(["stt", "tt", "so tt", "so thu tu", "thu tu"]);

export function isSttKey(key: string): boolean {
  return STT.has(key);
}

const CODE =
  /^(ma|ma so|ky hieu|so hieu)( (tthc|thu tuc|thu tuc hanh chinh|dvc|dich vu|ho so|dinh danh|don vi|so))?$/;

/** The heading of a column of codes ("Mã TTHC", "Mã số"): numbers that are not figures. */
export function isCodeKey(key: string): boolean {
  return CODE.test(key);
}

/** Label headings as they stand, and a few that may go on ("Nội dung công việc", "Tên thủ tục hành chính …"). */
const LABEL_HEADINGS =
  /^(noi dung|chi tieu|ten chi tieu|tieu chi|danh muc|dich vu cong|ten dich vu cong|ten dvc|dvc|thu tuc|ten thu tuc|thu tuc hanh chinh|ten thu tuc hanh chinh|linh vuc|nhom|nhom thu tuc|hang muc|loai|cap|ten|chi so|nhiem vu|dien giai|hinh thuc)$|^(noi dung|ten thu tuc|ten dich vu|danh muc|ten chi tieu) /;

/** The heading of a column of row labels: "Nội dung", "Tên thủ tục hành chính", "Chỉ tiêu". */
export function isLabelHeadingKey(key: string): boolean {
  return LABEL_HEADINGS.test(key) || isUnitHeadingKey(key);
}

const UNIT_HEADINGS =
  /^(don vi|ten don vi|don vi hanh chinh|don vi bao cao|dia phuong|dia ban|xa|phuong|huyen|ten xa|ten huyen|xa phuong thi tran|xa thi tran|xa phuong|phuong xa|huyen thi xa thanh pho|huyen thanh pho|huyen thi xa|cong an xa|cong an cac xa|cong an xa phuong thi tran|cac xa|cac don vi|cac xa thi tran|cac xa phuong thi tran|don vi cap xa|don vi cap huyen)$/;

/** The heading of a column of units: "Đơn vị", "Xã, phường, thị trấn". */
export function isUnitHeadingKey(key: string): boolean {
  return UNIT_HEADINGS.test(key);
}

const TOTAL =
  /^(tong cong|tong so|tong|cong|tong chung|cong chung|tong cong toan (huyen|tinh|xa|thi xa|thanh pho|quan))( [ivx0-9+ ]+)?$|^(toan|ca) (huyen|tinh|xa|thi xa|thanh pho|quan|phuong|thi tran|don vi)( .*)?$/;

/** A total row or column: "Tổng cộng", "Cộng", "Tổng số (I+II)", "Toàn huyện". */
export function isTotalKey(key: string): boolean {
  return TOTAL.test(key);
}

const NOTE =
  /^(ghi chu|luu y|chu thich|nguon|nguoi lap|nguoi bao cao|thu truong|noi nhan|xac nhan|ky ten|tm |t m )/;

/** A line written under a table: "Ghi chú: …", "* Số liệu tính đến …", "Người lập biểu". */
export function isNoteText(text: string): boolean {
  const trimmed = text.trim();
  return /^[*(]/.test(trimmed) || NOTE.test(wordKey(trimmed)) || trimmed.length > 120;
}

export type SttKind = "number" | "decimal" | "roman" | "letter" | "bullet";

/** How a numbering cell numbers its row: 1 · 1.1 · I · a · "-". */
export function sttKind(value: unknown): SttKind | undefined {
  if (typeof value === "number")
    return Number.isInteger(value) && value > 0 && value < 10_000 ? "number" : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (/^\d{1,4}[.)]?$/.test(text)) return "number";
  if (/^\d{1,3}(\.\d{1,3})+\.?$/.test(text)) return "decimal";
  if (/^[IVXLC]{1,6}[.)]?$/.test(text) || /^[ivx]{1,5}[.)]$/.test(text)) return "roman";
  if (/^[a-zđA-ZĐ][.)]?$/.test(text)) return "letter";
  if (/^[-+–•*]$/.test(text)) return "bullet";
  return undefined;
}

/**
 * A cell of the row of column numbers under a heading: "1", "(2)", "A", "(4)=(3)/(1)", "5 = 3 + 4",
 * "(6)=(5)/(3)×100", "(7)=(2)/(1)%".
 */
export function isColumnNumberText(value: unknown): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 && value <= 60;
  if (typeof value !== "string") return false;
  const term = String.raw`\(?(?:\d{1,2}|[A-Z])\)?`;
  const scale = String.raw`(?:\s*[x×*.]\s*100\s*%?|\s*%)?`;
  return new RegExp(String.raw`^${term}(?:\s*[=+\-*/x×:]\s*${term})*${scale}$`).test(value.trim());
}

const UNIT_PREFIXES: [RegExp, UnitLevel][] = [
  [/^(xã|phường|thị trấn|tt\.?)\s+\S/, "xa"],
  [/^(huyện|quận|thị xã|tx\.?|thành phố|tp\.?)\s+\S/, "huyen"],
  [/^tỉnh\s+\S/, "tinh"],
];
/** For names typed without diacritics: the unambiguous prefixes only ("quan" could be "quản"). */
const FOLDED_PREFIXES: [RegExp, UnitLevel][] = [
  [/^(xa|phuong|thi tran) \S/, "xa"],
  [/^(huyen|thi xa) \S/, "huyen"],
];
const AGENCY = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân|công an|ca|tổ công tác(?: đề án 0?6)?)\s+/;

export interface UnitName {
  name: string;
  level: UnitLevel;
}

/**
 * The unit a label or title names: "Xã Cẩm Bình", "PHƯỜNG 3", "TT. Cẩm Xuyên", "UBND huyện Kỳ Anh" → the unit and
 * its level. Undefined for anything else.
 */
export function unitOf(text: string): UnitName | undefined {
  const normal = normaliseText(text);
  if (normal.length > 60) return undefined;
  const lower = normal.toLowerCase().replace(AGENCY, "");
  const plain = lower === wordKey(lower);
  const found =
    UNIT_PREFIXES.find(([pattern]) => pattern.test(lower)) ??
    (plain ? FOLDED_PREFIXES.find(([pattern]) => pattern.test(lower)) : undefined);
  if (!found) return undefined;
  const start = normal.length - lower.length;
  const written = normal.slice(start);
  return {
    name: written === written.toUpperCase() ? titleCase(written) : capitalise(written),
    level: found[1],
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(" ")
    .map((word) => capitalise(word))
    .join(" ");
}
