/**
 * Signed, expiring links to media in R2: `/media/<key>?exp=<unix seconds>&sig=<base64url>`.
 *
 * The pattern is Cloudflare's "Sign requests" example
 * (https://developers.cloudflare.com/workers/examples/signing-requests/): HMAC-SHA256 over the
 * URL path and its expiry with the WebCrypto API, checked with `crypto.subtle.verify` (which
 * compares in constant time) and answered with a 403 when anything is off. The link is the
 * capability — whoever holds it may fetch that one object until it expires, nothing else.
 */
import { AppError } from "./errors";
import { base64url } from "./ids";
import { log } from "./log";

const PREFIX = "/media/";
const MAX_KEY_LENGTH = 512;
/** HMAC-SHA256 is 32 bytes = 43 base64url characters without padding. */
const SIG_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** Unix seconds; 11 digits reaches the year 5138, which is plenty and keeps the number exact. */
const EXP_PATTERN = /^\d{1,11}$/;
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

const encoder = new TextEncoder();

// Importing a key is comparatively slow and the secret never changes while an isolate lives, so
// keep one CryptoKey per secret (a Worker has one, two while a secret is being rotated).
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(secret, key);
  }
  return key;
}

/**
 * An R2 key we are willing to serve: `stories/<id>/<file>` (deeper is fine), no empty, "." or ".."
 * segments, no backslashes or control characters. Keys come from our own code when signing, but
 * from the URL when verifying, so this is checked both ways.
 */
function isMediaKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  if (!key.startsWith("stories/") || key.includes("..") || key.includes("\\") || CONTROL_CHARS.test(key)) return false;
  const segments = key.split("/");
  return segments.length >= 3 && segments.every((s) => s !== "" && s !== ".");
}

/** The canonical pathname for a key: each segment percent-encoded, the slashes kept. */
function mediaPathname(key: string): string {
  return PREFIX + key.split("/").map(encodeURIComponent).join("/");
}

/** The key a pathname names, or undefined when it is not a well-formed media path. */
function keyFromPathname(pathname: string): string | undefined {
  if (!pathname.startsWith(PREFIX)) return undefined;
  let key: string;
  try {
    key = pathname.slice(PREFIX.length).split("/").map(decodeURIComponent).join("/");
  } catch {
    return undefined; // malformed percent-encoding
  }
  // Only the exact spelling we sign is accepted, so "%2F", "%2e%2e" and friends can't smuggle a
  // different key past the checks (the signature would fail too; this says why earlier).
  return isMediaKey(key) && mediaPathname(key) === pathname ? key : undefined;
}

function message(pathname: string, exp: string): Uint8Array {
  return encoder.encode(`${pathname}:${exp}`);
}

/** Only called on strings that matched SIG_PATTERN, so atob cannot throw. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The single value of a query parameter; repeated parameters are refused, not guessed at. */
function single(url: URL, name: string): string | undefined {
  const values = url.searchParams.getAll(name);
  return values.length === 1 ? values[0] : undefined;
}

/**
 * "/media/<key>?exp=<unix seconds>&sig=<base64url>" for an R2 key such as "stories/<id>/scene-0.svg".
 * The expiry is rounded down to the second, so a link never outlives `expiresAt`. Throws (a bug,
 * not a request error) for an empty secret, a key outside `stories/` or a nonsense expiry.
 * @example
 * const src = await signMediaPath(asset.r2Key, story.expiresAt, env.MEDIA_SIGNING_KEY);
 */
export async function signMediaPath(key: string, expiresAt: number, secret: string): Promise<string> {
  if (!secret)
    throw new Error("MEDIA_SIGNING_KEY is empty: set it (wrangler secret put / .dev.vars) before signing media links");
  if (!isMediaKey(key))
    throw new Error(`Refusing to sign media key ${JSON.stringify(key)}: keys look like "stories/<id>/<file>"`);
  if (!Number.isFinite(expiresAt) || expiresAt < 1000) throw new Error(`Invalid media link expiry: ${expiresAt}`);
  const pathname = mediaPathname(key);
  const exp = String(Math.floor(expiresAt / 1000));
  const sig = await crypto.subtle.sign("HMAC", await hmacKey(secret), message(pathname, exp));
  return `${pathname}?exp=${exp}&sig=${base64url(sig)}`;
}

/**
 * A signed /media link, or undefined (logged) when it cannot be signed — an unset
 * MEDIA_SIGNING_KEY or a malformed key should cost a picture or an episode, not the whole page.
 * @example
 * const src = await signedMediaOrNone(asset.r2Key, story.expiresAt, config.mediaSigningKey);
 */
export async function signedMediaOrNone(key: string, expiresAt: number, secret: string): Promise<string | undefined> {
  try {
    return await signMediaPath(key, expiresAt, secret);
  } catch (error) {
    log("error", "media.sign_failed", { key, error: String(error) });
    return undefined;
  }
}

/**
 * Checks a /media request; returns the R2 key, or throws AppError(403) for missing/tampered/other-key
 * signatures and AppError(410, "This link has expired") after expiry. Pure: the time is passed in.
 * The signature is checked before the expiry, so only genuine links are ever told they expired.
 * @example
 * const key = await verifyMediaRequest(new URL(c.req.url), c.env.MEDIA_SIGNING_KEY, Date.now());
 */
export async function verifyMediaRequest(url: URL, secret: string, now: number): Promise<string> {
  const denied = new AppError(403, "This link is not valid");
  // An unset secret must not turn into "anyone with an HMAC of the empty key gets in".
  if (!secret) throw denied;
  const key = keyFromPathname(url.pathname);
  const exp = single(url, "exp");
  const sig = single(url, "sig");
  if (key === undefined || exp === undefined || sig === undefined) throw denied;
  if (!EXP_PATTERN.test(exp) || !SIG_PATTERN.test(sig)) throw denied;

  // 43 base64url characters carry 258 bits for 256: the last character's 2 spare bits would let
  // 4 spellings of one signature through. Only the canonical spelling is accepted.
  const sigBytes = fromBase64Url(sig);
  if (base64url(sigBytes) !== sig) throw denied;
  const valid = await crypto.subtle.verify("HMAC", await hmacKey(secret), sigBytes, message(url.pathname, exp));
  if (!valid) throw denied;
  if (now >= Number(exp) * 1000) throw new AppError(410, "This link has expired");
  return key;
}

// ---------------------------------------------------------------------------------------------
// One-click unsubscribe (RFC 8058): `/unsubscribe/<householdId>/<token>`

/** Domain separation: an unsubscribe token is never also a valid session or media signature. */
/** Keeps console-session tags apart from every other HMAC under the same secret. */
const ADMIN_CONTEXT = "nightlight:admin-token:";
const UNSUBSCRIBE_CONTEXT = "nightlight:unsubscribe:v1:";
const FEED_CONTEXT = "nightlight:feed:v1:";

/**
 * The token in a household's podcast feed link: an HMAC of its id and feed version under
 * SESSION_SECRET, so D1 needs to keep only its SHA-256 (a copy of the table opens no feed) while
 * Settings can still show the link. "Make a new link" bumps the version.
 * @example
 * const token = await feedToken("hh_abc", 1, config.sessionSecret);
 */
export async function feedToken(householdId: string, version: number, secret: string): Promise<string> {
  if (!secret) throw new Error("SESSION_SECRET is empty: podcast feed links can't be made");
  const sig = await crypto.subtle.sign(
    "HMAC",
    await hmacKey(secret),
    encoder.encode(`${FEED_CONTEXT}${householdId}:${version}`),
  );
  return base64url(sig);
}

/** What an unsubscribe token signs: version 1 is the id alone (links sent before versions). */
function unsubscribeMessage(householdId: string, version: number): Uint8Array {
  return encoder.encode(
    version === 1 ? UNSUBSCRIBE_CONTEXT + householdId : `${UNSUBSCRIBE_CONTEXT}${householdId}:${version}`,
  );
}

/**
 * The token in a household's unsubscribe link: HMAC-SHA256 of its id and the household's
 * unsubscribe version under SESSION_SECRET, base64url (43 characters), carrying the version in
 * front past version 1 (`2.<sig>`). It never expires (mail clients keep the header for as long
 * as the message); bumping the version (Settings) voids every link sent before, and rotating the
 * secret voids all of them. Throws for an empty secret (a bug: the caller checks first).
 * @example
 * const path = `/unsubscribe/${household.id}/${await unsubscribeToken(household.id, config.sessionSecret)}`;
 */
export async function unsubscribeToken(householdId: string, secret: string, version = 1): Promise<string> {
  if (!secret) throw new Error("SESSION_SECRET is empty: unsubscribe links can't be signed");
  const sig = base64url(
    await crypto.subtle.sign("HMAC", await hmacKey(secret), unsubscribeMessage(householdId, version)),
  );
  return version === 1 ? sig : `${version}.${sig}`;
}

/**
 * Checks an unsubscribe link's token in constant time (`crypto.subtle.verify`) and returns the
 * version it carries (the caller compares it with the household's); throws AppError(403) when it
 * is malformed, tampered with, or made for another household.
 * @example
 * const version = await verifyUnsubscribeToken(c.req.param("household"), c.req.param("token"), config.sessionSecret);
 */
export async function verifyUnsubscribeToken(householdId: string, token: string, secret: string): Promise<number> {
  const denied = new AppError(403, "This unsubscribe link is not valid");
  const [, prefix, sig = ""] = /^(?:([1-9]\d{0,8})\.)?(.*)$/.exec(token) ?? [];
  const version = prefix ? Number(prefix) : 1;
  // "1.<sig>" is not a spelling we make: one link, one spelling.
  if (!secret || (version === 1 && prefix !== undefined)) throw denied;
  if (!SIG_PATTERN.test(sig)) throw denied;
  const sigBytes = fromBase64Url(sig);
  if (base64url(sigBytes) !== sig) throw denied;
  const valid = await crypto.subtle.verify(
    "HMAC",
    await hmacKey(secret),
    sigBytes,
    unsubscribeMessage(householdId, version),
  );
  if (!valid) throw denied;
  return version;
}

/**
 * What a console session remembers of the ADMIN_TOKEN it was opened with, so rotating the token
 * ends every session: an HMAC under SESSION_SECRET, not a bare hash, so a copy of the D1 table is
 * no offline test of token guesses.
 * @example
 * const tag = await adminTokenTag(config.adminToken, config.sessionSecret);
 */
export async function adminTokenTag(adminToken: string, secret: string): Promise<string> {
  if (!secret) throw new Error("SESSION_SECRET is empty: console sessions can't be made");
  return base64url(await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(ADMIN_CONTEXT + adminToken)));
}
