import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { insertAsset, insertHousehold, insertStory } from "./helpers/fixtures";
import { BASE, api as call, sendJson as send } from "./helpers/http";

describe("API auth", () => {
  it("refuses requests without a bearer token", async () => {
    const res = await exports.default.fetch(`${BASE}/api/households`);
    expect(res.status).toBe(401);
    expect(res.headers.get("WWW-Authenticate")).toContain("Bearer");
    expect(await res.json()).toEqual({ error: "Missing bearer token" });
  });

  it("refuses a wrong token", async () => {
    const res = await exports.default.fetch(`${BASE}/api/households`, { headers: { Authorization: "Bearer nope" } });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Invalid bearer token" });
  });

  it("answers unknown API paths with JSON 404", async () => {
    const res = await call("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "Not found" });
  });
});

describe("households", () => {
  it("lists the seeded household", async () => {
    const res = await call("/api/households");
    expect(res.status).toBe(200);
    const { households } = await res.json<{ households: { id: string; timezone: string; bedtime: string }[] }>();
    expect(households).toContainEqual(
      expect.objectContaining({ id: "hh_default", timezone: "Europe/London", bedtime: "19:30" }),
    );
  });

  it("saves a valid patch and reschedules the bedtime", async () => {
    await env.DB.prepare("UPDATE households SET next_bedtime_at = 123 WHERE id = 'hh_default'").run();
    const res = await send("PATCH", "/api/households/hh_default", {
      bedtime: "20:15",
      timezone: "America/Chicago",
      rhyming: true,
    });
    expect(res.status).toBe(200);
    const { household } = await res.json<{
      household: { bedtime: string; timezone: string; rhyming: boolean; nextBedtimeAt: number };
    }>();
    expect(household).toMatchObject({ bedtime: "20:15", timezone: "America/Chicago", rhyming: true, nextBedtimeAt: 0 });
    const row = await env.DB.prepare("SELECT bedtime FROM households WHERE id = 'hh_default'").first<{
      bedtime: string;
    }>();
    expect(row?.bedtime).toBe("20:15");
  });

  it("keeps the scheduled bedtime when neither bedtime nor time zone changes", async () => {
    const { id } = await insertHousehold({ bedtime: "19:30", timezone: "Europe/London", nextBedtimeAt: 123 });
    const res = await send("PATCH", `/api/households/${id}`, {
      name: "Renamed",
      bedtime: "19:30",
      timezone: "Europe/London",
    });
    expect(res.status).toBe(200);
    const { household } = await res.json<{ household: { name: string; nextBedtimeAt: number } }>();
    expect(household).toMatchObject({ name: "Renamed", nextBedtimeAt: 123 });
  });

  it.each([
    [{ timezone: "Mars/Olympus" }, "timezone"],
    [{ bedtime: "25:00" }, "bedtime"],
    [{ bedtime: "7pm" }, "bedtime"],
    [{ email: "not-an-email" }, "email"],
    [{ childAge: "five" }, "childAge"],
    [{ storyLength: "epic" }, "storyLength"],
    [{ isAdmin: true }, ""],
  ])("rejects %j with a 400 naming the field", async (patch, field) => {
    const res = await send("PATCH", "/api/households/hh_default", patch);
    expect(res.status).toBe(400);
    const body = await res.json<{ error: string; details: { path: string }[] }>();
    expect(body.error).toBe("Invalid household");
    expect(body.details.map((d) => d.path)).toContain(field);
  });

  it("rejects malformed JSON with a 400, not a 500", async () => {
    const res = await send("PATCH", "/api/households/hh_default", "{ bedtime: ");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "Malformed JSON body" });
  });

  it("answers 404 for an unknown household", async () => {
    const res = await send("PATCH", "/api/households/hh_nobody", { name: "X" });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "No such household" });
  });
});

describe("stories", () => {
  it("lists stories newest first with their links", async () => {
    const older = await insertStory({ title: "Older", createdAt: 1000 });
    const newer = await insertStory({ title: "Newer", createdAt: 2000 });
    const res = await call("/api/stories?limit=2");
    const { stories } = await res.json<{ stories: { id: string; url: string; title: string }[] }>();
    expect(stories.map((s) => s.id)).toEqual([newer.id, older.id]);
    expect(stories[0]).toMatchObject({
      url: `${BASE}/stories/${newer.id}`,
      title: "Newer",
      kind: "on-demand",
      householdId: "hh_default",
    });
  });

  it.each(["0", "101", "ten"])("rejects limit=%s", async (limit) => {
    const res = await call(`/api/stories?limit=${limit}`);
    expect(res.status).toBe(400);
    const body = await res.json<{ error: string; details: { path: string; message: string }[] }>();
    expect(body).toMatchObject({ error: "Invalid query", details: [{ path: "limit", message: expect.any(String) }] });
  });

  it("shows one story with its assets", async () => {
    const story = await insertStory();
    await env.DB.prepare(
      "INSERT INTO assets (story_id, kind, idx, status, attempts, error, created_at) VALUES (?, 'image', 0, 'failed', 3, 'content policy', 0)",
    )
      .bind(story.id)
      .run();
    const res = await call(`/api/stories/${story.id}`);
    expect(res.status).toBe(200);
    const body = await res.json<{ id: string; status: string; assets: unknown[] }>();
    expect(body).toMatchObject({ id: story.id, status: "written", title: story.title });
    expect(body.assets).toEqual([
      expect.objectContaining({ kind: "image", index: 0, status: "failed", attempts: 3, error: "content policy" }),
    ]);
  });

  it("answers 404 for unknown and malformed story ids", async () => {
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAAAA", "'%20OR%201=1"]) {
      const res = await call(`/api/stories/${id}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: "No such story" });
    }
  });
});

describe("asking for a story now", () => {
  it("accepts a request with 202 and links, and the story gets written", async () => {
    const res = await send("POST", "/api/stories", {
      prompt: "a lost mitten",
      characterIds: ["ch_pip", "ch_mabel"],
      placeId: "sc_snowy_hill",
    });
    expect(res.status).toBe(202);
    const body = await res.json<{ id: string; url: string; statusUrl: string }>();
    expect(body.url).toBe(`${BASE}/stories/${body.id}`);
    expect(body.statusUrl).toBe(`${BASE}/api/stories/${body.id}`);
    // The write runs in waitUntil; poll the status URL like a client would.
    let story: { status: string; title: string | null; characterIds: string[]; placeId: string } | undefined;
    for (let i = 0; i < 50; i++) {
      story = await (await call(`/api/stories/${body.id}`)).json();
      if (story?.status !== "pending") break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(story?.status).toMatch(/written|ready/);
    expect(story?.title).toBeTruthy();
    expect(story?.characterIds).toEqual(["ch_pip", "ch_mabel"]);
    expect(story?.placeId).toBe("sc_snowy_hill");
  });

  it.each([
    [{ prompt: "x".repeat(501) }, "prompt"],
    [{ characterIds: "ch_pip" }, "characterIds"],
    [{ language: "klingon" }, "language"],
    [{ notify: "yes" }, "notify"],
    [{ surprise: 1 }, ""],
  ])("rejects %j with a 400", async (body, field) => {
    const res = await send("POST", "/api/stories", body);
    expect(res.status).toBe(400);
    const json = await res.json<{ error: string; details: { path: string }[] }>();
    expect(json.error).toBe("Invalid story request");
    expect(json.details.map((d) => d.path)).toContain(field);
  });

  it("rejects characters and places the household does not have", async () => {
    const res = await send("POST", "/api/stories", { characterIds: ["ch_pip", "ch_nobody"] });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "Unknown characters for this household",
      details: { characterIds: ["ch_nobody"] },
    });
    const place = await send("POST", "/api/stories", { placeId: "sc_nowhere" });
    expect(place.status).toBe(400);
    expect(await place.json()).toEqual({
      error: "Unknown place for this household",
      details: { placeId: "sc_nowhere" },
    });
    const household = await send("POST", "/api/stories", { householdId: "hh_nobody" });
    expect(household.status).toBe(404);
    expect(await household.json()).toEqual({ error: "No such household" });
  });

  it("still takes sceneId, the old name of placeId", async () => {
    const res = await send("POST", "/api/stories", { sceneId: "sc_nowhere" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "Unknown place for this household", details: { placeId: "sc_nowhere" } });
  });

  it("limits on-demand stories per household per hour", async () => {
    for (let i = 0; i < 6; i++) await insertStory({ kind: "on-demand", createdAt: Date.now() - 60_000 });
    const res = await send("POST", "/api/stories", {});
    expect(res.status).toBe(429);
    expect((await res.json<{ error: string }>()).error).toMatch(/an hour/);
  });
});

describe("content safety", () => {
  it("refuses a prompt that doesn't belong in a bedtime story, kindly, and stores nothing", async () => {
    const before = await env.DB.prepare("SELECT count(*) AS n FROM stories").first<{ n: number }>();
    const { id: householdId } = await insertHousehold();
    const res = await send("POST", "/api/stories", { householdId, prompt: "a story with a gun and lots of blood" });
    expect(res.status).toBe(422);
    const body = await res.json<{ error: string; details: { prompt: string[] } }>();
    expect(body.error).toMatch(/bedtime story/);
    expect(body.details.prompt.length).toBeGreaterThan(0);
    const after = await env.DB.prepare("SELECT count(*) AS n FROM stories").first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });
});

describe("what the operator sends", () => {
  it("answers a malformed Authorization header with a JSON 400 and the challenge", async () => {
    const res = await exports.default.fetch(`${BASE}/api/households`, { headers: { Authorization: "Basic abc" } });
    expect(res.status).toBe(400);
    expect(res.headers.get("WWW-Authenticate")).toContain("invalid_request");
    expect(await res.json()).toEqual({ error: "Use Authorization: Bearer <ADMIN_TOKEN>" });
  });

  it("refuses an oversize body with a JSON 413 before reading it", async () => {
    const res = await send("POST", "/api/stories", { prompt: "x".repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "That is more than we can take in one go" });
  });
});

describe("favourites", () => {
  it("keeps a story and stops keeping it", async () => {
    const story = await insertStory();
    const kept = await send("PATCH", `/api/stories/${story.id}`, { favorite: true });
    expect(kept.status).toBe(200);
    expect(await kept.json()).toEqual({ id: story.id, favorite: true, expiresAt: story.expiresAt });
    const row = await env.DB.prepare("SELECT favorite FROM stories WHERE id = ?").bind(story.id).first();
    expect(row).toEqual({ favorite: 1 });
    const unkept = await send("PATCH", `/api/stories/${story.id}`, { favorite: false });
    expect(await unkept.json()).toMatchObject({ favorite: false });
  });

  it("refuses anything but a yes or no, and unknown stories", async () => {
    const story = await insertStory();
    const bad = await send("PATCH", `/api/stories/${story.id}`, { favorite: "yes", title: "mine" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "Invalid story change" });
    const missing = await send("PATCH", "/api/stories/AAAAAAAAAAAAAAAAAAAAAAAA", { favorite: true });
    expect(missing.status).toBe(404);
  });
});

describe("dead letters and replay", () => {
  it("lists dead letters and replays one story's: the letter, its failed picture, once", async () => {
    const story = await insertStory({ status: "ready" });
    await insertAsset({ storyId: story.id, kind: "image", index: 0, status: "failed", error: "Gave up" });
    const body = { type: "story.illustrate", storyId: story.id, sceneIndex: 0 };
    await env.DB.prepare(
      "INSERT INTO dead_letters (story_id, body, error, attempts, created_at) VALUES (?1, ?2, 'ProviderError: 503', 6, ?3)",
    )
      .bind(story.id, JSON.stringify(body), Date.now())
      .run();

    const listed = await call("/api/dead-letters?limit=5");
    expect(listed.status).toBe(200);
    const { deadLetters } = await listed.json<{
      deadLetters: { storyId: string; body: unknown; replayedAt: null }[];
    }>();
    expect(deadLetters[0]).toMatchObject({ storyId: story.id, body, error: "ProviderError: 503", replayedAt: null });

    const replayed = await send("POST", "/api/replay", { storyId: story.id });
    expect(replayed.status).toBe(200);
    expect(await replayed.json()).toEqual({ deadLetters: 1, assets: 1, stories: 0 });
    const again = await send("POST", "/api/replay", { storyId: story.id });
    expect(await again.json()).toEqual({ deadLetters: 0, assets: 0, stories: 0 });
    const after = await (await call("/api/dead-letters")).json<{
      deadLetters: { storyId: string; replayedAt: number }[];
    }>();
    expect(after.deadLetters.find((d) => d.storyId === story.id)?.replayedAt).toEqual(expect.any(Number));
  });

  it("answers 404 for an unknown story and 400 for a malformed id", async () => {
    expect((await send("POST", "/api/replay", { storyId: "AAAAAAAAAAAAAAAAAAAAAAAA" })).status).toBe(404);
    const bad = await send("POST", "/api/replay", { storyId: "../etc" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "Invalid replay request" });
  });
});
