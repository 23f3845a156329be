/**
 * The single source of truth for Nightlight's data. `npm run db:generate` turns it into SQL in
 * migrations/, which wrangler applies (locally, remotely and in the tests).
 *
 * Times are UTC milliseconds in integer columns; calendar dates are local "YYYY-MM-DD" text.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { IllustrationStyle, Language, StoryLength, StoryScene, TimeOfDay } from "../story/types";

export const households = sqliteTable(
  "households",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    timezone: text("timezone").notNull(),
    /** Local wall-clock "HH:MM". */
    bedtime: text("bedtime").notNull(),
    language: text("language").$type<Language>().notNull().default("en"),
    childAge: integer("child_age").notNull().default(5),
    storyLength: text("story_length").$type<StoryLength>().notNull().default("short"),
    rhyming: integer("rhyming", { mode: "boolean" }).notNull().default(false),
    illustrationStyle: text("illustration_style").$type<IllustrationStyle>().notNull().default("watercolor"),
    /** Polly voice override; null = the language's default voice. */
    voice: text("voice"),
    /**
     * UTC instant of the next bedtime the cron has not handled yet (0 = work it out on the next
     * tick). Indexed so a tick reads only the due households, in pages, however many there are.
     */
    nextBedtimeAt: integer("next_bedtime_at").notNull().default(0),
    /** False once the family unsubscribed (one-click, RFC 8058); Settings turns it back on. */
    nightlyEmail: integer("nightly_email", { mode: "boolean" }).notNull().default(true),
    /**
     * SHA-256 (hex) of the token in the family's private podcast feed URL (the token itself is
     * an HMAC of the id and `feedVersion`: lib/signing.ts#feedToken); null until first asked for.
     */
    feedToken: text("feed_token"),
    /** Bumped by "Make a new link"; null until the feed is first asked for. */
    feedVersion: integer("feed_version"),
    /** Bumped to void every unsubscribe link sent so far (the version is in the link). */
    unsubscribeVersion: integer("unsubscribe_version").notNull().default(1),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    index("households_next_bedtime_at").on(t.nextBedtimeAt),
    uniqueIndex("households_feed_token").on(t.feedToken),
  ],
);

export const characters = sqliteTable(
  "characters",
  {
    id: text("id").primaryKey(),
    householdId: text("household_id")
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    looks: text("looks").notNull(),
    personality: text("personality").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("characters_household").on(t.householdId)],
);

/**
 * Places a story can happen in (the story's `Setting`). Not to be confused with a story's scenes,
 * its parts. Called "scenes" before migration 0003.
 */
export const places = sqliteTable(
  "places",
  {
    id: text("id").primaryKey(),
    householdId: text("household_id")
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull(),
    timeOfDay: text("time_of_day").$type<TimeOfDay>().notNull().default("evening"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("places_household").on(t.householdId)],
);

export const STORY_KINDS = ["nightly", "on-demand"] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/**
 * pending: claimed, not written yet · written: text stored, media under way ·
 * ready: every asset settled · failed: the text could not be written (see `error`).
 */
export const STORY_STATUSES = ["pending", "written", "ready", "failed"] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** What a story cost to make, kept as it grows (text, then each asset). */
export interface StoryUsage {
  inputTokens: number;
  outputTokens: number;
  images: number;
  pollyCharacters: number;
}

/** Which provider made each part. */
export interface StoryProviders {
  text?: string;
  image?: string;
  voice?: string;
}

/** What the parent asked for; fixed at claim time so a retry writes the same story. */
export interface StoryInput {
  prompt?: string;
  characterIds?: string[];
  placeId?: string;
}

export const stories = sqliteTable(
  "stories",
  {
    /** Unguessable (144 random bits, base64url): the link is the only key to a story page. */
    id: text("id").primaryKey(),
    householdId: text("household_id")
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    kind: text("kind").$type<StoryKind>().notNull(),
    localDate: text("local_date").notNull(),
    language: text("language").$type<Language>().notNull(),
    status: text("status").$type<StoryStatus>().notNull().default("pending"),
    input: text("input", { mode: "json" }).$type<StoryInput>().notNull().default({}),
    title: text("title"),
    scenes: text("scenes", { mode: "json" }).$type<StoryScene[]>(),
    moral: text("moral"),
    /** The place and characters actually used (ids), for "avoid last nights' places". */
    placeId: text("place_id"),
    characterIds: text("character_ids", { mode: "json" }).$type<string[]>(),
    providers: text("providers", { mode: "json" }).$type<StoryProviders>().notNull().default({}),
    usage: text("usage", { mode: "json" })
      .$type<StoryUsage>()
      .notNull()
      .default({ inputTokens: 0, outputTokens: 0, images: 0, pollyCharacters: 0 }),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    /** Email wanted: always for nightly, on request for on-demand. */
    notify: integer("notify", { mode: "boolean" }).notNull().default(false),
    notifiedAt: integer("notified_at"),
    favorite: integer("favorite", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
    writtenAt: integer("written_at"),
    /** When media jobs were last handed to the queue (the sweeper re-publishes stale ones). */
    publishedAt: integer("published_at"),
    readyAt: integer("ready_at"),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [
    // One nightly story per household and local date, whoever races to write it.
    uniqueIndex("stories_one_nightly").on(t.householdId, t.localDate).where(sql`kind = 'nightly'`),
    index("stories_household_created").on(t.householdId, t.createdAt),
    index("stories_status").on(t.status, t.createdAt),
    index("stories_expires").on(t.expiresAt),
    // The sweeper's "settled but never emailed" look-up.
    index("stories_unnotified").on(t.notify, t.notifiedAt),
  ],
);

export const ASSET_KINDS = ["image", "audio"] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];
export const ASSET_STATUSES = ["pending", "ready", "failed", "skipped"] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const assets = sqliteTable(
  "assets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storyId: text("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    kind: text("kind").$type<AssetKind>().notNull(),
    /** Scene index for images; 0 for the narration. */
    index: integer("idx").notNull(),
    status: text("status").$type<AssetStatus>().notNull().default("pending"),
    r2Key: text("r2_key"),
    contentType: text("content_type"),
    /** Speech marks beside the audio (JSON in R2). */
    marksKey: text("marks_key"),
    provider: text("provider"),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    createdAt: integer("created_at").notNull(),
    startedAt: integer("started_at"),
    finishedAt: integer("finished_at"),
  },
  (t) => [
    uniqueIndex("assets_story_kind_index").on(t.storyId, t.kind, t.index),
    // The sweeper looks for pending assets every tick.
    index("assets_status").on(t.status),
  ],
);

export const deadLetters = sqliteTable(
  "dead_letters",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storyId: text("story_id"),
    body: text("body", { mode: "json" }).notNull(),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: integer("created_at").notNull(),
    replayedAt: integer("replayed_at"),
  },
  (t) => [index("dead_letters_story").on(t.storyId)],
);

// ---------------------------------------------------------------------------------------------
// Accounts: a person is an email address; a household has members; signing in is by an emailed
// one-time link; a signed-in browser holds a server-side session that can be revoked.

/** What each role may do is in src/accounts/roles.ts; "listener" is not handed out yet. */
export const MEMBER_ROLES = ["owner", "parent", "listener"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const members = sqliteTable(
  "members",
  {
    id: text("id").primaryKey(),
    householdId: text("household_id")
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    /** Lower-cased, trimmed: the person's identity. */
    email: text("email").notNull(),
    role: text("role").$type<MemberRole>().notNull().default("parent"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("members_household_email").on(t.householdId, t.email), index("members_email").on(t.email)],
);

/** sign-in: an existing member · sign-up: a new family (SIGNUP=open) · invite: join a household. */
export const LINK_PURPOSES = ["sign-in", "sign-up", "invite"] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

export const signInLinks = sqliteTable(
  "sign_in_links",
  {
    /** SHA-256 of the token in the emailed link (hex); the token itself is never stored. */
    hash: text("hash").primaryKey(),
    email: text("email").notNull(),
    /** The household an invitation (or a sign-in) lands in; null for sign-up. */
    householdId: text("household_id").references(() => households.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<LinkPurpose>().notNull(),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
  },
  (t) => [index("sign_in_links_expires").on(t.expiresAt)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the random token in the cookie (hex), so a leaked table signs nobody in. */
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    /** The household the pages are about (one the person is a member of). */
    householdId: text("household_id").references(() => households.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    revokedAt: integer("revoked_at"),
    /** "Firefox on Android": how Settings names the device. */
    userAgent: text("user_agent").notNull().default(""),
  },
  (t) => [index("sessions_email").on(t.email), index("sessions_expires").on(t.expiresAt)],
);

/**
 * The operator's console sessions (signed in with ADMIN_TOKEN, not an email): a table of their
 * own, so an operator session can never pass for a family's and the reverse.
 */
export const operatorSessions = sqliteTable(
  "operator_sessions",
  {
    /** SHA-256 of the random token in the `nl_operator` cookie (hex). */
    id: text("id").primaryKey(),
    /** HMAC of the ADMIN_TOKEN signed in with (adminTokenTag): rotating ADMIN_TOKEN ends every console session. */
    adminTokenHash: text("admin_token_hash").notNull(),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    revokedAt: integer("revoked_at"),
    userAgent: text("user_agent").notNull().default(""),
  },
  (t) => [index("operator_sessions_expires").on(t.expiresAt)],
);

export type Member = typeof members.$inferSelect;
export type SignInLink = typeof signInLinks.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type Household = typeof households.$inferSelect;
export type CharacterRow = typeof characters.$inferSelect;
export type PlaceRow = typeof places.$inferSelect;
export type Story = typeof stories.$inferSelect;
export type Asset = typeof assets.$inferSelect;
export type DeadLetterRow = typeof deadLetters.$inferSelect;
