import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  type Claim,
  checkText,
  cleaningParagraph,
  dvcParagraph,
  identityParagraph,
  type Verdict,
} from "../../domain/narrative";
import { tableValues, templateById, type TableValues } from "../../domain/templates";
import type { WorkbookSnapshot } from "../../domain/workbook";
import type { WorkbookSession } from "../../excel";
import { strings } from "../i18n";
import type { Settings } from "../settings";
import { usePanelStyles } from "./styles";

const useStyles = makeStyles({
  text: {
    whiteSpace: "pre-wrap",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    maxHeight: "260px",
    overflowY: "auto",
    lineHeight: tokens.lineHeightBase300,
  },
  mark: {
    display: "inline",
    border: "none",
    padding: 0,
    font: "inherit",
    textAlign: "left",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusSmall,
    color: "inherit",
    backgroundColor: "transparent",
  },
  consistent: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  inconsistent: { backgroundColor: tokens.colorPaletteRedBackground2, textDecoration: "underline wavy" },
  unreadable: { backgroundColor: tokens.colorNeutralBackground5 },
  claim: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, width: "100%" },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXXS,
  },
});

const RANK: Record<Verdict, number> = { inconsistent: 3, unreadable: 2, consistent: 1 };

/** The text cut at every claim boundary; each piece carries the most serious claim covering it. */
function segments(text: string, claims: Claim[]): { from: number; to: number; claim?: Claim }[] {
  const cuts = [...new Set([0, text.length, ...claims.flatMap((c) => [c.start, c.end])])].sort(
    (a, b) => a - b,
  );
  return cuts.slice(0, -1).map((from, i) => {
    const to = cuts[i + 1];
    const covering = claims
      .filter((c) => c.start <= from && c.end >= to)
      .sort((a, b) => RANK[b.verdict] - RANK[a.verdict]);
    return { from, to, claim: covering[0] };
  });
}

/** The values of the first table of a template in the workbook (the unit's own, at its lowest level). */
function firstValues(snapshot: WorkbookSnapshot, templateId: string): TableValues | undefined {
  const table = snapshot.tables.find((t) => t.templateId === templateId);
  const sheet = table && snapshot.sheets.find((s) => s.name === table.sheet);
  return table && sheet ? tableValues(templateById(templateId)!, table, sheet) : undefined;
}

export interface TextTabProps {
  session: WorkbookSession;
  settings: Settings;
}

/** Văn bản: the report's text checked claim by claim, and paragraphs written from the workbook's tables. */
export function TextTab({ session, settings }: TextTabProps) {
  const panel = usePanelStyles();
  const styles = useStyles();
  const t = strings(settings.language);
  const [text, setText] = useState("");
  const [checked, setChecked] = useState<{ text: string; claims: Claim[] }>();
  const [selected, setSelected] = useState<Claim>();
  const [generated, setGenerated] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();

  const check = () => {
    setChecked({ text, claims: checkText(text, settings.language) });
    setSelected(undefined);
  };

  async function generate() {
    setBusy(true);
    try {
      const { snapshot } = await session.read();
      const [dvc, cccd, dddt, cleaning] = ["dvc25", "cccd", "dddt", "lam_sach"].map((id) =>
        firstValues(snapshot, id),
      );
      const parts = [
        dvc && dvcParagraph(dvc),
        (cccd || dddt) && identityParagraph(cccd ?? {}, dddt ?? {}),
        cleaning && cleaningParagraph(cleaning),
      ];
      const written = parts.filter(Boolean).join("\n\n");
      setGenerated(written || undefined);
      setNotice(written ? undefined : t.text.noTables);
    } catch (error) {
      setNotice(t.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  const counts = checked && {
    ok: checked.claims.filter((c) => c.verdict === "consistent").length,
    wrong: checked.claims.filter((c) => c.verdict === "inconsistent").length,
    unread: checked.claims.filter((c) => c.verdict === "unreadable").length,
  };

  return (
    <div className={panel.panel}>
      <Field label={t.text.paste}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" rows={6} />
      </Field>
      <Button appearance="primary" disabled={!text.trim()} onClick={check}>
        {t.text.check}
      </Button>
      {checked && counts && (
        <>
          <Text role="status" weight="semibold">
            {checked.claims.length ? t.text.counts(counts.ok, counts.wrong, counts.unread) : t.text.none}
          </Text>
          <div className={styles.text} aria-label={t.text.paste}>
            {segments(checked.text, checked.claims).map(({ from, to, claim }) =>
              claim ? (
                <button
                  key={from}
                  type="button"
                  className={`${styles.mark} ${styles[claim.verdict]}`}
                  onClick={() => setSelected(claim)}
                  title={claim.message}
                >
                  {checked.text.slice(from, to)}
                </button>
              ) : (
                <span key={from}>{checked.text.slice(from, to)}</span>
              ),
            )}
          </div>
          <ul className={styles.list}>
            {checked.claims.map((claim) => (
              <li
                key={`${claim.start}-${claim.kind}`}
                className={claim === selected ? styles.selected : undefined}
              >
                <button
                  type="button"
                  className={`${styles.mark} ${styles.claim}`}
                  onClick={() => setSelected(claim)}
                  data-verdict={claim.verdict}
                >
                  <Text weight="semibold">{t.text.verdict[claim.verdict]}</Text>
                  <Text>{claim.message}</Text>
                  {claim.suggested && (
                    <Text size={200}>
                      {t.text.suggested}: {claim.suggested}
                    </Text>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <Button disabled={busy} onClick={generate} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {t.text.generate}
      </Button>
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {generated && (
        <Field label={t.text.generated}>
          <Textarea value={generated} readOnly rows={8} resize="vertical" />
          <Button
            size="small"
            onClick={async () => {
              await navigator.clipboard?.writeText(generated);
              setNotice(t.text.copied);
            }}
          >
            {t.text.copy}
          </Button>
        </Field>
      )}
    </div>
  );
}
