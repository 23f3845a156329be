/**
 * Signing in by emailed link: ask for the address, say a link is on its way (whether or not the
 * address has an account), then the link's own page — a button that uses it, or, for a new
 * family, the few things we need to start one. A used or expired link gets a kind page that
 * offers a new one.
 */
import type { LinkPurpose } from "../db/schema";
import { type Locale, languageLabel, type Messages, messages } from "../i18n";
import { LANGUAGES, type Language } from "../story/types";
import { control, ErrorSummary, Field, type FormState, Options } from "./form-fields";
import { Layout } from "./layout";

export interface SignInPageProps {
  next: string;
  /** What was typed, to show again. */
  email?: string;
  error?: string;
  /** A line above the form ("Your family has been deleted."). */
  notice?: string;
  /** The page's language. */
  locale?: Locale;
}

export function SignInPage({ next, email = "", error, notice, locale = "en" }: SignInPageProps) {
  const t = messages(locale).signIn;
  return (
    <Layout title={t.title} locale={locale}>
      <section class="card narrow">
        <h1>{t.heading}</h1>
        <p>{t.intro}</p>
        {notice ? (
          <p class="status-message" role="status">
            {notice}
          </p>
        ) : null}
        <EmailForm next={next} email={email} error={error} locale={locale} />
      </section>
    </Layout>
  );
}

function EmailForm({
  next,
  email = "",
  error,
  locale = "en",
}: {
  next: string;
  email?: string;
  error?: string;
  locale?: Locale;
}) {
  const t = messages(locale).signIn;
  return (
    <form method="post" action="/sign-in" class="form">
      <input type="hidden" name="next" value={next} />
      <Field form="sign-in" name="email" label={t.email} error={error} hint={t.emailHint}>
        <input
          type="email"
          autocomplete="email"
          required
          maxlength={254}
          value={email}
          {...control("sign-in", "email", { error, hasHint: true })}
        />
      </Field>
      <button type="submit" class="button">
        {t.sendLink}
      </button>
    </form>
  );
}

/**
 * A catalogue sentence with `{email}` in it, the address set in bold (JSX escapes it).
 * @example withEmail("Signing in as {email}.", "a@b.c") // Signing in as <strong>a@b.c</strong>.
 */
function withEmail(template: string, email: string) {
  const [before = "", after = ""] = template.split("{email}");
  return (
    <>
      {before}
      <strong>{email}</strong>
      {after}
    </>
  );
}

/** The same words whether or not the address has an account, so the page reveals nothing. */
export function LinkSentPage({ email, locale = "en" }: { email: string; locale?: Locale }) {
  const t = messages(locale).signIn;
  return (
    <Layout title={t.sentTitle} locale={locale}>
      <section class="card narrow">
        <h1>{t.sentTitle}</h1>
        <p role="status">{withEmail(t.sentBody, email)}</p>
        <p class="quiet">{t.sentHelp}</p>
        <p>
          <a href="/sign-in">{t.otherAddress}</a>
        </p>
      </section>
    </Layout>
  );
}

export type NewFamilyField = keyof Messages["signIn"]["familyLabels"];

export interface LinkPageProps {
  token: string;
  /** Where to go once signed in (a same-site path). */
  next: string;
  email: string;
  purpose: LinkPurpose;
  /** The family an invitation joins. */
  householdName?: string;
  /** For a sign-up link: the new family's form. */
  family?: FormState<NewFamilyField>;
  zones?: string[];
  /** The languages the configured storyteller can write: the only ones a new family may pick. */
  languages?: readonly Language[];
  /** The page's language: the reader's choice, else the family's, else the browser's. */
  locale?: Locale;
}

/**
 * The page an emailed link opens. Using the link takes a press of the button (a POST), so mail
 * scanners that open links to check them can't use it up.
 */
export function LinkPage({
  token,
  next,
  email,
  purpose,
  householdName,
  family,
  zones = [],
  languages = LANGUAGES,
  locale = "en",
}: LinkPageProps) {
  const t = messages(locale).signIn;
  if (purpose === "sign-up" && family) {
    const { values, errors } = family;
    const f = "family";
    const labels = t.familyLabels;
    const languageChoices = languages.map((code) => [code, languageLabel(code, locale)] as const);
    return (
      <Layout title={t.startTitle} locale={locale}>
        <section class="card narrow">
          <h1>{t.startTitle}</h1>
          <p>{withEmail(t.signingUpAs, email)}</p>
          <ErrorSummary form={f} state={family} labels={labels} locale={locale} />
          <form method="post" action="/sign-in/link" class="form">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="next" value={next} />
            <Field form={f} name="name" label={labels.name} error={errors.name}>
              <input
                type="text"
                required
                maxlength={80}
                placeholder={t.familyPlaceholder}
                value={values.name}
                {...control(f, "name", { error: errors.name })}
              />
            </Field>
            <Field form={f} name="timezone" label={labels.timezone} error={errors.timezone}>
              <select {...control(f, "timezone", { error: errors.timezone })}>
                <Options choices={zones.map((z) => [z, z] as const)} selected={values.timezone} />
              </select>
            </Field>
            <Field form={f} name="language" label={labels.language} error={errors.language}>
              <select {...control(f, "language", { error: errors.language })}>
                <Options choices={languageChoices} selected={values.language} />
              </select>
            </Field>
            <button type="submit" class="button">
              {t.startFamily}
            </button>
          </form>
        </section>
      </Layout>
    );
  }
  const joining = purpose === "invite" && householdName;
  const heading = joining ? t.join(householdName) : t.welcomeBack;
  return (
    <Layout title={joining ? heading : t.title} locale={locale}>
      <section class="card narrow">
        <h1>{heading}</h1>
        <p>{withEmail(t.signingInAs, email)}</p>
        <form method="post" action="/sign-in/link" class="form">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="next" value={next} />
          <button type="submit" class="button">
            {joining ? t.joinAndSignIn : t.submit}
          </button>
        </form>
      </section>
    </Layout>
  );
}

export type LinkProblem = keyof Messages["signIn"]["problems"];

/** A kind page for a link that can't be used, with the form for a new one. */
export function LinkProblemPage({ problem, locale = "en" }: { problem: LinkProblem; locale?: Locale }) {
  const text = messages(locale).signIn.problems[problem];
  return (
    <Layout title={text.title} locale={locale}>
      <section class="card narrow">
        <h1>{text.title}</h1>
        <p>{text.body}</p>
        <EmailForm next="/" locale={locale} />
      </section>
    </Layout>
  );
}

export interface InvitationPageProps {
  token: string;
  next: string;
  email: string;
  householdName: string;
  /** Already a member (the owner the operator invited to the family made for them): a sign-in. */
  member: boolean;
  locale?: Locale;
}

/**
 * An invitation's page: who is invited to which family, and two buttons — joining (a POST, so a
 * mail scanner opening the link changes nothing) or "No thanks", which spends the link and leaves
 * nothing behind. In the inviting family's language.
 */
export function InvitationPage({ token, next, email, householdName, member, locale = "en" }: InvitationPageProps) {
  const t = messages(locale).signIn;
  const title = t.invitationTitle(householdName);
  return (
    <Layout title={title} locale={locale}>
      <section class="card narrow">
        <h1>{title}</h1>
        <p>{withEmail(member ? t.signingInAs : t.invitationBody, email)}</p>
        <form method="post" action="/sign-in/link" class="form">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="next" value={next} />
          <input type="hidden" name="answer" value="accept" />
          <button type="submit" class="button">
            {member ? t.joinAndSignIn : t.acceptInvitation}
          </button>
        </form>
        {member ? null : (
          <form method="post" action="/sign-in/link" class="form">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="answer" value="decline" />
            <button type="submit" class="button button-secondary">
              {t.declineInvitation}
            </button>
          </form>
        )}
      </section>
    </Layout>
  );
}

/** After "No thanks": nothing changed. */
export function InvitationDeclinedPage({ locale = "en" }: { locale?: Locale }) {
  const t = messages(locale).signIn;
  return (
    <Layout title={t.declinedTitle} locale={locale}>
      <section class="card narrow">
        <h1>{t.declinedTitle}</h1>
        <p>{t.declinedBody}</p>
      </section>
    </Layout>
  );
}
