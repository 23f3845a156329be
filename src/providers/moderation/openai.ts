/**
 * Moderation by OpenAI's moderation endpoint (omni-moderation-latest). Flags the texts if any of
 * them is flagged, and says why in words a parent can read.
 */
import OpenAI from "openai";
import type { OpenAIConfig } from "../../lib/config";
import { toProviderError } from "../openai-errors";
import type { ModerationResult, Moderator } from "../types";

const MODEL = "omni-moderation-latest";

/** OpenAI's category families ("violence/graphic" belongs to "violence") in plain words. */
const READABLE: Record<string, string> = {
  harassment: "harassment",
  hate: "hate",
  illicit: "illegal activity",
  "self-harm": "self-harm",
  sexual: "sexual content",
  violence: "violence",
};

/** "sexual/minors" → "sexual content"; an unknown "new_thing/x" → "new thing". */
function readable(category: string): string {
  const family = category.split("/")[0] ?? category;
  return READABLE[family] ?? family.replace(/[_-]+/g, " ");
}

/**
 * @example
 * const { flagged, reasons } = await createOpenAIModerator(config.openai).check([title, ...paragraphs]);
 */
export function createOpenAIModerator(config: OpenAIConfig): Moderator {
  const client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, maxRetries: 0, timeout: 30_000 });

  return {
    name: "openai-moderation",
    async check(texts: string[]): Promise<ModerationResult> {
      // The endpoint rejects empty input; nothing to say about nothing.
      const input = texts.filter((text) => text.trim() !== "");
      if (input.length === 0) return { flagged: false, reasons: [] };

      let response: OpenAI.ModerationCreateResponse;
      try {
        response = await client.moderations.create({ model: MODEL, input });
      } catch (error) {
        throw toProviderError(error, "OpenAI moderation");
      }

      const reasons = new Set<string>();
      for (const result of response.results) {
        if (!result.flagged) continue;
        for (const [category, hit] of Object.entries(result.categories)) {
          if (hit) reasons.add(readable(category));
        }
      }
      const flagged = response.results.some((result) => result.flagged);
      // A result can be flagged with no category set; the parent still deserves a reason.
      if (flagged && reasons.size === 0) reasons.add("unsuitable content");
      return { flagged, reasons: [...reasons] };
    },
  };
}
