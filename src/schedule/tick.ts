/**
 * The 5-minute cron: claim tonight's due stories and write them, then look after the rest of the
 * pipeline. Each step runs on its own, so a failing sweep never stops tonight's stories.
 */

import { forgetSpentLinksAndSessions } from "../accounts/cleanup";
import { writeOrQueue } from "../jobs/publish";
import type { Ctx } from "../lib/context";
import { errorText, log } from "../lib/log";
import { claimDueStories } from "./claim";
import { deleteExpiredStories, deleteOrphanObjects } from "./cleanup";
import { sweepStuckWork } from "./sweep";

export async function runSchedule(ctx: Ctx): Promise<void> {
  const { env, now, config } = ctx;
  await step("schedule.claim", async () => {
    const started = Date.now();
    const claimed = await claimDueStories(env, now, config.ttlMs);
    const claimMs = Date.now() - started;
    await writeOrQueue(
      ctx,
      claimed.map((c) => c.id),
    );
    return { claimed: claimed.length, claimMs };
  });
  await step("schedule.sweep", () => sweepStuckWork(env, now, config.notifyDeadlineMs, config.sweepAfterMs));
  await step("schedule.cleanup", async () => ({ deleted: await deleteExpiredStories(env, now) }));
  await step("schedule.reconcile", () => deleteOrphanObjects(env, now));
  await step("accounts.cleanup", () => forgetSpentLinksAndSessions(ctx));
}

async function step(name: string, run: () => Promise<Record<string, unknown>>): Promise<void> {
  const started = Date.now();
  try {
    const fields = await run();
    log("info", name, { ...fields, ms: Date.now() - started });
  } catch (error) {
    log("error", name, { error: errorText(error), ms: Date.now() - started });
  }
}
