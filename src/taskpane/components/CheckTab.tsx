import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { DocumentTableArrowRight20Regular, TaskListSquareLtr20Regular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import {
  cellKey,
  checkWorkbook,
  type CheckResult,
  type Issue,
  issueKey,
  type Severity,
} from "../../domain/rules";
import { correctionsOf, type TableCorrection } from "../../domain/metadata";
import { tableCount, type WorkbookSnapshot } from "../../domain/workbook";
import { acknowledgementOf, type WorkbookRead, type WorkbookSession } from "../../domain/session";
import { strings } from "../i18n";
import type { PreparedCopy } from "../standalone";
import type { Settings } from "../settings";
import { usePanelStyles } from "./styles";
import { SaveButton } from "./SaveButton";
import { TablesPanel } from "./TablesPanel";
import { useAttempt } from "./useAttempt";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  issue: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  issueBox: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
  sheet: {
    marginTop: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  cells: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  suggestion: { color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200 },
  acknowledged: { color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface CheckTabProps {
  session: WorkbookSession;
  settings: Settings;
  /** The standalone page's annotated copy of the opened file, made ready to save. */
  onDownload?: (result: CheckResult) => Promise<PreparedCopy>;
  /** The standalone page's sheet view outlines the issues of each check. */
  onChecked?: (issues: Issue[]) => void;
}

export function CheckTab({ session, settings, onDownload, onChecked }: CheckTabProps) {
  const panel = usePanelStyles();
  const styles = useStyles();
  const language = settings.language;
  const t = strings(language);
  const [read, setRead] = useState<WorkbookRead>();
  const [result, setResult] = useState<CheckResult>();
  const [highlighted, setHighlighted] = useState(false);
  const { busy, notice, setNotice, attempt } = useAttempt(t);
  const [acknowledged, setAcknowledged] = useState<Record<string, string>>({});
  const [previous, setPrevious] = useState<{ name: string; snapshot: WorkbookSnapshot }>();
  const previousInput = useRef<HTMLInputElement>(null);

  const run = () =>
    attempt(async () => {
      const workbook = await session.read();
      const checked = checkWorkbook(workbook.snapshot, {
        language,
        acceptTruncated: settings.acceptTruncated,
        jumpThreshold: settings.jumpThreshold,
        previous: previous?.snapshot,
      });
      setRead(workbook);
      setResult(checked);
      onChecked?.(checked.issues);
      setAcknowledged(
        Object.fromEntries(
          checked.issues.flatMap((issue) => {
            const reason = acknowledgementOf(issue, workbook.records);
            return reason === undefined ? [] : [[issueKey(issue), reason]];
          }),
        ),
      );
      setNotice(undefined);
      if (highlighted) {
        await session.clearHighlights();
        await session.highlight(checked.issues);
      }
    });

  const select = (issue: Issue) =>
    attempt(async () => {
      await session.select(issue.cells);
      setNotice({ intent: "info", text: t.check.selected(issue.cells.map(cellKey).join(", ")) });
    });

  const selectTable = (sheet: string, range: string) =>
    attempt(async () => {
      await session.select([{ sheet, address: range }]);
      setNotice({ intent: "info", text: t.check.selected(`${sheet}!${range}`) });
    });

  /** Keeps the user's reading of a table in the workbook, then checks again with it. */
  const correct = (correction: TableCorrection) =>
    attempt(async () => {
      await session.correctTable(correction);
      await run();
      setNotice({ intent: "success", text: t.tables.saved });
    });

  const toggleHighlights = (on: boolean) =>
    attempt(async () => {
      if (on && result) {
        const count = await session.highlight(result.issues);
        setNotice({ intent: "success", text: t.check.highlighted(count) });
      } else {
        const count = await session.clearHighlights();
        setNotice({ intent: "success", text: t.check.cleared(count) });
      }
      setHighlighted(on);
    });

  const exportReport = () =>
    attempt(async () => {
      if (!result) return;
      const sheet = await session.writeReport(result, language);
      setNotice({ intent: "success", text: t.check.exported(sheet) });
    });

  /** The previous period's workbook, read in the browser; the next check compares against it. */
  const openPrevious = (file: File | undefined) =>
    attempt(async () => {
      if (!file) return;
      const { readXlsx } = await import("../../xlsx/read");
      const { snapshot } = await readXlsx(new Uint8Array(await file.arrayBuffer()), language);
      setPrevious({ name: file.name, snapshot });
      setNotice({ intent: "info", text: t.previous.current(file.name) });
    });

  const acknowledge = (issue: Issue, reason: string) =>
    attempt(async () => {
      await session.acknowledge(issue, reason);
      setAcknowledged((current) => ({ ...current, [issueKey(issue)]: reason }));
    });

  return (
    <div className={panel.panel}>
      <Button
        appearance="primary"
        icon={busy ? <Spinner size="tiny" /> : <TaskListSquareLtr20Regular />}
        disabled={busy}
        onClick={run}
      >
        {busy ? t.check.running : result ? t.check.rerun : t.check.run}
      </Button>
      <div className={styles.actions}>
        <Button size="small" disabled={busy} onClick={() => previousInput.current?.click()}>
          {previous ? t.previous.current(previous.name) : t.previous.open}
        </Button>
        {previous && (
          <Button size="small" appearance="subtle" onClick={() => setPrevious(undefined)}>
            {t.previous.clear}
          </Button>
        )}
        <input
          ref={previousInput}
          type="file"
          accept=".xlsx"
          hidden
          aria-label={t.previous.open}
          onChange={(e) => {
            void openPrevious(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
      {notice && (
        <MessageBar intent={notice.intent} aria-live="polite">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {!result && <Text className={panel.muted}>{t.check.none}</Text>}
      {result && read && <Summary result={result} read={read} settings={settings} />}
      {result && result.issues.length > 0 && (
        <>
          <div className={styles.actions}>
            <Switch
              label={t.check.highlight}
              checked={highlighted}
              disabled={busy}
              onChange={(_, data) => toggleHighlights(data.checked)}
            />
            <Button icon={<DocumentTableArrowRight20Regular />} disabled={busy} onClick={exportReport}>
              {t.check.export}
            </Button>
          </div>
          {onDownload && (
            <SaveButton label={t.file.download} prepare={() => onDownload(result)} language={language} />
          )}
          <Accordion multiple collapsible defaultOpenItems={["error", "warning"]}>
            {SEVERITIES.filter((severity) => result.issues.some((i) => i.severity === severity)).map(
              (severity) => (
                <AccordionItem key={severity} value={severity}>
                  <AccordionHeader>
                    {t.check.severity[severity]} (
                    {result.issues.filter((i) => i.severity === severity).length})
                  </AccordionHeader>
                  <AccordionPanel>
                    <SheetGroups
                      issues={result.issues.filter((i) => i.severity === severity)}
                      settings={settings}
                      acknowledged={acknowledged}
                      onSelect={select}
                      onAcknowledge={acknowledge}
                    />
                  </AccordionPanel>
                </AccordionItem>
              ),
            )}
          </Accordion>
        </>
      )}
      {result && read && (
        <TablesPanel
          snapshot={read.snapshot}
          corrections={correctionsOf(read.records.map((r) => r.record))}
          settings={settings}
          busy={busy}
          onSelect={selectTable}
          onCorrect={correct}
        />
      )}
    </div>
  );
}

function Summary({
  result,
  read,
  settings,
}: {
  result: CheckResult;
  read: WorkbookRead;
  settings: Settings;
}) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = strings(settings.language);
  const tables = tableCount(read.snapshot);
  // How the workbook was read (sheets read in part, a recalculation) is said whatever was found: never in silence.
  const readingNotes = [
    ...read.truncated.map(({ sheet, rows }) => (
      <MessageBar key={sheet} intent="warning">
        <MessageBarBody>{t.check.truncated(sheet, rows)}</MessageBarBody>
      </MessageBar>
    )),
    read.recalculated && (
      <MessageBar key="recalculated" intent="info">
        <MessageBarBody>{t.check.recalculated}</MessageBarBody>
      </MessageBar>
    ),
  ];
  if (tables === 0)
    return (
      <>
        <MessageBar intent="warning">
          <MessageBarBody>{t.check.noTables}</MessageBarBody>
        </MessageBar>
        {readingNotes}
      </>
    );
  const counts = { error: result.totals.errors, warning: result.totals.warnings, info: result.totals.infos };
  return (
    <>
      <div className={styles.counts} role="status" aria-label={t.check.issueCount(result.issues.length)}>
        {SEVERITIES.map((severity) => (
          <Badge
            key={severity}
            appearance={counts[severity] ? "filled" : "outline"}
            color={BADGE_COLOR[severity]}
            size="large"
          >
            {counts[severity]} {t.check.counts[severity]}
          </Badge>
        ))}
      </div>
      {result.issues.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t.check.clean(tables)}</MessageBarBody>
        </MessageBar>
      )}
      {result.cannotCheck.length > 0 && (
        // Which checks could not run, and what each lacks: never a bare count.
        <details className={panel.muted}>
          <summary>{t.check.cannotCheck(result.cannotCheck.length)}</summary>
          <ul className={panel.list}>
            {result.cannotCheck.map((item, i) => (
              <li key={i}>{item.message}</li>
            ))}
          </ul>
        </details>
      )}
      {readingNotes}
    </>
  );
}

interface GroupProps {
  issues: Issue[];
  settings: Settings;
  acknowledged: Record<string, string>;
  onSelect: (issue: Issue) => void;
  onAcknowledge: (issue: Issue, reason: string) => void;
}

function SheetGroups({ issues, ...rest }: GroupProps) {
  const styles = useStyles();
  const sheets = [...new Set(issues.map((i) => i.sheet))];
  return (
    <>
      {sheets.map((sheet) => (
        <section key={sheet} aria-label={sheet}>
          <div className={styles.sheet}>{sheet}</div>
          <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {issues
              .filter((i) => i.sheet === sheet)
              .map((issue) => (
                <IssueItem key={issueKey(issue)} issue={issue} {...rest} />
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function IssueItem({
  issue,
  settings,
  acknowledged,
  onSelect,
  onAcknowledge,
}: Omit<GroupProps, "issues"> & { issue: Issue }) {
  const styles = useStyles();
  const t = strings(settings.language);
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState("");
  const ack = acknowledged[issueKey(issue)];
  return (
    <li className={styles.issueBox}>
      <button type="button" className={styles.issue} onClick={() => onSelect(issue)} data-rule={issue.ruleId}>
        <Text block>{issue.message}</Text>
        <Text block className={styles.cells}>
          {issue.cells.map((c) => c.address).join(", ")} · {issue.instruction}
        </Text>
        {issue.suggested && (
          <Text block className={styles.suggestion}>
            {t.check.suggested}: {issue.suggested.cell.address} = {issue.suggested.text}
          </Text>
        )}
        {ack !== undefined && (
          <Text block className={styles.acknowledged}>
            {t.check.acknowledged(ack)}
          </Text>
        )}
      </button>
      {issue.severity !== "error" && ack === undefined && !editing && (
        <Button size="small" appearance="subtle" onClick={() => setEditing(true)}>
          {t.check.acknowledge}
        </Button>
      )}
      {editing && (
        <>
          <Field label={t.check.reason}>
            <Textarea value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button
              size="small"
              appearance="primary"
              disabled={!reason.trim()}
              onClick={() => {
                onAcknowledge(issue, reason.trim());
                setEditing(false);
              }}
            >
              {t.check.save}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {t.check.cancel}
            </Button>
          </div>
        </>
      )}
    </li>
  );
}
