/**
 * What keeps a night whole under faults: Retry-After, poison messages, the work's own attempts on
 * dead letters, a short settable sweep, orphan R2 objects, at-most-once email, on-demand wishes
 * accepted while the moderator flakes, and an hourly limit that holds under a burst.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { handleQueue } from "../src/jobs/consumer";
import { recordDeadLetters } from "../src/jobs/dead-letters";
import { notify } from "../src/jobs/notify";
import { createContext } from "../src/lib/context";
import type { Providers } from "../src/providers";
import { svgIllustrator } from "../src/providers/image/svg";
import { wordListModerator } from "../src/providers/moderation/word-list";
import { offlineStoryteller } from "../src/providers/text/offline";
import { type Moderator, type Narrator, ProviderError } from "../src/providers/types";
import { deleteOrphanObjects } from "../src/schedule/cleanup";
import { sweepStuckWork } from "../src/schedule/sweep";
import { UNGENTLE_WISH, writeStory } from "../src/story/writer";
import { insertAsset, insertHousehold, insertStory } from "./helpers/fixtures";
import { recordingEnv } from "./helpers/recording-env";

const NOW = Date.parse("2026-11-21T19:40:00Z");
const TOKEN = "test-admin-token-4f1c9e2b7a8d6c3e5f0a";

function providers(overrides: Partial<Providers> = {}): Providers {
  const silent: Narrator = { name: "none", narrate: async () => null };
  return {
    storyteller: offlineStoryteller,
    illustrator: svgIllustrator,
    narrator: silent,
    moderator: wordListModerator,
    ...overrides,
  };
}

async function deliver(queue: string, bodies: unknown[], chosen: Providers, attempts = 1) {
  const batch = createMessageBatch(
    queue,
    bodies.map((body, i) => ({ id: `m${i}`, timestamp: NOW, attempts, body })),
  );
  const retries = batch.messages.map((m) => vi.spyOn(m, "retry"));
  const ctx = createExecutionContext();
  const context = createContext(env, NOW, { providers: chosen });
  if (queue.endsWith("-dlq")) await recordDeadLetters(batch, context);
  else await handleQueue(batch, context);
  return { ...(await getQueueResult(batch, ctx)), retryCalls: retries.map((r) => r.mock.calls) };
}

const deadLettersFor = (storyId: string | null) =>
  env.DB.prepare("SELECT error, attempts, body FROM dead_letters WHERE story_id IS ?1 ORDER BY id")
    .bind(storyId)
    .all<{ error: string; attempts: number; body: string }>()
    .then((r) => r.results);

describe("queue faults", () => {
  it("waits at least as long as a 429's Retry-After before trying again", async () => {
    const story = await insertStory({ status: "written" });
    await insertAsset({ storyId: story.id, kind: "image", index: 0 });
    const limited = {
      name: "limited",
      paint: async () => Promise.reject(new ProviderError("429 slow down", true, 429, 120)),
    };
    const result = await deliver(
      "story-jobs",
      [{ type: "story.illustrate", storyId: story.id, sceneIndex: 0 }],
      providers({ illustrator: limited }),
    );
    expect(result.retryCalls[0]?.[0]?.[0]).toEqual({ delaySeconds: 120 });
  });

  it("dead-letters a message that can never be parsed once, with its reason, and lets it go", async () => {
    const before = (await deadLettersFor(null)).length;
    const result = await deliver("story-jobs", [{ type: "story.paint", storyId: 42 }], providers());
    expect(result.explicitAcks).toEqual(["m0"]);
    expect(result.retryMessages).toEqual([]);
    const letters = await deadLettersFor(null);
    expect(letters.length).toBe(before + 1);
    expect(letters.at(-1)?.error).toMatch(/^Malformed message: /);
    expect(JSON.parse(letters.at(-1)?.body ?? "null")).toEqual({ type: "story.paint", storyId: 42 });
  });

  it("records the work's own attempts on a dead letter, not the DLQ's delivery count", async () => {
    const story = await insertStory({ status: "written" });
    await insertAsset({ storyId: story.id, kind: "image", index: 1, attempts: 6, error: "HTTP 503" });
    await deliver("story-jobs-dlq", [{ type: "story.illustrate", storyId: story.id, sceneIndex: 1 }], providers());
    const [letter] = await deadLettersFor(story.id);
    expect(letter).toMatchObject({ attempts: 6 });
    expect(letter?.error).toContain("HTTP 503");
  });
});

describe("sweeper and reconciliation", () => {
  it("re-publishes work lost in a crash after SWEEP_AFTER_MINUTES, not 30 minutes", async () => {
    const rec = recordingEnv();
    const lost = await insertStory({
      status: "pending",
      createdAt: NOW - 3 * 60_000,
      publishedAt: NOW - 3 * 60_000,
      title: null,
      scenes: null,
    });
    await sweepStuckWork(rec.env, NOW, 15 * 60_000, 10 * 60_000);
    expect(rec.queued.map((q) => q.body.storyId)).not.toContain(lost.id);
    await sweepStuckWork(rec.env, NOW, 15 * 60_000, 2 * 60_000);
    expect(rec.queued.map((q) => q.body)).toContainEqual({ type: "story.write", storyId: lost.id });
  });

  it("deletes R2 objects whose story row is gone, and keeps every other object", async () => {
    const kept = await insertStory({ status: "ready" });
    // Both ids start with the character the clock picks for this tick.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const at = Math.floor(NOW / 300_000) % 64;
    const orphanId = `${alphabet[at]}${"o".repeat(23)}`;
    const keptId = `${alphabet[at]}${kept.id.slice(1)}`;
    await env.DB.prepare("UPDATE stories SET id = ?2 WHERE id = ?1").bind(kept.id, keptId).run();
    await env.MEDIA.put(`stories/${orphanId}/scene-0.svg`, "<svg/>");
    await env.MEDIA.put(`stories/${orphanId}/narration.mp3`, "mp3");
    await env.MEDIA.put(`stories/${keptId}/scene-0.svg`, "<svg/>");
    const result = await deleteOrphanObjects(env, NOW);
    expect(result.orphans).toBe(2);
    expect(await env.MEDIA.head(`stories/${orphanId}/scene-0.svg`)).toBeNull();
    expect(await env.MEDIA.head(`stories/${keptId}/scene-0.svg`)).not.toBeNull();
  });
});

describe("email at most once", () => {
  it("never resends by itself when the send's outcome is unknown, and tells the operator", async () => {
    const rec = recordingEnv({ failEmail: 1 });
    const story = await insertStory({ status: "ready", notify: true });
    const ctx = createContext(rec.env, NOW, { providers: providers() });
    await notify(ctx, story.id);
    await notify(ctx, story.id);
    expect(rec.sent).toHaveLength(0);
    const row = await env.DB.prepare("SELECT notified_at FROM stories WHERE id = ?1")
      .bind(story.id)
      .first<{ notified_at: number | null }>();
    expect(row?.notified_at).toBe(NOW);
    const [letter] = await deadLettersFor(story.id);
    expect(letter?.error).toContain(`POST /api/stories/${story.id}/email`);
  });

  it("resends when the operator asks, exactly once", async () => {
    const story = await insertStory({ status: "ready", notify: true, notifiedAt: NOW });
    const res = await exports.default.fetch(`http://localhost/api/stories/${story.id}/email`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(202);
    const row = await env.DB.prepare("SELECT notified_at FROM stories WHERE id = ?1")
      .bind(story.id)
      .first<{ notified_at: number | null }>();
    // The claim is given back; the notify job (run by the in-process queue) takes it again.
    expect(row === null || row.notified_at === null || row.notified_at > NOW).toBe(true);
  });
});

describe("on-demand wishes", () => {
  it("stores the wish and answers 202 at once; moderation and writing happen in the queue", async () => {
    const household = await insertHousehold();
    const res = await exports.default.fetch("http://localhost/api/stories", {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify({ householdId: household.id, prompt: "a dragon who can't sleep" }),
    });
    expect(res.status).toBe(202);
    const { id } = await res.json<{ id: string }>();
    const row = await env.DB.prepare("SELECT input, kind FROM stories WHERE id = ?1")
      .bind(id)
      .first<{ input: string; kind: string }>();
    expect(row?.kind).toBe("on-demand");
    expect(JSON.parse(row?.input ?? "{}")).toMatchObject({ prompt: "a dragon who can't sleep" });
  });

  it("retries a wish whose moderation flaked, and fails a flagged one with a kind reason", async () => {
    const flaky: Moderator = {
      name: "flaky",
      check: async () => Promise.reject(new ProviderError("OpenAI moderation failed with HTTP 503", true, 503)),
    };
    const flagging: Moderator = { name: "strict", check: async () => ({ flagged: true, reasons: ["violence"] }) };
    // The seed family: it has characters and places to tell a story with.
    const story = await insertStory({
      householdId: "hh_default",
      status: "pending",
      title: null,
      scenes: null,
      input: { prompt: "a dragon" },
    });
    const ctx = (moderator: Moderator) => createContext(env, NOW, { providers: providers({ moderator }) });
    await expect(writeStory(ctx(flaky), story.id)).rejects.toThrow("HTTP 503");
    expect(await env.DB.prepare("SELECT status FROM stories WHERE id = ?1").bind(story.id).first("status")).toBe(
      "pending",
    );
    await writeStory(ctx(flagging), story.id);
    const row = await env.DB.prepare("SELECT status, error FROM stories WHERE id = ?1")
      .bind(story.id)
      .first<{ status: string; error: string }>();
    expect(row).toMatchObject({ status: "failed" });
    expect(row?.error).toContain(UNGENTLE_WISH);
    // The progress page tells the family why, kindly (not "something went wrong").
    const page = await (await exports.default.fetch(`http://localhost/stories/${story.id}`)).text();
    expect(page).toContain("quite right for a bedtime story. How about something gentler");
    expect(page).not.toContain("Something went wrong while we were writing it");
  });

  it("holds the hourly limit when many requests arrive at once", async () => {
    const household = await insertHousehold();
    const burst = await Promise.all(
      Array.from({ length: 20 }, () =>
        exports.default.fetch("http://localhost/api/stories", {
          method: "POST",
          headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
          body: JSON.stringify({ householdId: household.id }),
        }),
      ),
    );
    const statuses = burst.map((r) => r.status);
    const limit = Number(env.ON_DEMAND_PER_HOUR || 6);
    expect(statuses.filter((s) => s === 202)).toHaveLength(limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - limit);
    const count = await env.DB.prepare("SELECT count(*) AS n FROM stories WHERE household_id = ?1")
      .bind(household.id)
      .first<{ n: number }>();
    expect(count?.n).toBe(limit);
  });
});
