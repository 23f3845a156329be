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

/** The plot shapes the planner knows: the old nine, then the feelings and family life (issue 17). */
export const ARCS = [
  "sleepless",
  "afraid",
  "first",
  "learn",
  "lost",
  "journey",
  "celebrate",
  "friend",
  "quest",
  "missing",
  "baby",
  "moving",
  "ill",
  "jealous",
  "goodbye",
  "tooth",
] as const;
export type Arc = (typeof ARCS)[number];
/** The arcs about a feeling or a family event; in their lines `x.W` is the someone it is about. */
export const FEELING_ARCS = ["missing", "baby", "moving", "ill", "jealous", "goodbye", "tooth"] as const;
export type FeelingArc = (typeof FEELING_ARCS)[number];

/** The endings a child can ask for (the same list as `Ending` in frame.ts). */
export const ENDINGS = [
  "friends",
  "home",
  "found",
  "together",
  "party",
  "sleep",
  "wish-comes-true",
  "brave",
  "win",
] as const;
export type Ending = (typeof ENDINGS)[number];

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
  /** A person (the child, a named child, kin, a family character who is a person): can be hugged, missed, found. */
  person: boolean;
  /** Kin ("Daddy", "Granny"): said as a name in lines ("Daddy came home"), never with an article. */
  kin: boolean;
  /** French feminine ending for adjectives and participles after this Ref: "e" or "" ("il est arrivé" / "elle est arrivée"). */
  e: string;
  /** Spanish gender vowel: "a" or "o" ("cansada" / "cansado", "la/lo"). */
  o: string;
  /** Any agreement: `x.S.agr("beau", "belle")`, `x.S.agr("contento", "contenta")`, `x.S.agr("his", "her")`. */
  agr(m: string, f: string): string;
}

/**
 * A doing the child named ("who digs", "loves to dance", "can't swim"). English has every form;
 * for an unknown French or Spanish verb only `inf` is sure (the other forms repeat `inf`), so fr/es
 * lines use infinitive constructions only: "essayer de creuser", "se mit à creuser", "intentó cavar",
 * "le encantaba cavar". Never conjugate `x.doing` in fr/es.
 */
export interface Verb {
  /** "dig", "creuser", "cavar" — with its complement when the child said one: "dig to the centre of the earth". */
  inf: string;
  /** English -ing: "digging" (fr/es: = inf). */
  ing: string;
  /** English past: "dug" (fr/es: = inf). */
  past: string;
  /** English third person: "digs" (fr/es: = inf). */
  third: string;
  /** true: the child's own verb, not one from the lexicon. */
  own: boolean;
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
  /** "at the zoo", "au zoo", "en el zoo": where something happens (places and events; else = `the`). */
  in: string;
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
  /** Age 4 and under: the simplest words (lines may choose "big" over "enormous"). */
  young: boolean;
  /** Age 7 and over: richer words welcome ("gigantic", "whispered", "glimmering"). */
  old: boolean;
  /** The child's age in years (5 when not given). */
  age: number;
  /** What the setting is (lines fit the place: no streetlamp on a rocket, no trees at sea). */
  kind: PlaceKind;
  /** The setting is out of doors (forest, beach, garden…), not inside (a house, a rocket, a castle hall). */
  outdoors: boolean;

  // --- Issue 17: the wish's own elements. Each is filled only when the wish has it; a line of
  // `WishLines` uses only its own field (so `loves` lines use `x.loves`, never `x.doing`). In other
  // lines these fields hold harmless stand-ins and must not be used.
  /** The someone a feeling is about: "Daddy", "the new baby", "Granny", "Leo" (feeling arcs). */
  W: Ref;
  /** The companion this line is about (companionJoins / companionHelps): "Grandpa", "a kind giant". */
  C: Ref;
  /** Every companion the wish named, in order. */
  companions: readonly Ref[];
  /** The loved thing: "pancakes", "les crêpes", "los panqueques". */
  loves: Np;
  /** What the hero does / loves doing / wants to / can't yet / is learning. */
  doing: Verb;
  /** How the child said the doing: "does" ("who digs"), "loves", "wants", "cant", "learns". */
  doingMode: "does" | "loves" | "wants" | "cant" | "learns";
  /** What the hero wants to become: "an astronaut" (Np: "a" = "an astronaut", "the" = "the astronaut"). */
  becomes: Np;
  /** Where the middle happens: "the zoo" (`in` = "at the zoo", `to` = "to the zoo"). */
  where: Np;
  /** The event: "the picnic", "le pique-nique", "el pícnic" (`in` = "at the picnic"). */
  event: Np;
  /** The named thing: "the red kite" (with its colour / size when the child gave them). */
  T: Np;
  /** What could not be read, as typed (cleaned), for `unread` lines only. */
  unread: string;
}

/**
 * Lines that say the wish's own elements (issue 17), each a list of ≥ 4 variants, used only when
 * the element exists, so that everything the child named is said in the story. Same `,^` rules as
 * every line. Gentle, in the story's past tense, fitting any place.
 */
export interface WishLines {
  /** The loved thing (`x.loves`): "More than anything, the giraffe loved pancakes." */
  loves: readonly Line[];
  /** The hero doing their thing in the opening (`x.doing`): "The little mole was digging, as always." */
  does: readonly Line[];
  /** The hero wants to do it / can't yet / is learning (`x.doing`, `x.doingMode`). */
  wantsTo: readonly Line[];
  /** What the hero wants to become (`x.becomes`): "…dreamed of being an astronaut one day." */
  becomes: readonly Line[];
  /** A try in the middle that uses the doing (`x.doing`). */
  tryDoing: readonly Line[];
  /** The doing at the moment things come right (`x.doing`). */
  succeedDoing: readonly Line[];
  /** A companion comes along (`x.C`). Never "met" when they were there from the start. */
  companionJoins: readonly Line[];
  /** A companion does something that helps (`x.C`). */
  companionHelps: readonly Line[];
  /** The middle moves to the place (`x.where`: `.to`, `.in`). */
  goesTo: readonly Line[];
  /** The event happens (`x.event`: the picnic, the party). */
  event: readonly Line[];
  /** The named thing appears and is used (`x.T`). */
  thing: readonly Line[];
  /** The ending the child asked for, said plainly in the last scene before the goodnight. */
  endings: Readonly<Record<Ending, readonly Line[]>>;
  /** Names what could not be read (`x.unread`), gracefully and always grammatically. */
  unread: readonly Line[];
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
  /** The nine old arcs are required; the feeling arcs are optional until every language has them (then required). */
  arcs: Readonly<Record<Exclude<Arc, FeelingArc>, ArcLines>> & Partial<Readonly<Record<FeelingArc, ArcLines>>>;
  /** The wish's own elements (issue 17); optional until every language has them (then required). */
  wish?: WishLines;
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
