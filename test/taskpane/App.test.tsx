/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/excel/host";
import type { Language } from "../../src/taskpane/i18n";

function renderApp(host: HostInfo, language: Language = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} language={language} />
    </FluentProvider>,
  );
}

describe("App", () => {
  it("shows the product name, the Vietnamese heading and the standalone badge outside Excel", () => {
    renderApp({ kind: "standalone", reason: "no-host" });
    expect(screen.getByText("BC06 – Báo cáo Đề án 06")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Trợ lý báo cáo Đề án 06");
    expect(screen.getByRole("status").textContent).toBe("Chế độ độc lập — chưa kết nối Excel");
  });

  it("shows the connected badge inside Excel and no standalone hint", () => {
    renderApp({ kind: "excel" });
    expect(screen.getByRole("status").textContent).toBe("Đã kết nối Excel");
    expect(screen.queryByText(/Chế độ độc lập/)).toBeNull();
  });

  it("speaks English when asked", () => {
    renderApp({ kind: "standalone", reason: "no-host" }, "en");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Đề án 06 report assistant");
    expect(screen.getByRole("status").textContent).toBe("Standalone mode — not connected to Excel");
  });
});
