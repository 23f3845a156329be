import type { Child } from "hono/jsx";
import type { StoryStatus } from "../db/schema";
import { Layout } from "./layout";

/** A scene's picture, as the page should show it. */
export type PictureView =
  /** Painted: `src` is a signed /media/… URL. */
  | { status: "ready"; src: string }
  /** Still being painted: a soft placeholder. */
  | { status: "pending" }
  /** Failed or never asked for: no picture at all, just the text. */
  | { status: "none" };

/** The narration, as the page should show it. */
export type NarrationView =
  /** Recorded: signed mp3 URL, and the signed speech-marks URL when there are marks. */
  | { status: "ready"; src: string; marksSrc?: string }
  | { status: "pending" }
  /** Not recorded (no voice provider, or it failed): offer the device's own voice. */
  | { status: "read-aloud" };

export interface StorySceneView {
  paragraphs: string[];
  /** The scene's illustration brief; it is also the picture's alt text. */
  illustration: string;
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
  /** The story's language (BCP 47), used for `lang`, sentence splitting and the device voice. */
  language: string;
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
}

const SCRIPT = "/read-along.js";

/**
 * What is still being made, in words, or undefined when nothing is (the page is final).
 * The route uses it too, to pick the caching headers.
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
 * The story page: title, narration, scenes with their pictures in order, the moral. While
 * anything is still being made it lists what, and read-along.js polls the status and reloads when
 * something new is ready (the <noscript> meta refresh does it without JS). Every string here came
 * from a user or a model, so all of it goes through JSX escaping.
 */
export function StoryPage(props: StoryPageProps) {
  const { id, status, language, title, scenes, moral, narration, progress, view, keep, signedIn, nonce } = props;
  const inProgress = progressText(props) !== undefined;
  // Only without JS: a refresh would cut off narration that is playing.
  const head = inProgress ? (
    <noscript>
      <meta http-equiv="refresh" content="10" />
    </noscript>
  ) : null;

  if (status === "failed") {
    return (
      <Layout title="This story got tangled" signedIn={signedIn}>
        <section class="notice">
          <div class="notice-moon" aria-hidden="true" />
          <h1>This story got tangled</h1>
          <p>Something went wrong while we were writing it, so there is nothing half-finished to read.</p>
          <p>
            <a href="/">Back to tonight's stories</a>
          </p>
        </section>
      </Layout>
    );
  }

  // Not written yet: nothing of the story exists, only the promise of it.
  if (status === "pending" || !title) {
    return (
      <Layout title="A story is being written" head={head} scripts={[SCRIPT]} nonce={nonce} signedIn={signedIn}>
        <section class="notice">
          <div class="notice-moon" aria-hidden="true" />
          <h1>A story is being written</h1>
          <Steps id={id} progress={progress} />
          <p>This page will fill in by itself. It usually takes less than a minute.</p>
        </section>
      </Layout>
    );
  }

  if (view === "book") return <PictureBook {...props} title={title} />;

  const sentences = sentenceCounter(language);
  // The first picture is likely on screen at once; the rest can wait until scrolled to.
  const firstPicture = scenes.findIndex((s) => s.picture.status === "ready");

  return (
    <Layout title={title} lang={language} head={head} scripts={[SCRIPT]} nonce={nonce} signedIn={signedIn}>
      <article class="story">
        {inProgress ? <Steps id={id} progress={progress} /> : null}
        <h1 class="story-title">{sentences(title)}</h1>
        <Narration narration={narration} language={language} />
        {scenes.map((scene, i) => (
          <section class="scene">
            <Picture scene={scene} eager={i === firstPicture} />
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
        <aside class="story-extras" lang="en" dir="ltr" aria-label="More with this story">
          <a class="book-link" href={`/stories/${id}?view=book`}>
            Picture book
          </a>
          {keep ? <KeepForm id={id} favorite={keep.favorite} /> : null}
        </aside>
      </article>
    </Layout>
  );
}

/** One scene per page-sized section, its picture large and the words below; prints as a book. */
function PictureBook({ id, language, title, scenes, moral, signedIn, nonce }: StoryPageProps & { title: string }) {
  return (
    <Layout title={`${title} (picture book)`} lang={language} scripts={[SCRIPT]} nonce={nonce} signedIn={signedIn}>
      <article class="story book">
        <div class="book-tools" lang="en" dir="ltr">
          <a href={`/stories/${id}`}>Back to the story</a>
          {/* window.print() needs the script, so the button stays hidden without it. */}
          <button type="button" data-print="" hidden>
            Print
          </button>
        </div>
        <header class="book-cover">
          <h1 class="story-title">{title}</h1>
        </header>
        {scenes.map((scene) => (
          <section class="scene book-page">
            {/* Eager: a printed page must not wait for a picture to be scrolled to. */}
            <Picture scene={scene} eager />
            {scene.paragraphs.map((p) => (
              <p>{p}</p>
            ))}
          </section>
        ))}
        {moral ? (
          <footer class="moral book-page">
            <span class="ornament" aria-hidden="true">
              ✦ ✦ ✦
            </span>
            <p>{moral}</p>
          </footer>
        ) : null}
      </article>
    </Layout>
  );
}

type StepState = "done" | "active" | "waiting";

/**
 * The four steps and how far along each is, in words (English, like the rest of the chrome): a
 * step being worked on ends in "…", a finished one in "✓".
 * @example
 * progressSteps({ status: "written", steps: { writing: "done", painting: { done: 1, total: 3 }, narrating: "pending" }, ready: false })
 * // [["writing", "done", "Writing the story ✓"], ["painting", "active", "Painting pictures 1 of 3…"], …]
 */
function progressSteps({ steps, ready }: StoryProgress): [string, StepState, string][] {
  const writing = steps.writing === "active";
  const { done, total } = steps.painting;
  const painted = !writing && done >= total;
  const narration: [StepState, string] =
    steps.narrating === "pending"
      ? writing
        ? ["waiting", "Recording the narration"]
        : ["active", "Recording the narration…"]
      : steps.narrating === "ready"
        ? ["done", "Recording the narration ✓"]
        : ["done", "This device will read it aloud ✓"];
  return [
    ["writing", writing ? "active" : "done", writing ? "Writing the story…" : "Writing the story ✓"],
    [
      "painting",
      writing ? "waiting" : painted ? "done" : "active",
      writing ? "Painting pictures" : `Painting pictures ${done} of ${total}${painted ? " ✓" : "…"}`,
    ],
    ["narrating", ...narration],
    ["ready", ready ? "done" : "waiting", ready ? "Ready ✓" : "Ready"],
  ];
}

/**
 * The polite live region listing what is being made. `data-status` is where the script polls;
 * `data-state` is what this render showed, so the script can tell when something new is ready.
 */
function Steps({ id, progress }: { id: string; progress: StoryProgress }) {
  const { status, steps } = progress;
  return (
    <div
      class="progress-steps"
      role="status"
      aria-live="polite"
      lang="en"
      dir="ltr"
      data-status={`/stories/${id}/status`}
      data-state={`${status},${steps.painting.done},${steps.narrating}`}
    >
      <ol class="steps">
        {progressSteps(progress).map(([name, state, text]) => (
          <li class={`step ${state}`} data-step={name}>
            {text}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The favourite toggle: a plain form post, so it works without JS. */
function KeepForm({ id, favorite }: { id: string; favorite: boolean }) {
  return (
    <form method="post" action={`/stories/${id}/favorite`} class="keep-form">
      <input type="hidden" name="favorite" value={favorite ? "false" : "true"} />
      <button type="submit">{favorite ? "Stop keeping this story" : "Keep this story"}</button>
      <p class="quiet keep-note">
        {favorite
          ? "Kept: this story won't expire."
          : "Kept stories don't expire; the others go to sleep after a couple of nights."}
      </p>
    </form>
  );
}

function Picture({ scene, eager }: { scene: StorySceneView; eager: boolean }) {
  const { picture } = scene;
  if (picture.status === "ready") {
    // width/height reserve the 4:3 box before the image arrives, so the text never jumps.
    return (
      <img
        class="picture"
        src={picture.src}
        alt={scene.illustration}
        width="1024"
        height="768"
        loading={eager ? undefined : "lazy"}
        decoding="async"
      />
    );
  }
  if (picture.status === "pending") {
    return (
      <div class="picture picture-pending" lang="en">
        <span class="visually-hidden">Painting this picture…</span>
      </div>
    );
  }
  return null;
}

function Narration({ narration, language }: { narration: NarrationView; language: string }) {
  if (narration.status === "ready") {
    // read-along.js fetches `data-marks` and highlights each sentence as it is read.
    return (
      <section class="narration" aria-label="Narration" lang="en">
        {/* biome-ignore lint/a11y/useMediaCaption: the story text beside it is the transcript, highlighted as it plays */}
        <audio controls preload="none" src={narration.src} data-marks={narration.marksSrc}>
          <a href={narration.src}>Listen to the narration</a>
        </audio>
      </section>
    );
  }
  if (narration.status === "pending") {
    return (
      <section class="narration" aria-label="Narration" lang="en">
        <p class="narration-pending">Narration is on its way</p>
      </section>
    );
  }
  // `hidden` until read-along.js finds speechSynthesis, so nobody without it sees a dead button.
  return (
    <section class="narration" aria-label="Narration" lang="en">
      <button type="button" class="read-aloud" data-read-aloud data-lang={language} hidden>
        Read aloud with this device's voice
      </button>
    </section>
  );
}
