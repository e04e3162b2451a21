// `npm run load` (see run.ts): a throwaway PostgreSQL with the migrations, lite serving the API
// on it (postgres driver, admin mode off), the run, and exit code 1 if an invariant fails.
import { ensureSystemDeps } from "../scripts/system-deps.mjs";
import { startCluster } from "../scripts/pg-cluster.mjs";
import { resetDatabase, startApi } from "../scripts/lite-backend.mjs";
import { runLoad } from "./run.ts";

process.env.LITE_TELEMETRY = "0";
ensureSystemDeps(["postgresql-15"]);
const cluster = await startCluster({ label: "gpmb-load" });
let ok = false;
try {
  resetDatabase(cluster.url);
  ok = await runLoad(cluster.url, startApi);
} catch (error) {
  console.error(error);
} finally {
  cluster.stop();
}
process.exit(ok ? 0 : 1);
