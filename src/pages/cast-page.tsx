import type { CharacterRow, PlaceRow } from "../db/schema";
import { TIMES_OF_DAY, type TimeOfDay } from "../story/types";
import { control, ErrorSummary, Field, type FormState, Options } from "./form-fields";
import { Layout } from "./layout";

/** The character form's fields, as the form names them. */
export const CHARACTER_LABELS = { name: "Name", looks: "Looks", personality: "Personality" } as const;
export type CharacterField = keyof typeof CHARACTER_LABELS;

/** The place form's fields, as the form names them. */
export const PLACE_LABELS = { name: "Place name", description: "Description", timeOfDay: "Time of day" } as const;
export type PlaceField = keyof typeof PLACE_LABELS;

const TIME_LABELS: Record<TimeOfDay, string> = {
  morning: "Morning",
  afternoon: "Afternoon",
  evening: "Evening",
  night: "Night",
};
const TIME_CHOICES = TIMES_OF_DAY.map((time) => [time, TIME_LABELS[time]] as const);

export const EMPTY_CHARACTER: Record<CharacterField, string> = { name: "", looks: "", personality: "" };
export const EMPTY_PLACE: Record<PlaceField, string> = { name: "", description: "", timeOfDay: "evening" };

export interface CastPageProps {
  characters: Pick<CharacterRow, "id" | "name" | "looks" | "personality">[];
  places: Pick<PlaceRow, "id" | "name" | "description" | "timeOfDay">[];
  /** The "add a character" form, kept as typed when it was refused. */
  characterForm: FormState<CharacterField>;
  placeForm: FormState<PlaceField>;
  /** What just happened ("Character added."), from a fixed list. */
  notice?: string;
}

/** Characters and places: what the stories are made of. Lists both, with a form to add each. */
export function CastPage({ characters, places, characterForm, placeForm, notice }: CastPageProps) {
  return (
    <Layout title="Characters and places" signedIn>
      <h1 class="page-title">Characters and places</h1>
      <p class="quiet">Each night's story picks a few characters and one place from these lists.</p>
      {notice ? (
        <p class="status-message" role="status">
          {notice}
        </p>
      ) : null}

      <section aria-labelledby="characters-heading" id="characters">
        <h2 id="characters-heading">Characters</h2>
        <ul class="cast-list">
          {characters.map((character) => (
            <li>
              <div class="cast-text">
                <strong class="cast-name">{character.name}</strong>
                <span class="cast-detail">{character.looks}</span>
              </div>
              <a class="cast-edit" href={`/characters/${character.id}/edit`}>
                Edit<span class="visually-hidden"> {character.name}</span>
              </a>
            </li>
          ))}
        </ul>
        <form method="post" action="/characters" class="form card" novalidate>
          <h3>Add a character</h3>
          <CharacterFields form="new-character" state={characterForm} />
          <button type="submit" class="button">
            Add character
          </button>
        </form>
      </section>

      <section aria-labelledby="places-heading" id="places">
        <h2 id="places-heading">Places</h2>
        <ul class="cast-list">
          {places.map((place) => (
            <li>
              <div class="cast-text">
                <strong class="cast-name">{place.name}</strong>
                <span class="cast-detail">
                  {TIME_LABELS[place.timeOfDay] ?? place.timeOfDay} · {place.description}
                </span>
              </div>
              <a class="cast-edit" href={`/places/${place.id}/edit`}>
                Edit<span class="visually-hidden"> {place.name}</span>
              </a>
            </li>
          ))}
        </ul>
        <form method="post" action="/places" class="form card" novalidate>
          <h3>Add a place</h3>
          <PlaceFields form="new-place" state={placeForm} />
          <button type="submit" class="button">
            Add place
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
}

/** Edit one character, or delete it. */
export function CharacterEditPage({ id, storedName, form, deleteError }: EditPageProps<CharacterField>) {
  return (
    <Layout title={`Edit ${storedName}`} signedIn>
      <p class="back-link">
        <a href="/cast#characters">Back to characters and places</a>
      </p>
      <h1 class="page-title">Edit {storedName}</h1>
      <form method="post" action={`/characters/${id}`} class="form card" novalidate>
        <CharacterFields form="character" state={form} />
        <button type="submit" class="button">
          Save character
        </button>
      </form>
      <DeleteForm action={`/characters/${id}/delete`} name={storedName} error={deleteError} />
    </Layout>
  );
}

/** Edit one place, or delete it. */
export function PlaceEditPage({ id, storedName, form, deleteError }: EditPageProps<PlaceField>) {
  return (
    <Layout title={`Edit ${storedName}`} signedIn>
      <p class="back-link">
        <a href="/cast#places">Back to characters and places</a>
      </p>
      <h1 class="page-title">Edit {storedName}</h1>
      <form method="post" action={`/places/${id}`} class="form card" novalidate>
        <PlaceFields form="place" state={form} />
        <button type="submit" class="button">
          Save place
        </button>
      </form>
      <DeleteForm action={`/places/${id}/delete`} name={storedName} error={deleteError} />
    </Layout>
  );
}

/** Deleting is its own form, away from "Save", with the name on the button. */
function DeleteForm({ action, name, error }: { action: string; name: string; error?: string }) {
  return (
    <form method="post" action={action} class="delete-form">
      {error ? (
        <p class="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" class="button button-danger">
        Delete {name}
      </button>
    </form>
  );
}

function CharacterFields({ form, state }: { form: string; state: FormState<CharacterField> }) {
  const { values, errors } = state;
  return (
    <>
      <ErrorSummary form={form} state={state} labels={CHARACTER_LABELS} />
      <Field form={form} name="name" label={CHARACTER_LABELS.name} error={errors.name}>
        <input
          type="text"
          autocomplete="off"
          maxlength={40}
          required
          value={values.name}
          {...control(form, "name", { error: errors.name })}
        />
      </Field>
      <Field
        form={form}
        name="looks"
        label={CHARACTER_LABELS.looks}
        error={errors.looks}
        hint="What the pictures show: “a small red fox with a green scarf”."
      >
        <textarea rows={3} maxlength={300} required {...control(form, "looks", { error: errors.looks, hasHint: true })}>
          {values.looks}
        </textarea>
      </Field>
      <Field
        form={form}
        name="personality"
        label={CHARACTER_LABELS.personality}
        error={errors.personality}
        hint="How they behave: “curious and brave”."
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

function PlaceFields({ form, state }: { form: string; state: FormState<PlaceField> }) {
  const { values, errors } = state;
  return (
    <>
      <ErrorSummary form={form} state={state} labels={PLACE_LABELS} />
      <Field form={form} name="name" label={PLACE_LABELS.name} error={errors.name}>
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
        label={PLACE_LABELS.description}
        error={errors.description}
        hint="What it looks like: “a quiet beach with rock pools”."
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
      <Field form={form} name="timeOfDay" label={PLACE_LABELS.timeOfDay} error={errors.timeOfDay}>
        <select {...control(form, "timeOfDay", { error: errors.timeOfDay })}>
          <Options choices={TIME_CHOICES} selected={values.timeOfDay} />
        </select>
      </Field>
    </>
  );
}
