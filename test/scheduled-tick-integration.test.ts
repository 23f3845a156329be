/**
 * The 5-minute cron: the scheduled entry point end to end, and each of its steps — writing what
 * the claim found (in the tick, overflow to the queue), sweeping stuck work, deleting expired
 * stories — including one step failing without stopping the others.
 */
import { createScheduledController } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { WRITES_IN_PLACE, writeOrQueue } from "../src/jobs/publish";
import { ProviderError } from "../src/providers/types";
import { CLEANUP_PAGE_SIZE, deleteExpiredStories } from "../src/schedule/cleanup";
import { MAX_ATTEMPTS, STUCK_MS, sweepStuckWork } from "../src/schedule/sweep";
import { runSchedule } from "../src/schedule/tick";
import { insertAsset, insertHousehold, insertStory } from "./helpers/fixtures";
import { testContext } from "./helpers/providers";
import { recordingEnv } from "./helpers/recording-env";

const NOW = Date.now();

const storyRow = (id: string) =>
  env.DB.prepare("SELECT status, error, title, attempts, published_at FROM stories WHERE id = ?").bind(id).first<{
    status: string;
    error: string | null;
    title: string | null;
    attempts: number;
    published_at: number | null;
  }>();
const pendingStory = (overrides: Parameters<typeof insertStory>[0] = {}) =>
  insertStory({
    status: "pending",
    title: null,
    scenes: null,
    moral: null,
    writtenAt: null,
    publishedAt: null,
    attempts: 0,
    ...overrides,
  });

describe("the cron tick", () => {
  it("claims tonight's story through the scheduled handler and writes it", async () => {
    const household = await insertHousehold({ id: "hh_tick", timezone: "UTC", bedtime: "19:30" });
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO characters (id, household_id, name, looks, personality, created_at) VALUES ('ch_t', 'hh_tick', 'Pip', 'a small red fox', 'brave', 0)",
      ),
      env.DB.prepare(
        "INSERT INTO places (id, household_id, name, description, time_of_day, created_at) VALUES ('sc_t', 'hh_tick', 'the Woods', 'a quiet forest', 'night', 0)",
      ),
    ]);
    const scheduledTime = Date.parse("2026-11-21T19:32:00Z");
    // Through the Worker's own scheduled entry point (needs the service_binding_extra_handlers flag).
    const worker = exports.default as unknown as { scheduled(controller: ScheduledController): Promise<void> };
    await worker.scheduled(createScheduledController({ scheduledTime, cron: "*/5 * * * *" }));
    const story = await env.DB.prepare(
      "SELECT status, kind, local_date, title, scenes FROM stories WHERE household_id = ?",
    )
      .bind(household.id)
      .first<Record<string, string>>();
    expect(story).toMatchObject({ kind: "nightly", local_date: "2026-11-21" });
    expect(["written", "ready"]).toContain(story?.status);
    expect(story?.title).toBeTruthy();
    // Written from this household's own cast and place.
    expect(story?.scenes).toContain("Pip");
    // …and the real local queue paints it to the end (waiting also lets that work finish in this test).
    const status = () =>
      env.DB.prepare("SELECT status FROM stories WHERE household_id = ?").bind(household.id).first<string>("status");
    for (let i = 0; i < 100 && (await status()) !== "ready"; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await status()).toBe("ready");
  });
});

describe("writing what the tick claimed", () => {
  it("writes the first few in the tick and queues the overflow, stamped so the sweeper waits", async () => {
    const rec = recordingEnv();
    const ids = [];
    for (let i = 0; i < WRITES_IN_PLACE + 2; i++) ids.push((await pendingStory()).id);
    await writeOrQueue(testContext(rec.env, NOW), ids);

    const written = ids.slice(0, WRITES_IN_PLACE);
    const overflow = ids.slice(WRITES_IN_PLACE);
    for (const id of written) expect((await storyRow(id))?.status).toBe("written");
    const writes = rec.queued.filter((q) => q.body.type === "story.write").map((q) => q.body.storyId);
    expect(writes).toEqual(overflow);
    for (const id of overflow) expect(await storyRow(id)).toMatchObject({ status: "pending", published_at: NOW });
  });

  it("hands a write that hit a retryable provider error to the queue instead of failing it", async () => {
    const rec = recordingEnv();
    const story = await pendingStory();
    const busy = {
      name: "busy",
      languages: ["en" as const],
      write: async () => Promise.reject(new ProviderError("503 try later", true, 503)),
    };
    await writeOrQueue(testContext(rec.env, NOW, { storyteller: busy }), [story.id]);
    expect(rec.queued.map((q) => q.body)).toEqual([{ type: "story.write", storyId: story.id }]);
    expect(await storyRow(story.id)).toMatchObject({ status: "pending", error: "ProviderError: 503 try later" });
  });
});

describe("one step failing", () => {
  it("still sweeps and cleans up when the claim cannot read the households", async () => {
    const old = NOW - STUCK_MS - 60_000;
    const stuck = await insertStory({ status: "written", writtenAt: old });
    await insertAsset({ storyId: stuck.id, kind: "image", index: 0, status: "ready" });
    const expired = await insertStory({ expiresAt: NOW - 1000 });
    // D1 answers everything but the claim's look-up.
    const DB = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === "prepare")
          return (query: string) => {
            if (query.includes("FROM households WHERE next_bedtime_at")) throw new Error("D1 is having a bad night");
            return target.prepare(query);
          };
        const value = Reflect.get(target, prop);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const rec = recordingEnv();
    await expect(runSchedule(testContext({ ...rec.env, DB }, NOW))).resolves.toBeUndefined();
    expect((await storyRow(stuck.id))?.status).toBe("ready");
    expect(await storyRow(expired.id)).toBeNull();
  });
});

describe("cleanup", () => {
  it("deletes expired stories a page at a time, at most maxPages a tick, with their R2 objects", async () => {
    const count = CLEANUP_PAGE_SIZE * 2 + 20;
    const ids: string[] = [];
    // Expired long before anything else in this file, so they are the first pages.
    for (let i = 0; i < count; i++) ids.push((await insertStory({ expiresAt: 1 + i })).id);
    const last = ids[count - 1]!;
    await env.MEDIA.put(`stories/${last}/scene-0.svg`, "<svg/>");
    const alive = async () =>
      (
        await env.DB.prepare("SELECT count(*) AS n FROM stories WHERE id IN (SELECT value FROM json_each(?))")
          .bind(JSON.stringify(ids))
          .first<{ n: number }>()
      )?.n;

    expect(await deleteExpiredStories(env, NOW, 2)).toBe(CLEANUP_PAGE_SIZE * 2);
    expect(await alive()).toBe(20);
    expect(await env.MEDIA.head(`stories/${last}/scene-0.svg`)).not.toBeNull();

    expect(await deleteExpiredStories(env, NOW, 2)).toBeGreaterThanOrEqual(20);
    expect(await alive()).toBe(0);
    expect(await env.MEDIA.head(`stories/${last}/scene-0.svg`)).toBeNull();
  });
});

describe("the sweeper", () => {
  it("completes a written story whose media all settled but whose status never moved", async () => {
    const old = NOW - STUCK_MS - 60_000;
    const story = await insertStory({ status: "written", writtenAt: old });
    await insertAsset({ storyId: story.id, kind: "image", index: 0, status: "ready" });
    await insertAsset({ storyId: story.id, kind: "audio", index: 0, status: "skipped" });
    const result = await sweepStuckWork(recordingEnv().env, NOW, 15 * 60_000);
    expect(result.completed).toBeGreaterThanOrEqual(1);
    expect((await storyRow(story.id))?.status).toBe("ready");
  });

  it("leaves queued writes to the queue until they are really stuck", async () => {
    const rec = recordingEnv();
    const queuedRecently = await insertStory({
      status: "pending",
      createdAt: NOW - STUCK_MS - 60_000,
      publishedAt: NOW - 60_000,
      title: null,
      scenes: null,
    });
    const lost = await insertStory({
      status: "pending",
      createdAt: NOW - STUCK_MS - 60_000,
      publishedAt: null,
      title: null,
      scenes: null,
    });
    await sweepStuckWork(rec.env, NOW, 15 * 60_000);
    const ids = rec.queued.map((q) => q.body.storyId);
    expect(ids).toContain(lost.id);
    expect(ids).not.toContain(queuedRecently.id);
  });

  it("gives up on a story and an asset tried too often, saying how often", async () => {
    const old = NOW - STUCK_MS - 60_000;
    const story = await pendingStory({ createdAt: old, attempts: MAX_ATTEMPTS });
    await env.DB.prepare("UPDATE stories SET error = 'ProviderError: 503' WHERE id = ?").bind(story.id).run();
    const written = await insertStory({ status: "written", writtenAt: old });
    const asset = await insertAsset({
      storyId: written.id,
      kind: "image",
      index: 0,
      attempts: MAX_ATTEMPTS,
      createdAt: old,
    });
    const rec = recordingEnv();
    const result = await sweepStuckWork(rec.env, NOW, 15 * 60_000);
    expect(result.gaveUp).toBeGreaterThanOrEqual(2);
    expect(await storyRow(story.id)).toMatchObject({
      status: "failed",
      error: `ProviderError: 503 (after ${MAX_ATTEMPTS} attempts)`,
    });
    const row = await env.DB.prepare("SELECT status, error, finished_at FROM assets WHERE id = ?")
      .bind(asset.id)
      .first();
    expect(row).toEqual({ status: "failed", error: `Gave up (after ${MAX_ATTEMPTS} attempts)`, finished_at: NOW });
    // Given up is not re-published.
    expect(rec.queued.filter((q) => q.body.storyId === story.id)).toEqual([]);
  });
});
