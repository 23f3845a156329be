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
import type { Beat, Ctx, Grammar, Np, Ref } from "./grammar";
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
  type Thing,
  TRAIT_NOUNS,
  TRAITS,
} from "./lexicon";
import { STARTER_CAST, starterPlaceName } from "./starter-cast";
import { ARCS, type Arc, isRaw, type Raw, readWish, type Subject, type Wish, wishLanguage } from "./wish";
import { agree, cap, fold, frVowel, genderOf, joinNames, phrase, prep } from "./words";

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
const GOALS = ACTIVITIES.filter((a) => !["breathe fire", "count to ten", "tie shoelaces", "read"].includes(a.en));
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

/** The language-neutral plan of one story. */
interface Plan {
  arc: Arc;
  subject: {
    person?: Person;
    creature?: CreatureWord;
    raw?: Raw;
    size?: Adjective;
    colour?: Colour;
    trait?: Adjective;
    sex: Gender;
  };
  friend?: { creature: CreatureWord; sex: Gender };
  helpers: Person[];
  /** When the subject is the family's only character: a wise owl helps. */
  visitorHelper?: CreatureWord;
  helper?: Person;
  thing: Thing | Raw;
  fear: Noun | Raw;
  goal: Activity | Raw;
  dest: Destination | Raw | "home";
  party: Celebration;
  first: FirstTime;
  lang: StoryLanguage;
}

/** A raw phrase is usable in a story in its own language, or anywhere when it is a name. */
const usable = (value: Raw | undefined, lang: StoryLanguage) => Boolean(value && (value.lang === lang || value.proper));

function plan(g: Grammar, rng: Rng, people: Person[], wish: Wish, recentText: string): Plan {
  const lang = g.lang;
  const pick = <T>(items: readonly T[]) => rng.pick(items);
  // Prefer what the recent stories did not have: a visitor not named in them.
  const fresh = <T extends Noun>(items: readonly T[]) => {
    const unseen = items.filter((i) => !recentText.includes(fold(nounIn(lang, i))));
    return pick(unseen.length > 0 ? unseen : items);
  };
  // Without a wish, the plot shape the family has not heard for longest (its moral tells it).
  const lastHeard = (a: Arc) =>
    Math.min(
      ...g.arcs[a].morals.map((m) => {
        const at = recentText.indexOf(fold(m));
        return at < 0 ? Number.POSITIVE_INFINITY : at;
      }),
    );
  const shapes = rng.shuffle(ARCS.filter((a) => a !== "quest" && a !== "first"));
  const arc: Arc = wish.arc ?? shapes.reduce((best, a) => (lastHeard(a) > lastHeard(best) ? a : best));
  const names = people.map((p) => p.name);
  const s: Subject | undefined = wish.subject;
  let subject: Plan["subject"];
  const sex: Gender = rng.next() < 0.5 ? "m" : "f";
  if (s?.character) {
    const person = people.find((p) => p.name === s.character) ?? people[0];
    subject = { person, sex: person?.sex ?? sex };
  } else if (s?.creature) {
    subject = {
      creature: s.creature,
      size: s.size ?? (s.trait || s.colour ? undefined : LITTLE),
      colour: s.colour,
      trait: s.trait,
      sex: s.creature.sex ?? sex,
    };
  } else if (s?.raw?.proper) {
    // A name the family's characters don't have ("Grandpa Joe's birthday"): a person by that name.
    const person: Person = { name: clean(s.raw.text, 40), wears: [], traits: [], looks: "" };
    subject = { person, sex };
  } else if (s?.raw && usable(s.raw, lang)) {
    subject = { raw: s.raw, size: s.size, colour: s.colour, trait: s.trait, sex };
  } else if (wish.text && arc !== "friend") {
    // "a lost mitten", "afraid of the dark": the family's lead is the one it happens to.
    subject = { person: people[0], sex: people[0]?.sex ?? sex };
  } else {
    const creature = fresh(VISITORS);
    subject = { creature, size: rng.next() < 0.7 ? LITTLE : undefined, sex: creature.sex ?? sex };
  }
  const helpers = people.filter((p) => p !== subject.person);
  const withTraits = helpers.filter((p) => p.traits.length > 0);
  const helper = withTraits.length > 0 ? pick(withTraits) : helpers[0];
  const friend =
    s && wish.friend?.creature
      ? { creature: wish.friend.creature, sex: (rng.next() < 0.5 ? "m" : "f") as Gender }
      : undefined;
  const raw = <T extends object>(value: T | Raw | undefined, fallback: () => T): T | Raw =>
    value === undefined ? fallback() : isRaw(value) ? (usable(value, lang) ? value : fallback()) : value;
  const thing = raw(wish.thing, () => (arc === "quest" ? fresh(WONDERS) : fresh(LOSABLE)));
  const lostSubject = arc === "journey" && !wish.destination && wish.text !== "";
  void names;
  return {
    arc,
    subject,
    friend,
    helpers,
    visitorHelper: helpers.length === 0 ? (CREATURES.find((c) => c.en === "owl") as CreatureWord) : undefined,
    helper,
    thing,
    fear: raw(wish.fear, () => fresh(FEARFUL)),
    goal: raw(wish.goal, () => {
      const unseen = GOALS.filter((a) => !recentText.includes(fold(a[lang])));
      return pick(unseen.length > 0 ? unseen : GOALS);
    }),
    dest: lostSubject ? "home" : raw(wish.destination, () => fresh(PLACES_TO_GO)),
    party: wish.celebration ?? (CELEBRATIONS[0] as Celebration),
    first: wish.first ?? (FIRST_TIMES[0] as FirstTime),
    lang,
  };
}

const nounIn = (lang: StoryLanguage, n: Noun) => (lang === "en" ? n.en : lang === "fr" ? n.fr[0] : n.es[0]);

// ---------------------------------------------------------------------------------------------
// Rendering a plan's people and things in one language.

const rawNoun = (r: Raw): Noun => ({ en: r.text, fr: [r.text, r.gender], es: [r.text, r.gender], plural: r.plural });

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

/** A person or creature as the story calls them. */
function refOf(
  lang: StoryLanguage,
  who: {
    person?: Person;
    creature?: CreatureWord;
    raw?: Raw;
    size?: Adjective;
    colour?: Colour;
    trait?: Adjective;
    sex: Gender;
  },
): Ref {
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
      person: true,
      kin: false,
      ...agreement(fem),
      // Without a word saying so, an English character keeps their name instead of a guessed pronoun.
      he: lang === "en" && !known ? name : pronoun.he,
      him: lang === "en" && !known ? name : pronoun.him,
      his: lang === "en" && !known ? `${name}’s` : pronoun.his,
    };
  }
  const noun: Noun = who.creature ?? (who.raw ? rawNoun(who.raw) : CHILD);
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
    person: noun === CHILD,
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

function contextFor(g: Grammar, p: Plan, setting: Setting, age: number): Ctx {
  const lang = g.lang;
  const S = refOf(lang, p.subject);
  const helpers = p.helpers.map((h) => h.name);
  const owl = p.visitorHelper
    ? refOf(lang, { creature: p.visitorHelper, size: undefined, trait: WISE, sex: "m" })
    : undefined;
  const group = helpers.length > 0 ? helpers : [owl?.the ?? ""];
  const many = group.length > 1;
  const helper = p.helper ?? undefined;
  const thingNoun = isRaw(p.thing) ? rawNoun(p.thing) : p.thing;
  const fearNoun = isRaw(p.fear) ? rawNoun(p.fear) : p.fear;
  const dest: Np =
    p.dest === "home"
      ? { ...HOME[lang], fem: lang !== "en", plural: false }
      : np(lang, isRaw(p.dest) ? rawNoun(p.dest) : p.dest, S, isRaw(p.dest) && p.dest.proper);
  const goal = isRaw(p.goal)
    ? { inf: p.goal.text, ing: p.goal.text }
    : { inf: p.goal[lang], ing: lang === "en" ? p.goal.ing : p.goal[lang] };
  const { place, inPlace } = placeIn(g, setting);
  const partyNoun: Noun = { en: p.party.en, fr: p.party.fr, es: p.party.es };
  const first = lang === "en" ? p.first.en : p.first[lang];
  return {
    L: lang,
    all: joinNames(lang, group),
    everyone: joinNames(lang, [...group, S.the]),
    lead: group[0] ?? "",
    second: group[1] ?? group[0] ?? "",
    helper: helper?.name ?? group[0] ?? "",
    trait: traitPhrase(lang, helper ? helpfulTrait(helper) : WISE, helper),
    many,
    v: (one, more) => (many ? more : one),
    S,
    F: p.friend ? refOf(lang, { creature: p.friend.creature, size: LITTLE, sex: p.friend.sex }) : undefined,
    thing: np(lang, thingNoun, S, isRaw(p.thing) && p.thing.proper),
    fear: np(lang, fearNoun, S),
    dest,
    party: np(lang, partyNoun, S),
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
    // Stand-ins until the plan fills them from the frame (lines outside WishLines never use them).
    W: S,
    C: S,
    companions: [],
    loves: np(lang, thingNoun, S),
    doing: { inf: goal.inf, ing: goal.ing, past: goal.inf, third: goal.inf, own: false },
    doingMode: "wants",
    becomes: np(lang, thingNoun, S),
    where: dest,
    event: np(lang, partyNoun, S),
    T: np(lang, thingNoun, S),
    unread: "",
  };
}

// ---------------------------------------------------------------------------------------------
// Telling.

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

type Part = Beat | "resolution" | "encourage" | "wonder" | "pause" | "worry" | "cheer";
const SHAPES: Record<StoryRequest["length"], Part[][]> = {
  short: [
    ["opening", "setup"],
    ["try1", "success"],
    ["resolution", "ending"],
  ],
  medium: [["opening", "wonder"], ["setup"], ["try1", "encourage"], ["success", "resolution"], ["ending"]],
  long: [
    ["opening", "wonder"],
    ["setup", "worry"],
    ["try1", "encourage"],
    ["try2", "pause", "encourage"],
    ["success", "resolution", "cheer"],
    ["ending"],
  ],
};

const TRY_ACTION: Record<Arc, PictureAction> = {
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
const SUCCESS_ACTION: Record<Arc, PictureAction> = {
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

/**
 * Writes a story without any network call. Pure: the same request gives the same story.
 * @example
 * writeOfflineStory({ seed: "s1", language: "en", characters: [pip], setting: woods, childAge: 5,
 *   length: "short", rhyming: false, prompt: "a dragon who can't sleep" }).title
 * // "The Night the Little Dragon Couldn’t Sleep"
 */
export function writeOfflineStory(request: StoryRequest): StoryText {
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
  recent.forEach((r, age) => {
    for (const s of sentencesOf(`${r.title}\n${r.text}`)) if (!recentSentences.has(s)) recentSentences.set(s, 10 - age);
  });
  const wish = readWish(
    request.prompt,
    people.map((p) => p.name),
    lang,
  );
  const p = plan(g, rng, people, wish, recentText);

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

  // Every variant is chosen here: the first in a seeded order whose sentences the family has not
  // heard in its recent stories, nor earlier in this one.
  const used = new Set<string>();
  const choose = (variants: readonly ((c: Ctx) => string)[], c: Ctx = x): string => {
    const order = rng.shuffle(variants.map((_, i) => i));
    let best = "";
    let bestScore = Number.POSITIVE_INFINITY;
    for (const i of order) {
      const text = forAge((variants[i] as (c: Ctx) => string)(c), c.young);
      const score = sentencesOf(text).reduce((sum, s) => sum + (used.has(s) ? 100 : (recentSentences.get(s) ?? 0)), 0);
      if (score < bestScore) [best, bestScore] = [text, score];
      if (score === 0) break;
    }
    for (const s of sentencesOf(best)) used.add(s);
    return best;
  };
  const lines = g.arcs[p.arc];

  const openingText = () => {
    const parts = [choose(g.openings)];
    // The setting's own words now and then, not every night.
    const description = describeSetting(g, setting);
    const heard = sentencesOf(description).some((s) => (recentSentences.get(s) ?? 0) > 6);
    if (description && !x.young && !heard && !usedHas(used, description)) parts.push(description);
    parts.push(...introduce(g, people, p, x, rng, recentSentences, used));
    if (x.old || (request.length === "long" && !x.young)) parts.push(choose(g.details));
    return parts.join(" ");
  };
  const partText = (part: Part): string => {
    switch (part) {
      case "opening":
        return openingText();
      case "setup":
        return request.length === "short" ? choose(lines.setup) : `${choose(lines.setup)} ${choose(g.reactions)}`;
      case "try1":
        return choose(lines.try1) + (x.old ? ` ${choose(g.details)}` : "");
      case "try2":
        return choose(lines.try2) + (x.young ? "" : ` ${choose(g.details)}`);
      case "success":
        return choose(lines.success) + (request.length === "long" && !x.young ? ` ${choose(g.details)}` : "");
      case "resolution":
        return choose(lines.resolution);
      case "encourage":
        return choose(g.encourage);
      case "wonder":
        return choose(g.wonders);
      case "pause":
        return choose(g.pauses);
      case "worry":
        return choose(g.worries);
      case "cheer":
        return choose(g.cheers);
      case "ending":
        return [
          choose(g.windDowns),
          ...(request.length === "long" ? [choose(g.recaps)] : []),
          choose(g.goodnights),
        ].join(" ");
    }
  };

  const shape = SHAPES[request.length] ?? SHAPES.medium;
  const times = timesFor(shape.length, setting.time);
  const verseUsed = new Set<string>();
  const scenes: StoryScene[] = shape.map((parts, index) => {
    const paragraphs = parts.map(partText);
    const beat = pictureBeat(parts);
    if (request.rhyming) {
      // A couplet that fits the scene: the beat's own verses, never one already in this story.
      const pool = g.verses[beat];
      const verse = chooseVerse(pool, x, rng, verseUsed);
      if (paragraphs.length >= 4) paragraphs.splice(-2, 2, paragraphs.slice(-2).join(" "));
      paragraphs.push(verse);
    }
    const picture = pictureOf(p, x, setting, beat, times[index] as PictureTime, people);
    const caption = captionOf(g, beat, p.arc, x, picture.action);
    const englishCaption =
      beat === "ending"
        ? `${captionOf(en, beat, p.arc, xEn, picture.action).replace(/ sleep peacefully/, " are curled up fast asleep")}`
        : captionOf(en, beat, p.arc, xEn, picture.action);
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

  // A thing the parent named makes the title: "Pip and the Lost Mitten".
  // One of the family is named in a title without "who": "Pip and the Dark", not "Pip Who Was Afraid…".
  const titleLines =
    wish.thing && p.arc === "lost"
      ? lines.titles.slice(0, 1)
      : x.S.family
        ? lines.titles.filter((line) => !/\b(who|qui|que)\b/i.test(line(x)))
        : lines.titles;
  const title = tidy(g, g.titleCase(cap(choose(titleLines)).replace(/[.!]$/, "")));
  return {
    title: clean(title, 120),
    scenes,
    moral: tidy(g, clean(choose(lines.morals.map((m) => () => m)), 300)),
  };
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

const usedHas = (used: Set<string>, text: string) => sentencesOf(text).some((s) => used.has(s));

function tidy(g: Grammar, text: string): string {
  return g.finish(
    text
      .replace(/[ \t]+/g, " ")
      .replace(/ ([,.])/g, "$1")
      .trim(),
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
  const beats = parts.map((part) => (part === "resolution" ? "success" : part));
  return order.find((beat) => beats.includes(beat)) ?? "opening";
}

/** The setting's own description, when it is written in the story's language and short. */
function describeSetting(g: Grammar, setting: Setting): string {
  const starter = STARTER_CAST.en.places.findIndex((pl) => pl.name.toLowerCase() === setting.name.toLowerCase());
  const text = starter >= 0 ? (STARTER_CAST[g.lang].places[starter]?.description ?? "") : setting.description;
  if (!text || text.length > 160 || /[;:()<>]/.test(text)) return "";
  if (starter < 0 && wishLanguage(text) !== g.lang) return "";
  return `${cap(text.replace(/[.\s]+$/, ""))}.`;
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

function pictureOf(p: Plan, x: Ctx, setting: Setting, beat: Beat, time: PictureTime, people: Person[]): PicturePlan {
  const subjectKind: CreatureKind = p.subject.person ? kindOf(p.subject.person) : (p.subject.creature?.kind ?? "child");
  const characters = people
    .filter((person) => person !== p.subject.person)
    .map((person) => ({
      name: person.name,
      kind: kindOf(person),
      ...(person.colour ? { color: person.colour.paint } : {}),
    }));
  const subjectColour = p.subject.person?.colour?.paint ?? p.subject.colour?.paint;
  const subject =
    beat !== "opening" || p.subject.person
      ? {
          name: x.S.call,
          kind: CREATURE_KINDS.includes(subjectKind) ? subjectKind : "child",
          ...(subjectColour ? { color: subjectColour } : {}),
        }
      : undefined;
  const action: PictureAction =
    beat === "ending"
      ? "sleeping"
      : beat === "opening"
        ? "walking"
        : beat === "setup"
          ? "talking"
          : beat === "success"
            ? p.arc === "learn" && !isRaw(p.goal)
              ? p.goal.action
              : SUCCESS_ACTION[p.arc]
            : p.arc === "learn" && !isRaw(p.goal)
              ? p.goal.action
              : TRY_ACTION[p.arc];
  const showsThing = (p.arc === "lost" || p.arc === "quest") && (beat === "success" || beat === "ending");
  const thingKind = isRaw(p.thing) ? "thing" : p.thing.kind;
  const object = showsThing
    ? { name: x.thing.bare, kind: thingKind }
    : p.arc === "celebrate" && (beat === "success" || beat === "ending")
      ? { name: x.L === "en" ? "cake" : x.L === "fr" ? "gâteau" : "pastel", kind: "cake" }
      : undefined;
  const place: PlaceKind =
    beat === "success" && p.arc === "journey" && p.dest !== "home" && !isRaw(p.dest) ? p.dest.place : setting.kind;
  return {
    characters,
    ...(subject ? { subject } : {}),
    ...(object ? { object } : {}),
    action,
    place,
    ...(setting.landmark ? { landmark: setting.landmark } : {}),
    time,
  };
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
