// The task pane rendered on an in-memory Excel, as the jsdom tests use it.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import type { HostInfo } from "../../src/excel";
import { type MemoryExcel, memorySession } from "./excel/memory/api";
import { sampleExcel } from "./excel/memory/sample";
import { App } from "../../src/taskpane/App";
import { SettingsSchema, type Settings } from "../../src/taskpane/settings";
// The calendar and the overview are lazy chunks in the pane; loaded here, with the test file, so that a busy machine's first load of it
// does not count against a test's time.
import "../../src/taskpane/components/DateField";
import "../../src/taskpane/components/OverviewTab";

const standalone: HostInfo = { kind: "standalone", reason: "no-host" };

function Harness({ host, excel }: { host: HostInfo; excel: MemoryExcel }) {
  const [settings, setSettings] = useState<Settings>(SettingsSchema.parse({}));
  return (
    <FluentProvider theme={webLightTheme}>
      <App host={host} session={memorySession(excel)} settings={settings} onSettingsChange={setSettings} />
    </FluentProvider>
  );
}

export async function renderPane(excel?: MemoryExcel, host: HostInfo = standalone) {
  const workbook = excel ?? (await sampleExcel());
  render(<Harness host={host} excel={workbook} />);
  return workbook;
}

// By text, not by role: Testing Library's role queries compute every element's accessible name, which takes
// seconds in jsdom once a long issue list is on the page.
export async function runCheck() {
  fireEvent.click(screen.getByText(/^(Kiểm tra toàn bộ sổ tính|Check the whole workbook)$/));
  await screen.findByText(/^(Kiểm tra lại|Check again)$/, { selector: "button" }, { timeout: 5000 });
}

/** Types a date into a date field (dd/mm/yyyy, as users do) and leaves the field, where the date is read. */
export async function typeDate(label: string, text: string) {
  const input = await screen.findByRole("combobox", { name: label });
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

/** Opens a tab, or Settings by the header's gear, and waits for it: the tabs but Check load on their first visit. */
export async function openTab(name: string) {
  fireEvent.click(screen.queryByRole("tab", { name }) ?? screen.getByRole("button", { name }));
  await waitFor(() => expect(document.querySelector("[data-loading]")).toBeNull());
}
