// Shared plumbing for `npm run bench`: child processes that are always cleaned up, a throwaway
// `wrangler dev` on its own port and persist dir, an HTTP load loop and small statistics.
// Plain Node (no dependencies): child_process, http, fs.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: every wrangler command runs here, next to wrangler.toml. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const RESULTS_DIR = join(ROOT, "bench-results");

/** Loopback only; the bench never listens on or calls anything else. */
export const HOST = "127.0.0.1";

/**
 * Offline and quiet wrangler. `--env-file` replaces .dev.vars, and process.env is not read into
 * the Worker, so a developer's own .dev.vars or shell never leaks into a benchmark.
 */
export const WRANGLER_ENV = (() => {
  const env = {
    ...process.env,
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    WRANGLER_SEND_METRICS: "false",
    CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV: "true",
    FORCE_COLOR: "0",
    NO_COLOR: "1",
  };
  delete env.CLOUDFLARE_INCLUDE_PROCESS_ENV;
  return env;
})();

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The bench's own port range; other tools (e2e tests, a dev server) may hold some of them. */
const PORT_RANGE = [8791, 8792, 8793, 8794, 8795, 8796, 8797, 8798, 8799];
const handedOut = new Set();

function isFree(port) {
  return new Promise((resolvePromise) => {
    const server = net.createServer();
    server.once("error", () => resolvePromise(false));
    server.listen(port, HOST, () => server.close(() => resolvePromise(true)));
  });
}

/** A port from 8791–8799 that nothing listens on now and this run has not handed out yet. */
export async function takePort() {
  for (const port of PORT_RANGE) {
    if (handedOut.has(port)) continue;
    if (await isFree(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_RANGE[0]}–${PORT_RANGE.at(-1)} on ${HOST}`);
}

/** Gives a port back once its process is gone. */
export function releasePort(port) {
  handedOut.delete(port);
}

// ---------------------------------------------------------------------------------------------
// Processes: each child leads its own process group (detached), so killing the group also ends
// npx's wrangler, wrangler's workerd and esbuild. Every live group is killed on any way out.

const live = new Set();

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM the child's process group, then SIGKILL whatever is left after `graceMs`. */
export async function stop(child, graceMs = 3000) {
  if (!live.has(child)) return;
  killGroup(child, "SIGTERM");
  const exited = child.exitCode !== null || child.signalCode !== null;
  if (!exited) await Promise.race([new Promise((r) => child.once("exit", r)), sleep(graceMs)]);
  // workerd can outlive its wrangler parent: always finish the group off.
  killGroup(child, "SIGKILL");
  live.delete(child);
}

export async function stopAll() {
  await Promise.all([...live].map((child) => stop(child, 1500)));
}

/** Temp folders to delete however the run ends. */
const tempDirs = new Set();

/** mkdtemp in the OS temp dir, deleted on exit even after an interrupt. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

// A synchronous last resort (an uncaught error, process.exit): SIGKILL every group still alive.
process.on("exit", () => {
  for (const child of live) killGroup(child, "SIGKILL");
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping every process the bench started…`);
    for (const child of live) killGroup(child, "SIGKILL");
    process.exit(130);
  });
}

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * Starts `npx wrangler …` in its own process group, collecting its output line by line.
 * `onLine(line, stream)` sees every line as it arrives.
 */
export function spawnWrangler(args, { onLine } = {}) {
  const child = spawn("npx", ["wrangler", ...args], {
    cwd: ROOT,
    env: WRANGLER_ENV,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Listed until stop(): the group may hold grandchildren (workerd) after npx itself exits.
  live.add(child);
  const output = [];
  for (const stream of ["stdout", "stderr"]) {
    let buffered = "";
    child[stream].setEncoding("utf8");
    child[stream].on("data", (chunk) => {
      buffered += chunk;
      const lines = buffered.split(/\r?\n/);
      buffered = lines.pop() ?? "";
      for (const raw of lines) {
        // wrangler colours its error boxes even with FORCE_COLOR=0.
        const line = raw.replace(ANSI, "");
        output.push(`[${stream}] ${line}`);
        onLine?.(line, stream);
      }
    });
    child[stream].on("end", () => {
      const line = buffered.replace(ANSI, "");
      if (line) {
        output.push(`[${stream}] ${line}`);
        onLine?.(line, stream);
      }
    });
  }
  return { child, output };
}

/** Runs a wrangler command to completion (killed after `timeoutMs`); never throws on exit code. */
export async function runWrangler(args, timeoutMs) {
  const started = Date.now();
  const { child, output } = spawnWrangler(args);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stop(child, 1000);
  }, timeoutMs);
  const code = await new Promise((r) => child.once("exit", (c, s) => r(c ?? s)));
  clearTimeout(timer);
  await stop(child, 500);
  return { code, timedOut, ms: Date.now() - started, output: output.join("\n") };
}

/** Like runWrangler, but throws with the tail of the output when the command fails. */
export async function mustRunWrangler(args, timeoutMs) {
  const result = await runWrangler(args, timeoutMs);
  if (result.code !== 0) {
    const tail = result.output.split("\n").slice(-15).join("\n");
    throw new Error(
      `wrangler ${args.slice(0, 3).join(" ")} ${result.timedOut ? `timed out after ${timeoutMs} ms` : `exited ${result.code}`}:\n${tail}`,
    );
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// A throwaway `wrangler dev`: fresh persist dir, migrated, its own vars.

export const BENCH_TOKEN = "bench-admin-token";

/** Vars every bench Worker gets (offline providers unless a benchmark overrides them). */
export function benchVars(port, extra = {}) {
  return {
    ADMIN_TOKEN: BENCH_TOKEN,
    MEDIA_SIGNING_KEY: "bench-media-signing-key",
    PUBLIC_BASE_URL: `http://${HOST}:${port}`,
    ON_DEMAND_PER_HOUR: "1000",
    OPENAI_API_KEY: "",
    AWS_ACCESS_KEY_ID: "",
    AWS_SECRET_ACCESS_KEY: "",
    ...extra,
  };
}

/** Deletes and re-creates `.wrangler/bench-<name>`, then applies the D1 migrations to it. */
export async function freshDatabase(name) {
  const persistTo = join(".wrangler", `bench-${name}`);
  rmSync(join(ROOT, persistTo), { recursive: true, force: true });
  mkdirSync(join(ROOT, persistTo), { recursive: true });
  await mustRunWrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo], 120_000);
  return persistTo;
}

/**
 * Starts `wrangler dev` on 127.0.0.1:`port` against `persistTo` with `vars` (written to a temp
 * env file, which wrangler loads instead of .dev.vars) and waits until `GET /` answers.
 * `onLine(line)` sees every line of its output. Returns { url, child, output, lines, waitForLine, close }.
 */
export async function startDev({
  name,
  port,
  inspectorPort,
  persistTo,
  vars,
  build,
  startTimeoutMs = 120_000,
  onLine: watch,
}) {
  const envDir = tempDir(`nightlight-bench-${name}-`);
  const envFile = join(envDir, "bench.env");
  writeFileSync(
    envFile,
    `${Object.entries(vars)
      .map(([k, v]) => `${k}=${v}`)
      .join("\n")}\n`,
  );

  const lines = [];
  const waiters = new Set();
  const onLine = (line) => {
    lines.push(line);
    watch?.(line);
    for (const waiter of waiters) {
      if (waiter.match(line)) {
        waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  };
  const args = [
    "dev",
    // A snapshot of the code and assets outside the source tree (see buildWorker): edits to src/ or
    // public/ during a run then cannot reload the Worker and drop in-flight work. With a script
    // given, wrangler would look for its config next to the script, so ours is named.
    ...(build ? [build.script, "--no-bundle", "--assets", build.assets, "--config", join(ROOT, "wrangler.toml")] : []),
    "--port",
    String(port),
    "--ip",
    HOST,
    "--inspector-port",
    String(inspectorPort),
    "--persist-to",
    persistTo,
    "--env-file",
    envFile,
    "--show-interactive-dev-session=false",
  ];
  const { child, output } = spawnWrangler(args, { onLine });
  const url = `http://${HOST}:${port}`;

  /** Resolves with the first line (already seen or future) matching `match`, or null on timeout. */
  function waitForLine(match, timeoutMs) {
    const seen = lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolvePromise) => {
      const waiter = { match, resolve: resolvePromise };
      waiters.add(waiter);
      setTimeout(() => {
        if (waiters.delete(waiter)) resolvePromise(null);
      }, timeoutMs);
    });
  }

  async function close() {
    await stop(child);
    removeTempDir(envDir);
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, `${name}-wrangler.log`), `${output.join("\n")}\n`);
  }

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await close();
      throw new Error(
        `wrangler dev exited early (${child.exitCode ?? child.signalCode}):\n${output.slice(-20).join("\n")}`,
      );
    }
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      return { url, child, output, lines, waitForLine, close, homeStatus: res.status };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await close();
      throw new Error(
        `wrangler dev did not answer GET / within ${startTimeoutMs} ms:\n${output.slice(-20).join("\n")}`,
      );
    }
    await sleep(300);
  }
}

/**
 * Bundles the Worker once, exactly as `wrangler deploy` would, into a temp folder, with a copy of
 * public/ beside it; returns { script, assets, dir }. Every wrangler dev of the run serves this one
 * snapshot, so other people's edits during the run change nothing.
 */
export async function buildWorker() {
  const dir = tempDir("nightlight-bench-build-");
  try {
    cpSync(join(ROOT, "public"), join(dir, "public"), { recursive: true });
    await mustRunWrangler(["deploy", "--dry-run", "--outdir", join(dir, "worker")], 180_000);
  } catch (error) {
    removeTempDir(dir);
    throw error;
  }
  return { script: join(dir, "worker", "index.js"), assets: join(dir, "public"), dir };
}

/** The JSON log lines the Worker printed (one object per line), optionally only one event. */
export function jsonLogs(lines, event) {
  const found = [];
  for (const line of lines) {
    const start = line.indexOf("{");
    if (start < 0) continue;
    try {
      const value = JSON.parse(line.slice(start));
      if (value && typeof value === "object" && typeof value.event === "string" && (!event || value.event === event))
        found.push(value);
    } catch {
      // Not a log line of ours.
    }
  }
  return found;
}

/** fetch with a bearer token and a timeout; returns { status, body } (body parsed when JSON). */
export async function api(url, { method = "GET", body, timeoutMs = 30_000 } = {}) {
  const res = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${BENCH_TOKEN}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let parsed = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Leave it as text.
  }
  return { status: res.status, body: parsed };
}

// ---------------------------------------------------------------------------------------------
// Load: `clients` keep-alive connections, each sending the next GET as soon as the last finished.

function getOnce(agent, url, timeoutMs) {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const req = http.get(url, { agent }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolvePromise({ status: res.statusCode, ms: performance.now() - started }));
      res.on("error", () => resolvePromise({ status: 0, ms: performance.now() - started }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error("timeout")));
    req.on("error", () => resolvePromise({ status: 0, ms: performance.now() - started }));
  });
}

/**
 * Warms up for `warmupMs`, then counts `okStatus` (200) responses completed within `durationMs`.
 * Bounded by time and by `maxRequests`. Returns { ok, other, failed, reqPerSec, p50Ms, p99Ms, statuses }.
 */
export async function hammer(
  url,
  {
    clients = 16,
    warmupMs = 2000,
    durationMs = 8000,
    maxRequests = 500_000,
    requestTimeoutMs = 10_000,
    okStatus = 200,
  } = {},
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  let sent = 0;
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const end = measureFrom + durationMs;
  const latencies = [];
  const statuses = {};
  let ok = 0;
  let other = 0;
  let failed = 0;

  async function client() {
    while (performance.now() < end && sent < maxRequests) {
      sent++;
      const issued = performance.now();
      const { status, ms } = await getOnce(agent, url, requestTimeoutMs);
      const done = performance.now();
      // Only requests issued and finished inside the window count.
      if (issued < measureFrom || done > end) continue;
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === okStatus) {
        ok++;
        latencies.push(ms);
      } else if (status === 0) failed++;
      else other++;
    }
  }
  await Promise.all(Array.from({ length: clients }, client));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    ok,
    other,
    failed,
    statuses,
    reqPerSec: round((ok / durationMs) * 1000, 1),
    p50Ms: round(percentile(latencies, 0.5), 1),
    p99Ms: round(percentile(latencies, 0.99), 1),
  };
}

// ---------------------------------------------------------------------------------------------
// Numbers.

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function round(value, digits = 0) {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export const kib = (bytes) => round(bytes / 1024, 1);
