/**
 * Signed-in parents. The browser holds a random token in a signed, HttpOnly, Secure, SameSite=Lax
 * cookie (HMAC with SESSION_SECRET); D1 holds the session under the token's SHA-256 with its own
 * expiry, so signing out really ends it, a copied cookie stops working, and the cookie's own
 * expiry is only a hint to the browser. Every read re-checks membership, so a removed member is
 * out at their next click.
 */
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import { type MemberRole, members, sessions } from "../db/schema";
import { newToken, TOKEN, tokenHash } from "./tokens";
import type { AppEnv } from "./types";

export const SESSION_COOKIE = "nl_session";
/** A session lives at most this long from sign-in; no renewal, so a stolen one dies on time. */
export const SESSION_MS = 30 * 86_400_000;

export interface Session {
  /** The session row's id (the token's hash). */
  id: string;
  /** Who is signed in. */
  email: string;
  /** The household the pages are about: always one the person is a member of. */
  householdId: string;
  /** Their role in that household (what it allows: src/accounts/roles.ts). */
  role: MemberRole;
  expiresAt: number;
}

function secret(c: Context<AppEnv>): string {
  const key = c.var.ctx.config.sessionSecret;
  if (!key) throw new Error("SESSION_SECRET is not set: signing in is disabled");
  return key;
}

/**
 * Records a new session for `email` looking after `householdId` and sets its cookie.
 * @example
 * await startSession(c, "parent@example.com", household.id);
 */
export async function startSession(c: Context<AppEnv>, email: string, householdId: string): Promise<void> {
  const now = c.var.ctx.now;
  const token = newToken();
  const expiresAt = now + SESSION_MS;
  await c.var.ctx.db.insert(sessions).values({
    id: await tokenHash(token),
    email,
    householdId,
    createdAt: now,
    expiresAt,
    userAgent: deviceLabel(c.req.header("User-Agent")),
  });
  await setSignedCookie(c, SESSION_COOKIE, token, secret(c), {
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
    path: "/",
    expires: new Date(expiresAt),
  });
}

/** Ends this browser's session on the server and drops its cookie. */
export async function endSession(c: Context<AppEnv>): Promise<void> {
  await revokeBrowserSession(c);
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true });
}

/**
 * Revokes the session this browser's cookie names, if any, keeping the cookie (a new session's
 * cookie is about to replace it when someone signs in over an old session).
 */
export async function revokeBrowserSession(c: Context<AppEnv>): Promise<void> {
  const id = await cookieSessionId(c);
  if (id) await c.var.ctx.db.update(sessions).set({ revokedAt: c.var.ctx.now }).where(eq(sessions.id, id));
}

/**
 * The current session, or undefined when signed out, tampered with, expired, revoked, or when
 * the person belongs to no household any more. If they were removed from the household they were
 * looking at, the session moves to another of theirs.
 */
export async function readSession(c: Context<AppEnv>): Promise<Session | undefined> {
  const id = await cookieSessionId(c);
  if (!id) return undefined;
  const { db: d, now } = c.var.ctx;
  const row = await d.query.sessions.findFirst({
    where: and(eq(sessions.id, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)),
  });
  if (!row) return undefined;
  const mine = await d
    .select({ householdId: members.householdId, role: members.role })
    .from(members)
    .where(eq(members.email, row.email))
    .orderBy(asc(members.createdAt));
  const member = mine.find((m) => m.householdId === row.householdId) ?? mine[0];
  if (!member) return undefined;
  const { householdId, role } = member;
  if (householdId !== row.householdId) await d.update(sessions).set({ householdId }).where(eq(sessions.id, id));
  return { id, email: row.email, householdId, role, expiresAt: row.expiresAt };
}

/** Points this browser's session at another household (the caller checked membership). */
export async function switchHousehold(c: Context<AppEnv>, householdId: string): Promise<void> {
  await c.var.ctx.db
    .update(sessions)
    .set({ householdId })
    .where(eq(sessions.id, currentSession(c).id));
}

/** The session row id the cookie names (not yet checked against D1), or undefined. */
async function cookieSessionId(c: Context<AppEnv>): Promise<string | undefined> {
  const key = c.var.ctx.config.sessionSecret;
  if (!key) return undefined;
  const token = await getSignedCookie(c, key, SESSION_COOKIE);
  return typeof token === "string" && TOKEN.test(token) ? tokenHash(token) : undefined;
}

/**
 * Pages behind sign-in: redirects to /sign-in (remembering where to come back) when signed out,
 * and puts the session on the context.
 * @example
 * settings.use("*", requireSession());
 */
export function requireSession(): MiddlewareHandler<AppEnv> {
  return async function signedIn(c, next) {
    const session = await readSession(c);
    if (!session) {
      const back = c.req.method === "GET" ? c.req.path : "/";
      return c.redirect(`/sign-in?next=${encodeURIComponent(back)}`, 303);
    }
    c.set("session", session);
    await next();
  };
}

/**
 * The session requireSession() put on the context, for handlers behind it. Throws (a wiring
 * mistake, so a 500) when the route was mounted without the guard.
 * @example
 * const { householdId } = currentSession(c);
 */
export function currentSession(c: Context<AppEnv>): Session {
  const session = c.get("session");
  if (!session) throw new Error(`${c.req.path} reached without requireSession()`);
  return session;
}

/** Only same-site paths, so /sign-in?next= cannot send a parent elsewhere. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) ? next : "/";
}

/**
 * "Firefox on Android": enough for a parent to recognise a device in Settings, nothing more
 * (the raw User-Agent is neither stored nor shown).
 */
export function deviceLabel(userAgent: string | undefined): string {
  const ua = userAgent ?? "";
  const browser = BROWSERS.find(([pattern]) => pattern.test(ua))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? "A browser";
}

/** Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari". */
const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/OPR\//, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrome\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];
