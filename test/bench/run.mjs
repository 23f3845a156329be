#!/usr/bin/env node
// `npm run bench [-- --only bundle,pages,cron,media,story,spam]`: measures Nightlight against the issue's
// goals and prints a table; results go to bench-results/latest.json (gitignored), each wrangler
// dev's output to bench-results/<name>-wrangler.log. Benchmarks measure, they never fail: the exit
// code is 0 unless the run is interrupted.
//
// Every wrangler dev runs on 127.0.0.1 (ports 8791–8799) against its own fresh persist dir under
// .wrangler/bench-<name>, never the dev database, and every process started here is killed on the
// way out (process-group kill), even on failure.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import {
  api,
  benchVars,
  buildWorker,
  freshDatabase,
  hammer,
  jsonLogs,
  kib,
  median,
  mustRunWrangler,
  RESULTS_DIR,
  ROOT,
  releasePort,
  removeTempDir,
  round,
  runWrangler,
  sleep,
  startDev,
  stopAll,
  takePort,
  tempDir,
} from "./lib.mjs";
import { spamRows, spamScores } from "./spam.mjs";
import { startStandIn } from "./stand-in.mjs";
import { storyQuality, storyRows } from "./story-quality.mjs";

/**
 * Runs `work(port, inspectorPort)` with two ports from 8791–8799 that are free right now (an e2e
 * run or a dev server may hold some), giving them back afterwards.
 */
async function withPorts(count, work) {
  const ports = [];
  try {
    for (let i = 0; i < count; i++) ports.push(await takePort());
    return await work(...ports);
  } finally {
    ports.forEach(releasePort);
  }
}

/** The whole run is bounded; past this the current benchmark is abandoned and everything killed. */
const RUN_LIMIT_MS = 8 * 60_000;

const GOALS = {
  bundleGzipKiB: 350,
  pageToStaticRatio: 0.7,
  claimMs: 5000,
  mediaPerL: 1.5,
};

// ---------------------------------------------------------------------------------------------
// 1. Bundle size: what `wrangler deploy` would upload.

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** What takes the room: bytes in the output per npm package (or per top folder of our own code). */
function largestInputs(metafile, top = 10) {
  let meta;
  try {
    meta = JSON.parse(readFileSync(metafile, "utf8"));
  } catch {
    return null;
  }
  const byOwner = {};
  for (const output of Object.values(meta.outputs ?? {})) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs ?? {})) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      const owner = pkg ?? input.split("/").slice(0, 2).join("/");
      byOwner[owner] = (byOwner[owner] ?? 0) + bytesInOutput;
    }
  }
  return Object.entries(byOwner)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([owner, bytes]) => ({ owner, rawKiB: kib(bytes) }));
}

async function bundleOnce(extraArgs) {
  const outdir = tempDir("nightlight-bench-bundle-");
  try {
    const metafile = join(outdir, "meta.json");
    const result = await mustRunWrangler(
      ["deploy", "--dry-run", "--outdir", outdir, "--metafile", metafile, ...extraArgs],
      180_000,
    );
    // e.g. "Total Upload: 812.34 KiB / gzip: 171.09 KiB"
    const printed = /Total Upload:\s*([\d.]+)\s*KiB\s*\/\s*gzip:\s*([\d.]+)\s*KiB/.exec(result.output);
    // The Worker's modules; source maps and wrangler's README are not part of the script.
    const modules = filesUnder(outdir).filter(
      (f) => /\.(m?js|cjs|wasm|bin|txt|html)$/.test(f) && !f.endsWith("README.md"),
    );
    const files = modules.map((file) => {
      const bytes = readFileSync(file);
      return {
        file: relative(outdir, file),
        rawKiB: kib(bytes.length),
        gzipKiB: kib(gzipSync(bytes, { level: 9 }).length),
      };
    });
    return {
      rawKiB: round(
        files.reduce((s, f) => s + f.rawKiB, 0),
        1,
      ),
      gzipKiB: round(
        files.reduce((s, f) => s + f.gzipKiB, 0),
        1,
      ),
      wranglerRawKiB: printed ? Number(printed[1]) : null,
      wranglerGzipKiB: printed ? Number(printed[2]) : null,
      files,
      largestInputs: largestInputs(metafile),
      buildMs: result.ms,
    };
  } finally {
    removeTempDir(outdir);
  }
}

async function benchBundle() {
  const deployed = await bundleOnce([]);
  // For information only: what --minify would save (wrangler.toml does not minify).
  const minified = await bundleOnce(["--minify"]);
  return {
    ...deployed,
    minified: { rawKiB: minified.rawKiB, gzipKiB: minified.gzipKiB, wranglerGzipKiB: minified.wranglerGzipKiB },
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Story page vs static asset throughput on one wrangler dev.

/** Polls GET /api/stories/:id every `everyMs` until ready/failed; returns the last body and timings. */
async function pollStory(url, id, { everyMs = 100, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  let previousSentAt = Date.now();
  let writtenSeenAt = null;
  let polls = 0;
  for (;;) {
    const sentAt = Date.now();
    const { status, body } = await api(`${url}/api/stories/${id}`, { timeoutMs: 10_000 });
    const receivedAt = Date.now();
    polls++;
    if (status !== 200)
      throw new Error(`GET /api/stories/${id} answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
    // The row changed somewhere between the previous poll's send and this poll's answer.
    if (writtenSeenAt === null && body.status !== "pending") writtenSeenAt = (previousSentAt + receivedAt) / 2;
    if (body.status === "ready" || body.status === "failed")
      return { story: body, writtenSeenAt, readySeenAt: receivedAt, polls };
    if (Date.now() > deadline) return { story: body, writtenSeenAt, readySeenAt: null, polls, timedOut: true };
    previousSentAt = sentAt;
    await sleep(everyMs);
  }
}

async function createStory(url, prompt) {
  const created = await api(`${url}/api/stories`, { method: "POST", body: { prompt, notify: false } });
  if (created.status !== 202 || typeof created.body?.id !== "string") {
    throw new Error(`POST /api/stories answered ${created.status}: ${JSON.stringify(created.body).slice(0, 300)}`);
  }
  return created.body.id;
}

const benchPages = () => withPorts(2, pagesOn);

async function pagesOn(port, inspectorPort) {
  const persistTo = await freshDatabase("pages");
  const dev = await startDev({ name: "pages", port, inspectorPort, persistTo, build, vars: benchVars(port) });
  try {
    const id = await createStory(dev.url, "a lost mitten");
    const { story, timedOut } = await pollStory(dev.url, id, { timeoutMs: 60_000 });
    if (story.status !== "ready")
      throw new Error(`story ${id} ended ${timedOut ? "still " : ""}${story.status}: ${story.error ?? ""}`);

    const pageUrl = `${dev.url}/stories/${id}`;
    const staticUrl = `${dev.url}/styles.css`;
    const sizes = {};
    for (const [name, url] of [
      ["page", pageUrl],
      ["static", staticUrl],
    ]) {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
      sizes[name] = { bytes: body.byteLength, cacheControl: res.headers.get("cache-control") };
    }

    // Alternate page, static, page, static: drift (thermal, background work) hits both alike.
    const rounds = [];
    for (let n = 0; n < 2; n++) {
      const page = await hammer(pageUrl, { clients: 16, warmupMs: 2000, durationMs: 8000 });
      const stat = await hammer(staticUrl, { clients: 16, warmupMs: 2000, durationMs: 8000 });
      rounds.push({ page, static: stat, ratio: round2(page.reqPerSec / stat.reqPerSec) });
    }
    // One client at a time: latency without queueing, to tell slow work from contention.
    const serial = {
      page: await hammer(pageUrl, { clients: 1, warmupMs: 500, durationMs: 3000 }),
      static: await hammer(staticUrl, { clients: 1, warmupMs: 500, durationMs: 3000 }),
      // A 404 page: the same Hono + JSX path with no D1 query (the id is refused by its shape).
      notFound: await hammer(`${dev.url}/stories/not-a-story`, {
        clients: 1,
        warmupMs: 500,
        durationMs: 3000,
        okStatus: 404,
      }),
    };
    const pageRps = median(rounds.map((r) => r.page.reqPerSec));
    const staticRps = median(rounds.map((r) => r.static.reqPerSec));
    return {
      storyId: id,
      sizes,
      pageReqPerSec: round(pageRps, 1),
      staticReqPerSec: round(staticRps, 1),
      ratio: round2(pageRps / staticRps),
      rounds,
      serial,
      errorLogs: jsonLogs(dev.lines)
        .filter((l) => l.level === "error")
        .slice(0, 10),
    };
  } finally {
    await dev.close();
  }
}

const round2 = (v) => round(v, 2);

// ---------------------------------------------------------------------------------------------
// 3. One cron tick with 10,000 households due.

const HOUSEHOLDS = 10_000;
const ROWS_PER_INSERT = 500;

function hhmm(ms, timeZone) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(ms);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("hour")}:${get("minute")}`;
}

/**
 * A zone and bedtime that were due 10 minutes ago, on today's local date. UTC unless that bedtime
 * would sit within half an hour of local midnight; then a zone where it is evening.
 */
function dueBedtime(now) {
  const tenMinutesAgo = now - 10 * 60_000;
  for (const timezone of ["UTC", "America/Chicago", "Asia/Tokyo"]) {
    const bedtime = hhmm(tenMinutesAgo, timezone);
    const [h, m] = bedtime.split(":").map(Number);
    const minutes = h * 60 + m;
    const nowMinutes = minutes + 10;
    if (minutes >= 30 && nowMinutes <= 23 * 60 + 30) return { timezone, bedtime };
  }
  return { timezone: "UTC", bedtime: hhmm(tenMinutesAgo, "UTC") };
}

/** 10,000 households, each with one character and one place so the in-tick writes can succeed. */
function householdsSql({ timezone, bedtime }, now) {
  const statements = [];
  const ids = Array.from({ length: HOUSEHOLDS }, (_, i) => `hh_bench_${String(i).padStart(5, "0")}`);
  for (let i = 0; i < ids.length; i += ROWS_PER_INSERT) {
    const chunk = ids.slice(i, i + ROWS_PER_INSERT);
    statements.push(
      "INSERT INTO households (id, name, email, timezone, bedtime, language, child_age, story_length, rhyming, illustration_style, voice, next_bedtime_at, created_at, updated_at) VALUES\n" +
        chunk
          .map(
            (id, j) =>
              `('${id}', 'Bench Family ${i + j}', 'bench${i + j}@example.com', '${timezone}', '${bedtime}', 'en', 5, 'short', 0, 'watercolor', NULL, 0, ${now}, ${now})`,
          )
          .join(",\n") +
        ";",
      "INSERT INTO characters (id, household_id, name, looks, personality, created_at) VALUES\n" +
        chunk
          .map(
            (id) => `('ch_${id}', '${id}', 'Pip', 'a small red fox with a green scarf', 'curious and brave', ${now})`,
          )
          .join(",\n") +
        ";",
      "INSERT INTO places (id, household_id, name, description, time_of_day, created_at) VALUES\n" +
        chunk
          .map(
            (id) =>
              `('sc_${id}', '${id}', 'the Whispering Woods', 'a soft green forest with fireflies', 'evening', ${now})`,
          )
          .join(",\n") +
        ";",
    );
  }
  return statements.join("\n");
}

const benchCron = () => withPorts(2, cronOn);

async function cronOn(port, inspectorPort) {
  const persistTo = await freshDatabase("cron");
  const now = Date.now();
  const due = dueBedtime(now);
  const sqlDir = tempDir("nightlight-bench-sql-");
  let seedMs;
  try {
    const sqlFile = join(sqlDir, "households.sql");
    writeFileSync(sqlFile, householdsSql(due, now));
    const seeded = await mustRunWrangler(
      ["d1", "execute", "DB", "--local", "--persist-to", persistTo, "--file", sqlFile],
      240_000,
    );
    seedMs = seeded.ms;
  } finally {
    removeTempDir(sqlDir);
  }

  const dev = await startDev({ name: "cron", port, inspectorPort, persistTo, build, vars: benchVars(port) });
  try {
    const started = performance.now();
    const res = await fetch(`${dev.url}/cdn-cgi/handler/scheduled?cron=*/5+*+*+*+*`, {
      signal: AbortSignal.timeout(240_000),
    });
    const answer = (await res.text()).slice(0, 200);
    const wallMs = round(performance.now() - started);
    const claimLine = await dev.waitForLine((l) => l.includes('"schedule.claim"'), 30_000);
    // The sweep and cleanup follow the claim in the same tick; give them a moment to log.
    await dev.waitForLine((l) => l.includes('"schedule.cleanup"'), 5_000);
    const [claim] = jsonLogs(dev.lines, "schedule.claim");
    const [sweep] = jsonLogs(dev.lines, "schedule.sweep");
    const [cleanup] = jsonLogs(dev.lines, "schedule.cleanup");
    const queued = jsonLogs(dev.lines, "story.write_queued").reduce((s, l) => s + (l.count ?? 0), 0);
    const errors = jsonLogs(dev.lines)
      .filter((l) => l.level === "error")
      .slice(0, 10);
    if (!claimLine || !claim)
      throw new Error(`no schedule.claim log line within 30 s (scheduled answered ${res.status} "${answer}")`);
    return {
      households: HOUSEHOLDS,
      timezone: due.timezone,
      bedtime: due.bedtime,
      seedMs,
      scheduledStatus: res.status,
      claimed: claim.claimed ?? null,
      claimMs: claim.claimMs ?? null,
      tickClaimStepMs: claim.ms ?? null,
      claimError: claim.error ?? null,
      scheduledWallMs: wallMs,
      queuedWrites: queued,
      sweep: sweep ?? null,
      cleanup: cleanup ?? null,
      errorLogs: errors,
    };
  } finally {
    // Right away: otherwise the queue goes on writing 10,000 stories.
    await dev.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Media fan-out with every provider call taking L.

const MEDIA_DELAYS = [1000, 3000];
const STORIES_PER_DELAY = 3;

function assetSpread(story, writtenAt) {
  const assets = (story.assets ?? []).map((a) => ({
    kind: a.kind,
    index: a.index,
    status: a.status,
    attempts: a.attempts,
    error: a.error ?? null,
    startedAfterMs: a.startedAt != null ? a.startedAt - writtenAt : null,
    finishedAfterMs: a.finishedAt != null ? a.finishedAt - writtenAt : null,
  }));
  const starts = assets.map((a) => a.startedAfterMs).filter((v) => v != null);
  const ends = assets.map((a) => a.finishedAfterMs).filter((v) => v != null);
  return {
    assets,
    startSpreadMs: starts.length ? Math.max(...starts) - Math.min(...starts) : null,
    finishSpreadMs: ends.length ? Math.max(...ends) - Math.min(...ends) : null,
    firstStartMs: starts.length ? Math.min(...starts) : null,
    lastFinishMs: ends.length ? Math.max(...ends) : null,
  };
}

async function mediaStory(url, L, n, logsBefore, lines) {
  const postedAt = Date.now();
  const id = await createStory(url, `a moon counting walk ${L}-${n}`);
  const polled = await pollStory(url, id, { everyMs: 100, timeoutMs: 8 * L + 20_000 });
  const s = polled.story;
  // What the Worker logged about this story (story.written carries the writer's own ms).
  const logs = jsonLogs(lines.slice(logsBefore)).filter((l) => l.storyId === id);
  const written = logs.find((l) => l.event === "story.written");
  const starts = (s.assets ?? []).map((a) => a.startedAt).filter((v) => v != null);
  const firstStarted = starts.length ? Math.min(...starts) : null;
  const result = {
    id,
    status: s.status,
    error: s.error ?? null,
    timedOut: polled.timedOut ?? false,
    createdAt: s.createdAt,
    writtenAt: s.writtenAt,
    readyAt: s.readyAt,
    textMs: s.writtenAt != null ? s.writtenAt - s.createdAt : null,
    mediaMs: s.readyAt != null && s.writtenAt != null ? s.readyAt - s.writtenAt : null,
    // From polling (±~100 ms): when the status left "pending", as the client saw it.
    observedTextMs: polled.writtenSeenAt != null ? round(polled.writtenSeenAt - postedAt) : null,
    observedMediaMs: s.readyAt != null && polled.writtenSeenAt != null ? round(s.readyAt - polled.writtenSeenAt) : null,
    writerLogMs: written?.ms ?? null,
    // Observed written → first media job started (the queue's part), and first start → ready.
    queueWaitMs:
      firstStarted != null && polled.writtenSeenAt != null ? round(firstStarted - polled.writtenSeenAt) : null,
    workMs: firstStarted != null && s.readyAt != null ? s.readyAt - firstStarted : null,
    retries: logs.filter((l) => l.event === "job.retry").map((l) => `${l.job}: ${l.error}`),
    ...assetSpread(s, s.writtenAt ?? postedAt),
  };
  return result;
}

const benchMedia = () => withPorts(3, mediaOn);

async function mediaOn(port, inspectorPort, standInPort) {
  const standIn = await startStandIn(standInPort);
  try {
    const persistTo = await freshDatabase("media");
    const vars = benchVars(port, {
      OPENAI_API_KEY: "bench",
      OPENAI_BASE_URL: `${standIn.url}/v1`,
      AWS_ACCESS_KEY_ID: "bench",
      AWS_SECRET_ACCESS_KEY: "bench",
      AWS_ENDPOINT_URL_POLLY: standIn.url,
    });
    const dev = await startDev({ name: "media", port, inspectorPort, persistTo, build, vars });
    try {
      const byDelay = [];
      for (const L of MEDIA_DELAYS) {
        standIn.setDelay(L);
        standIn.reset();
        const stories = [];
        for (let n = 0; n < STORIES_PER_DELAY; n++) {
          stories.push(await mediaStory(dev.url, L, n, dev.lines.length, dev.lines));
        }
        const ready = stories.filter((s) => s.status === "ready");
        const mediaMs = median(ready.map((s) => s.mediaMs));
        const observedMediaMs = median(ready.map((s) => s.observedMediaMs));
        byDelay.push({
          L,
          ready: ready.length,
          stories: stories.length,
          textMs: median(ready.map((s) => s.textMs)),
          observedTextMs: median(ready.map((s) => s.observedTextMs)),
          mediaMs,
          observedMediaMs,
          mediaPerL: round2(mediaMs / L),
          observedMediaPerL: round2(observedMediaMs / L),
          queueWaitMs: median(ready.map((s) => s.queueWaitMs)),
          workMs: median(ready.map((s) => s.workMs)),
          startSpreadMs: median(ready.map((s) => s.startSpreadMs)),
          finishSpreadMs: median(ready.map((s) => s.finishSpreadMs)),
          requests: standIn.counts(),
          expectedRequests: {
            chat: STORIES_PER_DELAY,
            moderation: `${STORIES_PER_DELAY}–${2 * STORIES_PER_DELAY}`,
            image: 4 * STORIES_PER_DELAY,
            "polly-mp3": STORIES_PER_DELAY,
            "polly-marks": STORIES_PER_DELAY,
          },
          detail: stories,
        });
      }
      return {
        delays: byDelay,
        errorLogs: jsonLogs(dev.lines)
          .filter((l) => l.level === "error")
          .slice(0, 10),
      };
    } finally {
      await dev.close();
    }
  } finally {
    await standIn.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report.

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => String(cell).padEnd(widths[c])).join("  ");
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

const verdict = (ok) => (ok === null ? "n/a" : ok ? "met" : "MISSED");

function summaryRows(results) {
  const rows = [["benchmark", "measured", "goal", "verdict"]];
  const { bundle, pages, cron, media } = results;
  if (bundle?.error) rows.push(["bundle", `error: ${bundle.error.split("\n")[0]}`, "", "n/a"]);
  else if (bundle) {
    rows.push([
      "bundle gzip (zlib -9)",
      `${bundle.gzipKiB} KiB (raw ${bundle.rawKiB} KiB)`,
      `≤ ${GOALS.bundleGzipKiB} KiB`,
      verdict(bundle.gzipKiB <= GOALS.bundleGzipKiB),
    ]);
    rows.push([
      "bundle gzip (wrangler)",
      `${bundle.wranglerGzipKiB} KiB (raw ${bundle.wranglerRawKiB} KiB)`,
      `≤ ${GOALS.bundleGzipKiB} KiB`,
      verdict(bundle.wranglerGzipKiB == null ? null : bundle.wranglerGzipKiB <= GOALS.bundleGzipKiB),
    ]);
    rows.push([
      "bundle --minify (info)",
      `${bundle.minified.gzipKiB} KiB gzip (raw ${bundle.minified.rawKiB} KiB)`,
      "",
      "",
    ]);
    const biggest = (bundle.largestInputs ?? [])
      .slice(0, 5)
      .map((i) => `${i.owner} ${i.rawKiB}`)
      .join(", ");
    if (biggest) rows.push(["  largest inputs (raw KiB)", biggest, "", ""]);
  }
  if (pages?.error) rows.push(["story page ÷ static", `error: ${pages.error.split("\n")[0]}`, "", "n/a"]);
  else if (pages) {
    rows.push(["story page", `${pages.pageReqPerSec} req/s (p50 ${pages.rounds[0].page.p50Ms} ms)`, "", ""]);
    rows.push([
      "static /styles.css",
      `${pages.staticReqPerSec} req/s (p50 ${pages.rounds[0].static.p50Ms} ms)`,
      "",
      "",
    ]);
    rows.push([
      "  one client at a time",
      `p50: page ${pages.serial.page.p50Ms} ms, static ${pages.serial.static.p50Ms} ms, 404 page (no D1) ${pages.serial.notFound.p50Ms} ms`,
      "",
      "",
    ]);
    rows.push([
      "story page ÷ static",
      `${pages.ratio} (rounds ${pages.rounds.map((r) => r.ratio).join(", ")})`,
      `≥ ${GOALS.pageToStaticRatio}`,
      verdict(pages.ratio >= GOALS.pageToStaticRatio),
    ]);
  }
  if (cron?.error) rows.push(["cron tick, 10k due", `error: ${cron.error.split("\n")[0]}`, "", "n/a"]);
  else if (cron) {
    if (cron.claimError) rows.push(["cron claim", `error: ${cron.claimError.slice(0, 100)}`, "", "MISSED"]);
    rows.push([
      "cron claim (claimMs)",
      `${cron.claimMs} ms for ${cron.claimed} claimed`,
      `≤ ${GOALS.claimMs} ms, ${HOUSEHOLDS} claimed`,
      verdict(cron.claimMs != null && cron.claimMs <= GOALS.claimMs && cron.claimed === HOUSEHOLDS),
    ]);
    rows.push([
      "cron claim step (ms)",
      `${cron.tickClaimStepMs} ms (claim + in-tick writes + queueing ${cron.queuedWrites})`,
      "",
      "",
    ]);
    rows.push(["cron scheduled request", `${cron.scheduledWallMs} ms wall (HTTP ${cron.scheduledStatus})`, "", ""]);
  }
  if (media?.error) rows.push(["media fan-out", `error: ${media.error.split("\n")[0]}`, "", "n/a"]);
  else if (media) {
    for (const d of media.delays) {
      const limit = GOALS.mediaPerL * d.L;
      rows.push([
        `media L=${d.L} (fields)`,
        `${d.mediaMs} ms = ${d.mediaPerL} L; text ${d.textMs} ms; ${d.ready}/${d.stories} ready`,
        `≤ ${limit} ms (1.5 L); seq. ${5 * d.L}`,
        verdict(d.ready > 0 ? d.mediaMs <= limit : false),
      ]);
      rows.push([
        `media L=${d.L} (observed)`,
        `${d.observedMediaMs} ms = ${d.observedMediaPerL} L; text ${d.observedTextMs} ms`,
        `≤ ${limit} ms (1.5 L)`,
        verdict(d.ready > 0 ? d.observedMediaMs <= limit : false),
      ]);
      rows.push([
        `  split L=${d.L}`,
        `queue wait ${d.queueWaitMs} ms + work ${d.workMs} ms (first start → ready)`,
        "",
        "",
      ]);
      rows.push([
        `  assets L=${d.L}`,
        `start spread ${d.startSpreadMs} ms, finish spread ${d.finishSpreadMs} ms`,
        "",
        "",
      ]);
      rows.push([
        `  requests L=${d.L}`,
        Object.entries(d.requests)
          .map(([k, v]) => `${k} ${v}`)
          .join(", "),
        "chat 3, moderation 3–6, image 12, polly 3+3",
        "",
      ]);
    }
  }
  return rows;
}

const ALL = {
  bundle: benchBundle,
  pages: benchPages,
  cron: benchCron,
  media: benchMedia,
  story: storyQuality,
  spam: () => spamScores(),
};
/** Benchmarks that run in Node alone, without the built Worker. */
const NO_BUILD = new Set(["bundle", "story", "spam"]);

/** The Worker every wrangler dev serves, built once per run (see buildWorker). */
let build = null;

function selected() {
  const i = process.argv.indexOf("--only");
  if (i < 0) return Object.keys(ALL);
  const names = (process.argv[i + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((n) => !(n in ALL));
  if (unknown.length || names.length === 0) {
    console.error(`--only takes a comma-separated list of: ${Object.keys(ALL).join(", ")}`);
    process.exit(2);
  }
  return names;
}

async function main() {
  const names = selected();
  const started = Date.now();
  const wranglerVersion = (await runWrangler(["--version"], 60_000)).output.match(/\d+\.\d+\.\d+/)?.[0] ?? "unknown";
  const results = {};
  // Unref'd: the timer alone must not keep Node alive once the work is done.
  const runDeadline = new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`the whole run passed ${RUN_LIMIT_MS / 60_000} minutes`)), RUN_LIMIT_MS).unref();
  });
  runDeadline.catch(() => {});
  try {
    if (names.some((n) => !NO_BUILD.has(n))) {
      try {
        build = await buildWorker();
      } catch (error) {
        console.error(`Could not build the Worker: ${error instanceof Error ? error.message : error}`);
      }
    }
    for (const name of names) {
      if (!NO_BUILD.has(name) && !build) {
        results[name] = { error: "the Worker did not build" };
        continue;
      }
      const t0 = Date.now();
      process.stdout.write(`▶ ${name} … `);
      try {
        results[name] = await Promise.race([ALL[name](), runDeadline]);
        console.log(`done in ${round((Date.now() - t0) / 1000, 1)} s`);
      } catch (error) {
        results[name] = { error: error instanceof Error ? error.message : String(error) };
        console.log(`failed after ${round((Date.now() - t0) / 1000, 1)} s: ${results[name].error.split("\n")[0]}`);
        // A benchmark abandoned on the deadline may still hold processes; the rest are skipped.
        if (String(results[name].error).includes("whole run passed")) break;
      } finally {
        await stopAll();
      }
    }
  } finally {
    await stopAll();
    if (build) removeTempDir(build.dir);
  }

  const report = {
    startedAt: new Date(started).toISOString(),
    durationS: round((Date.now() - started) / 1000, 1),
    machine: {
      node: process.version,
      wrangler: wranglerVersion,
      cpus: os.cpus().length,
      platform: `${os.platform()} ${os.arch()}`,
    },
    goals: GOALS,
    results,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const out = join(RESULTS_DIR, "latest.json");
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

  console.log(
    `\nNightlight benchmarks (${report.machine.cpus} CPUs, node ${process.version}, wrangler ${wranglerVersion}, ${report.durationS} s)\n`,
  );
  console.log(
    table([
      ...summaryRows(results),
      ...(results.story ? storyRows(results.story) : []),
      ...(results.spam && !results.spam.error ? spamRows(results.spam) : []),
    ]),
  );
  const stories = (results.media?.delays ?? []).flatMap((d) => d.detail.filter((x) => x.status === "ready"));
  if (stories.length && stories.every((x) => x.textMs === 0)) {
    console.log(
      "\nnote: every story's writtenAt equals its createdAt (the writer stores the time it was called, not when the text was stored), so the 'fields' media figure includes writing the text; the 'observed' rows time the status change by polling every 100 ms.",
    );
  }
  for (const [name, r] of Object.entries(results)) {
    if (r?.error) console.log(`\n${name} failed:\n${r.error}`);
    for (const line of r?.errorLogs ?? [])
      console.log(`${name} logged an error: ${JSON.stringify(line).slice(0, 400)}`);
  }
  console.log(`\nDetails: ${relative(ROOT, out)}; wrangler output: ${relative(ROOT, RESULTS_DIR)}/<name>-wrangler.log`);
  // A benchmark abandoned on the deadline may still have a loop pending: don't wait for it.
  process.exit(0);
}

main().catch(async (error) => {
  console.error(error);
  await stopAll();
  process.exitCode = 0; // benchmarks never fail CI
});
