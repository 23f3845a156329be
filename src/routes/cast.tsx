/**
 * The characters and places stories are made from, behind sign-in: list, add, edit, delete.
 * Plain HTML forms, as in ./settings.tsx; every text is checked for gentleness before it is kept.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { type Context, Hono } from "hono";
import type { z } from "zod";
import { allow } from "../accounts/roles";
import { type CharacterRow, characters, type PlaceRow, places } from "../db/schema";
import { CharacterFields, PlaceFields } from "../db/validation";
import { type Locale, messages } from "../i18n";
import { formErrors } from "../i18n/form-errors";
import { pageLocale } from "../i18n/request";
import type { Ctx } from "../lib/context";
import { AppError, parseForm } from "../lib/errors";
import { pick, ROW_ID } from "../lib/form";
import { randomId } from "../lib/ids";
import { currentSession } from "../lib/session";
import type { AppEnv } from "../lib/types";
import {
  type CastNotice,
  CastPage,
  type CastPageProps,
  CharacterEditPage,
  type CharacterField,
  castAnchor,
  EMPTY_CHARACTER,
  EMPTY_PLACE,
  PlaceEditPage,
  type PlaceField,
} from "../pages/cast-page";
import { type FormState, formState } from "../pages/form-fields";
import { checkGentle } from "../story/create";

export const cast = new Hono<AppEnv>();

// Mounted at "/", so the guard goes on each route.
const signedIn = allow("cast.edit");

type C = Context<AppEnv>;

/** `/cast?done=…` names one of a fixed list of notices, so the query string cannot put words on the page. */
const NOTICES = new Set<string>(Object.keys(messages("en").cast.notices));

/**
 * Back to the lists after a change: the notice shows in the entry it is about (`item`) and the
 * anchor scrolls to that entry, so both are in view; after a delete, to the list.
 */
function castRedirect(done: CastNotice, kind: "character" | "place", id?: string) {
  const anchor = id ? castAnchor(kind, id) : `${kind}s`;
  return `/cast?done=${done}${id ? `&item=${id}` : ""}#${anchor}`;
}

const CHARACTER_KEYS: CharacterField[] = ["name", "looks", "personality"];
const PLACE_KEYS: PlaceField[] = ["name", "description", "timeOfDay"];

// Places were called scenes: old links, bookmarks and open forms still land (308 keeps a post a post).
cast.all("/scenes", (c) => c.redirect(`/places${new URL(c.req.url).search}`, 308));
cast.all("/scenes/*", (c) =>
  c.redirect(`${c.req.path.replace(/^\/scenes/, "/places")}${new URL(c.req.url).search}`, 308),
);

cast.get("/cast", signedIn, async (c) => {
  const { householdId } = currentSession(c);
  const done = c.req.query("done") ?? "";
  const item = c.req.query("item") ?? "";
  return renderCast(c, householdId, {
    notice: NOTICES.has(done) ? (done as CastNotice) : undefined,
    noticeFor: ROW_ID.test(item) ? item : undefined,
  });
});

cast.post("/characters", signedIn, async (c) => {
  const { householdId } = currentSession(c);
  const values = pick<CharacterField>(await parseForm(c.req), CHARACTER_KEYS);
  const checked = await checkCharacter(c.var.ctx, values, await pageLocale(c));
  if (!checked.ok) return renderCast(c, householdId, { characterForm: checked.form, status: checked.status });
  const id = randomId("ch", 9);
  await c.var.ctx.db.insert(characters).values({ id, householdId, ...checked.data, createdAt: c.var.ctx.now });
  return c.redirect(castRedirect("character-added", "character", id), 303);
});

cast.get("/characters/:id/edit", signedIn, async (c) => {
  const character = await ownCharacter(c);
  c.header("Cache-Control", "no-store");
  return c.html(
    <CharacterEditPage
      id={character.id}
      storedName={character.name}
      form={formState(pick(character, CHARACTER_KEYS))}
      locale={await pageLocale(c)}
    />,
  );
});

cast.post("/characters/:id", signedIn, async (c) => {
  const character = await ownCharacter(c);
  const values = pick<CharacterField>(await parseForm(c.req), CHARACTER_KEYS);
  const locale = await pageLocale(c);
  const checked = await checkCharacter(c.var.ctx, values, locale);
  if (!checked.ok)
    return c.html(
      <CharacterEditPage id={character.id} storedName={character.name} form={checked.form} locale={locale} />,
      checked.status,
    );
  await c.var.ctx.db.update(characters).set(checked.data).where(eq(characters.id, character.id));
  return c.redirect(castRedirect("character-saved", "character", character.id), 303);
});

cast.post("/characters/:id/delete", signedIn, async (c) => {
  const character = await ownCharacter(c);
  // One statement, so two deletes at once cannot both pass the "not the last one" check.
  const deleted = await c.var.ctx.db
    .delete(characters)
    .where(
      and(
        eq(characters.id, character.id),
        sql`(SELECT count(*) FROM characters AS other WHERE other.household_id = ${character.householdId}) > 1`,
      ),
    )
    .returning({ id: characters.id });
  if (deleted.length === 0) {
    const locale = await pageLocale(c);
    return c.html(
      <CharacterEditPage
        id={character.id}
        storedName={character.name}
        form={formState(pick(character, CHARACTER_KEYS))}
        deleteError={messages(locale).cast.lastCharacter(character.name)}
        locale={locale}
      />,
      409,
    );
  }
  return c.redirect(castRedirect("character-deleted", "character"), 303);
});

cast.post("/places", signedIn, async (c) => {
  const { householdId } = currentSession(c);
  const values = pick<PlaceField>(await parseForm(c.req), PLACE_KEYS);
  const checked = await checkPlace(c.var.ctx, values, await pageLocale(c));
  if (!checked.ok) return renderCast(c, householdId, { placeForm: checked.form, status: checked.status });
  const id = randomId("pl", 9);
  await c.var.ctx.db.insert(places).values({ id, householdId, ...checked.data, createdAt: c.var.ctx.now });
  return c.redirect(castRedirect("place-added", "place", id), 303);
});

cast.get("/places/:id/edit", signedIn, async (c) => {
  const place = await ownPlace(c);
  c.header("Cache-Control", "no-store");
  return c.html(
    <PlaceEditPage
      id={place.id}
      storedName={place.name}
      form={formState(pick(place, PLACE_KEYS))}
      locale={await pageLocale(c)}
    />,
  );
});

cast.post("/places/:id", signedIn, async (c) => {
  const place = await ownPlace(c);
  const values = pick<PlaceField>(await parseForm(c.req), PLACE_KEYS);
  const locale = await pageLocale(c);
  const checked = await checkPlace(c.var.ctx, values, locale);
  if (!checked.ok)
    return c.html(
      <PlaceEditPage id={place.id} storedName={place.name} form={checked.form} locale={locale} />,
      checked.status,
    );
  await c.var.ctx.db.update(places).set(checked.data).where(eq(places.id, place.id));
  return c.redirect(castRedirect("place-saved", "place", place.id), 303);
});

cast.post("/places/:id/delete", signedIn, async (c) => {
  const place = await ownPlace(c);
  const deleted = await c.var.ctx.db
    .delete(places)
    .where(
      and(
        eq(places.id, place.id),
        sql`(SELECT count(*) FROM places AS other WHERE other.household_id = ${place.householdId}) > 1`,
      ),
    )
    .returning({ id: places.id });
  if (deleted.length === 0) {
    const locale = await pageLocale(c);
    return c.html(
      <PlaceEditPage
        id={place.id}
        storedName={place.name}
        form={formState(pick(place, PLACE_KEYS))}
        deleteError={messages(locale).cast.lastPlace(place.name)}
        locale={locale}
      />,
      409,
    );
  }
  return c.redirect(castRedirect("place-deleted", "place"), 303);
});

async function renderCast(
  c: C,
  householdId: string,
  {
    notice,
    noticeFor,
    characterForm,
    placeForm,
    status = 200,
  }: Partial<Pick<CastPageProps, "notice" | "noticeFor" | "characterForm" | "placeForm">> & {
    status?: 200 | 400 | 422;
  },
) {
  const d = c.var.ctx.db;
  const [characterRows, placeRows] = await Promise.all([
    d
      .select()
      .from(characters)
      .where(eq(characters.householdId, householdId))
      .orderBy(asc(characters.createdAt), asc(characters.name)),
    d.select().from(places).where(eq(places.householdId, householdId)).orderBy(asc(places.createdAt), asc(places.name)),
  ]);
  c.header("Cache-Control", "no-store");
  return c.html(
    <CastPage
      characters={characterRows}
      places={placeRows}
      characterForm={characterForm ?? formState(EMPTY_CHARACTER)}
      placeForm={placeForm ?? formState(EMPTY_PLACE)}
      notice={notice}
      noticeFor={noticeFor}
      locale={await pageLocale(c)}
    />,
    status,
  );
}

type Checked<K extends string, T> = { ok: true; data: T } | { ok: false; status: 400 | 422; form: FormState<K> };

/** Valid (CharacterFields) and gentle (checkGentle), or the form to show again and why not. */
async function checkCharacter(
  ctx: Ctx,
  values: Record<CharacterField, string>,
  locale: Locale,
): Promise<Checked<CharacterField, z.output<typeof CharacterFields>>> {
  const result = CharacterFields.safeParse(values);
  if (!result.success) return { ok: false, status: 400, form: { values, errors: formErrors(result.error, locale) } };
  const { name, looks, personality } = result.data;
  const refusal = await gentleRefusal(ctx, [name, looks, personality], "looks", locale);
  if (refusal) return { ok: false, status: 422, form: { values, errors: {}, message: refusal } };
  return { ok: true, data: result.data };
}

async function checkPlace(
  ctx: Ctx,
  values: Record<PlaceField, string>,
  locale: Locale,
): Promise<Checked<PlaceField, z.output<typeof PlaceFields>>> {
  const result = PlaceFields.safeParse(values);
  if (!result.success) return { ok: false, status: 400, form: { values, errors: formErrors(result.error, locale) } };
  const refusal = await gentleRefusal(ctx, [result.data.name, result.data.description], "description", locale);
  if (refusal) return { ok: false, status: 422, form: { values, errors: {}, message: refusal } };
  return { ok: true, data: result.data };
}

/** A kind message when checkGentle refuses the text; anything else it throws goes on up. */
async function gentleRefusal(ctx: Ctx, texts: string[], field: string, locale: Locale): Promise<string | undefined> {
  try {
    await checkGentle(ctx, texts, field);
    return undefined;
  } catch (error) {
    if (error instanceof AppError && error.status === 422) return messages(locale).forms.gentler;
    throw error;
  }
}

async function ownCharacter(c: C): Promise<CharacterRow> {
  const id = c.req.param("id") ?? "";
  const row = ROW_ID.test(id)
    ? await c.var.ctx.db.query.characters.findFirst({
        where: and(eq(characters.id, id), eq(characters.householdId, currentSession(c).householdId)),
      })
    : undefined;
  // Another family's character answers exactly like one that does not exist.
  if (!row) throw new AppError(404, "No such character");
  return row;
}

async function ownPlace(c: C): Promise<PlaceRow> {
  const id = c.req.param("id") ?? "";
  const row = ROW_ID.test(id)
    ? await c.var.ctx.db.query.places.findFirst({
        where: and(eq(places.id, id), eq(places.householdId, currentSession(c).householdId)),
      })
    : undefined;
  if (!row) throw new AppError(404, "No such place");
  return row;
}
