export * from "./catalog";
export * from "./i18n";
export * from "./numbers";
export * from "./rules";
export * from "./templates";
export * from "./text";
export * from "./workbook";
