/**
 * On-demand stories ("tell a story now"), shared by the JSON API and the web form: checks the
 * request against the household, applies the rate limit, and inserts a pending story row. The
 * caller then runs the writer in the background (writeOrQueue).
 */
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { characters, type Household, households, places, stories } from "../db/schema";
import { NEW_STORY_STATUS } from "../jobs/state";
import type { Ctx } from "../lib/context";
import { AppError } from "../lib/errors";
import { randomId } from "../lib/ids";
import { localDate } from "../lib/time";
import type { Language } from "./types";

export interface OnDemandInput {
  householdId?: string;
  prompt?: string;
  characterIds?: string[];
  placeId?: string;
  language?: Language;
  notify?: boolean;
}

/** The household a request is about: the one named, or the first one (single-family installs). */
export async function resolveHousehold(ctx: Ctx, householdId?: string): Promise<Household> {
  const d = ctx.db;
  const household = householdId
    ? await d.query.households.findFirst({ where: eq(households.id, householdId) })
    : await d.query.households.findFirst({ orderBy: households.createdAt });
  if (!household) throw new AppError(404, householdId ? "No such household" : "There is no household yet");
  return household;
}

/**
 * Refuses text that doesn't belong in a bedtime story, kindly (422 with the field named).
 * OpenAI moderation when a key is set, the built-in word list otherwise.
 * @example
 * await checkGentle(ctx, [form.looks, form.personality], "looks");
 */
export async function checkGentle(ctx: Ctx, texts: string[], field: string): Promise<void> {
  const verdict = await ctx.providers.moderator.check(texts.filter((t) => t.trim() !== ""));
  if (verdict.flagged) {
    throw new AppError(
      422,
      "That isn't quite right for a bedtime story. How about something gentler, like a lost mitten or a sleepy dragon?",
      {
        [field]: verdict.reasons,
      },
    );
  }
}

/** Inserts a pending on-demand story after checking its ids and the household's hourly limit. */
export async function createOnDemandStory(ctx: Ctx, input: OnDemandInput) {
  const { db: d, config, now } = ctx;
  const household = await resolveHousehold(ctx, input.householdId);

  const [known, setting, recent] = await Promise.all([
    input.characterIds?.length
      ? d
          .select({ id: characters.id })
          .from(characters)
          .where(and(eq(characters.householdId, household.id), inArray(characters.id, input.characterIds)))
      : Promise.resolve([]),
    input.placeId
      ? d.query.places.findFirst({ where: and(eq(places.householdId, household.id), eq(places.id, input.placeId)) })
      : Promise.resolve(undefined),
    d
      .select({ n: sql<number>`count(*)` })
      .from(stories)
      .where(
        and(
          eq(stories.householdId, household.id),
          eq(stories.kind, "on-demand"),
          gt(stories.createdAt, now - 3_600_000),
        ),
      ),
  ]);
  const unknownIds = (input.characterIds ?? []).filter((id) => !known.some((k) => k.id === id));
  if (unknownIds.length > 0)
    throw new AppError(400, "Unknown characters for this household", { characterIds: unknownIds });
  if (input.placeId && !setting)
    throw new AppError(400, "Unknown place for this household", { placeId: input.placeId });
  if ((recent[0]?.n ?? 0) >= config.onDemandPerHour) {
    throw new AppError(
      429,
      `That's a lot of stories! This family can ask for ${config.onDemandPerHour} an hour — try again a little later.`,
    );
  }
  if (input.prompt) await checkGentle(ctx, [input.prompt], "prompt");

  const story = {
    id: randomId(),
    householdId: household.id,
    kind: "on-demand" as const,
    localDate: localDate(now, household.timezone),
    language: input.language ?? household.language,
    status: NEW_STORY_STATUS,
    input: { prompt: input.prompt, characterIds: input.characterIds, placeId: input.placeId },
    notify: input.notify ?? false,
    createdAt: now,
    expiresAt: now + config.ttlMs,
  };
  await d.insert(stories).values(story);
  return story;
}
