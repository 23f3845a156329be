import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { handleQueue } from "../src/jobs/consumer";
import { writeAndFanOut as writeStory } from "../src/jobs/publish";
import { MAX_STORY_WRITES } from "../src/jobs/state";
import { createContext } from "../src/lib/context";
import { type Moderator, ProviderError, type Storyteller, UnusableStoryError } from "../src/providers/types";
import { sweepStuckWork } from "../src/schedule/sweep";
import { insertStory } from "./helpers/fixtures";
import { offlineProviders } from "./helpers/providers";
import { recordingEnv } from "./helpers/recording-env";

const NOW = Date.now();
const offline = offlineProviders();

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

describe("a model that gives unusable replies", () => {
  /** A storyteller whose first `bad` calls come back unusable, then a real story. */
  function flaky(bad: number): Storyteller & { calls: number } {
    const teller = {
      ...offline.storyteller,
      calls: 0,
      async write(request: Parameters<Storyteller["write"]>[0]) {
        teller.calls++;
        if (teller.calls <= bad)
          throw new UnusableStoryError("OpenAI gave no usable story after 2 attempts: the reply was not valid JSON");
        return offline.storyteller.write(request);
      },
    };
    return teller;
  }

  /** One delivery of the story's story.write message, as the queue makes it. */
  async function deliver(storyId: string, storyteller: Storyteller, attempts: number) {
    const batch = createMessageBatch("story-jobs", [
      { id: `w${attempts}`, timestamp: NOW, attempts, body: { type: "story.write", storyId } },
    ]);
    const ctx = createExecutionContext();
    await handleQueue(batch, createContext(recordingEnv().env, NOW, { providers: { ...offline, storyteller } }));
    return getQueueResult(batch, ctx);
  }

  it("is retried by the queue, so a flaky provider doesn't lose the story", async () => {
    const story = await pendingStory();
    const teller = flaky(2);
    const first = await deliver(story.id, teller, 1);
    expect(first.retryMessages).toHaveLength(1);
    expect(await storyRow(story.id)).toMatchObject({ status: "pending", attempts: 1 });
    expect((await storyRow(story.id))?.error).toMatch(/no usable story/);
    expect((await deliver(story.id, teller, 2)).retryMessages).toHaveLength(1);
    const third = await deliver(story.id, teller, 3);
    expect(third.retryMessages).toEqual([]);
    expect(third.explicitAcks).toEqual(["w3"]);
    const row = await storyRow(story.id);
    expect(row).toMatchObject({ status: "written", attempts: 3, error: null });
    expect(row?.title).toBeTruthy();
  });

  it(`fails visibly, with the model's problem, on try ${MAX_STORY_WRITES} and asks no more`, async () => {
    const story = await pendingStory();
    const teller = flaky(Number.POSITIVE_INFINITY);
    for (let attempt = 1; attempt < MAX_STORY_WRITES; attempt++)
      expect((await deliver(story.id, teller, attempt)).retryMessages).toHaveLength(1);
    const last = await deliver(story.id, teller, MAX_STORY_WRITES);
    expect(last.retryMessages).toEqual([]);
    expect(last.explicitAcks).toHaveLength(1);
    const row = await storyRow(story.id);
    expect(row).toMatchObject({ status: "failed", attempts: MAX_STORY_WRITES, title: null });
    expect(row?.error).toBe(
      `OpenAI gave no usable story after 2 attempts: the reply was not valid JSON (tried ${MAX_STORY_WRITES} times)`,
    );
    // Another delivery (a redelivery, the sweeper) finds it done and asks the model nothing.
    await deliver(story.id, teller, MAX_STORY_WRITES + 1);
    expect(teller.calls).toBe(MAX_STORY_WRITES);
  });
});
