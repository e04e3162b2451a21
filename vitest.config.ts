import { defineConfig } from "vitest/config";
import { fileURLToPath, URL } from "node:url";

// Three projects: fast unit tests beside the code; API tests against a running local backend
// (started by tests/scripts/test-api.mjs); browser tests against `vite` with the embedded
// backend (started by tests/scripts/dev-server.mjs). The runners pass URLs and keys in the env.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "supabase/seed/**/*.test.ts", "eslint-rules/**/*.test.ts", "tools/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
