export { defineTemplate } from "./define";
export * from "./layout";
export * from "./plan";
export * from "./registry";
export * from "./schema";
export * from "./locate";
export * from "./values";
