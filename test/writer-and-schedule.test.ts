import { createMessageBatch, createScheduledController } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { handleQueue } from "../src/jobs/consumer";
import { writeAndFanOut as writeStory } from "../src/jobs/publish";
import { createContext } from "../src/lib/context";
import type { Providers } from "../src/providers";
import { svgIllustrator } from "../src/providers/image/svg";
import { wordListModerator } from "../src/providers/moderation/word-list";
import { offlineStoryteller } from "../src/providers/text/offline";
import { type Moderator, ProviderError, type Storyteller } from "../src/providers/types";
import { STUCK_MS, sweepStuckWork } from "../src/schedule/sweep";
import { insertAsset, insertHousehold, insertStory } from "./helpers/fixtures";
import { recordingEnv } from "./helpers/recording-env";

const NOW = Date.now();
const silent = { name: "none", narrate: async () => null };
const offline: Providers = {
  storyteller: offlineStoryteller,
  illustrator: svgIllustrator,
  narrator: silent,
  moderator: wordListModerator,
};

const storyRow = (id: string) =>
  env.DB.prepare("SELECT status, error, title, attempts, published_at FROM stories WHERE id = ?").bind(id).first<{
    status: string;
    error: string | null;
    title: string | null;
    attempts: number;
    published_at: number | null;
  }>();
const assetCount = async (id: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM assets WHERE story_id = ?").bind(id).first<{ n: number }>())?.n;
const deadLetter = (body: unknown) =>
  handleQueue(
    createMessageBatch("story-jobs-dlq", [{ id: "d", timestamp: NOW, attempts: 6, body }]),
    createContext(env, NOW),
  );
const pendingStory = () =>
  insertStory({
    status: "pending",
    title: null,
    scenes: null,
    moral: null,
    writtenAt: null,
    publishedAt: null,
    attempts: 0,
  });

describe("the writer", () => {
  it("writes a pending story, creates its asset rows and fans out pictures plus the email deadline", async () => {
    const rec = recordingEnv();
    const story = await pendingStory();
    expect(await writeStory(createContext(rec.env, NOW, { providers: offline }), story.id)).toBe("written");
    const row = await storyRow(story.id);
    expect(row).toMatchObject({ status: "written", attempts: 1, published_at: NOW });
    expect(row?.title).toBeTruthy();
    const scenes = rec.queued.filter((q) => q.body.type === "story.illustrate");
    expect(await assetCount(story.id)).toBe(scenes.length + 1); // pictures + the skipped narration
    expect(rec.queued.find((q) => q.body.type === "story.notify")?.delaySeconds).toBe(15 * 60);
  });

  it("fails a story whose text does not pass the safety check, with the reason and no half story", async () => {
    const story = await pendingStory();
    const strict: Moderator = { name: "strict", check: async () => ({ flagged: true, reasons: ["violence"] }) };
    expect(
      await writeStory(
        createContext(recordingEnv().env, NOW, { providers: { ...offline, moderator: strict } }),
        story.id,
      ),
    ).toBe("failed");
    const row = await storyRow(story.id);
    expect(row).toMatchObject({ status: "failed", title: null });
    expect(row?.error).toContain("safety check (violence)");
    expect(await assetCount(story.id)).toBe(0);
  });

  it("leaves the story pending with the error when the provider asks to retry later", async () => {
    const story = await pendingStory();
    const busy: Storyteller = {
      name: "busy",
      languages: ["en"],
      write: async () => Promise.reject(new ProviderError("429 slow down", true, 429)),
    };
    await expect(
      writeStory(createContext(recordingEnv().env, NOW, { providers: { ...offline, storyteller: busy } }), story.id),
    ).rejects.toThrow("429 slow down");
    expect(await storyRow(story.id)).toMatchObject({
      status: "pending",
      error: "ProviderError: 429 slow down",
      attempts: 1,
    });
  });

  it("does nothing for a story that is already written", async () => {
    const rec = recordingEnv();
    const story = await insertStory({ status: "written" });
    expect(await writeStory(createContext(rec.env, NOW, { providers: offline }), story.id)).toBe("already-done");
    expect(rec.queued).toEqual([]);
  });
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

describe("dead letters for the text and the email", () => {
  it("fails a story whose write died, keeping the last error", async () => {
    const story = await pendingStory();
    await env.DB.prepare("UPDATE stories SET error = 'ProviderError: 503' WHERE id = ?").bind(story.id).run();
    await deadLetter({ type: "story.write", storyId: story.id });
    expect(await storyRow(story.id)).toMatchObject({ status: "failed", error: "ProviderError: 503" });
  });

  it("gives up on an email that died, so no tick sends it again", async () => {
    const rec = recordingEnv();
    const story = await insertStory({ status: "ready", notify: true, notifiedAt: null });
    await deadLetter({ type: "story.notify", storyId: story.id });
    const notified = await env.DB.prepare("SELECT notified_at FROM stories WHERE id = ?")
      .bind(story.id)
      .first<{ notified_at: number | null }>();
    expect(notified?.notified_at).toEqual(expect.any(Number));
    await sweepStuckWork(rec.env, Date.now(), 15 * 60_000);
    expect(rec.queued.filter((q) => q.body.storyId === story.id)).toEqual([]);
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
});
