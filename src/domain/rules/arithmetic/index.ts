// The arithmetic a table states itself, checked by its own figures. For each expectation recognition read from its
// headings, labels and column numbers (recognise/arithmetic), the reading its figures support is kept, and only then
// are the lines where it fails reported, with the support shown ("đúng ở 14/15 dòng"). A reading its figures
// contradict on most lines is a doubt about the reading, reported as not concluded, never as errors.
import type { Language } from "../../i18n";
import type { Expectation, RecognisedTable, SheetSnapshot, WorkbookSnapshot } from "../../workbook";
import { leastCulprits } from "../pinpoint";
import type { Collector } from "../result";
import { type Evaluated, TableFigures, TableLines } from "./figures";
import { LineNames } from "./naming";
import { ArithmeticReport } from "./report";

interface Chosen {
  expectation: Expectation;
  evaluated: Evaluated;
  confirmed: boolean;
  /** Said by the table (words, numbers) rather than suggested by its figures. */
  declared: boolean;
  /** The only reading the table allows (not one chosen among alternatives). */
  unique: boolean;
  /** Its first reading ("the parts make up the whole"), when the figures settled on a weaker one. */
  first?: Evaluated;
}

/** What the template's rules compared already: relations (by their sheet-qualified cells) and cells. */
interface Compared {
  relation: (cells: string[]) => boolean;
  cells: Set<string>;
}

export function checkArithmetic(snapshot: WorkbookSnapshot, out: Collector, language: Language): void {
  const sheets = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  const tables = (snapshot.recognition?.tables ?? []).filter((table) => table.arithmetic);
  if (tables.length === 0) return;
  const compared = comparedByTemplate(out);
  for (const table of tables) {
    const sheet = sheets.get(table.sheet);
    if (sheet) new TableArithmetic(table, sheet, out, language, compared).check();
  }
}

function comparedByTemplate(out: Collector): Compared {
  // The relations the template's rules compared, by the least of their cells (in whatever order they name them).
  const byLeast = new Map<string, string[][]>();
  const cells = new Set<string>();
  for (const { tableId, cells: compared } of out.comparisons) {
    if (!tableId) continue;
    const same = byLeast.get(least(compared));
    if (same) same.push(compared);
    else byLeast.set(least(compared), [compared]);
    for (const cell of compared) cells.add(cell);
  }
  const relation = (keys: string[]) =>
    (byLeast.get(least(keys)) ?? []).some(
      (other) => other.length === keys.length && keys.every((k) => other.includes(k)),
    );
  return { relation, cells };
}

const least = (cells: string[]) => cells.reduce((a, b) => (b < a ? b : a));

/**
 * Whether a reading's figures support it: one the table declares needs as many lines where it holds as where it
 * fails; one its figures alone suggest, two lines where it holds for every line where it fails, and at least two.
 * Lines where every figure is 0 support nothing.
 */
function supported(evaluated: Evaluated, declared: boolean): boolean {
  const { holds, trivial } = evaluated;
  const fails = faults(evaluated);
  if (fails === 0) return holds + trivial > 0;
  if (declared) return holds >= fails && holds >= 1;
  return holds >= 2 && holds >= 2 * fails;
}

/** How many figures, at least, the failing lines need to be wrong (a running total's one figure breaks two lines). */
const faults = (evaluated: Evaluated) =>
  leastCulprits(
    evaluated.instances
      .filter((_, i) => evaluated.judged[i].state === "fails")
      .map((instance) => [instance.target, ...instance.operands]),
  );

class TableArithmetic {
  private readonly lines: TableLines;
  private readonly figures: TableFigures;
  private readonly report: ArithmeticReport;

  constructor(
    private readonly table: RecognisedTable,
    private readonly sheet: SheetSnapshot,
    out: Collector,
    language: Language,
    private readonly compared: Compared,
  ) {
    this.lines = new TableLines(table, sheet);
    this.figures = new TableFigures(this.lines);
    const names = new LineNames(this.lines, this.figures, language);
    this.report = new ArithmeticReport(this.lines, this.figures, names, out, language, compared.relation);
  }

  check(): void {
    const expectations = this.table.arithmetic!.expectations;
    const chosen = expectations.flatMap((expectation) =>
      expectation.search ? [] : (this.choose(expectation) ?? []),
    );
    chosen.push(...this.searches(expectations.filter((expectation) => expectation.search)));
    pool(chosen);
    // A declared relation with a single line to hold on, failing there, is reported when it is written out (a
    // formula in the heading) or when the table's other relations show that it was read right.
    const corroborated = chosen.some((c) => c.confirmed && c.evaluated.holds > 0);
    const reported = new Set<string>();
    for (const c of chosen) {
      const { axis, relation } = c.evaluated;
      const key = `${axis}|${relation.kind}|${relation.target}|${relation.operands}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const single = c.declared && c.unique && c.evaluated.holds === 0 && c.evaluated.fails === 1;
      const written = c.expectation.source === "numbers" || c.expectation.source === "heading";
      if (c.confirmed || (single && (written || corroborated))) this.report.confirmed(c.evaluated);
      else if (c.declared && !this.checkedByTemplate(c.expectation)) this.report.doubt(c.evaluated);
    }
    this.report.pitfalls();
  }

  // --- choosing a reading -----------------------------------------------------------------------------------------

  /** The first reading, tier by tier, that the figures support; else a doubt about the declared one. */
  private choose(expectation: Expectation): Chosen | undefined {
    let doubt: Chosen | undefined;
    let first: Evaluated | undefined;
    for (const tier of expectation.tiers) {
      const evaluated = tier.readings
        .map((relation) => this.figures.evaluate(expectation.axis, relation))
        .filter((e) => e.holds + e.fails + e.trivial > 0);
      const best = bestOf(evaluated);
      if (!best) continue;
      first ??= best;
      const chosen = {
        expectation,
        evaluated: best,
        declared: tier.declared,
        unique: tier.readings.length === 1,
        first,
      };
      if (supported(best, tier.declared)) return { ...chosen, confirmed: true };
      if (tier.declared) doubt ??= { ...chosen, confirmed: false };
    }
    return (
      doubt ??
      (first && { expectation, evaluated: first, confirmed: false, declared: false, unique: false, first })
    );
  }

  /**
   * Which two lines a rate divides (or a remainder or difference subtracts): those whose figures reproduce it. A
   * rate that two pairs of lines reproduce equally is read with the whole the table's other rates divide by, so
   * those whose pair is plain are read first.
   */
  private searches(expectations: Expectation[]): Chosen[] {
    const found: Chosen[] = [];
    let pending = expectations;
    for (const last of [false, true]) {
      const wholes = new Set(
        found.filter((c) => c.evaluated.relation.kind === "rate").map((c) => wholeOf(c.evaluated)),
      );
      const left: Expectation[] = [];
      for (const expectation of pending) {
        const chosen = this.search(expectation, wholes, last);
        if (chosen) found.push(chosen);
        else left.push(expectation);
      }
      pending = left;
    }
    return found;
  }

  private search(expectation: Expectation, wholes: Set<string>, last: boolean): Chosen | undefined {
    const { axis, target, search } = expectation;
    const lines = this.lines.lines(axis);
    const all = [...lines.values()]
      .filter((line) => !line.rate && line.index !== target)
      .map((line) => line.index);
    const scales =
      search!.kind === "rate" && lines.get(target)?.points === undefined ? [false, true] : [undefined];
    let best: Evaluated | undefined;
    for (const among of [search!.among, all]) {
      const candidates = this.candidates(expectation, among, scales);
      // Among pairs that read it equally well, a part of its own whole ("– Không có thông tin" of the line above
      // it), else one dividing by a whole the table's other rates use.
      let pool = candidates.filter((e) => e.holds + e.fails > 0);
      for (const preferred of [
        (e: Evaluated) => this.isPartOf(e),
        (e: Evaluated) => wholes.has(wholeOf(e)),
      ]) {
        const narrower = pool.filter(preferred);
        if (narrower.length && bestOf(narrower)!.holds === bestOf(pool)!.holds) pool = narrower;
      }
      best = bestOf(pool);
      if (best && (supported(best, false) || precisely(best, pool)) && !ambiguous(best, pool))
        return { expectation, evaluated: best, confirmed: true, declared: false, unique: false };
      if (among.length === all.length) break;
    }
    if (last && !this.checkedByTemplate(expectation)) this.report.unexplained(expectation, best);
    return undefined;
  }

  /**
   * The pairs of lines a search weighs, each judged on every line. A rate's pairs are judged in order of how many
   * lines they come within a point of it, a bound on how many they can hold on: pairs that cannot hold on as many
   * lines as a pair already judged are left out (most of them, in a table of many lines).
   */
  private candidates(
    expectation: Expectation,
    among: number[],
    scales: (boolean | undefined)[],
  ): Evaluated[] {
    const { axis, target, search } = expectation;
    const points = (scale: boolean | undefined) => scale ?? this.lines.lines(axis).get(target)?.points;
    const options = pairs(among).flatMap(([a, b]) =>
      scales.map((scale) => ({
        relation: { kind: search!.kind, target, operands: [a, b] },
        points: points(scale),
        bound: search!.kind === "rate" ? this.figures.nearRate(axis, target, a, b, points(scale)) : Infinity,
      })),
    );
    options.sort((x, y) => y.bound - x.bound);
    const judged: Evaluated[] = [];
    let most = 0;
    for (const option of options) {
      if (option.bound === 0 || option.bound < most) break;
      const evaluated = this.figures.evaluate(axis, option.relation, option.points);
      judged.push(evaluated);
      most = Math.max(most, evaluated.holds);
    }
    return judged;
  }

  /** A rate's part is one the table shows as a part of its whole (a row under it, a column under its "Trong đó"). */
  private isPartOf({ axis, relation }: Evaluated): boolean {
    const [part, whole] = relation.operands;
    return this.table.arithmetic!.expectations.some(
      (e) =>
        e.axis === axis &&
        e.target === whole &&
        e.tiers.some((tier) => tier.readings.some((reading) => reading.operands.includes(part))),
    );
  }

  /** Every figure of the line was compared by the template's rules: a reading of its own adds no doubt. */
  private checkedByTemplate({ axis, target }: Expectation): boolean {
    return [...this.lines.crossLines(axis).keys()].every((other) => {
      const address = this.lines.at(axis, target, other);
      const value = this.sheet.cells.get(address)?.value;
      const blank = value === undefined || value === null || value === "";
      return blank || this.compared.cells.has(`${this.table.sheet}!${address}`);
    });
  }
}

/**
 * Wholes over their parts in one table follow one convention: when the parts make up the whole in the table as a
 * whole, they do for a whole whose own few lines cannot tell (one of its two lines fails), unless its figures
 * contradict it. A line that fails because of a figure another relation already shows wrong counts for nothing.
 */
function pool(chosen: Chosen[]): void {
  // The figures a failure of another relation narrows down to (a "lũy kế ≥ kỳ này" of two cells, not a total of
  // twelve rows).
  const faulty = new Set(
    chosen
      .filter((c) => c.confirmed && c.expectation.source !== "parts")
      .flatMap(({ evaluated }) =>
        evaluated.instances.flatMap((instance, i) =>
          evaluated.judged[i].state === "fails" && instance.operands.length <= 2
            ? [instance.target, ...instance.operands]
            : [],
        ),
      ),
  );
  const unexplainedFails = (e: Evaluated) =>
    e.instances.filter(
      (instance, i) =>
        e.judged[i].state === "fails" && ![instance.target, ...instance.operands].some((c) => faulty.has(c)),
    ).length;
  for (const axis of ["across", "down"] as const) {
    const wholes = chosen.filter(
      (c) => c.first && c.evaluated.axis === axis && c.expectation.source === "parts",
    );
    const holds = wholes.reduce((n, c) => n + c.first!.holds, 0);
    const fails = wholes.reduce((n, c) => n + unexplainedFails(c.first!), 0);
    if (!(holds >= 2 && holds >= 2 * fails)) continue;
    for (const c of wholes)
      if (c.evaluated !== c.first && c.first!.holds >= unexplainedFails(c.first!))
        Object.assign(c, { evaluated: c.first!, confirmed: true });
  }
}

/** The reading that holds on most lines; on a tie, the one that fails on fewer, else the first. */
function bestOf(evaluated: Evaluated[]): Evaluated | undefined {
  let best: Evaluated | undefined;
  for (const e of evaluated)
    if (!best || e.holds > best.holds || (e.holds === best.holds && e.fails < best.fails)) best = e;
  return best;
}

/**
 * A rate that only one pair of lines reproduces, to two decimals, on as many lines as it fails: found by its
 * figures beyond coincidence even in a table of two lines.
 */
function precisely(best: Evaluated, candidates: Evaluated[]): boolean {
  return (
    best.precise > 0 &&
    best.holds >= best.fails &&
    !candidates.some((e) => e !== best && e.holds >= best.holds)
  );
}

/** Another pair reproduces the rate as well but fails elsewhere: which one the table means is not known. */
function ambiguous(best: Evaluated, candidates: Evaluated[]): boolean {
  const failing = (e: Evaluated) => e.judged.map((j) => j.state === "fails").join();
  return candidates.some(
    (e) => e !== best && e.holds === best.holds && e.fails === best.fails && failing(e) !== failing(best),
  );
}

const wholeOf = (e: Evaluated) => `${e.axis}${e.relation.operands[1]}`;

function pairs(lines: number[]): [number, number][] {
  return lines.flatMap((a) => lines.filter((b) => b !== a).map((b): [number, number] => [a, b]));
}
