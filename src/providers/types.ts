/**
 * One interface per job a provider does. `src/providers/index.ts` picks the implementation from
 * config: a real provider when its keys are set, the embedded default otherwise.
 */
import type { Character, IllustrationStyle, Language, PicturePlan, StoryRequest, StoryText } from "../story/types";

/** Raised by a provider. `retryable` decides between a queue retry and failing the asset. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    /** How long the provider asked us to wait (a 429's Retry-After), in seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}

/**
 * The model answered, twice, but with nothing usable (not JSON, a story the repair could not save,
 * a refusal). Retryable: a flaky model usually answers well on a later try, so the queue asks again
 * — and the writer fails the story for good, with this reason, after MAX_STORY_WRITES tries
 * (src/jobs/state.ts), so a model that never answers well costs a bounded number of calls.
 * @example
 * throw new UnusableStoryError("OpenAI gave no usable story after 2 attempts: not valid JSON");
 */
export class UnusableStoryError extends ProviderError {
  constructor(message: string) {
    super(message, true);
    this.name = "UnusableStoryError";
  }
}

export interface TextUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface Storyteller {
  readonly name: string;
  /** The languages it can write; any other is refused (never written in English instead). */
  readonly languages: readonly Language[];
  write(request: StoryRequest): Promise<{ story: StoryText; usage: TextUsage }>;
}

export interface IllustrationRequest {
  storyId: string;
  title: string;
  sceneIndex: number;
  sceneCount: number;
  /** The scene's illustration brief (English, for image models). */
  brief: string;
  /** The scene's picture plan, when the storyteller gave one (the SVG painter draws it). */
  plan?: PicturePlan;
  /** One-sentence caption in the story's language: the SVG's <title>. */
  caption?: string;
  language?: Language;
  /** The setting's time of day, when known: drives the sky. */
  timeOfDay?: string;
  /** Every character in the story, with looks: the character sheet. */
  characters: Pick<Character, "name" | "looks">[];
  style: IllustrationStyle;
}

export interface Illustration {
  body: Uint8Array;
  contentType: "image/svg+xml" | "image/png" | "image/webp" | "image/jpeg";
  /** File extension for the R2 key, without the dot. */
  extension: "svg" | "png" | "webp" | "jpg";
}

export interface Illustrator {
  readonly name: string;
  paint(request: IllustrationRequest): Promise<Illustration>;
}

/** A sentence of the narration and where it starts in the audio. */
export interface SpeechMark {
  /** Milliseconds from the start of the joined MP3. */
  time: number;
  type: "sentence" | "word";
  value: string;
}

export interface NarrationRequest {
  title: string;
  /** Story text in reading order (title not included). */
  paragraphs: string[];
  language: Language;
  /** Household override of the voice; default from the language. */
  voice?: string | null;
}

export interface Narration {
  audio: Uint8Array;
  marks: SpeechMark[];
  /** Billed characters (for the cost estimate). */
  characters: number;
  voice: string;
}

export interface Narrator {
  readonly name: string;
  /** `null` when this narrator cannot narrate (no credentials): the asset is "skipped". */
  narrate(request: NarrationRequest): Promise<Narration | null>;
}

export interface ModerationResult {
  flagged: boolean;
  /** Why, in words a parent can read ("violence"). Empty when not flagged. */
  reasons: string[];
}

export interface Moderator {
  readonly name: string;
  check(texts: string[]): Promise<ModerationResult>;
}
