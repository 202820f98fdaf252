/** @jest-environment jsdom */
// The pane on an official's own tables: what was recognised, corrected from a dropdown and kept in the workbook,
// tables set aside and restored, and a workbook with no report table never shown as clean.
import { fireEvent, screen, within } from "@testing-library/react";
import { parseMetadataXml } from "../../src/domain/metadata";
import { ownLayoutExcel } from "../support/excel/own-layout";
import { renderPane, runCheck } from "../support/pane";

async function openTables(count: string) {
  fireEvent.click(await screen.findByRole("button", { name: count }));
}

describe("the Check tab on an official's own table", () => {
  it("checks it, lists what each column was read as, and selects the table", async () => {
    const excel = await renderPane(ownLayoutExcel("dvc-merged-two-row-heading"));
    await runCheck();
    await screen.findByText(/Thông báo lưu trú: Tỷ lệ trực tuyến \(%\) ghi 93,65%, nhưng 59\/62 = 95,16%/);
    await openTables("Bảng được kiểm tra (1)");
    const card = document.querySelector('[data-table="Báo cáo!A5:F16"]') as HTMLElement;
    expect(within(card).getByText("tự nhận ra")).toBeTruthy();
    expect(within(card).getByText("Báo cáo!A5:F16 · đã kiểm tra 40/40 số liệu")).toBeTruthy();
    const online = within(card).getByRole("combobox", {
      name: "E · Trong đó › Trực tuyến",
    }) as HTMLSelectElement;
    expect(online.selectedOptions[0].textContent).toBe("Tiếp nhận trực tuyến");
    expect(within(card).getByText("9 → Thông báo lưu trú")).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "Chọn bảng trong sổ tính" }));
    await screen.findByText("Đã chọn Báo cáo!A5:F16");
    expect(excel.state.selection).toEqual({ sheet: "Báo cáo", address: "A5:F16" });
  });

  it("a column corrected from the select is kept in the workbook and the check runs again with it", async () => {
    const excel = await renderPane(ownLayoutExcel("dvc-merged-two-row-heading"));
    await runCheck();
    await openTables("Bảng được kiểm tra (1)");
    fireEvent.change(screen.getByRole("combobox", { name: "F · Tỷ lệ (%)" }), { target: { value: "" } });
    await screen.findByText("Đã lưu cách đọc bảng vào sổ tính; kiểm tra lại theo cách đọc mới.");
    expect(excel.state.xmlParts.map((part) => parseMetadataXml(part.xml))).toEqual([
      expect.objectContaining({ kind: "mapping", sheet: "Báo cáo", anchor: "A5", lines: { "ty le %": "" } }),
    ]);
    expect(screen.queryByText(/ghi 93,65%/)).toBeNull();
    // The column set aside is not checked, so the table was checked in part: said so, never plainly clean.
    expect(
      screen.getByText(
        "Không phát hiện lỗi trong phần đã kiểm tra (3/4 cột, 75 % số liệu); phần còn lại chưa kiểm tra được.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("đã chỉnh")).toBeTruthy();
  });

  it('a table marked "not a report table" is set aside, said so, and can be checked again', async () => {
    await renderPane(ownLayoutExcel("dvc-merged-two-row-heading"));
    await runCheck();
    await openTables("Bảng được kiểm tra (1)");
    fireEvent.click(screen.getByRole("button", { name: "Không phải bảng báo cáo" }));
    await screen.findByText(/Không nhận ra bảng báo cáo nào — chưa kiểm tra gì/);
    expect(screen.getByText("không phải bảng báo cáo")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại bảng này" }));
    await screen.findByText(/ghi 93,65%/);
  });
});

describe("a workbook with no report table", () => {
  it("is never shown as clean: no table recognised, nothing checked; the look-alike area is named", async () => {
    await renderPane(ownLayoutExcel("figures-under-unknown-headings"));
    await runCheck();
    await screen.findByText(/Không nhận ra bảng báo cáo nào — chưa kiểm tra gì/);
    expect(screen.queryByText(/Không phát hiện sai sót/)).toBeNull();
    await openTables("Bảng được kiểm tra (0) · 1 vùng chưa nhận ra");
    expect(screen.getByText("Thong ke!B2:D5")).toBeTruthy();
    expect(screen.getByText("Năm | Số vụ việc | Số người liên quan")).toBeTruthy();
  });
});
