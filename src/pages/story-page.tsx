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

export interface StoryPageProps {
  status: StoryStatus;
  /** The story's language (BCP 47), used for `lang` and the device voice. */
  language: string;
  /** Absent until the story is written. */
  title?: string;
  scenes: StorySceneView[];
  moral?: string;
  narration: NarrationView;
  /** CSP nonce for the page's script. */
  nonce?: string;
}

/**
 * What is still being made, in words, or undefined when nothing is (the page is final).
 * The route uses it too, to pick the caching headers.
 * @example
 * progressText({ status: "written", scenes: [pending, ready, pending, ready], narration: { status: "ready", … } })
 * // "Painting 2 of 4 pictures…"
 */
export function progressText({ status, scenes, narration }: Pick<StoryPageProps, "status" | "scenes" | "narration">): string | undefined {
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
 * The story page: title, narration, scenes with their pictures in order, the moral. While
 * anything is still being made it shows what, and refreshes itself every 10 s (works without JS).
 * Every string here came from a user or a model, so all of it goes through JSX escaping.
 */
export function StoryPage(props: StoryPageProps) {
  const { status, language, title, scenes, moral, narration, nonce } = props;
  const progress = progressText(props);
  const head = progress ? <meta http-equiv="refresh" content="10" /> : null;

  if (status === "failed") {
    return (
      <Layout title="This story got tangled">
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
      <Layout title="A story is being written" head={head}>
        <section class="notice">
          <div class="notice-moon" aria-hidden="true" />
          <h1>A story is being written</h1>
          <Progress text={progress} />
          <p>This page will fill in by itself. It usually takes less than a minute.</p>
        </section>
      </Layout>
    );
  }

  // The first picture is likely on screen at once; the rest can wait until scrolled to.
  const firstPicture = scenes.findIndex((s) => s.picture.status === "ready");

  return (
    <Layout title={title} lang={language} head={head} scripts={narration.status === "read-aloud" ? ["/read-aloud.js"] : []} nonce={nonce}>
      <article class="story">
        <Progress text={progress} />
        <h1 class="story-title" data-read>
          {title}
        </h1>
        <Narration narration={narration} language={language} />
        {scenes.map((scene, i) => (
          <section class="scene">
            <Picture scene={scene} eager={i === firstPicture} />
            {scene.paragraphs.map((p) => (
              <p data-read>{p}</p>
            ))}
          </section>
        ))}
        {moral ? (
          <footer class="moral">
            <span class="ornament" aria-hidden="true">
              ✦ ✦ ✦
            </span>
            <p data-read>{moral}</p>
          </footer>
        ) : null}
      </article>
    </Layout>
  );
}

/** The polite live region that says what is still being made (absent when nothing is). */
function Progress({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p class="progress" role="status" aria-live="polite" lang="en">
      {text}
    </p>
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
    return (
      <section class="narration" aria-label="Narration" lang="en">
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
  // `hidden` until read-aloud.js finds speechSynthesis, so nobody without it sees a dead button.
  return (
    <section class="narration" aria-label="Narration" lang="en">
      <button type="button" class="read-aloud" data-read-aloud data-lang={language} hidden>
        Read aloud with this device's voice
      </button>
    </section>
  );
}
