/**
 * Small text helpers for the offline storyteller: tidying what users wrote (names, looks, the
 * parent's prompt) so it reads well inside a sentence, and finding the setting's kind.
 * Everything stays plain text: nothing here adds markup, and the pages escape what they show.
 */
import type { Noun, Phrasebook, SettingKind } from "./phrasebook";

/** Upper-cases the first letter. */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "with", "for", "up", "but"]);

/**
 * English title case, small words lower-cased except the first.
 * @example titleCase("the lost mitten") // "The Lost Mitten"
 */
export function titleCase(text: string): string {
  return text
    .split(" ")
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : cap(word)))
    .join(" ");
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Trims user text to one line of at most `max` characters, cut at a word boundary. Control and
 * bidi-override characters go; everything else is kept as the plain text it is.
 * @example clean("  a lost\n mitten ", 120) // "a lost mitten"
 */
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

/** For text going mid-sentence ("Pip was Curious" → "Pip was curious"); keeps "I" and "NASA". */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Drops a trailing full stop so the text can sit inside a sentence. */
export function inner(text: string): string {
  return text.replace(/[\s.]+$/, "");
}

/** Text as its own sentence: capitalised, with a final stop. */
export function sentence(text: string): string {
  if (!text) return "";
  return cap(text) + (/[.!?…"”»)]$/.test(text) ? "" : ".");
}

const LEADING_ARTICLE = /^(the|le|la|les|el|los|las)\s+|^(l['’])/i;

/** "The Whispering Woods" → "the Whispering Woods", to sit after "in". */
export function lowerArticle(name: string): string {
  return name.replace(LEADING_ARTICLE, (article) => article.toLowerCase());
}

/** "the Whispering Woods" → "Whispering Woods", for "Goodnight, Whispering Woods". */
export function withoutArticle(name: string): string {
  return name.replace(LEADING_ARTICLE, "") || name;
}

// "a story about …", "une histoire sur …", "un cuento sobre …" and their cousins: the words
// before the theme. Applied a few times, so "please tell me a story about" goes in steps.
const LEAD_INS = [
  /^(please|s'il te pla[iî]t|por favor)[\s,]+/i,
  /^((can|could|would) you\s+)?(tell|write|make|read)(\s+(me|us|him|her|them))?\s+/i,
  /^(raconte|[ée]cris|fais|lis)(-(moi|nous|lui|leur))?\s+/i,
  /^(cu[ée]ntame|cu[ée]ntanos|cuenta|escr[ií]beme|escribe|haz|lee)\s+/i,
  /^(an?|the|one)?\s*((bedtime|short|little|nice|new)\s+)*(story|tale)\s+(about|of|with|where|in which)\s+/i,
  /^(une|l['’])\s*((petite|belle|jolie)\s+)?histoire\s+(sur|avec|o[uù]|à propos d[eu']|qui parle d[eu']|de|d['’])\s*/i,
  /^(un|una|el|la)\s+(cuento|cuentito|historia)\s+(sobre|acerca de|con|de|donde|en (el|la) que)\s+/i,
  /^(make it |it'?s |something )?about\s+/i,
];

const LOST =
  /(?<!\p{L})(lost|missing|perdu\p{L}*|disparu\p{L}*|égaré\p{L}*|perdid\p{L}*|desaparecid\p{L}*|extraviad\p{L}*)(?!\p{L})/iu;

export interface Theme {
  /** A short noun phrase the story can lose, find or rescue. */
  thing?: Noun;
  /** Anything else, ready to insert into a sentence. */
  topic?: string;
  /** The topic is a quoted wish rather than a few plain words. */
  quoted?: boolean;
  /** The topic is short and plain enough for a title ("Pip Dreams of Dinosaurs"). */
  titled?: boolean;
  /** The parent spoke of something lost or missing: the story is a search. */
  lost?: boolean;
}

/**
 * Reads the parent's prompt as the story's theme. The text stays plain text (at most 120
 * characters of it are used); it is never parsed as markup or as a template.
 * @example readTheme("A story about a lost mitten.", en) // { thing: { the: "the mitten", … } }
 */
export function readTheme(prompt: string | undefined, book: Phrasebook): Theme {
  let text = clean(prompt, 120);
  for (let pass = 0; pass < 4; pass++) {
    const before = text;
    for (const lead of LEAD_INS) text = text.replace(lead, "");
    if (text === before) break;
  }
  text = text.replace(/^["'“”«»\s]+|["'“”«»\s.!]+$/g, "").trim();
  if (!/\p{L}/u.test(text)) return {};
  const thing = book.parseThing(text);
  if (thing) return { thing, lost: LOST.test(text) };
  // A few plain words read as a topic ("dinosaurs", "the first day of school"); a longer or
  // punctuated wish reads better quoted ("one idea: “Pip finds a dragon egg”").
  const words = wordCount(text);
  const plain = words <= 6 && !/[.!?;:]/.test(text);
  return {
    topic: plain ? lowerFirst(text) : book.quote(text),
    quoted: !plain,
    titled: plain && words <= 4 && /^[\p{L}\p{N} '’-]+$/u.test(text),
  };
}

// Keywords in English, French and Spanish, most specific first; whole words, where "*" lets a
// word go on ("forest*" is also "forests") — so "mer" (sea) never matches "summer".
const KIND_WORDS: [SettingKind, string][] = [
  [
    "space",
    "space|planet*|galax*|rocket*|spaceship*|astronaut*|comet*|moon|espace|planète*|fusée*|lune|espacio|planeta*|cohete*|luna",
  ],
  [
    "bedroom",
    "bedroom*|nursery|bed|bunk*|house*|home|room|kitchen*|chambre*|maison*|cuisine*|dormitorio*|habitación*|cuarto*|cama|camas|casa*|cocina*",
  ],
  ["castle", "castle*|palace*|tower*|kingdom*|château*|palais|tour*|royaume*|castillo*|palacio*|torre*|reino*"],
  [
    "sea",
    "sea|seaside|ocean*|beach*|shore*|island*|lighthouse*|mer|océan*|plage*|île*|phare*|mar|océano*|playa*|isla*|costa*",
  ],
  ["snow", "snow*|ice|icy|frozen|winter*|arctic|polar|neige*|glace*|hiver*|nieve*|hielo*|invierno*"],
  [
    "river",
    "river*|lake*|pond*|stream*|brook*|rivière*|fleuve*|lac|lacs|étang*|ruisseau*|río*|rio|lago*|arroyo*|estanque*",
  ],
  [
    "mountain",
    "mountain*|hill*|peak*|cliff*|valley*|montagne*|colline*|sommet*|falaise*|vallée*|montaña*|colina*|cima*|valle*|sierra*",
  ],
  ["garden", "garden*|park*|orchard*|greenhouse*|jardin*|jardín*|parc*|verger*|huerto*|parque*"],
  ["forest", "forest*|wood|woods|woodland*|jungle*|grove*|forêt*|bois|bosque*|selva*|jungla*"],
  ["meadow", "meadow*|field*|prairie*|farm*|pré|prés|champ|champs|ferme*|prado*|pradera*|campo*|granja*"],
  [
    "town",
    "town*|city|village*|street*|market*|square*|ville*|rue*|marché*|pueblo*|ciudad*|aldea*|calle*|mercado*|plaza*",
  ],
];
const KIND_PATTERNS = KIND_WORDS.map(([kind, words]): [SettingKind, RegExp] => {
  const alternatives = words.split("|").map((word) => (word.endsWith("*") ? `${word.slice(0, -1)}\\p{L}*` : word));
  return [kind, new RegExp(`(?<!\\p{L})(?:${alternatives.join("|")})(?!\\p{L})`, "u")];
});

function kindIn(text: string): SettingKind | undefined {
  const lower = text.toLowerCase();
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(lower))?.[0];
}

/**
 * What kind of place a setting is, from its name first, then its description, in English,
 * French or Spanish.
 * @example settingKindOf("the Whispering Woods", "a soft green forest") // "forest"
 */
export function settingKindOf(name: string, description: string): SettingKind {
  return kindIn(name) ?? kindIn(description) ?? "place";
}
