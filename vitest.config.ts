import { defineConfig } from "vitest/config";
import { fileURLToPath, URL } from "node:url";

// Two projects: fast unit tests beside the code, and API tests that talk to a running local
// backend (started by tests/scripts/test-api.mjs, which passes its URL and keys in the env).
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "supabase/seed/**/*.test.ts"], environment: "node" },
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
    ],
  },
});
