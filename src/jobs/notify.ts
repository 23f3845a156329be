/**
 * `story.notify`: one email per story, once its media has settled or its deadline has passed.
 * The send is claimed in D1 first (notified_at), so redeliveries, the deadline message, the sweeper
 * and a replay that finishes the media later all find it taken. A failed send releases the claim
 * and is retried.
 */
import { and, eq } from "drizzle-orm";
import { assets, households, stories } from "../db/schema";
import { describeDuration, storyEmail } from "../email/story-email";
import type { Ctx } from "../lib/context";
import { log } from "../lib/log";
import { signMediaPath } from "../lib/signing";
import { claimEmail, emailDue, releaseEmail } from "./state";

export async function notify(ctx: Ctx, storyId: string): Promise<void> {
  const { env, config, now, db: d } = ctx;
  const story = await d.query.stories.findFirst({ where: eq(stories.id, storyId) });
  // Not due yet: the ready path or the deadline message comes later.
  if (!story?.title || !story.scenes || !emailDue(story, now, config.notifyDeadlineMs)) return;
  if (!(await claimEmail(env, storyId, now))) return;
  const settled = story.status === "ready";
  try {
    const [household, cover] = await Promise.all([
      d.query.households.findFirst({ where: eq(households.id, story.householdId) }),
      d.query.assets.findFirst({
        where: and(
          eq(assets.storyId, storyId),
          eq(assets.kind, "image"),
          eq(assets.index, 0),
          eq(assets.status, "ready"),
        ),
      }),
    ]);
    if (!household) return;
    const coverUrl = cover?.r2Key
      ? config.publicBaseUrl + (await signMediaPath(cover.r2Key, story.expiresAt, config.mediaSigningKey))
      : undefined;
    const message = storyEmail({
      familyName: household.name,
      title: story.title,
      opening: openingLines(story.scenes[0]?.paragraphs[0] ?? ""),
      storyUrl: `${config.publicBaseUrl}/stories/${story.id}`,
      coverUrl,
      coverAlt: story.scenes[0]?.illustration,
      keptFor: describeDuration(story.expiresAt - now),
    });
    await env.EMAIL.send({ from: { name: "Nightlight", email: config.emailFrom }, to: household.email, ...message });
    log("info", "story.notified", { storyId, job: "story.notify", settled });
  } catch (error) {
    // Release the claim so the queue's retry can send it.
    await releaseEmail(env, storyId);
    throw error;
  }
}

/** The first sentence or two, at most ~240 characters, cut at a word. */
export function openingLines(paragraph: string): string {
  if (paragraph.length <= 240) return paragraph;
  const cut = paragraph.slice(0, 240);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
