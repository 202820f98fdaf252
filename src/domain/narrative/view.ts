/**
 * Report prose as the extractor reads it: bold markers gone, line breaks (text pasted from PDF) and runs of spaces
 * as one space, NFC, "ƣ" as "ư". Every character keeps where it came from in the text as given, so that claims
 * point at the original (UTF-16 offsets, before any normalisation).
 */
export interface TextView {
  text: string;
  /** Original start and end offsets of each character of `text`. */
  starts: number[];
  ends: number[];
}

export function textView(original: string): TextView {
  // Pieces joined once at the end: appending to a string and asking it about its end on every character is
  // quadratic in V8 (each question flattens the string).
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let afterSpace = true;
  const clusters = /\*\*|\\\*|\s+|\P{M}\p{M}*|\p{M}+/gu;
  for (const match of original.matchAll(clusters)) {
    const piece = match[0];
    const at = match.index!;
    if (piece === "**" || piece === "\\*") continue;
    if (/^\s+$/.test(piece)) {
      if (!afterSpace) {
        pieces.push(" ");
        starts.push(at);
        ends.push(at + piece.length);
        afterSpace = true;
      }
      continue;
    }
    const normal = piece
      .normalize("NFC")
      .replace(/\u01a3/g, "ư")
      .replace(/\u01a2/g, "Ư");
    for (const ch of normal) {
      pieces.push(ch);
      starts.push(at);
      ends.push(at + piece.length);
    }
    afterSpace = false;
  }
  return { text: pieces.join(""), starts, ends };
}

/** The original span [start, end) of view characters [from, to). */
export function originalSpan(view: TextView, from: number, to: number): { start: number; end: number } {
  return { start: view.starts[from], end: view.ends[Math.max(from, to - 1)] };
}
