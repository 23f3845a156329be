/**
 * Picks each provider from config: the real one when its keys are set, the embedded default
 * otherwise (offline storyteller, SVG illustrator, no narration, built-in word list).
 */
import type { Config } from "../lib/config";
import { createOpenAIIllustrator } from "./image/openai";
import { svgIllustrator } from "./image/svg";
import { createOpenAIModerator } from "./moderation/openai";
import { wordListModerator } from "./moderation/word-list";
import { offlineStoryteller } from "./text/offline";
import { createOpenAIStoryteller } from "./text/openai";
import type { Illustrator, Moderator, Narrator, Storyteller } from "./types";
import { createPollyNarrator, skippedNarrator } from "./voice/polly";

export interface Providers {
  storyteller: Storyteller;
  illustrator: Illustrator;
  narrator: Narrator;
  moderator: Moderator;
}

/**
 * @example
 * const { storyteller } = selectProviders(readConfig(env)); // offline when OPENAI_API_KEY is empty
 */
export function selectProviders(config: Config): Providers {
  return {
    storyteller: config.openai ? createOpenAIStoryteller(config.openai) : offlineStoryteller,
    illustrator: config.openai ? createOpenAIIllustrator(config.openai) : svgIllustrator,
    narrator: config.polly ? createPollyNarrator(config.polly) : skippedNarrator,
    moderator: selectModerator(config),
  };
}

/** Just the moderator, for checking a parent's words without building every other client. */
export function selectModerator(config: Config): Moderator {
  return config.openai ? createOpenAIModerator(config.openai) : wordListModerator;
}
