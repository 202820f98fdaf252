// The tables a check looked at: BC06's own, those recognised in the official's layout with what each line was read
// as (and a dropdown to correct it), the areas not recognised, and the tables the user set aside.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Dropdown,
  makeStyles,
  Option,
  OptionGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { TableSearch20Regular } from "@fluentui/react-icons";
import { serviceById } from "../../domain/catalog";
import type { TableCorrection } from "../../domain/recognise";
import { type Template, templateById, TEMPLATES } from "../../domain/templates";
import {
  columnLetters,
  type MappedLine,
  type RecognisedTable,
  type WorkbookSnapshot,
} from "../../domain/workbook";
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
  dropdown: { minWidth: "0", width: "100%" },
});

export interface TablesPanelProps {
  snapshot: WorkbookSnapshot;
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
  const count = own.length + report.tables.length;
  return (
    <Accordion collapsible>
      <AccordionItem value="tables">
        <AccordionHeader icon={<TableSearch20Regular />}>
          {t.heading(count, report.unrecognised.length)}
        </AccordionHeader>
        <AccordionPanel>
          {count === 0 && report.unrecognised.length === 0 && <Text className={panel.muted}>{t.none}</Text>}
          {own.map((table) => {
            const rows = Object.values(table.rows);
            const last = Math.max(...Object.values(table.columns)) + 1;
            const range = `A${Math.min(...rows) - 1}:${columnLetters(last)}${Math.max(...rows)}`;
            return (
              <OwnTable
                key={`${table.sheet}!${range}`}
                {...props}
                sheet={table.sheet}
                range={range}
                templateId={table.templateId}
              />
            );
          })}
          {report.tables.map((table) => (
            <RecognisedCard key={table.id} {...props} table={table} />
          ))}
          {report.unrecognised.map((area) => (
            <Unrecognised key={`${area.sheet}!${area.range}`} {...props} area={area} />
          ))}
          {report.ignored.map((area) => (
            <Ignored key={`${area.sheet}!${area.range}`} {...props} area={area} />
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function OwnTable({
  sheet,
  range,
  templateId,
  settings,
  onSelect,
}: TablesPanelProps & { sheet: string; range: string; templateId: string }) {
  const styles = useStyles();
  const t = strings(settings.language).tables;
  const template = templateById(templateId);
  return (
    <div className={styles.table}>
      <div className={styles.title}>
        <Text weight="semibold">{template?.shortTitle[settings.language] ?? templateId}</Text>
        <Badge appearance="tint" color="brand">
          {t.own}
        </Badge>
      </div>
      <Text size={200}>{`${sheet}!${range}`}</Text>
      <div className={styles.actions}>
        <Button size="small" onClick={() => onSelect(sheet, range)}>
          {t.select}
        </Button>
      </div>
    </div>
  );
}

/** The correction a change makes, on top of what is already kept for the table. */
function corrected(
  corrections: TableCorrection[],
  table: { sheet: string; range: string; signature: string },
  change: Partial<TableCorrection>,
): TableCorrection {
  const anchor = table.range.split(":")[0];
  const earlier = corrections.find(
    (c) => c.sheet === table.sheet && (c.anchor === anchor || c.signature === table.signature),
  );
  const base: TableCorrection = earlier ?? { sheet: table.sheet, anchor, signature: table.signature };
  return { ...base, anchor, signature: table.signature, ...change };
}

function RecognisedCard(props: TablesPanelProps & { table: RecognisedTable }) {
  const { table, settings, busy, corrections, onSelect, onCorrect } = props;
  const styles = useStyles();
  const t = strings(settings.language).tables;
  const template = templateById(table.templateId)!;
  const language = settings.language;
  const changeLine = (line: MappedLine, id: string) =>
    onCorrect(corrected(corrections, table, { lines: { ...linesOf(corrections, table), [line.key]: id } }));
  const editable = (line: MappedLine) => !["number", "label", "group"].includes(line.role);
  const mappedRows = table.down.filter((line) => line.role !== "unmapped" && line.role !== "ignored");
  return (
    <div className={styles.table} data-table={table.id}>
      <div className={styles.title}>
        <Text weight="semibold">{template.shortTitle[language]}</Text>
        <Badge appearance="tint" color="informative">
          {t.detected}
        </Badge>
        {table.corrected && (
          <Badge appearance="tint" color="success">
            {t.corrected}
          </Badge>
        )}
      </div>
      <Text size={200}>{t.where(`${table.sheet}!${table.range}`, Math.round(table.confidence * 100))}</Text>
      <TemplatePicker
        label={t.template}
        value={table.templateId}
        settings={settings}
        disabled={busy}
        onChange={(templateId) => onCorrect(corrected(corrections, table, { templateId, lines: {} }))}
      />
      {table.across.filter(editable).map((line) => (
        <LinePicker
          key={`c${line.index}`}
          line={line}
          name={`${columnLetters(line.index)} · ${line.text || "?"}`}
          template={template}
          settings={settings}
          disabled={busy}
          onChange={(id) => changeLine(line, id)}
        />
      ))}
      {mappedRows.length > 0 && (
        <ul className={styles.rows} aria-label={t.rowsRead}>
          {mappedRows.map((line) => (
            <li key={`r${line.index}`} className={styles.lineText}>
              {`${line.index} → ${lineLabel(line, template, language, t.total, true)}`}
            </li>
          ))}
        </ul>
      )}
      {table.down
        .filter((line) => line.role === "unmapped")
        .map((line) => (
          <LinePicker
            key={`r${line.index}`}
            line={line}
            name={`${t.row} ${line.index} · ${line.text || "?"}`}
            template={template}
            settings={settings}
            disabled={busy}
            onChange={(id) => changeLine(line, id)}
          />
        ))}
      <div className={styles.actions}>
        <Button size="small" onClick={() => onSelect(table.sheet, table.range)}>
          {t.select}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={busy}
          onClick={() => onCorrect(corrected(corrections, table, { ignore: true }))}
        >
          {t.notATable}
        </Button>
      </div>
    </div>
  );
}

function linesOf(corrections: TableCorrection[], table: RecognisedTable): Record<string, string> {
  const anchor = table.range.split(":")[0];
  return (
    corrections.find(
      (c) => c.sheet === table.sheet && (c.anchor === anchor || c.signature === table.signature),
    )?.lines ?? {}
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

function LinePicker({
  line,
  name,
  template,
  settings,
  disabled,
  onChange,
}: {
  line: MappedLine;
  name: string;
  template: Template;
  settings: Settings;
  disabled: boolean;
  onChange: (id: string) => void;
}) {
  const styles = useStyles();
  const t = strings(settings.language).tables;
  const language = settings.language;
  const current = line.role === "field" || line.role === "item" ? (line.id ?? SKIP) : SKIP;
  const label = (id: string) =>
    id === SKIP
      ? line.role === "unmapped"
        ? t.unmapped
        : t.skip
      : (template.columns.find((c) => c.id === id)?.label[language] ??
        template.rows.find((r) => r.id === id)?.label[language] ??
        id);
  const fixed = line.role === "unit" || line.role === "total";
  return (
    <div className={styles.line}>
      <Text className={styles.lineText}>{name}</Text>
      {fixed ? (
        <Text className={styles.lineText}>{lineLabel(line, template, language, t.total)}</Text>
      ) : (
        <Dropdown
          className={styles.dropdown}
          size="small"
          aria-label={name}
          value={label(current)}
          selectedOptions={[current]}
          disabled={disabled}
          onOptionSelect={(_, data) =>
            data.optionValue !== undefined && data.optionValue !== current && onChange(data.optionValue)
          }
        >
          <Option value={SKIP}>{t.skip}</Option>
          <OptionGroup label={t.columns}>
            {template.columns.map((column) => (
              <Option key={column.id} value={column.id}>
                {column.label[language]}
              </Option>
            ))}
          </OptionGroup>
          <OptionGroup label={t.rows}>
            {template.rows
              .filter((row) => !row.total)
              .map((row) => (
                <Option key={row.id} value={row.id}>
                  {row.label[language]}
                </Option>
              ))}
          </OptionGroup>
        </Dropdown>
      )}
    </div>
  );
}

function TemplatePicker({
  label,
  value,
  settings,
  disabled,
  onChange,
}: {
  label: string;
  value?: string;
  settings: Settings;
  disabled: boolean;
  onChange: (templateId: string) => void;
}) {
  const styles = useStyles();
  const t = strings(settings.language).tables;
  const current = value ? templateById(value)?.shortTitle[settings.language] : undefined;
  return (
    <div className={styles.line}>
      <Text className={styles.lineText}>{label}</Text>
      <Dropdown
        className={styles.dropdown}
        size="small"
        aria-label={label}
        placeholder={t.chooseTemplate}
        value={current ?? ""}
        selectedOptions={value ? [value] : []}
        disabled={disabled}
        onOptionSelect={(_, data) =>
          data.optionValue && data.optionValue !== value && onChange(data.optionValue)
        }
      >
        {TEMPLATES.map((template) => (
          <Option key={template.id} value={template.id}>
            {template.shortTitle[settings.language]}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}

function Unrecognised(
  props: TablesPanelProps & { area: { sheet: string; range: string; headings: string[] } },
) {
  const { area, settings, busy, corrections, onSelect, onCorrect } = props;
  const styles = useStyles();
  const t = strings(settings.language).tables;
  const table = { sheet: area.sheet, range: area.range, signature: "" };
  return (
    <div className={styles.table}>
      <div className={styles.title}>
        <Text weight="semibold">{`${area.sheet}!${area.range}`}</Text>
        <Badge appearance="tint" color="warning">
          {t.unrecognised}
        </Badge>
      </div>
      <Text size={200}>{area.headings.join(" | ")}</Text>
      <TemplatePicker
        label={t.template}
        settings={settings}
        disabled={busy}
        onChange={(templateId) => onCorrect(corrected(corrections, table, { templateId }))}
      />
      <div className={styles.actions}>
        <Button size="small" onClick={() => onSelect(area.sheet, area.range)}>
          {t.select}
        </Button>
      </div>
    </div>
  );
}

function Ignored(props: TablesPanelProps & { area: { sheet: string; range: string; signature: string } }) {
  const { area, settings, busy, onSelect, onCorrect } = props;
  const styles = useStyles();
  const t = strings(settings.language).tables;
  const restore = { sheet: area.sheet, anchor: area.range.split(":")[0], signature: area.signature };
  return (
    <div className={styles.table}>
      <div className={styles.title}>
        <Text weight="semibold">{`${area.sheet}!${area.range}`}</Text>
        <Badge appearance="tint" color="subtle">
          {t.ignored}
        </Badge>
      </div>
      <div className={styles.actions}>
        <Button size="small" onClick={() => onSelect(area.sheet, area.range)}>
          {t.select}
        </Button>
        <Button size="small" disabled={busy} onClick={() => onCorrect(restore)}>
          {t.restore}
        </Button>
      </div>
    </div>
  );
}
