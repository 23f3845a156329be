/**
 * A French family on a French phone (390×844), end to end against `wrangler dev` with no API keys:
 * the operator creates the household (language fr), the parent signs in through the emailed link,
 * changes bedtime, asks for a story about a lost doudou, listens with the device's voice — a
 * stand-in `speechSynthesis` (headless Chromium has no voices) so pause, resume and the sleep
 * timer run for real, with the page's clock fast-forwarded ten minutes — then turns the picture
 * book's pages and looks at the print preview. Every step checks the page speaks French, with no
 * English left in what a parent sees or hears from a screen reader.
 * Screenshots: test-results/e2e/fr-*.png.
 */
import type { Browser, BrowserContext, Cookie, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  fakeVoice,
  launchBrowser,
  linkFromLog,
  logMark,
  operatorApi,
  phoneContext,
  recordProblems,
  screenshot,
  storyIsComplete,
  waitFor,
} from "./browser";

const EMAIL = "famille-martin@example.com";
const FAMILY = "Famille Martin";

const baseUrl = inject("baseUrl");
let browser: Browser;
/** The signed-in session, kept from the first test for the next ones. */
let session: Cookie[] = [];
let storyPath = "";

beforeAll(async () => {
  browser = await launchBrowser();
  const family = { name: FAMILY, email: EMAIL, timezone: "Europe/Paris", language: "fr" };
  const res = await operatorApi(baseUrl, "/api/households", family);
  expect(res.status, await res.clone().text()).toBe(201);
});
afterAll(async () => {
  await browser?.close();
});

/** A French phone (Accept-Language fr-FR), signed in when a session is kept; fails on console errors and CSP violations. */
async function onFrenchPhone(name: string, test: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await phoneContext(browser, baseUrl, "fr-FR");
  context.setDefaultTimeout(10_000);
  if (session.length) await context.addCookies(session);
  const page = await context.newPage();
  const problems = await recordProblems(page);
  try {
    await test(page, context);
    // The used link's page answers 410 on purpose; Chromium logs any 4xx document as an error.
    const real = problems.filter((p) => !/status of 410/.test(p));
    expect(real, "console errors, page errors or CSP violations").toEqual([]);
  } catch (error) {
    const shot = await screenshot(page, `fr-${name}-failed`).catch(() => "(no screenshot)");
    if (error instanceof Error) error.message += `\n  page: ${page.url()}\n  screenshot: ${shot}`;
    throw error;
  } finally {
    await context.close();
  }
}

/**
 * English a French parent must never meet: the app's own words as they are in English (nav,
 * buttons, listen controls, book, sign-in), and the little words no French sentence has.
 */
const ENGLISH =
  /\b(Sign (in|out)|Settings|Characters|New story|Tell a story|Family|Listen|Read aloud|Resume|Bedtime|Speed|Voice|Sleep timer|End of story|Picture book|Keep this story|Back to|Print|Welcome|Check your email|Save|Language|Ready|Painting|Writing|Next page|Previous page|Main|the|and|your|this|with|of)\b/;

/**
 * The page is French: `lang="fr"` on <html>, and no English in its visible text nor in the names
 * a screen reader says (aria-label, alt, placeholder, title).
 */
async function expectFrench(page: Page, step: string): Promise<void> {
  const { lang, words } = await page.evaluate(() => {
    const said = [...document.querySelectorAll("[aria-label], img[alt], [placeholder], [title]")].map((el) =>
      ["aria-label", "alt", "placeholder", "title"].map((a) => el.getAttribute(a) ?? "").join(" "),
    );
    return {
      lang: document.documentElement.lang,
      // biome-ignore lint/performance/useDomNodeTextContent: what is on screen is the point, not hidden text.
      words: [document.title, document.body.innerText, ...said].join("\n"),
    };
  });
  expect(lang, `${step}: <html lang>`).toBe("fr");
  // Time zones keep their IANA names ("America/Port of Spain"), whatever the language.
  const zone = /^[A-Z][a-z]+\/[\w /+-]+$/;
  const english = words.split("\n").filter((line) => ENGLISH.test(line) && !zone.test(line.trim()));
  expect(english, `${step}: English words on a French page`).toEqual([]);
}

describe("a French family on a phone", () => {
  it("signs in through the emailed link, all in French", async () => {
    await onFrenchPhone("sign-in", async (page) => {
      await page.goto("/sign-in");
      await page.getByRole("heading", { name: "Bienvenue sur Nightlight" }).waitFor();
      await expectFrench(page, "sign-in");
      await screenshot(page, "fr-sign-in");

      const seen = logMark();
      await page.getByLabel("Votre adresse e-mail").fill(EMAIL);
      await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
      await page.getByRole("heading", { name: "Consultez vos e-mails" }).waitFor();
      await expectFrench(page, "link sent");
      await screenshot(page, "fr-link-sent");

      // The link the email carries, read from the dev log; the page it opens is the family's language.
      const link = await linkFromLog(EMAIL, seen);
      await page.goto(link);
      await page.getByRole("heading", { name: "Bon retour parmi nous" }).waitFor();
      await expectFrench(page, "link page");
      await screenshot(page, "fr-link");
      await page.getByRole("button", { name: "Se connecter" }).click();

      await page.waitForURL((url) => url.pathname === "/");
      await page.getByRole("heading", { level: 1, name: FAMILY }).waitFor();
      await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
      await expectFrench(page, "home");
      await expectNavOnOneLine(page);
      await screenshot(page, "fr-home");
      session = await page.context().cookies();

      // A used link gets the kind French page, not an English one.
      await page.goto(link);
      await page.getByRole("heading", { name: "Ce lien a déjà servi" }).waitFor();
      await expectFrench(page, "used link");
      await screenshot(page, "fr-link-used");
    });
  });

  it("changes bedtime in the settings and sees the family page", async () => {
    await onFrenchPhone("settings", async (page) => {
      await page.goto("/");
      await page.getByRole("navigation").getByRole("link", { name: "Réglages", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/settings");
      const bedtime = page.getByLabel("Heure du coucher", { exact: true });
      const after = (await bedtime.inputValue()) === "20:00" ? "20:30" : "20:00";
      await bedtime.fill(after);
      await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
      await page.getByText("Réglages enregistrés.").waitFor();
      expect(await page.getByLabel("Heure du coucher", { exact: true }).inputValue()).toBe(after);
      await expectFrench(page, "settings");
      await screenshot(page, "fr-settings");

      // The family page (members, devices, deleting the family) is French too.
      await page.getByRole("link", { name: /Qui fait partie de la famille/ }).click();
      await page.getByRole("heading", { name: "Qui fait partie de la famille" }).waitFor();
      await page.getByText(/cet appareil, connecté aujourd’hui/).waitFor();
      await expectFrench(page, "account");
      await screenshot(page, "fr-account");
    });
  });

  it("asks for a story in French and sees it become a French page", async () => {
    await onFrenchPhone("tell", async (page) => {
      await page.goto("/");
      await page.getByRole("navigation").getByRole("link", { name: "Raconter", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/tell");
      await page.getByLabel(/De quoi parlera l’histoire/).fill("un doudou perdu dans la forêt");
      await expectFrench(page, "tell");
      await screenshot(page, "fr-tell");
      await page.getByRole("button", { name: "Raconter l’histoire" }).click();

      await page.waitForURL((url) => /^\/stories\/[^/]+$/.test(url.pathname), { timeout: 15_000 });
      storyPath = new URL(page.url()).pathname;
      // While it is made, the steps are French too.
      await expectFrench(page, "story in progress");
      await screenshot(page, "fr-story-in-progress");
      await waitFor(page, storyIsComplete, 60_000, "the French story to be complete");

      const article = page.getByRole("article");
      expect(await article.textContent()).toMatch(/doudou/i);
      await page.getByRole("button", { name: "Garder cette histoire" }).waitFor();
      await expectFrench(page, "story");
      await expectNavOnOneLine(page);
      await screenshot(page, "fr-story");
    });
  });

  it("listens with the device's voice: pause, resume, then the sleep timer says good night", async () => {
    expect(storyPath, "the story from the test before").not.toBe("");
    await onFrenchPhone("listen", async (page) => {
      await page.addInitScript(fakeVoice, { lang: "fr-FR", name: "Amélie" });
      // A clock the test can move: the ten-minute sleep timer ends without waiting ten minutes.
      await page.clock.install();
      await page.goto(storyPath);
      const box = page.locator("[data-listen]");
      const play = box.locator("[data-play]");
      await play.waitFor({ state: "visible" });
      expect((await play.textContent())?.trim()).toBe("Lire à voix haute");

      // Speed, voice and the timer are folded under the buttons.
      await box.getByText("Vitesse, voix et minuterie").click();
      await box.getByLabel("Minuterie").selectOption("10");
      await play.click();
      await page.locator(".sentence.reading").first().waitFor();
      await expect.poll(() => play.textContent()).toBe("Pause");
      await play.click();
      await expect.poll(() => play.textContent()).toBe("Reprendre");
      await screenshot(page, "fr-listen-paused");
      await play.click();
      await expect.poll(() => play.getAttribute("aria-pressed")).toBe("true");
      await expectFrench(page, "listening");

      // Ten minutes later the timer fades the voice out at the end of the sentence and says good night.
      await page.clock.fastForward("10:00");
      const note = box.locator("[data-note]");
      await expect.poll(() => note.textContent(), { timeout: 5_000 }).toMatch(/Bonne nuit/);
      await expect.poll(() => play.getAttribute("aria-pressed")).toBe("false");
      await screenshot(page, "fr-listen-good-night");
    });
  });

  it("turns the picture book's pages and prints one scene per sheet", async () => {
    expect(storyPath, "the story from the test before").not.toBe("");
    await onFrenchPhone("book", async (page) => {
      await page.goto(storyPath);
      await page.getByRole("link", { name: /Livre d.images/ }).click();
      await page.waitForURL((url) => url.search === "?view=book");
      const pages = page.locator(".book-pages");
      await pages.waitFor();
      const count = await page.locator(".book-page").count();
      expect(count).toBeGreaterThan(1);
      await expectFrench(page, "book");
      await screenshot(page, "fr-book-1");

      const at = () => pages.evaluate((el) => Math.round(el.scrollLeft / el.clientWidth));
      await page.locator("#page-1").getByRole("link", { name: "Page suivante" }).click();
      await expect.poll(at).toBe(1);
      expect(await page.locator("#page-2 .book-folio").textContent()).toBe(`2 sur ${count}`);
      await screenshot(page, "fr-book-2");
      await page.locator("#page-2").getByRole("link", { name: "Page précédente" }).click();
      await expect.poll(at).toBe(0);

      // The print preview: no site chrome nor controls, every scene after the first starts a new sheet.
      await page.emulateMedia({ media: "print" });
      const print = await page.evaluate(() => ({
        chrome: [".site-header", ".site-footer", ".listen"].map(
          (s) => getComputedStyle(document.querySelector(s) as Element).display,
        ),
        breaks: [...document.querySelectorAll(".book-page")].map((p) => getComputedStyle(p).breakBefore),
      }));
      expect(print.chrome).toEqual(["none", "none", "none"]);
      expect(print.breaks.slice(1)).toEqual(Array(count - 1).fill("page"));
      await screenshot(page, "fr-book-print");
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBe(count);
    });
  });
});

/** The signed-in header: "Sign out" beside the brand, the four links on one line below it. */
async function expectNavOnOneLine(page: Page): Promise<void> {
  const tops = await page.evaluate(() =>
    [...document.querySelectorAll(".site-header nav a")].map((a) => Math.round(a.getBoundingClientRect().top)),
  );
  expect(tops.length).toBe(4);
  expect(new Set(tops).size, `nav links' tops ${tops}`).toBe(1);
  const signOut = page.getByRole("button", { name: "Se déconnecter" });
  expect(await signOut.isVisible()).toBe(true);
  const box = await signOut.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
}
