import { PROMPT_MAX } from "../db/validation";
import { LANGUAGES } from "../story/types";
import { languageLabel } from "./languages";
import { Layout } from "./layout";

/** The form as the parent filled it in: kept as typed, so an error never loses their words. */
export interface TellFormValues {
  prompt: string;
  language: string;
  characterIds: string[];
  /** "" = surprise me. */
  placeId: string;
  notify: boolean;
}

/** A form field a message can point at. */
export type TellField = keyof TellFormValues;

export interface TellPageProps {
  /** The household's characters and places (settings), to choose from. */
  characters: { id: string; name: string }[];
  places: { id: string; name: string }[];
  values: TellFormValues;
  /** What went wrong, for the alert at the top of the form. */
  error?: string;
  /** Per-field messages; a field named here is also marked invalid. */
  fieldErrors?: Partial<Record<TellField, string>>;
}

/**
 * "Tell a story now": an optional wish, the language, who is in it, where it happens and whether
 * to email when it is ready. A plain form post; the route re-renders it with the parent's input
 * and a message when something is wrong.
 */
export function TellPage({ characters, places, values, error, fieldErrors = {} }: TellPageProps) {
  // aria-describedby ids for a field: its hint, its own message, and the form's alert.
  const describedBy = (field: TellField, hint?: string) =>
    [hint, fieldErrors[field] ? `${field}-error` : undefined, error && fieldErrors[field] ? "tell-error" : undefined]
      .filter(Boolean)
      .join(" ") || undefined;
  const invalid = (field: TellField) => (fieldErrors[field] ? "true" : undefined);
  const fieldError = (field: TellField) =>
    fieldErrors[field] ? (
      <p id={`${field}-error`} class="field-error">
        {fieldErrors[field]}
      </p>
    ) : null;

  return (
    <Layout title="Tell a story now" signedIn>
      <section class="tell">
        <h1 class="page-title">Tell a story now</h1>
        <p class="quiet">Make a wish, or leave it all to us. The story is usually ready in about a minute.</p>
        {error ? (
          <p id="tell-error" class="form-alert" role="alert">
            {error}
          </p>
        ) : null}
        <form method="post" action="/tell" class="form tell-form">
          <div class="field">
            <label for="prompt">What should tonight's story be about?</label>
            <textarea
              id="prompt"
              name="prompt"
              rows={4}
              maxlength={PROMPT_MAX}
              aria-describedby={describedBy("prompt", "prompt-hint")}
              aria-invalid={invalid("prompt")}
            >
              {values.prompt}
            </textarea>
            <p id="prompt-hint" class="hint">
              Optional, up to {PROMPT_MAX} characters: “a lost mitten”, “a dragon who can't sleep”.
            </p>
            {fieldError("prompt")}
          </div>

          <div class="field">
            <label for="language">Language</label>
            <select
              id="language"
              name="language"
              aria-describedby={describedBy("language")}
              aria-invalid={invalid("language")}
            >
              {LANGUAGES.map((code) => (
                <option value={code} selected={code === values.language}>
                  {languageLabel(code)}
                </option>
              ))}
            </select>
            {fieldError("language")}
          </div>

          <fieldset class="field" aria-describedby={describedBy("characterIds", "characters-hint")}>
            <legend>Characters</legend>
            <p id="characters-hint" class="hint">
              Pick up to six, or none and we'll choose.
            </p>
            {characters.length > 0 ? (
              <ul class="choices">
                {characters.map((character) => (
                  <li>
                    <label class="check">
                      <input
                        type="checkbox"
                        name="characterIds"
                        value={character.id}
                        checked={values.characterIds.includes(character.id)}
                      />
                      <span>{character.name}</span>
                    </label>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="quiet">
                No characters yet: <a href="/settings">add some in Settings</a>, or let us surprise you.
              </p>
            )}
            {fieldError("characterIds")}
          </fieldset>

          <div class="field">
            <label for="placeId">Place</label>
            <select
              id="placeId"
              name="placeId"
              aria-describedby={describedBy("placeId")}
              aria-invalid={invalid("placeId")}
            >
              <option value="" selected={values.placeId === ""}>
                Surprise me
              </option>
              {places.map((place) => (
                <option value={place.id} selected={place.id === values.placeId}>
                  {place.name}
                </option>
              ))}
            </select>
            {fieldError("placeId")}
          </div>

          <div class="field">
            <label class="check">
              <input type="checkbox" name="notify" value="yes" checked={values.notify} />
              <span>Email me when it's ready</span>
            </label>
          </div>

          <button type="submit" class="button">
            Tell the story
          </button>
        </form>
      </section>
    </Layout>
  );
}
