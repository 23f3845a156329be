import { and, desc, eq, gt, inArray, or } from "drizzle-orm";
import { Hono } from "hono";
import { can, refuse } from "../accounts/roles";
import { type Asset, assets, households, type Story, stories } from "../db/schema";
import { isMailPicture } from "../email/story-email";
import { toLocale } from "../i18n";
import { pageLocale, personalChoice } from "../i18n/request";
import type { Ctx } from "../lib/context";
import { AppError, parseForm } from "../lib/errors";
import { STORY_ID } from "../lib/ids";
import { forgetPages, keepPage, nonceSlot, recallPage, withNonce } from "../lib/page-memo";
import { readSession } from "../lib/session";
import { signedMediaOrNone } from "../lib/signing";
import { localDate } from "../lib/time";
import type { AppEnv } from "../lib/types";
import { HomePage, type StorySummary } from "../pages/home-page";
import { SignInPage } from "../pages/sign-in-page";
import {
  type NarrationView,
  type PictureView,
  progressText,
  StoryPage,
  type StoryPageProps,
  type StoryProgress,
} from "../pages/story-page";
import { UNGENTLE_WISH } from "../story/writer";

/** Server-rendered pages: home and the story page. */
export const pages = new Hono<AppEnv>();

const DAY = 86_400_000;
/** A favourite never expires, so its links get a rolling week instead of the story's expiry. */
const FAVORITE_LINK_MS = 7 * DAY;
/** How many recent stories, and how many favourites, the home page lists. */
const RECENT_STORIES = 10;
const FAVORITE_STORIES = 20;

pages.get("/stories/:id", async (c) => {
  // Readable by its unguessable link (that is how the email works), never by a search engine.
  c.header("X-Robots-Tag", "noindex, nofollow");
  const now = c.var.ctx.now;
  const view = c.req.query("view") === "book" ? "book" : "story";
  const nonce = c.get("secureHeadersNonce");
  const session = await readSession(c);
  // The page speaks the reader's chosen language, else the family's or the story's (below); one
  // memo per choice (signed-out pages only).
  const chosen = personalChoice(c);
  const memoKey = `${c.req.param("id")}:${view}:${chosen ?? ""}`;
  const memo = session ? undefined : recallPage(memoKey, now);
  // A story link is shared by hand, never listed: search engines keep out (the page says so too).
  c.header("X-Robots-Tag", "noindex, nofollow");
  if (memo) {
    if (memo.storyExpiresAt <= now && !memo.favorite) throw new AppError(410, "This story has gone to sleep");
    c.header("Cache-Control", "private, max-age=60");
    return c.html(withNonce(memo.html, nonce));
  }

  const { story, rows } = await findLiveStory(c.var.ctx, c.req.param("id"), now);
  const owner = session?.householdId === story.householdId;
  // A parent of the family sees the app in the family's language (as the email speaks it, "Keep
  // this story" included); anyone else with the link sees it in the story's.
  const family = owner
    ? await c.var.ctx.db.query.households.findFirst({
        where: eq(households.id, story.householdId),
        columns: { language: true },
      })
    : undefined;
  const linkExpiresAt = story.favorite ? now + FAVORITE_LINK_MS : story.expiresAt;
  const props = await storyPageProps(story, rows, (key) =>
    signedMediaOrNone(key, linkExpiresAt, c.var.ctx.config.mediaSigningKey),
  );
  // A finished story seen signed out can't change any more: render it once for the isolate.
  const final = !session && story.status === "ready" && !progressText(props);

  // While anything is still being made the page changes under the reader, so never cache it; a
  // signed-in parent sees their own favourite button, which must not come back stale after a toggle.
  c.header(
    "Cache-Control",
    session || progressText(props) || story.status === "failed" ? "no-store" : "private, max-age=60",
  );
  const html = (
    <StoryPage
      {...props}
      view={view}
      locale={chosen ?? toLocale(family?.language ?? story.language)}
      keep={owner ? { favorite: story.favorite } : undefined}
      signedIn={session !== undefined}
      nonce={final ? nonceSlot() : nonce}
      baseUrl={c.var.ctx.config.publicBaseUrl}
    />
  ).toString();
  if (final) keepPage(memoKey, { html, storyExpiresAt: story.expiresAt, favorite: story.favorite }, now);
  return c.html(final ? withNonce(html, nonce) : html);
});

// What is made so far, for the page's script. Public like the page: the id is the capability.
pages.get("/stories/:id/status", async (c) => {
  c.header("Cache-Control", "no-store");
  try {
    const { story, rows } = await findLiveStory(c.var.ctx, c.req.param("id"), c.var.ctx.now);
    return c.json(storyProgress(story, rows));
  } catch (error) {
    if (error instanceof AppError) return c.json({ error: error.message }, error.status);
    throw error;
  }
});

/**
 * The cover picture the bedtime email shows. Mail is read long after it is sent, so instead of a
 * signed /media link that dies with the story's first expiry, the email points here: the
 * unguessable story id is the capability (as for the page itself), and the picture lives exactly
 * as long as the story — for good once it is kept as a favourite, 410 once it has gone.
 * Raster pictures only: mail clients don't show SVG, so the email never links one.
 */
pages.get("/stories/:id/cover", async (c) => {
  const { rows } = await findLiveStory(c.var.ctx, c.req.param("id"), c.var.ctx.now);
  const cover = rows.find((a) => a.kind === "image" && a.index === 0 && a.status === "ready");
  if (!cover?.r2Key || !isMailPicture(cover.contentType)) throw new AppError(404, "No cover picture");
  const object = await c.env.MEDIA.get(cover.r2Key);
  if (!object) throw new AppError(404, "No cover picture");
  return new Response(object.body, {
    headers: {
      "Content-Type": object.httpMetadata?.contentType ?? "application/octet-stream",
      "Content-Length": String(object.size),
      ETag: object.httpEtag,
      // An hour: short enough that an expired story's picture goes soon after it, long enough for
      // a mail client's image proxy.
      "Cache-Control": "private, max-age=3600",
      "X-Content-Type-Options": "nosniff",
      "X-Robots-Tag": "noindex, nofollow",
      "Content-Security-Policy": "sandbox; default-src 'none'",
    },
  });
});

// Keep (or stop keeping) a story: only a parent of the story's own household may.
pages.post("/stories/:id/favorite", async (c) => {
  const id = c.req.param("id");
  if (!STORY_ID.test(id)) throw new AppError(404, "No such story");
  const session = await readSession(c);
  if (!session) return c.redirect(`/sign-in?next=${encodeURIComponent(`/stories/${id}`)}`, 303);

  const { story } = await findLiveStory(c.var.ctx, id, c.var.ctx.now);
  // Someone else's story answers exactly like a missing one.
  if (story.householdId !== session.householdId) throw new AppError(404, "No such story");
  if (!can(session.role, "story.keep")) throw refuse("story.keep");
  const { favorite } = await parseForm(c.req);
  if (favorite !== "true" && favorite !== "false") throw new AppError(400, "Choose whether to keep this story");

  await c.var.ctx.db
    .update(stories)
    .set({ favorite: favorite === "true" })
    .where(eq(stories.id, story.id));
  forgetPages(story.id);
  return c.redirect(`/stories/${story.id}`, 303);
});

// Signed out, the home page is the sign-in form: nothing about any family shows to a stranger.
pages.get("/", async (c) => {
  c.header("Cache-Control", "no-store");
  const session = await readSession(c);
  const d = c.var.ctx.db;
  const household = session
    ? await d.query.households.findFirst({ where: eq(households.id, session.householdId) })
    : undefined;
  if (!household) return c.html(<SignInPage next="/" locale={await pageLocale(c)} />);

  const now = c.var.ctx.now;
  const summary = {
    id: stories.id,
    title: stories.title,
    status: stories.status,
    localDate: stories.localDate,
    kind: stories.kind,
    favorite: stories.favorite,
    language: stories.language,
    expiresAt: stories.expiresAt,
  };
  const mine = eq(stories.householdId, household.id);
  const everything = session !== undefined && can(session.role, "home.view");
  // Stories that would answer 410 are left out, so every link on the page leads somewhere.
  const alive = or(gt(stories.expiresAt, now), eq(stories.favorite, true));
  const [tonight, recent, favorites] = await Promise.all([
    d
      .select(summary)
      .from(stories)
      .where(and(mine, eq(stories.kind, "nightly"), eq(stories.localDate, todayIn(household.timezone, now)), alive))
      .limit(1),
    // A listener (roles.ts) sees tonight's story only.
    d
      .select(summary)
      .from(stories)
      .where(and(mine, alive))
      .orderBy(desc(stories.createdAt))
      .limit(everything ? RECENT_STORIES : 0),
    d
      .select(summary)
      .from(stories)
      .where(and(mine, eq(stories.favorite, true)))
      .orderBy(desc(stories.createdAt))
      .limit(everything ? FAVORITE_STORIES : 0),
  ]);

  const withCovers = await coverThumbnails(c.var.ctx, [...tonight, ...recent, ...favorites]);
  return c.html(
    <HomePage
      household={household}
      tonight={tonight[0] && withCovers(tonight[0])}
      recent={recent.map(withCovers)}
      favorites={favorites.map(withCovers)}
      now={now}
      locale={await pageLocale(c, household.language)}
      languages={c.var.ctx.providers.storyteller.languages}
    />,
  );
});

/**
 * The home list's thumbnails: each story's first picture, when painted, as a signed link (one
 * query for all of them). Links last as long as the story page's own would.
 */
async function coverThumbnails(
  ctx: Ctx,
  listed: (Omit<StorySummary, "thumbnail"> & { expiresAt: number })[],
): Promise<(story: (typeof listed)[number]) => StorySummary> {
  const ids = [...new Set(listed.map((story) => story.id))];
  const covers =
    ids.length === 0
      ? []
      : await ctx.db
          .select({ storyId: assets.storyId, r2Key: assets.r2Key })
          .from(assets)
          .where(
            and(
              inArray(assets.storyId, ids),
              eq(assets.kind, "image"),
              eq(assets.index, 0),
              eq(assets.status, "ready"),
            ),
          );
  const signed = new Map<string, string>();
  for (const story of listed) {
    const key = covers.find((cover) => cover.storyId === story.id)?.r2Key;
    if (!key || signed.has(story.id)) continue;
    const expiresAt = story.favorite ? ctx.now + FAVORITE_LINK_MS : story.expiresAt;
    const src = await signedMediaOrNone(key, expiresAt, ctx.config.mediaSigningKey);
    if (src) signed.set(story.id, src);
  }
  return ({ expiresAt: _expires, ...story }) => ({ ...story, thumbnail: signed.get(story.id) });
}

/**
 * The story behind a /stories/:id URL with its assets (one D1 round trip), or the AppError the
 * page answers with: 404 for a malformed or unknown id (checked before any query), 410 once it
 * has expired (favourites never do).
 */
export async function findLiveStory(ctx: Ctx, id: string, now: number): Promise<{ story: Story; rows: Asset[] }> {
  if (!STORY_ID.test(id)) throw new AppError(404, "No such story");
  const d = ctx.db;
  const [found, rows] = await d.batch([
    d.select().from(stories).where(eq(stories.id, id)).limit(1),
    d.select().from(assets).where(eq(assets.storyId, id)),
  ]);
  const story = found[0];
  if (!story) throw new AppError(404, "No such story");
  if (story.expiresAt <= now && !story.favorite) throw new AppError(410, "This story has gone to sleep");
  return { story, rows };
}

/**
 * How far along the story is (the status endpoint's body and the page's step list). A picture
 * counts as done once it is settled, painted or not, so the count always reaches the total.
 * Right after writing the asset rows may not exist yet: missing counts as still coming.
 */
function storyProgress(story: Story, rows: Asset[]): StoryProgress {
  const total = story.status === "pending" ? 0 : (story.scenes?.length ?? 0);
  const done = rows.filter((a) => a.kind === "image" && a.index < total && a.status !== "pending").length;
  const audio = rows.find((a) => a.kind === "audio" && a.index === 0);
  const narrating = audio
    ? audio.status
    : story.status === "pending" || story.status === "written"
      ? "pending"
      : "skipped";
  return {
    status: story.status,
    steps: { writing: story.status === "pending" ? "active" : "done", painting: { done, total }, narrating },
    ready: story.status === "ready",
  };
}

/**
 * Turns the story row and its asset rows into what the page shows. Media rows may not exist yet
 * right after writing: while the story is "written" a missing row counts as still coming.
 */
async function storyPageProps(
  story: Story,
  rows: Asset[],
  signKey: (key: string) => Promise<string | undefined>,
): Promise<StoryPageProps> {
  const mediaComing = story.status === "written";
  const find = (kind: Asset["kind"], index: number) => rows.find((a) => a.kind === kind && a.index === index);

  const scenes = await Promise.all(
    (story.scenes ?? []).map(async (scene, index) => {
      const image = find("image", index);
      let picture: PictureView = { status: "none" };
      if (image?.status === "ready" && image.r2Key) {
        const src = await signKey(image.r2Key);
        if (src) picture = { status: "ready", src };
      } else if (image?.status === "pending" || (!image && mediaComing)) {
        picture = { status: "pending" };
      }
      return { paragraphs: scene.paragraphs, illustration: scene.illustration, caption: scene.caption, picture };
    }),
  );

  const audio = find("audio", 0);
  // Skipped or failed narration (or a bad link) still leaves the device's own voice.
  let narration: NarrationView = { status: "read-aloud" };
  if (audio?.status === "ready" && audio.r2Key) {
    const src = await signKey(audio.r2Key);
    const marksSrc = audio.marksKey ? await signKey(audio.marksKey) : undefined;
    if (src) narration = { status: "ready", src, marksSrc };
  } else if (audio?.status === "pending" || (!audio && mediaComing)) {
    narration = { status: "pending" };
  }

  return {
    id: story.id,
    status: story.status,
    language: story.language,
    title: story.title ?? undefined,
    scenes,
    moral: story.moral ?? undefined,
    narration,
    progress: storyProgress(story, rows),
    wishRefused: story.status === "failed" && (story.error ?? "").includes(UNGENTLE_WISH),
  };
}

/** The household's local date now; falls back to UTC for a zone Intl rejects. */
function todayIn(timezone: string, now: number): string {
  try {
    return localDate(now, timezone);
  } catch {
    return localDate(now, "UTC");
  }
}
