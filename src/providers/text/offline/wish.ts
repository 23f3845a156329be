/**
 * The wish reader: turns what a parent typed ("a dragon who can't sleep", "le doudou perdu",
 * "el cumpleaños de Pip") into what the story is about — who (a creature or one of the family's
 * characters, with adjectives), the plot's shape (an arc) and its key thing, fear, goal or place.
 *
 * It reads English, French and Spanish whatever the story's language: the lexicons carry every
 * word in all three. Words it does not know are kept as a `Raw` phrase in the wish's own language,
 * so a story can still be about them when it is told in that language.
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
import { fold, pluralOf } from "./words";

/** The plot shapes the planner knows. */
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
] as const;
export type Arc = (typeof ARCS)[number];

/** Words the lexicons don't know, kept as typed, in the language they were typed in. */
export interface Raw {
  /** Without its article: "dinosaures", "volcano". */
  text: string;
  lang: StoryLanguage;
  gender: Gender;
  plural: boolean;
  /** A name ("Paris", "Grandpa Joe"): fine in any language. */
  proper: boolean;
}

export interface Subject {
  creature?: CreatureWord;
  /** One of the family's characters, by name. */
  character?: string;
  raw?: Raw;
  size?: Adjective;
  colour?: Colour;
  trait?: Adjective;
  plural?: boolean;
}

export interface Wish {
  arc?: Arc;
  subject?: Subject;
  /** The second creature of "a cat and a mouse". */
  friend?: Subject;
  fear?: Noun | Raw;
  goal?: Activity | Raw;
  thing?: Thing | Raw;
  destination?: Destination | Raw;
  celebration?: Celebration;
  first?: FirstTime;
  /** The language most of the wish's words are in, when it can tell. */
  language?: StoryLanguage;
  /** The cleaned wish, at most 120 characters. */
  text: string;
}

export const isRaw = (value: object | undefined): value is Raw => Boolean(value && "lang" in value);

// ---------------------------------------------------------------------------------------------
// Lexicon look-up: every spelling of every word, folded (no accents, lower case), by n-gram.

interface Entry<T> {
  item: T;
  lang?: StoryLanguage;
}

function index<T extends { en: string; also?: readonly string[] }>(
  items: readonly T[],
  forms: (item: T) => [string, StoryLanguage | undefined][],
): Map<string, Entry<T>> {
  const map = new Map<string, Entry<T>>();
  for (const item of items) {
    for (const [form, lang] of [...forms(item), ...(item.also ?? []).map((a): [string, undefined] => [a, undefined])]) {
      const key = fold(form);
      if (!map.has(key)) map.set(key, { item, lang });
    }
  }
  return map;
}

const nounForms = (item: Noun): [string, StoryLanguage | undefined][] => [
  [item.en, "en"],
  [pluralOf("en", item.en), "en"],
  [item.fr[0], "fr"],
  [pluralOf("fr", item.fr[0]), "fr"],
  [item.es[0], "es"],
  [pluralOf("es", item.es[0]), "es"],
];
// Adjectives in every gender and number: "rouges", "rojas", "grises".
const adjForms = (a: Adjective): [string, StoryLanguage | undefined][] => [
  [a.en, "en"],
  ...[...a.fr].flatMap((f): [string, StoryLanguage][] => [
    [f, "fr"],
    [pluralOf("fr", f), "fr"],
  ]),
  ...[...a.es].flatMap((f): [string, StoryLanguage][] => [
    [f, "es"],
    [pluralOf("es", f), "es"],
  ]),
];

const LEX = {
  creature: index(CREATURES, nounForms),
  thing: index(THINGS, nounForms),
  fear: index(FEARS, nounForms),
  destination: index(DESTINATIONS, nounForms),
  celebration: index(CELEBRATIONS, (c) => [
    [c.en, "en"],
    [c.fr[0], "fr"],
    [c.es[0], "es"],
  ]),
  first: index(FIRST_TIMES, () => []),
  activity: index(ACTIVITIES, (a) => [
    [a.en, "en"],
    [a.ing, "en"],
    [a.fr, "fr"],
    [a.es, "es"],
  ]),
  size: index(SIZES, adjForms),
  colour: index(COLOURS, adjForms),
  trait: index(TRAITS, adjForms),
};

/** Words of a text, folded; "l'ours" → ["l", "ours"]. */
const tokens = (text: string) =>
  fold(text)
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);

/** The entry whose spelling (1 to 3 words) appears in `text`, longest first, earliest first. */
function find<T>(map: Map<string, Entry<T>>, text: string): Entry<T> | undefined {
  const words = tokens(text);
  for (let size = 3; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const hit = map.get(words.slice(i, i + size).join(" "));
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Finds a known thing in a looks text: every match, in order ("a green scarf and red boots"). */
export function findAll<T>(map: "thing" | "colour", text: string): { item: T; at: number }[] {
  const words = tokens(text);
  const found: { item: T; at: number }[] = [];
  const lex = LEX[map] as unknown as Map<string, Entry<T>>;
  for (let i = 0; i < words.length; i++) {
    for (let size = 3; size >= 1; size--) {
      const hit = lex.get(words.slice(i, i + size).join(" "));
      if (hit) {
        found.push({ item: hit.item, at: i });
        i += size - 1;
        break;
      }
    }
  }
  return found;
}

export const lookUp = {
  creature: (text: string) => find(LEX.creature, text)?.item,
  thing: (text: string) => find(LEX.thing, text)?.item,
  colour: (text: string) => find(LEX.colour, text)?.item,
  size: (text: string) => find(LEX.size, text)?.item,
  trait: (text: string) => find(LEX.trait, text)?.item,
  tokens,
};

// ---------------------------------------------------------------------------------------------
// Which language the wish is in: small, distinctive function words.

const MARKERS: Record<StoryLanguage, readonly string[]> = {
  en: [
    "a",
    "an",
    "the",
    "who",
    "that",
    "and",
    "of",
    "to",
    "is",
    "can't",
    "cant",
    "wants",
    "with",
    "about",
    "lost",
    "his",
    "her",
    "my",
    "s",
    "first",
    "trip",
    "afraid",
    "story",
  ],
  fr: [
    "un",
    "la",
    "le",
    "les",
    "une",
    "qui",
    "et",
    "du",
    "des",
    "au",
    "aux",
    "pas",
    "n",
    "d",
    "l",
    "peur",
    "veut",
    "perdu",
    "perdue",
    "voyage",
    "premier",
    "histoire",
    "est",
    "mon",
    "ma",
  ],
  es: [
    "un",
    "la",
    "el",
    "los",
    "las",
    "una",
    "que",
    "y",
    "del",
    "al",
    "no",
    "quiere",
    "puede",
    "miedo",
    "perdido",
    "perdida",
    "viaje",
    "primer",
    "cuento",
    "es",
    "mi",
    "con",
    "su",
    "sus",
    "se",
    "para",
    "muy",
  ],
};

export function wishLanguage(text: string, prefer?: StoryLanguage): StoryLanguage | undefined {
  const words = fold(text)
    .split(/[^a-z']+|'/)
    .filter(Boolean);
  let best: StoryLanguage | undefined;
  let bestScore = 0;
  for (const lang of ["en", "fr", "es"] as const) {
    // "a" is also the French and Spanish "à"/"a": it counts half for English.
    const score = words
      .filter((w) => MARKERS[lang].includes(w))
      .reduce((sum, w) => sum + (lang === "en" && w === "a" ? 0.5 : 1), 0);
    if (score > bestScore || (score === bestScore && score > 0 && lang === prefer)) [best, bestScore] = [lang, score];
  }
  if (best) return best;
  // A bare word: the language whose spelling of a known word it is.
  for (const map of [LEX.creature, LEX.thing, LEX.fear, LEX.destination, LEX.activity]) {
    const hit = find(map as Map<string, Entry<unknown>>, text);
    if (hit?.lang) return hit.lang;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Cleaning: "Please tell me a story about …" → "…".

const LEAD_INS = [
  /^(please|s'il te pla[iî]t|s'il vous pla[iî]t|por favor)[\s,]+/i,
  /^((can|could|would) you\s+)?(tell|write|make|read)(\s+(me|us|him|her|them))?\s+/i,
  /^(raconte|racontez|[ée]cris|fais|lis)(-(moi|nous|lui|leur))?\s+/i,
  /^(cu[ée]ntame|cu[ée]ntanos|cuenta|escr[ií]beme|escribe|haz|lee)\s+/i,
  /^(an?|the|one)?\s*((bedtime|short|little|nice|new|funny)\s+)*(story|tale)\s+(about|of|with|where|in which)\s+/i,
  /^(une|l')\s*((petite|belle|jolie)\s+)?histoire\s+(sur|avec|o[uù]|à propos d[eu']|qui parle d[eu']|de|d')\s*/i,
  /^(un|una|el|la)\s+(cuento|cuentito|historia)\s+(sobre|acerca de|con|de|donde|en (el|la) que)\s+/i,
  /^(make it |it'?s |something )?about\s+/i,
  /^(i|we) (want|would like|'d like|wish for|need)( to (hear|have))?\s+/i,
  /^(can|could|may) (i|we) (have|hear|get)\s+/i,
  /^(je veux|j'aimerais|je voudrais|on veut|nous voulons|est-ce que tu peux me raconter)\s+/i,
  /^(quiero|me gustar[ií]a|queremos|puedes contarme|me cuentas)\s+/i,
  /^(once upon a time,? there (was|were|lived)|il [ée]tait une fois|(e|é)rase una vez|hab[ií]a una vez)\s+/i,
  /^(a|an|the|one)?\s*((bedtime|short|little|nice|new|funny|magical)\s+)*(story|tale)\s*$/i,
];

/**
 * The wish without lead-ins, quotes or final punctuation; at most `max` characters, cut at a word
 * (the old reader read 120; the frame reader reads 600).
 */
export function cleanWish(prompt: string | undefined, max = 120): string {
  let text = (prompt ?? "")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, " ")
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length > max) {
    const cut = text.slice(0, max + 1);
    const space = cut.lastIndexOf(" ");
    text = space > max / 2 ? cut.slice(0, space) : text.slice(0, max);
  }
  for (let pass = 0; pass < 4; pass++) {
    const before = text;
    for (const lead of LEAD_INS) text = text.replace(lead, "");
    if (text === before) break;
  }
  return text.replace(/^["'“”«»\s]+|["'“”«»\s.!?]+$/g, "").trim();
}

// ---------------------------------------------------------------------------------------------
// Noun phrases.

// An article is a whole word ("ma" in "ma moufle", never in "Mabel"), or an elided "l'"/"d'".
const ARTICLE =
  /^(?:(a|an|the|my|our|some|one|un|une|le|la|les|des|du|de la|mon|ma|mes|notre|el|los|las|unos|unas|mi|mis|nuestro|nuestra)\s+|(l'|d'|de l'))/i;
/^(a|an|the|my|our|some|one|un|une|le|la|les|l'|des|du|de la|de l'|d'|mon|ma|mes|notre|el|los|las|unos|unas|mi|mis|nuestro|nuestra)\s*/i;
const FEMININE_ARTICLES = new Set(["une", "la", "ma", "una", "mi"]);
const PLURAL_ARTICLES = new Set(["les", "des", "mes", "los", "las", "unos", "unas", "mis", "some"]);

/** Keeps unknown words as a Raw phrase (a few words of letters only), or nothing. */
function raw(text: string, lang: StoryLanguage): Raw | undefined {
  const trimmed = text.trim().replace(/[.,;:!?]+$/, "");
  const match = ARTICLE.exec(trimmed);
  const article = (match?.[1] ?? match?.[2] ?? "").toLowerCase();
  const bare = trimmed.slice(match?.[0].length ?? 0).trim();
  if (!bare || bare.split(" ").length > 4 || !/^[\p{L}' -]+$/u.test(bare)) return undefined;
  const proper = /^\p{Lu}/u.test(bare) && !article;
  const plural = PLURAL_ARTICLES.has(article) || (!article && lang === "en" && /[^s]s$/.test(bare));
  const gender: Gender = FEMININE_ARTICLES.has(article) ? "f" : "m";
  return { text: proper ? bare : bare.toLowerCase(), lang, gender, plural, proper };
}

/** Who a noun phrase is: one of the family's characters, a known creature, or unknown words. */
function readSubject(text: string, names: readonly string[], lang: StoryLanguage): Subject | undefined {
  const phrase = text.trim();
  if (!phrase) return undefined;
  const folded = fold(phrase);
  const character = names.find((name) => new RegExp(`(^|[^a-z])${escapeRegExp(fold(name))}([^a-z]|$)`).test(folded));
  const adjectives = {
    size: lookUp.size(phrase),
    colour: lookUp.colour(phrase),
    trait: lookUp.trait(phrase),
  };
  if (character) return { character, ...adjectives };
  const creature = find(LEX.creature, phrase);
  if (creature) {
    const plural = tokens(phrase).some(
      (w) => w !== fold(creature.item.en) && w === fold(pluralOf("en", creature.item.en)),
    );
    return { creature: creature.item, plural, ...adjectives };
  }
  const unknown = raw(phrase, lang);
  return unknown ? { raw: unknown, ...adjectives } : undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const SLEEP =
  /\b(sleep|sleeping|fall asleep|go to sleep|go to bed|dormir|s'endormir|endormir|dormirse|quedarse dormid[oa]|insomnia|insomnie|insomnio)\b/;
const FRIEND = /\b(friends?|make friends|ami|amie|amis|amies|copains?|copines?|amigos?|amigas?)\b/;
const GO =
  /^(see|visit|go to|go|travel to|reach|voir|visiter|aller (à|au|aux|en|sur|dans)|aller|partir|ver|visitar|ir (a|al)|ir|viajar (a|al)|llegar (a|al))\s+/;

/** What follows "wants to" / "can't": a known activity, a place to go, sleep, friends, or raw words. */
function readGoal(text: string, lang: StoryLanguage, wish: Wish): void {
  const folded = fold(text);
  if (SLEEP.test(folded)) {
    wish.arc = "sleepless";
    return;
  }
  if (FRIEND.test(folded)) {
    wish.arc = "friend";
    return;
  }
  if (GO.test(folded)) {
    const where = text.replace(/^\S+(\s+(to|à|au|aux|en|sur|dans|a|al))?\s+/i, "");
    wish.arc = "journey";
    wish.destination = find(LEX.destination, where)?.item ?? raw(where, lang);
    if (wish.destination) return;
  }
  const activity = find(LEX.activity, text);
  wish.arc = "learn";
  wish.goal = activity?.item ?? raw(text, lang);
}

function readFear(text: string, lang: StoryLanguage, wish: Wish): void {
  const what = text.replace(/^(of |du |de la |de l'|des |de |d'|a la |al |a |del |a los |a las |de los |de las )/i, "");
  const first = find(LEX.first, what) ?? firstTimeIn(what);
  if (first) {
    wish.arc = "first";
    wish.first = first.item;
    return;
  }
  wish.arc = "afraid";
  const creature = find(LEX.creature, what);
  wish.fear = find(LEX.fear, what)?.item ?? (creature ? { ...creature.item, plural: true } : raw(what, lang));
}

function firstTimeIn(text: string): Entry<FirstTime> | undefined {
  const words = new Set(tokens(text));
  const joined = ` ${tokens(text).join(" ")} `;
  const item = FIRST_TIMES.find((f) =>
    f.also.some((a) => (a.includes(" ") ? joined.includes(` ${fold(a)} `) : words.has(fold(a)))),
  );
  return item ? { item } : undefined;
}

/** A "lost X": a creature that is lost goes home (a journey); a thing is searched for. */
function readLost(
  text: string,
  owner: Subject | undefined,
  lang: StoryLanguage,
  names: readonly string[],
  wish: Wish,
): void {
  const what = text
    .replace(
      /\b(lost|missing|perdu|perdue|perdus|perdues|disparu|disparue|perdid[oa]s?|desaparecid[oa]s?|extraviad[oa]s?)\b/gi,
      " ",
    )
    .trim();
  const creature = find(LEX.creature, what);
  if (creature && !owner && !find(LEX.thing, what)) {
    wish.arc = "journey";
    wish.subject = readSubject(what, names, lang);
    return;
  }
  wish.arc = "lost";
  wish.subject = owner;
  const known = find(LEX.thing, what)?.item;
  // "des chaussettes perdues", "my socks": the story loses them all.
  const words = tokens(what);
  const plural =
    known !== undefined &&
    !known.plural &&
    (["en", "fr", "es"] as const).some((l) => {
      const singular = l === "en" ? known.en : known[l][0];
      return singular !== pluralOf(l, singular) && words.includes(fold(pluralOf(l, singular)));
    });
  // Several of a thing: the plural is spelt out, so the story says "les chaussettes perdues".
  wish.thing = known
    ? plural
      ? {
          ...known,
          en: pluralOf("en", known.en),
          fr: [pluralOf("fr", known.fr[0]), known.fr[1]],
          es: [pluralOf("es", known.es[0]), known.es[1]],
          plural: true,
        }
      : known
    : raw(what.replace(/^(his|her|its|their|son|sa|ses|su|sus)\s+/i, ""), lang);
}

type Rule = [RegExp, (m: RegExpExecArray, lang: StoryLanguage, names: readonly string[], wish: Wish) => void];

const subjectOf = (m: RegExpExecArray, lang: StoryLanguage, names: readonly string[]) =>
  readSubject(m[1] ?? "", names, lang);

// Most specific first. Each pattern sees the cleaned wish in lower case (accents kept).
const RULES: Rule[] = [
  // "a dragon who can't sleep", "un dragon qui n'arrive pas à dormir", "un dragón que no puede dormir"
  [
    /^(.*?)\s*\b(?:who|that|which|qui|que)\s+(?:can't|cannot|can not|couldn't|could not|doesn't know how to|does not know how to|didn't know how to|is unable to|never learned to|n'arrive pas à|n'arrive pas a|n'arrivait pas à|n'arrivait pas a|ne peut pas|ne pouvait pas|ne sait pas|ne savait pas|ne parvient pas à|no puede|no podía|no podia|no sabe|no sabía|no sabia|no consigue|no logra)\s+(.+)$/,
    (m, lang, names, w) => {
      w.subject = subjectOf(m, lang, names);
      readGoal(m[2] ?? "", lang, w);
    },
  ],
  [
    /^(.*?)\s*\b(?:who|that|qui|que)\s+(?:wants|wanted|wishes|wished|would like|dreams|dreamed|dreamt|longs|hopes|veut|voulait|voudrait|aimerait|souhaite|rêve|rêvait|quiere|quería|queria|querría|sueña con|soñaba con|desea)\s+(?:to |of being |of |about |de |d'|con )?(.+)$/,
    (m, lang, names, w) => {
      w.subject = subjectOf(m, lang, names);
      readGoal(m[2] ?? "", lang, w);
    },
  ],
  [
    /^(.*?)\s*\b(?:who|that|qui|que)\s+(?:is |was |gets |got |feels |felt |a |avait |tiene |tenía |tenia |le da |le daba )?(?:afraid|scared|frightened|terrified|fears|peur|miedo)\s+(?:of\s+)?(.+)$/,
    (m, lang, names, w) => {
      w.subject = subjectOf(m, lang, names);
      readFear(m[2] ?? "", lang, w);
    },
  ],
  [
    /^(.*?)\s*\b(?:who|that|qui|que)\s+(?:lost|has lost|had lost|loses|can't find|cannot find|a perdu|avait perdu|perd|ne trouve plus|ne retrouve plus|perdió|perdio|ha perdido|había perdido|pierde|no encuentra)\s+(.+)$/,
    (m, lang, names, w) => readLost(m[2] ?? "", subjectOf(m, lang, names), lang, names, w),
  ],
  [
    /^(.*?)\s*\b(?:who|that|qui|que)\s+(?:is lost|was lost|got lost|gets lost|lost (?:his|her|its) way|s'est perdue?|est perdue?|s'était perdue?|se perdió|se perdio|está perdid[oa]|esta perdid[oa]|se ha perdido)\b.*$/,
    (m, lang, names, w) => {
      w.arc = "journey";
      w.subject = subjectOf(m, lang, names);
    },
  ],
  [
    /^(?:(?:being |the )?(?:afraid|scared|frightened) of|(?:the )?fear of|(?:la )?peur|avoir peur|(?:el )?miedo|tener miedo)\s+(.+)$/,
    (m, lang, _names, w) => readFear(m[1] ?? "", lang, w),
  ],
  [
    /^(.*?)(?:'s|')\s+(first\s+)?(birthday|party|christmas)\b.*$/,
    (m, lang, names, w) => {
      w.arc = "celebrate";
      w.subject = subjectOf(m, lang, names);
      w.celebration = find(LEX.celebration, m[3] ?? "")?.item;
    },
  ],
  [
    /^(?:(?:a|the|my|our|un|une|la|le|el|la|mon|ma|mi)\s+|l')?(?:big |grand |gran |first |premier |primer )?(birthday|birthday party|party|christmas|anniversaire|fête|fete|noël|noel|cumpleaños|cumpleanos|cumple|fiesta|navidad)(?:\s+(?:of|de|d'|du|del|for|pour|para)\s*(.+))?$/,
    (m, lang, names, w) => {
      w.arc = "celebrate";
      w.celebration = find(LEX.celebration, m[1] ?? "")?.item;
      if (m[2]) w.subject = readSubject(m[2], names, lang);
    },
  ],
  [
    /^(?:(?:the|a|le|la|el|un|une)\s+)?(?:first|premier|première|premiere|primer|primera)\s+(?:day|night|time|jour|nuit|fois|día|dia|noche|vez)\b\s*(.*)$/,
    (m, lang, _names, w) => {
      const first = firstTimeIn(m[1] ?? "") ?? firstTimeIn(w.text);
      w.arc = first ? "first" : "learn";
      if (first) w.first = first.item;
      else readGoal((m[1] ?? "").replace(/^(at|of|in|on|to|que|qu'|à|au|de|d'|en|del|a)\s+/, ""), lang, w);
    },
  ],
  [/^(?:la\s+)?rentrée\b.*$/, (_m, _lang, _names, w) => Object.assign(w, { arc: "first", first: FIRST_TIMES[0] })],
  [
    /^(.*?)\s*\b(?:trip|journey|voyage|visit|adventure|holiday|outing|expedition|ride|flight|visite|promenade|excursion|aventure|balade|sortie|vacances|viaje|visita|excursión|paseo|aventura|vacaciones|goes|going|go|travels|va|part|partir|aller|voyage|ir|viaja|viajar)\s+(?:to|into|through|across|à|au|aux|en|vers|dans|sur|chez|a|al|a la|hasta|por|hacia)\s+(.+)$/,
    (m, lang, names, w) => {
      w.arc = "journey";
      const who = (m[1] ?? "").replace(/\b(a|an|the|un|une|le|la|el|una|des)\s*$/i, "").trim();
      if (who) w.subject = readSubject(who, names, lang);
      const where = (m[2] ?? "").replace(/^(the|la|le|les|l'|el|los|las)\s+/i, "");
      w.destination = find(LEX.destination, where)?.item ?? raw(m[2] ?? "", lang);
    },
  ],
  [
    /^(.+?)\s+(?:who|that|which|qui|que)\s+(?:is |was |est |était |etait |es |está |esta |estaba )?(?:lost|missing|perdue?s?|disparue?s?|perdid[oa]s?|desaparecid[oa]s?)\b.*$/,
    (m, lang, names, w) => readLost(m[1] ?? "", undefined, lang, names, w),
  ],
  [
    /^(.*\b(?:lost|missing|perdu|perdue|perdus|perdues|disparu|disparue|perdid[oa]s?|desaparecid[oa]s?|extraviad[oa]s?)\b.*)$/,
    (m, lang, names, w) => readLost(m[1] ?? "", undefined, lang, names, w),
  ],
  [
    /^(.+?)\s+(?:and|et|y|e|with|avec|con)\s+(.+)$/,
    (m, lang, names, w) => {
      const one = readSubject(m[1] ?? "", names, lang);
      const two = readSubject(m[2] ?? "", names, lang);
      if (!one && !two) return;
      w.arc = "friend";
      // A known creature makes the better subject: "Pip and the dragon" is about the dragon.
      if (one?.character && two && !two.character) [w.subject, w.friend] = [two, one];
      else [w.subject, w.friend] = [one ?? two, one ? two : undefined];
    },
  ],
  [
    /^(.+?)\s+(?:who|that|qui|que)\s+(.+)$/,
    (m, lang, names, w) => {
      w.subject = subjectOf(m, lang, names);
      bare(m[2] ?? "", lang, names, w, true);
    },
  ],
];

/** A bare noun or topic: what kind of word it is decides the arc. */
function bare(text: string, lang: StoryLanguage, names: readonly string[], wish: Wish, predicate = false): void {
  const folded = fold(text);
  if (SLEEP.test(folded) || /\b(bedtime|sommeil|sueno|sueño)\b/.test(folded)) {
    wish.arc = "sleepless";
    return;
  }
  if (
    /\b(lonely|alone|shy|new|no friends|seul|seule|timide|nouveau|nouvelle|solo|sola|tímid[oa]|timid[oa]|nuev[oa])\b/.test(
      folded,
    ) &&
    predicate
  ) {
    wish.arc = "friend";
    return;
  }
  const fear = find(LEX.fear, text);
  if (fear && (predicate || ["dark", "thunder", "monsters", "ghosts", "shadows", "night"].includes(fear.item.en))) {
    wish.arc = fear.item.en === "night" ? "sleepless" : "afraid";
    wish.fear = fear.item;
    return;
  }
  const first = firstTimeIn(text);
  if (first && /\b(school|ecole|colegio|escuela|cole|rentree|nursery|maternelle|guarderia|sleepover)\b/.test(folded)) {
    wish.arc = "first";
    wish.first = first.item;
    return;
  }
  const celebration = find(LEX.celebration, text);
  if (celebration) {
    wish.arc = "celebrate";
    wish.celebration = celebration.item;
    return;
  }
  const activity = find(LEX.activity, text);
  if (activity && (predicate || fold(activity.item.ing) === folded || activity.lang === undefined)) {
    wish.arc = "learn";
    wish.goal = activity.item;
    return;
  }
  if (!predicate) {
    const subject = readSubject(text, names, lang);
    if (subject?.creature || subject?.character) {
      wish.arc = "friend";
      wish.subject = subject;
      return;
    }
  }
  const destination = find(LEX.destination, text);
  if (destination && !find(LEX.thing, text)) {
    wish.arc = "journey";
    wish.destination = destination.item;
    return;
  }
  wish.arc = "quest";
  wish.thing = find(LEX.thing, text)?.item ?? (predicate ? undefined : raw(text, lang));
}

/**
 * Reads a parent's wish. `names` are the family's characters (a wish may be about one of them);
 * `storyLanguage` is the guess when the wish itself does not say.
 * @example
 * readWish("a dragon who can't sleep", [], "fr") // { arc: "sleepless", subject: { creature: dragon }, … }
 */
export function readWish(prompt: string | undefined, names: readonly string[], storyLanguage: StoryLanguage): Wish {
  const text = cleanWish(prompt);
  const wish: Wish = { text };
  if (!/\p{L}/u.test(text)) return wish;
  const language = wishLanguage(text, storyLanguage) ?? storyLanguage;
  wish.language = language;
  const lower = text.toLowerCase();
  for (const [pattern, apply] of RULES) {
    const m = pattern.exec(lower);
    if (!m) continue;
    // Raw words keep the parent's capitals (names); the rules read the lower-case text.
    apply(m, language, names, wish);
    if (wish.arc) break;
  }
  if (!wish.arc) bare(text, language, names, wish);
  restoreCapitals(wish, text);
  return wish;
}

/** Rule patterns read lower case; a raw name the parent capitalised ("Paris") gets its capitals back. */
function restoreCapitals(wish: Wish, text: string): void {
  for (const value of [wish.destination, wish.thing, wish.subject?.raw, wish.goal, wish.fear]) {
    if (!isRaw(value)) continue;
    const at = text.toLowerCase().indexOf(value.text);
    if (at < 0) continue;
    const original = text.slice(at, at + value.text.length);
    if (/^\p{Lu}/u.test(original)) {
      value.text = original;
      value.proper = true;
    }
  }
}
