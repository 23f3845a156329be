/**
 * The pieces every form page shares: a labelled field with its hint and error next to it, and
 * the error summary at the top. Forms work without JavaScript, so all of this is plain HTML.
 */
import type { Child } from "hono/jsx";
import { type Locale, messages } from "../i18n";

/** What a form shows: the values as typed (strings, even for numbers), and what is wrong. */
export interface FormState<K extends string> {
  values: Record<K, string>;
  errors: Partial<Record<K, string>>;
  /** A problem with the form as a whole (a refused wish, the last character…). */
  message?: string;
}

/** An empty, error-free form with these starting values. */
export function formState<K extends string>(values: Record<K, string>): FormState<K> {
  return { values, errors: {} };
}

/**
 * The attributes that tie a control to its label, hint and error. `form` prefixes the id, so
 * two forms on one page (add a character, add a place) can both have a "name".
 * @example
 * <input type="email" {...control("settings", "email", { error })} value={values.email} />
 */
export function control(
  form: string,
  name: string,
  { error, hasHint = false }: { error?: string; hasHint?: boolean } = {},
) {
  const id = `${form}-${name}`;
  const describedBy = [hasHint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return {
    id,
    name,
    "aria-invalid": error ? ("true" as const) : undefined,
    "aria-describedby": describedBy || undefined,
  };
}

export interface FieldProps {
  form: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
  /** The control, built with `control(form, name, { error, hasHint })` so the ids line up. */
  children: Child;
}

/** A label, an optional hint, the control and its error, stacked for a phone. */
export function Field({ form, name, label, error, hint, children }: FieldProps) {
  const id = `${form}-${name}`;
  return (
    <div class={error ? "field field-invalid" : "field"}>
      <label for={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The message under a control; its id is the one `control()` points aria-describedby at. */
function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} class="field-error">
      {error}
    </p>
  ) : null;
}

/** A checkbox reads best with its label after it, on the same line. */
export function CheckboxField({
  form,
  name,
  label,
  checked,
  error,
  hint,
}: {
  form: string;
  name: string;
  label: string;
  checked: boolean;
  error?: string;
  hint?: string;
}) {
  const id = `${form}-${name}`;
  return (
    <div class={error ? "field field-check field-invalid" : "field field-check"}>
      <input type="checkbox" value="on" checked={checked} {...control(form, name, { error, hasHint: !!hint })} />
      <label for={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

/**
 * Lists what is wrong at the top of a form, each linking to its field. Rendered only when
 * something is wrong; `role="alert"` so it is read out when the page comes back, and focused
 * (`autofocus` on a `tabindex="-1"` box) so keyboard and screen-reader users start there.
 */
export function ErrorSummary<K extends string>({
  form,
  state,
  labels,
  locale = "en",
}: {
  form: string;
  state: FormState<K>;
  labels: Record<K, string>;
  locale?: Locale;
}) {
  const wrong = (Object.keys(labels) as K[]).filter((name) => state.errors[name]);
  const focus = { tabindex: -1, autofocus: true };
  // A message alone (a refused wish) is said as it is, without a "check the form" heading.
  if (wrong.length === 0) {
    return state.message ? (
      <div class="error-summary" role="alert" id={`${form}-problems`} {...focus}>
        <p>{state.message}</p>
      </div>
    ) : null;
  }
  const headingId = `${form}-problems-heading`;
  return (
    <div class="error-summary" role="alert" aria-labelledby={headingId} id={`${form}-problems`} {...focus}>
      <h2 id={headingId}>{messages(locale).forms.checkTheForm}</h2>
      {state.message ? <p>{state.message}</p> : null}
      <ul>
        {wrong.map((name) => (
          <li>
            <a href={`#${form}-${name}`}>
              {messages(locale).forms.fieldProblem(labels[name], state.errors[name] ?? "")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One `<option>` per choice, the current one selected. */
export function Options({
  choices,
  selected,
}: {
  choices: readonly (readonly [value: string, label: string])[];
  selected: string;
}) {
  return (
    <>
      {choices.map(([value, label]) => (
        <option value={value} selected={value === selected}>
          {label}
        </option>
      ))}
    </>
  );
}
