#!/usr/bin/env node
// `npm run dev [-- wrangler dev flags]`: a first run needs nothing but `npm install`.
// 1. .dev.vars from .dev.vars.example when missing (dev-only secrets, offline providers);
// 2. local D1 migrated and seeded (the seed is migration 0001);
// 3. wrangler dev on :8787, with any extra flags passed through (e.g. `-- --port 8790`), and
//    PUBLIC_BASE_URL following that port.
import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, readFileSync } from "node:fs";
import { devBaseUrl } from "./dev-base-url.mjs";

if (!existsSync(".dev.vars")) {
  copyFileSync(".dev.vars.example", ".dev.vars");
  console.log("Created .dev.vars from .dev.vars.example (offline providers; edit it to add keys).");
} else {
  // A .dev.vars from an older checkout gets the keys added since (e.g. SESSION_SECRET), with
  // their example values; what is already there is left alone.
  const keys = (text) => new Set([...text.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
  const have = keys(readFileSync(".dev.vars", "utf8"));
  const missing = readFileSync(".dev.vars.example", "utf8")
    .split("\n")
    .filter((line) => /^[A-Z0-9_]+=/.test(line) && !have.has(line.split("=")[0]));
  if (missing.length > 0) {
    appendFileSync(".dev.vars", `\n${missing.join("\n")}\n`);
    console.log(`Added to .dev.vars from .dev.vars.example: ${missing.map((l) => l.split("=")[0]).join(", ")}`);
  }
}

// Offline machines: don't try to download Request.cf data or send telemetry.
const env = { CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", ...process.env };
const run = (args) => spawnSync("wrangler", args, { stdio: "inherit", env, shell: process.platform === "win32" });

const migrate = run(["d1", "migrations", "apply", "DB", "--local"]);
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

// Links in emails follow the port actually used, unless the developer chose another host.
const args = process.argv.slice(2);
const devVars = existsSync(".dev.vars") ? readFileSync(".dev.vars", "utf8") : "";
const baseUrl = devBaseUrl({ args, devVars, env: process.env.PUBLIC_BASE_URL });
const base = baseUrl ? ["--var", `PUBLIC_BASE_URL:${baseUrl}`] : [];
const dev = run(["dev", ...base, ...args]);
process.exit(dev.status ?? 0);
