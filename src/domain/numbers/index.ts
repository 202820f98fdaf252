export * from "./decimal";
export * from "./format";
export * from "./parse";
export * from "./pitfall";
export * from "./rate";
