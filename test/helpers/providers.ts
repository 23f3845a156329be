/**
 * Provider fakes: the embedded offline providers (no network) with narration skipped, any of them
 * swapped per test, and a context built on them the way src/index.ts builds one.
 */
import { type Ctx, createContext } from "../../src/lib/context";
import type { Providers } from "../../src/providers";
import { svgIllustrator } from "../../src/providers/image/svg";
import { wordListModerator } from "../../src/providers/moderation/word-list";
import { offlineStoryteller } from "../../src/providers/text/offline";
import type { Narrator } from "../../src/providers/types";

/** No narration provider configured: the audio asset is settled as skipped. */
export const silentNarrator: Narrator = { name: "none", narrate: async () => null };

export function offlineProviders(overrides: Partial<Providers> = {}): Providers {
  return {
    storyteller: offlineStoryteller,
    illustrator: svgIllustrator,
    narrator: silentNarrator,
    moderator: wordListModerator,
    ...overrides,
  };
}

/**
 * The context an entry point would build, at a pinned time, with offline providers (or the ones given).
 * @example
 * await handleQueue(batch, testContext(rec.env, NOW, { illustrator: broken }));
 */
export function testContext(env: Env, now: number, providers: Partial<Providers> = {}): Ctx {
  return createContext(env, now, { providers: offlineProviders(providers) });
}
