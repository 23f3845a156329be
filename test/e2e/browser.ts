/**
 * Browser helpers for the e2e tests: Debian chromium through playwright-core, a phone-sized
 * context, screenshots under test-results/e2e/, sign-in, and a record of console errors and
 * CSP violations.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
/** The seeded family's parent (migration 0005_family_member). */
export const FAMILY_EMAIL = "family@example.com";
/** Where the global setup writes wrangler dev's output; sign-in links are logged there in dev. */
export const WRANGLER_LOG = resolve(import.meta.dirname, "../../test-results/e2e/wrangler.log");

const SCREENSHOTS = resolve(import.meta.dirname, "../../test-results/e2e");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Offline machine: nothing that phones home (QUIC, component updates, sync…).
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A phone: iPhone-sized viewport at 2x, touch, mobile layout. */
export function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
}

/** Saves test-results/e2e/<name>.png (the whole page) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Asks for a sign-in link the way a parent does (the form on /sign-in) and returns the path of
 * the link, read from the dev log line wrangler writes (`"event":"sign_in.link"`) — the same link
 * the email carries. Only lines that appear after the request count.
 */
export async function requestLink(page: Page, email = FAMILY_EMAIL): Promise<string> {
  const seen = logLines().length;
  await page.goto("/sign-in");
  await page.getByLabel("Your email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const line of logLines().slice(seen)) {
      const event = parseLine(line);
      if (event?.event === "sign_in.link" && event.email === email && typeof event.url === "string") {
        const url = new URL(event.url);
        return url.pathname + url.search;
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no sign_in.link line for ${email} in ${WRANGLER_LOG}`);
}

let savedSession: Awaited<ReturnType<BrowserContext["cookies"]>> | undefined;

/**
 * Signs in as the seeded family: the emailed link the first time (from the dev log), then the
 * same session cookie in each new context, so the tests stay inside the per-email rate limit
 * (5 link requests a minute). Waits for the page it leads to.
 */
export async function signIn(page: Page): Promise<void> {
  if (savedSession) {
    await page.context().addCookies(savedSession);
    await page.goto("/");
    if (await page.getByRole("button", { name: "Sign out" }).count()) return;
  }
  const link = await requestLink(page);
  await page.goto(link);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/sign-in")),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  savedSession = await page.context().cookies();
}

function logLines(): string[] {
  try {
    return readFileSync(WRANGLER_LOG, "utf8").split("\n");
  } catch {
    return [];
  }
}

/** A JSON log line (wrangler may prefix it), or undefined. */
function parseLine(line: string): Record<string, unknown> | undefined {
  const start = line.indexOf("{");
  if (start < 0) return undefined;
  try {
    return JSON.parse(line.slice(start));
  } catch {
    return undefined;
  }
}

/**
 * Collects console errors, uncaught page errors and CSP violations for the page's lifetime
 * (across navigations). Chromium logs CSP refusals as console errors; the init script also
 * reports `securitypolicyviolation` events (it runs outside the page's CSP).
 */
export async function recordProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error on ${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return problems;
}
