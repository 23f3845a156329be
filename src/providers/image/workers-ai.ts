/**
 * Illustrations from Workers AI (the `AI` binding, deployed only) when no OpenAI key is set. The
 * prompt is the OpenAI one (character sheet, style, brief, no text), within the model's limit.
 * Flux-style models answer `{ image: base64 JPEG }`, SDXL-style ones a ReadableStream of PNG; either
 * way the bytes must be a real picture before they are stored.
 */
import { type Illustration, type IllustrationRequest, type Illustrator, ProviderError } from "../types";
import { toWorkersAIError } from "../workers-ai-errors";
import { buildImagePrompt } from "./openai";
import { checkedPicture, decodeBase64 } from "./picture-bytes";

/**
 * FLUX.1 [schnell]: Workers AI's fast text-to-image model, JPEG out (a format every mail client
 * shows). $0.000053 per 512×512 tile and $0.00011 per step (model page, Nov 2026): a 1024×1024
 * picture in 6 steps is about 80 neurons, under a tenth of a cent.
 */
export const WORKERS_AI_IMAGE_MODEL = "@cf/black-forest-labs/flux-1-schnell";

/** Flux schnell takes a prompt of at most 2,048 characters. */
const PROMPT_LIMIT = 2048;
/** Schnell allows 1–8 steps (default 4); a few more give softer, cleaner storybook pictures. */
const STEPS = 6;

/** The reply shapes of Workers AI's text-to-image models. */
async function bytesOf(output: unknown, what: string): Promise<Uint8Array> {
  if (output instanceof ReadableStream) return new Uint8Array(await new Response(output).arrayBuffer());
  if (output instanceof Uint8Array) return output;
  const image = (output as { image?: unknown } | null)?.image;
  if (typeof image === "string" && image) return decodeBase64(image, what);
  throw new ProviderError(`${what}: the response carried no image data`, true);
}

/**
 * @example
 * const illustrator = createWorkersAIIllustrator(env.AI);
 * const { body, contentType } = await illustrator.paint(request); // image/jpeg
 */
export function createWorkersAIIllustrator(ai: Ai, model = WORKERS_AI_IMAGE_MODEL): Illustrator {
  const what = `Workers AI image (${model})`;
  return {
    name: `workers-ai:${model}`,
    async paint(request: IllustrationRequest): Promise<Illustration> {
      // The cap is "about": a very long cast can go over it, so the prompt is cut to the limit too.
      const prompt = buildImagePrompt(request, PROMPT_LIMIT - 148).slice(0, PROMPT_LIMIT);
      let output: unknown;
      try {
        output = await ai.run(model as typeof WORKERS_AI_IMAGE_MODEL, { prompt, steps: STEPS });
      } catch (error) {
        throw toWorkersAIError(error, what);
      }
      return checkedPicture(await bytesOf(output, what), what);
    },
  };
}
