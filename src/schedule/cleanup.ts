/**
 * Deletes expired stories with every R2 object they stored. Objects go first and the row last,
 * so a failed delete leaves the row to be tried again next tick. Favourites are kept. A media job
 * still running at that moment could write one more object after the listing; an R2 lifecycle
 * rule on `stories/` is the backstop for that (README).
 */
/** Stories per page: one listing and one delete statement each (R2 is listed per story). */
export const CLEANUP_PAGE_SIZE = 50;
const PAGE = CLEANUP_PAGE_SIZE;

export async function deleteExpiredStories(env: Env, now: number, maxPages = 10): Promise<number> {
  let deleted = 0;
  for (let page = 0; page < maxPages; page++) {
    const { results } = await env.DB.prepare(
      "SELECT id FROM stories WHERE expires_at <= ?1 AND favorite = 0 ORDER BY expires_at LIMIT ?2",
    )
      .bind(now, PAGE)
      .all<{ id: string }>();
    if (results.length === 0) break;
    for (const { id } of results) {
      await deleteObjects(env, `stories/${id}/`);
    }
    // Assets go with their story (ON DELETE CASCADE). One statement for the page, the ids as one
    // JSON parameter: D1 counts every statement of a batch against the invocation's query budget
    // (1,000 on Workers Paid, 50 on Free) and allows 100 bound parameters per statement
    // (developers.cloudflare.com/d1/platform/limits/), so neither grows with the page.
    await env.DB.prepare("DELETE FROM stories WHERE id IN (SELECT value FROM json_each(?1))")
      .bind(JSON.stringify(results.map(({ id }) => id)))
      .run();
    deleted += results.length;
    if (results.length < PAGE) break;
  }
  return deleted;
}

/** Deletes every R2 object under `prefix`, a listing page (up to 1,000 keys) at a time. */
export async function deleteObjects(env: Env, prefix: string): Promise<void> {
  let cursor: string | undefined;
  do {
    const listed = await env.MEDIA.list({ prefix, cursor, limit: 1000 });
    if (listed.objects.length > 0) await env.MEDIA.delete(listed.objects.map((o) => o.key));
    cursor = listed.truncated ? listed.cursor : undefined;
  } while (cursor);
}

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** Objects looked at per tick: one R2 list call, one D1 read. */
const RECONCILE_LIMIT = 1000;

/**
 * Finds R2 objects whose story row is gone (a media job that finished after its story was deleted,
 * a crash between deleting objects and the row) and deletes them. Bounded: each tick lists up to
 * 1,000 keys under one first character of the story id, rotating through all 64 with the clock, so
 * a small bucket is fully checked every 64 ticks; a bucket with more than 1,000 objects under one
 * character gets a random window of it each time.
 */
export async function deleteOrphanObjects(env: Env, now: number): Promise<Record<string, number>> {
  const char = ID_ALPHABET[Math.floor(now / 300_000) % ID_ALPHABET.length];
  const prefix = `stories/${char}`;
  const window = Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => ID_ALPHABET[b % 64]).join("");
  const first = await env.MEDIA.list({ prefix, limit: RECONCILE_LIMIT });
  const listed = first.truncated
    ? await env.MEDIA.list({ prefix, startAfter: prefix + window, limit: RECONCILE_LIMIT })
    : first;
  const byStory = new Map<string, string[]>();
  for (const object of listed.objects) {
    const storyId = object.key.split("/")[1] ?? "";
    byStory.set(storyId, [...(byStory.get(storyId) ?? []), object.key]);
  }
  if (byStory.size === 0) return { checked: 0, orphans: 0 };
  const { results } = await env.DB.prepare("SELECT id FROM stories WHERE id IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify([...byStory.keys()]))
    .all<{ id: string }>();
  const alive = new Set(results.map((r) => r.id));
  const orphans = [...byStory].filter(([id]) => !alive.has(id)).flatMap(([, keys]) => keys);
  if (orphans.length > 0) await env.MEDIA.delete(orphans);
  return { checked: listed.objects.length, orphans: orphans.length };
}
