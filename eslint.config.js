// ESLint (flat config), run by `npm test`: React's hooks rules and the import boundaries of the layout
// (README, "Layout"): routes reach the database only through app/.server services; app/domain is pure (no I/O);
// components never import server-only modules.
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const io = ["node:fs", "node:fs/promises", "node:child_process", "node:net", "node:http", "node:https", "fs", "child_process", "better-sqlite3"];

export default tseslint.config(
  { ignores: ["build/**", "node_modules/**", "reports/**", "public/**", "data/**"] },
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { "react-hooks": reactHooks, "@typescript-eslint": tseslint.plugin },
  },
  {
    // React code only: tests have functions named `use…` (vitest's fixtures) that are no hooks.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/db/*", "**/db", "../../db/**"], message: "Routes reach the database through an app/.server service." }] },
      ],
    },
  },
  {
    files: ["app/domain/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: io.map((name) => ({ name, message: "app/domain holds pure rules: no I/O." })),
          patterns: [
            { group: ["**/db/*", "**/db", "**/.server/*", "**/.server", "~/.server/*"], message: "app/domain holds pure rules: no database, no server modules." },
          ],
        },
      ],
    },
  },
  {
    files: ["app/components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: io.map((name) => ({ name, message: "Components run in the browser too: no I/O." })),
          // A type from a server module is erased from the bundle; only values would ship server code.
          patterns: [{ group: ["**/.server/*", "**/.server", "~/.server/*", "**/db/*"], allowTypeImports: true, message: "Components never import server-only modules." }],
        },
      ],
    },
  },
);
