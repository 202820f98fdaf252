// The report's text against the workbook's tables: "Đăng ký thường trú: 78 hồ sơ" while the DVC table says 85 is
// what reviewers check by hand. A figure is compared only where the text names a table row beyond doubt.
import { findServiceStrictly } from "../catalog/lookup";
import type { Language } from "../i18n";
import { formatNumber } from "../numbers/format";
import { templateWords } from "../recognise/vocabulary";
import { wordKey } from "../recognise/words";
import { readCell } from "../rules/read";
import { templateById } from "../templates/registry";
import { type LocatedTable, tableCell, type WorkbookSnapshot } from "../workbook";
import { FIG, figureAt, first, isExact, matches } from "./figures";
import type { Judged } from "./judge";

/** A figure the text gives for one cell of a template table. */
interface Mention {
  from: number;
  to: number;
  templateId: string;
  rowId: string;
  columnId: string;
  value: number;
}

export interface TableJudged extends Judged {
  from: number;
  to: number;
  /** The table cell the figure was compared with. */
  cell?: { sheet: string; address: string };
}

/** "+ Thủ tục đăng ký thường trú: 78 hồ sơ (63 … trực tiếp; 15 … trực tuyến)…; đã giải quyết 78 hồ sơ". */
const ITEM = String.raw`(?<=^|[\n+•;]|[-–]\s)[\s\-–+•]*([^:\n+;()]{3,160}?)\s*:\s*(${FIG})\s+(?:hồ sơ|trường hợp)(\s*\([^()]*\))?((?:[^+.;]|\.(?=\d)|;\s*(?=đã giải quyết))*)`;
const LEADING_WORDS = /^(?:thủ tục|tthc|dịch vụ(?: công)?|dvc)\s+/iu;

function mentionsOf(view: string, masked: string): Mention[] {
  const found: Mention[] = [];
  const dvc = templateWords(templateById("dvc25")!);
  const cleaning = templateWords(templateById("lam_sach")!);
  for (const m of matches(ITEM, masked)) {
    const [, [labelFrom, labelTo], [totalFrom, totalTo]] = m.indices;
    const label = view.slice(labelFrom, labelTo).trim().replace(LEADING_WORDS, "");
    const total = figureAt(masked, totalFrom, m[2]);
    if (!isExact(total)) continue;
    const mention = (
      templateId: string,
      rowId: string,
      columnId: string,
      from: number,
      to: number,
      value: number,
    ) => found.push({ from, to, templateId, rowId, columnId, value });
    const service = dvc.services.get(findServiceStrictly(label)?.id ?? "");
    if (service) {
      mention("dvc25", service, "tong_ho_so", totalFrom, totalTo, total.value);
      if (m[3] !== undefined)
        for (const [columnId, word] of [
          ["truc_tiep", "trực tiếp"],
          ["truc_tuyen", "trực tuyến"],
        ] as const) {
          const part = partNamed(masked, m.indices[3][0], m[3], word);
          if (part) mention("dvc25", service, columnId, part.from, part.to, part.value);
        }
      const resolved = first(String.raw`đã giải quyết\s+(${FIG})`, m[4]);
      if (resolved) {
        const at = m.indices[4][0] + resolved.indices[1][0];
        const figure = figureAt(masked, at, resolved[1]);
        if (isExact(figure))
          mention("dvc25", service, "da_giai_quyet", at, at + resolved[1].length, figure.value);
      }
      continue;
    }
    const items = cleaning.items.match(wordKey(label)).specific;
    if (items.length === 1) mention("lam_sach", items[0], "so_lieu", totalFrom, totalTo, total.value);
  }
  return found;
}

/** The one figure in brackets named by a word ("63 hồ sơ tiếp nhận trực tiếp"); none when several or none are. */
function partNamed(masked: string, at: number, brackets: string, word: string) {
  const parts = [...matches(String.raw`(${FIG})([^;()]*)`, brackets)].filter((p) =>
    p[2].toLowerCase().includes(word),
  );
  if (parts.length !== 1) return undefined;
  const from = at + parts[0].indices[1][0];
  const figure = figureAt(masked, from, parts[0][1]);
  return isExact(figure) ? { from, to: from + parts[0][1].length, value: figure.value } : undefined;
}

/** The value of a template cell in the workbook's tables: the unit's own or the summary, never a unit in a summary. */
function tableFigures(snapshot: WorkbookSnapshot, mention: Mention) {
  const tables = snapshot.tables.filter(
    (t: LocatedTable) => t.templateId === mention.templateId && t.group?.role !== "unit",
  );
  return tables.flatMap((table) => {
    const address = tableCell(table, mention.rowId, mention.columnId);
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    if (!address || !sheet) return [];
    const { reading } = readCell(sheet.cells.get(address), "count");
    return reading.state === "value" ? [{ sheet: sheet.name, address, value: reading.value }] : [];
  });
}

const TEXTS = {
  vi: {
    what: (row: string, column: string) => `${row} — ${column}`,
    same: (what: string, value: number, at: string) =>
      `${what}: ${formatNumber(value)}, khớp với bảng (${at})`,
    differs: (what: string, text: number, table: number, at: string) =>
      `${what}: văn bản ghi ${formatNumber(text)}, bảng ghi ${formatNumber(table)} (${at})`,
    several: (what: string, places: string) =>
      `không đối chiếu được: ${what} có số khác nhau ở nhiều bảng (${places})`,
  },
  en: {
    what: (row: string, column: string) => `${row} — ${column}`,
    same: (what: string, value: number, at: string) =>
      `${what}: ${formatNumber(value)}, as in the table (${at})`,
    differs: (what: string, text: number, table: number, at: string) =>
      `${what}: the text says ${formatNumber(text)}, the table ${formatNumber(table)} (${at})`,
    several: (what: string, places: string) =>
      `not compared: ${what} differs between several tables (${places})`,
  },
};

/** Each figure the text gives for a table cell, against that cell. */
export function compareWithTables(
  view: string,
  masked: string,
  snapshot: WorkbookSnapshot,
  language: Language,
): TableJudged[] {
  const t = TEXTS[language];
  return mentionsOf(view, masked).flatMap((mention): TableJudged[] => {
    const figures = tableFigures(snapshot, mention);
    if (figures.length === 0) return [];
    const template = templateById(mention.templateId)!;
    const row = template.rows.find((r) => r.id === mention.rowId)!;
    const column = template.columns.find((c) => c.id === mention.columnId)!;
    const what = t.what(row.label[language], column.label[language]);
    const place = (f: { sheet: string; address: string }) => `${f.sheet}!${f.address}`;
    const { from, to } = mention;
    if (new Set(figures.map((f) => f.value)).size > 1)
      return [{ from, to, verdict: "unreadable", message: t.several(what, figures.map(place).join(", ")) }];
    const [figure] = figures;
    const cell = { sheet: figure.sheet, address: figure.address };
    return figure.value === mention.value
      ? [
          {
            from,
            to,
            cell,
            verdict: "consistent",
            stated: mention.value,
            computed: figure.value,
            message: t.same(what, figure.value, place(figure)),
          },
        ]
      : [
          {
            from,
            to,
            cell,
            verdict: "inconsistent",
            stated: mention.value,
            computed: figure.value,
            message: t.differs(what, mention.value, figure.value, place(figure)),
            suggested: formatNumber(figure.value),
          },
        ];
  });
}
