import type { Language } from "../domain/i18n";
import { formatNumber } from "../domain/numbers";
import { describeLost, type PackageContent } from "../xlsx/names";

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
  connecting: "Đang kết nối Excel…",
  officeUnavailable:
    "Không tải được thư viện Office (office.js) nên BC06 chưa làm việc được với sổ tính này. Kiểm tra kết nối mạng rồi mở lại BC06.",
  tabs: {
    templates: "Mẫu biểu",
    check: "Kiểm tra",
    summary: "Tổng hợp",
    text: "Văn bản",
    settings: "Cài đặt",
  },
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
    none: "Chưa kiểm tra. Bấm nút để kiểm tra mọi bảng báo cáo trong sổ tính: mẫu BC06 và bảng đơn vị tự lập.",
    noTables:
      "Không nhận ra bảng báo cáo nào — chưa kiểm tra gì. Chọn mẫu cho bảng của bạn trong mục Bảng bên dưới, hoặc chèn mẫu ở thẻ Mẫu biểu.",
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
    recalculated:
      "Sổ tính đang để chế độ tính thủ công (Manual): BC06 đã cho Excel tính lại các công thức trước khi kiểm tra.",
    truncated: (sheet: string, rows: number) =>
      `Trang tính "${sheet}" quá lớn: chỉ đọc và kiểm tra ${formatNumber(rows)} dòng đầu.`,
    acknowledge: "Ghi nhận",
    reason: "Lý do (được lưu trong sổ tính và in trong báo cáo)",
    save: "Lưu ghi nhận",
    cancel: "Hủy",
    acknowledged: (reason: string) => `Đã ghi nhận: ${reason}`,
    selected: (cells: string) => `Đã chọn ${cells}`,
    issueCount: (n: number) => `${n} vấn đề`,
  },
  tables: {
    heading: (tables: number, unrecognised: number) =>
      `Bảng được kiểm tra (${tables})${unrecognised ? ` · ${unrecognised} vùng chưa nhận ra` : ""}`,
    none: "Sổ tính không có bảng số liệu nào.",
    own: "mẫu BC06",
    detected: "tự nhận ra",
    corrected: "đã chỉnh",
    unrecognised: "chưa nhận ra",
    ignored: "không phải bảng báo cáo",
    where: (range: string, confidence: number) => `${range} · nhận ra ${confidence}% số liệu`,
    template: "Mẫu",
    chooseTemplate: "Chọn mẫu…",
    select: "Chọn bảng trong sổ tính",
    notATable: "Không phải bảng báo cáo",
    restore: "Kiểm tra lại bảng này",
    skip: "Không kiểm tra",
    unmapped: "Chưa nhận ra (không kiểm tra)",
    columns: "Cột của mẫu",
    rows: "Dòng của mẫu",
    row: "Dòng",
    rowsRead: "Các dòng đã nhận ra",
    total: "Dòng tổng cộng",
    saved: "Đã lưu cách đọc bảng vào sổ tính; kiểm tra lại theo cách đọc mới.",
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
    folder: "Tổng hợp các tệp đã mở thành một tệp (.xlsx)",
    folderDone: (name: string, tables: number, files: number) =>
      `Đã tạo "${name}": ${tables} bảng tổng hợp từ ${files} tệp, kèm trang "Đóng góp" truy về từng ô của đơn vị.`,
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
  text: {
    paste: "Dán nội dung báo cáo (văn bản Word) vào đây",
    check: "Kiểm tra số liệu trong văn bản",
    counts: (ok: number, wrong: number, unread: number) =>
      `${ok} đúng · ${wrong} sai · ${unread} không đọc được`,
    none: "Không thấy số liệu nào có thể kiểm tra trong văn bản.",
    verdict: { consistent: "Đúng", inconsistent: "Sai", unreadable: "Không đọc được" },
    generate: "Tạo văn bản từ các bảng",
    generated: "Văn bản tạo từ các bảng trong sổ tính (dán vào báo cáo Word):",
    noTables: "Sổ tính chưa có bảng 25 DVC, CCCD/ĐDĐT hay làm sạch dữ liệu để viết văn bản.",
    copy: "Sao chép",
    copied: "Đã sao chép.",
    suggested: "Nên ghi",
    open: "Mở tệp báo cáo (.pdf, .docx, .txt)",
    checkedText: "Văn bản đã kiểm tra",
    againstTables: (n: number) => `Đã đối chiếu số liệu nêu trong văn bản với ${n} bảng trong sổ tính.`,
    noTablesToCompare: "Sổ tính không có bảng báo cáo để đối chiếu: chỉ kiểm tra phép tính trong văn bản.",
    workbookUnread:
      "Không đọc được sổ tính nên chưa đối chiếu với các bảng: chỉ kiểm tra phép tính trong văn bản.",
    tableClaim: "so với bảng",
    tableErrors: (n: number) =>
      `Các bảng dùng để viết văn bản còn ${n} lỗi: văn bản sẽ lặp lại số liệu sai. Hãy sửa trước khi dùng:`,
  },
  previous: {
    open: "So sánh với kỳ trước…",
    current: (name: string) => `Kỳ trước: ${name}`,
    clear: "Bỏ so sánh",
  },
  file: {
    open: "Mở tệp .xlsx",
    folder: (n: number) => `${n} tệp đã mở`,
    counts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
    noTables: "không nhận ra bảng báo cáo nào — chưa kiểm tra",
    opening: "Đang mở…",
    drop: "hoặc kéo thả tệp vào ngăn này",
    sample: "Sổ tính mẫu của xã Long Hiệp",
    current: (name: string) => `Đang làm việc trên: ${name}`,
    privacy: "Tệp chỉ được đọc trong trình duyệt này, không gửi đi đâu.",
    save: "Tải xuống sổ tính",
    download: "Tải bản có chú thích (.xlsx)",
    downloaded: (name: string) => `Đã tạo tệp "${name}".`,
    willNotKeep: (lost: Partial<Record<PackageContent, number>>) =>
      `Bản tải về giữ nguyên số liệu, công thức và định dạng, nhưng không giữ được: ${describeLost(lost, "vi")}. Tệp gốc của bạn không thay đổi.`,
    downloadAnyway: "Vẫn tải xuống",
    cancel: "Hủy",
  },
  sheet: {
    region: "Sổ tính đang mở",
    label: (sheet: string) => `Trang tính ${sheet}`,
    tabs: "Các trang tính",
    frozen: "Các dòng cố định",
    empty: "Sổ tính không có trang tính nào.",
  },
  failed: (message: string) => `Không thực hiện được: ${message}`,
  officeFailure: {
    "cell-edit": "Excel đang sửa một ô: nhấn Enter hoặc Esc trong ô đó rồi thử lại.",
    protected:
      "Trang tính hoặc sổ tính đang được bảo vệ (hoặc chỉ được xem): bỏ bảo vệ trong thẻ Xem lại (Review) rồi thử lại.",
    changed:
      "Sổ tính vừa thay đổi (trang tính hoặc bảng bị đổi tên, xóa, chèn dòng): kiểm tra lại rồi thử lại.",
    "too-large": "Vùng dữ liệu quá lớn để Excel gửi trong một lần: thử lại với ít trang tính hơn.",
    busy: "Excel đang bận hoặc có người khác đang sửa cùng sổ tính: đợi một lát rồi thử lại.",
    unsupported: "Phiên bản Excel này chưa hỗ trợ thao tác này: cập nhật Excel hoặc dùng Excel trên web.",
    other: "Excel không thực hiện được thao tác: lưu sổ tính, mở lại BC06 rồi thử lại.",
  },
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
  connecting: "Connecting to Excel…",
  officeUnavailable:
    "Office's library (office.js) could not be loaded, so BC06 cannot work on this workbook yet. Check the network connection and open BC06 again.",
  tabs: { templates: "Templates", check: "Check", summary: "Roll-up", text: "Text", settings: "Settings" },
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
    none: "Not checked yet. Press the button to check every report table in the workbook: BC06 templates and the units' own tables.",
    noTables:
      "No report table recognised — nothing was checked. Choose a template for your table under Tables below, or insert a template from the Templates tab.",
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
    recalculated:
      "The workbook is set to Manual calculation: BC06 had Excel recalculate its formulas before checking.",
    truncated: (sheet: string, rows: number) =>
      `The sheet "${sheet}" is too large: only its first ${formatNumber(rows)} rows were read and checked.`,
    acknowledge: "Acknowledge",
    reason: "Reason (kept in the workbook and shown in the report)",
    save: "Save",
    cancel: "Cancel",
    acknowledged: (reason: string) => `Acknowledged: ${reason}`,
    selected: (cells: string) => `Selected ${cells}`,
    issueCount: (n: number) => `${n} issues`,
  },
  tables: {
    heading: (tables: number, unrecognised: number) =>
      `Tables checked (${tables})${unrecognised ? ` · ${unrecognised} areas not recognised` : ""}`,
    none: "The workbook holds no table of figures.",
    own: "BC06 template",
    detected: "recognised",
    corrected: "corrected",
    unrecognised: "not recognised",
    ignored: "not a report table",
    where: (range: string, confidence: number) => `${range} · ${confidence}% of its figures read`,
    template: "Template",
    chooseTemplate: "Choose a template…",
    select: "Select the table in the workbook",
    notATable: "Not a report table",
    restore: "Check this table again",
    skip: "Not checked",
    unmapped: "Not recognised (not checked)",
    columns: "Template columns",
    rows: "Template rows",
    row: "Row",
    rowsRead: "Rows read",
    total: "Total row",
    saved: "The reading of the table is kept in the workbook; checked again with it.",
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
    folder: "Add up the opened files into one workbook (.xlsx)",
    folderDone: (name: string, tables: number, files: number) =>
      `Created "${name}": ${tables} summary tables from ${files} files, with a "Contributions" sheet tracing every unit's cell.`,
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
  text: {
    paste: "Paste the report's text (from Word) here",
    check: "Check the figures in the text",
    counts: (ok: number, wrong: number, unread: number) =>
      `${ok} consistent · ${wrong} wrong · ${unread} not read`,
    none: "No checkable figure found in the text.",
    verdict: { consistent: "Consistent", inconsistent: "Wrong", unreadable: "Not read" },
    generate: "Write the text from the tables",
    generated: "Text written from the workbook's tables (paste it into the Word report):",
    noTables: "The workbook has no DVC, CCCD/ĐDĐT or data-cleaning table to write from.",
    copy: "Copy",
    copied: "Copied.",
    suggested: "Should read",
    open: "Open the report (.pdf, .docx, .txt)",
    checkedText: "The text checked",
    againstTables: (n: number) => `The text's figures were compared with ${n} tables of the workbook.`,
    noTablesToCompare:
      "The workbook has no report table to compare with: only the text's own arithmetic is checked.",
    workbookUnread:
      "The workbook could not be read, so the text was not compared with its tables: only its own arithmetic is checked.",
    tableClaim: "against the table",
    tableErrors: (n: number) =>
      `The tables the text is written from still have ${n} errors, which the text would repeat. Correct them first:`,
  },
  previous: {
    open: "Compare with the previous report…",
    current: (name: string) => `Previous report: ${name}`,
    clear: "Stop comparing",
  },
  file: {
    open: "Open an .xlsx file",
    save: "Download the workbook",
    folder: (n: number) => `${n} files open`,
    counts: (errors: number, warnings: number) => `${errors} errors, ${warnings} warnings`,
    noTables: "no report table recognised — not checked",
    opening: "Opening…",
    drop: "or drop a file onto this pane",
    sample: "Sample workbook of xã Long Hiệp",
    current: (name: string) => `Working on: ${name}`,
    privacy: "The file is read in this browser only; it is sent nowhere.",
    download: "Download the annotated copy (.xlsx)",
    downloaded: (name: string) => `Created "${name}".`,
    willNotKeep: (lost: Partial<Record<PackageContent, number>>) =>
      `The copy keeps the figures, formulas and formats, but not: ${describeLost(lost, "en")}. Your original file is unchanged.`,
    downloadAnyway: "Download anyway",
    cancel: "Cancel",
  },
  sheet: {
    region: "The open workbook",
    label: (sheet: string) => `Sheet ${sheet}`,
    frozen: "Frozen rows",
    tabs: "Sheets",
    empty: "The workbook has no sheet.",
  },
  failed: (message: string) => `Could not finish: ${message}`,
  officeFailure: {
    "cell-edit": "Excel is editing a cell: press Enter or Esc in it, then try again.",
    protected:
      "The sheet or workbook is protected (or read-only): unprotect it on the Review tab, then try again.",
    changed:
      "The workbook has just changed (a sheet or table renamed, deleted, rows inserted): check it, then try again.",
    "too-large": "Too much data for Excel to send at once: try again with fewer sheets.",
    busy: "Excel is busy, or someone else is editing the workbook: wait a moment, then try again.",
    unsupported: "This version of Excel does not support this yet: update Excel or use Excel on the web.",
    other: "Excel could not do it: save the workbook, open BC06 again, then try again.",
  },
};

const dictionaries: Record<Language, Strings> = { vi, en };

export function strings(language: Language): Strings {
  return dictionaries[language];
}
