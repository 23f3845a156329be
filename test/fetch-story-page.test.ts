import { env, exports } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../src/db/client";
import { type Asset, assets, type Story, stories } from "../src/db/schema";
import { randomId } from "../src/lib/ids";
import type { StoryScene } from "../src/story/types";

const HOUR = 3_600_000;

const SCENES: StoryScene[] = [
  {
    paragraphs: ["Pip found a lantern by the river.", "It glowed like a tiny moon."],
    illustration: "A small red fox holding a glowing lantern by a river",
  },
  {
    paragraphs: ["Mabel counted the stars, one by one."],
    illustration: "A grey rabbit in a yellow raincoat looking up at stars",
  },
  {
    paragraphs: ["They walked home and fell fast asleep."],
    illustration: "A fox and a rabbit asleep under a patchwork quilt",
  },
];

type StoryOverrides = Partial<typeof stories.$inferInsert>;
type AssetOverrides = Partial<typeof assets.$inferInsert> & Pick<Asset, "kind" | "index">;

/** Inserts a written-and-ready story (override anything) and returns its row. */
async function insertStory(overrides: StoryOverrides = {}): Promise<Story> {
  const now = Date.now();
  const [row] = await db(env)
    .insert(stories)
    .values({
      id: randomId(),
      householdId: "hh_default",
      kind: "on-demand",
      localDate: "2026-11-20",
      language: "en",
      status: "ready",
      title: "Pip and the Little Lantern",
      scenes: SCENES,
      moral: "Even small lights make the dark feel kind.",
      createdAt: now,
      expiresAt: now + 48 * HOUR,
      ...overrides,
    })
    .returning();
  return row!;
}

async function insertAsset(storyId: string, overrides: AssetOverrides): Promise<void> {
  const ext = overrides.kind === "audio" ? "mp3" : "svg";
  await db(env)
    .insert(assets)
    .values({
      storyId,
      status: "ready",
      r2Key: `stories/${storyId}/${overrides.kind}-${overrides.index}.${ext}`,
      createdAt: Date.now(),
      ...overrides,
    });
}

/** Every scene's picture ready, and the narration ready. */
async function insertReadyMedia(storyId: string): Promise<void> {
  for (let index = 0; index < SCENES.length; index++) await insertAsset(storyId, { kind: "image", index });
  await insertAsset(storyId, { kind: "audio", index: 0, marksKey: `stories/${storyId}/marks.json` });
}

async function get(path: string): Promise<{ res: Response; html: string }> {
  const res = await exports.default.fetch(`https://nightlight.test${path}`);
  return { res, html: await res.text() };
}

describe("story page", () => {
  it("renders the title, every scene's paragraphs in order and the moral last", async () => {
    const story = await insertStory();
    await insertReadyMedia(story.id);
    const { res, html } = await get(`/stories/${story.id}`);

    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("<title>Pip and the Little Lantern · Nightlight</title>");
    const order = [
      "Pip and the Little Lantern</span></h1>",
      "Pip found a lantern by the river.",
      "It glowed like a tiny moon.",
      "Mabel counted the stars, one by one.",
      "They walked home and fell fast asleep.",
      "Even small lights make the dark feel kind.",
      // In the page's body: the head's share preview quotes the first line too.
    ].map((text) => html.indexOf(text, html.indexOf("<body")));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("answers 404 with the kind page for an unknown id", async () => {
    const { res, html } = await get(`/stories/${randomId()}`);
    expect(res.status).toBe(404);
    expect(html).toContain("We couldn&#39;t find that story");
  });

  it("answers 404 for a malformed id without looking it up", async () => {
    for (const id of ["short", "x".repeat(25), "bad%27id%20or%201%3D1--aaaaa"]) {
      const { res, html } = await get(`/stories/${id}`);
      expect(res.status).toBe(404);
      expect(html).toContain("We couldn&#39;t find that story");
    }
  });

  it("answers 410 once a story has expired", async () => {
    const story = await insertStory({ expiresAt: Date.now() - 1000 });
    const { res, html } = await get(`/stories/${story.id}`);
    expect(res.status).toBe(410);
    expect(html).toContain("This story has gone to sleep");
    expect(html).not.toContain("Pip found a lantern");
  });

  it("still shows an expired favourite, with links that outlive the story's expiry", async () => {
    const expiresAt = Date.now() - 1000;
    const story = await insertStory({ expiresAt, favorite: true });
    await insertAsset(story.id, { kind: "image", index: 0 });
    const { res, html } = await get(`/stories/${story.id}`);
    expect(res.status).toBe(200);
    expect(html).toContain("Pip found a lantern by the river.");
    const exp = Number(/\?exp=(\d+)&amp;sig=/.exec(html)?.[1]);
    // A rolling week from now, not the (past) expiry of the story.
    expect(exp * 1000).toBeGreaterThan(Date.now() + 6 * 24 * HOUR);
  });

  it("escapes hostile text from the model or the family everywhere it appears", async () => {
    const script = "<script>alert(1)</script>";
    const breakout = `"><img src=x onerror=alert(2)>`;
    const story = await insertStory({
      title: `${script} Title`,
      moral: `${breakout} moral`,
      scenes: [{ paragraphs: [`${script} para`, `${breakout} para`], illustration: `${breakout} brief` }],
    });
    await insertAsset(story.id, { kind: "image", index: 0 });
    await insertAsset(story.id, { kind: "audio", index: 0, status: "skipped", r2Key: null });
    const { res, html } = await get(`/stories/${story.id}`);

    expect(res.status).toBe(200);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    // No tag anywhere carries an event handler once the quoted attribute values are set aside.
    const tags = (html.match(/<[a-z][^>]*>/gi) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
    expect(tags.filter((tag) => /\son\w+=/i.test(tag))).toEqual([]);
    expect(html.match(/<img/g)).toHaveLength(1);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Title");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; para");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(2)&gt; moral");
    // The brief lands inside alt="…": its quote must not close the attribute.
    expect(html).toContain('alt="&quot;&gt;&lt;img src=x onerror=alert(2)&gt; brief"');
    // The only scripts are our own.
    expect(html.match(/<script/g)).toEqual(["<script"]);
    expect(html).toContain('<script src="/read-along.js"');
  });

  it("shows a ready picture through a signed, expiring /media link with the brief as alt text", async () => {
    const story = await insertStory();
    await insertReadyMedia(story.id);
    const { html } = await get(`/stories/${story.id}`);

    const imgs = html.match(/<img[^>]*>/g) ?? [];
    expect(imgs).toHaveLength(3);
    expect(imgs[0]).toMatch(
      new RegExp(`src="/media/stories/${story.id}/image-0\\.svg\\?exp=\\d+&amp;sig=[A-Za-z0-9_-]{43}"`),
    );
    expect(imgs[0]).toContain(`alt="${SCENES[0]!.illustration}"`);
    expect(imgs[0]).toContain('width="1024"');
    expect(imgs[0]).toContain('height="768"');
    // The first picture loads at once, the rest lazily.
    expect(imgs[0]).not.toContain("loading=");
    expect(imgs[1]).toContain('loading="lazy"');
    const exp = Number(/\?exp=(\d+)/.exec(imgs[0]!)?.[1]);
    expect(exp).toBe(Math.floor(story.expiresAt / 1000));
  });

  it("shows a placeholder, says what is being painted and refreshes while pictures are pending", async () => {
    const story = await insertStory({ status: "written" });
    await insertAsset(story.id, { kind: "image", index: 0 });
    await insertAsset(story.id, { kind: "image", index: 1, status: "pending", r2Key: null });
    await insertAsset(story.id, { kind: "image", index: 2, status: "pending", r2Key: null });
    await insertAsset(story.id, { kind: "audio", index: 0 });
    const { res, html } = await get(`/stories/${story.id}`);

    expect(res.status).toBe(200);
    expect(html.match(/class="picture picture-pending"/g)).toHaveLength(2);
    expect(html).toContain("Painting this picture…");
    expect(html).toMatch(/aria-live="polite"[^>]*><ol class="steps">.*>Painting pictures 1 of 3…</s);
    expect(html).toContain('<meta http-equiv="refresh" content="10"/>');
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("leaves out a failed picture entirely but keeps its scene's text", async () => {
    const story = await insertStory();
    await insertAsset(story.id, { kind: "image", index: 0, status: "failed", r2Key: null, error: "boom" });
    await insertAsset(story.id, { kind: "image", index: 1, status: "failed", r2Key: null });
    await insertAsset(story.id, { kind: "image", index: 2, status: "failed", r2Key: null });
    await insertAsset(story.id, { kind: "audio", index: 0 });
    const { html } = await get(`/stories/${story.id}`);

    expect(html).not.toContain("<img");
    expect(html).not.toContain("picture-pending");
    expect(html).toContain("Pip found a lantern by the river.");
    expect(html).not.toContain('http-equiv="refresh"');
  });

  it("plays recorded narration from a signed mp3 link and passes the speech marks along", async () => {
    const story = await insertStory();
    await insertReadyMedia(story.id);
    const { html } = await get(`/stories/${story.id}`);

    const audio = /<audio[^>]*>/.exec(html)?.[0] ?? "";
    expect(audio).toContain("controls");
    expect(audio).toContain('preload="none"');
    expect(audio).toMatch(
      new RegExp(`src="/media/stories/${story.id}/audio-0\\.mp3\\?exp=\\d+&amp;sig=[A-Za-z0-9_-]{43}"`),
    );
    expect(audio).toMatch(new RegExp(`data-marks="/media/stories/${story.id}/marks\\.json\\?exp=\\d+&amp;sig=`));
    expect(html).not.toContain("read-aloud.js");
  });

  it("offers the device's voice, hidden until the script finds it, when narration was skipped", async () => {
    const story = await insertStory({ language: "fr" });
    await insertAsset(story.id, { kind: "audio", index: 0, status: "skipped", r2Key: null });
    const { res, html } = await get(`/stories/${story.id}`);

    expect(html).toContain('<html lang="fr">');
    expect(html).not.toContain("<audio");
    // The controls speak the story's language, and stay hidden until the script finds a voice.
    const button = /<button[^>]*>([^<]*)<\/button>/.exec(html);
    expect(button?.[1]).toBe("Lire à voix haute");
    expect(html).toMatch(/<div class="listen-bar" hidden="">\s*<button[^>]*data-play/);
    expect(html).toMatch(/<section[^>]*data-listen="device"[^>]*data-lang="fr"/);
    // The script runs only with this response's CSP nonce.
    const nonce = /script-src 'nonce-([^']+)'/.exec(res.headers.get("Content-Security-Policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<script src="/read-along.js" defer="" nonce="${nonce}"></script>`);
  });

  it("says narration is on its way while it is being recorded", async () => {
    const story = await insertStory({ status: "written" });
    await insertReadyMedia(story.id);
    await db(env).delete(assets).where(eqAudio(story.id));
    await insertAsset(story.id, { kind: "audio", index: 0, status: "pending", r2Key: null });
    const { res, html } = await get(`/stories/${story.id}`);

    expect(html).toContain("Narration is on its way");
    expect(html).toContain("Recording the narration…");
    // No control that would do nothing yet (the footer's language switch aside; Print, shown by
    // the script, works at any time).
    expect(html.slice(0, html.indexOf('<footer class="site-footer"'))).not.toMatch(/<button(?![^>]*data-print)/);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("does not refresh a finished story and lets the browser keep it a minute", async () => {
    const story = await insertStory();
    await insertReadyMedia(story.id);
    const { res, html } = await get(`/stories/${story.id}`);

    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).not.toContain('aria-live="polite"');
    expect(res.headers.get("cache-control")).toBe("private, max-age=60");
  });

  it("says the story is being written, and refreshes, before any text exists", async () => {
    const story = await insertStory({ status: "pending", title: null, scenes: null, moral: null });
    const { res, html } = await get(`/stories/${story.id}`);

    expect(res.status).toBe(200);
    expect(html).toMatch(
      /aria-live="polite"[^>]*><ol class="steps"><li class="step active" data-step="writing">Writing the story…</,
    );
    expect(html).toContain('<meta http-equiv="refresh" content="10"/>');
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("shows a kind message instead of half a story when writing failed", async () => {
    const story = await insertStory({ status: "failed", error: "provider exploded", title: "Half a title" });
    const { res, html } = await get(`/stories/${story.id}`);

    expect(res.status).toBe(200);
    expect(html).toContain("This story got tangled");
    expect(html).not.toContain("Half a title");
    expect(html).not.toContain("Pip found a lantern");
    expect(html).not.toContain("provider exploded");
    expect(html).not.toContain('http-equiv="refresh"');
  });
});

function eqAudio(storyId: string) {
  return and(eq(assets.storyId, storyId), eq(assets.kind, "audio"));
}

describe("finished pages", () => {
  const nonceOf = (res: Response) =>
    /script-src 'nonce-([^']+)'/.exec(res.headers.get("Content-Security-Policy") ?? "")?.[1];

  it("serves a finished story again from memory, with each response's own nonce", async () => {
    const story = await insertStory();
    await insertReadyMedia(story.id);
    const first = await get(`/stories/${story.id}`);
    // Gone from D1, the page is still served from the isolate's memory for a minute…
    await env.DB.prepare("UPDATE stories SET title = 'Changed' WHERE id = ?").bind(story.id).run();
    const second = await get(`/stories/${story.id}`);
    expect(second.html).toContain("Pip and the Little Lantern");
    // …but never with a reused nonce.
    const [n1, n2] = [nonceOf(first.res), nonceOf(second.res)];
    expect(n1).toBeTruthy();
    expect(n1).not.toBe(n2);
    expect(second.html).toContain(`nonce="${n2}"`);
    expect(second.html).not.toContain(`nonce="${n1}"`);
    expect(second.html).not.toContain("nonce-slot");
  });

  it("does not keep a page that is still being made", async () => {
    const story = await insertStory({ status: "written" });
    await insertAsset(story.id, { kind: "image", index: 0, status: "pending", r2Key: null });
    expect((await get(`/stories/${story.id}`)).html).toContain("Painting");
    await env.DB.prepare("UPDATE stories SET title = 'Now Finished' WHERE id = ?").bind(story.id).run();
    expect((await get(`/stories/${story.id}`)).html).toContain("Now Finished");
  });

  it("answers 410 from memory once the story expires", async () => {
    const story = await insertStory({ expiresAt: Date.now() + 1500 });
    await insertReadyMedia(story.id);
    expect((await get(`/stories/${story.id}`)).res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 1600));
    // Without the row, D1 alone would answer 404: a 410 can only come from the memo.
    await env.DB.prepare("DELETE FROM stories WHERE id = ?").bind(story.id).run();
    const { res, html } = await get(`/stories/${story.id}`);
    expect(res.status).toBe(410);
    expect(html).toContain("This story has gone to sleep");
  });
});
