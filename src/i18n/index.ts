/**
 * The family's language: which catalogue a page or email uses, and the `Intl` formatting that
 * goes with it (bedtimes, dates, durations, plurals, language names).
 *
 * Why no i18n library: three languages of short UI strings, rendered on the server by Hono JSX.
 * A typed object per language (`fr: Messages`) already makes a missing key a compile error, and
 * `Intl` (PluralRules, DateTimeFormat, RelativeTimeFormat, NumberFormat units, DisplayNames) does
 * the grammar a library would — so a library would add bundle weight and a message syntax to
 * learn, and no safety we lack. Revisit if translators need a file format (ICU/PO) of their own.
 */
import { localDate, zonedTime } from "../lib/time";
import { en, type Messages } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type { Messages } from "./en";

/** The languages the app's own words are written in; every other language falls back to English. */
export const LOCALES = ["en", "fr", "es"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * French puts a space before ? ! : ; and inside « » — a narrow no-break space before ? ! ; and a
 * no-break space before : and inside the guillemets, so they never start a line alone. fr.ts is
 * written with ordinary spaces; this sets them (in functions' results too).
 */
export function frenchSpacing<T>(value: T): T {
  const set = (s: string) =>
    s
      .replace(/ ([?!;])/g, "\u202f$1")
      .replace(/ :/g, "\u00a0:")
      .replace(/« /g, "«\u00a0")
      .replace(/ »/g, "\u00a0»");
  if (typeof value === "string") return set(value) as T;
  if (typeof value === "function")
    return ((...args: unknown[]) => set((value as (...a: unknown[]) => string)(...args))) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, frenchSpacing(v)])) as T;
  return value;
}

const CATALOGUES: Record<Locale, Messages> = { en, fr: frenchSpacing(fr), es };

/**
 * A language's catalogue; anything that is not one of LOCALES gets English.
 * @example
 * const t = messages("fr");
 * t.home.arrivesAt("19:30") // "L’histoire du soir arrive à 19:30."
 */
export function messages(locale: string | undefined): Messages {
  return CATALOGUES[toLocale(locale)];
}

/**
 * The UI locale for a language tag ("fr-CA" → "fr"); English for anything without a catalogue.
 * @example toLocale("es-MX") // "es"
 * @example toLocale("de") // "en"
 */
export function toLocale(tag: string | undefined | null): Locale {
  const base = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : "en";
}

/** True when the tag names one of LOCALES exactly (a cookie or form value, not negotiated). */
export function isLocale(tag: unknown): tag is Locale {
  return typeof tag === "string" && (LOCALES as readonly string[]).includes(tag);
}

/**
 * The best of LOCALES for an `Accept-Language` header, by its q-values; undefined when none fits.
 * @example negotiate("de-DE,de;q=0.9,fr;q=0.8,en;q=0.5") // "fr"
 */
export function negotiate(header: string | undefined | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .slice(0, 20)
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? "1",
      );
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranked) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return undefined;
}

/**
 * "1 character" / "2 characters": picks the form for `n` with Intl.PluralRules and puts the
 * formatted number where the form has "#".
 * @example plural("fr", 1, { one: "# jour", other: "# jours" }) // "1 jour"
 */
export function plural(
  locale: Locale,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const intl = messages(locale).intl;
  const form = forms[new Intl.PluralRules(intl).select(n)] ?? forms.other;
  return form.replaceAll("#", new Intl.NumberFormat(intl).format(n));
}

/**
 * The household's bedtime as a clock time in its language and time zone — the one way pages and
 * the email show it, so they always agree.
 * @example formatBedtime({ bedtime: "19:30", timezone: "Europe/Paris" }, "fr") // "19:30"
 */
export function formatBedtime(
  household: { bedtime: string; timezone: string },
  locale: Locale,
  now = Date.now(),
): string {
  try {
    const at = zonedTime(localDate(now, household.timezone), household.bedtime, household.timezone);
    return new Intl.DateTimeFormat(messages(locale).intl, {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: household.timezone,
    }).format(at);
  } catch {
    return household.bedtime; // a zone or time Intl rejects: say it as stored
  }
}

const DAY = 86_400_000;

/**
 * A story's local date for a list: "today", "yesterday" (Intl.RelativeTimeFormat), else "Fri 20 Nov".
 * Both dates are local calendar dates ("YYYY-MM-DD"), compared as UTC midnights.
 * @example formatStoryDate("2026-11-20", "2026-11-21", "es") // "Ayer"
 */
export function formatStoryDate(date: string, today: string, locale: Locale): string {
  const day = Date.parse(`${date}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(day)) return date;
  const intl = messages(locale).intl;
  const ago = Math.round((now - day) / DAY);
  if (ago === 0 || ago === 1)
    return capitalize(new Intl.RelativeTimeFormat(intl, { numeric: "auto" }).format(-ago, "day"), intl);
  return new Intl.DateTimeFormat(intl, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(
    day,
  );
}

/**
 * "2 days", "36 hours", "30 minutes" in the locale (Intl.NumberFormat's long units).
 * @example formatDuration(2 * 86_400_000, "fr") // "2 jours"
 */
export function formatDuration(ms: number, locale: Locale): string {
  const intl = messages(locale).intl;
  const unit = (n: number, u: "day" | "hour" | "minute") =>
    new Intl.NumberFormat(intl, { style: "unit", unit: u, unitDisplay: "long" }).format(n);
  const hours = ms / 3_600_000;
  if (hours >= 48 && Number.isInteger(hours / 24)) return unit(hours / 24, "day");
  if (hours >= 1) return unit(Math.round(hours), "hour");
  return unit(Math.max(1, Math.round(ms / 60_000)), "minute");
}

/**
 * A language's name for a list, in the page's language, with its own name beside it when that
 * differs, so a parent who reads only that language still finds it.
 * @example languageLabel("es", "en") // "Spanish (español)"
 * @example languageLabel("de", "fr") // "Allemand (Deutsch)"
 * @example languageLabel("fr", "fr") // "Français"
 */
export function languageLabel(code: string, locale: Locale = "en"): string {
  try {
    const intl = messages(locale).intl;
    const shown = capitalize(languageName(code, locale), intl);
    const native = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? shown;
    return native.toLowerCase() === shown.toLowerCase() ? shown : `${shown} (${native})`;
  } catch {
    return code;
  }
}

/**
 * A language's name in the page's language, as Intl says it ("French", "francés").
 * @example languageName("fr", "es") // "francés"
 */
export function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([messages(locale).intl], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function capitalize(text: string, intl: string): string {
  return text.charAt(0).toLocaleUpperCase(intl) + text.slice(1);
}

/** "morning" | "afternoon" | "evening" for a local "HH:MM", to greet by. */
export function partOfDay(hhmm: string): "morning" | "afternoon" | "evening" {
  const hour = Number(hhmm.slice(0, 2));
  if (hour >= 5 && hour < 12) return "morning";
  if (hour >= 12 && hour < 18) return "afternoon";
  return "evening";
}
