// `npm run test:db`: only the pgTAP tests, on a throwaway PostgreSQL 15.
import { ensureSystemDeps } from "./system-deps.mjs";
import { startCluster } from "./pg-cluster.mjs";
import { databaseTests } from "./steps.mjs";

process.env.LITE_TELEMETRY = "0";
ensureSystemDeps(["postgresql-15", "postgresql-15-pgtap", "libtap-parser-sourcehandler-pgtap-perl"]);
const cluster = await startCluster({ label: "gpmb-db" });
const r = databaseTests(cluster);
cluster.stop();
console.log(`${r.passed} passed, ${r.failed} failed`);
process.exit(r.failed ? 1 : 0);
