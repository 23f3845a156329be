// `npm run chaos`: a whole night going wrong at once, then a count of what survived.
//
// Starts `wrangler dev` (own port and state) against a stand-in for OpenAI and Polly that fails a
// share of calls (5xx, 429 + Retry-After, hangs, malformed/truncated JSON, over-long output), makes
// N households due tonight across time zones plus M on-demand stories, fires the cron every few
// seconds, kills the Worker (`kill -9`) k times at random points and restarts it on the same local
// state (local queue messages die with it, as in a real incident), lets the providers recover,
// drains, and prints one table. Exits 1 on any lost story, doubled or missing email, orphaned R2
// object or impossible row. Seeded: the same seed makes the same night.
//
//   npm run chaos                                # N=200, M=20, k=3, 30 % faults
//   npm run chaos -- --households 20 --kills 1   # the CI-sized night (`--ci` sets the CI sizes)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { parseArgs } from "node:util";
import {
  BENCH_TOKEN,
  benchVars,
  buildWorker,
  freshDatabase,
  ROOT,
  releasePort,
  removeTempDir,
  sleep,
  startDev,
  stopAll,
  takePort,
} from "../bench/lib.mjs";
import { prng, startFaultyProviders } from "./faulty-providers.mjs";

const { values: opts } = parseArgs({
  options: {
    ci: { type: "boolean", default: false },
    households: { type: "string" },
    "on-demand": { type: "string" },
    kills: { type: "string" },
    faults: { type: "string", default: "0.3" },
    seed: { type: "string", default: "nightlight-chaos" },
    "chaos-seconds": { type: "string" },
    "drain-seconds": { type: "string", default: "600" },
    "tick-seconds": { type: "string", default: "3" },
  },
});
const N = Number(opts.households ?? (opts.ci ? 20 : 200));
const M = Number(opts["on-demand"] ?? (opts.ci ? 4 : 20));
const K = Number(opts.kills ?? (opts.ci ? 1 : 3));
const SHARE = Number(opts.faults);
const CHAOS_MS = Number(opts["chaos-seconds"] ?? (opts.ci ? 45 : 120)) * 1000;
const DRAIN_MS = Number(opts["drain-seconds"]) * 1000;
const TICK_MS = Number(opts["tick-seconds"]) * 1000;
const random = prng(opts.seed);

const ZONES = [
  "Europe/London",
  "Europe/Paris",
  "America/New_York",
  "America/Los_Angeles",
  "Asia/Tokyo",
  "Australia/Sydney",
  "America/Sao_Paulo",
  "Asia/Kolkata",
  "Africa/Nairobi",
  "Pacific/Auckland",
];
const LANGUAGES = ["en", "fr", "es"];

/** The local wall-clock "HH:MM" in `zone`, `minutesAgo` minutes before now. */
function localHHMM(zone, minutesAgo) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(Date.now() - minutesAgo * 60_000));
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("hour")}:${get("minute")}`;
}

/** The one .sqlite file miniflare keeps for a D1 database or R2 bucket under `persistTo`. */
function sqliteFile(persistTo, kind) {
  const dir = join(ROOT, persistTo, "v3", kind);
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  return file ? join(dir, file) : undefined;
}

/** N households due a minute ago in their own zones, each with the seed family's cast and places. */
function seedHouseholds(persistTo) {
  const db = new DatabaseSync(sqliteFile(persistTo, "d1/miniflare-D1DatabaseObject"), { timeout: 15_000 });
  const placesTable = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('places', 'scenes')")
    .get()?.name;
  const now = Date.now();
  const insert = db.prepare(
    `INSERT INTO households (id, name, email, timezone, bedtime, language, child_age, story_length, rhyming, illustration_style, next_bedtime_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'short', 0, 'watercolor', 0, ?, ?)`,
  );
  db.exec("BEGIN");
  for (let i = 0; i < N; i++) {
    const id = `hh_chaos_${i}`;
    const zone = ZONES[i % ZONES.length];
    insert.run(
      id,
      `Chaos Family ${i}`,
      `family${i}@chaos.example`,
      zone,
      localHHMM(zone, 1 + (i % 3)),
      LANGUAGES[i % 3],
      3 + (i % 7),
      now,
      now,
    );
    db.prepare(
      `INSERT INTO characters (id, household_id, name, looks, personality, created_at) SELECT id || '_' || ?1, ?2, name, looks, personality, created_at FROM characters WHERE household_id = 'hh_default'`,
    ).run(String(i), id);
    db.prepare(
      `INSERT INTO ${placesTable} (id, household_id, name, description, time_of_day, created_at) SELECT id || '_' || ?1, ?2, name, description, time_of_day, created_at FROM ${placesTable} WHERE household_id = 'hh_default'`,
    ).run(String(i), id);
  }
  // The seed family is not part of the night.
  db.prepare("UPDATE households SET next_bedtime_at = ?1 WHERE id = 'hh_default'").run(now + 86_400_000);
  db.exec("COMMIT");
  db.close();
}

/** Every email the Worker sent, read from the files wrangler writes (path in its log line). */
const emails = [];
function watchEmails(line) {
  const match = /Text: (\S+)/.exec(line);
  if (!match) return;
  try {
    const text = readFileSync(match[1], "utf8");
    emails.push({ storyIds: [...text.matchAll(/\/stories\/([A-Za-z0-9_-]{24})/g)].map((m) => m[1]) });
  } catch (error) {
    emails.push({ storyIds: [], error: String(error) });
  }
}

async function main() {
  const started = Date.now();
  console.log(
    `chaos night: ${N} households, ${M} on-demand, ${K} kills, ${Math.round(SHARE * 100)} % provider faults, seed ${opts.seed}`,
  );
  const [port, providerPort] = [await takePort(), await takePort()];
  const inspectorPort = await takePort();
  const providers = await startFaultyProviders(providerPort, { share: SHARE, seed: opts.seed, hangMs: 15_000 });
  const build = await buildWorker();
  const persistTo = await freshDatabase("chaos");
  seedHouseholds(persistTo);

  const vars = benchVars(port, {
    OPENAI_API_KEY: "chaos-key",
    OPENAI_BASE_URL: `${providers.url}/v1`,
    AWS_ACCESS_KEY_ID: "chaos",
    AWS_SECRET_ACCESS_KEY: "chaos",
    AWS_ENDPOINT_URL_POLLY: providers.url,
    // Compressed time: repair lost work within seconds, email at a short deadline.
    SWEEP_AFTER_MINUTES: "0.5",
    NOTIFY_DEADLINE_MINUTES: "1",
    ON_DEMAND_PER_HOUR: "1000",
  });
  const boot = () => startDev({ name: "chaos", port, inspectorPort, persistTo, vars, build, onLine: watchEmails });
  let dev = await boot();

  const accepted = [];
  const refused = [];
  const tick = () =>
    fetch(`${dev.url}/cdn-cgi/handler/scheduled?cron=*/5+*+*+*+*`)
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
  // A parent's app tries again when it can't reach the server at all (the Worker is restarting);
  // an answer, even an error, is final.
  let clientRetries = 0;
  const ask = async (i) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(`${dev.url}/api/stories`, {
          method: "POST",
          headers: { Authorization: `Bearer ${BENCH_TOKEN}`, "Content-Type": "application/json" },
          body: JSON.stringify({ householdId: `hh_chaos_${i % N}`, prompt: "a dragon who can't sleep", notify: true }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = await res.json().catch(() => ({}));
        if (res.status === 202 && body.id) accepted.push(body.id);
        else refused.push({ status: res.status, error: body.error });
        return;
      } catch (error) {
        if (attempt >= 10) return void refused.push({ status: 0, error: String(error) });
        clientRetries++;
        await sleep(3000);
      }
    }
  };
  const asking = [];

  // The chaos phase: cron every few seconds, on-demand wishes spread out, k kills at random times.
  const chaosStart = Date.now();
  const killAt = Array.from({ length: K }, () => chaosStart + 10_000 + random() * (CHAOS_MS - 10_000)).sort(
    (a, b) => a - b,
  );
  const askAt = Array.from({ length: M }, () => chaosStart + random() * CHAOS_MS).sort((a, b) => a - b);
  let asked = 0;
  let kills = 0;
  const chaosEnd = Date.now() + CHAOS_MS;
  while (Date.now() < chaosEnd) {
    await tick();
    while (asked < M && askAt[asked] <= Date.now()) asking.push(ask(asked++));
    if (kills < K && killAt[kills] <= Date.now()) {
      kills++;
      console.log(`kill -9 #${kills} at ${Math.round((Date.now() - started) / 1000)} s`);
      process.kill(-dev.child.pid, "SIGKILL");
      await dev.close();
      dev = await boot();
    }
    await sleep(TICK_MS);
  }
  while (asked < M) asking.push(ask(asked++));
  await Promise.all(asking);

  // The providers recover; drain until nothing is in flight (or give up).
  providers.setShare(0);
  const recoveredAt = Date.now();
  let drained = false;
  while (Date.now() - recoveredAt < DRAIN_MS) {
    await tick();
    const state = inFlight(persistTo);
    if (state === 0) {
      drained = true;
      break;
    }
    await sleep(TICK_MS);
  }
  // Let the last emails' files be written.
  await sleep(2000);
  const drainMs = Date.now() - recoveredAt;
  await dev.close();
  await providers.close();
  removeTempDir(build.dir);
  for (const p of [port, providerPort, inspectorPort]) releasePort(p);

  const report = count(persistTo, accepted, refused, providers.counts());
  report.clientRetries = clientRetries;
  report.drained = drained;
  report.drainSeconds = Math.round(drainMs / 1000);
  report.totalSeconds = Math.round((Date.now() - started) / 1000);
  print(report);
  const bad =
    report.lost +
    report.duplicateEmails +
    report.missingEmails +
    report.orphanObjects +
    report.impossible +
    report.refusedWith5xx;
  if (bad > 0 || !drained) {
    console.error("chaos night FAILED: something was lost, doubled, orphaned or stuck");
    process.exitCode = 1;
  } else {
    console.log("chaos night passed: nothing lost, nothing doubled, nothing orphaned");
  }
}

/** Stories and assets still moving (read straight from the local D1 file). */
function inFlight(persistTo) {
  const db = new DatabaseSync(sqliteFile(persistTo, "d1/miniflare-D1DatabaseObject"), {
    readOnly: true,
    timeout: 15_000,
  });
  try {
    const stories = db.prepare("SELECT count(*) AS n FROM stories WHERE status IN ('pending', 'written')").get().n;
    const unsent = db
      .prepare("SELECT count(*) AS n FROM stories WHERE notify = 1 AND notified_at IS NULL AND status = 'ready'")
      .get().n;
    return stories + unsent;
  } finally {
    db.close();
  }
}

function count(persistTo, accepted, refused, calls) {
  const db = new DatabaseSync(sqliteFile(persistTo, "d1/miniflare-D1DatabaseObject"), {
    readOnly: true,
    timeout: 15_000,
  });
  const all = db
    .prepare(
      "SELECT id, household_id, kind, status, error, notify, notified_at FROM stories WHERE household_id LIKE 'hh_chaos_%'",
    )
    .all();
  const byId = new Map(all.map((s) => [s.id, s]));
  const nightly = all.filter((s) => s.kind === "nightly");
  const householdsWithNightly = new Set(nightly.map((s) => s.household_id));
  const missingNightly = N - householdsWithNightly.size;
  const missingOnDemand = accepted.filter((id) => !byId.has(id)).length;
  const stuck = all.filter((s) => s.status === "pending" || s.status === "written").length;
  const failedSilently = all.filter((s) => s.status === "failed" && !s.error).length;
  const sentTo = new Map();
  for (const email of emails) for (const id of new Set(email.storyIds)) sentTo.set(id, (sentTo.get(id) ?? 0) + 1);
  const wantEmail = all.filter((s) => s.notify === 1 && s.status === "ready");
  const duplicateEmails = [...sentTo.values()].filter((n) => n > 1).length;
  const missingEmails = wantEmail.filter((s) => !sentTo.has(s.id) && s.notified_at === null).length;
  const claimedNotSent = wantEmail.filter((s) => !sentTo.has(s.id) && s.notified_at !== null).length;
  const impossible = [
    "SELECT count(*) AS n FROM stories WHERE status = 'ready' AND EXISTS (SELECT 1 FROM assets a WHERE a.story_id = stories.id AND a.status = 'pending')",
    "SELECT count(*) AS n FROM stories WHERE status IN ('written', 'ready') AND NOT EXISTS (SELECT 1 FROM assets a WHERE a.story_id = stories.id)",
    "SELECT count(*) AS n FROM stories WHERE status IN ('pending', 'failed') AND notified_at IS NOT NULL",
    "SELECT count(*) AS n FROM assets WHERE status = 'ready' AND r2_key IS NULL",
    "SELECT count(*) AS n FROM assets WHERE status = 'pending' AND story_id IN (SELECT id FROM stories WHERE status IN ('ready', 'failed'))",
  ].reduce((sum, sql) => sum + db.prepare(sql).get().n, 0);
  const keys = new Set(
    db
      .prepare(
        "SELECT r2_key AS k FROM assets WHERE r2_key IS NOT NULL UNION SELECT marks_key FROM assets WHERE marks_key IS NOT NULL",
      )
      .all()
      .map((r) => r.k),
  );
  const storyIds = new Set(
    db
      .prepare("SELECT id FROM stories")
      .all()
      .map((r) => r.id),
  );
  const deadLetters = db.prepare("SELECT count(*) AS n FROM dead_letters").get().n;
  db.close();

  const r2File = sqliteFile(persistTo, "r2/miniflare-R2BucketObject");
  let objects = [];
  if (r2File) {
    const r2 = new DatabaseSync(r2File, { readOnly: true, timeout: 15_000 });
    objects = r2
      .prepare("SELECT key FROM _mf_objects")
      .all()
      .map((r) => r.key);
    r2.close();
  }
  const orphanObjects = objects.filter((key) => !storyIds.has(key.split("/")[1])).length;
  const unrecorded = objects.filter((key) => storyIds.has(key.split("/")[1]) && !keys.has(key)).length;
  const failedReasons = {};
  for (const s of all.filter((s) => s.status === "failed")) {
    const reason = String(s.error)
      .replace(/[A-Za-z0-9_-]{24}/g, "…")
      .slice(0, 90);
    failedReasons[reason] = (failedReasons[reason] ?? 0) + 1;
  }
  const providerCalls = Object.values(calls.kinds).reduce((a, b) => a + b, 0);
  return {
    stories: all.length,
    ready: all.filter((s) => s.status === "ready").length,
    failedVisible: all.filter((s) => s.status === "failed" && s.error).length,
    failedReasons,
    lost: missingNightly + missingOnDemand + stuck + failedSilently,
    lostDetail: { missingNightly, missingOnDemand, stuck, failedSilently },
    accepted: accepted.length,
    refused: refused.length,
    refusedWith5xx: refused.filter((r) => r.status >= 500 || r.status === 0).length,
    refusedDetail: refused.slice(0, 5),
    emails: emails.length,
    duplicateEmails,
    missingEmails,
    claimedNotSent,
    r2Objects: objects.length,
    orphanObjects,
    unrecordedObjects: unrecorded,
    impossible,
    deadLetters,
    providerCalls,
    providerCallsPerStory: all.length ? Math.round((providerCalls / all.length) * 10) / 10 : 0,
    faults: calls.faults,
  };
}

function print(r) {
  const rows = [
    ["stories (nightly + on-demand)", r.stories],
    ["ready", r.ready],
    ["failed, with a reason", r.failedVisible],
    ["LOST (must be 0)", `${r.lost}  ${JSON.stringify(r.lostDetail)}`],
    [
      "on-demand accepted / refused",
      `${r.accepted} / ${r.refused} (5xx or no answer: ${r.refusedWith5xx}; client retries while down: ${r.clientRetries})`,
    ],
    ["emails sent", r.emails],
    ["emails doubled (must be 0)", r.duplicateEmails],
    ["emails missing (must be 0)", r.missingEmails],
    ["emails claimed, outcome unknown", r.claimedNotSent],
    ["R2 objects", r.r2Objects],
    ["R2 objects without a story (must be 0)", r.orphanObjects],
    ["R2 objects not recorded on an asset", r.unrecordedObjects],
    ["D1 rows in impossible states (must be 0)", r.impossible],
    ["dead letters recorded", r.deadLetters],
    ["drained", `${r.drained} in ${r.drainSeconds} s after recovery (${r.totalSeconds} s in all)`],
    ["provider calls (per story)", `${r.providerCalls} (${r.providerCallsPerStory})`],
    ["faults injected", JSON.stringify(r.faults)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log("");
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  if (Object.keys(r.failedReasons).length > 0) {
    console.log("\nwhy stories failed:");
    for (const [reason, n] of Object.entries(r.failedReasons)) console.log(`  ${String(n).padStart(4)}  ${reason}`);
  }
  if (r.refusedDetail.length > 0)
    console.log("\nrefused on-demand requests (first 5):", JSON.stringify(r.refusedDetail));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
