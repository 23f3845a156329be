import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { handleQueue } from "../src/jobs/consumer";
import { replay } from "../src/jobs/dead-letters";
import { notify } from "../src/jobs/notify";
import { releaseEmail } from "../src/jobs/state";
import { createContext } from "../src/lib/context";
import type { Providers } from "../src/providers";
import { createOpenAIIllustrator } from "../src/providers/image/openai";
import { deleteExpiredStories } from "../src/schedule/cleanup";
import { STUCK_MS, sweepStuckWork } from "../src/schedule/sweep";
import { insertAsset, insertStory } from "./helpers/fixtures";
import { useMsw } from "./helpers/msw";
import { offlineProviders } from "./helpers/providers";
import { recordingEnv } from "./helpers/recording-env";

const server = useMsw();

const NOW = Date.now();
const DEADLINE = 15 * 60_000;
const offline = offlineProviders();

async function deliver(testEnv: Env, queue: string, bodies: unknown[], chosen: Providers = offline, attempts = 1) {
  const batch = createMessageBatch(
    queue,
    bodies.map((body, i) => ({ id: `m${i}`, timestamp: NOW, attempts, body })),
  );
  await handleQueue(batch, createContext(testEnv, NOW, { providers: chosen }));
  return getQueueResult(batch, createExecutionContext());
}

async function storyWithAssets(
  overrides: Parameters<typeof insertStory>[0] = {},
  statuses: string[] = ["pending", "pending", "pending"],
) {
  const story = await insertStory({ kind: "nightly", notify: true, writtenAt: NOW - 60_000, ...overrides });
  for (const [index, status] of statuses.entries())
    await insertAsset({ storyId: story.id, kind: "image", index, status: status as "pending" });
  await insertAsset({ storyId: story.id, kind: "audio", index: 0, status: "skipped" });
  return story;
}

const status = async (id: string) =>
  await env.DB.prepare("SELECT status, notified_at FROM stories WHERE id = ?")
    .bind(id)
    .first<{ status: string; notified_at: number | null }>();

describe("the bedtime email", () => {
  it("is sent once the last picture settles, with the title, link and time kept — and never twice", async () => {
    const rec = recordingEnv();
    const story = await storyWithAssets();
    await deliver(
      rec.env,
      "story-jobs",
      [0, 1, 2].map((sceneIndex) => ({ type: "story.illustrate", storyId: story.id, sceneIndex })),
    );
    expect((await status(story.id))?.status).toBe("ready");
    const notifies = rec.queued.filter((m) => m.body.type === "story.notify");
    expect(notifies).toHaveLength(1);

    // The notify message, delivered three times (redelivery), plus the deadline message.
    await deliver(rec.env, "story-jobs", [notifies[0]?.body, notifies[0]?.body, notifies[0]?.body]);
    await notify(createContext(rec.env, NOW + DEADLINE), story.id);
    expect(rec.sent).toHaveLength(1);
    const mail = rec.sent[0]!;
    expect(mail.to).toBe("family@example.com");
    expect(mail.subject).toBe(`Tonight's story: ${story.title}`);
    expect(mail.html).toContain(`https://nightlight.test/stories/${story.id}`);
    // The offline painter's SVG is left out: Gmail and Outlook don't show SVG (a JPEG cover is
    // tested in fetch-unsubscribe.test.ts).
    expect(mail.html).not.toContain("<img");
    expect(mail.html).not.toContain("/media/");
    expect(mail.text).toContain(`https://nightlight.test/stories/${story.id}`);
    expect(mail.text).toMatch(/stays for (2 days|4\d hours)/);
  });

  it("escapes what a model wrote", async () => {
    const rec = recordingEnv();
    const story = await storyWithAssets({ title: `<img src=x onerror=alert(1)>`, status: "ready" }, [
      "ready",
      "ready",
      "ready",
    ]);
    await notify(createContext(rec.env, NOW), story.id);
    expect(rec.sent[0]?.html).not.toContain("<img src=x");
    expect(rec.sent[0]?.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("waits for pending media until the deadline, then sends anyway", async () => {
    const rec = recordingEnv();
    const story = await storyWithAssets({ writtenAt: NOW - 60_000 }, ["ready", "pending", "pending"]);
    await notify(createContext(rec.env, NOW), story.id);
    expect(rec.sent).toHaveLength(0);
    await notify(createContext(rec.env, NOW - 60_000 + DEADLINE), story.id);
    expect(rec.sent).toHaveLength(1);
    expect((await status(story.id))?.notified_at).toBe(NOW - 60_000 + DEADLINE);
  });

  it("is never sent twice when the send's outcome is unknown: the claim stays until the operator resends", async () => {
    const rec = recordingEnv({ failEmail: 1 });
    const story = await storyWithAssets({ status: "ready" }, ["ready", "ready", "ready"]);
    const first = await deliver(rec.env, "story-jobs", [{ type: "story.notify", storyId: story.id }]);
    // The provider may have accepted it before failing: no automatic retry.
    expect(first.retryMessages).toEqual([]);
    expect((await status(story.id))?.notified_at).not.toBeNull();
    await deliver(rec.env, "story-jobs", [{ type: "story.notify", storyId: story.id }], offline, 2);
    expect(rec.sent).toHaveLength(0);
    // The operator resends on purpose: the claim is given back and the next notify sends once.
    await releaseEmail(env, story.id);
    await deliver(rec.env, "story-jobs", [{ type: "story.notify", storyId: story.id }], offline, 1);
    await deliver(rec.env, "story-jobs", [{ type: "story.notify", storyId: story.id }], offline, 1);
    expect(rec.sent).toHaveLength(1);
  });

  it("is not sent for an on-demand story unless asked", async () => {
    const rec = recordingEnv();
    const story = await storyWithAssets({ kind: "on-demand", notify: false, status: "ready" }, [
      "ready",
      "ready",
      "ready",
    ]);
    await notify(createContext(rec.env, NOW + DEADLINE), story.id);
    expect(rec.sent).toHaveLength(0);
  });
});

describe("expiry", () => {
  it("deletes expired stories with every R2 object, and keeps favourites and fresh stories", async () => {
    const expired = await insertStory({ expiresAt: NOW - 1 });
    const favourite = await insertStory({ expiresAt: NOW - 1, favorite: true });
    const fresh = await insertStory({ expiresAt: NOW + 3_600_000 });
    for (const s of [expired, favourite, fresh]) {
      await insertAsset({
        storyId: s.id,
        kind: "image",
        index: 0,
        status: "ready",
        r2Key: `stories/${s.id}/scene-0.svg`,
      });
      for (const name of ["scene-0.svg", "scene-1.svg", "narration.mp3", "narration.marks.json"])
        await env.MEDIA.put(`stories/${s.id}/${name}`, "x");
    }
    expect(await deleteExpiredStories(env, NOW)).toBeGreaterThanOrEqual(1);
    expect((await env.MEDIA.list({ prefix: `stories/${expired.id}/` })).objects).toHaveLength(0);
    expect(
      await env.DB.prepare("SELECT count(*) AS n FROM assets WHERE story_id = ?").bind(expired.id).first("n"),
    ).toBe(0);
    expect(await status(expired.id)).toBeNull();
    for (const kept of [favourite, fresh]) {
      expect((await env.MEDIA.list({ prefix: `stories/${kept.id}/` })).objects).toHaveLength(4);
      expect(await status(kept.id)).not.toBeNull();
    }
  });
});

describe("dead letters and replay", () => {
  it("records a dead message in D1 and marks its asset failed with the last error", async () => {
    const rec = recordingEnv();
    const story = await storyWithAssets();
    await env.DB.prepare(
      "UPDATE assets SET attempts = 5, error = 'ProviderError: 503' WHERE story_id = ? AND idx = 1 AND kind = 'image'",
    )
      .bind(story.id)
      .run();
    const result = await deliver(
      rec.env,
      "story-jobs-dlq",
      [{ type: "story.illustrate", storyId: story.id, sceneIndex: 1 }],
      offline,
      6,
    );
    expect(result.explicitAcks).toEqual(["m0"]);
    const letter = await env.DB.prepare("SELECT story_id, body, error, attempts FROM dead_letters WHERE story_id = ?")
      .bind(story.id)
      .first();
    // The work's own attempts (5 on the asset), not the DLQ's delivery count (6).
    expect(letter).toMatchObject({
      story_id: story.id,
      attempts: 5,
      error: "Gave up after retries: ProviderError: 503",
    });
    expect(JSON.parse(String(letter?.body))).toEqual({ type: "story.illustrate", storyId: story.id, sceneIndex: 1 });
    const asset = await env.DB.prepare("SELECT status FROM assets WHERE story_id = ? AND idx = 1 AND kind = 'image'")
      .bind(story.id)
      .first("status");
    expect(asset).toBe("failed");
  });

  it("replay completes a story once the image provider recovers, without a second email", async () => {
    // The provider fails twice with 500, then paints.
    let calls = 0;
    server.use(
      http.post("https://images.test/v1/images/generations", () => {
        calls++;
        if (calls <= 2) return HttpResponse.json({ error: { message: "upstream down" } }, { status: 500 });
        return HttpResponse.json({ created: 0, data: [{ b64_json: btoa("RIFF....WEBPVP8 ") }] });
      }),
    );
    const openai: Providers = {
      ...offline,
      illustrator: createOpenAIIllustrator({
        apiKey: "k",
        baseURL: "https://images.test/v1",
        textModel: "t",
        imageModel: "gpt-image-1-mini",
      }),
    };
    const rec = recordingEnv();
    const story = await storyWithAssets({ status: "written" }, ["ready", "ready", "pending"]);
    const message = { type: "story.illustrate", storyId: story.id, sceneIndex: 2 };

    // Two failing deliveries, then the queue gives up and the DLQ records it: the story settles
    // with a failed picture and the family is emailed.
    for (const attempt of [1, 2])
      expect((await deliver(rec.env, "story-jobs", [message], openai, attempt)).retryMessages).toHaveLength(1);
    await deliver(rec.env, "story-jobs-dlq", [message], openai, 3);
    expect((await status(story.id))?.status).toBe("ready");
    for (const m of rec.queued.filter((q) => q.body.type === "story.notify"))
      await deliver(rec.env, "story-jobs", [m.body], openai);
    expect(rec.sent).toHaveLength(1);

    // Replay re-opens the failed picture; the provider is back and the story completes.
    rec.queued.length = 0;
    expect(await replay(createContext(rec.env, NOW), story.id)).toEqual({ deadLetters: 1, assets: 1, stories: 0 });
    expect((await status(story.id))?.status).toBe("written");
    await deliver(
      rec.env,
      "story-jobs",
      rec.queued.map((q) => q.body),
      openai,
    );
    const asset = await env.DB.prepare(
      "SELECT status, r2_key FROM assets WHERE story_id = ? AND idx = 2 AND kind = 'image'",
    )
      .bind(story.id)
      .first();
    expect(asset).toEqual({ status: "ready", r2_key: `stories/${story.id}/scene-2.webp` });
    expect((await status(story.id))?.status).toBe("ready");
    for (const m of rec.queued.filter((q) => q.body.type === "story.notify"))
      await deliver(rec.env, "story-jobs", [m.body], openai);
    expect(rec.sent).toHaveLength(1);
    expect(calls).toBe(3);
  });
});

describe("replay and the sweeper together", () => {
  it("does not send replayed work a second time", async () => {
    const rec = recordingEnv();
    const old = NOW - STUCK_MS - 60_000;
    const story = await storyWithAssets({ status: "ready", writtenAt: old, publishedAt: old, notifiedAt: old }, [
      "ready",
      "failed",
      "ready",
    ]);
    await replay(createContext(rec.env, NOW), story.id);
    const replayed = rec.queued.filter((q) => q.body.type === "story.illustrate");
    expect(replayed.map((q) => q.body)).toEqual([{ type: "story.illustrate", storyId: story.id, sceneIndex: 1 }]);
    rec.queued.length = 0;
    await sweepStuckWork(rec.env, NOW + 60_000, DEADLINE);
    expect(rec.queued.filter((q) => q.body.storyId === story.id)).toEqual([]);
  });
});

describe("sweeper", () => {
  it("re-publishes a story that was written but never fanned out, and a story never written", async () => {
    const rec = recordingEnv();
    const old = NOW - STUCK_MS - 60_000;
    const unpublished = await storyWithAssets(
      { status: "written", writtenAt: old, createdAt: old, publishedAt: null },
      ["ready", "pending", "pending"],
    );
    const unwritten = await insertStory({
      status: "pending",
      createdAt: old,
      title: null,
      scenes: null,
      writtenAt: null,
    });
    const recent = await storyWithAssets({ status: "written", writtenAt: NOW - 1000, publishedAt: null });
    const result = await sweepStuckWork(rec.env, NOW, DEADLINE);
    const bodies = rec.queued.map((q) => q.body);
    expect(bodies).toContainEqual({ type: "story.illustrate", storyId: unpublished.id, sceneIndex: 1 });
    expect(bodies).toContainEqual({ type: "story.illustrate", storyId: unpublished.id, sceneIndex: 2 });
    expect(bodies).not.toContainEqual({ type: "story.illustrate", storyId: unpublished.id, sceneIndex: 0 });
    expect(bodies).toContainEqual({ type: "story.write", storyId: unwritten.id });
    expect(bodies.some((b) => b.storyId === recent.id)).toBe(false);
    expect(result.republished).toBeGreaterThanOrEqual(3);

    // Handled: the next tick does not send them again.
    rec.queued.length = 0;
    await sweepStuckWork(rec.env, NOW + 1000, DEADLINE);
    expect(
      rec.queued.map((q) => q.body).filter((b) => b.storyId === unpublished.id && b.type === "story.illustrate"),
    ).toHaveLength(0);
  });
});
