// `npm run db:reset`: rebuilds the local development database (PGlite in supabase/.temp) from
// supabase/migrations and supabase/local/seed.sql. Stop `npm run dev` first.
import { execFileSync } from "node:child_process";

try {
  execFileSync("node", ["node_modules/@supabase/lite/dist/cli/index.js", "db", "reset", "--hard", "--config", "supabase/local/dev.toml"], {
    stdio: "inherit",
    env: { ...process.env, LITE_TELEMETRY: "0", NODE_NO_WARNINGS: "1" },
  });
} catch {
  console.error("db:reset failed. Is `npm run dev` still running? Stop it first (the database is in use).");
  process.exit(1);
}
