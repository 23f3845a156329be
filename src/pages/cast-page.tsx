import type { CharacterRow, PlaceRow } from "../db/schema";
import { type Locale, messages } from "../i18n";
import type { en } from "../i18n/en";
import { TIMES_OF_DAY } from "../story/types";
import { control, ErrorSummary, Field, type FormState, Options } from "./form-fields";
import { Layout } from "./layout";

/** The character form's fields, as the form names them. */
export type CharacterField = keyof typeof en.cast.characterLabels;
/** The place form's fields, as the form names them. */
export type PlaceField = keyof typeof en.cast.placeLabels;
/** What `/cast?done=…` can say (a fixed list, so the query string cannot put words on the page). */
export type CastNotice = keyof typeof en.cast.notices;

export const EMPTY_CHARACTER: Record<CharacterField, string> = { name: "", looks: "", personality: "" };
export const EMPTY_PLACE: Record<PlaceField, string> = { name: "", description: "", timeOfDay: "evening" };

/** The anchor of an entry in the lists, which a redirect after adding or saving it scrolls to. */
export const castAnchor = (kind: "character" | "place", id: string) => `${kind}-${id}`;

export interface CastPageProps {
  characters: Pick<CharacterRow, "id" | "name" | "looks" | "personality">[];
  places: Pick<PlaceRow, "id" | "name" | "description" | "timeOfDay">[];
  /** The "add a character" form, kept as typed when it was refused. */
  characterForm: FormState<CharacterField>;
  placeForm: FormState<PlaceField>;
  /** What just happened ("Character added."). */
  notice?: CastNotice;
  /** The entry the notice is about: the notice shows inside it, next to what changed. */
  noticeFor?: string;
  locale?: Locale;
}

/** Characters and places: what the stories are made of. Lists both, with a form to add each. */
export function CastPage({
  characters,
  places,
  characterForm,
  placeForm,
  notice,
  noticeFor,
  locale = "en",
}: CastPageProps) {
  const t = messages(locale).cast;
  const status = notice ? (
    <p class="status-message" role="status">
      {t.notices[notice]}
    </p>
  ) : null;
  const listed = [...characters, ...places].some((entry) => entry.id === noticeFor);
  return (
    <Layout title={t.title} signedIn locale={locale}>
      <h1 class="page-title">{t.title}</h1>
      <p class="quiet">{t.intro}</p>
      {listed ? null : status}

      <section aria-labelledby="characters-heading" id="characters">
        <h2 id="characters-heading">{t.characters}</h2>
        <ul class="cast-list">
          {characters.map((character) => (
            <li id={castAnchor("character", character.id)}>
              <div class="cast-text">
                <strong class="cast-name">{character.name}</strong>
                <span class="cast-detail">{character.looks}</span>
                {character.id === noticeFor ? status : null}
              </div>
              <a class="cast-edit" href={`/characters/${character.id}/edit`}>
                {t.edit}
                <span class="visually-hidden"> {character.name}</span>
              </a>
            </li>
          ))}
        </ul>
        <form method="post" action="/characters" class="form card" novalidate>
          <h3>{t.addCharacterHeading}</h3>
          <CharacterFields form="new-character" state={characterForm} locale={locale} />
          <button type="submit" class="button">
            {t.addCharacter}
          </button>
        </form>
      </section>

      <section aria-labelledby="places-heading" id="places">
        <h2 id="places-heading">{t.places}</h2>
        <ul class="cast-list">
          {places.map((place) => (
            <li id={castAnchor("place", place.id)}>
              <div class="cast-text">
                <strong class="cast-name">{place.name}</strong>
                <span class="cast-detail">
                  {t.times[place.timeOfDay] ?? place.timeOfDay} · {place.description}
                </span>
                {place.id === noticeFor ? status : null}
              </div>
              <a class="cast-edit" href={`/places/${place.id}/edit`}>
                {t.edit}
                <span class="visually-hidden"> {place.name}</span>
              </a>
            </li>
          ))}
        </ul>
        <form method="post" action="/places" class="form card" novalidate>
          <h3>{t.addPlaceHeading}</h3>
          <PlaceFields form="new-place" state={placeForm} locale={locale} />
          <button type="submit" class="button">
            {t.addPlace}
          </button>
        </form>
      </section>
    </Layout>
  );
}

export interface EditPageProps<K extends string> {
  id: string;
  /** The name as stored (the form may hold an edited one that was refused). */
  storedName: string;
  form: FormState<K>;
  /** Why deleting was refused (the last character or place). */
  deleteError?: string;
  locale?: Locale;
}

/** Edit one character, or delete it. */
export function CharacterEditPage({ id, storedName, form, deleteError, locale = "en" }: EditPageProps<CharacterField>) {
  const t = messages(locale).cast;
  return (
    <Layout title={t.editTitle(storedName)} signedIn locale={locale}>
      <p class="back-link">
        <a href={`/cast#${castAnchor("character", id)}`}>{t.back}</a>
      </p>
      <h1 class="page-title">{t.editTitle(storedName)}</h1>
      <form method="post" action={`/characters/${id}`} class="form card" novalidate>
        <CharacterFields form="character" state={form} locale={locale} />
        <button type="submit" class="button">
          {t.saveCharacter}
        </button>
      </form>
      <DeleteForm
        action={`/characters/${id}/delete`}
        name={storedName}
        question={t.deleteCharacterQuestion(storedName)}
        error={deleteError}
        locale={locale}
      />
    </Layout>
  );
}

/** Edit one place, or delete it. */
export function PlaceEditPage({ id, storedName, form, deleteError, locale = "en" }: EditPageProps<PlaceField>) {
  const t = messages(locale).cast;
  return (
    <Layout title={t.editTitle(storedName)} signedIn locale={locale}>
      <p class="back-link">
        <a href={`/cast#${castAnchor("place", id)}`}>{t.back}</a>
      </p>
      <h1 class="page-title">{t.editTitle(storedName)}</h1>
      <form method="post" action={`/places/${id}`} class="form card" novalidate>
        <PlaceFields form="place" state={form} locale={locale} />
        <button type="submit" class="button">
          {t.savePlace}
        </button>
      </form>
      <DeleteForm
        action={`/places/${id}/delete`}
        name={storedName}
        question={t.deletePlaceQuestion(storedName)}
        error={deleteError}
        locale={locale}
      />
    </Layout>
  );
}

/**
 * Deleting is its own form, away from "Save", behind a confirm step: a <details> that opens on
 * "Delete…" to ask the question, with the name on the button that really deletes. No script, so
 * it works everywhere; open already when a delete was just refused, to show why.
 */
function DeleteForm({
  action,
  name,
  question,
  error,
  locale,
}: {
  action: string;
  name: string;
  question: string;
  error?: string;
  locale: Locale;
}) {
  const t = messages(locale).cast;
  return (
    <details class="delete-confirm" open={error ? true : undefined}>
      <summary class="button button-secondary">{t.deleteOpen}</summary>
      <form method="post" action={action} class="delete-form">
        {error ? (
          <p class="form-error" role="alert">
            {error}
          </p>
        ) : (
          <p>{question}</p>
        )}
        <button type="submit" class="button button-danger">
          {t.delete(name)}
        </button>
      </form>
    </details>
  );
}

function CharacterFields({ form, state, locale }: { form: string; state: FormState<CharacterField>; locale: Locale }) {
  const t = messages(locale).cast;
  const labels = t.characterLabels;
  const { values, errors } = state;
  return (
    <>
      <ErrorSummary form={form} state={state} labels={labels} locale={locale} />
      <Field form={form} name="name" label={labels.name} error={errors.name}>
        <input
          type="text"
          autocomplete="off"
          maxlength={40}
          required
          value={values.name}
          {...control(form, "name", { error: errors.name })}
        />
      </Field>
      <Field form={form} name="looks" label={labels.looks} error={errors.looks} hint={t.looksHint}>
        <textarea rows={3} maxlength={300} required {...control(form, "looks", { error: errors.looks, hasHint: true })}>
          {values.looks}
        </textarea>
      </Field>
      <Field
        form={form}
        name="personality"
        label={labels.personality}
        error={errors.personality}
        hint={t.personalityHint}
      >
        <textarea
          rows={3}
          maxlength={300}
          required
          {...control(form, "personality", { error: errors.personality, hasHint: true })}
        >
          {values.personality}
        </textarea>
      </Field>
    </>
  );
}

function PlaceFields({ form, state, locale }: { form: string; state: FormState<PlaceField>; locale: Locale }) {
  const t = messages(locale).cast;
  const labels = t.placeLabels;
  const { values, errors } = state;
  return (
    <>
      <ErrorSummary form={form} state={state} labels={labels} locale={locale} />
      <Field form={form} name="name" label={labels.name} error={errors.name}>
        <input
          type="text"
          autocomplete="off"
          maxlength={60}
          required
          value={values.name}
          {...control(form, "name", { error: errors.name })}
        />
      </Field>
      <Field
        form={form}
        name="description"
        label={labels.description}
        error={errors.description}
        hint={t.descriptionHint}
      >
        <textarea
          rows={3}
          maxlength={400}
          required
          {...control(form, "description", { error: errors.description, hasHint: true })}
        >
          {values.description}
        </textarea>
      </Field>
      <Field form={form} name="timeOfDay" label={labels.timeOfDay} error={errors.timeOfDay}>
        <select {...control(form, "timeOfDay", { error: errors.timeOfDay })}>
          <Options choices={TIMES_OF_DAY.map((time) => [time, t.times[time]] as const)} selected={values.timeOfDay} />
        </select>
      </Field>
    </>
  );
}
