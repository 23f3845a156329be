/**
 * The media jobs: one picture per scene (`story.illustrate`) and the narration (`story.narrate`).
 * Each is idempotent: a settled asset is skipped, R2 keys are fixed per story and scene, and an
 * object already in R2 (an earlier delivery that died before recording it) is not made again.
 */
import { eq } from "drizzle-orm";
import { characters, households, places, stories } from "../db/schema";
import type { Ctx } from "../lib/context";
import { errorText } from "../lib/log";
import { ProviderError } from "../providers/types";
import { mp3Duration } from "../providers/voice/mp3";
import { publishNotify } from "./publish";
import { noteError, type Settlement, settleAsset as settle, startAttempt } from "./state";

/** Settles the asset and, when it was the story's last, asks for the email. */
async function settleAsset(env: Env, storyId: string, assetId: number, s: Settlement, now: number): Promise<void> {
  const { notify } = await settle(env, storyId, assetId, s, now);
  if (notify) await publishNotify(env, storyId);
}

/** Runs a provider call for a pending asset; a permanent provider error fails the asset, others are rethrown for a retry. */
async function withAsset(
  env: Env,
  storyId: string,
  kind: "image" | "audio",
  index: number,
  now: number,
  work: (assetId: number) => Promise<void>,
): Promise<void> {
  const assetId = await startAttempt(env, storyId, kind, index, now);
  if (assetId === undefined) return; // deleted, or settled by an earlier delivery
  try {
    await work(assetId);
  } catch (error) {
    if (error instanceof ProviderError && !error.retryable) {
      await settleAsset(env, storyId, assetId, { status: "failed", error: errorText(error) }, Date.now());
      return;
    }
    await noteError(env, assetId, error);
    throw error;
  }
}

export async function illustrate(ctx: Ctx, storyId: string, sceneIndex: number): Promise<void> {
  const { env, providers, now, db: d } = ctx;
  const story = await d.query.stories.findFirst({ where: eq(stories.id, storyId) });
  const scene = story?.scenes?.[sceneIndex];
  if (!story || !scene) return;

  await withAsset(env, storyId, "image", sceneIndex, now, async (assetId) => {
    const [household, cast, setting] = await Promise.all([
      d.query.households.findFirst({ where: eq(households.id, story.householdId) }),
      d.query.characters.findMany({ where: eq(characters.householdId, story.householdId) }),
      story.placeId ? d.query.places.findFirst({ where: eq(places.id, story.placeId) }) : undefined,
    ]);
    const inStory = cast.filter((c) => story.characterIds?.includes(c.id));
    const { illustrator } = providers;
    const existing = await findExisting(env, `stories/${storyId}/scene-${sceneIndex}.`);
    let key = existing?.key;
    let contentType = existing?.httpMetadata?.contentType;
    if (!existing) {
      const picture = await illustrator.paint({
        storyId,
        title: story.title ?? "",
        sceneIndex,
        sceneCount: story.scenes?.length ?? 1,
        brief: scene.illustration,
        plan: scene.picture,
        caption: scene.caption,
        language: story.language,
        timeOfDay: setting?.timeOfDay,
        characters: inStory.map((c) => ({ name: c.name, looks: c.looks })),
        style: household?.illustrationStyle ?? "watercolor",
      });
      key = `stories/${storyId}/scene-${sceneIndex}.${picture.extension}`;
      contentType = picture.contentType;
      await env.MEDIA.put(key, picture.body, { httpMetadata: { contentType } });
    }
    await settleAsset(
      env,
      storyId,
      assetId,
      {
        status: "ready",
        provider: illustrator.name,
        providerRole: "image",
        r2Key: key,
        contentType: contentType ?? "application/octet-stream",
        usage: { images: existing ? 0 : 1 },
      },
      Date.now(),
    );
  });
}

export async function narrate(ctx: Ctx, storyId: string): Promise<void> {
  const { env, providers, now, db: d } = ctx;
  const story = await d.query.stories.findFirst({ where: eq(stories.id, storyId) });
  if (!story?.scenes) return;

  await withAsset(env, storyId, "audio", 0, now, async (assetId) => {
    const { narrator } = providers;
    const key = `stories/${storyId}/narration.mp3`;
    const marksKey = `stories/${storyId}/narration.marks.json`;
    if (await env.MEDIA.head(marksKey)) {
      // Both objects were stored by an earlier delivery (marks are written last).
      await settleAsset(
        env,
        storyId,
        assetId,
        {
          status: "ready",
          provider: narrator.name,
          providerRole: "voice",
          r2Key: key,
          marksKey,
          contentType: "audio/mpeg",
        },
        Date.now(),
      );
      return;
    }
    const household = await d.query.households.findFirst({ where: eq(households.id, story.householdId) });
    const narration = await narrator.narrate({
      title: story.title ?? "",
      paragraphs: story.scenes?.flatMap((s) => s.paragraphs) ?? [],
      language: story.language,
      voice: household?.voice,
    });
    if (!narration) {
      await settleAsset(
        env,
        storyId,
        assetId,
        { status: "skipped", provider: narrator.name, error: "No narration provider configured" },
        Date.now(),
      );
      return;
    }
    // The playing time rides along with the object, for the podcast feed's itunes:duration.
    await env.MEDIA.put(key, narration.audio, {
      httpMetadata: { contentType: "audio/mpeg" },
      customMetadata: { durationMs: String(Math.round(mp3Duration(narration.audio))) },
    });
    await env.MEDIA.put(marksKey, JSON.stringify(narration.marks), {
      httpMetadata: { contentType: "application/json" },
    });
    await settleAsset(
      env,
      storyId,
      assetId,
      {
        status: "ready",
        provider: `${narrator.name}:${narration.voice}`,
        providerRole: "voice",
        r2Key: key,
        marksKey,
        contentType: "audio/mpeg",
        usage: { pollyCharacters: narration.characters },
      },
      Date.now(),
    );
  });
}

/** The object an earlier delivery stored under this prefix, if any (the extension depends on the provider). */
async function findExisting(env: Env, prefix: string): Promise<R2Object | undefined> {
  const listed = await env.MEDIA.list({ prefix, limit: 1, include: ["httpMetadata"] });
  return listed.objects[0];
}
