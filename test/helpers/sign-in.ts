/**
 * A parent's browser for tests through `exports.default.fetch`: keeps the session cookie, posts
 * forms from this site's origin (or another, to play a cross-site attacker), and signs in the way
 * a parent does — by the link in the email the Worker sent. `env.EMAIL` is the same object the
 * Worker's fetch handler gets, so spying on it records every email a request sends.
 */
import { env, exports } from "cloudflare:workers";
import { expect, type MockInstance, vi } from "vitest";
import { db } from "../../src/db/client";
import { type Member, members } from "../../src/db/schema";
import { randomId } from "../../src/lib/ids";

export const BASE = "https://nightlight.test";

/** Every email sent since the last recordEmails(), oldest first (the binding writes nothing). */
export const outbox: EmailMessageBuilder[] = [];
let recording: MockInstance | undefined;

/** Starts recording env.EMAIL.send (idempotent); call in beforeAll or at the top of a test file. */
export function recordEmails(): EmailMessageBuilder[] {
  outbox.length = 0;
  if (!recording) {
    recording = vi.spyOn(env.EMAIL, "send").mockImplementation(async (message: EmailMessageBuilder) => {
      outbox.push(message);
      return { messageId: `m${outbox.length}@nightlight.test` };
    });
  }
  return outbox;
}

/** The emails sent to `address`, oldest first. */
export function emailsTo(address: string): EmailMessageBuilder[] {
  return outbox.filter((m) => m.to === address);
}

const LINK = /https:\/\/nightlight\.test\/sign-in\/link\?token=[A-Za-z0-9_-]{43}(?:&next=[^\s"<]+)?/;

/**
 * The link in the newest email to `address`, waiting for it (sign-in emails go out after the
 * response). Returns the path and query (`/sign-in/link?token=…`).
 */
export async function linkSentTo(address: string, count = 1): Promise<{ path: string; token: string }> {
  await vi.waitFor(() => expect(emailsTo(address).length).toBeGreaterThanOrEqual(count), { timeout: 5000 });
  const text = String(emailsTo(address).at(-1)?.text ?? "");
  const url = LINK.exec(text)?.[0];
  if (!url) throw new Error(`no sign-in link in the email to ${address}:\n${text}`);
  const parsed = new URL(url);
  return { path: parsed.pathname + parsed.search, token: parsed.searchParams.get("token") ?? "" };
}

export class Browser {
  cookie = "";
  /**
   * Each browser comes from its own random address, so per-IP rate limits (whose counters may
   * outlive a test file) don't cross tests.
   */
  ip = `10.${[...crypto.getRandomValues(new Uint8Array(3))].join(".")}`;
  userAgent = "Mozilla/5.0 (Android 14) AppleWebKit/537.36 Firefox/130.0";

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const headers: Record<string, string> = { "CF-Connecting-IP": this.ip, "User-Agent": this.userAgent, ...extra };
    if (this.cookie) headers.Cookie = this.cookie;
    return headers;
  }

  async get(path: string): Promise<Response> {
    return exports.default.fetch(new Request(`${BASE}${path}`, { redirect: "manual", headers: this.headers() }));
  }

  async post(path: string, form: Record<string, string | string[]>, origin = BASE): Promise<Response> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) for (const v of [value].flat()) body.append(key, v);
    const res = await exports.default.fetch(
      new Request(`${BASE}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: this.headers({ Origin: origin, "Content-Type": "application/x-www-form-urlencoded" }),
        body,
      }),
    );
    const set = res.headers.get("Set-Cookie");
    if (set) this.cookie = /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(set) ? "" : (set.split(";")[0] ?? "");
    return res;
  }

  /** Text of a page, asserting it answered `status`. */
  async page(path: string, status = 200): Promise<string> {
    const res = await this.get(path);
    expect(res.status).toBe(status);
    return res.text();
  }

  /**
   * Signs in as `email` the whole way: asks for a link, reads it from the email, opens it and
   * presses the button. recordEmails() must be on. Returns the final 303.
   */
  async signIn(email: string, next = "/"): Promise<Response> {
    const before = emailsTo(email).length;
    const asked = await this.post("/sign-in", { email, next });
    expect(asked.status).toBe(200);
    const { path, token } = await linkSentTo(email, before + 1);
    expect((await this.get(path)).status).toBe(200);
    const params = new URL(path, BASE).searchParams;
    const res = await this.post("/sign-in/link", { token, next: params.get("next") ?? "/" });
    expect(res.status).toBe(303);
    return res;
  }
}

/**
 * Makes `email` a member of the household (no email sent), for tests that start from a fixture
 * household.
 */
export async function insertMember(householdId: string, email: string, role: Member["role"] = "owner") {
  const [row] = await db(env)
    .insert(members)
    .values({ id: randomId("mb", 9), householdId, email, role, createdAt: Date.now() })
    .returning();
  return row as Member;
}

/** An address no other test uses. */
export function newEmail(name = "parent"): string {
  return `${name}-${randomId(undefined, 6).toLowerCase()}@example.com`;
}
