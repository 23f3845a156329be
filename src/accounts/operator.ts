/**
 * What the operator does and sees, whether through the JSON API (routes/api.ts, bearer
 * ADMIN_TOKEN) or the console (routes/operator.tsx, an operator session): one function per
 * action, so the two can never drift apart.
 */
import { and, desc, eq, gt, gte, inArray, isNull, sql } from "drizzle-orm";
import {
  type Asset,
  assets,
  type DeadLetterRow,
  deadLetters,
  type Household,
  households,
  type Member,
  members,
  type Story,
  signInLinks,
  stories,
} from "../db/schema";
import { type ReplayResult, replay } from "../jobs/dead-letters";
import type { Ctx } from "../lib/context";
import { type CostEstimate, estimateCost } from "../lib/cost";
import { AppError } from "../lib/errors";
import { ROW_ID } from "../lib/form";
import { STORY_ID } from "../lib/ids";
import { log } from "../lib/log";
import { normalEmail } from "../lib/tokens";
import { createFamily, deleteFamily, type Invitation, inviteToFamily, type NewFamily } from "./families";
import { sendLink } from "./links";

/** The household with this id, or a 404 (a malformed id is never queried). */
export async function findHousehold(ctx: Ctx, id: string): Promise<Household> {
  const household = ROW_ID.test(id)
    ? await ctx.db.query.households.findFirst({ where: eq(households.id, id) })
    : undefined;
  if (!household) throw new AppError(404, "No such household");
  return household;
}

/** The story with this id, or a 404. */
export async function findStory(ctx: Ctx, id: string): Promise<Story> {
  const story = STORY_ID.test(id) ? await ctx.db.query.stories.findFirst({ where: eq(stories.id, id) }) : undefined;
  if (!story) throw new AppError(404, "No such story");
  return story;
}

/**
 * A new family: the household with its starter characters and places, its owner, and an
 * invitation emailed to that address (the family signs in through it). A language the
 * storyteller can't write is refused (422) before anything is stored.
 * @example
 * const household = await inviteFamily(ctx, { name: "The Otters", email, timezone: "Europe/Paris", language: "fr" });
 */
export async function inviteFamily(ctx: Ctx, family: NewFamily): Promise<Household> {
  const household = await createFamily(ctx, family);
  await sendLink(ctx, {
    email: household.email,
    purpose: "invite",
    householdId: household.id,
    householdName: household.name,
  });
  log("info", "household.created", { householdId: household.id, by: "operator" });
  return household;
}

/**
 * Invites `email` to the household: they join only by accepting the emailed invitation.
 * @example
 * await inviteMember(ctx, "hh_abc", "co-parent@example.com");
 */
export async function inviteMember(ctx: Ctx, householdId: string, email: string): Promise<Invitation> {
  const household = await findHousehold(ctx, householdId);
  return inviteToFamily(ctx, household, normalEmail(email));
}

/**
 * Deletes a family exactly as the family itself can from /account: its R2 objects, then every row.
 * @example
 * const { stories } = await removeFamily(ctx, "hh_abc");
 */
export async function removeFamily(ctx: Ctx, householdId: string): Promise<{ deleted: string; stories: number }> {
  const household = await findHousehold(ctx, householdId);
  const { stories: count } = await deleteFamily(ctx, household.id);
  log("info", "household.deleted", { householdId: household.id, stories: count, by: "operator" });
  return { deleted: household.id, stories: count };
}

/**
 * Re-publishes dead letters and re-runs failed work, for every story or one (which must exist).
 * @example
 * await replayWork(ctx); // everything that died
 */
export async function replayWork(ctx: Ctx, storyId?: string): Promise<ReplayResult> {
  if (storyId) await findStory(ctx, storyId);
  return replay(ctx, storyId);
}

/** The newest dead letters, newest first. */
export async function recentDeadLetters(ctx: Ctx, limit: number): Promise<DeadLetterRow[]> {
  return ctx.db.query.deadLetters.findMany({ orderBy: desc(deadLetters.createdAt), limit });
}

export interface HouseholdOverview {
  household: Household;
  members: Member[];
  /** Invitations not used yet and still valid. */
  invitations: { email: string; expiresAt: number }[];
}

/** The newest households with their members and pending invitations (three queries in all). */
export async function householdsOverview(ctx: Ctx, limit: number): Promise<HouseholdOverview[]> {
  const d = ctx.db;
  // By id too, so the page and the subquery below agree on which households tie for last place.
  const newest = [desc(households.createdAt), desc(households.id)];
  const rows = await d.query.households.findMany({ orderBy: newest, limit });
  if (rows.length === 0) return [];
  // The same households as a subquery, not their ids as bound values: D1 takes at most 100 bound
  // parameters per query, and a page of 100 ids plus the other conditions would pass it.
  const ids = d
    .select({ id: households.id })
    .from(households)
    .orderBy(...newest)
    .limit(limit);
  const [memberRows, linkRows] = await Promise.all([
    d.select().from(members).where(inArray(members.householdId, ids)).orderBy(members.createdAt),
    d
      .select({ householdId: signInLinks.householdId, email: signInLinks.email, expiresAt: signInLinks.expiresAt })
      .from(signInLinks)
      .where(
        and(
          inArray(signInLinks.householdId, ids),
          eq(signInLinks.purpose, "invite"),
          isNull(signInLinks.usedAt),
          gt(signInLinks.expiresAt, ctx.now),
        ),
      )
      .orderBy(signInLinks.createdAt),
  ]);
  return rows.map((household) => ({
    household,
    members: memberRows.filter((m) => m.householdId === household.id),
    invitations: linkRows.filter((l) => l.householdId === household.id),
  }));
}

export interface StoryOverview {
  story: Story;
  householdName: string;
  assets: Asset[];
  cost: CostEstimate;
}

/** The newest stories with their family's name, each asset's state and the estimated cost. */
export async function recentStories(ctx: Ctx, limit: number): Promise<StoryOverview[]> {
  const d = ctx.db;
  const rows = await d
    .select({ story: stories, householdName: households.name })
    .from(stories)
    .innerJoin(households, eq(households.id, stories.householdId))
    .orderBy(desc(stories.createdAt))
    .limit(limit);
  const ids = rows.map((r) => r.story.id);
  const assetRows = ids.length
    ? await d
        .select()
        .from(assets)
        // The ids as one JSON parameter: a page of 100 would otherwise meet D1's 100 bound parameters.
        .where(sql`${assets.storyId} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`)
        .orderBy(assets.kind, assets.index)
    : [];
  return rows.map(({ story, householdName }) => ({
    story,
    householdName,
    assets: assetRows.filter((a) => a.storyId === story.id),
    cost: estimateCost(story.usage, story.providers),
  }));
}

export interface CostReport {
  /** The local dates covered, newest first. */
  nights: string[];
  /** Per family: the cost of each night (by date) and in all. */
  families: { householdId: string; name: string; byNight: Record<string, number>; total: number }[];
  /** Every family together, per night. */
  byNight: Record<string, number>;
  total: number;
}

const DAY = 86_400_000;

/**
 * Estimated cost per family and per night (a story's local date) for stories made in the last
 * `nights` days. Usage is summed in D1 per family, night and provider set, so the Worker prices
 * a few rows per family rather than every story.
 * @example
 * const report = await costReport(ctx, 7);
 */
export async function costReport(ctx: Ctx, nights = 7): Promise<CostReport> {
  const rows = await ctx.db
    .select({
      householdId: stories.householdId,
      name: households.name,
      night: stories.localDate,
      providers: stories.providers,
      inputTokens: sql<number>`sum(json_extract(${stories.usage}, '$.inputTokens'))`,
      outputTokens: sql<number>`sum(json_extract(${stories.usage}, '$.outputTokens'))`,
      images: sql<number>`sum(json_extract(${stories.usage}, '$.images'))`,
      pollyCharacters: sql<number>`sum(json_extract(${stories.usage}, '$.pollyCharacters'))`,
    })
    .from(stories)
    .innerJoin(households, eq(households.id, stories.householdId))
    .where(gte(stories.createdAt, ctx.now - nights * DAY))
    .groupBy(stories.householdId, stories.localDate, stories.providers);

  const families = new Map<string, CostReport["families"][number]>();
  const byNight: Record<string, number> = {};
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  for (const row of rows) {
    const usage = {
      inputTokens: Number(row.inputTokens ?? 0),
      outputTokens: Number(row.outputTokens ?? 0),
      images: Number(row.images ?? 0),
      pollyCharacters: Number(row.pollyCharacters ?? 0),
    };
    const cost = estimateCost(usage, row.providers ?? {}).total;
    const family = families.get(row.householdId) ?? {
      householdId: row.householdId,
      name: row.name,
      byNight: {},
      total: 0,
    };
    family.byNight[row.night] = round((family.byNight[row.night] ?? 0) + cost);
    family.total = round(family.total + cost);
    families.set(row.householdId, family);
    byNight[row.night] = round((byNight[row.night] ?? 0) + cost);
  }
  const list = [...families.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return {
    nights: Object.keys(byNight).sort().reverse(),
    families: list,
    byNight,
    total: round(list.reduce((sum, f) => sum + f.total, 0)),
  };
}
