/**
 * `GET|HEAD /media/<key>?exp=…&sig=…`: signed, expiring media (pictures, narration, speech marks)
 * streamed from R2, with ETags, conditional requests and byte ranges so audio can seek.
 */
import { Hono } from "hono";
import { AppError } from "../lib/errors";
import { verifyMediaRequest } from "../lib/signing";
import type { AppEnv } from "../lib/types";

/** Longest a browser may keep an object; the link itself usually dies sooner (48 h TTL). */
const MAX_CACHE_SECONDS = 86_400;

/** An SVG opened directly is a document: no script, no loads, only its own inline styles. */
const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** `*` or a comma-separated list of (weak or strong) quoted entity tags. */
const ETAG_LIST = /^\s*(\*|(W\/)?"[^"]*"(\s*,\s*(W\/)?"[^"]*")*)\s*$/;

export type ByteRange = { offset: number; length: number };

/**
 * Resolves a `Range` header against an object's size (RFC 9110 §14). `undefined` means "ignore it
 * and send the whole object" (absent, another unit, malformed or several ranges, which servers may
 * decline); "unsatisfiable" means 416.
 * @example
 * parseRange("bytes=-5", 20); // { offset: 15, length: 5 }
 */
export function parseRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | undefined {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return undefined;
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return undefined;
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    const length = Math.min(suffix, size);
    return { offset: size - length, length };
  }
  const offset = Number(first);
  if (last !== "" && Number(last) < offset) return undefined; // "bytes=9-3" is invalid, not unsatisfiable
  if (offset >= size) return "unsatisfiable";
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  return { offset, length: end - offset + 1 };
}

/**
 * The request's conditional headers that R2 can evaluate. Local R2 throws on a malformed entity
 * tag (a 500 for what is the client's mistake), so anything that does not parse is dropped, as if
 * it had not been sent.
 */
function conditionals(request: Headers): Headers {
  const out = new Headers();
  for (const name of ["If-None-Match", "If-Match"]) {
    const value = request.get(name);
    if (value !== null && ETAG_LIST.test(value)) out.set(name, value);
  }
  for (const name of ["If-Modified-Since", "If-Unmodified-Since"]) {
    const value = request.get(name);
    if (value !== null && Number.isFinite(Date.parse(value))) out.set(name, value);
  }
  return out;
}

export const media = new Hono<AppEnv>();

// Hono answers HEAD with this GET handler (and drops any body it returns).
media.get("/*", async (c) => {
  const now = c.var.ctx.now;
  const url = new URL(c.req.url);
  const key = await verifyMediaRequest(url, c.var.ctx.config.mediaSigningKey, now);
  const exp = Number(url.searchParams.get("exp")); // verified above: digits only
  const onlyIf = conditionals(c.req.raw.headers);
  const rangeHeader = c.req.header("Range");

  const headers = new Headers({
    // Objects are written once, so they never change under a URL; private because the URL is a
    // capability that shared caches must not hand to others; never past the link's own expiry.
    "Cache-Control": `private, max-age=${Math.max(0, Math.min(MAX_CACHE_SECONDS, Math.floor((exp * 1000 - now) / 1000)))}, immutable`,
    "X-Content-Type-Options": "nosniff",
    "Accept-Ranges": "bytes",
  });

  let range: ByteRange | undefined;
  if (rangeHeader !== undefined) {
    // Handed the raw Range header, local R2 silently serves the whole object when the range is
    // unsatisfiable, and handed an out-of-bounds range object it throws (R2 error 10039, a 500).
    // So resolve the range against the object's size first and ask R2 only for bytes that
    // exist. Only range requests (audio seeking) pay for the extra head().
    const meta = await c.env.MEDIA.head(key);
    if (!meta) throw new AppError(404, "No such media");
    // If-Range: a range of a different version would corrupt the client's copy; send it whole.
    const ifRange = c.req.header("If-Range");
    const resolved =
      ifRange === undefined || ifRange === meta.httpEtag ? parseRange(rangeHeader, meta.size) : undefined;
    if (resolved === "unsatisfiable") {
      // Not an AppError: the 416 must carry Content-Range, and there is no page to show.
      headers.set("Content-Range", `bytes */${meta.size}`);
      return new Response(null, { status: 416, headers });
    }
    range = resolved;
  }

  const object = await c.env.MEDIA.get(key, { onlyIf, range });
  if (!object) throw new AppError(404, "No such media");
  headers.set("ETag", object.httpEtag);

  if (!("body" in object)) {
    // A precondition failed. For GET/HEAD a matching If-None-Match / If-Modified-Since means "you
    // already have it" (304); a failed If-Match / If-Unmodified-Since is a 412.
    if (onlyIf.has("If-None-Match") || onlyIf.has("If-Modified-Since"))
      return new Response(null, { status: 304, headers });
    throw new AppError(412, "Precondition failed");
  }

  const contentType = object.httpMetadata?.contentType ?? "application/octet-stream";
  headers.set("Content-Type", contentType);
  if (contentType.toLowerCase().startsWith("image/svg+xml") || key.toLowerCase().endsWith(".svg")) {
    headers.set("Content-Security-Policy", SVG_CSP);
  }

  let status = 200;
  if (range) {
    status = 206;
    headers.set("Content-Range", `bytes ${range.offset}-${range.offset + range.length - 1}/${object.size}`);
    headers.set("Content-Length", String(range.length));
  } else {
    headers.set("Content-Length", String(object.size));
  }

  if (c.req.method === "HEAD") {
    // Release the R2 stream now rather than at the end of the request. (Locally workerd logs
    // "disconnected: reader canceled" for this; it is harmless.)
    await object.body.cancel();
    return new Response(null, { status, headers });
  }
  return new Response(object.body, { status, headers });
});
