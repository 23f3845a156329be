import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../src/lib/errors";
import { signMediaPath, verifyMediaRequest } from "../src/lib/signing";
import { parseRange } from "../src/routes/media";

const ORIGIN = "https://nightlight.test";
const SECRET = "test-media-signing-key-1a2b3c4d5e6f7a"; // the MEDIA_SIGNING_KEY binding in vitest.config.ts
const HOUR = 3_600_000;
const SVG_KEY = "stories/st_alpha/scene-0.svg";
const TEXT_KEY = "stories/st_alpha/marks.txt";
const OTHER_KEY = "stories/st_beta/scene-0.svg";
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>';
const TEXT = "0123456789abcdefghij"; // 20 bytes, so ranges are easy to read

// The generated types don't declare the main module (no Cloudflare.GlobalProps.mainModule), so
// `exports.default` is untyped; this names the one method we use.
const worker = (exports as unknown as { default: { fetch(request: Request): Promise<Response> } }).default;

function get(path: string, headers?: HeadersInit, method = "GET"): Promise<Response> {
  return worker.fetch(new Request(ORIGIN + path, { method, headers }));
}

/** The status and message a promise rejected with, for asserting on AppError. */
async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return { status: err.status, message: err.message };
    throw err;
  }
  throw new Error("expected the promise to reject");
}

/** Replaces one query parameter of a signed path. */
function withParam(path: string, name: string, value: string): string {
  const url = new URL(ORIGIN + path);
  url.searchParams.set(name, value);
  return url.pathname + url.search;
}

beforeAll(async () => {
  await env.MEDIA.put(SVG_KEY, SVG, { httpMetadata: { contentType: "image/svg+xml" } });
  await env.MEDIA.put(OTHER_KEY, SVG, { httpMetadata: { contentType: "image/svg+xml" } });
  await env.MEDIA.put(TEXT_KEY, TEXT, { httpMetadata: { contentType: "text/plain; charset=utf-8" } });
});

describe("signMediaPath / verifyMediaRequest (pure, pinned time)", () => {
  const now = Date.UTC(2026, 10, 20, 19, 0);
  const expiresAt = now + 48 * HOUR;

  it("signs the encoded path with the expiry in seconds and a base64url signature", async () => {
    const path = await signMediaPath(SVG_KEY, expiresAt + 999, SECRET);
    expect(path).toMatch(/^\/media\/stories\/st_alpha\/scene-0\.svg\?exp=\d+&sig=[A-Za-z0-9_-]{43}$/);
    expect(new URL(ORIGIN + path).searchParams.get("exp")).toBe(String(expiresAt / 1000));
  });

  it("round-trips a key to itself, including segments that need encoding", async () => {
    const key = "stories/st_alpha/a picture #1?.svg";
    const path = await signMediaPath(key, expiresAt, SECRET);
    expect(path.startsWith("/media/stories/st_alpha/a%20picture%20%231%3F.svg?")).toBe(true);
    expect(await verifyMediaRequest(new URL(ORIGIN + path), SECRET, now)).toBe(key);
  });

  it("accepts a link up to its expiry and answers 410 from that second on", async () => {
    const url = new URL(ORIGIN + (await signMediaPath(SVG_KEY, expiresAt, SECRET)));
    expect(await verifyMediaRequest(url, SECRET, expiresAt - 1)).toBe(SVG_KEY);
    expect(await failure(verifyMediaRequest(url, SECRET, expiresAt))).toEqual({
      status: 410,
      message: "This link has expired",
    });
  });

  it("refuses a link signed with another secret, and every link when the secret is empty", async () => {
    const url = new URL(ORIGIN + (await signMediaPath(SVG_KEY, expiresAt, "some-other-secret")));
    expect((await failure(verifyMediaRequest(url, SECRET, now))).status).toBe(403);
    expect(await verifyMediaRequest(url, "some-other-secret", now)).toBe(SVG_KEY);
    expect((await failure(verifyMediaRequest(url, "", now))).status).toBe(403);
  });

  it("refuses to sign with an empty secret, a key outside stories/ or a traversal", async () => {
    await expect(signMediaPath(SVG_KEY, expiresAt, "")).rejects.toThrow(/MEDIA_SIGNING_KEY is empty/);
    for (const key of [
      "secrets/x/y.svg",
      "stories/../x.svg",
      "stories/a/../../b",
      "stories//a.svg",
      "stories/a",
      "stories/a\\b/c",
    ]) {
      await expect(signMediaPath(key, expiresAt, SECRET), key).rejects.toThrow(/Refusing to sign/);
    }
  });

  it("says 403 for malformed exp or sig, and for repeated parameters, even before expiry matters", async () => {
    const path = await signMediaPath(SVG_KEY, expiresAt, SECRET);
    const sig = new URL(ORIGIN + path).searchParams.get("sig") ?? "";
    const bad = [
      withParam(path, "exp", "soon"),
      withParam(path, "exp", "1e12"),
      withParam(path, "exp", "-1"),
      withParam(path, "sig", `${sig.slice(0, 42)}=`),
      withParam(
        path,
        "sig",
        sig.replace(/./, (ch) => (ch === "+" ? "A" : "+")),
      ),
      withParam(path, "sig", ""),
      `${path}&sig=${sig}`,
      `/media/${SVG_KEY}`,
    ];
    for (const p of bad)
      expect((await failure(verifyMediaRequest(new URL(ORIGIN + p), SECRET, now))).status, p).toBe(403);
  });

  it("does not tell a tampered link it has expired (signature first, then time)", async () => {
    const path = await signMediaPath(SVG_KEY, expiresAt, SECRET);
    const moved = withParam(path, "exp", String(expiresAt / 1000 + 60));
    expect((await failure(verifyMediaRequest(new URL(ORIGIN + moved), SECRET, expiresAt + 10 * HOUR))).status).toBe(
      403,
    );
  });

  it("accepts one spelling of a signature only (the spare bits of the last character must be zero)", async () => {
    const path = await signMediaPath(SVG_KEY, expiresAt, SECRET);
    const sig = path.slice(path.indexOf("sig=") + 4);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(sig.at(-1) as string);
    let accepted = 0;
    for (let spare = 0; spare < 4; spare++) {
      const variant = path.slice(0, -1) + alphabet[(last & ~3) | spare];
      const result = await verifyMediaRequest(new URL(ORIGIN + variant), SECRET, now).catch((e) => e);
      if (result === SVG_KEY) accepted++;
    }
    expect(accepted).toBe(1);
  });

  it("only accepts the exact encoding it signed", async () => {
    const path = await signMediaPath(SVG_KEY, expiresAt, SECRET);
    const query = path.slice(path.indexOf("?"));
    for (const p of [
      "/media/stories%2Fst_alpha/scene-0.svg",
      "/media/stories/st_alpha/scene%2D0.svg",
      "/media/stories/st_alpha/%E0%A4%A.svg",
    ]) {
      expect((await failure(verifyMediaRequest(new URL(ORIGIN + p + query), SECRET, now))).status, p).toBe(403);
    }
  });
});

describe("parseRange", () => {
  it("resolves first-last, open-ended and suffix ranges against the size", () => {
    expect(parseRange("bytes=0-9", 20)).toEqual({ offset: 0, length: 10 });
    expect(parseRange("bytes=15-", 20)).toEqual({ offset: 15, length: 5 });
    expect(parseRange("bytes=5-100", 20)).toEqual({ offset: 5, length: 15 });
    expect(parseRange("bytes=-5", 20)).toEqual({ offset: 15, length: 5 });
    expect(parseRange("bytes=-100", 20)).toEqual({ offset: 0, length: 20 });
  });

  it("separates unsatisfiable ranges (416) from ones to ignore (200)", () => {
    expect(parseRange("bytes=20-", 20)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 20)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-", 0)).toBe("unsatisfiable");
    for (const h of [undefined, "bytes=9-3", "bytes=-", "items=0-1", "bytes=0-1,3-4", "bytes=a-b"])
      expect(parseRange(h, 20), h).toBeUndefined();
  });
});

describe("GET /media/…", () => {
  const link = (key: string, expiresAt = Date.now() + 48 * HOUR) => signMediaPath(key, expiresAt, SECRET);

  it("serves a valid link with its body, type and safety headers", async () => {
    const res = await get(await link(SVG_KEY));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(SVG);
    expect(res.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(res.headers.get("Content-Length")).toBe(String(SVG.length));
    expect(res.headers.get("Accept-Ranges")).toBe("bytes");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(res.headers.get("ETag")).toMatch(/^"[0-9a-f]+"$/);
  });

  it("serves other types sandboxed with nothing to load, without the SVG's inline styles", async () => {
    const res = await get(await link(TEXT_KEY));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("Content-Security-Policy")).toBe("sandbox; default-src 'none'");
    expect(await res.text()).toBe(TEXT);
  });

  it("caches privately and immutably, never past the link's expiry or a day", async () => {
    const soon = await get(await link(SVG_KEY, Date.now() + 10 * 60_000));
    const maxAge = Number(soon.headers.get("Cache-Control")?.match(/^private, max-age=(\d+), immutable$/)?.[1]);
    expect(maxAge).toBeGreaterThan(590);
    expect(maxAge).toBeLessThanOrEqual(600);
    const later = await get(await link(SVG_KEY, Date.now() + 48 * HOUR));
    expect(later.headers.get("Cache-Control")).toBe("private, max-age=86400, immutable");
  });

  it("answers 403 for tampered signatures, paths and expiries, unsigned links and other secrets", async () => {
    const path = await link(SVG_KEY);
    const sig = new URL(ORIGIN + path).searchParams.get("sig") ?? "";
    const flipped = (sig[0] === "A" ? "B" : "A") + sig.slice(1);
    const requests = {
      "tampered sig": withParam(path, "sig", flipped),
      "other story": path.replace("st_alpha", "st_beta"),
      "later exp": withParam(path, "exp", String(Number(new URL(ORIGIN + path).searchParams.get("exp")) + 3600)),
      unsigned: `/media/${SVG_KEY}`,
      "other secret": await signMediaPath(SVG_KEY, Date.now() + HOUR, "not-the-server-secret"),
    };
    for (const [name, p] of Object.entries(requests)) {
      const res = await get(p);
      expect(res.status, name).toBe(403);
      expect(await res.text(), name).not.toContain("<svg");
    }
  });

  it("answers 410 for an expired link", async () => {
    const res = await get(await link(SVG_KEY, Date.now() - 1000));
    expect(res.status).toBe(410);
    expect(await res.text()).not.toContain("<svg");
  });

  it("answers 404 for a correctly signed link to a missing object", async () => {
    const res = await get(await link("stories/st_alpha/scene-9.svg"));
    expect(res.status).toBe(404);
  });

  it("answers traversal attempts with 403/404, never 500", async () => {
    const path = await link(SVG_KEY);
    const query = path.slice(path.indexOf("?"));
    for (const p of [
      "/media/stories/../x",
      "/media/stories/%2e%2e/st_alpha/scene-0.svg",
      "/media/stories%2F..%2Fx/y",
      "/media/..%2f..%2fwrangler.toml",
      "/media/%ZZ",
    ]) {
      const res = await get(p + query);
      expect([403, 404], p).toContain(res.status);
    }
  });

  it("serves a byte range with 206 and Content-Range", async () => {
    const res = await get(await link(TEXT_KEY), { Range: "bytes=0-9" });
    expect(res.status).toBe(206);
    expect(await res.text()).toBe("0123456789");
    expect(res.headers.get("Content-Range")).toBe("bytes 0-9/20");
    expect(res.headers.get("Content-Length")).toBe("10");
  });

  it("serves a suffix range", async () => {
    const res = await get(await link(TEXT_KEY), { Range: "bytes=-5" });
    expect(res.status).toBe(206);
    expect(await res.text()).toBe("fghij");
    expect(res.headers.get("Content-Range")).toBe("bytes 15-19/20");
  });

  it("answers 416 with the size for a range past the end", async () => {
    const res = await get(await link(TEXT_KEY), { Range: "bytes=100-200" });
    expect(res.status).toBe(416);
    expect(res.headers.get("Content-Range")).toBe("bytes */20");
    expect(await res.text()).toBe("");
  });

  it("sends the whole object when If-Range names another version", async () => {
    const res = await get(await link(TEXT_KEY), { Range: "bytes=0-1", "If-Range": '"stale"' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(TEXT);
  });

  it("answers 304 for a matching If-None-Match and ignores a malformed one", async () => {
    const path = await link(SVG_KEY);
    const etag = (await get(path)).headers.get("ETag") ?? "";
    const cached = await get(path, { "If-None-Match": etag });
    expect(cached.status).toBe(304);
    expect(cached.headers.get("ETag")).toBe(etag);
    expect(await cached.text()).toBe("");
    expect((await get(path, { "If-None-Match": '"something-else"' })).status).toBe(200);
    expect((await get(path, { "If-None-Match": '"unterminated' })).status).toBe(200);
    expect((await get(path, { "If-Match": '"something-else"' })).status).toBe(412);
  });

  it("answers HEAD with the headers and no body", async () => {
    const path = await link(TEXT_KEY);
    const res = await get(path, undefined, "HEAD");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("Content-Length")).toBe("20");
    expect(await res.text()).toBe("");
    const ranged = await get(path, { Range: "bytes=-5" }, "HEAD");
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("Content-Range")).toBe("bytes 15-19/20");
    expect((await get(await link(TEXT_KEY, Date.now() - 1), undefined, "HEAD")).status).toBe(410);
  });
});
