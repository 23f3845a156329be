import type { Child } from "hono/jsx";

export interface LayoutProps {
  title: string;
  children: Child;
  /** Extra tags for <head> (meta refresh while a story is being made, …). */
  head?: Child;
}

/** The page shell: readable on a phone first, one stylesheet, no script unless a page adds one. */
export function Layout({ title, children, head }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} · Nightlight</title>
        <link rel="stylesheet" href="/styles.css" />
        {head}
      </head>
      <body>
        <header class="site-header">
          <a class="brand" href="/">Nightlight</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
