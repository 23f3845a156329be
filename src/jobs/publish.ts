/**
 * Everything that puts work on the `story-jobs` queue: plain publishing, the one place a
 * `story.notify` is built, the media fan-out after a story is written, and "write a few now,
 * queue the rest". The state machine (./state.ts) decides; this file only sends.
 */
import type { Ctx } from "../lib/context";
import { errorText, log } from "../lib/log";
import { type WriteOutcome, writeStory } from "../story/writer";
import type { JobMessage } from "./messages";
import { markPublished } from "./state";

/** Sends messages in batches of 100 (the Queues limit per sendBatch call). */
export async function publish(env: Pick<Env, "JOBS">, messages: JobMessage[], delaySeconds?: number): Promise<void> {
  for (let i = 0; i < messages.length; i += 100) {
    const chunk = messages.slice(i, i + 100).map((body) => ({ body, contentType: "json" as const, delaySeconds }));
    await env.JOBS.sendBatch(chunk);
  }
}

/** The `story.notify` messages for these stories (the handler itself checks the email is due). */
export function notifyMessages(storyIds: Iterable<string>): JobMessage[] {
  return [...storyIds].map((storyId) => ({ type: "story.notify" as const, storyId }));
}

/** Asks for a story's email, now or after a delay (Queues accept delays up to 12 hours). */
export async function publishNotify(env: Pick<Env, "JOBS">, storyId: string, delaySeconds?: number): Promise<void> {
  await publish(
    env,
    notifyMessages([storyId]),
    delaySeconds === undefined ? undefined : Math.min(43_200, delaySeconds),
  );
}

/**
 * Hands the media work to the queue: one picture per scene and the narration, in parallel, plus a
 * delayed notify that is the email deadline if some media never settles. Runs after the story row
 * is committed. If sending fails the story stays unpublished and the sweeper publishes it later.
 */
export async function fanOut(ctx: Ctx, storyId: string, sceneCount: number, narrate: boolean): Promise<void> {
  const { env, config, now } = ctx;
  const messages: JobMessage[] = Array.from({ length: sceneCount }, (_, sceneIndex) => ({
    type: "story.illustrate",
    storyId,
    sceneIndex,
  }));
  if (narrate) messages.push({ type: "story.narrate", storyId });
  try {
    await publish(env, messages);
    await publishNotify(env, storyId, Math.ceil(config.notifyDeadlineMs / 1000));
    await markPublished(env, [storyId], now).run();
  } catch (error) {
    log("warn", "story.fanout_failed", { storyId, error: errorText(error) });
  }
}

/** Writes one story (see writeStory) and, once it is written, fans its media out. */
export async function writeAndFanOut(ctx: Ctx, storyId: string): Promise<WriteOutcome> {
  const written = await writeStory(ctx, storyId);
  if (written.outcome === "written") await fanOut(ctx, storyId, written.sceneCount, written.narrate);
  return written.outcome;
}

/** Stories written inside one cron tick or request; the rest wait on the queue. */
export const WRITES_IN_PLACE = 4;

/**
 * Writes the first few stories now, side by side, and hands the overflow (and any write that hit
 * a retryable provider error) to the queue as `story.write` messages — the same writer runs there.
 */
export async function writeOrQueue(ctx: Ctx, storyIds: string[], inPlace = WRITES_IN_PLACE): Promise<void> {
  const { env, now } = ctx;
  const first = storyIds.slice(0, inPlace);
  const later = storyIds.slice(inPlace);
  const results = await Promise.allSettled(first.map((id) => writeAndFanOut(ctx, id)));
  results.forEach((r, i) => {
    if (r.status === "rejected") later.push(first[i] as string);
  });
  if (later.length > 0) {
    await publish(
      env,
      later.map((storyId) => ({ type: "story.write" as const, storyId })),
    );
    // Stamped so the sweeper leaves them to the queue (STUCK_MS from now).
    await markPublished(env, later, now).run();
    log("info", "story.write_queued", { count: later.length });
  }
}
