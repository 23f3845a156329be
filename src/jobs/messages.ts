/**
 * The messages on the `story-jobs` queue: one typed union shared by producers and the consumer,
 * validated on receipt (a queue body is outside input like any other).
 */
import * as z from "zod";
import { STORY_ID } from "../lib/ids";

const storyId = z.string().regex(STORY_ID);

export const JobMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("story.write"), storyId }),
  z.object({ type: z.literal("story.illustrate"), storyId, sceneIndex: z.number().int().min(0).max(5) }),
  z.object({ type: z.literal("story.narrate"), storyId }),
  z.object({ type: z.literal("story.notify"), storyId }),
]);

export type JobMessage = z.infer<typeof JobMessageSchema>;

/** Sends messages in batches of 100 (the Queues limit per sendBatch call). */
export async function publish(env: Pick<Env, "JOBS">, messages: JobMessage[], delaySeconds?: number): Promise<void> {
  for (let i = 0; i < messages.length; i += 100) {
    const chunk = messages.slice(i, i + 100).map((body) => ({ body, contentType: "json" as const, delaySeconds }));
    await env.JOBS.sendBatch(chunk);
  }
}
