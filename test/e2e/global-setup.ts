/**
 * Global setup for the browser tests: makes sure Debian chromium is installed, then starts the
 * app as a family would run it — migrations applied, then `wrangler dev` with the vars from
 * .dev.vars.example — on a free port in 8794–8798 with a fresh local store (.wrangler/e2e).
 * Tests read the base URL with `inject("baseUrl")`. The teardown kills wrangler's whole process
 * group, and so does any failure on the way up.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { delimiter, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM, WRANGLER_LOG } from "./browser";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, "../..");
const PERSIST_DIR = ".wrangler/e2e";
const PORTS = [8794, 8795, 8796, 8797, 8798];
const READY_TIMEOUT_MS = 90_000;
// Sign-in links are read from this log (browser.ts signIn), as a newcomer reads them in the terminal.
const LOG_FILE = WRANGLER_LOG;

// node_modules/.bin first: wrangler needs the Node 24 that the `node` dev-dependency puts there.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: [resolve(ROOT, "node_modules/.bin"), process.env.PATH ?? ""].join(delimiter),
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
};
const wrangler = resolve(ROOT, "node_modules/.bin/wrangler");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureChromium();
  // Fresh results each run, so a -failed screenshot is never left over from an earlier one.
  rmSync(resolve(ROOT, "test-results/e2e"), { recursive: true, force: true });
  mkdirSync(resolve(ROOT, "test-results/e2e"), { recursive: true });

  rmSync(resolve(ROOT, PERSIST_DIR), { recursive: true, force: true });
  const migrate = spawnSync(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", PERSIST_DIR], {
    cwd: ROOT,
    env: { ...env, CI: "true" }, // never wait for a "continue?" prompt
    encoding: "utf8",
  });
  if (migrate.status !== 0) {
    throw new Error(`e2e: applying migrations failed (exit ${migrate.status}):\n${migrate.stdout}\n${migrate.stderr}`);
  }

  const port = await firstFreePort(PORTS);
  const inspectorPort = await anyFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const args = [
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-port",
    String(inspectorPort),
    "--persist-to",
    PERSIST_DIR,
    "--env-file",
    ".dev.vars.example",
    "--show-interactive-dev-session=false",
  ];
  console.log(`e2e: starting wrangler ${args.join(" ")} (log: ${LOG_FILE})`);

  // Its own process group (detached), so the teardown can end wrangler and workerd together.
  const child = spawn(wrangler, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const log = createWriteStream(LOG_FILE);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const onExit = () => killGroup(child, "SIGKILL");
  process.once("exit", onExit);

  try {
    await waitUntilReady(`${baseUrl}/sign-in`, child);
  } catch (error) {
    await stop(child);
    throw new Error(`${(error as Error).message}\n--- last lines of ${LOG_FILE} ---\n${tail(LOG_FILE)}`);
  }
  console.log(`e2e: app is up at ${baseUrl}`);
  project.provide("baseUrl", baseUrl);

  return async function teardown() {
    process.off("exit", onExit);
    await stop(child);
  };
}

/** Installs Debian chromium when it is missing (we run as root, locally and on CI). */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  console.log(`e2e: ${CHROMIUM} is missing; running apt-get update && apt-get install -y chromium`);
  const install = spawnSync("sh", ["-c", "apt-get update && apt-get install -y chromium"], { stdio: "inherit" });
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    throw new Error(
      `e2e: could not install chromium (apt-get exited with ${install.status ?? install.error?.message}). ` +
        `The browser tests need Debian's chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` as root, then \`npm test\` again.`,
    );
  }
}

/** Polls until the URL answers 200; fails early if wrangler exits, and after READY_TIMEOUT_MS. */
async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`e2e: wrangler dev exited (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`e2e: ${url} did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${last})`);
}

/** SIGTERM to the whole group, SIGKILL if it is still there after 5 s. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return killGroup(child, "SIGKILL");
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  killGroup(child, "SIGTERM");
  const timer = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 5_000));
  if ((await Promise.race([exited, timer])) === "timeout") killGroup(child, "SIGKILL");
  // workerd may outlive wrangler by a moment; make sure nothing of the group is left.
  killGroup(child, "SIGKILL");
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

async function firstFreePort(candidates: number[]): Promise<number> {
  for (const port of candidates) {
    if (await canListen(port)) return port;
  }
  throw new Error(
    `e2e: no free port in ${candidates[0]}–${candidates.at(-1)} on 127.0.0.1 (is another run still going?)`,
  );
}

function canListen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once("error", () => done(false));
    server.listen(port, "127.0.0.1", () => server.close(() => done(true)));
  });
}

/** A port the OS says is free right now (for wrangler's inspector, so parallel runs don't clash). */
function anyFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}
