/** @jest-environment jsdom */
// The pane as an official uses it all day: a long list filtered, searched and walked through from the keyboard,
// focus where the hands are, counts of what is still open, dates in dd/mm/yyyy, help on first use.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { displayCell } from "../../src/domain/display";
import { templateById } from "../../src/domain/templates";
import { writeTemplate } from "../../src/xlsx/write";
import { MemoryExcel, memorySession } from "../support/excel/memory/api";
import { renderPane, runCheck, typeDate, openTab } from "../support/pane";

const issueButtons = () => [...document.querySelectorAll<HTMLButtonElement>("button[data-issue]")];
const position = () =>
  screen.getByText(/^(Vấn đề \d+\/\d+|\d+ vấn đề|Hiển thị \d+\/\d+ vấn đề)$/).textContent;

describe("the issue list", () => {
  it("filters by severity and searches without diacritics, saying how many are shown", async () => {
    await renderPane();
    await runCheck();
    const all = issueButtons().length;
    expect(position()).toBe(`${all} vấn đề`);
    fireEvent.click(screen.getByRole("button", { name: "Lỗi", pressed: true }));
    const withoutErrors = issueButtons();
    expect(withoutErrors.length).toBeLessThan(all);
    expect(
      withoutErrors.every((b) => !b.closest("section")!.getAttribute("aria-label")!.startsWith("Lỗi")),
    ).toBe(true);
    expect(document.querySelectorAll('[data-rule="ty_le_truc_tuyen"]')).toHaveLength(0);
    fireEvent.click(screen.getByRole("button", { name: "Lỗi", pressed: false }));
    fireEvent.change(screen.getByRole("searchbox", { name: "Tìm trong các vấn đề" }), {
      target: { value: "thong bao luu tru" },
    });
    const found = issueButtons();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((b) => /Thông báo lưu trú/.test(b.textContent!))).toBe(true);
    expect(position()).toBe(`Hiển thị ${found.length}/${all} vấn đề`);
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "không có chữ này" } });
    expect(screen.getByText("Không có vấn đề nào khớp bộ lọc.")).toBeTruthy();
  });

  it("filters by sheet when the issues are on several sheets", async () => {
    await renderPane();
    await runCheck();
    const sheets = new Set(
      issueButtons().map((b) => b.closest("section")!.getAttribute("aria-label")!.split(" – ")[1]),
    );
    expect(sheets.size).toBeGreaterThan(1);
    fireEvent.change(screen.getByRole("combobox", { name: "Lọc theo trang tính" }), {
      target: { value: "DVC thiết yếu" },
    });
    const shown = issueButtons().map((b) => b.closest("section")!.getAttribute("aria-label"));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((label) => label!.endsWith(" – DVC thiết yếu"))).toBe(true);
  });

  it("walks through the issues with next / previous and Alt+↓ / Alt+↑, selecting each in the workbook", async () => {
    const excel = await renderPane();
    await runCheck();
    const order = issueButtons().map((b) => b.dataset.issue);
    fireEvent.click(screen.getByRole("button", { name: "Vấn đề tiếp theo" }));
    await waitFor(() => expect(document.activeElement?.getAttribute("data-issue")).toBe(order[0]));
    expect(position()).toBe(`Vấn đề 1/${order.length}`);
    await screen.findByText(/^Đã chọn /);
    const first = excel.state.selection;
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown", altKey: true });
    await waitFor(() => expect(document.activeElement?.getAttribute("data-issue")).toBe(order[1]));
    await waitFor(() => expect(excel.state.selection).not.toEqual(first));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp", altKey: true });
    await waitFor(() => expect(document.activeElement?.getAttribute("data-issue")).toBe(order[0]));
    // Before the first comes the last: the walk wraps round.
    fireEvent.click(screen.getByRole("button", { name: "Vấn đề trước" }));
    await waitFor(() => expect(document.activeElement?.getAttribute("data-issue")).toBe(order.at(-1)));
    expect(screen.getByRole("button", { name: "Vấn đề tiếp theo" }).getAttribute("aria-keyshortcuts")).toBe(
      "Alt+ArrowDown",
    );
  });

  it("names each acknowledge button after its issue, moves the focus into the reason and back, and counts it apart", async () => {
    await renderPane();
    await runCheck();
    const counts = () => screen.getByRole("status", { name: /vấn đề cần xử lý/ });
    const warningsBefore = Number(/(\d+) cảnh báo/.exec(counts().textContent!)![1]);
    const buttons = screen.getAllByRole("button", { name: /^Ghi nhận cảnh báo ở / });
    expect(new Set(buttons.map((b) => b.getAttribute("aria-label"))).size).toBeGreaterThan(1);
    const item = buttons[0].closest("li")!;
    fireEvent.click(buttons[0]);
    const reason = await within(item).findByRole("textbox");
    await waitFor(() => expect(document.activeElement).toBe(reason));
    fireEvent.change(reason, { target: { value: "Đã đối chiếu phần mềm" } });
    fireEvent.click(within(item).getByRole("button", { name: "Lưu ghi nhận" }));
    await within(item).findByText("Đã ghi nhận: Đã đối chiếu phần mềm");
    await waitFor(() => expect(document.activeElement).toBe(item.querySelector("button[data-issue]")));
    expect(counts().textContent).toContain(`${warningsBefore - 1} cảnh báo`);
    expect(counts().textContent).toContain("1 đã ghi nhận");
    expect(counts().getAttribute("aria-label")).toMatch(/, 1 đã ghi nhận$/);
  });
});

describe("comparing with the previous report", () => {
  it("checks again as soon as the previous report is chosen, and again when it is put away", async () => {
    const cccd = templateById("cccd")!;
    const excel = new MemoryExcel();
    const inserted = await memorySession(excel).insert(
      cccd,
      { unit: "Xã A", level: "xa", from: "2025-02-01", to: "2025-02-28", cutoff: "2025-02-28" },
      "vi",
    );
    excel.sheet(inserted.sheet).cells.set("C11", { value: 50 });
    excel.sheet(inserted.sheet).cells.set("D11", { value: 430 });
    const january = await writeTemplate(
      cccd,
      { unit: "Xã A", level: "xa", from: "2025-01-01", to: "2025-01-31", cutoff: "2025-01-31" },
      "vi",
      { thu_nhan: { trong_ky: 40, luy_ke: 400 } },
    );
    await renderPane(excel);
    await runCheck();
    const carried = "Thu nhận hồ sơ cấp CCCD – Lũy kế: lũy kế 430 ≠ lũy kế kỳ trước 400 + trong kỳ 50 = 450.";
    expect(screen.queryByText(carried)).toBeNull();
    const file = Object.assign(new File([january as BlobPart], "thang-1.xlsx"), {
      arrayBuffer: async () => january.slice().buffer,
    });
    fireEvent.change(screen.getByLabelText("So sánh với kỳ trước…"), { target: { files: [file] } });
    await screen.findByText(carried); // no second press of "Kiểm tra lại"
    fireEvent.click(screen.getByRole("button", { name: "Bỏ so sánh" }));
    await waitFor(() => expect(screen.queryByText(carried)).toBeNull());
  });

  it("a note about the whole table (no cell) reads without a stray separator, its dates dd/mm/yyyy", async () => {
    const cccd = templateById("cccd")!;
    const excel = new MemoryExcel();
    await memorySession(excel).insert(
      cccd,
      { unit: "Xã A", level: "xa", from: "2025-03-01", to: "2025-03-31", cutoff: "2025-03-31" },
      "vi",
    );
    const january = await writeTemplate(
      cccd,
      { unit: "Xã A", level: "xa", from: "2025-01-01", to: "2025-01-31", cutoff: "2025-01-31" },
      "vi",
      {},
    );
    await renderPane(excel);
    const file = Object.assign(new File([january as BlobPart], "thang-1.xlsx"), {
      arrayBuffer: async () => january.slice().buffer,
    });
    fireEvent.change(screen.getByLabelText("So sánh với kỳ trước…"), { target: { files: [file] } });
    await screen.findByRole("button", { name: "Kỳ trước: thang-1.xlsx" });
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: /^Thông tin \(\d+\)$/ }));
    const note = await screen.findByText(
      /không liền nhau \(01\/01\/2025 – 31\/01\/2025 → 01\/03\/2025 – 31\/03\/2025\)/,
    );
    expect(note.nextElementSibling!.textContent).toBe("Không cần sửa; chỉ để biết.");
  });
});

describe("dates", () => {
  it("are typed and shown dd/mm/yyyy, and reach the template's header as those days", async () => {
    const excel = await renderPane(new MemoryExcel());
    await openTab("Mẫu biểu");
    await typeDate("Từ ngày", "01/07/2025");
    await typeDate("Đến ngày", "31/7/2025");
    await typeDate("Lũy kế đến ngày", "31.07.2025");
    expect((screen.getByRole("combobox", { name: "Từ ngày" }) as HTMLInputElement).value).toBe("01/07/2025");
    expect((screen.getByRole("combobox", { name: "Đến ngày" }) as HTMLInputElement).value).toBe("31/07/2025");
    fireEvent.click(screen.getByRole("button", { name: "Chèn mẫu vào trang tính mới" }));
    await screen.findByText("Đã chèn mẫu");
    // Header dates are Excel dates, shown by their dd/mm/yyyy format: as Excel shows them, they are those days.
    const shown = [...excel.sheet("DVC thiết yếu").cells.values()]
      .filter((cell) => typeof cell.value === "number" && /yyyy/.test(cell.numberFormat ?? ""))
      .map((cell) => displayCell({ value: cell.value as number, numberFormat: cell.numberFormat }));
    expect(shown).toEqual(["01/07/2025", "31/07/2025", "31/07/2025"]);
  });

  it("says what is wrong with a date that does not exist, and holds the insert back", async () => {
    await renderPane(new MemoryExcel());
    await openTab("Mẫu biểu");
    await typeDate("Từ ngày", "31/06/2025");
    expect(await screen.findByText(/Không phải ngày: nhập theo dạng ngày\/tháng\/năm/)).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Chèn mẫu vào trang tính mới" }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await typeDate("Từ ngày", "30/06/2025");
    await waitFor(() => expect(screen.queryByText(/Không phải ngày/)).toBeNull());
  });
});

describe("first use", () => {
  it("shows three steps once, and again from the header or Settings", async () => {
    await renderPane();
    const help = screen.getByRole("region", { name: "BC06 làm gì, bắt đầu từ đâu" });
    expect(within(help).getAllByRole("listitem")).toHaveLength(3);
    await act(async () => fireEvent.click(within(help).getByRole("button", { name: "Đã hiểu" })));
    expect(screen.queryByRole("region", { name: "BC06 làm gì, bắt đầu từ đâu" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Hướng dẫn" }));
    expect(screen.getByRole("region", { name: "BC06 làm gì, bắt đầu từ đâu" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Hướng dẫn" }));
    await openTab("Cài đặt");
    fireEvent.click(screen.getByRole("button", { name: "Xem lại hướng dẫn" }));
    expect(screen.getByRole("region", { name: "BC06 làm gì, bắt đầu từ đâu" })).toBeTruthy();
  });
});

// React flows through the pane's effects and timers: under a loaded machine they take their time, which is not
// what these tests measure.
jest.setTimeout(60_000);

describe("live checking", () => {
  it("follows the user's edits: the corrected figure's issue leaves the list, and its mark the sheet", async () => {
    const excel = await renderPane();
    await runCheck();
    fireEvent.click(screen.getByRole("switch", { name: "Tô màu các ô có vấn đề" }));
    await screen.findByText(/Đã tô màu \d+ ô/);
    const births = () => screen.queryByText(/^Đăng ký khai sinh: Tổng số hồ sơ tiếp nhận = 58/);
    const item = births()!.closest("button")!;
    const cell = item.dataset.issue!.split("|")[1].split("!")[1];
    const errors = () =>
      Number(/(\d+) lỗi/.exec(screen.getByRole("status", { name: /vấn đề cần xử lý/ }).textContent!)![1]);
    const before = errors();
    await act(() => excel.type("DVC thiết yếu", cell, 90));
    await waitFor(() => expect(births()).toBeNull());
    expect(errors()).toBe(before - 1);
    expect(excel.sheet("DVC thiết yếu").conditionalFormats.map((cf) => cf.address)).not.toContain(cell);
  });

  it("checks the whole workbook again when the edited sheet is gone before its turn", async () => {
    const excel = await renderPane();
    await runCheck();
    const cards = /^Đã trả thẻ cho công dân: Trong kỳ = 380 lớn hơn Lũy kế = 350/;
    expect(screen.getByText(cards)).toBeTruthy();
    await act(() => excel.type("CCCD", "A1", "đã sửa"));
    excel.state.sheets = excel.state.sheets.filter((sheet) => sheet.name !== "CCCD");
    excel.state.tables = excel.state.tables.filter((table) => table.sheet.name !== "CCCD");
    await waitFor(() => expect(screen.queryByText(cards)).toBeNull());
    expect(screen.queryByText(/^Không thực hiện được|Sổ tính vừa thay đổi/)).toBeNull();
  });

  it("is off when the user turns it off in Settings", async () => {
    const excel = await renderPane();
    await runCheck();
    await openTab("Cài đặt");
    await act(async () =>
      fireEvent.click(screen.getByRole("switch", { name: "Kiểm tra ngay khi sửa số liệu" })),
    );
    expect(excel.state.changeHandlers.size).toBe(0);
    await openTab("Cài đặt");
    const births = screen.getByText(/^Đăng ký khai sinh: Tổng số hồ sơ tiếp nhận = 58/).closest("button")!;
    const cell = births.dataset.issue!.split("|")[1].split("!")[1];
    await act(() => excel.type("DVC thiết yếu", cell, 90));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByText(/^Đăng ký khai sinh: Tổng số hồ sơ tiếp nhận = 58/)).toBeTruthy();
  });
});
