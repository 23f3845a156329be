import type { Rng } from "../lib/random";
import type { Character, Setting } from "./types";

/** How many recent nights' settings to avoid, so the same place doesn't come back night after night. */
export const AVOID_RECENT_SETTINGS = 4;

export interface CastChoice {
  characters: Character[];
  setting: Setting;
}

/**
 * Picks tonight's characters (2–3 of the household's, or the ones the parent asked for) and a
 * setting (the one asked for, or a random one not used in the last few nights).
 * @example
 * chooseCast(seeded(storyId), { characters, settings, recentSettingIds: ["sc_1"] })
 */
export function chooseCast(
  rng: Rng,
  options: {
    characters: Character[];
    settings: Setting[];
    recentSettingIds: string[];
    characterIds?: string[];
    settingId?: string;
  },
): CastChoice {
  const { characters, settings } = options;
  if (characters.length === 0) throw new Error("This household has no characters yet");
  if (settings.length === 0) throw new Error("This household has no places yet");

  const asked = options.characterIds?.length ? characters.filter((c) => options.characterIds?.includes(c.id)) : [];
  const cast = asked.length > 0 ? asked : rng.shuffle(characters).slice(0, Math.min(characters.length, rng.int(2, 3)));

  const askedSetting = options.settingId ? settings.find((s) => s.id === options.settingId) : undefined;
  const fresh = settings.filter((s) => !options.recentSettingIds.includes(s.id));
  const setting = askedSetting ?? rng.pick(fresh.length > 0 ? fresh : settings);
  return { characters: cast, setting };
}
