import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { TableHeaderSchema, TEMPLATES } from "../../domain/templates";
import type { UnitLevel } from "../../domain/workbook";
import type { Inserted, WorkbookSession } from "../../domain/session";
import { strings } from "../i18n";
import type { Settings } from "../settings";
import { LevelSelect } from "./LevelSelect";
import { failureText } from "./useAttempt";
import { usePanelStyles } from "./styles";

export interface TemplatesTabProps {
  session: WorkbookSession;
  settings: Settings;
}

/** The calendar loads with the tab's first date field, not with the pane. */
const DateField = lazy(() => import("./DateField").then((m) => ({ default: m.DateField })));

type Outcome = { kind: "inserted"; inserted: Inserted; rows: number } | { kind: "error"; message: string };

export function TemplatesTab({ session, settings }: TemplatesTabProps) {
  const styles = usePanelStyles();
  const language = settings.language;
  const t = strings(language);
  const [templateId, setTemplateId] = useState(TEMPLATES[0].id);
  const [unit, setUnit] = useState(settings.defaultUnit);
  const [level, setLevel] = useState<UnitLevel>(settings.defaultLevel);
  // ISO dates, "" when empty; the fields whose text is not a date yet.
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [cutoff, setCutoff] = useState("");
  const [undated, setUndated] = useState<ReadonlySet<string>>(new Set());
  const validity = (field: string) => (valid: boolean) =>
    setUndated((now) => new Set(valid ? [...now].filter((f) => f !== field) : [...now, field]));
  const datesRead = undated.size === 0;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const template = TEMPLATES.find((x) => x.id === templateId)!;
  const header = TableHeaderSchema.safeParse({
    ...(unit.trim() ? { unit: unit.trim() } : {}),
    level,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(cutoff ? { cutoff } : {}),
  });

  const ready = datesRead && header.success;

  async function insert() {
    if (!ready || !header.success) return;
    setBusy(true);
    try {
      const inserted = await session.insert(template, header.data, language);
      setOutcome({ kind: "inserted", inserted, rows: template.rows.length });
    } catch (error) {
      setOutcome({ kind: "error", message: failureText(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.panel}>
      <Field label={t.templates.template}>
        <Select value={templateId} onChange={(_, data) => setTemplateId(data.value)}>
          {TEMPLATES.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title[language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.templates.unit}>
        <Input
          value={unit}
          placeholder={t.templates.unitPlaceholder}
          onChange={(_, data) => setUnit(data.value)}
        />
      </Field>
      <Field label={t.templates.level}>
        <LevelSelect level={level} language={language} onChange={setLevel} />
      </Field>
      <Suspense fallback={null}>
        <div className={styles.row}>
          <DateField
            label={t.templates.from}
            className={styles.grow}
            value={from}
            onChange={setFrom}
            onValidity={validity("from")}
            language={language}
          />
          <DateField
            label={t.templates.to}
            className={styles.grow}
            value={to}
            onChange={setTo}
            onValidity={validity("to")}
            language={language}
            validationMessage={datesRead && !header.success ? t.templates.badPeriod : undefined}
          />
        </div>
        <DateField
          label={t.templates.cutoff}
          value={cutoff}
          onChange={setCutoff}
          onValidity={validity("cutoff")}
          language={language}
        />
      </Suspense>
      <Button
        appearance="primary"
        disabled={busy || !ready}
        onClick={insert}
        icon={busy ? <Spinner size="tiny" /> : undefined}
      >
        {busy ? t.templates.inserting : t.templates.insert}
      </Button>
      {outcome?.kind === "inserted" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t.templates.inserted}</MessageBarTitle>
            {t.templates.wrote}
            <ul className={styles.list}>
              <li>
                {t.templates.sheet}: {outcome.inserted.sheet}
              </li>
              {outcome.inserted.table && (
                <li>
                  {t.templates.table}: {outcome.inserted.table}
                </li>
              )}
              <li>
                {t.templates.range}: {outcome.inserted.address} ({t.templates.rows(outcome.rows)})
              </li>
              <li>{outcome.inserted.validated ? t.templates.validation : t.templates.noValidation}</li>
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
