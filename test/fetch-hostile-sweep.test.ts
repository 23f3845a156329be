/**
 * The hostile-input sweep (issue 13): every route of the app, every field of its body or query,
 * fed a generated set of hostile values — malformed JSON, wrong types, huge strings, NUL and C0
 * controls, bidi overrides, lone surrogates, markup, bad ids, bad time zones — with the session or
 * operator token each route needs. It counts what came back:
 * - 5xx: the Worker failed on input (it must answer 4xx);
 * - accepted-bad: a 2xx/3xx after which D1 holds something invalid (every household, member,
 *   character, place and story is re-read and checked after each accepted request);
 * - unescaped: an HTML response with the raw markup in it, or controls/bidi in its <title>.
 * All three must be 0. Oversize bodies, queue messages, DST-gap bedtimes and hostile model output
 * have their own tests below.
 */
import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { HttpResponse, http } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app } from "../src/app";
import { ensureFeedToken } from "../src/feeds/household-feed";
import { handleQueue } from "../src/jobs/consumer";
import { JobMessageSchema } from "../src/jobs/messages";
import { notify } from "../src/jobs/notify";
import { cleanText } from "../src/lib/clean-text";
import { createContext } from "../src/lib/context";
import { MAX_BODY_BYTES } from "../src/lib/errors";
import { unsubscribeToken } from "../src/lib/signing";
import { canonicalTimeZone, isValidBedtime, isValidTimeZone, nextBedtime } from "../src/lib/time";
import { newToken, tokenHash } from "../src/lib/tokens";
import { createOpenAIStoryteller } from "../src/providers/text/openai";
import { claimDueStories } from "../src/schedule/claim";
import { ILLUSTRATION_STYLES, LANGUAGES, STORY_LENGTHS, TIMES_OF_DAY } from "../src/story/types";
import { writeStory } from "../src/story/writer";
import { insertHousehold, insertNarratedStory, insertStory } from "./helpers/fixtures";
import { ADMIN_TOKEN, BASE, Browser } from "./helpers/http";
import { useMsw } from "./helpers/msw";
import { offlineProviders } from "./helpers/providers";
import { insertMember, newEmail, outbox, recordEmails } from "./helpers/sign-in";

// ---------------------------------------------------------------------------------------------
// The hostile values

const SCRIPT = "<script>alert(1)</script>";
const IMG = '"><img src=x onerror=alert(1)>';
/** What must never appear raw in an HTML response. */
const RAW_MARKUP = ["<script>alert(1)", "<img src=x onerror"];
/** Controls and format characters that must never reach D1, a <title> or a Subject. */
const DIRTY = /[\p{Cc}\p{Cf}\uFFFD]|[\uD800-\uDFFF]/u;

/** Strings for every text field (JSON turns the lone surrogates into "\ud800" escapes). */
const STRINGS: string[] = [
  SCRIPT,
  IMG,
  `Nul\u0000l, bell\u0007, esc\u001b[31m and \u0001\u001f C0`,
  "C1 \u0085\u009b controls",
  "bidi \u202Aa\u202Bb\u202Cc\u202Dd\u202Ee \u2066f\u2067g\u2068h\u2069 \u200Bzero",
  "lone \uD800 high, \uDFFF low, \uDBFF\u0041 flipped",
  "\u202E\u0000",
  "x".repeat(20_000),
  "",
  "   \t  ",
  "../../../etc/passwd",
  "..%2F..%2Fetc",
  "ñandú 💤 e\u0301 ﷽",
  "Mars/Olympus",
  "europe/london",
  "+01:00",
  "02:30",
  "25:61",
  "hh_default",
  "a".repeat(65),
];
/** Wrong types where strings, numbers or booleans go. */
const WRONG_TYPES: unknown[] = [42, -1, 0, 1.5, 1e300, true, false, null, [], ["x"], [SCRIPT], {}, { $ne: 1 }];
/** Whole bodies that are not what a JSON route takes. */
const MALFORMED_JSON: string[] = [
  "{",
  "[1, 2",
  '{"name": }',
  "null",
  "[]",
  "123",
  '"just a string"',
  "true",
  '{"__proto__": {"admin": true}}',
  '{"constructor": {"prototype": {"x": 1}}}',
  '{"a":"\\ud800"}',
  "\u0000\u0000",
  "\uFEFF{}",
  '{"a":1,"a":2}',
  "[".repeat(5_000),
];
/** Header values (headers carry Latin-1 only, so no controls or bidi here). */
const HEADER_VALUES = [
  SCRIPT,
  IMG,
  "zz-ZZ;q=abc, *;q=-1, en;q=1e999",
  "x".repeat(8_000),
  "javascript:alert(1)",
  "https://evil.example/stories",
  "//evil.example",
  `en-x-${"a".repeat(300)}`,
];
/** Ids that are not ids (the other family's real ones are added per route). */
const BAD_IDS = [
  "..",
  "../households",
  "%2e%2e%2f",
  "A".repeat(300),
  "ñ",
  "%F0%9F%92%A4",
  "%00",
  "%E2%80%AE",
  "%ED%A0%80",
  "'%20OR%201=1--",
  "AAAAAAAAAAAAAAAAAAAAAAAA",
];

// ---------------------------------------------------------------------------------------------
// What the sweep counts

interface Row {
  tried: number;
  "5xx": number;
  "accepted-bad": number;
  unescaped: number;
}
const table = new Map<string, Row>();
const problems: string[] = [];
/** The statuses each route answered, so a test can check the sweep got past the route's gate. */
const seen = new Map<string, Set<number>>();
let known = new Set<string>();

function row(route: string): Row {
  const r = table.get(route) ?? { tried: 0, "5xx": 0, "accepted-bad": 0, unescaped: 0 };
  table.set(route, r);
  return r;
}

function describeInput(input: unknown): string {
  const text = typeof input === "string" ? input : JSON.stringify(input);
  return JSON.stringify((text ?? String(input)).slice(0, 60));
}

/** Counts one response: its status, whether D1 still holds only valid rows, and its escaping. */
async function count(route: string, input: unknown, res: Response): Promise<void> {
  const r = row(route);
  r.tried++;
  seen.set(route, (seen.get(route) ?? new Set()).add(res.status));
  const body = await res.text();
  if (res.status >= 500) {
    r["5xx"]++;
    problems.push(`5xx ${res.status} ${route} ${describeInput(input)}`);
  }
  if (res.status < 400) {
    const fresh = (await audit()).filter((v) => !known.has(v));
    if (fresh.length > 0) {
      r["accepted-bad"]++;
      problems.push(`accepted-bad ${route} ${describeInput(input)}: ${fresh.join("; ").slice(0, 300)}`);
      known = new Set([...known, ...fresh]);
    }
  }
  const type = res.headers.get("Content-Type") ?? "";
  const title = /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? "";
  const isHtml = type.includes("text/html");
  if (
    (isHtml && RAW_MARKUP.some((m) => body.includes(m))) ||
    (!isHtml && !type.includes("application/json") && RAW_MARKUP.some((m) => body.includes(m))) ||
    DIRTY.test(title)
  ) {
    r.unescaped++;
    problems.push(`unescaped ${route} ${describeInput(input)}`);
  }
}

const isClean = (v: unknown, max: number, min = 1) =>
  typeof v === "string" && cleanText(v) === v && v.trim() === v && v.length >= min && v.length <= max;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Everything stored that came from outside, checked against what the schema allows. */
async function audit(): Promise<string[]> {
  const bad: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  // Every table in one round trip: the audit runs after each of some two thousand accepted requests.
  const queries = {
    households: "SELECT * FROM households",
    sessions: "SELECT * FROM sessions",
    operator_sessions: "SELECT * FROM operator_sessions",
    members: "SELECT * FROM members",
    characters: "SELECT * FROM characters",
    places: "SELECT * FROM places",
    stories: "SELECT id, language, input, title, moral FROM stories",
  };
  const results = await env.DB.batch<Record<string, unknown>>(Object.values(queries).map((sql) => env.DB.prepare(sql)));
  const rows = Object.fromEntries(Object.keys(queries).map((k, i) => [k, results[i]?.results ?? []]));
  const all = (table: keyof typeof queries) => rows[table] ?? [];
  for (const h of all("households")) {
    const id = `households.${h.id}`;
    check(isClean(h.name, 80), `${id}.name`);
    check(isClean(h.email, 254) && EMAIL.test(String(h.email)), `${id}.email`);
    const tz = String(h.timezone);
    check(isValidTimeZone(tz) && canonicalTimeZone(tz) === tz, `${id}.timezone=${tz}`);
    check(isValidBedtime(String(h.bedtime)), `${id}.bedtime`);
    check(Number.isInteger(h.child_age) && Number(h.child_age) >= 1 && Number(h.child_age) <= 12, `${id}.child_age`);
    check((LANGUAGES as readonly unknown[]).includes(h.language), `${id}.language`);
    check((STORY_LENGTHS as readonly unknown[]).includes(h.story_length), `${id}.story_length`);
    check((ILLUSTRATION_STYLES as readonly unknown[]).includes(h.illustration_style), `${id}.illustration_style`);
    check(h.voice === null || /^[A-Za-z]{2,20}$/.test(String(h.voice)), `${id}.voice`);
    check(Number.isFinite(h.next_bedtime_at), `${id}.next_bedtime_at`);
    check(h.nightly_email === 0 || h.nightly_email === 1, `${id}.nightly_email=${h.nightly_email}`);
    // Only the feed token's SHA-256 is stored, never the token.
    check(h.feed_token === null || /^[0-9a-f]{64}$/.test(String(h.feed_token)), `${id}.feed_token`);
  }
  // Sessions: hashes for ids (an HMAC for the console's admin token), and a device label made from the User-Agent, never the header itself.
  for (const table of ["sessions", "operator_sessions"] as const) {
    for (const s of all(table)) {
      check(/^[0-9a-f]{64}$/.test(String(s.id)), `${table}.id`);
      check(isClean(s.user_agent, 40), `${table}.${String(s.id).slice(0, 8)}.user_agent`);
      check(
        s.admin_token_hash === undefined || /^[A-Za-z0-9_-]{43}$/.test(String(s.admin_token_hash)),
        `${table}.hash`,
      );
    }
  }
  for (const m of all("members")) check(isClean(m.email, 254) && EMAIL.test(String(m.email)), `members.${m.id}.email`);
  for (const c of all("characters")) {
    check(isClean(c.name, 40) && isClean(c.looks, 300) && isClean(c.personality, 300), `characters.${c.id}`);
  }
  for (const p of all("places")) {
    check(isClean(p.name, 60) && isClean(p.description, 400), `places.${p.id}`);
    check((TIMES_OF_DAY as readonly unknown[]).includes(p.time_of_day), `places.${p.id}.time_of_day`);
  }
  for (const s of all("stories")) {
    const input = JSON.parse(String(s.input)) as { prompt?: unknown; characterIds?: unknown; placeId?: unknown };
    check(input.prompt === undefined || isClean(input.prompt, 500, 0), `stories.${s.id}.input.prompt`);
    check(
      input.characterIds === undefined ||
        (Array.isArray(input.characterIds) && input.characterIds.every((i) => /^[A-Za-z0-9_-]{1,64}$/.test(i))),
      `stories.${s.id}.input.characterIds`,
    );
    check((LANGUAGES as readonly unknown[]).includes(s.language), `stories.${s.id}.language`);
    check(s.title === null || isClean(s.title, 200), `stories.${s.id}.title`);
    check(s.moral === null || isClean(s.moral, 400), `stories.${s.id}.moral`);
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------
// The routes

interface Fixture {
  householdId: string;
  characterId: string;
  placeId: string;
  storyId: string;
  otherHouseholdId: string;
  otherCharacterId: string;
  otherPlaceId: string;
  otherStoryId: string;
  /** The other family's podcast feed token (ours is rotated by POST /settings/feed). */
  otherFeedToken: string;
  /** Our unsubscribe link's token, and the other family's (valid, but not for our id). */
  unsubscribeToken: string;
  otherUnsubscribeToken: string;
}

type Send = (
  path: string,
  init: { method: string; body?: string; type?: string; extra?: Record<string, string> },
) => Promise<Response>;

interface Route {
  /** The app's route pattern, "METHOD /path" (checked against app.routes below). */
  route: string;
  /** Path for an id (the route's own path when it takes none). */
  path: (f: Fixture, id?: string) => string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** operator: the API's bearer token; console: the operator console's session cookie. */
  auth: "operator" | "console" | "family" | "none";
  /** What the table and the test name call it, when a route is swept twice (its route otherwise). */
  label?: string;
  /** JSON routes: a valid body each field's hostile value replaces one at a time. */
  json?: (f: Fixture) => Record<string, unknown>;
  /** Form routes: the fields to fill (a valid value each; asked for again before each request). */
  form?: (f: Fixture) => Record<string, string> | Promise<Record<string, string>>;
  /** Each request from its own IP (routes whose per-IP rate limit would answer 429 to the rest). */
  freshIp?: boolean;
  /** Statuses the sweep must have seen: proof its valid requests got past the token or session. */
  reaches?: number[];
  /** GET routes: query parameters to fill. */
  query?: string[];
  /** Routes with :id: which of the fixture's ids are real-but-not-yours, on top of BAD_IDS. */
  ids?: (f: Fixture) => string[];
  /** Routes that end the session (sent from a throwaway browser, after the others). */
  destructive?: boolean;
}

const validSettings = (): Record<string, string> => ({
  name: "The Sweepers",
  email: "sweep@example.com",
  timezone: "Europe/London",
  bedtime: "19:30",
  language: "en",
  childAge: "5",
  storyLength: "short",
  rhyming: "on",
  illustrationStyle: "watercolor",
  voice: "",
  nightlyEmail: "on",
});

/** A fresh sign-up link's token (what POST /sign-in mails when SIGNUP=open), for a new address. */
async function signUpToken(): Promise<string> {
  const token = newToken();
  await env.DB.prepare(
    "INSERT INTO sign_in_links (hash, email, household_id, purpose, created_at, expires_at) VALUES (?, ?, NULL, 'sign-up', ?, ?)",
  )
    .bind(await tokenHash(token), newEmail("newcomer"), Date.now(), Date.now() + 15 * 60_000)
    .run();
  return token;
}

const ROUTES: Route[] = [
  // JSON API, operator token
  { route: "GET /api/households", method: "GET", auth: "operator", path: () => "/api/households", query: ["x"] },
  {
    route: "POST /api/households",
    method: "POST",
    auth: "operator",
    path: () => "/api/households",
    json: () => ({ name: "Sweep Family", email: newEmail("sweep"), timezone: "Europe/Paris", language: "fr" }),
  },
  {
    route: "POST /api/households/:id/invitations",
    method: "POST",
    auth: "operator",
    path: (f, id = f.householdId) => `/api/households/${id}/invitations`,
    json: () => ({ email: newEmail("invitee") }),
    ids: () => [],
  },
  {
    route: "DELETE /api/households/:id",
    method: "DELETE",
    auth: "operator",
    path: (_f, id = "hh_nobody") => `/api/households/${id}`,
    ids: () => [],
  },
  {
    route: "PATCH /api/households/:id",
    method: "PATCH",
    auth: "operator",
    path: (f, id = f.householdId) => `/api/households/${id}`,
    json: () => ({
      name: "The Sweepers",
      email: "sweep@example.com",
      timezone: "Europe/London",
      bedtime: "19:30",
      language: "en",
      childAge: 5,
      storyLength: "short",
      rhyming: false,
      illustrationStyle: "watercolor",
      voice: null,
    }),
    ids: () => [],
  },
  { route: "GET /api/stories", method: "GET", auth: "operator", path: () => "/api/stories", query: ["limit", "x"] },
  {
    route: "GET /api/stories/:id",
    method: "GET",
    auth: "operator",
    path: (f, id = f.storyId) => `/api/stories/${id}`,
    ids: () => [],
  },
  {
    route: "POST /api/stories",
    method: "POST",
    auth: "operator",
    path: () => "/api/stories",
    json: (f) => ({
      householdId: f.householdId,
      prompt: "a lost mitten",
      characterIds: [f.characterId],
      placeId: f.placeId,
      sceneId: f.placeId,
      language: "en",
      notify: false,
    }),
  },
  {
    route: "PATCH /api/stories/:id",
    method: "PATCH",
    auth: "operator",
    path: (f, id = f.storyId) => `/api/stories/${id}`,
    json: () => ({ favorite: true }),
    ids: () => [],
  },
  {
    route: "POST /api/stories/:id/email",
    method: "POST",
    auth: "operator",
    path: (_f, id = "AAAAAAAAAAAAAAAAAAAAAAAA") => `/api/stories/${id}/email`,
    ids: () => [],
  },
  {
    route: "GET /api/dead-letters",
    method: "GET",
    auth: "operator",
    path: () => "/api/dead-letters",
    query: ["limit"],
  },
  {
    route: "POST /api/replay",
    method: "POST",
    auth: "operator",
    path: () => "/api/replay",
    json: (f) => ({ storyId: f.storyId }),
  },
  // Sign-in, signed out
  { route: "GET /sign-in", method: "GET", auth: "none", path: () => "/sign-in", query: ["next", "done"] },
  {
    route: "POST /sign-in",
    method: "POST",
    auth: "none",
    path: () => "/sign-in",
    form: () => ({ email: "nobody@example.com", next: "/" }),
  },
  {
    route: "GET /sign-in/link",
    method: "GET",
    auth: "none",
    path: () => "/sign-in/link",
    query: ["token", "next"],
  },
  {
    route: "POST /sign-in/link",
    method: "POST",
    auth: "none",
    path: () => "/sign-in/link",
    form: () => ({ token: "A".repeat(43), next: "/", name: "X", timezone: "Europe/London", language: "en" }),
  },
  {
    // A real sign-up link each time (an accepted one is used up), so the new family's fields are
    // checked and stored: the family a stranger starts when SIGNUP=open.
    route: "POST /sign-in/link",
    label: "POST /sign-in/link (sign-up)",
    reaches: [303, 400],
    method: "POST",
    auth: "none",
    path: () => "/sign-in/link",
    form: async () => ({
      token: await signUpToken(),
      next: "/",
      name: "The Newcomers",
      timezone: "Europe/Paris",
      language: "en",
    }),
    freshIp: true,
  },
  {
    route: "POST /sign-out",
    method: "POST",
    auth: "family",
    path: () => "/sign-out",
    form: () => ({}),
    destructive: true,
  },
  { route: "POST /language", method: "POST", auth: "none", path: () => "/language", form: () => ({ lang: "fr" }) },
  // A family's pages
  { route: "GET /", method: "GET", auth: "family", path: () => "/", query: ["x"] },
  { route: "GET /account", method: "GET", auth: "family", path: () => "/account", query: ["done"] },
  {
    route: "POST /account/invite",
    method: "POST",
    auth: "family",
    path: () => "/account/invite",
    form: () => ({ email: newEmail("co-parent") }),
  },
  {
    route: "POST /account/members/:id/remove",
    method: "POST",
    auth: "family",
    path: (_f, id = "mb_nobody") => `/account/members/${id}/remove`,
    form: () => ({}),
    ids: () => [],
  },
  {
    route: "POST /account/invitations/withdraw",
    method: "POST",
    auth: "family",
    path: () => "/account/invitations/withdraw",
    form: () => ({ email: "nobody-invited@example.com" }),
  },
  {
    route: "POST /settings/unsubscribe-links",
    method: "POST",
    auth: "family",
    path: () => "/settings/unsubscribe-links",
    form: () => ({}),
    reaches: [303],
    // Voids the unsubscribe links the sweep's own unsubscribe routes use: run it with the last.
    destructive: true,
  },
  {
    route: "POST /account/leave",
    method: "POST",
    auth: "family",
    path: () => "/account/leave",
    form: () => ({}),
    destructive: true,
  },
  {
    route: "POST /account/sessions/:id/revoke",
    method: "POST",
    auth: "family",
    path: (_f, id = "0".repeat(64)) => `/account/sessions/${id}/revoke`,
    form: () => ({}),
    ids: () => [],
  },
  {
    route: "POST /account/sessions/revoke-all",
    method: "POST",
    auth: "family",
    path: () => "/account/sessions/revoke-all",
    form: () => ({}),
    destructive: true,
  },
  {
    route: "POST /account/delete",
    method: "POST",
    auth: "family",
    path: () => "/account/delete",
    form: () => ({ confirm: "not the name" }),
  },
  { route: "GET /settings", method: "GET", auth: "family", path: () => "/settings", query: ["saved", "feed"] },
  { route: "POST /settings", method: "POST", auth: "family", path: () => "/settings", form: validSettings },
  {
    route: "POST /settings/feed",
    method: "POST",
    auth: "family",
    path: () => "/settings/feed",
    form: () => ({}),
    reaches: [303],
  },
  {
    route: "POST /household",
    method: "POST",
    auth: "family",
    path: () => "/household",
    form: (f) => ({ householdId: f.otherHouseholdId }),
  },
  { route: "GET /cast", method: "GET", auth: "family", path: () => "/cast", query: ["done", "item"] },
  {
    route: "POST /characters",
    method: "POST",
    auth: "family",
    path: () => "/characters",
    form: () => ({ name: "Gus", looks: "a goose", personality: "loud" }),
  },
  {
    route: "GET /characters/:id/edit",
    method: "GET",
    auth: "family",
    path: (f, id = f.characterId) => `/characters/${id}/edit`,
    ids: (f) => [f.otherCharacterId],
  },
  {
    route: "POST /characters/:id",
    method: "POST",
    auth: "family",
    path: (f, id = f.characterId) => `/characters/${id}`,
    form: () => ({ name: "Pip", looks: "a fox", personality: "brave" }),
    ids: (f) => [f.otherCharacterId],
  },
  {
    route: "POST /characters/:id/delete",
    method: "POST",
    auth: "family",
    path: (f, id = f.otherCharacterId) => `/characters/${id}/delete`,
    form: () => ({}),
    ids: (f) => [f.otherCharacterId],
  },
  {
    route: "POST /places",
    method: "POST",
    auth: "family",
    path: () => "/places",
    form: () => ({ name: "the Pond", description: "a still pond", timeOfDay: "night" }),
  },
  {
    route: "GET /places/:id/edit",
    method: "GET",
    auth: "family",
    path: (f, id = f.placeId) => `/places/${id}/edit`,
    ids: (f) => [f.otherPlaceId],
  },
  {
    route: "POST /places/:id",
    method: "POST",
    auth: "family",
    path: (f, id = f.placeId) => `/places/${id}`,
    form: () => ({ name: "the Woods", description: "a forest", timeOfDay: "evening" }),
    ids: (f) => [f.otherPlaceId],
  },
  {
    route: "POST /places/:id/delete",
    method: "POST",
    auth: "family",
    path: (f, id = f.otherPlaceId) => `/places/${id}/delete`,
    form: () => ({}),
    ids: (f) => [f.otherPlaceId],
  },
  { route: "GET /tell", method: "GET", auth: "family", path: () => "/tell" },
  {
    route: "POST /tell",
    method: "POST",
    auth: "family",
    path: () => "/tell",
    form: (f) => ({ prompt: "a lost mitten", language: "en", characterIds: f.characterId, placeId: f.placeId }),
  },
  {
    route: "GET /stories/:id",
    method: "GET",
    auth: "family",
    path: (f, id = f.storyId) => `/stories/${id}`,
    query: ["view"],
    ids: () => [],
  },
  {
    route: "GET /stories/:id/status",
    method: "GET",
    auth: "none",
    path: (f, id = f.storyId) => `/stories/${id}/status`,
    ids: () => [],
  },
  {
    route: "POST /stories/:id/favorite",
    method: "POST",
    auth: "family",
    path: (f, id = f.storyId) => `/stories/${id}/favorite`,
    form: () => ({ favorite: "true" }),
    ids: (f) => [f.otherStoryId],
  },
  {
    route: "GET /media/*",
    method: "GET",
    auth: "none",
    path: (_f, id = "stories/x/0.svg") => `/media/${id}`,
    query: ["exp", "sig"],
    ids: () => ["stories/../../etc/passwd", "stories%2F..%2F..%2Fx", ""],
  },
  {
    route: "GET /stories/:id/cover",
    reaches: [200, 404],
    method: "GET",
    auth: "none",
    path: (f, id = f.otherStoryId) => `/stories/${id}/cover`,
    ids: (f) => [f.storyId],
  },
  // The podcast feed and its transcripts: the unguessable token or story id is the capability.
  {
    route: "GET /feeds/:file",
    reaches: [200, 404],
    method: "GET",
    auth: "none",
    path: (f, id = `${f.otherFeedToken}.xml`) => `/feeds/${id}`,
    ids: (f) => [f.otherFeedToken, `${f.otherFeedToken}.xml.xml`, `${f.otherFeedToken.slice(1)}.xml`, ".xml"],
  },
  {
    route: "GET /stories/:id/transcript.txt",
    reaches: [200, 404],
    method: "GET",
    auth: "none",
    path: (f, id = f.storyId) => `/stories/${id}/transcript.txt`,
    ids: () => [],
  },
  // One-click unsubscribe: the signed token is the capability (POST is exempt from the CSRF check).
  {
    route: "GET /unsubscribe/:household/:token",
    reaches: [200, 403],
    method: "GET",
    auth: "none",
    path: (f, token = f.unsubscribeToken) => `/unsubscribe/${f.householdId}/${token}`,
    ids: (f) => [f.otherUnsubscribeToken, `${f.unsubscribeToken}=`, `${f.unsubscribeToken.slice(1)}A`],
  },
  {
    route: "POST /unsubscribe/:household/:token",
    method: "POST",
    reaches: [200, 403],
    auth: "none",
    path: (f, token = f.unsubscribeToken) => `/unsubscribe/${f.householdId}/${token}`,
    form: () => ({ "List-Unsubscribe": "One-Click" }),
    ids: (f) => [f.otherUnsubscribeToken, `${f.unsubscribeToken}=`, `${f.unsubscribeToken.slice(1)}A`],
  },
  {
    route: "POST /unsubscribe/:household/:token",
    label: "POST /unsubscribe/:household/:token (household)",
    reaches: [403],
    method: "POST",
    auth: "none",
    path: (f, household = f.householdId) => `/unsubscribe/${household}/${f.unsubscribeToken}`,
    ids: (f) => [f.otherHouseholdId, "hh_default"],
  },
  // The operator console: a session opened with ADMIN_TOKEN, under its own cookie.
  { route: "GET /operator", method: "GET", auth: "none", path: () => "/operator", query: ["done"], reaches: [200] },
  {
    route: "POST /operator/sign-in",
    reaches: [303, 401],
    method: "POST",
    auth: "none",
    path: () => "/operator/sign-in",
    form: () => ({ token: ADMIN_TOKEN }),
    freshIp: true,
  },
  {
    route: "POST /operator/sign-out",
    method: "POST",
    auth: "console",
    path: () => "/operator/sign-out",
    form: () => ({}),
    destructive: true,
  },
  {
    route: "GET /operator/households",
    reaches: [200],
    method: "GET",
    auth: "console",
    path: () => "/operator/households",
    query: ["done"],
  },
  {
    route: "POST /operator/households",
    reaches: [303, 400],
    method: "POST",
    auth: "console",
    path: () => "/operator/households",
    form: () => ({ name: "The Invited", email: newEmail("invited"), timezone: "Europe/Paris", language: "en" }),
  },
  {
    route: "POST /operator/households/:id/invitations",
    reaches: [303, 400, 404],
    method: "POST",
    auth: "console",
    path: (f, id = f.householdId) => `/operator/households/${id}/invitations`,
    form: () => ({ email: newEmail("console-invitee") }),
    ids: () => [],
  },
  {
    route: "GET /operator/households/:id/delete",
    reaches: [200, 404],
    method: "GET",
    auth: "console",
    path: (f, id = f.otherHouseholdId) => `/operator/households/${id}/delete`,
    ids: () => [],
  },
  {
    // Never the right id in `confirm`: the other family must outlive the sweep.
    route: "POST /operator/households/:id/delete",
    reaches: [400, 404],
    method: "POST",
    auth: "console",
    path: (f, id = f.otherHouseholdId) => `/operator/households/${id}/delete`,
    form: () => ({ confirm: "not the id" }),
    ids: () => [],
  },
  {
    route: "GET /operator/stories",
    method: "GET",
    auth: "console",
    path: () => "/operator/stories",
    query: ["done"],
    reaches: [200],
  },
  {
    route: "GET /operator/dead-letters",
    reaches: [200],
    method: "GET",
    auth: "console",
    path: () => "/operator/dead-letters",
    query: ["done"],
  },
  {
    route: "POST /operator/replay",
    reaches: [303, 404],
    method: "POST",
    auth: "console",
    path: () => "/operator/replay",
    form: (f) => ({ storyId: f.storyId }),
  },
  { route: "GET /operator/costs", method: "GET", auth: "console", path: () => "/operator/costs", reaches: [200] },
];

let fixture: Fixture;
let family: Browser;
/** Signed in to the operator console. */
let console_: Browser;

const randomIp = () => `10.${[...crypto.getRandomValues(new Uint8Array(3))].join(".")}`;

/** A request as a client would send it, with the route's auth. */
function sender(auth: Route["auth"], browser: Browser, freshIp = false): Send {
  return (path, { method, body, type, extra = {} }) => {
    const headers: Record<string, string> = { "CF-Connecting-IP": freshIp ? randomIp() : browser.ip, Origin: BASE };
    if (auth === "operator") headers.Authorization = `Bearer ${ADMIN_TOKEN}`;
    if ((auth === "family" || auth === "console") && browser.cookie) headers.Cookie = browser.cookie;
    if (type) headers["Content-Type"] = type;
    Object.assign(headers, extra);
    if (extra.Cookie && headers.Cookie !== extra.Cookie) headers.Cookie = `${extra.Cookie}; ${browser.cookie}`;
    return exports.default.fetch(new Request(`${BASE}${path}`, { method, body, headers, redirect: "manual" }));
  };
}

const urlencoded = "application/x-www-form-urlencoded";
const form = (fields: Record<string, string | string[]>) =>
  new URLSearchParams(
    Object.entries(fields).flatMap(([k, v]) => [v].flat().map((x): [string, string] => [k, x])),
  ).toString();

/** Every hostile request for one route, counted. */
async function sweep(r: Route, send: Send): Promise<void> {
  const f = fixture;
  const name = r.label ?? r.route;
  const path = r.path(f);
  const go = async (
    input: unknown,
    p: string,
    init: { body?: string; type?: string; extra?: Record<string, string> } = {},
  ) => {
    let res: Response;
    try {
      res = await send(p, { method: r.method, ...init });
    } catch (error) {
      // A URL the Request constructor refuses never reaches the Worker.
      if (error instanceof TypeError && /URL/i.test(String(error))) return;
      throw error;
    }
    await count(name, input, res);
  };

  if (r.json) {
    const valid = r.json(f);
    for (const raw of MALFORMED_JSON) await go(raw, path, { body: raw, type: "application/json" });
    await go("form body to a JSON route", path, { body: "a=1&b=2", type: urlencoded });
    for (const field of Object.keys(valid)) {
      for (const value of [...STRINGS, ...WRONG_TYPES]) {
        await go({ [field]: value }, path, {
          body: JSON.stringify({ ...valid, [field]: value }),
          type: "application/json",
        });
      }
    }
    await go("unknown key", path, { body: JSON.stringify({ ...valid, isAdmin: true }), type: "application/json" });
  }

  if (r.form) {
    const makeForm = r.form;
    const valid = () => Promise.resolve(makeForm(f));
    const fields = [...Object.keys(await valid()), "householdId"];
    for (const field of fields) {
      for (const value of STRINGS)
        await go({ [field]: value }, path, { body: form({ ...(await valid()), [field]: value }), type: urlencoded });
      // The same field twice, and a list where one value goes.
      await go({ [field]: [SCRIPT, IMG] }, path, {
        body: form({ ...(await valid()), [field]: [SCRIPT, IMG] }),
        type: urlencoded,
      });
    }
    // Raw percent-encoded lone surrogates and controls, as a hand-made body would carry them.
    await go("%ED%A0%80 body", path, {
      body: `${form(await valid())}&name=%ED%A0%80%00%E2%80%AE`,
      type: urlencoded,
    });
    await go("broken multipart", path, {
      body: "--x\r\nContent-Disposition: form-data; name=",
      type: "multipart/form-data; boundary=x",
    });
    await go("multipart file", path, {
      body: `--x\r\nContent-Disposition: form-data; name="name"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n${SCRIPT}\r\n--x--\r\n`,
      type: "multipart/form-data; boundary=x",
    });
    await go("JSON to a form route", path, { body: JSON.stringify(await valid()), type: "application/json" });
    await go("no content type", path, { body: "\u0000\u0001" });
  }

  if (r.query) {
    for (const name of r.query) {
      for (const value of [
        ...STRINGS.filter((s) => s.length < 5_000),
        "-1",
        "0",
        "1e309",
        "NaN",
        "99999999999999999999",
      ]) {
        const q = new URLSearchParams({ [name]: value }).toString();
        await go({ [name]: value }, `${path}?${q}`);
      }
      await go(`${name}=%ED%A0%80%00`, `${path}?${name}=%ED%A0%80%00%E2%80%AE`);
    }
  }

  if (r.ids) {
    for (const id of [...r.ids(f), ...BAD_IDS]) {
      const body = r.json ? JSON.stringify(r.json(f)) : r.form ? form(await r.form(f)) : undefined;
      const type = r.json ? "application/json" : r.form ? urlencoded : undefined;
      await go({ id }, r.path(f, id), { body, type });
    }
  }

  // Headers the pages read: the language cookie and Accept-Language, the Referer, the client IP.
  for (const value of HEADER_VALUES) {
    const extra = {
      "Accept-Language": value,
      Cookie: `lang=${encodeURIComponent(value)}`,
      Referer: value,
      "User-Agent": value,
      "If-None-Match": value,
    };
    await go({ headers: value }, path, { extra });
    await go({ ip: value }, path, { extra: { "CF-Connecting-IP": value } });
  }

  if (!r.json && !r.form && !r.query && !r.ids) await go("plain", path);
}

beforeAll(async () => {
  recordEmails();
  const household = await insertHousehold({ name: "The Sweepers", email: "sweep@example.com" });
  // Markup in the other family's name and story title: the console, the feed and the pages that
  // show them must escape it.
  const other = await insertHousehold({ name: `The Others ${SCRIPT}`, email: "others@example.com" });
  const otherFeedToken = await ensureFeedToken(createContext(env, Date.now()), other);
  const email = newEmail("sweeper");
  await insertMember(household.id, email);
  await insertMember(other.id, newEmail("other"));
  const ids = { c: `ch_${household.id.slice(3)}`, p: `sc_${household.id.slice(3)}` };
  const theirs = { c: `ch_${other.id.slice(3)}`, p: `sc_${other.id.slice(3)}` };
  const rows = [
    [ids.c, household.id, ids.p],
    [`${ids.c}b`, household.id, `${ids.p}b`],
    [theirs.c, other.id, theirs.p],
  ];
  await env.DB.batch(
    rows.flatMap(([c, h, p]) => [
      env.DB.prepare(
        "INSERT INTO characters (id, household_id, name, looks, personality, created_at) VALUES (?, ?, 'Pip', 'a fox', 'brave', 1)",
      ).bind(c, h),
      env.DB.prepare(
        "INSERT INTO places (id, household_id, name, description, time_of_day, created_at) VALUES (?, ?, 'the Woods', 'a forest', 'evening', 1)",
      ).bind(p, h),
    ]),
  );
  const story = await insertStory({ householdId: household.id });
  const { story: otherStory } = await insertNarratedStory(
    { householdId: other.id, title: `Pip ${IMG} ${SCRIPT}` },
    { picture: "image/png" },
  );
  fixture = {
    householdId: household.id,
    characterId: ids.c,
    placeId: ids.p,
    storyId: story.id,
    otherHouseholdId: other.id,
    otherCharacterId: theirs.c,
    otherPlaceId: theirs.p,
    otherStoryId: otherStory.id,
    otherFeedToken,
    unsubscribeToken: await unsubscribeToken(household.id, "test-session-secret-9b8a7c6d5e4f3a2b1c"),
    otherUnsubscribeToken: await unsubscribeToken(other.id, "test-session-secret-9b8a7c6d5e4f3a2b1c"),
  };
  family = new Browser();
  await family.signIn(email);
  console_ = await operatorBrowser();
});

/** A browser signed in to the operator console. */
async function operatorBrowser(): Promise<Browser> {
  const browser = new Browser();
  expect((await browser.post("/operator/sign-in", { token: ADMIN_TOKEN })).status).toBe(303);
  return browser;
}

afterAll(() => {
  // console.log, not console.table: workerd forwards only plain lines to the test's output.
  const total: Row = { tried: 0, "5xx": 0, "accepted-bad": 0, unescaped: 0 };
  const cols = Object.keys(total) as (keyof Row)[];
  for (const r of table.values()) for (const k of cols) total[k] += r[k];
  const line = (name: string, r: Row) => `${name.padEnd(48)}${cols.map((k) => String(r[k]).padStart(14)).join("")}`;
  console.log(
    [
      "hostile-input sweep (issue 13)",
      `${"route".padEnd(48)}${cols.map((k) => k.padStart(14)).join("")}`,
      ...[...table].map(([name, r]) => line(name, r)),
      line("TOTAL", total),
      ...problems.slice(0, 50),
    ].join("\n"),
  );
});

describe("the hostile-input sweep", () => {
  it("covers every route of the app", () => {
    const routes = app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`);
    const covered = new Set(ROUTES.map((r) => r.route));
    expect([...new Set(routes)].filter((r) => !covered.has(r))).toEqual([]);
  });

  it("starts from a database that passes the audit", async () => {
    expect(await audit()).toEqual([]);
  });

  it("its counters can fail: a dirty row and a raw tag are caught", async () => {
    await env.DB.prepare(
      "INSERT INTO characters (id, household_id, name, looks, personality, created_at) VALUES ('ch_dirty', ?, 'Pi\u202Ep', 'a fox', 'brave', 1)",
    )
      .bind(fixture.householdId)
      .run();
    expect(await audit()).toEqual(["characters.ch_dirty"]);
    await env.DB.prepare("DELETE FROM characters WHERE id = 'ch_dirty'").run();
    const html = (body: string) => new Response(body, { headers: { "Content-Type": "text/html" } });
    await count("self-check", "raw tag", html(`<p>${SCRIPT}</p>`));
    await count("self-check", "bidi title", html("<title>A\u202EB</title>"));
    await count("self-check", "escaped", html("<title>A</title><p>&lt;script&gt;alert(1)</p>"));
    expect(table.get("self-check")).toEqual({ tried: 3, "5xx": 0, "accepted-bad": 0, unescaped: 2 });
    table.delete("self-check");
    problems.length = 0;
  });

  it.each(ROUTES.filter((r) => !r.destructive).map((r) => ({ ...r, name: r.label ?? r.route })))(
    "$name: no 5xx, nothing invalid stored, nothing unescaped",
    async (r) => {
      // A fresh session per route: a route that signs out must not starve the ones after it.
      const browser = r.auth === "family" ? family : r.auth === "console" ? console_ : new Browser();
      await sweep(r, sender(r.auth, browser, r.freshIp));
      // Still signed in: a lost session would turn the rest into harmless redirects.
      if (r.auth === "family") expect((await family.get("/settings")).status).toBe(200);
      if (r.auth === "console") expect((await console_.get("/operator/households")).status).toBe(200);
      const counted = table.get(r.name);
      expect(counted?.tried).toBeGreaterThan(0);
      for (const status of r.reaches ?? []) expect([...(seen.get(r.name) ?? [])]).toContain(status);
      expect(problems.filter((p) => p.includes(` ${r.name} `))).toEqual([]);
    },
    120_000,
  );

  it.each(ROUTES.filter((r) => r.destructive))(
    "$route (ends the session; a throwaway parent's)",
    async (r) => {
      let browser: Browser;
      if (r.auth === "console") {
        browser = await operatorBrowser();
      } else {
        const household = await insertHousehold({ name: "The Throwaways" });
        const email = newEmail("throwaway");
        await insertMember(household.id, email);
        await insertMember(household.id, newEmail("stays"));
        browser = new Browser();
        await browser.signIn(email);
      }
      await sweep(r, sender(r.auth, browser));
      expect(problems.filter((p) => p.includes(` ${r.route} `))).toEqual([]);
    },
    120_000,
  );

  it("stores a time zone by its canonical name however it was typed", async () => {
    const res = await sender("operator", new Browser())(`/api/households/${fixture.householdId}`, {
      method: "PATCH",
      body: JSON.stringify({ timezone: "europe/london" }),
      type: "application/json",
    });
    await count("PATCH /api/households/:id", { timezone: "europe/london" }, res.clone());
    const stored = await env.DB.prepare("SELECT timezone FROM households WHERE id = ?")
      .bind(fixture.householdId)
      .first<{ timezone: string }>();
    expect(stored?.timezone).toBe("Europe/London");
    const mars = await sender("operator", new Browser())(`/api/households/${fixture.householdId}`, {
      method: "PATCH",
      body: JSON.stringify({ timezone: "Mars/Olympus" }),
      type: "application/json",
    });
    expect(mars.status).toBe(400);
  });

  it("adds up to nothing but tried", () => {
    const total = { tried: 0, fiveXX: 0, acceptedBad: 0, unescaped: 0 };
    for (const r of table.values()) {
      total.tried += r.tried;
      total.fiveXX += r["5xx"];
      total.acceptedBad += r["accepted-bad"];
      total.unescaped += r.unescaped;
    }
    expect(total.tried).toBeGreaterThan(2_000);
    expect(problems).toEqual([]);
    expect({ fiveXX: total.fiveXX, acceptedBad: total.acceptedBad, unescaped: total.unescaped }).toEqual({
      fiveXX: 0,
      acceptedBad: 0,
      unescaped: 0,
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Found by the sweep: the console's families page past 100 families

describe("the console's families page with more families than it lists", () => {
  it("opens, with the newest families' pending invitations (D1 binds at most 100 values a query)", async () => {
    const now = Date.now();
    const newest: { id: string; email: string }[] = [];
    for (let i = 0; i < 110; i++) {
      const household = await insertHousehold({ name: `Family ${i}`, createdAt: now + i });
      newest.unshift({ id: household.id, email: newEmail(`pending${i}`) });
    }
    await env.DB.batch(
      newest.map(({ id, email }) =>
        env.DB.prepare(
          "INSERT INTO sign_in_links (hash, email, household_id, purpose, created_at, expires_at) VALUES (?, ?, ?, 'invite', ?, ?)",
        ).bind(`${id}-invite`, email, id, now, now + 3_600_000),
      ),
    );
    const res = await console_.get("/operator/households");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Family 109");
    expect(page).toContain(newest[0]?.email);
    expect(page).toContain(newest[99]?.email);
    // Past the page: neither the family nor its invitation.
    expect(page).not.toContain(newest[100]?.email);
  });
});

// ---------------------------------------------------------------------------------------------
// Oversize bodies: refused before they are read

/** A body of `total` bytes made as it is read, so a test can see how much the Worker pulled. */
function countedStream(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= total) return controller.close();
        const n = Math.min(chunk.length, total - pulled);
        pulled += n;
        controller.enqueue(chunk.slice(0, n));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

describe("oversize bodies", () => {
  const MB = 1024 * 1024;
  const cases = [
    { route: "POST /api/stories", path: "/api/stories", auth: "operator" as const, type: "application/json" },
    { route: "PATCH /api/households/:id", path: "", auth: "operator" as const, type: "application/json" },
    { route: "POST /settings", path: "/settings", auth: "family" as const, type: urlencoded },
    { route: "POST /tell", path: "/tell", auth: "family" as const, type: urlencoded },
    { route: "POST /sign-in", path: "/sign-in", auth: "none" as const, type: urlencoded },
  ];
  it.each(cases.flatMap((c) => [1, 20].flatMap((mb) => [true, false].map((length) => ({ ...c, mb, length })))))(
    "$route refuses $mb MB (Content-Length: $length) with a 413 before reading it",
    async ({ route, path, auth, type, mb, length }) => {
      const { stream, pulled } = countedStream(mb * MB);
      const headers: Record<string, string> = { Origin: BASE, "Content-Type": type };
      if (auth === "operator") headers.Authorization = `Bearer ${ADMIN_TOKEN}`;
      if (auth === "family") headers.Cookie = family.cookie;
      if (length) headers["Content-Length"] = String(mb * MB);
      const url = `${BASE}${path || `/api/households/${fixture.householdId}`}`;
      const method = route.split(" ")[0] as string;
      const ctx = createExecutionContext();
      const res = await app.fetch(new Request(url, { method, headers, body: stream }), env, ctx);
      await waitOnExecutionContext(ctx);
      await count(`${route} (${mb} MB body)`, `${mb} MB`, res.clone());
      expect(res.status).toBe(413);
      // Told the size up front: nothing read. Streamed: read only until past the limit.
      expect(pulled()).toBeLessThanOrEqual(length ? 64 * 1024 : MAX_BODY_BYTES + 64 * 1024);
      await stream.cancel().catch(() => {});
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Queue messages

describe("hostile queue messages", () => {
  const unknownId = "Z".repeat(24);
  const BODIES: unknown[] = [
    null,
    42,
    "story.write",
    [],
    {},
    { type: "story.write" },
    { type: "story.write", storyId: "../../x" },
    { type: "story.write", storyId: "A".repeat(5_000) },
    { type: "story.write", storyId: `${"A".repeat(23)}\u0000` },
    { type: "story.write", storyId: 123 },
    { type: "story.erase", storyId: unknownId },
    { type: "story.illustrate", storyId: unknownId, sceneIndex: 99 },
    { type: "story.illustrate", storyId: unknownId, sceneIndex: "0" },
    { type: "story.illustrate", storyId: unknownId, sceneIndex: -1 },
    { type: "story.narrate", storyId: { $ne: null } },
    { type: "__proto__", storyId: unknownId },
    { type: "story.notify", storyId: "\uD800".repeat(24) },
    // Well formed, but about nothing: acked with nothing done.
    { type: "story.write", storyId: unknownId },
    { type: "story.illustrate", storyId: unknownId, sceneIndex: 0 },
    { type: "story.narrate", storyId: unknownId },
    { type: "story.notify", storyId: unknownId },
  ];
  const malformed = (body: unknown) => !JobMessageSchema.safeParse(body).success;

  for (const queue of ["story-jobs", "story-jobs-dlq"]) {
    it(`${queue}: each is acked once (malformed ones dead-lettered with a reason), never retried`, async () => {
      const before = (await env.DB.prepare("SELECT max(id) AS id FROM dead_letters").first<{ id: number }>())?.id ?? 0;
      const batch = createMessageBatch(
        queue,
        BODIES.map((body, i) => ({ id: `h${i}`, timestamp: new Date(), attempts: 1, body })),
      );
      const ctx = createExecutionContext();
      await handleQueue(batch, createContext(env, Date.now(), { providers: offlineProviders() }));
      const result = await getQueueResult(batch, ctx);
      expect(result.retryMessages).toEqual([]);
      expect(result.explicitAcks.sort()).toEqual(BODIES.map((_, i) => `h${i}`).sort());
      const letters = (
        await env.DB.prepare("SELECT body, error FROM dead_letters WHERE id > ?").bind(before).all<{
          body: string;
          error: string;
        }>()
      ).results;
      const expected = queue.endsWith("-dlq") ? BODIES.length : BODIES.filter(malformed).length;
      expect(letters).toHaveLength(expected);
      for (const l of letters) expect(l.error).toMatch(queue.endsWith("-dlq") ? /./ : /^Malformed message: /);
      row(`queue ${queue}`).tried += BODIES.length;
    });
  }

  it("through the Worker's own queue entry point, a malformed body is acked, not retried", async () => {
    type QueueMessage = { id: string; timestamp: Date; attempts: number; body: unknown };
    type QueueResult = {
      outcome: string;
      retryBatch: { retry: boolean };
      retryMessages: unknown[];
      explicitAcks: string[];
    };
    const worker = exports.default as unknown as {
      queue(name: string, messages: QueueMessage[]): Promise<QueueResult>;
    };
    const result = await worker.queue(
      "story-jobs",
      BODIES.slice(0, 8).map((body, i) => ({ id: `w${i}`, timestamp: new Date(), attempts: 1, body })),
    );
    expect(result.outcome).toBe("ok");
    expect(result.retryBatch.retry).toBe(false);
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toHaveLength(8);
  });
});

// ---------------------------------------------------------------------------------------------
// Bedtimes in a DST gap

describe("a bedtime in the spring-forward gap", () => {
  it("02:30 in Europe/Paris on 29 March 2026 (02:00 → 03:00) is still a sane instant, once", async () => {
    const next = nextBedtime("Europe/Paris", "02:30", Date.parse("2026-03-28T12:00:00Z"));
    expect(next.localDate).toBe("2026-03-29");
    // 03:30 CEST, the instant 02:30 CET would have been: not before the gap, not a day late.
    expect(next.at).toBe(Date.parse("2026-03-29T01:30:00Z"));
    const after = nextBedtime("Europe/Paris", "02:30", next.at + 1);
    expect(after).toEqual({ at: Date.parse("2026-03-30T00:30:00Z"), localDate: "2026-03-30" });
  });

  it("set through the API, it is claimed once on that night and then moves to the next", async () => {
    const household = await insertHousehold({ name: "The Gap Family" });
    const patch = await sender("operator", new Browser())(`/api/households/${household.id}`, {
      method: "PATCH",
      body: JSON.stringify({ timezone: "europe/paris", bedtime: "02:30" }),
      type: "application/json",
    });
    await count("PATCH /api/households/:id", "DST gap", patch.clone());
    expect(patch.status).toBe(200);
    await env.DB.prepare("UPDATE households SET next_bedtime_at = 0 WHERE id <> ?").bind(household.id).run();
    await env.DB.prepare("UPDATE households SET next_bedtime_at = 1e15 WHERE id <> ?").bind(household.id).run();
    const ttl = 48 * 3_600_000;
    const before = await claimDueStories(env, Date.parse("2026-03-29T01:29:00Z"), ttl);
    expect(before).toEqual([]);
    const claimed = await claimDueStories(env, Date.parse("2026-03-29T01:35:00Z"), ttl);
    expect(claimed.map((c) => c.householdId)).toEqual([household.id]);
    expect(await claimDueStories(env, Date.parse("2026-03-29T01:40:00Z"), ttl)).toEqual([]);
    const row = await env.DB.prepare("SELECT next_bedtime_at AS n FROM households WHERE id = ?")
      .bind(household.id)
      .first<{ n: number }>();
    expect(row?.n).toBe(Date.parse("2026-03-30T00:30:00Z"));
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile model output

describe("hostile model output in every field", () => {
  const server = useMsw();
  const BASE_URL = "https://llm.test/v1";
  const H = `${SCRIPT} ${IMG} N\u0000U\u0007L \u202Eevil\u202C \u2066iso\u2069 \uD800 \u200B`;
  const scene = (i: number) => ({
    paragraphs: [`Scene ${i} ${H}`, `More ${IMG} and ${SCRIPT}`],
    illustration: `a fox ${H}`,
    caption: `caption ${i} ${H}`,
    picture: {
      characters: [{ name: `Pip ${H}`, kind: "fox", color: `red ${SCRIPT}` }],
      subject: null,
      object: { name: SCRIPT, kind: IMG, color: "\u202Eblue" },
      action: "<b>dance</b>",
      place: "forest",
      landmark: IMG,
      time: "night",
    },
  });
  const hostileStory = { title: `Pip ${H}`, scenes: [0, 1, 2].map(scene), moral: `Be kind ${H}` };

  it("reaches the page and the email escaped, with no controls or bidi in <title> or Subject", async () => {
    server.use(
      http.post(`${BASE_URL}/chat/completions`, () =>
        HttpResponse.json({
          id: "chatcmpl-hostile",
          object: "chat.completion",
          created: 1_793_491_200,
          model: "story-model-1",
          choices: [
            {
              index: 0,
              finish_reason: "stop",
              logprobs: null,
              message: { role: "assistant", refusal: null, content: JSON.stringify(hostileStory) },
            },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      ),
    );
    const storyteller = createOpenAIStoryteller({
      apiKey: "sk-test",
      baseURL: BASE_URL,
      textModel: "story-model-1",
      imageModel: "image-model-1",
    });
    const story = await insertStory({
      householdId: fixture.householdId,
      status: "pending",
      title: null,
      scenes: null,
      moral: null,
      notify: true,
      input: {},
    });
    const ctx = createContext(env, Date.now(), { providers: offlineProviders({ storyteller }) });
    expect((await writeStory(ctx, story.id)).outcome).toBe("written");
    expect((await audit()).filter((v) => v.startsWith(`stories.${story.id}`))).toEqual([]);

    const stored = await env.DB.prepare("SELECT title, scenes, moral FROM stories WHERE id = ?")
      .bind(story.id)
      .first<{ title: string; scenes: string; moral: string }>();
    expect(JSON.stringify(stored)).not.toMatch(/\\u0000|\\u0007|\\u202e|\\u2066|\\ud800|\\u200b/i);
    expect(`${stored?.title}${stored?.scenes}${stored?.moral}`).not.toMatch(DIRTY);

    for (const path of [`/stories/${story.id}`, `/stories/${story.id}?view=book`]) {
      const res = await exports.default.fetch(new Request(`${BASE}${path}`));
      await count("model output → GET /stories/:id", path, res.clone());
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const m of RAW_MARKUP) expect(html).not.toContain(m);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).not.toMatch(DIRTY);
    }

    recordEmails();
    const sent = outbox.length;
    const later = createContext(env, Date.now() + ctx.config.notifyDeadlineMs + 60_000, {
      providers: offlineProviders({ storyteller }),
    });
    await notify(later, story.id);
    const email = outbox.slice(sent).at(-1);
    expect(email).toBeDefined();
    row("model output → email").tried++;
    const subject = String(email?.subject ?? "");
    expect(subject).toContain("Pip");
    expect(subject).not.toMatch(DIRTY);
    const html = String(email?.html ?? "");
    for (const m of RAW_MARKUP) expect(html).not.toContain(m);
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).not.toMatch(DIRTY);
    expect(String(email?.text ?? "")).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u202A-\u202E\u2066-\u2069]/);
  });
});
