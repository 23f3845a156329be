/**
 * Random ids from WebCrypto, base64url. Story ids carry 144 bits: the link is the key.
 * @example
 * randomId()          // "q3J0…" (24 chars)
 * randomId("ch", 9)   // "ch_Xk2…"
 */
export function randomId(prefix?: string, bytes = 18): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  const id = btoa(String.fromCharCode(...raw))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
  return prefix ? `${prefix}_${id}` : id;
}

/** Story ids as minted by randomId(): 24 base64url characters. Checked before any lookup. */
export const STORY_ID = /^[A-Za-z0-9_-]{24}$/;
