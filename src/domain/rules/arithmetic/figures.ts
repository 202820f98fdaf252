// A table's lines and the figures on them: each reading of a relation judged on every line it applies to.
import { countValueProblem } from "../../numbers/pitfall";
import { checkStatedRate } from "../../numbers/rate";
import {
  a1,
  type ArithmeticLine,
  type Expectation,
  type LineRelation,
  type RecognisedTable,
  type SheetSnapshot,
} from "../../workbook";
import { exactOf, readCell, type Reading, statedDecimals } from "../read";

export type Axis = Expectation["axis"];
type State = "holds" | "trivial" | "fails" | "absent" | "unusable";

export interface Instance {
  /** The row (a relation across) or column (down) it is held on. */
  cross: number;
  target: string;
  operands: string[];
}

export interface Judged {
  state: State;
  left: number;
  right: number;
  /** A rate stated to two decimals or more, neither 0 nor 100: reproducing it is no coincidence. */
  precise?: boolean;
  /** A rate that fails: its stated, part and whole readings, to show it. */
  rate?: [Reading, Reading, Reading];
}

/** A reading of an expectation, judged on every line it applies to. */
export interface Evaluated {
  axis: Axis;
  relation: LineRelation;
  points?: boolean;
  instances: Instance[];
  judged: Judged[];
  holds: number;
  fails: number;
  trivial: number;
  /** Lines where a precise rate holds. */
  precise: number;
}

/** A recognised table with its lines by index: columns (across) and rows (down). */
export class TableLines {
  readonly across: Map<number, ArithmeticLine>;
  readonly down: Map<number, ArithmeticLine>;

  constructor(
    readonly table: RecognisedTable,
    readonly sheet: SheetSnapshot,
  ) {
    this.across = new Map(table.arithmetic!.across.map((line) => [line.index, line]));
    this.down = new Map(table.arithmetic!.down.map((line) => [line.index, line]));
  }

  /** The lines a relation on this axis relates. */
  lines(axis: Axis): Map<number, ArithmeticLine> {
    return axis === "across" ? this.across : this.down;
  }

  /** The lines it is held on: rows for a relation across, columns for one down. */
  crossLines(axis: Axis): Map<number, ArithmeticLine> {
    return axis === "across" ? this.down : this.across;
  }

  /** The cell where a line of the axis meets a cross line. */
  at(axis: Axis, line: number, cross: number): string {
    return axis === "across" ? a1(cross, line) : a1(line, cross);
  }
}

const TOLERANCE = 1e-9;

export class TableFigures {
  private readonly readings = new Map<string, Reading>();
  private readonly evaluations = new Map<string, Evaluated>();
  private readonly wholeLines = new Map<string, boolean>();
  /** Counts typed with a thousands separator read as a decimal point ("1.174"), with what they likely are. */
  readonly pitfalls = new Map<string, number>();

  constructor(private readonly lines: TableLines) {}

  /** A figure as read so far, to show it ("2.169", or "–"). */
  reading(address: string): Reading | undefined {
    return this.readings.get(address);
  }

  evaluate(axis: Axis, relation: LineRelation, points?: boolean): Evaluated {
    const key = `${axis}|${relation.kind}|${relation.target}|${relation.operands.join(",")}|${points}`;
    let evaluated = this.evaluations.get(key);
    if (evaluated) return evaluated;
    const cross = [...this.lines.crossLines(axis).values()].filter((line) => !line.rate);
    const at = (line: number, other: number) => this.lines.at(axis, line, other);
    // A running total adds each period to the figure of the period before it: from the second line on.
    const running = relation.kind === "running";
    const instances = cross.slice(running ? 1 : 0).map(({ index }, i) => ({
      cross: index,
      target: at(relation.target, index),
      operands: [
        ...(running ? [at(relation.target, cross[i].index)] : []),
        ...relation.operands.map((line) => at(line, index)),
      ],
    }));
    const judged = instances.map((instance) => this.judge(axis, relation, instance, points));
    evaluated = { axis, relation, points, instances, judged, holds: 0, fails: 0, trivial: 0, precise: 0 };
    for (const { state, precise } of judged) {
      if (state === "holds" && precise) evaluated.precise++;
      if (state === "holds") evaluated.holds++;
      else if (state === "fails") evaluated.fails++;
      else if (state === "trivial") evaluated.trivial++;
    }
    this.evaluations.set(key, evaluated);
    return evaluated;
  }

  /** On how many lines part/whole comes within a point of the stated rate. */
  nearRate(axis: Axis, target: number, part: number, whole: number, points?: boolean): number {
    let near = 0;
    for (const cross of this.lines.crossLines(axis).values()) {
      if (cross.rate) continue;
      const at = (line: number) => this.lines.at(axis, line, cross.index);
      const stated = this.rateReading(at(target), points);
      const p = this.countReading(at(part), axis, part);
      const w = this.countReading(at(whole), axis, whole);
      if (stated.state !== "value" || p.state !== "value" || w.state !== "value" || w.value === 0) continue;
      if (Math.abs(stated.value - (100 * p.value) / w.value) < 1) near++;
    }
    return near;
  }

  private judge(axis: Axis, relation: LineRelation, instance: Instance, points?: boolean): Judged {
    const lineOf = (address: string) =>
      axis === "across" ? columnOfAddress(address) : rowOfAddress(address);
    const rate = relation.kind === "rate";
    const target = rate
      ? this.rateReading(instance.target, points)
      : this.countReading(instance.target, axis, lineOf(instance.target));
    const operands = instance.operands.map((address) => this.countReading(address, axis, lineOf(address)));
    const all = [target, ...operands];
    if (all.some((r) => r.state === "invalid")) return { state: "unusable", left: 0, right: 0 };
    if (all.some((r) => r.state === "not-applicable") || target.state !== "value") return absent;
    if (rate) return judgeRate(target, operands[0], operands[1]);
    if (operands.every((r) => r.state !== "value")) return absent;
    return judgeCounts(relation, target.value, operands);
  }

  private rateReading(address: string, points?: boolean): Reading {
    const key = `${address}%${points}`;
    let reading = this.readings.get(key);
    if (!reading)
      this.readings.set(
        key,
        (reading = readCell(this.lines.sheet.cells.get(address), "percent", points).reading),
      );
    return reading;
  }

  /**
   * A count as the cell holds it. A decimal with three digits after the point, in a line of whole numbers, is
   * "1.174" typed in an English-locale Excel: unusable, and said so once.
   */
  private countReading(address: string, axis: Axis, line: number): Reading {
    let reading = this.readings.get(address);
    if (reading) return reading;
    reading = readCell(this.lines.sheet.cells.get(address), "amount").reading;
    if (reading.state === "value" && !Number.isInteger(reading.value) && this.isWholeLine(axis, line)) {
      const problem = countValueProblem(reading.value);
      if (problem?.kind === "thousands-separator") {
        this.pitfalls.set(address, problem.likely);
        reading = { state: "invalid" };
      }
    }
    this.readings.set(address, reading);
    return reading;
  }

  /** A line whose other figures are whole numbers: a count. */
  private isWholeLine(axis: Axis, line: number): boolean {
    const key = `${axis}${line}`;
    let whole = this.wholeLines.get(key);
    if (whole === undefined) {
      const values = [...this.lines.crossLines(axis).keys()]
        .map((other) => this.lines.sheet.cells.get(this.lines.at(axis, line, other))?.value)
        .filter((value): value is number => typeof value === "number");
      whole = values.filter((value) => !Number.isInteger(value)).length <= Math.max(1, values.length / 4);
      this.wholeLines.set(key, whole);
    }
    return whole;
  }
}

const absent: Judged = { state: "absent", left: 0, right: 0 };
const sum = (values: number[]) => values.reduce((acc, v) => acc + v, 0);

function outcome(left: number, right: number, holds: boolean, trivial: boolean): Judged {
  return { state: trivial ? "trivial" : holds ? "holds" : "fails", left, right };
}

function judgeCounts(relation: LineRelation, left: number, operands: Reading[]): Judged {
  const values = operands.map((r) => (r.state === "value" ? r.value : 0));
  const trivial = left === 0 && values.every((v) => v === 0);
  switch (relation.kind) {
    case "sum":
    case "running":
      return outcome(left, sum(values), Math.abs(left - sum(values)) <= TOLERANCE, trivial);
    case "difference": {
      const right = values[0] - sum(values.slice(1));
      return outcome(left, right, Math.abs(left - right) <= TOLERANCE, trivial);
    }
    case "at-most":
      return outcome(left, sum(values), sum(values) <= left + TOLERANCE, trivial);
    case "each-at-most": {
      const largest = Math.max(...values);
      return outcome(left, largest, largest <= left + TOLERANCE, trivial);
    }
    case "not-below":
      if (operands[0].state !== "value") return absent;
      return outcome(left, values[0], left + TOLERANCE >= values[0], trivial);
  }
  return absent;
}

/** A stated rate against part/whole: rounded or truncated at its stated decimals (README (c)). */
function judgeRate(stated: Reading, part: Reading, whole: Reading): Judged {
  if (stated.state !== "value" || part.state !== "value" || whole.state !== "value") return absent;
  if (whole.value === 0) return stated.value === 0 ? { state: "trivial", left: 0, right: 0 } : absent;
  const exact = (100 * part.value) / whole.value;
  if (part.value === 0 && stated.value === 0) return { state: "trivial", left: 0, right: 0 };
  const fails: Judged = { state: "fails", left: stated.value, right: exact, rate: [stated, part, whole] };
  // Rounding or truncating moves a rate by less than a point: further off, it fails without exact arithmetic (the
  // many pairs of lines a rate's search tries mostly are).
  if (Math.abs(stated.value - exact) >= 1) return fails;
  const decimals = statedDecimals(stated);
  if (Math.abs(stated.value - exact) <= TOLERANCE * Math.max(1, Math.abs(exact)))
    return { state: "holds", left: stated.value, right: exact, precise: decimals >= 2 };
  const check = checkStatedRate(exactOf(part), exactOf(whole), exactOf(stated), decimals);
  const precise = decimals >= 2 && stated.value !== 0 && stated.value !== 100;
  if (check.verdict === "consistent") return { state: "holds", left: stated.value, right: exact, precise };
  return check.verdict === "inconsistent" ? fails : absent;
}

function columnOfAddress(address: string): number {
  let column = 0;
  for (const char of address) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

function rowOfAddress(address: string): number {
  return Number(/\d+$/.exec(address)![0]);
}
