/**
 * Listening and the picture book on a phone (390×844), against the real app under `wrangler dev`
 * with no API keys: a story asked for through the API (offline storyteller, SVG pictures, no
 * recorded narration), then the device's voice — or, as headless Chromium usually has no voices,
 * the kind "no voice" message — pause, the sleep timer, bedtime, the book swiped and tapped, and a
 * print. Screenshots land in test-results/e2e/story-listen-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { askForStory, fakeVoice, launchBrowser, phoneContext, recordProblems, screenshot } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
let storyPath: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const story = await askForStory(baseUrl, "a lost mitten");
  await story.ready();
  storyPath = story.path;
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh phone page; fails on console errors, page errors and CSP violations. */
async function onPhone(name: string, test: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await phoneContext(browser, baseUrl);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems = await recordProblems(page);
  // Layout shifts not caused by the reader (CLS), summed for the page's life.
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) w.cls += e.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  try {
    await test(page, context);
    expect(problems, "console errors, page errors or CSP violations").toEqual([]);
  } catch (error) {
    const shot = await screenshot(page, `story-listen-${name}-failed`).catch(() => "(no screenshot)");
    if (error instanceof Error) error.message += `\n  page: ${page.url()}\n  screenshot: ${shot}`;
    throw error;
  } finally {
    await context.close();
  }
}

const cls = (page: Page) => page.evaluate(() => (window as unknown as { cls: number }).cls);

describe("listening on a phone", () => {
  it("offers the device's voice, or says kindly that there is none, without shifting the page", async () => {
    await onPhone("device", async (page) => {
      await page.goto(storyPath);
      const box = page.locator("[data-listen]");
      await box.waitFor();
      const play = box.locator("[data-play]");
      const note = box.locator("[data-note]");
      // The script has looked for a voice: either the play button or the message shows.
      await expect
        .poll(async () => (await play.isVisible()) || /no English voice/.test((await note.textContent()) ?? ""))
        .toBe(true);
      if (await play.isVisible()) {
        await play.click();
        await expect.poll(() => play.getAttribute("aria-pressed")).toBe("true");
        await play.click();
        await expect.poll(() => play.textContent()).toBe("Resume");
      } else {
        expect(await note.textContent()).toContain("This device has no English voice");
        // No button that would do nothing.
        expect(await box.locator("button:visible").count()).toBe(0);
      }
      expect(await cls(page)).toBeLessThan(0.02);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, "story-listen-device");
    });
  });

  it("reads sentence by sentence, pauses, resumes and takes a sleep timer and bedtime", async () => {
    await onPhone("controls", async (page) => {
      await page.addInitScript(fakeVoice, { lang: "en-GB", name: "Test Voice" });
      await page.goto(storyPath);
      const box = page.locator("[data-listen]");
      const play = box.locator("[data-play]");
      await play.waitFor({ state: "visible" });
      expect(await box.locator("[data-voice] option").allTextContents()).toEqual(["Test Voice"]);

      // Speed, voice and the timer are folded under the buttons.
      await box.getByText("Speed, voice and sleep timer").click();
      await box.locator("[data-speed]").selectOption("0.75");
      await box.locator("[data-sleep]").selectOption("10");
      await play.click();
      // The title is read first, then the story: the sentence being read is lit.
      await page.locator(".sentence.reading").first().waitFor();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.length))
        .toBeGreaterThan(2);
      await screenshot(page, "story-listen-reading");

      await play.click();
      await expect.poll(() => play.textContent()).toBe("Resume");
      const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.length);
      await page.waitForTimeout(700);
      expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.length)).toBe(spoken);

      // Bedtime: one tap dims the page and starts again.
      await box.locator("[data-bedtime]").click();
      expect(await page.evaluate(() => document.documentElement.classList.contains("bedtime"))).toBe(true);
      await expect.poll(() => play.getAttribute("aria-pressed")).toBe("true");
      await screenshot(page, "story-listen-bedtime");
      expect(await cls(page)).toBeLessThan(0.02);
    });
  });
});

describe("the picture book on a phone", () => {
  it("shows one scene per screen, turns with a swipe and a tap, and prints one scene per sheet", async () => {
    await onPhone("book", async (page, context) => {
      await page.goto(`${storyPath}?view=book`);
      const pages = page.locator(".book-pages");
      await pages.waitFor();
      const count = await page.locator(".book-page").count();
      expect(count).toBeGreaterThan(1);
      // The book fits the screen: nothing to scroll up and down.
      const fits = await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1);
      expect(fits).toBe(true);
      await screenshot(page, "story-listen-book-1");

      const at = () => pages.evaluate((el) => Math.round(el.scrollLeft / el.clientWidth));
      const box = await pages.boundingBox();
      if (!box) throw new Error("no book on screen");
      // Swipe left with a finger (CSS scroll-snap lands on the next page). Synthesized scroll
      // gestures don't scroll in headless Chromium; raw touch events do.
      const cdp = await context.newCDPSession(page);
      const y = Math.round(box.y + box.height * 0.3);
      const [from, to] = [box.x + box.width * 0.8, box.x + box.width * 0.2].map(Math.round) as [number, number];
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: from, y }] });
      for (let step = 1; step <= 10; step++) {
        const x = Math.round(from + ((to - from) * step) / 10);
        await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y }] });
        await page.waitForTimeout(16);
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await expect.poll(at).toBe(1);
      await screenshot(page, "story-listen-book-2");

      // Tap the right-hand side of the page to turn once more, the left to come back.
      if (count > 2) {
        await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height * 0.3);
        await expect.poll(at).toBe(2);
        await page.touchscreen.tap(box.x + box.width * 0.1, box.y + box.height * 0.3);
        await expect.poll(at).toBe(1);
      }

      // Printing: one scene per A4 sheet, light (the SVG pictures print as JPEG copies).
      const pdf = await page.pdf({ format: "A4" });
      const sheets = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length;
      expect(sheets).toBe(count);
      expect(pdf.byteLength).toBeLessThan(3_000_000);
    });
  });
});
