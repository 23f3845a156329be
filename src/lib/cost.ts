import type { StoryProviders, StoryUsage } from "../db/schema";

/**
 * Rough list prices in US dollars, to keep costs visible to an operator (not an invoice).
 * Embedded providers (offline text, SVG pictures, no narration) cost nothing.
 */
export const PRICES = {
  inputTokenPerMillion: 0.4,
  outputTokenPerMillion: 1.6,
  imageEach: 0.015,
  pollyNeuralPerMillionChars: 16,
};

/**
 * @example
 * estimateCost({ inputTokens: 500, outputTokens: 900, images: 4, pollyCharacters: 2400 }, { text: "openai:gpt-4.1-mini", image: "openai:gpt-image-1-mini", voice: "polly:Joanna" })
 * // → { text: 0.00164, images: 0.06, narration: 0.0384, total: 0.10004 }
 */
export function estimateCost(usage: StoryUsage, providers: StoryProviders) {
  const paid = (name: string | undefined, prefix: string) => (name?.startsWith(prefix) ? 1 : 0);
  const text =
    paid(providers.text, "openai") *
    ((usage.inputTokens * PRICES.inputTokenPerMillion + usage.outputTokens * PRICES.outputTokenPerMillion) / 1e6);
  const images = paid(providers.image, "openai") * usage.images * PRICES.imageEach;
  const narration =
    paid(providers.voice, "polly") * ((usage.pollyCharacters * PRICES.pollyNeuralPerMillionChars) / 1e6);
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  return {
    text: round(text),
    images: round(images),
    narration: round(narration),
    total: round(text + images + narration),
    currency: "USD",
  };
}
