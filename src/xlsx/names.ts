// What an annotated copy may not keep of the original file, in words: for the pane and the command line. Without
// fflate or ExcelJS, so that the pane can import it with its first bundle.
import type { Language } from "../domain/i18n";

/** What a part of a package is, for the user: the parts ExcelJS is known to leave out, by their folders. */
export type PackageContent =
  | "charts"
  | "drawings"
  | "pivot-tables"
  | "macros"
  | "threaded-comments"
  | "slicers"
  | "external-links"
  | "connections"
  | "other";

const CONTENT_NAMES: Record<Language, Record<PackageContent, string>> = {
  vi: {
    charts: "biểu đồ",
    drawings: "hình vẽ, hình ảnh",
    "pivot-tables": "bảng tổng hợp động (PivotTable)",
    macros: "macro",
    "threaded-comments": "chuỗi bình luận",
    slicers: "bộ lọc slicer, timeline",
    "external-links": "liên kết tới sổ tính khác",
    connections: "kết nối dữ liệu",
    other: "một số thành phần khác",
  },
  en: {
    charts: "charts",
    drawings: "drawings and pictures",
    "pivot-tables": "pivot tables",
    macros: "macros",
    "threaded-comments": "threaded comments",
    slicers: "slicers and timelines",
    "external-links": "links to other workbooks",
    connections: "data connections",
    other: "some other parts",
  },
};

export const describeLost = (lost: Partial<Record<PackageContent, number>>, language: Language) =>
  (Object.keys(lost) as PackageContent[]).map((kind) => CONTENT_NAMES[language][kind]).join(", ");
