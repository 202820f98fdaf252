import { Badge, makeStyles, Text, Title2, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, PlugDisconnected16Regular } from "@fluentui/react-icons";
import type { HostInfo } from "../excel/host";
import type { Language } from "./i18n";
import { strings } from "./i18n";

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
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  logo: { width: "32px", height: "32px", flexShrink: 0 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  host: HostInfo;
  language: Language;
}

export function App({ host, language }: AppProps) {
  const styles = useStyles();
  const t = strings(language);
  const standalone = host.kind === "standalone";
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Text weight="semibold" size={400}>
          {t.productName}
        </Text>
      </header>
      <main className={styles.main}>
        <Title2 as="h1">{t.heading}</Title2>
        <Text>{t.tagline}</Text>
        <div role="status">
          {standalone ? (
            <Badge appearance="tint" color="warning" size="large" icon={<PlugDisconnected16Regular />}>
              {t.standaloneBadge}
            </Badge>
          ) : (
            <Badge appearance="tint" color="success" size="large" icon={<CheckmarkCircle16Filled />}>
              {t.connectedBadge}
            </Badge>
          )}
        </div>
        {standalone && <Text className={styles.hint}>{t.standaloneHint}</Text>}
      </main>
    </div>
  );
}
