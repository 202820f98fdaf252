import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DocumentTableArrowRight20Regular, TaskListSquareLtr20Regular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import {
  cellKey,
  checkWorkbook,
  type CheckResult,
  coverageTotal,
  describeCoverage,
  type Issue,
  isPartial,
  issueKey,
} from "../../domain/rules";
import { correctionsOf, type TableCorrection } from "../../domain/metadata";
import { tableCount, type WorkbookSnapshot } from "../../domain/workbook";
import { acknowledgementOf, type WorkbookRead, type WorkbookSession } from "../../domain/session";
import { strings } from "../i18n";
import { openCounts, SEVERITIES } from "../issue-list";
import type { Checked } from "../checked";
import type { PreparedCopy } from "../standalone";
import type { Settings } from "../settings";
import { IssueList } from "./IssueList";
import { usePanelStyles } from "./styles";
import { SaveButton } from "./SaveButton";
import { TablesPanel } from "./TablesPanel";
import { useAttempt } from "./useAttempt";
import { useLiveCheck } from "./useLiveCheck";

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The previous period's workbook, read from a file the user chose. */
type Previous = { name: string; snapshot: WorkbookSnapshot };

export interface CheckTabProps {
  session: WorkbookSession;
  settings: Settings;
  /** The standalone page's annotated copy of the opened file, made ready to save. */
  onDownload?: (result: CheckResult) => Promise<PreparedCopy>;
  /** Each check, live ones included: the overview draws it, the standalone page's sheet view outlines its issues. */
  onChecked?: (checked: Checked) => void;
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
  const [previous, setPrevious] = useState<Previous>();
  const previousInput = useRef<HTMLInputElement>(null);

  const checkRead = (workbook: WorkbookRead, against: Previous | undefined) =>
    checkWorkbook(workbook.snapshot, {
      language,
      acceptTruncated: settings.acceptTruncated,
      jumpThreshold: settings.jumpThreshold,
      previous: against?.snapshot,
    });
  const show = (workbook: WorkbookRead, checked: CheckResult) => {
    setRead(workbook);
    setResult(checked);
    onChecked?.({ read: workbook, result: checked });
    const reasons = checked.issues.flatMap((issue) => {
      const reason = acknowledgementOf(issue, workbook.records);
      return reason === undefined ? [] : [[issueKey(issue), reason]];
    });
    // Acknowledged since the workbook was read: kept (a live check does not read the records again).
    setAcknowledged((current) => ({ ...current, ...Object.fromEntries(reasons) }));
  };
  const check = async (against: Previous | undefined) => {
    const workbook = await session.read();
    const checked = checkRead(workbook, against);
    setAcknowledged({});
    show(workbook, checked);
    setNotice(undefined);
    if (highlighted) {
      await session.clearHighlights();
      await session.highlight(checked.issues);
    }
  };
  const run = () => attempt(() => check(previous));
  useLiveCheck({
    session,
    enabled: settings.liveCheck && result !== undefined,
    read,
    highlighted,
    busy,
    check: (workbook) => checkRead(workbook, previous),
    onRechecked: ({ read: workbook, result: checked, unmarked }) => {
      show(workbook, checked);
      if (unmarked.length) setNotice({ intent: "warning", text: t.check.liveUnmarked(unmarked.join(", ")) });
    },
    // A sheet renamed or deleted meanwhile, a payload too large: the whole workbook is checked again instead.
    onFailed: () => void run(),
  });

  const select = (issue: Issue) =>
    attempt(async () => {
      await session.select(issue.cells, read);
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
      await check(previous);
      setNotice({ intent: "success", text: t.tables.saved });
    });

  const toggleHighlights = (on: boolean) =>
    attempt(async () => {
      if (on && result) {
        const count = await session.highlight(result.issues, read);
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

  /** The previous period's workbook, read in the browser; a workbook already checked is checked again against it. */
  const openPrevious = (file: File | undefined) =>
    attempt(async () => {
      if (!file) return;
      const { readXlsx } = await import("../../xlsx/read");
      const { snapshot } = await readXlsx(new Uint8Array(await file.arrayBuffer()), language);
      const chosen = { name: file.name, snapshot };
      setPrevious(chosen);
      if (result) await check(chosen);
      setNotice({ intent: "info", text: t.previous.current(file.name) });
    });

  const stopComparing = () =>
    attempt(async () => {
      setPrevious(undefined);
      if (result) await check(undefined);
    });

  const acknowledge = (issue: Issue, reason: string) =>
    attempt(async () => {
      await session.acknowledge(issue, reason);
      setAcknowledged((current) => ({ ...current, [issueKey(issue)]: reason }));
    });

  return (
    <div className={panel.panel}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={busy ? <Spinner size="tiny" /> : <TaskListSquareLtr20Regular />}
          disabled={busy}
          onClick={run}
        >
          {busy ? t.check.running : result ? t.check.rerun : t.check.run}
        </Button>
        <Button disabled={busy} onClick={() => previousInput.current?.click()}>
          {previous ? t.previous.current(previous.name) : t.previous.open}
        </Button>
        {previous && (
          <Button appearance="subtle" disabled={busy} onClick={stopComparing}>
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
      {result && read && (
        <Summary result={result} read={read} settings={settings} acknowledged={acknowledged} />
      )}
      {result && result.issues.length > 0 && (
        <>
          <Switch
            label={t.check.highlight}
            checked={highlighted}
            disabled={busy}
            onChange={(_, data) => toggleHighlights(data.checked)}
          />
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<DocumentTableArrowRight20Regular />}
              disabled={busy}
              onClick={exportReport}
            >
              {t.check.export}
            </Button>
            {onDownload && (
              <SaveButton
                size="small"
                label={t.file.download}
                prepare={() => onDownload(result)}
                language={language}
              />
            )}
          </div>
          <IssueList
            issues={result.issues}
            settings={settings}
            acknowledged={acknowledged}
            onSelect={select}
            onAcknowledge={acknowledge}
          />
        </>
      )}
      {result && read && (
        <TablesPanel
          snapshot={read.snapshot}
          coverage={result.coverage}
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
  acknowledged,
}: {
  result: CheckResult;
  read: WorkbookRead;
  settings: Settings;
  acknowledged: Record<string, string>;
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
  const counts = openCounts(result.issues, acknowledged);
  const open = SEVERITIES.reduce((sum, severity) => sum + counts.open[severity], 0);
  const coverage = coverageTotal(result.coverage);
  const partial = isPartial(coverage);
  return (
    <>
      <div className={styles.counts} role="status" aria-label={t.check.openCount(open, counts.acknowledged)}>
        {SEVERITIES.map((severity) => (
          <Badge
            key={severity}
            appearance={counts.open[severity] ? "filled" : "outline"}
            color={BADGE_COLOR[severity]}
            size="large"
          >
            {t.check.counts[severity](counts.open[severity])}
          </Badge>
        ))}
        {counts.acknowledged > 0 && (
          <Badge appearance="outline" color="success" size="large">
            {t.check.acknowledgedCount(counts.acknowledged)}
          </Badge>
        )}
      </div>
      {partial && !result.issues.some((i) => i.severity !== "info") ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {t.check.cleanInPart(describeCoverage(coverage, settings.language))}
          </MessageBarBody>
        </MessageBar>
      ) : (
        result.issues.length === 0 && (
          <MessageBar intent="success">
            <MessageBarBody>{t.check.clean(tables)}</MessageBarBody>
          </MessageBar>
        )
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
