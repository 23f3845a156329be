/**
 * The shapes a story is made of. Shared by the writer, the providers, the pages and the API.
 * A "setting" here is a row of the `scenes` table (where a story takes place); a story's
 * `scenes` are its ordered parts, each with its text and a brief for its picture.
 */

export const LANGUAGES = [
  "en",
  "fr",
  "es",
  "de",
  "it",
  "pt",
  "nl",
  "sv",
  "da",
  "nb",
  "pl",
  "ja",
  "ko",
  "zh",
  "hi",
  "tr",
  "ar",
] as const;
export type Language = (typeof LANGUAGES)[number];

export const STORY_LENGTHS = ["short", "medium", "long"] as const;
export type StoryLength = (typeof STORY_LENGTHS)[number];

export const ILLUSTRATION_STYLES = ["watercolor", "crayon", "storybook", "paper-cut", "pastel", "night-sky"] as const;
export type IllustrationStyle = (typeof ILLUSTRATION_STYLES)[number];

export const TIMES_OF_DAY = ["morning", "afternoon", "evening", "night"] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/**
 * Kinds of creature and person the offline storyteller understands and the SVG painter can draw.
 * A wish's subject or a character's looks map onto one of these ("un petit dragon" → "dragon").
 */
export const CREATURE_KINDS = [
  "dragon",
  "unicorn",
  "whale",
  "penguin",
  "turtle",
  "snail",
  "robot",
  "bear",
  "owl",
  "hedgehog",
  "mouse",
  "cat",
  "dog",
  "fox",
  "rabbit",
  "duck",
  "child",
  "grown-up",
] as const;
export type CreatureKind = (typeof CREATURE_KINDS)[number];

/** The kinds of place a picture can show (a setting's kind, read from its name and description). */
export const PLACE_KINDS = [
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
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** What the figures in a picture are doing: poses the painter draws. */
export const PICTURE_ACTIONS = [
  "standing",
  "walking",
  "looking",
  "searching",
  "reaching",
  "talking",
  "playing",
  "hugging",
  "flying",
  "swimming",
  "celebrating",
  "sleeping",
] as const;
export type PictureAction = (typeof PICTURE_ACTIONS)[number];

/** Light in a picture, moving from evening to night through a bedtime story. */
export const PICTURE_TIMES = ["day", "evening", "dusk", "night"] as const;
export type PictureTime = (typeof PICTURE_TIMES)[number];

/**
 * What one scene's picture shows — drawn by the SVG painter, turned into a brief for image models.
 * Labels (`name`) are in the story's language; kinds are the fixed lists above.
 */
export interface PicturePlan {
  /** The family's characters in the picture (names as in the story). */
  characters: { name: string; kind: CreatureKind; color?: string }[];
  /** The wish's subject when it is in the picture ("the little dragon"). */
  subject?: { name: string; kind: CreatureKind; color?: string };
  /** The key thing of the story when it is visible (the lost mitten, the cake). */
  object?: { name: string; kind: string; color?: string };
  /** The wish's companions, drawn with the others (grandpa, a kind giant). Added by the storyteller (issue 17). */
  companions?: { name: string; kind: CreatureKind; color?: string }[];
  /** Several things of the wish (pancakes, a red kite), beside `object`. Added by the storyteller (issue 17). */
  objects?: { name: string; kind: string; color?: string }[];
  action: PictureAction;
  place: PlaceKind;
  /** A landmark of the setting, in English keywords ("lighthouse", "tower", "bridge"). */
  landmark?: string;
  time: PictureTime;
}

export interface Character {
  id: string;
  name: string;
  /** What the character looks like: fed to every illustration prompt so pictures agree. */
  looks: string;
  personality: string;
}

export interface Setting {
  id: string;
  name: string;
  description: string;
  timeOfDay: TimeOfDay;
}

/** Everything a storyteller needs to write one story. */
export interface StoryRequest {
  /** Deterministic seed: the same request and seed give the same offline story. */
  seed: string;
  language: Language;
  characters: Character[];
  setting: Setting;
  /** What the parent asked for ("a story about a lost mitten"), if anything. */
  prompt?: string;
  childAge: number;
  length: StoryLength;
  rhyming: boolean;
  /**
   * The household's recent stories (newest first: title and every sentence), so an offline
   * storyteller can avoid the openings, endings, visitors and sentences of the last nights.
   */
  recent?: { title: string; text: string }[];
}

export interface StoryScene {
  /** One or more paragraphs of story text, plain text (never HTML). */
  paragraphs: string[];
  /** A visual description of the scene's picture for image models (English). Never shown. */
  illustration: string;
  /** One sentence in the story's language (≤ 150 characters) saying what the picture shows: alt text and SVG title. */
  caption?: string;
  /** What the picture shows, for the SVG painter (and to keep pictures consistent). */
  picture?: PicturePlan;
}

/** A written story, as validated from a provider. 3 to 6 scenes. */
export interface StoryText {
  title: string;
  scenes: StoryScene[];
  moral: string;
}
