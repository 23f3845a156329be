import {
  ILLUSTRATION_STYLES,
  type IllustrationStyle,
  LANGUAGES,
  STORY_LENGTHS,
  type StoryLength,
} from "../story/types";
import { CheckboxField, control, ErrorSummary, Field, type FormState, Options } from "./form-fields";
import { languageLabel } from "./languages";
import { Layout } from "./layout";

/** The household settings form's fields, as the form names them, in the order it shows them. */
export const SETTINGS_LABELS = {
  name: "Family name",
  email: "Email",
  childAge: "Child's age",
  bedtime: "Bedtime",
  timezone: "Time zone",
  language: "Language",
  storyLength: "Story length",
  rhyming: "Rhyming story",
  illustrationStyle: "Picture style",
  voice: "Narration voice",
} as const;
export type SettingsField = keyof typeof SETTINGS_LABELS;

export interface SettingsPageProps {
  form: FormState<SettingsField>;
  /** Every IANA zone offered (`timeZones()`). */
  zones: string[];
  /** Just saved: say so. */
  saved?: boolean;
  /** The households the signed-in parent belongs to (the switch shows when > 1). */
  households: { id: string; name: string }[];
  currentId: string;
}

const LENGTH_LABELS: Record<StoryLength, string> = {
  short: "Short (a couple of minutes)",
  medium: "Medium (about 3 minutes)",
  long: "Long (about 5 minutes)",
};

const STYLE_LABELS: Record<IllustrationStyle, string> = {
  watercolor: "Watercolour",
  crayon: "Crayon",
  storybook: "Storybook",
  "paper-cut": "Paper cut-outs",
  pastel: "Soft pastel",
  "night-sky": "Night sky",
};

const LANGUAGE_CHOICES = LANGUAGES.map((code) => [code, languageLabel(code)] as const);
const LENGTH_CHOICES = STORY_LENGTHS.map((length) => [length, LENGTH_LABELS[length]] as const);
const STYLE_CHOICES = ILLUSTRATION_STYLES.map((style) => [style, STYLE_LABELS[style]] as const);

/** The household settings form, and the household switch for operators with several families. */
export function SettingsPage({ form, zones, saved = false, households, currentId }: SettingsPageProps) {
  const { values, errors } = form;
  // A zone the list lacks (an alias like "US/Pacific", or what was just typed wrong) stays
  // selectable, so the form always shows what is stored or was sent.
  const zoneChoices = (zones.includes(values.timezone) ? zones : [values.timezone, ...zones]).map(
    (zone) => [zone, zone.replaceAll("_", " ")] as const,
  );
  const f = "settings";
  return (
    <Layout title="Settings" signedIn>
      <h1 class="page-title">Settings</h1>
      {saved ? (
        <p class="status-message" role="status">
          Settings saved.
        </p>
      ) : null}

      <form method="post" action="/settings" class="form card" novalidate>
        <ErrorSummary form={f} state={form} labels={SETTINGS_LABELS} />
        <h2>Your family</h2>
        <Field form={f} name="name" label={SETTINGS_LABELS.name} error={errors.name}>
          <input
            type="text"
            autocomplete="family-name"
            maxlength={80}
            required
            value={values.name}
            {...control(f, "name", { error: errors.name })}
          />
        </Field>
        <Field
          form={f}
          name="email"
          label={SETTINGS_LABELS.email}
          error={errors.email}
          hint="Tonight's story link is sent here."
        >
          <input
            type="email"
            autocomplete="email"
            required
            value={values.email}
            {...control(f, "email", { error: errors.email, hasHint: true })}
          />
        </Field>
        <Field
          form={f}
          name="childAge"
          label={SETTINGS_LABELS.childAge}
          error={errors.childAge}
          hint="Stories use words for this age (1 to 12)."
        >
          <input
            type="number"
            inputmode="numeric"
            min={1}
            max={12}
            step={1}
            required
            value={values.childAge}
            {...control(f, "childAge", { error: errors.childAge, hasHint: true })}
          />
        </Field>

        <h2>Bedtime</h2>
        <Field
          form={f}
          name="bedtime"
          label={SETTINGS_LABELS.bedtime}
          error={errors.bedtime}
          hint="The story arrives at this time each night."
        >
          <input
            type="time"
            required
            value={values.bedtime}
            {...control(f, "bedtime", { error: errors.bedtime, hasHint: true })}
          />
        </Field>
        <Field form={f} name="timezone" label={SETTINGS_LABELS.timezone} error={errors.timezone}>
          <select {...control(f, "timezone", { error: errors.timezone })}>
            <Options choices={zoneChoices} selected={values.timezone} />
          </select>
        </Field>

        <h2>The story</h2>
        <Field form={f} name="language" label={SETTINGS_LABELS.language} error={errors.language}>
          <select {...control(f, "language", { error: errors.language })}>
            <Options choices={LANGUAGE_CHOICES} selected={values.language} />
          </select>
        </Field>
        <Field form={f} name="storyLength" label={SETTINGS_LABELS.storyLength} error={errors.storyLength}>
          <select {...control(f, "storyLength", { error: errors.storyLength })}>
            <Options choices={LENGTH_CHOICES} selected={values.storyLength} />
          </select>
        </Field>
        <CheckboxField
          form={f}
          name="rhyming"
          label={SETTINGS_LABELS.rhyming}
          checked={values.rhyming === "on"}
          error={errors.rhyming}
        />
        <Field
          form={f}
          name="illustrationStyle"
          label={SETTINGS_LABELS.illustrationStyle}
          error={errors.illustrationStyle}
        >
          <select {...control(f, "illustrationStyle", { error: errors.illustrationStyle })}>
            <Options choices={STYLE_CHOICES} selected={values.illustrationStyle} />
          </select>
        </Field>
        <Field
          form={f}
          name="voice"
          label={SETTINGS_LABELS.voice}
          error={errors.voice}
          hint="Leave empty for the language's usual voice."
        >
          <input
            type="text"
            autocomplete="off"
            autocapitalize="words"
            spellcheck={false}
            maxlength={20}
            value={values.voice}
            {...control(f, "voice", { error: errors.voice, hasHint: true })}
          />
        </Field>

        <button type="submit" class="button">
          Save settings
        </button>
      </form>

      <p class="form-aside">
        <a href="/cast">Characters and places in the stories</a>
      </p>
      <p class="form-aside">
        <a href="/account">Who's in the family, signed-in devices, deleting the family</a>
      </p>

      {households.length > 1 ? <HouseholdSwitch households={households} currentId={currentId} /> : null}
    </Layout>
  );
}

function HouseholdSwitch({ households, currentId }: Pick<SettingsPageProps, "households" | "currentId">) {
  return (
    <form method="post" action="/household" class="form card household-switch">
      <Field form="switch" name="householdId" label="Looking after">
        <select {...control("switch", "householdId")}>
          <Options choices={households.map((h) => [h.id, h.name] as const)} selected={currentId} />
        </select>
      </Field>
      <button type="submit" class="button button-secondary">
        Switch household
      </button>
    </form>
  );
}
