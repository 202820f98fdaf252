import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "coverage/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // ExcelJS's cells are plain objects, not Office.js proxies: the Office.js load/sync rules do not apply.
    files: ["src/xlsx/**/*.ts", "test/xlsx/**/*.ts", "test/support/xlsx.ts", "test/browser/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
  {
    // Pure domain code: no Office.js, React or Node I/O (DEVELOPERS.md, "Architecture").
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*"],
              message: "src/domain is pure TypeScript: no React.",
            },
            {
              group: ["fs", "node:*", "path", "os", "child_process", "http", "https", "net"],
              message: "src/domain does no I/O.",
            },
            {
              group: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**"],
              message: "Dependencies point inwards, to domain.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel"].map((name) => ({ name, message: "src/domain does not call Office.js." })),
        ...["process", "Buffer", "require", "fetch", "XMLHttpRequest"].map((name) => ({
          name,
          message: "src/domain does no I/O.",
        })),
      ],
    },
  },
  {
    files: ["scripts/**/*.js", "test/**/*.js", "webpack.config.js", "jest.config.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
