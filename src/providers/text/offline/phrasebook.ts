/**
 * The shape of one language's phrase tables for the offline storyteller. Each language file
 * (`en.ts`, `fr.ts`, `es.ts`) fills one `Phrasebook`; the engine in `index.ts` picks from it.
 *
 * Lines are small functions of a `Ctx` rather than "{name}" templates, so nothing user-written
 * is ever treated as a template and grammar (plurals, genders) stays in the language's hands.
 * Every list keeps the same length and order in every language: the same seed then tells the
 * same story in any language, and `briefs.ts` can describe the picture of variant `i`.
 */
import type { TimeOfDay } from "../../../story/types";

export const SETTING_KINDS = [
  "forest",
  "sea",
  "castle",
  "meadow",
  "town",
  "space",
  "garden",
  "mountain",
  "snow",
  "river",
  "bedroom",
  "place",
] as const;
export type SettingKind = (typeof SETTING_KINDS)[number];

export const PROBLEMS = ["lost", "stuck", "star", "sleepless", "wayHome"] as const;
export type Problem = (typeof PROBLEMS)[number];

/** Something the story is about (a lost bell, the parent's "lost mitten"). */
export interface Noun {
  /** With the definite article: "the red kite", "le cerf-volant rouge". */
  the: string;
  /** With "my": "my red kite", "mon cerf-volant rouge". */
  my: string;
  /** Without an article: "red kite". */
  bare: string;
  plural: boolean;
  /** Grammatical gender (French, Spanish). */
  fem: boolean;
  /** In English, for the illustration brief. */
  gloss: string;
}

/** The small creature the characters help. */
export interface Visitor {
  /** Introduced with its name: "a little hedgehog called Prickles". */
  a: string;
  name: string;
  fem: boolean;
  /** In English, for the illustration brief: "a little hedgehog". */
  gloss: string;
}

/** The story's characters as a grammatical subject. */
export interface Cast {
  /** Every name joined: "Pip, Mabel and Otto". */
  all: string;
  lead: string;
  /** The second character, or the lead when there is only one. */
  second: string;
  many: boolean;
  /** Picks the singular or plural form to agree with `all`. */
  v(one: string, many: string): string;
}

export interface PlaceWords {
  /** A clause in the past tense: "the tall trees whispered to each other". */
  sound: string;
  /** Three places to look, each with its preposition: "behind a mossy log". */
  spots: readonly [string, string, string];
  /** Somewhere high, with its preposition: "high up in the tallest pine tree". */
  high: string;
}

export interface TimeWords {
  /** "one quiet night" */
  once: string;
  /** A clause: "the moon was round and silver". */
  sky: string;
  /** "at night", as in "lovelier than at night". */
  when: string;
  /** "night", as in "on this particular night". */
  day: string;
  /** "tonight", as in "so different tonight". */
  today: string;
  /** When the story turns to bed: "as the last light faded". */
  bedtime: string;
}

export interface Ctx {
  c: Cast;
  /** The setting's name as written, a leading article lower-cased: "the Whispering Woods". */
  place: string;
  /** The name without its article, for "Goodnight, Whispering Woods". */
  placeBare: string;
  /** The setting's description as a sentence and a trailing space, or "". */
  desc: string;
  p: PlaceWords;
  t: TimeWords;
  thing: Noun;
  v: Visitor;
  /** The parent's topic ready to insert ("dinosaurs", or quoted when it reads as a sentence), or "". */
  topic: string;
}

export type Line = (x: Ctx) => string;
/** Two variants of a story beat, in the same order in every language. */
export type Pair = readonly [Line, Line];

export interface ProblemLines {
  titles: Pair;
  setup: Pair;
  reaction: Pair;
  /** The first try: it never works. */
  try1: Pair;
  /** The second try in long stories: it does not work either, but helps. */
  try2: Pair;
  /** The try that works. */
  success: Pair;
  resolution: Pair;
  morals: readonly [string, string];
}

export interface CharacterLines {
  first: readonly ((name: string) => string)[];
  meet: readonly ((name: string, previous: string) => string)[];
  looks: readonly ((name: string, looks: string) => string)[];
  personality: readonly ((name: string, personality: string) => string)[];
}

export interface Phrasebook {
  joinNames(names: readonly string[]): string;
  /** Quotes a parent's words the way the language does. */
  quote(text: string): string;
  /** Reads "a lost mitten" as a Noun ("the mitten"); null when the text is not a short noun phrase. */
  parseThing(text: string): Noun | null;
  /** Typography applied to every finished string (French spaces before "?" and "!"). */
  finish(text: string): string;
  defaultCharacter: { name: string; looks: string; personality: string };
  defaultPlace: string;
  openings: readonly Line[];
  who: CharacterLines;
  /** Three activities, in the order of `ACTIVITY_BRIEFS`. */
  activities: readonly Line[];
  /** A few plain words from the parent: "All day long, Pip had been thinking about dinosaurs." */
  topicOpening: Line;
  /** Just before the last line: the topic once more. */
  topicDream: Line;
  topicTitle: Line;
  /** The same for a longer wish, quoted once at the start and only alluded to at the end. */
  wishOpening: Line;
  wishDream: Line;
  /** Long stories only: a flutter of worry once the problem is known. */
  worries: readonly Line[];
  /** Long stories only: a pause on the way, before the second try. */
  wonders: readonly Line[];
  /** Long stories only: joy once the problem is solved. */
  cheers: readonly Line[];
  /** What the characters say after a try that did not work. */
  encourage: readonly Line[];
  problems: Readonly<Record<Problem, ProblemLines>>;
  endings: readonly Line[];
  /** Long stories only: looking back on the day before sleep. */
  recaps: readonly Line[];
  lastLines: readonly Line[];
  /** Rhyming couplets ("line one,\nline two."): refrains for the scenes, and closings. */
  refrains: readonly string[];
  closings: readonly string[];
  places: Readonly<Record<SettingKind, PlaceWords>>;
  times: Readonly<Record<TimeOfDay, TimeWords>>;
  lostThings: readonly Noun[];
  stuckThings: readonly Noun[];
  visitors: readonly Visitor[];
}
