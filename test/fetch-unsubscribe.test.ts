/**
 * One-click unsubscribe from the nightly email (RFC 8058) and the bedtime email's shape, through
 * `exports.default.fetch` and the notify job: the headers the send_email binding receives, the
 * calm GET page that changes nothing, the POST a mail provider's server sends (no Origin, no
 * cookies), tampered links, turning the email back on in Settings, a nightly story written but
 * not emailed, and the cover picture the email links.
 */
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../src/db/client";
import { type Household, households, stories } from "../src/db/schema";
import { notify } from "../src/jobs/notify";
import { createContext } from "../src/lib/context";
import { unsubscribeToken } from "../src/lib/signing";
import { insertAsset, insertHousehold, insertStory } from "./helpers/fixtures";
import { BASE, Browser, fetchWorker, sendJson } from "./helpers/http";
import { recordingEnv } from "./helpers/recording-env";
import { insertMember, newEmail } from "./helpers/sign-in";

const NOW = Date.now();
const SECRET = "test-session-secret-9b8a7c6d5e4f3a2b1c"; // SESSION_SECRET in test/vitest.config.ts

async function household(overrides: Partial<Household> = {}): Promise<Household> {
  return insertHousehold({ timezone: "UTC", bedtime: "20:30", ...overrides });
}

async function linkOf(h: Household): Promise<string> {
  return `/unsubscribe/${h.id}/${await unsubscribeToken(h.id, SECRET)}`;
}

async function nightlyEmailOf(id: string): Promise<boolean | undefined> {
  const row = await db(env).query.households.findFirst({ where: eq(households.id, id) });
  return row?.nightlyEmail;
}

/** What a mail provider's server sends: form-encoded body, no Origin, no cookies, no Sec-Fetch-*. */
function oneClick(path: string): Promise<Response> {
  return fetchWorker(path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
}

async function emailFor(h: Household, story: Partial<Parameters<typeof insertStory>[0]> = {}) {
  const rec = recordingEnv();
  const row = await insertStory({ householdId: h.id, kind: "nightly", notify: true, status: "ready", ...story });
  await notify(createContext(rec.env, NOW), row.id);
  return { sent: rec.sent, story: row };
}

describe("the nightly email", () => {
  it("carries one-click unsubscribe headers and a visible footer link for its household", async () => {
    const h = await household({ name: "The Okafors" });
    const { sent } = await emailFor(h);
    expect(sent).toHaveLength(1);
    const mail = sent[0]!;
    const url = `${BASE}${await linkOf(h)}`;
    expect(mail.headers?.["List-Unsubscribe"]).toBe(`<${url}>`);
    expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.headers?.["Content-Language"]).toBe("en");
    expect(mail.html).toContain(`<a href="${url}"`);
    expect(mail.html).toContain("Stop nightly emails");
    expect(mail.text).toContain(`Stop nightly emails: ${url}`);
    // The link names this household only: another family's link differs.
    const other = await household();
    expect(await linkOf(other)).not.toBe(await linkOf(h));
  });

  it("leaves on-demand emails without the nightly unsubscribe", async () => {
    const h = await household();
    const { sent } = await emailFor(h, { kind: "on-demand" });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers?.["List-Unsubscribe"]).toBeUndefined();
    expect(sent[0]!.html).not.toContain("/unsubscribe/");
  });

  it("is not sent once the family turned it off, but the story is still there to read", async () => {
    const h = await household({ nightlyEmail: false });
    const { sent, story } = await emailFor(h);
    expect(sent).toHaveLength(0);
    const row = await db(env).query.stories.findFirst({ where: eq(stories.id, story.id) });
    // Ready, and no longer waiting for an email (the sweeper won't come back for it).
    expect(row).toMatchObject({ status: "ready", notify: false, notifiedAt: null });
    expect((await fetchWorker(`/stories/${story.id}`)).status).toBe(200);
  });

  it("still emails a story the family asked for while nightly emails are off", async () => {
    const h = await household({ nightlyEmail: false });
    const { sent } = await emailFor(h, { kind: "on-demand" });
    expect(sent).toHaveLength(1);
  });

  it("is text first: a painted SVG cover is left out, a JPEG one is an <img> by a lasting link", async () => {
    const h = await household();
    const painted = await insertStory({ householdId: h.id, kind: "on-demand", notify: true, status: "ready" });
    await insertAsset({
      storyId: painted.id,
      kind: "image",
      index: 0,
      status: "ready",
      r2Key: `stories/${painted.id}/scene-0.svg`,
      contentType: "image/svg+xml",
    });
    const rec = recordingEnv();
    await notify(createContext(rec.env, NOW), painted.id);
    expect(rec.sent[0]!.html).not.toContain("<img");

    const photo = await insertStory({
      householdId: h.id,
      kind: "on-demand",
      notify: true,
      status: "ready",
      scenes: [{ paragraphs: ["Pip looked up at the moon."], illustration: "a fox", caption: "Pip and the moon" }],
    });
    const key = `stories/${photo.id}/scene-0.jpg`;
    await env.MEDIA.put(key, new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), { httpMetadata: { contentType: "image/jpeg" } });
    await insertAsset({
      storyId: photo.id,
      kind: "image",
      index: 0,
      status: "ready",
      r2Key: key,
      contentType: "image/jpeg",
    });
    const rec2 = recordingEnv();
    await notify(createContext(rec2.env, NOW), photo.id);
    const html = rec2.sent[0]!.html ?? "";
    expect(html).toContain(`<img src="${BASE}/stories/${photo.id}/cover" alt="Pip and the moon"`);
    expect(html).toContain("Pip looked up at the moon.");
  });
});

describe("the cover link", () => {
  async function jpegStory(overrides: Parameters<typeof insertStory>[0] = {}) {
    const h = await household();
    const story = await insertStory({ householdId: h.id, status: "ready", ...overrides });
    const key = `stories/${story.id}/scene-0.jpg`;
    await env.MEDIA.put(key, new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), { httpMetadata: { contentType: "image/jpeg" } });
    await insertAsset({
      storyId: story.id,
      kind: "image",
      index: 0,
      status: "ready",
      r2Key: key,
      contentType: "image/jpeg",
    });
    return story;
  }

  it("serves the picture while the story lives", async () => {
    const story = await jpegStory();
    const res = await fetchWorker(`/stories/${story.id}/cover`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/jpeg");
    // Its own sandbox, not the pages' CSP laid over it.
    expect(res.headers.get("Content-Security-Policy")).toBe("sandbox; default-src 'none'");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
  });

  it("keeps working for a kept story past its first expiry, and stops with an expired one", async () => {
    const kept = await jpegStory({ favorite: true, expiresAt: NOW - 1000 });
    expect((await fetchWorker(`/stories/${kept.id}/cover`)).status).toBe(200);
    const gone = await jpegStory({ expiresAt: NOW - 1000 });
    expect((await fetchWorker(`/stories/${gone.id}/cover`)).status).toBe(410);
  });
});

describe("the unsubscribe link", () => {
  it("GET shows a calm page with a button and changes nothing (link scanners open it)", async () => {
    const h = await household({ name: "The Okafors" });
    const link = await linkOf(h);
    const res = await fetchWorker(link);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Stop nightly emails for The Okafors?");
    expect(html).toContain(`<form method="post" action="${link}">`);
    expect(await nightlyEmailOf(h.id)).toBe(true);
  });

  it("GET speaks the family's language", async () => {
    const h = await household({ name: "Les Martin", language: "fr" });
    const html = await (await fetchWorker(await linkOf(h))).text();
    expect(html).toContain('<html lang="fr"');
    // (French typography: a narrow no-break space before the question mark.)
    expect(html).toContain("Ne plus envoyer l’e-mail du soir à Les Martin\u202f?");
  });

  it("POST one-click turns the nightly email off with no Origin or cookies, and answers 200", async () => {
    const h = await household();
    const res = await oneClick(await linkOf(h));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Nightly emails are off");
    expect(await nightlyEmailOf(h.id)).toBe(false);
    // Again: still 200, still off.
    expect((await oneClick(await linkOf(h))).status).toBe(200);
    expect(await nightlyEmailOf(h.id)).toBe(false);
  });

  it("refuses a tampered token or another family's token with a kind 403, changing nothing", async () => {
    const h = await household();
    const other = await household();
    const link = await linkOf(h);
    const token = link.split("/").at(-1)!;
    const flipped = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;
    for (const path of [
      `/unsubscribe/${h.id}/${flipped}`,
      `/unsubscribe/${other.id}/${token}`,
      `/unsubscribe/${h.id}/short`,
    ]) {
      const posted = await oneClick(path);
      expect(posted.status, path).toBe(403);
      expect(posted.headers.get("Content-Type")).toContain("text/html");
      expect((await fetchWorker(path)).status, path).toBe(403);
    }
    expect(await nightlyEmailOf(h.id)).toBe(true);
    expect(await nightlyEmailOf(other.id)).toBe(true);
  });

  it("leaves the CSRF check in place for every other form post", async () => {
    const res = await fetchWorker("/settings", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "name=x",
    });
    expect(res.status).toBe(403);
  });
});

describe("Settings", () => {
  const form = (h: Household, nightlyEmail: boolean) => ({
    name: h.name,
    email: h.email,
    timezone: h.timezone,
    bedtime: h.bedtime,
    language: h.language,
    childAge: String(h.childAge),
    storyLength: h.storyLength,
    illustrationStyle: h.illustrationStyle,
    voice: "",
    ...(nightlyEmail ? { nightlyEmail: "on" } : {}),
  });

  it("shows the nightly email off after unsubscribing and turns it back on (and off)", async () => {
    const email = newEmail();
    const h = await household({ email });
    await insertMember(h.id, email);
    await oneClick(await linkOf(h));
    const browser = new Browser();
    await browser.signIn(email);

    const box = async () => /<input[^>]*name="nightlyEmail"[^>]*>/.exec(await browser.page("/settings"))?.[0];
    expect(await box()).toBeDefined();
    expect(await box()).not.toContain("checked");
    expect((await browser.post("/settings", form(h, true))).status).toBe(303);
    expect(await nightlyEmailOf(h.id)).toBe(true);
    expect(await box()).toContain("checked");

    expect((await browser.post("/settings", form(h, false))).status).toBe(303);
    expect(await nightlyEmailOf(h.id)).toBe(false);
  });
});

describe("the operator's API", () => {
  it("turns a family's nightly email back on with PATCH /api/households/:id, and refuses a non-boolean", async () => {
    const h = await household({ nightlyEmail: false });
    expect((await sendJson("PATCH", `/api/households/${h.id}`, { nightlyEmail: "yes" })).status).toBe(400);
    expect(await nightlyEmailOf(h.id)).toBe(false);
    expect((await sendJson("PATCH", `/api/households/${h.id}`, { nightlyEmail: true })).status).toBe(200);
    expect(await nightlyEmailOf(h.id)).toBe(true);
  });
});

describe("openingLines", () => {
  it("keeps whole paragraphs across scenes up to about 700 characters, cutting the last at a word", async () => {
    const { openingLines } = await import("../src/jobs/notify");
    const long = "word ".repeat(200).trim();
    expect(openingLines(["One.", "Two."])).toEqual(["One.", "Two."]);
    const kept = openingLines(["a".repeat(300), long, "never"]);
    expect(kept).toHaveLength(2);
    expect(kept[1]).toMatch(/word…$/);
    expect(kept.join("").length).toBeLessThanOrEqual(701);
  });
});
