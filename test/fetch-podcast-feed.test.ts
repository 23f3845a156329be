/**
 * The private podcast feed through the Worker's fetch entry point: the link Settings and the API
 * give out, what the feed lists, that its enclosures and transcripts really fetch, escaping, and
 * rotating the link; and the feed as a podcast app reads it (podcast-partytime, the Podcast Index
 * parser, which runs in workerd too).
 */
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { parseFeed } from "podcast-partytime";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../src/app";
import { db } from "../src/db/client";
import { type Household, households, stories } from "../src/db/schema";
import { tokenHash } from "../src/lib/tokens";
import { limitedD1 } from "./helpers/d1-limits";
import { insertAsset, insertHousehold, insertNarratedStory, insertStory } from "./helpers/fixtures";
import { ADMIN_TOKEN, api, BASE, Browser, fetchWorker } from "./helpers/http";
import { insertMember, newEmail } from "./helpers/sign-in";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FEED_URL = /https:\/\/nightlight\.test\/feeds\/([A-Za-z0-9_-]{43})\.xml/;

async function storedToken(householdId: string): Promise<string | null> {
  const row = await db(env).query.households.findFirst({ where: eq(households.id, householdId) });
  return row?.feedToken ?? null;
}

/** The feed's path from the Settings page of a signed-in parent. */
async function feedPathFromSettings(browser: Browser): Promise<string> {
  const html = await browser.page("/settings");
  const url = FEED_URL.exec(html)?.[0];
  if (!url) throw new Error("no feed link on /settings");
  return new URL(url).pathname;
}

/**
 * Settings as a parent sees it when this Nightlight records narration (Polly keys set: the page
 * only names the narrator, it calls no one).
 */
async function settingsWithNarrator(browser: Browser): Promise<string> {
  const res = await app.fetch(
    new Request(`${BASE}/settings`, { headers: { Cookie: browser.cookie } }),
    { ...env, AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY: "secret" },
    createExecutionContext(),
  );
  expect(res.status).toBe(200);
  return res.text();
}

/** The feed's path from the operator API's `feedUrl`. */
async function feedPathFromApi(householdId: string): Promise<string> {
  const body = (await (await api("/api/households")).json()) as { households: { id: string; feedUrl: string }[] };
  return new URL(body.households.find((h) => h.id === householdId)?.feedUrl ?? "").pathname;
}

/** Each `<item>…</item>` of a feed, as text. */
function items(xml: string): string[] {
  return [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
}

function attr(xml: string, element: string, name: string): string | undefined {
  const tag = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0];
  return tag ? new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What XML escaping undoes, for comparing attribute values with URLs. */
function unescapeXml(text: string): string {
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");
}

describe("the feed link", () => {
  it("is made once, on the first Settings view, and stays the same", async () => {
    const household = await insertHousehold({ name: "The Bright Family" });
    const email = newEmail();
    await insertMember(household.id, email);
    const browser = new Browser();
    await browser.signIn(email);
    expect(await storedToken(household.id)).toBeNull();

    const first = await feedPathFromSettings(browser);
    const token = FEED_URL.exec(`${BASE}${first}`)?.[1] ?? "";
    // D1 keeps only the token's SHA-256, as it does for sign-in links: a copy of it opens no feed.
    expect(await storedToken(household.id)).toBe(await tokenHash(token));
    expect(
      JSON.stringify(await env.DB.prepare("SELECT * FROM households WHERE id = ?").bind(household.id).first()),
    ).not.toContain(token);
    expect(await feedPathFromSettings(browser)).toBe(first);

    const html = await settingsWithNarrator(browser);
    // The podcast-app link is the same feed with the app's scheme.
    expect(html).toContain(`href="podcast://nightlight.test/feeds/${token}.xml"`);
    expect(html).toContain("Add to podcast app");
    expect(html).toContain("Only stories with recorded narration appear");
    expect((await fetchWorker(first)).status).toBe(200);
  });

  it("is in the family's language on Settings", async () => {
    const household = await insertHousehold({ language: "fr" });
    const email = newEmail();
    await insertMember(household.id, email);
    const browser = new Browser();
    await browser.signIn(email);
    const html = await settingsWithNarrator(browser);
    expect(html).toContain("Ajouter à l’application de podcasts");
    expect(html).toContain("Seules les histoires avec une narration enregistrée");
  });

  it.each([
    ["en", "This Nightlight has no narration voice set up"],
    ["fr", "Ce Nightlight n’a pas de voix de lecture configurée"],
    ["es", "Este Nightlight no tiene configurada ninguna voz de narración"],
  ] as const)(
    "does not invite a %s family to subscribe to a feed that no narrator will fill, and says why",
    async (language, why) => {
      const household = await insertHousehold({ language });
      const email = newEmail();
      await insertMember(household.id, email);
      const browser = new Browser();
      await browser.signIn(email);
      // The test Worker has no Polly keys and no AI binding: nothing is ever recorded.
      const html = await browser.page("/settings");
      expect(html).not.toContain('href="podcast://');
      expect(html).toContain(why);
      // The link is still there to copy, for when a voice is added.
      expect(html).toMatch(FEED_URL);
    },
  );

  it("is replaced by “Make a new link”, and the old one answers 404", async () => {
    const household = await insertHousehold();
    const email = newEmail();
    await insertMember(household.id, email);
    const browser = new Browser();
    await browser.signIn(email);
    const old = await feedPathFromSettings(browser);

    const res = await browser.post("/settings/feed", {});
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/settings?feed=new#podcast");
    expect(await browser.page("/settings?feed=new")).toContain("The old one no longer works");

    const fresh = await feedPathFromSettings(browser);
    expect(fresh).not.toBe(old);
    expect((await fetchWorker(old)).status).toBe(404);
    expect((await fetchWorker(fresh)).status).toBe(200);
  });

  it("can't be replaced from another site or signed out", async () => {
    const household = await insertHousehold();
    const email = newEmail();
    await insertMember(household.id, email);
    const browser = new Browser();
    await browser.signIn(email);
    const path = await feedPathFromSettings(browser);
    expect((await browser.post("/settings/feed", {}, "https://evil.test")).status).toBe(403);
    expect((await new Browser().post("/settings/feed", {})).status).toBe(303); // to sign-in
    expect(await feedPathFromSettings(browser)).toBe(path);
  });

  it("answers 404 for unknown, malformed and empty tokens", async () => {
    for (const path of [
      `/feeds/${"A".repeat(43)}.xml`,
      "/feeds/short.xml",
      `/feeds/${"A".repeat(43)}.rss`,
      `/feeds/${"A".repeat(42)}%00.xml`,
      "/feeds/.xml",
    ]) {
      const res = await fetchWorker(path);
      expect(res.status, path).toBe(404);
    }
  });
});

describe("GET /api/households", () => {
  it("gives each household its feedUrl and never the token as a field", async () => {
    const household = await insertHousehold();
    const res = await api("/api/households");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { households: (Record<string, unknown> & { id: string })[] };
    for (const h of body.households) {
      expect(h).not.toHaveProperty("feedToken");
      expect(h.feedUrl).toMatch(FEED_URL);
    }
    const mine = body.households.find((h) => h.id === household.id);
    const token = FEED_URL.exec(String(mine?.feedUrl))?.[1] ?? "";
    expect(await storedToken(household.id)).toBe(await tokenHash(token));

    // Stable across calls, and the same link Settings would show.
    const again = (await (await api("/api/households")).json()) as typeof body;
    expect(again.households.find((h) => h.id === household.id)?.feedUrl).toBe(mine?.feedUrl);
    expect((await fetchWorker(new URL(String(mine?.feedUrl)).pathname)).status).toBe(200);
  });

  it("gives hundreds of households their links in one statement, within D1's limits", async () => {
    const many = await Promise.all(Array.from({ length: 150 }, (_, i) => insertHousehold({ name: `Family ${i}` })));
    const { DB, usage } = limitedD1(env.DB);
    const res = await app.fetch(
      new Request(`${BASE}/api/households`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }),
      { ...env, DB },
      createExecutionContext(),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { households: { id: string; feedUrl: string }[] };
    const links = many.map((h) => body.households.find((b) => b.id === h.id)?.feedUrl);
    expect(links.every((link) => FEED_URL.test(String(link)))).toBe(true);
    expect(new Set(links).size).toBe(150);
    // Read, give tokens, read again: not one UPDATE per household.
    expect(usage.queries).toBeLessThanOrEqual(4);
  });

  it("leaves the token out of PATCH answers too", async () => {
    const household = await insertHousehold();
    const res = await api(`/api/households/${household.id}`, {
      method: "PATCH",
      body: JSON.stringify({ bedtime: "20:00" }),
      headers: { "Content-Type": "application/json" },
    });
    expect(res.status).toBe(200);
    const { household: patched } = (await res.json()) as { household: Record<string, unknown> };
    expect(patched).not.toHaveProperty("feedToken");
    expect(patched).not.toHaveProperty("feedVersion");
    expect(patched).toHaveProperty("feedUrl");
  });
});

describe("the feed", () => {
  let household: Household;
  let path: string;
  let xml: string;
  let res: Response;
  const listed: Record<string, { id: string; audio: Uint8Array }> = {};
  const unlisted: Record<string, string> = {};

  beforeAll(async () => {
    household = await insertHousehold({ name: "The Otters" });
    const h = household.id;
    const now = Date.now();
    const tonight = await insertNarratedStory(
      { householdId: h, title: "Pip and the Sleepy Moon", readyAt: now - HOUR, createdAt: now - HOUR },
      { bytes: 5000, durationMs: 61_400, picture: "image/png" },
    );
    listed.tonight = { id: tonight.story.id, audio: tonight.audio };
    const kept = await insertNarratedStory(
      { householdId: h, title: "A kept story", favorite: true, expiresAt: now - DAY, createdAt: now - 10 * DAY },
      { bytes: 3000, picture: "image/svg+xml" },
    );
    listed.kept = { id: kept.story.id, audio: kept.audio };

    // Not narrated: the device's voice reads these on their page.
    const skipped = await insertStory({ householdId: h, status: "ready", title: "Read by the device" });
    await insertAsset({ storyId: skipped.id, kind: "audio", index: 0, status: "skipped" });
    unlisted.skipped = skipped.id;
    unlisted.noAsset = (await insertStory({ householdId: h, status: "ready", title: "No narration row" })).id;
    unlisted.expired = (
      await insertNarratedStory({
        householdId: h,
        title: "Gone to sleep",
        expiresAt: now - HOUR,
        createdAt: now - 3 * DAY,
      })
    ).story.id;
    unlisted.unfinished = (
      await insertNarratedStory({ householdId: h, status: "written", title: "Still painting" })
    ).story.id;
    const other = await insertHousehold();
    unlisted.otherFamily = (await insertNarratedStory({ householdId: other.id, title: "Someone else's" })).story.id;
    // Recorded as ready, but the object is gone from R2: left out rather than a broken enclosure.
    const lost = await insertNarratedStory({ householdId: h, title: "Lost audio" });
    await env.MEDIA.delete(`stories/${lost.story.id}/narration.mp3`);
    unlisted.lost = lost.story.id;

    path = await feedPathFromApi(h);
    res = await fetchWorker(path);
    xml = await res.text();
  });

  it("is private RSS: type, robots, short private caching", () => {
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/rss+xml; charset=utf-8");
    expect(res.headers.get("X-Robots-Tag")).toContain("noindex");
    expect(res.headers.get("Cache-Control")).toBe("private, max-age=300");
    expect(res.headers.get("ETag")).toMatch(/^"[0-9a-f]{32}"$/);
    expect(xml).toContain("<itunes:block>Yes</itunes:block>");
    expect(xml).toContain('<podcast:locked owner="stories@nightlight.example">yes</podcast:locked>');
    expect(xml).toMatch(
      /<podcast:guid>[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/podcast:guid>/,
    );
  });

  it("has the family's channel: title, language, artwork, category", async () => {
    expect(xml).toContain("<title>Bedtime stories for The Otters</title>");
    expect(xml).toContain("<language>en</language>");
    expect(xml).toContain('<itunes:category text="Kids &amp; Family"/>');
    expect(xml).toContain(`<atom:link href="${BASE}${path}" rel="self" type="application/rss+xml"/>`);
    const artwork = attr(xml, "itunes:image", "href");
    expect(artwork).toBe(`${BASE}/podcast-artwork.png`);
  });

  it("lists the live narrated stories, newest first, and nothing else", () => {
    const guids = items(xml).map((item) => /<guid isPermaLink="false">([^<]+)<\/guid>/.exec(item)?.[1]);
    expect(guids).toEqual([listed.tonight?.id, listed.kept?.id]);
    for (const [why, id] of Object.entries(unlisted)) expect(xml, why).not.toContain(id);
  });

  it("gives each item its title, date, page, description, duration, picture and transcript", () => {
    const [tonight, kept] = items(xml) as [string, string];
    expect(tonight).toContain("<title>Pip and the Sleepy Moon</title>");
    expect(tonight).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/);
    expect(tonight).toContain(`<link>${BASE}/stories/${listed.tonight?.id}</link>`);
    expect(tonight).toContain("<description>Pip looked up at the moon. The moon yawned");
    expect(tonight).toContain("<itunes:duration>00:01:01</itunes:duration>");
    expect(tonight).toContain("<itunes:explicit>false</itunes:explicit>");
    expect(attr(tonight, "itunes:image", "href")).toMatch(/\/media\/stories\/[^/]+\/scene-0\.png\?exp=/);
    expect(attr(tonight, "podcast:transcript", "url")).toBe(`${BASE}/stories/${listed.tonight?.id}/transcript.txt`);
    expect(attr(tonight, "podcast:transcript", "type")).toBe("text/plain");
    // Duration unknown (no metadata) and the picture an SVG: both left out rather than guessed.
    expect(kept).not.toContain("itunes:duration");
    expect(kept).not.toContain("itunes:image");
  });

  it("serves each enclosure: the signed mp3 fetches with the length and type the feed states", async () => {
    for (const [index, item] of items(xml).entries()) {
      const story = Object.values(listed)[index]!;
      const url = unescapeXml(attr(item, "enclosure", "url") ?? "");
      expect(url.startsWith(`${BASE}/media/stories/${story.id}/narration.mp3?exp=`)).toBe(true);
      expect(attr(item, "enclosure", "length")).toBe(String(story.audio.length));
      expect(attr(item, "enclosure", "type")).toBe("audio/mpeg");
      const media = await fetchWorker(new URL(url).pathname + new URL(url).search);
      expect(media.status).toBe(200);
      expect(media.headers.get("Content-Type")).toBe("audio/mpeg");
      expect(media.headers.get("Content-Length")).toBe(String(story.audio.length));
      expect(new Uint8Array(await media.arrayBuffer())).toEqual(story.audio);
    }
  });

  it("signs enclosures to outlive the story: its own expiry, or 30 days at least for a kept one", async () => {
    const expiry = (item: string) =>
      Number(new URL(unescapeXml(attr(item, "enclosure", "url") ?? "")).searchParams.get("exp"));
    const [tonight, kept] = items(xml) as [string, string];
    const row = await db(env).query.stories.findFirst({ where: eq(stories.id, listed.tonight?.id ?? "") });
    expect(expiry(tonight) * 1000).toBe(Math.floor((row?.expiresAt ?? 0) / 1000) * 1000);
    expect(expiry(kept) * 1000).toBeGreaterThanOrEqual(Date.now() + 30 * DAY - 1000);
    expect(expiry(kept) * 1000).toBeLessThanOrEqual(Date.now() + 60 * DAY);
  });

  it("parses as a podcast app reads it (podcast-partytime)", () => {
    const feed = parseFeed(xml);
    expect(feed).not.toBeNull();
    if (!feed) return;
    expect(feed.title).toBe("Bedtime stories for The Otters");
    expect(feed.language).toBe("en");
    expect(feed.itunesImage).toBe(`${BASE}/podcast-artwork.png`);
    expect(feed.itunesCategory).toEqual(["Kids & Family"]);
    expect(feed.itunesBlock).toBe(true);
    expect(feed.locked).toBe(true);
    expect(feed.explicit).toBe(false);
    expect(feed.guid).toMatch(/^[0-9a-f-]{36}$/);
    expect(feed.items.map((item) => item.guid)).toEqual([listed.tonight?.id, listed.kept?.id]);

    const [tonight, kept] = feed.items;
    expect(tonight?.title).toBe("Pip and the Sleepy Moon");
    expect(tonight?.enclosure.url).toMatch(
      new RegExp(`^${BASE}/media/stories/${listed.tonight?.id}/narration\\.mp3\\?exp=\\d+&sig=`),
    );
    expect(tonight?.enclosure.length).toBe(listed.tonight?.audio.length);
    expect(tonight?.enclosure.type).toBe("audio/mpeg");
    expect(tonight?.duration).toBe(61);
    expect(tonight?.itunesImage).toMatch(/scene-0\.png\?exp=/);
    expect(tonight?.podcastTranscripts).toEqual([
      { url: `${BASE}/stories/${listed.tonight?.id}/transcript.txt`, type: "text/plain", language: "en" },
    ]);
    expect(tonight?.pubDate?.getTime()).toBeGreaterThan(Date.now() - 2 * HOUR);
    expect(kept?.enclosure.length).toBe(listed.kept?.audio.length);
  });

  it("answers 304 to an app that already has this version, and HEAD without a body", async () => {
    const etag = res.headers.get("ETag") ?? "";
    const again = await fetchWorker(path, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const head = await fetchWorker(path, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("ETag")).toBe(etag);
    expect(await head.text()).toBe("");
  });
});

describe("the transcript", () => {
  it("is the story's text, by the story's own unguessable link, out of search engines", async () => {
    const { story } = await insertNarratedStory({ householdId: "hh_default" });
    const res = await fetchWorker(`/stories/${story.id}/transcript.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("X-Robots-Tag")).toContain("noindex");
    expect(await res.text()).toBe(
      "Pip and the Sleepy Moon\n\nPip looked up at the moon.\n\nThe moon yawned a great big yawn.\n\nAnd everyone went to sleep.\n\nEven the moon needs a rest.\n",
    );
  });

  it("answers 404 for unknown or malformed ids, 410 once the story has expired", async () => {
    expect((await fetchWorker(`/stories/${"A".repeat(24)}/transcript.txt`)).status).toBe(404);
    expect((await fetchWorker("/stories/nope/transcript.txt")).status).toBe(404);
    const { story } = await insertNarratedStory({ householdId: "hh_default", expiresAt: Date.now() - HOUR });
    expect((await fetchWorker(`/stories/${story.id}/transcript.txt`)).status).toBe(410);
    const pending = await insertStory({ householdId: "hh_default", status: "pending", scenes: null, title: null });
    expect((await fetchWorker(`/stories/${pending.id}/transcript.txt`)).status).toBe(404);
  });
});

describe("escaping", () => {
  it("keeps hostile names and titles inert and the feed well-formed", async () => {
    const hostile = `Tom & "Jerry" <script>alert('x')</script> ]]> \u0001\u0008\u000b\uffff\ud800`;
    const household = await insertHousehold({ name: hostile });
    await insertNarratedStory({
      householdId: household.id,
      title: hostile,
      scenes: [{ paragraphs: [`<b>bold</b> & 'quoted' \u0000text`], illustration: "x" }],
    });
    const res = await fetchWorker(await feedPathFromApi(household.id));
    expect(res.status).toBe(200);
    const xml = await res.text();
    const safe = "Tom &amp; &quot;Jerry&quot; &lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; ]]&gt; ";
    // (D1 hands the lone surrogate back as U+FFFDs, which XML allows.)
    expect(xml).toMatch(new RegExp(`<title>Bedtime stories for ${escapeRegExp(safe)}\uFFFD*</title>`));
    expect(xml).toMatch(new RegExp(`<title>${escapeRegExp(safe)}\uFFFD*</title>`));
    expect(xml).toContain("<description>&lt;b&gt;bold&lt;/b&gt; &amp; &apos;quoted&apos; text</description>");
    expect(xml).not.toContain("<script>");
    // Characters XML 1.0 cannot carry at all are dropped.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);

    const feed = parseFeed(xml);
    const plain = `Tom & "Jerry" <script>alert('x')</script> ]]> `;
    expect(feed?.title?.replaceAll("\uFFFD", "")).toBe(`Bedtime stories for ${plain}`);
    expect(feed?.items[0]?.title?.replaceAll("\uFFFD", "")).toBe(plain);
  });
});
