import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { type KeyboardEvent, useRef, useState } from "react";
import type { Claim, Verdict } from "../../domain/narrative";
import { checkWorkbook } from "../../domain/rules";
import { tableValues, templateById, type TableValues } from "../../domain/templates";
import type { WorkbookSnapshot } from "../../domain/workbook";
import type { WorkbookSession } from "../../domain/session";
import { strings } from "../i18n";
import type { Settings } from "../settings";
import { usePanelStyles } from "./styles";
import { useAttempt } from "./useAttempt";

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
    cursor: "pointer",
    color: "inherit",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
  },
  consistent: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  inconsistent: { backgroundColor: tokens.colorPaletteRedBackground2, textDecoration: "underline wavy" },
  unreadable: { backgroundColor: tokens.colorNeutralBackground5 },
  current: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  claim: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    font: "inherit",
    color: "inherit",
    border: "none",
    padding: 0,
    cursor: "pointer",
    backgroundColor: "transparent",
  },
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

/** The text checker and writer (with recognition's vocabulary) load when first used, not with the pane. */
const narrative = () => import("../../domain/narrative");

const RANK: Record<Verdict, number> = { inconsistent: 3, unreadable: 2, consistent: 1 };
/** Wrong claims first, then those not read, then consistent ones; in the order of the text within each. */
const byConcern = (a: Claim, b: Claim) => RANK[b.verdict] - RANK[a.verdict] || a.start - b.start;
const claimKey = (claim: Claim) => `${claim.start}-${claim.end}-${claim.kind}`;

/** The text cut at every claim boundary; each piece carries the most serious claim covering it. */
function segments(text: string, claims: Claim[]): { from: number; to: number; claim?: Claim }[] {
  const cuts = [...new Set([0, text.length, ...claims.flatMap((c) => [c.start, c.end])])].sort(
    (a, b) => a - b,
  );
  return cuts.slice(0, -1).map((from, i) => {
    const to = cuts[i + 1];
    const covering = claims.filter((c) => c.start <= from && c.end >= to).sort(byConcern);
    return { from, to, claim: covering[0] };
  });
}

/** The tables the paragraphs are written from: the first of each template (the unit's own, at its lowest level). */
const SOURCES = ["dvc25", "cccd", "dddt", "lam_sach"] as const;

function firstTable(snapshot: WorkbookSnapshot, templateId: string) {
  return snapshot.tables.find((t) => t.templateId === templateId && t.group?.role !== "unit");
}

function firstValues(snapshot: WorkbookSnapshot, templateId: string): TableValues | undefined {
  const table = firstTable(snapshot, templateId);
  const sheet = table && snapshot.sheets.find((s) => s.name === table.sheet);
  return table && sheet ? tableValues(templateById(templateId)!, table, sheet) : undefined;
}

export interface TextTabProps {
  session: WorkbookSession;
  settings: Settings;
}

/** Văn bản: the report's text checked claim by claim and against the tables, and paragraphs written from them. */
export function TextTab({ session, settings }: TextTabProps) {
  const panel = usePanelStyles();
  const styles = useStyles();
  const t = strings(settings.language);
  const [text, setText] = useState("");
  const [checked, setChecked] = useState<{ text: string; claims: Claim[]; tables: number | null }>();
  const [selected, setSelected] = useState<Claim>();
  const [generated, setGenerated] = useState<{ text: string; errors: string[] }>();
  const { busy, notice, setNotice, attempt } = useAttempt(t);
  const fileInput = useRef<HTMLInputElement>(null);
  const textBox = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);

  /** The workbook's tables, to compare the text with; null when the workbook cannot be read (the pane says so). */
  async function workbook(): Promise<WorkbookSnapshot | null> {
    try {
      return (await session.read()).snapshot;
    } catch {
      return null;
    }
  }

  async function checkReport(report: string) {
    const [snapshot, { checkText }] = await Promise.all([workbook(), narrative()]);
    const claims = checkText(report, settings.language, snapshot ?? undefined).sort(byConcern);
    setChecked({ text: report, claims, tables: snapshot ? snapshot.tables.length : null });
    setSelected(undefined);
  }

  const open = (file: File) =>
    attempt(async () => {
      const { readReportText, reportProblemMessage } = await import("../../documents/read");
      const read = await readReportText(new Uint8Array(await file.arrayBuffer()), file.name);
      if ("problem" in read) {
        setNotice({
          intent: "warning",
          text: `${file.name}: ${reportProblemMessage(read.problem, settings.language)}`,
        });
        return;
      }
      setText(read.text);
      setNotice(undefined);
      await checkReport(read.text);
    });

  /** A claim chosen in the list: its words in the text scrolled to, and its table cell selected in the workbook. */
  const show = (claim: Claim) => {
    setSelected(claim);
    textBox.current?.querySelector(`[data-start="${claim.start}"]`)?.scrollIntoView?.({ block: "nearest" });
    const cell = claim.cell;
    if (cell)
      void attempt(async () => {
        await session.select([cell]);
        setNotice({ intent: "info", text: t.check.selected(`${cell.sheet}!${cell.address}`) });
      });
  };
  /** A claim chosen in the text: its verdict scrolled to in the list. */
  const pick = (claim: Claim) => {
    setSelected(claim);
    list.current?.querySelector(`[data-claim="${claimKey(claim)}"]`)?.scrollIntoView?.({ block: "nearest" });
  };

  const generate = () =>
    attempt(async () => {
      const [{ snapshot }, { dvcParagraph, identityParagraph, cleaningParagraph }] = await Promise.all([
        session.read(),
        narrative(),
      ]);
      const [dvc, cccd, dddt, cleaning] = SOURCES.map((id) => firstValues(snapshot, id));
      const parts = [
        dvc && dvcParagraph(dvc),
        (cccd || dddt) && identityParagraph(cccd ?? {}, dddt ?? {}),
        cleaning && cleaningParagraph(cleaning),
      ];
      const written = parts.filter(Boolean).join("\n\n");
      // The paragraphs repeat the tables' figures: errors there would go into the report.
      const sources = SOURCES.map((id) => firstTable(snapshot, id)).filter((table) => table !== undefined);
      const errors = checkWorkbook(snapshot, { language: settings.language })
        .issues.filter(
          (i) =>
            i.severity === "error" &&
            sources.some((s) => s.templateId === i.templateId && s.sheet === i.sheet),
        )
        .map((i) => `${i.sheet}!${i.cells[0]?.address ?? ""}: ${i.message}`);
      setGenerated(written ? { text: written, errors } : undefined);
      setNotice(written ? undefined : { intent: "info", text: t.text.noTables });
    });

  const counts = checked && {
    ok: checked.claims.filter((c) => c.verdict === "consistent").length,
    wrong: checked.claims.filter((c) => c.verdict === "inconsistent").length,
    unread: checked.claims.filter((c) => c.verdict === "unreadable").length,
  };
  const onMarkKey = (claim: Claim) => (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      pick(claim);
    }
  };

  return (
    <div className={panel.panel}>
      <div className={panel.row}>
        <Button onClick={() => fileInput.current?.click()} disabled={busy}>
          {t.text.open}
        </Button>
        <input
          ref={fileInput}
          type="file"
          hidden
          aria-label={t.text.open}
          accept=".pdf,.docx,.txt,application/pdf"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void open(file);
          }}
        />
      </div>
      <Field label={t.text.paste}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" rows={6} />
      </Field>
      <Button
        appearance="primary"
        disabled={!text.trim() || busy}
        onClick={() => void attempt(() => checkReport(text))}
        icon={busy ? <Spinner size="tiny" /> : undefined}
      >
        {t.text.check}
      </Button>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {checked && counts && (
        <>
          <Text role="status" weight="semibold">
            {checked.claims.length ? t.text.counts(counts.ok, counts.wrong, counts.unread) : t.text.none}
          </Text>
          <Text size={200} className={panel.muted}>
            {checked.tables === null
              ? t.text.workbookUnread
              : checked.tables
                ? t.text.againstTables(checked.tables)
                : t.text.noTablesToCompare}
          </Text>
          <div ref={textBox} className={styles.text} role="region" aria-label={t.text.checkedText}>
            {segments(checked.text, checked.claims).map(({ from, to, claim }) =>
              claim ? (
                <mark
                  key={from}
                  data-start={from}
                  role="button"
                  tabIndex={0}
                  className={mergeClasses(
                    styles.mark,
                    styles[claim.verdict],
                    claim === selected && styles.current,
                  )}
                  onClick={() => pick(claim)}
                  onKeyDown={onMarkKey(claim)}
                  title={claim.message}
                >
                  {checked.text.slice(from, to)}
                </mark>
              ) : (
                <span key={from} data-start={from}>
                  {checked.text.slice(from, to)}
                </span>
              ),
            )}
          </div>
          <ul ref={list} className={styles.list}>
            {checked.claims.map((claim) => (
              <li
                key={claimKey(claim)}
                data-claim={claimKey(claim)}
                className={claim === selected ? styles.selected : undefined}
              >
                <button
                  type="button"
                  className={styles.claim}
                  onClick={() => show(claim)}
                  data-verdict={claim.verdict}
                >
                  <Text weight="semibold">
                    {t.text.verdict[claim.verdict]}
                    {claim.kind === "table" ? ` · ${t.text.tableClaim}` : ""}
                  </Text>
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
      <Button disabled={busy} onClick={() => void generate()}>
        {t.text.generate}
      </Button>
      {generated && generated.errors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.text.tableErrors(generated.errors.length)}
            <ul className={panel.list}>
              {generated.errors.slice(0, 5).map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {generated && (
        <Field label={t.text.generated}>
          <Textarea value={generated.text} readOnly rows={8} resize="vertical" />
          <Button
            size="small"
            onClick={async () => {
              await navigator.clipboard?.writeText(generated.text);
              setNotice({ intent: "success", text: t.text.copied });
            }}
          >
            {t.text.copy}
          </Button>
        </Field>
      )}
    </div>
  );
}
