/**
 * The wish frame: every element a child names in a wish ("a shy giraffe who loves pancakes and
 * goes to the zoo with grandpa, and at the end they become friends"), read in English, French and
 * Spanish, for the planner to tell. The reader comes below the types.
 */
import type {
  Activity,
  Adjective,
  Celebration,
  Colour,
  CreatureWord,
  Destination,
  FirstTime,
  Gender,
  Noun,
  StoryLanguage,
  Thing,
} from "./lexicon";

export type { Activity, Adjective, Celebration, Colour, CreatureWord, Destination, FirstTime, Gender, Noun, Thing };

/** A word the child used for something: from the lexicon, or their own word carried as typed. */
export interface Word extends Noun {
  /** false: the child's own word (en/fr/es all hold it as typed, typo-corrected where sure). */
  known: boolean;
  /** For an unknown word: the language it was typed in. It is said only in a story of that language, or anywhere when `proper`. */
  lang?: StoryLanguage;
  /** A name ("Biscuit", "Paris", "Grandpa Joe"). */
  proper?: boolean;
  /** What the painter draws: a CreatureKind for beings, an object kind for things; unknown → "creature" / "thing". */
  kind: string;
}

/** A being the wish names: the hero or a companion. */
export interface Being {
  /** What they are: "giraffe", "grandpa", "girl", "digger". Absent for a bare name ("Sam"). */
  word?: Word;
  /** Their own name: "Maya" (a girl called Maya), "Biscuit" (a cat called Biscuit). */
  name?: string;
  /** One of the family's characters (by their name as stored). */
  character?: string;
  /** A family member: people, who can be missed, lost, found and hugged (never objects). */
  kin?: "mum" | "dad" | "grandma" | "grandpa" | "sister" | "brother" | "baby" | "aunt" | "uncle" | "cousin" | "friend";
  /** The child themself ("me", "moi", "yo"), told as the family's lead character. */
  me?: boolean;
  size?: Adjective;
  colour?: Colour;
  /** Feeling or trait words on this being: "shy", "brave", "grumpy" (lexicon TRAITS). */
  traits: Adjective[];
  sex?: Gender;
  plural?: boolean;
}

export type Doing = {
  /** What they do: a known activity, or one built from the child's verb (forms in the wish's language only). */
  activity: Activity;
  /** does: "who digs"; loves: "loves to dance"; wants: "wants to sing"; cant: "can't swim"; learns. */
  mode: "does" | "loves" | "wants" | "cant" | "learns";
  /** Where the doing goes when the child said ("digs to the centre of the earth"). */
  to?: Word;
};

/** Life events and feelings the story must hold gently and truthfully. */
export type Feeling =
  | "sleepless"
  | "afraid"
  | "lonely"
  | "first" // existing arcs
  | "missing" // someone dear is away (kin in `who`): they come home at the end
  | "baby" // a new baby is coming / has come: everyone loves the baby, and the child too
  | "moving" // moving house: the old home remembered, the new one becomes home
  | "ill" // someone dear is ill / in hospital (`who`): cared for, getting better, love reaches them
  | "jealous" // jealous of a sibling/friend (`who`): both are loved
  | "goodbye" // a friend who moved away (`who`): still friends, a way to stay in touch
  | "tooth"; // a wobbly / lost tooth

export type Ending =
  | "friends"
  | "home"
  | "found"
  | "together"
  | "party"
  | "sleep"
  | "wish-comes-true"
  | "brave"
  | "win";

export interface WishFrame {
  /** The whole wish, cleaned (lead-ins gone), never cut mid-word. */
  text: string;
  language?: StoryLanguage;
  hero?: Being;
  /** Others the child named, in order: grandpa, a kind giant, the mouse of "a cat and a mouse". */
  companions: Being[];
  /** The someone a feeling is about (daddy away, the new baby, granny in hospital, big brother). */
  who?: Being;
  feeling?: Feeling;
  fear?: Word;
  first?: FirstTime;
  /** What the hero does, loves doing, wants, can't yet, learns (usually 0–2). */
  doings: Doing[];
  /** "wants to be an astronaut": what they want to become. */
  becomes?: Word;
  /** Things loved (pancakes, the piano as a thing): the key object when nothing is lost. */
  loves: Word[];
  /** Things named, with their adjectives: a red kite, a lost key, a treasure map. */
  things: { word: Word; colour?: Colour; size?: Adjective; lost?: boolean }[];
  /** Where: the zoo, the bottom of the sea, inside a volcano (a Destination or the child's words). */
  place?: Word & { destination?: Destination };
  /** An event: a picnic, a birthday party, a wedding (a Celebration or the child's words). */
  event?: Word & { celebration?: Celebration };
  /** The ending the child asked for. */
  ending?: Ending;
  /** What could not be read, as typed (cleaned), to be named plainly, never made a hero. */
  unread?: string;
}
