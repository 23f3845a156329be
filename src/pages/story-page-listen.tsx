import { fillText, languageName, type StoryPageText } from "./story-page-text";

/** The narration, as the page should show it. */
export type NarrationView =
  /** Recorded: signed mp3 URL, and the signed speech-marks URL when there are marks. */
  | { status: "ready"; src: string; marksSrc?: string }
  | { status: "pending" }
  /** Not recorded (no voice provider, or it failed): offer the device's own voice. */
  | { status: "read-aloud" };

/** Playback speeds offered, slowest first (1 = as recorded, or the voice's own pace). */
const SPEEDS = [0.75, 0.9, 1, 1.1, 1.25];
/** The device's voices read a little slower by default: a bedtime pace. Recordings play as made. */
const DEFAULT_SPEED = { recorded: 1, device: 0.9 };

/**
 * The strings read-along.js shows while listening, already filled in for this story: handed over
 * as JSON in `data-text`, so the script has no words of its own.
 */
export function listenScriptText(text: StoryPageText, language: string, recorded: boolean) {
  const t = text.listen;
  return {
    play: recorded ? t.play : t.readAloud,
    pause: t.pause,
    resume: t.resume,
    looking: t.looking,
    noVoice: fillText(t.noVoice, { language: languageName(language, text) }),
    fading: t.fading,
    goodNight: t.goodNight,
  };
}

/**
 * Listen controls: play/pause, bedtime display, and folded under them speed, the device's voices
 * (when it reads) and a sleep timer. The box is rendered at its final size (`.listen` has a fixed
 * min-height) with the controls `hidden`, so the script reveals them without moving a line of the
 * story; when the device has no voice, the note saying so fills the same box (`data-voice="none"`).
 *
 * Without JavaScript: recorded narration plays in the browser's own <audio controls>; the device's
 * voice needs the script, and a short note says so instead of a button that would do nothing.
 */
export function ListenControls({
  narration,
  language,
  text,
}: {
  narration: NarrationView;
  language: string;
  text: StoryPageText;
}) {
  const t = text.listen;
  if (narration.status === "pending") {
    return (
      <section class="listen" aria-label={t.label} lang={text.lang}>
        <p class="listen-note">{t.narrationPending}</p>
      </section>
    );
  }
  const recorded = narration.status === "ready";
  const speed = recorded ? DEFAULT_SPEED.recorded : DEFAULT_SPEED.device;
  const number = new Intl.NumberFormat(text.lang, { maximumFractionDigits: 2 });
  return (
    <section
      class="listen"
      aria-label={t.label}
      lang={text.lang}
      data-listen={recorded ? "recorded" : "device"}
      data-lang={language}
      data-text={JSON.stringify(listenScriptText(text, language, recorded))}
    >
      {recorded ? (
        // read-along.js fetches `data-marks` and highlights each sentence as it is read.
        // biome-ignore lint/a11y/useMediaCaption: the story text beside it is the transcript, highlighted as it plays
        <audio controls preload="none" src={narration.src} data-marks={narration.marksSrc}>
          <a href={narration.src}>{t.audioFallback}</a>
        </audio>
      ) : null}
      <div class="listen-bar" hidden>
        <button type="button" class="listen-play" data-play>
          {recorded ? t.play : t.readAloud}
        </button>
        <button type="button" class="listen-bedtime" data-bedtime aria-pressed="false">
          {t.bedtime}
        </button>
        {/* Speed, voice and timer fold away: on a phone they get the full width when opened
            (no clipped "Fake E…"), and closed they keep the box small enough that the no-voice
            note fills it. Opening them is the reader's own doing, so it shifts nothing unasked. */}
        <details class="listen-more">
          <summary>{recorded ? t.moreRecorded : t.more}</summary>
          <div class="listen-options">
            <label class="listen-option">
              <span>{t.speed}</span>
              <select data-speed>
                {SPEEDS.map((s) => (
                  <option value={String(s)} selected={s === speed}>
                    {number.format(s)}×
                  </option>
                ))}
              </select>
            </label>
            {recorded ? null : (
              <label class="listen-option">
                <span>{t.voice}</span>
                <select data-voice />
              </label>
            )}
            <label class="listen-option">
              <span>{t.sleep}</span>
              <select data-sleep>
                <option value="end">{t.sleepEnd}</option>
                <option value="10">{t.sleep10}</option>
                <option value="20">{t.sleep20}</option>
              </select>
            </label>
          </div>
        </details>
      </div>
      {/* <output>: a status message (implicit role "status"), read out when the script changes it. */}
      <output class="listen-note" data-note>
        {recorded ? "" : t.needsScript}
      </output>
    </section>
  );
}
