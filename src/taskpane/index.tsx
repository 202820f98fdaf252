import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { createRoot } from "react-dom/client";
import { config as zodConfig } from "zod/mini";
import {
  detectHost,
  excelSession,
  HOST_DETECTION_TIMEOUT_MS,
  type HostInfo,
  officeGlobal,
  loadOfficeJs,
  openedByOffice,
} from "../excel";
import type { WorkbookSession } from "../domain/session";
import { App } from "./App";
import { strings } from "./i18n";
import { loadSettings, saveSettings, type Settings } from "./settings";
import { type OpenedFile, openSample, useStandaloneWorkbook } from "./standalone";

// The page's CSP forbids generated code: zod validates without its JIT (and never probes for it).
zodConfig({ jitless: true });

function Root({ host, session, initial }: { host: HostInfo; session: WorkbookSession; initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const change = (next: Settings) => {
    setSettings(next);
    saveSettings(next);
  };
  return <App host={host} session={session} settings={settings} onSettingsChange={change} />;
}

/** The standalone page: the sample workbook until the user opens an .xlsx of their own. */
function StandaloneRoot({
  host,
  sample,
  initial,
}: {
  host: HostInfo;
  sample: OpenedFile;
  initial: Settings;
}) {
  const [settings, setSettings] = useState(initial);
  const workbook = useStandaloneWorkbook(sample, settings.language);
  const change = (next: Settings) => {
    setSettings(next);
    saveSettings(next);
  };
  return (
    <App
      host={host}
      session={workbook.session}
      settings={settings}
      onSettingsChange={change}
      standalone={workbook}
    />
  );
}

function prefersDark(host: HostInfo): boolean {
  if (host.kind === "excel") return Boolean(host.dark);
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}

async function main() {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const settings = loadSettings();
  const render = (node: ReactNode, dark = false) =>
    root.render(
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100%" }}>
        {node}
      </FluentProvider>,
    );
  const t = strings(settings.language);
  // Inside Excel the pane waits for Office however long it takes; a plain browser waits a few seconds.
  const inExcel = openedByOffice(window.location.search);
  const wait = inExcel ? Infinity : HOST_DETECTION_TIMEOUT_MS;
  render(<Spinner label={inExcel ? t.connecting : t.loading} style={{ paddingTop: 48 }} />);
  const loaded = await loadOfficeJs(wait);
  const host = await detectHost(loaded ? officeGlobal() : undefined, wait);
  document.documentElement.dataset.host = host.kind;
  if (host.kind === "excel") {
    render(<Root host={host} session={excelSession()} initial={settings} />, prefersDark(host));
    return;
  }
  if (inExcel) {
    // Never the sample inside Excel: office.js could not load (offline, blocked).
    render(
      <MessageBar intent="error" style={{ margin: 16 }}>
        <MessageBarBody>{t.officeUnavailable}</MessageBarBody>
      </MessageBar>,
    );
    return;
  }
  // The standalone page opens the sample workbook served beside it; Excel users never download it.
  const sample = await openSample(settings.language);
  render(<StandaloneRoot host={host} sample={sample} initial={settings} />, prefersDark(host));
}

void main();
