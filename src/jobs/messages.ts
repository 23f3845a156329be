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
