// ESLint flat config. Besides typescript-eslint and the React hooks rules, it enforces the
// one-way imports of shared/docs/style.md:
//   src/app → src/features/<job> → shared (src/domain, src/geo, src/import, src/data, src/map, src/state, src/components)
// - src/domain, src/geo and src/import (the file readers of the import worker) are pure: no React, Leaflet, supabase-js, TanStack Query or i18n, and
//   nothing from other src folders except each other;
// - only src/data imports @supabase/supabase-js;
// - features do not import each other, nor src/app;
// - shared folders do not import features or src/app;
// - src/map is map code only: it reads src/state (the screen's state) but never src/data: the
//   features give it what it draws; src/state and src/data import only src/domain and src/geo.
// Paths are resolved through tsconfig (the `@/` alias) so aliased and relative imports are both checked.
// gpmb/no-html-sinks (eslint-rules/no-html-sinks.js) keeps text from reaching the page as HTML:
// no innerHTML or dangerouslySetInnerHTML with data, and Leaflet's tooltips and popups get elements.
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importPlugin from "eslint-plugin-import";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import noHtmlSinks from "./eslint-rules/no-html-sinks.js";

const SRC_FOLDERS = ["app", "features", "domain", "geo", "import", "data", "map", "state", "components"];

/** Every feature folder, so a new feature is fenced off without editing this file. */
function featureFolders() {
  try {
    return readdirSync("src/features", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** A zone forbidding `target` to import the given src folders. */
function forbid(target, folders, message) {
  return { target: `./src/${target}`, from: folders.map((f) => `./src/${f}`), message };
}

const others = (...allowed) => SRC_FOLDERS.filter((f) => !allowed.includes(f));

const zones = [
  forbid("domain", others("domain", "geo"), "src/domain is pure: it may import only src/domain and src/geo."),
  forbid("geo", others("domain", "geo"), "src/geo is pure: it may import only src/domain and src/geo."),
  forbid("import", others("import", "domain", "geo"), "src/import (reading files to import, in a worker) is pure: it may import only src/domain and src/geo."),
  forbid("data", others("data", "domain", "geo"), "src/data may import only src/domain and src/geo."),
  forbid("state", others("state", "domain", "geo"), "src/state (the screen's state and its URL) may import only src/domain and src/geo."),
  forbid("components", ["app", "features", "map", "data"], "src/components are shared UI: no features, app or data."),
  forbid("map", others("map", "domain", "geo", "state"), "src/map is map code: it may import only src/domain, src/geo and src/state (features hand it their data)."),
  forbid("features", ["app"], "Features must not import src/app (the app composes features)."),
  ...featureFolders().map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "Features do not import each other: move what they share to src/domain, src/data or src/components.",
  })),
];

const SUPABASE = {
  group: ["@supabase/*"],
  message: "Only src/data talks to Supabase: add a query module there.",
};
const IMPURE = {
  group: [
    "react", "react-dom", "react-dom/*", "react/*", "leaflet", "react-leaflet", "@tanstack/*", "i18next",
    "react-i18next", "@supabase/*",
  ],
  message: "src/domain and src/geo are pure TypeScript: no React, Leaflet, Supabase, TanStack Query or i18n.",
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "supabase/.temp/**", "tests/artifacts/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Type-aware rules (floating promises, unsafe any, …) for the app's own code.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["src/**/*.{ts,tsx}"] })),
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { import: importPlugin, "react-hooks": reactHooks, gpmb: { rules: { "no-html-sinks": noHtmlSinks } } },
    settings: {
      "import/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true },
    },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      "import/no-restricted-paths": ["error", { zones }],
      "import/no-unresolved": "error",
      "import/no-duplicates": "error",
      "import/no-cycle": "error",
      "no-restricted-imports": ["error", { patterns: [SUPABASE] }],
      "gpmb/no-html-sinks": "error",
    },
  },
  // A feature's unit tests may read the app's texts (src/app/i18n), to check its wording in both
  // languages; the feature itself still may not.
  {
    files: ["src/features/**/*.test.ts"],
    rules: {
      "import/no-restricted-paths": ["error", {
        zones: zones.map((zone) => (zone.target === "./src/features" && zone.from.includes("./src/app")
          ? { ...zone, from: "./src/app", except: ["./i18n"] }
          : zone)),
      }],
    },
  },
  {
    files: ["src/data/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["src/domain/**/*.ts", "src/geo/**/*.ts", "src/import/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [IMPURE] }] },
  },
);
