/**
 * Signed-in parents: a signed, HttpOnly, Secure, SameSite=Lax cookie holding an expiry and the
 * household being looked after. Signed with a key derived from ADMIN_TOKEN, so changing the
 * passphrase signs everyone out.
 */
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { AppEnv } from "../lib/types";

export const SESSION_COOKIE = "nl_session";
export const SESSION_MS = 30 * 86_400_000;

export interface Session {
  /** The household the parent is looking after (an operator can switch). */
  householdId: string;
  expiresAt: number;
}

function secret(c: Context<AppEnv>): string {
  const token = c.var.ctx.config.adminToken;
  if (!token) throw new Error("ADMIN_TOKEN is not set: signing in is disabled");
  return `nightlight-session:${token}`;
}

export async function startSession(c: Context<AppEnv>, householdId: string, now = Date.now()): Promise<void> {
  const expiresAt = now + SESSION_MS;
  await setSignedCookie(c, SESSION_COOKIE, `${expiresAt}.${householdId}`, secret(c), {
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
    path: "/",
    expires: new Date(expiresAt),
  });
}

export function endSession(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true });
}

/** The current session, or undefined when signed out, tampered with or expired. */
export async function readSession(c: Context<AppEnv>, now = Date.now()): Promise<Session | undefined> {
  if (!c.var.ctx.config.adminToken) return undefined;
  const value = await getSignedCookie(c, secret(c), SESSION_COOKIE);
  const match = typeof value === "string" ? /^(\d+)\.([A-Za-z0-9_-]{1,64})$/.exec(value) : null;
  if (!match) return undefined;
  const expiresAt = Number(match[1]);
  return expiresAt > now ? { expiresAt, householdId: match[2] as string } : undefined;
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
