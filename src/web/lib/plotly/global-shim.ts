// Some of plotly.js's CommonJS dependencies read Node's `global`; browsers only have
// `globalThis`. Imported before plotly so the name exists when those modules run.
const scope = globalThis as typeof globalThis & { global?: typeof globalThis };
scope.global ??= globalThis;

export {};
