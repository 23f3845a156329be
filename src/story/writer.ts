/**
 * The one story writer, used by the cron, by on-demand requests and by `story.write` messages:
 * pending story row → text from the storyteller → moderated → stored with its asset rows in one
 * batch → media jobs fanned out on the queue.
 */
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "../db/client";
import { assets, characters, households, type Story, scenes, stories } from "../db/schema";
import { type JobMessage, publish } from "../jobs/messages";
import { type Config, readConfig } from "../lib/config";
import { errorText, log } from "../lib/log";
import { seeded } from "../lib/random";
import { type Providers, selectProviders } from "../providers";
import { ProviderError } from "../providers/types";
import { AVOID_RECENT_SETTINGS, chooseCast } from "./choose";
import type { Character, Setting, StoryText } from "./types";

export type WriteOutcome = "written" | "already-done" | "failed";

/**
 * Writes a pending story. Idempotent: a story that is no longer pending is left alone, and the
 * conditional update means two writers racing store one text. A retryable provider error is
 * thrown (the caller hands the story to the queue); anything else fails the story with a reason.
 */
export async function writeStory(env: Env, storyId: string, now: number, providers?: Providers): Promise<WriteOutcome> {
  const d = db(env);
  const story = await d.query.stories.findFirst({ where: eq(stories.id, storyId) });
  if (story?.status !== "pending") return "already-done";
  const config = readConfig(env);
  const chosen = providers ?? selectProviders(config);
  const started = Date.now();
  await d
    .update(stories)
    .set({ attempts: sql`${stories.attempts} + 1` })
    .where(eq(stories.id, storyId));

  try {
    const { request, cast } = await prepareRequest(env, story);
    const { story: text, usage } = await chosen.storyteller.write(request);
    const verdict = await chosen.moderator.check([text.title, ...text.scenes.flatMap((s) => s.paragraphs), text.moral]);
    if (verdict.flagged) {
      throw new ProviderError(`The story did not pass the safety check (${verdict.reasons.join(", ")})`, false);
    }
    // The skipped narrator ("none") settles the audio asset now instead of sending a job.
    const narrate = chosen.narrator.name !== "none";
    const stored = await storeText(env, story, text, cast, { text: chosen.storyteller.name, narrate, usage, now });
    if (!stored) return "already-done";
    log("info", "story.written", {
      storyId,
      job: "story.write",
      provider: chosen.storyteller.name,
      ms: Date.now() - started,
    });
    await fanOut(env, storyId, text.scenes.length, narrate, config, now);
    return "written";
  } catch (error) {
    if (error instanceof ProviderError && error.retryable) {
      await d
        .update(stories)
        .set({ error: errorText(error) })
        .where(eq(stories.id, storyId));
      throw error;
    }
    await d
      .update(stories)
      .set({ status: "failed", error: errorText(error) })
      .where(and(eq(stories.id, storyId), eq(stories.status, "pending")));
    log("warn", "story.failed", { storyId, job: "story.write", error: errorText(error) });
    return "failed";
  }
}

/** How many of the household's last stories the storyteller sees, so it doesn't repeat itself. */
const RECENT_STORIES = 10;

/** Loads the household's people and places and picks tonight's cast (seeded by the story id). */
async function prepareRequest(env: Env, story: Story) {
  const d = db(env);
  const [household, characterRows, settingRows, recent] = await Promise.all([
    d.query.households.findFirst({ where: eq(households.id, story.householdId) }),
    d.query.characters.findMany({ where: eq(characters.householdId, story.householdId) }),
    d.query.scenes.findMany({ where: eq(scenes.householdId, story.householdId) }),
    d
      .select({ sceneId: stories.sceneId, title: stories.title, scenes: stories.scenes, moral: stories.moral })
      .from(stories)
      .where(and(eq(stories.householdId, story.householdId), inArray(stories.status, ["written", "ready"])))
      .orderBy(desc(stories.createdAt))
      .limit(RECENT_STORIES),
  ]);
  if (!household) throw new ProviderError("The household no longer exists", false);
  const settings: Setting[] = settingRows.map((s) => ({
    id: s.id,
    name: s.name,
    description: s.description,
    timeOfDay: s.timeOfDay,
  }));
  const people: Character[] = characterRows.map((c) => ({
    id: c.id,
    name: c.name,
    looks: c.looks,
    personality: c.personality,
  }));
  const cast = chooseCast(seeded(story.id), {
    characters: people,
    settings,
    recentSettingIds: recent.slice(0, AVOID_RECENT_SETTINGS).flatMap((r) => (r.sceneId ? [r.sceneId] : [])),
    characterIds: story.input.characterIds,
    settingId: story.input.sceneId,
  });
  return {
    cast,
    request: {
      seed: story.id,
      language: story.language,
      characters: cast.characters,
      setting: cast.setting,
      prompt: story.input.prompt,
      childAge: household.childAge,
      length: household.storyLength,
      rhyming: household.rhyming,
      recent: recent.map((r) => ({
        title: r.title ?? "",
        text: [...(r.scenes ?? []).flatMap((scene) => scene.paragraphs), r.moral ?? ""].join("\n"),
      })),
    },
  };
}

/**
 * Stores the text and creates the asset rows in one batch (a D1 batch is one transaction), so a
 * story is never "written" without the rows its media jobs will fill. Returns false when another
 * writer got there first.
 */
async function storeText(
  env: Env,
  story: Story,
  text: StoryText,
  cast: { characters: Character[]; setting: Setting },
  made: { text: string; narrate: boolean; usage: { inputTokens: number; outputTokens: number }; now: number },
): Promise<boolean> {
  const d = db(env);
  const now = made.now;
  const imageRows = text.scenes.map((_, index) => ({
    storyId: story.id,
    kind: "image" as const,
    index,
    status: "pending" as const,
    createdAt: now,
  }));
  const audioRow = {
    storyId: story.id,
    kind: "audio" as const,
    index: 0,
    status: made.narrate ? ("pending" as const) : ("skipped" as const),
    provider: made.narrate ? null : "none",
    error: made.narrate ? null : "No narration provider configured: the page offers the device's read-aloud",
    createdAt: now,
    finishedAt: made.narrate ? null : now,
  };
  const [updated] = await d.batch([
    d
      .update(stories)
      .set({
        status: "written",
        title: text.title,
        scenes: text.scenes,
        moral: text.moral,
        sceneId: cast.setting.id,
        characterIds: cast.characters.map((c) => c.id),
        providers: { ...story.providers, text: made.text },
        usage: { ...story.usage, inputTokens: made.usage.inputTokens, outputTokens: made.usage.outputTokens },
        error: null,
        // The real time, not the tick's: the email deadline and the media timings start here.
        writtenAt: Date.now(),
      })
      .where(and(eq(stories.id, story.id), eq(stories.status, "pending")))
      .returning({ id: stories.id }),
    d
      .insert(assets)
      .values([...imageRows, audioRow])
      .onConflictDoNothing(),
  ]);
  return updated.length === 1;
}

/**
 * Hands the media work to the queue: one picture per scene and the narration, in parallel, plus a
 * delayed notify that is the email deadline if some media never settles. Runs after the story row
 * is committed. If sending fails the story stays unpublished and the sweeper publishes it later.
 */
export async function fanOut(
  env: Env,
  storyId: string,
  sceneCount: number,
  narrate: boolean,
  config: Config,
  now: number,
): Promise<void> {
  const messages: JobMessage[] = Array.from({ length: sceneCount }, (_, sceneIndex) => ({
    type: "story.illustrate",
    storyId,
    sceneIndex,
  }));
  if (narrate) messages.push({ type: "story.narrate", storyId });
  try {
    await publish(env, messages);
    // Queues accept delays up to 12 hours.
    await publish(
      env,
      [{ type: "story.notify", storyId }],
      Math.min(43_200, Math.ceil(config.notifyDeadlineMs / 1000)),
    );
    await db(env).update(stories).set({ publishedAt: now }).where(eq(stories.id, storyId));
  } catch (error) {
    log("warn", "story.fanout_failed", { storyId, error: errorText(error) });
  }
}

/** Stories written inside one cron tick or request; the rest wait on the queue. */
export const WRITES_IN_PLACE = 4;

/**
 * Writes the first few stories now, side by side, and hands the overflow (and any write that hit
 * a retryable provider error) to the queue as `story.write` messages — the same writer runs there.
 */
export async function writeOrQueue(
  env: Env,
  storyIds: string[],
  now: number,
  inPlace = WRITES_IN_PLACE,
): Promise<void> {
  const first = storyIds.slice(0, inPlace);
  const later = storyIds.slice(inPlace);
  const providers = selectProviders(readConfig(env));
  const results = await Promise.allSettled(first.map((id) => writeStory(env, id, now, providers)));
  results.forEach((r, i) => {
    if (r.status === "rejected") later.push(first[i] as string);
  });
  if (later.length > 0) {
    await publish(
      env,
      later.map((storyId) => ({ type: "story.write" as const, storyId })),
    );
    // Stamped so the sweeper leaves them to the queue (STUCK_MS from now).
    await env.DB.prepare("UPDATE stories SET published_at = ?2 WHERE id IN (SELECT value FROM json_each(?1))")
      .bind(JSON.stringify(later), now)
      .run();
    log("info", "story.write_queued", { count: later.length });
  }
}
