/**
 * The bedtime email: a greeting, a title, the first lines, the cover picture and one clear link,
 * in the family's language. Rendered with Hono JSX so everything a model or a parent wrote is
 * escaped; no tracking pixels or links.
 */
import { raw } from "hono/html";
import type { Locale } from "../i18n";
import { messages } from "../i18n";

export interface StoryEmailProps {
  /** The language of the email's own words (the household's, English when it has no catalogue). */
  locale: Locale;
  /** The nightly story at bedtime, or one a parent asked for. */
  kind: "nightly" | "on-demand";
  familyName: string;
  /**
   * "morning" | "afternoon" | "evening" where the family is, to greet a story asked for by day.
   * The nightly email always says good evening: it is the bedtime email, whatever the clock says.
   */
  partOfDay: "morning" | "afternoon" | "evening";
  /** The story has recorded narration: only then does the email promise something to listen to. */
  narrated?: boolean;
  /** The bedtime as pages show it (formatBedtime), said in the nightly email. */
  bedtime: string;
  title: string;
  /** The story's own language (its title and opening lines), which may differ from `locale`. */
  storyLanguage: string;
  /** The story's first paragraphs, about 700 characters (notify's openingLines). */
  opening: string[];
  storyUrl: string;
  /** Absolute URL of the first picture (`/stories/:id/cover`), only when it is a raster picture. */
  coverUrl?: string;
  coverAlt?: string;
  /** "2 days", "12 hours" (formatDuration, in `locale`): how long the link works. */
  keptFor: string;
  /** The nightly email's one-click unsubscribe link (absolute); none for on-demand stories. */
  unsubscribeUrl?: string;
  /** Absolute /settings, offered beside the unsubscribe link (bedtime, language, emails). */
  settingsUrl?: string;
}

/** Pictures every mail client shows: JPEG, PNG, GIF (Gmail and Outlook show no SVG, Outlook no WebP). */
export function isMailPicture(contentType: string | null | undefined): boolean {
  return /^image\/(jpeg|png|gif)\b/i.test(contentType ?? "");
}

export function storyEmail(props: StoryEmailProps): { subject: string; html: string; text: string } {
  const t = messages(props.locale).email;
  const nightly = props.kind === "nightly";
  const subject = nightly ? t.subjectNightly(props.title) : t.subjectOnDemand(props.title);
  const html = `<!doctype html>${(<StoryEmail {...props} />).toString()}`;
  const text = [
    t.greeting[greetingTime(props)](props.familyName),
    "",
    nightly ? t.readyNightly(props.bedtime) : t.readyOnDemand,
    t.quoted(props.title),
    "",
    ...props.opening.flatMap((paragraph) => [paragraph, ""]),
    `${props.narrated ? t.readAndListen : t.readIt} ${props.storyUrl}`,
    "",
    t.keptFor(props.keptFor, messages(props.locale).keepStory),
    t.sleepWell,
    "Nightlight",
    ...(props.unsubscribeUrl
      ? ["", "-- ", t.whyReceived(props.familyName), t.stopNightlyLine(props.unsubscribeUrl)]
      : []),
  ].join("\n");
  return { subject, html, text };
}

function greetingTime({ kind, partOfDay }: StoryEmailProps): StoryEmailProps["partOfDay"] {
  return kind === "nightly" ? "evening" : partOfDay;
}

/**
 * Read in a dark bedroom: clients that follow the reader's dark mode (Apple Mail, iOS, Outlook
 * apps, Thunderbird; Outlook.com through its `[data-ogsc]` marks) get the app's night palette.
 * The inline styles stay light, so a client without dark mode (or that ignores <style>) shows
 * the cream card as before. `!important` is what lets these rules beat the inline styles.
 */
const DARK_STYLE = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .nl-body { background: #0f1733 !important; color: #f6eedb !important; }
  .nl-card { background: #18234d !important; color: #f6eedb !important; }
  .nl-quiet { color: #cdc5b0 !important; }
  .nl-link { color: #f3c969 !important; }
  .nl-button { background: #f3c969 !important; color: #17120a !important; }
}
[data-ogsc] .nl-body { background: #0f1733 !important; color: #f6eedb !important; }
[data-ogsc] .nl-card { background: #18234d !important; color: #f6eedb !important; }
[data-ogsc] .nl-quiet { color: #cdc5b0 !important; }
[data-ogsc] .nl-link { color: #f3c969 !important; }
[data-ogsc] .nl-button { color: #17120a !important; }
[data-ogsb] .nl-button { background: #f3c969 !important; }
`;

const OUTLOOK_OPEN =
  '<!--[if mso]><table role="presentation" width="560" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->';
const OUTLOOK_CLOSE = "<!--[if mso]></td></tr></table><![endif]-->";

function StoryEmail(p: StoryEmailProps) {
  const t = messages(p.locale).email;
  const nightly = p.kind === "nightly";
  const font = "Georgia, 'Times New Roman', serif";
  return (
    <html lang={p.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Apple Mail: don't shrink the text to fit, and don't turn the bedtime ("7:30 PM") or the
            story's words into calendar and phone links. */}
        <meta name="x-apple-disable-message-reformatting" />
        <meta name="format-detection" content="telephone=no, date=no, address=no, email=no" />
        {/* Light and dark both designed: clients then apply DARK_STYLE instead of inverting. */}
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{raw(DARK_STYLE)}</style>
        <title>{nightly ? t.subjectNightly(p.title) : t.subjectOnDemand(p.title)}</title>
      </head>
      <body class="nl-body" style={`margin:0;padding:24px 12px;background:#f6f1e7;font-family:${font};color:#1d2340`}>
        {/* The email-accessibility convention: one labelled article, not page landmarks, since it is
            shown inside a mail client's own page. */}
        {/* Outlook on Windows (Word's engine) ignores max-width: there a fixed-width table holds the
            card, as every email that should not stretch across a wide screen does. A constant. */}
        {raw(OUTLOOK_OPEN)}
        {/* biome-ignore lint/a11y/useSemanticElements: Outlook's Word engine styles a div, not an <article>. */}
        <div
          role="article"
          aria-roledescription="email"
          aria-label={nightly ? t.subjectNightly(p.title) : t.subjectOnDemand(p.title)}
          lang={p.locale}
          class="nl-card"
          style="max-width:560px;margin:0 auto;background:#fffdf8;border-radius:16px;padding:24px"
        >
          <p class="nl-quiet" style="margin:0 0 8px;font-size:15px;color:#4a5170">
            {t.greeting[greetingTime(p)](p.familyName)}
          </p>
          <p class="nl-quiet" style="margin:0 0 8px;font-size:15px;color:#4a5170">
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
          {p.opening.map((paragraph) => (
            <p lang={p.storyLanguage} style="font-size:18px;line-height:1.6;margin:16px 0">
              {paragraph}
            </p>
          ))}
          <p style="margin:24px 0;text-align:center">
            <a
              href={p.storyUrl}
              class="nl-button"
              style="display:inline-block;background:#27306b;color:#ffffff;text-decoration:none;padding:14px 28px;border-radius:999px;font-size:18px"
            >
              {nightly ? t.readNightly : t.readOnDemand}
            </a>
          </p>
          <p class="nl-quiet" style="font-size:14px;color:#4a5170;margin:0 0 12px">
            {t.buttonFallback}{" "}
            <a href={p.storyUrl} class="nl-link" style="color:#27306b;word-break:break-all">
              {p.storyUrl}
            </a>
          </p>
          <p class="nl-quiet" style="font-size:14px;color:#4a5170;margin:0 0 12px">
            {t.keptFor(p.keptFor, messages(p.locale).keepStory)}
          </p>
          <p class="nl-quiet" style="font-size:14px;color:#4a5170;margin:0">
            {t.sleepWell}
            <br />
            Nightlight
          </p>
        </div>
        {p.unsubscribeUrl ? (
          <p class="nl-quiet" style="max-width:560px;margin:16px auto 0;font-size:13px;color:#4a5170;text-align:center">
            {t.whyReceived(p.familyName)}{" "}
            {p.settingsUrl ? (
              <>
                <a href={p.settingsUrl} class="nl-link" style="color:#27306b">
                  {t.changeSettings}
                </a>
                {" · "}
              </>
            ) : null}
            <a href={p.unsubscribeUrl} class="nl-link" style="color:#27306b">
              {t.stopNightly}
            </a>
          </p>
        ) : null}
        {raw(OUTLOOK_CLOSE)}
      </body>
    </html>
  );
}
