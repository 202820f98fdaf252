import { foldDiacritics, normaliseText } from "../text";
import { ESSENTIAL_SERVICES } from "./dvc25";
import type { EssentialService } from "./types";

/** How a name found in a report was matched to a service (README (e)). */
export interface ServiceMatch {
  service: EssentialService;
  /** 1 for a known name, less for a diacritic-free or keyword match. */
  confidence: number;
  via: "name" | "without-diacritics" | "keywords";
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bcmnd\b/g, "chứng minh nhân dân"],
  [/\bcccd\b/g, "căn cước công dân"],
  [/\bbhyt\b/g, "bảo hiểm y tế"],
  [/\bgplx\b/g, "giấy phép lái xe"],
  [/\blltp\b/g, "lý lịch tư pháp"],
  [/(^|\s)đdcn(?=\s|$)/g, "$1định danh cá nhân"],
  [/\bthpt\b/g, "trung học phổ thông"],
  [/\bgcn\b/g, "giấy chứng nhận"],
  [/(^|\s)hđ(?=\s|$)/g, "$1hợp đồng"],
  [/(^|\s)đk(?=\s|$)/g, "$1đăng ký"],
  [/(^|\s)gks(?=\s|$)/g, "$1giấy khai sinh"],
  [/(^|\s)đkkd(?=\s|$)/g, "$1đăng ký kinh doanh"],
];
const SPELLINGS: [RegExp, string][] = [
  [/(^|\s)kí(?=\s|$)/g, "$1ký"],
  [/xoá/g, "xóa"],
  [/(^|\s)tỉ lệ/g, "$1tỷ lệ"],
];
const PREFIXES = /^(?:thủ tục|dịch vụ công|dịch vụ|dvc)\s+/;
const MIN_KEYWORD_SCORE = 0.6;

/** The comparable form of a service name: normalised, prefixes and trailing parentheses gone, abbreviations spelled out. */
export function serviceKey(name: string): string {
  let key = normaliseText(name).toLowerCase().replace(/\*\*/g, "");
  key = key.replace(/^(?:[+\-–•]\s*)+/, "").replace(/^(?:\d+|[a-zđ])[.)]\s+/, "");
  for (const [pattern, replacement] of SPELLINGS) key = key.replace(pattern, replacement);
  while (PREFIXES.test(key)) key = key.replace(PREFIXES, "");
  key = key.replace(/(?:\s*\([^)]*\))+\s*[:.]?$/, "").replace(/:$/, "");
  for (const [pattern, replacement] of ABBREVIATIONS) key = key.replace(pattern, replacement);
  return key
    .replace(/[,;:\-–/]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

interface IndexEntry {
  service: EssentialService;
  syllables: Set<string>;
}

const exactIndex = new Map<string, EssentialService>();
const foldedIndex = new Map<string, EssentialService>();
const keywordIndex: IndexEntry[] = [];
for (const service of ESSENTIAL_SERVICES) {
  for (const name of [
    service.name,
    service.shortName,
    ...service.nameVariants,
    ...service.unconfirmedVariants,
  ]) {
    const key = serviceKey(name);
    exactIndex.set(key, service);
    foldedIndex.set(foldDiacritics(key), service);
    keywordIndex.push({ service, syllables: new Set(foldDiacritics(key).split(" ")) });
  }
}

/** Dice overlap of two syllable sets: long specific names beat short ones they contain. */
function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** The essential service a name from a report refers to ("Cấp lại, đổi thẻ CCCD", "khai báo lưu trú"), or null. */
export function findService(name: string): ServiceMatch | null {
  const key = serviceKey(name);
  if (!key) return null;
  const exact = exactIndex.get(key);
  if (exact) return { service: exact, confidence: 1, via: "name" };
  const folded = foldDiacritics(key);
  const withoutMarks = foldedIndex.get(folded);
  if (withoutMarks) return { service: withoutMarks, confidence: 0.95, via: "without-diacritics" };

  const syllables = new Set(folded.split(" "));
  let best: { service: EssentialService; score: number } | null = null;
  for (const entry of keywordIndex) {
    const score = dice(syllables, entry.syllables);
    if (!best || score > best.score) best = { service: entry.service, score };
  }
  return best && best.score >= MIN_KEYWORD_SCORE
    ? { service: best.service, confidence: Math.round(best.score * 100) / 100, via: "keywords" }
    : null;
}

/** Words that say nothing about which service a label means. */
const FILLER = new Set(["cho", "cua", "va", "cac", "ve", "viec", "doi", "voi"]);
const CLEAR_MARGIN = 0.1;

/**
 * The service a label in an official's own table names beyond doubt: a known name (with or without diacritics), or
 * a shortening whose every word belongs to one service's name ("Thường trú", "ĐK tạm trú") and names it clearly
 * better than any other. "Đăng ký lại khai sinh" is not "Đăng ký khai sinh": its "lại" is in no name of that service.
 */
export function findServiceStrictly(name: string): EssentialService | null {
  const key = serviceKey(name);
  if (!key) return null;
  const folded = foldDiacritics(key);
  const known = exactIndex.get(key) ?? foldedIndex.get(folded);
  if (known) return known;
  const syllables = new Set(folded.split(" ").filter((s) => !FILLER.has(s)));
  if (syllables.size === 0) return null;
  // The joint procedures' names hold the other services' names: a label means one only when it says "liên thông"
  // or names two of its steps (registering the birth or death, and the residence).
  const has = (...words: string[]) => words.every((w) => syllables.has(w));
  const joint = has("lien", "thong") || (has("thuong", "tru") && has("khai") && (has("sinh") || has("tu")));
  const best = new Map<EssentialService, number>();
  for (const entry of keywordIndex) {
    if (!joint && entry.service.id.startsWith("lien_thong")) continue;
    if (![...syllables].every((s) => entry.syllables.has(s))) continue;
    best.set(entry.service, Math.max(best.get(entry.service) ?? 0, dice(syllables, entry.syllables)));
  }
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 0.4) return null;
  if (ranked.length > 1 && ranked[0][1] - ranked[1][1] < CLEAR_MARGIN) return null;
  return ranked[0][0];
}

export function serviceById(id: string): EssentialService | undefined {
  return ESSENTIAL_SERVICES.find((service) => service.id === id);
}
