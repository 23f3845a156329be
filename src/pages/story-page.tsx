import type { Child } from "hono/jsx";
import type { StoryStatus } from "../db/schema";
import { type Locale, toLocale } from "../i18n";
import { Layout } from "./layout";
import { ListenControls, type NarrationView } from "./story-page-listen";
import { fillText, type StoryPageText, storyPageText } from "./story-page-text";

export type { NarrationView } from "./story-page-listen";

/** A scene's picture, as the page should show it. */
export type PictureView =
  /** Painted: `src` is a signed /media/… URL. */
  | { status: "ready"; src: string }
  /** Still being painted: a soft placeholder. */
  | { status: "pending" }
  /** Failed or never asked for: no picture at all, just the text. */
  | { status: "none" };

export interface StorySceneView {
  paragraphs: string[];
  /** The scene's illustration brief (English, for image models): alt text, shortened, when there is no caption. */
  illustration: string;
  /** One sentence in the story's language saying what the picture shows: the picture's alt text. */
  caption?: string;
  picture: PictureView;
}

/**
 * What is made so far: the body of `GET /stories/:id/status`, and what the page's step list
 * shows. read-along.js builds the same list from the same JSON, so keep the two in step.
 */
export interface StoryProgress {
  status: StoryStatus;
  steps: {
    writing: "done" | "active";
    /** Pictures settled (painted, or given up on) out of the story's scenes (0 of 0 until written). */
    painting: { done: number; total: number };
    narrating: "pending" | "ready" | "skipped" | "failed";
  };
  ready: boolean;
}

export interface StoryPageProps {
  /** The story id: links to the picture book, the status endpoint and the favourite form. */
  id: string;
  status: StoryStatus;
  /** A failed story whose wish was refused as not gentle enough: the family is told so, kindly. */
  wishRefused?: boolean;
  /** The story's language (BCP 47), used for `lang`, sentence splitting and the device voice. */
  language: string;
  /**
   * The language of the page's own words (header, controls, footer): the reader's choice of
   * language, else the story's — so a French story comes in a French page. Defaults to the
   * story's language (English when there is no catalogue for it).
   */
  locale?: Locale;
  /** Absent until the story is written. */
  title?: string;
  scenes: StorySceneView[];
  moral?: string;
  narration: NarrationView;
  progress: StoryProgress;
  /** "book": one scene per page-sized section, for reading on a tablet or printing. */
  view?: "story" | "book";
  /** Present only for a signed-in parent of the story's household: the favourite form. */
  keep?: { favorite: boolean };
  /** Show the signed-in navigation. */
  signedIn?: boolean;
  /** CSP nonce for the page's script. */
  nonce?: string;
  /**
   * The site's public origin (PUBLIC_BASE_URL, no trailing slash): makes the share preview's
   * links absolute. Without it the page has no og:url or og:image.
   */
  baseUrl?: string;
}

const SCRIPT = "/read-along.js";

/**
 * What is still being made, in words, or undefined when nothing is (the page is final).
 * The route uses it to pick the caching headers; the words are for logs, never shown.
 * @example
 * progressText({ status: "written", scenes: [pending, ready, pending, ready], narration: { status: "ready", … } })
 * // "Painting 2 of 4 pictures…"
 */
export function progressText({
  status,
  scenes,
  narration,
}: Pick<StoryPageProps, "status" | "scenes" | "narration">): string | undefined {
  if (status === "failed") return undefined;
  if (status === "pending") return "Writing the story…";
  const painting = scenes.filter((s) => s.picture.status === "pending").length;
  const recording = narration.status === "pending";
  const pictures = `${painting} of ${scenes.length} ${scenes.length === 1 ? "picture" : "pictures"}`;
  if (painting > 0 && recording) return `Painting ${pictures} and recording the narration…`;
  if (painting > 0) return `Painting ${pictures}…`;
  if (recording) return "Recording the narration…";
  return undefined;
}

/**
 * Splits text into sentences the way the story's language does (Intl.Segmenter), each with the
 * whitespace that followed it, so joining them gives back the text.
 * @example
 * splitSentences("Pip yawned. The moon smiled.", "en") // ["Pip yawned. ", "The moon smiled."]
 */
export function splitSentences(text: string, language: string): string[] {
  return Array.from(sentenceSegmenter(language).segment(text.trim()), (s) => s.segment).filter((s) => s.trim() !== "");
}

// Building a segmenter costs more than using it: one per language, kept for the isolate's life.
const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: "sentence" });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Numbers sentences across the whole page (title first, as the narration reads it), so the
 * script can match the n-th speech mark to the n-th `<span class="sentence">`.
 */
function sentenceCounter(language: string) {
  let next = 0;
  return function sentences(text: string): Child[] {
    return splitSentences(text, language).map((sentence) => {
      const words = sentence.trimEnd();
      return (
        <>
          <span class="sentence" data-i={next++}>
            {words}
          </span>
          {sentence.slice(words.length)}
        </>
      );
    });
  };
}

/**
 * The story page: title, listen controls, scenes with their pictures in order, the moral. While
 * anything is still being made it lists what, and read-along.js polls the status and reloads when
 * something new is ready (the <noscript> meta refresh does it without JS). Every string here came
 * from a user, a model or the strings table, so all of it goes through JSX escaping.
 */
export function StoryPage(props: StoryPageProps) {
  const { id, status, language, title, scenes, moral, narration, progress, view, keep, signedIn, nonce } = props;
  const locale = props.locale ?? toLocale(language);
  const text = storyPageText(locale);
  const inProgress = progressText(props) !== undefined;
  // Only without JS: a refresh would cut off narration that is playing.
  const refresh = inProgress ? (
    <noscript>
      <meta http-equiv="refresh" content="10" />
    </noscript>
  ) : null;

  if (status === "failed") {
    return (
      <Layout title={text.failedTitle} locale={locale} head={<NoIndex />} signedIn={signedIn}>
        <section class="notice">
          <div class="notice-moon" aria-hidden="true" />
          <h1>{text.failedTitle}</h1>
          <p>{props.wishRefused ? text.failedWish : text.failedBody}</p>
          <p>
            <a href="/">{text.backHome}</a>
          </p>
        </section>
      </Layout>
    );
  }

  // Not written yet: nothing of the story exists, only the promise of it.
  if (status === "pending" || !title) {
    return (
      <Layout
        title={text.writingTitle}
        locale={locale}
        head={[<NoIndex />, refresh]}
        scripts={[SCRIPT]}
        nonce={nonce}
        signedIn={signedIn}
      >
        <section class="notice">
          <div class="notice-moon" aria-hidden="true" />
          <h1>{text.writingTitle}</h1>
          <Steps id={id} progress={progress} text={text} />
          <p>{text.writingBody}</p>
        </section>
      </Layout>
    );
  }

  const head = [<SharePreview {...props} title={title} />, refresh];
  if (view === "book") return <PictureBook {...props} locale={locale} title={title} text={text} head={head} />;

  const sentences = sentenceCounter(language);
  // The first picture is likely on screen at once; the rest can wait until scrolled to.
  const firstPicture = scenes.findIndex((s) => s.picture.status === "ready");

  return (
    <Layout
      title={title}
      locale={locale}
      lang={language}
      head={head}
      scripts={[SCRIPT]}
      nonce={nonce}
      signedIn={signedIn}
    >
      <article class="story">
        {inProgress ? <Steps id={id} progress={progress} text={text} /> : null}
        <h1 class="story-title">{sentences(title)}</h1>
        <ListenControls narration={narration} language={language} text={text} />
        {scenes.map((scene, i) => (
          <section class="scene" data-scene={i}>
            <Picture scene={scene} eager={i === firstPicture} text={text} />
            {scene.paragraphs.map((p) => (
              <p>{sentences(p)}</p>
            ))}
          </section>
        ))}
        {moral ? (
          <footer class="moral">
            <span class="ornament" aria-hidden="true">
              ✦ ✦ ✦
            </span>
            <p>{sentences(moral)}</p>
          </footer>
        ) : null}
        <aside class="story-extras" lang={text.lang} aria-label={text.extrasLabel}>
          <a class="book-link" href={`/stories/${id}?view=book`}>
            {text.pictureBook}
          </a>
          {/* Printing from here too (read-along.js shows it: window.print() needs the script). */}
          <button type="button" data-print="" hidden>
            {text.book.print}
          </button>
          {keep ? <KeepForm id={id} favorite={keep.favorite} text={text} /> : null}
        </aside>
      </article>
    </Layout>
  );
}

/**
 * The picture book: one scene per screen on a phone (swipe, or tap the arrows: CSS scroll-snap
 * and #page links, so it turns without JS), a two-page spread (picture left, words right) on a
 * wide screen, and one scene per sheet when printed. The title heads the first page and the moral
 * closes the last, so a three-scene story is three pages. Sentences are numbered as on the story
 * page, so listening here highlights them and turns the pages.
 */
function PictureBook({
  id,
  locale,
  language,
  title,
  scenes,
  moral,
  narration,
  signedIn,
  nonce,
  text,
  head,
}: StoryPageProps & { title: string; text: StoryPageText; head: Child }) {
  const sentences = sentenceCounter(language);
  const last = scenes.length - 1;
  const page = (i: number) => `page-${i + 1}`;
  return (
    <Layout
      title={fillText(text.book.documentTitle, { title })}
      locale={locale}
      lang={language}
      head={head}
      scripts={[SCRIPT]}
      nonce={nonce}
      signedIn={signedIn}
    >
      <article class="story book">
        <div class="book-tools" lang={text.lang}>
          <a href={`/stories/${id}`}>{text.book.back}</a>
          {/* window.print() needs the script, so the button stays hidden without it. */}
          <button type="button" data-print="" hidden>
            {text.book.print}
          </button>
        </div>
        <ListenControls narration={narration} language={language} text={text} />
        {/* tabindex: a scrolling region must be reachable by keyboard, to turn pages with the arrow keys. */}
        <section class="book-pages" aria-label={text.book.pagesLabel} tabindex={0}>
          {scenes.map((scene, i) => (
            <section class="book-page" id={page(i)} data-scene={i}>
              {/* tabindex: on a small screen the page scrolls up and down when its words don't fit; keys must reach it. */}
              <div class="book-leaf" tabindex={0}>
                {i === 0 ? <h1 class="story-title">{sentences(title)}</h1> : null}
                <div class="book-picture">
                  {/* Eager: a printed page must not wait for a picture to be scrolled to. */}
                  <Picture scene={scene} eager first={i === 0} text={text} />
                </div>
                <div class="book-text">
                  {scene.paragraphs.map((p) => (
                    <p>{sentences(p)}</p>
                  ))}
                  {i === last && moral ? (
                    <footer class="moral">
                      <span class="ornament" aria-hidden="true">
                        ✦ ✦ ✦
                      </span>
                      <p>{sentences(moral)}</p>
                    </footer>
                  ) : null}
                </div>
              </div>
              <nav
                class="book-turn"
                lang={text.lang}
                aria-label={fillText(text.book.pageOf, { n: i + 1, total: last + 1 })}
              >
                {i > 0 ? (
                  <a href={`#${page(i - 1)}`} rel="prev" aria-label={text.book.previous} data-turn="-1">
                    ‹
                  </a>
                ) : (
                  <span />
                )}
                <span class="book-folio">{fillText(text.book.pageOf, { n: i + 1, total: last + 1 })}</span>
                {i < last ? (
                  <a href={`#${page(i + 1)}`} rel="next" aria-label={text.book.next} data-turn="1">
                    ›
                  </a>
                ) : (
                  <span />
                )}
              </nav>
            </section>
          ))}
        </section>
      </article>
    </Layout>
  );
}

/** A story link is a capability, shared by hand: never in a search engine. */
function NoIndex() {
  return <meta name="robots" content="noindex, nofollow" />;
}

/**
 * The preview card a messaging app shows for a shared story link: Open Graph and Twitter tags.
 * The picture is only offered when it is a raster image (PNG, JPEG, WebP): link previews don't
 * show SVG. With `baseUrl` its signed link is absolute, as crawlers need.
 */
function SharePreview({ id, title, scenes, baseUrl, language }: StoryPageProps & { title: string }) {
  const firstLine = splitSentences(scenes[0]?.paragraphs[0] ?? "", language)[0]?.trim();
  const cover = scenes.find((s) => s.picture.status === "ready");
  const coverSrc = cover?.picture.status === "ready" ? cover.picture.src : undefined;
  const image = baseUrl && coverSrc && RASTER.test(coverSrc.split("?")[0] ?? "") ? baseUrl + coverSrc : undefined;
  return (
    <>
      <NoIndex />
      {firstLine ? <meta name="description" content={shorten(firstLine, 200)} /> : null}
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content="Nightlight" />
      <meta property="og:title" content={title} />
      {firstLine ? <meta property="og:description" content={shorten(firstLine, 200)} /> : null}
      {baseUrl ? <meta property="og:url" content={`${baseUrl}/stories/${id}`} /> : null}
      {image && cover ? <meta property="og:image" content={image} /> : null}
      {image && cover ? <meta property="og:image:alt" content={pictureAlt(cover).alt} /> : null}
      <meta name="twitter:card" content={image ? "summary_large_image" : "summary"} />
    </>
  );
}
const RASTER = /\.(png|jpe?g|webp)$/i;

/**
 * A picture's alt text: its caption (in the story's language), else the first sentence of the
 * English brief, at most 150 characters — never the whole brief, which is written for a painter.
 * @example
 * pictureAlt({ illustration: "A fox by a river. Soft watercolour, warm light…" }) // { alt: "A fox by a river.", lang: "en" }
 */
export function pictureAlt(scene: Pick<StorySceneView, "caption" | "illustration">): { alt: string; lang?: string } {
  const caption = scene.caption?.trim();
  if (caption) return { alt: shorten(caption, 150) };
  const first = scene.illustration.trim().split(/(?<=[.!?])\s+/)[0] ?? "";
  return { alt: shorten(first, 150), lang: "en" };
}

/** Cuts text to `max` characters at a word boundary, with "…" when anything was cut. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

type StepState = "done" | "active" | "waiting";

/**
 * The four steps and how far along each is, in words: a step being worked on ends in "…", a
 * finished one in " ✓".
 * @example
 * progressSteps({ status: "written", steps: { writing: "done", painting: { done: 1, total: 3 }, narrating: "pending" }, ready: false }, STORY_PAGE_TEXT.en)
 * // [["writing", "done", "Writing the story ✓"], ["painting", "active", "Painting pictures 1 of 3…"], …]
 */
function progressSteps({ steps, ready }: StoryProgress, text: StoryPageText): [string, StepState, string][] {
  const t = text.steps;
  const writing = steps.writing === "active";
  const { done, total } = steps.painting;
  const painted = !writing && done >= total;
  const narration: [StepState, string] =
    steps.narrating === "pending"
      ? writing
        ? ["waiting", t.narrating]
        : ["active", `${t.narrating}…`]
      : steps.narrating === "ready"
        ? ["done", `${t.narrating} ✓`]
        : // Nothing recorded: whether this device has a voice is for read-along.js to find out.
          ["done", `${t.unrecorded} ✓`];
  return [
    ["writing", writing ? "active" : "done", writing ? `${t.writing}…` : `${t.writing} ✓`],
    [
      "painting",
      writing ? "waiting" : painted ? "done" : "active",
      writing ? t.painting : `${fillText(t.paintingCount, { done, total })}${painted ? " ✓" : "…"}`,
    ],
    ["narrating", ...narration],
    ["ready", ready ? "done" : "waiting", ready ? `${t.ready} ✓` : t.ready],
  ];
}

/**
 * The polite live region listing what is being made. `data-status` is where the script polls;
 * `data-state` is what this render showed, so the script can tell when something new is ready;
 * `data-text` holds the words it writes into the steps meanwhile.
 */
function Steps({ id, progress, text }: { id: string; progress: StoryProgress; text: StoryPageText }) {
  const { status, steps } = progress;
  return (
    <div
      class="progress-steps"
      role="status"
      aria-live="polite"
      lang={text.lang}
      data-text={JSON.stringify(text.steps)}
      data-status={`/stories/${id}/status`}
      data-state={`${status},${steps.painting.done},${steps.narrating}`}
    >
      <ol class="steps">
        {progressSteps(progress, text).map(([name, state, words]) => (
          <li class={`step ${state}`} data-step={name}>
            {words}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The favourite toggle: a plain form post, so it works without JS. */
function KeepForm({ id, favorite, text }: { id: string; favorite: boolean; text: StoryPageText }) {
  return (
    <form method="post" action={`/stories/${id}/favorite`} class="keep-form">
      <input type="hidden" name="favorite" value={favorite ? "false" : "true"} />
      <button type="submit">{favorite ? text.stopKeeping : text.keep}</button>
      <p class="quiet keep-note">{favorite ? text.keptNote : text.keepNote}</p>
    </form>
  );
}

/** `first`: the picture that is likely the largest thing on screen at once, fetched before the rest. */
function Picture({
  scene,
  eager,
  first = eager,
  text,
}: {
  scene: StorySceneView;
  eager: boolean;
  first?: boolean;
  text: StoryPageText;
}) {
  const { picture } = scene;
  if (picture.status === "ready") {
    const { alt, lang } = pictureAlt(scene);
    // width/height reserve the 4:3 box before the image arrives, so the text never jumps.
    return (
      <img
        class="picture"
        src={picture.src}
        alt={alt}
        lang={lang}
        width="1024"
        height="768"
        loading={eager ? undefined : "lazy"}
        fetchpriority={first ? "high" : undefined}
        decoding="async"
      />
    );
  }
  if (picture.status === "pending") {
    return (
      <div class="picture picture-pending" lang={text.lang}>
        <span class="visually-hidden">{text.picturePending}</span>
      </div>
    );
  }
  return null;
}
