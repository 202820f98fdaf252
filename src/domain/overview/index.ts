export * from "./charts";
export * from "./spec";
export * from "./native";
export { reportingUnit } from "./read";
