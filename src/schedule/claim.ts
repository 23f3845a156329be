/**
 * Claiming tonight's stories: find the households whose bedtime has come, and insert one pending
 * nightly story each. The unique (household, local date) index for nightly stories makes this
 * idempotent by construction: racing ticks (or a tick and an on-demand request) insert one row.
 *
 * Households carry `next_bedtime_at`, the UTC instant of their next unhandled bedtime, indexed,
 * so a tick reads only due rows, a page at a time: one read and one two-statement batch per page
 * of 1,000 (no N+1).
 */
import { claimNightlyStories } from "../jobs/state";
import { randomId } from "../lib/ids";
import { log } from "../lib/log";
import { nextBedtime } from "../lib/time";

/** How late a bedtime may still be honoured (after a cron outage, or a bedtime just moved). */
export const CATCH_UP_MS = 2 * 3_600_000;
/**
 * Households per page. D1 allows 100 bound parameters and 100,000 bytes of SQL per statement, and
 * 2 MB per string value (developers.cloudflare.com/d1/platform/limits/): each statement here binds
 * at most 3 — the page's claims and advances travel as one JSON string (~70 KB for 1,000) — so the
 * page size is bounded by the string limit, far above this. test/scheduled-flood-integration
 * checks it with 2,000 households due at once.
 */
export const CLAIM_PAGE_SIZE = 1000;

interface DueRow {
  id: string;
  timezone: string;
  bedtime: string;
  next_bedtime_at: number;
}

export interface Claimed {
  id: string;
  householdId: string;
}

/**
 * Claims every household due at `now`. Each processed household's `next_bedtime_at` moves past
 * `now`, so the loop always ends and the next page query starts where this one stopped.
 * @example
 * const claimed = await claimDueStories(env, Date.parse("2026-11-21T19:35:00Z"), 48 * 3_600_000);
 */
export async function claimDueStories(env: Env, now: number, ttlMs: number): Promise<Claimed[]> {
  const claimed: Claimed[] = [];
  for (;;) {
    const { results } = await env.DB.prepare(
      "SELECT id, timezone, bedtime, next_bedtime_at FROM households WHERE next_bedtime_at <= ?1 ORDER BY next_bedtime_at LIMIT ?2",
    )
      .bind(now, CLAIM_PAGE_SIZE)
      .all<DueRow>();
    if (results.length === 0) break;

    const toClaim: { id: string; h: string; date: string }[] = [];
    const advance: { h: string; n: number }[] = [];
    for (const row of results) {
      try {
        // The first bedtime not yet handled, but no older than the catch-up window.
        const due = nextBedtime(row.timezone, row.bedtime, Math.max(row.next_bedtime_at, now - CATCH_UP_MS));
        if (due.at <= now) {
          toClaim.push({ id: randomId(), h: row.id, date: due.localDate });
          advance.push({ h: row.id, n: nextBedtime(row.timezone, row.bedtime, due.at + 1).at });
        } else {
          advance.push({ h: row.id, n: due.at });
        }
      } catch (error) {
        // A bad zone or bedtime must not stall every other family: look again tomorrow.
        log("error", "schedule.bad_household", { householdId: row.id, error: String(error) });
        advance.push({ h: row.id, n: now + 24 * 3_600_000 });
      }
    }

    const [inserted] = await env.DB.batch<{ id: string; household_id: string }>([
      claimNightlyStories(env, JSON.stringify(toClaim), now, now + ttlMs),
      env.DB.prepare(
        `UPDATE households SET next_bedtime_at = json_extract(j.value, '$.n')
         FROM json_each(?1) AS j WHERE households.id = json_extract(j.value, '$.h')`,
      ).bind(JSON.stringify(advance)),
    ]);
    for (const row of inserted?.results ?? []) claimed.push({ id: row.id, householdId: row.household_id });
    if (results.length < CLAIM_PAGE_SIZE) break;
  }
  return claimed;
}
