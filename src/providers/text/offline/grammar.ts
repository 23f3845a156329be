/**
 * The shape of one language's grammar for the offline storyteller. Each language file (`en.ts`,
 * `fr.ts`, `es.ts`) fills one `Grammar`; the teller (`tell.ts`) picks variants from it.
 *
 * A line is a function of the story's `Ctx` (names, the subject, the arc's thing, place words), so
 * nothing a user wrote is ever treated as a template. In a line, `,^` marks a clause break: for a
 * young child it becomes a full stop (and a leading "and"/"but" goes), so sentences get shorter.
 */
import type { PictureAction, PlaceKind, TimeOfDay } from "../../../story/types";
import type { StoryLanguage } from "./lexicon";
import type { Arc } from "./wish";

/** Someone the story talks about: the wish's subject or one of the family's characters. */
export interface Ref {
  /** How the story calls them: "the little dragon", "Pip". */
  the: string;
  /** Introduced: "a little dragon", "Pip". */
  a: string;
  /** Subject pronoun, or the name again when no pronoun fits: "he", "she", "Pip" (fr "il"/"elle", es "él"/"ella"). */
  he: string;
  /** Object pronoun (en "him"/"her"/name; fr "le"/"la"; es "lo"/"la"). */
  him: string;
  /** English possessive ("his", "her", "Pip’s"). */
  his: string;
  fem: boolean;
  /** One of the family's characters (a name, not "the dragon"). */
  family: boolean;
  /** The bare noun ("dragon"), or the name. */
  noun: string;
  /** Addressed: "little dragon", "Pip" (for "Goodnight, little dragon"). */
  call: string;
  /** English possessive: "the little dragon’s", "Pip’s". */
  poss: string;
}

/** A noun phrase for the arc's key thing, fear, goal or place. */
export interface Np {
  the: string;
  a: string;
  /** Without an article: "mitten", "moufle". */
  bare: string;
  /** The object pronoun: "it"/"them", "la"/"les", "lo"/"las". */
  it: string;
  /** "to the sea", "à la mer", "al mar" (destinations). */
  to: string;
  /** "the lost mitten", "la moufle perdue", "la manopla perdida". */
  lost: string;
  /** "his mitten", "sa moufle", "su manopla" — the subject's. */
  his: string;
  /** "my mitten", "ma moufle", "mi manopla" — said by the subject. */
  my: string;
  fem: boolean;
  plural: boolean;
}

export interface PlaceWords {
  /** A clause in the past tense: "the tall trees whispered to each other". */
  sound: string;
  /** Three places to look, each with its preposition: "behind a mossy log". */
  spots: readonly [string, string, string];
  /** Somewhere high, with its preposition. */
  high: string;
  /** The place as a common noun with its article, when its name can't be used: "the forest". */
  noun: string;
  /** "in the forest": where things happen when the name can't be used. */
  in: string;
  /** Something cosy to sleep in or on here: "a nest of soft moss". */
  bed: string;
}

export interface TimeWords {
  once: string;
  sky: string;
  bedtime: string;
}

export interface Ctx {
  L: StoryLanguage;
  /** Every family name joined: "Pip and Mabel". */
  all: string;
  /** The helpers and the subject: "Pip, Mabel and the little dragon". */
  everyone: string;
  lead: string;
  second: string;
  /**
   * The family character whose trait helps, and the trait as the language puts it after their
   * name: "gentle" (en, "who was gentle"), "avec toute sa douceur", "con toda su dulzura".
   */
  helper: string;
  trait: string;
  many: boolean;
  v(one: string, many: string): string;
  S: Ref;
  /** The second creature of "a cat and a mouse", or a visitor. */
  F?: Ref;
  thing: Np;
  fear: Np;
  dest: Np;
  party: Np;
  /** "fly" / "voler" / "volar" and the English -ing form. */
  goal: { inf: string; ing: string };
  /** "the first day at school" / "le premier jour d’école". */
  first: string;
  /** The setting's name ready after "in"/"dans"/"en": "the Whispering Woods". */
  place: string;
  /** "in the Whispering Woods" / "dans la forêt". */
  inPlace: string;
  p: PlaceWords;
  t: TimeWords;
  young: boolean;
  old: boolean;
}

export type Line = (x: Ctx) => string;

/** The beats of one plot shape; each list holds variants. */
export interface ArcLines {
  titles: readonly Line[];
  /** The subject arrives and the problem is said. */
  setup: readonly Line[];
  /** A first try that fails, and why. */
  try1: readonly Line[];
  /** Long stories: a second try that fails but teaches something. */
  try2: readonly Line[];
  /** What works, and why. */
  success: readonly Line[];
  /** How everyone feels after. */
  resolution: readonly Line[];
  /** One gentle sentence each; also how a recent story's shape is recognised. */
  morals: readonly string[];
}

export type Beat = "opening" | "setup" | "try1" | "try2" | "success" | "ending";

export interface Grammar {
  lang: StoryLanguage;
  arcs: Readonly<Record<Arc, ArcLines>>;
  /** The place and the light, then the family. */
  openings: readonly Line[];
  /** One character described: `desc` is "a little red fox with a green scarf", in this language. */
  describe: readonly ((name: string, desc: string) => string)[];
  /** One character's traits: `adj` "curious and brave" (English), `nouns` ["la curiosité", "le courage"]. */
  character: readonly ((name: string, t: { adj: string; nouns: readonly string[] }) => string)[];
  /** The helpers answer the subject's trouble. */
  reactions: readonly Line[];
  /** After a failed try. */
  encourage: readonly Line[];
  /** A pause to look around, before the subject arrives (no `S` in these). */
  wonders: readonly Line[];
  /** A pause on the way, with the subject. */
  pauses: readonly Line[];
  /** Long stories: a flutter of worry once the problem is known. */
  worries: readonly Line[];
  /** Long stories: joy once it is solved. */
  cheers: readonly Line[];
  /** Long stories: looking back on the day before sleep. */
  recaps: readonly Line[];
  /** Older children: a sentence of detail added to a scene. */
  details: readonly Line[];
  /** The wind-down: back to calm in the story's own place. */
  windDowns: readonly Line[];
  /** The very last words. */
  goodnights: readonly Line[];
  /** Rhyming couplets by beat, "line one,\nline two." */
  verses: Readonly<Record<Beat, readonly Line[]>>;
  /** One sentence saying what a picture shows. */
  caption(beat: Beat, arc: Arc, x: Ctx, action: PictureAction): string;
  places: Readonly<Record<PlaceKind, PlaceWords>>;
  times: Readonly<Record<TimeOfDay, TimeWords>>;
  /** Typography applied to every finished string (French spaces before "?" and "!"). */
  finish(text: string): string;
  /** Title capitalisation (English title case; first letter only elsewhere). */
  titleCase(text: string): string;
  /** "with" for a description: "a fox with a green scarf". */
  with: string;
  /** Joins two traits: "curious and brave". */
  and: string;
}
