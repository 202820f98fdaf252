// A PDF's text layer, read with pdfjs-dist (loaded only when a PDF comes).
import type { ReportText } from "./read";

export async function readPdf(bytes: Uint8Array): Promise<ReportText> {
  // The worker's code runs on this thread: no worker file to serve, and no request beyond the add-in's own chunks.
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let document;
  try {
    // A copy: pdfjs takes over (detaches) the buffer it is given, and refuses a Node Buffer.
    document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 })
      .promise;
  } catch (error) {
    const encrypted = (error as { name?: string }).name === "PasswordException";
    return { problem: encrypted ? "encrypted" : "damaged-pdf", detail: String(error) };
  }
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""),
    );
  }
  await document.destroy();
  const text = joinPages(pages);
  return text.trim() ? { text } : { problem: "scanned" };
}

/** Pages one after another, a word hyphenated at a line's end ("triển-\nkhai") joined again. */
export function joinPages(pages: string[]): string {
  return pages.join("\n\n").replace(/(\p{L})-\n(\p{Ll})/gu, "$1$2");
}
