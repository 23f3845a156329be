import { env, exports } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { serializeSigned } from "hono/utils/cookie";
import { describe, expect, it } from "vitest";
import { db } from "../src/db/client";
import { characters, households, places } from "../src/db/schema";
import { randomId } from "../src/lib/ids";
import { SESSION_COOKIE } from "../src/lib/session";
import { localDate } from "../src/lib/time";
import { tokenHash } from "../src/lib/tokens";
import { insertHousehold, insertStory } from "./helpers/fixtures";
import { BASE, Browser } from "./helpers/http";
import { insertMember, newEmail } from "./helpers/sign-in";

const HOSTILE = "<img src=x onerror=alert(1)>";
const KIND_MESSAGE = "That isn&#39;t quite right for a bedtime story";

/**
 * A signed-in browser looking after a fresh household of its own (one character, one place), so
 * tests do not trip over each other's changes in the file's shared database.
 */
async function newFamily(name = "The Test Family") {
  const household = await insertHousehold({ name, nextBedtimeAt: 123 });
  const characterId = randomId("ch", 9);
  const placeId = randomId("sc", 9);
  await db(env).insert(characters).values({
    id: characterId,
    householdId: household.id,
    name: "Pip",
    looks: "a small red fox",
    personality: "curious",
    createdAt: 1,
  });
  await db(env).insert(places).values({
    id: placeId,
    householdId: household.id,
    name: "the Woods",
    description: "a soft green forest",
    timeOfDay: "evening",
    createdAt: 1,
  });
  const email = newEmail();
  await insertMember(household.id, email);
  const browser = new Browser();
  expect((await browser.signIn(email)).status).toBe(303);
  return { browser, household, characterId, placeId, email };
}

const VALID_SETTINGS = {
  name: "The Otter Family",
  email: "otters@example.com",
  timezone: "America/New_York",
  bedtime: "20:15",
  // English, so the pages stay English after saving (fetch-i18n covers fr/es; the offline
  // storyteller can't write German, so the form no longer offers it).
  language: "en",
  childAge: "7",
  storyLength: "medium",
  rhyming: "on",
  illustrationStyle: "crayon",
  voice: "",
};

const household = (id: string) => db(env).query.households.findFirst({ where: eq(households.id, id) });

/** The element with this id, and the `<p>` that carries its error. */
function fieldHtml(html: string, id: string) {
  const control = new RegExp(`<(input|select|textarea)[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? "";
  const error = new RegExp(`<p id="${id}-error" class="field-error">([^<]*)</p>`).exec(html)?.[1];
  return { control, error };
}

describe("signing in and out", () => {
  it("refuses a malformed address with 400, a message and no cookie", async () => {
    const browser = new Browser();
    const res = await browser.post("/sign-in", { email: "not-an-address", next: "/" });
    expect(res.status).toBe(400);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    const html = await res.text();
    expect(html).toContain("Type your email address, like parent@example.com");
    expect(html).toContain('aria-describedby="sign-in-email-hint sign-in-email-error"');
  });

  it("signs in with a cookie that is HttpOnly, Secure, SameSite=Lax and lasts 30 days", async () => {
    const { email } = await newFamily();
    const res = await new Browser().signIn(email, "/settings");
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/settings");
    const cookie = res.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^nl_session=[^;]+;/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//);
    const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie)?.[1] ?? "");
    expect(Math.abs(expires - (Date.now() + 30 * 86_400_000))).toBeLessThan(60_000);
  });

  it("treats a tampered cookie as signed out", async () => {
    const { browser } = await newFamily();
    // Change the session token without re-signing it.
    const tampered = browser.cookie.replace(/nl_session=(.)/, (_, ch) => `nl_session=${ch === "A" ? "B" : "A"}`);
    expect(tampered).not.toBe(browser.cookie);
    browser.cookie = tampered;
    const res = await browser.get("/settings");
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/sign-in?next=%2Fsettings");
    const home = await browser.page("/");
    expect(home).toContain('action="/sign-in"');
    expect(home).not.toContain("Save settings");
  });

  it("signs out: the cookie is cleared and pages ask to sign in again", async () => {
    const { browser } = await newFamily();
    expect(await browser.page("/settings")).toContain("Save settings");
    const res = await browser.post("/sign-out", {});
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/sign-in?done=signed-out");
    expect(res.headers.get("Set-Cookie")).toMatch(/^nl_session=;.*Max-Age=0/i);
    expect(browser.cookie).toBe("");
    expect((await browser.get("/cast")).headers.get("Location")).toBe("/sign-in?next=%2Fcast");
  });

  it("treats an expired session as signed out, even with a good signature", async () => {
    const { browser, email } = await newFamily();
    expect(await browser.page("/settings")).toContain("Save settings");
    // The server's expiry counts, whatever the cookie's own says.
    await env.DB.prepare("UPDATE sessions SET expires_at = ? WHERE email = ?")
      .bind(Date.now() - 1000, email)
      .run();
    const res = await browser.get("/settings");
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/sign-in?next=%2Fsettings");

    // A well-signed cookie (SESSION_SECRET in test/vitest.config.ts) for a session that was never
    // made is no better.
    const forged = new Browser();
    forged.cookie = (
      await serializeSigned(SESSION_COOKIE, "A".repeat(43), "test-session-secret-9b8a7c6d5e4f3a2b1c")
    ).split(";")[0]!;
    expect((await forged.get("/settings")).status).toBe(303);
  });
});

describe("home page", () => {
  it("shows strangers the sign-in form and nothing of any family", async () => {
    await insertStory({ householdId: "hh_default", title: "A Secret Family Story" });
    const res = await new Browser().get("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain("Welcome to Nightlight");
    expect(html).toContain('<label for="sign-in-email">Your email address</label>');
    expect(html).not.toContain("/stories/");
    expect(html).not.toContain("A Secret Family Story");
    expect(html).not.toContain("The Willow Family");
    expect(html).not.toContain('href="/settings"');
  });

  it("shows the family's tonight, recent stories, favourites and a way to ask for a story now", async () => {
    const { browser, household: family } = await newFamily("The Badgers");
    const now = Date.now();
    const tonight = await insertStory({
      householdId: family.id,
      kind: "nightly",
      localDate: localDate(now, family.timezone),
      title: "The Moon Garden Sings",
      createdAt: now + 2,
    });
    const recent = await insertStory({ householdId: family.id, title: "Otto's Patched Backpack", createdAt: now + 1 });
    // A favourite long expired still shows; an expired ordinary story does not.
    const kept = await insertStory({
      householdId: family.id,
      title: "The Kept One",
      favorite: true,
      expiresAt: now - 1000,
      createdAt: now - 5,
    });
    await insertStory({ householdId: family.id, title: "Gone Already", expiresAt: now - 1000 });
    await insertStory({ householdId: "hh_default", title: "Someone Else's Story" });

    const html = await browser.page("/");
    expect(html).toContain('<h1 class="page-title">The Badgers</h1>');
    expect(html).toMatch(
      new RegExp(`<a class="tonight" href="/stories/${tonight.id}">.*Tonight&#39;s story.*The Moon Garden Sings`, "s"),
    );
    expect(html).toMatch(/<a class="button button-primary" href="\/tell">Tell a story now<\/a>/);
    const recentSection = html.slice(html.indexOf('id="recent-heading"'), html.indexOf('id="favorites-heading"'));
    const favouritesSection = html.slice(html.indexOf('id="favorites-heading"'));
    expect(recentSection).toContain(`/stories/${recent.id}`);
    expect(recentSection).toContain("Otto&#39;s Patched Backpack");
    expect(favouritesSection).toContain(`/stories/${kept.id}`);
    expect(favouritesSection).not.toContain("Otto&#39;s Patched Backpack");
    expect(html).not.toContain("Gone Already");
    expect(html).not.toContain("Someone Else");
    // The signed-in navigation shows.
    expect(html).toContain('action="/sign-out"');
  });

  it("says when tonight's story arrives, in the family's time zone", async () => {
    const { browser, household: family } = await newFamily();
    await db(env)
      .update(households)
      .set({ bedtime: "23:59", timezone: "Pacific/Kiritimati" })
      .where(eq(households.id, family.id));
    const html = await browser.page("/");
    expect(html).toMatch(/Tonight&#39;s story (arrives at 23:59|is on its way)\./);
    expect(html).toContain("No stories yet.");
  });
});

describe("household settings", () => {
  it("shows every field with a visible label, the stored values and a CSP", async () => {
    const { browser, household: family, email } = await newFamily("The Hedgehogs");
    // A parent in two families also gets the household switch (a labelled control too).
    await insertMember((await insertHousehold({ name: "The Grandparents" })).id, email, "parent");
    const res = await browser.get("/settings");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Security-Policy")).toContain("form-action 'self'");
    const html = await res.text();
    for (const label of [
      "Family name",
      "Email",
      "Time zone",
      "Bedtime",
      "Language",
      "Child&#39;s age",
      "Story length",
      "Rhyming story",
      "Picture style",
      "Narration voice",
    ]) {
      expect(html).toMatch(new RegExp(`<label for="settings-\\w+">${label}</label>`));
    }
    // Every control on the page has a label pointing at it.
    const ids = [...html.matchAll(/<(?:input|select|textarea)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(11);
    for (const id of ids) expect(html).toContain(`<label for="${id}">`);
    expect(fieldHtml(html, "settings-name").control).toContain('value="The Hedgehogs"');
    expect(fieldHtml(html, "settings-bedtime").control).toContain('type="time"');
    expect(html).toContain('<option value="Europe/London" selected="">Europe/London</option>');
    expect(html).toContain('<option value="America/New_York">America/New York</option>');
    expect(html).toContain("Leave empty for the language&#39;s usual voice.");
    expect(html).toMatch(/<button type="submit" class="button">Save settings<\/button>/);
    expect(family.nextBedtimeAt).toBe(123);
  });

  it("saves the settings, says so, and shows them on reload", async () => {
    const { browser, household: family } = await newFamily();
    const res = await browser.post("/settings", VALID_SETTINGS);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/settings?saved=1");

    const row = await household(family.id);
    expect(row).toMatchObject({
      name: "The Otter Family",
      email: "otters@example.com",
      timezone: "America/New_York",
      bedtime: "20:15",
      language: "en",
      childAge: 7,
      storyLength: "medium",
      rhyming: true,
      illustrationStyle: "crayon",
      voice: null,
    });

    const html = await browser.page("/settings?saved=1");
    expect(html).toMatch(/<p class="status-message" role="status">Settings saved.<\/p>/);
    expect(fieldHtml(html, "settings-name").control).toContain('value="The Otter Family"');
    expect(fieldHtml(html, "settings-childAge").control).toContain('value="7"');
    expect(fieldHtml(html, "settings-rhyming").control).toContain("checked");
    expect(html).toContain('<option value="America/New_York" selected="">');
    expect(html).toMatch(/<option value="en" selected="">English<\/option>/);
    // Only the languages the storyteller can write are offered.
    expect([...html.matchAll(/<option value="([a-z]{2})"/g)].map((m) => m[1])).toEqual(["en", "fr", "es"]);
    // Without ?saved=1 nothing claims to have been saved.
    expect(await browser.page("/settings")).not.toContain("Settings saved.");
  });

  it("refuses a language the storyteller can't write, saying why, and keeps the old one", async () => {
    const { browser, household: family } = await newFamily();
    const res = await browser.post("/settings", { ...VALID_SETTINGS, language: "de" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("can&#39;t write German yet");
    expect(await household(family.id)).toMatchObject({ language: family.language });
  });

  it("unticks rhyming and keeps a named voice", async () => {
    const { browser, household: family } = await newFamily();
    const { rhyming: _ticked, ...unticked } = VALID_SETTINGS;
    expect((await browser.post("/settings", { ...unticked, voice: "Celine" })).status).toBe(303);
    expect(await household(family.id)).toMatchObject({ rhyming: false, voice: "Celine" });
  });

  it("refuses a bad bedtime, time zone and email with 400, each message by its field and the input kept", async () => {
    const { browser, household: family } = await newFamily("Kept Family");
    const res = await browser.post("/settings", {
      ...VALID_SETTINGS,
      name: "Typed Family",
      bedtime: "25:61",
      timezone: "Mars/Olympus",
      email: "not-an-email",
      childAge: "forty",
    });
    expect(res.status).toBe(400);
    const html = await res.text();

    for (const [name, message] of [
      ["bedtime", "Use 24-hour HH:MM, like 19:30"],
      ["timezone", "Not a time zone (try Europe/London)"],
      ["email", "Not an email address"],
      ["childAge", "Ages 1 to 12"],
    ] as const) {
      const { control, error } = fieldHtml(html, `settings-${name}`);
      expect(error).toBe(message);
      expect(control).toContain('aria-invalid="true"');
      expect(control).toMatch(new RegExp(`aria-describedby="[^"]*settings-${name}-error`));
      // The summary at the top links to the field.
      expect(html).toContain(`<a href="#settings-${name}">`);
    }
    expect(html.indexOf('class="error-summary"')).toBeLessThan(html.indexOf('id="settings-name"'));
    expect(fieldHtml(html, "settings-name").control).toContain('value="Typed Family"');
    expect(fieldHtml(html, "settings-name").control).not.toContain("aria-invalid");
    expect(fieldHtml(html, "settings-bedtime").control).toContain('value="25:61"');
    expect(fieldHtml(html, "settings-email").control).toContain('value="not-an-email"');
    expect(fieldHtml(html, "settings-childAge").control).toContain('value="forty"');
    expect(html).toContain('<option value="Mars/Olympus" selected="">Mars/Olympus</option>');
    // Nothing was saved.
    expect(await household(family.id)).toMatchObject({
      name: "Kept Family",
      bedtime: "19:30",
      timezone: "Europe/London",
    });
  });

  it("resets next_bedtime_at when the bedtime changes, and only then", async () => {
    const { browser, household: family } = await newFamily();
    const same = { ...VALID_SETTINGS, bedtime: family.bedtime, timezone: family.timezone, name: "Renamed" };
    expect((await browser.post("/settings", same)).status).toBe(303);
    expect(await household(family.id)).toMatchObject({ name: "Renamed", nextBedtimeAt: 123 });

    expect((await browser.post("/settings", { ...same, bedtime: "18:45" })).status).toBe(303);
    expect(await household(family.id)).toMatchObject({ bedtime: "18:45", nextBedtimeAt: 0 });
  });

  it("refuses a cross-site form post with 403 and changes nothing", async () => {
    const { browser, household: family, characterId } = await newFamily("Safe Family");
    const res = await browser.post(
      "/settings",
      { ...VALID_SETTINGS, email: "attacker@evil.test" },
      "https://evil.test",
    );
    expect(res.status).toBe(403);
    const deleted = await browser.post(`/characters/${characterId}/delete`, {}, "https://evil.test");
    expect(deleted.status).toBe(403);
    expect(await household(family.id)).toMatchObject({ name: "Safe Family", email: "parent@example.com" });
    expect(await db(env).query.characters.findFirst({ where: eq(characters.id, characterId) })).toBeTruthy();
  });

  it("escapes a hostile family name on the settings and home pages", async () => {
    const { browser } = await newFamily();
    expect((await browser.post("/settings", { ...VALID_SETTINGS, name: HOSTILE })).status).toBe(303);
    for (const path of ["/", "/settings"]) {
      const html = await browser.page(path);
      expect(html).not.toContain("<img src=x");
      expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
  });

  it("switches the household being looked after", async () => {
    const { browser, household: first, email } = await newFamily("The First Family");
    const second = await insertHousehold({ name: "The Second Family" });
    await insertMember(second.id, email, "parent");
    const html = await browser.page("/settings");
    expect(html).toContain('<label for="switch-householdId">Looking after</label>');
    expect(html).toContain(`<option value="${first.id}" selected="">The First Family</option>`);
    expect(html).toContain(">Switch household</button>");

    const res = await browser.post("/household", { householdId: second.id });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/");
    // The session is switched on the server; the cookie stays as it is.
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect(await browser.page("/")).toContain('<h1 class="page-title">The Second Family</h1>');

    // An unknown household is refused and the session stays as it was.
    expect((await browser.post("/household", { householdId: "hh_nobody" })).status).toBe(404);
    expect((await currentHousehold(browser)).id).toBe(second.id);
  });
});

describe("characters and places", () => {
  it("lists the family's characters and places with forms to add more", async () => {
    const { browser } = await newFamily();
    const res = await browser.get("/cast");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toMatch(/<strong class="cast-name">Pip<\/strong>/);
    expect(html).toMatch(/<strong class="cast-name">the Woods<\/strong>/);
    expect(html).not.toContain("Mabel"); // hh_default's, not this family's
    for (const label of ["Name", "Looks", "Personality", "Place name", "Description", "Time of day"]) {
      expect(html).toMatch(new RegExp(`<label for="new-(character|place)-\\w+">${label}</label>`));
    }
    expect(html).toContain(">Add character</button>");
    expect(html).toContain(">Add place</button>");
  });

  it("adds, edits and deletes a character", async () => {
    const { browser, household: family } = await newFamily();
    const added = await browser.post("/characters", {
      name: "Mabel",
      looks: "a grey rabbit in a yellow raincoat",
      personality: "gentle",
    });
    expect(added.status).toBe(303);
    const row = await db(env).query.characters.findFirst({
      where: and(eq(characters.householdId, family.id), eq(characters.name, "Mabel")),
    });
    // Back to the list, scrolled to the new entry (which carries the notice).
    expect(added.headers.get("Location")).toBe(`/cast?done=character-added&item=${row!.id}#character-${row!.id}`);
    expect(row).toMatchObject({ householdId: family.id, looks: "a grey rabbit in a yellow raincoat" });
    expect(row!.id).toMatch(/^ch_[A-Za-z0-9_-]{12}$/);
    const cast = await browser.page("/cast?done=character-added");
    expect(cast).toMatch(/role="status">Character added.</);
    expect(cast).toContain(`href="/characters/${row!.id}/edit"`);

    const edit = await browser.page(`/characters/${row!.id}/edit`);
    expect(fieldHtml(edit, "character-looks").control).toContain("textarea");
    expect(edit).toContain(">a grey rabbit in a yellow raincoat</textarea>");
    expect(edit).toContain(">Save character</button>");
    const saved = await browser.post(`/characters/${row!.id}`, {
      name: "Mabel",
      looks: "a grey rabbit in green boots",
      personality: "gentle and careful",
    });
    expect(saved.status).toBe(303);
    expect(await db(env).query.characters.findFirst({ where: eq(characters.id, row!.id) })).toMatchObject({
      looks: "a grey rabbit in green boots",
      personality: "gentle and careful",
    });

    expect(edit).toMatch(/<button type="submit" class="button button-danger">Delete Mabel<\/button>/);
    const deleted = await browser.post(`/characters/${row!.id}/delete`, {});
    expect(deleted.status).toBe(303);
    expect(await db(env).query.characters.findFirst({ where: eq(characters.id, row!.id) })).toBeUndefined();
    expect(await browser.page("/cast")).not.toContain("Mabel");
  });

  it("refuses to delete the last character and the last place", async () => {
    const { browser, characterId, placeId } = await newFamily();
    const res = await browser.post(`/characters/${characterId}/delete`, {});
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Stories need at least one character, so Pip stays.");
    expect(await db(env).query.characters.findFirst({ where: eq(characters.id, characterId) })).toBeTruthy();

    const place = await browser.post(`/places/${placeId}/delete`, {});
    expect(place.status).toBe(409);
    expect(await place.text()).toContain("Stories need at least one place, so the Woods stays.");
    expect(await db(env).query.places.findFirst({ where: eq(places.id, placeId) })).toBeTruthy();
  });

  it("sends old /scenes links and form posts on to /places", async () => {
    const { browser, placeId } = await newFamily();
    const edit = await browser.get(`/scenes/${placeId}/edit?from=email`);
    expect(edit.status).toBe(308);
    expect(edit.headers.get("Location")).toBe(`/places/${placeId}/edit?from=email`);
    const add = await browser.post("/scenes", { name: "the Attic", description: "dusty and warm", timeOfDay: "night" });
    expect(add.status).toBe(308);
    expect(add.headers.get("Location")).toBe("/places");
  });

  it("adds, edits and deletes a place", async () => {
    const { browser, household: family } = await newFamily();
    const added = await browser.post("/places", {
      name: "the Moonlit Beach",
      description: "a quiet beach with rock pools",
      timeOfDay: "night",
    });
    expect(added.status).toBe(303);
    const row = await db(env).query.places.findFirst({
      where: and(eq(places.householdId, family.id), eq(places.name, "the Moonlit Beach")),
    });
    expect(row).toMatchObject({ householdId: family.id, timeOfDay: "night" });
    expect(row!.id).toMatch(/^pl_/);
    expect(await browser.page("/cast")).toContain("Night · a quiet beach with rock pools");

    const edit = await browser.page(`/places/${row!.id}/edit`);
    expect(edit).toContain('<option value="night" selected="">Night</option>');
    expect(edit).toContain(">Save place</button>");
    expect(
      (
        await browser.post(`/places/${row!.id}`, {
          name: "the Sunny Beach",
          description: "a beach with sandcastles",
          timeOfDay: "morning",
        })
      ).status,
    ).toBe(303);
    expect(await db(env).query.places.findFirst({ where: eq(places.id, row!.id) })).toMatchObject({
      name: "the Sunny Beach",
      timeOfDay: "morning",
    });

    expect(await browser.page(`/places/${row!.id}/edit`)).toContain(">Delete the Sunny Beach</button>");
    expect((await browser.post(`/places/${row!.id}/delete`, {})).status).toBe(303);
    expect(await db(env).query.places.findFirst({ where: eq(places.id, row!.id) })).toBeUndefined();
  });

  it("refuses an incomplete character with 400, the problem by its field and the input kept", async () => {
    const { browser, household: family } = await newFamily();
    const res = await browser.post("/characters", { name: "  ", looks: "a tiny white owl", personality: "" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(fieldHtml(html, "new-character-name").error).toBe("Required");
    expect(fieldHtml(html, "new-character-name").control).toContain('aria-invalid="true"');
    expect(fieldHtml(html, "new-character-personality").error).toBe("Required");
    expect(html).toContain(">a tiny white owl</textarea>");
    // The place form beside it is untouched.
    expect(html).not.toContain('id="new-place-problems"');
    const rows = await db(env).query.characters.findMany({ where: eq(characters.householdId, family.id) });
    expect(rows).toHaveLength(1);
  });

  it("refuses unkind looks with 422 and the kind message by the form, keeping what was typed", async () => {
    const { browser, household: family, characterId } = await newFamily();
    const res = await browser.post("/characters", {
      name: "Rex",
      looks: "a big dog who carries a gun",
      personality: "grumpy",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    const form = html.slice(html.indexOf('action="/characters"'), html.indexOf('action="/places"'));
    expect(form).toContain(KIND_MESSAGE);
    expect(form).toContain('role="alert"');
    expect(form).toContain(">a big dog who carries a gun</textarea>");
    expect(fieldHtml(html, "new-character-name").control).toContain('value="Rex"');
    expect(await db(env).query.characters.findMany({ where: eq(characters.householdId, family.id) })).toHaveLength(1);

    // Editing is checked the same way, and the stored character stays as it was.
    const edit = await browser.post(`/characters/${characterId}`, {
      name: "Pip",
      looks: "a fox with a knife",
      personality: "curious",
    });
    expect(edit.status).toBe(422);
    expect(await edit.text()).toContain(KIND_MESSAGE);
    expect(await db(env).query.characters.findFirst({ where: eq(characters.id, characterId) })).toMatchObject({
      looks: "a small red fox",
    });

    const place = await browser.post("/places", {
      name: "the Battlefield",
      description: "covered in blood",
      timeOfDay: "night",
    });
    expect(place.status).toBe(422);
    expect(await place.text()).toContain(KIND_MESSAGE);
  });

  it("escapes a hostile character name on the cast page and its edit page", async () => {
    const { browser } = await newFamily();
    expect(
      (
        await browser.post("/characters", {
          name: HOSTILE,
          looks: `"><script>alert(2)</script>`,
          personality: "sneaky",
        })
      ).status,
    ).toBe(303);
    const cast = await browser.page("/cast");
    expect(cast).not.toContain("<img src=x");
    expect(cast).not.toContain("<script>alert");
    expect(cast).toContain('<strong class="cast-name">&lt;img src=x onerror=alert(1)&gt;</strong>');
    const id = /href="\/characters\/([^/"]+)\/edit"/g;
    const ids = [...cast.matchAll(id)].map((m) => m[1]);
    const edit = await browser.page(`/characters/${ids.at(-1)}/edit`);
    expect(edit).not.toContain("<img src=x");
    expect(edit).toContain('value="&lt;img src=x onerror=alert(1)&gt;"');
    expect(edit).toContain("Delete &lt;img src=x onerror=alert(1)&gt;");
  });

  it("answers 404 for another family's character or place, and leaves them alone", async () => {
    const { browser } = await newFamily();
    for (const path of ["/characters/ch_pip/edit", "/places/sc_moon_garden/edit", "/characters/no%20such/edit"]) {
      expect((await browser.get(path)).status).toBe(404);
    }
    expect(
      (await browser.post("/characters/ch_pip", { name: "Stolen", looks: "a fox", personality: "sly" })).status,
    ).toBe(404);
    expect((await browser.post("/characters/ch_pip/delete", {})).status).toBe(404);
    expect((await browser.post("/places/sc_moon_garden/delete", {})).status).toBe(404);
    expect(await db(env).query.characters.findFirst({ where: eq(characters.id, "ch_pip") })).toMatchObject({
      name: "Pip",
      householdId: "hh_default",
    });
    expect(await db(env).query.places.findFirst({ where: eq(places.id, "sc_moon_garden") })).toBeTruthy();
  });

  it("sends a signed-out visitor to sign in, from every form page", async () => {
    const browser = new Browser();
    for (const path of ["/settings", "/cast", "/characters/ch_pip/edit"]) {
      const res = await browser.get(path);
      expect(res.status).toBe(303);
      expect(res.headers.get("Location")).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
    const post = await browser.post("/characters", { name: "Sneaky", looks: "a cat", personality: "sly" });
    expect(post.status).toBe(303);
    expect(post.headers.get("Location")).toBe("/sign-in?next=%2F");
    expect(await db(env).query.characters.findFirst({ where: eq(characters.name, "Sneaky") })).toBeUndefined();
  });
});

/** The household the browser's session is looking after, read from its session row in D1. */
async function currentHousehold(browser: Browser) {
  const token = /^nl_session=([A-Za-z0-9_-]{43})\./.exec(decodeURIComponent(browser.cookie))?.[1] ?? "";
  const session = await env.DB.prepare("SELECT household_id FROM sessions WHERE id = ?")
    .bind(await tokenHash(token))
    .first<{ household_id: string }>();
  const id = session?.household_id ?? "";
  const row = await household(id);
  if (!row) throw new Error(`no household ${id}`);
  return row;
}

describe("broken form bodies", () => {
  it("answers an oversize form post with a kind 413 page, before reading it", async () => {
    const { browser } = await newFamily();
    const res = await browser.post("/places", { name: "x", description: "y".repeat(70 * 1024), timeOfDay: "night" });
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain("That was too much to take in");
    expect(html).toContain("Please shorten what you wrote");
  });

  it("answers a malformed multipart post with a 400, not a 500", async () => {
    const res = await exports.default.fetch(
      new Request(`${BASE}/sign-in`, {
        method: "POST",
        headers: { Origin: BASE, "Content-Type": "multipart/form-data; boundary=XYZ" },
        body: "garbage--",
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("That form could not be read");
  });
});
