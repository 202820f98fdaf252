import * as z from "zod/mini";

const Id = z.string().check(z.regex(/^[a-z][a-z0-9_.-]*$/));
const Ref = z.union([z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)), z.literal("*")]);
const Text = z.object({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** What a rule does when an operand has no figure: NA by default ("không kiểm tra được"), never a silent pass. */
export const MissingSchema = z.enum(["skip-if-any", "skip-if-all", "zero"]);

const common = {
  id: Id,
  severity: SeveritySchema,
  /** Message template with {placeholders} (see rules/messages.ts); the kind's default when unset. */
  message: z.optional(Text),
  /** What the user should do; the kind's default when unset. */
  instruction: z.optional(Text),
  missing: z._default(MissingSchema, "skip-if-any"),
  /** Largest difference still accepted, in the operands' own unit. */
  tolerance: z._default(z.number().check(z.nonnegative()), 0),
};

/**
 * A table rule is written once and applies to every row ("each-row": its operands are column ids) or every
 * column ("each-column": operands are row ids); `only` restricts which rows or columns.
 */
const tableScope = {
  for: z.enum(["each-row", "each-column"]),
  only: z.optional(z.array(z.string())),
};

export const RuleSchema = z.discriminatedUnion("kind", [
  /** Σleft = Σright ("tổng = trực tiếp + trực tuyến"). */
  z.object({
    ...common,
    ...tableScope,
    kind: z.literal("sum"),
    left: z.array(Ref).check(z.minLength(1)),
    right: z.array(Ref).check(z.minLength(1)),
  }),
  /** Σleft ≤ Σright ("trực tuyến ≤ tổng"). */
  z.object({
    ...common,
    ...tableScope,
    kind: z.literal("less-or-equal"),
    left: z.array(Ref).check(z.minLength(1)),
    right: z.array(Ref).check(z.minLength(1)),
  }),
  /**
   * The percent cell `rate` equals part/whole, rounded or truncated at its stated decimals. A `share` of a whole
   * cannot pass 100%; an achievement against a target may (information only).
   */
  z.object({
    ...common,
    ...tableScope,
    kind: z.literal("ratio"),
    rate: Ref,
    part: Ref,
    whole: Ref,
    share: z.boolean(),
  }),
  /** Both cells filled or neither. */
  z.object({ ...common, ...tableScope, kind: z.literal("pair"), refs: z.tuple([Ref, Ref]) }),
]);
export type Rule = z.infer<typeof RuleSchema>;
export type RuleInput = z.input<typeof RuleSchema>;

/** Checks of single cells, applied to every cell of every table by its kind. */
export const CellCheckSchema = z.enum([
  "excel-error",
  "text-number",
  "not-a-number",
  "status-word",
  "thousands-separator",
  "not-whole",
  "negative",
  "date-format",
  "formula-overwritten",
  "not-applicable-has-figures",
]);
export type CellCheck = z.infer<typeof CellCheckSchema>;

/** Rules that look at one cell, or across tables and periods, declared as data like the table rules. */
export const GlobalRuleSchema = z.discriminatedUnion("kind", [
  z.object({ ...common, kind: z.literal("cell"), check: CellCheckSchema }),
  /** A summary table equals the sum of its unit tables, cell by cell, matched by row and column id. */
  z.object({ ...common, kind: z.literal("cross-table-sum") }),
  /** Which units a summary adds: each once, each of the summary's period and cut-off, none missing. */
  z.object({
    ...common,
    kind: z.literal("summary-units"),
    check: z.enum(["duplicate", "identical", "period", "cutoff", "missing", "own-figures"]),
  }),
  /**
   * What recognition could not read: an area that looks like a report table but matches no template
   * (`unrecognised`), lines of a recognised table that were not mapped and so not checked (`skipped`).
   */
  z.object({ ...common, kind: z.literal("recognition"), check: z.enum(["unrecognised", "skipped"]) }),
  /**
   * The arithmetic a table states itself (its headings, labels, column numbers) and its figures confirm: a total,
   * parts not above their whole, a cumulative figure not below the period's, a difference, a rate, a total's formula;
   * `doubt`: a relation the figures contradict on most lines, or a reading of the table they reject (not concluded).
   */
  z.object({
    ...common,
    kind: z.literal("arithmetic"),
    check: z.enum(["sum", "at-most", "not-below", "difference", "rate", "formula", "doubt"]),
  }),
  /**
   * Against the previous report: `not-lower` (lũy kế now ≥ before), `carries-over` (now = before + this period,
   * when the periods are consecutive), `large-jump` (a rate moving more than the threshold, for information).
   */
  z.object({
    ...common,
    kind: z.literal("cumulative"),
    check: z.enum(["not-lower", "carries-over", "not-comparable", "large-jump"]),
  }),
]);
export type GlobalRule = z.infer<typeof GlobalRuleSchema>;
