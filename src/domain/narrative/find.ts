// The shapes of numeric claims in report prose, found on the masked view of the text (figures.ts): each finder
// reads one way officials write a figure and what it is a share or a part of.
import {
  FIG,
  type Figure,
  figureAt,
  first,
  type Match,
  matches,
  PCT,
  rateAt,
  type StatedRate,
} from "./figures";

export type ClaimKind =
  | "ratio-rate" // a/b (đạt z%), a … trên b …, đạt z%, đạt z% (a/b)
  | "ratio" // x/y, which cannot exceed 1
  | "rank" // xếp thứ x/y
  | "parts" // N (A …; B …)
  | "part-rate" // the rate of a part of a stated total (N (…; B trực tuyến), đạt z%; N, trong đó B, chiếm z%)
  | "list" // N …, trong đó: + …: a; + …: b
  | "breakdown" // N …, trong đó a trực tiếp, b trực tuyến (the parts cover the whole, so they add up to it)
  | "of-which" // N …, trong đó a …, b … (the parts cannot exceed the whole)
  | "remainder" // N …, đã … A, còn lại C
  | "remainder-rate" // A … (đạt z%), còn lại C (z% of A + C)
  | "context-rate" // the whole in the clause or sentence before: "đã cấp N tài khoản. Mới có A tài khoản …, đạt z%"
  | "target-rate" // đạt z% chỉ tiêu / kế hoạch (A against the target N when the text gives it)
  | "excess" // A, vượt z% so với mục tiêu N
  | "rate"; // a rate whose whole the text does not say

/** Why a reading is not certain: the figures are read, but a mismatch is reported as not read, never as wrong. */
export type Doubt = "target" | "which-part" | "context";

export interface Found {
  kind: ClaimKind;
  from: number;
  to: number;
  total?: Figure;
  parts?: Figure[];
  part?: Figure;
  /** Candidates for the part when the text does not say which one the rate is of. */
  partChoices?: Figure[];
  whole?: Figure;
  rate?: StatedRate;
  /** The parts cover the whole (direct and online, male and female…): fewer than the total is wrong too. */
  complete?: boolean;
  /** Where the rate is, so that one rate is read once. */
  rateFrom?: number;
  doubt?: Doubt;
}

/** Up to n words (each with a letter) after a figure: its unit and what it counts ("hồ sơ tiếp nhận trực tiếp"). */
const words = (n: number) => String.raw`(?:\s+(?=[^\s();:/%]*\p{L})[^\s();:/%]+){0,${n}}`;
/** What may stand between a figure and its rate: words, brackets and names ("mức #"), no other figure, in the sentence. */
const GAP = String.raw`[^.;!?\d%/]{0,160}?`;
const APPROX = String.raw`(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?`;
const RATE_WORD = String.raw`(?:(?:đạt|chiếm|tương ứng|bằng)(?:\s+(?:tỷ lệ|tỉ lệ))?|tỷ lệ|tỉ lệ|với tỷ lệ)(?:\s+là)?`;
/** Where a rate is stated after its figures: "…, đạt tỷ lệ 78,77%", or just in brackets "… (78,77%)". */
const STATED = String.raw`(?:${RATE_WORD}\s+${APPROX}|\(\s*)`;
const TARGET = String.raw`\s*\)?\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)`;

const fig = (text: string, m: Match, group: number, exact = false) =>
  figureAt(text, m.indices[group][0], m[group], exact);
const rate = (text: string, m: Match, group: number) => rateAt(text, m.indices[group][0], m[group]);
const end = (m: Match) => m.index + m[0].length;
const followedByTarget = (text: string, at: number) => new RegExp(`^${TARGET}`, "iu").test(text.slice(at));

/** a/b …, đạt z% and a … trên b …, đạt z%; the rate may follow a long noun phrase. */
function findRatioRates(text: string): Found[] {
  const found: Found[] = [];
  const forms = [
    String.raw`(${FIG})${words(6)}\s*/\s*(tổng số\s+|chỉ tiêu(?:\s+được giao)?\s+)?(${FIG})`,
    String.raw`(${FIG})${words(8)}\s+trên\s+(tổng số\s+)?${APPROX}(${FIG})`,
  ];
  for (const ratio of forms)
    for (const m of matches(String.raw`${ratio}${GAP}${STATED}(${PCT})`, text)) {
      // In "x trên y", "trên" means "out of", not "more than".
      const outOf = /trên\s+$/.test(text.slice(0, m.indices[3][0]));
      const againstTarget = /chỉ tiêu/i.test(m[2] ?? "");
      found.push({
        kind: "ratio-rate",
        from: m.index,
        to: end(m),
        part: fig(text, m, 1),
        whole: fig(text, m, 3, outOf),
        rate: rate(text, m, 4),
        rateFrom: m.indices[4][0],
        doubt: !againstTarget && followedByTarget(text, end(m)) ? "target" : undefined,
      });
    }
  return found;
}

/** đạt z% (a/b): the rate before its ratio. */
function findRatesBeforeRatios(text: string): Found[] {
  const pattern = String.raw`${APPROX}(${PCT})\s*\(\s*(${FIG})\s*/\s*(${FIG})(?:\s+[^()]{0,40})?\)`;
  return [...matches(pattern, text)].map((m) => ({
    kind: "ratio-rate",
    from: m.index,
    to: end(m),
    part: fig(text, m, 2),
    whole: fig(text, m, 3),
    rate: rate(text, m, 1),
    rateFrom: m.indices[1][0],
  }));
}

/** x/y between quantities, and ranks (xếp thứ x/y); dates, codes and document numbers are masked already. */
function findRatios(text: string): Found[] {
  return [...matches(String.raw`(?<!/\s?)(${FIG})\s?/\s?(${FIG})(?!\s?/|[\p{L}\-#])`, text)].map((m) => ({
    kind: /thứ\s*$/iu.test(text.slice(Math.max(0, m.index - 6), m.index)) ? "rank" : "ratio",
    from: m.index,
    to: end(m),
    part: fig(text, m, 1),
    whole: fig(text, m, 2),
  }));
}

/** N … (A …; B …[; C …]), and the rate that may follow it: of the online part where one is named. */
function findParts(text: string): Found[] {
  const found: Found[] = [];
  for (const m of matches(
    String.raw`(?:(${FIG})${words(4)}\s*)?\((\s*${FIG}[^;()]*(?:;\s*${FIG}[^;()]*)+)\)`,
    text,
  )) {
    const at = m.indices[2][0];
    const items = [...matches(String.raw`(?:^|;)\s*(${FIG})([^;]*)`, m[2])];
    const parts = items.map((item) => figureAt(text, at + item.indices[1][0], item[1]));
    if (parts.some((p) => Number.isNaN(p.value))) continue;
    const to = end(m);
    if (m[1] === undefined) {
      found.push({ kind: "parts", from: m.index, to, parts });
      continue;
    }
    const total = fig(text, m, 1);
    found.push({ kind: "parts", from: m.index, to, total, parts, complete: coversWhole(m[2]) });
    // "…), đạt 19,23%" or "…), tỷ lệ trực tuyến đạt 19,23%".
    const stated = first(
      String.raw`^\s*,?\s*(?:[^\d#%.;()]{0,40}?\s)?${RATE_WORD}\s+${APPROX}(${PCT})`,
      text.slice(to),
    );
    if (!stated) continue;
    const online = items.findIndex((item) => /trực tuyến/i.test(item[2]));
    found.push({
      kind: "part-rate",
      from: m.index,
      to: to + stated[0].length,
      ...(online >= 0 ? { part: parts[online] } : { partChoices: parts, doubt: "which-part" as const }),
      whole: total,
      rate: rateAt(text, to + stated.indices[1][0], stated[1]),
      rateFrom: to + stated.indices[1][0],
    });
  }
  return found;
}

/**
 * N …, trong đó: + label: a …; + label: b … (items may be bulleted "+", "-", "–" or "•"). Services, or any items
 * listed this way, do not overlap: more than the total is wrong, less may be a list of some items only.
 */
function findLists(text: string): Found[] {
  const found: Found[] = [];
  for (const m of matches(
    String.raw`(${FIG})${words(4)}\s*,?\s*trong đó\s*:\s*(?=[\-–•\s]*[+\-–•]\s)`,
    text,
  )) {
    const bullet = /^[-–•\s]*\+/.test(text.slice(end(m))) ? String.raw`\+` : "[\\-–•]";
    // An item ends at its sentence's end or at the next bullet, not at the end of the text.
    const item = String.raw`^[\-–•\s]*${bullet}\s*[^:+]{2,250}?:\s*(${FIG})(?:(?!\s${bullet}\s)[^+.]|\.(?=[\d#]))*\.?`;
    const parts: Figure[] = [];
    let at = end(m);
    for (let next = first(item, text.slice(at)); next; next = first(item, text.slice(at))) {
      parts.push(figureAt(text, at + next.indices[1][0], next[1]));
      at += next[0].length;
    }
    if (parts.length >= 2)
      found.push({ kind: "list", from: m.index, to: at, total: fig(text, m, 1), parts, complete: false });
  }
  return found;
}

/** Pairs of words that, both present, say the parts cover the whole ("trực tiếp" and "trực tuyến"). */
const COMPLEMENTS: [RegExp, RegExp][] = [
  [/trực tiếp/i, /trực tuyến/i],
  [/(?<!\p{L})nam(?!\p{L})/iu, /(?<!\p{L})nữ(?!\p{L})/iu],
  [/thành thị/i, /nông thôn/i],
  [/(?<!không\s)đủ điều kiện/i, /không đủ điều kiện/i],
  [/(?:đã )?(?:hoàn thiện|hoàn thành)/i, /vướng mắc/i],
  [/dưới\s+#+\s*tuổi/iu, /(?:trên\s+#+\s*tuổi|trở lên)/iu],
  [/.*/, /còn lại/i],
];
/** "Trong đó cao nhất là …": examples, not a breakdown. */
const EXAMPLES =
  /^(?:có\s+)?(?:cao nhất|thấp nhất|nhiều nhất|ít nhất|tiêu biểu|điển hình|nổi bật|như|gồm các|một số)/iu;

function coversWhole(clause: string): boolean {
  const done = /(?<!\p{L})đã\s+(\p{L}+(?:\s\p{L}+)?)/iu.exec(clause);
  if (done && new RegExp(`chưa\\s+${done[1]}`, "iu").test(clause)) return true;
  return COMPLEMENTS.some(([a, b]) => a.test(clause) && b.test(clause));
}

/**
 * N …[,] trong đó [có] a …, b … up to the end of the sentence. With "đạt/chiếm z%" it is the rate of the figure
 * just before the rate; parts that cover the whole add up to it; other parts cannot exceed it.
 */
function findOfWhich(text: string): Found[] {
  const found: Found[] = [];
  const pattern = String.raw`(${FIG})(?:\s+(?=[^\s\d.;:()]*\p{L})[^\s\d.;:()]+){1,14}?\s*,?\s*trong (?:đó|số đó)(?![\s,:]*[+\-–•]\s)\s*,?\s*:?\s*([^.;]*(?:[.,][\d#][^.;]*)*)`;
  for (const m of matches(pattern, text)) {
    const clause = m[2];
    if (EXAMPLES.test(clause.trim())) continue;
    const at = m.indices[2][0];
    const figures = [...matches(`(${FIG})(?!\\s?%)`, clause)];
    const parts = figures.map((x) => figureAt(text, at + x.indices[1][0], x[1]));
    if (parts.length === 0) continue;
    const total = fig(text, m, 1);
    const stated = first(String.raw`${RATE_WORD}\s+${APPROX}(${PCT})`, clause);
    if (stated) {
      const before = figures.filter((x) => x.index < stated.index).length;
      if (before === 0) continue;
      found.push({
        kind: "part-rate",
        from: m.index,
        to: at + stated.index + stated[0].length,
        part: parts[before - 1],
        whole: total,
        rate: rateAt(text, at + stated.indices[1][0], stated[1]),
        rateFrom: at + stated.indices[1][0],
        doubt: followedByTarget(clause, stated.index + stated[0].length) ? "target" : undefined,
      });
    } else {
      const kind = parts.length >= 2 && coversWhole(clause) ? "breakdown" : "of-which";
      found.push({ kind, from: m.index, to: end(m), total, parts, complete: kind === "breakdown" });
    }
  }
  return found;
}

/** N …, đã … A, còn lại C. */
function findRemainders(text: string): Found[] {
  const pattern = String.raw`(${FIG})${words(6)}[^.;\d#]{0,40}?(?<!\p{L})đã\s[^.;\d#]{0,40}?(${FIG})[^.;\d#]{0,40}?còn lại[^.;\d#]{0,20}?(${FIG})`;
  return [...matches(pattern, text)].map((m) => ({
    kind: "remainder",
    from: m.index,
    to: end(m),
    total: fig(text, m, 1),
    part: fig(text, m, 2),
    whole: fig(text, m, 3),
  }));
}

/** A … (đạt z%), còn lại C …: the rate of A out of A + C. */
function findRemainderRates(text: string): Found[] {
  const pattern = String.raw`(${FIG})${words(6)}\s*,?\s*\(?\s*${RATE_WORD}\s+${APPROX}(${PCT})\s*\)?\s*[,;]?\s*(?:và\s+)?còn lại\s+(${FIG})`;
  return [...matches(pattern, text)].map((m) => {
    const [part, rest] = [fig(text, m, 1), fig(text, m, 3)];
    return {
      kind: "remainder-rate",
      from: m.index,
      to: end(m),
      part,
      whole: { value: part.value + rest.value, low: part.low + rest.low, high: part.high + rest.high },
      rate: rate(text, m, 2),
      rateFrom: m.indices[2][0],
    };
  });
}

/**
 * A …, đạt z% chỉ tiêu [N]; A …, vượt z% so với mục tiêu N. Certain when A and N count the same thing ("tài khoản");
 * otherwise A may not be what the target is about.
 */
function findTargets(text: string): Found[] {
  const found: Found[] = [];
  const targetFigure = String.raw`(?:\s+(?:được giao|đề ra|đặt ra))?(?:\s*(?:là|:|\())?\s*(${FIG})?`;
  const forms: [ClaimKind, string][] = [
    ["target-rate", String.raw`(?:(${FIG})${GAP})?${RATE_WORD}\s+${APPROX}(${PCT})${TARGET}${targetFigure}`],
    ["excess", String.raw`(?:(${FIG})${GAP})?vượt\s+(${PCT})${TARGET}${targetFigure}`],
  ];
  for (const [kind, pattern] of forms)
    for (const m of matches(pattern, text)) {
      const known = m[1] !== undefined && m[3] !== undefined;
      const noun = known ? headNoun(text, m.indices[1][1]) : "";
      found.push({
        kind,
        from: m[1] !== undefined ? m.index : m.indices[2][0],
        to: end(m),
        ...(known ? { part: fig(text, m, 1), whole: fig(text, m, 3) } : {}),
        rate: rate(text, m, 2),
        rateFrom: m.indices[2][0],
        doubt: known && (!noun || noun !== headNoun(text, m.indices[3][1])) ? "target" : undefined,
      });
    }
  return found;
}

const STRONG_LINK = /(?:trong (?:số )?đó|số này|tuy nhiên|mới có|mới|chỉ có|chỉ)\s*,?\s*[^.;\d#]{0,30}$/iu;
/** The first two words after a figure, as what it counts ("tài khoản"). */
function headNoun(text: string, after: number): string {
  return (/^\s+(\p{L}+(?:\s\p{L}+)?)/u.exec(text.slice(after))?.[1] ?? "").toLowerCase();
}

/**
 * A figure, then "đạt/chiếm z%", with no whole in sight: the whole may be the one figure of the same thing counted
 * earlier in the sentence or in the one before ("đã cấp 86.420 tài khoản. Mới có 61.930 tài khoản …, đạt 71,7%").
 */
function findContextRates(text: string, sentenceStarts: number[]): Found[] {
  const found: Found[] = [];
  for (const m of matches(String.raw`(${FIG})(${GAP})${STATED}(${PCT})`, text)) {
    const part = fig(text, m, 1);
    const noun = headNoun(text, m.indices[1][1]);
    const sentence = sentenceStarts.filter((s) => s <= m.index);
    const from = sentence.at(-2) ?? 0;
    const candidates = noun
      ? [...text.slice(from, m.index).matchAll(new RegExp(`(${FIG})`, "gu"))]
          .map((c) => ({ at: from + c.index!, written: c[1] }))
          .filter((c) => headNoun(text, c.at + c.written.length) === noun)
          .map((c) => figureAt(text, c.at, c.written))
          .filter((c) => c.value > part.value)
      : [];
    const common = {
      from: m.index,
      to: end(m),
      part,
      rate: rate(text, m, 3),
      rateFrom: m.indices[3][0],
    };
    if (candidates.length === 1) {
      const strong = STRONG_LINK.test(text.slice(sentence.at(-1) ?? 0, m.index));
      found.push({
        ...common,
        kind: "context-rate",
        whole: candidates[0],
        doubt: strong ? undefined : "context",
      });
    } else if (/\(\s*$/.test(m[2])) found.push({ ...common, kind: "rate" });
  }
  return found;
}

const overlaps = (a: Found, b: Found) => a.from < b.to && b.from < a.to;

/** Every claim, each rate read once (by the most specific reading) and no figures twice. */
export function findClaims(text: string, sentenceStarts: number[]): Found[] {
  const rated = [...findRatioRates(text), ...findRatesBeforeRatios(text)];
  const lists = findLists(text);
  const parts = findParts(text);
  const ofWhich = findOfWhich(text).filter((o) => !lists.some((l) => l.from === o.from));
  const byPriority = [
    ...rated,
    ...parts,
    ...ofWhich,
    ...findRemainderRates(text),
    ...findTargets(text),
    ...findContextRates(text, sentenceStarts),
  ];
  const rates = new Set<number>();
  const kept: Found[] = [];
  for (const found of byPriority) {
    if (found.rateFrom !== undefined) {
      if (rates.has(found.rateFrom)) continue;
      rates.add(found.rateFrom);
    }
    kept.push(found);
  }
  const ratios = findRatios(text).filter((r) => !kept.some((x) => x.kind.endsWith("rate") && overlaps(x, r)));
  return [...kept, ...ratios, ...lists, ...findRemainders(text)].sort(
    (a, b) => a.from - b.from || a.to - b.to,
  );
}
