/**
 * The wish frame: every element a child names in a wish ("a shy giraffe who loves pancakes and
 * goes to the zoo with grandpa, and at the end they become friends"), read in English, French and
 * Spanish, for the planner to tell. The reader comes below the types.
 */
import {
  ACTIVITIES,
  type Activity,
  type Adjective,
  CELEBRATIONS,
  type Celebration,
  COLOURS,
  type Colour,
  CREATURES,
  type CreatureWord,
  DESTINATIONS,
  type Destination,
  EVENTS,
  FEARS,
  FIRST_TIMES,
  type FirstTime,
  type Gender,
  type Noun,
  SIZES,
  type StoryLanguage,
  THINGS,
  type Thing,
  TRAITS,
} from "./lexicon";
import { cleanWish, wishLanguage } from "./wish";
import { baseOfIng, baseOfThird, fold, ingOf, pastOf, pluralOf, thirdOf } from "./words";

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
  /** Gender guessed from nothing sure (no article, no telling ending): use a construction without it. */
  unsure?: boolean;
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
  /** "a lost puppy", "un chaton perdu": the being is lost (and is found / gets home). */
  lost?: boolean;
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
  /** Every place named, in order (`place` is the first): "to the beach and then to the zoo". */
  places?: (Word & { destination?: Destination })[];
  /** An event: a picnic, a birthday party, a wedding (a Celebration or the child's words). */
  event?: Word & { celebration?: Celebration };
  /** Every event named, in order (`event` is the first). */
  events?: (Word & { celebration?: Celebration })[];
  /** The ending the child asked for. */
  ending?: Ending;
  /** What could not be read, as typed (cleaned), to be named plainly, never made a hero. */
  unread?: string;
}

// =============================================================================================
// The reader.
//
// A wish is read as a run of tokens, left to right, with a small "what comes next" mode set by cue
// words ("who loves", "veut devenir", "le da miedo", "at the", "called"): a noun phrase in the
// "loves" mode is a thing loved, in the "place" mode a place, and so on. Words the lexicon lacks
// are carried as the child typed them; feelings and endings are read clause by clause.

/** Wishes are read up to this many characters (cut at a word); the model path limits input too. */
export const MAX_WISH_CHARS = 600;

type Cat = "creature" | "thing" | "fear" | "place" | "event" | "trait" | "colour" | "size" | "activity";
interface Hit {
  cat: Cat;
  item: CreatureWord | Thing | Noun | Destination | Celebration | Adjective | Colour | Activity;
  /** The language of the spelling matched (undefined: one of `also`). */
  lang?: StoryLanguage;
  /** How many tokens it spans. */
  size: number;
}

const nounSpellings = (item: Noun): [string, StoryLanguage | undefined][] => [
  [item.en, "en"],
  [pluralOf("en", item.en), "en"],
  [item.fr[0], "fr"],
  [pluralOf("fr", item.fr[0]), "fr"],
  [item.es[0], "es"],
  [pluralOf("es", item.es[0]), "es"],
  ...(item.also ?? []).map((a): [string, undefined] => [a, undefined]),
];
const adjSpellings = (a: Adjective): [string, StoryLanguage | undefined][] => [
  [a.en, "en"],
  ...[...a.fr].flatMap((f): [string, StoryLanguage][] => [
    [f, "fr"],
    [pluralOf("fr", f), "fr"],
  ]),
  ...[...a.es].flatMap((f): [string, StoryLanguage][] => [
    [f, "es"],
    [pluralOf("es", f), "es"],
  ]),
  ...(a.also ?? []).map((x): [string, undefined] => [x, undefined]),
];

/** Splits folded text into the reader's tokens: "l'ours" → "l'", "ours"; "grandma's" → "grandma", "'s". */
function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?|[,.;:!?]/gu)) {
    const w = m[0];
    const elided = /^(l|d|qu|n|s|j|m|t|c|jusqu|lorsqu|puisqu)'(.+)$/i.exec(w);
    const possessive = /^(.+)'s$/i.exec(w);
    if (elided?.[1] && elided[2]) out.push(`${elided[1]}'`, elided[2]);
    else if (possessive?.[1] && !/^(can|don|won|isn|doesn|didn|aren|wasn|couldn|wouldn|shouldn|hasn|haven)'t$/i.test(w))
      out.push(possessive[1], "'s");
    else out.push(w);
  }
  return out;
}

const LEX = new Map<string, Hit[]>();
function addHit(form: string, hit: Omit<Hit, "size">) {
  const words = splitWords(fold(form));
  if (!words.length) return;
  const key = words.join(" ");
  const list = LEX.get(key) ?? [];
  if (!list.some((h) => h.cat === hit.cat && h.item === hit.item && h.lang === hit.lang))
    list.push({ ...hit, size: words.length });
  LEX.set(key, list);
}
for (const item of CREATURES) for (const [f, lang] of nounSpellings(item)) addHit(f, { cat: "creature", item, lang });
for (const item of THINGS) for (const [f, lang] of nounSpellings(item)) addHit(f, { cat: "thing", item, lang });
for (const item of DESTINATIONS) for (const [f, lang] of nounSpellings(item)) addHit(f, { cat: "place", item, lang });
for (const item of [...CELEBRATIONS, ...EVENTS])
  for (const [f, lang] of nounSpellings({ ...item, also: item.also })) addHit(f, { cat: "event", item, lang });
for (const item of FEARS) for (const [f, lang] of nounSpellings(item)) addHit(f, { cat: "fear", item, lang });
for (const item of TRAITS) for (const [f, lang] of adjSpellings(item)) addHit(f, { cat: "trait", item, lang });
for (const item of COLOURS) for (const [f, lang] of adjSpellings(item)) addHit(f, { cat: "colour", item, lang });
for (const item of SIZES) for (const [f, lang] of adjSpellings(item)) addHit(f, { cat: "size", item, lang });
for (const item of ACTIVITIES)
  for (const [f, lang] of [
    [item.en, "en"],
    [item.ing, "en"],
    [thirdOf(item.en), "en"],
    [item.fr, "fr"],
    [item.es, "es"],
    ...(item.also ?? []).map((a) => [a, undefined]),
  ] as [string, StoryLanguage | undefined][])
    addHit(f, { cat: "activity", item, lang });

/** The same word means different people in different languages ("papi": grandpa in French, daddy in Spanish). */
const BY_LANGUAGE: Record<StoryLanguage, Record<string, string>> = {
  en: { nana: "grandma", gran: "grandma", mama: "mum", papa: "dad" },
  fr: { papi: "grandpa", papy: "grandpa", mamie: "grandma", nana: "girl" },
  es: { papi: "dad", mami: "mum", nana: "song", yaya: "grandma", yayo: "grandpa", tata: "aunt" },
};

/** Single words the lexicon knows, for typo correction, with the languages they are spelt in (any: `also`). */
const VOCAB = new Map<string, Set<StoryLanguage | undefined>>();
for (const [key, hits] of LEX)
  for (const w of key.split(" "))
    if (w.length >= 4)
      // Nouns and adjectives only: "starting" is no typo for "skating".
      for (const h of hits) if (h.cat !== "activity") VOCAB.set(w, (VOCAB.get(w) ?? new Set()).add(h.lang));

/**
 * Everyday words in the three languages: never corrected (they are words already) and never taken
 * as a child's own noun.
 */
const COMMON = new Set(
  `a an the and or but of to in into on at by for from with without about over under up down out off is are was were be been
  being am i me my mine myself you your we our us they them their he him his she her it its this that these those who whom whose
  which what when where why how there here then than so very really too also just only not no yes all some any every each
  both one two three four five lots lot many much more most little bit can can't cant cannot could would should will won't
  do does did doesn't don't didn't has have had having get gets got go goes going went gone come comes came make makes made
  take takes took see sees saw look looks find finds found want wants wanted like likes liked love loves loved know knows
  knew think thinks say says said tell tells told let lets put puts give gives gave help helps live lives lived feel feels
  felt become becomes became try tries tried keep keeps need needs use uses call called named name day days night nights
  time times way ways thing things story stories tale once upon end finally after before while until because if lot
  everyone everybody someone somebody something nothing everything together other another new old first last next again
  always never sometimes today tonight tomorrow yesterday morning evening afternoon please okay ok oh wow yeah hey
  un une le la les l' des du de d' au aux et ou mais donc car ni ne n' pas plus jamais rien personne qui que qu' quoi dont
  où ou quand comment pourquoi ce cet cette ces c' mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je j' tu
  il elle on nous vous ils elles me m' te t' se s' lui moi toi soi y en à a est sont était étaient été être avoir ai as ont
  avait fait font faire va vont aller allé vient venir peut peuvent pouvoir veut veulent vouloir sait savoir dit dire voit
  voir aime aiment adore trouve trouvent cherche devient deviennent reste très trop aussi encore déjà toujours puis ensuite
  après avant pendant alors comme avec sans pour par sur sous dans chez vers entre fois jour jours nuit soir matin histoire
  tout toute tous toutes autre autres même fin enfin voilà oui non bien beaucoup peu petit peu s'il plaît
  el los las uno unos unas del al y e o u pero ni no sí si nunca nada nadie que quien quién cual cuál cuando cómo como
  donde dónde por para con sin sobre bajo entre hasta desde hacia ante tras su sus mi mis tu tus nuestro nuestra nuestros
  nuestras yo tú él ella ellos ellas nosotros usted le les lo se me te nos es son era eran fue ser estar está están estaba
  esta este esto estos estas ese esa eso hay había tiene tienen tenía tener hace hacen hacer va van ir puede pueden poder
  quiere quieren querer sabe saber dice decir ve ver encuentra busca ama gusta encanta muy mucho mucha muchos muchas poco
  más menos también ya todavía luego después antes entonces así otro otra otros otras todo toda todos todas mismo vez veces
  día días noche tarde mañana cuento final cada algo alguien away far trip journey adventure adventures aventure aventura
  voyage viaje travel travelling traveling appelle appelait llama llamaba story histoire historia cuento big loin lejos fuera
  home maison casa everything everyone anything anyone thanks thank still even almost ever yet own same different way
  lots ones maybe dont doesnt isnt wont didnt cant im ive hes shes theres its thats whats lets yr yrs goes gone
  um umm uh er erm hmm euh bah ben pues bueno vale okay so-called
  monday tuesday wednesday thursday friday saturday sunday weekend lundi mardi mercredi jeudi vendredi samedi dimanche
  lunes martes miercoles jueves viernes sabado domingo tonight demain hier ayer everywhere partout ailleurs
  todas partes porque parce aunque mientras sino cuando pendant depuis lorsque quand because since though`
    .split(/\s+/)
    .map((w) => fold(w))
    .filter(Boolean),
);

/** Everyday words that are no typo for a lexicon word ("pocket" is not "rocket", "nice" not "mice"). */
const REAL_WORDS = new Set(
  `nice good bad best better cool fun great real pet job tail sorry alive wrong turn stay loud snore snores snored fire
  lava rubbish bin morning friday monday saturday sunday toilet badge pocket hot tub cold warm wet dry bed wake wakes dream
  dreams hug hugs kiss cry cries mad long short tall full empty open close shut game games walk walks talk talks wish wishes
  light dark sky week weeks year years month spell spells poor poorly kind kinds sort sorts parts part side top bottom
  middle inside outside front back left right around near far catch hand hands feet foot head nose ears eyes hair teeth
  mouth face door window wall floor roof garden road street town hill field sand rock rocks stone water rain wind snow ice
  lesson lessons class classes club swimming dancing reading teacher friend bones bone cars bike jump jumps hops wings wing fall falls lands land floats float sails bakes fur paws paw claws horn horns shell egg nest hole holes trou
  bonne bon bien mal gentil vrai vraie chose choses gens monde moment heure heures semaine ans
  buen buena bueno malo mala cosa cosas gente mundo rato hora horas semana años año`
    .split(/\s+/)
    .map((w) => fold(w))
    .filter(Boolean),
);

/** Optimal-string-alignment distance (a swap of two letters counts 1), giving up above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const up = d[i - 1] as number[];
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
  }
  return (d[a.length] as number[])[b.length] as number;
}

const corrections = new Map<string, string | null>();
/** The lexicon word a misspelt word surely means ("dragun" → "dragon"), or undefined. */
export function correctTypo(word: string, lang: StoryLanguage): string | undefined {
  const w = fold(word);
  if (w.length < 4 || VOCAB.has(w) || COMMON.has(w) || REAL_WORDS.has(w) || LEX.has(w) || /\d/.test(w))
    return undefined;
  const cached = corrections.get(`${lang}:${w}`);
  if (cached !== undefined) return cached ?? undefined;
  const max = w.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestD = max + 1;
  let tie = false;
  for (const [v, langs] of VOCAB) {
    // Only onto a spelling of the wish's own language (or one any language uses).
    if (!langs.has(lang) && !langs.has(undefined)) continue;
    if (Math.abs(v.length - w.length) > max || (v[0] !== w[0] && v[1] !== w[1])) continue;
    const dd = distance(w, v, Math.min(max, bestD));
    if (dd < bestD) [best, bestD, tie] = [v, dd, false];
    else if (dd === bestD && dd <= max && v !== best) tie = true;
  }
  // Never onto a word a plural or a gender away from another candidate is ambiguity, not a typo.
  const found = best && !tie && bestD <= max ? best : undefined;
  corrections.set(`${lang}:${w}`, found ?? null);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Tokens.

interface Tok {
  /** As typed. */
  raw: string;
  /** Folded, typo-corrected (for the lexicon). */
  f: string;
  /** Folded as typed (for cue words). */
  o: string;
  /** Typed with a capital letter (not at a sentence start). */
  cap: boolean;
  /** Typed with a capital letter at a sentence start. */
  startCap: boolean;
  punct: boolean;
  /** Read into some element (or a function word); the rest is `unread`. */
  used: boolean;
}

function tokenize(text: string, lang: StoryLanguage): Tok[] {
  const toks: Tok[] = [];
  let sentenceStart = true;
  for (const raw of splitWords(text)) {
    const punct = /^[,.;:!?]$/.test(raw);
    const folded = fold(raw);
    const capital = /^\p{Lu}/u.test(raw);
    // Not where a verb stands ("who juggles" is no typo for "jungles").
    const prev = fold(toks.at(-1)?.raw ?? "");
    // …nor right after a noun, where English puts its verb ("a star falls" is no star of balls).
    const verbPlace =
      RELATIVE.has(prev) || prev in SUBJECT_PRONOUNS || prev === "to" || (LEX.has(prev) && /[^s]s$/.test(folded));
    const corrected = punct || capital || verbPlace ? undefined : correctTypo(folded, lang);
    toks.push({
      raw,
      f: corrected ?? folded,
      o: folded,
      cap: capital && !sentenceStart,
      startCap: capital && sentenceStart,
      punct,
      used: punct,
    });
    sentenceStart = punct && raw !== ",";
  }
  return toks;
}

/** The longest lexicon entry starting at token `i` (up to 5 tokens), every reading of it. */
function lexAt(toks: Tok[], i: number, lang?: StoryLanguage): Hit[] {
  for (let size = Math.min(5, toks.length - i); size >= 1; size--) {
    const slice = toks.slice(i, i + size);
    if (slice.some((t) => t.punct)) continue;
    let hits = LEX.get(slice.map((t) => t.f).join(" "));
    // An everyday word of the wish's language is not another language's noun (Spanish "van" is no van).
    if (hits && size === 1 && lang && COMMON.has(slice[0]?.o ?? ""))
      hits = hits.filter((h) => !h.lang || h.lang === lang);
    if (hits?.length) return hits;
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Cue words: what the next words are.

type Mode =
  | "np" // who or what the wish is about
  | "verb" // after who / qui / que: a verb comes
  | "loves"
  | "wants"
  | "becomes"
  | "cant"
  | "learns"
  | "fear"
  | "place"
  | "with"
  | "lost"
  | "has"
  | "name"
  | "copula";

const CUES: [string, Mode][] = [
  // Naming: "a girl called Maya", "qui s'appelle Inès", "que se llama Galleta".
  ...[
    "called",
    "named",
    "is called",
    "whose name is",
    "by the name of",
    "s' appelle",
    "s' appelait",
    "appele",
    "appelee",
    "nomme",
    "nommee",
    "prenomme",
    "prenommee",
    "se llama",
    "se llamaba",
    "llamado",
    "llamada",
    "de nombre",
  ].map((c): [string, Mode] => [c, "name"]),
  // Becoming.
  ...[
    "wants to be",
    "want to be",
    "wanted to be",
    "wants to become",
    "dreams of being",
    "dreams of becoming",
    "would like to be",
    "wishes to be",
    "wishes he was",
    "wishes she was",
    "wants to grow up to be",
    "to become",
    "veut etre",
    "veut devenir",
    "voudrait etre",
    "voudrait devenir",
    "reve d' etre",
    "reve de devenir",
    "aimerait etre",
    "aimerait devenir",
    "quiere ser",
    "queria ser",
    "quiere convertirse en",
    "sueña con ser",
    "suena con ser",
    "le gustaria ser",
    "de mayor quiere ser",
    "quiere ser de mayor",
  ].map((c): [string, Mode] => [c, "becomes"]),
  // Learning and not yet being able.
  ...[
    "learns to",
    "learning to",
    "is learning to",
    "learns how to",
    "wants to learn to",
    "wants to learn how to",
    "learn to",
    "learns",
    "apprend a",
    "apprend",
    "veut apprendre a",
    "apprend a faire",
    "aprende a",
    "esta aprendiendo a",
    "quiere aprender a",
    "aprendiendo a",
  ].map((c): [string, Mode] => [c, "learns"]),
  ...[
    "can't",
    "cant",
    "cannot",
    "can not",
    "couldn't",
    "could not",
    "doesn't know how to",
    "does not know how to",
    "isn't able to",
    "is not able to",
    "is too scared to",
    "ne sait pas",
    "ne sait pas encore",
    "ne peut pas",
    "n' arrive pas a",
    "n' arrive pas",
    "ne arrive pas a",
    "no sabe",
    "no puede",
    "no consigue",
    "todavia no sabe",
    "aun no sabe",
  ].map((c): [string, Mode] => [c, "cant"]),
  // Wanting.
  ...[
    "wants to",
    "want to",
    "wanted to",
    "wishes to",
    "would like to",
    "dreams of",
    "dreams about",
    "hopes to",
    "really wants to",
    "wants",
    "veut",
    "voulait",
    "voudrait",
    "aimerait",
    "reve de",
    "reve d'",
    "souhaite",
    "a envie de",
    "quiere",
    "queria",
    "sueña con",
    "suena con",
    "desea",
    "le gustaria",
    "tiene ganas de",
  ].map((c): [string, Mode] => [c, "wants"]),
  // Loving.
  ...[
    "loves to",
    "love to",
    "likes to",
    "like to",
    "loves",
    "love",
    "loved",
    "likes",
    "adores",
    "enjoys",
    "is crazy about",
    "is mad about",
    "is obsessed with",
    "really likes",
    "really loves",
    "aime bien",
    "aime beaucoup",
    "aime",
    "adore",
    "aimait",
    "adorait",
    "est fou de",
    "est folle de",
    "le encanta",
    "le encantan",
    "les encanta",
    "le gusta",
    "le gustan",
    "le chifla",
    "le chiflan",
    "ama",
    "adora",
    "le encantaba",
    "le gustaba",
    "esta loco por",
    "esta loca por",
  ].map((c): [string, Mode] => [c, "loves"]),
  // Fears.
  ...[
    "is afraid of",
    "is scared of",
    "is frightened of",
    "is terrified of",
    "afraid of",
    "scared of",
    "frightened of",
    "terrified of",
    "fears",
    "has a fear of",
    "fear of",
    "a peur du",
    "a peur de la",
    "a peur de l'",
    "a peur des",
    "a peur de",
    "a peur d'",
    "peur du",
    "peur de la",
    "peur de l'",
    "peur des",
    "peur de",
    "peur d'",
    "a tres peur du",
    "a tres peur de",
    "a tres peur des",
    "tiene miedo de",
    "tiene miedo a",
    "tiene miedo al",
    "tiene miedo del",
    "le da miedo",
    "le dan miedo",
    "miedo a",
    "miedo al",
    "miedo de",
    "miedo del",
    "le asusta",
    "le asustan",
  ].map((c): [string, Mode] => [c, "fear"]),
  // Losing and finding.
  ...[
    "lost",
    "has lost",
    "had lost",
    "loses",
    "can't find",
    "cannot find",
    "looks for",
    "is looking for",
    "looking for",
    "searches for",
    "a perdu",
    "avait perdu",
    "perd",
    "ne trouve plus",
    "ne retrouve plus",
    "cherche",
    "perdio",
    "ha perdido",
    "habia perdido",
    "pierde",
    "no encuentra",
    "busca",
    "esta buscando",
  ].map((c): [string, Mode] => [c, "lost"]),
  ...[
    "with",
    "avec",
    "con",
    "along with",
    "together with",
    "and his",
    "and her",
    "et son",
    "et sa",
    "et ses",
    "y su",
    "y sus",
  ].map((c): [string, Mode] => [c, "with"]),
  ...[
    "finds",
    "find",
    "finding",
    "found",
    "has",
    "had",
    "carrying",
    "holding",
    "gets",
    "got",
    "trouve",
    "a trouve",
    "decouvre",
    "encuentra",
    "encontro",
    "tiene",
    "lleva",
    "recibe",
    "receives",
    "is given",
    "makes",
    "fabrique",
    "fait",
    "hace",
    "builds",
    "construit",
    "construye",
  ].map((c): [string, Mode] => [c, "has"]),
  // Places.
  ...[
    "goes to",
    "go to",
    "went to",
    "going to",
    "travels to",
    "trip to",
    "journey to",
    "flies to",
    "sails to",
    "visits",
    "visit",
    "visiting",
    "at",
    "in",
    "into",
    "inside",
    "on",
    "under",
    "near",
    "to",
    "through",
    "across",
    "va a",
    "va au",
    "va aux",
    "va a la",
    "va dans",
    "part a",
    "part au",
    "voyage a",
    "voyage au",
    "visite",
    "au",
    "aux",
    "a la",
    "a l'",
    "dans",
    "dans le",
    "dans la",
    "dans les",
    "sur",
    "sous",
    "chez",
    "pres de",
    "jusqu' a",
    "jusqu' au",
    "en",
    "va al",
    "viaja a",
    "viaja al",
    "visita",
    "al",
    "dentro de",
    "debajo de",
    "cerca de",
    "junto a",
    "hasta",
    "por",
    "hacia",
    "en el",
    "en la",
    "en los",
    "en las",
    "a la",
  ].map((c): [string, Mode] => [c, "place"]),
  // "There's a dragon", "il y a un dragon", "hay un dragón": a new noun phrase.
  ...["there is", "there was", "there's", "theres", "there are", "il y a", "il y avait", "hay", "habia"].map(
    (c): [string, Mode] => [c, "np"],
  ),
  ...["hes", "shes", "theyre", "il est", "elle est", "ella es", "el es", "ella esta", "el esta"].map(
    (c): [string, Mode] => [c, "copula"],
  ),
  // Being: "who is shy", "qui est timide", "que es muy valiente".
  ...[
    "is",
    "was",
    "feels",
    "felt",
    "gets",
    "is very",
    "is so",
    "est",
    "etait",
    "se sent",
    "est tres",
    "es",
    "era",
    "esta",
    "estaba",
    "se siente",
    "es muy",
    "esta muy",
    "am",
    "i'm",
    "je suis",
    "suis",
    "soy",
    "estoy",
    "are",
    "sont",
    "estan",
  ].map((c): [string, Mode] => [c, "copula"]),
];
const CUE_MAP = new Map<string, [string[], Mode][]>();
for (const [text, mode] of CUES) {
  const words = splitWords(fold(text));
  const list = CUE_MAP.get(words[0] as string) ?? [];
  list.push([words, mode]);
  list.sort((a, b) => b[0].length - a[0].length);
  CUE_MAP.set(words[0] as string, list);
}
function cueAt(toks: Tok[], i: number): { mode: Mode; size: number } | undefined {
  for (const [words, mode] of CUE_MAP.get(toks[i]?.o ?? "") ?? []) {
    if (words.every((w, k) => toks[i + k]?.o === w)) return { mode, size: words.length };
  }
  return undefined;
}

const RELATIVE = new Set(["who", "that", "which", "qui", "que", "qu'", "whose", "dont"]);
const AND = new Set(["and", "et", "y", "e", "&"]);
const THEN = new Set(["then", "puis", "ensuite", "apres", "luego", "despues", "entonces", "but", "mais", "pero"]);
const SUBJECT_PRONOUNS: Record<string, Gender | undefined> = {
  he: "m",
  she: "f",
  it: undefined,
  they: undefined,
  il: "m",
  elle: "f",
  ils: undefined,
  elles: "f",
  el: undefined,
  ella: "f",
  ellos: undefined,
  ellas: "f",
  "il'": "m",
};
const ME = new Set([
  "me",
  "i",
  "moi",
  "je",
  "j'",
  "yo",
  "myself",
  "im",
  "i'm",
  "ive",
  "we",
  "us",
  "on",
  "nous",
  "nosotros",
  "nosotras",
]);
const INTENSIFIERS = new Set([
  "very",
  "so",
  "really",
  "super",
  "too",
  "a bit",
  "tres",
  "trop",
  "si",
  "vraiment",
  "tout",
  "toute",
  "un peu",
  "muy",
  "tan",
  "super",
  "bien",
  "un poco",
  "quite",
  "rather",
  "extremely",
  "tellement",
]);

interface Art {
  f: string;
  gender?: Gender;
  plural?: boolean;
  /** "my" / "mon" / "mi": the child's own. */
  mine?: boolean;
  lang?: StoryLanguage;
}
const ARTICLES: Record<string, Omit<Art, "f">> = {
  a: { lang: "en" },
  an: { lang: "en" },
  the: { lang: "en" },
  some: { plural: true, lang: "en" },
  my: { mine: true, lang: "en" },
  our: { mine: true, lang: "en" },
  his: { lang: "en" },
  her: { lang: "en" },
  their: { lang: "en" },
  two: { plural: true },
  three: { plural: true },
  lots: { plural: true },
  this: { lang: "en" },
  un: { gender: "m" },
  une: { gender: "f", lang: "fr" },
  le: { gender: "m", lang: "fr" },
  la: { gender: "f" },
  "l'": { lang: "fr" },
  les: { plural: true, lang: "fr" },
  des: { plural: true, lang: "fr" },
  du: { gender: "m", lang: "fr" },
  "d'": { lang: "fr" },
  mon: { gender: "m", mine: true, lang: "fr" },
  ma: { gender: "f", mine: true, lang: "fr" },
  mes: { plural: true, mine: true, lang: "fr" },
  son: { gender: "m", lang: "fr" },
  sa: { gender: "f", lang: "fr" },
  ses: { plural: true, lang: "fr" },
  ce: { gender: "m", lang: "fr" },
  cette: { gender: "f", lang: "fr" },
  deux: { plural: true, lang: "fr" },
  trois: { plural: true, lang: "fr" },
  notre: { mine: true, lang: "fr" },
  el: { gender: "m", lang: "es" },
  los: { gender: "m", plural: true, lang: "es" },
  las: { gender: "f", plural: true, lang: "es" },
  una: { gender: "f", lang: "es" },
  unos: { gender: "m", plural: true, lang: "es" },
  unas: { gender: "f", plural: true, lang: "es" },
  mi: { mine: true, lang: "es" },
  mis: { plural: true, mine: true, lang: "es" },
  su: { lang: "es" },
  sus: { plural: true, lang: "es" },
  dos: { plural: true, lang: "es" },
  tres: { plural: true, lang: "es" },
  del: { gender: "m", lang: "es" },
  nuestro: { gender: "m", mine: true, lang: "es" },
  nuestra: { gender: "f", mine: true, lang: "es" },
};

// ---------------------------------------------------------------------------------------------
// Words the child used that the lexicon lacks: gender and number from the article and the ending.

const FR_FEM =
  /(tion|sion|ette|elle|ine|ure|ance|ence|iere|euse|ade|ee|ie|te|esse|ise|oire|aine|ique|ole|ille|enne|onne)s?$/;
const FR_MASC = /(eau|age|ment|oir|isme|on|et|er|ier|eur|o|ail|at|ot|in|ard|ou|ier|is|us|ule|ste)s?$/;
const ES_FEM = /(a|cion|sion|dad|tad|tud|umbre|ez|triz)s?$/;
const ES_MASC = /(o|or|aje|on|an|en|in|ema|ote|ete)s?$/;

function inferNoun(
  raw: string,
  art: Art | undefined,
  lang: StoryLanguage,
): { gender: Gender; plural: boolean; unsure: boolean } {
  const w = fold(raw).split(" ")[0] ?? "";
  const plural =
    art?.plural ??
    (lang === "en"
      ? /[^su's]s$/.test(w)
      : lang === "fr"
        ? /[^s][sx]$/.test(w) && !/(is|us|ois|ours)$/.test(w)
        : /[aeiou]s$|es$/.test(w));
  if (lang === "en") return { gender: "m", plural, unsure: false };
  if (art?.gender) return { gender: art.gender, plural, unsure: false };
  if (lang === "fr") {
    if (FR_FEM.test(w)) return { gender: "f", plural, unsure: false };
    return { gender: "m", plural, unsure: !FR_MASC.test(w) };
  }
  if (ES_FEM.test(w) && !/(ma|eta)s?$/.test(w)) return { gender: "f", plural, unsure: false };
  return { gender: "m", plural, unsure: !ES_MASC.test(w) };
}

/** A Word for the child's own noun, held as typed in all three slots. */
function ownWord(raw: string, art: Art | undefined, lang: StoryLanguage, kind: string, proper = false): Word {
  const text = proper ? raw : raw.toLowerCase();
  const { gender, plural, unsure } = proper
    ? { gender: "m" as Gender, plural: false, unsure: true }
    : inferNoun(text, art, lang);
  return {
    en: text,
    fr: [text, gender],
    es: [text, gender],
    known: false,
    lang,
    kind,
    plural,
    proper,
    unsure,
    also: [],
  };
}

/** A lexicon noun as a Word; a plural the child typed is spelt out ("des chaussettes"). */
function knownWord(item: Noun & { kind?: string; paint?: string }, plural: boolean, fallbackKind: string): Word {
  const kind = item.paint ?? item.kind ?? fallbackKind;
  const base: Word = { en: item.en, fr: item.fr, es: item.es, also: item.also, plural: item.plural, known: true, kind };
  if (!plural || item.plural) return base;
  return {
    ...base,
    en: pluralOf("en", item.en),
    fr: [pluralOf("fr", item.fr[0]), item.fr[1]],
    es: [pluralOf("es", item.es[0]), item.es[1]],
    plural: true,
  };
}

// ---------------------------------------------------------------------------------------------
// The child's own verbs, in the wish's language.

const FR_IRREGULAR: Record<string, string> = {
  fait: "faire",
  font: "faire",
  va: "aller",
  vont: "aller",
  lit: "lire",
  lisent: "lire",
  court: "courir",
  courent: "courir",
  boit: "boire",
  dort: "dormir",
  dorment: "dormir",
  peint: "peindre",
  ecrit: "écrire",
  construit: "construire",
  conduit: "conduire",
  part: "partir",
  sort: "sortir",
  vit: "vivre",
  rit: "rire",
  prend: "prendre",
  apprend: "apprendre",
  voit: "voir",
  dit: "dire",
  met: "mettre",
  ouvre: "ouvrir",
  offre: "offrir",
  cueille: "cueillir",
  grandit: "grandir",
  finit: "finir",
  choisit: "choisir",
  bondit: "bondir",
  rugit: "rugir",
  atterrit: "atterrir",
  saute: "sauter",
  mange: "manger",
  nage: "nager",
  plonge: "plonger",
  range: "ranger",
  voyage: "voyager",
};
const ES_IRREGULAR: Record<string, string> = {
  juega: "jugar",
  vamos: "ir",
  juegan: "jugar",
  duerme: "dormir",
  vuela: "volar",
  vuelan: "volar",
  cuenta: "contar",
  hace: "hacer",
  hacen: "hacer",
  va: "ir",
  van: "ir",
  construye: "construir",
  corre: "correr",
  lee: "leer",
  escribe: "escribir",
  vive: "vivir",
  sube: "subir",
  abre: "abrir",
  pide: "pedir",
  rie: "reír",
  sigue: "seguir",
  encuentra: "encontrar",
  muerde: "morder",
  mueve: "mover",
  come: "comer",
  bebe: "beber",
  sueña: "soñar",
  suena: "sonar",
  pinta: "pintar",
  canta: "cantar",
  baila: "bailar",
  nada: "nadar",
  salta: "saltar",
  cocina: "cocinar",
  aprende: "aprender",
  recoge: "recoger",
  cose: "coser",
  barre: "barrer",
  teje: "tejer",
  vende: "vender",
  rompe: "romper",
  mete: "meter",
  sale: "salir",
  sirve: "servir",
  viste: "vestir",
  repite: "repetir",
  persigue: "perseguir",
  descubre: "descubrir",
  cuida: "cuidar",
  pesca: "pescar",
  dibuja: "dibujar",
  toca: "tocar",
  explora: "explorar",
};

/** The infinitive of a verb as typed, or undefined when it is not surely a verb. */
function infinitive(raw: string, lang: StoryLanguage, typedAsInfinitive: boolean): string | undefined {
  const w = raw.toLowerCase();
  const f = fold(w);
  if (!/^\p{L}{2,}$/u.test(w) || COMMON.has(f)) return undefined;
  if (lang === "en") {
    if (typedAsInfinitive) return /ing$/.test(f) && f.length > 5 ? baseOfIng(f) : f;
    if (/ing$/.test(f) && f.length > 5) return baseOfIng(f);
    if (/[^s]s$/.test(f)) return baseOfThird(f);
    if (/ed$/.test(f) && f.length > 4) return f.replace(/ied$/, "y").replace(/([^e])ed$/, "$1");
    return undefined;
  }
  if (lang === "fr") {
    // "rencontre" after "qui" is rencontrer; "prendre" after "veut" is prendre.
    if (/(er|ir|oir)$/.test(f) || (/re$/.test(f) && typedAsInfinitive)) return w;
    const irregular = FR_IRREGULAR[f];
    if (irregular) return irregular;
    if (typedAsInfinitive) return undefined;
    if (/ent$/.test(f) && f.length > 5) return `${w.slice(0, -3)}er`;
    if (/[^aeiou]e$/.test(f) || /(ie|oue|ue)$/.test(f)) return `${w}r`;
    if (/it$/.test(f)) return `${w.slice(0, -1)}r`;
    return undefined;
  }
  if (/(ar|er|ir)$/.test(f)) return w;
  const irregular = ES_IRREGULAR[f] ?? ES_IRREGULAR[w] ?? (/n$/.test(f) ? ES_IRREGULAR[f.slice(0, -1)] : undefined);
  if (irregular) return irregular;
  if (typedAsInfinitive) return undefined;
  if (/an$/.test(f)) return `${w.slice(0, -2)}ar`;
  // "jugamos", "comemos", "vivimos": the child telling it as "we".
  if (/[^aeiou](amos|emos|imos)$/.test(f))
    return `${w.slice(0, -4)}${f.endsWith("amos") ? "ar" : f.endsWith("emos") ? "er" : "ir"}`;
  if (/[^aeiou]en$/.test(f)) return `${w.slice(0, -2)}er`;
  if (/[^aeiou]a$/.test(f)) return `${w.slice(0, -1)}ar`;
  if (/[^aeiou]e$/.test(f)) return `${w.slice(0, -1)}er`;
  return undefined;
}

/** An Activity built from the child's own verb (and what follows it), real only in `lang`. */
function ownActivity(inf: string, rest: string, lang: StoryLanguage): Activity {
  const phrase = rest ? `${inf} ${rest}` : inf;
  if (lang === "en")
    return {
      en: phrase,
      ing: ingOf(phrase),
      past: pastOf(phrase),
      third: thirdOf(phrase),
      fr: "",
      es: "",
      action: "playing",
      lang,
      also: [],
    };
  return {
    en: "",
    ing: "",
    fr: lang === "fr" ? phrase : "",
    es: lang === "es" ? phrase : "",
    action: "playing",
    lang,
    also: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Feelings and endings: read over the folded text, clause by clause.

const FEELINGS: [Feeling, RegExp][] = [
  [
    "jealous",
    /\bleft out\b|\bmis(e)? de cote|\bse siente desplazad|\bjealous|\bjalou(x|se)|\bcelos[oa]s?\b|\bcelos\b|\benvidia/,
  ],
  [
    "tooth",
    /\b(wobbly|loose|wiggly) tooth|\b(lost|lose|loses|losing) (a|his|her|my|their|its|the|first) (first )?tooth|tooth fairy|first tooth|dent (de lait )?qui bouge|dent de lait|(perdu|perd|perdre) (une|sa|ma|la|sa premiere) (premiere )?dent|petite souris|diente (de leche )?que se mueve|se le mueve (un|el) diente|(perdio|pierde|perder|se le cayo|se le cae) (un|el|su|su primer) (primer )?diente|ratoncito perez|diente de leche/,
  ],
  [
    "baby",
    /\bnew baby|\bbaby (brother|sister) (is coming|on the way|arrives|was born|is born)|\b(a|the) baby (is coming|on the way|arrives|was born)|having a baby|new (little )?(brother|sister)|nouveau bebe|(petit frere|petite soeur|bebe) (qui )?(arrive|va naitre|est ne|est nee|vient de naitre)|nouveau-ne|nouveau petit frere|nouvelle petite soeur|bebe nuevo|nuevo bebe|nuev[oa] herman(ito|ita|o|a)|va a tener un (bebe|hermanito|hermanita)|(viene|llega) un (bebe|hermanito|hermanita)|(bebe|hermanito|hermanita) (que )?(va a nacer|nacio|acaba de nacer)|baby in (her|mummy's|mommy's|mum's|mom's) tummy|bebe dans le ventre|bebe en la barriga/,
  ],
  [
    "goodbye",
    /\b(friend|ami|amie|amigo|amiga|copain|copine)\b[^.;!?]{0,30}\b(moved away|moves away|moved to|is moving away|went away|left|leaves|a demenage|demenage|est parti|est partie|part loin|va partir|se mudo|se muda|se fue|se ha ido|se ha mudado|se va)|\bsays? goodbye|\bdit au revoir|\bse despide|\bdire au revoir|\bdecir adios/,
  ],
  [
    "moving",
    /\bmov(e|es|ed|ing) (house|home|to a new|away|to another)|\bnew (house|home|town|city|school|country|flat)|\bdemenag|\bnouvelle (maison|ville|ecole)|\bnouveau (pays|quartier|appartement)|\bmudanza|\bse (muda|mudan|mudo|mudaron)|\bnos mudamos|\bmudarse|\b(casa|ciudad|escuela) nueva|\bnueva (casa|ciudad|escuela)|\bnuevo (colegio|pais|piso)/,
  ],
  [
    "ill",
    /\b(ill|sick|poorly|unwell|has a cold|has the flu)\b|\b(in|at|to) (the )?hospital|\bmalade|\b(a|a l'|dans un|dans l') ?hopital|\benferm[oa]s?\b|\bmalit[oa]s?\b|\b(en el|al) hospital|\bhospitalizad|\bse encuentra mal|\bresfriad/,
  ],
  [
    "missing",
    /\bmiss(es|ed|ing)? (his|her|their|my|the)? ?(mum|mummy|mom|mommy|dad|daddy|papa|grand|granny|nana|sister|brother|friend|best friend|auntie|aunt|uncle)|\bmisses\b|\b(is|are|was|went|goes) (away|far away|on a trip|travelling|traveling|on holiday|abroad|at work far|working away|on a business trip)|\b(away|far away) (for work|on a trip|on a business trip)|\bworks (far away|away)|\best (en voyage|parti|partie|loin|en deplacement|absent|absente)|\bpart en voyage|\bmanque a|\bme manque|\blui manque|\bleur manque|\bechan? de menos|\bextrana|\banora|\besta (de viaje|lejos|fuera|de viaje de trabajo)|\bse fue de viaje|\btrabaja lejos|\bse ha ido de viaje/,
  ],
  [
    "sleepless",
    /\b(can't|cannot|can not|couldn't|won't|doesn't want to|does not want to|can never|never wants to) (get to |fall |go to )?(sleep|asleep|bed)|\bnot sleepy|\btrouble (sleeping|falling asleep)|\b(n' arrive pas a|ne peut pas|ne veut pas|n' arrive jamais a|n' a pas envie de) (s' )?(endormir|dormir|aller au lit|aller se coucher|se coucher)|\bno (puede|quiere|consigue|se puede) (dormir|dormirse|ir a la cama|irse a la cama|acostarse)|\bno tiene sueno|\binsomni/,
  ],
  [
    "lonely",
    /\blonely\b|\bno friends\b|\bhas no friend|\ball alone\b|\bwants (a|some) friends?\b|\bsans amis|\bpas d' amis|\bpas de copains|\btout seul|\btoute seule|\bse sent seul|\bveut des amis|\bveut un ami|\bsin amigos|\bno tiene amigos|\bse siente sol[oa]|\bquiere (un amigo|una amiga|amigos)|\bsolit[oa]\b/,
  ],
  [
    "first",
    /\bfirst (day|time|night|swim|snow)|\bpremier jour|\bpremiere (fois|nuit|baignade|neige)|\brentree|\bprimer dia|\bprimera (vez|noche|nieve)|\bstarts school|\bstarting school|\bcommence l' ecole|\bempieza el cole/,
  ],
];

const ENDINGS_RE: [Ending, RegExp][] = [
  [
    "friends",
    /\b(become|becomes|became|make|made|be|are|were|end up|stay) (best |good |great )?(friends|buddies)|\bfriends (forever|for ever)|\b(deviennent|devient|sont|seront|se font|restent|deviendront|devenir) (des |les )?(meilleurs |meilleures |grands |bons )?(amis|amies|copains|copines)|\bamis pour (toujours|la vie)|\bse (hacen|hicieron|haran|vuelven) (muy )?(buenos |grandes |mejores )?amig[oa]s|\b(son|seran|quedan como) (muy )?(buenos |mejores )?amig[oa]s|\bamig[oa]s para siempre|\bhacerse amig[oa]s/,
  ],
  [
    "home",
    /\b(go|goes|went|come|comes|came|get|gets|got|fly|flies|walk|walks|find (their|his|her|its) way|back) (back )?home\b|\b(rentre|rentrent|revient|reviennent|retourne|retournent|retrouve|retrouvent) (a la maison|chez (lui|elle|eux|soi)|(sa|leur) maison)|\b(vuelve|vuelven|regresa|regresan|llega|llegan|vuelva|vuelvan) a (su )?casa/,
  ],
  [
    "found",
    /\b(find|finds|found) (it|them|him|her|the|his|her|their|its|my)\b|\b(le|la|les|l') (retrouve|retrouvent|trouve|trouvent)\b|\b(retrouve|retrouvent) (son|sa|ses|le|la|les|leur)\b|\b(lo|la|los|las) (encuentra|encuentran|encontro|encontraron)\b|\b(encuentra|encuentran|encontro) (su|sus|el|la|los|las)\b/,
  ],
  [
    "party",
    /\b(have|has|throw|throws|had) a (big |great |huge )?party|\bbig party|\b(font|fait|organisent) (la|une) (grande )?fete|\bune grande fete|\b(hacen|hace|celebran|organizan) una (gran )?fiesta|\buna gran fiesta/,
  ],
  [
    "sleep",
    /\b(fall|falls|fell|go|goes|went) (to )?(asleep|sleep|bed)|\bsleeps? (well|soundly|peacefully)|\bs' (endort|endorment)|\bdorment bien|\bdort bien|\bse (duerme|duermen|durmio|durmieron)|\bduermen (bien|felices)/,
  ],
  [
    "wish-comes-true",
    /\b(wish|dream|wishes|dreams) (comes?|came) true|\b(son|leur) (reve|voeu) se realise|\bse realise|\b(su|sus) (sueno|deseo|suenos|deseos) se (cumple|cumplen|hace realidad|hacen realidad)|\bse hace realidad|\bse cumple su (sueno|deseo)/,
  ],
  [
    "brave",
    /\b(is|becomes|became|was|feels|felt|gets|got|learns to be) (very |really |so )?(brave|courageous|not scared|not afraid)|\bnot (scared|afraid) any ?more|\bno longer (scared|afraid)|\bn' a plus peur|\bn' ont plus peur|\b(devient|est) (tres )?courageu(x|se)|\bya no (tiene|tienen|le da) miedo|\b(se vuelve|es|se siente) (muy )?valiente/,
  ],
  [
    "together",
    /\bhappily ever after|\b(all )?together (again|forever)?\s*$|\bheureux pour toujours|\bfelices (para siempre|y comieron perdices)|\btous ensemble|\btodos juntos|\b(are|be|live) together/,
  ],
  [
    "win",
    /\b(win|wins|won) (the|a|first)|\b(gagne|gagnent|remporte|remportent) (la|le|une|un)|\b(gana|ganan|gano) (la|el|una|un)/,
  ],
];
const END_MARKER =
  /\b(and )?(at|in) the (very )?end\b|\bfinally\b|\bin the end\b|\b(et )?a la fin\b|\bau final\b|\bfinalement\b|\benfin\b|\b(y )?al final\b|\bpor fin\b|\bat last\b/;

// ---------------------------------------------------------------------------------------------
// The reader.

interface Mention {
  being: Being;
  at: number;
  /** A child's own noun that could be a thing: the hero only when nothing else can be. */
  tentative?: boolean;
  /** Something is said about it ("who…", a name, a trait): a real character. */
  anchored?: boolean;
  /** Named after "with" / "has" / "visits": never the hero while someone came before. */
  side?: boolean;
  art?: Art;
  raw?: string;
}

const LOST_WORDS = new Set([
  "lost",
  "missing",
  "perdu",
  "perdue",
  "perdus",
  "perdues",
  "disparu",
  "disparue",
  "perdido",
  "perdida",
  "perdidos",
  "perdidas",
  "desaparecido",
  "desaparecida",
  "extraviado",
  "extraviada",
]);
/** "who got lost", "qui s'est perdu", "que se perdió": the being itself is lost. */
const GOT_LOST = [
  "got lost",
  "gets lost",
  "is lost",
  "was lost",
  "lost his way",
  "lost her way",
  "lost its way",
  "s' est perdu",
  "s' est perdue",
  "est perdu",
  "est perdue",
  "se perdio",
  "se pierde",
  "se ha perdido",
  "esta perdido",
  "esta perdida",
].map((p) => splitWords(fold(p)));
const TITLES = new Set([
  "mr",
  "mrs",
  "miss",
  "ms",
  "captain",
  "capitaine",
  "capitan",
  "sir",
  "lady",
  "monsieur",
  "madame",
  "senor",
  "senora",
  "don",
  "dona",
  "doctor",
  "docteur",
  "professor",
  "professeur",
  "king",
  "queen",
  "prince",
  "princess",
  "uncle",
  "aunt",
  "auntie",
  "grandpa",
  "granny",
  "grandma",
  "tonton",
  "tata",
  "tio",
  "tia",
]);
const NOUNISH: Mode[] = ["np", "loves", "becomes", "fear", "place", "with", "lost", "has", "copula", "name"];
const VERBISH: Mode[] = ["verb", "loves", "wants", "cant", "learns"];

/**
 * Reads a child's wish into a frame: every element named, in English, French or Spanish
 * (whatever the story's language). `familyNames` are the family's characters.
 * @example readFrame("a shy giraffe who loves pancakes", [], "en") // hero giraffe (shy), loves [pancakes]
 */
export function readFrame(
  prompt: string | undefined,
  familyNames: readonly string[],
  storyLanguage: StoryLanguage,
): WishFrame {
  // Markup is never a word of a wish.
  const text = cleanWish(prompt, MAX_WISH_CHARS)
    .replace(/[<>{}[\]\\]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const frame: WishFrame = { text, companions: [], doings: [], loves: [], things: [] };
  if (!/\p{L}/u.test(text)) return frame;
  const lang = wishLanguage(text, storyLanguage) ?? storyLanguage;
  frame.language = lang;
  const toks = tokenize(text, lang);
  const skip = new Set<number>();

  // Where each token starts in the folded text, to map a feeling or an ending back to tokens.
  const starts: number[] = [];
  let joined = "";
  for (const t of toks) {
    starts.push(joined.length + (joined ? 1 : 0));
    joined = joined ? `${joined} ${t.f}` : t.f;
  }
  const tokensIn = (from: number, to: number) => starts.flatMap((s, i) => (s >= from && s < to ? [i] : []));

  // The ending asked for, and the feeling the wish holds.
  let endingFrom = -1;
  const marker = END_MARKER.exec(joined);
  for (const [ending, re] of ENDINGS_RE) {
    // After "at the end" first; anywhere else next ("… and they become friends").
    const base = marker?.index ?? 0;
    let m = re.exec(joined.slice(base));
    let at = base;
    // Without "at the end", only endings no other sentence could mean ("find the toilet" is no ending).
    if (!marker && !["friends", "together", "wish-comes-true"].includes(ending)) m = null;
    else if (!m && marker && ["friends", "together", "wish-comes-true"].includes(ending))
      [m, at] = [re.exec(joined), 0];
    if (!m) continue;
    for (const i of tokensIn(at + m.index, at + m.index + m[0].length)) skip.add(i);
    frame.ending = ending;
    break;
  }
  if (marker) {
    endingFrom = tokensIn(marker.index, marker.index + marker[0].length)[0] ?? -1;
    for (const i of tokensIn(marker.index, marker.index + marker[0].length)) skip.add(i);
  }
  let feelingAt = -1;
  /** Words of the feeling ("déménage", "manque", "misses"): read already, not doings. */
  const feelingWords = new Set<number>();
  for (const [feeling, re] of FEELINGS) {
    const all = [...joined.matchAll(new RegExp(re.source, "g"))];
    const m = all[0];
    if (!m) continue;
    frame.feeling = feeling;
    feelingAt = tokensIn(m.index, m.index + m[0].length)[0] ?? -1;
    for (const i of all.flatMap((x) => tokensIn(x.index, x.index + x[0].length))) {
      const t = toks[i] as Tok;
      // Feeling words are read; the people and places in them are read again below.
      if (!lexAt(toks, i).some((h) => h.cat === "creature" || h.cat === "place" || h.cat === "thing")) {
        t.used = true;
        if (!cueAt(toks, i) && !ARTICLES[t.o] && !COMMON.has(t.o)) feelingWords.add(i);
      }
    }
    break;
  }
  if (frame.feeling === "first") {
    const first = FIRST_TIMES.find((f) =>
      [f.what.en, f.what.fr[0], f.what.es[0], ...f.also].some((a) => joined.includes(fold(a))),
    );
    frame.first = first ?? FIRST_TIMES[0];
  }

  const mentions: Mention[] = [];
  const names = familyNames.map((n) => ({ name: n, words: splitWords(fold(n)) }));
  let mode: Mode = "np";
  let art: Art | undefined;
  let pend: { size?: Adjective; colour?: Colour; traits: Adjective[]; lost?: boolean } = { traits: [] };
  let last: { being?: Being; thing?: WishFrame["things"][number]; at: number } = { at: -9 };
  let subject: Being | undefined;
  const heroTraits: Adjective[] = [];
  let pronounSex: Gender | undefined;
  let me: Being | undefined;
  /** A thing the wish is about ("a balloon that floats to the moon"): the hero when no one else is. */
  let subjectThing: WishFrame["things"][number] | undefined;
  let subjectThingAt = -1;

  const takePend = () => {
    const p = pend;
    pend = { traits: [] };
    return p;
  };
  const addBeing = (being: Being, at: number, extra: Partial<Mention> = {}) => {
    const p = takePend();
    being.size ??= p.size;
    being.colour ??= p.colour;
    being.traits.push(...p.traits.filter((t) => !being.traits.includes(t)));
    if (p.lost) being.lost = true;
    if (art?.plural) being.plural = true;
    // "Pip the dragon", "Grandpa Joe": one being, not two.
    const prev = mentions.at(-1);
    if (prev && prev.at >= at - 2 && prev.at < at && !AND.has(toks[at - 1]?.f ?? "")) {
      if (!prev.being.word && being.word && !prev.being.kin) {
        prev.being.word = being.word;
        prev.being.kin ??= being.kin;
        prev.being.sex ??= being.sex;
        prev.anchored = true;
        last = { being: prev.being, at };
        return prev.being;
      }
      if (prev.being.word && !prev.being.name && being.name && !being.word) {
        prev.being.name = being.name;
        prev.anchored = true;
        last = { being: prev.being, at };
        return prev.being;
      }
    }
    // "a cat … and the cat is called Biscuit": the same one, named again.
    const again =
      being.word?.known && !being.name && !being.kin
        ? mentions.find((m) => m.being.word?.known && m.being.word.en === being.word?.en && !m.being.plural)
        : undefined;
    if (again && art && /^(the|le|la|l'|el)$/.test(art.f)) {
      last = { being: again.being, at };
      return again.being;
    }
    mentions.push({ being, at, side: ["with", "has", "lost", "place", "loves"].includes(mode), art, ...extra });
    last = { being, at };
    subject ??= being;
    return being;
  };
  const addThing = (word: Word, at: number, lost = false) => {
    const p = takePend();
    const entry = { word, colour: p.colour, size: p.size, lost: lost || p.lost || undefined };
    if (!entry.lost) delete entry.lost;
    if (!entry.colour) delete entry.colour;
    if (!entry.size) delete entry.size;
    frame.things.push(entry);
    last = { thing: entry, at };
  };
  const addPlace = (word: Word & { destination?: Destination }) => {
    frame.places = [...(frame.places ?? []), word];
    frame.place ??= word;
  };
  const addEvent = (word: Word & { celebration?: Celebration }) => {
    frame.events = [...(frame.events ?? []), word];
    frame.event ??= word;
  };

  /** A noun in the current mode: where it goes in the frame. */
  const placeNoun = (word: Word, cat: Cat, at: number, item?: Hit["item"], typedRaw?: string) => {
    const creature = cat === "creature" ? (item as CreatureWord) : undefined;
    if (mode === "becomes") {
      frame.becomes ??= word;
      takePend();
      return;
    }
    if (mode === "fear" && !creature?.kin) {
      frame.fear ??= word;
      frame.feeling ??= "afraid";
      takePend();
      return;
    }
    if (cat === "event") return addEvent({ ...word, celebration: item as Celebration });
    if (cat === "place" && mode !== "loves") return addPlace({ ...word, destination: item as Destination });
    if (creature || cat === ("unknown-being" as Cat)) {
      if (mode === "loves" && !creature?.kin && !creature?.sex) {
        frame.loves.push(word);
        takePend();
        return;
      }
      const being: Being = {
        word,
        traits: [],
        sex: creature?.sex,
        kin: creature?.kin,
        plural: word.plural || undefined,
      };
      if (mode === "lost") being.lost = true;
      if (!being.sex) delete being.sex;
      if (!being.kin) delete being.kin;
      if (!being.plural) delete being.plural;
      addBeing(being, at, { raw: typedRaw });
      return;
    }
    if (mode === "loves") {
      frame.loves.push(word);
      takePend();
      last = { at };
      return;
    }
    if (mode === "place") return addPlace(word);
    addThing(word, at, mode === "lost");
  };

  const stopAt = (i: number) => {
    const t = toks[i];
    return (
      !t ||
      t.punct ||
      skip.has(i) ||
      AND.has(t.f) ||
      RELATIVE.has(t.f) ||
      THEN.has(t.f) ||
      Boolean(cueAt(toks, i) && !ARTICLES[t.f])
    );
  };

  /** The words after a verb (its object or where it goes), as typed, up to the next clause. */
  const complement = (from: number): { end: number; text: string } => {
    let j = from;
    const inside = (k: number) => /^(of|de|du|des|del|d')$/.test(toks[k]?.o ?? "");
    while (
      j < toks.length &&
      j - from < 7 &&
      !(j > from && stopAt(j) && !inside(j) && !ARTICLES[toks[j]?.o ?? ""]) &&
      !toks[j]?.punct &&
      !skip.has(j)
    ) {
      const t = toks[j] as Tok;
      if (j > from && (AND.has(t.o) || RELATIVE.has(t.o) || THEN.has(t.o))) break;
      if (j === from && !ARTICLES[t.f] && !cueAt(toks, j) && (COMMON.has(t.f) || stopAt(j))) break;
      j++;
    }
    return {
      end: j,
      text: toks
        .slice(from, j)
        .map((t) => (t.cap ? t.raw : t.raw.toLowerCase()))
        .join(" ")
        .replace(/' /g, "'"),
    };
  };

  for (let i = 0; i < toks.length; ) {
    const t = toks[i] as Tok;
    if (skip.has(i) || feelingWords.has(i)) {
      t.used = true;
      i++;
      continue;
    }
    if (t.punct) {
      mode = "np";
      art = undefined;
      heroTraits.push(...takePend().traits);
      i++;
      continue;
    }
    // The family's own characters.
    const family = names.find(
      (n) => n.words.length && n.words.every((w, k) => toks[i + k]?.f === w || fold(toks[i + k]?.raw ?? "") === w),
    );
    if (family) {
      for (let k = 0; k < family.words.length; k++) (toks[i + k] as Tok).used = true;
      addBeing({ character: family.name, name: family.name, traits: [] }, i, { anchored: true });
      i += family.words.length;
      art = undefined;
      continue;
    }
    if (THEN.has(t.f)) {
      t.used = true;
      heroTraits.push(...takePend().traits);
      mode = "verb";
      art = undefined;
      i++;
      continue;
    }
    if (AND.has(t.f)) {
      t.used = true;
      const next = toks[i + 1];
      const nextCue = cueAt(toks, i + 1);
      const nextHits = lexAt(toks, i + 1);
      const verbNext =
        (nextCue && !["place", "with", "copula"].includes(nextCue.mode)) ||
        (next && !nextHits.length && looksLikeVerb(next, lang)) ||
        nextHits.some((h) => h.cat === "activity") ||
        (next &&
          VERBISH.includes(mode) &&
          !ARTICLES[next.f] &&
          !nextHits.length &&
          infinitive(next.raw, lang, mode !== "verb") !== undefined);
      if (THEN.has(next?.f ?? "")) {
        i++;
        continue;
      }
      if (verbNext) mode = ["loves", "wants", "cant", "learns"].includes(mode as Mode) ? mode : "verb";
      else if (mode === "name" || mode === "copula" || mode === "verb") mode = "np";
      art = undefined;
      i++;
      continue;
    }
    if (RELATIVE.has(t.f)) {
      t.used = true;
      mode = "verb";
      art = undefined;
      if (last.thing && last.at >= i - 1 && !mentions.some((x) => !x.side) && !subjectThing)
        [subjectThing, subjectThingAt] = [last.thing, last.at];
      const m = mentions.at(-1);
      if (m && last.being === m.being) {
        m.anchored = true;
        subject = m.being;
      }
      i++;
      continue;
    }
    if (t.f in SUBJECT_PRONOUNS && !(t.f === "el" && toks[i + 1] && !cueAt(toks, i + 1) && lexAt(toks, i + 1).length)) {
      t.used = true;
      pronounSex ??= SUBJECT_PRONOUNS[t.f];
      mode = "verb";
      i++;
      // "he's scared", "she's a pirate".
      if (toks[i]?.o === "'s" || toks[i]?.o === "'re") {
        (toks[i] as Tok).used = true;
        mode = "copula";
        subject ??= mentions[0]?.being;
        i++;
      }
      continue;
    }
    if (
      ME.has(t.f) &&
      !(t.f === "on" && lang !== "fr") &&
      !(t.f === "me" && lang !== "en" && toks[i + 1] && !AND.has(toks[i + 1]?.f ?? ""))
    ) {
      t.used = true;
      if (!me) {
        me = { me: true, traits: [] };
        // "we" / "on" / "nosotros" is the child with the family: the hero only when no one else is named.
        mentions.push({ being: me, at: i, anchored: true, side: /^(we|us|on|nous|nosotros|nosotras)$/.test(t.f) });
      }
      last = { being: me, at: i };
      subject = me;
      mode = toks[i + 1] && cueAt(toks, i + 1) ? mode : "np";
      i++;
      continue;
    }
    const gotLost = GOT_LOST.find((p) => p.every((w, k) => toks[i + k]?.o === w));
    if (gotLost) {
      for (let k = 0; k < gotLost.length; k++) (toks[i + k] as Tok).used = true;
      const who = last.being ?? subject ?? mentions[0]?.being;
      if (who) who.lost = true;
      i += gotLost.length;
      continue;
    }
    const cue = cueAt(toks, i);
    const hits = lexAt(toks, i, lang);
    // A cue that is also a noun ("play", "cook") is a cue only where a verb can be.
    if (cue && !(hits.length && hits[0]?.size && hits[0].size > cue.size)) {
      const placeLike = cue.mode === "place";
      const next = toks[i + cue.size];
      const worthIt =
        !placeLike ||
        /^(goes|go|went|going|travels|trip|journey|flies|sails|visit|visits|visiting|va|part|voyage|viaja)/.test(t.f) ||
        Boolean(next && (ARTICLES[next.f] || lexAt(toks, i + cue.size).length || next.cap || next.startCap));
      if (worthIt && !(cue.mode === "copula" && ARTICLES[t.f])) {
        for (let k = 0; k < cue.size; k++) (toks[i + k] as Tok).used = true;
        mode = cue.mode;
        art = undefined;
        i += cue.size;
        continue;
      }
    }
    if (ARTICLES[t.f] && toks[i + 1] && !toks[i + 1]?.punct) {
      t.used = true;
      art = { f: t.f, ...ARTICLES[t.f] };
      // "Leo … his new baby sister": "his" / "her" tells a named hero's sex.
      if (t.o === "his") pronounSex ??= "m";
      if (t.o === "her") pronounSex ??= "f";
      if (art.mine) {
        // "my" makes the child part of the story only when a feeling is about their family.
      }
      i++;
      continue;
    }
    if (INTENSIFIERS.has(t.f) || (COMMON.has(t.f) && !hits.length)) {
      if (!/^\p{Lu}/u.test(t.raw) || COMMON.has(t.f)) {
        t.used = COMMON.has(t.f) || INTENSIFIERS.has(t.f);
        i++;
        continue;
      }
    }
    if (LOST_WORDS.has(t.f) && !hits.some((h) => h.cat !== "trait")) {
      t.used = true;
      if (last.at >= i - 2 && last.thing) last.thing.lost = true;
      else if (last.at >= i - 2 && last.being) last.being.lost = true;
      else pend.lost = true;
      i++;
      continue;
    }

    // A name the lexicon also knows ("un gato que se llama Galleta").
    if (mode === "name" && /^\p{L}/u.test(t.raw) && !ARTICLES[t.f] && !COMMON.has(t.o)) {
      t.used = true;
      const name = t.raw.charAt(0).toUpperCase() + t.raw.slice(1);
      if (last.being) {
        last.being.name ??= name;
        const m = mentions.find((x) => x.being === last.being);
        if (m) m.anchored = true;
      } else addBeing({ name, traits: [] }, i, { anchored: true });
      mode = "np";
      i++;
      continue;
    }
    // Known words ("papi" is grandpa in French, daddy in Spanish).
    const own = BY_LANGUAGE[lang][t.f];
    const ownItem = own && [...CREATURES, ...THINGS].find((x) => x.en === own);
    // Right after a noun, a colour or trait word is its adjective ("son chat noir" is no fear of the dark).
    const adjAfterNoun =
      last.at === i - 1 && (last.being || last.thing)
        ? hits.find((h) => h.cat === "colour" || h.cat === "trait" || h.cat === "size")
        : undefined;
    const hit = adjAfterNoun
      ? adjAfterNoun
      : ownItem
        ? ({
            cat:
              "kind" in ownItem && "wear" in ownItem
                ? "thing"
                : CREATURES.includes(ownItem as CreatureWord)
                  ? "creature"
                  : "thing",
            item: ownItem,
            lang,
            size: 1,
          } as Hit)
        : chooseHit(hits, mode, lang);
    if (hit) {
      const size = hit.size;
      for (let k = 0; k < size; k++) (toks[i + k] as Tok).used = true;
      const typed = toks
        .slice(i, i + size)
        .map((x) => x.raw)
        .join(" ");
      if (hit.cat === "size" || hit.cat === "colour" || hit.cat === "trait") {
        const nextHits = lexAt(toks, i + size);
        const nounNext =
          nextHits.some((h) => !["size", "colour", "trait"].includes(h.cat)) ||
          (toks[i + size] &&
            !toks[i + size]?.punct &&
            !COMMON.has(toks[i + size]?.f ?? "") &&
            !cueAt(toks, i + size) &&
            !AND.has(toks[i + size]?.f ?? "") &&
            mode !== "copula");
        const target = mode === "copula" ? (subject ?? last.being) : last.at === i - 1 ? last.being : undefined;
        const targetThing = mode !== "copula" && last.at === i - 1 ? last.thing : undefined;
        // "loves oranges": a colour word standing alone where a noun goes is the noun.
        if (!nounNext && !target && !targetThing && ["loves", "has", "lost", "with"].includes(mode)) {
          const word = ownWord(t.raw, art, lang, "thing");
          placeNoun(word, "thing", i);
          art = undefined;
          i += size;
          continue;
        }
        if (!nounNext && (target || targetThing || mode === "copula")) {
          if (targetThing) {
            if (hit.cat === "colour") targetThing.colour ??= hit.item as Colour;
            if (hit.cat === "size") targetThing.size ??= hit.item as Adjective;
          } else if (target) {
            if (hit.cat === "colour") target.colour ??= hit.item as Colour;
            else if (hit.cat === "size") target.size ??= hit.item as Adjective;
            else if (!target.traits.includes(hit.item as Adjective)) target.traits.push(hit.item as Adjective);
          } else if (hit.cat === "trait") heroTraits.push(hit.item as Adjective);
          last = { ...last, at: i + size - 1 };
        } else if (hit.cat === "colour") pend.colour ??= hit.item as Colour;
        else if (hit.cat === "size") pend.size ??= hit.item as Adjective;
        else pend.traits.push(hit.item as Adjective);
        i += size;
        continue;
      }
      if (hit.cat === "activity") {
        const activity = hit.item as Activity;
        const doingMode: Doing["mode"] =
          mode === "loves"
            ? "loves"
            : mode === "wants"
              ? "wants"
              : mode === "cant"
                ? "cant"
                : mode === "learns"
                  ? "learns"
                  : "does";
        const doing: Doing = { activity, mode: doingMode };
        frame.doings.push(doing);
        last = { at: i + size - 1 };
        i += size;
        // Where it goes: "digs to the centre of the earth", "creuse jusqu'au centre de la Terre".
        if (/^(to|into|jusqu'|hasta|towards|vers|hacia)$/.test(toks[i]?.o ?? "")) {
          const to = complement(i + 1);
          let k = i + 1;
          while (k < to.end && /^(a|au|aux|la|le|les|l'|the|el|los|las|al|del)$/.test(toks[k]?.o ?? "")) k++;
          const known = chooseHit(lexAt(toks, k), "place", lang);
          for (let x = i; x < to.end; x++) (toks[x] as Tok).used = true;
          const typed = toks
            .slice(k, to.end)
            .map((x) => (x.cap ? x.raw : x.raw.toLowerCase()))
            .join(" ")
            .replace(/' /g, "'");
          const art =
            toks[k - 1] && k > i + 1 ? { f: toks[k - 1]?.o ?? "", ...ARTICLES[toks[k - 1]?.o ?? ""] } : undefined;
          if (known?.cat === "place" && known.size === to.end - k) {
            doing.to = knownWord(known.item as Noun, false, "place");
            addPlace({ ...doing.to, destination: known.item as Destination });
          } else if (typed) doing.to = ownWord(typed, art, lang, "place");
          i = to.end;
          continue;
        }
        // What it is done with ("eats pancakes", "mange des crêpes") is read as a thing.
        mode = doingMode === "loves" ? "loves" : "has";
        continue;
      }
      const item = hit.item as Noun & { kind?: string; paint?: string };
      const typedPlural =
        Boolean(art?.plural) ||
        (["en", "fr", "es"] as const).some((l) => {
          const sing = l === "en" ? item.en : item[l][0];
          return (
            fold(pluralOf(l, sing)) !== fold(sing) &&
            toks
              .slice(i, i + size)
              .map((x) => x.f)
              .join(" ") === fold(pluralOf(l, sing))
          );
        });
      const word = knownWord(
        item,
        typedPlural && hit.cat !== "creature" && hit.cat !== "fear",
        hit.cat === "creature" ? ((item as CreatureWord).kind as string) : hit.cat === "place" ? "place" : "thing",
      );
      if (hit.cat === "creature" && typedPlural) word.plural = true;
      // The child's own English word for it stays theirs ("torch", "granny", "bunny"): English has no
      // gender to get wrong, so the story says what they said.
      const said = toks
        .slice(i, i + size)
        .map((x) => x.f)
        .join(" ");
      if (
        lang === "en" &&
        (hit.cat === "creature" || hit.cat === "thing") &&
        !hit.lang &&
        !typedPlural &&
        said !== fold(item.en) &&
        /^[a-z][a-z' -]*$/.test(said) &&
        !/^(the|a|an|my|inside|under|in|at|on) /.test(said)
      )
        word.en = said;
      const before: Mode = mode;
      placeNoun(word, hit.cat, i, hit.item, typed);
      if (before === "becomes" || before === "fear") mode = before;
      art = undefined;
      i += size;
      continue;
    }

    // The child's own words.
    const next = toks[i + 1];
    const lower = t.raw;
    // "is starting", "is baking": an English -ing after "is" is what they do.
    if (mode === "copula" && lang === "en" && !art && /^[a-z]{3,}ing$/.test(t.o) && !COMMON.has(t.o)) mode = "verb";
    // A verb right after who or what it is about: "the tooth fairy forgets", "a star falls", "les enfants jouent".
    if (
      (mode === "np" || mode === "copula") &&
      !art &&
      last.at === i - 1 &&
      (last.being || last.thing) &&
      looksLikeVerb(t, lang)
    ) {
      if (last.thing && !mentions.some((m) => !m.side) && !subjectThing)
        [subjectThing, subjectThingAt] = [last.thing, last.at];
      mode = "verb";
    }
    if (VERBISH.includes(mode) && !art) {
      // "strawberries that grow", "they bake": an English base form right after who / they.
      const base =
        lang === "en" &&
        mode === "verb" &&
        /^(that|who|which|they|we|i|you)$/.test(toks[i - 1]?.o ?? "") &&
        !/([^su]s|ed|ing)$/.test(t.o);
      const inf = infinitive(lower, lang, mode !== "verb" || base);
      if (inf && !(t.cap && mode === "verb")) {
        t.used = true;
        const rest = complement(i + 1);
        for (let k = i + 1; k < rest.end; k++) (toks[k] as Tok).used = true;
        const doingMode: Doing["mode"] =
          mode === "loves"
            ? "loves"
            : mode === "wants"
              ? "wants"
              : mode === "cant"
                ? "cant"
                : mode === "learns"
                  ? "learns"
                  : "does";
        const doing: Doing = { activity: ownActivity(lang === "en" ? inf : inf, rest.text, lang), mode: doingMode };
        // Nouns inside the complement are elements too ("builds a sandcastle": the sandcastle).
        const saved: Mode = mode;
        for (let k = i + 1; k < rest.end; k++) {
          const h = chooseHit(lexAt(toks, k), "has", lang);
          if (h && !["size", "colour", "trait", "activity"].includes(h.cat)) {
            const w = knownWord(h.item as Noun, false, h.cat === "place" ? "place" : "thing");
            // "digs to the moon", "va al parque": where the doing goes, and a place of the story too.
            if (
              /^(to|into|jusqu'|a|au|hasta|al|vers|hacia)$/.test(toks[i + 1]?.o ?? "") &&
              !doing.to &&
              h.cat === "place"
            ) {
              doing.to = w;
              addPlace({ ...w, destination: h.item as Destination });
            } else {
              mode = "has";
              placeNoun(w, h.cat, k, h.item);
            }
            k += h.size - 1;
          }
        }
        mode = saved;
        // "is starting (school)", "begins": how a thing goes, not what the hero does.
        if (
          !/^(start|begin|stop|try|keep|commencer|arreter|essayer|empezar|comenzar|parar|intentar)$/.test(fold(inf)) ||
          rest.text
        )
          frame.doings.push(doing);
        last = { at: rest.end - 1 };
        i = rest.end;
        continue;
      }
    }
    const wordish = /^\p{L}[\p{L}'-]*$/u.test(t.raw) && !COMMON.has(t.f);
    if (
      wordish &&
      (mode === "name" ||
        t.cap ||
        (t.startCap &&
          (!next ||
            AND.has(next.f) ||
            RELATIVE.has(next.f) ||
            next.f === "'s" ||
            next.punct ||
            cueAt(toks, i + 1) ||
            (i === 0 && !ARTICLES[next.o] && !lexAt(toks, i + 1).some((h) => h.cat !== "activity")))))
    ) {
      // A name: "called Maya", "Sam and…", "Grandpa Joe", "Captain Bob".
      const parts = [t.raw];
      let j = i + 1;
      while (toks[j] && (toks[j]?.cap || (TITLES.has(fold(t.raw)) && toks[j]?.startCap)) && !lexAt(toks, j).length) {
        parts.push((toks[j] as Tok).raw);
        j++;
      }
      for (let k = i; k < j; k++) (toks[k] as Tok).used = true;
      const name = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(" ");
      if (mode === "name" && last.being) {
        last.being.name ??= name;
        const m = mentions.find((x) => x.being === last.being);
        if (m) m.anchored = true;
      } else if (mode === "place" && !lexAt(toks, i).length && !(next && RELATIVE.has(next.f))) {
        addPlace(ownWord(name, undefined, lang, "place", true));
      } else addBeing({ name, traits: [] }, i, { anchored: true });
      mode = mode === "name" ? "np" : mode;
      art = undefined;
      i = j;
      continue;
    }
    if (
      wordish &&
      NOUNISH.includes(mode) &&
      (art || mode !== "np" || i === 0 || mentions.length === 0 || AND.has(toks[i - 1]?.o ?? ""))
    ) {
      // An unknown noun: in English the head is the last of a run ("jellybean monster"); in French
      // and Spanish the first, with a "de …" complement ("un château de glace").
      let j = i + 1;
      let headHit: Hit | undefined;
      if (lang === "en") {
        while (
          toks[j] &&
          !stopAt(j) &&
          !COMMON.has(toks[j]?.f ?? "") &&
          /^\p{L}/u.test(toks[j]?.raw ?? "") &&
          j - i < 3
        ) {
          const h = chooseHit(lexAt(toks, j), "np", lang);
          if (h && ["size", "colour", "trait", "activity"].includes(h.cat)) break;
          if (h) {
            headHit = h;
            j += h.size;
            break;
          }
          j++;
        }
      } else if (
        toks[j] &&
        /^(de|d')$/.test(toks[j]?.f ?? "") &&
        toks[j + 1] &&
        !ARTICLES[toks[j + 1]?.f ?? ""] &&
        !COMMON.has(toks[j + 1]?.f ?? "") &&
        !lexAt(toks, j + 1).length &&
        /^\p{L}/u.test(toks[j + 1]?.raw ?? "")
      ) {
        j += 2;
      }
      for (let k = i; k < j; k++) (toks[k] as Tok).used = true;
      const raw = toks
        .slice(i, j)
        .map((x) => x.raw)
        .join(" ")
        .replace(/' /g, "'");
      const kind = headHit
        ? ((headHit.item as CreatureWord).paint ?? (headHit.item as { kind?: string }).kind ?? "thing")
        : mode === "place"
          ? "place"
          : "thing";
      const word = ownWord(raw, art, lang, kind);
      const beingLike =
        headHit?.cat === "creature" ||
        (!headHit &&
          mode === "np" &&
          (RELATIVE.has(toks[j]?.f ?? "") || cueAt(toks, j)?.mode === "name" || mentions.length === 0));
      if (beingLike && !["loves", "becomes", "fear", "place", "has", "lost"].includes(mode)) {
        if (!headHit) word.kind = "creature";
        const being: Being = { word, traits: [], plural: word.plural || undefined };
        if (!being.plural) delete being.plural;
        if (headHit) {
          const c = headHit.item as CreatureWord;
          if (c.sex) being.sex = c.sex;
          if (c.kin) being.kin = c.kin;
        }
        // The wish's first words, saying something next ("a capybara in a hot tub", "a tardigrade going to
        // space"): a character. An abstract word ("la grande découverte") never is.
        const after = toks[j];
        const first = mentions.length === 0 && frame.things.length === 0 && !frame.place && !frame.event;
        const says =
          !after ||
          after.punct ||
          RELATIVE.has(after.o) ||
          AND.has(after.o) ||
          Boolean(cueAt(toks, j)) ||
          looksLikeVerb(after, lang);
        const anchored = Boolean(headHit) || (first && says && !ABSTRACT.test(fold(raw)) && !ME.has(after?.o ?? ""));
        addBeing(being, i, { tentative: !headHit, anchored, art, raw });
      } else placeNoun(word, headHit?.cat ?? "thing", i, headHit?.item);
      art = undefined;
      i = j;
      continue;
    }
    // Not read: left for `unread`.
    art = undefined;
    i++;
  }

  heroTraits.push(...takePend().traits);
  // "scared of swimming lessons", "nervous about school": a first time.
  if (
    !frame.first &&
    /\b(nervous|worried|scared|afraid|anxious|frightened|peur|inquiet|inquiete|stresse|miedo|nervios|preocupad)/.test(
      joined,
    )
  ) {
    const first = FIRST_TIMES.find((f) => f.also.some((a) => new RegExp(`\\b${fold(a)}`).test(joined)));
    if (first) {
      frame.first = first;
      frame.feeling ??= "first";
    }
  }
  // A thing that does something, with no one else in the wish, is the hero.
  // (Someone named after it does not count: "a star falls … and I help it".)
  const thingAt = subjectThing ? frame.things.indexOf(subjectThing) : -1;
  if (
    subjectThing &&
    thingAt >= 0 &&
    !mentions.some((m) => !m.side && (!m.tentative || m.anchored) && m.at < subjectThingAt)
  ) {
    frame.things.splice(frame.things.indexOf(subjectThing), 1);
    const hero: Being = { word: subjectThing.word, traits: [] };
    if (subjectThing.colour) hero.colour = subjectThing.colour;
    if (subjectThing.size) hero.size = subjectThing.size;
    if (subjectThing.word.plural) hero.plural = true;
    if (subjectThing.lost) hero.lost = true;
    mentions.unshift({ being: hero, at: -1, anchored: true });
  }
  settle(frame, mentions, { heroTraits, pronounSex, me, feelingAt, endingFrom, toks, lang });
  return frame;
}

/** Nouns for ideas, not beings: never a hero ("la grande découverte", "the big adventure"). */
const ABSTRACT =
  /(tion|sion|ness|ity|ment|ance|ence|ship|hood|ing|ure|ite|erte|ude|esse|isme|cion|dad|tad|tud|miento|ancia|encia|eza)s?$/;

/** A word that is surely a verb where it stands (English third person or past; French/Spanish known forms). */
function looksLikeVerb(t: Tok, lang: StoryLanguage): boolean {
  if (t.punct || t.cap || COMMON.has(t.o) || ARTICLES[t.o] || LEX.has(t.f)) return false;
  if (lang === "en") return /^[a-z]+$/.test(t.o) && /([^su's]s|ed)$/.test(t.o) && t.o.length > 3;
  if (lang === "fr") return t.o in FR_IRREGULAR || /[^aeiou]ent$/.test(t.o);
  return t.o in ES_IRREGULAR || /[^aeiou](an|en|amos|emos|imos)$/.test(t.o);
}

/** Picks the reading of a word that fits where it stands. */
function chooseHit(hits: Hit[], mode: Mode, lang: StoryLanguage): Hit | undefined {
  if (!hits.length) return undefined;
  const verbs = VERBISH.includes(mode);
  const order: Cat[] = verbs
    ? ["activity", "creature", "thing", "event", "place", "fear", "trait", "colour", "size"]
    : mode === "place"
      ? ["place", "event", "creature", "thing", "fear", "trait", "colour", "size", "activity"]
      : mode === "fear"
        ? ["fear", "creature", "thing", "place", "event", "trait", "colour", "size", "activity"]
        : mode === "copula"
          ? ["trait", "colour", "size", "creature", "thing", "place", "event", "fear", "activity"]
          : ["creature", "event", "place", "thing", "fear", "trait", "colour", "size", "activity"];
  const usable = verbs ? hits : hits.filter((h) => h.cat !== "activity");
  const pool = usable.length ? usable : hits;
  // Among nouns, the wish's own language's word first ("étoiles": the stars, not the moon's "also").
  const nouns: Cat[] = ["creature", "thing", "place", "event", "fear"];
  const rank = (h: Hit) => order.indexOf(h.cat) + (nouns.includes(h.cat) && h.lang !== lang ? 4 : 0);
  return [...pool].sort((a, b) => rank(a) - rank(b))[0];
}

/** Who is the hero, who the feeling is about, who else is there; what was not read. */
function settle(
  frame: WishFrame,
  mentions: Mention[],
  o: {
    heroTraits: Adjective[];
    pronounSex?: Gender;
    me?: Being;
    feelingAt: number;
    endingFrom: number;
    toks: Tok[];
    lang: StoryLanguage;
  },
): void {
  // The someone a feeling is about: a family word (or the friend) nearest the feeling's words.
  const feeling = frame.feeling;
  if (feeling && ["missing", "baby", "ill", "jealous", "goodbye"].includes(feeling)) {
    const fits = (m: Mention) =>
      feeling === "baby"
        ? m.being.kin === "baby" || m.being.kin === "brother" || m.being.kin === "sister"
        : feeling === "goodbye"
          ? m.being.kin === "friend" || (Boolean(m.being.name) && !m.being.word)
          : feeling === "jealous"
            ? Boolean(m.being.kin || m.being.name || m.being.character)
            : Boolean(m.being.kin);
    const candidates = mentions.filter((m) => fits(m) && !m.being.me);
    // Jealous of someone: the second person named; otherwise the nearest to the feeling words.
    const who =
      feeling === "jealous"
        ? (candidates.find((m) => m.at > o.feelingAt && m !== mentions[0]) ?? candidates.find((m) => m !== mentions[0]))
        : candidates.sort((a, b) => Math.abs(a.at - o.feelingAt) - Math.abs(b.at - o.feelingAt))[0];
    if (who) {
      frame.who = who.being;
      mentions.splice(mentions.indexOf(who), 1);
    } else if (feeling === "baby")
      frame.who = {
        word: knownWord(CREATURES.find((c) => c.en === "baby") as CreatureWord, false, "baby"),
        kin: "baby",
        traits: [],
      };
  }

  // The hero: the first real being named; a child's own noun only when nothing else can be.
  const real = mentions.filter((m) => !m.tentative || m.anchored);
  let hero = real.find((m) => !m.side) ?? real[0];
  const elements =
    frame.doings.length +
    frame.loves.length +
    frame.things.length +
    (frame.place ? 1 : 0) +
    (frame.event ? 1 : 0) +
    mentions.length;
  if (!hero) {
    const only = mentions.find((m) => m.tentative);
    if (only && !only.being.lost && (elements <= 1 || frame.doings.length || frame.becomes)) hero = only;
  }
  for (const m of mentions) {
    if (m === hero || !m.tentative || m.anchored) continue;
    // A child's own noun that is nobody: a thing.
    const thing: WishFrame["things"][number] = { word: { ...(m.being.word as Word), kind: "thing" } };
    if (m.being.lost) thing.lost = true;
    if (m.being.colour) thing.colour = m.being.colour;
    if (m.being.size) thing.size = m.being.size;
    frame.things.push(thing);
  }
  // "My daddy is away": the story is the child's own.
  if (!hero && (frame.who || frame.feeling) && (o.me || mentions.length === 0 || frame.who))
    hero = { being: o.me ?? { me: true, traits: [] }, at: -1 };
  // "My mummy is having a baby", "mi abuela está en el hospital": the child's own story, with them.
  const family = ["missing", "baby", "moving", "ill", "jealous", "goodbye"];
  if (hero?.being.kin && hero.art?.mine && family.includes(frame.feeling ?? "") && hero.being !== o.me) {
    hero = { being: o.me ?? { me: true, traits: [] }, at: -1 };
  }
  if (hero) {
    frame.hero = hero.being;
    for (const t of o.heroTraits) if (!hero.being.traits.includes(t)) hero.being.traits.push(t);
    // "Sam … she", "un tatou … elle": a pronoun tells a named or unknown hero's sex, never the child's own.
    if (!hero.being.sex && o.pronounSex && !hero.being.me && !hero.being.word?.plural && !hero.being.word?.known)
      hero.being.sex = o.pronounSex;
  }
  const seen = new Set<Being>(hero ? [hero.being] : []);
  for (const m of mentions) {
    if (seen.has(m.being) || (m.tentative && !m.anchored) || m.being === frame.who) continue;
    seen.add(m.being);
    frame.companions.push(m.being);
  }
  // "can't sleep" is the sleepless feeling, not a doing.
  if (frame.feeling === "sleepless")
    frame.doings = frame.doings.filter(
      (d) =>
        !/^(sleep|fall asleep|go to sleep|dormir|dormirse|s'endormir)$/.test(
          d.activity.en || d.activity.fr || d.activity.es,
        ),
    );
  if (!frame.place) delete frame.places;
  if (!frame.event) delete frame.events;

  // What was not read: the child's words no element holds, as typed.
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.some((w) => /\p{L}{3,}/u.test(w))) parts.push(run.join(" ").replace(/' /g, "'"));
    run = [];
  };
  for (const t of o.toks) {
    if (t.used || t.punct) flush();
    else if (!COMMON.has(t.f) && !INTENSIFIERS.has(t.f)) run.push(t.raw);
    else if (run.length) run.push(t.raw);
  }
  flush();
  const unread = parts
    .map((p) => p.replace(/\s+(and|et|y|the|a|le|la|el|de|of)$/i, "").trim())
    .filter((p) => /\p{L}{3,}/u.test(p) && /^[\p{L}\p{N}' -]+$/u.test(p));
  if (unread.length) frame.unread = unread.join(", ");
}
