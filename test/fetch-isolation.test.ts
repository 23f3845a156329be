/**
 * One family can never read, change, list or infer another's data by changing an id in a URL or
 * a form: every route that takes an id answers another family's id exactly as it answers an id
 * that does not exist (404, never 403), and the other family's rows stay as they were.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../src/app";
import { insertHousehold, insertStory } from "./helpers/fixtures";
import { Browser } from "./helpers/http";
import { insertMember, newEmail, recordEmails } from "./helpers/sign-in";

beforeAll(() => {
  recordEmails();
});

interface Other {
  householdId: string;
  characterId: string;
  placeId: string;
  storyId: string;
  memberId: string;
  sessionId: string;
  /** An address the family has invited and that has not answered. */
  invited: string;
  /** That family's owner's address. */
  email: string;
  name: string;
}

/** A family with one of everything, and its parent signed in. */
async function familyWithEverything(name: string) {
  const household = await insertHousehold({ name });
  const email = newEmail();
  const member = await insertMember(household.id, email);
  const characterId = `ch_${household.id.slice(3)}`;
  const placeId = `sc_${household.id.slice(3)}`;
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO characters (id, household_id, name, looks, personality, created_at) VALUES (?, ?, 'Pip', 'a fox', 'brave', 1), (?, ?, 'Mo', 'a mole', 'shy', 2)",
    ).bind(characterId, household.id, `${characterId}2`, household.id),
    env.DB.prepare(
      "INSERT INTO places (id, household_id, name, description, time_of_day, created_at) VALUES (?, ?, 'the Woods', 'a forest', 'evening', 1), (?, ?, 'the Sea', 'waves', 'night', 2)",
    ).bind(placeId, household.id, `${placeId}2`, household.id),
  ]);
  const story = await insertStory({ householdId: household.id, title: `${name}'s Secret Story` });
  const invited = newEmail("invited");
  await env.DB.prepare(
    "INSERT INTO sign_in_links (hash, email, household_id, purpose, created_at, expires_at) VALUES (?, ?, ?, 'invite', ?, ?)",
  )
    .bind(`invite-${household.id}`, invited, household.id, Date.now(), Date.now() + 86_400_000)
    .run();
  const browser = new Browser();
  await browser.signIn(email);
  const session = await env.DB.prepare("SELECT id FROM sessions WHERE email = ?").bind(email).first<{ id: string }>();
  const other: Other = {
    householdId: household.id,
    characterId,
    placeId,
    storyId: story.id,
    memberId: member.id,
    sessionId: session?.id ?? "",
    invited,
    email,
    name,
  };
  return { browser, other };
}

/** Everything of one family, to compare before and after. */
async function snapshot(householdId: string): Promise<string> {
  const tables = [
    "households WHERE id = ?",
    ...["characters", "places", "stories", "members"].map((t) => `${t} WHERE household_id = ?`),
  ];
  const rows = [];
  for (const from of tables)
    rows.push((await env.DB.prepare(`SELECT * FROM ${from} ORDER BY 1`).bind(householdId).all()).results);
  const sessions = await env.DB.prepare(
    "SELECT id, revoked_at, household_id FROM sessions WHERE email IN (SELECT email FROM members WHERE household_id = ?)",
  )
    .bind(householdId)
    .all();
  const links = await env.DB.prepare("SELECT hash, used_at FROM sign_in_links WHERE household_id = ? ORDER BY hash")
    .bind(householdId)
    .all();
  return JSON.stringify([rows, sessions.results, links.results]);
}

type Request = { method: "GET" | "POST"; path: string; form?: Record<string, string | string[]> };

/**
 * Every family route that names a row, with another family's id (`o`) and with a made-up one.
 * `route` is the app's route pattern, checked below against the app's own route list.
 */
const ROUTES: { route: string; request: (o: Other) => Request }[] = [
  { route: "GET /characters/:id/edit", request: (o) => ({ method: "GET", path: `/characters/${o.characterId}/edit` }) },
  {
    route: "POST /characters/:id",
    request: (o) => ({
      method: "POST",
      path: `/characters/${o.characterId}`,
      form: { name: "Stolen", looks: "a cat", personality: "sly" },
    }),
  },
  {
    route: "POST /characters/:id/delete",
    request: (o) => ({ method: "POST", path: `/characters/${o.characterId}/delete` }),
  },
  { route: "GET /places/:id/edit", request: (o) => ({ method: "GET", path: `/places/${o.placeId}/edit` }) },
  {
    route: "POST /places/:id",
    request: (o) => ({
      method: "POST",
      path: `/places/${o.placeId}`,
      form: { name: "Stolen", description: "somewhere", timeOfDay: "night" },
    }),
  },
  { route: "POST /places/:id/delete", request: (o) => ({ method: "POST", path: `/places/${o.placeId}/delete` }) },
  {
    route: "POST /stories/:id/favorite",
    request: (o) => ({ method: "POST", path: `/stories/${o.storyId}/favorite`, form: { favorite: "true" } }),
  },
  {
    route: "POST /account/members/:id/remove",
    request: (o) => ({ method: "POST", path: `/account/members/${o.memberId}/remove` }),
  },
  {
    route: "POST /account/sessions/:id/revoke",
    request: (o) => ({ method: "POST", path: `/account/sessions/${o.sessionId}/revoke` }),
  },
  {
    route: "POST /household",
    request: (o) => ({ method: "POST", path: "/household", form: { householdId: o.householdId } }),
  },
  {
    // Names an invitation by its address: another family's pending one is "no such invitation".
    route: "POST /account/invitations/withdraw",
    request: (o) => ({ method: "POST", path: "/account/invitations/withdraw", form: { email: o.invited } }),
  },
];

/**
 * The operator console's routes take any family's id, but only with an operator session: a
 * family's session is sent to the console's sign-in form and changes nothing.
 */
const OPERATOR_ONLY: { route: string; request: (o: Other) => Request }[] = [
  {
    route: "POST /operator/households/:id/invitations",
    request: (o) => ({
      method: "POST",
      path: `/operator/households/${o.householdId}/invitations`,
      form: { email: "intruder@example.com" },
    }),
  },
  {
    route: "GET /operator/households/:id/delete",
    request: (o) => ({ method: "GET", path: `/operator/households/${o.householdId}/delete` }),
  },
  {
    route: "POST /operator/households/:id/delete",
    request: (o) => ({
      method: "POST",
      path: `/operator/households/${o.householdId}/delete`,
      form: { confirm: o.householdId },
    }),
  },
];

/** Routes that take an id but are open on purpose: a story's link is its key (the email, its cover, the podcast transcript). */
const BY_LINK = [
  "GET /stories/:id",
  "GET /stories/:id/status",
  "GET /stories/:id/transcript.txt",
  "GET /stories/:id/cover",
];

/** The same request with every id of the other family replaced by one that exists nowhere. */
const MADE_UP: Other = {
  householdId: "hh_madeup00000",
  characterId: "ch_madeup00000",
  placeId: "sc_madeup00000",
  storyId: "AAAAAAAAAAAAAAAAAAAAAAAA",
  memberId: "mb_madeup00000",
  sessionId: "0".repeat(64),
  invited: "nobody-invited@example.com",
  email: "nobody@example.com",
  name: "Nobody",
};

async function send(browser: Browser, r: Request): Promise<Response> {
  return r.method === "GET" ? browser.get(r.path) : browser.post(r.path, r.form ?? {});
}

describe("another family's ids", () => {
  it("every page route that takes an id is in the table (or readable by link on purpose)", () => {
    const withIds = app.routes
      .filter((r) => r.method !== "ALL" && !r.path.startsWith("/api") && !r.path.startsWith("/media"))
      .filter((r) => r.path.includes(":id") || r.path === "/household")
      .map((r) => `${r.method} ${r.path}`);
    const covered = new Set([...ROUTES.map((r) => r.route), ...OPERATOR_ONLY.map((r) => r.route), ...BY_LINK]);
    expect(withIds.filter((r) => !covered.has(r))).toEqual([]);
    // Routes that name a row some other way than :id are in ROUTES too.
    expect(covered.has("POST /account/invitations/withdraw")).toBe(true);
    expect(withIds.length).toBeGreaterThanOrEqual(ROUTES.length);
  });

  it.each(ROUTES)("$route answers 404 for another family's id, like a made-up one", async ({ request }) => {
    const mine = await familyWithEverything("The Ants");
    const theirs = await familyWithEverything("The Bees");
    const before = await snapshot(theirs.other.householdId);

    const res = await send(mine.browser, request(theirs.other));
    const unknown = await send(mine.browser, request(MADE_UP));
    expect(res.status).toBe(404);
    expect(unknown.status).toBe(404);
    const html = await res.text();
    expect(html.replaceAll(/nonce-[^"']+/g, "")).toBe((await unknown.text()).replaceAll(/nonce-[^"']+/g, ""));
    expect(html).not.toContain("The Bees");

    expect(await snapshot(theirs.other.householdId)).toBe(before);
    // The other family is still signed in and sees its own things.
    expect(await theirs.browser.page("/settings")).toContain('value="The Bees"');
  });

  it.each(OPERATOR_ONLY)(
    "$route sends a family's session to the console's sign-in, changing nothing",
    async ({ request }) => {
      const mine = await familyWithEverything("The Aphids");
      const theirs = await familyWithEverything("The Beetles");
      const before = await snapshot(theirs.other.householdId);
      const res = await send(mine.browser, request(theirs.other));
      expect(res.status).toBe(303);
      expect(res.headers.get("Location")).toBe("/operator");
      expect(await snapshot(theirs.other.householdId)).toBe(before);
      expect(await theirs.browser.page("/settings")).toContain('value="The Beetles"');
    },
  );

  it("POST /tell with another family's characters or place is refused like made-up ids, and writes nothing", async () => {
    const mine = await familyWithEverything("The Crickets");
    const theirs = await familyWithEverything("The Dragonflies");
    const count = async () =>
      (await env.DB.prepare("SELECT count(*) AS n FROM stories").first<{ n: number }>())?.n ?? -1;
    const stories = await count();
    const forms: Record<string, string | string[]>[] = [
      { characterIds: [theirs.other.characterId] },
      { placeId: theirs.other.placeId },
    ];
    for (const form of forms) {
      const res = await mine.browser.post("/tell", { prompt: "a picnic", language: "en", ...form });
      const made = await mine.browser.post("/tell", {
        prompt: "a picnic",
        language: "en",
        ...("placeId" in form ? { placeId: MADE_UP.placeId } : { characterIds: [MADE_UP.characterId] }),
      });
      expect(res.status).toBe(made.status);
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain("The Dragonflies");
    }
    expect(await count()).toBe(stories);
  });

  it("forms that act on the family ignore a household id smuggled into the body", async () => {
    const mine = await familyWithEverything("The Earwigs");
    const theirs = await familyWithEverything("The Fireflies");
    const before = await snapshot(theirs.other.householdId);

    const saved = await mine.browser.post("/settings", {
      householdId: theirs.other.householdId,
      name: "Renamed",
      email: "x@example.com",
      timezone: "Europe/London",
      bedtime: "19:00",
      language: "en",
      childAge: "5",
      storyLength: "short",
      illustrationStyle: "watercolor",
      voice: "",
    });
    expect(saved.status).toBe(303);
    const added = await mine.browser.post("/characters", {
      householdId: theirs.other.householdId,
      name: "Gus",
      looks: "a goose",
      personality: "loud",
    });
    expect(added.status).toBe(303);
    const deleted = await mine.browser.post("/account/delete", {
      householdId: theirs.other.householdId,
      confirm: "The Fireflies",
    });
    expect(deleted.status).toBe(400);
    expect(await snapshot(theirs.other.householdId)).toBe(before);
    expect(await mine.browser.page("/settings")).toContain('value="Renamed"');
  });

  it("inviting another family's owner changes nothing of theirs, and shows them nothing of ours, until they accept", async () => {
    const mine = await familyWithEverything("The Wasps");
    const theirs = await familyWithEverything("The Yellowjackets");
    const before = await snapshot(theirs.other.householdId);
    expect((await mine.browser.post("/account/invite", { email: theirs.other.email })).status).toBe(303);
    expect(await snapshot(theirs.other.householdId)).toBe(before);
    const settings = await theirs.browser.page("/settings");
    expect(settings).not.toContain("The Wasps");
    expect(await theirs.browser.page("/")).not.toContain("The Wasps");
    expect((await theirs.browser.post("/household", { householdId: mine.other.householdId })).status).toBe(404);
    // Our page lists them as invited, not as a member.
    const account = await mine.browser.page("/account");
    expect(account).toContain(theirs.other.email);
    expect(
      (
        await env.DB.prepare("SELECT count(*) AS n FROM members WHERE household_id = ? AND email = ?")
          .bind(mine.other.householdId, theirs.other.email)
          .first<{ n: number }>()
      )?.n,
    ).toBe(0);
  });

  it("lists only the family's own stories, members and sessions", async () => {
    const mine = await familyWithEverything("The Gnats");
    const theirs = await familyWithEverything("The Hornets");
    const home = await mine.browser.page("/");
    expect(home).toContain("The Gnats&#39;s Secret Story");
    expect(home).not.toContain(theirs.other.storyId);
    expect(home).not.toContain("The Hornets");
    const account = await mine.browser.page("/account");
    expect(account).not.toContain(theirs.other.memberId);
    expect(account).not.toContain(theirs.other.sessionId);
    const cast = await mine.browser.page("/cast");
    expect(cast).not.toContain(theirs.other.characterId);
    expect(cast).not.toContain(theirs.other.placeId);
  });

  it("story pages stay readable by their link and ask search engines not to index them", async () => {
    const mine = await familyWithEverything("The Ladybirds");
    const theirs = await familyWithEverything("The Moths");
    const res = await mine.browser.get(`/stories/${theirs.other.storyId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Robots-Tag")).toBe("noindex, nofollow");
    // Read by link, but not theirs to keep.
    expect(await res.text()).not.toContain('action="/stories/');
  });
});
