/**
 * The cron's tidy-up for accounts: links and sessions that can never work again are deleted a
 * day after they stopped working (the day keeps "that link has been used" kind for a while).
 */
import { and, isNotNull, lt, or } from "drizzle-orm";
import { operatorSessions, sessions, signInLinks } from "../db/schema";
import type { Ctx } from "../lib/context";

const KEEP_MS = 86_400_000;

export async function forgetSpentLinksAndSessions(
  ctx: Ctx,
): Promise<{ links: number; sessions: number; operatorSessions: number }> {
  const before = ctx.now - KEEP_MS;
  const [links, ended, operatorEnded] = await ctx.db.batch([
    ctx.db.delete(signInLinks).where(lt(signInLinks.expiresAt, before)).returning({ hash: signInLinks.hash }),
    ctx.db
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, before), and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, before))))
      .returning({ id: sessions.id }),
    ctx.db
      .delete(operatorSessions)
      .where(
        or(
          lt(operatorSessions.expiresAt, before),
          and(isNotNull(operatorSessions.revokedAt), lt(operatorSessions.revokedAt, before)),
        ),
      )
      .returning({ id: operatorSessions.id }),
  ]);
  return { links: links.length, sessions: ended.length, operatorSessions: operatorEnded.length };
}
