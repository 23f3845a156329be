/**
 * Illustration briefs for image models, always in English: what happens (the English caption of
 * the scene), where and when, and who is there with their looks as the family typed them (a brief
 * is never shown to anyone; image models read any language, and the looks keep pictures agreeing).
 */
import type { PictureTime, PlaceKind } from "../../../story/types";
import { clean } from "./cast";

const KIND_VISUALS: Record<PlaceKind, string> = {
  forest: "a forest of tall trees",
  sea: "a sandy beach by the sea",
  castle: "a storybook castle with towers",
  meadow: "a meadow of long grass and wildflowers",
  town: "a little town square with rooftops",
  space: "outer space among planets and a rocket",
  garden: "a garden with flowers and a hedge",
  mountain: "the mountains, among peaks and big rocks",
  snow: "a snowy winter landscape",
  river: "a riverbank beside a gentle river",
  bedroom: "a cosy bedroom with a window",
  place: "a peaceful stretch of countryside",
};

const TIME_VISUALS: Record<PictureTime, string> = {
  day: "in soft daylight",
  evening: "in the evening, at sunset, under a pink and orange sky",
  dusk: "at dusk, as night begins to fall and the sky turns deep blue",
  night: "at night, under a dark blue starry sky with a round moon",
};

export interface BriefContext {
  settingName: string;
  description: string;
  kind: PlaceKind;
  characters: readonly { name: string; looks: string }[];
}

const MAX = 600;

/**
 * The whole brief for one scene, under 600 characters (the stored limit): the looks get shorter
 * first, then the setting's description goes.
 * @example writeBrief("Pip and Mabel look for the mitten.", context, "dusk")
 */
export function writeBrief(action: string, b: BriefContext, time: PictureTime): string {
  const scene = `The scene: ${b.settingName}, ${KIND_VISUALS[b.kind]}, ${TIME_VISUALS[time]}.`;
  const last = " A gentle picture-book illustration, no words or letters anywhere in the picture.";
  const who = (max: number) =>
    ` Characters: ${b.characters.map((ch) => (ch.looks ? `${ch.name}, ${clean(ch.looks, max)}` : ch.name)).join("; ")}.`;
  const first = `${action.replace(/[.!]$/, "")}. ${scene}`;
  const description = b.description ? ` ${clean(b.description, 120).replace(/^./, (c) => c.toUpperCase())}.` : "";
  for (const [looks, desc] of [
    [90, description],
    [90, ""],
    [45, ""],
    [20, ""],
  ] as const) {
    const text = first + desc + who(looks) + last;
    if (text.length <= MAX) return text;
  }
  return clean(first + who(20) + last, MAX);
}
