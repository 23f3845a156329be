/**
 * The story and asset state machines, in one place. Nothing else moves a status or decides that
 * a story's email is due.
 *
 * Story:  pending ──markWritten──▶ written ──completeStory──▶ ready
 *            │                        ▲                         │
 *            └─failStory / giveUp…─▶ failed ──reopenForReplay─┘ (written again while media re-runs)
 * Asset:  pending ──settleAsset──▶ ready | failed | skipped ──reopenForReplay──▶ pending
 * Email:  notified_at NULL ──claimEmail──▶ set ──releaseEmail (send failed)──▶ NULL
 *
 * Every transition is conditional on the current status, so a redelivered message, a racing
 * writer or the sweeper changes nothing that already happened. Functions that belong in a caller's
 * D1 batch (a batch is one transaction) return the prepared statement instead of running it.
 */
import { and, eq } from "drizzle-orm";
import { db } from "../db/client";
import {
  type Asset,
  type AssetKind,
  type AssetStatus,
  assets,
  type Story,
  type StoryStatus,
  stories,
} from "../db/schema";
import { errorText } from "../lib/log";
import type { Character, Setting, StoryText } from "../story/types";

type Db = Pick<Env, "DB">;

/** A status as a quoted SQL literal. Typed, so a misspelt status does not compile. */
const story = (status: StoryStatus) => `'${status}'`;
const asset = (status: AssetStatus) => `'${status}'`;

// ---------------------------------------------------------------------------------------------
// Claiming (→ pending)

/**
 * Inserts one pending nightly story per `{ id, h: householdId, date }` in `claims` (JSON), skipping
 * households that already have tonight's (the unique nightly index). For the claim's batch.
 */
export function claimNightlyStories(env: Db, claims: string, now: number, expiresAt: number): D1PreparedStatement {
  // `WHERE true` resolves SQLite's INSERT … SELECT … ON CONFLICT parsing ambiguity.
  return env.DB.prepare(
    `INSERT INTO stories (id, household_id, kind, local_date, language, status, notify, created_at, expires_at)
     SELECT json_extract(j.value, '$.id'), h.id, 'nightly', json_extract(j.value, '$.date'), h.language, ${story("pending")}, 1, ?2, ?3
     FROM json_each(?1) AS j JOIN households AS h ON h.id = json_extract(j.value, '$.h')
     WHERE true
     ON CONFLICT DO NOTHING
     RETURNING id, household_id`,
  ).bind(claims, now, expiresAt);
}

/** The status an on-demand story row starts in. */
export const NEW_STORY_STATUS = "pending" as const satisfies StoryStatus;
/** Stories that have their text (the storyteller sees the last few, so it doesn't repeat itself). */
export const TOLD_STATUSES: StoryStatus[] = ["written", "ready"];

// ---------------------------------------------------------------------------------------------
// Writing (pending → written | failed)

/**
 * Tries at writing one story when the model keeps giving unusable replies (each try asks it twice):
 * the queue retries in between, and this try fails the story with the model's last problem.
 * Below the queue's own 6 deliveries and the sweeper's MAX_ATTEMPTS, so it is what ends the story.
 */
export const MAX_STORY_WRITES = 3;

/** The story if it still needs writing, with its attempt counted; undefined when it is done or gone. */
export async function startWrite(env: Db, storyId: string): Promise<Story | undefined> {
  const d = db(env);
  const found = await d.query.stories.findFirst({ where: eq(stories.id, storyId) });
  if (found?.status !== "pending") return undefined;
  await env.DB.prepare("UPDATE stories SET attempts = attempts + 1 WHERE id = ?1").bind(storyId).run();
  return found;
}

/**
 * Stores the text and creates the asset rows in one batch (a D1 batch is one transaction), so a
 * story is never "written" without the rows its media jobs will fill. Narration with no narrator
 * is settled as "skipped" at once. Returns false when another writer got there first.
 */
export async function markWritten(
  env: Db,
  written: Story,
  text: StoryText,
  cast: { characters: Character[]; setting: Setting },
  made: { text: string; narrate: boolean; usage: { inputTokens: number; outputTokens: number }; now: number },
): Promise<boolean> {
  const d = db(env);
  const now = made.now;
  const imageRows = text.scenes.map((_, index) => ({
    storyId: written.id,
    kind: "image" as const,
    index,
    status: "pending" as const,
    createdAt: now,
  }));
  const audioRow = {
    storyId: written.id,
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
        placeId: cast.setting.id,
        characterIds: cast.characters.map((c) => c.id),
        providers: { ...written.providers, text: made.text },
        usage: { ...written.usage, inputTokens: made.usage.inputTokens, outputTokens: made.usage.outputTokens },
        error: null,
        // The real time, not the tick's: the email deadline and the media timings start here.
        writtenAt: Date.now(),
      })
      .where(and(eq(stories.id, written.id), eq(stories.status, "pending")))
      .returning({ id: stories.id }),
    d
      .insert(assets)
      .values([...imageRows, audioRow])
      .onConflictDoNothing(),
  ]);
  return updated.length === 1;
}

/** Keeps the last error on a still-pending story while the queue retries it. */
export async function noteWriteError(env: Db, storyId: string, error: unknown): Promise<void> {
  await db(env)
    .update(stories)
    .set({ error: errorText(error) })
    .where(eq(stories.id, storyId));
}

/** pending → failed, with the reason shown to the family. */
export async function failStory(env: Db, storyId: string, error: unknown): Promise<void> {
  await db(env)
    .update(stories)
    .set({ status: "failed", error: errorText(error) })
    .where(and(eq(stories.id, storyId), eq(stories.status, "pending")));
}

/**
 * The queue gave up on `story.write`: pending → failed. Returns the story's last error.
 */
export async function giveUpWrite(env: Db, storyId: string): Promise<string> {
  const row = await env.DB.prepare(
    `UPDATE stories SET status = ${story("failed")}, error = coalesce(error, 'Gave up after retries') WHERE id = ?1 AND status = ${story("pending")} RETURNING error`,
  )
    .bind(storyId)
    .first<{ error: string }>();
  return row?.error ?? "Gave up after retries";
}

/**
 * Stamps stories as handed to the queue now (JSON list of ids), so the sweeper leaves them to it
 * for another STUCK_MS. Not a status, but the sweeper's half of the machine.
 */
export function markPublished(env: Db, storyIds: string[], now: number): D1PreparedStatement {
  return env.DB.prepare("UPDATE stories SET published_at = ?2 WHERE id IN (SELECT value FROM json_each(?1))").bind(
    JSON.stringify(storyIds),
    now,
  );
}

// ---------------------------------------------------------------------------------------------
// Media (asset pending → ready | failed | skipped; story written → ready)

export async function loadAsset(env: Db, storyId: string, kind: AssetKind, index: number) {
  return env.DB.prepare("SELECT id, status, error, attempts FROM assets WHERE story_id = ?1 AND kind = ?2 AND idx = ?3")
    .bind(storyId, kind, index)
    .first<Pick<Asset, "id" | "status" | "error" | "attempts">>();
}

/**
 * Starts an attempt at a pending asset: counts it and remembers when work first began. Returns
 * the asset's id, or undefined when there is nothing to do (settled already, or deleted).
 */
export async function startAttempt(
  env: Db,
  storyId: string,
  kind: AssetKind,
  index: number,
  now: number,
): Promise<number | undefined> {
  const row = await env.DB.prepare(
    `UPDATE assets SET attempts = attempts + 1, started_at = coalesce(started_at, ?4)
     WHERE story_id = ?1 AND kind = ?2 AND idx = ?3 AND status = ${asset("pending")} RETURNING id`,
  )
    .bind(storyId, kind, index, now)
    .first<{ id: number }>();
  return row?.id;
}

/** Keeps the last error on a still-pending asset while the queue retries it. */
export async function noteError(env: Db, assetId: number, error: unknown): Promise<void> {
  await env.DB.prepare(`UPDATE assets SET error = ?2 WHERE id = ?1 AND status = ${asset("pending")}`)
    .bind(assetId, errorText(error))
    .run();
}

export interface Settlement {
  status: Exclude<AssetStatus, "pending">;
  provider?: string;
  r2Key?: string;
  contentType?: string;
  marksKey?: string;
  error?: string;
  /** Added to the story's usage: images painted, Polly characters billed. */
  usage?: { images?: number; pollyCharacters?: number };
  /** Recorded in the story's providers ("image" / "voice"). */
  providerRole?: "image" | "voice";
}

export interface Settled {
  /** false when the asset had already settled (a redelivery): nothing changed. */
  settled: boolean;
  /** true when this was the story's last pending asset and the family wants an email. */
  notify: boolean;
}

/**
 * Settles a pending asset and, when it was the story's last pending one, completes the story
 * (written → ready). Says whether the email is now due; the caller publishes it.
 */
export async function settleAsset(
  env: Db,
  storyId: string,
  assetId: number,
  s: Settlement,
  now: number,
): Promise<Settled> {
  const settled = await env.DB.prepare(
    `UPDATE assets SET status = ?2, provider = ?3, r2_key = ?4, content_type = ?5, marks_key = ?6, error = ?7, finished_at = ?8
     WHERE id = ?1 AND status = ${asset("pending")} RETURNING id`,
  )
    .bind(
      assetId,
      s.status,
      s.provider ?? null,
      s.r2Key ?? null,
      s.contentType ?? null,
      s.marksKey ?? null,
      s.error ?? null,
      now,
    )
    .first();
  if (!settled) return { settled: false, notify: false };

  const [, ready] = await env.DB.batch<{ id: string; notify: number }>([
    env.DB.prepare(
      `UPDATE stories SET
         usage = json_set(usage, '$.images', json_extract(usage, '$.images') + ?2,
                                 '$.pollyCharacters', json_extract(usage, '$.pollyCharacters') + ?3),
         providers = CASE WHEN ?4 IS NULL THEN providers ELSE json_set(providers, '$.' || ?4, ?5) END
       WHERE id = ?1`,
    ).bind(storyId, s.usage?.images ?? 0, s.usage?.pollyCharacters ?? 0, s.providerRole ?? null, s.provider ?? null),
    completeStory(env, storyId, now),
  ]);
  return { settled: true, notify: Boolean(ready?.results[0]?.notify) };
}

/** written → ready once nothing is pending; returns the story's id and whether it wants an email. */
export function completeStory(env: Db, storyId: string, now: number): D1PreparedStatement {
  return env.DB.prepare(
    `UPDATE stories SET status = ${story("ready")}, ready_at = ?2
     WHERE id = ?1 AND status = ${story("written")}
       AND NOT EXISTS (SELECT 1 FROM assets WHERE story_id = ?1 AND status = ${asset("pending")})
     RETURNING id, notify`,
  ).bind(storyId, now);
}

// ---------------------------------------------------------------------------------------------
// The email (notified_at is the claim: at most one send per story)

/**
 * Whether a story's email is due: wanted, not sent, written, and either every asset settled or
 * the deadline since writing has passed (the family gets the words without every picture).
 */
export function emailDue(s: Story, now: number, notifyDeadlineMs: number): boolean {
  if (!s.notify || s.notifiedAt || !s.title || !s.scenes) return false;
  const settled = s.status === "ready";
  const deadlinePassed = s.writtenAt !== null && now >= s.writtenAt + notifyDeadlineMs;
  return settled || deadlinePassed;
}

/** Takes the send for this story; false when someone else already has. */
export async function claimEmail(env: Db, storyId: string, now: number): Promise<boolean> {
  const claim = await env.DB.prepare(
    "UPDATE stories SET notified_at = ?2 WHERE id = ?1 AND notified_at IS NULL RETURNING id",
  )
    .bind(storyId, now)
    .first();
  return claim !== null;
}

/** A failed send gives the claim back, so the queue's retry can send it. */
export async function releaseEmail(env: Db, storyId: string): Promise<void> {
  await env.DB.prepare("UPDATE stories SET notified_at = NULL WHERE id = ?1").bind(storyId).run();
}

/**
 * The family turned the nightly email off: no email is wanted for this story any more (`notify`
 * off, claim released), so the sweeper does not come back for it. The story itself is untouched.
 */
export async function skipEmail(env: Db, storyId: string): Promise<void> {
  await env.DB.prepare("UPDATE stories SET notify = 0, notified_at = NULL WHERE id = ?1").bind(storyId).run();
}

/** Given up: keep the claim so the sweeper doesn't send again every tick (replay clears it). */
export async function giveUpEmail(env: Db, storyId: string, now: number): Promise<void> {
  await env.DB.prepare("UPDATE stories SET notified_at = ?2 WHERE id = ?1 AND notified_at IS NULL")
    .bind(storyId, now)
    .run();
}

// ---------------------------------------------------------------------------------------------
// The sweeper's look-ups and give-ups (one batch in schedule/sweep.ts)

export type SweepRow = { id: string; story_id?: string; kind?: string; idx?: number };

/**
 * In order: give up on over-tried work, complete stories left with nothing pending (a crash
 * between an asset settling and the story's update), then find what to re-publish. Work is
 * "stuck" when untouched since `before`.
 */
export function sweepStatements(env: Db, now: number, before: number, maxAttempts: number, notifyDeadlineMs: number) {
  const q = (sql: string, ...values: unknown[]) => env.DB.prepare(sql).bind(...values);
  return {
    giveUpStories: q(
      `UPDATE stories SET status = ${story("failed")}, error = coalesce(error, 'Gave up') || ' (after ' || attempts || ' attempts)' WHERE status = ${story("pending")} AND attempts >= ?1 AND created_at < ?2 RETURNING id`,
      maxAttempts,
      before,
    ),
    giveUpAssets: q(
      `UPDATE assets SET status = ${asset("failed")}, error = coalesce(error, 'Gave up') || ' (after ' || attempts || ' attempts)', finished_at = ?2 WHERE status = ${asset("pending")} AND attempts >= ?1 AND created_at < ?3 RETURNING id`,
      maxAttempts,
      now,
      before,
    ),
    completeStuck: q(
      `UPDATE stories SET status = ${story("ready")}, ready_at = ?1 WHERE status = ${story("written")} AND written_at < ?2
         AND NOT EXISTS (SELECT 1 FROM assets WHERE assets.story_id = stories.id AND assets.status = ${asset("pending")}) RETURNING id`,
      now,
      before,
    ),
    // Claimed or requested but never written (the tick died, or its story.write was lost).
    unwritten: q(
      `SELECT id FROM stories WHERE status = ${story("pending")} AND coalesce(published_at, created_at) < ?1 LIMIT 500`,
      before,
    ),
    // Media never finished: the fan-out failed, or a message was lost.
    unfinishedAssets: q(
      `SELECT a.story_id, a.kind, a.idx FROM assets a JOIN stories s ON s.id = a.story_id
       WHERE a.status = ${asset("pending")} AND s.status = ${story("written")} AND coalesce(s.published_at, 0) < ?1 AND s.written_at < ?1 LIMIT 1000`,
      before,
    ),
    // Settled (or past the deadline) but the email never went: emailDue() as a set.
    unnotified: q(
      `SELECT id FROM stories WHERE notify = 1 AND notified_at IS NULL AND expires_at > ?1 AND (status = ${story("ready")} OR (status = ${story("written")} AND written_at < ?2)) LIMIT 500`,
      now,
      now - notifyDeadlineMs,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Replay (failed → pending; ready → written while re-opened media runs)

export type ReopenedAsset = { id: number; story_id: string; kind: AssetKind; idx: number };

/**
 * Failed assets and stories (all, or one story's) back to pending, for statements in replay's
 * batch. Expired stories stay failed unless they are favourites.
 */
export function reopenForReplay(env: Db, storyId: string | undefined, now: number) {
  const q = (sql: string) => env.DB.prepare(sql).bind(storyId ?? null, now);
  return {
    assets: q(
      `UPDATE assets SET status = ${asset("pending")}, error = NULL, attempts = 0, finished_at = NULL
       WHERE status = ${asset("failed")} AND (?1 IS NULL OR story_id = ?1)
         AND story_id IN (SELECT id FROM stories WHERE expires_at > ?2 OR favorite = 1)
       RETURNING id, story_id, kind, idx`,
    ),
    stories: q(
      `UPDATE stories SET status = ${story("pending")}, error = NULL, attempts = 0 WHERE status = ${story("failed")} AND (?1 IS NULL OR id = ?1) AND (expires_at > ?2 OR favorite = 1) RETURNING id`,
    ),
  };
}

/**
 * A ready story with media re-opened is "written" again until that work settles; stamping every
 * re-opened story published keeps the sweeper from sending the same work a second time.
 */
export async function markReopened(env: Db, withMedia: string[], reopened: string[], now: number): Promise<void> {
  if (reopened.length === 0) return;
  await env.DB.batch([
    ...withMedia.map((id) =>
      env.DB.prepare(
        `UPDATE stories SET status = ${story("written")}, ready_at = NULL WHERE id = ?1 AND status = ${story("ready")}`,
      ).bind(id),
    ),
    markPublished(env, reopened, now),
  ]);
}
