/**
 * The operator's console session: signed in by pasting ADMIN_TOKEN, never by email. It works like
 * a family's (lib/session.ts) — a random token in a signed, HttpOnly, Secure cookie, its SHA-256
 * in D1, revocable, capped lifetime, no renewal — but lives in its own table under its own
 * cookie, scoped to /operator, so neither kind of session can open the other's pages. A session
 * also remembers which ADMIN_TOKEN opened it: rotating the token (or unsetting it) ends them all.
 */
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import { timingSafeEqual } from "hono/utils/buffer";
import { operatorSessions } from "../db/schema";
import type { Config } from "./config";
import { deviceLabel } from "./session";
import { adminTokenTag } from "./signing";
import { newToken, TOKEN, tokenHash } from "./tokens";
import type { AppEnv } from "./types";

export const OPERATOR_COOKIE = "nl_operator";
/** A console session lives at most this long: an operator signs in again each working day. */
export const OPERATOR_SESSION_MS = 12 * 3_600_000;
/** The cookie is only ever sent to the console. */
const COOKIE_PATH = "/operator";

export interface OperatorSession {
  id: string;
  expiresAt: number;
}

/**
 * Whether `token` is ADMIN_TOKEN, in constant time. An unset ADMIN_TOKEN matches nothing, so it
 * locks the API and the console rather than opening them. The JSON API and the console both ask here.
 * @example
 * if (await isAdminToken(ctx.config, typed)) await startOperatorSession(c);
 */
export async function isAdminToken(config: Pick<Config, "adminToken">, token: string): Promise<boolean> {
  const expected = config.adminToken;
  return expected !== "" && token !== "" && (await timingSafeEqual(expected, token));
}

/**
 * The rate-limit key (API_AUTH_LIMITER) for wrong ADMIN_TOKENs from one IP: the JSON API's bearer
 * check and the console's sign-in form share it, so guessing through both is one budget.
 */
export function adminTokenKey(ip: string): string {
  return `bearer:${ip}`;
}

/** Why the console can't be used on this deployment, or undefined when it can. */
export function consoleDisabled(config: Pick<Config, "adminToken" | "sessionSecret">): string | undefined {
  if (!config.adminToken) return "ADMIN_TOKEN is not set";
  if (!config.sessionSecret) return "SESSION_SECRET is not set";
  return undefined;
}

/**
 * Records a new console session and sets its cookie (the caller checked the token).
 * @example
 * await startOperatorSession(c);
 */
export async function startOperatorSession(c: Context<AppEnv>): Promise<void> {
  const { config, db: d, now } = c.var.ctx;
  const token = newToken();
  const expiresAt = now + OPERATOR_SESSION_MS;
  await d.insert(operatorSessions).values({
    id: await tokenHash(token),
    adminTokenHash: await adminTokenTag(config.adminToken, config.sessionSecret),
    createdAt: now,
    expiresAt,
    userAgent: deviceLabel(c.req.header("User-Agent")),
  });
  await setSignedCookie(c, OPERATOR_COOKIE, token, config.sessionSecret, {
    httpOnly: true,
    secure: true,
    // The console is opened by typing its address, never from a link on another site.
    sameSite: "Strict",
    path: COOKIE_PATH,
    expires: new Date(expiresAt),
  });
}

/** Ends this browser's console session on the server and drops its cookie. */
export async function endOperatorSession(c: Context<AppEnv>): Promise<void> {
  const id = await cookieSessionId(c);
  if (id) {
    await c.var.ctx.db.update(operatorSessions).set({ revokedAt: c.var.ctx.now }).where(eq(operatorSessions.id, id));
  }
  deleteCookie(c, OPERATOR_COOKIE, { path: COOKIE_PATH, secure: true });
}

/**
 * The console session, or undefined when there is none, it was tampered with, expired, revoked,
 * or opened with an ADMIN_TOKEN that is no longer the current one.
 */
export async function readOperatorSession(c: Context<AppEnv>): Promise<OperatorSession | undefined> {
  const { config, db: d, now } = c.var.ctx;
  if (consoleDisabled(config)) return undefined;
  const id = await cookieSessionId(c);
  if (!id) return undefined;
  const row = await d.query.operatorSessions.findFirst({
    where: and(
      eq(operatorSessions.id, id),
      eq(operatorSessions.adminTokenHash, await adminTokenTag(config.adminToken, config.sessionSecret)),
      isNull(operatorSessions.revokedAt),
      gt(operatorSessions.expiresAt, now),
    ),
  });
  return row ? { id: row.id, expiresAt: row.expiresAt } : undefined;
}

async function cookieSessionId(c: Context<AppEnv>): Promise<string | undefined> {
  const key = c.var.ctx.config.sessionSecret;
  if (!key) return undefined;
  const token = await getSignedCookie(c, key, OPERATOR_COOKIE);
  return typeof token === "string" && TOKEN.test(token) ? tokenHash(token) : undefined;
}

/**
 * Console pages: without a console session (a family's session is not one) they send the
 * browser to the console's sign-in form.
 * @example
 * operator.use("/operator/*", requireOperator());
 */
export function requireOperator(): MiddlewareHandler<AppEnv> {
  return async function operatorSignedIn(c, next) {
    const session = await readOperatorSession(c);
    if (!session) return c.redirect("/operator", 303);
    c.set("operator", session);
    await next();
  };
}
