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
  standaloneHint:
    "Đang dùng sổ tính mẫu của một xã (có vài lỗi cố ý) để bạn thử. Mở BC06 từ thẻ Trang đầu trong Excel để làm việc trên sổ tính của bạn.",
  loading: "Đang khởi động…",
  tabs: { templates: "Mẫu biểu", check: "Kiểm tra", summary: "Tổng hợp", settings: "Cài đặt" },
  templates: {
    template: "Mẫu biểu",
    unit: "Đơn vị báo cáo",
    unitPlaceholder: "Ví dụ: Xã Long Hiệp",
    level: "Cấp",
    from: "Từ ngày",
    to: "Đến ngày",
    cutoff: "Lũy kế đến ngày",
    insert: "Chèn mẫu vào trang tính mới",
    inserting: "Đang chèn…",
    inserted: "Đã chèn mẫu",
    wrote: "BC06 đã ghi:",
    sheet: "Trang tính mới",
    table: "Bảng Excel",
    range: "Vùng",
    validation: "Kiểm tra nhập liệu: số nguyên không âm ở các ô nhập",
    noValidation:
      "Phiên bản Excel này chưa hỗ trợ kiểm tra nhập liệu (cần ExcelApi 1.8); các ô nhập không bị giới hạn.",
    badPeriod: "Ngày kết thúc đứng trước ngày bắt đầu.",
    rows: (n: number) => `${n} dòng`,
  },
  check: {
    run: "Kiểm tra toàn bộ sổ tính",
    running: "Đang kiểm tra…",
    rerun: "Kiểm tra lại",
    none: "Chưa kiểm tra. Bấm nút để kiểm tra mọi bảng BC06 trong sổ tính.",
    noTables: "Không tìm thấy bảng BC06 nào trong sổ tính. Chèn mẫu ở thẻ Mẫu biểu trước.",
    clean: (tables: number) => `Không phát hiện sai sót trong ${tables} bảng.`,
    counts: { error: "lỗi", warning: "cảnh báo", info: "thông tin" },
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
    suggested: "Đề xuất",
    highlight: "Tô màu các ô có vấn đề",
    highlighted: (n: number) => `Đã tô màu ${n} ô; tắt để xóa đánh dấu và trả lại định dạng cũ.`,
    cleared: (n: number) => `Đã xóa ${n} ô đánh dấu của BC06.`,
    export: "Xuất báo cáo ra trang tính",
    exported: (sheet: string) => `Đã ghi kết quả vào trang tính "${sheet}".`,
    cannotCheck: (n: number) => `${n} phép kiểm tra không thực hiện được do thiếu hoặc sai số liệu.`,
    truncated: (sheet: string, rows: number) => `Trang tính "${sheet}" quá lớn: chỉ đọc ${rows} dòng đầu.`,
    acknowledge: "Ghi nhận",
    reason: "Lý do (được lưu trong sổ tính và in trong báo cáo)",
    save: "Lưu ghi nhận",
    cancel: "Hủy",
    acknowledged: (reason: string) => `Đã ghi nhận: ${reason}`,
    selected: (cells: string) => `Đã chọn ${cells}`,
    issueCount: (n: number) => `${n} vấn đề`,
  },
  settings: {
    language: "Ngôn ngữ",
    truncation: "Chấp nhận tỷ lệ làm tròn xuống (cắt bớt chữ số)",
    truncationHint: "Nhiều báo cáo cắt bớt thay vì làm tròn (20,706% ghi 20,70%). Tắt để coi đó là lỗi.",
    defaultUnit: "Đơn vị mặc định",
    defaultLevel: "Cấp mặc định",
    jumpThreshold: "Báo thay đổi lớn so với kỳ trước từ (điểm %)",
  },
  levels: { xa: "Xã, phường, thị trấn", huyen: "Huyện, thị xã, thành phố", tinh: "Tỉnh, thành phố" },
  summary: {
    read: "Đọc các bảng trong sổ tính",
    reading: "Đang đọc…",
    intro:
      "Cộng các bảng của đơn vị cấp dưới thành một bảng tổng hợp có công thức sống: mỗi ô cộng đúng ô cùng dòng, cùng cột của từng đơn vị, kể cả khi các đơn vị chèn thêm dòng.",
    none: "Sổ tính chưa có bảng BC06 nào để tổng hợp.",
    template: "Mẫu cần tổng hợp",
    units: "Bảng của các đơn vị",
    unitLabel: (sheet: string, unit: string, level: string) => `${sheet} — ${unit} (${level})`,
    summaryUnit: "Đơn vị tổng hợp",
    create: "Tạo bảng tổng hợp",
    created: (sheet: string, units: number) =>
      `Đã tạo bảng tổng hợp ở trang tính "${sheet}" từ ${units} đơn vị; các ô nhập là công thức cộng ô tương ứng của từng đơn vị.`,
    existing: "Bảng tổng hợp đã có",
    refresh: "Cập nhật công thức theo các đơn vị đang chọn",
    refreshed: (cells: number) => `Đã cập nhật công thức của ${cells} ô.`,
    unknownUnit: "chưa ghi đơn vị",
  },
  previous: {
    open: "So sánh với kỳ trước…",
    current: (name: string) => `Kỳ trước: ${name}`,
    clear: "Bỏ so sánh",
  },
  file: {
    open: "Mở tệp .xlsx",
    opening: "Đang mở…",
    drop: "hoặc kéo thả tệp vào ngăn này",
    sample: "Sổ tính mẫu của xã Long Hiệp",
    current: (name: string) => `Đang làm việc trên: ${name}`,
    privacy: "Tệp chỉ được đọc trong trình duyệt này, không gửi đi đâu.",
    download: "Tải bản có chú thích (.xlsx)",
    downloaded: (name: string) => `Đã tạo tệp "${name}".`,
  },
  failed: (message: string) => `Không thực hiện được: ${message}`,
};

export type Strings = typeof vi;

const en: Strings = {
  productName: "BC06 – Đề án 06 reports",
  heading: "Đề án 06 report assistant",
  tagline:
    "Templates, figure checks and roll-ups for Đề án 06 progress reports (Decision 06/QĐ-TTg, 06/01/2022).",
  connectedBadge: "Connected to Excel",
  standaloneBadge: "Standalone mode — not connected to Excel",
  standaloneHint:
    "You are trying a commune's sample workbook (with a few deliberate mistakes). Open BC06 from the Home tab in Excel to work on your own workbook.",
  loading: "Starting…",
  tabs: { templates: "Templates", check: "Check", summary: "Roll-up", settings: "Settings" },
  templates: {
    template: "Template",
    unit: "Reporting unit",
    unitPlaceholder: "e.g. Xã Long Hiệp",
    level: "Level",
    from: "From",
    to: "To",
    cutoff: "Cumulative to",
    insert: "Insert into a new sheet",
    inserting: "Inserting…",
    inserted: "Template inserted",
    wrote: "BC06 wrote:",
    sheet: "New sheet",
    table: "Excel table",
    range: "Range",
    validation: "Input validation: whole numbers of 0 or more in input cells",
    noValidation:
      "This Excel does not support input validation (needs ExcelApi 1.8); input cells are not restricted.",
    badPeriod: "The end date is before the start date.",
    rows: (n: number) => `${n} rows`,
  },
  check: {
    run: "Check the whole workbook",
    running: "Checking…",
    rerun: "Check again",
    none: "Not checked yet. Press the button to check every BC06 table in the workbook.",
    noTables: "No BC06 table found in this workbook. Insert a template first.",
    clean: (tables: number) => `No mistakes found in ${tables} tables.`,
    counts: { error: "errors", warning: "warnings", info: "notes" },
    severity: { error: "Errors", warning: "Warnings", info: "Notes" },
    suggested: "Suggested",
    highlight: "Highlight cells with issues",
    highlighted: (n: number) =>
      `${n} cells highlighted; turn off to remove the marks and restore the formatting.`,
    cleared: (n: number) => `Removed BC06's marks from ${n} cells.`,
    export: "Export the report to a sheet",
    exported: (sheet: string) => `Results written to the sheet "${sheet}".`,
    cannotCheck: (n: number) => `${n} checks could not run: figures missing or unusable.`,
    truncated: (sheet: string, rows: number) =>
      `The sheet "${sheet}" is too large: only its first ${rows} rows were read.`,
    acknowledge: "Acknowledge",
    reason: "Reason (kept in the workbook and shown in the report)",
    save: "Save",
    cancel: "Cancel",
    acknowledged: (reason: string) => `Acknowledged: ${reason}`,
    selected: (cells: string) => `Selected ${cells}`,
    issueCount: (n: number) => `${n} issues`,
  },
  settings: {
    language: "Language",
    truncation: "Accept rates rounded down (truncated)",
    truncationHint:
      "Many reports truncate instead of rounding (20.706% written 20.70%). Turn off to treat that as a mistake.",
    defaultUnit: "Default unit",
    defaultLevel: "Default level",
    jumpThreshold: "Point out changes since the previous report from (percentage points)",
  },
  levels: { xa: "Commune", huyen: "District", tinh: "Province" },
  summary: {
    read: "Read the workbook's tables",
    reading: "Reading…",
    intro:
      "Adds the lower units' tables into a summary table with live formulas: each cell adds the same row and column of every unit, even where units inserted rows.",
    none: "The workbook has no BC06 table to add up yet.",
    template: "Template to add up",
    units: "The units' tables",
    unitLabel: (sheet: string, unit: string, level: string) => `${sheet} — ${unit} (${level})`,
    summaryUnit: "Summary unit",
    create: "Create the summary table",
    created: (sheet: string, units: number) =>
      `Summary created in the sheet "${sheet}" from ${units} units; its input cells are formulas adding each unit's matching cell.`,
    existing: "Existing summary tables",
    refresh: "Update the formulas for the units selected",
    refreshed: (cells: number) => `Formulas of ${cells} cells updated.`,
    unknownUnit: "no unit name",
  },
  previous: {
    open: "Compare with the previous report…",
    current: (name: string) => `Previous report: ${name}`,
    clear: "Stop comparing",
  },
  file: {
    open: "Open an .xlsx file",
    opening: "Opening…",
    drop: "or drop a file onto this pane",
    sample: "Sample workbook of xã Long Hiệp",
    current: (name: string) => `Working on: ${name}`,
    privacy: "The file is read in this browser only; it is sent nowhere.",
    download: "Download the annotated copy (.xlsx)",
    downloaded: (name: string) => `Created "${name}".`,
  },
  failed: (message: string) => `Could not finish: ${message}`,
};

const dictionaries: Record<Language, Strings> = { vi, en };

export function strings(language: Language): Strings {
  return dictionaries[language];
}
