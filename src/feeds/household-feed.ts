/**
 * A household's private podcast feed: its secret link (a random token in the URL, made on first
 * need and replaceable), and the episodes — its live, finished stories with recorded narration —
 * read from D1 and R2 and signed, ready for the pure renderer in ./podcast.ts.
 */
import { and, desc, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import { assets, type Household, households, type Story, stories } from "../db/schema";
import { messages } from "../i18n";
import type { Ctx } from "../lib/context";
import { feedToken, signedMediaOrNone } from "../lib/signing";
import { tokenHash } from "../lib/tokens";
import { type PodcastChannel, type PodcastEpisode, podcastGuid } from "./podcast";

/** `<token>.xml`: the token is newToken()'s 43 base64url characters. */
export const FEED_FILE = /^([A-Za-z0-9_-]{43})\.xml$/;
/** Episodes in a feed: each costs an R2 head() for its size, and apps show the newest anyway. */
export const FEED_EPISODES = 50;
/** The channel artwork in public/ (1400 × 1400 PNG, as Apple asks). */
export const FEED_ARTWORK = "/podcast-artwork.png";

const DAY = 86_400_000;
/**
 * A kept story never expires, so its enclosure links are signed to the end of the next 30-day
 * window: a link lives at least 30 days (an app that downloads an episode days after reading the
 * feed still gets it) and stays the same for up to 30, so the feed's bytes — and its ETag — do not
 * change on every fetch.
 */
const KEPT_LINK_WINDOW = 30 * DAY;
/** Characters of the story's opening lines in an episode's description. */
const DESCRIPTION_CHARS = 280;

/**
 * @example
 * feedUrl("https://nightlight.example", token) // "https://nightlight.example/feeds/<token>.xml"
 */
export function feedUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/feeds/${token}.xml`;
}

type FeedKeys = Pick<Household, "id" | "feedToken" | "feedVersion">;

/**
 * The household's feed token, made the first time it is asked for. D1 keeps only its SHA-256;
 * the token is an HMAC of the id and version (lib/signing.ts#feedToken), so it can be shown again.
 * The conditional update keeps the first version when two requests race. After SESSION_SECRET
 * changes the stored hash is brought up to date here (the old link then stops working).
 */
export async function ensureFeedToken(ctx: Ctx, household: FeedKeys): Promise<string> {
  const secret = ctx.config.sessionSecret;
  let version = household.feedVersion;
  if (version === null) {
    const first = await feedToken(household.id, 1, secret);
    await ctx.db
      .update(households)
      .set({ feedVersion: 1, feedToken: await tokenHash(first) })
      .where(and(eq(households.id, household.id), isNull(households.feedVersion)));
    const row = await ctx.db.query.households.findFirst({
      columns: { feedVersion: true },
      where: eq(households.id, household.id),
    });
    version = row?.feedVersion ?? null;
    if (version === null) throw new Error(`household ${household.id} has no feed version after setting one`);
    if (version === 1) return first;
  }
  const token = await feedToken(household.id, version, secret);
  const hash = await tokenHash(token);
  if (hash !== household.feedToken) {
    await ctx.db
      .update(households)
      .set({ feedToken: hash })
      .where(and(eq(households.id, household.id), eq(households.feedVersion, version)));
  }
  return token;
}

/** The feed token a household's stored version makes, or undefined when it has none yet. */
export async function currentFeedToken(ctx: Ctx, household: FeedKeys): Promise<string | undefined> {
  if (household.feedVersion === null || !ctx.config.sessionSecret) return undefined;
  return feedToken(household.id, household.feedVersion, ctx.config.sessionSecret);
}

/**
 * Gives every household in `ids` without a feed its first version and token hash, in one
 * statement: the pairs travel as one JSON parameter, so a thousand households stay within D1's
 * 100 bound parameters and its per-invocation query budget (developers.cloudflare.com/d1/platform/limits/).
 */
export async function ensureFeedTokens(ctx: Ctx, ids: string[]): Promise<void> {
  if (ids.length === 0 || !ctx.config.sessionSecret) return;
  const secret = ctx.config.sessionSecret;
  const pairs = JSON.stringify(
    await Promise.all(ids.map(async (id) => ({ id, hash: await tokenHash(await feedToken(id, 1, secret)) }))),
  );
  await ctx.db.run(sql`
    UPDATE households
    SET feed_version = 1,
        feed_token = (SELECT json_extract(value, '$.hash') FROM json_each(${pairs})
                      WHERE json_extract(value, '$.id') = households.id)
    WHERE feed_version IS NULL AND id IN (SELECT json_extract(value, '$.id') FROM json_each(${pairs}))`);
}

/** Replaces the household's feed token (a new version): the old link answers 404 from now on. */
export async function rotateFeedToken(ctx: Ctx, household: FeedKeys): Promise<string> {
  const version = (household.feedVersion ?? 0) + 1;
  const token = await feedToken(household.id, version, ctx.config.sessionSecret);
  await ctx.db
    .update(households)
    .set({ feedVersion: version, feedToken: await tokenHash(token) })
    .where(eq(households.id, household.id));
  return token;
}

/** The household behind a feed token (one look-up of its hash by the unique index), or undefined. */
export async function householdByFeedToken(ctx: Ctx, token: string): Promise<Household | undefined> {
  return ctx.db.query.households.findFirst({ where: eq(households.feedToken, await tokenHash(token)) });
}

/**
 * When a story's enclosure and picture links expire: never before the story itself (the item
 * leaves the feed when the story does), and for a kept story the end of the next 30-day window.
 */
export function feedLinkExpiry(story: Pick<Story, "favorite" | "expiresAt">, now: number): number {
  if (!story.favorite) return story.expiresAt;
  return Math.max(story.expiresAt, (Math.floor(now / KEPT_LINK_WINDOW) + 2) * KEPT_LINK_WINDOW);
}

/** Channel details in the family's language. */
export async function feedChannel(ctx: Ctx, household: Household, token: string): Promise<PodcastChannel> {
  const base = ctx.config.publicBaseUrl;
  const url = feedUrl(base, token);
  const t = messages(household.language).feed;
  return {
    title: t.title(household.name),
    description: t.description(household.name),
    language: household.language,
    link: `${base}/`,
    feedUrl: url,
    artworkUrl: `${base}${FEED_ARTWORK}`,
    author: "Nightlight",
    guid: await podcastGuid(url),
    // The service's own sender address, not the family's: the feed belongs to whoever runs it.
    owner: ctx.config.emailFrom || undefined,
  };
}

/**
 * The household's episodes, newest first: stories that are ready, alive (not expired, or kept)
 * and have narration that is ready and still in R2. Two D1 queries, one R2 head() per episode.
 */
export async function feedEpisodes(ctx: Ctx, householdId: string): Promise<PodcastEpisode[]> {
  const { db: d, now, config } = ctx;
  const rows = await d
    .select({ story: stories, audioKey: assets.r2Key })
    .from(stories)
    .innerJoin(assets, and(eq(assets.storyId, stories.id), eq(assets.kind, "audio"), eq(assets.index, 0)))
    .where(
      and(
        eq(stories.householdId, householdId),
        eq(stories.status, "ready"),
        or(gt(stories.expiresAt, now), eq(stories.favorite, true)),
        eq(assets.status, "ready"),
      ),
    )
    .orderBy(desc(stories.createdAt))
    .limit(FEED_EPISODES);
  if (rows.length === 0) return [];

  // Apple shows only JPEG and PNG artwork: the painter's SVGs are left out.
  const pictures = await d
    .select({ storyId: assets.storyId, r2Key: assets.r2Key })
    .from(assets)
    .where(
      and(
        inArray(
          assets.storyId,
          rows.map((r) => r.story.id),
        ),
        eq(assets.kind, "image"),
        eq(assets.index, 0),
        eq(assets.status, "ready"),
        inArray(assets.contentType, ["image/png", "image/jpeg"]),
      ),
    );

  const base = config.publicBaseUrl;
  const episodes = await Promise.all(
    rows.map(async ({ story, audioKey }): Promise<PodcastEpisode | undefined> => {
      if (!audioKey) return undefined;
      const object = await ctx.env.MEDIA.head(audioKey);
      if (!object) return undefined; // recorded as ready but gone: no broken enclosure
      const expiresAt = feedLinkExpiry(story, now);
      const audio = await signedMediaOrNone(audioKey, expiresAt, config.mediaSigningKey);
      if (!audio) return undefined;
      const pictureKey = pictures.find((p) => p.storyId === story.id)?.r2Key;
      const picture = pictureKey ? await signedMediaOrNone(pictureKey, expiresAt, config.mediaSigningKey) : undefined;
      const durationMs = Number(object.customMetadata?.durationMs);
      return {
        guid: story.id,
        title: story.title ?? "",
        description: openingLines(story),
        link: `${base}/stories/${story.id}`,
        publishedAt: story.readyAt ?? story.createdAt,
        enclosure: { url: base + audio, length: object.size, type: object.httpMetadata?.contentType ?? "audio/mpeg" },
        durationSeconds: durationMs > 0 ? Math.round(durationMs / 1000) : undefined,
        imageUrl: picture && base + picture,
        transcript: { url: `${base}/stories/${story.id}/transcript.txt`, type: "text/plain", language: story.language },
      };
    }),
  );
  return episodes.filter((e) => e !== undefined);
}

/** The story's first lines, cut at a word near DESCRIPTION_CHARS. */
function openingLines(story: Story): string {
  const text = (story.scenes ?? [])
    .flatMap((s) => s.paragraphs)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= DESCRIPTION_CHARS) return text;
  const cut = text.slice(0, DESCRIPTION_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > DESCRIPTION_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/**
 * The story as plain text for `podcast:transcript`: title, paragraphs, moral.
 * @example
 * storyTranscript(story) // "Pip and the Sleepy Moon\n\nPip looked up at the moon.\n\n…"
 */
export function storyTranscript(story: Pick<Story, "title" | "scenes" | "moral">): string {
  const parts = [story.title ?? "", ...(story.scenes ?? []).flatMap((s) => s.paragraphs), story.moral ?? ""];
  return `${parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\n\n")}\n`;
}
