/**
 * Reads the family's characters and setting — free text typed in any language — as structured
 * traits (kind of creature, colour, what they wear, a few personality adjectives), so a story in
 * another language can describe them in its own words. Free text itself is only used when it is
 * already in the story's language and short enough to sit in a sentence.
 */
import type { CreatureKind, PlaceKind } from "../../../story/types";
import {
  type Adjective,
  type Colour,
  CREATURES,
  type CreatureWord,
  type Gender,
  type StoryLanguage,
  type Thing,
  TRAITS,
} from "./lexicon";
import { findAll, lookUp, wishLanguage } from "./wish";
import { agree, fold, genderOf, joinNames, phrase } from "./words";

export interface Person {
  name: string;
  creature?: CreatureWord;
  size?: Adjective;
  colour?: Colour;
  /** What they wear or carry, with its colour: at most two. */
  wears: { thing: Thing; colour?: Colour }[];
  traits: Adjective[];
  /**
   * Hair, eyes, skin, beard with their own colour: "black curly hair" is the hair's colour, never
   * the person's (a girl with black curly hair is never "a black girl").
   */
  features: { part: Feature; colour?: Colour; curly?: boolean }[];
  /** English pronoun when the text says it ("a boy", "she"). */
  sex?: Gender;
  looks: string;
}

/** Parts of a person or creature that have a colour of their own. `say: false`: read, never said (skin). */
export interface Feature {
  en: string;
  fr: readonly [string, Gender];
  es: readonly [string, Gender];
  plural: boolean;
  forms: readonly string[];
  say: boolean;
}
const FEATURES: readonly Feature[] = [
  {
    en: "hair",
    fr: ["cheveux", "m"],
    es: ["pelo", "m"],
    plural: false,
    forms: [
      "hair",
      "cheveux",
      "chevelure",
      "pelo",
      "cabello",
      "cabellos",
      "curls",
      "boucles",
      "rizos",
      "ponytail",
      "couettes",
      "trenzas",
      "braids",
      "nattes",
    ],
    say: true,
  },
  {
    en: "eyes",
    fr: ["yeux", "m"],
    es: ["ojos", "m"],
    plural: true,
    forms: ["eyes", "eye", "yeux", "oeil", "ojos"],
    say: true,
  },
  {
    en: "beard",
    fr: ["barbe", "f"],
    es: ["barba", "f"],
    plural: false,
    forms: ["beard", "barbe", "barba", "moustache", "bigote"],
    say: true,
  },
  {
    en: "skin",
    fr: ["peau", "f"],
    es: ["piel", "f"],
    plural: false,
    forms: ["skin", "peau", "piel", "teint"],
    say: false,
  },
];
const CURLY = /^(curly|curls|bouclee?s?|frisee?s?|rizos?|rizad[oa]s?|ondulad[oa]s?|wavy)$/;

/** Trims user text to one line of at most `max` characters, control characters removed. */
export function clean(text: string | undefined, max: number): string {
  const flat = (text ?? "")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "");
}

/** One pattern per trait, every spelling: built once. */
const TRAIT_PATTERNS = TRAITS.map((trait) => ({
  trait,
  pattern: new RegExp(
    `(?:^|[^a-z])(?:${[trait.en, ...trait.fr, ...trait.es, ...(trait.also ?? [])].map((f) => fold(f).replace(/[’']/g, "'")).join("|")})(?:[^a-z]|$)`,
  ),
}));

const HE = /\b(he|him|his|il|lui|él|el niño|boy|garçon|niño)\b/;
const SHE = /\b(she|her|hers|elle|ella|girl|fille|niña)\b/;

/**
 * What a character's looks and personality say, in any of the three languages.
 * @example readPerson({ name: "Pip", looks: "a small red fox with a green scarf", personality: "curious and brave" })
 * // { creature: fox, size: little, colour: red, wears: [{ thing: scarf, colour: green }], traits: [curious, brave] }
 */
export function readPerson(character: { name: string; looks: string; personality: string }): Person {
  const name = clean(character.name, 40);
  const looks = clean(character.looks, 200);
  const words = lookUp.tokens(looks);
  const creature = lookUp.creature(looks);
  const creatureAt = creature
    ? words.findIndex((w) =>
        [creature.en, creature.fr[0], creature.es[0], ...(creature.also ?? [])].some(
          (f) => fold(f).startsWith(w) && w.length > 2,
        ),
      )
    : -1;
  const allColours = findAll<Colour>("colour", looks);
  const things = findAll<Thing>("thing", looks).filter((t) => t.item.wear);
  // Hair, eyes, skin keep their own colour: "black curly hair", "des cheveux noirs bouclés", "el pelo negro y rizado".
  const featureAt = words
    .map((w, at) => ({ at, part: FEATURES.find((f) => f.forms.includes(w)) }))
    .filter((f): f is { at: number; part: Feature } => Boolean(f.part));
  const features: Person["features"] = [];
  const taken = new Set<number>();
  for (const { at, part } of featureAt) {
    if (features.some((f) => f.part === part)) continue;
    const near = allColours.find(
      (c) =>
        !taken.has(c.at) &&
        c.at !== creatureAt &&
        ((c.at < at && c.at >= at - 3) ||
          (c.at > at && c.at <= at + 3 && !things.some((t) => t.at > at && t.at <= c.at))),
    );
    if (near) taken.add(near.at);
    const curly =
      words.slice(Math.max(0, at - 3), at + 4).some((w) => CURLY.test(w)) ||
      /^(curls|boucles|rizos)$/.test(words[at] ?? "");
    features.push({ part, colour: near?.item, curly });
  }
  const colours = allColours.filter((c) => !taken.has(c.at));
  // A colour belongs to the closest thing after it: "a green scarf", "una bufanda verde" (before, in fr/es).
  const colourNear = (at: number) => colours.find((c) => c.at === at - 1 || c.at === at - 2 || c.at === at + 1)?.item;
  const wears = things.slice(0, 2).map((t) => ({ thing: t.item, colour: colourNear(t.at) }));
  const used = new Set(wears.map((w) => w.colour));
  // A creature's own colour may also follow it after another adjective, before anything it wears:
  // "un oso grande y marrón con una mochila azul", "un ours grand et brun".
  const after = (c: { at: number }) =>
    c.at > creatureAt && c.at <= creatureAt + 3 && !things.some((t) => t.at > creatureAt && t.at < c.at);
  const bodyColour =
    creatureAt >= 0
      ? (colourNear(creatureAt) ?? colours.find(after)?.item)
      : colours.find((c) => !used.has(c.item))?.item;
  const text = fold(`${looks} ${character.personality}`);
  const traits: Adjective[] = [];
  const personality = fold(character.personality);
  // In the order the family wrote them: "slow and kind", not "kind and slow".
  const found = TRAIT_PATTERNS.map(({ trait, pattern }) => ({ trait, at: pattern.exec(personality)?.index ?? -1 }))
    .filter((t) => t.at >= 0)
    .sort((a, b) => a.at - b.at);
  for (const { trait } of found) traits.push(trait);
  return {
    name,
    creature,
    size: lookUp.size(looks),
    colour: bodyColour && !used.has(bodyColour) ? bodyColour : undefined,
    wears,
    traits: traits.slice(0, 2),
    features,
    sex: creature?.sex ?? (SHE.test(text) ? "f" : HE.test(text) ? "m" : undefined),
    looks,
  };
}

/** The creature word for a person, falling back to "child" so fr/es always have a noun. */
const CHILD = CREATURES.find((c) => c.en === "child") as CreatureWord;

export function kindOf(person: Person): CreatureKind {
  return person.creature?.kind ?? "child";
}

/** The grammatical gender a person's adjectives agree with in French or Spanish. */
export function personGender(language: StoryLanguage, person: Person): Gender {
  if (person.creature) return genderOf(language, person.creature);
  return person.sex ?? "m";
}

/**
 * "a little red fox with a green scarf" / "un petit renard rouge avec une écharpe verte", or ""
 * when the looks say nothing the lexicons know (then the free text is used only if it is in the
 * story's language and short).
 */
export function describePerson(language: StoryLanguage, person: Person, withWord: string, rich: boolean): string {
  if (!person.creature) {
    const sameLanguage = person.looks && wishLanguage(person.looks) === language;
    return sameLanguage && person.looks.length <= 80 && !/[;:()]/.test(person.looks) ? lowerFirst(person.looks) : "";
  }
  const head = phrase(language, person.creature, { article: "a", size: person.size, colour: person.colour });
  // Plural things go without an article in English and Spanish: "with round glasses", "con gafas".
  const wears = person.wears
    .slice(0, rich ? 2 : 1)
    .map((w) =>
      phrase(language, w.thing, { article: w.thing.plural && language !== "fr" ? "none" : "a", colour: w.colour }),
    );
  // Hair and eyes are said with their own colour ("with curly black hair"), when there is room.
  const feature = person.features.find((f) => f.part.say && (f.colour || f.curly));
  const parts = wears.length < (rich ? 2 : 1) && feature ? [...wears, featurePhrase(language, feature)] : wears;
  return parts.length ? `${head} ${withWord} ${joinNames(language, parts)}` : head;
}

/** "curly black hair", "des cheveux noirs bouclés", "el pelo negro y rizado", "blue eyes", "des yeux bleus". */
export function featurePhrase(language: StoryLanguage, f: Person["features"][number]): string {
  const plural = f.part.plural || (language === "fr" && f.part.en === "hair");
  if (language === "en") return [f.curly ? "curly" : "", f.colour?.en ?? "", f.part.en].filter(Boolean).join(" ");
  const [noun, gender] = f.part[language];
  const colour = f.colour ? agree(language, f.colour, gender, plural) : "";
  if (language === "fr") {
    const curly = f.curly ? (plural ? "bouclés" : gender === "f" ? "bouclée" : "bouclé") : "";
    return ["des", noun, colour, curly]
      .filter(Boolean)
      .join(" ")
      .replace(/^des (?=[aeiouyh])/, "des ");
  }
  const curly = f.curly ? (gender === "f" ? "rizada" : "rizado") : "";
  const article = plural ? "" : gender === "f" ? "la" : "el";
  return [article, noun, colour && curly ? `${colour} y ${curly}` : colour || curly].filter(Boolean).join(" ");
}

/** "curious and brave" / "curieuse et courageuse", agreeing with the person; "" when none. */
export function traitsOf(language: StoryLanguage, person: Person): string {
  const gender = personGender(language, person);
  return joinNames(
    language,
    person.traits.map((t) => agree(language, t, gender)),
  );
}

export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export { CHILD };

// ---------------------------------------------------------------------------------------------
// Settings: the kind of place, from its name first, then its description (en, fr, es words).

const KIND_WORDS: [PlaceKind, string][] = [
  // A "Moon Garden" is a garden: gardens before space.
  ["garden", "garden*|park*|orchard*|greenhouse*|jardin*|parc*|verger*|huerto*|parque*"],
  [
    "space",
    "space|planet*|galax*|rocket*|spaceship*|astronaut*|comet*|espace|planete*|fusee*|espacio|planeta*|cohete*",
  ],
  [
    "bedroom",
    "bedroom*|nursery|bed|bunk*|house*|home|room|kitchen*|fort|chambre*|maison*|cuisine*|cabane*|dormitorio*|habitacion*|cuarto*|cama|camas|casa*|cocina*",
  ],
  ["castle", "castle*|palace*|tower*|kingdom*|chateau*|palais|tour|tours|royaume*|castillo*|palacio*|torre*|reino*"],
  [
    "sea",
    "sea|seaside|ocean*|beach*|shore*|island*|lighthouse*|mer|ocean*|plage*|ile*|phare*|mar|oceano*|playa*|isla*|costa*|faro*",
  ],
  ["snow", "snow*|ice|icy|frozen|winter*|arctic|polar|neige*|enneige*|glace*|hiver*|nieve*|nevad*|hielo*|invierno*"],
  [
    "river",
    "river*|lake*|pond*|stream*|brook*|riviere*|fleuve*|lac|lacs|etang*|ruisseau*|rio*|lago*|arroyo*|estanque*",
  ],
  [
    "mountain",
    "mountain*|hill*|peak*|cliff*|valley*|montagne*|colline*|sommet*|falaise*|vallee*|montana*|colina*|cima*|valle*|sierra*",
  ],
  ["forest", "forest*|wood|woods|woodland*|jungle*|grove*|foret*|bois|bosque*|selva*|jungla*"],
  ["meadow", "meadow*|field*|prairie*|farm*|pre|pres|champ|champs|ferme*|prado*|pradera*|campo*|granja*"],
  [
    "town",
    "town*|city|village*|street*|market*|square*|train*|ville*|rue*|marche*|pueblo*|ciudad*|aldea*|calle*|mercado*|plaza*|tren*",
  ],
  // The moon and stars describe a place more often than they are it ("la Plage au clair de lune",
  // "la Playa de la Luna" are beaches): they make it space only when nothing else names it.
  ["space", "moon|lune|luna|star*|etoile*|estrella*"],
];
const KIND_PATTERNS = KIND_WORDS.map(([kind, words]): [PlaceKind, RegExp] => {
  const alternatives = words.split("|").map((word) => (word.endsWith("*") ? `${word.slice(0, -1)}[a-z]*` : word));
  return [kind, new RegExp(`(^|[^a-z])(?:${alternatives.join("|")})([^a-z]|$)`)];
});

/**
 * What kind of place a setting is.
 * @example placeKindOf("the Whispering Woods", "a soft green forest") // "forest"
 */
export function placeKindOf(name: string, description: string): PlaceKind {
  const find = (text: string) => KIND_PATTERNS.find(([, pattern]) => pattern.test(fold(text)))?.[0];
  return find(name) ?? find(description) ?? "place";
}

/** Landmarks a picture can show, read from the setting (English keywords for the painter). */
const LANDMARKS: [string, RegExp][] = [
  ["lighthouse", /lighthouse|phare|faro/],
  ["tower", /tower|tour\b|torre/],
  ["bridge", /bridge|pont|puente/],
  ["fountain", /fountain|fontaine|fuente/],
  ["oak tree", /oak|chene|roble/],
  ["train", /train|tren/],
  ["rocket", /rocket|fusee|cohete/],
  ["snowman", /snowman|bonhomme de neige|muneco de nieve/],
  ["boat", /boat|bateau|barque|barca|bote/],
  ["cottage", /cottage|chaumiere|cabane|cabana/],
  ["lamps", /lamp|lampe|lampara|lantern|lanterne/],
];

export function landmarkOf(name: string, description: string): string | undefined {
  const text = fold(`${name} ${description}`);
  return LANDMARKS.find(([, pattern]) => pattern.test(text))?.[0];
}
