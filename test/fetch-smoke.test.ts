import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { fetchWorker } from "./helpers/http";

describe("test database", () => {
  it("has the seeded household with its characters and places", async () => {
    const chars = await env.DB.prepare("SELECT count(*) AS n FROM characters WHERE household_id = 'hh_default'").first<{
      n: number;
    }>();
    const scenes = await env.DB.prepare("SELECT count(*) AS n FROM places WHERE household_id = 'hh_default'").first<{
      n: number;
    }>();
    expect(chars?.n).toBeGreaterThanOrEqual(8);
    expect(scenes?.n).toBeGreaterThanOrEqual(12);
  });
});

describe("the Worker", () => {
  it("answers the front door: a sign-in page with its security headers", async () => {
    const res = await fetchWorker("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Security-Policy")).toContain("script-src 'nonce-");
    expect(await res.text()).toContain('action="/sign-in"');
  });
});
