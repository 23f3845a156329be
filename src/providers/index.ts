/**
 * Picks each provider from config, best first: OpenAI / Amazon Polly when their keys are set, then
 * Workers AI when the `AI` binding is there (deployed only), then the embedded defaults (offline
 * storyteller, SVG illustrator, no narration, built-in word list).
 */
import type { Config } from "../lib/config";
import { createOpenAIIllustrator } from "./image/openai";
import { svgIllustrator } from "./image/svg";
import { createWorkersAIIllustrator } from "./image/workers-ai";
import { createOpenAIModerator } from "./moderation/openai";
import { wordListModerator } from "./moderation/word-list";
import { offlineStoryteller } from "./text/offline";
import { createOpenAIStoryteller } from "./text/openai";
import { createWorkersAIStoryteller } from "./text/workers-ai";
import type { Illustrator, Moderator, Narrator, Storyteller } from "./types";
import { createPollyNarrator, skippedNarrator } from "./voice/polly";
import { createWorkersAINarrator } from "./voice/workers-ai";

export interface Providers {
  storyteller: Storyteller;
  illustrator: Illustrator;
  narrator: Narrator;
  moderator: Moderator;
}

/**
 * @example
 * const { storyteller } = selectProviders(readConfig(env)); // offline with no OpenAI key and no AI binding
 */
export function selectProviders(config: Config): Providers {
  const { openai, polly, ai } = config;
  return {
    storyteller: openai ? createOpenAIStoryteller(openai) : ai ? createWorkersAIStoryteller(ai) : offlineStoryteller,
    illustrator: openai ? createOpenAIIllustrator(openai) : ai ? createWorkersAIIllustrator(ai) : svgIllustrator,
    narrator: polly ? createPollyNarrator(polly) : ai ? createWorkersAINarrator(ai) : skippedNarrator,
    moderator: selectModerator(config),
  };
}

/** Just the moderator, for checking a parent's words without building every other client. */
export function selectModerator(config: Config): Moderator {
  return config.openai ? createOpenAIModerator(config.openai) : wordListModerator;
}
