/**
 * The real bindings (D1, R2) with the queue producer and email binding swapped for recorders,
 * so a test can assert exactly which messages and emails a step produced, without the
 * in-process consumer racing it.
 */
import { env } from "cloudflare:workers";
import type { JobMessage } from "../../src/jobs/messages";

export function recordingEnv(options: { failEmail?: number } = {}) {
  const sent: EmailMessageBuilder[] = [];
  const queued: { body: JobMessage; delaySeconds?: number }[] = [];
  let failures = options.failEmail ?? 0;
  const EMAIL = {
    send: async (message: EmailMessageBuilder) => {
      if (failures > 0) {
        failures--;
        throw new Error("email service unavailable");
      }
      sent.push(message);
      return { messageId: `m${sent.length}` };
    },
  } as unknown as SendEmail;
  const JOBS = {
    send: async (body: JobMessage, opts?: { delaySeconds?: number }) =>
      void queued.push({ body, delaySeconds: opts?.delaySeconds }),
    sendBatch: async (batch: { body: JobMessage; delaySeconds?: number }[]) =>
      void queued.push(...batch.map((m) => ({ body: m.body, delaySeconds: m.delaySeconds }))),
  } as unknown as Queue;
  return { env: { ...env, EMAIL, JOBS } as Env, sent, queued };
}
