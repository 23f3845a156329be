/**
 * Driving the Worker's fetch entry point as a client would: the JSON API with the operator's
 * bearer token, and a tiny browser that keeps the session cookie and posts forms.
 */
import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import { emailsTo, linkSentTo, recordEmails } from "./sign-in";

export const BASE = "https://nightlight.test";
/** ADMIN_TOKEN in test/vitest.config.ts. */
export const ADMIN_TOKEN = "test-admin-token-4f1c9e2b7a8d6c3e5f0a";
const AUTH = { Authorization: `Bearer ${ADMIN_TOKEN}` };
/** The seed family's parent (migration 0005_family_member). */
export const SEED_EMAIL = "family@example.com";

/** A request to the Worker, redirects not followed. */
export function fetchWorker(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, { redirect: "manual", ...init }));
}

/** A JSON API call with the operator's token. */
export function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetchWorker(path, { ...init, headers: { ...AUTH, ...(init.headers as Record<string, string>) } });
}

/** A JSON API call with a body (a string is sent as is, anything else as JSON). */
export function sendJson(method: string, path: string, body: unknown): Promise<Response> {
  return api(path, {
    method,
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "Content-Type": "application/json" },
  });
}

/**
 * A tiny browser: keeps the session cookie and posts forms from this site's origin (as a real
 * browser's form post would), or from another origin to play a cross-site attacker. Each one
 * comes from its own random IP (per-IP rate limits can outlive a test file) with a phone's
 * User-Agent.
 */
export class Browser {
  cookie = "";
  ip = `10.${[...crypto.getRandomValues(new Uint8Array(3))].join(".")}`;
  userAgent = "Mozilla/5.0 (Android 14) AppleWebKit/537.36 Firefox/130.0";

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const headers: Record<string, string> = { "CF-Connecting-IP": this.ip, "User-Agent": this.userAgent, ...extra };
    if (this.cookie) headers.Cookie = this.cookie;
    return headers;
  }

  async get(path: string): Promise<Response> {
    return fetchWorker(path, { headers: this.headers() });
  }

  /** A form post; a field given a list is sent once per value (checkboxes). */
  async post(
    path: string,
    form: Record<string, string | string[]> | [string, string][],
    origin = BASE,
  ): Promise<Response> {
    const pairs = Array.isArray(form)
      ? form
      : Object.entries(form).flatMap(([key, value]) => [value].flat().map((v): [string, string] => [key, v]));
    const headers = this.headers({ Origin: origin, "Content-Type": "application/x-www-form-urlencoded" });
    const res = await fetchWorker(path, { method: "POST", headers, body: new URLSearchParams(pairs) });
    const set = res.headers.get("Set-Cookie");
    if (set) this.cookie = /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(set) ? "" : set.split(";")[0]!;
    return res;
  }

  /**
   * Signs in as `email` the whole way a parent does: asks for a link, reads it from the email the
   * Worker sent (helpers/sign-in.ts records env.EMAIL), opens it and presses the button. Returns
   * the final 303.
   */
  async signIn(email = SEED_EMAIL, next = "/"): Promise<Response> {
    recordEmails();
    const before = emailsTo(email).length;
    const asked = await this.post("/sign-in", { email, next });
    expect(asked.status).toBe(200);
    const { path, token } = await linkSentTo(email, before + 1);
    expect((await this.get(path)).status).toBe(200);
    const res = await this.post("/sign-in/link", { token, next: new URL(path, BASE).searchParams.get("next") ?? "/" });
    expect(res.status).toBe(303);
    return res;
  }

  /** Text of a page, asserting it answered `status`. */
  async page(path: string, status = 200): Promise<string> {
    const res = await this.get(path);
    expect(res.status).toBe(status);
    return res.text();
  }
}
