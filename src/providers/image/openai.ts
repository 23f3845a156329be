/**
 * Illustrations from the OpenAI Images API (or any compatible server via `baseURL`). Every prompt
 * carries the story's character sheet and the household's style, so the pictures of one story
 * agree with each other even though each is generated separately.
 */
import OpenAI from "openai";
import { DEFAULT_IMAGE_MODEL, type OpenAIConfig } from "../../lib/config";
import type { IllustrationStyle } from "../../story/types";
import { toProviderError } from "../openai-errors";
import { type Illustration, type IllustrationRequest, type Illustrator, ProviderError } from "../types";
import { checkedPicture, decodeBase64 } from "./picture-bytes";

/** Our own cap (the API allows more): long prompts dilute the character sheet. */
export const MAX_PROMPT = 3000;

export const STYLE_SENTENCES: Record<IllustrationStyle, string> = {
  watercolor: "Soft watercolor painting with gentle washes of colour, soft edges and visible paper texture.",
  crayon: "Hand-drawn wax crayon picture with warm, textured strokes and simple, friendly shapes.",
  storybook: "Classic storybook illustration in warm gouache colours with clean shapes and a cosy, timeless feel.",
  "paper-cut": "Layered paper-cut collage made of crisp cut-paper shapes with soft shadows between the layers.",
  pastel: "Soft pastel chalk drawing in muted, dreamy colours with a gentle, powdery texture.",
  "night-sky": "Deep blue night palette lit by moonlight and stars, calm and glowing with a sleepy atmosphere.",
};

const LIGHT: Record<string, string> = {
  morning: "soft, fresh morning light",
  afternoon: "warm, golden afternoon light",
  evening: "rosy evening light as the sun goes down",
  night: "a quiet night under the moon and stars",
};

const CHARACTER_SHEET = "Characters — draw them exactly like this in every picture:";
const NO_TEXT = "No text, letters or words in the image.";
const OPENING = "A gentle children's picture-book illustration.";

/** Model- and parent-written text goes into the prompt as one plain line. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "";
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? "")) end -= 1; // keep surrogate pairs whole
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * The image prompt for one scene: opening, style, character sheet, scene brief, time of day and
 * the no-text rule, within about `max` characters (MAX_PROMPT unless a model allows fewer). Only the brief and the characters' looks
 * are shortened to fit; the sheet itself and the no-text rule are always there.
 *
 * @example
 * buildImagePrompt({ brief: "Mila finds a mitten in the snow", characters: [{ name: "Mila", looks: "…" }], style: "crayon", … });
 */
export function buildImagePrompt(request: IllustrationRequest, max = MAX_PROMPT): string {
  const characters = request.characters.map((c) => ({ name: truncate(oneLine(c.name), 60), looks: oneLine(c.looks) }));
  const brief = oneLine(request.brief);
  const time = request.timeOfDay ? oneLine(request.timeOfDay).toLowerCase() : "";
  const timeLine = time ? `Time of day: ${truncate(time, 40)}${LIGHT[time] ? `, ${LIGHT[time]}` : ""}.` : "";

  const render = (looksMax: number, briefMax: number) =>
    [
      OPENING,
      `Style: ${STYLE_SENTENCES[request.style] ?? STYLE_SENTENCES.storybook}`,
      CHARACTER_SHEET,
      ...(characters.length
        ? characters.map((c) => `- ${c.name}: ${truncate(c.looks, looksMax)}`)
        : ["- (no named characters)"]),
      `Scene: ${truncate(brief, briefMax)}`,
      timeLine,
      NO_TEXT,
    ]
      .filter(Boolean)
      .join("\n");

  // Room left once the fixed parts are in, shared between the brief and the looks.
  const room = Math.max(0, max - render(0, 0).length);
  const totalLooks = characters.reduce((sum, c) => sum + c.looks.length, 0);
  if (brief.length + totalLooks <= room) return render(Infinity, Infinity);
  // The brief gets up to 40% of the room; the looks share what it leaves, and never drop below a
  // few words each — the sheet matters more than hitting the cap exactly.
  const briefMax = Math.max(80, Math.min(brief.length, Math.floor(room * 0.4)));
  const looksMax = Math.max(40, Math.floor((room - Math.min(brief.length, briefMax)) / Math.max(1, characters.length)));
  return render(looksMax, briefMax);
}

/**
 * @example
 * const illustrator = createOpenAIIllustrator(readConfig(env).openai!);
 * const { body, extension } = await illustrator.paint(request); // jpeg bytes
 */
export function createOpenAIIllustrator(config: OpenAIConfig): Illustrator {
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    // Retries belong to the queue, which backs off and records attempts.
    maxRetries: 0,
    // Image generation takes up to a minute or two; a hung request should not hold the consumer.
    timeout: 180_000,
  });
  const setting = {
    setting: "OPENAI_IMAGE_MODEL",
    model: config.imageModel,
    kind: "image model",
    example: DEFAULT_IMAGE_MODEL,
  };
  const what = `OpenAI image (${config.imageModel})`;

  return {
    name: `openai:${config.imageModel}`,
    async paint(request: IllustrationRequest): Promise<Illustration> {
      let b64: string | undefined;
      try {
        const response = await client.images.generate({
          model: config.imageModel,
          prompt: buildImagePrompt(request),
          size: "1536x1024",
          quality: "medium",
          n: 1,
          // JPEG: the story email's cover must show in Gmail and Outlook (neither shows SVG, and
          // Outlook no WebP), and a painted scene is far smaller as JPEG than as PNG.
          output_format: "jpeg",
        });
        b64 = response.data?.[0]?.b64_json ?? undefined;
      } catch (err) {
        throw toProviderError(err, what, setting);
      }
      if (!b64) throw new ProviderError(`${what}: the response carried no image data`, true);
      // A compatible server may ignore output_format: the bytes say what the picture is.
      return checkedPicture(decodeBase64(b64, what), what);
    },
  };
}
