/**
 * The dead-letter side: messages that ran out of retries are recorded in D1 (so nothing is lost
 * when the queue lets go of them) and their asset or story is marked failed; replay re-publishes
 * them and re-runs failed work once the provider has recovered.
 */
import type { Ctx } from "../lib/context";
import { errorText, log } from "../lib/log";
import { type JobMessage, JobMessageSchema } from "./messages";
import { notifyMessages, publish, publishNotify } from "./publish";
import {
  giveUpEmail,
  giveUpWrite,
  loadAsset,
  markReopened,
  type ReopenedAsset,
  reopenForReplay,
  settleAsset,
} from "./state";

export async function recordDeadLetters(batch: MessageBatch<unknown>, { env, now }: Ctx): Promise<void> {
  for (const message of batch.messages) {
    const parsed = JobMessageSchema.safeParse(message.body);
    const job = parsed.success ? parsed.data : undefined;
    try {
      const lastError = job ? await markFailed(env, job, now) : "Malformed message";
      await env.DB.prepare(
        "INSERT INTO dead_letters (story_id, body, error, attempts, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
      )
        .bind(job?.storyId ?? null, JSON.stringify(message.body ?? null), lastError, message.attempts, now)
        .run();
      log("warn", "job.dead_letter", {
        job: job?.type,
        storyId: job?.storyId,
        attempts: message.attempts,
        error: lastError,
      });
      message.ack();
    } catch (error) {
      log("error", "job.dead_letter_failed", { error: errorText(error) });
      message.retry({ delaySeconds: 30 });
    }
  }
}

/** Fails what the dead message was working on and returns its last recorded error. */
async function markFailed(env: Env, job: JobMessage, now: number): Promise<string> {
  if (job.type === "story.write") return giveUpWrite(env, job.storyId);
  if (job.type === "story.notify") {
    await giveUpEmail(env, job.storyId, now);
    return "The email could not be sent";
  }
  const asset = await loadAsset(
    env,
    job.storyId,
    job.type === "story.narrate" ? "audio" : "image",
    job.type === "story.illustrate" ? job.sceneIndex : 0,
  );
  if (!asset) return "Gave up after retries";
  const error = `Gave up after retries${asset.error ? `: ${asset.error}` : ""}`;
  const { notify } = await settleAsset(env, job.storyId, asset.id, { status: "failed", error }, now);
  if (notify) await publishNotify(env, job.storyId);
  return error;
}

export interface ReplayResult {
  deadLetters: number;
  assets: number;
  stories: number;
}

/**
 * Re-publishes unreplayed dead letters and re-runs failed assets and stories (all, or one
 * story's). A story already emailed stays emailed: notify checks notified_at.
 */
export async function replay({ env, now }: Ctx, storyId?: string): Promise<ReplayResult> {
  const reopen = reopenForReplay(env, storyId, now);
  const [letters, assets, stories] = await env.DB.batch<{ id: number | string; body?: string }>([
    env.DB.prepare(
      "UPDATE dead_letters SET replayed_at = ?2 WHERE replayed_at IS NULL AND (?1 IS NULL OR story_id = ?1) RETURNING id, body",
    ).bind(storyId ?? null, now),
    reopen.assets,
    reopen.stories,
  ]);
  const assetRows = (assets?.results ?? []) as unknown as ReopenedAsset[];
  const storyIdsWithAssets = [...new Set(assetRows.map((a) => a.story_id))];
  const reopened = [...storyIdsWithAssets, ...(stories?.results ?? []).map((s) => String(s.id))];
  await markReopened(env, storyIdsWithAssets, reopened, now);

  const messages = new Map<string, JobMessage>();
  const add = (m: JobMessage) => messages.set(JSON.stringify(m), m);
  for (const row of letters?.results ?? []) {
    const parsed = JobMessageSchema.safeParse(JSON.parse(String(row.body)));
    if (parsed.success) add(parsed.data);
  }
  for (const a of assetRows) {
    add(
      a.kind === "audio"
        ? { type: "story.narrate", storyId: a.story_id }
        : { type: "story.illustrate", storyId: a.story_id, sceneIndex: a.idx },
    );
  }
  for (const s of stories?.results ?? []) add({ type: "story.write", storyId: String(s.id) });
  // Each re-opened story also gets a notify, which sends only if no email went out yet.
  for (const m of notifyMessages(storyIdsWithAssets)) add(m);
  await publish(env, [...messages.values()]);
  return { deadLetters: letters?.results.length ?? 0, assets: assetRows.length, stories: stories?.results.length ?? 0 };
}
