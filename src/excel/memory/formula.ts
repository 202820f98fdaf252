// A small evaluator for the formulas BC06 writes (IF, N, SUM, SUMIFS, + - * /, comparisons), so that the
// in-memory workbook computes like Excel. A formula it cannot read keeps its last value.
import { parseA1 } from "../../domain/workbook";

export type Scalar = number | string | boolean | null;
/** A cell's value; `sheet` is set for references to another sheet ('Xã A'!D13). */
export type Lookup = (row: number, column: number, sheet?: string) => Scalar;

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

type Value = Scalar | Scalar[];

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

  function range(text: string, sheet?: string): Scalar[] {
    const [from, to = from] = text.split(":").map((a) => parseA1(a)!);
    const cells: Scalar[] = [];
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.column; c <= to.column; c++) cells.push(lookup(r, c, sheet));
    return cells;
  }

  function call(name: string, args: Value[]): Scalar {
    const flat = (v: Value) => (Array.isArray(v) ? v : [v]);
    switch (name) {
      case "IF":
        return args[0] ? (args[1] as Scalar) : ((args[2] as Scalar) ?? false);
      case "N":
        return typeof args[0] === "number" ? args[0] : 0;
      case "SUM":
        return args.flatMap(flat).reduce<number>((acc, v) => acc + (typeof v === "number" ? v : 0), 0);
      case "SUMIFS": {
        const [values, criteriaRange, criterion] = [flat(args[0]), flat(args[1]), String(args[2])];
        const excluded = criterion.startsWith("<>") ? criterion.slice(2).toLowerCase() : undefined;
        return values.reduce<number>((acc, v, i) => {
          const matches =
            excluded !== undefined
              ? String(criteriaRange[i] ?? "").toLowerCase() !== excluded
              : String(criteriaRange[i] ?? "") === criterion;
          return acc + (matches && typeof v === "number" ? v : 0);
        }, 0);
      }
    }
    throw new Error(`unknown function ${name}`);
  }

  function primary(): Value {
    const token = take();
    if (token.kind === "number") return Number(token.text);
    if (token.kind === "string") return token.text;
    if (token.kind === "ref")
      return token.text.includes(":") ? range(token.text, token.sheet) : range(token.text, token.sheet)[0];
    if (token.kind === "name") {
      take("(");
      const args: Value[] = [];
      while (peek()?.text !== ")") {
        args.push(comparison());
        if (peek()?.text === ",") take(",");
      }
      take(")");
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
  if (Array.isArray(result)) return result[0] ?? null;
  return typeof result === "number" && !Number.isFinite(result) ? "#DIV/0!" : result;
}
