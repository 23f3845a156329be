/**
 * What a story cost to make, in US dollars, from its recorded usage and the provider (and model)
 * that made each part: rough list prices to keep costs visible to an operator, not an invoice.
 * Embedded providers (offline text, SVG pictures, the browser's voice) cost nothing.
 */
import type { StoryProviders, StoryUsage } from "../db/schema";
import { DEFAULT_IMAGE_MODEL, DEFAULT_TEXT_MODEL } from "./config";

/**
 * Workers AI bills neurons: $0.011 per 1,000 (developers.cloudflare.com/workers-ai/platform/pricing/,
 * which also gives each model's neurons per unit, used below).
 */
export const USD_PER_NEURON = 0.011 / 1000;

/** Text: dollars per million input and output tokens, by `provider:model` as a story records it. */
export const TEXT_PRICES: Record<string, { inputPerMillion: number; outputPerMillion: number }> = {
  // OpenAI's pricing page as quoted in src/lib/config.ts (Nov 2026).
  [`openai:${DEFAULT_TEXT_MODEL}`]: { inputPerMillion: 0.1, outputPerMillion: 0.5 },
  // Retired 2027-01-14, kept so older stories still show what they cost.
  "openai:gpt-4.1-mini": { inputPerMillion: 0.4, outputPerMillion: 1.6 },
  // Workers AI pricing page: 26,668 neurons per M input tokens, 204,805 per M output tokens.
  "workers-ai:@cf/meta/llama-3.3-70b-instruct-fp8-fast": {
    inputPerMillion: 26_668 * USD_PER_NEURON,
    outputPerMillion: 204_805 * USD_PER_NEURON,
  },
};

/** Pictures: dollars per picture. */
export const IMAGE_PRICES: Record<string, number> = {
  // "From about $0.045 an image at medium quality" (config.ts); we ask for 1536×1024 medium, so
  // this is an estimate and a landscape picture may cost a little more.
  [`openai:${DEFAULT_IMAGE_MODEL}`]: 0.045,
  "openai:gpt-image-1-mini": 0.015,
  // Workers AI pricing page: 4.80 neurons per 512×512 tile and 9.60 per step. Estimate: 4 tiles
  // (1024×1024, the model's default size) and our 6 steps = 76.8 neurons.
  "workers-ai:@cf/black-forest-labs/flux-1-schnell": (4 * 4.8 + 6 * 9.6) * USD_PER_NEURON,
};

/** Narration: dollars per million characters read. */
export const VOICE_PRICES: Record<string, number> = {
  // Amazon Polly neural voices: $16 per million characters.
  polly: 16,
  // Workers AI pricing page: 18.63 neurons per audio minute. Estimate: a calm bedtime reading is
  // about 800 characters a minute, so a million characters are ~1,250 minutes.
  "workers-ai:@cf/myshell-ai/melotts": (1e6 / 800) * 18.63 * USD_PER_NEURON,
};

/**
 * The price for a provider name as a story records it. A paid provider's model missing from the
 * table (a custom OPENAI_TEXT_MODEL) is priced as the provider's default model, so its cost is
 * never shown as zero; embedded providers (offline, svg, none) are free.
 */
function priceOf<T>(table: Record<string, T>, name: string | undefined, fallback: Partial<Record<string, T>>): T | 0 {
  if (!name) return 0;
  // Voices are recorded with their speaker ("polly:Joanna", "workers-ai:@cf/myshell-ai/melotts:melotts-en"):
  // the longest entry that is the name, or the name up to a ":", prices it.
  const key = Object.keys(table)
    .filter((k) => name === k || name.startsWith(`${k}:`))
    .sort((a, b) => b.length - a.length)[0];
  if (key !== undefined) return table[key] as T;
  return fallback[name.split(":")[0] ?? ""] ?? 0;
}

const TEXT_FALLBACK = { openai: TEXT_PRICES[`openai:${DEFAULT_TEXT_MODEL}`] };
const IMAGE_FALLBACK = { openai: IMAGE_PRICES[`openai:${DEFAULT_IMAGE_MODEL}`] };

export interface CostEstimate {
  text: number;
  images: number;
  narration: number;
  total: number;
  currency: "USD";
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * @example
 * estimateCost(
 *   { inputTokens: 500, outputTokens: 900, images: 4, pollyCharacters: 2400 },
 *   { text: "openai:gpt-6-luna", image: "openai:gpt-image-2.6-flare", voice: "polly:Joanna" },
 * );
 * // → { text: 0.0005, images: 0.18, narration: 0.0384, total: 0.2189, currency: "USD" }
 */
export function estimateCost(usage: StoryUsage, providers: StoryProviders): CostEstimate {
  const textPrice = priceOf(TEXT_PRICES, providers.text, TEXT_FALLBACK);
  const text = textPrice
    ? (usage.inputTokens * textPrice.inputPerMillion + usage.outputTokens * textPrice.outputPerMillion) / 1e6
    : 0;
  const images = usage.images * priceOf(IMAGE_PRICES, providers.image, IMAGE_FALLBACK);
  const narration = (usage.pollyCharacters * priceOf(VOICE_PRICES, providers.voice, {})) / 1e6;
  return {
    text: round(text),
    images: round(images),
    narration: round(narration),
    total: round(text + images + narration),
    currency: "USD",
  };
}
