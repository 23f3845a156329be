/**
 * The Hono app: middleware, the one error path, and the route mounts. Every request the Worker
 * serves (other than static files from public/) comes through here.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { NONCE, secureHeaders } from "hono/secure-headers";
import { pageLocale } from "./i18n/request";
import { createContext } from "./lib/context";
import { AppError, MAX_BODY_BYTES } from "./lib/errors";
import { log } from "./lib/log";
import type { AppEnv } from "./lib/types";
import { ErrorPage } from "./pages/error-page";
import { account } from "./routes/account";
import { api } from "./routes/api";
import { cast } from "./routes/cast";
import { feeds } from "./routes/feeds";
import { language } from "./routes/language";
import { media } from "./routes/media";
import { memberRoutes } from "./routes/members";
import { operator } from "./routes/operator";
import { pages } from "./routes/pages";
import { settings } from "./routes/settings";
import { tell } from "./routes/tell";
import { ONE_CLICK_PATH, unsubscribe } from "./routes/unsubscribe";

export const app = new Hono<AppEnv>();

// One context per request (config, providers, db, clock); routes read `c.var.ctx`.
app.use(async function invocationContext(c, next) {
  c.set("ctx", createContext(c.env, Date.now()));
  await next();
});

// Outside development, example or short secrets (lib/config.ts) stop the Worker here, with a
// message naming each setting, rather than run the API, the console and signing on them.
let weakSecretsLogged = false;
app.use(async function strongSecrets(c, next) {
  const weak = c.var.ctx.config.weakSecrets;
  if (weak.length === 0) return next();
  if (!weakSecretsLogged) log("error", "config.weak_secrets", { problems: weak });
  weakSecretsLogged = true;
  c.header("Cache-Control", "no-store");
  if (c.req.path.startsWith("/api/"))
    return c.json({ error: "Nightlight is not configured safely", details: weak }, 503);
  return c.text(`Nightlight is not configured safely:\n${weak.map((m) => `- ${m}`).join("\n")}\n`, 503);
});

// Oversize bodies are refused before they are read (Content-Length, or counted as they stream):
// a JSON 413 under /api, the kind error page elsewhere, both through app.onError.
app.use(
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError(413, "That is more than we can take in one go");
    },
  }),
);

// Cross-site form posts are refused (Origin / Sec-Fetch-Site must be this site). JSON API calls
// carry a bearer token instead and are not form posts, so they pass.
// One exemption: the one-click unsubscribe POST (RFC 8058) comes from a mail provider's server,
// with no Origin and no cookies. Its URL carries an HMAC of the household id, so a forged post
// can only unsubscribe a family whose own email the forger already holds — and only that, nothing
// a session could do.
const sameSiteForms = csrf();
app.use(async function csrfExceptOneClick(c, next) {
  if (c.req.method === "POST" && ONE_CLICK_PATH.test(c.req.path)) return next();
  // The API is bearer-only (no cookie opens it), so a cross-site request can't ride on a session;
  // csrf() would otherwise refuse a body-less DELETE (it takes a missing Content-Type as text/plain).
  if (c.req.path.startsWith("/api/")) return next();
  return sameSiteForms(c, next);
});
// csrf() looks only at form content types. Any other body (JSON, say) sent to the cookie-signed
// pages gets the same check: this site's Origin (or Sec-Fetch-Site: same-origin), else 403.
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
app.use(async function sameOriginBodies(c, next) {
  if (!UNSAFE.has(c.req.method) || c.req.path.startsWith("/api/") || ONE_CLICK_PATH.test(c.req.path)) return next();
  const origin = c.req.header("Origin");
  const sameOrigin = origin === new URL(c.req.url).origin || c.req.header("Sec-Fetch-Site") === "same-origin";
  if (!sameOrigin) throw new AppError(403, "Forbidden");
  return next();
});

// The API's answers are about live data and often carry links that are capabilities (feed URLs):
// no cache, shared or private, keeps them.
app.use("/api/*", async function noStoreApi(c, next) {
  await next();
  c.res.headers.set("Cache-Control", "no-store");
});

// Every page gets a strict CSP; the few scripts carry the per-request nonce (Layout's `nonce`).
// /media sets its own headers (SVGs are sandboxed there).
const pageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: [NONCE],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    mediaSrc: ["'self'"],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
  },
  referrerPolicy: "same-origin",
});
// Pictures and sound (/media, the email's cover) send their own sandboxing CSP instead.
const ownHeaders = /^\/media\/|^\/stories\/[^/]+\/cover$/;
app.use(async function pageSecurityHeaders(c, next) {
  if (ownHeaders.test(c.req.path)) return next();
  return pageHeaders(c, next);
});

app.route("/api", api);
app.route("/", account);
app.route("/", language);
app.route("/media", media);
app.route("/", memberRoutes);
app.route("/", operator);
app.route("/", settings);
app.route("/", cast);
app.route("/", tell);
app.route("/", feeds);
app.route("/", unsubscribe);
app.route("/", pages);

app.notFound(async (c) => {
  if (c.req.path.startsWith("/api/")) return c.json({ error: "Not found" }, 404);
  return c.html(<ErrorPage status={404} locale={await pageLocale(c)} />, 404);
});

// Expected failures (AppError / HTTPException) keep their status and message; anything else is
// logged and answered with a generic 500 that reveals nothing.
app.onError(async (err, c) => {
  const isApi = c.req.path.startsWith("/api/");
  // A middleware's own answer (bearerAuth's 401 with its WWW-Authenticate challenge) goes out as is.
  if (err instanceof HTTPException && !(err instanceof AppError) && err.res) return err.getResponse();
  if (err instanceof HTTPException) {
    const status = err.status;
    const details = err instanceof AppError ? err.details : undefined;
    if (isApi) return c.json(details === undefined ? { error: err.message } : { error: err.message, details }, status);
    return c.html(<ErrorPage status={status} message={err.message} locale={await pageLocale(c)} />, status);
  }
  log("error", "request.failed", {
    // A feed or unsubscribe link is a capability: its token stays out of the logs.
    path: c.req.path.replace(/^(\/feeds\/|\/unsubscribe\/[^/]+\/)[^/]+/, "$1…"),
    method: c.req.method,
    error: String(err),
    stack: (err as Error)?.stack,
  });
  if (isApi) return c.json({ error: "Something went wrong on our side" }, 500);
  return c.html(<ErrorPage status={500} locale={await pageLocale(c)} />, 500);
});
