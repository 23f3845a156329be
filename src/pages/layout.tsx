import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { LOCALES, type Locale, messages } from "../i18n";

export interface LayoutProps {
  title: string;
  children: Child;
  /** Extra tags for <head> (meta refresh while a story is being made, …). */
  head?: Child;
  /**
   * The language of the app's own words on the page (header, forms, footer). Pages that follow
   * the family's language pass it and get the language switch in the footer; without it the
   * page is English and has no switch (it would change nothing there).
   */
  locale?: Locale;
  /** BCP 47 language of the page's main content when it differs (a story's); defaults to `locale`. */
  lang?: string;
  /** Scripts to load at the end of <body>, by path under public/ (e.g. "/read-along.js"). */
  scripts?: string[];
  /** The request's CSP nonce (c.get("secureHeadersNonce")): scripts without it do not run. */
  nonce?: string;
  /** Show the signed-in navigation. */
  signedIn?: boolean;
  /** A navigation of the page's own instead of the family's (the operator console's). */
  nav?: Child;
}

// Languages Nightlight writes in that read right to left.
const RTL = new Set(["ar", "he", "fa", "ur"]);

/**
 * The page shell: readable on a phone first, one stylesheet, no script unless a page adds one.
 * @example
 * <Layout title="Pip et la lune" locale="fr">…</Layout>
 * <Layout title="Pip and the Moon" locale="fr" lang="en">…</Layout> // an English story, French chrome
 */
export function Layout({
  title,
  children,
  head,
  locale: chosen,
  lang,
  scripts = [],
  nonce,
  signedIn = false,
  nav,
}: LayoutProps) {
  const locale = chosen ?? "en";
  const pageLang = lang ?? locale;
  const t = messages(locale).layout;
  // When the content's language differs, the header and footer say which language they are in.
  const chromeLang = pageLang === locale ? undefined : locale;
  const chromeDir = pageLang === locale ? undefined : RTL.has(locale) ? "rtl" : "ltr";
  return (
    <>
      {/* A constant, never data: without a doctype browsers fall back to quirks mode. */}
      {raw("<!doctype html>")}
      <html lang={pageLang} dir={RTL.has(pageLang) ? "rtl" : undefined}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="color-scheme" content="dark" />
          <meta name="theme-color" content="#0f1733" />
          <title>{title} · Nightlight</title>
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/styles.css" />
          {head}
        </head>
        <body>
          <header class="site-header" lang={chromeLang} dir={chromeDir}>
            <a class="brand" href="/">
              Nightlight
            </a>
            {nav ?? null}
            {/* On a phone "Sign out" sits beside the brand and the four links get a row of their own, so
                neither wraps (styles.css); on a wide screen they share one line. */}
            {signedIn && !nav ? (
              <>
                <nav aria-label={t.mainNav}>
                  <a href="/tell">{t.tell}</a>
                  <a href="/cast">{t.cast}</a>
                  <a href="/settings">{t.settings}</a>
                  <a href="/account">{t.family}</a>
                </nav>
                <form method="post" action="/sign-out" class="inline-form sign-out">
                  <button type="submit" class="link-button">
                    {t.signOut}
                  </button>
                </form>
              </>
            ) : null}
          </header>
          <main>{children}</main>
          {chosen ? (
            <footer class="site-footer" lang={chromeLang} dir={chromeDir}>
              <LanguageSwitch locale={locale} />
            </footer>
          ) : null}
          {scripts.map((src) => (
            <script src={src} defer nonce={nonce} />
          ))}
        </body>
      </html>
    </>
  );
}

/**
 * One button per language, each in its own language: a plain form post (no script) that sets the
 * `lang` cookie for this person and comes back to the same page.
 */
function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = messages(locale).layout;
  return (
    <form method="post" action="/language" class="language-switch" aria-labelledby="language-switch-label">
      <span id="language-switch-label">{t.languageLabel}</span>
      {LOCALES.map((code) => (
        <button
          type="submit"
          name="lang"
          value={code}
          lang={code}
          class="link-button"
          aria-pressed={code === locale ? "true" : "false"}
        >
          {messages(code).name}
        </button>
      ))}
    </form>
  );
}
