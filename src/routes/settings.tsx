/**
 * Household settings and switching household, behind sign-in. Plain HTML forms (they work
 * without JavaScript): a good post answers 303 to a page that says what happened; a bad one
 * re-renders the form with what was typed and each problem next to its field. CSRF is checked
 * globally in app.tsx. Characters and places are in ./cast.tsx.
 */
import { eq, sql } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { householdsOf, membership } from "../accounts/families";
import { allow } from "../accounts/roles";
import { type Household, households } from "../db/schema";
import { HouseholdFields, householdUpdate } from "../db/validation";
import { ensureFeedToken, feedUrl, rotateFeedToken } from "../feeds/household-feed";
import { formErrors } from "../i18n/form-errors";
import { pageLocale } from "../i18n/request";
import { AppError, parseForm } from "../lib/errors";
import { pick, ROW_ID } from "../lib/form";
import { currentSession, switchHousehold } from "../lib/session";
import { timeZones } from "../lib/time";
import type { AppEnv } from "../lib/types";
import { type FormState, formState } from "../pages/form-fields";
import { type SettingsField, SettingsPage } from "../pages/settings-page";
import { cannotWrite } from "../story/writer";

export const settings = new Hono<AppEnv>();

// Mounted at "/", so the guard goes on each route: `settings.use("*")` would guard every page.

type C = Context<AppEnv>;

// ---------------------------------------------------------------------------------------------
// Household settings

settings.get("/settings", allow("settings.edit"), async (c) => {
  const household = await sessionHousehold(c);
  return renderSettings(c, household, formState(settingsValues(household)), {
    saved: c.req.query("saved") === "1",
    feedRotated: c.req.query("feed") === "new",
    unsubscribeRenewed: c.req.query("stop-links") === "new",
  });
});

// "Make a new link": the podcast feed's old URL stops working at once (a link shared too widely).
settings.post("/settings/feed", allow("links.renew"), async (c) => {
  const household = await sessionHousehold(c);
  await rotateFeedToken(c.var.ctx, household);
  return c.redirect("/settings?feed=new#podcast", 303);
});

// Voids every "stop nightly emails" link sent so far: emails from now on carry the new version.
settings.post("/settings/unsubscribe-links", allow("links.renew"), async (c) => {
  const household = await sessionHousehold(c);
  await c.var.ctx.db
    .update(households)
    .set({ unsubscribeVersion: sql`${households.unsubscribeVersion} + 1`, updatedAt: c.var.ctx.now })
    .where(eq(households.id, household.id));
  return c.redirect("/settings?stop-links=new#stop-links", 303);
});

settings.post("/settings", allow("settings.edit"), async (c) => {
  const household = await sessionHousehold(c);
  const values = pick<SettingsField>(await parseForm(c.req), [
    "name",
    "email",
    "timezone",
    "bedtime",
    "language",
    "childAge",
    "storyLength",
    "rhyming",
    "illustrationStyle",
    "voice",
    "nightlyEmail",
  ]);
  const result = HouseholdFields.safeParse(settingsInput(values));
  if (!result.success) {
    const errors = formErrors<SettingsField>(result.error, await pageLocale(c, household.language));
    return renderSettings(c, household, { values, errors }, { status: 400 });
  }
  const { languages } = c.var.ctx.providers.storyteller;
  if (!languages.includes(result.data.language)) {
    const errors = { language: cannotWrite(result.data.language, languages) };
    return renderSettings(c, household, { values, errors }, { status: 400 });
  }

  await c.var.ctx.db
    .update(households)
    .set(householdUpdate(household, result.data, c.var.ctx.now))
    .where(eq(households.id, household.id));
  return c.redirect("/settings?saved=1", 303);
});

// A parent in several families picks which one the pages are about: only their own, and
// another family's id answers exactly like one that does not exist.
settings.post("/household", allow("household.switch"), async (c) => {
  const { householdId } = pick(await parseForm(c.req), ["householdId"]);
  const session = currentSession(c);
  const member = ROW_ID.test(householdId) ? await membership(c.var.ctx, householdId, session.email) : undefined;
  if (!member) throw new AppError(404, "No such household");
  await switchHousehold(c, member.householdId);
  return c.redirect("/", 303);
});

async function renderSettings(
  c: C,
  household: Household,
  form: FormState<SettingsField>,
  {
    saved = false,
    feedRotated = false,
    unsubscribeRenewed = false,
    status = 200,
  }: { saved?: boolean; feedRotated?: boolean; unsubscribeRenewed?: boolean; status?: 200 | 400 } = {},
) {
  const [all, token] = await Promise.all([
    householdsOf(c.var.ctx, currentSession(c).email),
    ensureFeedToken(c.var.ctx, household),
  ]);
  const url = feedUrl(c.var.ctx.config.publicBaseUrl, token);
  c.header("Cache-Control", "no-store");
  return c.html(
    <SettingsPage
      form={form}
      zones={timeZones()}
      saved={saved}
      feed={{
        url,
        appUrl: url.replace(/^https?:\/\//, "podcast://"),
        rotated: feedRotated,
        narrated: c.var.ctx.providers.narrator.name !== "none",
      }}
      unsubscribeRenewed={unsubscribeRenewed}
      households={all}
      currentId={household.id}
      locale={await pageLocale(c, household.language)}
      nonce={c.get("secureHeadersNonce")}
      languages={c.var.ctx.providers.storyteller.languages}
    />,
    status,
  );
}

/** The stored household as the form shows it. */
function settingsValues(h: Household): Record<SettingsField, string> {
  return {
    name: h.name,
    email: h.email,
    timezone: h.timezone,
    bedtime: h.bedtime,
    language: h.language,
    childAge: String(h.childAge),
    storyLength: h.storyLength,
    rhyming: h.rhyming ? "on" : "",
    illustrationStyle: h.illustrationStyle,
    voice: h.voice ?? "",
    // Off after a one-click unsubscribe (routes/unsubscribe.tsx); ticking it turns the emails back on.
    nightlyEmail: h.nightlyEmail ? "on" : "",
  };
}

/**
 * Forms send strings: turn them into what HouseholdFields checks. A ticked box sends "on" and an
 * unticked one sends nothing; an empty voice means the language's usual one (null).
 */
function settingsInput(values: Record<SettingsField, string>): Record<SettingsField, unknown> {
  const age = values.childAge.trim();
  return {
    ...values,
    // Anything but a whole number fails like 0 would, with the same "Ages 1 to 12".
    childAge: /^\d{1,3}$/.test(age) ? Number(age) : 0,
    rhyming: values.rhyming === "on",
    nightlyEmail: values.nightlyEmail === "on",
    voice: values.voice.trim() === "" ? null : values.voice,
  };
}

// ---------------------------------------------------------------------------------------------
// Shared

async function sessionHousehold(c: C): Promise<Household> {
  const household = await c.var.ctx.db.query.households.findFirst({
    where: eq(households.id, currentSession(c).householdId),
  });
  if (!household) throw new AppError(404, "No such household");
  return household;
}
