import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { strings } from "../i18n";
import type { Settings } from "../settings";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorBrandStroke2}`,
  },
  heading: { margin: 0, ":focus": { outline: "none" } },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
});

/** What BC06 does, in three steps: shown on first use, and again from the header's help button or Settings. */
export interface HelpCardProps {
  settings: Settings;
  /** Opened by the user (not on first use): the focus moves to it, so that a screen reader reads it next. */
  focus: boolean;
  onClose: () => void;
}

export function HelpCard({ settings, focus, onClose }: HelpCardProps) {
  const styles = useStyles();
  const t = strings(settings.language).help;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section className={styles.card} aria-labelledby="bc06-help-heading">
      <Text
        as="h2"
        id="bc06-help-heading"
        className={styles.heading}
        weight="semibold"
        ref={heading}
        tabIndex={-1}
      >
        {t.heading}
      </Text>
      <ol className={styles.steps}>
        {t.steps.map((step) => (
          <li key={step}>
            <Text size={200}>{step}</Text>
          </li>
        ))}
      </ol>
      <Button appearance="primary" size="small" onClick={onClose}>
        {t.close}
      </Button>
    </section>
  );
}
