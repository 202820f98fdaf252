// The Check tab's list of issues: grouped by severity and sheet, searched, filtered, walked from the keyboard, and
// each acknowledged with a reason.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  mergeClasses,
  Select,
  SearchBox,
  Text,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular } from "@fluentui/react-icons";
import { type KeyboardEvent, lazy, Suspense, useId, useMemo, useRef, useState } from "react";
import { cellKey, type Issue, issueKey, type Severity } from "../../domain/rules";
import { strings } from "../i18n";
import { type IssueFilter, listed, NO_FILTER, SEVERITIES, step, tableKey, tableLabel } from "../issue-list";
import type { Settings } from "../settings";

const AcknowledgeForm = lazy(() =>
  import(/* webpackPrefetch: true */ "./AcknowledgeForm").then((m) => ({ default: m.AcknowledgeForm })),
);

const useStyles = makeStyles({
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
  current: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-1px" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", alignItems: "center" },
  filter: { minWidth: "120px", maxWidth: "100%" },
  navigation: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  search: { flexGrow: 1, minWidth: 0, maxWidth: "none" },
  position: { marginLeft: "auto", color: tokens.colorNeutralForeground3 },
});

/** The buttons that walk the list, and their keys. */
const WALK = [
  { direction: -1, icon: <ArrowUp16Regular />, keys: "Alt+ArrowUp", hint: "Alt+↑", label: "previousIssue" },
  { direction: 1, icon: <ArrowDown16Regular />, keys: "Alt+ArrowDown", hint: "Alt+↓", label: "nextIssue" },
] as const;

export interface GroupProps {
  issues: Issue[];
  settings: Settings;
  acknowledged: Record<string, string>;
  /** The issue last gone to (by issueKey). */
  current: string | undefined;
  onSelect: (issue: Issue) => void;
  onAcknowledge: (issue: Issue, reason: string) => void;
}

function SheetGroups({ issues, severity, ...rest }: GroupProps & { severity: Severity }) {
  const styles = useStyles();
  const t = strings(rest.settings.language);
  const sheets = [...new Set(issues.map((i) => i.sheet))];
  return (
    <>
      {sheets.map((sheet) => (
        <section key={sheet} aria-label={`${t.check.severity[severity]} – ${sheet}`}>
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
  current,
  onSelect,
  onAcknowledge,
}: Omit<GroupProps, "issues"> & { issue: Issue }) {
  const styles = useStyles();
  const t = strings(settings.language);
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  const key = issueKey(issue);
  const ack = acknowledged[key];
  // The issue takes the focus back when the reason box closes.
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  const where = [issue.cells.map((c) => c.address).join(", "), issue.instruction].filter(Boolean).join(" · ");
  return (
    <li className={styles.issueBox}>
      <button
        ref={button}
        type="button"
        className={mergeClasses(styles.issue, key === current && styles.current)}
        onClick={() => onSelect(issue)}
        data-rule={issue.ruleId}
        data-issue={key}
        aria-current={key === current ? "true" : undefined}
      >
        <Text block id={messageId}>
          {issue.message}
        </Text>
        <Text block className={styles.cells}>
          {where}
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
        <Button
          size="small"
          appearance="subtle"
          aria-label={t.check.acknowledgeIssue(
            t.check.one[issue.severity],
            issue.cells.map(cellKey)[0] ?? issue.sheet,
          )}
          aria-describedby={messageId}
          onClick={() => setEditing(true)}
        >
          {t.check.acknowledge}
        </Button>
      )}
      {editing && (
        <Suspense fallback={null}>
          <AcknowledgeForm
            t={t}
            onSave={(reason) => {
              onAcknowledge(issue, reason);
              close();
            }}
            onCancel={close}
          />
        </Suspense>
      )}
    </li>
  );
}

/** Issues by severity and sheet, with filters, a search, and next / previous (Alt+↓ / Alt+↑) through what is shown. */
export function IssueList({
  issues,
  settings,
  acknowledged,
  onSelect,
  onAcknowledge,
}: Omit<GroupProps, "current">) {
  const styles = useStyles();
  const t = strings(settings.language);
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  const [current, setCurrent] = useState<string>();
  const [open, setOpen] = useState<Severity[]>(["error", "warning"]);
  const list = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => listed(issues, filter), [issues, filter]);
  const sheets = useMemo(() => [...new Set(issues.map((i) => i.sheet))], [issues]);
  const tables = useMemo(
    () => [...new Map(issues.filter(tableKey).map((i) => [tableKey(i), tableLabel(i, settings.language)]))],
    [issues, settings.language],
  );

  const go = (issue: Issue) => {
    const key = issueKey(issue);
    setCurrent(key);
    setOpen((now) => (now.includes(issue.severity) ? now : [...now, issue.severity]));
    onSelect(issue);
    // After the accordion opened: the issue's button takes the focus, in view.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLElement>("[data-issue]") ?? [];
      const button = [...buttons].find((b) => b.dataset.issue === key);
      button?.focus();
      button?.scrollIntoView?.({ block: "nearest" });
    });
  };
  const move = (direction: 1 | -1) => {
    const next = step(shown, current, direction);
    if (next) go(next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
    if ((event.target as HTMLElement).closest("input, textarea, [role=combobox], [role=listbox]")) return;
    event.preventDefault();
    move(event.key === "ArrowDown" ? 1 : -1);
  };
  const toggleSeverity = (severity: Severity) =>
    setFilter((now) => {
      const severities = new Set(now.severities);
      if (severities.has(severity)) severities.delete(severity);
      else severities.add(severity);
      return { ...now, severities };
    });
  const at = shown.findIndex((issue) => issueKey(issue) === current);

  return (
    <div className={styles.list} ref={list} onKeyDown={onKeyDown}>
      <div className={styles.navigation}>
        <SearchBox
          size="small"
          className={styles.search}
          value={filter.query}
          placeholder={t.check.search}
          aria-label={t.check.search}
          onChange={(_, data) => setFilter((now) => ({ ...now, query: data.value }))}
        />
        {WALK.map(({ direction, icon, keys, hint, label }) => (
          <Button
            key={direction}
            size="small"
            appearance="subtle"
            icon={icon}
            disabled={shown.length === 0}
            aria-label={t.check[label]}
            aria-keyshortcuts={keys}
            title={`${t.check[label]} (${hint})`}
            onClick={() => move(direction)}
          />
        ))}
      </div>
      <div className={styles.filters} role="group" aria-label={t.check.filters}>
        {SEVERITIES.filter((severity) => issues.some((i) => i.severity === severity)).map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={filter.severities.has(severity)}
            onClick={() => toggleSeverity(severity)}
          >
            {t.check.severity[severity]}
          </ToggleButton>
        ))}
        <ChoiceFilter
          label={t.check.sheetFilter}
          all={t.check.allSheets}
          choices={sheets.map((sheet) => [sheet, sheet])}
          chosen={filter.sheet}
          onChoose={(sheet) => setFilter((now) => ({ ...now, sheet }))}
        />
        <ChoiceFilter
          label={t.check.tableFilter}
          all={t.check.allTables}
          choices={tables}
          chosen={filter.table}
          onChoose={(table) => setFilter((now) => ({ ...now, table }))}
        />
        <Text size={200} role="status" className={styles.position}>
          {at >= 0 ? t.check.position(at + 1, shown.length) : t.check.shown(shown.length, issues.length)}
        </Text>
      </div>
      {shown.length === 0 && <Text className={styles.cells}>{t.check.noneShown}</Text>}
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, data) => setOpen(data.openItems as Severity[])}
      >
        {SEVERITIES.filter((severity) => shown.some((i) => i.severity === severity)).map((severity) => (
          <AccordionItem key={severity} value={severity}>
            <AccordionHeader>
              {t.check.severity[severity]} ({shown.filter((i) => i.severity === severity).length})
            </AccordionHeader>
            <AccordionPanel>
              <SheetGroups
                severity={severity}
                issues={shown.filter((i) => i.severity === severity)}
                settings={settings}
                acknowledged={acknowledged}
                current={current}
                onSelect={(issue) => go(issue)}
                onAcknowledge={onAcknowledge}
              />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}

/** A filter over one of several values (a sheet, a table), "" for all; shown only where there is a choice. */
function ChoiceFilter(props: {
  label: string;
  all: string;
  /** [value, what the user reads]. */
  choices: [string, string][];
  chosen: string;
  onChoose: (value: string) => void;
}) {
  const styles = useStyles();
  const { label, all, choices, chosen, onChoose } = props;
  if (choices.length < 2) return null;
  return (
    <Select
      size="small"
      className={styles.filter}
      aria-label={label}
      value={chosen}
      onChange={(_, data) => onChoose(data.value)}
    >
      <option value="">{all}</option>
      {choices.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </Select>
  );
}
