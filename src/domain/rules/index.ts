export * from "./catalog";
export { coverageTotal, describeCoverage, isPartial, type CoverageTotal } from "./coverage";
export * from "./engine";
export * from "./faults";
export * from "./messages";
export * from "./read";
export * from "./result";
export * from "./schema";
