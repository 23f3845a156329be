/**
 * Deletes expired stories with every R2 object they stored. Objects go first and the row last,
 * so a failed delete leaves the row to be tried again next tick. Favourites are kept. A media job
 * still running at that moment could write one more object after the listing; an R2 lifecycle
 * rule on `stories/` is the backstop for that (README).
 */
/** Stories per page: one listing and one delete batch each. */
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
    // Assets go with their story (ON DELETE CASCADE).
    await env.DB.batch(results.map(({ id }) => env.DB.prepare("DELETE FROM stories WHERE id = ?1").bind(id)));
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
