import { PROMPT_MAX } from "../db/validation";
import { type Locale, languageLabel, messages } from "../i18n";
import { LANGUAGES, type Language } from "../story/types";
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
  locale?: Locale;
  /** The languages the active storyteller can write: exactly those are offered. */
  languages?: readonly Language[];
}

/**
 * "Tell a story now": an optional wish, the language, who is in it, where it happens and whether
 * to email when it is ready. A plain form post; the route re-renders it with the parent's input
 * and a message when something is wrong.
 */
export function TellPage({
  characters,
  places,
  values,
  error,
  fieldErrors = {},
  locale = "en",
  languages = LANGUAGES,
}: TellPageProps) {
  const t = messages(locale).tell;
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
    <Layout title={t.title} signedIn locale={locale}>
      <section class="tell">
        <h1 class="page-title">{t.title}</h1>
        <p class="quiet">{t.intro}</p>
        {error ? (
          // Focused when the form comes back refused, so the parent starts at what went wrong.
          <p id="tell-error" class="form-alert" role="alert" tabindex={-1} autofocus>
            {error}
          </p>
        ) : null}
        <form method="post" action="/tell" class="form tell-form">
          <div class="field">
            <label for="prompt">{t.prompt}</label>
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
              {t.promptHint(PROMPT_MAX)}
            </p>
            {fieldError("prompt")}
          </div>

          <div class="field">
            <label for="language">{t.language}</label>
            <select
              id="language"
              name="language"
              aria-describedby={describedBy("language")}
              aria-invalid={invalid("language")}
            >
              {languages.map((code) => (
                <option value={code} selected={code === values.language}>
                  {languageLabel(code, locale)}
                </option>
              ))}
            </select>
            {fieldError("language")}
          </div>

          <fieldset class="field" aria-describedby={describedBy("characterIds", "characters-hint")}>
            <legend>{t.characters}</legend>
            <p id="characters-hint" class="hint">
              {t.charactersHint}
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
                {t.noCharactersBefore}
                <a href="/cast">{t.noCharactersLink}</a>
                {t.noCharactersAfter}
              </p>
            )}
            {fieldError("characterIds")}
          </fieldset>

          <div class="field">
            <label for="placeId">{t.place}</label>
            <select
              id="placeId"
              name="placeId"
              aria-describedby={describedBy("placeId")}
              aria-invalid={invalid("placeId")}
            >
              <option value="" selected={values.placeId === ""}>
                {t.surpriseMe}
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
              <span>{t.notify}</span>
            </label>
          </div>

          <button type="submit" class="button">
            {t.submit}
          </button>
        </form>
      </section>
    </Layout>
  );
}
