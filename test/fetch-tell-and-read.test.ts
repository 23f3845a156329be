import { env, exports } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../src/db/client";
import { type Story, stories } from "../src/db/schema";
import { insertAsset, insertHousehold, insertStory } from "./helpers/fixtures";
import { BASE, Browser } from "./helpers/http";

const HOUR = 3_600_000;

const browser = new Browser();

// The seeded family's parent (migration 0005) signs in by the emailed link.
beforeAll(async () => {
  const res = await browser.signIn("family@example.com");
  expect(res.status).toBe(303);
  expect(browser.cookie).toMatch(/^nl_session=/);
});

async function get(path: string, signedIn = true): Promise<{ res: Response; html: string }> {
  const res = await (signedIn ? browser : new Browser()).get(path);
  return { res, html: await res.text() };
}

/** A browser form post: urlencoded, from this site unless told otherwise, signed in by default. */
async function post(
  path: string,
  fields: [string, string][],
  { origin = BASE, signedIn = true } = {},
): Promise<{ res: Response; html: string }> {
  const res = await (signedIn ? browser : new Browser()).post(path, fields, origin);
  return { res, html: await res.text() };
}

async function storyRow(id: string): Promise<Story | undefined> {
  return db(env).query.stories.findFirst({ where: eq(stories.id, id) });
}

async function storyCount(): Promise<number> {
  return (await env.DB.prepare("SELECT count(*) AS n FROM stories").first<{ n: number }>())?.n ?? -1;
}

/** The text of the role="alert" message, or undefined when there is none. */
function alertText(html: string): string | undefined {
  return /<p[^>]*role="alert"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
}

function textareaValue(html: string): string | undefined {
  return /<textarea[^>]*name="prompt"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1];
}

/** Every sentence span in page order: [data-i, text]. */
function sentenceSpans(html: string): [number, string][] {
  return [...html.matchAll(/<span class="sentence" data-i="(\d+)">([^<]*)<\/span>/g)].map((m) => [
    Number(m[1]),
    m[2] ?? "",
  ]);
}

function cspNonce(res: Response): string | undefined {
  return /script-src 'nonce-([^']+)'/.exec(res.headers.get("Content-Security-Policy") ?? "")?.[1];
}

describe("tell a story now", () => {
  it("sends a signed-out parent to sign in first", async () => {
    const { res } = await get("/tell", false);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/sign-in?next=%2Ftell");

    const posted = await post("/tell", [["prompt", "a lost mitten"]], { signedIn: false });
    expect(posted.res.status).toBe(303);
    expect(posted.res.headers.get("Location")).toMatch(/^\/sign-in/);
  });

  it("shows every field with a visible label, and the household's characters and places", async () => {
    const { res, html } = await get("/tell");
    expect(res.status).toBe(200);
    expect(html).toContain('<h1 class="page-title">Tell a story now</h1>');
    expect(html).toContain('<label for="prompt">What should tonight&#39;s story be about?</label>');
    expect(html).toMatch(/<textarea id="prompt" name="prompt"[^>]* maxlength="500"/);
    expect(html).toContain('<label for="language">Language</label>');
    expect(html).toContain("<legend>Characters</legend>");
    expect(html).toContain('<label for="placeId">Place</label>');
    expect(html).toContain('<option value="" selected="">Surprise me</option>');
    expect(html).toContain('<option value="sc_moonlit_beach">the Moonlit Beach</option>');
    expect(html).toMatch(
      /<input type="checkbox" name="notify" value="yes"\/><span>Email me when it&#39;s ready<\/span>/,
    );
    expect(html).toMatch(/<button type="submit"[^>]*>Tell the story<\/button>/);
    // Each seeded character is a checkbox inside its own label, named after the character.
    expect(html).toContain(
      '<label class="check"><input type="checkbox" name="characterIds" value="ch_pip"/><span>Pip</span></label>',
    );
    expect(html.match(/name="characterIds"/g)).toHaveLength(8);
    // No input the parent can see goes without a label: checkboxes sit inside one, the rest are named by for=.
    const inputs = (html.match(/<(input|select|textarea)\b[^>]*>/g) ?? []).filter(
      (tag) => !tag.includes('type="hidden"'),
    );
    for (const tag of inputs) {
      const id = /\sid="([^"]+)"/.exec(tag)?.[1];
      const labelled = id ? html.includes(`<label for="${id}">`) : html.includes(`<label class="check">${tag}`);
      expect(labelled, tag).toBe(true);
    }
  });

  it("picks the household's language by default, among the languages the storyteller writes", async () => {
    // A Spanish household (its pages are Spanish too: test/fetch-i18n.test.ts).
    await env.DB.prepare("UPDATE households SET language = 'es' WHERE id = 'hh_default'").run();
    try {
      const { html } = await get("/tell");
      expect(html).toMatch(/<option value="es" selected="">/);
      expect(html).not.toMatch(/<option value="en" selected/);
      // Offline, exactly English, French and Spanish are offered.
      expect([...html.matchAll(/<option value="([a-z]{2})"/g)].map((m) => m[1])).toEqual(["en", "fr", "es"]);
    } finally {
      await env.DB.prepare("UPDATE households SET language = 'en' WHERE id = 'hh_default'").run();
    }
  });

  it("creates the story from the form, sends the parent to its page and writes it in the background", async () => {
    const { res } = await post("/tell", [
      ["prompt", "  a lost mitten  "],
      ["language", "es"],
      ["characterIds", "ch_pip"],
      ["characterIds", "ch_mabel"],
      ["placeId", "sc_snowy_hill"],
      ["notify", "yes"],
    ]);
    expect(res.status).toBe(303);
    const id = /^\/stories\/([A-Za-z0-9_-]{24})$/.exec(res.headers.get("Location") ?? "")?.[1];
    expect(id).toBeTruthy();

    const row = await storyRow(id!);
    expect(row).toMatchObject({
      householdId: "hh_default",
      kind: "on-demand",
      language: "es",
      notify: true,
      input: { prompt: "a lost mitten", characterIds: ["ch_pip", "ch_mabel"], placeId: "sc_snowy_hill" },
    });

    // The writer runs in waitUntil: poll the status endpoint like the page's script does.
    let status = "pending";
    for (let i = 0; i < 60 && status === "pending"; i++) {
      status = (await (await exports.default.fetch(`${BASE}/stories/${id}/status`)).json<{ status: string }>()).status;
      if (status === "pending") await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toMatch(/written|ready/);
  });

  it("leaves surprise choices and email unset when the form leaves them empty", async () => {
    const { res } = await post("/tell", [
      ["prompt", ""],
      ["language", "en"],
      ["placeId", ""],
    ]);
    expect(res.status).toBe(303);
    const id = (res.headers.get("Location") ?? "").split("/").pop()!;
    const row = await storyRow(id);
    expect(row?.notify).toBe(false);
    expect(row?.input).toEqual({});
  });

  it("keeps what the parent typed and says what is wrong when the wish is too long", async () => {
    const before = await storyCount();
    const wish = `${"a very long wish about a dragon & a <mitten> ".repeat(12)}`.slice(0, 501);
    const { res, html } = await post("/tell", [
      ["prompt", wish],
      ["language", "en"],
      ["characterIds", "ch_otto"],
      ["placeId", "sc_lighthouse"],
      ["notify", "yes"],
    ]);

    expect(res.status).toBe(400);
    expect(alertText(html)).toBe("Please check the form. The story idea: At most 500 characters.");
    expect(html).toContain('<p id="prompt-error" class="field-error">At most 500 characters</p>');
    expect(html).toMatch(/<textarea[^>]*aria-invalid="true"/);
    // The input comes back as typed (escaped), with the same choices still made.
    expect(textareaValue(html)).toBe(wish.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;"));
    expect(html).toContain('value="ch_otto" checked=""');
    expect(html).toContain('<option value="sc_lighthouse" selected="">');
    expect(html).toMatch(/name="notify" value="yes" checked=""/);
    expect(await storyCount()).toBe(before);
  });

  it("refuses a language it does not write in, with the form shown again", async () => {
    const { res, html } = await post("/tell", [["language", "klingon"]]);
    expect(res.status).toBe(400);
    expect(alertText(html)).toBe("Please check the form. Language: Choose one of the languages in the list.");
    expect(html).toMatch(/<select id="language"[^>]*aria-invalid="true"/);
  });

  it("refuses a character from another family without losing the wish", async () => {
    const { res, html } = await post("/tell", [
      ["prompt", "a picnic"],
      ["characterIds", "ch_pip"],
      ["characterIds", "ch_nobody"],
    ]);
    expect(res.status).toBe(400);
    expect(alertText(html)).toBe("Unknown characters for this household");
    expect(textareaValue(html)).toBe("a picnic");
  });

  it("refuses an unkind wish kindly with 422 and stores nothing", async () => {
    const before = await storyCount();
    const { res, html } = await post("/tell", [
      ["prompt", "a story with a gun and lots of blood"],
      ["language", "en"],
    ]);
    expect(res.status).toBe(422);
    expect(alertText(html)).toMatch(/^That isn&#39;t quite right for a bedtime story\. How about something gentler/);
    expect(textareaValue(html)).toBe("a story with a gun and lots of blood");
    expect(html).toMatch(/<textarea[^>]*aria-invalid="true"/);
    expect(await storyCount()).toBe(before);
  });

  it("says so, with 429, when the family has asked for too many stories this hour", async () => {
    const extra: string[] = [];
    for (let i = 0; i < 6; i++)
      extra.push((await insertStory({ kind: "on-demand", createdAt: Date.now() - 60_000 })).id);
    try {
      const { res, html } = await post("/tell", [["prompt", "one more, please"]]);
      expect(res.status).toBe(429);
      expect(alertText(html)).toMatch(/^That&#39;s a lot of stories! This family can ask for 6 an hour/);
      expect(textareaValue(html)).toBe("one more, please");
    } finally {
      for (const id of extra) await db(env).delete(stories).where(eq(stories.id, id));
    }
  });

  it("refuses a form post from another site", async () => {
    const before = await storyCount();
    const { res } = await post("/tell", [["prompt", "a lost mitten"]], { origin: "https://evil.test" });
    expect(res.status).toBe(403);
    expect(await storyCount()).toBe(before);
  });
});

describe("story progress", () => {
  it("reports a story still being written", async () => {
    const story = await insertStory({ status: "pending", title: null, scenes: null, moral: null });
    const res = await exports.default.fetch(`${BASE}/stories/${story.id}/status`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(await res.json()).toEqual({
      status: "pending",
      steps: { writing: "active", painting: { done: 0, total: 0 }, narrating: "pending" },
      ready: false,
    });
  });

  it("counts settled pictures of a written story while the narration is recorded", async () => {
    const story = await insertStory({ status: "written" });
    await insertAsset({
      storyId: story.id,
      kind: "image",
      index: 0,
      status: "ready",
      r2Key: `stories/${story.id}/scene-0.svg`,
    });
    await insertAsset({ storyId: story.id, kind: "image", index: 1, status: "pending" });
    await insertAsset({ storyId: story.id, kind: "image", index: 2, status: "failed", error: "boom" });
    await insertAsset({ storyId: story.id, kind: "audio", index: 0, status: "pending" });
    const res = await exports.default.fetch(`${BASE}/stories/${story.id}/status`);
    expect(await res.json()).toEqual({
      status: "written",
      steps: { writing: "done", painting: { done: 2, total: 3 }, narrating: "pending" },
      ready: false,
    });
  });

  it("reports a finished story as ready, with skipped narration", async () => {
    const story = await insertStory({ status: "ready", readyAt: Date.now() });
    for (let index = 0; index < 3; index++)
      await insertAsset({
        storyId: story.id,
        kind: "image",
        index,
        status: "ready",
        r2Key: `stories/${story.id}/scene-${index}.svg`,
      });
    await insertAsset({ storyId: story.id, kind: "audio", index: 0, status: "skipped" });
    const res = await exports.default.fetch(`${BASE}/stories/${story.id}/status`);
    expect(await res.json()).toEqual({
      status: "ready",
      steps: { writing: "done", painting: { done: 3, total: 3 }, narrating: "skipped" },
      ready: true,
    });
  });

  it("answers the status of unknown, malformed and expired stories like the page does", async () => {
    const unknown = await exports.default.fetch(`${BASE}/stories/AAAAAAAAAAAAAAAAAAAAAAAA/status`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "No such story" });
    expect((await exports.default.fetch(`${BASE}/stories/nope'or'1/status`)).status).toBe(404);
    const expired = await insertStory({ expiresAt: Date.now() - 1000 });
    const gone = await exports.default.fetch(`${BASE}/stories/${expired.id}/status`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get("Cache-Control")).toBe("no-store");
  });

  it("lists the steps in a polite live region, refreshing without JS only while the story is being made", async () => {
    const pending = await insertStory({ status: "pending", title: null, scenes: null, moral: null });
    const { html } = await get(`/stories/${pending.id}`, false);
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="10"/></noscript>');
    // The only refresh is the one inside <noscript>: with JS the script polls instead.
    expect(html.match(/http-equiv="refresh"/g)).toHaveLength(1);
    expect(html).toMatch(
      new RegExp(
        `<div class="progress-steps" role="status" aria-live="polite"[^>]*data-status="/stories/${pending.id}/status" data-state="pending,0,pending">`,
      ),
    );
    expect(html).toContain('<li class="step active" data-step="writing">Writing the story…</li>');

    const written = await insertStory({ status: "written" });
    await insertAsset({
      storyId: written.id,
      kind: "image",
      index: 0,
      status: "ready",
      r2Key: `stories/${written.id}/scene-0.svg`,
    });
    await insertAsset({ storyId: written.id, kind: "image", index: 1, status: "pending" });
    await insertAsset({ storyId: written.id, kind: "image", index: 2, status: "pending" });
    await insertAsset({ storyId: written.id, kind: "audio", index: 0, status: "skipped" });
    const painting = (await get(`/stories/${written.id}`, false)).html;
    expect(painting).toContain('<noscript><meta http-equiv="refresh"');
    expect(painting).toContain('<li class="step done" data-step="writing">Writing the story ✓</li>');
    expect(painting).toContain('<li class="step active" data-step="painting">Painting pictures 1 of 3…</li>');
    // Nothing recorded: the server can't know whether this device has a voice, so it promises nothing
    // (read-along.js says which, once it has looked).
    expect(painting).not.toContain("This device will read it aloud");
    expect(painting).toContain(
      '<li class="step done" data-step="narrating">No recorded narration: read it aloud, or let this device&#39;s voice do it if it has one ✓</li>',
    );
    expect(painting).toContain('<li class="step waiting" data-step="ready">Ready</li>');

    const ready = await insertStory({ status: "ready" });
    for (let index = 0; index < 3; index++)
      await insertAsset({
        storyId: ready.id,
        kind: "image",
        index,
        status: "ready",
        r2Key: `stories/${ready.id}/scene-${index}.svg`,
      });
    await insertAsset({ storyId: ready.id, kind: "audio", index: 0, status: "skipped" });
    const done = (await get(`/stories/${ready.id}`, false)).html;
    expect(done).not.toContain("refresh");
    expect(done).not.toContain("<noscript");
    expect(done).not.toContain("data-status=");
  });
});

describe("reading along", () => {
  it("renders every sentence as a numbered span, the title first and the moral last", async () => {
    const story = await insertStory({
      status: "ready",
      title: "Pip and the Sleepy Moon",
      scenes: [
        { paragraphs: ["Pip looked up. The moon yawned!", "Was it bedtime? Yes."], illustration: "a fox and a moon" },
        { paragraphs: ["Everyone slept."], illustration: "a sleeping fox" },
      ],
      moral: "Even the moon needs a rest.",
    });
    await insertAsset({
      storyId: story.id,
      kind: "audio",
      index: 0,
      status: "ready",
      r2Key: `stories/${story.id}/narration.mp3`,
      marksKey: `stories/${story.id}/narration.marks.json`,
    });
    const { html } = await get(`/stories/${story.id}`, false);

    expect(sentenceSpans(html)).toEqual([
      [0, "Pip and the Sleepy Moon"],
      [1, "Pip looked up."],
      [2, "The moon yawned!"],
      [3, "Was it bedtime?"],
      [4, "Yes."],
      [5, "Everyone slept."],
      [6, "Even the moon needs a rest."],
    ]);
    // The space between sentences stays in the text, outside the highlight.
    expect(html).toContain('Pip looked up.</span> <span class="sentence" data-i="2">');
    expect(html).toMatch(/<audio [^>]*data-marks="\/media\/stories\/[^"]+\/narration\.marks\.json\?exp=\d+&amp;sig=/);
  });

  it("splits sentences the way the story's language does", async () => {
    const story = await insertStory({
      status: "ready",
      language: "ja",
      title: "ねむいつき",
      scenes: [{ paragraphs: ["つきがでました。ねこがねました。"], illustration: "a cat under the moon" }],
      moral: "おやすみなさい。",
    });
    const { html } = await get(`/stories/${story.id}`, false);
    expect(sentenceSpans(html).map(([, text]) => text)).toEqual([
      "ねむいつき",
      "つきがでました。",
      "ねこがねました。",
      "おやすみなさい。",
    ]);
  });

  it("escapes hostile text inside the sentence spans", async () => {
    const story = await insertStory({
      status: "ready",
      title: "<script>alert(1)</script>",
      scenes: [{ paragraphs: ['Sleep now. "><img src=x onerror=alert(2)> Good night.'], illustration: "x" }],
      moral: "</span><b>bold</b>",
    });
    const { html } = await get(`/stories/${story.id}`, false);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>bold");
    const texts = sentenceSpans(html).map(([, text]) => text);
    expect(texts).toEqual([
      "&lt;script&gt;alert(1)&lt;/script&gt;",
      "Sleep now. &quot;&gt;&lt;img src=x onerror=alert(2)&gt; Good night.",
      "&lt;/span&gt;&lt;b&gt;bold&lt;/b&gt;",
    ]);
  });

  it("offers the device's voice, hidden until the script finds it, when there is no recording", async () => {
    const story = await insertStory({ status: "ready", language: "fr" });
    await insertAsset({ storyId: story.id, kind: "audio", index: 0, status: "skipped" });
    const { html } = await get(`/stories/${story.id}`, false);
    // In the story's language, and hidden (with the rest of the controls) until the script finds a voice.
    expect(html).toMatch(/<section class="listen"[^>]*data-listen="device" data-lang="fr"/);
    expect(html).toMatch(
      /<div class="listen-bar" hidden=""><button type="button" class="listen-play" data-play="true">Lire à voix haute<\/button>/,
    );
    expect(html).not.toContain("<audio");
  });

  it("gives every script the response's CSP nonce, and puts no inline style on any page", async () => {
    const pending = await insertStory({ status: "pending", title: null, scenes: null, moral: null });
    const ready = await insertStory({ status: "ready" });
    await insertAsset({
      storyId: ready.id,
      kind: "audio",
      index: 0,
      status: "ready",
      r2Key: `stories/${ready.id}/narration.mp3`,
      marksKey: `stories/${ready.id}/narration.marks.json`,
    });
    const paths = ["/tell", `/stories/${pending.id}`, `/stories/${ready.id}`, `/stories/${ready.id}?view=book`];

    for (const path of paths) {
      const { res, html } = await get(path);
      expect(res.status, path).toBe(200);
      const nonce = cspNonce(res);
      expect(nonce, path).toBeTruthy();
      for (const tag of html.match(/<script\b[^>]*>/g) ?? [])
        expect(tag, path).toBe(`<script src="/read-along.js" defer="" nonce="${nonce}">`);
      // Nothing between script tags: no inline code.
      expect(html, path).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
      expect(html, path).not.toMatch(/<[a-z][^>]*\sstyle=/i);
      expect(html, path).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    }
    // The story pages do load the script (it highlights, polls and prints).
    expect((await get(`/stories/${ready.id}`)).html).toContain('<script src="/read-along.js"');
  });
});

describe("picture book", () => {
  it("shows one page-sized section per scene, pictures loaded at once, and a Print button that needs JS", async () => {
    const story = await insertStory({ status: "ready" });
    for (let index = 0; index < 3; index++)
      await insertAsset({
        storyId: story.id,
        kind: "image",
        index,
        status: "ready",
        r2Key: `stories/${story.id}/scene-${index}.svg`,
      });
    const { res, html } = await get(`/stories/${story.id}?view=book`, false);

    expect(res.status).toBe(200);
    expect(html).toContain("<title>Pip and the Sleepy Moon (picture book) · Nightlight</title>");
    expect(html).toContain('<article class="story book">');
    expect(html.match(/<section class="book-page" id="page-\d"/g)).toHaveLength(3);
    const imgs = html.match(/<img[^>]*>/g) ?? [];
    expect(imgs).toHaveLength(3);
    expect(imgs.filter((img) => img.includes("loading="))).toEqual([]);
    // Each picture comes before its words.
    expect(html.indexOf("scene-1.svg")).toBeLessThan(html.indexOf("The moon yawned a great big yawn."));
    expect(html).toContain('<button type="button" data-print="" hidden="">Print</button>');
    expect(html).toContain(`<a href="/stories/${story.id}">Back to the story</a>`);
    expect(html).not.toContain("<audio");

    // The story page links to it.
    expect((await get(`/stories/${story.id}`, false)).html).toContain(
      `<a class="book-link" href="/stories/${story.id}?view=book">Picture book</a>`,
    );
  });
});

describe("keeping a story", () => {
  it("shows the keep button only to a signed-in parent of the story's family", async () => {
    const story = await insertStory({ status: "ready" });
    const anonymous = await get(`/stories/${story.id}`, false);
    expect(anonymous.html).not.toContain("/favorite");
    expect(anonymous.res.headers.get("Cache-Control")).toBe("private, max-age=60");

    const parent = await get(`/stories/${story.id}`);
    expect(parent.html).toContain(`<form method="post" action="/stories/${story.id}/favorite" class="keep-form">`);
    expect(parent.html).toContain(
      '<input type="hidden" name="favorite" value="true"/><button type="submit">Keep this story</button>',
    );
    expect(parent.html).toContain("Kept stories don&#39;t expire");
    // Signed in, the page must not come back stale after a toggle.
    expect(parent.res.headers.get("Cache-Control")).toBe("no-store");
  });

  it("keeps a story, then stops keeping it, coming back to the story each time", async () => {
    const story = await insertStory({ status: "ready" });

    const kept = await post(`/stories/${story.id}/favorite`, [["favorite", "true"]]);
    expect(kept.res.status).toBe(303);
    expect(kept.res.headers.get("Location")).toBe(`/stories/${story.id}`);
    expect((await storyRow(story.id))?.favorite).toBe(true);
    const page = (await get(`/stories/${story.id}`)).html;
    expect(page).toContain(
      '<input type="hidden" name="favorite" value="false"/><button type="submit">Stop keeping this story</button>',
    );
    expect(page).toContain("Kept: this story won&#39;t expire.");

    // The same post twice keeps it kept (a double tap is not a toggle back).
    await post(`/stories/${story.id}/favorite`, [["favorite", "true"]]);
    expect((await storyRow(story.id))?.favorite).toBe(true);

    const unkept = await post(`/stories/${story.id}/favorite`, [["favorite", "false"]]);
    expect(unkept.res.status).toBe(303);
    expect((await storyRow(story.id))?.favorite).toBe(false);

    expect((await post(`/stories/${story.id}/favorite`, [["favorite", "maybe"]])).res.status).toBe(400);
  });

  it("sends a signed-out visitor to sign in instead of keeping the story", async () => {
    const story = await insertStory({ status: "ready" });
    const { res } = await post(`/stories/${story.id}/favorite`, [["favorite", "true"]], { signedIn: false });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/sign-in?next=${encodeURIComponent(`/stories/${story.id}`)}`);
    expect((await storyRow(story.id))?.favorite).toBe(false);
  });

  it("does not let a family keep another family's story, nor a story from another site", async () => {
    const other = await insertHousehold();
    const theirs = await insertStory({ status: "ready", householdId: other.id });
    const { res, html } = await post(`/stories/${theirs.id}/favorite`, [["favorite", "true"]]);
    expect(res.status).toBe(404);
    expect(html).toContain("We couldn&#39;t find that story");
    expect((await storyRow(theirs.id))?.favorite).toBe(false);
    // Their page is still readable by link, but without our keep button.
    expect((await get(`/stories/${theirs.id}`)).html).not.toContain("/favorite");

    const ours = await insertStory({ status: "ready" });
    const forged = await post(`/stories/${ours.id}/favorite`, [["favorite", "true"]], { origin: "https://evil.test" });
    expect(forged.res.status).toBe(403);
    expect((await storyRow(ours.id))?.favorite).toBe(false);
  });

  it("answers 404 and 410 for stories that cannot be kept", async () => {
    expect((await post("/stories/AAAAAAAAAAAAAAAAAAAAAAAA/favorite", [["favorite", "true"]])).res.status).toBe(404);
    const expired = await insertStory({ status: "ready", expiresAt: Date.now() - HOUR });
    expect((await post(`/stories/${expired.id}/favorite`, [["favorite", "true"]])).res.status).toBe(410);
  });
});
