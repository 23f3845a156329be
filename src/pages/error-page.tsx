import { type Locale, messages } from "../i18n";
import { Layout } from "./layout";

/** The kind page for 404 / 410 / 500 (and any other status app.onError passes on). */
export function ErrorPage({ status, message, locale = "en" }: { status: number; message?: string; locale?: Locale }) {
  const t = messages(locale).errorPage;
  // Any other 4xx: an English page may say the error's own (English) words, as it always has;
  // other languages say it generally rather than mix in English.
  const text = errorText(status, t) ?? (locale === "en" && message ? { title: message, body: "" } : t.badRequest);
  return (
    <Layout title={text.title} locale={locale}>
      <section class="notice">
        <div class="notice-moon" aria-hidden="true" />
        <h1>{text.title}</h1>
        {text.body ? <p>{text.body}</p> : null}
        <p>
          <a href="/">{t.backHome}</a>
        </p>
      </section>
    </Layout>
  );
}

function errorText(status: number, t: ReturnType<typeof messages>["errorPage"]) {
  if (status === 404) return t.notFound;
  if (status === 410) return t.gone;
  if (status === 413) return t.tooLarge;
  if (status === 429) return t.tooMany;
  if (status >= 500) return t.server;
  return undefined;
}
