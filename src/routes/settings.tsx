/**
 * The parent's forms, behind sign-in: household settings, switching household, and the
 * characters and scenes stories are made from. Plain HTML forms (they work without JavaScript):
 * a good post answers 303 to a page that says what happened; a bad one re-renders the form with
 * what was typed and each problem next to its field. CSRF is checked globally in app.tsx.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { type Context, Hono } from "hono";
import type { z } from "zod";
import { householdsOf, membership } from "../accounts/families";
import type { AppEnv } from "../app";
import { db } from "../db/client";
import { type CharacterRow, characters, type Household, households, type SceneRow, scenes } from "../db/schema";
import { CharacterFields, HouseholdFields, householdUpdate, SceneFields } from "../db/validation";
import { AppError, fieldErrors, parseForm } from "../lib/errors";
import { randomId } from "../lib/ids";
import { currentSession, requireSession, switchHousehold } from "../lib/session";
import { timeZones } from "../lib/time";
import {
  CastPage,
  type CastPageProps,
  CharacterEditPage,
  type CharacterField,
  EMPTY_CHARACTER,
  EMPTY_SCENE,
  SceneEditPage,
  type SceneField,
} from "../pages/cast-page";
import { type FormState, formState } from "../pages/form-fields";
import { type SettingsField, SettingsPage } from "../pages/settings-page";
import { checkGentle } from "../story/create";

export const settings = new Hono<AppEnv>();

// Mounted at "/", so the guard goes on each route: `settings.use("*")` would guard every page.
const signedIn = requireSession();

/** Ids in a path are checked before any query. */
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;

type Ctx = Context<AppEnv>;
type Body = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Household settings

settings.get("/settings", signedIn, async (c) => {
  const household = await sessionHousehold(c);
  return renderSettings(c, household, formState(settingsValues(household)), { saved: c.req.query("saved") === "1" });
});

settings.post("/settings", signedIn, async (c) => {
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
  ]);
  const result = HouseholdFields.safeParse(settingsInput(values));
  if (!result.success)
    return renderSettings(c, household, { values, errors: fieldErrors(result.error) }, { status: 400 });

  await db(c.env)
    .update(households)
    .set(householdUpdate(household, result.data, Date.now()))
    .where(eq(households.id, household.id));
  return c.redirect("/settings?saved=1", 303);
});

// A parent in several families picks which one the pages are about: only their own, and
// another family's id answers exactly like one that does not exist.
settings.post("/household", signedIn, async (c) => {
  const { householdId } = pick(await parseForm(c.req), ["householdId"]);
  const session = currentSession(c);
  const member = ROW_ID.test(householdId) ? await membership(c.env, householdId, session.email) : undefined;
  if (!member) throw new AppError(404, "No such household");
  await switchHousehold(c, member.householdId);
  return c.redirect("/", 303);
});

async function renderSettings(
  c: Ctx,
  household: Household,
  form: FormState<SettingsField>,
  { saved = false, status = 200 }: { saved?: boolean; status?: 200 | 400 } = {},
) {
  const all = await householdsOf(c.env, currentSession(c).email);
  c.header("Cache-Control", "no-store");
  return c.html(
    <SettingsPage form={form} zones={timeZones()} saved={saved} households={all} currentId={household.id} />,
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
    voice: values.voice.trim() === "" ? null : values.voice,
  };
}

// ---------------------------------------------------------------------------------------------
// Characters and scenes

/** Fixed messages for `/cast?done=…`, so the query string cannot put words on the page. */
const NOTICES: Record<string, string> = {
  "character-added": "Character added.",
  "character-saved": "Character saved.",
  "character-deleted": "Character deleted.",
  "scene-added": "Scene added.",
  "scene-saved": "Scene saved.",
  "scene-deleted": "Scene deleted.",
};

const CHARACTER_KEYS: CharacterField[] = ["name", "looks", "personality"];
const SCENE_KEYS: SceneField[] = ["name", "description", "timeOfDay"];

settings.get("/cast", signedIn, async (c) => {
  const { householdId } = currentSession(c);
  return renderCast(c, householdId, { notice: NOTICES[c.req.query("done") ?? ""] });
});

settings.post("/characters", signedIn, async (c) => {
  const { householdId } = currentSession(c);
  const values = pick<CharacterField>(await parseForm(c.req), CHARACTER_KEYS);
  const checked = await checkCharacter(c.env, values);
  if (!checked.ok) return renderCast(c, householdId, { characterForm: checked.form, status: checked.status });
  await db(c.env)
    .insert(characters)
    .values({ id: randomId("ch", 9), householdId, ...checked.data, createdAt: Date.now() });
  return c.redirect("/cast?done=character-added#characters", 303);
});

settings.get("/characters/:id/edit", signedIn, async (c) => {
  const character = await ownCharacter(c);
  c.header("Cache-Control", "no-store");
  return c.html(
    <CharacterEditPage
      id={character.id}
      storedName={character.name}
      form={formState(pick(character, CHARACTER_KEYS))}
    />,
  );
});

settings.post("/characters/:id", signedIn, async (c) => {
  const character = await ownCharacter(c);
  const values = pick<CharacterField>(await parseForm(c.req), CHARACTER_KEYS);
  const checked = await checkCharacter(c.env, values);
  if (!checked.ok)
    return c.html(
      <CharacterEditPage id={character.id} storedName={character.name} form={checked.form} />,
      checked.status,
    );
  await db(c.env).update(characters).set(checked.data).where(eq(characters.id, character.id));
  return c.redirect("/cast?done=character-saved#characters", 303);
});

settings.post("/characters/:id/delete", signedIn, async (c) => {
  const character = await ownCharacter(c);
  // One statement, so two deletes at once cannot both pass the "not the last one" check.
  const deleted = await db(c.env)
    .delete(characters)
    .where(
      and(
        eq(characters.id, character.id),
        sql`(SELECT count(*) FROM characters AS other WHERE other.household_id = ${character.householdId}) > 1`,
      ),
    )
    .returning({ id: characters.id });
  if (deleted.length === 0) {
    const message = `Stories need at least one character, so ${character.name} stays. Add another character first.`;
    return c.html(
      <CharacterEditPage
        id={character.id}
        storedName={character.name}
        form={formState(pick(character, CHARACTER_KEYS))}
        deleteError={message}
      />,
      409,
    );
  }
  return c.redirect("/cast?done=character-deleted#characters", 303);
});

settings.post("/scenes", signedIn, async (c) => {
  const { householdId } = currentSession(c);
  const values = pick<SceneField>(await parseForm(c.req), SCENE_KEYS);
  const checked = await checkScene(c.env, values);
  if (!checked.ok) return renderCast(c, householdId, { sceneForm: checked.form, status: checked.status });
  await db(c.env)
    .insert(scenes)
    .values({ id: randomId("sc", 9), householdId, ...checked.data, createdAt: Date.now() });
  return c.redirect("/cast?done=scene-added#scenes", 303);
});

settings.get("/scenes/:id/edit", signedIn, async (c) => {
  const scene = await ownScene(c);
  c.header("Cache-Control", "no-store");
  return c.html(<SceneEditPage id={scene.id} storedName={scene.name} form={formState(pick(scene, SCENE_KEYS))} />);
});

settings.post("/scenes/:id", signedIn, async (c) => {
  const scene = await ownScene(c);
  const values = pick<SceneField>(await parseForm(c.req), SCENE_KEYS);
  const checked = await checkScene(c.env, values);
  if (!checked.ok)
    return c.html(<SceneEditPage id={scene.id} storedName={scene.name} form={checked.form} />, checked.status);
  await db(c.env).update(scenes).set(checked.data).where(eq(scenes.id, scene.id));
  return c.redirect("/cast?done=scene-saved#scenes", 303);
});

settings.post("/scenes/:id/delete", signedIn, async (c) => {
  const scene = await ownScene(c);
  const deleted = await db(c.env)
    .delete(scenes)
    .where(
      and(
        eq(scenes.id, scene.id),
        sql`(SELECT count(*) FROM scenes AS other WHERE other.household_id = ${scene.householdId}) > 1`,
      ),
    )
    .returning({ id: scenes.id });
  if (deleted.length === 0) {
    const message = `Stories need at least one scene, so ${scene.name} stays. Add another scene first.`;
    return c.html(
      <SceneEditPage
        id={scene.id}
        storedName={scene.name}
        form={formState(pick(scene, SCENE_KEYS))}
        deleteError={message}
      />,
      409,
    );
  }
  return c.redirect("/cast?done=scene-deleted#scenes", 303);
});

async function renderCast(
  c: Ctx,
  householdId: string,
  {
    notice,
    characterForm,
    sceneForm,
    status = 200,
  }: Partial<Pick<CastPageProps, "notice" | "characterForm" | "sceneForm">> & { status?: 200 | 400 | 422 },
) {
  const d = db(c.env);
  const [characterRows, sceneRows] = await Promise.all([
    d
      .select()
      .from(characters)
      .where(eq(characters.householdId, householdId))
      .orderBy(asc(characters.createdAt), asc(characters.name)),
    d.select().from(scenes).where(eq(scenes.householdId, householdId)).orderBy(asc(scenes.createdAt), asc(scenes.name)),
  ]);
  c.header("Cache-Control", "no-store");
  return c.html(
    <CastPage
      characters={characterRows}
      scenes={sceneRows}
      characterForm={characterForm ?? formState(EMPTY_CHARACTER)}
      sceneForm={sceneForm ?? formState(EMPTY_SCENE)}
      notice={notice}
    />,
    status,
  );
}

type Checked<K extends string, T> = { ok: true; data: T } | { ok: false; status: 400 | 422; form: FormState<K> };

/** Valid (CharacterFields) and gentle (checkGentle), or the form to show again and why not. */
async function checkCharacter(
  env: Env,
  values: Record<CharacterField, string>,
): Promise<Checked<CharacterField, z.output<typeof CharacterFields>>> {
  const result = CharacterFields.safeParse(values);
  if (!result.success) return { ok: false, status: 400, form: { values, errors: fieldErrors(result.error) } };
  const { name, looks, personality } = result.data;
  const refusal = await gentleRefusal(env, [name, looks, personality], "looks");
  if (refusal) return { ok: false, status: 422, form: { values, errors: {}, message: refusal } };
  return { ok: true, data: result.data };
}

async function checkScene(
  env: Env,
  values: Record<SceneField, string>,
): Promise<Checked<SceneField, z.output<typeof SceneFields>>> {
  const result = SceneFields.safeParse(values);
  if (!result.success) return { ok: false, status: 400, form: { values, errors: fieldErrors(result.error) } };
  const refusal = await gentleRefusal(env, [result.data.name, result.data.description], "description");
  if (refusal) return { ok: false, status: 422, form: { values, errors: {}, message: refusal } };
  return { ok: true, data: result.data };
}

/** checkGentle's kind message when it refuses the text; anything else it throws goes on up. */
async function gentleRefusal(env: Env, texts: string[], field: string): Promise<string | undefined> {
  try {
    await checkGentle(env, texts, field);
    return undefined;
  } catch (error) {
    if (error instanceof AppError && error.status === 422) return error.message;
    throw error;
  }
}

async function ownCharacter(c: Ctx): Promise<CharacterRow> {
  const id = c.req.param("id") ?? "";
  const row = ROW_ID.test(id)
    ? await db(c.env).query.characters.findFirst({
        where: and(eq(characters.id, id), eq(characters.householdId, currentSession(c).householdId)),
      })
    : undefined;
  // Another family's character answers exactly like one that does not exist.
  if (!row) throw new AppError(404, "No such character");
  return row;
}

async function ownScene(c: Ctx): Promise<SceneRow> {
  const id = c.req.param("id") ?? "";
  const row = ROW_ID.test(id)
    ? await db(c.env).query.scenes.findFirst({
        where: and(eq(scenes.id, id), eq(scenes.householdId, currentSession(c).householdId)),
      })
    : undefined;
  if (!row) throw new AppError(404, "No such scene");
  return row;
}

// ---------------------------------------------------------------------------------------------
// Shared

async function sessionHousehold(c: Ctx): Promise<Household> {
  const household = await db(c.env).query.households.findFirst({
    where: eq(households.id, currentSession(c).householdId),
  });
  if (!household) throw new AppError(404, "No such household");
  return household;
}

/**
 * The named fields of a form body (or a row) as strings; anything missing, repeated or a file
 * becomes "". Only these keys are ever read, so extra fields in a post are ignored.
 */
function pick<K extends string>(source: Body | object, keys: readonly K[]): Record<K, string> {
  const record = source as Body;
  return Object.fromEntries(keys.map((key) => [key, typeof record[key] === "string" ? record[key] : ""])) as Record<
    K,
    string
  >;
}
