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
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  const clusters = /\*\*|\\\*|\s+|\P{M}\p{M}*|\p{M}+/gu;
  for (const match of original.matchAll(clusters)) {
    const piece = match[0];
    const at = match.index!;
    if (piece === "**" || piece === "\\*") continue;
    if (/^\s+$/.test(piece)) {
      if (text.length > 0 && !text.endsWith(" ")) {
        text += " ";
        starts.push(at);
        ends.push(at + piece.length);
      }
      continue;
    }
    const normal = piece
      .normalize("NFC")
      .replace(/\u01a3/g, "ư")
      .replace(/\u01a2/g, "Ư");
    for (const ch of normal) {
      text += ch;
      starts.push(at);
      ends.push(at + piece.length);
    }
  }
  return { text, starts, ends };
}

/** The original span [start, end) of view characters [from, to). */
export function originalSpan(view: TextView, from: number, to: number): { start: number; end: number } {
  return { start: view.starts[from], end: view.ends[Math.max(from, to - 1)] };
}
