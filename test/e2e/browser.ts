/**
 * Browser helpers for the e2e tests: Debian chromium through playwright-core, a phone-sized
 * context, screenshots under test-results/e2e/, sign-in, and a record of console errors and
 * CSP violations.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
/** The passphrase from .dev.vars.example (ADMIN_TOKEN), which the global setup hands to wrangler. */
export const PASSPHRASE = "dev-admin-token";

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

/** Signs in through the form, the way a parent does, and waits for the page it leads to. */
export async function signIn(page: Page): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Passphrase").fill(PASSPHRASE);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== "/sign-in"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
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
