// What a file that is not a readable .xlsx is, told from its bytes, and the one sentence that says so to the user:
// never a library's message. The technical detail, when there is one, is kept apart (the CLI shows it with --verbose).
import type { Language } from "../domain/i18n";
import { zipEntries } from "./zip";

export type UnreadableReason =
  | "old-xls"
  | "xls-html"
  | "xml-2003"
  | "xlsb"
  | "password"
  | "ods"
  | "numbers"
  | "csv"
  | "word"
  | "powerpoint"
  | "pdf"
  | "no-workbook"
  | "truncated"
  | "corrupt"
  | "not-spreadsheet"
  | "too-large"
  | "unzips-too-large"
  | "empty";

const SAVE_AS = {
  vi: "mở bằng Excel rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx)",
  en: "open it in Excel and save it as an Excel Workbook (.xlsx)",
};

const UNREADABLE: Record<UnreadableReason, { vi: string; en: string }> = {
  "old-xls": {
    vi: `Tệp Excel 97–2003 (.xls) không được hỗ trợ: ${SAVE_AS.vi}.`,
    en: `Excel 97–2003 files (.xls) are not supported: ${SAVE_AS.en}.`,
  },
  "xls-html": {
    vi: `Tệp là một trang web (HTML) mang đuôi Excel, thường do phần mềm xuất ra: ${SAVE_AS.vi}.`,
    en: `The file is a web page (HTML) with an Excel name, as some software exports: ${SAVE_AS.en}.`,
  },
  "xml-2003": {
    vi: `Tệp Bảng tính XML 2003 không được hỗ trợ: ${SAVE_AS.vi}.`,
    en: `XML Spreadsheet 2003 files are not supported: ${SAVE_AS.en}.`,
  },
  xlsb: {
    vi: `Tệp Excel nhị phân (.xlsb) không được hỗ trợ: ${SAVE_AS.vi}.`,
    en: `Excel Binary Workbooks (.xlsb) are not supported: ${SAVE_AS.en}.`,
  },
  password: {
    vi: "Tệp được đặt mật khẩu (mã hóa): gỡ mật khẩu trong Excel rồi kiểm tra lại.",
    en: "The file is password-protected (encrypted): remove the password in Excel and check again.",
  },
  ods: {
    vi: "Tệp OpenDocument (.ods, LibreOffice) không được hỗ trợ: lưu lại dưới dạng .xlsx.",
    en: "OpenDocument files (.ods, LibreOffice) are not supported: save it as .xlsx.",
  },
  numbers: {
    vi: "Tệp Apple Numbers không được hỗ trợ: xuất ra dạng Excel (.xlsx).",
    en: "Apple Numbers files are not supported: export it to Excel (.xlsx).",
  },
  csv: {
    vi: `Tệp văn bản (CSV) không phải sổ tính Excel: ${SAVE_AS.vi}.`,
    en: `A text (CSV) file is not an Excel workbook: ${SAVE_AS.en}.`,
  },
  word: { vi: "Tệp Word, không phải sổ tính Excel.", en: "A Word document, not an Excel workbook." },
  powerpoint: {
    vi: "Tệp PowerPoint, không phải sổ tính Excel.",
    en: "A PowerPoint file, not an Excel workbook.",
  },
  pdf: {
    vi: "Tệp PDF, không phải sổ tính Excel: báo cáo PDF được kiểm tra ở phần Văn bản (bc06 check-text).",
    en: "A PDF file, not an Excel workbook: PDF reports are checked as text (bc06 check-text).",
  },
  "no-workbook": {
    vi: "Tệp nén không chứa sổ tính Excel nào.",
    en: "The archive holds no Excel workbook.",
  },
  truncated: {
    vi: "Tệp .xlsx bị cắt cụt (có thể tải về hoặc sao chép chưa xong): tải lại tệp gốc.",
    en: "The .xlsx file is cut short (perhaps not fully downloaded or copied): fetch the original again.",
  },
  corrupt: {
    vi: "Tệp .xlsx bị hỏng: mở bằng Excel (Excel có thể sửa) rồi lưu lại.",
    en: "The .xlsx file is damaged: open it in Excel (which may repair it) and save it again.",
  },
  "not-spreadsheet": { vi: "Không phải tệp Excel (.xlsx).", en: "Not an Excel (.xlsx) file." },
  "too-large": {
    vi: "Tệp quá lớn để kiểm tra (trên 50 MB).",
    en: "The file is too large to check (over 50 MB).",
  },
  "unzips-too-large": {
    vi: "Tệp khai báo nội dung giải nén quá lớn (trên 300 MB): có thể là tệp độc hại hoặc bị hỏng, không được mở.",
    en: "The file declares more than 300 MB once unzipped: possibly malicious or damaged; it was not opened.",
  },
  empty: { vi: "Tệp rỗng.", en: "The file is empty." },
};

/** Why a file could not be read, in a sentence a user understands; `detail` is the technical cause, if any. */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    language: Language = "vi",
    readonly detail?: string,
  ) {
    super(UNREADABLE[reason][language]);
  }
}

/** What to tell the user when a file could not be read: the reason found, or (a fault of BC06's) a plea for the file. */
export function unreadableSentence(error: unknown, language: Language): string {
  if (error instanceof UnreadableFileError) return error.message;
  return language === "vi"
    ? "BC06 gặp lỗi khi đọc tệp này: xin gửi tệp cho nhóm phát triển BC06."
    : "BC06 failed on this file: please send it to the BC06 team.";
}

function startsWith(bytes: Uint8Array, ...signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const pattern = utf16
    ? [...text].flatMap((ch) => [ch.charCodeAt(0), 0])
    : [...text].map((ch) => ch.charCodeAt(0));
  outer: for (let i = 0; i <= bytes.length - pattern.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** What a file that is not a readable .xlsx is, from its bytes. */
export function diagnose(bytes: Uint8Array): UnreadableReason {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return oleKind(bytes);
  if (startsWith(bytes, 0x50, 0x4b)) return zipKind(bytes);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return "pdf"; // %PDF
  return textKind(bytes);
}

/** An OLE container: an encrypted .xlsx keeps its package in an "EncryptionInfo" stream; .xls its "Workbook". */
function oleKind(bytes: Uint8Array): UnreadableReason {
  if (contains(bytes, "EncryptionInfo", true)) return "password";
  if (contains(bytes, "WordDocument", true)) return "word";
  if (contains(bytes, "PowerPoint Document", true)) return "powerpoint";
  return "old-xls";
}

/** A zip: which package it is from the parts it lists (OpenDocument names itself in its first entry). */
function zipKind(bytes: Uint8Array): UnreadableReason {
  if (contains(bytes.subarray(0, 200), "application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  const entries = zipEntries(bytes);
  if (!entries) return "truncated";
  const names = entries.map((entry) => entry.name);
  const has = (pattern: RegExp) => names.some((name) => pattern.test(name));
  if (has(/^xl\/workbook\.bin$/i)) return "xlsb";
  if (has(/^xl\//i)) return "corrupt"; // a workbook's parts, damaged or incomplete
  if (has(/^word\//)) return "word";
  if (has(/^ppt\//)) return "powerpoint";
  if (has(/^Index\/Document\.iwa$|^Index\.zip$/)) return "numbers";
  if (contains(bytes.subarray(0, 200), "application/vnd.oasis.opendocument")) return "not-spreadsheet";
  return "no-workbook";
}

/** Text: a web page or XML spreadsheet saved under an Excel name, or delimited values. */
function textKind(bytes: Uint8Array): UnreadableReason {
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml-2003";
  if (/^<(?:!doctype html|html|table|meta)\b/.test(head) || head.includes("<table")) return "xls-html";
  if (looksDelimited(head)) return "csv";
  return "not-spreadsheet";
}

/** Two or more lines with the same number (> 0) of commas, semicolons or tabs. */
function looksDelimited(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .slice(0, 5);
  const binary = [...text].some((ch) => ch.charCodeAt(0) < 9);
  if (lines.length < 2 || binary) return false;
  return [",", ";", "\t"].some((separator) => {
    const counts = lines.map((line) => line.split(separator).length - 1);
    return counts[0] > 0 && counts.every((n) => n === counts[0]);
  });
}
