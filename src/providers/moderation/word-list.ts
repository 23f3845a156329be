/**
 * The offline moderator: a short, built-in list of words and phrases (English, French, Spanish)
 * that have no place in a young child's bedtime story. It is a backstop for the offline
 * storyteller and for parents' wishes, not a classifier: OpenAI moderation replaces it when a
 * key is set.
 *
 * How it matches: whole words and phrases only, ignoring case and accents ("Cocaïne" = "cocaine",
 * "skill" does not contain "kill"). Every form is listed explicitly (no stems or wildcards), which
 * keeps false positives rare and the list easy to review.
 *
 * What is deliberately left out: words with an innocent meaning a story could well use, in any of
 * the three languages once accents are gone. For example "sang" (French "blood", English "sang a
 * song"), "grenade" (French "pomegranate"), "héroïne" (French/Spanish "heroine"), "mata" (Spanish
 * "bush"), "weed", "crack", "naked", "drunk" ("had drunk her milk"), "revolver"
 * (Spanish "to stir"), "sword", "killer" (killer whales). No slurs are listed here.
 */
import type { ModerationResult, Moderator } from "../types";

/** Reason shown to a parent → words and phrases (written naturally; normalized when matched). */
export const BLOCKED_TERMS: Readonly<Record<string, readonly string[]>> = {
  violence: [
    // en
    "kill",
    "kills",
    "killed",
    "killing",
    "murder",
    "murders",
    "murdered",
    "murderer",
    "blood",
    "bloody",
    "gore",
    "gory",
    "stab",
    "stabbed",
    "stabbing",
    "torture",
    "tortured",
    "behead",
    "beheaded",
    "corpse",
    "corpses",
    "dead body",
    // fr
    "tuer",
    "tuée",
    "tuées",
    "a tué",
    "ont tué",
    "meurtre",
    "meurtrier",
    "assassiner",
    "assassiné",
    "sanglant",
    "sanglante",
    "cadavre",
    "cadavres",
    "torturer",
    // es
    "matar",
    "mató",
    "matado",
    "asesinar",
    "asesinato",
    "asesino",
    "sangre",
    "sangriento",
    "cadáver",
    "tortura",
    "torturar",
  ],
  weapons: [
    // en
    "gun",
    "guns",
    "pistol",
    "pistols",
    "rifle",
    "rifles",
    "shotgun",
    "knife",
    "knives",
    "bomb",
    "bombs",
    "machine gun",
    // fr
    "pistolet",
    "pistolets",
    "fusil",
    "fusils",
    "couteau",
    "couteaux",
    "mitraillette",
    "bombe",
    // es
    "pistola",
    "pistolas",
    "escopeta",
    "cuchillo",
    "cuchillos",
    "ametralladora",
  ],
  "sexual content": [
    // en
    "sex",
    "sexy",
    "sexual",
    "porn",
    "porno",
    "pornography",
    "erotic",
    "nude",
    "nudes",
    // fr
    "sexe",
    "sexuel",
    "sexuelle",
    "pornographie",
    "érotique",
    // es
    "sexo",
    "pornografía",
    "erótico",
    "erótica",
  ],
  "drugs and alcohol": [
    // en
    "drugs",
    "drug dealer",
    "cocaine",
    "heroin",
    "meth",
    "marijuana",
    "cannabis",
    "beer",
    "vodka",
    "whisky",
    "whiskey",
    // fr
    "drogue",
    "drogues",
    "cocaïne",
    "bière",
    "bières",
    "alcool",
    "ivrogne",
    // es
    "droga",
    "drogas",
    "cocaína",
    "marihuana",
    "cerveza",
    "cervezas",
    "borracho",
    "borracha",
  ],
  "self-harm": [
    // en
    "suicide",
    "suicidal",
    "self-harm",
    "self harm",
    // fr
    "se suicider",
    "suicidé",
    // es
    "suicidio",
    "suicidarse",
  ],
  "bad language": ["fuck", "fucking", "shit", "merde", "putain", "mierda", "joder"],
};

/**
 * Lower case, accents stripped, every run of non-letters/digits turned into one space, padded
 * with spaces: " l arme du heros " — so a whole word or phrase is a plain substring search.
 */
function normalize(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return ` ${words.join(" ")} `;
}

// Normalized once: [" cocaine ", "drugs and alcohol"], …
const NORMALIZED_TERMS: [string, string][] = Object.entries(BLOCKED_TERMS).flatMap(([reason, terms]) =>
  terms.map((term): [string, string] => [normalize(term), reason]),
);

/**
 * Which categories of the list appear in the text, in list order.
 * @example
 * findBlockedReasons("a story with a gun and blood") // ["violence", "weapons"]
 */
export function findBlockedReasons(text: string): string[] {
  const haystack = normalize(text);
  const reasons = new Set<string>();
  for (const [term, reason] of NORMALIZED_TERMS) {
    if (haystack.includes(term)) reasons.add(reason);
  }
  return [...reasons];
}

export const wordListModerator: Moderator = {
  name: "word-list",
  async check(texts: string[]): Promise<ModerationResult> {
    // Checked one by one so words from two texts never join into a phrase.
    const reasons = new Set(texts.flatMap(findBlockedReasons));
    return { flagged: reasons.size > 0, reasons: [...reasons] };
  },
};
