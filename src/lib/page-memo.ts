/**
 * Finished story pages, rendered once per isolate and kept for a minute, so a family reopening
 * tonight's story (or a hundred relatives opening it) costs no D1 round trip or rendering.
 * Only pages that can no longer change are kept: a ready story seen signed out. The CSP nonce
 * differs per response, so pages are stored with a placeholder and the fresh nonce goes in on
 * the way out.
 */
let slot: string | undefined;
/**
 * The placeholder stored where the nonce goes: random per isolate (made on first use, as Workers
 * allow no randomness at start-up), so no story text can contain it.
 */
export function nonceSlot(): string {
  slot ??= `nonce-slot-${crypto.randomUUID()}`;
  return slot;
}

const TTL_MS = 60_000;
const MAX_PAGES = 500;

interface Memo {
  html: string;
  /** Served until then; a story expiring sooner is answered 410 from the memo too. */
  until: number;
  storyExpiresAt: number;
  favorite: boolean;
}

const pages = new Map<string, Memo>();

export function recallPage(key: string, now: number): Memo | undefined {
  const memo = pages.get(key);
  if (memo && memo.until > now) return memo;
  pages.delete(key);
  return undefined;
}

export function keepPage(key: string, memo: Omit<Memo, "until">, now: number): void {
  // Oldest first out: Maps iterate in insertion order.
  if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value as string);
  pages.set(key, { ...memo, until: now + TTL_MS });
}

export function forgetPages(storyId: string): void {
  for (const key of pages.keys()) if (key.startsWith(storyId)) pages.delete(key);
}

export function withNonce(html: string, nonce: string | undefined): string {
  return html.replaceAll(nonceSlot(), nonce ?? "");
}
