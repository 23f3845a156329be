/**
 * A flood (issue 13): ten times the usual due households — 2,000 families with the same bedtime —
 * drains through one scheduled tick and the queue with no statement past D1's limits (100 bound
 * parameters, 100 KB of SQL) and no invocation past its query budget. test/helpers/d1-limits.ts
 * refuses what production D1 would refuse, which local D1 does not.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { handleQueue } from "../src/jobs/consumer";
import type { JobMessage } from "../src/jobs/messages";
import { createContext } from "../src/lib/context";
import { CLEANUP_PAGE_SIZE, deleteExpiredStories } from "../src/schedule/cleanup";
import { sweepStuckWork } from "../src/schedule/sweep";
import { runSchedule } from "../src/schedule/tick";
import { D1_LIMITS, type D1Usage, limitedD1 } from "./helpers/d1-limits";
import { clearHouseholds } from "./helpers/fixtures";
import { offlineProviders } from "./helpers/providers";
import { recordingEnv } from "./helpers/recording-env";

const FLOOD = 2_000;
const BEDTIME_AT = Date.parse("2026-11-21T19:30:00Z");
const TICK = BEDTIME_AT + 2 * 60_000;
/** The story-jobs consumer's max_batch_size and max_concurrency (wrangler.toml). */
const BATCH = 10;
const CONCURRENCY = 10;

/** Every limit held by one invocation. */
function withinLimits(usage: D1Usage) {
  expect(usage.maxParams).toBeLessThanOrEqual(D1_LIMITS.paramsPerStatement);
  expect(usage.maxSqlBytes).toBeLessThanOrEqual(D1_LIMITS.sqlBytes);
  expect(usage.queries).toBeLessThanOrEqual(D1_LIMITS.queriesPerInvocation);
}

beforeAll(async () => {
  await clearHouseholds();
  // 2,000 households in London with a 19:30 bedtime, each with a character and a place, inserted
  // a thousand at a time from one JSON parameter (as the claim does).
  for (let from = 0; from < FLOOD; from += 1_000) {
    const ids = JSON.stringify(
      Array.from({ length: Math.min(1_000, FLOOD - from) }, (_, i) => `hh_flood${String(from + i).padStart(5, "0")}`),
    );
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO households (id, name, email, timezone, bedtime, next_bedtime_at, created_at, updated_at)
         SELECT value, 'Flood family', 'flood@example.com', 'Europe/London', '19:30', 0, 1, 1 FROM json_each(?1)`,
      ).bind(ids),
      env.DB.prepare(
        `INSERT INTO characters (id, household_id, name, looks, personality, created_at)
         SELECT 'ch_' || value, value, 'Pip', 'a small red fox', 'brave', 1 FROM json_each(?1)`,
      ).bind(ids),
      env.DB.prepare(
        `INSERT INTO places (id, household_id, name, description, time_of_day, created_at)
         SELECT 'sc_' || value, value, 'the Woods', 'a quiet forest', 'evening', 1 FROM json_each(?1)`,
      ).bind(ids),
    ]);
  }
}, 120_000);

describe("a flood of due households", () => {
  const figures: Record<string, number | string> = {};
  let queued: { body: JobMessage }[] = [];

  it("one tick claims all 2,000 within D1's limits and queues the overflow", async () => {
    const { DB, usage } = limitedD1(env.DB);
    const rec = recordingEnv();
    const started = Date.now();
    await runSchedule(createContext({ ...rec.env, DB }, TICK, { providers: offlineProviders() }));
    figures.tickMs = Date.now() - started;
    figures.tickQueries = usage.queries;
    figures.tickMaxParams = usage.maxParams;
    figures.tickMaxBatch = usage.maxBatch;
    withinLimits(usage);

    const counts = await env.DB.prepare(
      "SELECT count(*) AS n, sum(status = 'written') AS written FROM stories WHERE kind = 'nightly' AND household_id LIKE 'hh_flood%'",
    ).first<{ n: number; written: number }>();
    expect(counts?.n).toBe(FLOOD);
    queued = rec.queued.filter((m) => m.body.type === "story.write");
    // A few written in the tick, every other one handed to the queue.
    expect(queued.length + (counts?.written ?? 0)).toBe(FLOOD);
    figures.writtenInTick = counts?.written ?? 0;
    figures.queuedWrites = queued.length;
  }, 300_000);

  it("the queue drains every story.write, batch by batch, within D1's limits", async () => {
    let worst: D1Usage = { queries: 0, maxParams: 0, maxBatch: 0, maxSqlBytes: 0 };
    const started = Date.now();
    const batches: { body: JobMessage }[][] = [];
    for (let i = 0; i < queued.length; i += BATCH) batches.push(queued.slice(i, i + BATCH));
    /** One consumer invocation: a batch of up to 10 messages, worked side by side. */
    const consume = async (messages: { body: JobMessage }[], n: number) => {
      const { DB, usage } = limitedD1(env.DB);
      const batch = createMessageBatch(
        "story-jobs",
        messages.map((m, j) => ({ id: `f${n}.${j}`, timestamp: new Date(TICK), attempts: 1, body: m.body })),
      );
      const ctx = { ...recordingEnv().env, DB };
      await handleQueue(batch, createContext(ctx, TICK + 60_000, { providers: offlineProviders() }));
      const result = await getQueueResult(batch, createExecutionContext());
      expect(result.retryMessages).toEqual([]);
      withinLimits(usage);
      if (usage.queries > worst.queries) worst = usage;
    };
    // Ten invocations at a time: the consumer's max_concurrency (wrangler.toml).
    for (let i = 0; i < batches.length; i += CONCURRENCY) {
      await Promise.all(batches.slice(i, i + CONCURRENCY).map((b, j) => consume(b, i + j)));
    }
    figures.drainMs = Date.now() - started;
    figures.worstBatchQueries = worst.queries;
    const left = await env.DB.prepare(
      "SELECT count(*) AS n FROM stories WHERE kind = 'nightly' AND status <> 'written' AND household_id LIKE 'hh_flood%'",
    ).first<{ n: number }>();
    expect(left?.n).toBe(0);
  }, 600_000);

  it("the sweep and the cleanup after the flood stay within D1's limits too", async () => {
    // Half an hour after writing, no media has settled (its messages were only recorded): every
    // story is stuck, and the sweep pages through them (its look-ups are LIMITed).
    const sweep = limitedD1(env.DB);
    const rec = recordingEnv();
    const swept = await sweepStuckWork(
      { ...rec.env, DB: sweep.DB },
      Date.now() + 30 * 60_000,
      15 * 60_000,
      10 * 60_000,
    );
    withinLimits(sweep.usage);
    expect(swept.republished).toBeGreaterThanOrEqual(1_000);
    figures.sweepRepublished = swept.republished ?? 0;
    figures.sweepQueries = sweep.usage.queries;

    // Two days on, every story has expired: one tick's cleanup deletes its pages within budget.
    const cleanup = limitedD1(env.DB);
    const deleted = await deleteExpiredStories({ ...env, DB: cleanup.DB }, TICK + 3 * 86_400_000);
    withinLimits(cleanup.usage);
    expect(deleted).toBe(10 * CLEANUP_PAGE_SIZE);
    // A listing and one delete per page, however many stories a page holds.
    expect(cleanup.usage.queries).toBeLessThanOrEqual(2 * 10);
    figures.cleanupDeleted = deleted;
    figures.cleanupQueries = cleanup.usage.queries;
    console.log(`flood figures: ${JSON.stringify(figures)}`);
  }, 300_000);

  it("the limited binding refuses what D1 refuses (so the test can fail)", async () => {
    const { DB } = limitedD1(env.DB);
    const params = Array.from({ length: 101 }, (_, i) => i);
    expect(() => DB.prepare(`SELECT ${params.map(() => "?").join(",")}`).bind(...params)).toThrow(
      /too many SQL variables/,
    );
    const fine = DB.prepare(
      `SELECT ${params
        .slice(1)
        .map(() => "?")
        .join(",")}`,
    ).bind(...params.slice(1));
    await expect(fine.first()).resolves.toBeTruthy();
  });
});
