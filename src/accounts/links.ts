/**
 * One-time sign-in links: `/sign-in/link?token=<43 chars>`. Only the token's SHA-256 is stored;
 * a link works once (redeeming is one conditional UPDATE, so two clicks at once cannot both win)
 * and only until it expires.
 */
import { and, eq, gt, isNull } from "drizzle-orm";
import { type LinkPurpose, type SignInLink, signInLinks } from "../db/schema";
import type { Ctx } from "../lib/context";
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

/**
 * Stores a new link and emails it. In local development (config.dev) the link is also logged as
 * a JSON line (`"event":"sign_in.link"`), so `npm run dev` needs no mailbox.
 * @example
 * await sendLink(ctx, { email: "parent@example.com", purpose: "sign-in" });
 */
export async function sendLink(ctx: Ctx, request: LinkRequest): Promise<void> {
  const { config, now } = ctx;
  const token = newToken();
  const expiresAt = now + LINK_MS[request.purpose];
  await ctx.db.insert(signInLinks).values({
    hash: await tokenHash(token),
    email: request.email,
    householdId: request.householdId ?? null,
    purpose: request.purpose,
    createdAt: now,
    expiresAt,
  });
  const back = request.next && request.next !== "/" ? `&next=${encodeURIComponent(request.next)}` : "";
  const url = `${config.publicBaseUrl}/sign-in/link?token=${token}${back}`;
  if (config.dev) log("info", "sign_in.link", { email: request.email, purpose: request.purpose, url });
  const message = signInEmail({
    purpose: request.purpose,
    householdName: request.householdName,
    invitedBy: request.invitedBy,
    url,
    expiresInMs: expiresAt - now,
  });
  await ctx.env.EMAIL.send({ from: { name: "Nightlight", email: config.emailFrom }, to: request.email, ...message });
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
