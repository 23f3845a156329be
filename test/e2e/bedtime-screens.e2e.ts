/**
 * The screens a parent meets at bedtime, on a 390 px phone in English, French and Spanish
 * (issue 21): the picture book (one scene a screen, the picture at full width, every word
 * readable), the listen box without a device voice (an honest note, no blank gap) and with one
 * (menus that fit). A family per language, made through the operator API, each with a story from
 * the offline storyteller. Screenshots: test-results/e2e/bedtime-<lang>-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { fakeVoice, launchBrowser, operatorApi, phoneContext, recordProblems, screenshot } from "./browser";

const baseUrl = inject("baseUrl");
const LANGS = ["en", "fr", "es"] as const;
type Lang = (typeof LANGS)[number];
const LOCALE: Record<Lang, string> = { en: "en-US", fr: "fr-FR", es: "es-ES" };
const WISH: Record<Lang, string> = { en: "a lost mitten", fr: "un doudou perdu", es: "un gato que busca la luna" };
/** Long voice names, as phones really have them: the menu must show them whole (or shortened), not "Fake E…". */
const VOICE: Record<Lang, string> = {
  en: "Microsoft Aria Online (Natural) - English (United States)",
  fr: "Microsoft Denise Online (Natural) - French (France)",
  es: "Microsoft Elvira Online (Natural) - Spanish (Spain)",
};

let browser: Browser;
const storyPath = {} as Record<Lang, string>;

beforeAll(async () => {
  browser = await launchBrowser();
  const households = (await (await operatorApi(baseUrl, "/api/households")).json()) as {
    households: { id: string; language: string }[];
  };
  const ids: Record<Lang, string | undefined> = { en: households.households[0]?.id, fr: undefined, es: undefined };
  for (const lang of ["fr", "es"] as const) {
    const family = {
      name: `Bedtime ${lang}`,
      email: `bedtime-${lang}@example.com`,
      timezone: "Europe/Paris",
      language: lang,
    };
    const res = await operatorApi(baseUrl, "/api/households", family);
    expect(res.status, await res.clone().text()).toBe(201);
    ids[lang] = ((await res.json()) as { household: { id: string } }).household.id;
  }
  const made = await Promise.all(
    LANGS.map(async (lang) => {
      const res = await operatorApi(baseUrl, "/api/stories", { householdId: ids[lang], prompt: WISH[lang] });
      expect(res.status, await res.clone().text()).toBe(202);
      const { id, url } = (await res.json()) as { id: string; url: string };
      storyPath[lang] = new URL(url).pathname;
      return id;
    }),
  );
  const deadline = Date.now() + 80_000;
  for (const id of made) {
    while ((await (await operatorApi(baseUrl, `/api/stories/${id}`)).json()).status !== "ready") {
      if (Date.now() > deadline) throw new Error(`story ${id} was not ready in time`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** A phone in the language; fails on console errors, page errors and CSP violations. */
async function onPhone(lang: Lang, name: string, test: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await phoneContext(browser, baseUrl, LOCALE[lang]);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems = await recordProblems(page);
  try {
    await test(page, context);
    expect(problems, "console errors, page errors or CSP violations").toEqual([]);
  } catch (error) {
    const shot = await screenshot(page, `bedtime-${lang}-${name}-failed`).catch(() => "(no screenshot)");
    if (error instanceof Error) error.message += `\n  page: ${page.url()}\n  screenshot: ${shot}`;
    throw error;
  } finally {
    await context.close();
  }
}

describe.each(LANGS)("bedtime screens on a phone (%s)", (lang) => {
  it("shows the picture book one scene a screen: the picture at full width, every word readable, turned by the button", async () => {
    await onPhone(lang, "book", async (page) => {
      await page.goto(`${storyPath[lang]}?view=book`);
      const pages = page.locator(".book-page");
      await pages.first().waitFor();
      const count = await pages.count();
      expect(count).toBeGreaterThan(1);
      await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => {}))));
      await screenshot(page, `bedtime-${lang}-book-1`);
      for (let i = 0; i < count; i++) {
        const leaf = pages.nth(i).locator(".book-leaf");
        const seen = await leaf.evaluate((el) => {
          const page = el.closest(".book-page") as HTMLElement;
          const picture = page.querySelector(".picture") as HTMLElement;
          const words = page.querySelector(".book-text") as HTMLElement;
          // Scroll the page to its foot: the last sentence must then be inside what shows.
          el.scrollTop = el.scrollHeight;
          const last = [...page.querySelectorAll(".sentence")].at(-1) as HTMLElement;
          const box = el.getBoundingClientRect();
          return {
            pictureShare: picture.getBoundingClientRect().width / page.clientWidth,
            // The words never sit in a box of their own that cuts them off.
            wordsClipped:
              words.scrollHeight > words.clientHeight + 1 && getComputedStyle(words).overflowY !== "visible",
            lastBottom: last.getBoundingClientRect().bottom,
            leafBottom: box.bottom,
            // What a page shows before any scrolling: at least a few lines of words.
            wordsOnScreen: box.bottom - words.getBoundingClientRect().top + el.scrollTop,
          };
        });
        expect(seen.pictureShare, `page ${i + 1}: picture width / page width`).toBeGreaterThan(0.95);
        expect(seen.wordsClipped, `page ${i + 1}: words clipped in their own box`).toBe(false);
        expect(seen.lastBottom, `page ${i + 1}: last sentence reachable`).toBeLessThanOrEqual(seen.leafBottom + 1);
        expect(seen.wordsOnScreen, `page ${i + 1}: room for words below the picture`).toBeGreaterThan(100);
      }
      // The book itself never scrolls the window: each page is one screen.
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(true);
      // The turn button goes to the next scene.
      const at = () => page.locator(".book-pages").evaluate((el) => Math.round(el.scrollLeft / el.clientWidth));
      await pages.first().locator('[rel="next"]').click();
      await expect.poll(at).toBe(1);
      await screenshot(page, `bedtime-${lang}-book-2`);
    });
  });

  it("says plainly that this device has no voice, in a note that fills the box: no blank gap above the first picture", async () => {
    await onPhone(lang, "no-voice", async (page) => {
      // Headless Chromium has no voices; make sure of it, as a phone without one would be.
      await page.addInitScript(() => {
        Object.defineProperty(window, "speechSynthesis", {
          value: Object.assign(new EventTarget(), { getVoices: () => [], speak() {}, cancel() {} }),
        });
      });
      await page.goto(storyPath[lang]);
      const box = page.locator("[data-listen]");
      await expect.poll(() => box.getAttribute("data-voice"), { timeout: 5_000 }).toBe("none");
      const gaps = await page.evaluate(() => {
        const box = document.querySelector("[data-listen]") as HTMLElement;
        const note = box.querySelector("[data-note]") as HTMLElement;
        const picture = document.querySelector(".scene .picture") as HTMLElement;
        return {
          inBox: box.getBoundingClientRect().bottom - note.getBoundingClientRect().bottom,
          toPicture: picture.getBoundingClientRect().top - note.getBoundingClientRect().bottom,
          visibleButtons: [...box.querySelectorAll("button, summary")].filter((b) => (b as HTMLElement).offsetParent)
            .length,
        };
      });
      expect(gaps.inBox, "empty space left in the listen box under the note").toBeLessThan(2);
      expect(gaps.toPicture, "space between the note and the first picture").toBeLessThan(48);
      expect(gaps.visibleButtons, "no button that would do nothing").toBe(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `bedtime-${lang}-no-voice`);
    });
  });

  it("fits the voice, speed and sleep-timer menus in a 390 px screen, each choice shown whole", async () => {
    await onPhone(lang, "menus", async (page, context) => {
      await context.addInitScript(fakeVoice, { lang: LOCALE[lang], name: VOICE[lang] });
      await page.goto(storyPath[lang]);
      const box = page.locator("[data-listen]");
      await box.locator("[data-play]").waitFor();
      await box.locator(".listen-more summary").click();
      for (const sleep of ["end", "10", "20"]) {
        await box.locator("[data-sleep]").selectOption(sleep);
        const cut = await box.evaluate((el) => {
          const ctx = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
          return [...el.querySelectorAll("select")].flatMap((select) => {
            const style = getComputedStyle(select);
            ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const shown = select.selectedOptions[0]?.text ?? "";
            // The arrow takes about 24 px of the select's inner width.
            const room =
              select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 24;
            const box = select.getBoundingClientRect();
            const off = box.left < 0 || box.right > innerWidth;
            return ctx.measureText(shown).width > room || off ? [`${shown} (${Math.round(room)} px)`] : [];
          });
        });
        expect(cut, "menus whose choice is cut off").toEqual([]);
      }
      // The buttons keep their words inside them.
      const overflowing = await box.evaluate((el) =>
        [...el.querySelectorAll("button")].filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent),
      );
      expect(overflowing).toEqual([]);
      await screenshot(page, `bedtime-${lang}-menus`);
    });
  });
});
