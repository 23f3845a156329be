import { env, exports } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { forgetSpentLinksAndSessions } from "../src/accounts/cleanup";
import { sendLink } from "../src/accounts/links";
import { createContext } from "../src/lib/context";
import { tokenHash } from "../src/lib/tokens";
import { insertAsset, insertHousehold, insertStory } from "./helpers/fixtures";
import { BASE, Browser, fetchWorker } from "./helpers/http";
import { emailsTo, insertMember, linkSentTo, newEmail, outbox, recordEmails } from "./helpers/sign-in";

beforeAll(() => {
  recordEmails();
});

const vars = env as unknown as Record<string, string>;
afterEach(() => {
  vars.SIGNUP = "invite";
});

const SENT_TEXT = "has an account, a link is on its way";

/** A fresh family with one member, so tests don't trip over each other's rows. */
async function family(name = "The Otter Family") {
  const household = await insertHousehold({ name });
  const email = newEmail();
  await insertMember(household.id, email);
  return { household, email };
}

async function count(sql: string, ...binds: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql)
    .bind(...binds)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe("signing in by emailed link", () => {
  it("emails a one-time link, stores only its hash, and signs the parent in with a 30-day session", async () => {
    const { household, email } = await family("The Badger Family");
    const browser = new Browser();

    const asked = await browser.post("/sign-in", { email: `  ${email.toUpperCase()} `, next: "/settings" });
    expect(asked.status).toBe(200);
    const page = await asked.text();
    expect(page).toContain(SENT_TEXT);
    expect(asked.headers.get("Set-Cookie")).toBeNull();

    const { path, token } = await linkSentTo(email);
    const message = emailsTo(email)[0]!;
    expect(message.subject).toBe("Your Nightlight sign-in link");
    expect(String(message.text)).toContain("The link works once, for 15 minutes.");
    expect(String(message.html)).toContain(`href="${BASE}/sign-in/link?token=${token}&amp;next=%2Fsettings"`);

    // Only the SHA-256 is kept, with a 15-minute expiry.
    const stored = await env.DB.prepare("SELECT * FROM sign_in_links WHERE email = ?").bind(email).all();
    expect(stored.results).toHaveLength(1);
    const link = stored.results[0] as Record<string, unknown>;
    expect(link.hash).toBe(await tokenHash(token));
    expect(JSON.stringify(stored.results)).not.toContain(token);
    expect(Number(link.expires_at) - Number(link.created_at)).toBe(15 * 60_000);

    // Opening the link changes nothing (mail scanners open links); the button uses it.
    const opened = await browser.page(path);
    expect(opened).toContain(`Signing in as <strong>${email}</strong>`);
    expect(opened).toContain('<input type="hidden" name="next" value="/settings"/>');
    const res = await browser.post("/sign-in/link", { token, next: "/settings" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/settings");
    const cookie = res.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^nl_session=[^;]+;/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie)?.[1] ?? "");
    expect(Math.abs(expires - (Date.now() + 30 * 86_400_000))).toBeLessThan(60_000);

    const session = await env.DB.prepare("SELECT * FROM sessions WHERE email = ?").bind(email).first();
    expect(session).toMatchObject({ household_id: household.id, revoked_at: null, user_agent: "Firefox on Android" });
    expect(await browser.page("/settings")).toContain('value="The Badger Family"');

    // Signing in again over this session ends the old one.
    const first = browser.cookie;
    await browser.signIn(email);
    const replaced = new Browser();
    replaced.cookie = first;
    expect((await replaced.get("/settings")).status).toBe(303);
    expect((await browser.get("/settings")).status).toBe(200);

    // A used link is spent, in another browser too.
    const again = await new Browser().post("/sign-in/link", { token });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("That link has been used");
    expect(again.headers.get("Set-Cookie")).toBeNull();
  });

  it("says the same for an address without an account, and sends nothing", async () => {
    const browser = new Browser();
    const known = await family();
    const stranger = newEmail("stranger");

    const a = await browser.post("/sign-in", { email: known.email });
    const b = await browser.post("/sign-in", { email: stranger });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await a.text()).replaceAll(known.email, "X")).toBe((await b.text()).replaceAll(stranger, "X"));

    await linkSentTo(known.email);
    await new Promise((r) => setTimeout(r, 200));
    expect(emailsTo(stranger)).toHaveLength(0);
    expect(await count("SELECT count(*) AS n FROM sign_in_links WHERE email = ?", stranger)).toBe(0);
  });

  it("refuses a malformed address with the form again, not a 500", async () => {
    const res = await new Browser().post("/sign-in", { email: "<b>not an email" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Type your email address, like parent@example.com");
    expect(html).toContain('value="&lt;b&gt;not an email"');
  });

  it("gives expired, tampered and unknown links a kind page, not a 500", async () => {
    const { email } = await family();
    const browser = new Browser();
    await sendLink(createContext(env, Date.now() - 16 * 60_000), { email, purpose: "sign-in" });
    const { token } = await linkSentTo(email);

    const expired = await browser.get(`/sign-in/link?token=${token}`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("That link has expired");
    const pressed = await browser.post("/sign-in/link", { token });
    expect(pressed.status).toBe(410);
    expect(pressed.headers.get("Set-Cookie")).toBeNull();

    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of [tampered, "short", "", `${token}x`, "%00%27"]) {
      const res = await browser.get(`/sign-in/link?token=${bad}`);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain("That link doesn&#39;t work");
      expect(html).toContain('action="/sign-in"');
      expect((await browser.post("/sign-in/link", { token: bad })).status).toBe(404);
    }
  });

  it("ends the session on the server at sign-out, so a copied cookie stops working", async () => {
    const { email } = await family();
    const browser = new Browser();
    await browser.signIn(email);
    const thief = new Browser();
    thief.cookie = browser.cookie;
    expect((await thief.get("/settings")).status).toBe(200);

    const out = await browser.post("/sign-out", {});
    expect(out.status).toBe(303);
    expect(out.headers.get("Location")).toBe("/sign-in?done=signed-out");
    expect(browser.cookie).toBe("");

    const stolen = await thief.get("/settings");
    expect(stolen.status).toBe(303);
    expect(stolen.headers.get("Location")).toBe("/sign-in?next=%2Fsettings");
    const row = await env.DB.prepare("SELECT revoked_at FROM sessions WHERE email = ?").bind(email).first();
    expect(row?.revoked_at).toBeTypeOf("number");
  });

  it("treats a tampered or foreign-signed cookie as signed out", async () => {
    const { email } = await family();
    const browser = new Browser();
    await browser.signIn(email);
    const [name, value] = browser.cookie.split("=") as [string, string];
    const forged = new Browser();
    forged.cookie = `${name}=${value.replace(/.(?=\.)/, (ch) => (ch === "A" ? "B" : "A"))}`;
    expect((await forged.get("/settings")).status).toBe(303);
    forged.cookie = `${name}=4102444800000.hh_default`;
    expect((await forged.get("/settings")).status).toBe(303);
  });

  it("lists devices on /account and signs out one of them, or everywhere", async () => {
    const { email } = await family();
    const phone = new Browser();
    const laptop = new Browser();
    laptop.userAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15";
    await phone.signIn(email);
    await laptop.signIn(email);

    const page = await phone.page("/account");
    expect(page).toContain("Firefox on Android");
    expect(page).toContain("Safari on macOS");
    expect(page).toContain("this device, signed in today");

    const laptopId = (await env.DB.prepare("SELECT id FROM sessions WHERE email = ? AND user_agent = 'Safari on macOS'")
      .bind(email)
      .first<{ id: string }>())!.id;
    const res = await phone.post(`/account/sessions/${laptopId}/revoke`, {});
    expect(res.status).toBe(303);
    expect((await laptop.get("/account")).status).toBe(303);
    expect((await phone.get("/account")).status).toBe(200);

    const everywhere = await phone.post("/account/sessions/revoke-all", {});
    expect(everywhere.headers.get("Location")).toBe("/sign-in?done=signed-out-everywhere");
    expect(await count("SELECT count(*) AS n FROM sessions WHERE email = ? AND revoked_at IS NULL", email)).toBe(0);
  });

  it("lets anyone start a family when SIGNUP=open, with starter characters and places in their language", async () => {
    vars.SIGNUP = "open";
    const email = newEmail("newcomer");
    const browser = new Browser();
    expect((await browser.post("/sign-in", { email })).status).toBe(200);
    const { path, token } = await linkSentTo(email);
    expect(emailsTo(email)[0]?.subject).toBe("Start your family on Nightlight");
    const form = await browser.page(path);
    expect(form).toContain("Start your family");
    expect(form).toContain('<option value="Europe/Paris"');
    // A French browser gets the form in French, with French stories picked to start with.
    const french = await (await fetchWorker(path, { headers: { "Accept-Language": "fr-FR,fr;q=0.9" } })).text();
    expect(french).toContain('lang="fr"');
    expect(french).toMatch(/<option value="fr" selected(="")?>/);

    // A mistake re-shows the form and keeps the link.
    const bad = await browser.post("/sign-in/link", { token, name: "", timezone: "Mars/Olympus", language: "fr" });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("Not a time zone");

    const res = await browser.post("/sign-in/link", {
      token,
      name: "Les Loutres",
      timezone: "Europe/Paris",
      language: "fr",
    });
    expect(res.status).toBe(303);
    const household = await env.DB.prepare("SELECT * FROM households WHERE email = ?").bind(email).first();
    expect(household).toMatchObject({ name: "Les Loutres", timezone: "Europe/Paris", language: "fr" });
    const seed = await count("SELECT count(*) AS n FROM characters WHERE household_id = 'hh_default'");
    expect(seed).toBeGreaterThan(0);
    expect(await count("SELECT count(*) AS n FROM characters WHERE household_id = ?", household?.id)).toBe(seed);
    expect(
      await count("SELECT count(*) AS n FROM members WHERE household_id = ? AND role = 'owner'", household?.id),
    ).toBe(1);
    expect(await browser.page("/")).toContain("Les Loutres");
  });

  it("sends no sign-up link for an unknown address when SIGNUP=invite", async () => {
    const email = newEmail("uninvited");
    expect((await new Browser().post("/sign-in", { email })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(emailsTo(email)).toHaveLength(0);
  });
});

describe("co-parents", () => {
  it("invites a co-parent who joins by the emailed link and can switch between only their families", async () => {
    const { household, email } = await family("The Heron Family");
    const parent = new Browser();
    await parent.signIn(email);
    // The co-parent has a family of their own already.
    const own = await family("The Coot Family");
    const stranger = await insertHousehold({ name: "The Stranger Family" });

    const res = await parent.post("/account/invite", { email: own.email.toUpperCase() });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/account?done=invited#members");
    const { path, token } = await linkSentTo(own.email);
    const invitation = emailsTo(own.email).at(-1)!;
    // A fixed subject; the family's own name only in the body.
    expect(invitation.subject).toBe("You're invited to a family on Nightlight");
    expect(String(invitation.text)).toContain(`${email} invited you to join the family "The Heron Family"`);
    expect(String(invitation.text)).toContain("for 7 days");
    // Pending: not a member until they say yes, and not in their switcher.
    expect(
      await count("SELECT count(*) AS n FROM members WHERE household_id = ? AND email = ?", household.id, own.email),
    ).toBe(0);
    const before = new Browser();
    await before.signIn(own.email);
    expect(await before.page("/settings")).not.toContain("The Heron Family");

    const coParent = new Browser();
    const page = await coParent.page(path);
    expect(page).toContain("An invitation to The Heron Family");
    expect(page).toContain('name="answer" value="decline"');
    expect((await coParent.post("/sign-in/link", { token, answer: "accept" })).status).toBe(303);
    expect(await coParent.page("/settings")).toContain('value="The Heron Family"');
    const members = await coParent.page("/account");
    expect(members).toContain(email);
    expect(members).toContain(own.email);

    // The switch offers their two families and nothing else.
    const settings = await coParent.page("/settings");
    expect(settings).toContain("The Coot Family");
    expect(settings).not.toContain("The Stranger Family");
    expect((await coParent.post("/household", { householdId: stranger.id })).status).toBe(404);
    expect((await coParent.post("/household", { householdId: own.household.id })).status).toBe(303);
    expect(await coParent.page("/settings")).toContain('value="The Coot Family"');
    expect((await coParent.post("/household", { householdId: household.id })).status).toBe(303);
  });

  it("removes a member, who loses the family at their next click, and withdraws an unused invitation", async () => {
    const { household, email } = await family();
    const parent = new Browser();
    await parent.signIn(email);
    const coEmail = newEmail("co");
    const co = await insertMember(household.id, coEmail, "parent");
    const coParent = new Browser();
    await coParent.signIn(coEmail);

    expect((await parent.post(`/account/members/${co.id}/remove`, {})).status).toBe(303);
    expect((await coParent.get("/settings")).status).toBe(303);

    const late = newEmail("late");
    await parent.post("/account/invite", { email: late });
    const { token } = await linkSentTo(late);
    expect(await parent.page("/account")).toContain(late);
    const withdrawn = await parent.post("/account/invitations/withdraw", { email: late });
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.headers.get("Location")).toBe("/account?done=withdrawn#members");
    const res = await new Browser().post("/sign-in/link", { token });
    expect(res.status).toBe(404);
    expect(await count("SELECT count(*) AS n FROM members WHERE email = ?", late)).toBe(0);
  });

  it("lets a co-parent leave, but not the owner (who deletes instead) nor the last member", async () => {
    const { household, email } = await family();
    const coEmail = newEmail("co");
    await insertMember(household.id, coEmail, "parent");
    const parent = new Browser();
    await parent.signIn(email);
    const coParent = new Browser();
    await coParent.signIn(coEmail);

    const left = await coParent.post("/account/leave", {});
    expect(left.status).toBe(303);
    expect(left.headers.get("Location")).toBe("/sign-in?done=signed-out");
    expect((await coParent.get("/settings")).status).toBe(303);

    const owner = await parent.post("/account/leave", {});
    expect(owner.status).toBe(403);
    expect(await owner.text()).toContain("You started this family, so you can&#39;t leave it");
    expect(await count("SELECT count(*) AS n FROM members WHERE household_id = ?", household.id)).toBe(1);

    // A family left with one co-parent (an owner row lost long ago): they can't leave it empty.
    const lone = await insertHousehold({ name: "The Lone Family" });
    const loneEmail = newEmail("lone");
    await insertMember(lone.id, loneEmail, "parent");
    const loneParent = new Browser();
    await loneParent.signIn(loneEmail);
    const alone = await loneParent.post("/account/leave", {});
    expect(alone.status).toBe(409);
    expect(await alone.text()).toContain("You&#39;re the only one left in this family");
  });
});

describe("rate limits", () => {
  // Rate-limit windows are aligned to the wall clock (60 s here): start each count early in a
  // window, so a window rolling over mid-loop can't reset it.
  async function freshWindow() {
    const into = Date.now() % 60_000;
    if (into > 45_000) await new Promise((r) => setTimeout(r, 60_000 - into + 50));
  }

  it("limits link requests per email and IP (5 a minute), so a stranger can't lock the parent out", async () => {
    const { email } = await family();
    await freshWindow();
    const stranger = new Browser();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await stranger.post("/sign-in", { email })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // The parent, from their own IP, still gets a link.
    recordEmails();
    const sent = emailsTo(email).length;
    expect((await new Browser().post("/sign-in", { email })).status).toBe(200);
    await linkSentTo(email, sent + 1);
  }, 30_000);

  it("caps link requests per address from any IP at 30 a minute, and per IP at 20", async () => {
    const { email } = await family();
    await freshWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await new Browser().post("/sign-in", { email })).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);

    const one = new Browser();
    await freshWindow();
    const fromOneIp: number[] = [];
    for (let i = 0; i < 21; i++) fromOneIp.push((await one.post("/sign-in", { email: newEmail() })).status);
    expect(fromOneIp.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(fromOneIp[20]).toBe(429);
  }, 30_000);

  it("limits link redemptions per IP", async () => {
    const browser = new Browser();
    await freshWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await browser.post("/sign-in/link", { token: "x".repeat(43) })).status);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
  }, 30_000);

  it("limits wrong bearer tokens per IP", async () => {
    await freshWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await exports.default.fetch(`${BASE}/api/households`, {
        headers: { Authorization: `Bearer wrong-${i}`, "CF-Connecting-IP": "198.51.100.7" },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  }, 30_000);
});

describe("deleting a family", () => {
  it("asks for the family name, then leaves nothing of it in D1 or R2", async () => {
    const { household, email } = await family("The Vole Family");
    const coEmail = newEmail("co");
    await insertMember(household.id, coEmail, "parent");
    const parent = new Browser();
    await parent.signIn(email);
    const coParent = new Browser();
    await coParent.signIn(coEmail);
    await parent.post("/account/invite", { email: newEmail("pending") });
    await env.DB.prepare(
      "INSERT INTO characters (id, household_id, name, looks, personality, created_at) VALUES ('ch_vole', ?, 'Vee', 'a vole', 'kind', 1)",
    )
      .bind(household.id)
      .run();
    const stories = [
      await insertStory({ householdId: household.id }),
      await insertStory({ householdId: household.id }),
    ];
    for (const story of stories) {
      await insertAsset({ storyId: story.id, kind: "image", index: 0, status: "ready" });
      for (const file of ["scene-0.svg", "scene-1.svg", "narration.mp3", "deep/marks.json"])
        await env.MEDIA.put(`stories/${story.id}/${file}`, "x");
    }
    // Another family's things stay.
    const other = await insertStory({ householdId: "hh_default" });
    await env.MEDIA.put(`stories/${other.id}/scene-0.svg`, "x");

    const wrong = await parent.post("/account/delete", { confirm: "The Vole" });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("That isn&#39;t the family name");
    expect(await count("SELECT count(*) AS n FROM households WHERE id = ?", household.id)).toBe(1);

    const res = await parent.post("/account/delete", { confirm: " the vole family " });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/sign-in?done=deleted");
    expect(await parent.page("/sign-in?done=deleted")).toContain("Your family and all its stories have been deleted");

    for (const table of ["households"]) {
      expect(await count(`SELECT count(*) AS n FROM ${table} WHERE id = ?`, household.id)).toBe(0);
    }
    for (const table of ["members", "sessions", "sign_in_links", "characters", "places", "stories"]) {
      expect(await count(`SELECT count(*) AS n FROM ${table} WHERE household_id = ?`, household.id), table).toBe(0);
    }
    expect(await count("SELECT count(*) AS n FROM members WHERE email IN (?, ?)", email, coEmail)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM sessions WHERE email IN (?, ?)", email, coEmail)).toBe(0);
    for (const story of stories) {
      expect(await count("SELECT count(*) AS n FROM assets WHERE story_id = ?", story.id)).toBe(0);
      expect((await env.MEDIA.list({ prefix: `stories/${story.id}/` })).objects).toHaveLength(0);
    }
    expect((await env.MEDIA.list({ prefix: `stories/${other.id}/` })).objects).toHaveLength(1);
    expect((await coParent.get("/settings")).status).toBe(303);
  });
});

describe("the operator's JSON API", () => {
  const AUTH = { Authorization: "Bearer test-admin-token-4f1c9e2b7a8d6c3e5f0a", "Content-Type": "application/json" };
  const api = (method: string, path: string, body?: unknown) =>
    exports.default.fetch(`${BASE}${path}`, { method, headers: AUTH, body: body ? JSON.stringify(body) : undefined });

  it("creates a family and emails an invitation the family signs in through; invites; deletes", async () => {
    const email = newEmail("api");
    const created = await api("POST", "/api/households", {
      name: "The API Family",
      email,
      timezone: "America/New_York",
      language: "es",
    });
    expect(created.status).toBe(201);
    const { household } = await created.json<{ household: { id: string; language: string; bedtime: string } }>();
    expect(household).toMatchObject({ language: "es", bedtime: "19:30" });
    expect(await count("SELECT count(*) AS n FROM characters WHERE household_id = ?", household.id)).toBeGreaterThan(0);

    const { token } = await linkSentTo(email);
    expect(emailsTo(email)[0]?.subject).toBe("You're invited to a family on Nightlight");
    const browser = new Browser();
    expect((await browser.post("/sign-in/link", { token })).status).toBe(303);
    expect(await browser.page("/settings")).toContain('value="The API Family"');

    const co = newEmail("api-co");
    const invited = await api("POST", `/api/households/${household.id}/invitations`, { email: co });
    expect(invited.status).toBe(201);
    expect(await invited.json()).toMatchObject({ invitation: { email: co } });
    await linkSentTo(co);
    expect(await count("SELECT count(*) AS n FROM members WHERE email = ?", co)).toBe(0);
    expect((await api("POST", "/api/households/hh_nope/invitations", { email: co })).status).toBe(404);
    expect((await api("POST", "/api/households", { name: "X", email: "nope" })).status).toBe(400);

    const deleted = await api("DELETE", `/api/households/${household.id}`);
    expect(deleted.status).toBe(200);
    expect(await count("SELECT count(*) AS n FROM members WHERE household_id = ?", household.id)).toBe(0);
    expect((await browser.get("/settings")).status).toBe(303);
    expect((await api("DELETE", `/api/households/${household.id}`)).status).toBe(404);
  });
});

it("the cron forgets links and sessions a day after they stopped working, and nothing else", async () => {
  const { household, email } = await family();
  const now = Date.now();
  const DAY = 86_400_000;
  const link = (hash: string, expiresAt: number) =>
    env.DB.prepare(
      "INSERT INTO sign_in_links (hash, email, household_id, purpose, created_at, expires_at) VALUES (?, ?, ?, 'sign-in', 1, ?)",
    ).bind(hash, email, household.id, expiresAt);
  const session = (id: string, expiresAt: number, revokedAt: number | null) =>
    env.DB.prepare(
      "INSERT INTO sessions (id, email, household_id, created_at, expires_at, revoked_at) VALUES (?, ?, ?, 1, ?, ?)",
    ).bind(id, email, household.id, expiresAt, revokedAt);
  await env.DB.batch([
    link("old-link", now - 2 * DAY),
    link("fresh-link", now - 60_000),
    session("old-session", now - 2 * DAY, null),
    session("old-revoked", now + DAY, now - 2 * DAY),
    session("just-revoked", now + DAY, now - 60_000),
    session("live", now + DAY, null),
  ]);
  // The cron's step (schedule/tick.ts), without claiming tonight's stories along the way.
  expect(await forgetSpentLinksAndSessions(createContext(env, now))).toEqual({
    links: 1,
    sessions: 2,
    operatorSessions: 0,
  });
  const left = await env.DB.prepare(
    "SELECT hash AS id FROM sign_in_links WHERE email = ?1 UNION ALL SELECT id FROM sessions WHERE email = ?1 ORDER BY 1",
  )
    .bind(email)
    .all<{ id: string }>();
  expect(left.results.map((r) => r.id)).toEqual(["fresh-link", "just-revoked", "live"]);
});

it("prints no sign-in link in the log outside development", async () => {
  const logs = vi.spyOn(console, "log");
  const { email } = await family();
  await new Browser().post("/sign-in", { email });
  await linkSentTo(email);
  expect(logs.mock.calls.flat().join("\n")).not.toContain("/sign-in/link?token=");
  logs.mockRestore();
  expect(outbox.length).toBeGreaterThan(0);
});
