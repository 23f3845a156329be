import { raw } from "hono/html";
import type { Child } from "hono/jsx";

export interface LayoutProps {
  title: string;
  children: Child;
  /** Extra tags for <head> (meta refresh while a story is being made, …). */
  head?: Child;
  /** BCP 47 language of the page's main content (a story's language); defaults to English. */
  lang?: string;
  /** Scripts to load at the end of <body>, by path under public/ (e.g. "/read-along.js"). */
  scripts?: string[];
  /** The request's CSP nonce (c.get("secureHeadersNonce")): scripts without it do not run. */
  nonce?: string;
  /** Show the signed-in navigation. */
  signedIn?: boolean;
}

// Languages Nightlight writes in that read right to left.
const RTL = new Set(["ar", "he", "fa", "ur"]);

/**
 * The page shell: readable on a phone first, one stylesheet, no script unless a page adds one.
 * @example
 * <Layout title="Pip and the Moon" lang="fr">…</Layout>
 */
export function Layout({ title, children, head, lang = "en", scripts = [], nonce, signedIn = false }: LayoutProps) {
  return (
    <>
      {/* A constant, never data: without a doctype browsers fall back to quirks mode. */}
      {raw("<!doctype html>")}
      <html lang={lang} dir={RTL.has(lang) ? "rtl" : undefined}>
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
          {/* The chrome is English whatever the story's language, so say so to screen readers. */}
          <header class="site-header" lang="en" dir="ltr">
            <a class="brand" href="/">
              Nightlight
            </a>
            {signedIn ? (
              <nav aria-label="Main">
                <a href="/tell">Tell a story now</a>
                <a href="/cast">Characters</a>
                <a href="/settings">Settings</a>
                <a href="/account">Family</a>
                <form method="post" action="/sign-out" class="inline-form">
                  <button type="submit" class="link-button">
                    Sign out
                  </button>
                </form>
              </nav>
            ) : null}
          </header>
          <main>{children}</main>
          {scripts.map((src) => (
            <script src={src} defer nonce={nonce} />
          ))}
        </body>
      </html>
    </>
  );
}
