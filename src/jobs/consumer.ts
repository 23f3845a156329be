/**
 * The queue consumer. Messages of a batch run side by side; each is acked or retried on its own
 * (exponential backoff from `attempts`), so one slow picture never holds up the others.
 */
import type { Ctx } from "../lib/context";
import { errorText, log } from "../lib/log";
import { recordDeadLetters } from "./dead-letters";
import { illustrate, narrate } from "./media";
import { type JobMessage, JobMessageSchema } from "./messages";
import { notify } from "./notify";
import { writeAndFanOut } from "./publish";

/**
 * Retry delay for the n-th attempt: 10 s, 20 s, 40 s, 80 s, 160 s with `max_retries = 5`; the
 * 15-minute cap only matters if an operator raises max_retries.
 */
export function backoffSeconds(attempts: number): number {
  return Math.min(900, 10 * 2 ** Math.max(0, attempts - 1));
}

export async function handleQueue(batch: MessageBatch<unknown>, ctx: Ctx): Promise<void> {
  if (batch.queue.endsWith("-dlq")) return recordDeadLetters(batch, ctx);
  await Promise.all(batch.messages.map((message) => handleMessage(message, ctx)));
}

async function handleMessage(message: Message<unknown>, ctx: Ctx): Promise<void> {
  const parsed = JobMessageSchema.safeParse(message.body);
  if (!parsed.success) {
    // Retrying cannot fix a malformed body: log it and let it go.
    log("error", "job.malformed", { messageId: message.id, body: JSON.stringify(message.body)?.slice(0, 500) });
    message.ack();
    return;
  }
  const job = parsed.data;
  const started = Date.now();
  try {
    await runJob(job, ctx);
    message.ack();
    log("info", "job.done", {
      job: job.type,
      storyId: job.storyId,
      attempts: message.attempts,
      ms: Date.now() - started,
    });
  } catch (error) {
    const delaySeconds = backoffSeconds(message.attempts);
    message.retry({ delaySeconds });
    log("warn", "job.retry", {
      job: job.type,
      storyId: job.storyId,
      attempts: message.attempts,
      delaySeconds,
      error: errorText(error),
      ms: Date.now() - started,
    });
  }
}

export async function runJob(job: JobMessage, ctx: Ctx): Promise<void> {
  switch (job.type) {
    case "story.write":
      await writeAndFanOut(ctx, job.storyId);
      return;
    case "story.illustrate":
      return illustrate(ctx, job.storyId, job.sceneIndex);
    case "story.narrate":
      return narrate(ctx, job.storyId);
    case "story.notify":
      return notify(ctx, job.storyId);
  }
}
