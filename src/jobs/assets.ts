/**
 * Moving an asset from pending to settled, and a story from written to ready once its last
 * asset settles. Every update is conditional on the current status, so a redelivered message
 * changes nothing the first delivery already did.
 */
import type { Asset, AssetKind, AssetStatus } from "../db/schema";
import { errorText } from "../lib/log";
import { publish } from "./messages";

export async function loadAsset(env: Env, storyId: string, kind: AssetKind, index: number) {
  return env.DB.prepare("SELECT id, status, error FROM assets WHERE story_id = ?1 AND kind = ?2 AND idx = ?3")
    .bind(storyId, kind, index)
    .first<Pick<Asset, "id" | "status" | "error">>();
}

/**
 * Starts an attempt at a pending asset: counts it and remembers when work first began. Returns
 * the asset's id, or undefined when there is nothing to do (settled already, or deleted).
 */
export async function startAttempt(
  env: Env,
  storyId: string,
  kind: AssetKind,
  index: number,
  now: number,
): Promise<number | undefined> {
  const row = await env.DB.prepare(
    `UPDATE assets SET attempts = attempts + 1, started_at = coalesce(started_at, ?4)
     WHERE story_id = ?1 AND kind = ?2 AND idx = ?3 AND status = 'pending' RETURNING id`,
  )
    .bind(storyId, kind, index, now)
    .first<{ id: number }>();
  return row?.id;
}

/** Keeps the last error on a still-pending asset while the queue retries it. */
export async function noteError(env: Env, assetId: number, error: unknown): Promise<void> {
  await env.DB.prepare("UPDATE assets SET error = ?2 WHERE id = ?1 AND status = 'pending'")
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

/**
 * Settles a pending asset and, when it was the story's last pending one, marks the story ready
 * and sends `story.notify`. Returns false when the asset had already settled (a redelivery).
 */
export async function settleAsset(
  env: Env,
  storyId: string,
  assetId: number,
  s: Settlement,
  now: number,
): Promise<boolean> {
  const settled = await env.DB.prepare(
    `UPDATE assets SET status = ?2, provider = ?3, r2_key = ?4, content_type = ?5, marks_key = ?6, error = ?7, finished_at = ?8
     WHERE id = ?1 AND status = 'pending' RETURNING id`,
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
  if (!settled) return false;

  const [, ready] = await env.DB.batch<{ id: string; notify: number }>([
    env.DB.prepare(
      `UPDATE stories SET
         usage = json_set(usage, '$.images', json_extract(usage, '$.images') + ?2,
                                 '$.pollyCharacters', json_extract(usage, '$.pollyCharacters') + ?3),
         providers = CASE WHEN ?4 IS NULL THEN providers ELSE json_set(providers, '$.' || ?4, ?5) END
       WHERE id = ?1`,
    ).bind(storyId, s.usage?.images ?? 0, s.usage?.pollyCharacters ?? 0, s.providerRole ?? null, s.provider ?? null),
    env.DB.prepare(
      `UPDATE stories SET status = 'ready', ready_at = ?2
       WHERE id = ?1 AND status = 'written'
         AND NOT EXISTS (SELECT 1 FROM assets WHERE story_id = ?1 AND status = 'pending')
       RETURNING id, notify`,
    ).bind(storyId, now),
  ]);
  if (ready?.results[0]?.notify) await publish(env, [{ type: "story.notify", storyId }]);
  return true;
}
