import { Badge, makeStyles, Tab, TabList, Text, Title3, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, PlugDisconnected16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { HostInfo, WorkbookSession } from "../excel";
import { CheckTab } from "./components/CheckTab";
import { FileBar } from "./components/FileBar";
import { SettingsTab } from "./components/SettingsTab";
import { SummaryTab } from "./components/SummaryTab";
import { TextTab } from "./components/TextTab";
import { TemplatesTab } from "./components/TemplatesTab";
import { strings } from "./i18n";
import type { Settings } from "./settings";
import type { StandaloneWorkbook } from "./standalone";

const useStyles = makeStyles({
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

type TabId = "templates" | "check" | "summary" | "text" | "settings";

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
  const tabs = (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
        size="small"
      >
        <Tab value="templates">{t.tabs.templates}</Tab>
        <Tab value="check">{t.tabs.check}</Tab>
        <Tab value="summary">{t.tabs.summary}</Tab>
        <Tab value="text">{t.tabs.text}</Tab>
        <Tab value="settings">{t.tabs.settings}</Tab>
      </TabList>
      {/* A new workbook starts a new check: the key resets the tabs' state. */}
      <main role="tabpanel" aria-label={t.tabs[tab]} key={standalone?.fileName ?? "workbook"}>
        {tab === "templates" && <TemplatesTab session={session} settings={settings} />}
        {tab === "check" && (
          <CheckTab session={session} settings={settings} onDownload={standalone?.download} />
        )}
        {tab === "summary" && <SummaryTab session={session} settings={settings} />}
        {tab === "text" && <TextTab session={session} settings={settings} />}
        {tab === "settings" && <SettingsTab settings={settings} onChange={onSettingsChange} />}
      </main>
    </>
  );
  return (
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
        <FileBar settings={settings} fileName={standalone.fileName} onOpen={standalone.open}>
          {tabs}
        </FileBar>
      ) : (
        tabs
      )}
    </div>
  );
}
