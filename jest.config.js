/* Jest: "unit" runs everything under test/ but the browser tests, which need a build and Chromium. */
const tsJest = [
  "ts-jest",
  {
    tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "6.0" },
  },
];

const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest only for the OfficeApp enum; its full import chain is
    // ESM-only and does not load in Jest on Node 20 (../shared/notes/toolchain.md §5).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // pdfjs-dist is ESM only: test/support/pdfjs-cjs.js (the global setup) writes CommonJS copies.
    "^pdfjs-dist/legacy/build/(pdf|pdf\\.worker)\\.mjs$": "<rootDir>/node_modules/.cache/bc06-pdfjs/$1.js",
    // The page reads files in a Web Worker (import.meta.url, which CommonJS lacks); jsdom has no workers.
    "^\\./read-file$": "<rootDir>/test/support/read-file.ts",
  },
};

module.exports = {
  globalSetup: "<rootDir>/test/support/pdfjs-cjs.js",
  projects: [
    {
      ...shared,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts?(x)"],
      testPathIgnorePatterns: ["<rootDir>/test/browser/"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
    },
    {
      ...shared,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
    },
  ],
};
