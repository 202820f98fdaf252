import { Button, makeStyles, mergeClasses, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  PlugDisconnected16Regular,
  QuestionCircle20Regular,
  Settings20Regular,
} from "@fluentui/react-icons";
import { lazy, Suspense, useRef, useState } from "react";
import type { WorkbookSession } from "../domain/session";
import type { HostInfo } from "../excel";
import { CheckTab } from "./components/CheckTab";
import { FileBar } from "./components/FileBar";
import { HelpCard } from "./components/HelpCard";
import { strings } from "./i18n";
import type { Checked } from "./checked";
import type { Settings } from "./settings";
import type { StandaloneWorkbook } from "./standalone";

/** The sheet view is for the standalone page only: Excel users never download it. */
const WorkbookView = lazy(() =>
  import("./components/WorkbookView").then((m) => ({ default: m.WorkbookView })),
);
/** Each tab but Check (the one the pane opens on) loads with its first visit. */
const TemplatesTab = lazy(() =>
  import(/* webpackPrefetch: true */ "./components/TemplatesTab").then((m) => ({ default: m.TemplatesTab })),
);
const OverviewTab = lazy(() =>
  import(/* webpackPrefetch: true */ "./components/OverviewTab").then((m) => ({ default: m.OverviewTab })),
);
const SummaryTab = lazy(() =>
  import(/* webpackPrefetch: true */ "./components/SummaryTab").then((m) => ({ default: m.SummaryTab })),
);
const TextTab = lazy(() =>
  import(/* webpackPrefetch: true */ "./components/TextTab").then((m) => ({ default: m.TextTab })),
);
const SettingsTab = lazy(() =>
  import(/* webpackPrefetch: true */ "./components/SettingsTab").then((m) => ({ default: m.SettingsTab })),
);

const useStyles = makeStyles({
  // The standalone page: the workbook left and the pane right on a wide window, stacked on a narrow one.
  page: {
    display: "flex",
    flexDirection: "column",
    // The page never scrolls: the sheet and the pane scroll in their own boxes, so the sheet stays in view.
    height: "100vh",
    "@media (min-width: 900px)": { flexDirection: "row" },
  },
  workbook: {
    height: "45vh",
    flexShrink: 0,
    // The sheet scrolls inside its box, never the page.
    overflow: "hidden",
    display: "flex",
    flexDirection: "column",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (min-width: 900px)": {
      height: "100%",
      flexGrow: 1,
      flexShrink: 1,
      minWidth: 0,
      borderBottom: "none",
      borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  pane: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    "@media (min-width: 900px)": { flexGrow: 0, width: "380px", flexShrink: 0 },
  },
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  // One line: the product, where it works, help and settings. The tabs follow at once, even at 320 px.
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  logo: { width: "20px", height: "20px", flexShrink: 0 },
  title: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  status: { display: "flex", flexShrink: 0 },
  headerButton: {
    flexShrink: 0,
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundHover,
    },
    ":hover:active": {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundPressed,
    },
  },
  headerButtonOn: { backgroundColor: tokens.colorBrandBackgroundPressed },
  loading: { padding: tokens.spacingVerticalL },
  tabs: {
    paddingLeft: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Five tabs on one line at 320 px: 12 px labels, narrower padding, and the selected tab marked by its underline
  // alone (bold text would need room reserved for it in every tab: Fluent's hidden bold copy is left out).
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    "& .fui-Tab__content": {
      fontWeight: tokens.fontWeightRegular,
      fontSize: tokens.fontSizeBase200,
      paddingLeft: 0,
      paddingRight: 0,
    },
    "& .fui-Tab__content--reserved-space": { display: "none" },
  },
});

/** The tabs of the tab list; Settings opens from the header's gear, in the same place. */
const TABS = ["templates", "check", "overview", "summary", "text"] as const;
const PANELS = [...TABS, "settings"] as const;
type TabId = (typeof PANELS)[number];

export interface AppProps {
  host: HostInfo;
  session: WorkbookSession;
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
  /** The standalone page's own workbook: the sample, or a file the user opens. */
  standalone?: StandaloneWorkbook;
}

export function App({ host, session, settings, onSettingsChange, standalone }: AppProps) {
  const styles = useStyles();
  const t = strings(settings.language);
  const [tab, setTab] = useState<TabId>("check");
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set(["check"]));
  const [helpOpen, setHelpOpen] = useState(!settings.helpSeen);
  const closeHelp = () => {
    setHelpOpen(false);
    if (!settings.helpSeen) onSettingsChange({ ...settings, helpSeen: true });
  };
  const lastTab = useRef<TabId>("check"); // where the gear returns to when Settings is closed
  // A new workbook, or another language, starts afresh (results are worded in the language they were made in).
  const workbookKey = `${standalone?.fileName ?? "workbook"}|${settings.language}`;
  // The latest check, whichever tab made it, for the tabs that show it.
  const [latest, setLatest] = useState<Checked & { key: string }>();
  const checked = latest?.key === workbookKey ? latest : undefined;
  const onChecked = (check: Checked) => {
    setLatest({ ...check, key: workbookKey });
    standalone?.view.setIssues(check.result.issues);
  };
  const choose = (id: TabId) => {
    if (id !== "settings") lastTab.current = id;
    setTab(id);
    setVisited((seen) => new Set([...seen, id]));
  };
  const panel = (id: TabId) => {
    switch (id) {
      case "templates":
        return <TemplatesTab session={session} settings={settings} />;
      case "check":
        return (
          <CheckTab
            session={session}
            settings={settings}
            onDownload={standalone?.download}
            onChecked={onChecked}
          />
        );
      case "overview":
        return (
          <OverviewTab
            session={session}
            settings={settings}
            checked={checked}
            onChecked={onChecked}
            folder={standalone?.folder}
          />
        );
      case "summary":
        return <SummaryTab session={session} settings={settings} onRollUpFolder={standalone?.rollUpFolder} />;
      case "text":
        return <TextTab session={session} settings={settings} />;
      case "settings":
        return (
          <SettingsTab settings={settings} onChange={onSettingsChange} onShowHelp={() => setHelpOpen(true)} />
        );
    }
  };
  const tabs = (
    // The tab list is inside the one main landmark, with its panels.
    <main key={workbookKey}>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => choose(data.value as TabId)}
        size="small"
      >
        {TABS.map((id) => (
          <Tab key={id} value={id} className={styles.tab}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>
      {PANELS.filter((id) => visited.has(id)).map((id) => (
        // A tab visited once stays mounted (hidden when not chosen): its results and half-typed text are kept.
        <div
          key={id}
          role={id === "settings" ? "region" : "tabpanel"}
          aria-label={t.tabs[id]}
          hidden={id !== tab}
        >
          <Suspense
            fallback={<Spinner size="small" className={styles.loading} label={t.loadingTab} data-loading />}
          >
            {panel(id)}
          </Suspense>
        </div>
      ))}
    </main>
  );
  const connected = host.kind !== "standalone";
  const pane = (
    <div className={styles.root} lang={settings.language} data-pane>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <h1 className={styles.title}>{t.heading}</h1>
        <span
          className={styles.status}
          role="img"
          aria-label={connected ? t.connectedBadge : t.standaloneBadge}
          title={connected ? t.connectedBadge : t.standaloneBadge}
        >
          {connected ? <CheckmarkCircle16Filled /> : <PlugDisconnected16Regular />}
        </span>
        <Button
          className={mergeClasses(styles.headerButton, helpOpen && styles.headerButtonOn)}
          appearance="transparent"
          size="small"
          icon={<QuestionCircle20Regular />}
          aria-label={t.header.help}
          title={t.header.help}
          aria-expanded={helpOpen}
          onClick={() => (helpOpen ? closeHelp() : setHelpOpen(true))}
        />
        <Button
          className={mergeClasses(styles.headerButton, tab === "settings" && styles.headerButtonOn)}
          appearance="transparent"
          size="small"
          icon={<Settings20Regular />}
          aria-label={t.header.settings}
          title={t.header.settings}
          aria-pressed={tab === "settings"}
          onClick={() => choose(tab === "settings" ? lastTab.current : "settings")}
        />
      </header>
      {helpOpen && <HelpCard settings={settings} focus={settings.helpSeen} onClose={closeHelp} />}
      {standalone ? (
        <FileBar
          settings={settings}
          fileName={standalone.fileName}
          folder={standalone.folder}
          onOpen={standalone.openFiles}
          onPick={(file) => standalone.open(file.name, file.bytes)}
          onSave={standalone.save}
        >
          {tabs}
        </FileBar>
      ) : (
        tabs
      )}
    </div>
  );
  if (!standalone) return pane;
  return (
    <div className={styles.page} lang={settings.language}>
      <div className={styles.workbook}>
        <Suspense fallback={null}>
          <WorkbookView session={session} view={standalone.view} language={settings.language} />
        </Suspense>
      </div>
      <div className={styles.pane}>{pane}</div>
    </div>
  );
}
