/** Results past this many are not kept: a hostile workbook must not fill memory with distinct texts. */
const MAX_KEPT = 50_000;

/** `compute` with its results kept by input: the same headings and labels recur on every sheet. */
export function memoise<V>(compute: (input: string) => V): (input: string) => V {
  const kept = new Map<string, V>();
  return (input) => {
    if (kept.has(input)) return kept.get(input) as V;
    const result = compute(input);
    if (kept.size < MAX_KEPT) kept.set(input, result);
    return result;
  };
}
