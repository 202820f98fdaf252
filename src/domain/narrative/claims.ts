// Numeric claims in Vietnamese report prose, and whether their arithmetic holds (README (c), (d); issue "the
// report text"). A claim that cannot be read in full is reported as such ("không đọc được"), never flagged.
import type { Language } from "../i18n";
import { type Decimal, decimalFromNumber } from "../numbers/decimal";
import { formatNumber, formatPercentPoints } from "../numbers/format";
import { parseVietnameseNumber } from "../numbers/parse";
import { checkStatedRate, type RateHint } from "../numbers/rate";
import { originalSpan, type TextView, textView } from "./view";

export type ClaimKind =
  | "ratio-rate" // a/b (đạt z%)
  | "ratio" // x/y, which cannot exceed 1
  | "parts" // N (A …; B …)
  | "part-rate" // the rate of a part of a stated total (N (…; B trực tuyến), đạt z%; N, trong đó B, chiếm z%)
  | "list" // N …, trong đó: + …: a; + …: b
  | "of-which" // N …, trong đó a …, b … (the parts cannot exceed the whole)
  | "remainder" // N …, đã … A, còn lại C
  | "rate"; // a rate whose whole the text does not say

export type Verdict = "consistent" | "inconsistent" | "unreadable";

export interface Claim {
  kind: ClaimKind;
  /** The claim as written (original text, offsets in UTF-16 code units of the input). */
  text: string;
  start: number;
  end: number;
  sentence: string;
  verdict: Verdict;
  stated?: number;
  computed?: number;
  message: string;
  /** The likely correct figure, as it should be written. */
  suggested?: string;
}

/** A figure: "1.325.816", "1,234,567", "382", "01". Not a piece of a code or a longer number ("Covid-19"). */
const NUM = String.raw`(?:(?<![\d.,\-])\d{1,3}(?:[.,]\d{3})+(?![\d])|(?<![\d.,\-])\d+(?![\d]|[.,]\d))`;
const PCT = String.raw`\d+(?:[.,]\d+)?\s?%`;
/** Up to n words (each with a letter) after a figure: its unit and what it counts ("hồ sơ tiếp nhận trực tiếp"). */
const words = (n: number) => String.raw`(?:\s+[^\s();:/%]*\p{L}[^\s();:/%]*){0,${n}}`;
const RATE_WORD = String.raw`(?:đạt|chiếm|tương ứng)(?:\s+(?:tỷ lệ|tỉ lệ))?(?:\s+là)?`;

const count = (text: string) => {
  const parsed = parseVietnameseNumber(text, "count");
  return parsed.kind === "number" ? parsed.value : NaN;
};
const percent = (text: string) => {
  const parsed = parseVietnameseNumber(text.replace(/\s/g, ""), "percent");
  return parsed.kind === "percent" ? parsed : undefined;
};
const decimal = (n: number): Decimal => decimalFromNumber(n)!;

interface Found {
  kind: ClaimKind;
  from: number;
  to: number;
  /** The figures, in the claim's own terms. */
  total?: number;
  parts?: number[];
  part?: number;
  whole?: number;
  rate?: string;
}

/** All matches of a pattern, with the view offsets of their groups. */
function* matches(
  pattern: string,
  text: string,
): Generator<RegExpExecArray & { indices: [number, number][] }> {
  for (const match of text.matchAll(new RegExp(pattern, "giud")))
    yield match as RegExpExecArray & { indices: [number, number][] };
}

function findRatioRates(text: string): Found[] {
  const pattern = String.raw`(${NUM})${words(6)}\s*/\s*(?:tổng số\s+|chỉ tiêu(?:\s+được giao)?\s+)?(${NUM})${words(6)}\s*,?\s*\(?\s*,?\s*${RATE_WORD}\s+(${PCT})`;
  return [...matches(pattern, text)].map((m) => ({
    kind: "ratio-rate",
    from: m.index,
    to: m.index + m[0].length,
    part: count(m[1]),
    whole: count(m[2]),
    rate: m[3],
  }));
}

/** x/y between quantities; document numbers (61/2018/NĐ-CP), dates (06/01/2022) and month/year are not ratios. */
function findRatios(text: string): Found[] {
  const found: Found[] = [];
  for (const m of matches(String.raw`(?<!/\s?)(${NUM})\s?/\s?(${NUM})(?!\s?/|[\p{L}\-])`, text)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
    const [x, y] = [count(m[1]), count(m[2])];
    if (/(?:tháng|ngày|năm|số:?)\s*$/.test(before) || (/^(19|20)\d\d$/.test(m[2]) && x <= 12)) continue;
    found.push({ kind: "ratio", from: m.index, to: m.index + m[0].length, part: x, whole: y });
  }
  return found;
}

/** N … (A …; B …[; C …]), and the rate that may follow it: of the online part where one is named, else the last. */
function findParts(text: string): Found[] {
  const found: Found[] = [];
  for (const m of matches(
    String.raw`(?:(${NUM})${words(4)}\s*)?\((\s*${NUM}[^;()]*(?:;\s*${NUM}[^;()]*)+)\)`,
    text,
  )) {
    const items = m[2].split(";").map((item) => item.trim());
    const parts = items.map((item) => count(new RegExp(`^(?:${NUM})`, "u").exec(item)?.[0] ?? ""));
    if (parts.some(Number.isNaN)) continue;
    const to = m.index + m[0].length;
    if (m[1] === undefined) {
      found.push({ kind: "parts", from: m.index, to, parts });
      continue;
    }
    const total = count(m[1]);
    found.push({ kind: "parts", from: m.index, to, total, parts });
    const rate = new RegExp(String.raw`^\s*,?\s*${RATE_WORD}\s+(${PCT})`, "iu").exec(text.slice(to));
    if (rate) {
      const online = items.findIndex((item) => /trực tuyến/i.test(item));
      found.push({
        kind: "part-rate",
        from: m.index,
        to: to + rate[0].length,
        part: parts[online >= 0 ? online : parts.length - 1],
        whole: total,
        rate: rate[1],
      });
    }
  }
  return found;
}

/** N …, trong đó: + label: a …; + label: b … (the "+" items add up to N). */
function findLists(text: string): Found[] {
  const found: Found[] = [];
  for (const m of matches(String.raw`(${NUM})${words(4)}\s*,?\s*trong đó\s*:\s*(?=[\-\s]*\+)`, text)) {
    const total = count(m[1]);
    const parts: number[] = [];
    let at = m.index + m[0].length;
    const item = new RegExp(String.raw`^[\-\s]*\+\s*[^:+]{2,250}?:\s*(${NUM})[^+]*`, "u");
    for (let next = item.exec(text.slice(at)); next; next = item.exec(text.slice(at))) {
      parts.push(count(next[1]));
      at += next[0].length;
    }
    if (parts.length >= 2) found.push({ kind: "list", from: m.index, to: at, total, parts });
  }
  return found;
}

/** N …, trong đó a …, b … up to the end of the sentence; with "chiếm/đạt z%" it is the rate of the first part. */
function findOfWhich(text: string): Found[] {
  const found: Found[] = [];
  for (const m of matches(
    String.raw`(${NUM})${words(8).replace("{0,8}", "{1,8}")}\s*,\s*trong đó\s*,?\s*:?\s*(?![\-\s]*\+)([^.;]*(?:[.,]\d[^.;]*)*)`,
    text,
  )) {
    const clause = m[2];
    const parts = [...clause.matchAll(new RegExp(`(${NUM})(?!\\s?%|\\s+tuổi)`, "gu"))].map((x) =>
      count(x[1]),
    );
    if (parts.length === 0) continue;
    const rate = new RegExp(String.raw`${RATE_WORD}\s+(${PCT})`, "iu").exec(clause);
    const from = m.index;
    const to = m.index + m[0].length;
    if (rate)
      found.push({
        kind: "part-rate",
        from,
        to: m.index + m[0].length - clause.length + rate.index + rate[0].length,
        part: parts[0],
        whole: count(m[1]),
        rate: rate[1],
      });
    else found.push({ kind: "of-which", from, to, total: count(m[1]), parts });
  }
  return found;
}

function findRemainders(text: string): Found[] {
  const pattern = String.raw`(${NUM})${words(6)}[^.;\d]{0,40}?(?<!\p{L})đã\s[^.;\d]{0,40}?(${NUM})[^.;\d]{0,40}?còn lại[^.;\d]{0,20}?(${NUM})`;
  return [...matches(pattern, text)].map((m) => ({
    kind: "remainder",
    from: m.index,
    to: m.index + m[0].length,
    total: count(m[1]),
    part: count(m[2]),
    whole: count(m[3]),
  }));
}

/** "10.445 đối tượng (đạt tỷ lệ 0.77%)": a rate of something the sentence does not say. */
function findLoneRates(text: string): Found[] {
  const pattern = String.raw`(?<!/\s?)(${NUM})${words(6)}\s*\(\s*${RATE_WORD}\s+(${PCT})\s*\)`;
  return [...matches(pattern, text)].map((m) => ({
    kind: "rate",
    from: m.index,
    to: m.index + m[0].length,
    rate: m[2],
  }));
}

const overlaps = (a: Found, b: Found) => a.from < b.to && b.from < a.to;

/** Every claim, without the same figures twice: a ratio inside a rated ratio, a rate inside a rated split. */
function findAll(text: string): Found[] {
  const rated = findRatioRates(text);
  const lists = findLists(text);
  const parts = findParts(text);
  const ratios = findRatios(text).filter((r) => !rated.some((x) => overlaps(x, r)));
  const ofWhich = findOfWhich(text).filter(
    (o) =>
      !lists.some((l) => l.from === o.from) && !parts.some((p) => p.kind === "part-rate" && overlaps(p, o)),
  );
  const lone = findLoneRates(text).filter(
    (l) => ![...rated, ...parts, ...ofWhich].some((x) => overlaps(x, l)),
  );
  return [...rated, ...ratios, ...parts, ...lists, ...ofWhich, ...findRemainders(text), ...lone].sort(
    (a, b) => a.from - b.from || a.to - b.to,
  );
}

const SENTENCE_END = /(?<!\d)[.;!?](?!\d)/g;

function sentenceAround(view: TextView, original: string, from: number, to: number): string {
  let start = 0;
  let end = view.text.length;
  for (const m of view.text.matchAll(SENTENCE_END)) {
    if (m.index < from) start = m.index + 1;
    else if (m.index >= to) {
      end = m.index + 1;
      break;
    }
  }
  const span = originalSpan(view, start, end);
  return original.slice(span.start, span.end).replace(/\s+/g, " ").trim();
}

const TEXTS = {
  vi: {
    rate: (p: number, w: number, computed: string, stated: string) =>
      `${formatNumber(p)}/${formatNumber(w)} = ${computed}, văn bản ghi ${stated}`,
    rateOk: (p: number, w: number, computed: string) =>
      `${formatNumber(p)}/${formatNumber(w)} = ${computed}: khớp`,
    zero: "mẫu số bằng 0, không tính được tỷ lệ",
    truncated: (stated: string) => ` (văn bản ghi ${stated}, làm tròn xuống)`,
    ratio: (x: number, y: number) =>
      `${formatNumber(x)}/${formatNumber(y)}: ${formatNumber(x)} lớn hơn ${formatNumber(y)}`,
    ratioOk: (x: number, y: number) => `${formatNumber(x)}/${formatNumber(y)}: khớp`,
    sum: (total: number, parts: number[], sum: number) =>
      `${formatNumber(total)} ≠ ${parts.map((p) => formatNumber(p)).join(" + ")} = ${formatNumber(sum)}`,
    sumOk: (total: number, parts: number[]) =>
      `${formatNumber(total)} = ${parts.map((p) => formatNumber(p)).join(" + ")}: khớp`,
    ofWhich: (total: number, sum: number) =>
      `các phần cộng lại ${formatNumber(sum)}, lớn hơn tổng ${formatNumber(total)}`,
    ofWhichOk: (total: number, sum: number) =>
      `các phần cộng lại ${formatNumber(sum)}, không vượt tổng ${formatNumber(total)}: khớp`,
    remainder: (total: number, done: number, left: number) =>
      `còn lại phải là ${formatNumber(total)} − ${formatNumber(done)} = ${formatNumber(total - done)}, văn bản ghi ${formatNumber(left)}`,
    remainderOk: (total: number, done: number) =>
      `${formatNumber(total)} − ${formatNumber(done)} = ${formatNumber(total - done)}: khớp`,
    lone: "không đọc được: câu không nói tỷ lệ này tính trên tổng số nào",
    noTotal: "không đọc được: không rõ tổng số của các phần trong ngoặc",
  },
  en: {
    rate: (p: number, w: number, computed: string, stated: string) =>
      `${formatNumber(p)}/${formatNumber(w)} = ${computed}, the text says ${stated}`,
    rateOk: (p: number, w: number, computed: string) =>
      `${formatNumber(p)}/${formatNumber(w)} = ${computed}: consistent`,
    zero: "the denominator is 0: no rate can be computed",
    truncated: (stated: string) => ` (the text's ${stated} is rounded down)`,
    ratio: (x: number, y: number) =>
      `${formatNumber(x)}/${formatNumber(y)}: ${formatNumber(x)} exceeds ${formatNumber(y)}`,
    ratioOk: (x: number, y: number) => `${formatNumber(x)}/${formatNumber(y)}: consistent`,
    sum: (total: number, parts: number[], sum: number) =>
      `${formatNumber(total)} ≠ ${parts.map((p) => formatNumber(p)).join(" + ")} = ${formatNumber(sum)}`,
    sumOk: (total: number, parts: number[]) =>
      `${formatNumber(total)} = ${parts.map((p) => formatNumber(p)).join(" + ")}: consistent`,
    ofWhich: (total: number, sum: number) =>
      `the parts add up to ${formatNumber(sum)}, more than the total ${formatNumber(total)}`,
    ofWhichOk: (total: number, sum: number) =>
      `the parts add up to ${formatNumber(sum)}, within the total ${formatNumber(total)}: consistent`,
    remainder: (total: number, done: number, left: number) =>
      `the remainder should be ${formatNumber(total)} − ${formatNumber(done)} = ${formatNumber(total - done)}, the text says ${formatNumber(left)}`,
    remainderOk: (total: number, done: number) =>
      `${formatNumber(total)} − ${formatNumber(done)} = ${formatNumber(total - done)}: consistent`,
    lone: "not read: the sentence does not say what this rate is a share of",
    noTotal: "not read: the total of the parts in brackets is not clear",
  },
};

function hintText(hint: RateHint | undefined, part: number, language: Language): string {
  if (!hint) return "";
  const vi = language === "vi";
  switch (hint.kind) {
    case "whole-off-by-one":
      return vi
        ? ` (khớp với ${formatNumber(part)}/${formatNumber(hint.whole)}: có thể tính nhầm trên ${formatNumber(hint.whole)})`
        : ` (matches ${formatNumber(part)}/${formatNumber(hint.whole)})`;
    case "stated-digit":
      return vi ? " (có thể gõ nhầm một chữ số)" : " (probably a one-digit typo)";
    case "part-digit":
      return vi
        ? ` (khớp nếu tử số là ${formatNumber(hint.part)})`
        : ` (matches a numerator of ${formatNumber(hint.part)})`;
    case "whole-digit":
      return vi
        ? ` (khớp nếu mẫu số là ${formatNumber(hint.whole)})`
        : ` (matches a denominator of ${formatNumber(hint.whole)})`;
  }
}

type Judged = Pick<Claim, "verdict" | "stated" | "computed" | "message" | "suggested">;

function judgeRate(part: number, whole: number, rateText: string, language: Language): Judged {
  const t = TEXTS[language];
  const stated = percent(rateText);
  if (!stated || whole === 0) return { verdict: "unreadable", message: t.zero };
  const check = checkStatedRate(decimal(part), decimal(whole), stated.exact, stated.decimals);
  if (check.verdict === "zero-whole") return { verdict: "unreadable", message: t.zero };
  const computed = formatPercentPoints(check.computed, check.decimals);
  const computedValue = (100 * part) / whole;
  if (check.verdict === "consistent") {
    const truncated =
      check.convention === "truncated" ? t.truncated(formatPercentPoints(stated.exact, stated.decimals)) : "";
    return {
      verdict: "consistent",
      stated: stated.value,
      computed: computedValue,
      message: t.rateOk(part, whole, computed) + truncated,
    };
  }
  const hint = hintText(check.hint, part, language);
  return {
    verdict: "inconsistent",
    stated: stated.value,
    computed: computedValue,
    message: t.rate(part, whole, computed, formatPercentPoints(stated.exact, stated.decimals)) + hint,
    suggested: computed,
  };
}

function judge(found: Found, language: Language): Judged {
  const t = TEXTS[language];
  switch (found.kind) {
    case "ratio-rate":
    case "part-rate":
      return judgeRate(found.part!, found.whole!, found.rate!, language);
    case "ratio":
      return found.part! <= found.whole!
        ? {
            verdict: "consistent",
            stated: found.part,
            computed: found.whole,
            message: t.ratioOk(found.part!, found.whole!),
          }
        : {
            verdict: "inconsistent",
            stated: found.part,
            computed: found.whole,
            message: t.ratio(found.part!, found.whole!),
          };
    case "parts":
    case "list": {
      if (found.total === undefined) return { verdict: "unreadable", message: t.noTotal };
      const sum = found.parts!.reduce((a, b) => a + b, 0);
      return sum === found.total
        ? {
            verdict: "consistent",
            stated: found.total,
            computed: sum,
            message: t.sumOk(found.total, found.parts!),
          }
        : {
            verdict: "inconsistent",
            stated: found.total,
            computed: sum,
            message: t.sum(found.total, found.parts!, sum),
            suggested: formatNumber(sum),
          };
    }
    case "of-which": {
      // "Trong đó" may list only some parts, or a part of a part (đã trả kết quả of đã giải quyết): the parts, or the
      // first ones, must not pass the total.
      const sum = found.parts!.reduce((a, b) => a + b, 0);
      const prefix = found.parts!.some(
        (_, i) => found.parts!.slice(0, i + 1).reduce((a, b) => a + b, 0) === found.total,
      );
      return sum <= found.total! || prefix
        ? {
            verdict: "consistent",
            stated: found.total,
            computed: sum,
            message: t.ofWhichOk(found.total!, prefix ? found.total! : sum),
          }
        : {
            verdict: "inconsistent",
            stated: found.total,
            computed: sum,
            message: t.ofWhich(found.total!, sum),
          };
    }
    case "remainder":
      return found.whole === found.total! - found.part!
        ? {
            verdict: "consistent",
            stated: found.whole,
            computed: found.total! - found.part!,
            message: t.remainderOk(found.total!, found.part!),
          }
        : {
            verdict: "inconsistent",
            stated: found.whole,
            computed: found.total! - found.part!,
            message: t.remainder(found.total!, found.part!, found.whole!),
            suggested: formatNumber(found.total! - found.part!),
          };
    case "rate":
      return { verdict: "unreadable", message: t.lone };
  }
}

/** Every checkable numeric claim of a text, judged. Offsets are in the text as given. */
export function checkText(original: string, language: Language = "vi"): Claim[] {
  const view = textView(original);
  return findAll(view.text).map((found) => {
    const { start, end } = originalSpan(view, found.from, found.to);
    return {
      kind: found.kind,
      text: original.slice(start, end),
      start,
      end,
      sentence: sentenceAround(view, original, found.from, found.to),
      ...judge(found, language),
    };
  });
}
