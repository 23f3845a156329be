/**
 * The dead-letter side: messages that ran out of retries are recorded in D1 (so nothing is lost
 * when the queue lets go of them) and their asset or story is marked failed; replay re-publishes
 * them and re-runs failed work once the provider has recovered.
 */
import { errorText, log } from "../lib/log";
import { loadAsset, settleAsset } from "./assets";
import { type JobMessage, JobMessageSchema, publish } from "./messages";

export async function recordDeadLetters(batch: MessageBatch<unknown>, env: Env, now: number): Promise<void> {
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
  if (job.type === "story.write") {
    const row = await env.DB.prepare(
      "UPDATE stories SET status = 'failed', error = coalesce(error, 'Gave up after retries') WHERE id = ?1 AND status = 'pending' RETURNING error",
    )
      .bind(job.storyId)
      .first<{ error: string }>();
    return row?.error ?? "Gave up after retries";
  }
  if (job.type === "story.notify") {
    // Given up: keep the claim so the sweeper doesn't send again every tick (replay clears it).
    await env.DB.prepare("UPDATE stories SET notified_at = ?2 WHERE id = ?1 AND notified_at IS NULL")
      .bind(job.storyId, now)
      .run();
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
  await settleAsset(env, job.storyId, asset.id, { status: "failed", error }, now);
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
export async function replay(env: Env, now: number, storyId?: string): Promise<ReplayResult> {
  // ?1 = the story (null: all), ?2 = now.
  const q = (sql: string) => env.DB.prepare(sql).bind(storyId ?? null, now);
  const [letters, assets, stories] = await env.DB.batch<{
    id: number | string;
    body?: string;
    story_id?: string;
    kind?: string;
    idx?: number;
  }>([
    q(
      "UPDATE dead_letters SET replayed_at = ?2 WHERE replayed_at IS NULL AND (?1 IS NULL OR story_id = ?1) RETURNING id, body",
    ),
    q(
      `UPDATE assets SET status = 'pending', error = NULL, attempts = 0, finished_at = NULL
       WHERE status = 'failed' AND (?1 IS NULL OR story_id = ?1)
         AND story_id IN (SELECT id FROM stories WHERE expires_at > ?2 OR favorite = 1)
       RETURNING id, story_id, kind, idx`,
    ),
    q(
      "UPDATE stories SET status = 'pending', error = NULL, attempts = 0 WHERE status = 'failed' AND (?1 IS NULL OR id = ?1) AND (expires_at > ?2 OR favorite = 1) RETURNING id",
    ),
  ]);
  const assetRows = assets?.results ?? [];
  const storyIdsWithAssets = [...new Set(assetRows.map((a) => a.story_id as string))];
  const reopened = [...storyIdsWithAssets, ...(stories?.results ?? []).map((s) => String(s.id))];
  if (reopened.length > 0) {
    // A ready story with work re-opened is "written" again until that work settles; stamping it
    // published keeps the sweeper from sending the same work a second time.
    await env.DB.batch([
      ...storyIdsWithAssets.map((id) =>
        env.DB.prepare(
          "UPDATE stories SET status = 'written', ready_at = NULL WHERE id = ?1 AND status = 'ready'",
        ).bind(id),
      ),
      ...reopened.map((id) => env.DB.prepare("UPDATE stories SET published_at = ?2 WHERE id = ?1").bind(id, now)),
    ]);
  }
  const messages = new Map<string, JobMessage>();
  const add = (m: JobMessage) => messages.set(JSON.stringify(m), m);
  for (const row of letters?.results ?? []) {
    const parsed = JobMessageSchema.safeParse(JSON.parse(String(row.body)));
    if (parsed.success) add(parsed.data);
  }
  for (const a of assetRows) {
    add(
      a.kind === "audio"
        ? { type: "story.narrate", storyId: a.story_id as string }
        : { type: "story.illustrate", storyId: a.story_id as string, sceneIndex: a.idx as number },
    );
  }
  for (const s of stories?.results ?? []) add({ type: "story.write", storyId: String(s.id) });
  // Each re-opened story also gets a notify, which sends only if no email went out yet.
  for (const id of storyIdsWithAssets) add({ type: "story.notify", storyId: id });
  await publish(env, [...messages.values()]);
  return { deadLetters: letters?.results.length ?? 0, assets: assetRows.length, stories: stories?.results.length ?? 0 };
}
