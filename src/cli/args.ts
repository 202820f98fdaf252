/** A command line as words: the command, its positional arguments, and --options (with or without a value). */
export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  options: Map<string, string | true>;
}

const FLAGS = new Set(["json", "csv", "help", "version", "strict-rounding", "explain"]);

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
