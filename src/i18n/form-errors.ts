/**
 * Field messages for a refused form, in the page's language. The schemas in db/validation.ts are
 * shared with the JSON API and keep their English messages; a form reads each issue's kind (and
 * for a few fields, the field) and says it from the catalogue instead.
 */
import type * as z from "zod";
import { type Locale, messages, plural } from "./index";

/** Fields whose one possible problem has its own words, whatever zod's issue code is. */
const BY_FIELD = {
  email: "email",
  timezone: "timezone",
  bedtime: "bedtime",
  childAge: "childAge",
  voice: "voice",
} as const;

/**
 * The first problem of each field, like lib/errors.ts `fieldErrors`, but in `locale`.
 * @example
 * formErrors<SettingsField>(result.error, "fr") // { email: "Ce n’est pas une adresse e-mail" }
 */
export function formErrors<K extends string = string>(error: z.ZodError, locale: Locale): Partial<Record<K, string>> {
  const t = messages(locale).forms;
  const first = new Map<string, string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (first.has(field)) continue;
    first.set(field, say(issue, field));
  }
  return Object.fromEntries(first) as Partial<Record<K, string>>;

  function say(issue: z.core.$ZodIssue, field: string): string {
    const own = BY_FIELD[field as keyof typeof BY_FIELD];
    const empty = issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) <= 1;
    if (empty || issue.code === "invalid_type") return t.required;
    if (own) return t[own];
    if (issue.code === "too_big" && issue.origin === "string") return plural(locale, Number(issue.maximum), t.atMost);
    if (issue.code === "too_big" && issue.origin === "array")
      return plural(locale, Number(issue.maximum), t.tooManyCharacters);
    return t.choose;
  }
}
