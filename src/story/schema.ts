/**
 * What a written story must look like, whoever wrote it. Two views of one shape:
 * - `StoryReplySchema`: what a model is asked for. Its JSON Schema (`STORY_JSON_SCHEMA`, made by
 *   `z.toJSONSchema`) keeps to OpenAI's strict structured outputs: every property required, optional
 *   ones nullable, objects closed, limits in the descriptions rather than in keywords.
 * - `parseStoryText`: what is kept. A model's reply is untrusted and often a little off, so it is
 *   repaired where a reader would not notice (a long paragraph split at sentence ends, a long moral
 *   cut to its first sentence, a long title clipped at a word, a bad picture plan dropped) and
 *   refused only when it is unusable (too few scenes, empty text).
 */
import * as z from "zod";
import { cleanText } from "../lib/clean-text";
import {
  CREATURE_KINDS,
  PICTURE_ACTIONS,
  PICTURE_TIMES,
  type PicturePlan,
  PLACE_KINDS,
  type StoryScene,
  type StoryText,
} from "./types";

/** The limits a kept story stays within (characters, counts). */
export const LIMITS = {
  title: 120,
  paragraph: 1500,
  paragraphsPerScene: 4,
  illustration: 600,
  caption: 150,
  moral: 300,
  minScenes: 3,
  maxScenes: 6,
  /** Picture-plan labels: a name, a colour, a landmark. */
  label: 60,
} as const;

// ---------------------------------------------------------------------------------------------
// The reply a model is asked for.

const figureReply = z.object({
  name: z.string().describe("The name as written in the story."),
  kind: z.enum(CREATURE_KINDS).describe("The closest kind of creature or person."),
  color: z.string().nullable().describe("Main colour in one or two English words, or null."),
});

const pictureReply = z.object({
  characters: z.array(figureReply).describe("The family's characters who are in the picture."),
  subject: figureReply
    .nullable()
    .describe(
      "The creature the story is about when it is not one of the family's characters and is in the picture, else null.",
    ),
  object: z
    .object({
      name: z.string().describe("The thing as named in the story."),
      kind: z.string().describe("What it is in one English word (mitten, cake, kite)."),
      color: z.string().nullable().describe("Its colour in one or two English words, or null."),
    })
    .nullable()
    .describe("The story's key thing when it is visible in the picture, else null."),
  action: z.enum(PICTURE_ACTIONS).describe("What the figures are doing."),
  place: z.enum(PLACE_KINDS).describe("The kind of place."),
  landmark: z
    .string()
    .nullable()
    .describe("A landmark of the setting in English keywords (lighthouse, old oak), or null."),
  time: z
    .enum(PICTURE_TIMES)
    .describe("The light: from day or evening towards night as the story goes on; the last scene at night."),
});

export const StoryReplySchema = z.object({
  title: z.string().describe(`Short story title, at most ${LIMITS.title} characters.`),
  scenes: z
    .array(
      z.object({
        paragraphs: z
          .array(z.string())
          .describe(
            `1 to ${LIMITS.paragraphsPerScene} paragraphs of plain story text, each at most ${LIMITS.paragraph} characters.`,
          ),
        illustration: z
          .string()
          .describe(
            `In English: what the scene's picture shows (characters, place, light), at most ${LIMITS.illustration} characters. No written words in the picture.`,
          ),
        caption: z
          .string()
          .describe(
            `One sentence in the story's language saying what the picture shows, at most ${LIMITS.caption} characters.`,
          ),
        picture: pictureReply.describe("The picture as a plan: who is in it, doing what, where, in which light."),
      }),
    )
    .describe(`${LIMITS.minScenes} to ${LIMITS.maxScenes} scenes in reading order.`),
  moral: z.string().describe(`One gentle sentence, at most ${LIMITS.moral} characters.`),
});

/**
 * The JSON Schema for OpenAI structured outputs (strict) and Workers AI JSON mode. Generated, so it
 * can't drift from the zod shape; `$schema` is dropped (the APIs want the bare schema).
 */
export const STORY_JSON_SCHEMA: Record<string, unknown> = (() => {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(StoryReplySchema);
  return schema;
})();

// ---------------------------------------------------------------------------------------------
// Repairs.

/** ICU sentence rules: "." "!" "?" and their CJK, Hindi and Arabic forms, with closing quotes. */
const SENTENCES = new Intl.Segmenter(undefined, { granularity: "sentence" });

/** Sentences with their trailing whitespace, so that joining them gives back the text. */
function sentences(text: string): string[] {
  return Array.from(SENTENCES.segment(text), (s) => s.segment);
}

function firstSentence(text: string): string {
  return (sentences(text)[0] ?? text).trim();
}

/**
 * Cuts text to at most `max` characters, at a word boundary when there is one in the second half,
 * marking the cut with "…"; surrogate pairs are kept whole.
 * @example
 * clipAtWord("The very long title of a story", 16) // "The very long…"
 */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? "")) end -= 1;
  const cut = text.slice(0, end);
  const space = cut.search(/\s\S*$/);
  const kept = space > max / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:、，]+$/u, "")}…`;
}

/** A sentence longer than `max` (rare): cut at the last comma or space that fits, else anywhere. */
function cutSentence(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const soft = Math.max(window.search(/[,;:،、，；：][^,;:،、，；：]*$/u), window.search(/\s\S*$/));
    let end = soft > max / 2 ? soft + 1 : max;
    if (/[\ud800-\udbff]/.test(rest[end - 1] ?? "")) end -= 1;
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return [...pieces, rest];
}

/**
 * An over-long paragraph as several, split at sentence ends into pieces of about equal length,
 * none over `max`.
 * @example
 * splitParagraph("One. Two. Three. Four.", 12) // ["One. Two.", "Three. Four."]
 */
export function splitParagraph(paragraph: string, max: number = LIMITS.paragraph): string[] {
  if (paragraph.length <= max) return [paragraph];
  const target = paragraph.length / Math.ceil(paragraph.length / max);
  const pieces: string[] = [];
  let current = "";
  for (const sentence of sentences(paragraph).flatMap((s) => cutSentence(s, max))) {
    if (current && (current + sentence).trimEnd().length > max) {
      pieces.push(current);
      current = "";
    }
    current += sentence;
    if (current.length >= target) {
      pieces.push(current);
      current = "";
    }
  }
  if (current.trim()) pieces.push(current);
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/**
 * A scene's paragraphs within the limits: long ones split, then the shortest neighbours merged
 * (while they fit in one paragraph) until there are at most four. A scene that still has more is
 * left so, and refused: it is many times longer than any story asked for.
 */
function fitParagraphs(paragraphs: string[]): string[] {
  const out = paragraphs.filter(Boolean).flatMap((p) => splitParagraph(p));
  while (out.length > LIMITS.paragraphsPerScene) {
    let best = -1;
    for (let i = 0; i + 1 < out.length; i++) {
      const size = out[i]!.length + out[i + 1]!.length + 1;
      if (size <= LIMITS.paragraph && (best < 0 || size < out[best]!.length + out[best + 1]!.length + 1)) best = i;
    }
    if (best < 0) break;
    out.splice(best, 2, `${out[best]} ${out[best + 1]}`);
  }
  return out;
}

/** At most `max` characters: the first sentence when the whole is too long, clipped if need be. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  return clipAtWord(firstSentence(text), max);
}

// ---------------------------------------------------------------------------------------------
// What is kept.

/**
 * Model text made safe (cleanText: well-formed, no control or bidi characters — a title ends up in
 * an email Subject and a <title>), trimmed. Line breaks survive only where `lines` allows (a
 * rhyming couplet's two lines).
 */
function text(lines = false) {
  return z.string().transform((s) => cleanText(s, { lines }).trim());
}

const notEmpty = z.string().min(1, "must not be empty");

/** A short picture-plan label on one line; empty or missing becomes undefined. */
const label = z
  .string()
  .nullish()
  .transform((s) => clipAtWord((s ?? "").replace(/[\p{Cc}\p{Cf}\s]+/gu, " ").trim(), LIMITS.label) || undefined)
  .catch(undefined);

const figure = z.object({
  name: label.pipe(z.string()),
  kind: z.enum(CREATURE_KINDS),
  color: label,
});

/** The picture plan, kept as far as it is valid: unknown kinds or poses fall back, a broken figure is dropped. */
const PicturePlanSchema = z.object({
  characters: z
    .array(figure.optional().catch(undefined))
    .catch([])
    .transform((list) => list.filter((f) => f !== undefined)),
  subject: figure.nullish().catch(undefined),
  object: z
    .object({ name: label.pipe(z.string()), kind: label.pipe(z.string()), color: label })
    .nullish()
    .catch(undefined),
  action: z.enum(PICTURE_ACTIONS).catch("standing"),
  place: z.enum(PLACE_KINDS).catch("place"),
  landmark: label,
  time: z.enum(PICTURE_TIMES).catch("evening"),
});

/** Drops undefined and null fields, so a stored plan has only what the model gave. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

function toPlan(plan: z.output<typeof PicturePlanSchema>): PicturePlan {
  return compact({
    ...plan,
    characters: plan.characters.map(compact),
    subject: plan.subject ? compact(plan.subject) : undefined,
    object: plan.object ? compact(plan.object) : undefined,
  }) as PicturePlan;
}

const SceneSchema = z
  .object({
    paragraphs: z
      .array(text(true))
      .transform(fitParagraphs)
      .pipe(
        z
          .array(z.string())
          .min(1, "needs at least 1 paragraph")
          .max(LIMITS.paragraphsPerScene, "is too long even split into 4 paragraphs"),
      ),
    illustration: text()
      .catch("")
      .transform((s) => clipAtWord(s, LIMITS.illustration)),
    caption: text()
      .nullish()
      .catch(undefined)
      .transform((s) => (s ? shortened(s, LIMITS.caption) : undefined)),
    picture: PicturePlanSchema.nullish().catch(undefined),
  })
  .transform((scene): StoryScene => {
    // An image model needs a brief: the caption, else the scene's first sentence, stands in.
    const illustration =
      scene.illustration || scene.caption || clipAtWord(firstSentence(scene.paragraphs[0] ?? ""), LIMITS.illustration);
    return compact({
      paragraphs: scene.paragraphs,
      illustration,
      caption: scene.caption,
      picture: scene.picture ? toPlan(scene.picture) : undefined,
    });
  });

export const StoryTextSchema = z.object({
  title: text()
    .transform((s) => clipAtWord(s, LIMITS.title))
    .pipe(notEmpty),
  scenes: z
    .array(SceneSchema)
    .min(LIMITS.minScenes, `needs at least ${LIMITS.minScenes} scenes`)
    .max(LIMITS.maxScenes, `has more than ${LIMITS.maxScenes} scenes`),
  moral: text()
    .transform((s) => shortened(s, LIMITS.moral))
    .pipe(notEmpty),
}) satisfies z.ZodType<StoryText>;

/**
 * Validates and repairs a story from a provider; unknown keys are dropped.
 * Throws an Error that lists every problem, e.g. `Invalid story: scenes: needs at least 3 scenes`.
 * @example
 * const story = parseStoryText(JSON.parse(reply));
 */
export function parseStoryText(value: unknown): StoryText {
  const result = StoryTextSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 10).map((issue) => {
    const path = issue.path.join(".");
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = result.error.issues.length > 10 ? ` (and ${result.error.issues.length - 10} more)` : "";
  throw new Error(`Invalid story: ${problems.join("; ")}${more}`);
}
