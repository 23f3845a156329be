/**
 * The input boundary: languages the storyteller can't write are refused (never an English story
 * marked French), time zones are stored by their IANA name, and control and bidi characters from
 * people never reach the database.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { starterCast } from "../src/accounts/families";
import { writeStory } from "../src/story/writer";
import { insertHousehold, insertStory } from "./helpers/fixtures";
import { Browser, sendJson } from "./helpers/http";
import { testContext } from "./helpers/providers";
import { insertMember, newEmail } from "./helpers/sign-in";

const NOW = Date.parse("2026-11-21T19:40:00Z");

describe("languages the storyteller can write", () => {
  it("refuses an on-demand story in a language the offline storyteller can't write, naming it", async () => {
    const household = await insertHousehold();
    const res = await sendJson("POST", "/api/stories", { householdId: household.id, language: "de" });
    expect(res.status).toBe(422);
    const body = await res.json<{ error: string; details: { language: string[] } }>();
    expect(body.error).toContain("can't write German");
    expect(body.error).toMatch(/English, French,? or Spanish/);
    const count = await env.DB.prepare("SELECT count(*) AS n FROM stories WHERE household_id = ?1")
      .bind(household.id)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);
  });

  it("refuses to switch a household to such a language, and accepts French", async () => {
    const household = await insertHousehold();
    expect((await sendJson("PATCH", `/api/households/${household.id}`, { language: "ko" })).status).toBe(422);
    expect((await sendJson("PATCH", `/api/households/${household.id}`, { language: "fr" })).status).toBe(200);
  });

  it("fails a story already asked for in a language the storyteller can't write, with the reason", async () => {
    const story = await insertStory({ status: "pending", language: "ja", title: null, scenes: null });
    const outcome = await writeStory(testContext(env, NOW), story.id);
    expect(outcome.outcome).toBe("failed");
    const row = await env.DB.prepare("SELECT status, error, title FROM stories WHERE id = ?1")
      .bind(story.id)
      .first<{ status: string; error: string; title: string | null }>();
    expect(row).toMatchObject({ status: "failed", title: null });
    expect(row?.error).toContain("can't write Japanese");
  });
});

describe("a household whose language the storyteller can't write", () => {
  it("is told so on its home page, with the languages to choose from, instead of tonight's story", async () => {
    const household = await insertHousehold({ language: "de" });
    const email = newEmail("de");
    await insertMember(household.id, email);
    const browser = new Browser();
    await browser.signIn(email);
    const home = await browser.page("/");
    expect(home).toContain("can&#39;t be written in German any more");
    expect(home).toMatch(/Choose English, French,? or Spanish in Settings/);
  });
});

describe("text and time zones from people", () => {
  it("stores the canonical time zone name, however it was typed", async () => {
    const household = await insertHousehold();
    const res = await sendJson("PATCH", `/api/households/${household.id}`, { timezone: "america/new_york" });
    expect(res.status).toBe(200);
    expect((await res.json<{ household: { timezone: string } }>()).household.timezone).toBe("America/New_York");
  });

  it("drops NUL, lone surrogates and bidi overrides from a family's name", async () => {
    const household = await insertHousehold();
    const res = await sendJson("PATCH", `/api/households/${household.id}`, {
      name: "The Wil\u0000low\uD800 \u202EFamily\u202C",
    });
    expect(res.status).toBe(200);
    const stored = await env.DB.prepare("SELECT name FROM households WHERE id = ?1")
      .bind(household.id)
      .first<{ name: string }>();
    expect(stored?.name).toBe("The Willow Family");
  });
});

describe("a new family's starter cast", () => {
  it("is described in the family's language when the storyteller writes it, else the seed's", async () => {
    const ctx = testContext(env, NOW);
    const fr = await starterCast(ctx, "fr");
    expect(fr.characters.map((c) => c.looks).join(" ")).toMatch(/renard/);
    expect(fr.places.length).toBeGreaterThan(3);
    const es = await starterCast(ctx, "es");
    expect(es.characters.map((c) => c.looks).join(" ")).toMatch(/zorrito/);
    const de = await starterCast(ctx, "de");
    expect(de.characters.map((c) => c.looks).join(" ")).toMatch(/fox/);
  });
});
