/**
 * Driving the Worker's fetch entry point as a client would: the JSON API with the operator's
 * bearer token, and a tiny browser that keeps the session cookie and posts forms.
 */
import { exports } from "cloudflare:workers";
import { expect } from "vitest";

export const BASE = "https://nightlight.test";
/** ADMIN_TOKEN in test/vitest.config.ts. */
export const ADMIN_TOKEN = "test-admin-token";
const AUTH = { Authorization: `Bearer ${ADMIN_TOKEN}` };

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
 * browser's form post would), or from another origin to play a cross-site attacker.
 */
export class Browser {
  cookie = "";

  async get(path: string): Promise<Response> {
    return fetchWorker(path, { headers: this.cookie ? { Cookie: this.cookie } : {} });
  }

  async post(path: string, form: Record<string, string> | [string, string][], origin = BASE): Promise<Response> {
    const headers: Record<string, string> = { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" };
    if (this.cookie) headers.Cookie = this.cookie;
    const res = await fetchWorker(path, { method: "POST", headers, body: new URLSearchParams(form) });
    const set = res.headers.get("Set-Cookie");
    if (set) this.cookie = /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(set) ? "" : set.split(";")[0]!;
    return res;
  }

  async signIn(passphrase = ADMIN_TOKEN, next = "/"): Promise<Response> {
    return this.post("/sign-in", { passphrase, next });
  }

  /** Text of a page, asserting it answered `status`. */
  async page(path: string, status = 200): Promise<string> {
    const res = await this.get(path);
    expect(res.status).toBe(status);
    return res.text();
  }
}
