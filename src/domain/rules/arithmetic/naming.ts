// How a finding names a table's lines and relations: "Dòng 12 (Đăng ký tạm trú)", "Trực tiếp (2.169) + Trực
// tuyến (700)", "tổng 14 dòng (5 đến 18)".
import type { Language } from "../../i18n";
import { formatNumber } from "../../numbers/format";
import { columnLetters, type LineRelation } from "../../workbook";
import type { CellRef } from "../result";
import type { Axis, Evaluated, Instance, TableFigures, TableLines } from "./figures";

const MAX_NAMED_TERMS = 4;

export class LineNames {
  private readonly vi: boolean;

  constructor(
    private readonly lines: TableLines,
    private readonly figures: TableFigures,
    language: Language,
  ) {
    this.vi = language === "vi";
  }

  ref(address: string): CellRef {
    return { sheet: this.lines.table.sheet, address };
  }

  lineName(axis: Axis, index: number): string {
    return this.lines.lines(axis).get(index)?.name || this.lineScope(axis, index);
  }

  lineScope(axis: Axis, index: number): string {
    const line = this.lines.lines(axis).get(index);
    const where =
      axis === "across"
        ? `${this.vi ? "Cột" : "Column"} ${columnLetters(index)}`
        : `${this.vi ? "Dòng" : "Row"} ${index}`;
    return line?.name ? `${where} (${line.name})` : where;
  }

  /** The line an instance is held on: "Dòng 12 (Đăng ký tạm trú)". */
  crossName(axis: Axis, cross: number): string {
    return this.lineScope(axis === "across" ? "down" : "across", cross);
  }

  /** The first cell of a line. */
  lineRef(axis: Axis, index: number): CellRef {
    const first = this.lines.crossLines(axis).keys().next().value ?? 1;
    return this.ref(this.lines.at(axis, index, first));
  }

  /** What a relation on this axis is held on: "dòng", "cột". */
  crossWord(axis: Axis): string {
    return axis === "across" ? (this.vi ? "dòng" : "rows") : this.vi ? "cột" : "columns";
  }

  /** "Quan hệ này đúng ở 14/15 dòng của bảng." */
  support(evaluated: Evaluated): string {
    const instances = evaluated.holds + evaluated.fails;
    if (instances < 2) return "";
    const lines = this.crossWord(evaluated.axis);
    return this.vi
      ? `Quan hệ này đúng ở ${evaluated.holds}/${instances} ${lines} của bảng.`
      : `It holds on ${evaluated.holds} of ${instances} ${lines} of the table.`;
  }

  /** The right-hand side of a failed instance, with its figures. */
  terms(axis: Axis, relation: LineRelation, instance: Instance): string {
    const value = (address: string) => {
      const reading = this.figures.reading(address);
      return reading?.state === "value" ? formatNumber(reading.value) : "–";
    };
    const name = (line: number) => this.lineName(axis, line);
    const names = relation.operands.map((line, i) => `${name(line)} (${value(instance.operands[i])})`);
    switch (relation.kind) {
      case "running": {
        const [previous, period] = instance.operands;
        const before = `${name(relation.target)} ${previous}`;
        return `${before} (${value(previous)}) + ${name(relation.operands[0])} (${value(period)})`;
      }
      case "rate": {
        const [part, whole] = instance.operands;
        return `${name(relation.operands[0])}/${name(relation.operands[1])} = ${value(part)}/${value(whole)}`;
      }
      case "difference":
        return names.join(" − ");
      case "not-below":
      case "each-at-most": {
        const named = relation.operands.map((line, i) => `${name(line)} (${instance.operands[i]})`);
        return named.length === 1 ? named[0] : this.many(axis, relation, named, ", ");
      }
      default:
        return this.many(axis, relation, names, " + ");
    }
  }

  /** A relation as a reader checks it: "Tổng số = Trực tiếp + Trực tuyến". */
  describe(axis: Axis, relation: LineRelation): string {
    const name = (line: number) => this.lineName(axis, line);
    const operands = relation.operands.map(name);
    const parts =
      operands.length > MAX_NAMED_TERMS
        ? `${operands.length} ${this.crossWord(axis === "across" ? "down" : "across")}`
        : operands.join(" + ");
    const target = name(relation.target);
    switch (relation.kind) {
      case "sum":
        return `${target} = ${parts}`;
      case "at-most":
        return `${parts} ≤ ${target}`;
      case "each-at-most":
        return `${operands.join(", ")} ≤ ${target}`;
      case "not-below":
        return `${target} ≥ ${operands[0]}`;
      case "difference":
        return `${target} = ${operands.join(" − ")}`;
      case "rate":
        return `${target} = ${operands[0]}/${operands[1]}`;
      case "running":
        return `${target} = ${target} (${this.vi ? "kỳ trước" : "period before"}) + ${operands[0]}`;
    }
  }

  private many(axis: Axis, relation: LineRelation, names: string[], joiner: string): string {
    if (names.length <= MAX_NAMED_TERMS) return names.join(joiner);
    const word = this.crossWord(axis === "across" ? "down" : "across");
    const label = (line: number) => (axis === "across" ? columnLetters(line) : String(line));
    const [first, last] = [relation.operands[0], relation.operands.at(-1)!];
    return this.vi
      ? `tổng ${names.length} ${word} (${label(first)} đến ${label(last)})`
      : `the sum of ${names.length} ${word} (${label(first)} to ${label(last)})`;
  }
}
