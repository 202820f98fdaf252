// A small evaluator for the formulas BC06 writes (IF, N, SUM, SUMIFS, + - * /, comparisons), so that the
// in-memory workbook computes like Excel. A formula it cannot read keeps its last value.
import { parseA1 } from "../../../../src/domain/workbook";

export type Scalar = number | string | boolean | null;
export interface Position {
  row: number;
  column: number;
}
/** A range's non-blank values by their index, row by row: sparse, as whole columns (A1:A1048576) are mostly blank. */
export type RangeValues = Map<number, Scalar>;
/** The values of a range; `sheet` is set for references to another sheet ('Xã A'!D13). */
export type Lookup = (from: Position, to: Position, sheet?: string) => RangeValues;

type Token = { kind: "number" | "string" | "ref" | "name" | "op"; text: string; sheet?: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z]+)(?=\()|(<>|<=|>=|[-+*/=<>(),&]))/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < formula.length && (match = pattern.exec(formula))) {
    if (match[1] !== undefined) tokens.push({ kind: "number", text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: "string", text: match[2].replace(/""/g, '"') });
    else if (match[5] !== undefined) {
      const sheet = match[3]?.replace(/''/g, "'") ?? match[4];
      tokens.push({ kind: "ref", text: match[5].replace(/\$/g, ""), ...(sheet ? { sheet } : {}) });
    } else if (match[6] !== undefined) tokens.push({ kind: "name", text: match[6] });
    else tokens.push({ kind: "op", text: match[7] });
  }
  if (pattern.lastIndex !== formula.length)
    throw new Error(`cannot read formula near "${formula.slice(pattern.lastIndex)}"`);
  return tokens;
}

/** The ranges a formula reads (the sheet is set for another sheet's); throws when the formula is unreadable. */
export function formulaReferences(formula: string): { sheet?: string; from: Position; to: Position }[] {
  return tokenize(formula.replace(/^=/, ""))
    .filter((token) => token.kind === "ref")
    .map((token) => {
      const [from, to = from] = token.text.split(":").map((a) => parseA1(a)!);
      return { sheet: token.sheet, from, to };
    });
}

type Value = Scalar | RangeValues;

const toNumber = (v: Scalar): number =>
  typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : v === null || v === "" ? 0 : Number.NaN;

/** Evaluates a formula (with its leading "=") against the cells of one sheet. */
export function evaluateFormula(formula: string, lookup: Lookup): Scalar {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let position = 0;
  const peek = () => tokens[position];
  const take = (text?: string) => {
    const token = tokens[position++];
    if (!token || (text !== undefined && token.text !== text))
      throw new Error(`expected ${text ?? "a value"}`);
    return token;
  };

  function range(text: string, sheet?: string): RangeValues {
    const [from, to = from] = text.split(":").map((a) => parseA1(a)!);
    return lookup(from, to, sheet);
  }

  function call(name: string, args: Value[]): Scalar {
    const flat = (v: Value): Iterable<[number, Scalar]> => (v instanceof Map ? v : [[0, v]]);
    switch (name) {
      case "IF":
        return args[0] ? (args[1] as Scalar) : ((args[2] as Scalar) ?? false);
      case "N":
        return typeof args[0] === "number" ? args[0] : 0;
      case "SUM": {
        let total = 0;
        for (const arg of args) for (const [, v] of flat(arg)) if (typeof v === "number") total += v;
        return total;
      }
      case "SUMIFS": {
        const [values, criteriaRange, criterion] = [flat(args[0]), new Map(flat(args[1])), String(args[2])];
        const excluded = criterion.startsWith("<>") ? criterion.slice(2).toLowerCase() : undefined;
        let total = 0;
        for (const [i, v] of values) {
          const matches =
            excluded !== undefined
              ? String(criteriaRange.get(i) ?? "").toLowerCase() !== excluded
              : String(criteriaRange.get(i) ?? "") === criterion;
          if (matches && typeof v === "number") total += v;
        }
        return total;
      }
    }
    throw new Error(`unknown function ${name}`);
  }

  function primary(): Value {
    const token = take();
    if (token.kind === "number") return Number(token.text);
    if (token.kind === "string") return token.text;
    if (token.kind === "ref")
      return token.text.includes(":")
        ? range(token.text, token.sheet)
        : (range(token.text, token.sheet).get(0) ?? null);
    if (token.kind === "name") {
      take("(");
      const args: Value[] = [];
      while (peek()?.text !== ")") {
        args.push(comparison());
        if (peek()?.text === ",") take(",");
      }
      take(")");
      // Excel refuses a function of more than 255 arguments (the formula cannot be entered).
      if (args.length > 255) throw new Error(`${token.text} takes at most 255 arguments`);
      return call(token.text, args);
    }
    if (token.text === "(") {
      const inner = comparison();
      take(")");
      return inner;
    }
    if (token.text === "-") return -toNumber(primary() as Scalar);
    throw new Error(`unexpected ${token.text}`);
  }

  function term(): Value {
    let left = primary();
    while (peek()?.text === "*" || peek()?.text === "/") {
      const op = take().text;
      const right = toNumber(primary() as Scalar);
      left = op === "*" ? toNumber(left as Scalar) * right : toNumber(left as Scalar) / right;
    }
    return left;
  }

  function sum(): Value {
    let left = term();
    while (peek()?.text === "+" || peek()?.text === "-") {
      const op = take().text;
      const right = toNumber(term() as Scalar);
      left = op === "+" ? toNumber(left as Scalar) + right : toNumber(left as Scalar) - right;
    }
    return left;
  }

  function comparison(): Value {
    const left = sum();
    const op = peek()?.text;
    if (!op || !["=", "<>", "<", ">", "<=", ">="].includes(op)) return left;
    take();
    const [a, b] = [toNumber(left as Scalar), toNumber(sum() as Scalar)];
    return { "=": a === b, "<>": a !== b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b }[op]!;
  }

  const result = comparison();
  if (position !== tokens.length) throw new Error("trailing input");
  if (result instanceof Map) return result.get(0) ?? null;
  return typeof result === "number" && !Number.isFinite(result) ? "#DIV/0!" : result;
}
