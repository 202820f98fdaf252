// The rows or columns a table rule runs over, and the cells of its operands in a grid.
import type { Language } from "../i18n";
import { cellKind } from "../templates/layout";
import { type Label, ruleRefs, type Template } from "../templates/schema";
import { cellsOf, type Entry, type Grid } from "./cells";
import { isNumericKind } from "./read";
import type { Rule } from "./schema";

/** A row (each-row rules) or column (each-column rules) a rule runs over, compiled once per template. */
export interface ScopeItem {
  id: string;
  label: Label;
  total: boolean;
  /** Grid positions of each operand ref; "*" lists every data row. */
  positions: Map<string, [number, number][]>;
}

const compiledRules = new WeakMap<Template, Map<Rule, ScopeItem[]>>();

/** The rows (each-row) or columns (each-column) a rule runs over, with where its operands are. */
export function scopeItems(template: Template, rule: Rule): ScopeItem[] {
  let byRule = compiledRules.get(template);
  if (!byRule) compiledRules.set(template, (byRule = new Map()));
  let items = byRule.get(rule);
  if (items) return items;
  const { rowIndex, columnIndex } = cellsOf(template);
  const refs = [...new Set(ruleRefs(rule))];
  const dataRows = template.rows.map((r, i) => [r, i] as const).filter(([r]) => !r.total);
  if (rule.for === "each-row") {
    items = template.rows
      .filter((row) => !rule.only || rule.only.includes(row.id))
      .map((row) => {
        const r = rowIndex.get(row.id)!;
        return {
          id: row.id,
          label: row.label,
          total: Boolean(row.total),
          positions: new Map(refs.map((ref) => [ref, [[r, columnIndex.get(ref)!]]])),
        };
      });
  } else {
    const numericColumns = template.columns.filter((c) =>
      template.rows.some((r) => isNumericKind(cellKind(c, r))),
    );
    items = template.columns
      .filter((column) => !rule.only || rule.only.includes(column.id))
      .map((column) => {
        const c = columnIndex.get(column.id)!;
        const positions = new Map(
          refs.map((ref) => [
            ref,
            ref === "*"
              ? dataRows.map(([, r]) => [r, c] as [number, number])
              : [[rowIndex.get(ref)!, c] as [number, number]],
          ]),
        );
        return {
          id: column.id,
          label: numericColumns.length > 1 ? column.label : template.title,
          total: false,
          positions,
        };
      });
  }
  byRule.set(rule, items);
  return items;
}

/**
 * The cells of one operand ref. Undefined when the table lacks one of them, so that the rule does not apply
 * there; rows marked "Không thuộc thẩm quyền" drop out of "*".
 */
export function operand(grid: Grid, item: ScopeItem, ref: string): Entry[] | undefined {
  const entries: Entry[] = [];
  if (ref === "*") {
    // Every row: not when rows with figures went unmapped, nor in a table that holds none of its data rows.
    if (grid.table.recognised?.partial) return undefined;
    let located = false;
    for (const [r, c] of item.positions.get(ref)!) {
      const entry = grid.entries[r][c];
      located ||= entry !== undefined;
      if (entry && !grid.notApplicable.has(entry.row.id)) entries.push(entry);
    }
    return located ? entries : undefined;
  }
  for (const [r, c] of item.positions.get(ref)!) {
    const entry = grid.entries[r][c];
    if (!entry) return undefined;
    entries.push(entry);
  }
  return entries;
}

export const hasValue = (e: Entry) => e.reading.state === "value";
export const valueOf = (e: Entry) => (e.reading.state === "value" ? e.reading.value : 0);

/**
 * How a message names what it is about: the row (or column); in a table of units, the unit it concerns ("Xã Cẩm
 * Vịnh", "Xã Cẩm Vịnh – Lũy kế").
 */
export function scopeLabel(grid: Grid, item: ScopeItem, language: Language): string {
  const unit = grid.table.group ? grid.table.header.unit : undefined;
  if (!unit) return item.label[language];
  const totalRow = grid.template.rows.find((row) => row.total);
  return item.id === totalRow?.id ? unit : `${unit} – ${item.label[language]}`;
}

/** The cells of several refs, or undefined when the table lacks one. */
export function operands(grid: Grid, item: ScopeItem, refs: string[]): Entry[] | undefined {
  const entries: Entry[] = [];
  for (const ref of refs) {
    const found = operand(grid, item, ref);
    if (!found) return undefined;
    for (const entry of found) entries.push(entry);
  }
  return entries;
}

/**
 * A check in words, for the messages that say it could not run: "Tổng số hồ sơ = Tiếp nhận trực tiếp + Tiếp nhận
 * trực tuyến", never a rule's id.
 */
export function describeCheck(
  rule: Extract<Rule, { kind: "sum" | "less-or-equal" | "ratio" }>,
  grid: Grid,
  language: Language,
): string {
  const labelOf = labeller(grid, rule.for, language);
  // Sub-rows are labelled with their bullet ("– Đã xử lý"): a formula reads better without it.
  const named = (ref: string) =>
    ref === "*"
      ? language === "vi"
        ? "các thành phần"
        : "the parts"
      : labelOf(ref).replace(/^[+\-–•]\s*/, "");
  if (rule.kind === "ratio") return `“${named(rule.rate)} = ${named(rule.part)}/${named(rule.whole)}”`;
  const side = (refs: string[]) => refs.map(named).join(" + ");
  return `“${side(rule.left)} ${rule.kind === "sum" ? "=" : "≤"} ${side(rule.right)}”`;
}

/** The relations the global rules compare, in words, for the same messages. */
const GLOBAL_CHECKS: Record<string, Record<Language, string>> = {
  "tong_hop.bang_tong_don_vi": {
    vi: "“bảng tổng hợp = tổng các đơn vị”",
    en: "“summary = sum of its units”",
  },
  "luy_ke.khong_giam": {
    vi: "“lũy kế không nhỏ hơn lũy kế kỳ trước”",
    en: "“cumulative figures not below the previous report's”",
  },
  "luy_ke.cong_don": {
    vi: "“lũy kế = lũy kế kỳ trước + kỳ này”",
    en: "“cumulative = previous cumulative + this period”",
  },
};

export function describeGlobalCheck(ruleId: string, language: Language): string {
  return GLOBAL_CHECKS[ruleId]?.[language] ?? `“${ruleId}”`;
}

export function labeller(grid: Grid, scope: Rule["for"], language: Language): (ref: string) => string {
  const items: { id: string; label: { vi: string; en: string } }[] =
    scope === "each-row" ? grid.template.columns : grid.template.rows;
  return (ref) => items.find((i) => i.id === ref)?.label[language] ?? ref;
}
