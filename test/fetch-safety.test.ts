/**
 * Issue 22's safety fixes, one describe per item, through the Worker's fetch entry point (and the
 * functions behind it where the point is what they do, not what they answer):
 * invitations need consent, the sign-in budget can't be spent by a stranger (fetch-accounts),
 * known and unknown addresses take one path, weak secrets stop the Worker, a deleted family's
 * pages leave the page memo, and the smaller ones (API no-store, JSON Origin, unsubscribe versions).
 */
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { INVITES_PER_DAY, requestSignInLink } from "../src/accounts/links";
import { readConfig, weakSecret } from "../src/lib/config";
import { createContext } from "../src/lib/context";
import { unsubscribeToken } from "../src/lib/signing";
import { insertHousehold, insertStory } from "./helpers/fixtures";
import { api, BASE, Browser, fetchWorker } from "./helpers/http";
import { emailsTo, insertMember, linkSentTo, newEmail, outbox, recordEmails } from "./helpers/sign-in";

beforeAll(() => {
  recordEmails();
});

const vars = env as unknown as Record<string, string>;
const saved = { ...vars };
afterEach(() => {
  for (const key of ["ADMIN_TOKEN", "SESSION_SECRET", "MEDIA_SIGNING_KEY", "PUBLIC_BASE_URL", "DEV"]) {
    if (saved[key] === undefined) delete vars[key];
    else vars[key] = saved[key] as string;
  }
});

async function count(sql: string, ...binds: unknown[]): Promise<number> {
  return (
    (
      await env.DB.prepare(sql)
        .bind(...binds)
        .first<{ n: number }>()
    )?.n ?? 0
  );
}

async function familyWithOwner(name: string) {
  const household = await insertHousehold({ name });
  const email = newEmail("owner");
  await insertMember(household.id, email, "owner");
  const browser = new Browser();
  await browser.signIn(email);
  return { household, email, browser };
}

describe("2. an invitation needs the invitee's consent", () => {
  it("leaves a stranger family's owner out of it until they accept, and out for good when they decline", async () => {
    const inviter = await familyWithOwner("The Pushy Family");
    const victim = await familyWithOwner("The Quiet Family");
    const sent = emailsTo(victim.email).length;
    expect((await inviter.browser.post("/account/invite", { email: victim.email })).status).toBe(303);
    const { path, token } = await linkSentTo(victim.email, sent + 1);

    // Not a member, and nothing of the inviting family in their switcher or home.
    expect(await count("SELECT count(*) AS n FROM members WHERE email = ?", victim.email)).toBe(1);
    expect(await victim.browser.page("/settings")).not.toContain("The Pushy Family");

    // The invitation's page: in the inviting family's language, with both answers as POST forms.
    const page = await new Browser().page(path);
    expect(page).toContain("An invitation to The Pushy Family");
    expect(page).toMatch(/<form method="post" action="\/sign-in\/link"[^>]*>[\s\S]*value="decline"/);

    const declined = await new Browser().post("/sign-in/link", { token, answer: "decline" });
    expect(declined.status).toBe(200);
    expect(await declined.text()).toContain("Invitation declined");
    expect(declined.headers.get("Set-Cookie")).toBeNull();
    expect(await count("SELECT count(*) AS n FROM members WHERE email = ?", victim.email)).toBe(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM sign_in_links WHERE household_id = ? AND email = ?",
        inviter.household.id,
        victim.email,
      ),
    ).toBe(0);
    // The link is gone: accepting after declining does nothing.
    expect((await new Browser().post("/sign-in/link", { token, answer: "accept" })).status).toBe(404);
    expect(await victim.browser.page("/settings")).not.toContain("The Pushy Family");
  });

  it("an expired invitation leaves nothing, and accepting it is refused", async () => {
    const inviter = await familyWithOwner("The Late Family");
    const invitee = newEmail("late");
    await inviter.browser.post("/account/invite", { email: invitee });
    const { token } = await linkSentTo(invitee);
    await env.DB.prepare("UPDATE sign_in_links SET expires_at = ? WHERE email = ?")
      .bind(Date.now() - 1, invitee)
      .run();
    expect((await new Browser().post("/sign-in/link", { token })).status).toBe(410);
    expect(await count("SELECT count(*) AS n FROM members WHERE email = ?", invitee)).toBe(0);
    expect(await inviter.browser.page("/account")).not.toContain(invitee);
  });

  it("speaks the family's language on the invitation page", async () => {
    const household = await insertHousehold({ name: "La Famille Hibou", language: "fr" });
    const email = newEmail("owner");
    await insertMember(household.id, email, "owner");
    const owner = new Browser();
    await owner.signIn(email);
    const invitee = newEmail("fr");
    await owner.post("/account/invite", { email: invitee });
    const { path } = await linkSentTo(invitee);
    const page = await new Browser().page(path);
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain("Une invitation à rejoindre La Famille Hibou");
    expect(page).toContain("Non merci");
  });

  it("puts a fixed subject on every invitation and the family's name only in the body, escaped", async () => {
    const inviter = await familyWithOwner("Win a PRIZE <b>now</b>");
    const invitee = newEmail("spam");
    await inviter.browser.post("/account/invite", { email: invitee });
    await linkSentTo(invitee);
    const email = emailsTo(invitee).at(-1);
    expect(email?.subject).toBe("You're invited to a family on Nightlight");
    expect(String(email?.html)).toContain("Win a PRIZE &lt;b&gt;now&lt;/b&gt;");
    expect(String(email?.html)).not.toContain("<b>now</b>");
  });

  it(`limits a family to ${INVITES_PER_DAY} invitations a day`, async () => {
    const inviter = await familyWithOwner("The Chatty Family");
    const statuses: number[] = [];
    for (let i = 0; i <= INVITES_PER_DAY; i++) {
      statuses.push((await inviter.browser.post("/account/invite", { email: newEmail(`many${i}`) })).status);
    }
    expect(statuses.slice(0, INVITES_PER_DAY).every((s) => s === 303)).toBe(true);
    expect(statuses[INVITES_PER_DAY]).toBe(429);
    expect(await count("SELECT count(*) AS n FROM sign_in_links WHERE household_id = ?", inviter.household.id)).toBe(
      INVITES_PER_DAY,
    );
  }, 30_000);
});

describe("4. known and unknown addresses take the same path", () => {
  /** A D1 binding that records every statement's SQL text. */
  function recordingD1(): { DB: D1Database; statements: string[] } {
    const statements: string[] = [];
    const DB = new Proxy(env.DB, {
      get(target, key) {
        if (key === "prepare") {
          return (sql: string) => {
            statements.push(sql);
            return target.prepare(sql);
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    return { DB, statements };
  }

  it("runs the same statements for an address with a family and one without; only the first gets mail", async () => {
    const household = await insertHousehold();
    const known = newEmail("known");
    await insertMember(household.id, known);
    const unknown = newEmail("unknown");
    const runs: string[][] = [];
    for (const email of [known, unknown]) {
      const { DB, statements } = recordingD1();
      const outcome = await requestSignInLink(createContext({ ...env, DB }, Date.now()), email, "/");
      expect(outcome).toBe(email === known ? "sent" : "unknown");
      runs.push(statements);
    }
    expect(runs[0]?.length).toBeGreaterThan(0);
    expect(runs[1]).toEqual(runs[0]);
    expect(emailsTo(known)).toHaveLength(1);
    expect(emailsTo(unknown)).toHaveLength(0);
    expect(await count("SELECT count(*) AS n FROM sign_in_links WHERE email = ?", unknown)).toBe(0);
  });

  it("answers POST /sign-in the same way, byte for byte, for both", async () => {
    const household = await insertHousehold();
    const known = newEmail("same");
    await insertMember(household.id, known);
    const unknown = known.replace("same", "emas");
    const bodies: string[] = [];
    for (const email of [known, unknown]) {
      const res = await new Browser().post("/sign-in", { email });
      expect(res.status).toBe(200);
      bodies.push((await res.text()).replaceAll(email, "EMAIL").replaceAll(/nonce-[^"']+|nonce="[^"]+"/g, ""));
    }
    expect(bodies[1]).toBe(bodies[0]);
  });
});

describe("5. example or short secrets are refused outside development", () => {
  it("names the setting in readConfig, and lets development keep its example values", () => {
    expect(weakSecret("ADMIN_TOKEN", "dev-admin-token")).toMatch(
      /^ADMIN_TOKEN is an example value.*openssl rand -base64 32/,
    );
    expect(weakSecret("SESSION_SECRET", "short-but-random-x7")).toMatch(/^SESSION_SECRET is shorter than 32/);
    expect(weakSecret("MEDIA_SIGNING_KEY", "dev-media-signing-key-change-me")).toMatch(/example value/);
    expect(weakSecret("ADMIN_TOKEN", "J5q1n8m3Z0b2Xk7wV4c9Lr6Ty1Hs5Dp8Qa3Ue0Gf2Io=")).toBeUndefined();
    const prod = readConfig({
      PUBLIC_BASE_URL: "https://stories.example.org",
      ADMIN_TOKEN: "dev-admin-token",
      SESSION_SECRET: "dev-session-secret-change-me",
      MEDIA_SIGNING_KEY: "x".repeat(12),
    } as unknown as Env);
    expect(prod.adminToken).toBe("");
    expect(prod.sessionSecret).toBe("");
    expect(prod.mediaSigningKey).toBe("");
    expect(prod.weakSecrets.map((m) => m.split(" ")[0])).toEqual([
      "ADMIN_TOKEN",
      "SESSION_SECRET",
      "MEDIA_SIGNING_KEY",
    ]);
    const local = readConfig({
      PUBLIC_BASE_URL: "http://localhost:8787",
      ADMIN_TOKEN: "dev-admin-token",
    } as unknown as Env);
    expect(local.adminToken).toBe("dev-admin-token");
    expect(local.weakSecrets).toEqual([]);
  });

  it("the API, the console and the pages answer 503 naming the setting, and dev-admin-token opens nothing", async () => {
    vars.ADMIN_TOKEN = "dev-admin-token";
    const res = await fetchWorker("/api/households", { headers: { Authorization: "Bearer dev-admin-token" } });
    expect(res.status).toBe(503);
    const body = await res.json<{ error: string; details: string[] }>();
    expect(body.details).toEqual([expect.stringMatching(/^ADMIN_TOKEN is an example value/)]);
    const consoleRes = await new Browser().post("/operator/sign-in", { token: "dev-admin-token" });
    expect(consoleRes.status).toBe(503);
    expect(await consoleRes.text()).toContain("ADMIN_TOKEN is an example value");
    expect(consoleRes.headers.get("Set-Cookie")).toBeNull();

    vars.ADMIN_TOKEN = saved.ADMIN_TOKEN as string;
    vars.SESSION_SECRET = "too-short";
    const signIn = await new Browser().get("/sign-in");
    expect(signIn.status).toBe(503);
    expect(await signIn.text()).toContain("SESSION_SECRET is shorter than 32 characters");
  });
});

describe("6. a deleted family's story page leaves the page memo", () => {
  it("answers 404 at once after the family is deleted, not the page kept for a minute", async () => {
    const { household, browser } = await familyWithOwner("The Fleeting Family");
    const story = await insertStory({ householdId: household.id, status: "ready", title: "A Page Kept Warm" });
    const reader = new Browser();
    // Signed out, a finished story's page is rendered once and kept.
    expect(await reader.page(`/stories/${story.id}`)).toContain("A Page Kept Warm");
    expect(await reader.page(`/stories/${story.id}`)).toContain("A Page Kept Warm");
    expect((await browser.post("/account/delete", { confirm: "The Fleeting Family" })).status).toBe(303);
    const gone = await reader.get(`/stories/${story.id}`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain("A Page Kept Warm");
  });

  it("the operator's deletion clears it too", async () => {
    const household = await insertHousehold({ name: "The Operator-Deleted Family" });
    const story = await insertStory({ householdId: household.id, status: "ready", title: "Another Warm Page" });
    expect(await new Browser().page(`/stories/${story.id}`)).toContain("Another Warm Page");
    const deleted = await api(`/api/households/${household.id}`, { method: "DELETE" });
    expect(deleted.status).toBe(200);
    expect((await new Browser().get(`/stories/${story.id}`)).status).toBe(404);
  });
});

describe("7. the smaller ones", () => {
  it("every /api answer says Cache-Control: no-store, errors and refusals included", async () => {
    for (const res of [
      await api("/api/households"),
      await api("/api/stories/AAAAAAAAAAAAAAAAAAAAAAAA"),
      await fetchWorker("/api/households"),
      await fetchWorker("/api/households", { headers: { Authorization: "Bearer wrong" } }),
    ]) {
      expect(res.headers.get("Cache-Control")).toBe("no-store");
    }
  });

  it("a JSON post to a cookie-signed route from another site (or no Origin) is refused like a form", async () => {
    const { household, browser } = await familyWithOwner("The JSON Family");
    const before = await count("SELECT count(*) AS n FROM households WHERE id = ?", household.id);
    for (const origin of ["https://evil.example", undefined]) {
      const headers: Record<string, string> = { Cookie: browser.cookie, "Content-Type": "application/json" };
      if (origin) headers.Origin = origin;
      const res = await fetchWorker("/account/delete", {
        method: "POST",
        headers,
        body: JSON.stringify({ confirm: "The JSON Family" }),
      });
      expect(res.status).toBe(403);
    }
    expect(await count("SELECT count(*) AS n FROM households WHERE id = ?", household.id)).toBe(before);
  });

  it("a family voids its sent unsubscribe links; links from then on carry the new version", async () => {
    const { household, browser } = await familyWithOwner("The Forwarding Family");
    const secret = saved.SESSION_SECRET as string;
    const old = `/unsubscribe/${household.id}/${await unsubscribeToken(household.id, secret)}`;
    expect((await fetchWorker(old)).status).toBe(200);

    const res = await browser.post("/settings/unsubscribe-links", {});
    expect(res.status).toBe(303);
    expect(await browser.page("/settings?stop-links=new")).toContain("Only the links in emails from now on will work");
    expect((await fetchWorker(old, { method: "POST", body: "List-Unsubscribe=One-Click" })).status).toBe(403);
    const nightly = await count("SELECT nightly_email AS n FROM households WHERE id = ?", household.id);
    expect(nightly).toBe(1);

    const fresh = await unsubscribeToken(household.id, secret, 2);
    expect(fresh).toMatch(/^2\./);
    expect((await fetchWorker(`/unsubscribe/${household.id}/${fresh}`)).status).toBe(200);
    // "1.<sig>" is not how a version-1 link is spelled.
    const v1 = await unsubscribeToken(household.id, secret);
    expect((await fetchWorker(`/unsubscribe/${household.id}/1.${v1}`)).status).toBe(403);
    expect(outbox.length).toBeGreaterThan(0);
    expect(BASE).toMatch(/^https:/);
  });
});
