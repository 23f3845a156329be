import { type Locale, languageLabel, messages } from "../i18n";
import type { en } from "../i18n/en";
import { ILLUSTRATION_STYLES, LANGUAGES, type Language, STORY_LENGTHS } from "../story/types";
import { CheckboxField, control, ErrorSummary, Field, type FormState, Options } from "./form-fields";
import { Layout } from "./layout";

/** The household settings form's fields, as the form names them, in the order it shows them. */
export type SettingsField = keyof typeof en.settings.labels;

export interface SettingsPageProps {
  form: FormState<SettingsField>;
  /** Every IANA zone offered (`timeZones()`). */
  zones: string[];
  /** Just saved: say so. */
  saved?: boolean;
  /** The private podcast feed: its https link, the same for podcast apps, and "just replaced". */
  feed?: {
    url: string;
    appUrl: string;
    rotated?: boolean;
    /** A narrator records stories: else the feed stays empty, and the page says why. */
    narrated: boolean;
  };
  /** The nightly email's "stop" links were just voided: say so. */
  unsubscribeRenewed?: boolean;
  /** The households the signed-in parent belongs to (the switch shows when > 1). */
  households: { id: string; name: string }[];
  currentId: string;
  locale?: Locale;
  /** The request's CSP nonce, for the small script that suggests the device's time zone. */
  nonce?: string;
  /** The languages the active storyteller can write: exactly those are offered. */
  languages?: readonly Language[];
}

/** The household settings form, and the household switch for operators with several families. */
export function SettingsPage({
  form,
  zones,
  saved = false,
  feed,
  unsubscribeRenewed = false,
  households,
  currentId,
  locale = "en",
  nonce,
  languages = LANGUAGES,
}: SettingsPageProps) {
  const t = messages(locale).settings;
  const labels = t.labels;
  const { values, errors } = form;
  const f = "settings";
  return (
    <Layout title={t.title} signedIn locale={locale} scripts={["/time-zone.js"]} nonce={nonce}>
      <h1 class="page-title">{t.title}</h1>
      {saved ? (
        <p class="status-message" role="status">
          {t.saved}
        </p>
      ) : null}

      <form method="post" action="/settings" class="form card" novalidate>
        <ErrorSummary form={f} state={form} labels={labels} locale={locale} />
        <h2>{t.family}</h2>
        <Field form={f} name="name" label={labels.name} error={errors.name}>
          <input
            type="text"
            autocomplete="family-name"
            maxlength={80}
            required
            value={values.name}
            {...control(f, "name", { error: errors.name })}
          />
        </Field>
        <Field form={f} name="email" label={labels.email} error={errors.email} hint={t.emailHint}>
          <input
            type="email"
            autocomplete="email"
            required
            value={values.email}
            {...control(f, "email", { error: errors.email, hasHint: true })}
          />
        </Field>
        <Field form={f} name="childAge" label={labels.childAge} error={errors.childAge} hint={t.childAgeHint}>
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

        <h2>{t.bedtimeHeading}</h2>
        <Field form={f} name="bedtime" label={labels.bedtime} error={errors.bedtime} hint={t.bedtimeHint}>
          <input
            type="time"
            required
            value={values.bedtime}
            {...control(f, "bedtime", { error: errors.bedtime, hasHint: true })}
          />
        </Field>
        <Field form={f} name="timezone" label={labels.timezone} error={errors.timezone} hint={t.timezoneHint}>
          <select {...control(f, "timezone", { error: errors.timezone, hasHint: true })}>
            <ZoneOptions zones={zones} selected={values.timezone} regions={t.regions} />
          </select>
          {/* Shown by /time-zone.js when this device's zone differs from the one selected. */}
          <p class="zone-suggestion" data-zone-suggestion hidden>
            <button type="button" class="link-button" data-zone-for="settings-timezone">
              {t.useDeviceZone} <span data-zone-name />
            </button>
          </p>
        </Field>
        <CheckboxField
          form={f}
          name="nightlyEmail"
          label={labels.nightlyEmail}
          checked={values.nightlyEmail === "on"}
          error={errors.nightlyEmail}
          hint={t.nightlyEmailHint}
        />

        <h2>{t.storyHeading}</h2>
        <Field form={f} name="language" label={labels.language} error={errors.language} hint={t.languageHint}>
          <select {...control(f, "language", { error: errors.language, hasHint: true })}>
            <Options
              choices={languages.map((code) => [code, languageLabel(code, locale)] as const)}
              selected={values.language}
            />
          </select>
        </Field>
        <Field form={f} name="storyLength" label={labels.storyLength} error={errors.storyLength}>
          <select {...control(f, "storyLength", { error: errors.storyLength })}>
            <Options
              choices={STORY_LENGTHS.map((length) => [length, t.lengths[length]] as const)}
              selected={values.storyLength}
            />
          </select>
        </Field>
        <CheckboxField
          form={f}
          name="rhyming"
          label={labels.rhyming}
          checked={values.rhyming === "on"}
          error={errors.rhyming}
        />
        <Field form={f} name="illustrationStyle" label={labels.illustrationStyle} error={errors.illustrationStyle}>
          <select {...control(f, "illustrationStyle", { error: errors.illustrationStyle })}>
            <Options
              choices={ILLUSTRATION_STYLES.map((style) => [style, t.styles[style]] as const)}
              selected={values.illustrationStyle}
            />
          </select>
        </Field>
        <Field form={f} name="voice" label={labels.voice} error={errors.voice} hint={t.voiceHint}>
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
          {t.save}
        </button>
      </form>

      {feed ? <PodcastFeed feed={feed} locale={locale} /> : null}
      <StopLinks renewed={unsubscribeRenewed} locale={locale} />

      <p class="form-aside">
        <a href="/cast">{t.castLink}</a>
      </p>
      <p class="form-aside">
        <a href="/account">{t.accountLink}</a>
      </p>

      {households.length > 1 ? <HouseholdSwitch households={households} currentId={currentId} locale={locale} /> : null}
    </Layout>
  );
}

/** Voiding the "stop nightly emails" links in emails already sent (a forwarded email, say). */
function StopLinks({ renewed, locale }: { renewed: boolean; locale: Locale }) {
  const t = messages(locale).settings.stopLinks;
  return (
    <section class="form card" id="stop-links" aria-labelledby="stop-links-heading">
      <h2 id="stop-links-heading">{t.heading}</h2>
      {renewed ? (
        <p class="status-message" role="status">
          {t.renewed}
        </p>
      ) : null}
      <form method="post" action="/settings/unsubscribe-links">
        <p class="field-hint" id="stop-links-hint">
          {t.hint}
        </p>
        <button type="submit" class="button button-secondary" aria-describedby="stop-links-hint">
          {t.renew}
        </button>
      </form>
    </section>
  );
}

/**
 * The private podcast link: a `podcast://` link opens the device's podcast app, and the https URL
 * is there to copy for any other app. Replacing the link is a plain form post.
 */
function PodcastFeed({ feed, locale }: { feed: NonNullable<SettingsPageProps["feed"]>; locale: Locale }) {
  const t = messages(locale).settings.podcast;
  return (
    <section class="form card podcast-feed" id="podcast" aria-labelledby="podcast-heading">
      <h2 id="podcast-heading">{t.heading}</h2>
      {feed.rotated ? (
        <p class="status-message" role="status">
          {t.rotated}
        </p>
      ) : null}
      {feed.narrated ? (
        <>
          <p>{t.intro}</p>
          <p>{t.onlyNarrated}</p>
          <p>
            <a class="button" href={feed.appUrl}>
              {t.add}
            </a>
          </p>
        </>
      ) : (
        // No button inviting a subscription to a feed that nothing will ever fill.
        <p>{t.noNarrator}</p>
      )}
      <div class="field">
        <label for="podcast-url">{feed.narrated ? t.urlLabel : t.urlLabelLater}</label>
        <input id="podcast-url" type="url" readonly value={feed.url} aria-describedby="podcast-secret" />
        <p class="field-hint" id="podcast-secret">
          {t.secret}
        </p>
      </div>
      <form method="post" action="/settings/feed">
        <p class="field-hint" id="podcast-rotate-hint">
          {t.rotateHint}
        </p>
        <button type="submit" class="button button-secondary" aria-describedby="podcast-rotate-hint">
          {t.rotate}
        </button>
      </form>
    </section>
  );
}

type Regions = typeof en.settings.regions;

/**
 * Every zone, grouped by region (the first part of its IANA name) so a long list is quick to scan
 * and type-to-search. A zone the list lacks (an alias like "US/Pacific", or what was just typed
 * wrong) stays selectable at the top, so the form always shows what is stored or was sent.
 */
function ZoneOptions({ zones, selected, regions }: { zones: string[]; selected: string; regions: Regions }) {
  const groups = new Map<keyof Regions, string[]>();
  for (const zone of zones) {
    const first = zone.split("/")[0] ?? "";
    const region = (Object.hasOwn(regions, first) && zone.includes("/") ? first : "Other") as keyof Regions;
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  const label = (zone: string) => zone.replaceAll("_", " ");
  return (
    <>
      {zones.includes(selected) ? null : (
        <option value={selected} selected>
          {label(selected)}
        </option>
      )}
      {[...groups].map(([region, members]) => (
        <optgroup label={regions[region]}>
          <Options choices={members.map((zone) => [zone, label(zone)] as const)} selected={selected} />
        </optgroup>
      ))}
    </>
  );
}

function HouseholdSwitch({
  households,
  currentId,
  locale,
}: Pick<SettingsPageProps, "households" | "currentId"> & { locale: Locale }) {
  const t = messages(locale).settings;
  return (
    <form method="post" action="/household" class="form card household-switch">
      <Field form="switch" name="householdId" label={t.lookingAfter}>
        <select {...control("switch", "householdId")}>
          <Options choices={households.map((h) => [h.id, h.name] as const)} selected={currentId} />
        </select>
      </Field>
      <button type="submit" class="button button-secondary">
        {t.switchHousehold}
      </button>
    </form>
  );
}
