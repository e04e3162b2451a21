// Makes sure the Debian packages the tests need are present: PostgreSQL 15 with pgTAP and
// pg_prove for database tests, Chromium for browser tests. npm cannot bring these, so as root
// we install them with apt-get; otherwise we say exactly what is missing and how to get it.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

export const PG_BIN = "/usr/lib/postgresql/15/bin";
export const CHROMIUM = "/usr/bin/chromium";

const REQUIREMENTS = [
  { what: "PostgreSQL 15 server", path: `${PG_BIN}/postgres`, pkg: "postgresql-15" },
  { what: "pgTAP", path: "/usr/share/postgresql/15/extension/pgtap.control", pkg: "postgresql-15-pgtap" },
  { what: "pg_prove", path: "/usr/bin/pg_prove", pkg: "libtap-parser-sourcehandler-pgtap-perl" },
  { what: "Chromium", path: CHROMIUM, pkg: "chromium" },
  // fonts with Vietnamese glyphs, so screenshots and text layout match what people see
  { what: "DejaVu fonts", path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", pkg: "fonts-dejavu-core", with: "chromium" },
  // Liberation Serif has Times New Roman's metrics: the printed report (Decree 30/2020's typeface)
  // breaks its pages here as it does where Times New Roman is installed
  { what: "Liberation fonts", path: "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", pkg: "fonts-liberation", with: "chromium" },
];

/** Installs missing packages (as root) or throws with a clear explanation. */
export function ensureSystemDeps(needs = ["postgresql-15", "postgresql-15-pgtap", "libtap-parser-sourcehandler-pgtap-perl", "chromium"]) {
  const missing = REQUIREMENTS.filter((r) => needs.includes(r.with ?? r.pkg) && !existsSync(r.path));
  if (missing.length === 0) return;
  const pkgs = missing.map((m) => m.pkg);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Missing: ${missing.map((m) => m.what).join(", ")}. The tests need these Debian packages and ` +
        `can install them only as root. Run: sudo apt-get update && sudo apt-get install -y ${pkgs.join(" ")}`,
    );
  }
  console.log(`[deps] installing ${pkgs.join(" ")} with apt-get (first run only, about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...pkgs], { stdio: "inherit", env });
  } catch (error) {
    throw new Error(
      `apt-get could not install ${pkgs.join(" ")} (${error.message}). The tests need Debian's ` +
        "package mirror to be reachable once; after that they run offline.",
    );
  }
  const still = missing.filter((m) => !existsSync(m.path));
  if (still.length) throw new Error(`Still missing after apt-get: ${still.map((m) => m.path).join(", ")}`);
}
