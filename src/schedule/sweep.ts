/**
 * Finds work stuck between steps and hands it to the queue again. Every handler is idempotent,
 * so re-publishing something that was merely slow costs a little work and never a duplicate —
 * but it costs provider calls, so "stuck" is well past the queue's own retry chain.
 */
import type { JobMessage } from "../jobs/messages";
import { notifyMessages, publish } from "../jobs/publish";
import { markPublished, type SweepRow, sweepStatements } from "../jobs/state";

/**
 * Work untouched this long is considered lost (a crash between steps, or local queues losing
 * messages on restart): the default of SWEEP_AFTER_MINUTES. Short, so a crash mid-night is
 * repaired within a tick or two; a message that was merely slow and is re-published costs a
 * little provider work and never a duplicate (every handler is idempotent).
 */
export const STUCK_MS = 10 * 60_000;
/** A backstop behind the dead-letter queue: a story or asset tried this often is failed. */
export const MAX_ATTEMPTS = 8;

export async function sweepStuckWork(
  env: Env,
  now: number,
  notifyDeadlineMs: number,
  stuckMs = STUCK_MS,
): Promise<Record<string, number>> {
  const s = sweepStatements(env, now, now - stuckMs, MAX_ATTEMPTS, notifyDeadlineMs);
  // One batch, in order: give up on over-tried work, complete stories left with nothing pending,
  // then find what to re-publish.
  const [gaveUpStories, gaveUpAssets, completed, pendingStories, pendingAssets, unnotified] =
    await env.DB.batch<SweepRow>([
      s.giveUpStories,
      s.giveUpAssets,
      s.completeStuck,
      s.unwritten,
      s.unfinishedAssets,
      s.unnotified,
    ]);

  const rows = (r: D1Result<SweepRow> | undefined) => r?.results ?? [];
  const messages: JobMessage[] = [
    ...rows(pendingStories).map((r) => ({ type: "story.write" as const, storyId: r.id })),
    ...rows(pendingAssets).map(
      (r): JobMessage =>
        r.kind === "audio"
          ? { type: "story.narrate", storyId: r.story_id as string }
          : { type: "story.illustrate", storyId: r.story_id as string, sceneIndex: r.idx as number },
    ),
    ...notifyMessages(rows(unnotified).map((r) => r.id)),
  ];
  // Stamped as published now, so the next ticks leave them to the queue for another stuckMs.
  const republished = new Set([
    ...rows(pendingStories).map((r) => r.id),
    ...rows(pendingAssets).map((r) => r.story_id as string),
  ]);
  if (republished.size > 0) await markPublished(env, [...republished], now).run();
  await publish(env, messages);
  return {
    republished: messages.length,
    completed: rows(completed).length,
    gaveUp: rows(gaveUpStories).length + rows(gaveUpAssets).length,
  };
}
