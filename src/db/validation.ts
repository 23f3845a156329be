/**
 * Validation for everything outside input writes to the database, shared by the JSON API and the
 * web forms. Enums come from the same constants as the schema.
 *
 * Why not drizzle-zod (0.8.3 does fit drizzle-orm 0.45 and zod 4): it imports `{ z } from
 * "zod/v4"`, the named import that bundles every zod locale (+67 KiB gzip, a quarter of the
 * Worker), and every column here needs a refinement anyway (trimmed, bounded, a kind message, a
 * real time zone), so the derived schema would be overridden field by field.
 */
import * as z from "zod";
import { cleanText } from "../lib/clean-text";
import { canonicalTimeZone, isValidBedtime, isValidTimeZone } from "../lib/time";
import { ILLUSTRATION_STYLES, LANGUAGES, STORY_LENGTHS, TIMES_OF_DAY } from "../story/types";
import type { Household } from "./schema";

/** Longest "what should tonight's story be about?" we take. */
export const PROMPT_MAX = 500;

/** Well-formed, without control or bidi characters (cleanText), trimmed, not empty, at most `max`. */
const text = (max: number) =>
  z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().min(1, "Required").max(max, `At most ${max} characters`));

export const HouseholdFields = z.object({
  name: text(80),
  email: z.string().trim().max(254).pipe(z.email("Not an email address")),
  // Stored as the canonical IANA name, however it was typed ("europe/london" → "Europe/London").
  timezone: z
    .string()
    .trim()
    .refine(isValidTimeZone, "Not a time zone (try Europe/London)")
    .transform(canonicalTimeZone),
  bedtime: z.string().trim().refine(isValidBedtime, "Use 24-hour HH:MM, like 19:30"),
  language: z.enum(LANGUAGES),
  childAge: z.number().int().min(1, "Ages 1 to 12").max(12, "Ages 1 to 12"),
  storyLength: z.enum(STORY_LENGTHS),
  rhyming: z.boolean(),
  illustrationStyle: z.enum(ILLUSTRATION_STYLES),
  /** A Polly voice id ("Joanna"), or null for the language's default. */
  voice: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,20}$/, "A voice name like Joanna")
    .nullable(),
  /** The bedtime email; false after a one-click unsubscribe. On-demand stories' emails ignore it. */
  nightlyEmail: z.boolean(),
});

/** PATCH: any household field, nothing else. */
export const HouseholdPatch = HouseholdFields.partial().strict();

/**
 * The `.set()` for saving checked household fields (all of them from the settings form, some from
 * `PATCH /api/households/:id`). A changed bedtime or zone resets `nextBedtimeAt` to 0, which the
 * next tick reads as "work it out afresh".
 * @example
 * await d.update(households).set(householdUpdate(existing, patch, Date.now())).where(eq(households.id, id));
 */
export function householdUpdate<P extends z.output<typeof HouseholdPatch>>(
  existing: Pick<Household, "bedtime" | "timezone">,
  patch: P,
  now: number,
) {
  const changed = (field: "bedtime" | "timezone") => patch[field] !== undefined && patch[field] !== existing[field];
  const reschedule = changed("bedtime") || changed("timezone");
  return { ...patch, updatedAt: now, ...(reschedule ? { nextBedtimeAt: 0 } : {}) };
}

export const CharacterFields = z.object({
  name: text(40),
  looks: text(300),
  personality: text(300),
});

export const PlaceFields = z.object({
  name: text(60),
  description: text(400),
  timeOfDay: z.enum(TIMES_OF_DAY),
});

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Not an id");

export const OnDemandRequest = z
  .object({
    prompt: z
      .string()
      .transform((s) => cleanText(s).trim())
      .pipe(z.string().max(PROMPT_MAX, `At most ${PROMPT_MAX} characters`))
      .optional(),
    characterIds: z.array(id).max(6, "At most 6 characters").optional(),
    placeId: id.optional(),
    /** The old name of placeId (places were "scenes"), still accepted from older scripts. */
    sceneId: id.optional(),
    language: z.enum(LANGUAGES).optional(),
    householdId: id.optional(),
    notify: z.boolean().optional(),
  })
  .strict()
  .transform(({ sceneId, ...request }) => ({ ...request, placeId: request.placeId ?? sceneId }));
