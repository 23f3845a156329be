/**
 * Finds work stuck between steps and hands it to the queue again. Every handler is idempotent,
 * so re-publishing something that was merely slow costs a little work and never a duplicate —
 * but it costs provider calls, so "stuck" is well past the queue's own retry chain.
 */
import { type JobMessage, publish } from "../jobs/messages";

/**
 * Work untouched this long is considered lost (a crash between steps, or local queues losing
 * messages on restart). The queue's own chain — 6 deliveries with provider timeouts of up to
 * 3 minutes and ~5 minutes of backoff — ends well within it.
 */
export const STUCK_MS = 30 * 60_000;
/** A backstop behind the dead-letter queue: a story or asset tried this often is failed. */
export const MAX_ATTEMPTS = 8;

type Row = { id: string; story_id?: string; kind?: string; idx?: number };

export async function sweepStuckWork(env: Env, now: number, notifyDeadlineMs: number): Promise<Record<string, number>> {
  const before = now - STUCK_MS;
  const q = (sql: string, ...values: unknown[]) => env.DB.prepare(sql).bind(...values);
  // One batch, in order: give up on over-tried work, complete stories left with nothing pending
  // (a crash between an asset settling and the story's update), then find what to re-publish.
  const [gaveUpStories, gaveUpAssets, completed, pendingStories, pendingAssets, unnotified] = await env.DB.batch<Row>([
    q(
      "UPDATE stories SET status = 'failed', error = coalesce(error, 'Gave up') || ' (after ' || attempts || ' attempts)' WHERE status = 'pending' AND attempts >= ?1 AND created_at < ?2 RETURNING id",
      MAX_ATTEMPTS,
      before,
    ),
    q(
      "UPDATE assets SET status = 'failed', error = coalesce(error, 'Gave up') || ' (after ' || attempts || ' attempts)', finished_at = ?2 WHERE status = 'pending' AND attempts >= ?1 AND created_at < ?3 RETURNING id",
      MAX_ATTEMPTS,
      now,
      before,
    ),
    q(
      `UPDATE stories SET status = 'ready', ready_at = ?1 WHERE status = 'written' AND written_at < ?2
         AND NOT EXISTS (SELECT 1 FROM assets WHERE assets.story_id = stories.id AND assets.status = 'pending') RETURNING id`,
      now,
      before,
    ),
    // Claimed or requested but never written (the tick died, or its story.write was lost).
    q("SELECT id FROM stories WHERE status = 'pending' AND coalesce(published_at, created_at) < ?1 LIMIT 500", before),
    // Media never finished: the fan-out failed, or a message was lost.
    q(
      `SELECT a.story_id, a.kind, a.idx FROM assets a JOIN stories s ON s.id = a.story_id
       WHERE a.status = 'pending' AND s.status = 'written' AND coalesce(s.published_at, 0) < ?1 AND s.written_at < ?1 LIMIT 1000`,
      before,
    ),
    // Settled (or past the deadline) but the email never went.
    q(
      "SELECT id FROM stories WHERE notify = 1 AND notified_at IS NULL AND expires_at > ?1 AND (status = 'ready' OR (status = 'written' AND written_at < ?2)) LIMIT 500",
      now,
      now - notifyDeadlineMs,
    ),
  ]);

  const rows = (r: D1Result<Row> | undefined) => r?.results ?? [];
  const messages: JobMessage[] = [
    ...rows(pendingStories).map((r) => ({ type: "story.write" as const, storyId: r.id })),
    ...rows(pendingAssets).map(
      (r): JobMessage =>
        r.kind === "audio"
          ? { type: "story.narrate", storyId: r.story_id as string }
          : { type: "story.illustrate", storyId: r.story_id as string, sceneIndex: r.idx as number },
    ),
    ...rows(unnotified).map((r) => ({ type: "story.notify" as const, storyId: r.id })),
  ];
  // Stamped as published now, so the next ticks leave them to the queue for another STUCK_MS.
  const republished = new Set([
    ...rows(pendingStories).map((r) => r.id),
    ...rows(pendingAssets).map((r) => r.story_id as string),
  ]);
  if (republished.size > 0) {
    await env.DB.batch([...republished].map((id) => q("UPDATE stories SET published_at = ?2 WHERE id = ?1", id, now)));
  }
  await publish(env, messages);
  return {
    republished: messages.length,
    completed: rows(completed).length,
    gaveUp: rows(gaveUpStories).length + rows(gaveUpAssets).length,
  };
}
