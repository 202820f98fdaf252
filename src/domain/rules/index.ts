export * from "./catalog";
export * from "./engine";
export * from "./faults";
export * from "./messages";
export * from "./read";
export * from "./result";
export * from "./schema";
