import type { Language } from "../domain/i18n";

export type { Language };

/** UI strings: Vietnamese is the source, English the second language. */

const vi = {
  productName: "BC06 – Báo cáo Đề án 06",
  heading: "Trợ lý báo cáo Đề án 06",
  tagline:
    "Mẫu biểu, kiểm tra số liệu và tổng hợp báo cáo thực hiện Đề án 06 (Quyết định 06/QĐ-TTg ngày 06/01/2022).",
  connectedBadge: "Đã kết nối Excel",
  standaloneBadge: "Chế độ độc lập — chưa kết nối Excel",
  standaloneHint: "Mở BC06 từ thẻ Trang đầu trong Excel để làm việc trên sổ tính của bạn.",
  loading: "Đang khởi động…",
};

export type Strings = typeof vi;

const en: Strings = {
  productName: "BC06 – Đề án 06 reports",
  heading: "Đề án 06 report assistant",
  tagline:
    "Templates, figure checks and roll-ups for Đề án 06 progress reports (Decision 06/QĐ-TTg, 06/01/2022).",
  connectedBadge: "Connected to Excel",
  standaloneBadge: "Standalone mode — not connected to Excel",
  standaloneHint: "Open BC06 from the Home tab in Excel to work on your workbook.",
  loading: "Starting…",
};

const dictionaries: Record<Language, Strings> = { vi, en };

export function strings(language: Language): Strings {
  return dictionaries[language];
}
