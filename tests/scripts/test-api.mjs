// `npm run test:api`: only the supabase-js API tests, against lite on a throwaway PostgreSQL.
import { ensureSystemDeps } from "./system-deps.mjs";
import { startCluster } from "./pg-cluster.mjs";
import { apiTests } from "./steps.mjs";

process.env.LITE_TELEMETRY = "0";
ensureSystemDeps(["postgresql-15"]);
const cluster = await startCluster({ label: "gpmb-api" });
const r = await apiTests(cluster, process.argv.slice(2));
cluster.stop();
console.log(`${r.passed} passed, ${r.failed} failed`);
process.exit(r.failed ? 1 : 0);
