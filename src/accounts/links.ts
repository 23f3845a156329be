/**
 * One-time sign-in links: `/sign-in/link?token=<43 chars>`. Only the token's SHA-256 is stored;
 * a link works once (redeeming is one conditional UPDATE, so two clicks at once cannot both win)
 * and only until it expires.
 */
import { and, eq, gt, isNull, type SQL, sql } from "drizzle-orm";
import { type LinkPurpose, type SignInLink, signInLinks } from "../db/schema";
import type { Ctx } from "../lib/context";
import { AppError } from "../lib/errors";
import { log } from "../lib/log";
import { newToken, TOKEN, tokenHash } from "../lib/tokens";
import { signInEmail } from "./email";

/** A sign-in (or sign-up) link works for 15 minutes; an invitation waits a week for its reader. */
export const LINK_MS: Record<LinkPurpose, number> = {
  "sign-in": 15 * 60_000,
  "sign-up": 15 * 60_000,
  invite: 7 * 86_400_000,
};

export type LinkProblem = "unknown" | "used" | "expired";

export interface LinkRequest {
  email: string;
  purpose: LinkPurpose;
  /** The household the link signs in to (an invitation's, or a sign-in's when there is one). */
  householdId?: string;
  /** Named in an invitation email: "The Otters", and who asked. */
  householdName?: string;
  invitedBy?: string;
  /** Where the link lands once used (a same-site path; "/" when left out). */
  next?: string;
}

/** Invitations a family may send in a day (per household, counted in D1 as the link is stored). */
export const INVITES_PER_DAY = 10;
const DAY = 86_400_000;

/**
 * Stores a new link and emails it. In local development (config.dev) the link is also logged as
 * a JSON line (`"event":"sign_in.link"`), so `npm run dev` needs no mailbox. An invitation past
 * the family's INVITES_PER_DAY is refused (429) before anything is stored or sent.
 * @example
 * await sendLink(ctx, { email: "parent@example.com", purpose: "sign-in" });
 */
export async function sendLink(ctx: Ctx, request: LinkRequest): Promise<void> {
  const link = await prepareLink(ctx, request);
  const stored = await ctx.db.run(storeStatement(ctx, request, link.hash));
  if (stored.meta.changes === 0) {
    throw new AppError(429, `A family can send ${INVITES_PER_DAY} invitations a day. Please try again tomorrow.`);
  }
  await deliver(ctx, request, link);
}

interface PreparedLink {
  hash: string;
  url: string;
  expiresAt: number;
  message: ReturnType<typeof signInEmail>;
}

/** The token, its hash, the URL and the rendered email: the same work whoever the address is. */
async function prepareLink(ctx: Ctx, request: LinkRequest): Promise<PreparedLink> {
  const { config, now } = ctx;
  const token = newToken();
  const expiresAt = now + LINK_MS[request.purpose];
  const back = request.next && request.next !== "/" ? `&next=${encodeURIComponent(request.next)}` : "";
  const url = `${config.publicBaseUrl}/sign-in/link?token=${token}${back}`;
  const message = signInEmail({
    purpose: request.purpose,
    householdName: request.householdName,
    invitedBy: request.invitedBy,
    url,
    expiresInMs: expiresAt - now,
  });
  return { hash: await tokenHash(token), url, expiresAt, message };
}

/**
 * The INSERT of a link row. An invitation is inserted only while its family is under the day's
 * budget (one statement, so two at once can't both slip past); `onlyIf` adds a condition of the
 * caller's (a sign-in link only for an address that has a family).
 */
function storeStatement(ctx: Ctx, request: LinkRequest, hash: string, onlyIf?: SQL) {
  const { now } = ctx;
  const householdId = request.householdId ?? null;
  const budget =
    request.purpose === "invite"
      ? sql`(SELECT count(*) FROM sign_in_links WHERE household_id = ${householdId} AND purpose = 'invite' AND created_at > ${now - DAY}) < ${INVITES_PER_DAY}`
      : sql`1`;
  return sql`INSERT INTO sign_in_links (hash, email, household_id, purpose, created_at, expires_at)
    SELECT ${hash}, ${request.email}, ${householdId}, ${request.purpose}, ${now}, ${now + LINK_MS[request.purpose]}
    WHERE ${budget} AND ${onlyIf ?? sql`1`}`;
}

async function deliver(ctx: Ctx, request: LinkRequest, link: PreparedLink): Promise<void> {
  const { config } = ctx;
  if (config.dev) log("info", "sign_in.link", { email: request.email, purpose: request.purpose, url: link.url });
  await ctx.env.EMAIL.send({
    from: { name: "Nightlight", email: config.emailFrom },
    to: request.email,
    ...link.message,
  });
}

/**
 * What `POST /sign-in` does after its response: a sign-in link for an address with a family, a
 * sign-up link for any other when anyone may start one (SIGNUP=open), else nothing. Known and
 * unknown addresses take the same path — one read, a token, its hash, the email rendered, one
 * conditional INSERT — and differ only in whether the INSERT stored a row and the email goes
 * out, so the time it takes says nothing about the address.
 * @example
 * c.executionCtx.waitUntil(requestSignInLink(ctx, email, "/"));
 */
export async function requestSignInLink(ctx: Ctx, email: string, next: string): Promise<"sent" | "unknown"> {
  const request: LinkRequest = { email, purpose: "sign-in", next };
  const member = sql`EXISTS (SELECT 1 FROM members WHERE email = ${email})`;
  // SIGNUP=open: an address without a family gets a sign-up link instead (decided by the same statement).
  const signUp = ctx.config.signup === "open";
  const [signInLink, signUpLink] = await Promise.all([
    prepareLink(ctx, request),
    prepareLink(ctx, { ...request, purpose: "sign-up" }),
  ]);
  // Both statements run for every address; which of them stores a row is up to D1.
  const inserted = await ctx.db.run(storeStatement(ctx, request, signInLink.hash, member));
  await ctx.db.run(
    storeStatement(ctx, { ...request, purpose: "sign-up" }, signUpLink.hash, signUp ? sql`NOT ${member}` : sql`0`),
  );
  if (inserted.meta.changes > 0) {
    await deliver(ctx, request, signInLink);
    return "sent";
  }
  if (signUp) {
    await deliver(ctx, { ...request, purpose: "sign-up" }, signUpLink);
    return "sent";
  }
  log("info", "sign_in.unknown_email", {});
  return "unknown";
}

/**
 * What a link is, without using it up (the page before the button), or why it can't be used.
 * A malformed token is "unknown" before any query.
 */
export async function peekLink(ctx: Ctx, token: string): Promise<SignInLink | LinkProblem> {
  if (!TOKEN.test(token)) return "unknown";
  const link = await ctx.db.query.signInLinks.findFirst({ where: eq(signInLinks.hash, await tokenHash(token)) });
  if (!link) return "unknown";
  if (link.usedAt !== null) return "used";
  if (link.expiresAt <= ctx.now) return "expired";
  return link;
}

/** Uses the link up and returns it, or says why it can't be used. Exactly one caller ever wins. */
export async function redeemLink(ctx: Ctx, token: string): Promise<SignInLink | LinkProblem> {
  if (!TOKEN.test(token)) return "unknown";
  const hash = await tokenHash(token);
  const [link] = await ctx.db
    .update(signInLinks)
    .set({ usedAt: ctx.now })
    .where(and(eq(signInLinks.hash, hash), isNull(signInLinks.usedAt), gt(signInLinks.expiresAt, ctx.now)))
    .returning();
  if (link) return link;
  // Lost the race, or was never good: peek says which, for the page.
  const problem = await peekLink(ctx, token);
  return typeof problem === "string" ? problem : "used";
}
