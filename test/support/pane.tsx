// The task pane rendered on an in-memory Excel, as the jsdom tests use it.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import type { HostInfo } from "../../src/excel";
import { type MemoryExcel, memorySession } from "./excel/memory/api";
import { sampleExcel } from "./excel/memory/sample";
import { App } from "../../src/taskpane/App";
import { SettingsSchema, type Settings } from "../../src/taskpane/settings";

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

export async function runCheck() {
  fireEvent.click(screen.getByRole("button", { name: /Kiểm tra toàn bộ sổ tính|Check the whole workbook/ }));
  await screen.findByRole("button", { name: /^(Kiểm tra lại|Check again)$/ }, { timeout: 5000 });
}
