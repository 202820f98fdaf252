/** @jest-environment jsdom */
// Tổng quan: the charts of the latest check, each bar a button to its cells, and Excel's own charts inserted.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { MemoryExcel } from "../support/excel/memory/api";
import { renderPane, runCheck, openTab } from "../support/pane";

const openOverview = () => openTab("Tổng quan");
// By the bar's title (its name), not by role: computing every element's role and name takes seconds in jsdom.
const bar = (name: string | RegExp) => screen.findByTitle(name, {}, { timeout: 5000 });

jest.setTimeout(30_000);

describe("the overview tab", () => {
  it("draws the Check tab's result: each service's online share, a click selects its cells", async () => {
    const excel = await renderPane(undefined, { kind: "excel" });
    await runCheck();
    const syncs = excel.syncCount;
    await openOverview();
    const notification = await bar("Thông báo lưu trú: 95,16% (59/62)");
    expect(excel.syncCount).toBe(syncs); // drawn from the check already made: the workbook is not read again
    expect(screen.getByText("Tỷ lệ tiếp nhận trực tuyến theo dịch vụ")).toBeTruthy();
    expect(screen.getByText("Tiến độ so với chỉ tiêu được giao")).toBeTruthy();
    expect(screen.getByText("Lỗi và cảnh báo theo bảng")).toBeTruthy();
    // The khai sinh row's error (58 ≠ 55 + 35) is said on its bar.
    expect(await bar(/^Đăng ký khai sinh: .* \(có lỗi\)$/)).toBeTruthy();
    fireEvent.click(notification);
    await screen.findByText(/^Đã chọn DVC thiết yếu!F16, DVC thiết yếu!D16$/);
    expect(excel.state.selection).toEqual({ sheet: "DVC thiết yếu", address: "F16,D16" });
  });

  it("checks the workbook itself when opened first, and follows the figures on demand", async () => {
    const excel = await renderPane(undefined, { kind: "excel" });
    await openOverview();
    await bar("Thông báo lưu trú: 95,16% (59/62)");
    await act(() => excel.type("DVC thiết yếu", "F16", 31));
    fireEvent.click(screen.getByRole("button", { name: "Cập nhật theo số liệu hiện tại" }));
    // 3 + 31 is not 62 any more: the bar says its figures hold an error.
    await bar("Thông báo lưu trú: 50,00% (31/62) (có lỗi)");
  });

  it("inserts Excel's charts into a new sheet and lists them, with what Excel cannot draw", async () => {
    const excel = await renderPane(undefined, { kind: "excel" });
    await openOverview();
    await bar("Thông báo lưu trú: 95,16% (59/62)");
    fireEvent.click(screen.getByRole("button", { name: "Chèn biểu đồ vào Excel" }));
    const notice = await screen.findByText(/^Đã chèn \d+ biểu đồ Excel/);
    const charts = excel.sheet("Biểu đồ").charts;
    expect(notice.textContent).toContain(
      `Đã chèn ${charts.length} biểu đồ Excel, gắn với các ô của bảng: Biểu đồ (`,
    );
    expect(notice.textContent).toContain(
      "Không chèn được vào Excel (vẫn xem được ở đây): Làm sạch dữ liệu: đã xử lý so với phát hiện – Làm sạch dữ liệu: các dòng không liền nhau.",
    );
  });

  it("beside each table when chosen; not offered on the standalone page, which cannot make Excel charts", async () => {
    const excel = await renderPane(undefined, { kind: "excel" });
    await openOverview();
    await bar("Thông báo lưu trú: 95,16% (59/62)");
    fireEvent.click(screen.getByRole("radio", { name: "Cạnh từng bảng" }));
    fireEvent.click(screen.getByRole("button", { name: "Chèn biểu đồ vào Excel" }));
    await screen.findByText(/^Đã chèn \d+ biểu đồ Excel/);
    expect(excel.sheet("DVC thiết yếu").charts).toHaveLength(1);
    expect(excel.state.sheets.map((s) => s.name)).not.toContain("Biểu đồ");
  });

  it("says so when the workbook has no report table, rather than drawing nothing", async () => {
    await renderPane(new MemoryExcel(), { kind: "excel" });
    await openOverview();
    await waitFor(() =>
      expect(screen.getByText(/Không nhận ra bảng báo cáo nào|không có bảng/i)).toBeTruthy(),
    );
    expect(screen.queryByRole("button", { name: "Chèn biểu đồ vào Excel" })).toBeNull();
  });
});
