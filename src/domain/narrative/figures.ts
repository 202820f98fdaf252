// Figures in report prose: what is a figure (and what only looks like one: dates, times, codes, names, ages), and
// how exact it is ("hơn 4,2 triệu" is a range, not a number).
import { parseVietnameseNumber } from "../numbers/parse";

/** A count as written: "1.325.816", "1,234,567", "382", "01". Not a piece of a code or a longer number. */
export const NUM = String.raw`(?:(?<![\d.,\-#])\d{1,3}(?:[.,]\d{3})+(?![\d#])|(?<![\d.,\-#])\d+(?![\d#]|[.,][\d#]))`;
/** A count, or a rounded one in millions or thousands ("4,2 triệu"). */
export const FIG = String.raw`(?:(?<![\d.,\-#])\d+(?:[.,]\d+)?\s(?:triệu|nghìn|ngàn)(?!\p{L})|${NUM})`;
export const PCT = String.raw`\d+(?:[.,]\d+)?\s?%`;

export type Match = RegExpExecArray & { indices: [number, number][] };

/** All matches of a pattern (case-insensitive), with the offsets of their groups. */
export function* matches(pattern: string, text: string): Generator<Match> {
  for (const match of text.matchAll(new RegExp(pattern, "giud"))) yield match as Match;
}

/** The first match of a pattern (case-insensitive), with the offsets of its groups. */
export const first = (pattern: string, text: string) => new RegExp(pattern, "iud").exec(text) as Match | null;

/** A figure with the range of values its wording allows: low = high = value when it is exact. */
export interface Figure {
  value: number;
  low: number;
  high: number;
}

export const isExact = (f: Figure) => f.low === f.high;
export const exactly = (value: number): Figure => ({ value, low: value, high: value });

const SCALES: Record<string, number> = { triệu: 1e6, nghìn: 1e3, ngàn: 1e3 };
const APPROXIMATION = /(?:^|[\s(])(hơn|trên|gần|ngót|khoảng|xấp xỉ|ước tính|ước|chừng)\s+$/iu;

/** The place of the last significant digit: 1 for 41.205, 1.000 for 5.000, 0,1 for 4,2. */
function unitOf(digits: string): number {
  const [whole, fraction] = digits.split(/[.,](?=\d{1,2}$)/);
  if (fraction !== undefined) return 10 ** -fraction.length;
  const zeros = /0*$/.exec(whole.replace(/[.,]/g, ""))![0].length;
  return 10 ** Math.min(zeros, Math.max(0, whole.replace(/[.,]/g, "").length - 1));
}

/**
 * The figure written at `text[at…]` (`written` is the match), with the approximation the words before it give:
 * "hơn N" is N up to N plus one unit of its last digit, "gần N" one unit below up to N, "khoảng N" a unit either
 * side; a figure in millions is rounded, so half a unit either side. `exact` ignores the words before ("x trên y").
 */
export function figureAt(text: string, at: number, written: string, exact = false): Figure {
  const scaled = /^(\d+(?:[.,]\d+)?)\s(triệu|nghìn|ngàn)$/u.exec(written);
  if (scaled) {
    const scale = SCALES[scaled[2]];
    const value = Number(scaled[1].replace(",", ".")) * scale;
    const unit = unitOf(scaled[1]) * scale;
    return approximate(value, unit, exact ? undefined : wordBefore(text, at), true);
  }
  const parsed = parseVietnameseNumber(written, "count");
  const value = parsed.kind === "number" ? parsed.value : NaN;
  return approximate(value, unitOf(written), exact ? undefined : wordBefore(text, at), false);
}

function wordBefore(text: string, at: number): string | undefined {
  return APPROXIMATION.exec(text.slice(Math.max(0, at - 16), at))?.[1].toLowerCase();
}

function approximate(value: number, unit: number, word: string | undefined, rounded: boolean): Figure {
  switch (word) {
    case "hơn":
    case "trên":
      return { value, low: value, high: value + unit };
    case "gần":
    case "ngót":
      return { value, low: value - unit, high: value };
    case undefined:
      return rounded ? { value, low: value - unit / 2, high: value + unit / 2 } : exactly(value);
    default:
      return { value, low: value - unit, high: value + unit };
  }
}

/** A stated rate, with the approximation its words give ("đạt hơn 90%" is at least 90%). */
export interface StatedRate {
  written: string;
  /** Absent when the rate is stated exactly. */
  approximation?: { low: number; high: number };
}

export function rateAt(text: string, at: number, written: string): StatedRate {
  const word = wordBefore(text, at);
  if (!word) return { written };
  const value = Number(written.replace(/[\s%]/g, "").replace(",", "."));
  const unit = Math.max(1, unitOf(written.replace(/[\s%]/g, "")));
  const range = approximate(value, unit, word, false);
  // "hơn 90%" says at least 90%, nothing about how much more.
  return {
    written,
    approximation: { low: range.low, high: word === "hơn" || word === "trên" ? Infinity : range.high },
  };
}

/** Words after which a number names something (a document, a provision, a place, a level), not a quantity. */
const NAMING_WORDS = [
  "đề án",
  "quyết định",
  "nghị định",
  "nghị quyết",
  "thông tư",
  "chỉ thị",
  "kế hoạch\\s+số", // "kế hoạch 2.000 tài khoản" is a target
  "công văn",
  "công điện",
  "văn bản",
  "thông báo",
  "kết luận",
  "tờ trình",
  "hướng dẫn",
  "luật",
  "điều",
  "(?<!tài\\s)khoản",
  "điểm",
  "chương",
  "mục",
  "phụ lục",
  "biểu",
  "mẫu",
  "phần",
  "quốc lộ",
  "tỉnh lộ",
  "đường",
  "phố",
  "quảng trường",
  "phường",
  "quận",
  "tổ dân phố",
  "tổ",
  "ấp",
  "khóm",
  "khu phố",
  "khu",
  "thôn",
  "xóm",
  "bản",
  "buôn",
  "đội",
  "lô",
  "số nhà",
  "km",
  "mức độ",
  "mức",
  "cấp độ",
  "level",
  "lần",
  "đợt",
  "khóa",
  "lớp",
  "cục",
  "quý",
  "giai đoạn",
  "covid",
];
/** Words after which d/m is a date: "đến thời điểm 15/6", "dịp 30/4", "sáng 15/6". */
const DATE_WORDS = [
  "ngày",
  "hôm",
  "sáng",
  "chiều",
  "trưa",
  "tối",
  "đêm",
  "thời điểm",
  "dịp",
  "lễ",
  "tết",
  "kỷ niệm",
  "đến",
  "tới",
  "từ",
  "trước",
  "sau",
  "hạn",
  "hết",
  "cuối",
  "đầu",
  "giữa",
  "kể từ",
  "tính đến",
  "đường",
  "phố",
  "quảng trường",
];

const anyOf = (list: string[]) => list.join("|");
const L = String.raw`(?<![\p{L}\d])`;

/** Patterns of numbers that are not figures; the callback may decline a match (returns false). */
const NOT_FIGURES: { pattern: RegExp; when?: (m: RegExpExecArray) => boolean }[] = [
  // Full dates: 06/01/2022, 8-5-2023, 20.10.2024.
  { pattern: /(?<![\d.,])\d{1,2}\s?([/\-.])\s?\d{1,2}\s?\1\s?(?:19|20)?\d{2}(?!\d)/gu },
  // Dates after a date word: "đến thời điểm 15/6", "tính đến 8-5", "dịp 30/4".
  {
    pattern: new RegExp(
      String.raw`${L}(?:${anyOf(DATE_WORDS)})\s+(?:ngày\s+)?(\d{1,2})\s?[/\-]\s?(\d{1,2})(?![\d/]|[.,]\d)`,
      "giu",
    ),
    when: (m) => isDayMonth(m[1], m[2]),
  },
  // d/m followed by no word that it counts, or more than its "whole": a date ("15/6, UBND xã …", "30/4"); but
  // not the ratio in brackets after a rate ("đạt 50% (1/2)").
  {
    pattern: /(?<![\d.,/#])(?<!%\s*\(\s*)(\d{1,2})\s?\/\s?(\d{1,2})(?![\d/]|[.,]\d)(?!\s+\p{L})/gu,
    when: (m) => isDayMonth(m[1], m[2]),
  },
  {
    pattern: /(?<![\d.,/#])(\d{1,2})\s?\/\s?(\d{1,2})(?![\d/]|[.,]\d)/gu,
    when: (m) => isDayMonth(m[1], m[2]) && +m[1] > +m[2],
  },
  {
    pattern: /(?<![\d.,/#])(\d{1,2})\s?\/\s?(\d{1,2})\s+(?:của\s+)?năm/giu,
    when: (m) => isDayMonth(m[1], m[2]),
  },
  // Round the clock: "trực 24/24", "24/7".
  { pattern: /(?<![\d.,/#])24\s?\/\s?(?:24|7)(?![\d])/gu },
  // Months and years: "3/2022", "tháng 6", "năm 2024", "2021 - 2025".
  { pattern: /(?<![\d.,/#])(\d{1,2})\s?\/\s?(?:19|20)\d{2}(?!\d)/gu, when: (m) => +m[1] >= 1 && +m[1] <= 12 },
  { pattern: /(?<!\p{L})tháng\s+(\d{1,2})(?![\d.,%])/giu, when: (m) => +m[1] >= 1 && +m[1] <= 12 },
  { pattern: /(?<!\p{L})năm\s+(?:19|20)\d{2}(?!\d)/giu },
  { pattern: /(?<![\d.,#])(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}(?!\d)/gu },
  // Times: 14h30, 8 giờ 30 phút, 07:30.
  { pattern: /(?<![\d.,#])\d{1,2}\s?(?:giờ|h)(?:\s?\d{1,2}(?:\s?phút|')?)?(?![\p{L}\d])/giu },
  { pattern: /(?<![\d.,#])\d{1,2}:\d{2}(?!\d)/gu },
  // Durations: "06 tháng đầu năm", "02 ngày làm việc".
  { pattern: /(?<![\d.,#])\d{1,3}\s(?:tháng|ngày|tuần|quý)(?!\p{L})/giu },
  // Ages: "14 tuổi", "từ 0 - 6 tuổi", "từ 14 đến dưới 18 tuổi".
  { pattern: /(?<![\d.,#])\d{1,3}(?:\s*(?:[-–]|đến|tới)\s*(?:dưới\s*)?\d{1,3})?\s*tuổi/giu },
  // Document numbers: 06/QĐ-TTg, 61/2018/NĐ-CP, 57-NQ/TW, 14084/KH-UBND.
  { pattern: /(?<![\d.,#])\d+(?:\s?\/\s?\d{4})?\s?[/-]\s?\p{Lu}[\p{L}\d\-./]*/gu },
  // Codes: C06, PC06, 4G; and a number after a naming word: "Đề án 06", "Điều 5", "đường 19/5", "mức độ 2".
  { pattern: /(?<=\p{L}-?)\d+(?:[.,]\d+)*|(?<![\d.,])\d+(?:[.,]\d+)*(?=\p{L})/gu },
  {
    pattern: new RegExp(
      String.raw`${L}(?:${anyOf(NAMING_WORDS)})\s*(?:số\s*)?:?\s*\d+(?:\s?[/\-]\s?\d+)*(?![\d.,]*\s?%)`,
      "giu",
    ),
  },
];

function isDayMonth(day: string, month: string): boolean {
  return +day >= 1 && +day <= 31 && +month >= 1 && +month <= 12;
}

/** The text with the digits of every number that is not a figure replaced by "#" (same length: offsets hold). */
export function maskNotFigures(text: string): string {
  let masked = text;
  for (const { pattern, when } of NOT_FIGURES)
    masked = masked.replace(pattern, (...args) => {
      const match = args[0] as string;
      const groups = args.slice(0, -2) as string[];
      const m = Object.assign(groups, {
        index: args.at(-2) as number,
        input: masked,
      }) as unknown as RegExpExecArray;
      return when && !when(m) ? match : match.replace(/\d/g, "#");
    });
  return masked;
}
