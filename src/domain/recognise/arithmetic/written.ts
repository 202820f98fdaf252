// The arithmetic a table writes out: its row of column numbers ("(1) (2) (3)=(1)+(2) (4)=(2)/(3)×100"), and headings
// or labels that add lines up by name or number ("Tổng số đã kích hoạt (mức 1 + mức 2)", "(7) = (5) - (6)").
import type { Expectation, LineRelation } from "../../workbook";
import type { Line } from "../table-lines";
import { wordKey } from "../words";
import { relation } from "./expect";
import type { Shape } from "./shape";

type Axis = Expectation["axis"];

interface Written {
  /** The line's own number, when it states one ("(3)" in "(3)=(1)+(2)"). */
  label?: string;
  /** What it equals: the terms and the operator between them. */
  formula?: { terms: string[]; operator: "+" | "-" | "/" };
}

const OPERATORS: Record<string, "+" | "-" | "/"> = {
  "+": "+",
  "-": "-",
  "−": "-",
  "–": "-",
  "/": "/",
  ":": "/",
};
const SCALE = /\s*(?:[x×*.]\s*100\s*%?|%)\s*$/;
const TERM = /^\(?\s*(\d{1,2}|[A-Z]|[IVX]{1,4})\s*\)?$/;

/** "(3)=(1)+(2)", "5 = 3 + 4", "(4)=(2)/(3)x100", "2+3", "(1)" → its label and formula. */
export function parseWritten(text: string): Written | undefined {
  const [left, right] = text.trim().split("=");
  if (right === undefined) {
    const formula = formulaOf(left);
    if (formula) return { formula };
    const label = TERM.exec(left.trim())?.[1];
    return label ? { label } : undefined;
  }
  const label = TERM.exec(left.trim())?.[1];
  const formula = formulaOf(right);
  return label && formula ? { label, formula } : undefined;
}

function formulaOf(text: string): Written["formula"] {
  const body = text.replace(SCALE, "");
  const operators = [...new Set((body.match(/[+\-−–/:]/g) ?? []).map((op) => OPERATORS[op]))];
  if (operators.length !== 1) return undefined;
  const terms = body.split(/[+\-−–/:]/).map((term) => TERM.exec(term.trim())?.[1]);
  if (terms.length < 2 || terms.some((term) => term === undefined)) return undefined;
  if (operators[0] === "/" && terms.length !== 2) return undefined;
  return { terms: terms as string[], operator: operators[0] };
}

function relationOf(axis: Axis, target: number, operator: "+" | "-" | "/", operands: number[]): Expectation {
  const kind: LineRelation["kind"] = operator === "+" ? "sum" : operator === "-" ? "difference" : "rate";
  return {
    axis,
    target,
    source: "numbers",
    tiers: [{ declared: true, readings: [relation(kind, target, operands)] }],
  };
}

/** The relations a row of column numbers writes ("(3)=(1)+(2)"), between figure columns. */
export function numbersRowExpectations(
  shape: Shape,
  numbersRow: number | undefined,
  across: Line[],
): Expectation[] {
  if (numbersRow === undefined) return [];
  const written = across.map((line) => {
    const value = shape.grid.cell(numbersRow, line.index)?.value;
    return { line, written: value === undefined || value === null ? undefined : parseWritten(String(value)) };
  });
  const byLabel = new Map(
    written.flatMap(({ line, written }) => (written?.label ? [[written.label, line.index]] : [])),
  );
  return written.flatMap(({ line, written }) => {
    const formula = written?.formula;
    if (!formula || !shape.columns.has(line.index)) return [];
    const operands = formula.terms.map((term) => byLabel.get(term));
    if (operands.some((column) => column === undefined || !shape.columns.has(column))) return [];
    return [relationOf("across", line.index, formula.operator, operands as number[])];
  });
}

/**
 * Headings and labels that add lines up: "(mức 1 + mức 2)" by the lines whose headings name each term (the one
 * closest to the rest of the heading: "đã kích hoạt"), "(7) = (5) - (6)" by the rows so numbered.
 */
export function namedSumExpectations(shape: Shape, across: Line[], down: Line[]): Expectation[] {
  const columns = across.filter((line) => shape.columns.has(line.index));
  const rows = down.filter((line) => shape.rows.has(line.index));
  return [
    ...columns.flatMap((line) => [
      ...namedSum("across", line, columns),
      ...numberedFormula("across", line, columns),
    ]),
    ...rows.flatMap((line) => [...namedSum("down", line, rows), ...numberedFormula("down", line, rows)]),
  ];
}

function namedSum(axis: Axis, target: Line, lines: Line[]): Expectation[] {
  const expression = /\(([^()]*[\p{L}][^()]*\+[^()]*)\)/u.exec(target.text)?.[1];
  if (!expression) return [];
  const terms = expression.split("+").map((term) => wordKey(term));
  const rest = new Set(
    wordKey(target.text.replace(expression, ""))
      .split(" ")
      .filter((word) => !["tong", "so", "cong"].includes(word)),
  );
  const operands = terms.map((term) => {
    const named = lines.filter((line) => line !== target && ` ${line.key} `.includes(` ${term} `));
    const score = (line: Line) => line.key.split(" ").filter((word) => rest.has(word)).length;
    const best = Math.max(...named.map(score));
    const closest = named.filter((line) => score(line) === best);
    return closest.length === 1 ? closest[0].index : undefined;
  });
  if (operands.some((operand) => operand === undefined) || new Set(operands).size !== operands.length)
    return [];
  return [
    {
      axis,
      target: target.index,
      source: "heading",
      tiers: [{ declared: true, readings: [relation("sum", target.index, operands as number[])] }],
    },
  ];
}

/**
 * A heading or label that writes its own formula by the numbers of other lines: "Tỷ lệ (%) (4)=(3)/(1)" over
 * "Tổng số (1)" and "Trực tuyến (3)", "Số thuế phải nộp (7) = (5) - (6)".
 */
function numberedFormula(axis: Axis, target: Line, lines: Line[]): Expectation[] {
  const match = /\((\d{1,2}|[A-Z])\)\s*=\s*([^=]+)$/.exec(target.text);
  const written = match ? parseWritten(`${match[1]}=${match[2]}`) : undefined;
  if (!written?.formula) return [];
  const byNumber = (term: string) =>
    lines.find(
      (line) =>
        line !== target && (line.numbering?.replace(/[.)]$/, "") === term || line.text.includes(`(${term})`)),
    )?.index;
  const operands = written.formula.terms.map(byNumber);
  if (operands.some((line) => line === undefined)) return [];
  return [relationOf(axis, target.index, written.formula.operator, operands as number[])];
}
