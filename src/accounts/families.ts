/**
 * Households as families see them: starting one, who belongs to it, and deleting it with every
 * trace. A person is an email address; membership is a row in `members`.
 */

import { and, asc, eq, gt, isNull, max, notExists, sql } from "drizzle-orm";
import type * as z from "zod";
import {
  characters,
  type Household,
  households,
  type Member,
  type MemberRole,
  members,
  places,
  signInLinks,
  stories,
} from "../db/schema";
import { HouseholdFields } from "../db/validation";
import type { Ctx } from "../lib/context";
import { randomId } from "../lib/ids";
import { forgetPages } from "../lib/page-memo";
import { STARTER_CAST } from "../providers/text/offline/starter-cast";
import { deleteObjects } from "../schedule/cleanup";
import { assertWritable } from "../story/create";
import type { Language } from "../story/types";
import { LINK_MS, sendLink } from "./links";

/** What starting a family asks for; everything else starts at the household defaults. */
export const NewFamily = HouseholdFields.pick({ name: true, email: true, timezone: true, language: true }).strict();
export type NewFamily = z.output<typeof NewFamily>;

/** The household new families' characters and places are copied from (migration 0001's seed). */
export const SEED_HOUSEHOLD = "hh_default";
/** A family's first bedtime; they change it in Settings. */
const FIRST_BEDTIME = "19:30";

/**
 * Creates the household, its first member (the owner) and its starter characters and places.
 * A language the configured storyteller can't write is refused (422) before anything is stored:
 * the family would otherwise get no story at all.
 * @example
 * const household = await createFamily(ctx, { name: "The Otters", email, timezone: "Europe/Paris", language: "fr" });
 */
export async function createFamily(ctx: Ctx, family: NewFamily): Promise<Household> {
  assertWritable(ctx, family.language);
  const { db: d, now } = ctx;
  const email = family.email.toLowerCase();
  const household: Household = {
    id: randomId("hh", 9),
    name: family.name,
    email,
    timezone: family.timezone,
    bedtime: FIRST_BEDTIME,
    language: family.language,
    childAge: 5,
    storyLength: "short",
    rhyming: false,
    illustrationStyle: "watercolor",
    voice: null,
    nextBedtimeAt: 0,
    nightlyEmail: true,
    feedToken: null,
    feedVersion: null,
    unsubscribeVersion: 1,
    createdAt: now,
    updatedAt: now,
  };
  const cast = await starterCast(ctx, family.language);
  await d.batch([
    d.insert(households).values(household),
    d
      .insert(members)
      .values({ id: randomId("mb", 9), householdId: household.id, email, role: "owner", createdAt: now }),
    ...cast.characters.map((c) =>
      d.insert(characters).values({ ...c, id: randomId("ch", 9), householdId: household.id, createdAt: now }),
    ),
    ...cast.places.map((p) =>
      d.insert(places).values({ ...p, id: randomId("sc", 9), householdId: household.id, createdAt: now }),
    ),
  ]);
  return household;
}

interface StarterCast {
  characters: { name: string; looks: string; personality: string }[];
  places: { name: string; description: string; timeOfDay: (typeof places.$inferSelect)["timeOfDay"] }[];
}

/**
 * The characters and places a new family starts with: the starter cast described in the family's
 * own language (STARTER_CAST: en, fr, es), or a copy of the seed household's for any other.
 */
export async function starterCast(ctx: Ctx, language: Language): Promise<StarterCast> {
  const own = STARTER_CAST[language as keyof typeof STARTER_CAST];
  if (own) {
    return {
      characters: own.characters.map(({ name, looks, personality }) => ({ name, looks, personality })),
      places: own.places.map(({ name, description, timeOfDay }) => ({ name, description, timeOfDay })),
    };
  }
  const d = ctx.db;
  const [characterRows, placeRows] = await Promise.all([
    d
      .select({ name: characters.name, looks: characters.looks, personality: characters.personality })
      .from(characters)
      .where(eq(characters.householdId, SEED_HOUSEHOLD))
      .orderBy(asc(characters.createdAt), asc(characters.id)),
    d
      .select({ name: places.name, description: places.description, timeOfDay: places.timeOfDay })
      .from(places)
      .where(eq(places.householdId, SEED_HOUSEHOLD))
      .orderBy(asc(places.createdAt), asc(places.id)),
  ]);
  return { characters: characterRows, places: placeRows };
}

/** The households `email` belongs to, oldest membership first. */
export async function householdsOf(ctx: Ctx, email: string): Promise<Pick<Household, "id" | "name" | "language">[]> {
  return ctx.db
    .select({ id: households.id, name: households.name, language: households.language })
    .from(members)
    .innerJoin(households, eq(households.id, members.householdId))
    .where(eq(members.email, email))
    .orderBy(asc(members.createdAt));
}

/** The member row, or undefined: the one check every "is this mine?" goes through. */
export async function membership(ctx: Ctx, householdId: string, email: string): Promise<Member | undefined> {
  return ctx.db.query.members.findFirst({
    where: and(eq(members.householdId, householdId), eq(members.email, email)),
  });
}

/**
 * Adds `email` to the household as `role` (a no-op when already there, whatever their role) and
 * returns the member row. Only accepting an invitation (or starting a family) makes a member.
 * @example
 * await addMember(ctx, household.id, "co-parent@example.com");
 */
export async function addMember(
  ctx: Ctx,
  householdId: string,
  email: string,
  role: MemberRole = "parent",
): Promise<Member> {
  await ctx.db
    .insert(members)
    .values({ id: randomId("mb", 9), householdId, email: email.toLowerCase(), role, createdAt: ctx.now })
    .onConflictDoNothing();
  const row = await membership(ctx, householdId, email.toLowerCase());
  if (!row) throw new Error(`member ${email} of ${householdId} vanished`);
  return row;
}

export interface Invitation {
  email: string;
  expiresAt: number;
}

/**
 * Invites `email` to the household: a link only they receive, pending until they accept it on
 * its page (a declined or expired one leaves nothing). Nobody becomes a member without saying
 * yes. At most INVITES_PER_DAY a family (429 past it).
 * @example
 * await inviteToFamily(ctx, household, "co-parent@example.com", "me@example.com");
 */
export async function inviteToFamily(
  ctx: Ctx,
  household: Pick<Household, "id" | "name">,
  email: string,
  invitedBy?: string,
): Promise<Invitation> {
  const address = email.toLowerCase();
  await sendLink(ctx, {
    email: address,
    purpose: "invite",
    householdId: household.id,
    householdName: household.name,
    invitedBy,
  });
  return { email: address, expiresAt: ctx.now + LINK_MS.invite };
}

/** Invitations of the household not accepted, declined or expired yet, oldest first. */
export async function pendingInvitations(ctx: Ctx, householdId: string): Promise<Invitation[]> {
  return ctx.db
    .select({ email: signInLinks.email, expiresAt: max(signInLinks.expiresAt).mapWith(Number) })
    .from(signInLinks)
    .where(
      and(
        eq(signInLinks.householdId, householdId),
        eq(signInLinks.purpose, "invite"),
        isNull(signInLinks.usedAt),
        gt(signInLinks.expiresAt, ctx.now),
        // The operator's invitation of a new family's owner is a sign-in, not an open question.
        notExists(
          ctx.db
            .select({ one: sql`1` })
            .from(members)
            .where(and(eq(members.householdId, householdId), eq(members.email, signInLinks.email))),
        ),
      ),
    )
    .groupBy(signInLinks.email)
    .orderBy(asc(max(signInLinks.createdAt)));
}

/** Withdraws every pending invitation of `email` to the household (their links stop working). */
export async function withdrawInvitation(ctx: Ctx, householdId: string, email: string): Promise<number> {
  const gone = await ctx.db
    .delete(signInLinks)
    .where(
      and(
        eq(signInLinks.householdId, householdId),
        eq(signInLinks.email, email.toLowerCase()),
        eq(signInLinks.purpose, "invite"),
        isNull(signInLinks.usedAt),
      ),
    )
    .returning({ hash: signInLinks.hash });
  return gone.length;
}

/**
 * Deletes a family: every R2 object its stories stored (`stories/<id>/…`), then the household
 * row, which takes its members, sessions, links, characters, places, stories and assets with it
 * (ON DELETE CASCADE). Objects go first so a failure leaves the family there to try again.
 * @example
 * await deleteFamily(ctx, household.id);
 */
export async function deleteFamily(ctx: Ctx, householdId: string): Promise<{ stories: number }> {
  const d = ctx.db;
  const rows = await d.select({ id: stories.id }).from(stories).where(eq(stories.householdId, householdId));
  for (const { id } of rows) await deleteObjects(ctx.env, `stories/${id}/`);
  await d.delete(households).where(eq(households.id, householdId));
  // This isolate's rendered pages of those stories go too (a page is otherwise kept a minute).
  for (const { id } of rows) forgetPages(id);
  return { stories: rows.length };
}

/** Members of a household, oldest first. */
export async function membersOf(ctx: Ctx, householdId: string): Promise<Member[]> {
  return ctx.db.select().from(members).where(eq(members.householdId, householdId)).orderBy(asc(members.createdAt));
}
