/**
 * What a written story must look like, whoever wrote it. A model's reply is untrusted: it is
 * checked here (lengths, counts, no empty text) before anything is stored or shown.
 */
import * as z from "zod";
import type { StoryText } from "./types";

/**
 * Trimmed text that is not empty and not longer than `max` characters. Control characters become
 * spaces (a title ends up in an email Subject); line breaks survive only where `lines` allows
 * (a rhyming couplet's two lines).
 */
function text(max: number, lines = false) {
  const control = lines ? /[\u0000-\u0009\u000b-\u001f\u007f]/g : /[\u0000-\u001f\u007f]/g;
  return z
    .string()
    .transform((s) => s.replace(control, " ").trim())
    .pipe(z.string().min(1, "must not be empty").max(max, `must be at most ${max} characters`));
}

export const StoryTextSchema = z.object({
  title: text(120),
  scenes: z
    .array(
      z.object({
        paragraphs: z.array(text(1500, true)).min(1, "needs at least 1 paragraph").max(4, "has more than 4 paragraphs"),
        illustration: text(600),
      }),
    )
    .min(3, "needs at least 3 scenes")
    .max(6, "has more than 6 scenes"),
  moral: text(300),
}) satisfies z.ZodType<StoryText>;

/**
 * Validates a story from a provider, trimming its text; unknown keys are dropped.
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

/**
 * The same shape as a plain JSON Schema for OpenAI structured outputs. Strict mode accepts only a
 * subset of JSON Schema, so this keeps to type/properties/required/additionalProperties/items/
 * description; the limits live in the descriptions (for the model) and in zod (enforced).
 */
export const STORY_JSON_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["title", "scenes", "moral"],
  properties: {
    title: { type: "string", description: "Short story title, at most 120 characters." },
    scenes: {
      type: "array",
      description: "3 to 6 scenes in reading order.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["paragraphs", "illustration"],
        properties: {
          paragraphs: {
            type: "array",
            description: "1 to 4 paragraphs of plain story text.",
            items: { type: "string" },
          },
          illustration: {
            type: "string",
            description:
              "What the scene's picture shows (characters, place, light), at most 600 characters. No written words in the picture.",
          },
        },
      },
    },
    moral: { type: "string", description: "One gentle sentence, at most 300 characters." },
  },
} as const;
