// Whether a claim's arithmetic holds, in words. "inconsistent" only when the reading is certain and the figures
// exact enough: a doubtful link or an approximation that allows the stated figure is never reported as wrong.
import type { Language } from "../i18n";
import { type Decimal, decimalFromNumber } from "../numbers/decimal";
import { formatNumber, formatPercentPoints } from "../numbers/format";
import { parseVietnameseNumber } from "../numbers/parse";
import { checkStatedRate, type RateHint } from "../numbers/rate";
import type { Doubt, Found } from "./find";
import { type Figure, isExact, type StatedRate } from "./figures";

export type Verdict = "consistent" | "inconsistent" | "unreadable";

export interface Judged {
  verdict: Verdict;
  stated?: number;
  computed?: number;
  message: string;
  /** The likely correct figure, as it should be written. */
  suggested?: string;
}

const n = (x: number) => formatNumber(x);
const pct = (x: number) => formatPercentPoints(x, 2);
const sumOf = (parts: Figure[]) => parts.reduce((a, b) => a + b.value, 0);
const join = (parts: Figure[]) => parts.map((p) => n(p.value)).join(" + ");

const TEXTS = {
  vi: {
    rate: (p: string, w: string, computed: string, stated: string) =>
      `${p}/${w} = ${computed}, văn bản ghi ${stated}`,
    rateOk: (p: string, w: string, computed: string) => `${p}/${w} = ${computed}: khớp`,
    zero: "mẫu số bằng 0, không tính được tỷ lệ",
    truncated: (stated: string) => ` (văn bản ghi ${stated}, làm tròn xuống)`,
    ratio: (x: number, y: number) => `${n(x)}/${n(y)}: ${n(x)} lớn hơn ${n(y)}`,
    ratioOk: (x: number, y: number) => `${n(x)}/${n(y)}: khớp`,
    rank: (x: number, y: number) => `xếp thứ ${n(x)} trong ${n(y)}: thứ hạng lớn hơn số đơn vị`,
    rankOk: (x: number, y: number) => `xếp thứ ${n(x)} trong ${n(y)}: hợp lệ`,
    sum: (total: number, parts: Figure[]) => `${n(total)} ≠ ${join(parts)} = ${n(sumOf(parts))}`,
    sumOk: (total: number, parts: Figure[]) => `${n(total)} = ${join(parts)}: khớp`,
    someParts: (total: number, parts: Figure[]) =>
      `không đọc được: ${join(parts)} = ${n(sumOf(parts))}, ít hơn tổng ${n(total)}; văn bản có thể chỉ nêu một số phần`,
    ofWhich: (total: number, sum: number) =>
      `không đọc được: các phần cộng lại ${n(sum)}, lớn hơn tổng ${n(total)}, nhưng văn bản không cho biết các phần có tách biệt nhau không`,
    partLarger: (part: number, total: number) => `phần ${n(part)} lớn hơn tổng ${n(total)}`,
    ofWhichOk: (total: number, sum: number) =>
      `các phần cộng lại ${n(sum)}, không vượt tổng ${n(total)}: khớp`,
    remainder: (total: number, done: number, left: number) =>
      `còn lại phải là ${n(total)} − ${n(done)} = ${n(total - done)}, văn bản ghi ${n(left)}`,
    remainderOk: (total: number, done: number) => `${n(total)} − ${n(done)} = ${n(total - done)}: khớp`,
    excess: (a: number, t: number, computed: string, stated: string) =>
      `(${n(a)} − ${n(t)})/${n(t)} = ${computed}, văn bản ghi vượt ${stated}`,
    excessOk: (a: number, t: number, computed: string) => `(${n(a)} − ${n(t)})/${n(t)} = ${computed}: khớp`,
    approximate: (low: string, high: string) => ` (số ước chừng: tỷ lệ trong khoảng ${low} – ${high})`,
    approximateWrong: (low: string, high: string, stated: string) =>
      `ngay cả với số ước chừng, tỷ lệ chỉ trong khoảng ${low} – ${high}, văn bản ghi ${stated}`,
    approximateSum: "các số ước chừng cộng lại vẫn trong phạm vi tổng: khớp",
    approximateSumWrong: (low: number, high: number, total: string) =>
      `ngay cả với số ước chừng, các phần cộng lại trong khoảng ${n(low)} – ${n(high)}, không thể bằng ${total}`,
    context: (whole: number) => ` (tổng số ${n(whole)} nêu trước đó)`,
    lone: "không đọc được: câu không nói tỷ lệ này tính trên tổng số nào",
    noTarget: "không đọc được: tỷ lệ so với chỉ tiêu, văn bản không nêu đủ số đạt được và chỉ tiêu",
    noTotal: "không đọc được: không rõ tổng số của các phần trong ngoặc",
    doubt: {
      target: "không đọc được: không chắc tỷ lệ so với chỉ tiêu/kế hoạch này tính từ các số trong câu",
      "which-part": "không đọc được: không rõ tỷ lệ tính cho phần nào trong ngoặc (không phần nào khớp)",
      context: "không đọc được: không chắc tỷ lệ tính trên số nêu trước đó",
    },
  },
  en: {
    rate: (p: string, w: string, computed: string, stated: string) =>
      `${p}/${w} = ${computed}, the text says ${stated}`,
    rateOk: (p: string, w: string, computed: string) => `${p}/${w} = ${computed}: consistent`,
    zero: "the denominator is 0: no rate can be computed",
    truncated: (stated: string) => ` (the text's ${stated} is rounded down)`,
    ratio: (x: number, y: number) => `${n(x)}/${n(y)}: ${n(x)} exceeds ${n(y)}`,
    ratioOk: (x: number, y: number) => `${n(x)}/${n(y)}: consistent`,
    rank: (x: number, y: number) => `ranked ${n(x)} of ${n(y)}: the rank exceeds the number of units`,
    rankOk: (x: number, y: number) => `ranked ${n(x)} of ${n(y)}: valid`,
    sum: (total: number, parts: Figure[]) => `${n(total)} ≠ ${join(parts)} = ${n(sumOf(parts))}`,
    sumOk: (total: number, parts: Figure[]) => `${n(total)} = ${join(parts)}: consistent`,
    someParts: (total: number, parts: Figure[]) =>
      `not read: ${join(parts)} = ${n(sumOf(parts))}, less than the total ${n(total)}; the text may name only some parts`,
    ofWhich: (total: number, sum: number) =>
      `not read: the parts add up to ${n(sum)}, more than the total ${n(total)}, but the text does not say whether they overlap`,
    partLarger: (part: number, total: number) => `the part ${n(part)} exceeds the total ${n(total)}`,
    ofWhichOk: (total: number, sum: number) =>
      `the parts add up to ${n(sum)}, within the total ${n(total)}: consistent`,
    remainder: (total: number, done: number, left: number) =>
      `the remainder should be ${n(total)} − ${n(done)} = ${n(total - done)}, the text says ${n(left)}`,
    remainderOk: (total: number, done: number) => `${n(total)} − ${n(done)} = ${n(total - done)}: consistent`,
    excess: (a: number, t: number, computed: string, stated: string) =>
      `(${n(a)} − ${n(t)})/${n(t)} = ${computed}, the text says ${stated} above`,
    excessOk: (a: number, t: number, computed: string) =>
      `(${n(a)} − ${n(t)})/${n(t)} = ${computed}: consistent`,
    approximate: (low: string, high: string) =>
      ` (approximate figures: the rate lies between ${low} and ${high})`,
    approximateWrong: (low: string, high: string, stated: string) =>
      `even with the approximate figures the rate lies between ${low} and ${high}; the text says ${stated}`,
    approximateSum: "the approximate parts can add up to the total: consistent",
    approximateSumWrong: (low: number, high: number, total: string) =>
      `even with the approximate figures the parts add up to between ${n(low)} and ${n(high)}, never ${total}`,
    context: (whole: number) => ` (the total ${n(whole)} given before)`,
    lone: "not read: the sentence does not say what this rate is a share of",
    noTarget: "not read: a rate against a target, and the text does not give both the result and the target",
    noTotal: "not read: the total of the parts in brackets is not clear",
    doubt: {
      target: "not read: this rate against a target or plan may not come from the figures in the sentence",
      "which-part": "not read: it is not clear which part in brackets the rate is of (none matches)",
      context: "not read: the rate may not be a share of the figure given before",
    },
  },
};

function hintText(hint: RateHint | undefined, part: number, language: Language): string {
  if (!hint) return "";
  const vi = language === "vi";
  switch (hint.kind) {
    case "whole-off-by-one":
      return vi
        ? ` (khớp với ${n(part)}/${n(hint.whole)}: có thể tính nhầm trên ${n(hint.whole)})`
        : ` (matches ${n(part)}/${n(hint.whole)})`;
    case "stated-digit":
      return vi ? " (có thể gõ nhầm một chữ số)" : " (probably a one-digit typo)";
    case "part-digit":
      return vi ? ` (khớp nếu tử số là ${n(hint.part)})` : ` (matches a numerator of ${n(hint.part)})`;
    case "whole-digit":
      return vi ? ` (khớp nếu mẫu số là ${n(hint.whole)})` : ` (matches a denominator of ${n(hint.whole)})`;
  }
}

const statedPercent = (written: string) => {
  const parsed = parseVietnameseNumber(written.replace(/\s/g, ""), "percent");
  return parsed.kind === "percent" ? parsed : undefined;
};
const decimal = (x: number): Decimal => decimalFromNumber(x)!;

/** The stated rate's possible true values: its rounding (half-up or truncated), or the approximation of its words. */
function statedRange(rate: StatedRate, value: number, decimals: number): [number, number] {
  if (rate.approximation) return [rate.approximation.low, rate.approximation.high];
  const unit = 10 ** -decimals;
  return [value - unit / 2, value + unit];
}

/** part/whole against a stated rate: exactly (rounded or truncated as stated), or within the approximations. */
function judgeRate(part: Figure, whole: Figure, rate: StatedRate, language: Language): Judged {
  const t = TEXTS[language];
  const stated = statedPercent(rate.written);
  if (!stated || whole.high <= 0) return { verdict: "unreadable", message: t.zero };
  const computedValue = (100 * part.value) / whole.value;
  if (isExact(part) && isExact(whole) && !rate.approximation) {
    const check = checkStatedRate(decimal(part.value), decimal(whole.value), stated.exact, stated.decimals);
    if (check.verdict === "zero-whole") return { verdict: "unreadable", message: t.zero };
    const computed = formatPercentPoints(check.computed, check.decimals);
    const written = formatPercentPoints(stated.exact, stated.decimals);
    if (check.verdict === "consistent")
      return {
        verdict: "consistent",
        stated: stated.value,
        computed: computedValue,
        message:
          t.rateOk(n(part.value), n(whole.value), computed) +
          (check.convention === "truncated" ? t.truncated(written) : ""),
      };
    return {
      verdict: "inconsistent",
      stated: stated.value,
      computed: computedValue,
      message:
        t.rate(n(part.value), n(whole.value), computed, written) + hintText(check.hint, part.value, language),
      suggested: computed,
    };
  }
  const [low, high] = [
    (100 * part.low) / whole.high,
    whole.low > 0 ? (100 * part.high) / whole.low : Infinity,
  ];
  const [from, to] = statedRange(rate, stated.value, stated.decimals);
  const range = [pct(low), Number.isFinite(high) ? pct(high) : "∞"] as const;
  if (to >= low && from <= high)
    return {
      verdict: "consistent",
      stated: stated.value,
      computed: computedValue,
      message: t.rateOk(n(part.value), n(whole.value), pct(computedValue)) + t.approximate(...range),
    };
  return {
    verdict: "inconsistent",
    stated: stated.value,
    computed: computedValue,
    message: t.approximateWrong(...range, rate.written),
  };
}

/** A total and its parts: equal, or wrong; fewer than the total is wrong only when the parts cover the whole. */
function judgeSum(total: Figure, parts: Figure[], complete: boolean, language: Language): Judged {
  const t = TEXTS[language];
  const sum = sumOf(parts);
  if (isExact(total) && parts.every(isExact))
    return sum === total.value
      ? { verdict: "consistent", stated: total.value, computed: sum, message: t.sumOk(total.value, parts) }
      : sum < total.value && !complete
        ? {
            verdict: "unreadable",
            stated: total.value,
            computed: sum,
            message: t.someParts(total.value, parts),
          }
        : {
            verdict: "inconsistent",
            stated: total.value,
            computed: sum,
            message: t.sum(total.value, parts),
            suggested: n(sum),
          };
  const [low, high] = [parts.reduce((a, p) => a + p.low, 0), parts.reduce((a, p) => a + p.high, 0)];
  if (high < total.low && !complete)
    return {
      verdict: "unreadable",
      stated: total.value,
      computed: sum,
      message: t.someParts(total.value, parts),
    };
  return high >= total.low && low <= total.high
    ? { verdict: "consistent", stated: total.value, computed: sum, message: t.approximateSum }
    : {
        verdict: "inconsistent",
        stated: total.value,
        computed: sum,
        message: t.approximateSumWrong(low, high, n(total.value)),
      };
}

/** A reading that could be wrong: what it gives when it matches, "not read" with the reason when it does not. */
/** A reading that could be wrong: what it gives when it matches, "not read" with the reason (and the arithmetic). */
function withDoubt(judged: Judged, doubt: Doubt | undefined, language: Language): Judged {
  if (!doubt || judged.verdict !== "inconsistent") return judged;
  return { verdict: "unreadable", message: `${TEXTS[language].doubt[doubt]} (${judged.message})` };
}

function judgeOfWhich(found: Found, language: Language): Judged {
  const t = TEXTS[language];
  const total = found.total!;
  const parts = found.parts!;
  const sum = sumOf(parts);
  const judged = { stated: total.value, computed: sum };
  // A part larger than its whole is wrong however the parts relate.
  const larger = parts.find((p) => p.low > total.high);
  if (larger) return { ...judged, verdict: "inconsistent", message: t.partLarger(larger.value, total.value) };
  // Otherwise "trong đó" may list only some parts, or parts that overlap (trực tuyến, and đã giải quyết): their sum
  // passing the total is a doubt, not an error. A part of a part (đã trả kết quả of đã giải quyết) also reads.
  const prefix = parts.some((_, i) => sumOf(parts.slice(0, i + 1)) === total.value);
  if (parts.reduce((a, p) => a + p.low, 0) <= total.high || prefix)
    return {
      ...judged,
      verdict: "consistent",
      message: t.ofWhichOk(total.value, prefix ? total.value : sum),
    };
  return { ...judged, verdict: "unreadable", message: t.ofWhich(total.value, sum) };
}

function judgeChoices(found: Found, language: Language): Judged {
  const judged = found.partChoices!.map((part) => judgeRate(part, found.whole!, found.rate!, language));
  const match = judged.find((j) => j.verdict === "consistent");
  return match ?? { verdict: "unreadable", message: TEXTS[language].doubt["which-part"] };
}

export function judge(found: Found, language: Language): Judged {
  const t = TEXTS[language];
  const { part, whole, total } = found;
  switch (found.kind) {
    case "ratio-rate":
    case "part-rate":
    case "remainder-rate":
    case "context-rate": {
      if (found.partChoices) return judgeChoices(found, language);
      const judged = withDoubt(judgeRate(part!, whole!, found.rate!, language), found.doubt, language);
      return found.kind === "context-rate" && judged.verdict !== "unreadable"
        ? { ...judged, message: judged.message + t.context(whole!.value) }
        : judged;
    }
    case "target-rate":
      return part && whole
        ? withDoubt(judgeRate(part, whole, found.rate!, language), found.doubt, language)
        : { verdict: "unreadable", message: t.noTarget };
    case "excess":
      return part && whole
        ? withDoubt(judgeExcess(part, whole, found.rate!, language), found.doubt, language)
        : { verdict: "unreadable", message: t.noTarget };
    case "ratio":
    case "rank": {
      const [ok, wrong] = found.kind === "rank" ? [t.rankOk, t.rank] : [t.ratioOk, t.ratio];
      const holds = part!.low <= whole!.high;
      return {
        verdict: holds ? "consistent" : "inconsistent",
        stated: part!.value,
        computed: whole!.value,
        message: (holds ? ok : wrong)(part!.value, whole!.value),
      };
    }
    case "parts":
    case "list":
    case "breakdown":
      return total
        ? judgeSum(total, found.parts!, found.complete ?? false, language)
        : { verdict: "unreadable", message: t.noTotal };
    case "of-which":
      return judgeOfWhich(found, language);
    case "remainder": {
      const [all, done, left] = [total!.value, part!.value, whole!.value];
      if (![total!, part!, whole!].every(isExact)) return judgeSum(total!, [part!, whole!], true, language);
      return left === all - done
        ? { verdict: "consistent", stated: left, computed: all - done, message: t.remainderOk(all, done) }
        : {
            verdict: "inconsistent",
            stated: left,
            computed: all - done,
            message: t.remainder(all, done, left),
            suggested: n(all - done),
          };
    }
    case "rate":
      return { verdict: "unreadable", message: t.lone };
  }
}

/** "A, vượt z% so với mục tiêu N": (A − N)/N. */
function judgeExcess(achieved: Figure, target: Figure, rate: StatedRate, language: Language): Judged {
  const t = TEXTS[language];
  const over = {
    value: achieved.value - target.value,
    low: achieved.low - target.high,
    high: achieved.high - target.low,
  };
  const judged = judgeRate(over, target, rate, language);
  if (!isExact(achieved) || !isExact(target) || judged.verdict === "unreadable") return judged;
  const computed = pct(judged.computed!);
  return judged.verdict === "consistent"
    ? { ...judged, message: t.excessOk(achieved.value, target.value, computed) }
    : {
        ...judged,
        message: t.excess(achieved.value, target.value, judged.suggested ?? computed, rate.written),
      };
}
