import { Badge, makeStyles, Tab, TabList, Text, Title3, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, PlugDisconnected16Regular } from "@fluentui/react-icons";
import { lazy, Suspense, useState } from "react";
import type { WorkbookSession } from "../domain/session";
import type { HostInfo } from "../excel";
import { CheckTab } from "./components/CheckTab";
import { FileBar } from "./components/FileBar";
import { SettingsTab } from "./components/SettingsTab";
import { SummaryTab } from "./components/SummaryTab";
import { TextTab } from "./components/TextTab";
import { TemplatesTab } from "./components/TemplatesTab";
import { strings } from "./i18n";
import type { Settings } from "./settings";
import type { StandaloneWorkbook } from "./standalone";

/** The sheet view is for the standalone page only: Excel users never download it. */
const WorkbookView = lazy(() =>
  import("./components/WorkbookView").then((m) => ({ default: m.WorkbookView })),
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
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  logo: { width: "24px", height: "24px", flexShrink: 0 },
  intro: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  tabs: {
    paddingLeft: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
});

const TAB_IDS = ["templates", "check", "summary", "text", "settings"] as const;
type TabId = (typeof TAB_IDS)[number];

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
  const choose = (id: TabId) => {
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
            onChecked={standalone?.view.setIssues}
          />
        );
      case "summary":
        return <SummaryTab session={session} settings={settings} onRollUpFolder={standalone?.rollUpFolder} />;
      case "text":
        return <TextTab session={session} settings={settings} />;
      case "settings":
        return <SettingsTab settings={settings} onChange={onSettingsChange} />;
    }
  };
  const tabs = (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => choose(data.value as TabId)}
        size="small"
      >
        <Tab value="templates">{t.tabs.templates}</Tab>
        <Tab value="check">{t.tabs.check}</Tab>
        <Tab value="summary">{t.tabs.summary}</Tab>
        <Tab value="text">{t.tabs.text}</Tab>
        <Tab value="settings">{t.tabs.settings}</Tab>
      </TabList>
      {/* A new workbook, or another language, starts afresh (results are worded in the language they were made in). */}
      <main key={`${standalone?.fileName ?? "workbook"}|${settings.language}`}>
        {TAB_IDS.filter((id) => visited.has(id)).map((id) => (
          // A tab visited once stays mounted (hidden when not chosen): its results and half-typed text are kept.
          <div key={id} role="tabpanel" aria-label={t.tabs[id]} hidden={id !== tab}>
            {panel(id)}
          </div>
        ))}
      </main>
    </>
  );
  const pane = (
    <div className={styles.root} lang={settings.language}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Text weight="semibold">{t.productName}</Text>
      </header>
      <div className={styles.intro}>
        <Title3 as="h1">{t.heading}</Title3>
        <div>
          {host.kind === "standalone" ? (
            <Badge appearance="tint" color="warning" icon={<PlugDisconnected16Regular />} role="note">
              {t.standaloneBadge}
            </Badge>
          ) : (
            <Badge appearance="tint" color="success" icon={<CheckmarkCircle16Filled />} role="note">
              {t.connectedBadge}
            </Badge>
          )}
        </div>
        {host.kind === "standalone" && !standalone?.fileName && (
          <Text size={200} className={styles.hint}>
            {t.standaloneHint}
          </Text>
        )}
      </div>
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
