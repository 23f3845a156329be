/**
 * The one story writer, used by the cron, by on-demand requests and by `story.write` messages:
 * pending story row → text from the storyteller → moderated → stored with its asset rows in one
 * batch. It only writes: the media jobs are fanned out by the caller (src/jobs/publish.ts).
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import { characters, households, places, type Story, stories } from "../db/schema";
import { failStory, markWritten, noteWriteError, startWrite, TOLD_STATUSES } from "../jobs/state";
import type { Ctx } from "../lib/context";
import { errorText, log } from "../lib/log";
import { seeded } from "../lib/random";
import { ProviderError } from "../providers/types";
import { AVOID_RECENT_SETTINGS, chooseCast } from "./choose";
import type { Character, Setting } from "./types";

export type WriteOutcome = "written" | "already-done" | "failed";

/** What the writer did; a written story says what media to fan out. */
export type Written =
  | { outcome: "written"; sceneCount: number; narrate: boolean }
  | { outcome: Exclude<WriteOutcome, "written"> };

/**
 * Writes a pending story. Idempotent: a story that is no longer pending is left alone, and the
 * conditional update means two writers racing store one text. A retryable provider error is
 * thrown (the caller hands the story to the queue); anything else fails the story with a reason.
 */
export async function writeStory(ctx: Ctx, storyId: string): Promise<Written> {
  const { env, now, providers: chosen } = ctx;
  const story = await startWrite(env, storyId);
  if (!story) return { outcome: "already-done" };
  const started = Date.now();

  try {
    const { request, cast } = await prepareRequest(ctx, story);
    const { story: text, usage } = await chosen.storyteller.write(request);
    const verdict = await chosen.moderator.check([text.title, ...text.scenes.flatMap((s) => s.paragraphs), text.moral]);
    if (verdict.flagged) {
      throw new ProviderError(`The story did not pass the safety check (${verdict.reasons.join(", ")})`, false);
    }
    // The skipped narrator ("none") settles the audio asset now instead of sending a job.
    const narrate = chosen.narrator.name !== "none";
    const stored = await markWritten(env, story, text, cast, { text: chosen.storyteller.name, narrate, usage, now });
    if (!stored) return { outcome: "already-done" };
    log("info", "story.written", {
      storyId,
      job: "story.write",
      provider: chosen.storyteller.name,
      ms: Date.now() - started,
    });
    return { outcome: "written", sceneCount: text.scenes.length, narrate };
  } catch (error) {
    if (error instanceof ProviderError && error.retryable) {
      await noteWriteError(env, storyId, error);
      throw error;
    }
    await failStory(env, storyId, error);
    log("warn", "story.failed", { storyId, job: "story.write", error: errorText(error) });
    return { outcome: "failed" };
  }
}

/** How many of the household's last stories the storyteller sees, so it doesn't repeat itself. */
const RECENT_STORIES = 10;

/** Loads the household's people and places and picks tonight's cast (seeded by the story id). */
async function prepareRequest(ctx: Ctx, story: Story) {
  const d = ctx.db;
  const [household, characterRows, settingRows, recent] = await Promise.all([
    d.query.households.findFirst({ where: eq(households.id, story.householdId) }),
    d.query.characters.findMany({ where: eq(characters.householdId, story.householdId) }),
    d.query.places.findMany({ where: eq(places.householdId, story.householdId) }),
    d
      .select({ placeId: stories.placeId, title: stories.title, scenes: stories.scenes, moral: stories.moral })
      .from(stories)
      .where(and(eq(stories.householdId, story.householdId), inArray(stories.status, TOLD_STATUSES)))
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
    recentSettingIds: recent.slice(0, AVOID_RECENT_SETTINGS).flatMap((r) => (r.placeId ? [r.placeId] : [])),
    characterIds: story.input.characterIds,
    settingId: story.input.placeId,
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
