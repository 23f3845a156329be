import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { backoffSeconds, handleQueue } from "../src/jobs/consumer";
import { createContext } from "../src/lib/context";
import type { Providers } from "../src/providers";
import { svgIllustrator } from "../src/providers/image/svg";
import { type Illustrator, type Narrator, ProviderError } from "../src/providers/types";
import { insertAsset, insertStory } from "./helpers/fixtures";
import { offlineProviders } from "./helpers/providers";

const NOW = Date.parse("2026-11-21T19:40:00Z");

const providers = offlineProviders;

async function deliver(bodies: unknown[], chosen: Providers, attempts = 1) {
  const batch = createMessageBatch(
    "story-jobs",
    bodies.map((body, i) => ({ id: `m${i}`, timestamp: NOW, attempts, body })),
  );
  // getQueueResult does not report retry delays, so watch the calls themselves.
  const retries = batch.messages.map((m) => vi.spyOn(m, "retry"));
  const ctx = createExecutionContext();
  await handleQueue(batch, createContext(env, NOW, { providers: chosen }));
  return { ...(await getQueueResult(batch, ctx)), retryCalls: retries.map((r) => r.mock.calls) };
}

async function assetRow(storyId: string, kind = "image", idx = 0) {
  return env.DB.prepare(
    "SELECT status, attempts, error, r2_key, finished_at FROM assets WHERE story_id = ? AND kind = ? AND idx = ?",
  )
    .bind(storyId, kind, idx)
    .first<{
      status: string;
      attempts: number;
      error: string | null;
      r2_key: string | null;
      finished_at: number | null;
    }>();
}

/** A written story with its three pictures and narration pending. */
async function writtenStory() {
  const story = await insertStory({ status: "written" });
  for (const index of [0, 1, 2]) await insertAsset({ storyId: story.id, kind: "image", index });
  await insertAsset({ storyId: story.id, kind: "audio", index: 0 });
  return story;
}

describe("queue consumer", () => {
  it("acks malformed messages instead of retrying them forever", async () => {
    const result = await deliver(
      [
        { type: "story.illustrate", storyId: "x" },
        "not json at all",
        { type: "story.explode", storyId: "AAAAAAAAAAAAAAAAAAAAAAAA" },
      ],
      providers(),
    );
    expect(result.explicitAcks.sort()).toEqual(["m0", "m1", "m2"]);
    expect(result.retryMessages).toEqual([]);
  });

  it("paints a scene into R2 and marks its asset ready", async () => {
    const story = await writtenStory();
    const result = await deliver([{ type: "story.illustrate", storyId: story.id, sceneIndex: 1 }], providers());
    expect(result.explicitAcks).toEqual(["m0"]);
    const asset = await assetRow(story.id, "image", 1);
    expect(asset).toMatchObject({ status: "ready", attempts: 1, r2_key: `stories/${story.id}/scene-1.svg` });
    const object = await env.MEDIA.get(`stories/${story.id}/scene-1.svg`);
    expect(object?.httpMetadata?.contentType).toBe("image/svg+xml");
    expect(await object?.text()).toContain("<svg");
  });

  it("handles a redelivered message once: one object, one update, usage counted once", async () => {
    const story = await writtenStory();
    const message = { type: "story.illustrate", storyId: story.id, sceneIndex: 0 };
    await deliver([message], providers());
    const first = await assetRow(story.id);
    let painted = 0;
    const counting: Illustrator = {
      name: "counting",
      paint: async (r) => {
        painted++;
        return svgIllustrator.paint(r);
      },
    };
    const again = await deliver([message, message], providers({ illustrator: counting }));
    expect(again.explicitAcks.sort()).toEqual(["m0", "m1"]);
    expect(painted).toBe(0);
    expect(await assetRow(story.id)).toEqual(first);
    const listed = await env.MEDIA.list({ prefix: `stories/${story.id}/` });
    expect(listed.objects).toHaveLength(1);
    const usage = await env.DB.prepare("SELECT json_extract(usage, '$.images') AS images FROM stories WHERE id = ?")
      .bind(story.id)
      .first<{ images: number }>();
    expect(usage?.images).toBe(1);
  });

  it("records a picture already in R2 (an earlier delivery died before saying so) without painting it again", async () => {
    const story = await writtenStory();
    const key = `stories/${story.id}/scene-2.png`;
    await env.MEDIA.put(key, new Uint8Array([137, 80, 78, 71]), { httpMetadata: { contentType: "image/png" } });
    let painted = 0;
    const counting: Illustrator = {
      name: "counting",
      paint: async (r) => {
        painted++;
        return svgIllustrator.paint(r);
      },
    };
    const result = await deliver(
      [{ type: "story.illustrate", storyId: story.id, sceneIndex: 2 }],
      providers({ illustrator: counting }),
    );
    expect(result.explicitAcks).toEqual(["m0"]);
    expect(painted).toBe(0);
    expect(await assetRow(story.id, "image", 2)).toMatchObject({ status: "ready", r2_key: key });
    const row = await env.DB.prepare(
      "SELECT content_type, json_extract((SELECT usage FROM stories WHERE id = ?1), '$.images') AS images FROM assets WHERE story_id = ?1 AND idx = 2 AND kind = 'image'",
    )
      .bind(story.id)
      .first();
    expect(row).toEqual({ content_type: "image/png", images: 0 });
  });

  it("records narration already in R2 without calling the narrator", async () => {
    const story = await writtenStory();
    await env.MEDIA.put(`stories/${story.id}/narration.mp3`, new Uint8Array([0xff, 0xfb]));
    await env.MEDIA.put(`stories/${story.id}/narration.marks.json`, "[]");
    let calls = 0;
    const narrator: Narrator = {
      name: "polly",
      narrate: async () => {
        calls++;
        return null;
      },
    };
    await deliver([{ type: "story.narrate", storyId: story.id }], providers({ narrator }));
    expect(calls).toBe(0);
    expect(await assetRow(story.id, "audio", 0)).toMatchObject({
      status: "ready",
      r2_key: `stories/${story.id}/narration.mp3`,
    });
  });

  it("retries a rate-limited picture with backoff and keeps the asset pending with the error", async () => {
    const story = await writtenStory();
    const limited: Illustrator = {
      name: "limited",
      paint: async () => Promise.reject(new ProviderError("429 Too Many Requests", true, 429)),
    };
    const result = await deliver(
      [{ type: "story.illustrate", storyId: story.id, sceneIndex: 0 }],
      providers({ illustrator: limited }),
      3,
    );
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["m0"]);
    expect(result.retryCalls[0]).toEqual([[{ delaySeconds: backoffSeconds(3) }]]);
    expect(result.explicitAcks).toEqual([]);
    expect(await assetRow(story.id)).toMatchObject({
      status: "pending",
      attempts: 1,
      error: "ProviderError: 429 Too Many Requests",
    });
  });

  it("fails the asset, without retrying, when the provider says it will never work", async () => {
    const story = await writtenStory();
    const refusing: Illustrator = {
      name: "refusing",
      paint: async () => Promise.reject(new ProviderError("400 rejected by the safety system", false, 400)),
    };
    const result = await deliver(
      [{ type: "story.illustrate", storyId: story.id, sceneIndex: 2 }],
      providers({ illustrator: refusing }),
    );
    expect(result.explicitAcks).toEqual(["m0"]);
    expect(await assetRow(story.id, "image", 2)).toMatchObject({
      status: "failed",
      error: "ProviderError: 400 rejected by the safety system",
    });
  });

  it("acks and retries messages of one batch independently", async () => {
    const story = await writtenStory();
    const flaky: Illustrator = {
      name: "flaky",
      paint: async (r) =>
        r.sceneIndex === 1 ? Promise.reject(new ProviderError("503", true, 503)) : svgIllustrator.paint(r),
    };
    const result = await deliver(
      [0, 1, 2].map((sceneIndex) => ({ type: "story.illustrate", storyId: story.id, sceneIndex })),
      providers({ illustrator: flaky }),
    );
    expect(result.explicitAcks.sort()).toEqual(["m0", "m2"]);
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["m1"]);
  });

  it("moves the story to ready when its last asset settles", async () => {
    const story = await writtenStory();
    const narrator: Narrator = {
      name: "fake-voice",
      narrate: async () => ({
        audio: new Uint8Array([0xff, 0xf3, 1, 2]),
        marks: [{ time: 0, type: "sentence", value: story.title ?? "" }],
        characters: 120,
        voice: "Joanna",
      }),
    };
    const chosen = providers({ narrator });
    await deliver(
      [
        { type: "story.illustrate", storyId: story.id, sceneIndex: 0 },
        { type: "story.narrate", storyId: story.id },
      ],
      chosen,
    );
    let row = await env.DB.prepare("SELECT status FROM stories WHERE id = ?")
      .bind(story.id)
      .first<Record<string, unknown>>();
    expect(row?.status).toBe("written");
    await deliver(
      [1, 2].map((sceneIndex) => ({ type: "story.illustrate", storyId: story.id, sceneIndex })),
      chosen,
    );
    row = await env.DB.prepare("SELECT status, ready_at, usage, providers FROM stories WHERE id = ?")
      .bind(story.id)
      .first();
    expect(row).toMatchObject({ status: "ready", ready_at: expect.any(Number) });
    expect(JSON.parse(String(row?.usage))).toMatchObject({ images: 3, pollyCharacters: 120 });
    expect(JSON.parse(String(row?.providers))).toMatchObject({ image: "svg", voice: "fake-voice:Joanna" });
    const marks = await env.MEDIA.get(`stories/${story.id}/narration.marks.json`);
    expect(await marks?.json()).toEqual([{ time: 0, type: "sentence", value: story.title }]);
    expect((await env.MEDIA.head(`stories/${story.id}/narration.mp3`))?.httpMetadata?.contentType).toBe("audio/mpeg");
  });

  it("stores the narration's playing time with it, for the podcast feed", async () => {
    const story = await writtenStory();
    // 250 MPEG-2 Layer III frames at 24 kHz (576 samples, 24 ms each): 6 seconds.
    const audio = new Uint8Array(250 * 144);
    for (let i = 0; i < 250; i++) audio.set([0xff, 0xf3, 0x64, 0xc0], i * 144);
    const narrator: Narrator = {
      name: "fake-voice",
      narrate: async () => ({ audio, marks: [], characters: 10, voice: "Joanna" }),
    };
    await deliver([{ type: "story.narrate", storyId: story.id }], providers({ narrator }));
    const head = await env.MEDIA.head(`stories/${story.id}/narration.mp3`);
    expect(head?.size).toBe(audio.length);
    expect(head?.customMetadata).toEqual({ durationMs: "6000" });
  });

  it("does nothing for a story that no longer exists", async () => {
    const result = await deliver(
      [{ type: "story.illustrate", storyId: "AAAAAAAAAAAAAAAAAAAAAAAA", sceneIndex: 0 }],
      providers(),
    );
    expect(result.explicitAcks).toEqual(["m0"]);
  });

  it("backs off exponentially with a cap", () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([10, 20, 40, 80]);
    expect(backoffSeconds(20)).toBe(900);
  });
});
