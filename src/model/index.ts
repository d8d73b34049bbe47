export * from "./countries.js";
export * from "./diff.js";
export * from "./entity.js";
export * from "./months.js";
export * from "./release.js";
