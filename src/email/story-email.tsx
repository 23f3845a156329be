/**
 * The bedtime email: a greeting, a title, the first lines, the cover picture and one clear link,
 * in the family's language. Rendered with Hono JSX so everything a model or a parent wrote is
 * escaped; no tracking pixels or links.
 */
import type { Locale } from "../i18n";
import { messages } from "../i18n";

export interface StoryEmailProps {
  /** The language of the email's own words (the household's, English when it has no catalogue). */
  locale: Locale;
  /** The nightly story at bedtime, or one a parent asked for. */
  kind: "nightly" | "on-demand";
  familyName: string;
  /** "morning" | "afternoon" | "evening" where the family is, for the greeting. */
  partOfDay: "morning" | "afternoon" | "evening";
  /** The bedtime as pages show it (formatBedtime), said in the nightly email. */
  bedtime: string;
  title: string;
  /** The story's own language (its title and opening lines), which may differ from `locale`. */
  storyLanguage: string;
  opening: string;
  storyUrl: string;
  /** Absolute signed URL of the first picture, when it is ready. */
  coverUrl?: string;
  coverAlt?: string;
  /** "2 days", "12 hours" (formatDuration, in `locale`): how long the link works. */
  keptFor: string;
}

export function storyEmail(props: StoryEmailProps): { subject: string; html: string; text: string } {
  const t = messages(props.locale).email;
  const nightly = props.kind === "nightly";
  const subject = nightly ? t.subjectNightly(props.title) : t.subjectOnDemand(props.title);
  const html = `<!doctype html>${(<StoryEmail {...props} />).toString()}`;
  const text = [
    t.greeting[props.partOfDay](props.familyName),
    "",
    nightly ? t.readyNightly(props.bedtime) : t.readyOnDemand,
    t.quoted(props.title),
    "",
    props.opening,
    "",
    `${t.readAndListen} ${props.storyUrl}`,
    "",
    t.keptFor(props.keptFor, messages(props.locale).keepStory),
    t.sleepWell,
    "Nightlight",
  ].join("\n");
  return { subject, html, text };
}

function StoryEmail(p: StoryEmailProps) {
  const t = messages(p.locale).email;
  const nightly = p.kind === "nightly";
  const font = "Georgia, 'Times New Roman', serif";
  return (
    <html lang={p.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{nightly ? t.subjectNightly(p.title) : t.subjectOnDemand(p.title)}</title>
      </head>
      <body style={`margin:0;padding:24px 12px;background:#f6f1e7;font-family:${font};color:#1d2340`}>
        {/* The email-accessibility convention: one labelled article, not page landmarks, since it is
            shown inside a mail client's own page. */}
        {/* biome-ignore lint/a11y/useSemanticElements: Outlook's Word engine styles a div, not an <article>. */}
        <div
          role="article"
          aria-roledescription="email"
          aria-label={nightly ? t.subjectNightly(p.title) : t.subjectOnDemand(p.title)}
          lang={p.locale}
          style="max-width:560px;margin:0 auto;background:#fffdf8;border-radius:16px;padding:24px"
        >
          <p style="margin:0 0 8px;font-size:15px;color:#4a5170">{t.greeting[p.partOfDay](p.familyName)}</p>
          <p style="margin:0 0 8px;font-size:15px;color:#4a5170">
            {nightly ? t.readyNightly(p.bedtime) : t.readyOnDemand}
          </p>
          <h1 lang={p.storyLanguage} style="margin:0 0 16px;font-size:26px;line-height:1.25">
            {p.title}
          </h1>
          {p.coverUrl ? (
            <img
              src={p.coverUrl}
              alt={p.coverAlt ?? ""}
              lang={p.storyLanguage}
              width="512"
              style="width:100%;height:auto;border-radius:12px;display:block"
            />
          ) : null}
          <p lang={p.storyLanguage} style="font-size:18px;line-height:1.6;margin:16px 0">
            {p.opening}
          </p>
          <p style="margin:24px 0;text-align:center">
            <a
              href={p.storyUrl}
              style="display:inline-block;background:#27306b;color:#ffffff;text-decoration:none;padding:14px 28px;border-radius:999px;font-size:18px"
            >
              {nightly ? t.readNightly : t.readOnDemand}
            </a>
          </p>
          <p style="font-size:14px;color:#4a5170;margin:0 0 12px">
            {t.keptFor(p.keptFor, messages(p.locale).keepStory)}
          </p>
          <p style="font-size:14px;color:#4a5170;margin:0">
            {t.sleepWell}
            <br />
            Nightlight
          </p>
        </div>
      </body>
    </html>
  );
}
