// The text of a report as reviewers receive it: a signed PDF (its text layer, read with pdfjs-dist), a Word file
// (mammoth, in the CLI) or plain text. For the CLI and the pane alike; pdf.js loads only when a PDF comes.
import type { Language } from "../domain/i18n";

export type ReportText = { text: string } | { problem: ReportProblem; detail?: string };
export type ReportProblem =
  "scanned" | "damaged-pdf" | "damaged-docx" | "docx-paste" | "encrypted" | "not-text";

const PROBLEMS: Record<Language, Record<ReportProblem, string>> = {
  vi: {
    scanned:
      "Tệp PDF không có lớp chữ (bản quét hoặc ảnh chụp): không đọc được số liệu. Hãy dùng bản PDF xuất từ Word, hoặc dán văn bản vào ô.",
    "damaged-pdf": "Tệp PDF bị hỏng hoặc không đọc được.",
    "damaged-docx": "Tệp .docx bị hỏng hoặc không phải tệp Word.",
    "docx-paste":
      "Ở đây chưa mở được tệp Word: hãy mở tệp, chọn toàn bộ văn bản (Ctrl+A), sao chép và dán vào ô.",
    encrypted: "Tệp PDF có mật khẩu: hãy mở khóa rồi thử lại.",
    "not-text": "Không phải tệp văn bản (.txt), Word (.docx) hay PDF.",
  },
  en: {
    scanned:
      "The PDF has no text layer (a scan or a photo): its figures cannot be read. Use a PDF exported from Word, or paste the text.",
    "damaged-pdf": "The PDF file is damaged or cannot be read.",
    "damaged-docx": "The .docx file is damaged or not a Word file.",
    "docx-paste":
      "Word files cannot be opened here: open the file, select all its text (Ctrl+A), copy it and paste it into the box.",
    encrypted: "The PDF is password-protected: unlock it and try again.",
    "not-text": "Not a text (.txt), Word (.docx) or PDF file.",
  },
};

export const reportProblemMessage = (problem: ReportProblem, language: Language) =>
  PROBLEMS[language][problem];

const startsWith = (bytes: Uint8Array, magic: string) =>
  bytes.length >= magic.length && [...magic].every((c, i) => bytes[i] === c.charCodeAt(0));

/** Reads a Word file; the CLI passes one (documents/docx.ts), the pane does not load mammoth. */
export type DocxReader = (bytes: Uint8Array) => Promise<ReportText>;

/** Reads a report by its bytes (the name is only a hint): PDF, .docx (with a reader for it), or UTF-8 text. */
export async function readReportText(
  bytes: Uint8Array,
  name: string,
  readDocx?: DocxReader,
): Promise<ReportText> {
  if (startsWith(bytes, "%PDF-")) return (await import("./pdf")).readPdf(bytes);
  if (startsWith(bytes, "PK") || /\.docx$/i.test(name))
    return readDocx ? readDocx(bytes) : { problem: "docx-paste" };
  const text = new TextDecoder("utf-8").decode(bytes);
  if (text.includes("\u0000")) return { problem: "not-text" };
  return { text: text.replace(/^\uFEFF/, "") };
}
