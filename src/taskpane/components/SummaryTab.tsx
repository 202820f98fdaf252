import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import type { UnitTable } from "../../domain/consolidate";
import { type Template, templateById } from "../../domain/templates";
import { LEVEL_ABOVE, type LocatedTable, type UnitLevel } from "../../domain/workbook";
import type { WorkbookRead, WorkbookSession } from "../../domain/session";
import { strings } from "../i18n";
import type { Settings } from "../settings";
import { LevelSelect } from "./LevelSelect";
import { usePanelStyles } from "./styles";
import { useAttempt } from "./useAttempt";
import type { FolderSummary } from "../standalone";

const LEVEL_RANK: Record<UnitLevel, number> = { xa: 1, huyen: 2, tinh: 3 };
export interface SummaryTabProps {
  session: WorkbookSession;
  settings: Settings;
  /** The standalone page's opened folder, added up into a summary workbook to download. */
  onRollUpFolder?: () => Promise<FolderSummary>;
}

const tableKey = (table: LocatedTable) => `${table.sheet}|${table.templateId}`;

/** Tổng hợp: a summary with live formulas over chosen unit tables, or an existing one brought up to date. */
export function SummaryTab({ session, settings, onRollUpFolder }: SummaryTabProps) {
  const panel = usePanelStyles();
  const t = strings(settings.language);
  const [read, setRead] = useState<WorkbookRead>();
  const [templateId, setTemplateId] = useState<string>();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [unit, setUnit] = useState(settings.defaultUnit);
  const [level, setLevel] = useState<UnitLevel>(LEVEL_ABOVE[settings.defaultLevel]);
  const { busy, notice, setNotice, attempt } = useAttempt(t);

  const load = () =>
    attempt(async () => {
      const workbook = await session.read();
      setRead(workbook);
      const first = workbook.snapshot.tables[0];
      if (first) choose(workbook, first.templateId);
    });

  /** Picks a template; its tables of the lowest level present are the units, chosen by default. */
  function choose(workbook: WorkbookRead, id: string) {
    setTemplateId(id);
    const tables = workbook.snapshot.tables.filter((x) => x.templateId === id);
    const lowest = Math.min(...tables.map((x) => LEVEL_RANK[x.header.level ?? "xa"]));
    const units = tables.filter((x) => LEVEL_RANK[x.header.level ?? "xa"] === lowest);
    setChosen(new Set(units.map(tableKey)));
    setLevel(LEVEL_ABOVE[units[0]?.header.level ?? "xa"]);
  }

  const tables = read?.snapshot.tables ?? [];
  const templateIds = [...new Set(tables.map((x) => x.templateId))];
  const template: Template | undefined = templateId ? templateById(templateId) : undefined;
  const ofTemplate = tables.filter((x) => x.templateId === templateId);
  const unitTables = (): UnitTable[] =>
    ofTemplate
      .filter((x) => chosen.has(tableKey(x)))
      .map((table) => ({
        source: table.sheet,
        table,
        sheet: read!.snapshot.sheets.find((s) => s.name === table.sheet)!,
      }));
  const summaries = ofTemplate.filter((x) => x.header.level === level && !chosen.has(tableKey(x)));

  const create = () =>
    attempt(async () => {
      const units = unitTables();
      const { from, to, cutoff } = units[0].table.header;
      const header = { ...(unit.trim() ? { unit: unit.trim() } : {}), level, from, to, cutoff };
      const inserted = await session.insertSummary(template!, header, units, settings.language);
      setNotice({ intent: "success", text: t.summary.created(inserted.sheet, units.length) });
    });

  const refresh = (summary: LocatedTable) =>
    attempt(async () => {
      const cells = await session.refreshSummary(template!, summary, unitTables());
      setNotice({ intent: "success", text: t.summary.refreshed(cells) });
    });

  const rollUpFolder = () =>
    attempt(async () => {
      const summary = await onRollUpFolder!();
      summary.save();
      setNotice({
        intent: summary.problems.length ? "warning" : "success",
        text: [t.summary.folderDone(summary.name, summary.tables, summary.files), ...summary.problems].join(
          "\n",
        ),
      });
    });

  return (
    <div className={panel.panel}>
      {onRollUpFolder && (
        <Button appearance="primary" disabled={busy} onClick={rollUpFolder}>
          {t.summary.folder}
        </Button>
      )}
      <Text className={panel.muted}>{t.summary.intro}</Text>
      <Button
        appearance={read ? "secondary" : "primary"}
        disabled={busy}
        onClick={load}
        icon={busy ? <Spinner size="tiny" /> : undefined}
      >
        {busy ? t.summary.reading : t.summary.read}
      </Button>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody style={{ whiteSpace: "pre-line" }}>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {read && tables.length === 0 && <Text className={panel.muted}>{t.summary.none}</Text>}
      {read && template && (
        <>
          <Field label={t.summary.template}>
            <Select value={template.id} onChange={(_, data) => choose(read, data.value)}>
              {templateIds.map((id) => (
                <option key={id} value={id}>
                  {templateById(id)?.title[settings.language] ?? id}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.summary.units}>
            <div role="group" aria-label={t.summary.units}>
              {ofTemplate.map((x) => (
                <Checkbox
                  key={tableKey(x)}
                  checked={chosen.has(tableKey(x))}
                  label={t.summary.unitLabel(
                    x.sheet,
                    x.header.unit ?? t.summary.unknownUnit,
                    x.header.level ? t.levels[x.header.level] : "?",
                  )}
                  onChange={(_, data) => {
                    const next = new Set(chosen);
                    if (data.checked) next.add(tableKey(x));
                    else next.delete(tableKey(x));
                    setChosen(next);
                  }}
                />
              ))}
            </div>
          </Field>
          <Field label={t.summary.summaryUnit}>
            <Input
              value={unit}
              onChange={(_, data) => setUnit(data.value)}
              placeholder={t.templates.unitPlaceholder}
            />
          </Field>
          <Field label={t.templates.level}>
            <LevelSelect level={level} language={settings.language} onChange={setLevel} />
          </Field>
          <Button appearance="primary" disabled={busy || chosen.size === 0} onClick={create}>
            {t.summary.create}
          </Button>
          {summaries.length > 0 && (
            <Field label={t.summary.existing}>
              {summaries.map((summary) => (
                <Button
                  key={tableKey(summary)}
                  disabled={busy || chosen.size === 0}
                  onClick={() => refresh(summary)}
                >
                  {summary.sheet}: {t.summary.refresh}
                </Button>
              ))}
            </Field>
          )}
        </>
      )}
    </div>
  );
}
