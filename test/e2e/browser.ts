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

/**
 * A phone: iPhone-sized viewport at 2x, touch, mobile layout. `locale` sets the browser's
 * language (its Accept-Language), as a French phone would.
 */
export function phoneContext(browser: Browser, baseURL: string, locale?: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
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
  const seen = logMark();
  await page.goto("/sign-in");
  await page.getByLabel("Your email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  return linkFromLog(email, seen);
}

/** Where the dev log ends now: pass it to `linkFromLog` to see only links sent after this. */
export function logMark(): number {
  // The last line may still be being written (or be the empty one after the final newline): look
  // at it again, or a link written into it would be missed.
  return Math.max(0, logLines().length - 1);
}

/**
 * The path of the newest link emailed to `email` after the log mark `seen` (the dev log line
 * `"event":"sign_in.link"` carries the same URL the email does); waits up to 15 s for it.
 */
export async function linkFromLog(email: string, seen: number): Promise<string> {
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

const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");

/** One axe-core rule broken on a page, with where (CSS selectors) and how to fix it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA rules and best practices) on the page as it is now and returns
 * what it finds. The script is evaluated through the DevTools protocol, which the page's nonce
 * CSP does not apply to, so the page needs no exception for it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe;
    type AxeResults = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? "" })),
    }));
  });
}

/** A readable list of violations for a failed assertion. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(" ")}: ${n.summary.replace(/\s+/g, " ").slice(0, 300)}`)
          .join("\n")}`,
    )
    .join("\n");
}

/**
 * True once the story page is final: the title heading in the story, a picture in every scene,
 * nothing still "being made" (no progress status) and either recorded narration or read-aloud.
 */
export function storyIsComplete(): boolean {
  const article = document.querySelector("article");
  const scenes = article ? [...article.querySelectorAll("section.scene")] : [];
  const listen = article?.querySelector("audio, [data-listen]");
  return Boolean(
    article?.querySelector("h1") &&
      scenes.length > 0 &&
      scenes.every((s) => s.querySelector("img")) &&
      listen &&
      !document.querySelector('[role="status"]'),
  );
}

/**
 * Polls a check in the page until it holds, surviving the page reloading itself in between.
 */
export async function waitFor(page: Page, check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(check)) return;
    } catch {
      // The page navigated (its own refresh) while we looked: look again.
    }
    await page.waitForTimeout(500);
  }
  const shows = await page
    .evaluate(
      () =>
        `title "${document.title}", h1 "${document.querySelector("h1")?.textContent?.trim()}", status "${document.querySelector('[role="status"]')?.textContent?.trim() ?? "none"}"`,
    )
    .catch(() => "(could not read the page)");
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}; the page shows ${shows}`);
}

/**
 * A stand-in for the device's voice, for the controls' sake: every utterance "speaks" for
 * 300 ms, with the voice `name` in the language `lang`. Installed before the page's script runs:
 * `page.addInitScript(fakeVoice, { lang: "fr-FR", name: "Amélie" })`.
 */
export function fakeVoice({ lang, name }: { lang: string; name: string }): void {
  const voices = [{ name, lang, voiceURI: "test-voice", default: true, localService: true }];
  type Utterance = { text: string; onstart?: () => void; onend?: () => void; onerror?: (e: { error: string }) => void };
  let queue: Utterance[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  const spoken: string[] = [];
  const run = () => {
    const u = queue[0];
    busy = Boolean(u);
    if (!u) return;
    spoken.push(u.text);
    u.onstart?.();
    timer = setTimeout(() => {
      queue.shift();
      busy = false;
      u.onend?.();
      if (!busy) run();
    }, 300);
  };
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak(u: Utterance) {
      queue.push(u);
      if (!busy) run();
    },
    cancel() {
      clearTimeout(timer);
      busy = false;
      const old = queue;
      queue = [];
      for (const u of old) u.onerror?.({ error: "canceled" });
    },
  });
  Object.defineProperty(window, "speechSynthesis", { value: synth });
  Object.defineProperty(window, "SpeechSynthesisUtterance", {
    value: class {
      constructor(public text: string) {}
    },
  });
  Object.assign(window, { spoken });
}

/** The operator's token in .dev.vars.example, which the e2e wrangler dev runs with. */
const ADMIN_TOKEN = "dev-admin-token";

/** A call to the operator's JSON API (`POST` with a JSON body when `body` is given). */
export function operatorApi(baseUrl: string, path: string, body?: unknown): Promise<Response> {
  const headers = { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" };
  return fetch(
    `${baseUrl}${path}`,
    body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) },
  );
}

/** Asks for a story through the API; returns its id, its page's path, and a wait until it is ready. */
export async function askForStory(baseUrl: string, prompt: string) {
  const res = await operatorApi(baseUrl, "/api/stories", { prompt });
  if (res.status !== 202) throw new Error(`POST /api/stories answered ${res.status}: ${await res.text()}`);
  const { id, url } = (await res.json()) as { id: string; url: string };
  const ready = async (): Promise<void> => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const story = (await (await operatorApi(baseUrl, `/api/stories/${id}`)).json()) as { status: string };
      if (story.status === "ready") return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`story ${id} was not ready within 60 s`);
  };
  return { id, path: new URL(url).pathname, ready };
}
