/**
 * Random ids from WebCrypto, base64url. Story ids carry 144 bits: the link is the key.
 * @example
 * randomId()          // "q3J0…" (24 chars)
 * randomId("ch", 9)   // "ch_Xk2…"
 */
export function randomId(prefix?: string, bytes = 18): string {
  const id = base64url(crypto.getRandomValues(new Uint8Array(bytes)));
  return prefix ? `${prefix}_${id}` : id;
}

/**
 * Bytes as base64url without padding (RFC 4648 §5): safe in paths, query strings and cookies.
 * @example
 * base64url(new Uint8Array([251, 255])) // "-_8"
 */
export function base64url(bytes: ArrayBuffer | Uint8Array): string {
  let binary = "";
  for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** Story ids as minted by randomId(): 24 base64url characters. Checked before any lookup. */
export const STORY_ID = /^[A-Za-z0-9_-]{24}$/;
