// Default message and instruction templates, by rule kind and outcome. A rule may declare its own; the
// {placeholders} are filled by the engine with labels and Vietnamese-formatted numbers.
import type { Language } from "../i18n";

export interface MessageText {
  vi: string;
  en: string;
}

interface Outcome {
  message: MessageText;
  instruction: MessageText;
}

export const OUTCOMES = {
  sum: {
    message: {
      vi: "{scope}: {leftTerms} = {left}, nhưng {rightTerms} = {right} (lệch {difference}).",
      en: "{scope}: {leftTerms} = {left}, but {rightTerms} = {right} (off by {difference}).",
    },
    instruction: {
      vi: "Đối chiếu lại số liệu gốc: tổng phải bằng tổng các thành phần.",
      en: "Check the source figures: the total must equal the sum of its parts.",
    },
  },
  "less-or-equal": {
    message: {
      vi: "{scope}: {leftTerms} = {left} lớn hơn {rightTerms} = {right} (vượt {difference}).",
      en: "{scope}: {leftTerms} = {left} exceeds {rightTerms} = {right} (by {difference}).",
    },
    instruction: {
      vi: "Số liệu thành phần không thể lớn hơn số liệu chứa nó; kiểm tra lại số đã nhập.",
      en: "A part cannot exceed what contains it; check the figures entered.",
    },
  },
  ratio: {
    message: {
      vi: "{scope}: {rateLabel} ghi {stated}, nhưng {part}/{whole} = {computed}.{hint}",
      en: "{scope}: {rateLabel} states {stated}, but {part}/{whole} = {computed}.{hint}",
    },
    instruction: {
      vi: "Sửa tỷ lệ thành {computed} (hoặc dùng công thức của mẫu), hoặc sửa số liệu gốc.",
      en: "Correct the rate to {computed} (or use the template's formula), or correct the figures.",
    },
  },
  "ratio.over-100": {
    message: {
      vi: "{scope}: {rateLabel} = {stated} vượt 100% ({part}/{whole}): phần không thể lớn hơn tổng.",
      en: "{scope}: {rateLabel} = {stated} is over 100% ({part}/{whole}): a part cannot exceed the whole.",
    },
    instruction: { vi: "Kiểm tra lại tử số và mẫu số.", en: "Check the numerator and the denominator." },
  },
  "ratio.zero-whole": {
    message: {
      vi: "{scope}: {rateLabel} ghi {stated} nhưng {wholeLabel} bằng 0.",
      en: "{scope}: {rateLabel} states {stated} but {wholeLabel} is 0.",
    },
    instruction: {
      vi: "Để trống tỷ lệ khi mẫu số bằng 0.",
      en: "Leave the rate blank when the denominator is 0.",
    },
  },
  "ratio.over-target": {
    message: {
      vi: "{scope}: {rateLabel} = {stated} ({part}/{whole}), vượt chỉ tiêu được giao.",
      en: "{scope}: {rateLabel} = {stated} ({part}/{whole}), above the assigned target.",
    },
    instruction: {
      vi: "Không cần sửa; ghi rõ trong báo cáo nếu cần.",
      en: "Nothing to correct; mention it in the report if needed.",
    },
  },
  "ratio.truncated": {
    message: {
      vi: "{scope}: {rateLabel} ghi {stated} là làm tròn xuống; làm tròn thông thường là {computed}.",
      en: "{scope}: {rateLabel} states {stated}, rounded down; usual rounding gives {computed}.",
    },
    instruction: {
      vi: "Nên thống nhất một cách làm tròn trong báo cáo.",
      en: "Use one rounding convention throughout the report.",
    },
  },
  pair: {
    message: {
      vi: "{scope}: có {filledLabel} ({filled}) nhưng thiếu {emptyLabel}.",
      en: "{scope}: {filledLabel} is given ({filled}) but {emptyLabel} is missing.",
    },
    instruction: { vi: "Nhập cả hai số liệu, hoặc để trống cả hai.", en: "Enter both figures, or neither." },
  },
  "cannot-check": {
    message: {
      vi: "{scope}: không kiểm tra được {check} vì thiếu hoặc sai số liệu ở {missing}.",
      en: "{scope}: {check} could not be checked: {missing} has no usable figure.",
    },
    instruction: {
      vi: "Nhập số liệu (0 nếu không phát sinh).",
      en: "Enter the figure (0 if there were none).",
    },
  },
  "cannot-check.open-sum": {
    message: {
      vi: "{scope}: chưa kết luận {check} vì bảng còn cột hoặc dòng cùng nhóm mà BC06 chưa nhận ra (tổng có thể gồm cả phần đó).",
      en: "{scope}: {check} is not concluded: the table has a line of the same group BC06 could not map (the total may include it).",
    },
    instruction: {
      vi: "Chỉ rõ cột hoặc dòng đó trong phần Bảng đã nhận ra nếu nó thuộc mẫu.",
      en: "Map that line under Recognised tables if it belongs to the template.",
    },
  },
  "arithmetic.sum": {
    message: {
      vi: "{scope}: {target} = {left}, nhưng {terms} = {right} (lệch {difference}). {support}",
      en: "{scope}: {target} = {left}, but {terms} = {right} (off by {difference}). {support}",
    },
    instruction: {
      vi: "Đối chiếu lại số liệu gốc của dòng (cột) này.",
      en: "Check the source figures of this line.",
    },
  },
  "arithmetic.at-most": {
    message: {
      vi: "{scope}: {terms} = {right} lớn hơn {target} = {left} (vượt {difference}). {support}",
      en: "{scope}: {terms} = {right} exceeds {target} = {left} (by {difference}). {support}",
    },
    instruction: {
      vi: "Phần không thể lớn hơn số liệu chứa nó; kiểm tra lại số đã nhập.",
      en: "A part cannot exceed what contains it; check the figures entered.",
    },
  },
  "arithmetic.not-below": {
    message: {
      vi: "{scope}: {target} = {left} nhỏ hơn {terms} = {right} (thiếu {difference}). {support}",
      en: "{scope}: {target} = {left} is below {terms} = {right} (by {difference}). {support}",
    },
    instruction: {
      vi: "Số lũy kế không thể nhỏ hơn số của kỳ này; kiểm tra lại số đã nhập.",
      en: "A cumulative figure cannot be below the period's; check the figures entered.",
    },
  },
  "arithmetic.rate": {
    message: {
      vi: "{scope}: {target} ghi {stated}, nhưng {terms} = {computed}. {support}",
      en: "{scope}: {target} states {stated}, but {terms} = {computed}. {support}",
    },
    instruction: {
      vi: "Sửa tỷ lệ thành {computed}, hoặc sửa số liệu gốc.",
      en: "Correct the rate to {computed}, or correct the figures.",
    },
  },
  "arithmetic.formula": {
    message: {
      vi: "{cell}: công thức {formula} {gap}: công thức cho {left}, {terms} = {right} (lệch {difference}).",
      en: "{cell}: the formula {formula} {gap}: it gives {left}, {terms} = {right} (off by {difference}).",
    },
    instruction: {
      vi: "Sửa vùng cộng của công thức cho đủ các dòng (cột) của bảng; không gõ đè số.",
      en: "Extend the formula's range to every line of the table; do not type a figure over it.",
    },
  },
  "arithmetic.also": {
    message: {
      vi: "Ô {cell} cũng làm sai {count} phép kiểm tra khác: {others}.",
      en: "Cell {cell} also breaks {count} more checks: {others}.",
    },
    instruction: { vi: "", en: "" },
  },
  "arithmetic.doubt": {
    message: {
      vi: "{scope}: chưa kết luận {check} vì quan hệ này chỉ đúng ở {holds}/{instances} {lines} của bảng: có thể BC06 đọc sai cấu trúc bảng.",
      en: "{scope}: {check} is not concluded: it holds on only {holds} of {instances} {lines} of the table, so BC06 may have misread the table.",
    },
    instruction: {
      vi: "Kiểm tra lại bằng tay; có thể chỉ rõ cách đọc bảng trong mục Bảng của thẻ Kiểm tra.",
      en: "Check it by hand; you can correct how the table is read under Tables on the Check tab.",
    },
  },
  "arithmetic.unexplained": {
    message: {
      vi: "{scope}: không xác định được {target} tính từ những số liệu nào ({reason}): chưa kiểm tra.",
      en: "{scope}: BC06 could not tell which figures {target} comes from ({reason}): not checked.",
    },
    instruction: {
      vi: 'Kiểm tra lại bằng tay, hoặc ghi rõ công thức trong tiêu đề cột (ví dụ "(4) = (3)/(1)").',
      en: 'Check it by hand, or write its formula in the heading (e.g. "(4) = (3)/(1)").',
    },
  },
  "arithmetic.rule-doubt": {
    message: {
      vi: "{scope}: chưa kết luận {check} vì quan hệ này sai ở {fails}/{instances} chỗ áp dụng: có thể BC06 đã hiểu sai các cột (dòng) của bảng.",
      en: "{scope}: {check} is not concluded: it fails at {fails} of {instances} places, so BC06 may have misread the table's lines.",
    },
    instruction: {
      vi: "Kiểm tra cách BC06 đọc bảng trong mục Bảng của thẻ Kiểm tra.",
      en: "Check how BC06 read the table under Tables on the Check tab.",
    },
  },
  "arithmetic.reading-rejected": {
    message: {
      vi: "Bảng {range}: cách đọc theo mẫu {table} không khớp với số liệu ({fails} quan hệ sai, {holds} đúng), nên bảng chỉ được kiểm tra theo cấu trúc của chính nó.",
      en: "Table {range}: reading it as {table} contradicts its figures ({fails} relations fail, {holds} hold), so only the table's own structure is checked.",
    },
    instruction: {
      vi: "Chỉ rõ các cột (dòng) của bảng trong mục Bảng của thẻ Kiểm tra nếu cần kiểm tra theo mẫu.",
      en: "Map the table's lines under Tables on the Check tab to check it against the template.",
    },
  },
  "recognition.unrecognised": {
    message: {
      vi: "Vùng {range} ({headings}) trông như một bảng số liệu nhưng BC06 không nhận ra là bảng báo cáo nào: chưa được kiểm tra.",
      en: "The area {range} ({headings}) looks like a table of figures, but BC06 did not recognise which report table: not checked.",
    },
    instruction: {
      vi: "Chọn mẫu cho vùng này trong mục Bảng của thẻ Kiểm tra, hoặc đánh dấu không phải bảng báo cáo.",
      en: "Choose its template under Tables on the Check tab, or mark it as not a report table.",
    },
  },
  "recognition.skipped": {
    message: {
      vi: "Bảng {table} ({range}): chưa kiểm tra {lines} vì BC06 không đọc được các số liệu này liên quan thế nào với các số liệu khác.{rows}",
      en: "Table {table} ({range}): {lines} not checked, as BC06 could not read how these figures relate to the others.{rows}",
    },
    instruction: {
      vi: "Nếu thuộc mẫu, chỉ rõ trong mục Bảng của thẻ Kiểm tra.",
      en: "If they belong to the template, map them under Tables on the Check tab.",
    },
  },
  "excel-error": {
    message: { vi: "Ô {cell} đang báo lỗi Excel {error}.", en: "Cell {cell} shows the Excel error {error}." },
    instruction: {
      vi: "Sửa công thức hoặc số liệu gây lỗi.",
      en: "Fix the formula or the figures that cause it.",
    },
  },
  "text-number": {
    message: {
      vi: 'Ô {cell} chứa số dạng văn bản "{text}" (đọc là {value}); Excel không cộng ô này vào tổng.',
      en: 'Cell {cell} holds a number stored as text "{text}" (read as {value}); Excel leaves it out of totals.',
    },
    instruction: { vi: "Nhập lại {value} dưới dạng số.", en: "Re-enter {value} as a number." },
  },
  "not-a-number": {
    message: {
      vi: 'Ô {cell} cần một số nhưng chứa "{text}".',
      en: 'Cell {cell} needs a number but holds "{text}".',
    },
    instruction: {
      vi: "Nhập số (0 nếu không phát sinh); ghi chú để ở cột Ghi chú.",
      en: "Enter a number (0 if there were none); put remarks in the notes column.",
    },
  },
  "status-word": {
    message: {
      vi: 'Ô {cell} ghi "{text}": không tính là 0, các phép kiểm tra dùng ô này được bỏ qua.',
      en: 'Cell {cell} says "{text}": not counted as 0; checks that use it are skipped.',
    },
    instruction: { vi: "Nhập 0 nếu thực tế không phát sinh.", en: "Enter 0 if there really were none." },
  },
  "thousands-separator": {
    message: {
      vi: "Ô {cell} ghi {value}, không phải số nguyên: có thể bị đổi thành số thập phân do định dạng vùng; giá trị đúng có lẽ là {likely}.",
      en: "Cell {cell} holds the fraction {value} (Vietnamese notation) where a count belongs: a thousands separator was probably taken for a decimal point, so the figure meant is likely {likelyDigits}.",
    },
    instruction: {
      vi: "Nhập lại {likely} (không gõ dấu chấm phân cách).",
      en: "Re-enter {likelyDigits} without a separator.",
    },
  },
  "not-whole": {
    message: {
      vi: "Ô {cell} ghi {value}, nhưng số đếm phải là số nguyên.",
      en: "Cell {cell} holds {value}, but counts are whole numbers.",
    },
    instruction: { vi: "Nhập số nguyên.", en: "Enter a whole number." },
  },
  negative: {
    message: { vi: "Ô {cell} ghi số âm {value}.", en: "Cell {cell} holds the negative number {value}." },
    instruction: { vi: "Số liệu thống kê không thể âm.", en: "Counts cannot be negative." },
  },
  "date-format": {
    message: {
      vi: "Ô {cell} là ô số liệu nhưng đang định dạng ngày tháng ({format}).",
      en: "Cell {cell} is a figure but formatted as a date ({format}).",
    },
    instruction: {
      vi: "Đặt lại định dạng số và kiểm tra giá trị.",
      en: "Reset the number format and check the value.",
    },
  },
  "formula-overwritten": {
    message: {
      vi: "Ô {cell} ({scope}) theo mẫu là công thức, nhưng đang chứa số nhập tay {value}.",
      en: "Cell {cell} ({scope}) should hold the template's formula but holds the typed value {value}.",
    },
    instruction: {
      vi: "Chèn lại mẫu hoặc khôi phục công thức {formula}.",
      en: "Re-insert the template or restore the formula {formula}.",
    },
  },
  "formula-typed": {
    message: {
      vi: "Ô {cell} ({scope}) là số nhập tay {value}, trong khi các ô cùng loại của bảng được tính bằng công thức.",
      en: "Cell {cell} ({scope}) holds the typed value {value} where the table's other such cells are formulas.",
    },
    instruction: {
      vi: "Dùng công thức như các ô khác để số liệu tự cập nhật.",
      en: "Use a formula like the other cells, so that the figure keeps up to date.",
    },
  },
  "not-applicable-has-figures": {
    message: {
      vi: '{scope}: dòng ghi "Không thuộc thẩm quyền" nhưng có số liệu ở {cells}.',
      en: '{scope}: the row is marked "Không thuộc thẩm quyền" (not competent) but has figures in {cells}.',
    },
    instruction: {
      vi: "Xóa số liệu hoặc sửa cột Thẩm quyền.",
      en: "Remove the figures or correct the competence column.",
    },
  },
  "cross-table-sum": {
    message: {
      vi: "{scope}: số tổng hợp {summary} khác tổng các đơn vị {units} = {total} (lệch {difference}).{hint}",
      en: "{scope}: the summary's {summary} differs from the units' sum {units} = {total} (off by {difference}).{hint}",
    },
    instruction: {
      vi: "Tổng hợp lại từ số liệu mới nhất của các đơn vị.",
      en: "Re-add the units' latest figures.",
    },
  },
  "summary-duplicate": {
    message: {
      vi: 'Đơn vị "{unit}" có mặt {count} lần trong tổng hợp ({sheets}).',
      en: 'The unit "{unit}" appears {count} times in the summary ({sheets}).',
    },
    instruction: { vi: "Giữ một bảng cho mỗi đơn vị.", en: "Keep one table per unit." },
  },
  "summary-own-figures": {
    message: {
      vi: "{scope}: số tổng hợp {summary} gồm {total} của các đơn vị và {difference} của riêng cấp tổng hợp (thẩm quyền: {competence}).",
      en: "{scope}: the summary's {summary} holds the units' {total} and {difference} of its own level (competence: {competence}).",
    },
    instruction: {
      vi: "Không cần sửa nếu {difference} đúng là số liệu của cấp tổng hợp.",
      en: "Nothing to correct if {difference} is indeed the summary level's own figure.",
    },
  },
  "summary-identical": {
    message: {
      vi: "Các bảng {sheets} có số liệu giống hệt nhau: có thể cùng một báo cáo gửi hai lần.",
      en: "The tables {sheets} hold identical figures: perhaps one report sent twice.",
    },
    instruction: { vi: "Kiểm tra lại tệp của từng đơn vị.", en: "Check each unit's file." },
  },
  "summary-period": {
    message: {
      vi: "{unit} báo cáo kỳ {unitPeriod}, khác kỳ của bảng tổng hợp ({summaryPeriod}).",
      en: "{unit} reports the period {unitPeriod}, not the summary's ({summaryPeriod}).",
    },
    instruction: { vi: "Dùng báo cáo cùng kỳ của đơn vị.", en: "Use the unit's report for the same period." },
  },
  "summary-missing": {
    message: {
      vi: "Bảng tổng hợp thiếu {count} đơn vị: {units}.",
      en: "The summary lacks {count} units: {units}.",
    },
    instruction: { vi: "Bổ sung báo cáo của các đơn vị còn thiếu.", en: "Add the missing units' reports." },
  },
  "cross-table-cutoff": {
    message: {
      vi: "{unit} có ngày chốt lũy kế {unitCutoff}, khác bảng tổng hợp ({summaryCutoff}); số lũy kế không cộng được.",
      en: "{unit} has the cut-off {unitCutoff}, unlike the summary ({summaryCutoff}); cumulative figures cannot be added.",
    },
    instruction: { vi: "Dùng số liệu cùng ngày chốt.", en: "Use figures with the same cut-off date." },
  },
  "cumulative.not-lower": {
    message: {
      vi: "{scope}: lũy kế kỳ này {current} nhỏ hơn lũy kế kỳ trước {previous}.",
      en: "{scope}: this report's cumulative {current} is below the previous report's {previous}.",
    },
    instruction: {
      vi: "Giải thích lý do (xóa trùng, hủy, thay đổi địa giới) hoặc sửa số liệu.",
      en: "Explain why (de-duplication, cancellations, boundary change) or correct the figure.",
    },
  },
  "cumulative.carries-over": {
    message: {
      vi: "{scope}: lũy kế {current} ≠ lũy kế kỳ trước {previous} + trong kỳ {flow} = {expected}.",
      en: "{scope}: cumulative {current} ≠ previous cumulative {previous} + this period {flow} = {expected}.",
    },
    instruction: {
      vi: "Kiểm tra số trong kỳ và số lũy kế.",
      en: "Check this period's figure and the cumulative one.",
    },
  },
  "cumulative.large-jump": {
    message: {
      vi: "{scope}: {change} so với kỳ trước (chênh {difference} điểm %).",
      en: "{scope}: {change} since the previous report ({difference} points).",
    },
    instruction: {
      vi: "Kiểm tra lại, hoặc giải thích nguyên nhân trong báo cáo.",
      en: "Check it, or explain it in the report.",
    },
  },
  "cumulative.not-comparable": {
    message: {
      vi: "{table}: không so sánh được lũy kế với kỳ trước vì kỳ báo cáo không liền nhau ({previousPeriod} → {currentPeriod}).",
      en: "{table}: cumulative figures cannot be compared: the periods are not consecutive ({previousPeriod} → {currentPeriod}).",
    },
    instruction: { vi: "Không cần sửa; chỉ để biết.", en: "Nothing to correct; for information." },
  },
  "cumulative.period-unknown": {
    message: {
      vi: "{table}: không so sánh được lũy kế với kỳ trước vì không rõ kỳ báo cáo ({previousPeriod} → {currentPeriod}).",
      en: "{table}: cumulative figures cannot be compared: the reports do not state their periods ({previousPeriod} → {currentPeriod}).",
    },
    instruction: {
      vi: "Ghi ngày bắt đầu và kết thúc kỳ báo cáo ở đầu bảng để BC06 đối chiếu lũy kế.",
      en: "State the period's start and end dates above the table so BC06 can compare the cumulative figures.",
    },
  },
} satisfies Record<string, Outcome>;

export type OutcomeId = keyof typeof OUTCOMES;

/** Fills {placeholders}; an unknown one stays visible rather than vanishing. */
export function render(template: MessageText, language: Language, vars: Record<string, string>): string {
  return template[language].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
