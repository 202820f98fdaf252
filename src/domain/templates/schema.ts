import * as z from "zod/mini";
import { RuleSchema } from "../rules/schema";

const Id = z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, "ids are snake_case ASCII"));
export const LabelSchema = z.object({
  vi: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
const SheetName = z
  .string()
  .check(z.minLength(1), z.maxLength(25), z.regex(/^[^[\]:*?/\\']+$/, "not usable as a sheet name"));
export type Label = z.infer<typeof LabelSchema>;

/** What a cell holds. `count`s are whole numbers ≥ 0; `percent`s are stored as fractions with a % format. */
export const CellKindSchema = z.enum(["count", "amount", "percent", "text", "ratio", "date"]);
export type CellKind = z.infer<typeof CellKindSchema>;

/**
 * A computed cell, declared rather than written as a formula. On a column it combines columns of the same row;
 * on a row, rows of the same column. "*" in `of` means every data row (a total row).
 */
export const FormulaSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("rate"), part: Id, whole: Id }),
  z.object({ op: z.literal("sum"), of: z.array(z.union([Id, z.literal("*")])).check(z.minLength(1)) }),
  z.object({ op: z.literal("difference"), from: Id, minus: z.array(Id).check(z.minLength(1)) }),
]);
export type Formula = z.infer<typeof FormulaSchema>;

/**
 * How officials write a column heading or a row label in their own tables, besides the label (matched without
 * case, diacritics, spacing or punctuation, anywhere in the heading).
 */
function wordings() {
  return {
    aliases: z.optional(z.array(z.string().check(z.minLength(1)))),
    /** Broad words ("Tổng số", "Số lượng") that name it only when no other column's or row's wording is there. */
    broadAliases: z.optional(z.array(z.string().check(z.minLength(1)))),
  };
}

export const ColumnSchema = z.object({
  id: Id,
  label: LabelSchema,
  /** Unset for value columns of a record table, where each row says what it holds. */
  kind: z.optional(CellKindSchema),
  formula: z.optional(FormulaSchema),
  /** Cumulative (lũy kế) figures carry over between reports; flows are counted within the period. */
  flow: z.optional(z.enum(["flow", "stock"])),
  /** Width in characters. */
  width: z.optional(z.number().check(z.positive())),
  ...wordings(),
});
export type Column = z.infer<typeof ColumnSchema>;

export const RowSchema = z.object({
  id: Id,
  label: LabelSchema,
  kind: z.optional(CellKindSchema),
  formula: z.optional(FormulaSchema),
  /** The columns this row has (others are greyed out); all when unset. */
  columns: z.optional(z.array(Id)),
  /** The table's total row: excluded from "*" and from cross-unit sums of data rows. */
  total: z.optional(z.boolean()),
  /** Visual nesting of "trong đó" rows. */
  indent: z.optional(z.int().check(z.minimum(0), z.maximum(3))),
  /** The catalog entry the row stands for (a service id, a cleaning item id, …). */
  catalogId: z.optional(z.string()),
  ...wordings(),
});
export type Row = z.infer<typeof RowSchema>;

export const TemplateSchema = z
  .object({
    id: Id,
    version: z.int().check(z.positive()),
    title: LabelSchema,
    /** A sheet name for the table: at most 31 characters, none of Excel's forbidden ones. */
    shortTitle: z.object({ vi: SheetName, en: SheetName }),
    /** What the rows are ("Dịch vụ công", "Chỉ tiêu"): the heading of the label column. */
    rowHeading: LabelSchema,
    unit: z.string(),
    columns: z.array(ColumnSchema).check(z.minLength(1)),
    rows: z.array(RowSchema).check(z.minLength(1)),
    /** A text column whose "Không thuộc thẩm quyền" excludes its row from checks and totals. */
    notApplicableColumn: z.optional(Id),
    rules: z.array(RuleSchema),
  })
  .check(
    z.superRefine((template, ctx) => {
      for (const problem of referenceProblems(template)) ctx.addIssue({ code: "custom", message: problem });
    }),
  );
export type Template = z.infer<typeof TemplateSchema>;

const IsoDate = z.iso.date();

/**
 * The header block every table carries: who reports, at which level, for which period, and the cut-off of its
 * cumulative figures. Dates are ISO; the period must not run backwards.
 */
export const TableHeaderSchema = z
  .object({
    unit: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    level: z.optional(z.enum(["xa", "huyen", "tinh"])),
    from: z.optional(IsoDate),
    to: z.optional(IsoDate),
    cutoff: z.optional(IsoDate),
    reportDate: z.optional(IsoDate),
  })
  .check(
    z.refine((h) => !h.from || !h.to || h.from <= h.to, {
      message: "the period ends before it starts",
      path: ["to"],
    }),
  );
export type TemplateInput = z.input<typeof TemplateSchema>;

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Every id that a formula, a row or a rule names must exist; ids must be unique. */
function referenceProblems(template: z.infer<typeof TemplateSchema>): string[] {
  const columns = new Set(template.columns.map((c) => c.id));
  const rows = new Set(template.rows.map((r) => r.id));
  const problems = [
    ...duplicates(template.columns.map((c) => c.id)).map((id) => `duplicate column "${id}"`),
    ...duplicates(template.rows.map((r) => r.id)).map((id) => `duplicate row "${id}"`),
    ...duplicates(template.rules.map((r) => r.id)).map((id) => `duplicate rule "${id}"`),
  ];
  const check = (ids: string[], known: Set<string>, where: string) => {
    for (const id of ids) if (id !== "*" && !known.has(id)) problems.push(`${where}: unknown id "${id}"`);
  };
  for (const column of template.columns)
    if (column.formula) check(formulaRefs(column.formula), columns, `column ${column.id}`);
  for (const row of template.rows) {
    if (row.formula) check(formulaRefs(row.formula), rows, `row ${row.id}`);
    check(row.columns ?? [], columns, `row ${row.id}`);
  }
  if (template.notApplicableColumn) check([template.notApplicableColumn], columns, "notApplicableColumn");
  for (const rule of template.rules) {
    const along = rule.for === "each-row" ? columns : rows;
    const across = rule.for === "each-row" ? rows : columns;
    check(ruleRefs(rule), along, `rule ${rule.id}`);
    check(rule.only ?? [], across, `rule ${rule.id} (only)`);
  }
  return problems;
}

export function formulaRefs(formula: Formula): string[] {
  switch (formula.op) {
    case "rate":
      return [formula.part, formula.whole];
    case "sum":
      return formula.of;
    case "difference":
      return [formula.from, ...formula.minus];
  }
}

export function ruleRefs(rule: z.infer<typeof RuleSchema>): string[] {
  switch (rule.kind) {
    case "sum":
    case "less-or-equal":
      return [...rule.left, ...rule.right];
    case "ratio":
      return [rule.rate, rule.part, rule.whole];
    case "pair":
      return rule.refs;
  }
}
