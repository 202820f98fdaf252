/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryExcel, memorySession } from "../support/excel/memory/api";
import { itemError } from "../support/excel/memory/state";
import { sampleExcel } from "../support/excel/memory/sample";
import { renderPane, runCheck, typeDate, openTab } from "../support/pane";
import { templateById } from "../../src/domain/templates";
import { TextTab } from "../../src/taskpane/components/TextTab";
import { SettingsSchema } from "../../src/taskpane/settings";

describe("the task pane", () => {
  it("shows the Vietnamese heading and, in one header line, that it is not connected to Excel", async () => {
    await renderPane();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Trợ lý báo cáo Đề án 06");
    expect(screen.getByRole("img", { name: "Chế độ độc lập — chưa kết nối Excel" })).toBeTruthy();
    // Five tabs on one line; Settings is the header's gear.
    expect(screen.getAllByRole("tab")).toHaveLength(5);
    for (const name of ["Mẫu biểu", "Kiểm tra", "Tổng quan", "Tổng hợp", "Văn bản"])
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Cài đặt" })).toBeTruthy();
  });

  it("says it is connected inside Excel", async () => {
    await renderPane(new MemoryExcel(), { kind: "excel" });
    expect(screen.getByRole("img", { name: "Đã kết nối Excel" })).toBeTruthy();
    expect(screen.queryByText(/sổ tính mẫu/)).toBeNull();
  });

  it("checks the sample workbook: counts by severity, the seed's 93,65% explained, a click selects the cells", async () => {
    const excel = await renderPane();
    await runCheck();
    expect(screen.getByRole("status", { name: /vấn đề cần xử lý/ }).textContent).toMatch(
      /^\d+ lỗi\d+ cảnh báo\d+ thông tin$/,
    );
    const rate = await screen.findByText(
      /Thông báo lưu trú: Tỷ lệ trực tuyến \(%\) ghi 93,65%, nhưng 59\/62 = 95,16%/,
    );
    const item = rate.closest("button")!;
    expect(within(item).getByText(/Đề xuất: G16 = 95,16%/)).toBeTruthy();
    fireEvent.click(item);
    await screen.findByText(/Đã chọn DVC thiết yếu!G16/);
    expect(excel.state.selection).toEqual({ sheet: "DVC thiết yếu", address: "G16,F16,D16" });
    expect(screen.getByText(/1,174, không phải số nguyên/)).toBeTruthy();
  });

  it("says which checks could not run, and what each lacks", async () => {
    await renderPane();
    await runCheck();
    const summary = screen.getByText("3 phép kiểm tra không thực hiện được do thiếu hoặc sai số liệu.");
    const list = within(summary.closest("details")!).getAllByRole("listitem");
    expect(list.map((item) => item.textContent)).toContain(
      "Kết quả làm sạch dữ liệu dân cư “đúng, đủ, sạch, sống”: không kiểm tra được “Rà soát, xóa trùng thông tin trong và ngoài tỉnh = Theo đề nghị + Chủ động rà soát” vì thiếu hoặc sai số liệu ở C27, C30.",
    );
  });

  it("highlights and clears, leaving the sheet's formats as they were", async () => {
    const excel = await renderPane();
    await runCheck();
    const before = JSON.parse(JSON.stringify(excel.sheet("DVC thiết yếu").conditionalFormats));
    fireEvent.click(screen.getByRole("switch", { name: "Tô màu các ô có vấn đề" }));
    await screen.findByText(/Đã tô màu \d+ ô/);
    expect(excel.sheet("DVC thiết yếu").conditionalFormats.length).toBeGreaterThan(before.length);
    fireEvent.click(screen.getByRole("switch", { name: "Tô màu các ô có vấn đề" }));
    await screen.findByText(/Đã xóa \d+ ô đánh dấu/);
    expect(excel.sheet("DVC thiết yếu").conditionalFormats).toEqual(before);
  });

  it("keeps each tab's state when the user goes to another tab and back", async () => {
    await renderPane();
    await runCheck();
    fireEvent.click(screen.getByRole("switch", { name: "Tô màu các ô có vấn đề" }));
    await screen.findByText(/Đã tô màu \d+ ô/);
    fireEvent.click(screen.getAllByRole("button", { name: /^Ghi nhận cảnh báo ở / })[0]);
    fireEvent.change(await screen.findByRole("textbox"), { target: { value: "Đang đối chiếu với" } });
    await openTab("Mẫu biểu");
    fireEvent.change(screen.getByRole("textbox", { name: "Đơn vị báo cáo" }), {
      target: { value: "Xã Cẩm Bình" },
    });
    await openTab("Kiểm tra");
    expect(screen.getByRole("textbox")).toHaveProperty("value", "Đang đối chiếu với");
    expect(screen.getByRole("switch", { name: "Tô màu các ô có vấn đề" })).toHaveProperty("checked", true);
    expect(screen.getByRole("button", { name: "Kiểm tra lại" })).toBeTruthy();
    await openTab("Mẫu biểu");
    expect(screen.getByRole("textbox", { name: "Đơn vị báo cáo" })).toHaveProperty("value", "Xã Cẩm Bình");
    expect(document.querySelectorAll("main")).toHaveLength(1); // one main landmark, the tab panels inside it
  });

  it("says that a workbook in Manual calculation was recalculated before the check", async () => {
    const excel = await sampleExcel();
    excel.state.calculationMode = "Manual";
    await renderPane(excel);
    await runCheck();
    await screen.findByText(/chế độ tính thủ công \(Manual\): BC06 đã cho Excel tính lại/);
  });

  it("an Office failure is told by its code in Vietnamese, never by Office's English message", async () => {
    const excel = await renderPane();
    await runCheck();
    const run = excel.run.bind(excel);
    excel.run = (() =>
      Promise.reject(
        itemError("InvalidOperationInCellEditMode", "The operation failed because the cell is in edit mode."),
      )) as typeof excel.run;
    fireEvent.click(screen.getByRole("switch", { name: "Tô màu các ô có vấn đề" }));
    await screen.findByText("Excel đang sửa một ô: nhấn Enter hoặc Esc trong ô đó rồi thử lại.");
    expect(document.body.textContent).not.toContain("edit mode");
    excel.run = run;
  });

  it("a protected sheet: highlighting is refused in a sentence, and nothing is drawn", async () => {
    const excel = await renderPane();
    await runCheck();
    excel.sheet("DVC thiết yếu").protected = true;
    const before = excel.state.sheets.map((sheet) => sheet.conditionalFormats.length);
    fireEvent.click(screen.getByRole("switch", { name: "Tô màu các ô có vấn đề" }));
    await screen.findByText(/đang được bảo vệ/);
    expect(excel.state.sheets.map((sheet) => sheet.conditionalFormats.length)).toEqual(before);
    expect(screen.getByRole("switch", { name: "Tô màu các ô có vấn đề" })).toHaveProperty("checked", false);
  });

  it("acknowledges a warning with a reason (errors cannot be acknowledged) and exports the report", async () => {
    const excel = await renderPane();
    await runCheck();
    expect(screen.getByRole("button", { name: /^Cảnh báo \(\d+\)$/ })).toBeTruthy();
    const acknowledge = screen.getAllByRole("button", { name: /^Ghi nhận cảnh báo ở / });
    const errorItems = document.querySelectorAll('[data-rule="ty_le_truc_tuyen"]');
    expect(errorItems[0].parentElement!.querySelector("button + button")).toBeNull();
    fireEvent.click(acknowledge[0]);
    fireEvent.change(await screen.findByRole("textbox"), { target: { value: "Đã đối chiếu phần mềm" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu ghi nhận" }));
    await screen.findByText("Đã ghi nhận: Đã đối chiếu phần mềm");
    fireEvent.click(screen.getByRole("button", { name: "Xuất báo cáo ra trang tính" }));
    await screen.findByText('Đã ghi kết quả vào trang tính "Kết quả kiểm tra".');
    const report = excel.sheet("Kết quả kiểm tra");
    expect([...report.cells.values()].some((c) => c.value === "Đã đối chiếu phần mềm")).toBe(true);
  });

  it("inserts a template with the header the user typed, and lists what it wrote", async () => {
    const excel = await renderPane(new MemoryExcel());
    await openTab("Mẫu biểu");
    fireEvent.change(screen.getByRole("textbox", { name: "Đơn vị báo cáo" }), {
      target: { value: "Xã Cẩm Bình" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Chèn mẫu vào trang tính mới" }));
    await screen.findByText("Đã chèn mẫu");
    expect(screen.getByText(/Trang tính mới: DVC thiết yếu/)).toBeTruthy();
    expect(screen.getByText(/Bảng Excel: BC06_dvc25_1/)).toBeTruthy();
    expect(screen.getByText(/Vùng: 'DVC thiết yếu'!A\d+:\w+\d+ \(26 dòng\)/)).toBeTruthy();
    expect(excel.cell("DVC thiết yếu", "C3")!.value).toBe("Xã Cẩm Bình");
  });

  it("refuses a period that ends before it starts", async () => {
    await renderPane(new MemoryExcel());
    await openTab("Mẫu biểu");
    await typeDate("Từ ngày", "01/02/2025");
    await typeDate("Đến ngày", "1/1/2025");
    expect(screen.getByText("Ngày kết thúc đứng trước ngày bắt đầu.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Chèn mẫu vào trang tính mới" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it("switches to English in the settings", async () => {
    await renderPane();
    await openTab("Cài đặt");
    await act(async () => fireEvent.click(screen.getByRole("radio", { name: "English" })));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Đề án 06 report assistant");
    expect(screen.getByRole("tab", { name: "Check" })).toBeTruthy();
    await openTab("Check");
    await runCheck();
    await waitFor(() =>
      expect(screen.getByText(/Notification of stay: Online rate \(%\) states 93,65%/)).toBeTruthy(),
    );
  });
});

describe("the roll-up", () => {
  it("builds a summary of the communes' tables with live formulas", async () => {
    const excel = new MemoryExcel();
    const session = memorySession(excel);
    const dvc = templateById("dvc25")!;
    const period = { from: "2025-01-01", to: "2025-06-30", cutoff: "2025-06-30" };
    for (const [unit, total] of [
      ["Xã A", 10],
      ["Xã B", 30],
    ] as const) {
      const inserted = await session.insert(dvc, { unit, level: "xa", ...period }, "vi");
      excel.sheet(inserted.sheet).cells.set("D13", { value: total });
    }
    await renderPane(excel);
    await openTab("Tổng hợp");
    fireEvent.click(screen.getByRole("button", { name: "Đọc các bảng trong sổ tính" }));
    const group = await screen.findByRole("group", { name: "Bảng của các đơn vị" });
    expect(
      within(group)
        .getAllByRole("checkbox")
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([true, true]);
    fireEvent.change(screen.getByRole("textbox", { name: "Đơn vị tổng hợp" }), {
      target: { value: "Huyện Cẩm Xuyên" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    await screen.findByText(/Đã tạo bảng tổng hợp ở trang tính "DVC thiết yếu \(3\)" từ 2 đơn vị/);
    expect(excel.cell("DVC thiết yếu (3)", "D13")).toMatchObject({
      formula: "=SUM('DVC thiết yếu'!D13,'DVC thiết yếu (2)'!D13)",
      value: 40,
    });
  });
});

describe("the text tab", () => {
  it("checks pasted report text, marks the claims and shows the arithmetic of the wrong one", async () => {
    await renderPane(new MemoryExcel());
    await openTab("Văn bản");
    const text =
      "+ Thủ tục thông báo lưu trú: **62** hồ sơ (**03** hồ sơ tiếp nhận trực tiếp; **59** hồ sơ tiếp nhận trên cổng dịch vụ công trực tuyến), đạt **93.65%**; <img src=x onerror=alert(1)>";
    fireEvent.change(screen.getByRole("textbox", { name: "Dán nội dung báo cáo (văn bản Word) vào đây" }), {
      target: { value: text },
    });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra số liệu trong văn bản" }));
    expect((await screen.findByRole("status")).textContent).toBe("1 đúng · 1 sai · 0 không đọc được");
    // The wrong claim comes first; the empty workbook has no table to compare with, and the pane says so.
    const wrong = document.querySelector("[data-verdict]")!;
    expect(wrong.getAttribute("data-verdict")).toBe("inconsistent");
    screen.getByText("Sổ tính không có bảng báo cáo để đối chiếu: chỉ kiểm tra phép tính trong văn bản.");
    expect(wrong.textContent).toContain("59/62 = 95,16%, văn bản ghi 93,65%");
    expect(wrong.textContent).toContain("Nên ghi: 95,16%");
    // Cell and report text is shown as text, never run as HTML.
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getAllByText(/<img src=x onerror=alert\(1\)>/).length).toBeGreaterThan(0);
  });

  it("compares the text's figures with the workbook's tables and selects the table's cell", async () => {
    const excel = await sampleExcel();
    await renderPane(excel);
    await openTab("Văn bản");
    fireEvent.change(screen.getByRole("textbox", { name: "Dán nội dung báo cáo (văn bản Word) vào đây" }), {
      target: {
        value: "+ Đăng ký thường trú: 80 hồ sơ (63 hồ sơ trực tiếp; 17 hồ sơ trực tuyến), đạt 21,25%.",
      },
    });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra số liệu trong văn bản" }));
    await screen.findByText(/Đã đối chiếu số liệu nêu trong văn bản với \d+ bảng/);
    const first = document.querySelector<HTMLButtonElement>("[data-verdict]")!;
    expect(first.textContent).toMatch(
      /^Sai · so với bảngĐăng ký thường trú — Tổng số hồ sơ tiếp nhận: văn bản ghi 80, bảng ghi 78/,
    );
    fireEvent.click(first);
    await waitFor(() =>
      expect(excel.state.selection).toEqual({
        sheet: "DVC thiết yếu",
        address: expect.stringMatching(/^D\d+$/),
      }),
    );
    await screen.findByText(/^Đã chọn DVC thiết yếu!D\d+$/);
    // The marked text keeps the sentence in order, as text.
    expect(screen.getByRole("region", { name: "Văn bản đã kiểm tra" }).textContent).toBe(
      "+ Đăng ký thường trú: 80 hồ sơ (63 hồ sơ trực tiếp; 17 hồ sơ trực tuyến), đạt 21,25%.",
    );
  });

  it("opens a report file and checks it; a Word file gets the way to paste its text", async () => {
    // PDFs are read in the browser test (pdf.js needs a real browser, not jsdom) and in test/documents.
    await renderPane(new MemoryExcel());
    await openTab("Văn bản");
    const open = screen.getByLabelText("Mở tệp báo cáo (.pdf, .docx, .txt)");
    const text = "Có 59/62 hồ sơ (đạt 93,65%).";
    // jsdom's File has no arrayBuffer(); browsers' do.
    const file = (bytes: Uint8Array, name: string) =>
      Object.assign(new File([bytes as BlobPart], name), { arrayBuffer: async () => bytes.slice().buffer });
    fireEvent.change(open, { target: { files: [file(new TextEncoder().encode(text), "bao-cao.txt")] } });
    expect((await screen.findByRole("status")).textContent).toBe("0 đúng · 1 sai · 0 không đọc được");
    expect(
      screen.getByRole("textbox", { name: "Dán nội dung báo cáo (văn bản Word) vào đây" }),
    ).toHaveProperty("value", text);
    fireEvent.change(open, { target: { files: [file(new Uint8Array([0x50, 0x4b, 3, 4]), "bao-cao.docx")] } });
    await screen.findByText(/bao-cao.docx: Ở đây chưa mở được tệp Word/);
  });

  it("warns, naming them, when the tables the text is written from have errors", async () => {
    const excel = await sampleExcel();
    await renderPane(excel);
    await runCheck();
    await openTab("Văn bản");
    fireEvent.click(screen.getByRole("button", { name: "Tạo văn bản từ các bảng" }));
    await screen.findByText(/Các bảng dùng để viết văn bản còn \d+ lỗi/);
  });

  it("says so when the workbook cannot be read and the text was only checked on its own", async () => {
    const failing = { ...memorySession(new MemoryExcel()), read: () => Promise.reject(new Error("busy")) };
    render(
      <FluentProvider theme={webLightTheme}>
        <TextTab session={failing} settings={SettingsSchema.parse({})} />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByRole("textbox", { name: "Dán nội dung báo cáo (văn bản Word) vào đây" }), {
      target: { value: "Có 59/62 hồ sơ (đạt 95,16%)." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra số liệu trong văn bản" }));
    await screen.findByText(/Không đọc được sổ tính nên chưa đối chiếu với các bảng/);
    expect(screen.getByRole("status").textContent).toBe("1 đúng · 0 sai · 0 không đọc được");
  });

  it("writes the paragraphs from the workbook's tables", async () => {
    const excel = await sampleExcel();
    await renderPane(excel);
    await openTab("Văn bản");
    fireEvent.click(screen.getByRole("button", { name: "Tạo văn bản từ các bảng" }));
    const written = (await screen.findByRole("textbox", {
      name: /Văn bản tạo từ các bảng/,
    })) as HTMLTextAreaElement;
    expect(written.value).toMatch(
      /^Đã tiếp nhận 309 hồ sơ, trong đó:\n\+ Đăng ký thường trú: 78 hồ sơ \(63 hồ sơ tiếp nhận trực tiếp; 15 hồ sơ tiếp nhận trực tuyến\), đạt 19,23%/,
    );
  });
});
