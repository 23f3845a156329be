/**
 * The operator console (/operator) through the fetch entry point: signing in with ADMIN_TOKEN
 * (refused, rate-limited, disabled), its session kept apart from families', what it lists (with
 * hostile names escaped), and its actions — invite, delete, replay — which are the JSON API's own.
 * Also the two account fixes: owner-only removal, and a new family's language must be writable.
 */
import { env, exports } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sendLink } from "../src/accounts/links";
import { costReport } from "../src/accounts/operator";
import { createContext } from "../src/lib/context";
import { estimateCost } from "../src/lib/cost";
import { insertAsset, insertHousehold, insertStory } from "./helpers/fixtures";
import { ADMIN_TOKEN, BASE, Browser } from "./helpers/http";
import { emailsTo, insertMember, linkSentTo, newEmail, recordEmails } from "./helpers/sign-in";

beforeAll(() => {
  recordEmails();
});

const vars = env as unknown as Record<string, string>;
afterEach(() => {
  vars.ADMIN_TOKEN = ADMIN_TOKEN;
});

const HOSTILE = "<img src=x onerror=alert(1)>";

async function count(sql: string, ...binds: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql)
    .bind(...binds)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** A browser signed in to the ops. */
async function operator(): Promise<Browser> {
  const browser = new Browser();
  const res = await browser.post("/operator/sign-in", { token: ADMIN_TOKEN });
  expect(res.status).toBe(303);
  expect(browser.cookie).toMatch(/^nl_operator=/);
  return browser;
}

/** A fresh family with its owner signed in. */
async function family(name = "The Otter Family") {
  const household = await insertHousehold({ name });
  const email = newEmail();
  const member = await insertMember(household.id, email);
  const browser = new Browser();
  await browser.signIn(email);
  return { household, email, member, browser };
}

describe("signing in to the console", () => {
  it("opens the console with ADMIN_TOKEN: a revocable server-side session under its own cookie", async () => {
    const browser = new Browser();
    const first = await browser.get("/operator");
    expect(first.headers.get("Cache-Control")).toBe("no-store");
    const form = await first.text();
    expect(form).toContain('name="token"');
    expect(form).toContain('action="/operator/sign-in"');

    const res = await browser.post("/operator/sign-in", { token: ADMIN_TOKEN });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/operator/households");
    const cookie = res.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^nl_operator=/);
    expect(cookie).toMatch(/Path=\/operator/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const expires = Date.parse(/Expires=([^;]+)/.exec(cookie)?.[1] ?? "");
    expect(expires - Date.now()).toBeLessThanOrEqual(12 * 3_600_000 + 5_000);
    expect(await count("SELECT count(*) AS n FROM operator_sessions WHERE revoked_at IS NULL")).toBeGreaterThan(0);

    const page = await browser.page("/operator/households");
    expect(page).toContain("Invite a family");
    expect((await browser.get("/operator")).headers.get("Location")).toBe("/operator/households");
    expect((await browser.get("/operator/households")).headers.get("Cache-Control")).toBe("no-store");

    // Signing out ends it on the server: the same cookie, replayed, opens nothing.
    const stolen = browser.cookie;
    const out = await browser.post("/operator/sign-out", {});
    expect(out.status).toBe(303);
    expect(browser.cookie).toBe("");
    browser.cookie = stolen;
    const after = await browser.get("/operator/households");
    expect(after.status).toBe(303);
    expect(after.headers.get("Location")).toBe("/operator");
  });

  it("refuses a wrong token kindly, and stores nothing", async () => {
    const before = await count("SELECT count(*) AS n FROM operator_sessions");
    const browser = new Browser();
    const res = await browser.post("/operator/sign-in", { token: "not-the-token" });
    expect(res.status).toBe(401);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect(await res.text()).toContain("That isn&#39;t the ADMIN_TOKEN");
    expect((await browser.post("/operator/sign-in", { token: "" })).status).toBe(401);
    expect(await count("SELECT count(*) AS n FROM operator_sessions")).toBe(before);
  });

  it("counts wrong tokens per IP with the API's, then answers 429 (the right token still works)", async () => {
    const browser = new Browser();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await browser.post("/operator/sign-in", { token: `wrong-${i}` })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    // One budget with the JSON API's bearer check, from the same address.
    const apiCall = await exports.default.fetch(`${BASE}/api/households`, {
      headers: { Authorization: "Bearer wrong", "CF-Connecting-IP": browser.ip },
    });
    expect(apiCall.status).toBe(429);
    expect((await browser.post("/operator/sign-in", { token: ADMIN_TOKEN })).status).toBe(303);
  }, 30_000);

  it("says the console is turned off when ADMIN_TOKEN is unset, never a 500", async () => {
    const signedIn = await operator();
    vars.ADMIN_TOKEN = "";
    const browser = new Browser();
    const page = await browser.page("/operator");
    expect(page).toContain("turned off on this deployment: ADMIN_TOKEN is not set");
    expect(page).not.toContain('name="token"');
    const res = await browser.post("/operator/sign-in", { token: "" });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("ADMIN_TOKEN is not set");
    // A session opened before it was unset opens nothing now.
    expect((await signedIn.get("/operator/households")).status).toBe(303);
  });

  it("ends every console session when ADMIN_TOKEN changes", async () => {
    const browser = await operator();
    vars.ADMIN_TOKEN = "a-brand-new-admin-token-long-enough-to-be-used";
    const res = await browser.get("/operator/households");
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/operator");
  });
});

describe("families and the operator never share a session", () => {
  it("a family's session opens no console page and changes nothing there", async () => {
    const { browser } = await family("The Curious Family");
    for (const path of ["/operator/households", "/operator/stories", "/operator/dead-letters", "/operator/costs"]) {
      const res = await browser.get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get("Location")).toBe("/operator");
    }
    expect(await browser.page("/operator")).toContain('name="token"');
    const households = await count("SELECT count(*) AS n FROM households");
    const res = await browser.post("/operator/households", {
      name: "Sneaky",
      email: newEmail(),
      timezone: "Europe/London",
      language: "en",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/operator");
    expect(await count("SELECT count(*) AS n FROM households")).toBe(households);
  });

  it("the operator's session opens no family page, even under the family cookie's name", async () => {
    const browser = await operator();
    for (const path of ["/settings", "/account", "/cast", "/tell"]) {
      const res = await browser.get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get("Location")).toMatch(/^\/sign-in/);
    }
    browser.cookie = browser.cookie.replace(/^nl_operator=/, "nl_session=");
    expect((await browser.get("/settings")).headers.get("Location")).toMatch(/^\/sign-in/);
  });
});

describe("the console", () => {
  it("lists families with members and pending invitations, every name escaped", async () => {
    const household = await insertHousehold({ name: HOSTILE });
    await insertMember(household.id, `owner-${household.id}@example.com`);
    const ops = await operator();
    const invited = newEmail("pending");
    const res = await ops.post(`/operator/households/${household.id}/invitations`, { email: invited });
    expect(res.status).toBe(303);
    await linkSentTo(invited);
    // A fixed subject: the family's (hostile) name is only in the body, escaped.
    expect(String(emailsTo(invited)[0]?.subject)).toBe("You're invited to a family on Nightlight");
    expect(String(emailsTo(invited)[0]?.html)).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(String(emailsTo(invited)[0]?.html)).not.toContain(HOSTILE);

    const page = await ops.page("/operator/households");
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain(`owner-${household.id}@example.com`);
    expect(page).toContain("Invitations not used yet");
    expect(page).toContain(invited);
    expect(page).toContain(`/operator/households/${household.id}/delete`);

    const bad = await ops.post(`/operator/households/${household.id}/invitations`, { email: "not an email" });
    expect(bad.status).toBe(400);
    expect((await ops.post("/operator/households/hh_nobody/invitations", { email: invited })).status).toBe(404);
  });

  it("invites a family as POST /api/households does, offering and accepting only writable languages", async () => {
    const ops = await operator();
    const form = await ops.page("/operator/households");
    expect(form).toContain('value="fr"');
    expect(form).not.toContain('value="de"');

    const email = newEmail("console");
    const refused = await ops.post("/operator/households", {
      name: "The Germans",
      email,
      timezone: "Europe/Berlin",
      language: "de",
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("can&#39;t write German");
    expect(await count("SELECT count(*) AS n FROM households WHERE email = ?", email)).toBe(0);

    const res = await ops.post("/operator/households", {
      name: "The Console Family",
      email,
      timezone: "Europe/Paris",
      language: "fr",
    });
    expect(res.status).toBe(303);
    const row = await env.DB.prepare("SELECT id, language FROM households WHERE email = ?")
      .bind(email)
      .first<{ id: string; language: string }>();
    expect(row?.language).toBe("fr");
    expect(await count("SELECT count(*) AS n FROM characters WHERE household_id = ?", row?.id)).toBeGreaterThan(0);
    expect(await count("SELECT count(*) AS n FROM members WHERE household_id = ? AND role = 'owner'", row?.id)).toBe(1);
    await linkSentTo(email);
  });

  it("deletes a family after its id is typed, leaving no D1 rows or R2 objects", async () => {
    const { household, email, browser } = await family("The Doomed Family");
    const story = await insertStory({ householdId: household.id });
    await insertAsset({ storyId: story.id, kind: "image", index: 0, status: "ready" });
    for (const file of ["scene-0.jpg", "narration.mp3", "narration.marks.json"])
      await env.MEDIA.put(`stories/${story.id}/${file}`, "x");
    const other = await insertStory({ householdId: "hh_default" });
    await env.MEDIA.put(`stories/${other.id}/scene-0.jpg`, "x");

    const ops = await operator();
    const confirm = await ops.page(`/operator/households/${household.id}/delete`);
    expect(confirm).toContain("The Doomed Family");
    expect(confirm).toContain("1 story");
    const wrong = await ops.post(`/operator/households/${household.id}/delete`, { confirm: "The Doomed Family" });
    expect(wrong.status).toBe(400);
    expect(await count("SELECT count(*) AS n FROM households WHERE id = ?", household.id)).toBe(1);

    const res = await ops.post(`/operator/households/${household.id}/delete`, { confirm: ` ${household.id} ` });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/operator/households?done=family-deleted");
    expect(await count("SELECT count(*) AS n FROM households WHERE id = ?", household.id)).toBe(0);
    for (const table of ["members", "sessions", "sign_in_links", "characters", "places", "stories"])
      expect(await count(`SELECT count(*) AS n FROM ${table} WHERE household_id = ?`, household.id), table).toBe(0);
    expect(await count("SELECT count(*) AS n FROM assets WHERE story_id = ?", story.id)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM sessions WHERE email = ?", email)).toBe(0);
    expect((await env.MEDIA.list({ prefix: `stories/${story.id}/` })).objects).toHaveLength(0);
    expect((await env.MEDIA.list({ prefix: `stories/${other.id}/` })).objects).toHaveLength(1);
    expect((await browser.get("/settings")).status).toBe(303);
    expect((await ops.get(`/operator/households/${household.id}/delete`)).status).toBe(404);
  });

  it("shows recent stories: status, kind, each asset's state and why it failed, escaped", async () => {
    const household = await insertHousehold({ name: "The Storied Family" });
    const story = await insertStory({
      householdId: household.id,
      kind: "nightly",
      status: "ready",
      title: `Pip ${HOSTILE}`,
      createdAt: Date.now(),
    });
    await insertAsset({ storyId: story.id, kind: "image", index: 0, status: "ready" });
    await insertAsset({
      storyId: story.id,
      kind: "image",
      index: 1,
      status: "failed",
      attempts: 6,
      error: `Gave up after retries: 503 ${HOSTILE}`,
    });
    await insertAsset({ storyId: story.id, kind: "audio", index: 0, status: "skipped" });
    const failed = await insertStory({
      householdId: household.id,
      status: "failed",
      title: null,
      error: "The storyteller can't write German yet",
      createdAt: Date.now(),
    });

    const page = await (await operator()).page("/operator/stories");
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain("Pip &lt;img src=x onerror=alert(1)&gt;");
    expect(page).toMatch(/The Storied Family · nightly · <strong>ready<\/strong>/);
    expect(page).toContain("picture 1: <strong>ready</strong>");
    expect(page).toContain("picture 2: <strong>failed</strong> after 6 tries");
    expect(page).toContain("503 &lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain("narration: <strong>skipped</strong>");
    expect(page).toContain(failed.id);
    expect(page).toContain("Failed: The storyteller can&#39;t write German yet");
  });

  it("replays a dead letter with the same code as POST /api/replay: the message is re-published", async () => {
    const story = await insertStory({ status: "ready" });
    await insertAsset({ storyId: story.id, kind: "image", index: 0, status: "failed", error: "Gave up" });
    const body = { type: "story.illustrate", storyId: story.id, sceneIndex: 0 };
    await env.DB.prepare(
      "INSERT INTO dead_letters (story_id, body, error, attempts, created_at) VALUES (?1, ?2, ?3, 6, ?4)",
    )
      .bind(story.id, JSON.stringify(body), `ProviderError: 503 ${HOSTILE}`, Date.now())
      .run();
    const sent = vi.spyOn(env.JOBS, "sendBatch");

    const ops = await operator();
    const list = await ops.page("/operator/dead-letters");
    expect(list).toContain("story.illustrate (scene 1)");
    expect(list).toContain("ProviderError: 503 &lt;img src=x onerror=alert(1)&gt;");
    expect(list).not.toContain(HOSTILE);
    expect(list).toContain(`name="storyId" value="${story.id}"`);

    const res = await ops.post("/operator/replay", { storyId: story.id });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/operator/dead-letters?done=replayed");
    const published = sent.mock.calls.flatMap(([batch]) => [...batch].map((m) => m.body));
    expect(published).toContainEqual(body);
    const letter = await env.DB.prepare("SELECT replayed_at FROM dead_letters WHERE story_id = ?")
      .bind(story.id)
      .first<{ replayed_at: number | null }>();
    expect(letter?.replayed_at).toEqual(expect.any(Number));
    expect(await ops.page("/operator/dead-letters?done=replayed")).toMatch(/replayed \d{4}-\d\d-\d\d/);

    expect((await ops.post("/operator/replay", { storyId: "AAAAAAAAAAAAAAAAAAAAAAAA" })).status).toBe(404);
    expect((await ops.post("/operator/replay", { storyId: "../etc" })).status).toBe(404);
    sent.mockRestore();
  });

  it("estimates cost per family and per night from each story's usage and providers", async () => {
    const now = Date.now();
    const a = await insertHousehold({ name: "The OpenAI Family" });
    const b = await insertHousehold({ name: `The Workers ${HOSTILE}` });
    // Voices as media.ts records them: `${narrator}:${voice}`.
    const openai = { text: "openai:gpt-6-luna", image: "openai:gpt-image-2.6-flare", voice: "polly:Joanna" };
    const workers = {
      text: "workers-ai:@cf/meta/llama-3.3-70b-instruct-fp8-fast",
      image: "workers-ai:@cf/black-forest-labs/flux-1-schnell",
      voice: "workers-ai:@cf/myshell-ai/melotts:melotts-en",
    };
    const usage = { inputTokens: 1000, outputTokens: 2000, images: 4, pollyCharacters: 2400 };
    await insertStory({ householdId: a.id, localDate: "2099-01-01", providers: openai, usage, createdAt: now });
    await insertStory({ householdId: a.id, localDate: "2099-01-02", providers: openai, usage, createdAt: now });
    await insertStory({ householdId: a.id, localDate: "2099-01-02", providers: openai, usage, createdAt: now });
    await insertStory({ householdId: b.id, localDate: "2099-01-02", providers: workers, usage, createdAt: now });
    // Offline providers cost nothing; a story older than a week is left out.
    await insertStory({
      householdId: b.id,
      localDate: "2099-01-01",
      providers: { text: "offline" },
      usage,
      createdAt: now,
    });
    await insertStory({
      householdId: a.id,
      localDate: "2098-12-01",
      providers: openai,
      usage,
      createdAt: now - 8 * 86_400_000,
    });

    // text (1000 × 0.10 + 2000 × 0.50) / 1M, 4 pictures × $0.045, 2400 characters × $16 / 1M.
    expect(estimateCost(usage, openai)).toEqual({
      text: 0.0011,
      images: 0.18,
      narration: 0.0384,
      total: 0.2195,
      currency: "USD",
    });
    // Neurons at $0.011 / 1,000: 26,668 + 2 × 204,805 per M tokens; 4 × 76.8 per picture; 18.63 per
    // minute at 800 characters a minute.
    const w = estimateCost(usage, workers);
    expect(w.text).toBeCloseTo(((1000 * 26_668 + 2000 * 204_805) / 1e6 / 1e3) * 0.011, 4);
    expect(w.images).toBeCloseTo(4 * 76.8 * 0.000011, 4);
    expect(w.narration).toBeCloseTo((2400 / 800) * 18.63 * 0.000011, 4);
    expect(estimateCost(usage, { text: "offline", image: "svg", voice: "none" }).total).toBe(0);
    // An OpenAI model missing from the table is priced as the default, never as free.
    expect(estimateCost(usage, { text: "openai:some-new-model" }).text).toBe(0.0011);

    const report = await costReport(createContext(env, now), 7);
    const mine = report.families.filter((f) => f.householdId === a.id || f.householdId === b.id);
    expect(mine.find((f) => f.householdId === a.id)).toMatchObject({
      byNight: { "2099-01-01": 0.2195, "2099-01-02": 0.439 },
      total: 0.6585,
    });
    expect(mine.find((f) => f.householdId === b.id)?.byNight["2099-01-01"]).toBe(0);
    expect(report.byNight["2099-01-02"]).toBeCloseTo(0.439 + w.total, 4);
    expect(report.nights).not.toContain("2098-12-01");

    const page = await (await operator()).page("/operator/costs");
    expect(page).toContain("The OpenAI Family");
    expect(page).toContain("$0.6585");
    expect(page).toContain("$0.4390");
    expect(page).toContain("The Workers &lt;img src=x onerror=alert(1)&gt;");
    expect(page).not.toContain(HOSTILE);
  });
});

describe("account fixes", () => {
  it("only the owner removes a member; a parent gets a kind 403 and may still leave", async () => {
    const { household, email: ownerEmail, member: owner, browser: ownerBrowser } = await family("The Owl Family");
    const coEmail = newEmail("co");
    const co = await insertMember(household.id, coEmail, "parent");
    const third = await insertMember(household.id, newEmail("third"), "parent");
    const coBrowser = new Browser();
    await coBrowser.signIn(coEmail);

    expect(await coBrowser.page("/account")).not.toContain("/remove");
    for (const target of [owner, third]) {
      const res = await coBrowser.post(`/account/members/${target.id}/remove`, {});
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("Only the person who started the family can remove someone");
    }
    expect(await count("SELECT count(*) AS n FROM members WHERE household_id = ?", household.id)).toBe(3);

    expect(await ownerBrowser.page("/account")).toContain(`/account/members/${third.id}/remove`);
    expect((await ownerBrowser.post(`/account/members/${third.id}/remove`, {})).status).toBe(303);
    expect((await coBrowser.post("/account/leave", {})).status).toBe(303);
    const left = await env.DB.prepare("SELECT email FROM members WHERE household_id = ?").bind(household.id).all();
    expect(left.results).toEqual([{ email: ownerEmail }]);
    expect(co.role).toBe("parent");
  });

  it("refuses a new family in a language the storyteller can't write (API 422)", async () => {
    const email = newEmail("api-de");
    const res = await exports.default.fetch(`${BASE}/api/households`, {
      method: "POST",
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Die Familie", email, timezone: "Europe/Berlin", language: "de" }),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: expect.stringContaining("German"), details: { language: ["de"] } });
    expect(await count("SELECT count(*) AS n FROM households WHERE email = ?", email)).toBe(0);
    expect(emailsTo(email)).toHaveLength(0);
  });

  it("the sign-up form offers only writable languages and refuses another (422) without using the link", async () => {
    const email = newEmail("signup");
    await sendLink(createContext(env, Date.now()), { email, purpose: "sign-up" });
    const { path, token } = await linkSentTo(email);
    const browser = new Browser();
    const form = await browser.page(path);
    expect(form).toContain('<option value="es"');
    expect(form).not.toContain('<option value="de"');

    const refused = await browser.post("/sign-in/link", {
      token,
      name: "Die Familie",
      timezone: "Europe/Berlin",
      language: "de",
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("can&#39;t write German");
    expect(await count("SELECT count(*) AS n FROM households WHERE email = ?", email)).toBe(0);

    const ok = await browser.post("/sign-in/link", {
      token,
      name: "La Familia",
      timezone: "Europe/Madrid",
      language: "es",
    });
    expect(ok.status).toBe(303);
    expect(await count("SELECT count(*) AS n FROM households WHERE email = ? AND language = 'es'", email)).toBe(1);
  });
});
