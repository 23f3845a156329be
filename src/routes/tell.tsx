/**
 * "Tell a story now", the web form for on-demand stories: the same checks and writer as
 * `POST /api/stories`, for a signed-in parent and their own household.
 */
import { eq, sql } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { allow } from "../accounts/roles";
import { characters, places } from "../db/schema";
import { OnDemandRequest } from "../db/validation";
import { type Locale, messages } from "../i18n";
import { formErrors } from "../i18n/form-errors";
import { pageLocale } from "../i18n/request";
import { queueWrites } from "../jobs/publish";
import { AppError, parseForm } from "../lib/errors";
import { currentSession } from "../lib/session";
import type { AppEnv } from "../lib/types";
import { type TellField, type TellFormValues, TellPage } from "../pages/tell-page";
import { createOnDemandStory, resolveHousehold } from "../story/create";

export const tell = new Hono<AppEnv>();

tell.use("/tell", allow("story.tell"));

tell.get("/tell", async (c) => {
  const household = await resolveHousehold(c.var.ctx, currentSession(c).householdId);
  const locale = await pageLocale(c, household.language);
  const values = { prompt: "", language: household.language, characterIds: [], placeId: "", notify: false };
  return renderForm(c, locale, values);
});

tell.post("/tell", async (c) => {
  const { householdId } = currentSession(c);
  const values = readForm(await parseForm(c.req));
  const locale = await pageLocale(c);
  const t = messages(locale).tell;

  const parsed = OnDemandRequest.safeParse({
    prompt: values.prompt.trim() === "" ? undefined : values.prompt,
    language: values.language === "" ? undefined : values.language,
    characterIds: values.characterIds.length > 0 ? values.characterIds : undefined,
    placeId: values.placeId === "" ? undefined : values.placeId,
    notify: values.notify,
  });
  if (!parsed.success) {
    const problems: Partial<Record<TellField, string>> = {};
    // Kinder words than the schema's for fields only a tampered form gets wrong.
    const kinder: Partial<Record<TellField, string>> = { language: t.chooseLanguage, placeId: t.choosePlace };
    for (const [field, message] of Object.entries(formErrors(parsed.error, locale))) {
      if (Object.hasOwn(values, field)) problems[field as TellField] = kinder[field as TellField] ?? message;
    }
    const what = Object.entries(problems).map(
      ([field, message]) => `${messages(locale).forms.fieldProblem(t.fieldNames[field as TellField], message)}.`,
    );
    return renderForm(c, locale, values, 400, `${t.checkTheForm} ${what.join(" ")}`.trim(), problems);
  }

  try {
    // The household always comes from the session, never from the form.
    const story = await createOnDemandStory(c.var.ctx, { ...parsed.data, householdId });
    await queueWrites(c.var.ctx, [story.id]);
    return c.redirect(`/stories/${story.id}`, 303);
  } catch (error) {
    // Unknown ids (a stale form), an unkind wish, too many stories: say so and keep the input.
    if (error instanceof AppError && (error.status === 400 || error.status === 422 || error.status === 429)) {
      const problems = error.status === 422 ? { prompt: t.tryGentler } : undefined;
      return renderForm(
        c,
        locale,
        values,
        error.status,
        refusal(error, locale, c.var.ctx.config.onDemandPerHour),
        problems,
      );
    }
    throw error;
  }
});

/** Why createOnDemandStory said no (a 400, 422 or 429), in the page's language. */
function refusal(error: AppError, locale: Locale, perHour: number): string {
  const t = messages(locale);
  if (error.status === 422) return t.forms.gentler;
  if (error.status === 429) return t.tell.tooMany(perHour);
  const details = error.details && typeof error.details === "object" ? error.details : {};
  return "placeId" in details ? t.tell.unknownPlace : t.tell.unknownCharacters;
}

/** The form body as typed; a field posted twice or as a file is read as its first text value. */
function readForm(body: Record<string, string | File | (string | File)[]>): TellFormValues {
  const all = (name: string) => [body[name] ?? []].flat().filter((v): v is string => typeof v === "string");
  const one = (name: string) => all(name)[0] ?? "";
  return {
    prompt: one("prompt"),
    language: one("language"),
    characterIds: all("characterIds"),
    placeId: one("placeId"),
    notify: one("notify") !== "",
  };
}

async function renderForm(
  c: Context<AppEnv>,
  locale: Locale,
  values: TellFormValues,
  status: 200 | 400 | 422 | 429 = 200,
  error?: string,
  fieldErrors?: Partial<Record<TellField, string>>,
) {
  const { householdId } = currentSession(c);
  const d = c.var.ctx.db;
  const [characterRows, placeRows] = await Promise.all([
    d
      .select({ id: characters.id, name: characters.name })
      .from(characters)
      .where(eq(characters.householdId, householdId))
      .orderBy(sql`${characters.name} COLLATE NOCASE`),
    d
      .select({ id: places.id, name: places.name })
      .from(places)
      .where(eq(places.householdId, householdId))
      .orderBy(sql`${places.name} COLLATE NOCASE`),
  ]);
  c.header("Cache-Control", "no-store");
  return c.html(
    <TellPage
      characters={characterRows}
      places={placeRows}
      values={values}
      error={error}
      fieldErrors={fieldErrors}
      locale={locale}
      languages={c.var.ctx.providers.storyteller.languages}
    />,
    status,
  );
}
