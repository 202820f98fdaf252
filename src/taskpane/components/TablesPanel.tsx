// The tables a check looked at: BC06's own, those recognised in the official's layout with what each line was read
// as (and a select to correct it), the areas not recognised, and the tables the user set aside.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  type BadgeProps,
  Button,
  makeStyles,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { TableSearch20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { serviceById } from "../../domain/catalog";
import { correctionFor, type TableCorrection, type TableKey } from "../../domain/metadata";
import { tableRange, type Template, templateById, TEMPLATES } from "../../domain/templates";
import {
  columnLetters,
  type MappedLine,
  type RecognisedTable,
  tableCount,
  type WorkbookSnapshot,
} from "../../domain/workbook";
import type { TableCoverage } from "../../domain/rules";
import { strings } from "../i18n";
import type { Settings } from "../settings";
import { usePanelStyles } from "./styles";

const useStyles = makeStyles({
  table: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  line: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.2fr)",
    gap: tokens.spacingHorizontalS,
  },
  lineText: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  rows: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  select: { minWidth: "0", width: "100%" },
});

export interface TablesPanelProps {
  snapshot: WorkbookSnapshot;
  /** How much of each table the check examined. */
  coverage: TableCoverage[];
  /** The corrections already kept in the workbook, to build on. */
  corrections: TableCorrection[];
  settings: Settings;
  busy: boolean;
  onSelect: (sheet: string, range: string) => void;
  onCorrect: (correction: TableCorrection) => void;
}

export function TablesPanel(props: TablesPanelProps) {
  const { snapshot, settings } = props;
  const panel = usePanelStyles();
  const t = strings(settings.language).tables;
  const own = snapshot.tables.filter((table) => table.origin === "bc06");
  const report = snapshot.recognition ?? { tables: [], unrecognised: [], ignored: [] };
  const count = tableCount(snapshot);
  const key = (area: { sheet: string; range: string }) => `${area.sheet}!${area.range}`;
  return (
    <Accordion collapsible>
      <AccordionItem value="tables">
        <AccordionHeader icon={<TableSearch20Regular />}>
          {t.heading(count, report.unrecognised.length)}
        </AccordionHeader>
        <AccordionPanel>
          {count === 0 && report.unrecognised.length === 0 && <Text className={panel.muted}>{t.none}</Text>}
          {own.map((table) => {
            const range = tableRange(table);
            const template = templateById(table.templateId);
            return (
              <TableCard
                key={`${table.sheet}!${range}`}
                {...props}
                area={{ sheet: table.sheet, range }}
                title={template?.shortTitle[settings.language] ?? table.templateId}
                badges={[[t.own, "brand"]]}
              >
                <Where {...props} area={{ sheet: table.sheet, range }} />
              </TableCard>
            );
          })}
          {report.tables.map((table) => (
            <Recognised key={table.id} {...props} table={table} />
          ))}
          {report.unrecognised.map((area) => (
            <TableCard
              key={key(area)}
              {...props}
              area={area}
              title={key(area)}
              badges={[[t.unrecognised, "warning"]]}
            >
              <Text size={200}>{area.headings.join(" | ")}</Text>
              <TemplatePicker
                {...props}
                onChange={(templateId) => props.onCorrect(corrected(props, tableKey(area), { templateId }))}
              />
            </TableCard>
          ))}
          {report.ignored.map((area) => (
            <TableCard
              key={key(area)}
              {...props}
              area={area}
              title={key(area)}
              badges={[[t.ignored, "subtle"]]}
              action={[
                t.restore,
                () => props.onCorrect(corrected(props, tableKey(area), { ignore: undefined })),
              ]}
            />
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

const tableKey = (area: { sheet: string; range: string; signature?: string }): TableKey => ({
  sheet: area.sheet,
  anchor: area.range.split(":")[0],
  signature: area.signature ?? "",
});

/** The correction a change makes, on top of what is already kept for the table. */
function corrected(
  { corrections }: TablesPanelProps,
  table: TableKey,
  change: Partial<TableCorrection>,
): TableCorrection {
  return { ...correctionFor(corrections, table), ...table, ...change };
}

/** A table, or an area of a sheet: its name and badges, what there is to say of it, select, and one action. */
function TableCard({
  area,
  title,
  badges,
  action,
  children,
  settings,
  busy,
  onSelect,
}: TablesPanelProps & {
  area: { sheet: string; range: string };
  title: string;
  badges: [string, BadgeProps["color"]][];
  action?: [string, () => void];
  children?: ReactNode;
}) {
  const styles = useStyles();
  const t = strings(settings.language).tables;
  return (
    <div className={styles.table} data-table={`${area.sheet}!${area.range}`}>
      <div className={styles.title}>
        <Text weight="semibold">{title}</Text>
        {badges.map(([text, color]) => (
          <Badge key={text} appearance="tint" color={color}>
            {text}
          </Badge>
        ))}
      </div>
      {children}
      <div className={styles.actions}>
        <Button size="small" onClick={() => onSelect(area.sheet, area.range)}>
          {t.select}
        </Button>
        {action && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={action[1]}>
            {action[0]}
          </Button>
        )}
      </div>
    </div>
  );
}

/** Where a table is, and how much of it the check examined. */
function Where(props: TablesPanelProps & { area: { sheet: string; range: string } }) {
  const { area, coverage, settings } = props;
  const t = strings(settings.language).tables;
  const place = `${area.sheet}!${area.range}`;
  const examined = coverage.find((c) => c.sheet === area.sheet && c.range === area.range);
  return <Text size={200}>{examined ? t.where(place, examined.checked, examined.figures) : place}</Text>;
}

function Recognised(props: TablesPanelProps & { table: RecognisedTable }) {
  const template = props.table.templateId ? templateById(props.table.templateId) : undefined;
  return template ? <Mapped {...props} template={template} /> : <OwnArithmetic {...props} />;
}

/** A table no template matches, checked by its own arithmetic: a template can still be chosen for it. */
function OwnArithmetic(props: TablesPanelProps & { table: RecognisedTable }) {
  const { table, settings, onCorrect } = props;
  const t = strings(settings.language).tables;
  const key = tableKey(table);
  return (
    <TableCard
      {...props}
      area={table}
      title={t.ownArithmetic}
      badges={[[t.byItsArithmetic, "informative"]]}
      action={[t.notATable, () => onCorrect(corrected(props, key, { ignore: true }))]}
    >
      <Where {...props} area={table} />
      <TemplatePicker
        {...props}
        onChange={(templateId) => onCorrect(corrected(props, key, { templateId, lines: {} }))}
      />
    </TableCard>
  );
}

function Mapped(props: TablesPanelProps & { table: RecognisedTable; template: Template }) {
  const { table, settings, onCorrect, template } = props;
  const styles = useStyles();
  const t = strings(settings.language).tables;
  const key = tableKey(table);
  const change = (line: MappedLine, id: string) => {
    const lines = { ...correctionFor(props.corrections, key)?.lines, [line.key]: id };
    onCorrect(corrected(props, key, { lines }));
  };
  const editable = (line: MappedLine) => !["number", "label", "group"].includes(line.role);
  const rows = table.down.filter((line) => line.role !== "unmapped" && line.role !== "ignored");
  const picker = (line: MappedLine, name: string) => (
    <LinePicker
      key={name}
      {...props}
      line={line}
      name={name}
      template={template}
      onChange={(id) => change(line, id)}
    />
  );
  return (
    <TableCard
      {...props}
      area={table}
      title={template.shortTitle[settings.language]}
      badges={[
        [t.detected, "informative"],
        ...(table.corrected ? [[t.corrected, "success"] as [string, "success"]] : []),
      ]}
      action={[t.notATable, () => onCorrect(corrected(props, key, { ignore: true }))]}
    >
      <Where {...props} area={table} />
      <TemplatePicker
        {...props}
        value={table.templateId}
        onChange={(templateId) => onCorrect(corrected(props, key, { templateId, lines: {} }))}
      />
      {table.across
        .filter(editable)
        .map((line) => picker(line, `${columnLetters(line.index)} · ${line.text || "?"}`))}
      {rows.length > 0 && (
        <ul className={styles.rows} aria-label={t.rowsRead}>
          {rows.map((line) => (
            <li key={line.index} className={styles.lineText}>
              {`${line.index} → ${lineLabel(line, template, settings.language, t.total, true)}`}
            </li>
          ))}
        </ul>
      )}
      {table.down
        .filter((line) => line.role === "unmapped")
        .map((line) => picker(line, `${t.row} ${line.index} · ${line.text || "?"}`))}
    </TableCard>
  );
}

/** What a line was read as; `short` names a service by its short name ("Liên thông khai sinh"). */
function lineLabel(
  line: MappedLine,
  template: Template,
  language: Settings["language"],
  total: string,
  short = false,
): string {
  if (line.role === "total") return total;
  if (line.role === "unit") return line.id!;
  const id = line.id;
  const row = template.rows.find((r) => r.id === id);
  const service = short && language === "vi" && row?.catalogId ? serviceById(row.catalogId) : undefined;
  return (
    service?.shortName ??
    template.columns.find((c) => c.id === id)?.label[language] ??
    row?.label[language] ??
    line.text
  );
}

const SKIP = "";

/** A line of a recognised table and, in a select, what it is read as: a template column or row, or nothing. */
function LinePicker({
  line,
  name,
  template,
  settings,
  busy,
  onChange,
}: TablesPanelProps & {
  line: MappedLine;
  name: string;
  template: Template;
  onChange: (id: string) => void;
}) {
  const styles = useStyles();
  const t = strings(settings.language).tables;
  const language = settings.language;
  const current = line.role === "field" || line.role === "item" ? (line.id ?? SKIP) : SKIP;
  const fixed = line.role === "unit" || line.role === "total";
  return (
    <div className={styles.line}>
      <Text className={styles.lineText}>{name}</Text>
      {fixed ? (
        <Text className={styles.lineText}>{lineLabel(line, template, language, t.total)}</Text>
      ) : (
        <Select
          className={styles.select}
          size="small"
          aria-label={name}
          value={current}
          disabled={busy}
          onChange={(_, data) => data.value !== current && onChange(data.value)}
        >
          <option value={SKIP}>{line.role === "unmapped" ? t.unmapped : t.skip}</option>
          <optgroup label={t.columns}>
            {template.columns.map((column) => (
              <option key={column.id} value={column.id}>
                {column.label[language]}
              </option>
            ))}
          </optgroup>
          <optgroup label={t.rows}>
            {template.rows
              .filter((row) => !row.total)
              .map((row) => (
                <option key={row.id} value={row.id}>
                  {row.label[language]}
                </option>
              ))}
          </optgroup>
        </Select>
      )}
    </div>
  );
}

function TemplatePicker({
  value,
  settings,
  busy,
  onChange,
}: TablesPanelProps & { value?: string; onChange: (templateId: string) => void }) {
  const styles = useStyles();
  const t = strings(settings.language).tables;
  return (
    <div className={styles.line}>
      <Text className={styles.lineText}>{t.template}</Text>
      <Select
        className={styles.select}
        size="small"
        aria-label={t.template}
        value={value ?? ""}
        disabled={busy}
        onChange={(_, data) => data.value && data.value !== value && onChange(data.value)}
      >
        {!value && (
          <option value="" disabled>
            {t.chooseTemplate}
          </option>
        )}
        {TEMPLATES.map((template) => (
          <option key={template.id} value={template.id}>
            {template.shortTitle[settings.language]}
          </option>
        ))}
      </Select>
    </div>
  );
}
