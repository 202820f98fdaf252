// Numeric claims in Vietnamese report prose, and whether their arithmetic holds (README (c), (d); issue "the
// report text"). A claim that cannot be read in full is reported as such ("không đọc được"), never flagged.
import type { Language } from "../i18n";
import type { WorkbookSnapshot } from "../workbook";
import { maskNotFigures } from "./figures";
import { type ClaimKind, findClaims } from "./find";
import { judge, type Judged, type Verdict } from "./judge";
import { compareWithTables } from "./tables";
import { originalSpan, type TextView, textView } from "./view";

export type { Verdict } from "./judge";

export interface Claim {
  /** The shapes of find.ts, or "table": a figure the text gives for a cell of the workbook's tables. */
  kind: ClaimKind | "table";
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
  /** For a "table" claim: the cell the figure was compared with. */
  cell?: { sheet: string; address: string };
}

/** A sentence ends at ". ; ! ?" that is not inside a number ("1.325", "0.77%"). */
const SENTENCE_END = /(?<![\d#])[.;!?](?![\d#])/g;

function sentenceStarts(text: string): number[] {
  return [0, ...[...text.matchAll(SENTENCE_END)].map((m) => m.index + 1)];
}

function sentenceAround(
  view: TextView,
  original: string,
  starts: number[],
  from: number,
  to: number,
): string {
  const start = starts.filter((s) => s <= from).at(-1) ?? 0;
  const end = starts.find((s) => s >= to) ?? view.text.length;
  const span = originalSpan(view, start, end);
  return original.slice(span.start, span.end).replace(/\s+/g, " ").trim();
}

/**
 * Every checkable numeric claim of a text, judged; with a workbook, also each figure the text gives for a cell of
 * its tables, against that cell. Offsets are in the text as given.
 */
export function checkText(original: string, language: Language = "vi", workbook?: WorkbookSnapshot): Claim[] {
  const view = textView(original);
  const masked = maskNotFigures(view.text);
  const starts = sentenceStarts(masked);
  const claim = (
    kind: Claim["kind"],
    from: number,
    to: number,
    judged: Judged & Pick<Claim, "cell">,
  ): Claim => {
    const { start, end } = originalSpan(view, from, to);
    const sentence = sentenceAround(view, original, starts, from, to);
    return { kind, text: original.slice(start, end), start, end, sentence, ...judged };
  };
  const claims = findClaims(masked, starts).map((found) =>
    claim(found.kind, found.from, found.to, judge(found, language)),
  );
  if (!workbook) return claims;
  const againstTables = compareWithTables(view.text, masked, workbook, language).map(
    ({ from, to, ...judged }) => claim("table", from, to, judged),
  );
  return [...claims, ...againstTables].sort((a, b) => a.start - b.start || a.end - b.end);
}
