/**
 * Finds work stuck between steps and hands it to the queue again. Every handler is idempotent,
 * so re-publishing something that was merely slow costs a little work and never a duplicate.
 */
import { publish, type JobMessage } from "../jobs/messages";

/** Work untouched this long is considered lost (local restarts drop in-memory queue messages). */
export const STUCK_MS = 10 * 60_000;
/** After this many tries a story or asset is given up on and marked failed. */
export const MAX_ATTEMPTS = 8;

export async function sweepStuckWork(env: Env, now: number, notifyDeadlineMs: number): Promise<Record<string, number>> {
  const before = now - STUCK_MS;
  const [gaveUpStories, gaveUpAssets, pendingStories, pendingAssets, unnotified] = await env.DB.batch<{ id: string; story_id?: string; kind?: string; idx?: number }>([
    env.DB.prepare(
      "UPDATE stories SET status = 'failed', error = coalesce(error, 'Gave up') || ' (after ' || attempts || ' attempts)' WHERE status = 'pending' AND attempts >= ?1 AND created_at < ?2 RETURNING id",
    ).bind(MAX_ATTEMPTS, before),
    env.DB.prepare(
      "UPDATE assets SET status = 'failed', error = coalesce(error, 'Gave up') || ' (after ' || attempts || ' attempts)', finished_at = ?2 WHERE status = 'pending' AND attempts >= ?1 AND created_at < ?3 RETURNING id, story_id",
    ).bind(MAX_ATTEMPTS, now, before),
    // Claimed or requested but never written (the tick died, or its story.write was lost).
    env.DB.prepare("SELECT id FROM stories WHERE status = 'pending' AND created_at < ?1 LIMIT 500").bind(before),
    // Media never finished: the fan-out failed, or a message was lost.
    env.DB.prepare(
      `SELECT a.story_id, a.kind, a.idx FROM assets a JOIN stories s ON s.id = a.story_id
       WHERE a.status = 'pending' AND s.status = 'written' AND coalesce(s.published_at, 0) < ?1 AND s.written_at < ?1 LIMIT 1000`,
    ).bind(before),
    // Settled (or past the deadline) but the email never went.
    env.DB.prepare(
      "SELECT id FROM stories WHERE notify = 1 AND notified_at IS NULL AND expires_at > ?1 AND (status = 'ready' OR (status = 'written' AND written_at < ?2)) LIMIT 500",
    ).bind(now, now - notifyDeadlineMs),
  ]);

  const messages: JobMessage[] = [
    ...(pendingStories?.results ?? []).map((r) => ({ type: "story.write" as const, storyId: r.id })),
    ...(pendingAssets?.results ?? []).map((r): JobMessage =>
      r.kind === "audio" ? { type: "story.narrate", storyId: r.story_id as string } : { type: "story.illustrate", storyId: r.story_id as string, sceneIndex: r.idx as number },
    ),
    ...(unnotified?.results ?? []).map((r) => ({ type: "story.notify" as const, storyId: r.id })),
  ];
  // Stories whose assets were just given up on may now be complete.
  const touched = new Set((gaveUpAssets?.results ?? []).map((r) => r.story_id as string));
  if (touched.size > 0) {
    await env.DB.batch(
      [...touched].map((id) =>
        env.DB.prepare(
          "UPDATE stories SET status = 'ready', ready_at = ?2 WHERE id = ?1 AND status = 'written' AND NOT EXISTS (SELECT 1 FROM assets WHERE story_id = ?1 AND status = 'pending')",
        ).bind(id, now),
      ),
    );
  }
  const republishedStories = new Set((pendingAssets?.results ?? []).map((r) => r.story_id as string));
  if (republishedStories.size > 0) {
    // Mark them published now so the next tick doesn't send them again straight away.
    await env.DB.batch([...republishedStories].map((id) => env.DB.prepare("UPDATE stories SET published_at = ?2 WHERE id = ?1").bind(id, now)));
  }
  await publish(env, messages);
  return {
    republished: messages.length,
    gaveUp: (gaveUpStories?.results.length ?? 0) + (gaveUpAssets?.results.length ?? 0),
  };
}
