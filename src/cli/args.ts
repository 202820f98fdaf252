/** A command line as words: the command, its positional arguments, and --options (with or without a value). */
export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  options: Map<string, string | true>;
}

const FLAGS = new Set(["json", "csv", "help", "version", "strict-rounding", "explain", "verbose"]);

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    if (word === "--") {
      positionals.push(...rest.slice(i + 1));
      break;
    }
    const long = /^--([a-z-]+)(?:=(.*))?$/.exec(word);
    const short = /^-([a-z])$/.exec(word);
    if (!long && !short) {
      positionals.push(word);
      continue;
    }
    const name = long ? long[1] : ({ o: "output", h: "help" }[short![1]] ?? short![1]);
    if (long?.[2] !== undefined) options.set(name, long[2]);
    else if (FLAGS.has(name) || i + 1 >= rest.length || rest[i + 1].startsWith("--")) options.set(name, true);
    else options.set(name, rest[++i]);
  }
  return { command: command === "-h" || command === "--help" ? "help" : command, positionals, options };
}

/** The options each command reads: any other is a typing mistake ("--jsn"), refused rather than ignored. */
const OPTIONS: Record<string, string[]> = {
  check: ["json", "csv", "explain", "annotate", "strict-rounding", "previous", "units", "jump", "html"],
  tables: ["json"],
  template: ["output", "unit", "level", "period", "cutoff"],
  consolidate: ["output", "unit", "level", "units"],
  "check-text": ["workbook", "json", "csv"],
  templates: [],
  help: [],
};
const EVERYWHERE = ["lang", "help", "version", "verbose", "time-limit", "memory-limit"];

/** What is wrong with the options given to a known command: one unknown or misused option, or nothing. */
export function optionProblem(
  args: ParsedArgs,
): { kind: "unknown" | "needs-value" | "takes-no-value"; option: string } | undefined {
  const known = OPTIONS[args.command ?? "help"];
  if (!known) return undefined;
  for (const [name, value] of args.options) {
    if (!known.includes(name) && !EVERYWHERE.includes(name)) return { kind: "unknown", option: name };
    if (FLAGS.has(name) && value !== true) return { kind: "takes-no-value", option: name };
    if (!FLAGS.has(name) && value === true && name !== "lang") return { kind: "needs-value", option: name };
  }
  return undefined;
}
