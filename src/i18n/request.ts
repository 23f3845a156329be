/**
 * Which language a page request is answered in. In order: the person's own choice (the `lang`
 * cookie the switch at the foot of each page sets), the household's language, the browser's
 * `Accept-Language` (the sign-in page, where no household is known yet), then English.
 */
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { households } from "../db/schema";
import { log } from "../lib/log";
import { readSession } from "../lib/session";
import type { AppEnv } from "../lib/types";
import { isLocale, type Locale, negotiate, toLocale } from "./index";

export const LANG_COOKIE = "lang";

// One answer per request, so an error page rendered after a route asks no second time.
const chosen = new WeakMap<Request, Locale>();

/**
 * The locale for this request's pages. Pass the household's language when the route has already
 * read the household; otherwise a signed-in request costs one small read of it.
 * @example
 * const locale = await pageLocale(c, household.language);
 * return c.html(<HomePage locale={locale} … />);
 */
export async function pageLocale(c: Context<AppEnv>, householdLanguage?: string): Promise<Locale> {
  const known = chosen.get(c.req.raw);
  if (known && householdLanguage === undefined) return known;
  const locale = personalChoice(c) ?? (await householdLocale(c, householdLanguage)) ?? browserLocale(c);
  chosen.set(c.req.raw, locale);
  return locale;
}

/** The language picked with the switch, if any (a cookie value outside LOCALES is ignored). */
export function personalChoice(c: Context<AppEnv>): Locale | undefined {
  const value = getCookie(c, LANG_COOKIE);
  return isLocale(value) ? value : undefined;
}

function browserLocale(c: Context<AppEnv>): Locale {
  return negotiate(c.req.header("Accept-Language")) ?? "en";
}

async function householdLocale(c: Context<AppEnv>, language?: string): Promise<Locale | undefined> {
  if (language !== undefined) return toLocale(language);
  try {
    const session = c.get("session") ?? (await readSession(c));
    if (!session) return undefined;
    const row = await c.var.ctx.db.query.households.findFirst({
      columns: { language: true },
      where: eq(households.id, session.householdId),
    });
    return row ? toLocale(row.language) : undefined;
  } catch (error) {
    // An error page must still render: fall back to the browser's language.
    log("warn", "locale.household_unreadable", { error: String(error) });
    return undefined;
  }
}
