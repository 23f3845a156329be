/**
 * The queue consumer. Messages of a batch run side by side; each is acked or retried on its own
 * (exponential backoff from `attempts`), so one slow picture never holds up the others.
 */
import type { Ctx } from "../lib/context";
import { errorText, log } from "../lib/log";
import { ProviderError } from "../providers/types";
import { recordDeadLetter, recordDeadLetters } from "./dead-letters";
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

/** Queues accept retry delays up to 12 hours. */
const MAX_DELAY_SECONDS = 43_200;

export async function handleQueue(batch: MessageBatch<unknown>, ctx: Ctx): Promise<void> {
  if (batch.queue.endsWith("-dlq")) return recordDeadLetters(batch, ctx);
  await Promise.all(batch.messages.map((message) => handleMessage(message, ctx)));
}

async function handleMessage(message: Message<unknown>, ctx: Ctx): Promise<void> {
  const parsed = JobMessageSchema.safeParse(message.body);
  if (!parsed.success) {
    // Retrying cannot fix a malformed body: it is dead-lettered once, with its reason, and let go.
    const reason = `Malformed message: ${parsed.error.issues.map((i) => `${i.path.join(".") || "body"} ${i.message}`).join("; ")}`;
    try {
      await recordDeadLetter(
        ctx.env,
        { storyId: null, body: message.body, error: reason, attempts: message.attempts },
        ctx.now,
      );
      log("error", "job.malformed", { messageId: message.id, error: reason.slice(0, 300) });
      message.ack();
    } catch (error) {
      message.retry({ delaySeconds: backoffSeconds(message.attempts) });
      log("error", "job.malformed_unrecorded", { messageId: message.id, error: errorText(error) });
    }
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
    // A provider that said when to come back (429 Retry-After) is asked again no sooner.
    const asked = error instanceof ProviderError ? (error.retryAfterSeconds ?? 0) : 0;
    const delaySeconds = Math.min(MAX_DELAY_SECONDS, Math.max(backoffSeconds(message.attempts), Math.ceil(asked)));
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
