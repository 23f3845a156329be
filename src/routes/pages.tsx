import { and, desc, eq, gt, or } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "../app";
import { db } from "../db/client";
import { assets, households, stories, type Asset, type Story } from "../db/schema";
import { readConfig } from "../lib/config";
import { AppError } from "../lib/errors";
import { STORY_ID } from "../lib/ids";
import { log } from "../lib/log";
import { signMediaPath } from "../lib/signing";
import { localDate } from "../lib/time";
import { HomePage, type HomeHousehold } from "../pages/home-page";
import { progressText, StoryPage, type NarrationView, type PictureView, type StoryPageProps } from "../pages/story-page";

/** Server-rendered pages: home and the story page. */
export const pages = new Hono<AppEnv>();

const DAY = 86_400_000;
/** A favourite never expires, so its links get a rolling week instead of the story's expiry. */
const FAVORITE_LINK_MS = 7 * DAY;
/** How many stories the home page lists per household. */
const RECENT_STORIES = 10;
/** Until sign-in arrives the home page lists every household; cap it so it stays one page. */
const HOME_HOUSEHOLDS = 50;

pages.get("/stories/:id", async (c) => {
  const id = c.req.param("id");
  // Checked before any query: a malformed id cannot name a story.
  if (!STORY_ID.test(id)) throw new AppError(404, "No such story");

  const d = db(c.env);
  const story = await d.query.stories.findFirst({ where: eq(stories.id, id) });
  if (!story) throw new AppError(404, "No such story");

  const now = Date.now();
  if (story.expiresAt <= now && !story.favorite) throw new AppError(410, "This story has gone to sleep");

  const rows = await d.select().from(assets).where(eq(assets.storyId, id));
  const linkExpiresAt = story.favorite ? now + FAVORITE_LINK_MS : story.expiresAt;
  const props = await storyPageProps(story, rows, (key) => sign(key, linkExpiresAt, c.env));

  // While anything is still being made the page changes under the reader, so never cache it.
  c.header("Cache-Control", progressText(props) || story.status === "failed" ? "no-store" : "private, max-age=60");
  return c.html(<StoryPage {...props} nonce={c.get("secureHeadersNonce")} />);
});

pages.get("/", async (c) => {
  const now = Date.now();
  const d = db(c.env);
  const rows = await d.select().from(households).orderBy(households.name).limit(HOME_HOUSEHOLDS);
  const summary = {
    id: stories.id,
    title: stories.title,
    status: stories.status,
    localDate: stories.localDate,
    kind: stories.kind,
    favorite: stories.favorite,
  };
  // Stories that would answer 410 are left out, so every link on the page leads somewhere.
  const alive = or(gt(stories.expiresAt, now), eq(stories.favorite, true));

  const entries = await Promise.all(
    rows.map(async (household): Promise<HomeHousehold> => {
      const [tonight, recent] = await Promise.all([
        d
          .select(summary)
          .from(stories)
          .where(
            and(
              eq(stories.householdId, household.id),
              eq(stories.kind, "nightly"),
              eq(stories.localDate, todayIn(household.timezone, now)),
              alive,
            ),
          )
          .limit(1),
        d
          .select(summary)
          .from(stories)
          .where(and(eq(stories.householdId, household.id), alive))
          .orderBy(desc(stories.createdAt))
          .limit(RECENT_STORIES),
      ]);
      return { household, tonight: tonight[0], recent };
    }),
  );

  c.header("Cache-Control", "no-store");
  return c.html(<HomePage households={entries} now={now} />);
});

/**
 * Turns the story row and its asset rows into what the page shows. Media rows may not exist yet
 * right after writing: while the story is "written" a missing row counts as still coming.
 */
async function storyPageProps(story: Story, rows: Asset[], signKey: (key: string) => Promise<string | undefined>): Promise<StoryPageProps> {
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
      return { paragraphs: scene.paragraphs, illustration: scene.illustration, picture };
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
    status: story.status,
    language: story.language,
    title: story.title ?? undefined,
    scenes,
    moral: story.moral ?? undefined,
    narration,
  };
}

/**
 * A signed /media link, or undefined (logged) when it cannot be signed — an unset
 * MEDIA_SIGNING_KEY or a malformed key should cost a picture, not the whole story.
 */
async function sign(key: string, expiresAt: number, env: Env): Promise<string | undefined> {
  try {
    return await signMediaPath(key, expiresAt, readConfig(env).mediaSigningKey);
  } catch (error) {
    log("error", "media.sign_failed", { key, error: String(error) });
    return undefined;
  }
}

/** The household's local date now; falls back to UTC for a zone Intl rejects. */
function todayIn(timezone: string, now: number): string {
  try {
    return localDate(now, timezone);
  } catch {
    return localDate(now, "UTC");
  }
}
