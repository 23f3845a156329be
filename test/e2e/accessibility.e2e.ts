/**
 * axe-core on every page a family meets, in every language of the pages (en, fr, es), on a phone
 * (390×844). The language is the person's own choice (the `lang` cookie the footer switch sets),
 * so the seed family's English story is also checked inside French and Spanish chrome.
 * Any violation fails the test with a readable list: rule, impact, what to fix and where.
 */
import type { Browser, BrowserContext, Cookie, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  askForStory,
  axeViolations,
  describeViolations,
  launchBrowser,
  phoneContext,
  recordProblems,
  screenshot,
  signIn,
} from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
let session: Cookie[] = [];
let storyPath = "";

beforeAll(async () => {
  browser = await launchBrowser();
  const story = await askForStory(baseUrl, "a sleepy owl");
  storyPath = story.path;

  // One sign-in (the emailed link) for every language's pages.
  const context = await phoneContext(browser, baseUrl);
  const page = await context.newPage();
  await signIn(page);
  session = await context.cookies();
  await context.close();
  await story.ready();
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

/** Pages before signing in, and after (path, the status it answers with). */
const SIGNED_OUT: [string, number][] = [
  ["/sign-in", 200],
  ["/sign-in/link?token=not-a-real-link", 404],
  ["/stories/no-such-story", 404],
];
const signedIn = (): [string, number][] => [
  ["/", 200],
  ["/tell", 200],
  ["/settings", 200],
  ["/cast", 200],
  ["/account", 200],
  [storyPath, 200],
  [`${storyPath}?view=book`, 200],
];

/** Opens each page and runs axe on it; returns "path: violations" for the ones that fail. */
async function audit(page: Page, paths: [string, number][], lang: string): Promise<string[]> {
  const failures: string[] = [];
  for (const [path, status] of paths) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(status);
    expect(await page.evaluate(() => document.documentElement.lang), `${path}: <html lang>`).toBeTruthy();
    const violations = await axeViolations(page);
    if (violations.length) {
      const name = `axe-${lang}-${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}`;
      await screenshot(page, name);
      failures.push(`${lang} ${path} (test-results/e2e/${name}.png):\n${describeViolations(violations)}`);
    }
  }
  return failures;
}

async function inLanguage(lang: string, signedInToo: boolean): Promise<BrowserContext> {
  const context = await phoneContext(browser, baseUrl);
  context.setDefaultTimeout(10_000);
  await context.addCookies([{ name: "lang", value: lang, url: baseUrl }, ...(signedInToo ? session : [])]);
  return context;
}

describe("axe-core finds nothing to fix", () => {
  for (const lang of ["en", "fr", "es"]) {
    // The languages side by side (each its own browser contexts): the suite stays short.
    it.concurrent(`on every page in ${lang}`, async () => {
      const failures: string[] = [];
      for (const [paths, withSession] of [
        [SIGNED_OUT, false],
        [signedIn(), true],
      ] as const) {
        const context = await inLanguage(lang, withSession);
        const page = await context.newPage();
        const problems = await recordProblems(page);
        try {
          failures.push(...(await audit(page, paths, lang)));
          // A 404 page logs its status as a console error: only CSP refusals and script errors count.
          expect(
            problems.filter((p) => !p.includes("404")),
            "page errors or CSP violations",
          ).toEqual([]);
        } finally {
          await context.close();
        }
      }
      expect(failures, `axe violations:\n${failures.join("\n\n")}`).toEqual([]);
    });
  }
});
