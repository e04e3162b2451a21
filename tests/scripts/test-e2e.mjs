// `npm run test:e2e`: only the browser tests (Chromium + the dev server with demo data).
import { ensureSystemDeps } from "./system-deps.mjs";
import { browserTests } from "./steps.mjs";

process.env.LITE_TELEMETRY = "0";
ensureSystemDeps(["chromium"]);
const r = await browserTests(process.argv.slice(2));
console.log(`${r.passed} passed, ${r.failed} failed`);
process.exit(r.failed ? 1 : 0);
