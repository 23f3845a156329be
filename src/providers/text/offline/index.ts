/**
 * The offline storyteller: the embedded default text provider when no model is configured.
 *
 * 1. Read: the wish (`wish.ts`) says who the story is about and its shape (can't sleep, afraid of,
 *    lost and found, wants to, journey, celebration, new friend, first time, looking for…); the
 *    family's characters and setting are read as traits (`cast.ts`), whatever language they were
 *    typed in. A night without a wish gets a visitor and a shape drawn by the seed.
 * 2. Plan (`plan()`): one language-neutral plan — subject, helpers, the key thing / fear / goal /
 *    place, the beats by length — so the same seed tells the same story in any language.
 * 3. Tell: each beat is a line from the language's grammar (`en.ts`, `fr.ts`, `es.ts`), the
 *    variant chosen so that no sentence of the household's recent stories comes back; the child's
 *    age shortens or enriches sentences; rhyming stories get a couplet fitting each scene.
 * 4. Picture: every scene gets a picture plan, a caption in the story's language and an English
 *    brief for image models.
 * Pure and deterministic: no clock, no network; the same request gives the same story.
 */
import { type Rng, seeded } from "../../../lib/random";
import {
  CREATURE_KINDS,
  type CreatureKind,
  type PictureAction,
  type PicturePlan,
  type PictureTime,
  type PlaceKind,
  type StoryRequest,
  type StoryScene,
  type StoryText,
  TIMES_OF_DAY,
} from "../../../story/types";
import type { Storyteller } from "../../types";
import { writeBrief } from "./briefs";
import {
  CHILD,
  clean,
  describePerson,
  kindOf,
  landmarkOf,
  type Person,
  personGender,
  placeKindOf,
  readPerson,
  traitsOf,
} from "./cast";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { type Being, type Doing, readFrame, type WishFrame, type Word } from "./frame";
import {
  ARCS,
  type Arc,
  type Beat,
  type Ctx,
  type Ending,
  FEELING_ARCS,
  type FeelingArc,
  type Grammar,
  type Np,
  type Ref,
  type Verb,
} from "./grammar";
import {
  ACTIVITIES,
  type Activity,
  type Adjective,
  CELEBRATIONS,
  type Celebration,
  type Colour,
  CREATURES,
  type CreatureWord,
  DESTINATIONS,
  type Destination,
  FEARS,
  FIRST_TIMES,
  type FirstTime,
  type Gender,
  type Noun,
  SIZES,
  type StoryLanguage,
  THINGS,
  TRAIT_NOUNS,
  TRAITS,
} from "./lexicon";
import { starterPlaceName } from "./starter-cast";
import { type Raw, wishLanguage } from "./wish";
import { agree, cap, fold, frVowel, genderOf, joinNames, phrase, prep } from "./words";

export { readFrame } from "./frame";
export { STARTER_CAST } from "./starter-cast";
export { readWish } from "./wish";

const GRAMMARS: Record<StoryLanguage, Grammar> = { en, fr, es };

// ---------------------------------------------------------------------------------------------
// What a night without a wish (or a wish missing a part) draws from.

const byEn = <T extends { en: string }>(items: readonly T[], names: string[]) =>
  names.map((name) => items.find((i) => i.en === name)).filter((i): i is T => Boolean(i));
const VISITORS = byEn(CREATURES, [
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
  "kitten",
  "puppy",
  "fox",
  "rabbit",
  "duck",
  "squirrel",
  "frog",
  "lion",
  "elephant",
]);
const LOSABLE = byEn(THINGS, [
  "mitten",
  "scarf",
  "key",
  "bell",
  "kite",
  "ball",
  "hat",
  "teddy",
  "book",
  "shell",
  "blanket",
  "lantern",
  "feather",
  "crown",
]);
const WONDERS = byEn(THINGS, ["rainbow", "star", "firefly", "shell", "treasure", "moon", "snowflake", "song"]);
const FEARFUL = byEn(FEARS, ["dark", "thunder", "shadows", "noises", "wind", "water", "night"]);
// What a visitor may want to learn on a night without a wish: things a little one learns.
const GOALS = byEn(ACTIVITIES, [
  "fly",
  "swim",
  "sing",
  "dance",
  "climb",
  "whistle",
  "ride a bike",
  "jump",
  "skate",
  "ski",
  "surf",
  "paint",
  "play the drums",
]);
const PLACES_TO_GO = byEn(DESTINATIONS, [
  "sea",
  "moon",
  "mountains",
  "island",
  "North Pole",
  "lake",
  "castle",
  "forest",
]);
const LITTLE = SIZES[0] as Adjective;
/** Settings out of doors (a castle, a bedroom, space and "a place" are inside, or may be). */
const OUTDOORS = new Set<PlaceKind>(["forest", "sea", "meadow", "town", "garden", "mountain", "snow", "river"]);

/** Someone in the story: one of the family, or a being the wish named (a creature, a named child, kin). */
interface Who {
  person?: Person;
  /** What they are: a creature word, the child's own word, "child" for a named child. */
  noun?: Noun;
  /** Their own name ("Maya", "Biscuit", "Grandpa Joe"). */
  name?: string;
  kin?: NonNullable<Being["kin"]>;
  size?: Adjective;
  colour?: Colour;
  trait?: Adjective;
  sex: Gender;
  /** What the painter draws. */
  kind: string;
  /** A person: can be hugged, missed, lost and found. */
  human: boolean;
  /** The size is the plan's "little", not the child's word: it may be left out. */
  plainSize?: boolean;
  /** The wish said whether they are a girl or a boy (a word, a pronoun, kin): else a name keeps its name in English. */
  sexKnown?: boolean;
}

/** The language-neutral plan of one story. */
interface Plan {
  arc: Arc;
  /** A second archetype in the same wish (afraid + a first time): its resolution is told too. */
  second?: Arc;
  subject: Who;
  /** The companions the wish named, in order (the first is the friend of "a cat and a mouse"). */
  companions: Who[];
  /** The someone a feeling is about. */
  who: Who;
  helpers: Person[];
  /** When the subject is the family's only character: a wise owl helps. */
  visitorHelper?: CreatureWord;
  helper?: Person;
  thing: Noun & { kind?: string };
  fear: Noun;
  goal: Activity;
  dest: Noun | "home";
  party: Noun;
  first: FirstTime;
  lang: StoryLanguage;
  /** The wish's own elements, each to be said (empty when the wish didn't name it). */
  wish: {
    things: { word: Word; colour?: Colour; size?: Adjective }[];
    loves?: Word;
    doing?: Doing;
    doings: Doing[];
    becomes?: Word;
    place?: Word & { destination?: Destination };
    event?: Word & { celebration?: Celebration };
    /** Every place and event after the first, each said too. */
    morePlaces: (Word & { destination?: Destination })[];
    moreEvents: (Word & { celebration?: Celebration })[];
    ending?: Ending;
    unread?: string;
  };
}

const FEELING_NEAR: Record<FeelingArc, Arc> = {
  missing: "sleepless",
  ill: "sleepless",
  goodbye: "friend",
  jealous: "friend",
  moving: "first",
  baby: "celebrate",
  tooth: "afraid",
};

/** A word the child used can be said in this story: known, a name, or typed in this language. */
const sayable = (w: Word | undefined, lang: StoryLanguage): w is Word =>
  Boolean(w && (w.known || w.proper || !w.lang || w.lang === lang));

/** The archetypes a frame asks for, strongest first. */
function arcsOf(f: WishFrame, g: Grammar): Arc[] {
  const out: Arc[] = [];
  const add = (a: Arc) => {
    if (!out.includes(a) && g.arcs[a]) out.push(a);
  };
  const feeling = f.feeling === "lonely" ? "friend" : f.feeling;
  if (feeling) add(feeling);
  // Until a language has a feeling's own arc, the gentlest near one tells it.
  if (feeling && !g.arcs[feeling]) add(FEELING_NEAR[feeling as FeelingArc] ?? "sleepless");
  if (f.fear) add("afraid");
  if (f.first) add("first");
  if (f.things.some((t) => t.lost)) add("lost");
  // "A lost puppy": the hero finds the way home.
  if (f.hero?.lost) add("journey");
  if (f.doings.some((d) => d.mode === "wants" || d.mode === "cant" || d.mode === "learns")) add("learn");
  if (f.event) add("celebrate");
  if (f.place) add("journey");
  if (f.ending === "friends" && f.companions.length > 0) add("friend");
  return out;
}

function plan(g: Grammar, rng: Rng, people: Person[], f: WishFrame, recentText: string, night: number): Plan {
  const lang = g.lang;
  const pick = <T>(items: readonly T[]) => rng.pick(items);
  // Prefer what the recent stories did not have: a visitor not named in them.
  const fresh = <T extends Noun>(items: readonly T[]) => {
    const unseen = items.filter((i) => !recentText.includes(fold(nounIn(lang, i))));
    return pick(unseen.length > 0 ? unseen : items);
  };
  // The plot shape the family has not heard for longest (its moral tells it).
  const lastHeard = (a: Arc) =>
    Math.min(
      ...(g.arcs[a]?.morals ?? []).map((m) => {
        const at = recentText.indexOf(fold(m));
        return at < 0 ? Number.POSITIVE_INFINITY : at;
      }),
    );
  const stalest = (arcs: readonly Arc[]) =>
    rng.shuffle([...arcs]).reduce((best, a) => (lastHeard(a) > lastHeard(best) ? a : best));
  const asked = arcsOf(f, g);
  const hasWish = f.text.trim() !== "";
  // A wish with elements but no archetype of its own ("a giraffe who loves pancakes") is told on a
  // skeleton that changes from night to night, so the same wish is a new story each time.
  const open: Arc[] = hasWish
    ? f.loves.length > 0 || f.things.length > 0
      ? ["quest", "friend", "celebrate", "journey"]
      : ["friend", "quest", "journey", "celebrate", "sleepless"]
    : ARCS.filter((a) => a !== "quest" && a !== "first" && !(FEELING_ARCS as readonly string[]).includes(a));
  let arc: Arc;
  let second: Arc | undefined;
  if (asked.length >= 2) {
    // Two archetypes in one wish: each night one leads and the other is told too.
    [arc, second] = (night % 2 === 0 ? [asked[0], asked[1]] : [asked[1], asked[0]]) as [Arc, Arc];
    // A feeling leads (a daddy away is the story; the trip is part of it).
    if ((FEELING_ARCS as readonly string[]).includes(asked[0] as Arc)) [arc, second] = [asked[0] as Arc, asked[1]];
  } else arc = asked[0] ?? stalest(open.filter((a) => g.arcs[a]));

  const sex: Gender = rng.next() < 0.5 ? "m" : "f";
  const subject: Who = f.hero
    ? whoOf(f.hero, people, lang, sex)
    : hasWish && arc !== "friend" && people[0]
      ? personWho(people[0], sex)
      : visitorWho(fresh(VISITORS), rng, sex);
  const companions = f.companions.map((b) => whoOf(b, people, lang, rng.next() < 0.5 ? "m" : "f"));
  const who = f.who ? whoOf(f.who, people, lang, sex) : defaultWho(arc);
  const helpers = people.filter((p) => p !== subject.person);
  const withTraits = helpers.filter((p) => p.traits.length > 0);
  const helper = withTraits.length > 0 ? pick(withTraits) : helpers[0];
  const things = f.things.filter((t) => sayable(t.word, lang));
  const loves = f.loves.find((w) => sayable(w, lang));
  const lostThing = things.find((t) => f.things.find((ft) => ft.word === t.word)?.lost);
  // The key object: the lost thing, else the loved thing, else the first thing named.
  const key = lostThing?.word ?? loves ?? things[0]?.word;
  // A doing built from the child's own verb is said only in the language it was typed in.
  const doings = f.doings.filter((d) => !d.activity.lang || d.activity.lang === lang);
  const doing = doings[0];
  const place = sayable(f.place, lang) ? f.place : undefined;
  const event = sayable(f.event, lang) ? f.event : undefined;
  return {
    arc,
    second,
    subject,
    companions,
    who,
    helpers,
    visitorHelper: helpers.length === 0 ? (CREATURES.find((c) => c.en === "owl") as CreatureWord) : undefined,
    helper,
    thing: key ?? (arc === "quest" ? fresh(WONDERS) : fresh(LOSABLE)),
    fear: sayable(f.fear, lang) ? f.fear : fresh(FEARFUL),
    goal:
      doing?.activity ??
      (() => {
        const unseen = GOALS.filter((a) => !recentText.includes(fold(a[lang])));
        return pick(unseen.length > 0 ? unseen : GOALS);
      })(),
    dest:
      place?.destination ??
      place ??
      (arc === "journey" && hasWish && (!f.place || f.hero?.lost) ? "home" : fresh(PLACES_TO_GO)),
    party: event?.celebration ?? event ?? (CELEBRATIONS[0] as Celebration),
    first: f.first ?? (FIRST_TIMES[0] as FirstTime),
    lang,
    wish: {
      things: things.filter((t) => t.word !== key || things.length > 1 || !loves),
      loves,
      doing,
      doings,
      becomes: sayable(f.becomes, lang) ? f.becomes : undefined,
      place,
      event,
      morePlaces: (f.places ?? []).filter((w) => w !== f.place && sayable(w, lang)),
      moreEvents: (f.events ?? []).filter((w) => w !== f.event && sayable(w, lang)),
      ending: f.ending,
      unread: f.unread ? clean(f.unread, 160) : undefined,
    },
  };
}

const personWho = (person: Person, sex: Gender): Who => ({
  person,
  sex: person.sex ?? sex,
  kind: kindOf(person),
  human: !person.creature || person.creature.kind === "child" || person.creature.kind === "grown-up",
});

function visitorWho(creature: CreatureWord, rng: Rng, sex: Gender): Who {
  return {
    noun: creature,
    size: rng.next() < 0.7 ? LITTLE : undefined,
    plainSize: true,
    sex: creature.sex ?? sex,
    kind: creature.kind,
    human: false,
  };
}

const GROWN_KIN = new Set(["mum", "dad", "grandma", "grandpa", "aunt", "uncle"]);
const FEMALE_KIN = new Set(["mum", "grandma", "sister", "aunt"]);

/** A being of the frame as the plan holds it: the child and a family character are the family's own. */
function whoOf(b: Being, people: Person[], lang: StoryLanguage, sex: Gender): Who {
  const person = b.me ? people[0] : b.character ? people.find((p) => p.name === b.character) : undefined;
  if (person) return personWho(person, sex);
  const word = b.word && sayable(b.word, lang) ? b.word : undefined;
  const kin = b.kin ?? (b.word as { kin?: Being["kin"] } | undefined)?.kin;
  const kinSex: Gender | undefined = kin ? (FEMALE_KIN.has(kin) ? "f" : kin === "baby" ? undefined : "m") : undefined;
  // A name alone: French and Spanish need a gender, guessed from the name's ending (Maya, Lucie: a girl).
  const byName: Gender | undefined =
    b.name && !b.sex && lang !== "en" ? (/[ae]$/i.test(b.name) ? "f" : "m") : undefined;
  const s = b.sex ?? kinSex ?? (word as CreatureWord | undefined)?.sex ?? byName ?? sex;
  const kind = kin
    ? kin === "baby"
      ? "baby"
      : GROWN_KIN.has(kin)
        ? "grown-up"
        : "child"
    : (word?.kind ?? (b.name ? "child" : "creature"));
  return {
    noun: word ?? (b.name ? CHILD : undefined),
    name: b.name ? clean(b.name, 40) : undefined,
    kin: kin,
    size: b.size ?? (b.name || kin || b.traits.length || b.colour ? undefined : word ? LITTLE : undefined),
    plainSize: !b.size && !b.name && !kin && !b.traits.length && !b.colour && Boolean(word),
    colour: b.colour,
    trait: b.traits[0],
    sex: s,
    sexKnown: Boolean(b.sex ?? kinSex ?? (word as CreatureWord | undefined)?.sex),
    kind,
    human: Boolean(kin || b.name || kind === "child" || kind === "grown-up" || kind === "baby"),
  };
}

/** The someone of a feeling arc when the wish didn't say who: a gentle, likely one. */
function defaultWho(arc: Arc): Who {
  const kin: NonNullable<Being["kin"]> =
    arc === "baby" || arc === "jealous"
      ? "baby"
      : arc === "goodbye"
        ? "friend"
        : arc === "missing"
          ? "grandma"
          : "grandma";
  return { kin, sex: kin === "grandma" ? "f" : "m", kind: kin === "baby" ? "baby" : "grown-up", human: true };
}

const nounIn = (lang: StoryLanguage, n: Noun) => (lang === "en" ? n.en : lang === "fr" ? n.fr[0] : n.es[0]);

// ---------------------------------------------------------------------------------------------
// Rendering a plan's people and things in one language.

const _rawNoun = (r: Raw): Noun => ({ en: r.text, fr: [r.text, r.gender], es: [r.text, r.gender], plural: r.plural });

const LOST: Record<StoryLanguage, Adjective> = {
  en: { en: "lost", fr: ["perdu", "perdue"], es: ["perdido", "perdida"] },
  fr: { en: "lost", fr: ["perdu", "perdue"], es: ["perdido", "perdida"] },
  es: { en: "lost", fr: ["perdu", "perdue"], es: ["perdido", "perdida"] },
};

function np(lang: StoryLanguage, noun: Noun, owner: Ref, proper = false): Np {
  const plural = noun.plural ?? false;
  const gender = genderOf(lang, noun);
  const fem = gender === "f";
  const the = proper ? noun.en : phrase(lang, noun, { article: "the" });
  const bare = phrase(lang, noun, { article: "none" });
  const lostWord = agree(lang, LOST[lang], gender, plural);
  if (lang === "en") {
    return {
      the,
      a: proper ? the : phrase(lang, noun, { article: "a" }),
      bare,
      his: proper ? the : `${owner.his} ${bare}`,
      my: proper ? the : `my ${bare}`,
      it: plural ? "them" : "it",
      to: `to ${the}`,
      in: `at ${the}`,
      lost: proper ? the : `the lost ${bare}`,
      fem,
      plural,
    };
  }
  const my = plural
    ? lang === "fr"
      ? "mes"
      : "mis"
    : lang === "es"
      ? "mi"
      : fem && !/^[aeiouyhéè]/i.test(bare)
        ? "ma"
        : "mon";
  return {
    the,
    a: proper ? the : phrase(lang, noun, { article: "a" }),
    bare,
    his: proper ? the : phrase(lang, noun, { article: "his" }),
    my: proper ? the : `${my} ${bare}`,
    it:
      lang === "fr" ? (plural ? "les" : fem ? "la" : "le") : `${fem ? "l" : "l"}${fem ? "a" : "o"}${plural ? "s" : ""}`,
    to: proper ? `${lang === "fr" ? "à" : "a"} ${the}` : prep(lang, lang === "fr" ? "à" : "a", the),
    in: lang === "fr" ? (proper ? `à ${the}` : prep(lang, "à", the)) : `en ${the}`,
    lost: proper ? the : `${the} ${lostWord}`,
    fem,
    plural,
  };
}

const HOME: Record<StoryLanguage, Omit<Np, "fem" | "plural">> = {
  en: {
    the: "home",
    a: "a home",
    bare: "home",
    his: "home",
    my: "home",
    it: "it",
    to: "home",
    in: "at home",
    lost: "home",
  },
  fr: {
    the: "la maison",
    a: "une maison",
    bare: "maison",
    his: "sa maison",
    my: "ma maison",
    it: "la",
    to: "à la maison",
    in: "à la maison",
    lost: "la maison",
  },
  es: {
    the: "su casa",
    a: "una casa",
    bare: "casa",
    his: "su casa",
    my: "mi casa",
    it: "la",
    to: "a casa",
    in: "en casa",
    lost: "su casa",
  },
};

/** Kin as the story calls them: a name-like word, or the hero's own ("her sister"). */
const KIN: Record<StoryLanguage, Record<NonNullable<Being["kin"]>, string | ((S: Ref, fem: boolean) => string)>> = {
  en: {
    mum: "Mummy",
    dad: "Daddy",
    grandma: "Granny",
    grandpa: "Grandpa",
    aunt: "Auntie",
    uncle: "Uncle",
    sister: (S) => `${S.his} big sister`,
    brother: (S) => `${S.his} big brother`,
    cousin: (S) => `${S.his} cousin`,
    friend: (S) => `${S.his} best friend`,
    baby: "the new baby",
  },
  fr: {
    mum: "Maman",
    dad: "Papa",
    grandma: "Mamie",
    grandpa: "Papi",
    aunt: "Tata",
    uncle: "Tonton",
    sister: () => "sa grande sœur",
    brother: () => "son grand frère",
    cousin: (_, f) => (f ? "sa cousine" : "son cousin"),
    friend: (_, f) => (f ? "sa meilleure amie" : "son meilleur ami"),
    baby: "le nouveau bébé",
  },
  es: {
    mum: "mamá",
    dad: "papá",
    grandma: "la abuela",
    grandpa: "el abuelo",
    aunt: "la tía",
    uncle: "el tío",
    sister: () => "su hermana mayor",
    brother: () => "su hermano mayor",
    cousin: (_, f) => (f ? "su prima" : "su primo"),
    friend: (_, f) => (f ? "su mejor amiga" : "su mejor amigo"),
    baby: "el nuevo bebé",
  },
};

/** A person or creature as the story calls them; `owner` is whose kin they are. */
function refOf(lang: StoryLanguage, who: Who, owner?: Ref): Ref {
  if (who.person) {
    const name = who.person.name;
    const gender = personGender(lang, who.person);
    const known = who.person.sex;
    const fem = lang === "en" ? known === "f" : gender === "f";
    const pronoun = pronouns(lang, fem);
    return {
      the: name,
      a: name,
      call: name,
      noun: name,
      poss: `${name}’s`,
      fem,
      family: true,
      person: who.human,
      kin: false,
      ...agreement(fem),
      // Without a word saying so, an English character keeps their name instead of a guessed pronoun.
      he: lang === "en" && !known ? name : pronoun.he,
      him: lang === "en" && !known ? name : pronoun.him,
      his: lang === "en" && !known ? `${name}’s` : pronoun.his,
    };
  }
  if (who.name || who.kin) {
    // A named child or creature, or kin: called by name ("Maya", "Daddy", "Grandpa Joe").
    const fem = who.sex === "f";
    const kinWord = who.kin ? KIN[lang][who.kin] : undefined;
    const name =
      who.name ??
      (typeof kinWord === "function"
        ? kinWord(owner ?? refOf(lang, { kind: "child", sex: "m", human: true }), fem)
        : (kinWord ?? ""));
    // An English name whose sex the wish didn't say keeps its name instead of a guessed pronoun.
    const pronoun =
      lang === "en" && who.name && !who.sexKnown ? { he: name, him: name, his: `${name}’s` } : pronouns(lang, fem);
    const nameLike = Boolean(who.name) || typeof kinWord === "string";
    const a =
      who.kin === "baby" ? (lang === "en" ? "a new baby" : lang === "fr" ? "un nouveau bébé" : "un nuevo bebé") : name;
    return {
      the: name,
      a,
      call: name.replace(/^(the|le|la|el|su|sa|son|his|her) /i, ""),
      noun: name,
      poss: `${name}’s`,
      fem,
      family: false,
      person: true,
      kin: Boolean(who.kin) && nameLike,
      ...agreement(fem),
      ...pronoun,
    };
  }
  const noun: Noun = who.noun ?? CHILD;
  const o = { size: who.size, colour: who.colour, trait: who.trait };
  const gender = lang === "en" ? who.sex : genderOf(lang, noun);
  const pronoun = pronouns(lang, gender === "f");
  const the = phrase(lang, noun, { article: "the", ...o, plural: false });
  return {
    the,
    a: phrase(lang, noun, { article: "a", ...o, plural: false }),
    call: phrase(lang, noun, { article: "none", ...o, plural: false }),
    noun: nounIn(lang, noun),
    poss: `${the}’s`,
    fem: gender === "f",
    family: false,
    person: who.human,
    kin: false,
    ...agreement(gender === "f"),
    ...pronoun,
  };
}

/** The agreement helpers every Ref carries. */
function agreement(fem: boolean): Pick<Ref, "e" | "o" | "agr"> {
  return { e: fem ? "e" : "", o: fem ? "a" : "o", agr: (m, f) => (fem ? f : m) };
}

function pronouns(lang: StoryLanguage, fem: boolean) {
  if (lang === "en") return fem ? { he: "she", him: "her", his: "her" } : { he: "he", him: "him", his: "his" };
  if (lang === "fr") return fem ? { he: "elle", him: "la", his: "sa" } : { he: "il", him: "le", his: "son" };
  return fem ? { he: "ella", him: "la", his: "su" } : { he: "él", him: "lo", his: "su" };
}

const KIND_TRAIT: Record<StoryLanguage, Adjective> = {
  en: TRAITS.find((t) => t.en === "kind") as Adjective,
  fr: TRAITS.find((t) => t.en === "kind") as Adjective,
  es: TRAITS.find((t) => t.en === "kind") as Adjective,
};
const WISE = TRAITS.find((t) => t.en === "wise") as Adjective;
// Traits that can solve a problem; "slow" or "forgetful" helpers are "kind" when they help.
const UNHELPFUL = new Set([
  "slow",
  "forgetful",
  "grumpy",
  "clumsy",
  "noisy",
  "sleepy",
  "sad",
  "lonely",
  "shy",
  "hungry",
  "old",
  "silly",
  "bouncy",
]);
const helpfulTrait = (person: Person) => person.traits.find((t) => !UNHELPFUL.has(t.en)) ?? KIND_TRAIT.en;

/** A trait as a noun with its article: "la douceur", "el valor". */
function traitNoun(lang: "fr" | "es", trait: Adjective): { noun: string; gender: Gender } {
  const [noun, gender] = (TRAIT_NOUNS[trait.en] ?? TRAIT_NOUNS.kind)?.[lang] ?? ["", "f"];
  return { noun, gender };
}

/** How a helper's trait follows their name: "gentle", "avec toute sa douceur", "con toda su dulzura". */
function traitPhrase(lang: StoryLanguage, trait: Adjective, person: Person | undefined): string {
  if (lang === "en") return person ? traitsOf(lang, { ...person, traits: [trait] }) : trait.en;
  const { noun, gender } = traitNoun(lang, trait);
  const f = gender === "f";
  if (lang === "fr") return `avec ${f ? "toute" : "tout"} ${f && !frVowel(noun) ? "sa" : "son"} ${noun}`;
  return `con ${f ? "toda" : "todo"} su ${noun}`;
}

/** A character's traits for the grammar's `character` lines. */
function traitWords(lang: StoryLanguage, person: Person): { adj: string; nouns: string[] } {
  if (lang === "en") return { adj: traitsOf(lang, person), nouns: [] };
  const nouns = person.traits.map((t) => {
    const { noun, gender } = traitNoun(lang, t);
    return phrase(lang, { en: noun, fr: [noun, gender], es: [noun, gender] }, { article: "the" });
  });
  return { adj: "", nouns: [...new Set(nouns)] };
}

interface Setting {
  kind: PlaceKind;
  time: (typeof TIMES_OF_DAY)[number];
  name: string;
  description: string;
  landmark?: string;
}

/** The setting's name in this language: as typed when it is in this language, else its kind. */
function placeIn(g: Grammar, setting: Setting): { place: string; inPlace: string } {
  const words = g.places[setting.kind];
  const translated = starterPlaceName(setting.name, g.lang);
  const typed = clean(setting.name, 80);
  const typedLang = wishLanguage(typed);
  const name = translated ?? (typed && (typedLang === g.lang || (!typedLang && g.lang === "en")) ? typed : undefined);
  if (!name) return { place: words.noun, inPlace: words.in };
  const place = name
    .replace(/^(The|Le|La|Les|El|Los|Las|Un|Une|Una|A|An)\s/, (a) => a.toLowerCase())
    .replace(/^L[’']/, "l’");
  const f = fold(place);
  if (g.lang === "en") {
    const at = /lighthouse|tower/.test(f)
      ? "at"
      : /river|lake|stream/.test(f)
        ? "by"
        : /beach|hill|rock|island|train|rocket|mountain/.test(f)
          ? "on"
          : "in";
    return { place, inPlace: `${at} ${place}` };
  }
  if (g.lang === "fr") {
    const at = /^(le |la |les |l’)?(plage|colline|montagne|ile|île)/.test(f)
      ? "sur"
      : /^(le |la |l’)?(phare|riviere|lac)/.test(f)
        ? "près de"
        : "dans";
    return { place, inPlace: at === "près de" ? `près ${prep("fr", "de", place)}` : `${at} ${place}` };
  }
  const at = /^(el |la )?(faro|rio)/.test(f) ? "junto a" : "en";
  return { place, inPlace: at === "junto a" ? `junto ${prep("es", "a", place)}` : `en ${place}` };
}

const IRREGULAR: Record<string, string> = {
  dig: "dug",
  fly: "flew",
  swim: "swam",
  sing: "sang",
  ride: "rode",
  draw: "drew",
  build: "built",
  make: "made",
  read: "read",
  write: "wrote",
  run: "ran",
  climb: "climbed",
  catch: "caught",
  throw: "threw",
  sleep: "slept",
  go: "went",
  eat: "ate",
  drive: "drove",
  find: "found",
  see: "saw",
  blow: "blew",
  breathe: "breathed",
  tie: "tied",
  take: "took",
  bake: "baked",
  skate: "skated",
  dance: "danced",
  count: "counted",
  jump: "jumped",
  play: "played",
  do: "did",
  be: "was",
  have: "had",
  win: "won",
  spin: "spun",
  ski: "skied",
  hop: "hopped",
  skip: "skipped",
};

/** English past and third person of an infinitive phrase ("ride a bike" → "rode a bike", "rides a bike"). */
export function englishVerb(inf: string): { past: string; third: string } {
  const [head = "", ...rest] = inf.split(" ");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  const past =
    IRREGULAR[head] ??
    (/e$/.test(head)
      ? `${head}d`
      : /[^aeiou]y$/.test(head)
        ? `${head.slice(0, -1)}ied`
        : /^[^aeiou]*[aeiou][bdgmnpt]$/.test(head)
          ? `${head}${head.slice(-1)}ed`
          : `${head}ed`);
  const third =
    head === "do" || head === "go"
      ? `${head}es`
      : head === "have"
        ? "has"
        : head === "be"
          ? "is"
          : /(s|sh|ch|x|z)$/.test(head)
            ? `${head}es`
            : /[^aeiou]y$/.test(head)
              ? `${head.slice(0, -1)}ies`
              : `${head}s`;
  return { past: past + tail, third: third + tail };
}

function verbOf(lang: StoryLanguage, d: { activity: Activity; to?: Word } | undefined, goal: Activity, S: Ref): Verb {
  const a = d?.activity ?? goal;
  const to = d?.to && sayable(d.to, lang) ? np(lang, d.to, S, d.to.proper) : undefined;
  const own = Boolean(a.lang) || !ACTIVITIES.includes(a);
  if (lang === "en") {
    const tail = to ? ` ${to.to}` : "";
    const rule = englishVerb(a.en);
    const past = a.past ?? rule.past;
    const third = a.third ?? rule.third;
    return { inf: a.en + tail, ing: a.ing + tail, past: past + tail, third: third + tail, own };
  }
  const inf = a[lang] + (to ? ` ${lang === "fr" ? `jusqu’${to.to}` : `hasta ${to.the}`}` : "");
  return { inf, ing: inf, past: inf, third: inf, own };
}

/** A named thing with the adjectives the child gave it: "the red kite", "la cometa roja". */
function thingNp(lang: StoryLanguage, t: { word: Word; colour?: Colour; size?: Adjective }, S: Ref): Np {
  const base = np(lang, t.word, S, t.word.proper);
  if (!t.colour && !t.size) return base;
  const o = { colour: t.colour, size: t.size, plural: t.word.plural ?? false };
  const the = phrase(lang, t.word, { article: "the", ...o });
  const a = phrase(lang, t.word, { article: "a", ...o });
  const bare = phrase(lang, t.word, { article: "none", ...o });
  const his = lang === "en" ? `${S.his} ${bare}` : phrase(lang, t.word, { article: "his", ...o });
  return { ...base, the, a, bare, his };
}

function contextFor(g: Grammar, p: Plan, setting: Setting, age: number): Ctx {
  const lang = g.lang;
  const S = refOf(lang, p.subject);
  const helpers = p.helpers.map((h) => h.name);
  const owl = p.visitorHelper
    ? refOf(lang, { noun: p.visitorHelper, trait: WISE, sex: "m", kind: "owl", human: false })
    : undefined;
  const group = helpers.length > 0 ? helpers : [owl?.the ?? ""];
  const many = group.length > 1;
  const helper = p.helper ?? undefined;
  const dest: Np =
    p.dest === "home"
      ? { ...HOME[lang], fem: lang !== "en", plural: false }
      : np(lang, p.dest, S, (p.dest as Word).proper);
  const goal = { inf: p.goal[lang], ing: lang === "en" ? p.goal.ing : p.goal[lang] };
  const { place, inPlace } = placeIn(g, setting);
  const first = lang === "en" ? p.first.en : p.first[lang];
  const companions = p.companions.map((c) => refOf(lang, c, S));
  const actor = companions.find((_, i) => p.companions[i]?.kin !== "baby");
  const thing = np(lang, p.thing, S, (p.thing as Word).proper);
  const w = p.wish;
  const named = w.things[0];
  const event = np(lang, p.party, S, (p.party as Word).proper);
  const where = w.place ? np(lang, w.place.destination ?? w.place, S, w.place.proper) : dest;
  return {
    L: lang,
    all: joinNames(lang, group),
    // Everyone: the helpers, the hero and the companions the wish brought along.
    everyone: joinNames(lang, [...group, S.the, ...companions.map((c) => c.the)]),
    lead: group[0] ?? "",
    // With one helper, the wish's first companion is the second voice (companions act; nobody answers themself).
    second: group[1] ?? (actor ? actor.the : (group[0] ?? "")),
    helper: helper?.name ?? group[0] ?? "",
    trait: traitPhrase(lang, helper ? helpfulTrait(helper) : WISE, helper),
    many,
    v: (one, more) => (many ? more : one),
    S,
    F: companions[0],
    thing,
    fear: np(lang, p.fear, S),
    dest,
    party: event,
    goal,
    first,
    place,
    inPlace,
    p: g.places[setting.kind],
    t: g.times[setting.time],
    young: age <= 4,
    old: age >= 7,
    age,
    kind: setting.kind,
    outdoors: OUTDOORS.has(setting.kind),
    W: refOf(lang, p.who, S),
    C: companions[0] ?? S,
    companions,
    loves: w.loves ? np(lang, w.loves, S, w.loves.proper) : thing,
    doing: verbOf(lang, w.doing, p.goal, S),
    doingMode: w.doing?.mode ?? "wants",
    becomes: w.becomes ? np(lang, w.becomes, S, w.becomes.proper) : thing,
    where,
    event,
    T: named ? thingNp(lang, named, S) : thing,
    unread: w.unread ?? "",
  };
}

// ---------------------------------------------------------------------------------------------
// Telling.

/**
 * How badly a line's words fit the child's age, 0–4 (below the cost of any repeat): long words cost
 * for a child of 4 or under, their absence costs for a child of 7 or over.
 */
function ageCost(text: string, x: Ctx): number {
  if (!x.young && !x.old) return 0;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  const long = words.filter((w) => w.length >= 8).length / words.length;
  if (x.old) return Math.min(4, Math.max(0, (0.12 - long) * 25));
  // …and long sentences, for the youngest.
  const perSentence = words.length / Math.max(1, text.split(/[.!?…]+/).filter((t) => /\p{L}/u.test(t)).length);
  return Math.min(4, long * 25 + Math.max(0, perSentence - 7) * 0.3);
}

/** Whether a line says the hero: by what the story calls them, or their name. */
function namesHero(text: string, c: Ctx): boolean {
  const t = fold(text);
  return [c.S.the, c.S.call, c.S.noun].some((n) => n && t.includes(fold(n)));
}

/** A line's cost is its sentences' mean: a short line is no cheaper to repeat than a long one. */
const _meanOf = (costs: number[]) => (costs.length === 0 ? 0 : costs.reduce((a, b) => a + b, 0) / costs.length);

/** The last five words of a normalised sentence: the same line with other names has the same tail. */
const tailOf = (s: string) => s.split(" ").slice(-5).join(" ");

/** Sentences of a text, normalised, for comparing stories. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const part of text.toLowerCase().split(SENTENCE_END)) {
    const words = part.replace(NOT_A_WORD, " ").trim();
    // Three words or more: "Oh dear!" is not a sentence anyone will notice twice.
    if (words.indexOf(" ") !== words.lastIndexOf(" ")) out.push(words);
  }
  return out;
}
const SENTENCE_END = /[.!?…]+[»”"]?\s+|\n+/;
const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;

/** `,^` and `^` mark clause breaks: full stops for a young child, kept as written otherwise. */
const FRAGMENT =
  /^(until|because|giggling|laughing|with|without|only|as|which|who|where|when|while|before|after|came|jusqu|parce|en |avec|comme|sans|pendant|qui|hasta|porque|con |como|sin |mientras|que |riéndose|dando)/i;
const CONNECTIVES = /^(?:and then|and|but|so|then|et puis|et|mais|alors|puis|y luego|y|e|pero|así que|entonces)\s+/i;
function forAge(text: string, young: boolean): string {
  if (!young) return text.replace(/\^/g, "");
  return (
    text
      // Clauses joined by ", and" stand alone for a young child too: "…the log. There was a beetle."
      // …but not inside a list ("the whole day: the trying, the tumbling, and the end").
      .replace(
        /, (and|but|so|et|mais|alors|pero|así que|y) (?=\p{Ll})/gu,
        (m: string, word: string, at: number, all: string) => (/:[^.!?]*$/.test(all.slice(0, at)) ? m : `,^ ${word} `),
      )
      // After ";" a young child's sentence ends; after ":" it goes on.
      .replace(/;\^/g, ".^")
      .replace(/:\^/g, ":")
      .replace(/[,.]?\^\s*([\s\S]*?)(?=[,.]?\^|$)/g, (mark: string, rest: string) => {
        // After an opening quote the sentence goes on inside it: "«pero nunca" → "«Nunca".
        const [, quote = "", words = ""] = /^([«“"—]?\s*)([\s\S]*)$/.exec(rest) ?? [];
        const clause = words.replace(CONNECTIVES, "");
        // "…tiptoed away, until all was still" stays one sentence: what follows can't stand alone.
        if (FRAGMENT.test(clause)) return `${mark.startsWith(",") ? "," : mark.startsWith(".") ? "." : ""} ${rest}`;
        return `. ${quote}${cap(clause)}`;
      })
      .replace(/([?!…])\. /g, "$1 ")
      // A quote that ends a sentence ends it: "…dit-il ? ». Le" → "…dit-il ? » Le" (French spaces its »).
      .replace(/([.?!…])(\s?[”»"])\. /gu, "$1$2 ")
      .replace(/\.\./g, ".")
  );
}

const PICTURE_TIME_ORDER: PictureTime[] = ["day", "evening", "dusk", "night"];

/** The light of each scene: from the setting's time through dusk to night at the end. */
function timesFor(count: number, start: (typeof TIMES_OF_DAY)[number]): PictureTime[] {
  const first: PictureTime = start === "evening" ? "evening" : start === "night" ? "dusk" : "day";
  const from = PICTURE_TIME_ORDER.indexOf(first);
  return Array.from({ length: count }, (_, i) => {
    if (i === count - 1) return "night";
    if (i === count - 2 && count > 2) return PICTURE_TIME_ORDER[Math.max(from, 2)] as PictureTime;
    const step = Math.min(2, from + Math.floor((i / Math.max(1, count - 2)) * 2));
    return PICTURE_TIME_ORDER[Math.max(from, Math.min(step, 2))] as PictureTime;
  });
}

type Part =
  | Beat
  | "resolution"
  | "encourage"
  | "wonder"
  | "pause"
  | "worry"
  | "cheer"
  /** The hero's own wish lines: what they do, love, want to become. */
  | "hero"
  /** Where the middle happens: the place, the event, the things, the companions acting. */
  | "middle"
  /** The second archetype of the wish, said where things come right. */
  | "second"
  /** When the wish gave the middle nothing to hold: another try (medium), a pause (long). */
  | "fill";
const SHAPES: Record<StoryRequest["length"], Part[][]> = {
  short: [
    ["opening", "setup", "hero"],
    ["middle", "try1", "success"],
    ["resolution", "second", "ending"],
  ],
  medium: [
    ["opening", "setup", "hero"],
    ["try1", "encourage"],
    ["middle", "wonder", "fill"],
    ["success", "second", "resolution"],
    ["ending"],
  ],
  long: [
    ["opening", "setup", "hero"],
    ["worry", "try1", "encourage"],
    ["middle", "wonder", "fill"],
    ["try2", "pause", "encourage"],
    ["success", "second", "resolution", "cheer"],
    ["ending"],
  ],
};

const TRY_ACTION: Partial<Record<Arc, PictureAction>> = {
  sleepless: "talking",
  afraid: "looking",
  first: "talking",
  learn: "reaching",
  lost: "searching",
  quest: "searching",
  journey: "walking",
  celebrate: "reaching",
  friend: "talking",
};
const SUCCESS_ACTION: Partial<Record<Arc, PictureAction>> = {
  sleepless: "hugging",
  afraid: "hugging",
  first: "celebrating",
  learn: "celebrating",
  lost: "celebrating",
  quest: "looking",
  journey: "celebrating",
  celebrate: "celebrating",
  friend: "playing",
};

/** How many nights this family has heard a story, as far as the recent list shows: 0–10. */
const nightOf = (request: StoryRequest) => (request.recent ?? []).length;

/**
 * Writes a story without any network call. Pure: the same request gives the same story.
 * @example
 * writeOfflineStory({ seed: "s1", language: "en", characters: [pip], setting: woods, childAge: 5,
 *   length: "short", rhyming: false, prompt: "a dragon who can't sleep" }).title
 * // "The Night the Little Dragon Couldn’t Sleep"
 */
export function writeOfflineStory(request: StoryRequest, wishFrame?: WishFrame): StoryText {
  const lang: StoryLanguage = request.language === "fr" || request.language === "es" ? request.language : "en";
  const g = GRAMMARS[lang];
  const rng = seeded(`offline-story|${request.seed}`);
  const people = request.characters
    .map(readPersonCached)
    .filter((p) => p.name)
    .slice(0, 6);
  if (people.length === 0) people.push(readPerson(DEFAULT_CHARACTER[lang]));
  const recent = (request.recent ?? []).slice(0, 10);
  const recentText = fold(recent.map((r) => `${r.title}\n${r.text}`).join("\n"));
  // Each recent sentence with how recently it was heard: 10 for last night, 1 for ten nights ago.
  const recentSentences = new Map<string, number>();
  const recentTails = new Map<string, number>();
  recent.forEach((r, age) => {
    for (const s of sentencesOf(`${r.title}\n${r.text}`)) {
      if (!recentSentences.has(s)) recentSentences.set(s, 10 - age);
      if (!recentTails.has(tailOf(s))) recentTails.set(tailOf(s), 10 - age);
    }
  });
  // Tests may hand in a frame built by hand; otherwise the wish is read.
  const frame: WishFrame =
    wishFrame ??
    readFrame(
      request.prompt,
      people.map((p) => p.name),
      lang,
    );
  const p = plan(g, rng, people, frame, recentText, nightOf(request));

  const settingName = clean(request.setting.name, 80);
  const settingDescription = clean(request.setting.description, 200);
  const setting: Setting = {
    kind: placeKindOf(settingName, settingDescription),
    time: TIMES_OF_DAY.includes(request.setting.timeOfDay) ? request.setting.timeOfDay : "night",
    name: settingName,
    description: settingDescription,
    landmark: landmarkOf(settingName, settingDescription),
  };
  const age = Number.isFinite(request.childAge) ? request.childAge : 5;
  const x = contextFor(g, p, setting, age);
  const xEn = lang === "en" ? x : contextFor(en, { ...p, lang: "en" }, setting, age);
  // From the middle on, the story is where the wish said: its place words, its "in".
  const away: PlaceKind | undefined = p.wish.place?.destination?.place;
  const there = (c: Ctx): Ctx =>
    p.wish.place
      ? {
          ...c,
          inPlace: c.where.in,
          ...(away ? { p: GRAMMARS[c.L].places[away], kind: away, outdoors: OUTDOORS.has(away) } : {}),
        }
      : c;

  // Every variant is chosen here: the first in a seeded order whose sentences the family has not
  // heard in its recent stories, nor earlier in this one.
  // Each line may also be said another way: the helpers in the other order ("Luna and Pip"), the
  // hero without the "little" the wish never said. Told the same wish every night, the family
  // hears new sentences, not only new variants.
  const used = new Set<string>();
  const usedLines = new Set<(c: Ctx) => string>();
  const ways = waysOf(lang, p, x);
  const ours = (c: Ctx) => c.S.the.startsWith(OUR[lang]) || c.S.the.startsWith("nuestra ");
  let oursUsed = 0;
  // The opening names everyone plainly; other ways of saying them come after.
  let varied = false;
  const choose = (variants: readonly ((c: Ctx) => string)[] | undefined, c: Ctx = x, optional = false): string => {
    if (!variants || variants.length === 0) return "";
    const order = rng.shuffle(variants.map((_, i) => i));
    const alts = varied ? rng.shuffle(ways.map((way) => ({ ...c, ...way }))) : [c];
    let best = "";
    let bestLine: ((c: Ctx) => string) | undefined;
    let bestAlt: Ctx | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const i of order) {
      const line = variants[i] as (c: Ctx) => string;
      // Fresh first; among fresh lines, the one whose words fit the child's age (a tie-break, below any repeat).
      let lineScore = Number.POSITIVE_INFINITY;
      let lineText = "";
      let lineAlt: Ctx | undefined;
      for (const alt of alts) {
        const text = forAge(line(alt), alt.young);
        // "Our little dragon" now and then, not in every line.
        const score =
          (ours(alt) && oursUsed >= 3 ? 50 : 0) +
          (usedLines.has(line) ? 1000 : 0) +
          sentencesOf(text).reduce((sum, s) => sum + (used.has(s) ? 100 : heard(s)), 0);
        if (score < lineScore) [lineText, lineScore, lineAlt] = [text, score, alt];
        if (score === 0) break;
      }
      // The hero in most scenes: a line that names them is preferred (below the cost of a repeat).
      const heroCost = varied && variants !== g.wonders && lineAlt && !namesHero(lineText, lineAlt) ? 4 : 0;
      const total = lineScore + ageCost(lineText, c) + heroCost;
      if (total < bestScore) [best, bestLine, bestScore, bestAlt] = [lineText, line, total, lineAlt];
      if (bestScore < 0.5) break;
    }
    // A line the story can do without is left out when the family has heard every way of it.
    if (optional && bestScore >= 20) return "";
    for (const s of sentencesOf(best)) used.add(s);
    if (bestLine) usedLines.add(bestLine);
    if (bestAlt && ours(bestAlt) && best.includes(bestAlt.S.the)) oursUsed++;
    return best;
  };
  // A sentence heard on any recent night costs more than one never heard, the more so the more recent.
  // The same line said with other names is still heard: its ending gives it away (a smaller cost).
  const heard = (s: string) => {
    const r = recentSentences.get(s);
    if (r !== undefined) return 20 + r;
    const t = recentTails.get(tailOf(s));
    return t === undefined ? 0 : 5 + t / 2;
  };
  const lines = g.arcs[p.arc] ?? g.arcs.friend;
  const wl = g.wish;
  const w = p.wish;
  // Looking for a lost thing and searching for a wonder try the same ways: their tries are one pool.
  const sibling: Arc | undefined = p.arc === "lost" ? "quest" : p.arc === "quest" ? "lost" : undefined;
  const tries = (beat: "try1" | "try2") => [...lines[beat], ...((sibling && g.arcs[sibling]?.[beat]) || [])];

  // The wish's elements, each said once, in an order that changes from night to night.
  const heroLines = (): string[] => {
    if (!wl) return [];
    const out: string[] = [];
    for (const d of w.doings) {
      const c: Ctx = { ...x, doing: verbOf(lang, d, p.goal, x.S), doingMode: d.mode };
      out.push(choose(d.mode === "does" || d.mode === "loves" ? wl.does : wl.wantsTo, c));
    }
    if (w.loves && !(p.arc === "quest" || p.arc === "lost")) out.push(choose(wl.loves));
    if (w.becomes) out.push(choose(wl.becomes));
    // Each companion the wish named comes into the story (the family's own characters are there already;
    // the friend of "a cat and a mouse" is met in the friend arc's own lines).
    x.companions.forEach((C, i) => {
      const c = p.companions[i];
      if (!c?.person && !(i === 0 && p.arc === "friend")) out.push(choose(wl.companionJoins, { ...x, C }));
    });
    if (w.unread) out.push(choose(wl.unread));
    return rng
      .shuffle(out.filter(Boolean))
      .slice(0, 3)
      .concat(rng.shuffle(out.filter(Boolean)).slice(3));
  };
  const middleLines = (): string[] => {
    if (!wl) return [];
    const c = there(x);
    const first: string[] = [];
    // A journey's own lines go there; other stories move there in one line.
    if (w.place && p.arc !== "journey") first.push(choose(wl.goesTo, c));
    if (w.event) first.push(choose(wl.event, c));
    const rest: string[] = [];
    for (const pl of w.morePlaces)
      rest.push(choose(wl.goesTo, { ...c, where: np(lang, pl.destination ?? pl, x.S, pl.proper) }));
    for (const ev of w.moreEvents)
      rest.push(choose(wl.event, { ...c, event: np(lang, ev.celebration ?? ev, x.S, ev.proper) }));
    for (const t of w.things) rest.push(choose(wl.thing, { ...c, T: thingNp(lang, t, x.S) }));
    if (w.doing) rest.push(choose(wl.tryDoing, c));
    x.companions.forEach((C) => {
      rest.push(choose(wl.companionHelps, { ...c, C }));
    });
    return [...first, ...rng.shuffle(rest)].filter(Boolean);
  };

  const openingText = () => {
    const parts = [choose(g.openings)];
    // The family, described from their traits: never the setting's stored description pasted in.
    parts.push(...introduce(g, people, p, x, rng, recentSentences, used));
    if (x.old || (request.length === "long" && !x.young)) parts.push(choose(g.details, x, true));
    varied = true;
    return parts.join(" ");
  };
  let inMiddle = false;
  let middleEmpty = true;
  const ctxNow = () => (inMiddle ? there(x) : x);
  const partText = (part: Part): string => {
    switch (part) {
      case "opening":
        return openingText();
      case "setup":
        return request.length === "short"
          ? choose(lines.setup)
          : `${choose(lines.setup)} ${choose(g.reactions, x, true)}`;
      case "hero":
        return heroLines().join(" ");
      case "middle": {
        inMiddle = true;
        const said = middleLines();
        middleEmpty = said.length === 0;
        return said.join(" ");
      }
      case "try1":
        return choose(tries("try1"), ctxNow()) + (x.old ? ` ${choose(g.details, ctxNow(), true)}` : "");
      case "try2":
        return choose(tries("try2"), ctxNow()) + (x.young ? "" : ` ${choose(g.details, ctxNow(), true)}`);
      case "success": {
        const doing = wl && w.doing ? ` ${choose(wl.succeedDoing, ctxNow())}` : "";
        return (
          choose(lines.success, ctxNow()) +
          doing +
          (request.length === "long" && !x.young ? ` ${choose(g.details, ctxNow(), true)}` : "")
        );
      }
      case "second":
        return p.second ? choose(g.arcs[p.second]?.resolution, ctxNow()) : "";
      case "resolution":
        return choose(lines.resolution, ctxNow());
      case "encourage":
        return choose(g.encourage, ctxNow(), true);
      case "wonder":
        // The middle scene pauses to look around only when the wish gave it nothing to hold.
        return middleEmpty ? choose(g.wonders, ctxNow()) : "";
      case "fill":
        return middleEmpty
          ? request.length === "long"
            ? choose(g.pauses, ctxNow(), true)
            : choose(lines.try2, ctxNow())
          : "";
      case "pause":
        return choose(g.pauses, ctxNow(), true);
      case "worry":
        return choose(g.worries, x, true);
      case "cheer":
        return choose(g.cheers, ctxNow(), true);
      case "ending":
        inMiddle = false;
        return [
          ...(wl && w.ending ? [choose(wl.endings[w.ending])] : []),
          choose(g.windDowns),
          ...(request.length === "long" ? [choose(g.recaps)] : []),
          choose(g.goodnights),
        ].join(" ");
    }
  };

  const base = SHAPES[request.length] ?? SHAPES.medium;
  // On alternate nights the middle of a long story comes in another order.
  const shape =
    request.length === "long" && nightOf(request) % 2 === 1
      ? [base[0], base[1], base[3], base[2], base[4], base[5]].filter((s): s is Part[] => Boolean(s))
      : base;
  const times = timesFor(shape.length, setting.time);
  const verseUsed = new Set<string>();
  let reached = false;
  const scenes: StoryScene[] = shape.map((parts, index) => {
    const paragraphs = parts.map(partText).filter((t) => t.trim() !== "");
    const beat = pictureBeat(parts);
    if (parts.includes("middle")) reached = true;
    if (parts.includes("ending")) reached = false;
    if (request.rhyming) {
      // A couplet that fits the scene: the beat's own verses, never one already in this story.
      const pool = g.verses[beat];
      const verse = chooseVerse(pool, x, rng, verseUsed);
      if (paragraphs.length >= 4) paragraphs.splice(-2, 2, paragraphs.slice(-2).join(" "));
      paragraphs.push(verse);
    }
    const { picture, names } = pictureOf(
      p,
      x,
      setting,
      beat,
      times[index] as PictureTime,
      people,
      index,
      reached ? away : undefined,
    );
    const caption = withNames(g, captionOf(g, beat, p.arc, x, picture.action), names);
    const englishCaption = withNames(
      en,
      beat === "ending"
        ? `${captionOf(en, beat, p.arc, xEn, picture.action).replace(/ sleep peacefully/, " are curled up fast asleep")}`
        : captionOf(en, beat, p.arc, xEn, picture.action),
      pictureOf({ ...p, lang: "en" }, xEn, setting, beat, picture.time, people, index, reached ? away : undefined)
        .names,
    );
    const illustration = writeBrief(
      englishCaption,
      {
        settingName: placeIn(en, setting).place,
        description: setting.description,
        kind: picture.place,
        characters: people.map((person) => ({ name: person.name, looks: person.looks })),
      },
      picture.time,
    );
    return { paragraphs: paragraphs.map((t) => tidy(g, t)), illustration, caption, picture };
  });

  // The hero is in the title: a title line that names them, "Pip and the Lost Mitten" for a lost thing.
  const named = (line: (c: Ctx) => string) => {
    const t = fold(line(x));
    return t.includes(fold(x.S.call)) || t.includes(fold(x.S.noun));
  };
  const withHero = lines.titles.filter(named);
  const titleLines =
    frame.things.some((t) => t.lost) && p.arc === "lost"
      ? lines.titles.slice(0, 1)
      : x.S.family
        ? (withHero.length > 0 ? withHero : lines.titles).filter((line) => !/\b(who|qui|que)\b/i.test(line(x)))
        : withHero.length > 0
          ? withHero
          : lines.titles;
  // The title names the hero plainly.
  varied = false;
  const title = tidy(
    g,
    g.titleCase(cap(choose(titleLines.length > 0 ? titleLines : lines.titles)).replace(/[.!]$/, "")),
  );
  return {
    title: clean(title, 120),
    scenes,
    moral: tidy(g, clean(choose(lines.morals.map((m) => () => m)), 300)),
  };
}

const OUR: Record<StoryLanguage, string> = { en: "our ", fr: "notre ", es: "nuestro " };

/**
 * The other ways a line may name the family and the hero: helpers in the other order, and a hero
 * the wish gave no size without the "little" the plan added.
 */
function waysOf(lang: StoryLanguage, p: Plan, x: Ctx): Partial<Ctx>[] {
  const ways: Partial<Ctx>[] = [{}];
  const names = p.helpers.map((h) => h.name);
  const others = x.companions.map((c) => c.the);
  if (names.length >= 2) {
    const group = [...names].reverse();
    // …and the other helper has the idea that works, or speaks first.
    const other = p.helpers.find((h) => h !== p.helper && h.traits.length > 0);
    const swapped = { lead: group[0] ?? "", second: group[1] ?? "" };
    const reordered = { all: joinNames(lang, group), everyone: joinNames(lang, [...group, x.S.the, ...others]) };
    const idea = other ? { helper: other.name, trait: traitPhrase(lang, helpfulTrait(other), other) } : {};
    ways.push({ ...reordered, ...swapped, ...idea }, { ...swapped }, { ...reordered, ...idea });
    // Once they are known, two helpers are also "the two friends".
    if (names.length === 2) {
      const girls = p.helpers.every((h) => personGender(lang, h) === "f" && (lang !== "en" || h.sex === "f"));
      const two =
        lang === "en"
          ? "the two friends"
          : lang === "fr"
            ? girls
              ? "les deux amies"
              : "les deux amis"
            : girls
              ? "las dos amigas"
              : "los dos amigos";
      ways.push({ all: two }, { all: two, ...swapped, ...idea });
    }
  }
  // Helpers, once met, are also called by what they are: "the grey rabbit", "le lapin gris".
  // (Not people: "the little girl" beside a girl of the wish would be anyone.)
  const animal = (h: Person) => h.creature && h.creature.kind !== "child" && h.creature.kind !== "grown-up";
  const epithet = (h: Person) =>
    h.creature && animal(h)
      ? phrase(lang, h.creature, { article: "the", size: h.size, colour: h.colour, plural: false })
      : h.name;
  if (p.helpers.length > 0 && p.helpers.length <= 2 && p.helpers.some(animal)) {
    const epi = p.helpers.map(epithet);
    const helper = p.helper ? epithet(p.helper) : x.helper;
    ways.push(
      {
        all: joinNames(lang, epi),
        everyone: joinNames(lang, [...epi, x.S.the, ...others]),
        lead: epi[0] ?? "",
        second: epi[1] ?? epi[0] ?? "",
      },
      { helper },
      { lead: epi[0] ?? "", second: epi[1] ?? epi[0] ?? "", helper },
    );
  }
  const heroes: Ref[] = [];
  // One of the family, once met, is also "the little fox", "le petit renard", "el pequeño zorro".
  const person = p.subject.person;
  if (person?.creature && person.creature.kind !== "child" && person.creature.kind !== "grown-up") {
    const o = { size: person.size ?? LITTLE, colour: undefined, plural: false };
    const the = phrase(lang, person.creature, { article: "the", ...o });
    if (fold(the) !== fold(x.S.the)) heroes.push({ ...x.S, the, poss: `${the}’s` });
  }
  if (p.subject.plainSize) heroes.push(refOf(lang, { ...p.subject, size: undefined }));
  // A creature hero may also be "our little dragon", "notre petit dragon", "nuestro pequeño dragón".
  if (p.subject.noun && !p.subject.person && !p.subject.name && !p.subject.kin) {
    const our = lang === "es" && x.S.fem ? "nuestra" : OUR[lang];
    const the = `${our.trim()} ${x.S.call}`;
    heroes.push({ ...x.S, the, poss: `${the}’s` });
  }
  for (const S of heroes)
    for (const way of ways.slice(0, 8))
      ways.push({
        ...way,
        S,
        everyone: joinNames(lang, [
          ...(way.all ? [...names].reverse() : names.length > 0 ? names : [x.all]),
          S.the,
          ...others,
        ]),
      });
  return ways;
}

// A family's characters come back every night: what their looks say is read once per isolate.
const PEOPLE = new Map<string, Person>();
function readPersonCached(character: { name: string; looks: string; personality: string }): Person {
  const key = `${character.name}\u0000${character.looks}\u0000${character.personality}`;
  const known = PEOPLE.get(key);
  if (known) return known;
  if (PEOPLE.size > 500) PEOPLE.clear();
  const person = readPerson(character);
  PEOPLE.set(key, person);
  return person;
}

function tidy(g: Grammar, text: string): string {
  return g.finish(
    cap(
      text
        .replace(/[ \t]+/g, " ")
        .replace(/ ([,.])/g, "$1")
        .trim(),
    )
      // A line may begin a sentence with "the grey rabbit" or "our little dragon": it starts with a capital.
      .replace(
        /([.!?] +[“«]?\s?)(the|our|le|la|les|l’|notre|el|los|las|nuestro|nuestra) /g,
        (_, before: string, word: string) => `${before}${cap(word)} `,
      ),
  );
}

function chooseVerse(pool: readonly ((c: Ctx) => string)[], x: Ctx, rng: Rng, used: Set<string>): string {
  const order = rng.shuffle(pool.map((_, i) => i));
  for (const i of order) {
    const text = (pool[i] as (c: Ctx) => string)(x);
    if (!used.has(text)) {
      used.add(text);
      return cap(text);
    }
  }
  return cap((pool[order[0] ?? 0] as (c: Ctx) => string)(x));
}

/** Which beat a scene's picture shows: the last that happens in it. */
function pictureBeat(parts: Part[]): Beat {
  const order: Beat[] = ["ending", "success", "try2", "try1", "setup", "opening"];
  // The middle of the wish (the place, the event) is drawn as a try: the story is under way there.
  const beats = parts.map((part) => (part === "resolution" ? "success" : part === "middle" ? "try2" : part));
  return order.find((beat) => beats.includes(beat)) ?? "opening";
}

/**
 * The family, in a sentence or two: one or two characters described from their traits (in this
 * language), the others only named. Which ones, and how, changes from night to night.
 */
function introduce(
  g: Grammar,
  people: Person[],
  p: Plan,
  x: Ctx,
  rng: Rng,
  recent: Map<string, number>,
  used: Set<string>,
): string[] {
  const out: string[] = [];
  const shuffled = rng.shuffle(people).slice(0, x.young ? 1 : 2);
  for (const person of shuffled) {
    const desc = describePerson(g.lang, person, g.with, x.old);
    const traits = traitWords(g.lang, person);
    const forms: string[] = [];
    if (desc) for (const form of g.describe) forms.push(form(person.name, desc));
    if (person.traits.length > 0 && !x.young) for (const form of g.character) forms.push(form(person.name, traits));
    const fresh = rng.shuffle(forms).find((f) => !sentencesOf(f).some((s) => recent.has(s) || used.has(s)));
    if (fresh) {
      out.push(fresh);
      for (const s of sentencesOf(fresh)) used.add(s);
    }
  }
  void p;
  return out;
}

/**
 * A kind the painter knows: the wish's own ("giraffe", "vehicle") once the painter has it, else the
 * nearest old kind of the lexicon word, else the generic friendly being — never a child for a machine.
 */
function creatureKind(kind: string, human: boolean, en?: string): CreatureKind {
  const kinds: readonly string[] = CREATURE_KINDS;
  if (kinds.includes(kind)) return kind as CreatureKind;
  const nearest = en ? CREATURES.find((c) => c.en === en)?.kind : undefined;
  if (nearest && (nearest !== "child" || human)) return nearest;
  if (human) return "child";
  return (
    kinds.includes("creature") ? "creature" : /vehicle|rocket|boat|robot/.test(kind) ? "robot" : "bear"
  ) as CreatureKind;
}

function pictureOf(
  p: Plan,
  x: Ctx,
  setting: Setting,
  beat: Beat,
  time: PictureTime,
  people: Person[],
  index: number,
  away?: PlaceKind,
): { picture: PicturePlan; names: string[] } {
  const characters = people
    .filter((person) => person !== p.subject.person && !p.companions.some((c) => c.person === person))
    .map((person) => ({
      name: person.name,
      kind: kindOf(person),
      ...(person.colour ? { color: person.colour.paint } : {}),
    }));
  const subjectColour = p.subject.person?.colour?.paint ?? p.subject.colour?.paint;
  const subject =
    beat !== "opening" || p.subject.person || index === 0
      ? {
          name: x.S.call,
          kind: creatureKind(p.subject.kind, p.subject.human, p.subject.noun?.en),
          ...(subjectColour ? { color: subjectColour } : {}),
        }
      : undefined;
  // The wish's companions are drawn with the others once the story has them (from the first scene).
  const companions = p.companions.map((c, i) => ({
    name: x.companions[i]?.call ?? "",
    kind: creatureKind(c.kind, c.human, c.noun?.en),
    ...(c.colour ? { color: c.colour.paint } : {}),
  }));
  const action: PictureAction =
    beat === "ending"
      ? "sleeping"
      : beat === "opening"
        ? "walking"
        : beat === "setup"
          ? "talking"
          : beat === "success"
            ? p.arc === "learn"
              ? p.goal.action
              : (SUCCESS_ACTION[p.arc] ?? "hugging")
            : p.arc === "learn"
              ? p.goal.action
              : (TRY_ACTION[p.arc] ?? "talking");
  const thingKind = (p.thing as { kind?: string }).kind ?? "thing";
  const key = p.wish.loves ?? p.wish.things[0]?.word ?? (p.arc === "lost" || p.arc === "quest" ? p.thing : undefined);
  const showsThing = (beat === "success" || beat === "ending") && (key || p.arc === "lost" || p.arc === "quest");
  const object = showsThing
    ? { name: x.thing.bare, kind: thingKind }
    : p.arc === "celebrate" && (beat === "success" || beat === "ending")
      ? { name: x.L === "en" ? "cake" : x.L === "fr" ? "gâteau" : "pastel", kind: "cake" }
      : undefined;
  // Every named thing is drawn in the scenes that tell it: the opening (what the hero loves) and the middle.
  const drawn: { name: string; the: string; kind: string; color?: string }[] = [];
  if (p.wish.loves && index === 0) drawn.push({ name: x.loves.bare, the: x.loves.the, kind: p.wish.loves.kind });
  if (index > 0 && beat !== "ending")
    for (const t of p.wish.things) {
      const n = thingNp(p.lang, t, x.S);
      drawn.push({ name: n.bare, the: n.the, kind: t.word.kind, ...(t.colour ? { color: t.colour.paint } : {}) });
    }
  const objects = drawn.filter((d) => d.name !== object?.name).map(({ the: _, ...o }) => o);
  const place: PlaceKind =
    away ??
    (beat === "success" && p.arc === "journey" && p.dest !== "home" && "place" in p.dest
      ? (p.dest as Destination).place
      : setting.kind);
  const shown = companions.length > 0 && (beat !== "opening" || index === 0);
  const names = [
    ...(shown ? x.companions.map((c) => c.the) : []),
    ...drawn.filter((d) => d.name !== object?.name).map((d) => d.the),
  ];
  const picture: PicturePlan = {
    characters,
    ...(subject ? { subject } : {}),
    ...(shown ? { companions } : {}),
    ...(object ? { object } : {}),
    ...(objects.length > 0 ? { objects } : {}),
    action,
    place,
    ...(setting.landmark && !away ? { landmark: setting.landmark } : {}),
    time,
  };
  return { picture, names };
}

/** A caption names what its picture shows from the wish: "…, with Grandpa and the red kite." */
function withNames(g: Grammar, caption: string, shown: string[]): string {
  const folded = fold(caption);
  const names = shown.filter((n) => n && !folded.includes(fold(n).replace(/^(the|le|la|les|l’|el|los|las) /, "")));
  if (names.length === 0) return caption;
  const more = `${caption.replace(/[.!]\s*$/, "")}, ${g.with} ${joinNames(g.lang, [...new Set(names)])}.`;
  return more.length <= 150 ? more : caption;
}

/** One sentence, at most 150 characters: shortened to the lead's name and no place if needed. */
function captionOf(g: Grammar, beat: Beat, arc: Arc, x: Ctx, action: PictureAction): string {
  const full = tidy(g, g.caption(beat, arc, x, action));
  if (full.length <= 150) return full;
  const short = tidy(g, g.caption(beat, arc, { ...x, all: x.lead, many: false, v: (one) => one, inPlace: "" }, action));
  return short.length <= 150 ? short : `${clean(short, 148)}.`;
}

const DEFAULT_CHARACTER: Record<StoryLanguage, { name: string; looks: string; personality: string }> = {
  en: { name: "Little Bear", looks: "a little brown bear with a sleepy smile", personality: "gentle and curious" },
  fr: { name: "Petit Ours", looks: "un petit ours brun au sourire endormi", personality: "doux et curieux" },
  es: { name: "Osito", looks: "un osito marrón con una sonrisa dormilona", personality: "dulce y curioso" },
};

/** The embedded default storyteller: no key, no network, no cost. */
export const offlineStoryteller: Storyteller = {
  name: "offline",
  languages: ["en", "fr", "es"],
  async write(request) {
    return { story: writeOfflineStory(request), usage: { inputTokens: 0, outputTokens: 0 } };
  },
};
