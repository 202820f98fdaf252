// Whether the figures of an official's table support how BC06 mapped it onto a template. A template rule that fails
// at most of the places it applies says the table was misread (two columns read as one, a total left unmapped), not
// that the official erred there many times: its findings are taken back and the rule is reported as not concluded.
// When the template's relations fail more often than they hold, the whole mapping is set aside and the table is
// checked by its own arithmetic alone, which the note says.
import type { Language } from "../i18n";
import { templateById } from "../templates/registry";
import type { RecognisedTable, WorkbookSnapshot } from "../workbook";
import { globalRule } from "./catalog";
import { cellKey, cellOfKey } from "./faults";
import { leastCulprits } from "./pinpoint";
import type { Collector, Comparison } from "./result";

/**
 * A rule's reading is in doubt from two failures on, when they outnumber the places where it holds, among at least
 * three; a whole mapping is set aside from three, among at least five. Fewer figures than that cannot weigh a
 * reading (a table of zeros but for one slip): the template's words stand.
 */
const IN_DOUBT = { failures: 2, among: 3 };
const REJECTED = { failures: 3, among: 5 };

const outweighs = (t: { holds: number; fails: number }, least: { failures: number; among: number }) =>
  t.fails >= least.failures && t.fails > t.holds && t.fails + t.holds >= least.among;

interface Tally {
  holds: number;
  fails: number;
  cells: string[];
  /** The failures' cells, each failure's: how many mistakes they need is what weighs against the reading. */
  failures: string[][];
}

/**
 * The recognised tables whose mapping their figures reject. `describe` says a template rule in words ("Tổng số hồ
 * sơ = Tiếp nhận trực tiếp + Tiếp nhận trực tuyến").
 */
export function weighReadings(
  snapshot: WorkbookSnapshot,
  out: Collector,
  language: Language,
  describe: (tableId: string, ruleId: string) => string,
): Set<string> {
  const rejected = new Set<string>();
  for (const table of snapshot.recognition?.tables ?? []) {
    if (!table.templateId) continue;
    const template = (c: Comparison) => c.tableId === table.id && !c.ruleId.startsWith("so_hoc.");
    // A failure a cell's own problem explains (a count typed as text that a SUM leaves out) says nothing of the
    // reading.
    const flagged = new Set(
      out.issues
        .filter((i) => i.tableId === table.id && i.ruleId.startsWith("o."))
        .flatMap((i) => i.cells.map(cellKey)),
    );
    const explained = (c: Comparison) => c.issue !== undefined && c.cells.some((cell) => flagged.has(cell));
    const byRule = tally(out.comparisons.filter((c) => template(c) && !explained(c)));
    // One mistyped figure breaks every relation it is in: failures count by the figures they need to be wrong.
    const all = {
      holds: [...byRule.values()].reduce((n, t) => n + t.holds, 0),
      fails: leastCulprits([...byRule.values()].flatMap((t) => t.failures)),
    };
    if (outweighs(all, REJECTED)) {
      out.discard(template);
      reject(table, all, out, language);
      rejected.add(table.id);
      continue;
    }
    for (const [ruleId, rule] of byRule) {
      if (!outweighs(rule, IN_DOUBT)) continue;
      out.discard((c) => template(c) && c.ruleId === ruleId);
      doubt(table, describe(table.id, ruleId), rule, out, language);
    }
  }
  return rejected;
}

/**
 * A template's relation that fails where the table's own arithmetic, confirmed by its figures, holds on the same
 * result: a sum of more parts (a postal channel beside trực tiếp and trực tuyến), or a rate of another pair of
 * lines. The table adds what the template does not have, or the template misread which lines are which: its
 * finding is taken back, and the table's own relation stands checked.
 */
export function yieldToOwnArithmetic(out: Collector): void {
  const held = out.comparisons.filter((c) => c.ruleId.startsWith("so_hoc.") && !c.issue && c.vouches);
  const byResult = new Map<string, Comparison[]>();
  for (const c of held) byResult.set(c.vouches!, [...(byResult.get(c.vouches!) ?? []), c]);
  const rate = (c: Comparison) => c.ruleId === "so_hoc.ty_le" || c.outcome === "ratio";
  const sum = (c: Comparison) => c.ruleId === "so_hoc.tong" || c.outcome === "sum";
  const moreParts = (own: Comparison, c: Comparison) =>
    own.cells.length > c.cells.length && c.cells.every((cell) => own.cells.includes(cell));
  out.discard(
    (c) =>
      c.issue !== undefined &&
      !c.ruleId.startsWith("so_hoc.") &&
      (byResult.get(c.cells[0]) ?? []).some(
        (own) => (sum(c) && sum(own) && moreParts(own, c)) || (rate(c) && rate(own)),
      ),
  );
}

function tally(comparisons: Comparison[]): Map<string, Tally> {
  const byRule = new Map<string, Tally>();
  for (const comparison of comparisons) {
    const rule = byRule.get(comparison.ruleId) ?? { holds: 0, fails: 0, cells: [], failures: [] };
    if (comparison.issue) {
      rule.failures.push(comparison.cells);
      rule.cells.push(...comparison.cells);
    } else if (!comparison.trivial) rule.holds++;
    byRule.set(comparison.ruleId, rule);
  }
  for (const rule of byRule.values()) rule.fails = leastCulprits(rule.failures);
  return byRule;
}

function doubt(table: RecognisedTable, check: string, rule: Tally, out: Collector, language: Language): void {
  const vi = language === "vi";
  out.cannot(
    globalRule("arithmetic", "doubt").id,
    { templateId: table.templateId!, sheet: table.sheet, tableId: table.id },
    [...new Set(rule.cells)].map(cellOfKey),
    [],
    {
      scope: `${vi ? "Bảng" : "Table"} ${table.sheet}!${table.range}`,
      check,
      fails: String(rule.fails),
      instances: String(rule.fails + rule.holds),
    },
    "arithmetic.rule-doubt",
  );
}

function reject(
  table: RecognisedTable,
  all: { holds: number; fails: number },
  out: Collector,
  language: Language,
): void {
  const template = templateById(table.templateId!);
  out.cannot(
    globalRule("arithmetic", "doubt").id,
    { templateId: table.templateId!, sheet: table.sheet, tableId: table.id },
    [{ sheet: table.sheet, address: table.range.split(":")[0] }],
    [],
    {
      range: `${table.sheet}!${table.range}`,
      table: template?.shortTitle[language] ?? table.templateId!,
      fails: String(all.fails),
      holds: String(all.holds),
    },
    "arithmetic.reading-rejected",
  );
}
