/**
 * The one story writer, used by the cron, by on-demand requests and by `story.write` messages:
 * pending story row → text from the storyteller → moderated → stored with its asset rows in one
 * batch. It only writes: the media jobs are fanned out by the caller (src/jobs/publish.ts).
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import { characters, households, places, type Story, stories } from "../db/schema";
import { failStory, MAX_STORY_WRITES, markWritten, noteWriteError, startWrite, TOLD_STATUSES } from "../jobs/state";
import type { Ctx } from "../lib/context";
import { errorText, log } from "../lib/log";
import { seeded } from "../lib/random";
import { ProviderError, UnusableStoryError } from "../providers/types";
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
 * thrown (the caller hands the story to the queue); anything else fails the story with a reason,
 * as does a model's unusable reply on the story's MAX_STORY_WRITES-th try.
 */
export async function writeStory(ctx: Ctx, storyId: string): Promise<Written> {
  const { env, now, providers: chosen } = ctx;
  const story = await startWrite(env, storyId);
  if (!story) return { outcome: "already-done" };
  const started = Date.now();

  try {
    // Never an English story marked as another language: a language the storyteller can't write
    // (a key was removed since the story was asked for) fails the story with the reason.
    if (!chosen.storyteller.languages.includes(story.language)) {
      throw new ProviderError(cannotWrite(story.language, chosen.storyteller.languages), false);
    }
    const { request, cast } = await prepareRequest(ctx, story);
    // The parent's wish is checked here, in the queue, where a flaky moderator is retried.
    if (request.prompt) {
      const wish = await chosen.moderator.check([request.prompt]);
      if (wish.flagged) throw new ProviderError(UNGENTLE_WISH, false);
    }
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
    // On purpose: a provider says whether trying again can help; anything else (D1 busy, a network
    // blip) is retried by the queue, and after its last retry the dead-letter queue fails the story.
    // Unusable replies are retried too, but only MAX_STORY_WRITES times (startWrite counted this one).
    const lastTry = error instanceof UnusableStoryError && story.attempts + 1 >= MAX_STORY_WRITES;
    if ((!(error instanceof ProviderError) || error.retryable) && !lastTry) {
      await noteWriteError(env, storyId, error);
      throw error;
    }
    await failStory(env, storyId, lastTry ? `${(error as Error).message} (tried ${story.attempts + 1} times)` : error);
    log("warn", "story.failed", { storyId, job: "story.write", error: errorText(error) });
    return { outcome: "failed" };
  }
}

/** A family with no characters or places can't be helped by trying again: fail, don't retry. */
function permanent<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new ProviderError(errorText(error), false);
  }
}

/** The reason a family reads on the progress page when its wish was not gentle enough. */
export const UNGENTLE_WISH =
  "That wish isn't quite right for a bedtime story. How about something gentler, like a lost mitten or a sleepy dragon?";

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
  const cast = permanent(() =>
    chooseCast(seeded(story.id), {
      characters: people,
      settings,
      recentSettingIds: recent.slice(0, AVOID_RECENT_SETTINGS).flatMap((r) => (r.placeId ? [r.placeId] : [])),
      characterIds: story.input.characterIds,
      settingId: story.input.placeId,
    }),
  );
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
 * Why a story can't be written in `language`, in words a parent or operator can act on.
 * @example
 * cannotWrite("de", ["en", "fr", "es"]); // "The storyteller can't write German yet: …"
 */
export function cannotWrite(language: string, languages: readonly string[]): string {
  const names = new Intl.DisplayNames(["en"], { type: "language" });
  const list = new Intl.ListFormat("en", { type: "disjunction" }).format(languages.map((l) => names.of(l) ?? l));
  return `The storyteller can't write ${names.of(language) ?? language} yet: choose ${list} in Settings, or ask the operator to add an OpenAI key.`;
}
