// How officials' headings and labels are compared with the wordings templates declare: one comparable key per
// text, and a phrase matcher that finds every declared wording inside a heading.
import { foldDiacritics, normaliseText } from "../text";
import { memoise } from "./memo";

const SPELLINGS: [RegExp, string][] = [
  [/tỉ lệ/g, "tỷ lệ"],
  [/xoá/g, "xóa"],
  [/(^|[^\p{L}])kí(?=[^\p{L}]|$)/gu, "$1ký"],
  [/luỹ/g, "lũy"],
  [/hoà/g, "hòa"],
];

/**
 * The comparable form of a heading or label: lower case, the usual spelling variants unified, no diacritics, no
 * punctuation but "%", numbers without leading zeros ("01" → "1").
 */
export const wordKey = memoise((text: string): string => {
  let lower = normaliseText(text).toLowerCase();
  for (const [pattern, replacement] of SPELLINGS) lower = lower.replace(pattern, replacement);
  return foldDiacritics(lower)
    .replace(/%/g, " % ")
    .replace(/[^a-z0-9% ]+/g, " ")
    .replace(/\b0+(\d)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
});

/** Words a heading may add to a broad wording without changing what it names: units of count. */
const UNIT_WORDS = new Set([
  "ho",
  "so",
  "truong",
  "hop",
  "nguoi",
  "luot",
  "tai",
  "khoan",
  "%",
  "don",
  "vi",
  "tinh",
]);

/** Words that make a heading a rate: "Tỷ lệ …", "… (%)". */
const RATE_WORDS = /(^| )(ty le|%|phan tram)( |$)/;

export function isRateKey(key: string): boolean {
  return RATE_WORDS.test(key);
}

export interface Wording {
  id: string;
  /** Wordings that name it. */
  phrases: string[];
  /** Wordings that name it only when nothing more specific is there. */
  broad?: string[];
  /** A rate (percent) column or row: named only by rate headings, and rate headings name only rates. */
  rate: boolean;
}

interface Phrase {
  id: string;
  tokens: string[];
  broad: boolean;
  rate: boolean;
}

interface Hit {
  id: string;
  start: number;
  end: number;
  broad: boolean;
}

/** What a heading names: the ids of its specific and of its broad wordings, for rate and for count lines. */
export interface PhraseMatch {
  specific: string[];
  broad: string[];
}

/** Finds the declared wordings inside headings, by whole words. */
export class PhraseMatcher {
  private readonly byFirstToken = new Map<string, Phrase[]>();
  /** Some of its wordings name rates (a template whose columns include a rate column). */
  readonly hasRates: boolean;

  constructor(wordings: Wording[]) {
    this.hasRates = wordings.some((wording) => wording.rate);
    for (const wording of wordings) {
      const add = (text: string, broad: boolean) => {
        const tokens = wordKey(text).split(" ").filter(Boolean);
        if (tokens.length === 0) return;
        const list = this.byFirstToken.get(tokens[0]) ?? [];
        list.push({ id: wording.id, tokens, broad, rate: wording.rate });
        this.byFirstToken.set(tokens[0], list);
      };
      for (const phrase of wording.phrases) add(phrase, false);
      for (const phrase of wording.broad ?? []) add(phrase, true);
    }
  }

  /**
   * The ids a heading key names. A wording inside a longer one found in the same heading does not count ("trực
   * tuyến" inside "tỷ lệ trực tuyến"); a rate heading names only rates, and any other heading only counts.
   */
  readonly match = memoise((key: string): PhraseMatch => {
    const tokens = key.split(" ");
    const rate = isRateKey(key);
    const hits: Hit[] = [];
    tokens.forEach((token, start) => {
      for (const phrase of this.byFirstToken.get(token) ?? []) {
        if (phrase.rate !== rate) continue;
        const end = start + phrase.tokens.length;
        if (end > tokens.length) continue;
        if (phrase.tokens.every((t, i) => tokens[start + i] === t))
          hits.push({ id: phrase.id, start, end, broad: phrase.broad });
      }
    });
    const kept = hits.filter(
      (hit) =>
        !hits.some(
          (other) =>
            other !== hit &&
            other.start <= hit.start &&
            other.end >= hit.end &&
            other.end - other.start > hit.end - hit.start,
        ),
    );
    // A broad wording names only a heading that says nothing more than it ("Tổng số (hồ sơ)", not "Số hồ sơ quá hạn").
    // Together, an id's broad wordings must cover the heading, but for units and column numbers ("Tổng số (1)").
    const whole = (id: string) =>
      tokens.every(
        (token, i) =>
          UNIT_WORDS.has(token) ||
          /^\d+$/.test(token) ||
          kept.some((hit) => hit.id === id && hit.broad && i >= hit.start && i < hit.end),
      );
    const ids = (broad: boolean) => [
      ...new Set(kept.filter((h) => h.broad === broad && (!broad || whole(h.id))).map((h) => h.id)),
    ];
    return { specific: ids(false), broad: ids(true) };
  });
}

/** A heading's path, the parent heading's siblings, for resolving what a column is. */
export interface HeadingPath {
  /** Segments from the top heading row to the leaf ("Trong đó", "Trực tuyến"), as written. */
  texts: string[];
  /** The same, as keys. */
  keys: string[];
  /** For each segment but the leaf: the ids its sibling columns name by their own leaves. */
  siblingIds: string[][];
}

/**
 * The single id a heading path names, or undefined when it names none or several (never a guess):
 * the leaf's specific wording first; else a parent's specific wording that no sibling column claims for itself
 * ("Trực tuyến" over "Số hồ sơ" | "Tỷ lệ"); else the leaf's broad wording ("Tổng số").
 */
export function resolvePath(matcher: PhraseMatcher, path: HeadingPath): string | undefined {
  if (path.keys.length === 0) return undefined;
  const leaf = matcher.match(path.keys[path.keys.length - 1]);
  if (leaf.specific.length > 0) return leaf.specific.length === 1 ? leaf.specific[0] : undefined;
  const leafRate = isRateKey(path.keys[path.keys.length - 1]);
  for (let level = path.keys.length - 2; level >= 0; level--) {
    const parentKey = path.keys[level];
    // A rate leaf under a count parent ("Trực tuyến" › "Tỷ lệ") is the rate, named by its own broad wording; where
    // no column is a rate, a parent names the column of any leaf ("Kỳ này" › "Tỷ lệ đạt (%)").
    if (isRateKey(parentKey) !== leafRate && matcher.hasRates) continue;
    const parent = matcher
      .match(parentKey)
      .specific.filter((id) => !(path.siblingIds[level] ?? []).includes(id));
    if (parent.length === 1) return parent[0];
    if (parent.length > 1) return undefined;
  }
  return leaf.broad.length === 1 ? leaf.broad[0] : undefined;
}
