/**
 * Illustration briefs for the offline storyteller, always in English: image models follow
 * English best, and the SVG illustrator finds the setting by English keywords ("forest", "sea").
 * Each brief names the setting's kind with the illustrator's own words, the time of day, who is
 * there, what they look like and what they are doing. Variant `i` of a beat here pictures
 * variant `i` of the same beat in every phrasebook.
 */
import type { TimeOfDay } from "../../../story/types";
import type { PlaceWords, Problem, SettingKind } from "./phrasebook";
import { clean, sentence } from "./text";

export interface BriefContext {
  names: string;
  /** The characters and the visitor: "Pip, Mabel and the tiny mouse". */
  everyone: string;
  lead: string;
  many: boolean;
  characters: readonly { name: string; looks: string }[];
  kind: SettingKind;
  time: TimeOfDay;
  settingName: string;
  description: string;
  /** English glosses: "a little hedgehog", "a red kite". */
  visitor: string;
  thing: string;
  /** The English place words (spots and the high place) of the setting's kind. */
  p: PlaceWords;
}

type Visual = (b: BriefContext) => string;
type VisualPair = readonly [Visual, Visual];

/** The verb agreeing with the characters: one "stands", several "stand". */
const verb = (b: BriefContext, one: string, many: string) => (b.many ? many : one);
const the = (gloss: string) => gloss.replace(/^(a|an|some)\s+/i, "the ");

const KIND_VISUALS: Record<SettingKind, string> = {
  forest: "a forest of tall trees",
  sea: "a sandy beach by the sea",
  castle: "a storybook castle with towers",
  meadow: "a meadow of long grass and wildflowers",
  town: "a little town square with rooftops",
  space: "outer space among planets and a rocket",
  garden: "a garden with vegetables and a hedge",
  mountain: "the mountains, among peaks and big rocks",
  snow: "a snowy winter landscape",
  river: "a riverbank beside a gentle river",
  bedroom: "a cosy bedroom with a window",
  place: "a peaceful stretch of countryside",
};

const TIME_VISUALS: Record<TimeOfDay, string> = {
  morning: "on a bright morning with a pale gold sky",
  afternoon: "on a sunny afternoon with a clear blue sky",
  evening: "in the evening, at sunset, under a pink and orange sky",
  night: "at night, under a dark blue starry sky with a round moon",
};

export const OPENING_BRIEF: Visual = (b) =>
  `${b.names} ${verb(b, "stands", "stand side by side")} in ${KIND_VISUALS[b.kind]}, smiling and calm, ready for a little adventure`;

/** In the order of the phrasebooks' `activities`. */
export const ACTIVITY_BRIEFS: readonly Visual[] = [
  (b) =>
    `${b.names} ${verb(b, "plays", "play")} hide-and-seek in ${KIND_VISUALS[b.kind]}, ${b.lead} peeking out from a hiding place and giggling`,
  (b) =>
    `${b.names} ${verb(b, "collects", "collect")} smooth pebbles and soft feathers in ${KIND_VISUALS[b.kind]}, ${b.lead} holding a little cloth bag`,
  (b) => `${b.names} ${verb(b, "hums", "hum")} a happy made-up song in ${KIND_VISUALS[b.kind]}, swaying gently`,
];

export const PROBLEM_BRIEFS: Record<
  Problem,
  { setup: VisualPair; try1: VisualPair; try2: VisualPair; success: VisualPair }
> = {
  lost: {
    setup: [
      (b) => `${b.visitor} hurries up with teary eyes to ${b.names}, who ${verb(b, "listens", "listen")} kindly`,
      (b) =>
        `${b.visitor} sits alone looking sad while ${b.names} ${verb(b, "kneels", "kneel")} down to ask what is wrong`,
    ],
    try1: [
      (b) =>
        `${b.names} ${verb(b, "searches", "search")} ${b.p.spots[0]} while ${the(b.visitor)} watches hopefully; a sleepy snail peeks out`,
      (b) =>
        `${b.names} ${verb(b, "searches", "search")} ${b.p.spots[0]}, finding only a pinecone, a feather and a surprised beetle, while ${the(b.visitor)} looks on`,
    ],
    try2: [
      (b) => `${b.everyone} talk with a wise old tortoise resting ${b.p.spots[1]}`,
      (b) => `${b.everyone} call out ${b.p.spots[1]}, hands cupped around their mouths`,
    ],
    success: [
      (b) => `${b.everyone}, full of joy, find ${the(b.thing)} ${b.p.spots[2]}, listening and smiling`,
      (b) =>
        `${the(b.visitor)} finds ${the(b.thing)} safe and sound ${b.p.spots[2]}, while ${b.names} ${verb(b, "smiles", "smile")}`,
    ],
  },
  stuck: {
    setup: [
      (b) =>
        `${b.thing} is caught ${b.p.high}, blown there by the wind; ${b.names} ${verb(b, "looks", "look")} up in surprise`,
      (b) => `${b.thing} dangles ${b.p.high}; ${b.names} ${verb(b, "looks", "look")} up at it with open mouths`,
    ],
    try1: [
      (b) =>
        `${b.names} ${verb(b, "jumps", "jump")} as high as possible with arms stretched toward ${the(b.thing)}, which is ${b.p.high}, far out of reach`,
      (b) => `${b.names} ${verb(b, "calls", "call")} up to ${the(b.thing)}, which sways ${b.p.high}`,
    ],
    try2: [
      (b) =>
        `${b.names} ${verb(b, "tumbles", "tumble")} into a soft, laughing heap after a wobbly tower topples; ${the(b.thing)} still hangs ${b.p.high}`,
      (b) => `${b.lead} stretches up with a long stick that is just too short to reach ${the(b.thing)} ${b.p.high}`,
    ],
    success: [
      (b) =>
        `${the(b.thing)} floats gently down on a breeze into ${b.lead}’s arms while ${b.names} ${verb(b, "sings", "sing")} softly`,
      (b) => `a friendly magpie brings ${the(b.thing)} down in its beak to ${b.names}`,
    ],
  },
  star: {
    setup: [
      (b) =>
        `a small glowing star with a sad little face has fallen ${b.p.spots[0]}; ${b.names} ${verb(b, "hurries", "hurry")} over`,
      (b) => `${b.names} ${verb(b, "finds", "find")} a small, dim star blinking sadly ${b.p.spots[0]}`,
    ],
    try1: [
      (b) => `${b.lead} stands on tiptoe holding a dim little star up toward the faraway sky`,
      (b) => `${b.lead} gently tosses a little star upward like a soft ball`,
    ],
    try2: [
      (b) => `a big round moon with a kind face smiles down at ${b.names} and the little star`,
      (b) =>
        `${b.names} ${verb(b, "blows", "blow")} with puffed cheeks to float a little star up like a dandelion seed`,
    ],
    success: [
      (b) =>
        `a little star, giggling and glowing bright gold, floats up into the sky as ${b.names} ${verb(b, "laughs and waves", "laugh and wave")}`,
      (b) =>
        `a little star glows warm and golden and rises out of ${b.lead}’s hands as ${b.names} ${verb(b, "hums", "hum")} a lullaby`,
    ],
  },
  sleepless: {
    setup: [
      (b) => `${b.visitor} rubs its eyes and yawns, wide awake, while ${b.names} ${verb(b, "comes", "come")} closer`,
      (b) =>
        `${b.visitor} tosses and turns on a pile of leaves, unable to sleep; ${b.names} ${verb(b, "watches", "watch")} kindly`,
    ],
    try1: [
      (b) => `${b.everyone} count fluffy sheep floating past like little clouds`,
      (b) => `${b.lead} tells a funny story about a duck in wellington boots; ${the(b.visitor)} laughs`,
    ],
    try2: [
      (b) => `${the(b.visitor)} sips warm milk and hiccups while ${b.names} ${verb(b, "giggles", "giggle")}`,
      (b) => `${b.everyone} sit very quietly, fingers to lips`,
    ],
    success: [
      (b) =>
        `${the(b.visitor)} sleeps peacefully in a soft nest of moss and leaves while ${b.names} ${verb(b, "hums", "hum")} a lullaby`,
      (b) => `${the(b.visitor)} and ${b.names} lie side by side listening, eyes slowly closing`,
    ],
  },
  wayHome: {
    setup: [
      (b) =>
        `${b.visitor} looks around, lost and worried, while ${b.names} ${verb(b, "crouches", "crouch")} down to help`,
      (b) => `${b.names} ${verb(b, "spots", "spot")} ${b.visitor} with big, worried eyes`,
    ],
    try1: [
      (b) => `${b.everyone} stand beside a splashy puddle ${b.p.spots[0]}, looking puzzled`,
      (b) => `${b.everyone} walk in a little circle, pointing left`,
    ],
    try2: [
      (b) => `${b.lead} stands on a big stone, looking far away, while ${the(b.visitor)} waits below`,
      (b) => `${b.everyone} ask a busy beetle the way`,
    ],
    success: [
      (b) =>
        `${the(b.visitor)} is welcomed home at a little round glowing door ${b.p.spots[2]}; ${b.names} ${verb(b, "waves", "wave")}`,
      (b) => `${b.everyone} reach a little round door glowing warm and gold ${b.p.spots[2]}`,
    ],
  },
};

export const ENDING_BRIEF: Visual = (b) =>
  `${b.names} ${verb(b, "is", "are")} curled up fast asleep under a soft blanket in ${KIND_VISUALS[b.kind]}, calm and peaceful`;

const MAX = 600;

/**
 * The whole brief for one scene: what happens, where and when, who is there and how they look.
 * Kept under 600 characters (the stored limit), dropping the description first.
 * @example
 * writeBrief("Pip searches behind a mossy log", context) // "Pip searches … The scene: the Whispering Woods, a forest …"
 */
export function writeBrief(action: string, b: BriefContext, time: TimeOfDay = b.time): string {
  const scene = `The scene: ${b.settingName}, ${KIND_VISUALS[b.kind]}, ${TIME_VISUALS[time]}.`;
  const last = " A gentle picture-book illustration, no words or letters anywhere in the picture.";
  const who = (max: number) =>
    ` Characters: ${b.characters.map((ch) => (ch.looks ? `${ch.name}, ${clean(ch.looks, max)}` : ch.name)).join("; ")}.`;
  const first = `${action.charAt(0).toUpperCase() + action.slice(1)}. ${scene}`;
  const description = b.description ? ` ${sentence(clean(b.description, 120))}` : "";
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
