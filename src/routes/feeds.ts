/**
 * `GET /feeds/<token>.xml`: a household's private podcast feed (src/feeds/), and
 * `GET /stories/:id/transcript.txt`: a story's text for the feed's `podcast:transcript`. Both are
 * reached only by unguessable links, like the story page, and kept out of search engines.
 */
import { Hono } from "hono";
import { FEED_FILE, feedChannel, feedEpisodes, householdByFeedToken, storyTranscript } from "../feeds/household-feed";
import { renderPodcastFeed } from "../feeds/podcast";
import { AppError } from "../lib/errors";
import { tokenHash } from "../lib/tokens";
import type { AppEnv } from "../lib/types";
import { findLiveStory } from "./pages";

export const feeds = new Hono<AppEnv>();

// Hono answers HEAD with these GET handlers.
feeds.get("/feeds/:file", async (c) => {
  c.header("X-Robots-Tag", "noindex, nofollow");
  // A malformed name never reaches the database; a well-formed one costs one look-up by the
  // unique index, whether or not it exists (or was rotated away).
  const token = FEED_FILE.exec(c.req.param("file"))?.[1];
  const household = token ? await householdByFeedToken(c.var.ctx, token) : undefined;
  if (!token || !household) throw new AppError(404, "No such feed");

  const xml = renderPodcastFeed(
    await feedChannel(c.var.ctx, household, token),
    await feedEpisodes(c.var.ctx, household.id),
  );
  // The body changes only when an episode comes or goes (kept stories' links are signed for
  // 30-day windows), so a hash of it lets podcast apps poll cheaply with If-None-Match.
  const etag = `"${(await tokenHash(xml)).slice(0, 32)}"`;
  // Private: the URL is a capability no shared cache may hand on. Short: tonight's story should
  // show up soon after it is ready.
  c.header("Cache-Control", "private, max-age=300");
  c.header("ETag", etag);
  const ifNoneMatch = c.req.header("If-None-Match");
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return c.body(null, 304);
  return c.body(xml, 200, { "Content-Type": "application/rss+xml; charset=utf-8" });
});

feeds.get("/stories/:id/transcript.txt", async (c) => {
  c.header("X-Robots-Tag", "noindex, nofollow");
  const { story } = await findLiveStory(c.var.ctx, c.req.param("id"), c.var.ctx.now);
  if (!story.scenes?.length) throw new AppError(404, "This story is not written yet");
  c.header("Cache-Control", "private, max-age=300");
  return c.body(storyTranscript(story), 200, { "Content-Type": "text/plain; charset=utf-8" });
});
