import { type Locale, messages } from "../i18n";
import { Layout } from "./layout";

export function SignInPage({ next, error, locale = "en" }: { next: string; error?: string; locale?: Locale }) {
  const t = messages(locale).signIn;
  return (
    <Layout title={t.title} locale={locale}>
      <section class="card narrow">
        <h1>{t.heading}</h1>
        <p>{t.intro}</p>
        <form method="post" action="/sign-in" class="form">
          <input type="hidden" name="next" value={next} />
          <div class="field">
            <label for="passphrase">{t.passphrase}</label>
            <input
              id="passphrase"
              name="passphrase"
              type="password"
              autocomplete="current-password"
              required
              autofocus={error ? true : undefined}
              aria-invalid={error ? "true" : undefined}
              aria-describedby={error ? "passphrase-error" : undefined}
            />
            {error ? (
              <p id="passphrase-error" class="field-error">
                {error}
              </p>
            ) : null}
          </div>
          <button type="submit" class="button">
            {t.submit}
          </button>
        </form>
      </section>
    </Layout>
  );
}
