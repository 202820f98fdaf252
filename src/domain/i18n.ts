/** The languages BC06 speaks: Vietnamese first, English second. */
export type Language = "vi" | "en";

/** An English count with its noun: "1 error", "3 errors" (Vietnamese nouns do not change with the number). */
export const countOf = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
