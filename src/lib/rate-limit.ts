/**
 * Cloudflare's Rate Limiting binding (wrangler.toml `[[ratelimits]]`), per key. Counters are per
 * Cloudflare location and approximate: a brake on abuse, not an exact quota.
 */
import type { Context } from "hono";
import { AppError } from "./errors";
import type { AppEnv } from "./types";

/**
 * Throws a 429 once `key` has used its allowance on `limiter`. An absent binding (a test or a
 * deployment without it) lets everything through rather than locking families out.
 * @example
 * await limit(c.env.SIGN_IN_EMAIL_LIMITER, `request:${email}`);
 */
export async function limit(limiter: RateLimit | undefined, key: string): Promise<void> {
  if (!limiter) return;
  const { success } = await limiter.limit({ key });
  if (!success) throw new AppError(429, "Too many tries. Please wait a minute and try again.");
}

/** The caller's IP as Cloudflare saw it ("unknown" in tests and tools that don't send it). */
export function clientIp(c: Context<AppEnv>): string {
  return c.req.header("CF-Connecting-IP") ?? "unknown";
}
