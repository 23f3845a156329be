import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

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
