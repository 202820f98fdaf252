export * from "./cleaning";
export * from "./dvc25";
export * from "./lookup";
export * from "./sections";
export * from "./types";
