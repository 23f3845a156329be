/**
 * Who in a family may do what (src/accounts/roles.ts), through the Worker's fetch entry point:
 * every family route × every role. An allowed request does its work (200/303); a refused one
 * answers 403 and changes nothing. The table itself is pinned here too, so loosening a rule is a
 * change someone has to make on purpose.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { type Action, ROLE_RULES } from "../src/accounts/roles";
import { app } from "../src/app";
import type { MemberRole } from "../src/db/schema";
import { localDate } from "../src/lib/time";
import { insertHousehold, insertStory } from "./helpers/fixtures";
import { Browser } from "./helpers/http";
import { insertMember, newEmail, recordEmails } from "./helpers/sign-in";

beforeAll(() => {
  recordEmails();
});

const ROLES: MemberRole[] = ["owner", "parent", "listener"];

/** What each role may do: the rules as the README states them. */
const EXPECTED: Record<MemberRole, Action[]> = {
  owner: [
    "home.view",
    "tonight.read",
    "settings.edit",
    "household.switch",
    "links.renew",
    "cast.edit",
    "story.tell",
    "story.keep",
    "account.view",
    "members.invite",
    "members.remove",
    "sessions.manage",
    "family.delete",
  ],
  parent: [
    "home.view",
    "tonight.read",
    "settings.edit",
    "household.switch",
    "links.renew",
    "cast.edit",
    "story.tell",
    "story.keep",
    "account.view",
    "members.invite",
    "members.leave",
    "sessions.manage",
  ],
  listener: ["tonight.read", "household.switch", "account.view", "members.leave", "sessions.manage"],
};

interface Family {
  householdId: string;
  name: string;
  emails: Record<MemberRole, string>;
  /** A second co-parent, the one "remove" acts on. */
  extraId: string;
  characterId: string;
  placeId: string;
  storyId: string;
  invited: string;
  sessionId: string;
}

type Req = { method: "GET" | "POST"; path: string; form?: Record<string, string> };

/** Every family route, the action it needs, and a valid request for it. */
const ROUTES: { route: string; action: Action; request: (f: Family) => Req }[] = [
  { route: "GET /", action: "tonight.read", request: () => ({ method: "GET", path: "/" }) },
  { route: "GET /account", action: "account.view", request: () => ({ method: "GET", path: "/account" }) },
  {
    route: "POST /account/invite",
    action: "members.invite",
    request: () => ({ method: "POST", path: "/account/invite", form: { email: newEmail("invitee") } }),
  },
  {
    route: "POST /account/invitations/withdraw",
    action: "members.invite",
    request: (f) => ({ method: "POST", path: "/account/invitations/withdraw", form: { email: f.invited } }),
  },
  {
    route: "POST /account/members/:id/remove",
    action: "members.remove",
    request: (f) => ({ method: "POST", path: `/account/members/${f.extraId}/remove` }),
  },
  {
    route: "POST /account/leave",
    action: "members.leave",
    request: () => ({ method: "POST", path: "/account/leave" }),
  },
  {
    route: "POST /account/sessions/:id/revoke",
    action: "sessions.manage",
    request: (f) => ({ method: "POST", path: `/account/sessions/${f.sessionId}/revoke` }),
  },
  {
    route: "POST /account/sessions/revoke-all",
    action: "sessions.manage",
    request: () => ({ method: "POST", path: "/account/sessions/revoke-all" }),
  },
  {
    route: "POST /account/delete",
    action: "family.delete",
    request: (f) => ({ method: "POST", path: "/account/delete", form: { confirm: f.name } }),
  },
  { route: "GET /settings", action: "settings.edit", request: () => ({ method: "GET", path: "/settings" }) },
  {
    route: "POST /settings",
    action: "settings.edit",
    request: (f) => ({
      method: "POST",
      path: "/settings",
      form: {
        name: f.name,
        email: "family@example.com",
        timezone: "Europe/London",
        bedtime: "20:15",
        language: "en",
        childAge: "6",
        storyLength: "short",
        illustrationStyle: "watercolor",
        voice: "",
      },
    }),
  },
  { route: "POST /settings/feed", action: "links.renew", request: () => ({ method: "POST", path: "/settings/feed" }) },
  {
    route: "POST /settings/unsubscribe-links",
    action: "links.renew",
    request: () => ({ method: "POST", path: "/settings/unsubscribe-links" }),
  },
  {
    route: "POST /household",
    action: "household.switch",
    request: (f) => ({ method: "POST", path: "/household", form: { householdId: f.householdId } }),
  },
  { route: "GET /cast", action: "cast.edit", request: () => ({ method: "GET", path: "/cast" }) },
  {
    route: "POST /characters",
    action: "cast.edit",
    request: () => ({
      method: "POST",
      path: "/characters",
      form: { name: "Gus", looks: "a goose", personality: "loud" },
    }),
  },
  {
    route: "GET /characters/:id/edit",
    action: "cast.edit",
    request: (f) => ({ method: "GET", path: `/characters/${f.characterId}/edit` }),
  },
  {
    route: "POST /characters/:id",
    action: "cast.edit",
    request: (f) => ({
      method: "POST",
      path: `/characters/${f.characterId}`,
      form: { name: "Pip", looks: "a red fox", personality: "brave" },
    }),
  },
  {
    route: "POST /characters/:id/delete",
    action: "cast.edit",
    request: (f) => ({ method: "POST", path: `/characters/${f.characterId}/delete` }),
  },
  {
    route: "POST /places",
    action: "cast.edit",
    request: () => ({
      method: "POST",
      path: "/places",
      form: { name: "the Pond", description: "a still pond", timeOfDay: "night" },
    }),
  },
  {
    route: "GET /places/:id/edit",
    action: "cast.edit",
    request: (f) => ({ method: "GET", path: `/places/${f.placeId}/edit` }),
  },
  {
    route: "POST /places/:id",
    action: "cast.edit",
    request: (f) => ({
      method: "POST",
      path: `/places/${f.placeId}`,
      form: { name: "the Woods", description: "a dark forest", timeOfDay: "evening" },
    }),
  },
  {
    route: "POST /places/:id/delete",
    action: "cast.edit",
    request: (f) => ({ method: "POST", path: `/places/${f.placeId}/delete` }),
  },
  { route: "GET /tell", action: "story.tell", request: () => ({ method: "GET", path: "/tell" }) },
  {
    route: "POST /tell",
    action: "story.tell",
    request: () => ({ method: "POST", path: "/tell", form: { prompt: "a lost mitten", language: "en" } }),
  },
  {
    route: "POST /stories/:id/favorite",
    action: "story.keep",
    request: (f) => ({ method: "POST", path: `/stories/${f.storyId}/favorite`, form: { favorite: "true" } }),
  },
];

/** Routes with no family role to check: the operator's, signing in, capability links, static redirects. */
const NOT_FAMILY =
  /^(ALL |[A-Z]+ \/(api|operator|media|sign-in|sign-out|language|feeds|unsubscribe)\b|GET \/stories\/:id(\/status|\/cover|\/transcript\.txt)?$)/;

/** A family with an owner, a co-parent, a listener and a second co-parent, and one of everything. */
async function familyOfAll(): Promise<Family> {
  const name = `The Role Family ${crypto.randomUUID().slice(0, 6)}`;
  const household = await insertHousehold({ name });
  const emails = { owner: newEmail("owner"), parent: newEmail("parent"), listener: newEmail("listener") };
  for (const role of ROLES) await insertMember(household.id, emails[role], role);
  const extra = await insertMember(household.id, newEmail("extra"), "parent");
  const characterId = `ch_${household.id.slice(3)}`;
  const placeId = `sc_${household.id.slice(3)}`;
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO characters (id, household_id, name, looks, personality, created_at) VALUES (?1, ?2, 'Pip', 'a fox', 'brave', 1), (?1 || 'b', ?2, 'Mo', 'a mole', 'shy', 2)",
    ).bind(characterId, household.id),
    env.DB.prepare(
      "INSERT INTO places (id, household_id, name, description, time_of_day, created_at) VALUES (?1, ?2, 'the Woods', 'a forest', 'evening', 1), (?1 || 'b', ?2, 'the Sea', 'waves', 'night', 2)",
    ).bind(placeId, household.id),
    env.DB.prepare(
      "INSERT INTO sign_in_links (hash, email, household_id, purpose, created_at, expires_at) VALUES (?, 'pending@example.com', ?, 'invite', ?, ?)",
    ).bind(`pending-${household.id}`, household.id, Date.now(), Date.now() + 86_400_000),
  ]);
  const story = await insertStory({ householdId: household.id, status: "ready" });
  return {
    householdId: household.id,
    name,
    emails,
    extraId: extra.id,
    characterId,
    placeId,
    storyId: story.id,
    invited: "pending@example.com",
    sessionId: "",
  };
}

/** Everything of the family that a refused request must leave as it was. */
async function snapshot(householdId: string): Promise<string> {
  const queries = [
    "SELECT * FROM households WHERE id = ?1",
    "SELECT * FROM members WHERE household_id = ?1 ORDER BY id",
    "SELECT * FROM characters WHERE household_id = ?1 ORDER BY id",
    "SELECT * FROM places WHERE household_id = ?1 ORDER BY id",
    "SELECT id, favorite FROM stories WHERE household_id = ?1 ORDER BY id",
    "SELECT hash, used_at FROM sign_in_links WHERE household_id = ?1 AND purpose = 'invite' ORDER BY hash",
    "SELECT id, revoked_at FROM sessions WHERE household_id = ?1 ORDER BY id",
  ];
  const results = await env.DB.batch(queries.map((q) => env.DB.prepare(q).bind(householdId)));
  return JSON.stringify(results.map((r) => r.results));
}

describe("the role table", () => {
  it("says what the README says each role may do", () => {
    for (const role of ROLES) {
      const allowed = (Object.keys(ROLE_RULES) as Action[]).filter((a) => ROLE_RULES[a].includes(role));
      expect(allowed.sort(), role).toEqual([...EXPECTED[role]].sort());
    }
  });

  it("covers every family route of the app", () => {
    const routes = [...new Set(app.routes.map((r) => `${r.method} ${r.path}`))].filter((r) => !NOT_FAMILY.test(r));
    const covered = new Set(ROUTES.map((r) => r.route));
    expect(routes.filter((r) => !covered.has(r))).toEqual([]);
  });
});

describe("every family route × every role", () => {
  const cases = ROUTES.flatMap((r) =>
    ROLES.map((role) => ({ ...r, role, allowed: ROLE_RULES[r.action].includes(role) })),
  );
  it.each(cases)("$route as $role (allowed: $allowed)", async ({ request, role, allowed }) => {
    const family = await familyOfAll();
    const browser = new Browser();
    await browser.signIn(family.emails[role]);
    const session = await env.DB.prepare("SELECT id FROM sessions WHERE email = ?")
      .bind(family.emails[role])
      .first<{ id: string }>();
    family.sessionId = session?.id ?? "";
    const before = await snapshot(family.householdId);

    const r = request(family);
    const res = r.method === "GET" ? await browser.get(r.path) : await browser.post(r.path, r.form ?? {});
    if (allowed) {
      expect([200, 303]).toContain(res.status);
      if (res.status === 303) expect(res.headers.get("Location")).not.toMatch(/^\/sign-in\?next=/);
    } else {
      expect(res.status).toBe(403);
      expect(await snapshot(family.householdId)).toBe(before);
    }
  });
});

describe("what each role sees", () => {
  it("a listener's home shows tonight's story only; a parent's shows the others too", async () => {
    const family = await familyOfAll();
    const today = localDate(Date.now(), "Europe/London");
    await insertStory({
      householdId: family.householdId,
      kind: "nightly",
      localDate: today,
      status: "ready",
      title: "Tonight Under the Stars",
    });
    await insertStory({ householdId: family.householdId, status: "ready", title: "An Older Tale" });
    const listener = new Browser();
    await listener.signIn(family.emails.listener);
    const home = await listener.page("/");
    expect(home).toContain("Tonight Under the Stars");
    expect(home).not.toContain("An Older Tale");
    const parent = new Browser();
    await parent.signIn(family.emails.parent);
    expect(await parent.page("/")).toContain("An Older Tale");
  });

  it("a co-parent can't delete the family, even typing its name; the owner can", async () => {
    const family = await familyOfAll();
    const parent = new Browser();
    await parent.signIn(family.emails.parent);
    const account = await parent.page("/account");
    expect(account).not.toContain('action="/account/delete"');
    const res = await parent.post("/account/delete", { confirm: family.name });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Only the person who started the family can delete it");
    const left = await env.DB.prepare("SELECT count(*) AS n FROM members WHERE household_id = ?")
      .bind(family.householdId)
      .first<{ n: number }>();
    expect(left?.n).toBe(4);
    const owner = new Browser();
    await owner.signIn(family.emails.owner);
    expect(await owner.page("/account")).toContain('action="/account/delete"');
    expect((await owner.post("/account/delete", { confirm: family.name })).status).toBe(303);
  });
});
