/**
 * The shapes a story is made of. Shared by the writer, the providers, the pages and the API.
 * A "setting" here is a row of the `scenes` table (where a story takes place); a story's
 * `scenes` are its ordered parts, each with its text and a brief for its picture.
 */

export const LANGUAGES = ["en", "fr", "es", "de", "it", "pt", "nl", "sv", "da", "nb", "pl", "ja", "ko", "zh", "hi", "tr", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];

export const STORY_LENGTHS = ["short", "medium", "long"] as const;
export type StoryLength = (typeof STORY_LENGTHS)[number];

export const ILLUSTRATION_STYLES = ["watercolor", "crayon", "storybook", "paper-cut", "pastel", "night-sky"] as const;
export type IllustrationStyle = (typeof ILLUSTRATION_STYLES)[number];

export const TIMES_OF_DAY = ["morning", "afternoon", "evening", "night"] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

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
}

export interface StoryScene {
  /** One or more paragraphs of story text, plain text (never HTML). */
  paragraphs: string[];
  /** A visual description of the scene's picture, also its alt text. No text to paint. */
  illustration: string;
}

/** A written story, as validated from a provider. 3 to 6 scenes. */
export interface StoryText {
  title: string;
  scenes: StoryScene[];
  moral: string;
}
