import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { detectHost, officeGlobal } from "../excel/host";
import { App } from "./App";
import { strings } from "./i18n";

async function main() {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const render = (node: ReactNode) =>
    root.render(
      <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
        {node}
      </FluentProvider>,
    );
  render(<Spinner label={strings("vi").loading} style={{ paddingTop: 48 }} />);
  const host = await detectHost(officeGlobal());
  document.documentElement.dataset.host = host.kind;
  render(<App host={host} language="vi" />);
}

void main();
