// `bc06 check --html`: one self-contained page for a reviewer's folder. Charts are inline SVG (no script needed to
// see them); a few lines of inline script sort the table; nothing is fetched (the page's CSP forbids it).
import { renderToStaticMarkup } from "react-dom/server";
import { ChartFigure, type FigureWords } from "../charts";
import { countOf, type Language } from "../domain/i18n";
import { formatFraction, formatNumber } from "../domain/numbers";
import { type Chart, issuesByUnit, type KeyRate, KEY_RATES, ratesByUnit } from "../domain/overview";
import { isPartial } from "../domain/rules";
import { type FileReport, unexaminedNotes } from "./output";

/** One file of the folder: its report, the unit it is from and its key rates. */
export interface ReportUnit {
  report: FileReport;
  /** The reporting unit named in its tables, else the file's name. */
  name: string;
  rates: KeyRate[];
}

type Status = "unchecked" | "errors" | "behind" | "warnings" | "partial" | "clean";

const WORDS = {
  vi: {
    title: "Kết quả kiểm tra báo cáo Đề án 06",
    summary: (files: number, errors: number, warnings: number, unchecked: number) =>
      `${formatNumber(files)} tệp · ${formatNumber(errors)} lỗi · ${formatNumber(warnings)} cảnh báo` +
      (unchecked ? ` · ${formatNumber(unchecked)} tệp chưa kiểm tra được` : ""),
    made: (at: string) => `Lập bởi BC06 lúc ${at}.`,
    units: "Các đơn vị",
    order:
      "Xếp sẵn: tệp chưa kiểm tra được, đơn vị có lỗi, đơn vị chưa đạt chỉ tiêu lên trước. Bấm tiêu đề cột để xếp lại.",
    charts: "Biểu đồ theo đơn vị",
    columns: { unit: "Đơn vị", file: "Tệp", status: "Tình trạng", errors: "Lỗi", warnings: "Cảnh báo" },
    status: {
      unchecked: "Chưa kiểm tra được",
      errors: "Có lỗi",
      behind: "Chưa đạt chỉ tiêu",
      warnings: "Có cảnh báo",
      partial: "Kiểm tra một phần",
      clean: "Không có sai sót",
    },
    noTables: "Không nhận ra bảng báo cáo nào",
    issues: (n: number) => `${formatNumber(n)} vấn đề`,
    noIssues: "Không có vấn đề nào.",
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
    chart: {
      target: "Chỉ tiêu",
      flagged: "có lỗi",
      empty: (count: number) => `Không có số liệu (${count})`,
    } satisfies FigureWords,
  },
  en: {
    title: "Đề án 06 reports: check results",
    summary: (files: number, errors: number, warnings: number, unchecked: number) =>
      `${countOf(files, "file")} · ${countOf(errors, "error")} · ${countOf(warnings, "warning")}` +
      (unchecked ? ` · ${countOf(unchecked, "file")} not checked` : ""),
    made: (at: string) => `Made by BC06 at ${at}.`,
    units: "Units",
    order:
      "Ordered: files not checked, units with errors, units behind their targets first. Click a heading to sort.",
    charts: "Charts by unit",
    columns: { unit: "Unit", file: "File", status: "Status", errors: "Errors", warnings: "Warnings" },
    status: {
      unchecked: "Not checked",
      errors: "Errors",
      behind: "Behind target",
      warnings: "Warnings",
      partial: "Checked in part",
      clean: "No mistakes found",
    },
    noTables: "No report table recognised",
    issues: (n: number) => countOf(n, "issue"),
    noIssues: "No issues.",
    severity: { error: "Error", warning: "Warning", info: "Note" },
    chart: {
      target: "Target",
      flagged: "has errors",
      empty: (count: number) => `No figures (${count})`,
    } satisfies FigureWords,
  },
};

const RANK: Record<Status, number> = {
  unchecked: 0,
  errors: 1,
  behind: 2,
  warnings: 3,
  partial: 4,
  clean: 5,
};

function count(unit: ReportUnit, severity: "error" | "warning"): number {
  return unit.report.issues.filter((issue) => issue.severity === severity).length;
}

function statusOf(unit: ReportUnit): Status {
  if (unit.report.status !== "checked") return "unchecked";
  if (count(unit, "error")) return "errors";
  if (unit.rates.some((rate) => rate.target && rate.rate < 1)) return "behind";
  if (count(unit, "warning")) return "warnings";
  return unit.report.coverage && isPartial(unit.report.coverage) ? "partial" : "clean";
}

/** The units needing attention first: not checked, most errors, furthest behind a target, lowest rates. */
function ordered(units: ReportUnit[]): ReportUnit[] {
  const lowest = (u: ReportUnit) => Math.min(1, ...u.rates.map((r) => r.rate));
  return [...units].sort(
    (a, b) =>
      RANK[statusOf(a)] - RANK[statusOf(b)] ||
      count(b, "error") - count(a, "error") ||
      lowest(a) - lowest(b) ||
      a.name.localeCompare(b.name, "vi"),
  );
}

const STYLE = `
:root{color-scheme:light dark;--colorNeutralForeground1:#242424;--colorNeutralForeground3:#616161;--colorNeutralBackground1:#fff;
--colorNeutralStroke1:#d1d1d1;--colorNeutralStroke2:#e0e0e0;--colorBrandBackground:#0f6cbd;--colorPaletteRedBackground3:#d13438;
--colorPaletteRedForeground1:#bc2f32;--colorPaletteMarigoldBackground3:#eaa300;--colorStrokeFocus2:#000}
@media (prefers-color-scheme:dark){:root{--colorNeutralForeground1:#fff;--colorNeutralForeground3:#adadad;--colorNeutralBackground1:#1f1f1f;
--colorNeutralStroke1:#666;--colorNeutralStroke2:#3d3d3d;--colorBrandBackground:#479ef5;--colorPaletteRedForeground1:#e37d80;--colorStrokeFocus2:#fff}}
body{font-family:"Segoe UI",system-ui,sans-serif;margin:24px;color:var(--colorNeutralForeground1);background:var(--colorNeutralBackground1)}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--colorNeutralStroke2)}
td.n{text-align:right;font-variant-numeric:tabular-nums}th button{font:inherit;font-weight:600;background:none;border:0;color:inherit;cursor:pointer;padding:0}
.s-unchecked,.s-errors{color:var(--colorPaletteRedForeground1);font-weight:600}.s-behind,.s-warnings,.s-partial{color:#b7791f}
details{font-size:12px}summary{cursor:pointer}ul{margin:4px 0 8px;padding-left:20px}code{font-size:11px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:16px}
`;

/** Sorts the units' rows by a column when its heading is clicked (again: the other way). */
const SORT_SCRIPT = `document.querySelectorAll("th button").forEach(function(b){b.addEventListener("click",function(){
var th=b.parentNode,k=th.dataset.key,t=th.closest("table"),up=th.getAttribute("aria-sort")!=="ascending";
t.querySelectorAll("th").forEach(function(h){h.removeAttribute("aria-sort")});th.setAttribute("aria-sort",up?"ascending":"descending");
var bodies=[].slice.call(t.tBodies),v=function(x){var s=x.dataset[k];return s===""?Infinity:isNaN(s)?s:Number(s)};
bodies.sort(function(a,c){var p=v(a),q=v(c);var r=typeof p==="number"&&typeof q==="number"?p-q:String(p).localeCompare(String(q),"vi");return up?r:-r});
bodies.forEach(function(x){t.appendChild(x)})})})`;

/** A column's key as a data attribute takes it (and the sort script reads it from `dataset`): no underscores. */
const dataKey = (key: string) => key.replace(/_/g, "");

function UnitRows({ unit, language, columns }: { unit: ReportUnit; language: Language; columns: number }) {
  const w = WORDS[language];
  const status = statusOf(unit);
  const { report } = unit;
  const data: Record<string, string | number> = {
    unit: unit.name,
    file: report.file,
    status: RANK[status],
    errors: count(unit, "error"),
    warnings: count(unit, "warning"),
  };
  for (const spec of KEY_RATES) data[spec.id] = unit.rates.find((r) => r.id === spec.id)?.rate ?? "";
  const attributes = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${dataKey(k)}`, v]));
  const problem =
    report.status === "unreadable" ? report.error : report.status === "no-tables" ? w.noTables : undefined;
  return (
    <tbody {...attributes}>
      <tr>
        <td>{unit.name}</td>
        <td>
          <code>{report.file}</code>
        </td>
        <td className={`s-${status}`}>{w.status[status]}</td>
        <td className="n">{formatNumber(count(unit, "error"))}</td>
        <td className="n">{formatNumber(count(unit, "warning"))}</td>
        {KEY_RATES.map((spec) => {
          const rate = unit.rates.find((r) => r.id === spec.id);
          return (
            <td
              key={spec.id}
              className="n"
              title={rate ? `${formatNumber(rate.part)}/${formatNumber(rate.whole)}` : undefined}
            >
              {rate ? formatFraction(rate.rate) : "–"}
            </td>
          );
        })}
      </tr>
      <tr>
        <td colSpan={columns}>
          {problem ? (
            <span className="s-unchecked">{problem}</span>
          ) : (
            <>
              {unexaminedNotes(report, language).map((note) => (
                <p key={note} className="s-behind">
                  {note}
                </p>
              ))}
              <details>
                <summary>{report.issues.length ? w.issues(report.issues.length) : w.noIssues}</summary>
                <ul>
                  {report.issues.map((issue, i) => (
                    <li key={i}>
                      <strong>{w.severity[issue.severity]}</strong>{" "}
                      <code>{issue.cells.slice(0, 3).join(", ")}</code> {issue.message}
                    </li>
                  ))}
                </ul>
              </details>
            </>
          )}
        </td>
      </tr>
    </tbody>
  );
}

function Page({ units, language, at }: { units: ReportUnit[]; language: Language; at: string }) {
  const w = WORDS[language];
  const checked = units.filter((u) => u.report.status === "checked");
  const total = (s: "error" | "warning") => units.reduce((n, u) => n + count(u, s), 0);
  const charts: Chart[] = [
    ...ratesByUnit(
      checked.map((u) => ({ name: u.name, rates: u.rates })),
      language,
    ),
    ...issuesByUnit(
      checked.map((u) => ({ name: u.name, errors: count(u, "error"), warnings: count(u, "warning") })),
      language,
    ),
  ];
  const headings: [string, string][] = [
    ...Object.entries(w.columns),
    ...KEY_RATES.map((spec): [string, string] => [spec.id, spec.label[language]]),
  ];
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta
          httpEquiv="Content-Security-Policy"
          content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
        />
        <title>{`${w.title} – ${w.summary(units.length, total("error"), total("warning"), units.length - checked.length)}`}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <header>
          <h1>{w.title}</h1>
          <p>{w.summary(units.length, total("error"), total("warning"), units.length - checked.length)}</p>
          <p>{w.made(at)}</p>
        </header>
        <section>
          <h2>{w.units}</h2>
          <p>{w.order}</p>
          <table>
            <thead>
              <tr>
                {headings.map(([key, label]) => (
                  <th key={key} data-key={dataKey(key)} scope="col">
                    <button type="button">{label}</button>
                  </th>
                ))}
              </tr>
            </thead>
            {ordered(units).map((unit, i) => (
              <UnitRows key={i} unit={unit} language={language} columns={headings.length} />
            ))}
          </table>
        </section>
        {charts.length > 0 && (
          <section>
            <h2>{w.charts}</h2>
            <div className="charts">
              {charts.map((chart) => (
                <ChartFigure key={chart.id} chart={chart} words={w.chart} width={560} />
              ))}
            </div>
          </section>
        )}
        <script dangerouslySetInnerHTML={{ __html: SORT_SCRIPT }} />
      </body>
    </html>
  );
}

/** The page, complete: open it from disk in any browser, without a network. */
export function htmlReport(units: ReportUnit[], language: Language, at = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const when = `${two(at.getHours())}:${two(at.getMinutes())} ${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`;
  return `<!DOCTYPE html>${renderToStaticMarkup(<Page units={units} language={language} at={when} />)}`;
}
