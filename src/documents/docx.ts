// A Word file's paragraphs, read with mammoth: for the CLI (the pane asks the user to paste Word text instead, so
// that mammoth's code-generating dependencies stay out of its bundle).
import mammoth from "mammoth";
import type { DocxReader } from "./read";

export const readDocx: DocxReader = async (bytes) => {
  try {
    return { text: (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value };
  } catch (error) {
    return { problem: "damaged-docx", detail: String(error) };
  }
};
