/**
 * `story.notify`: one email per story, once its media has settled or its deadline has passed.
 * The send is claimed in D1 first (notified_at), so redeliveries, the deadline message, the sweeper
 * and a replay that finishes the media later all find it taken.
 *
 * At most once: when the send itself throws, the mail provider may still have accepted it, so it
 * is never sent again on its own. The claim stays, the attempt is recorded as a dead letter the
 * operator sees (`GET /api/dead-letters`), and `POST /api/stories/:id/email` resends on purpose.
 * Failures before the send (the household row, the cover link) release the claim and are retried.
 */
import { and, eq } from "drizzle-orm";
import { assets, households, stories } from "../db/schema";
import { isMailPicture, storyEmail } from "../email/story-email";
import { formatBedtime, formatDuration, partOfDay, toLocale } from "../i18n";
import type { Ctx } from "../lib/context";
import { errorText, log } from "../lib/log";
import { unsubscribeToken } from "../lib/signing";
import { localTime } from "../lib/time";
import { recordDeadLetter } from "./dead-letters";
import { claimEmail, emailDue, releaseEmail, skipEmail } from "./state";

export async function notify(ctx: Ctx, storyId: string): Promise<void> {
  const { env, config, now, db: d } = ctx;
  const story = await d.query.stories.findFirst({ where: eq(stories.id, storyId) });
  // Not due yet: the ready path or the deadline message comes later.
  if (!story?.title || !story.scenes || !emailDue(story, now, config.notifyDeadlineMs)) return;
  if (!(await claimEmail(env, storyId, now))) return;
  const settled = story.status === "ready";
  let prepared = false;
  try {
    const [household, cover, recording] = await Promise.all([
      d.query.households.findFirst({ where: eq(households.id, story.householdId) }),
      d.query.assets.findFirst({
        where: and(
          eq(assets.storyId, storyId),
          eq(assets.kind, "image"),
          eq(assets.index, 0),
          eq(assets.status, "ready"),
        ),
      }),
      d.query.assets.findFirst({
        where: and(eq(assets.storyId, storyId), eq(assets.kind, "audio"), eq(assets.status, "ready")),
      }),
    ]);
    if (!household) return;
    if (story.kind === "nightly" && !household.nightlyEmail) {
      // Unsubscribed (one-click or Settings): the story is written and waits in the app, but no
      // email. Stories a parent asks for are still emailed: they asked for that one.
      await skipEmail(env, storyId);
      log("info", "story.email_off", { storyId, job: "story.notify" });
      return;
    }
    // The picture goes in only when mail clients can show it (a painted SVG can't be), by a link
    // that lives as long as the story does, favourites included (routes/pages.tsx).
    const coverUrl =
      cover?.r2Key && isMailPicture(cover.contentType)
        ? `${config.publicBaseUrl}/stories/${story.id}/cover`
        : undefined;
    const unsubscribeUrl =
      story.kind === "nightly" && config.sessionSecret
        ? `${config.publicBaseUrl}/unsubscribe/${household.id}/${await unsubscribeToken(household.id, config.sessionSecret, household.unsubscribeVersion)}`
        : undefined;
    // The email speaks the household's language; the story may be in another.
    const locale = toLocale(household.language);
    const message = storyEmail({
      locale,
      kind: story.kind,
      familyName: household.name,
      partOfDay: partOfDay(localTimeOr(now, household.timezone)),
      narrated: Boolean(recording),
      bedtime: formatBedtime(household, locale, now),
      title: story.title,
      storyLanguage: story.language,
      opening: openingLines(story.scenes.flatMap((scene) => scene.paragraphs)),
      storyUrl: `${config.publicBaseUrl}/stories/${story.id}`,
      coverUrl,
      // The caption is in the story's language; the illustration brief is English and never shown.
      coverAlt: story.scenes[0]?.caption,
      keptFor: formatDuration(story.expiresAt - now, locale),
      unsubscribeUrl,
      settingsUrl: `${config.publicBaseUrl}/settings`,
    });
    prepared = true;
    const sent = await env.EMAIL.send({
      from: { name: "Nightlight", email: config.emailFrom },
      to: household.email,
      ...message,
      headers: mailHeaders(locale, unsubscribeUrl),
    });
    log("info", "story.notified", { storyId, job: "story.notify", settled, messageId: sent?.messageId });
  } catch (error) {
    if (!prepared) {
      // Nothing left us: give the claim back so the queue's retry can send it.
      await releaseEmail(env, storyId);
      throw error;
    }
    const reason = `The email may not have been sent (${errorText(error)}); it is not sent again on its own: resend with POST /api/stories/${storyId}/email`;
    log("error", "story.email_unknown", { storyId, error: errorText(error) });
    await recordDeadLetter(env, { storyId, body: { type: "story.notify", storyId }, error: reason, attempts: 1 }, now);
  }
}

/**
 * Headers beside the body. The nightly email offers one-click unsubscribe (RFC 8058): Gmail and
 * Yahoo ask bulk senders for it, and mail apps show an "Unsubscribe" button instead of "Report
 * spam". Cloudflare's send_email accepts these in `headers` but refuses a non-TLS URL, so a local
 * http:// base URL gets only the visible link in the footer.
 */
function mailHeaders(locale: string, unsubscribeUrl: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { "Content-Language": locale };
  if (unsubscribeUrl?.startsWith("https://")) {
    headers["List-Unsubscribe"] = `<${unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return headers;
}

/**
 * The story's beginning, up to about `max` characters: whole paragraphs (from the next scene too
 * when the first is short), the last one cut at a word.
 * The email carries real text beside its picture — a mail with one picture and a line or two
 * reads as an image ad to spam filters (SpamAssassin's HTML_IMAGE_ONLY_*), and the start of the
 * story is there even when pictures are blocked.
 */
export function openingLines(paragraphs: readonly string[], max = 700): string[] {
  const kept: string[] = [];
  let room = max;
  for (const paragraph of paragraphs) {
    if (room < 80) break;
    if (paragraph.length <= room) {
      kept.push(paragraph);
      room -= paragraph.length;
      continue;
    }
    const cut = paragraph.slice(0, room);
    kept.push(`${cut.slice(0, cut.lastIndexOf(" "))}…`);
    break;
  }
  return kept;
}

/** The local "HH:MM" where the family is; evening when its zone is unreadable (it is bedtime). */
function localTimeOr(now: number, timezone: string): string {
  try {
    return localTime(now, timezone);
  } catch {
    return "20:00";
  }
}
