// Tổng quan: the workbook at a glance, drawn from the latest check (the Check tab's, live checks included). Loaded
// with the tab's first visit: the charts' code is not in the pane's first download.
import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { ArrowSync20Regular, DataBarHorizontal20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import { ChartFigure } from "../../charts";
import {
  type Bar,
  type Chart,
  issuesByUnit,
  keyRates,
  overviewCharts,
  ratesByUnit,
  reportingUnit,
} from "../../domain/overview";
import type { Language } from "../../domain/i18n";
import { checkWorkbook } from "../../domain/rules";
import type { ChartPlacement, ChartsInserted, WorkbookSession } from "../../domain/session";
import { tableCount } from "../../domain/workbook";
import { strings, type Strings } from "../i18n";
import type { Checked } from "../checked";
import type { Settings } from "../settings";
import type { FolderFile } from "../standalone";
import { usePanelStyles } from "./styles";
import { useAttempt } from "./useAttempt";

export interface OverviewTabProps {
  session: WorkbookSession;
  settings: Settings;
  /** The latest check of the workbook, whichever tab made it. */
  checked?: Checked;
  onChecked: (checked: Checked) => void;
  /** The standalone page's files opened together: charted unit by unit, as the reviewer's HTML report. */
  folder?: FolderFile[];
}

/** The folder's units side by side: their key rates and their errors (files not read are listed in the file box). */
function folderCharts(folder: FolderFile[], language: Language): Chart[] {
  const units = folder.flatMap(({ name, snapshot, status, errors, warnings }) =>
    snapshot && status === "checked"
      ? [{ name: reportingUnit(snapshot) ?? name, rates: keyRates(snapshot, language), errors, warnings }]
      : [],
  );
  return [...ratesByUnit(units, language), ...issuesByUnit(units, language)];
}

/** The pane's width for the charts, followed as the user resizes the pane. */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.max(260, Math.floor(entry.contentRect.width))),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function insertedText(t: Strings, done: ChartsInserted): string {
  const where = [...new Set(done.inserted.map((c) => c.sheet))]
    .map(
      (sheet) =>
        `${sheet} (${done.inserted
          .filter((c) => c.sheet === sheet)
          .map((c) => c.cells)
          .join(", ")})`,
    )
    .join("; ");
  const skipped = done.skipped.map((s) => `${s.title} – ${s.sheet}: ${t.overview.why[s.reason]}`).join("; ");
  return [
    done.inserted.length ? t.overview.inserted(done.inserted.length, where) : t.overview.nothingToInsert,
    skipped && t.overview.skipped(skipped),
  ]
    .filter(Boolean)
    .join(" ");
}

export function OverviewTab({ session, settings, checked, onChecked, folder = [] }: OverviewTabProps) {
  const panel = usePanelStyles();
  const language = settings.language;
  const t = strings(language);
  const { busy, notice, setNotice, attempt } = useAttempt(t);
  const [placement, setPlacement] = useState<ChartPlacement>("sheet");
  const [ref, width] = useWidth();

  const refresh = () =>
    attempt(async () => {
      const read = await session.read();
      const result = checkWorkbook(read.snapshot, {
        language,
        acceptTruncated: settings.acceptTruncated,
        jumpThreshold: settings.jumpThreshold,
      });
      onChecked({ read, result });
    });
  useEffect(() => {
    if (!checked) void refresh();
    // Only on the first visit: later checks arrive from the Check tab or from the refresh button.
  }, []);

  const charts = useMemo(
    () => (checked ? overviewCharts(checked.read.snapshot, checked.result, language) : []),
    [checked, language],
  );
  const unitCharts = useMemo(
    () => (folder.length > 1 ? folderCharts(folder, language) : []),
    [folder, language],
  );
  const select = (bar: Bar) =>
    attempt(async () => {
      await session.select(bar.cells, checked?.read);
      setNotice({
        intent: "info",
        text: t.check.selected(bar.cells.map((c) => `${c.sheet}!${c.address}`).join(", ")),
      });
    });
  const insert = () =>
    attempt(async () => {
      const done = await session.insertCharts!(placement, language);
      setNotice({ intent: done.inserted.length ? "success" : "warning", text: insertedText(t, done) });
    });

  return (
    <div className={panel.panel} ref={ref}>
      <div className={panel.row}>
        <Button icon={<ArrowSync20Regular />} disabled={busy} onClick={refresh}>
          {t.overview.refresh}
        </Button>
        {busy && <Spinner size="tiny" label={t.overview.loading} />}
      </div>
      {notice && (
        <MessageBar intent={notice.intent} aria-live="polite">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {checked?.read.truncated.map(({ sheet, rows }) => (
        <MessageBar key={sheet} intent="warning">
          <MessageBarBody>{t.check.truncated(sheet, rows)}</MessageBarBody>
        </MessageBar>
      ))}
      {checked && tableCount(checked.read.snapshot) === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.check.noTables}</MessageBarBody>
        </MessageBar>
      )}
      {checked && tableCount(checked.read.snapshot) > 0 && charts.length === 0 && (
        <Text className={panel.muted}>{t.overview.none}</Text>
      )}
      {charts.length > 0 && <Text className={panel.muted}>{t.overview.hint}</Text>}
      {charts.map((chart) => (
        <ChartFigure
          key={chart.id}
          chart={chart}
          words={t.overview.chart}
          width={width - 24}
          onSelect={select}
        />
      ))}
      {unitCharts.length > 0 && (
        <section aria-label={t.overview.folder(folder.length)}>
          <Text as="h2" weight="semibold" size={300}>
            {t.overview.folder(folder.length)}
          </Text>
          {unitCharts.map((chart) => (
            <ChartFigure key={chart.id} chart={chart} words={t.overview.chart} width={width - 24} />
          ))}
        </section>
      )}
      {session.insertCharts && charts.length > 0 && (
        <div>
          <RadioGroup
            layout="horizontal"
            aria-label={t.overview.placement}
            value={placement}
            onChange={(_, data) => setPlacement(data.value as ChartPlacement)}
          >
            <Radio value="sheet" label={t.overview.ownSheet} />
            <Radio value="beside" label={t.overview.beside} />
          </RadioGroup>
          <Button icon={<DataBarHorizontal20Regular />} disabled={busy} onClick={insert}>
            {t.overview.insert}
          </Button>
        </div>
      )}
    </div>
  );
}
