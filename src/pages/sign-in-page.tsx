/**
 * Signing in by emailed link: ask for the address, say a link is on its way (whether or not the
 * address has an account), then the link's own page — a button that uses it, or, for a new
 * family, the few things we need to start one. A used or expired link gets a kind page that
 * offers a new one.
 */
import type { LinkPurpose } from "../db/schema";
import { type Locale, languageLabel, messages } from "../i18n";
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
  /** The page chrome's language (these pages' own words are English for now). */
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

/** The same words whether or not the address has an account, so the page reveals nothing. */
export function LinkSentPage({ email }: { email: string }) {
  return (
    <Layout title="Check your email">
      <section class="card narrow">
        <h1>Check your email</h1>
        <p role="status">
          If <strong>{email}</strong> has an account, a link is on its way. It works once, for 15 minutes.
        </p>
        <p class="quiet">Nothing after a few minutes? Look in the spam folder, or ask for another link.</p>
        <p>
          <a href="/sign-in">Use a different address</a>
        </p>
      </section>
    </Layout>
  );
}

export const NEW_FAMILY_LABELS = { name: "Family name", timezone: "Time zone", language: "Stories in" } as const;
export type NewFamilyField = keyof typeof NEW_FAMILY_LABELS;

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
}: LinkPageProps) {
  if (purpose === "sign-up" && family) {
    const { values, errors } = family;
    const f = "family";
    return (
      <Layout title="Start your family">
        <section class="card narrow">
          <h1>Start your family</h1>
          <p>
            Signing up as <strong>{email}</strong>. You can change all of this later in Settings.
          </p>
          <ErrorSummary form={f} state={family} labels={NEW_FAMILY_LABELS} />
          <form method="post" action="/sign-in/link" class="form">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="next" value={next} />
            <Field form={f} name="name" label={NEW_FAMILY_LABELS.name} error={errors.name}>
              <input
                type="text"
                required
                maxlength={80}
                placeholder="The Willow Family"
                value={values.name}
                {...control(f, "name", { error: errors.name })}
              />
            </Field>
            <Field form={f} name="timezone" label={NEW_FAMILY_LABELS.timezone} error={errors.timezone}>
              <select {...control(f, "timezone", { error: errors.timezone })}>
                <Options choices={zones.map((z) => [z, z] as const)} selected={values.timezone} />
              </select>
            </Field>
            <Field form={f} name="language" label={NEW_FAMILY_LABELS.language} error={errors.language}>
              <select {...control(f, "language", { error: errors.language })}>
                <Options
                  choices={languages.map((code) => [code, languageLabel(code)] as const)}
                  selected={values.language}
                />
              </select>
            </Field>
            <button type="submit" class="button">
              Start our family
            </button>
          </form>
        </section>
      </Layout>
    );
  }
  const joining = purpose === "invite" && householdName;
  return (
    <Layout title={joining ? `Join ${householdName}` : "Sign in"}>
      <section class="card narrow">
        <h1>{joining ? `Join ${householdName}` : "Welcome back"}</h1>
        <p>
          Signing in as <strong>{email}</strong>.
        </p>
        <form method="post" action="/sign-in/link" class="form">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="next" value={next} />
          <button type="submit" class="button">
            {joining ? "Join and sign in" : "Sign in"}
          </button>
        </form>
      </section>
    </Layout>
  );
}

export type LinkProblem = "unknown" | "used" | "expired" | "withdrawn" | "no-account";

const PROBLEMS: Record<LinkProblem, { title: string; body: string }> = {
  unknown: {
    title: "That link doesn't work",
    body: "It may have been cut short when it was copied. Ask for a new one below.",
  },
  used: {
    title: "That link has been used",
    body: "Each link signs in once. If that wasn't you a moment ago, ask for a new one below.",
  },
  expired: {
    title: "That link has expired",
    body: "Links work for a short while only, to keep your family safe. Ask for a new one below.",
  },
  withdrawn: {
    title: "That invitation was withdrawn",
    body: "The family that invited you has taken it back. Ask them to invite you again.",
  },
  "no-account": {
    title: "There is no family for this address",
    body: "It may have been removed since the link was sent. Ask your family to invite you again.",
  },
};

/** A kind page for a link that can't be used, with the form for a new one. */
export function LinkProblemPage({ problem }: { problem: LinkProblem }) {
  const text = PROBLEMS[problem];
  return (
    <Layout title={text.title}>
      <section class="card narrow">
        <h1>{text.title}</h1>
        <p>{text.body}</p>
        <EmailForm next="/" />
      </section>
    </Layout>
  );
}
