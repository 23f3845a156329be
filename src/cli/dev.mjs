#!/usr/bin/env node
// `npm run dev [-- wrangler dev flags]`: a first run needs nothing but `npm install`.
// 1. .dev.vars from .dev.vars.example when missing (dev-only secrets, offline providers);
// 2. local D1 migrated and seeded (the seed is migration 0001);
// 3. wrangler dev on :8787, with any extra flags passed through (e.g. `-- --port 8790`).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";

if (!existsSync(".dev.vars")) {
  copyFileSync(".dev.vars.example", ".dev.vars");
  console.log("Created .dev.vars from .dev.vars.example (offline providers; edit it to add keys).");
}

// Offline machines: don't try to download Request.cf data or send telemetry.
const env = { CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", ...process.env };
const run = (args) => spawnSync("wrangler", args, { stdio: "inherit", env, shell: process.platform === "win32" });

const migrate = run(["d1", "migrations", "apply", "DB", "--local"]);
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const dev = run(["dev", ...process.argv.slice(2)]);
process.exit(dev.status ?? 0);
