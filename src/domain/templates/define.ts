// Short-hands for declaring templates: every template still goes through TemplateSchema.
import { metric } from "../catalog";
import type { SectionId } from "../catalog";
import type { RuleInput, Severity } from "../rules/schema";
import { type Label, type TemplateInput, type Template, TemplateSchema } from "./schema";

type RowInput = TemplateInput["rows"][number];
type ColumnInput = TemplateInput["columns"][number];
type Scope = { for: "each-row" | "each-column"; only?: string[] };
type RuleOptions = Partial<Pick<RuleInput, "missing" | "tolerance" | "message" | "instruction">>;

export function defineTemplate(input: TemplateInput): Template {
  return TemplateSchema.parse(input);
}

export function label(vi: string, en: string): Label {
  return { vi, en };
}

/** Rows for the metrics of a report section, in the catalog's wording; `extra` adds formulas, indents, columns. */
export function metricRows(
  section: SectionId,
  ids: string[],
  extra: Record<string, Partial<RowInput>> = {},
): RowInput[] {
  return ids.map((id) => {
    const m = metric(section, id);
    const aliases = m.aliases ? { aliases: m.aliases } : {};
    return { id, label: label(m.label, m.labelEn), kind: m.kind, ...aliases, ...extra[id] };
  });
}

export const noteColumn: ColumnInput = {
  id: "ghi_chu",
  label: label("Ghi chú", "Notes"),
  kind: "text",
  width: 24,
  aliases: ["Lý do", "Nguyên nhân"],
};
export const valueColumn: ColumnInput = {
  id: "so_lieu",
  label: label("Số liệu", "Figure"),
  width: 14,
  broadAliases: ["Số lượng", "Kết quả", "Kết quả thực hiện", "Tổng số", "Số", "Thực hiện"],
};

/** The rule builders take the scope first: `eachRow` operands are column ids, `eachColumn` operands are row ids. */
export const eachRow = (only?: string[]): Scope => ({ for: "each-row", ...(only ? { only } : {}) });
export const eachColumn = (only?: string[]): Scope => ({ for: "each-column", ...(only ? { only } : {}) });

export function sumRule(
  id: string,
  severity: Severity,
  scope: Scope,
  left: string[],
  right: string[],
  options: RuleOptions = {},
): RuleInput {
  return { id, kind: "sum", severity, ...scope, left, right, ...options };
}

export function lessOrEqualRule(
  id: string,
  severity: Severity,
  scope: Scope,
  left: string[],
  right: string[],
  options: RuleOptions = {},
): RuleInput {
  return { id, kind: "less-or-equal", severity, ...scope, left, right, ...options };
}

export function ratioRule(
  id: string,
  scope: Scope,
  rate: string,
  part: string,
  whole: string,
  share: boolean,
  options: RuleOptions = {},
): RuleInput {
  return { id, kind: "ratio", severity: "error", ...scope, rate, part, whole, share, ...options };
}

/** Both figures or neither ("x/y" pairs such as groups set up out of units). */
export function pairRule(id: string, severity: Severity, scope: Scope, a: string, b: string): RuleInput {
  return { id, kind: "pair", severity, ...scope, refs: [a, b] };
}
