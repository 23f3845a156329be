/**
 * The family's language, through `exports.default.fetch` (and the notify job for the email):
 * French and Spanish households get their pages, forms, errors and bedtime email in their
 * language, English ones stay English, and one person can choose otherwise.
 */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { db } from "../src/db/client";
import { characters, type Household, places } from "../src/db/schema";
import { formatDuration, type Locale, messages } from "../src/i18n";
import { en, type Messages } from "../src/i18n/en";
import { es } from "../src/i18n/es";
import { fr } from "../src/i18n/fr";
import { notify } from "../src/jobs/notify";
import { createContext } from "../src/lib/context";
import { randomId } from "../src/lib/ids";
import { insertAsset, insertHousehold, insertStory } from "./helpers/fixtures";
import { recordingEnv } from "./helpers/recording-env";
import { insertMember, linkSentTo, newEmail, recordEmails } from "./helpers/sign-in";

const BASE = "https://nightlight.test";
const NOW = Date.now();

// Type-level: every catalogue has every key of en.ts, and one without a key does not compile.
const _fr: Messages = fr;
const _es: Messages = es;
const { home: _home, ...withoutHome } = en;
// @ts-expect-error a catalogue missing a section (or a key) is a compile error
const _broken: Messages = withoutHome;

/**
 * A zone where it is about midday now (Etc/GMT-N is N hours *ahead* of UTC), so a 20:30 bedtime
 * is always still to come and the email's greeting is the afternoon one.
 */
function middayZone(now: number): string {
  const offset = 12 - new Date(now).getUTCHours(); // -11 … +12
  if (offset === 0) return "Etc/GMT";
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** English words of the UI that must not be left on a French or Spanish page. */
const ENGLISH_UI = [
  "Tell a story now",
  "Tonight",
  "Sign out",
  "Sign in",
  "Settings",
  "Characters",
  "Scenes?",
  "Recent stories",
  "Favourites",
  "Save",
  "Add",
  "Edit",
  "Delete",
  "Back to",
  "Please check",
  "Required",
  "Surprise me",
  "Email me",
  "Bedtime",
  "Time zone",
  "Language",
  "Family name",
  "Story length",
  "Picture style",
  "Looking after",
  "Welcome",
  "Passphrase",
  "Main",
  "Something went wrong",
  "couldn't",
  "Use this device",
];

/** What a reader sees or hears: text between tags, and the attributes read aloud or shown. */
function readable(html: string): string {
  const attributes = [...html.matchAll(/\s(?:aria-label|label|alt|title|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " ");
  return `${text} ${attributes.join(" ")}`;
}

function englishLeft(html: string): string[] {
  const seen = readable(html);
  return ENGLISH_UI.filter((word) => new RegExp(`\\b${word}\\b`).test(seen));
}

/** A tiny browser: keeps cookies, sends its Accept-Language, posts forms from this site. */
class Browser {
  cookies = new Map<string, string>();
  constructor(readonly acceptLanguage?: string) {}

  /** Each browser its own address, as families are (sign-in is rate-limited per IP). */
  ip = `10.${[...crypto.getRandomValues(new Uint8Array(3))].join(".")}`;

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { "CF-Connecting-IP": this.ip };
    if (this.cookies.size > 0) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (this.acceptLanguage) headers["Accept-Language"] = this.acceptLanguage;
    return headers;
  }

  private keep(res: Response) {
    for (const set of res.headers.getSetCookie()) {
      const [pair = ""] = set.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (/Max-Age=0/i.test(set)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async get(path: string): Promise<Response> {
    return this.keep(
      await exports.default.fetch(new Request(`${BASE}${path}`, { redirect: "manual", headers: this.headers() })),
    );
  }

  async post(path: string, form: Record<string, string>, extra: Record<string, string> = {}): Promise<Response> {
    const headers = {
      ...this.headers(),
      Origin: BASE,
      "Content-Type": "application/x-www-form-urlencoded",
      ...extra,
    };
    return this.keep(
      await exports.default.fetch(
        new Request(`${BASE}${path}`, { method: "POST", redirect: "manual", headers, body: new URLSearchParams(form) }),
      ),
    );
  }

  async page(path: string, status = 200): Promise<string> {
    const res = await this.get(path);
    expect(res.status, path).toBe(status);
    return res.text();
  }
}

/** A signed-in browser looking after a fresh household in `language`, with one character and one place. */
async function family(language: string, name: string, browser = new Browser()) {
  const household = await insertHousehold({
    name,
    language: language as Household["language"],
    timezone: middayZone(NOW),
    bedtime: "20:30",
    email: `${language}@example.com`,
  });
  await db(env)
    .insert(characters)
    .values({
      id: randomId("ch", 9),
      householdId: household.id,
      name: "Pip",
      looks: "un petit renard roux",
      personality: "curieux",
      createdAt: 1,
    });
  await db(env)
    .insert(places)
    .values({
      id: randomId("pl", 9),
      householdId: household.id,
      name: "la Forêt",
      description: "une forêt douce",
      timeOfDay: "evening",
      createdAt: 1,
    });
  // A parent of this family signs in the way parents do: by the link the Worker emails.
  const email = newEmail(language);
  await insertMember(household.id, email);
  recordEmails();
  expect((await browser.post("/sign-in", { email, next: "/" })).status).toBe(200);
  const { token } = await linkSentTo(email, 1);
  expect((await browser.post("/sign-in/link", { token, next: "/" })).status).toBe(303);
  return { browser, household };
}

const SIGNED_IN_PAGES = ["/", "/settings", "/cast", "/tell", "/account"];

describe.each([
  ["fr", "Famille Martin"],
  ["es", "Familia García"],
] as const)("a %s household", (locale, name) => {
  const t = messages(locale);

  it("gets every signed-in page in its language, with lang set and no English words left", async () => {
    const { browser } = await family(locale, name);
    for (const path of SIGNED_IN_PAGES) {
      const html = await browser.page(path);
      expect(html, path).toContain(`<html lang="${locale}">`);
      expect(englishLeft(html), path).toEqual([]);
      expect(html, path).toContain(escapeHtml(t.layout.signOut));
      expect(html, path).toContain(escapeHtml(t.layout.tell));
    }
    const home = await browser.page("/");
    expect(home).toContain(escapeHtml(t.home.recent));
    expect(home).toContain(escapeHtml(t.home.arrivesAt("20:30")));
    const settings = await browser.page("/settings");
    expect(settings).toContain(`>${escapeHtml(t.settings.labels.timezone)}</label>`);
    expect(settings).toContain(`>${escapeHtml(t.settings.save)}</button>`);
    expect(settings).toContain(`<optgroup label="${escapeHtml(t.settings.regions.Europe)}">`);
    expect(settings).toMatch(/<script src="\/time-zone\.js" defer="" nonce="[^"]+"><\/script>/);
    const cast = await browser.page("/cast");
    expect(cast).toContain(`>${escapeHtml(t.cast.addCharacter)}</button>`);
    const tell = await browser.page("/tell");
    expect(tell).toContain(`>${escapeHtml(t.tell.prompt)}</label>`);
    expect(tell).toContain(`<option value="" selected="">${escapeHtml(t.tell.surpriseMe)}</option>`);
  });

  it("says what is wrong with a refused form in its language, and focuses the summary", async () => {
    const { browser } = await family(locale, name);
    const res = await browser.post("/settings", {
      name: "",
      email: "pas-un-email",
      timezone: "Mars/Olympus",
      bedtime: "25:61",
      language: locale,
      childAge: "40",
      storyLength: "short",
      illustrationStyle: "crayon",
      voice: "",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toMatch(/class="error-summary" role="alert"[^>]*tabindex="-1" autofocus=""/);
    for (const message of [t.forms.checkTheForm, t.forms.required, t.forms.email, t.forms.bedtime, t.forms.childAge])
      expect(html).toContain(escapeHtml(message));
    expect(englishLeft(html)).toEqual([]);
  });

  it("refuses a tampered story request in its language, naming the field", async () => {
    const { browser } = await family(locale, name);
    const res = await browser.post("/tell", { prompt: "", language: "klingon" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(
      escapeHtml(`${t.tell.checkTheForm} ${t.forms.fieldProblem(t.tell.fieldNames.language, t.tell.chooseLanguage)}.`),
    );
    expect(html).toMatch(/id="tell-error" class="form-alert" role="alert" tabindex="-1" autofocus=""/);
    expect(englishLeft(html)).toEqual([]);
  });

  it("asks before deleting, and puts the notice next to a new entry", async () => {
    const { browser, household } = await family(locale, name);
    const added = await browser.post("/characters", { name: "Mabel", looks: "un lapin gris", personality: "doux" });
    expect(added.status).toBe(303);
    const location = added.headers.get("Location") ?? "";
    const id = /#character-(ch_[\w-]+)$/.exec(location)?.[1];
    expect(id, location).toBeTruthy();
    const cast = await browser.page(location.replace(/#.*/, ""));
    // The notice sits inside the new entry, which the #anchor scrolls to.
    expect(cast).toMatch(
      new RegExp(`<li id="character-${id}">[\\s\\S]*?role="status">${escapeHtml(t.cast.notices["character-added"])}<`),
    );
    const edit = await browser.page(`/characters/${id}/edit`);
    expect(edit).toContain(`<details class="delete-confirm"><summary class="button button-secondary">`);
    expect(edit).toContain(escapeHtml(t.cast.deleteCharacterQuestion("Mabel")));
    expect(englishLeft(edit)).toEqual([]);
    expect(household.language).toBe(locale);
  });

  it("sends the nightly email in its language, with the bedtime as the home page shows it", async () => {
    const { browser, household } = await family(locale, name);
    const home = await browser.page("/");
    const shown = new RegExp(escapeRegExp(escapeHtml(t.home.arrivesAt("§"))).replace("§", "(.+?)")).exec(home)?.[1];
    expect(shown).toBe("20:30");

    const rec = recordingEnv();
    const story = await insertStory({
      householdId: household.id,
      kind: "nightly",
      notify: true,
      status: "ready",
      language: locale,
      title: locale === "fr" ? "Pip et la lune" : "Pip y la luna",
      expiresAt: NOW + 2 * 86_400_000,
    });
    await insertAsset({ storyId: story.id, kind: "audio", index: 0, status: "skipped" });
    await notify(createContext(rec.env, NOW), story.id);
    expect(rec.sent).toHaveLength(1);
    const mail = rec.sent[0]!;
    expect(mail.subject).toBe(t.email.subjectNightly(story.title!));
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.html).toContain(escapeHtml(t.email.readyNightly(shown!)));
    expect(mail.text).toContain(t.email.readyNightly(shown!));
    // The bedtime email says good evening, whatever the clock says where the family is.
    expect(mail.text).toContain(t.email.greeting.evening(name));
    expect(mail.html).toContain(escapeHtml(t.email.readNightly));
    // Intl puts a no-break space between the number and its unit.
    expect(mail.text).toContain(t.email.keptFor(formatDuration(2 * 86_400_000, locale), t.keepStory));
    expect(englishLeft(mail.html ?? "")).toEqual([]);
  });

  it("says “your story is ready” for an on-demand story, not tonight's", async () => {
    const { household } = await family(locale, name);
    const rec = recordingEnv();
    const story = await insertStory({
      householdId: household.id,
      kind: "on-demand",
      notify: true,
      status: "ready",
      // The story's language may differ from the family's: the email still speaks theirs.
      language: "en",
      title: "Pip and the Moon",
    });
    await notify(createContext(rec.env, NOW), story.id);
    const mail = rec.sent[0]!;
    expect(mail.subject).toBe(t.email.subjectOnDemand("Pip and the Moon"));
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.html).toMatch(/<h1 lang="en"[^>]*>Pip and the Moon<\/h1>/);
    expect(mail.html).toContain(escapeHtml(t.email.readOnDemand));
    expect(mail.html).not.toContain(escapeHtml(t.email.readNightly));
  });

  it("shows a kind error page in its language", async () => {
    const { browser } = await family(locale, name);
    const html = await browser.page("/stories/abcdefghijklmnopqrstuv", 404);
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(escapeHtml(t.errorPage.notFound.title));
    expect(englishLeft(html)).toEqual([]);
    const nowhere = await browser.page("/no/such/page", 404);
    expect(nowhere).toContain(`<html lang="${locale}">`);
  });

  it("opens its emailed link, and a spent one, in its language whatever the browser says", async () => {
    const { household } = await family(locale, name);
    const email = newEmail(`${locale}-link`);
    await insertMember(household.id, email);
    recordEmails();
    const browser = new Browser(); // no Accept-Language: the family's language decides
    const sent = await browser.post("/sign-in", { email, next: "/" });
    expect(sent.status).toBe(200);
    const { path, token } = await linkSentTo(email, 1);
    const link = await browser.page(path);
    expect(link).toContain(`<html lang="${locale}">`);
    expect(link).toContain(escapeHtml(t.signIn.welcomeBack));
    expect(englishLeft(link)).toEqual([]);
    expect((await browser.post("/sign-in/link", { token, next: "/" })).status).toBe(303);
    const spent = await browser.page(path, 410);
    expect(spent).toContain(`<html lang="${locale}">`);
    expect(spent).toContain(escapeHtml(t.signIn.problems.used.title));
    expect(englishLeft(spent)).toEqual([]);
  });

  it("shows a story in its language: chrome, controls and the keep button the email names", async () => {
    const { browser, household } = await family(locale, name);
    const story = await insertStory({
      householdId: household.id,
      status: "ready",
      language: locale,
      title: locale === "fr" ? "Pip et la lune" : "Pip y la luna",
      scenes: [{ paragraphs: [locale === "fr" ? "La lune bâilla." : "La luna bostezó."], illustration: "a moon" }],
      expiresAt: NOW + 2 * 86_400_000,
    });
    await insertAsset({ storyId: story.id, kind: "audio", index: 0, status: "skipped" });
    const html = await browser.page(`/stories/${story.id}`);
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(escapeHtml(t.layout.settings));
    expect(html).toContain(`>${escapeHtml(t.keepStory)}</button>`);
    expect(html).toContain(escapeHtml(t.layout.languageLabel));
    expect(englishLeft(html)).toEqual([]);
    // One person's choice of English: the chrome follows it, the story keeps its own lang.
    browser.cookies.set("lang", "en");
    const chosen = await browser.page(`/stories/${story.id}`);
    expect(chosen).toContain(`<html lang="${locale}">`);
    expect(chosen).toContain('<header class="site-header" lang="en" dir="ltr">');
    expect(chosen).toContain(`>${escapeHtml(en.keepStory)}</button>`);
  });

  it("shows the family's parents an English story in the family's language, as the email names its button", async () => {
    const { browser, household } = await family(locale, name);
    const story = await insertStory({
      householdId: household.id,
      status: "ready",
      language: "en",
      title: "Pip and the Moon",
      scenes: [{ paragraphs: ["The moon yawned."], illustration: "a moon" }],
      expiresAt: NOW + 2 * 86_400_000,
    });
    const html = await browser.page(`/stories/${story.id}`);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<header class="site-header" lang="${locale}" dir="ltr">`);
    expect(html).toContain(`>${escapeHtml(t.keepStory)}</button>`);
    // Someone else with the link sees the story's own language throughout.
    const stranger = await new Browser().page(`/stories/${story.id}`);
    expect(stranger).toContain(`>${escapeHtml(en.layout.languageLabel)}<`);
  });

  it("gets the sign-in page in its language from Accept-Language", async () => {
    const browser = new Browser(locale === "fr" ? "fr-CA,fr;q=0.9,en;q=0.5" : "es-MX,es;q=0.9");
    const html = await browser.page("/sign-in");
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(escapeHtml(t.signIn.email));
    expect(html).toContain(escapeHtml(t.signIn.sendLink));
    expect(englishLeft(html)).toEqual([]);
  });
});

describe("choosing the language", () => {
  it("keeps an English household in English", async () => {
    const { browser } = await family("en", "The Willow Family");
    for (const path of SIGNED_IN_PAGES) expect(await browser.page(path), path).toContain('<html lang="en">');
    const home = await browser.page("/");
    expect(home).toContain("Tonight&#39;s story arrives at 20:30.");
    expect(home).toContain(">Sign out</button>");
  });

  it("lets one person switch with the footer's buttons (a cookie), above the household's language", async () => {
    const { browser } = await family("fr", "Famille Dupont");
    expect(await browser.page("/settings")).toContain('<html lang="fr">');
    const res = await browser.post("/language", { lang: "es" }, { Referer: `${BASE}/settings` });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/settings");
    expect(res.headers.get("Set-Cookie")).toMatch(/^lang=es;.*HttpOnly/i);
    const html = await browser.page("/settings");
    expect(html).toContain('<html lang="es">');
    expect(html).toContain(">Guardar ajustes</button>");
    expect(html).toMatch(
      /<button type="submit" name="lang" value="es" lang="es" class="link-button" aria-pressed="true">/,
    );
    // A language without a catalogue, or another site's referer, changes nothing and goes home.
    const odd = await browser.post("/language", { lang: "xx" }, { Referer: "https://elsewhere.example/" });
    expect(odd.headers.get("Location")).toBe("/");
    expect(odd.headers.get("Set-Cookie")).toBeNull();
  });

  it("uses the cookie on the sign-in page too, and English for a language it has no words for", async () => {
    const german = new Browser("de-DE,de;q=0.9");
    expect(await german.page("/sign-in")).toContain('<html lang="en">');
    german.cookies.set("lang", "fr");
    expect(await german.page("/sign-in")).toContain('<html lang="fr">');
  });

  it("writes French with non-breaking spaces and curly apostrophes, Spanish with ¿ and ¡", () => {
    const all = (value: unknown): string[] =>
      typeof value === "string"
        ? [value]
        : typeof value === "function"
          ? [String(value("X", "Y"))]
          : value && typeof value === "object"
            ? Object.values(value).flatMap(all)
            : [];
    const french = all(messages("fr"));
    for (const text of french) {
      expect(text, text).not.toMatch(/ [?!:;»]|« /); // an ordinary space there could break the line
      expect(text, text).not.toContain("'");
      expect(text, text).not.toMatch(/\b(tu|ton|ta|tes)\b/i); // "vous", always
    }
    const spanish = all(messages("es"));
    for (const text of spanish) {
      expect(text, text).not.toContain("'");
      expect(text, text).not.toMatch(/\busted(es)?\b/i); // "tú", always
      if (text.includes("?")) expect(text, text).toContain("¿");
    }
    expect(messages("fr").email.subjectNightly("Pip")).toBe("L’histoire du soir\u00a0: Pip");
  });

  it("formats plurals, durations and story dates with Intl", async () => {
    const { plural, formatStoryDate } = await import("../src/i18n");
    const forms = (l: Locale) => messages(l).forms.atMost;
    expect(plural("en", 1, forms("en"))).toBe("At most 1 character");
    expect(plural("fr", 1, forms("fr"))).toBe("1 caractère au maximum");
    expect(plural("es", 40, forms("es"))).toBe("Como máximo 40 caracteres");
    expect(formatDuration(2 * 86_400_000, "fr")).toBe("2\u00a0jours");
    expect(formatDuration(3_600_000, "es")).toMatch(/^1\shora$/u);
    expect(formatDuration(36 * 3_600_000, "en")).toBe("36 hours");
    expect(formatStoryDate("2026-11-20", "2026-11-21", "es")).toBe("Ayer");
    expect(formatStoryDate("2026-11-21", "2026-11-21", "fr")).toBe("Aujourd’hui");
  });
});

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
