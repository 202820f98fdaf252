/**
 * Text as it arrives from reports and cells: NFC, the PDF-extraction letters "ƣ/Ƣ" (U+01A3/U+01A2) read as
 * "ư/Ư", non-breaking and repeated spaces collapsed (README (d), "Text normalisation").
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u01a3/g, "ư")
    .replace(/\u01a2/g, "Ư")
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim();
}

/** A diacritic-free key ("Đăng ký" → "dang ky"), for matching names typed without Vietnamese marks. */
export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}
