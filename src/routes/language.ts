/**
 * The language switch at the foot of every page: one person's choice of language for the pages,
 * kept in a cookie for a year, above the household's language (src/i18n/request.ts).
 */
import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { isLocale } from "../i18n";
import { LANG_COOKIE } from "../i18n/request";
import { parseForm } from "../lib/errors";
import { safeNext } from "../lib/session";
import type { AppEnv } from "../lib/types";

export const language = new Hono<AppEnv>();

const YEAR_S = 365 * 86_400;

language.post("/language", async (c) => {
  const { lang } = await parseForm(c.req);
  if (isLocale(lang)) {
    setCookie(c, LANG_COOKIE, lang, { path: "/", secure: true, sameSite: "Lax", httpOnly: true, maxAge: YEAR_S });
  }
  return c.redirect(backTo(c.req.header("Referer"), c.req.url), 303);
});

/** Back to the page the switch was on (same site only, as sign-in's `next`), else home. */
function backTo(referer: string | undefined, here: string): string {
  try {
    const from = new URL(referer ?? "");
    if (from.origin !== new URL(here).origin) return "/";
    return safeNext(from.pathname + from.search);
  } catch {
    return "/";
  }
}
