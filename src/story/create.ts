/**
 * On-demand stories ("tell a story now"), shared by the JSON API and the web form: checks the
 * request against the household and inserts a pending story row within the hourly limit, in one
 * statement. The caller hands it to the queue (queueWrites), where the wish is moderated and the
 * story written with retries: a flaky provider never turns a family's request into an error.
 */
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { characters, type Household, households, places, stories } from "../db/schema";
import { NEW_STORY_STATUS } from "../jobs/state";
import type { Ctx } from "../lib/context";
import { AppError } from "../lib/errors";
import { randomId } from "../lib/ids";
import { localDate } from "../lib/time";
import { wordListModerator } from "../providers/moderation/word-list";
import type { Moderator } from "../providers/types";
import type { Language } from "./types";
import { cannotWrite } from "./writer";

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
 * OpenAI moderation when a key is set, the built-in word list otherwise (or the `moderator` given).
 * @example
 * await checkGentle(ctx, [form.looks, form.personality], "looks");
 */
export async function checkGentle(
  ctx: Ctx,
  texts: string[],
  field: string,
  moderator: Moderator = ctx.providers.moderator,
): Promise<void> {
  const verdict = await moderator.check(texts.filter((t) => t.trim() !== ""));
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
  assertWritable(ctx, input.language ?? household.language);

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
  // Answered early when clearly over; the insert below is what enforces it.
  if ((recent[0]?.n ?? 0) >= config.onDemandPerHour) throw tooMany(config.onDemandPerHour);
  // The built-in word list answers at once and never flakes; the configured moderator checks the
  // wish again in the queue, before any story is written (writer.ts).
  if (input.prompt) await checkGentle(ctx, [input.prompt], "prompt", wordListModerator);

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
  // Check and insert in one statement, so simultaneous requests can't all slip under the limit
  // (it is the family's cost cap).
  const inserted = await ctx.env.DB.prepare(
    `INSERT INTO stories (id, household_id, kind, local_date, language, status, input, notify, created_at, expires_at)
     SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10
     WHERE (SELECT count(*) FROM stories WHERE household_id = ?2 AND kind = ?3 AND created_at > ?11) < ?12
     RETURNING id`,
  )
    .bind(
      story.id,
      story.householdId,
      story.kind,
      story.localDate,
      story.language,
      story.status,
      JSON.stringify(story.input),
      story.notify ? 1 : 0,
      story.createdAt,
      story.expiresAt,
      now - 3_600_000,
      config.onDemandPerHour,
    )
    .first();
  if (!inserted) throw tooMany(config.onDemandPerHour);
  return story;
}

function tooMany(perHour: number): AppError {
  return new AppError(
    429,
    `That's a lot of stories! This family can ask for ${perHour} an hour — try again a little later.`,
  );
}

/**
 * Refuses (422) a language the active storyteller can't write, instead of writing English.
 * @example
 * assertWritable(ctx, "de"); // throws offline: "The storyteller can't write German yet: …"
 */
export function assertWritable(ctx: Ctx, language: Language): void {
  const { languages } = ctx.providers.storyteller;
  if (!languages.includes(language))
    throw new AppError(422, cannotWrite(language, languages), { language: [language] });
}
