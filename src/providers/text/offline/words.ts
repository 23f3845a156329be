/**
 * Noun phrases in English, French and Spanish: articles (with French elision and the Spanish
 * "el hada"), plurals, adjective order and agreement. Everything the grammars say about a
 * creature or a thing goes through `phrase()`, so "un petit hérisson timide" is spelt in one place.
 */
import type { Adjective, Gender, Noun, StoryLanguage } from "./lexicon";

/** Upper-cases the first letter. */
export const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Lower-case, accents removed: how wishes and looks are matched. */
export const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’`]/g, "'");

// French words starting with a "h aspiré" take "le", not "l’".
const H_ASPIRE = /^(hérisson|hibou|héros|haricot|hamac|hamster|hache|haut|hutte)/i;
/**
 * French elision: "l’ours", "d’une", "l’hiver", but "le hérisson". A name starting with a capital
 * H (Hoot, Hugo, Hannah) does not elide: "le grand jour de Hoot", as French usage has it for such names.
 */
export const frVowel = (word: string) =>
  /^[aeiouyâàéèêëîïôûœh]/i.test(word) && !H_ASPIRE.test(word) && !/^H/.test(word);
// Feminine Spanish nouns starting with a stressed "a" take "el"/"un" in the singular.
const ES_STRESSED_A = /^(hada|agua|águila|ave|alma|hacha)$/i;

export function pluralOf(language: StoryLanguage, word: string): string {
  // Only the head noun changes: "sac à dos" → "sacs à dos", "copo de nieve" → "copos de nieve".
  const [head = word, ...rest] = word.split(" ");
  const tail = rest.length ? ` ${rest.join(" ")}` : "";
  if (language === "en") {
    const irregular: Record<string, string> = {
      mouse: "mice",
      fish: "fish",
      sheep: "sheep",
      child: "children",
      wolf: "wolves",
    };
    const plural =
      irregular[head] ??
      (/(s|x|z|ch|sh)$/.test(head) ? `${head}es` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`);
    return plural + tail;
  }
  if (language === "fr") {
    if (/[sxz]$/.test(head)) return word;
    if (/(eau|au|eu|ou)$/.test(head) && !/(pneu|bleu)$/.test(head)) return `${head}x${tail}`;
    if (/al$/.test(head)) return `${head.slice(0, -2)}aux${tail}`;
    return `${head}s${tail}`;
  }
  if (/s$/.test(head) && !/[áéíóú]s$/.test(head)) return word;
  if (/[aeiouáéó]$/.test(head)) return `${head}s${tail}`;
  if (/z$/.test(head)) return `${head.slice(0, -1)}ces${tail}`;
  const unaccented = head.replace(/([áéíóú])([nsl])$/, (_, v: string, end: string) => fold(v) + end);
  return `${unaccented}es${tail}`;
}

/** One adjective agreeing with a noun. */
export function agree(language: StoryLanguage, a: Adjective, gender: Gender, plural = false): string {
  if (language === "en") return a.en;
  const base = (language === "fr" ? a.fr : a.es)[gender === "f" ? 1 : 0];
  if (!plural) return base;
  return base
    .split(" ")
    .map((w) => (w === "tout" ? "tous" : w === "toute" ? "toutes" : pluralOf(language, w)))
    .join(" ");
}

export type Article = "a" | "the" | "none" | "his";

export interface PhraseOptions {
  article: Article;
  size?: Adjective;
  colour?: Adjective;
  trait?: Adjective;
  plural?: boolean;
  /** For "his"/"her" in English: "his", "her", "its" or a name's possessive ("Pip’s"). */
  owner?: string;
}

/**
 * A noun phrase in the story's language.
 * @example phrase("fr", dragon, { article: "a", size: little, colour: green }) // "un petit dragon vert"
 */
export function phrase(language: StoryLanguage, noun: Noun, o: PhraseOptions): string {
  const plural = o.plural ?? noun.plural ?? false;
  if (language === "en") {
    const head = plural && !noun.plural ? pluralOf("en", noun.en) : noun.en;
    const words = [o.trait?.en, o.size?.en, o.colour?.en, head].filter(Boolean).join(" ");
    if (o.article === "none") return words;
    if (o.article === "the") return `the ${words}`;
    if (o.article === "his") return `${o.owner ?? "its"} ${words}`;
    if (plural) return `some ${words}`;
    return `${/^[aeiou]/i.test(words) && !/^(uni|eu|one)/i.test(words) ? "an" : "a"} ${words}`;
  }
  const [word, gender] = language === "fr" ? noun.fr : noun.es;
  const head = plural && !noun.plural ? pluralOf(language, word) : word;
  const before = o.size ? agree(language, o.size, gender, plural) : "";
  const after = [o.colour, o.trait]
    .filter((a): a is Adjective => Boolean(a))
    .map((a) => agree(language, a, gender, plural))
    .slice(0, 1)
    .join(" ");
  const body = [before, head, after].filter(Boolean).join(" ");
  const f = gender === "f";
  if (language === "fr") {
    if (o.article === "none") return body;
    if (o.article === "a") return `${plural ? "des" : f ? "une" : "un"} ${body}`;
    if (o.article === "his") return `${plural ? "ses" : f && !frVowel(body) ? "sa" : "son"} ${body}`;
    if (plural) return `les ${body}`;
    return frVowel(body) ? `l’${body}` : `${f ? "la" : "le"} ${body}`;
  }
  const stressed = f && !plural && !before && ES_STRESSED_A.test(head);
  if (o.article === "none") return body;
  if (o.article === "a") return `${plural ? (f ? "unas" : "unos") : f && !stressed ? "una" : "un"} ${body}`;
  if (o.article === "his") return `${plural ? "sus" : "su"} ${body}`;
  return `${plural ? (f ? "las" : "los") : f && !stressed ? "la" : "el"} ${body}`;
}

/** The gender of a noun in French or Spanish (English: masculine, unused). */
export function genderOf(language: StoryLanguage, noun: Noun): Gender {
  return language === "fr" ? noun.fr[1] : language === "es" ? noun.es[1] : "m";
}

/**
 * "de" / "à" (fr) and "de" / "a" (es) before a phrase that starts with its article:
 * de + le → du, à + les → aux, de + el → del, a + el → al.
 * @example prep("fr", "de", "le noir") // "du noir"
 */
export function prep(language: StoryLanguage, p: "de" | "à" | "a", np: string): string {
  if (language === "fr") {
    const de = p === "de";
    if (np.startsWith("le ")) return `${de ? "du" : "au"} ${np.slice(3)}`;
    if (np.startsWith("les ")) return `${de ? "des" : "aux"} ${np.slice(4)}`;
    if (de && np.startsWith("des ")) return `de ${np.slice(4)}`;
    if (de && frVowel(np)) return `d’${np}`;
    return `${p} ${np}`;
  }
  if (np.startsWith("el ")) return `${p === "de" ? "del" : "al"} ${np.slice(3)}`;
  return `${p} ${np}`;
}

/** "Pip", "Pip and Mabel", "Pip, Mabel and Otto". */
export function joinNames(language: StoryLanguage, names: readonly string[]): string {
  const and = language === "en" ? "and" : language === "fr" ? "et" : names.at(-1)?.match(/^h?i/i) ? "e" : "y";
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------
// English verb forms, for verbs a child uses that the lexicon lacks ("digs", "to juggle").

const EN_PAST: Record<string, string> = {
  be: "was",
  begin: "began",
  bite: "bit",
  blow: "blew",
  break: "broke",
  bring: "brought",
  build: "built",
  buy: "bought",
  catch: "caught",
  come: "came",
  dig: "dug",
  dive: "dived",
  do: "did",
  draw: "drew",
  dream: "dreamed",
  drink: "drank",
  drive: "drove",
  eat: "ate",
  fall: "fell",
  feed: "fed",
  feel: "felt",
  fight: "fought",
  find: "found",
  fly: "flew",
  forget: "forgot",
  freeze: "froze",
  get: "got",
  give: "gave",
  go: "went",
  grow: "grew",
  hang: "hung",
  have: "had",
  hear: "heard",
  hide: "hid",
  hold: "held",
  keep: "kept",
  know: "knew",
  lead: "led",
  leave: "left",
  lend: "lent",
  light: "lit",
  lose: "lost",
  make: "made",
  meet: "met",
  pay: "paid",
  read: "read",
  ride: "rode",
  ring: "rang",
  rise: "rose",
  run: "ran",
  say: "said",
  see: "saw",
  sell: "sold",
  send: "sent",
  shake: "shook",
  shine: "shone",
  sing: "sang",
  sink: "sank",
  sit: "sat",
  sleep: "slept",
  slide: "slid",
  speak: "spoke",
  spin: "spun",
  stand: "stood",
  steal: "stole",
  stick: "stuck",
  sting: "stung",
  swim: "swam",
  swing: "swung",
  take: "took",
  teach: "taught",
  tear: "tore",
  tell: "told",
  think: "thought",
  throw: "threw",
  understand: "understood",
  wake: "woke",
  wear: "wore",
  weave: "wove",
  win: "won",
  write: "wrote",
  sweep: "swept",
  spend: "spent",
  bake: "baked",
};
const EN_BY_THIRD: Record<string, string> = { has: "have", does: "do", goes: "go", is: "be" };

/** "digs" → "dig", "flies" → "fly", "watches" → "watch"; a base form stays. */
export function baseOfThird(word: string): string {
  const w = word.toLowerCase();
  if (EN_BY_THIRD[w]) return EN_BY_THIRD[w];
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z|o)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** "digging" → "dig", "baking" → "bake", "painting" → "paint". */
export function baseOfIng(word: string): string {
  const stem = word.toLowerCase().replace(/ing$/, "");
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (/^[^aeiou]*[aeiou][bcdfgkmnprstvz]$/.test(stem) && stem.length <= 4 && !/^(eat|open|read|sleep)$/.test(stem))
    return `${stem}e`;
  if (/ie$/.test(word)) return word;
  return stem || word;
}

const doubles = (v: string) => /^[^aeiou]*[aeiou][bdgmnprt]$/.test(v) && v.length <= 4;
/** Applies an English form to the first word of a verb phrase: "dig to the moon" → "digging to the moon". */
const head = (phrase: string, form: (verb: string) => string) => {
  const [verb = phrase, ...rest] = phrase.split(" ");
  return [form(verb), ...rest].join(" ");
};
export const ingOf = (phrase: string) =>
  head(phrase, (v) =>
    /ie$/.test(v)
      ? `${v.slice(0, -2)}ying`
      : /[^aeio]e$/.test(v) && v !== "be"
        ? `${v.slice(0, -1)}ing`
        : doubles(v)
          ? `${v}${v.at(-1)}ing`
          : `${v}ing`,
  );
export const pastOf = (phrase: string) =>
  head(phrase, (v) =>
    EN_PAST[v]
      ? EN_PAST[v]
      : /e$/.test(v)
        ? `${v}d`
        : /[^aeiou]y$/.test(v)
          ? `${v.slice(0, -1)}ied`
          : doubles(v)
            ? `${v}${v.at(-1)}ed`
            : `${v}ed`,
  );
export const thirdOf = (phrase: string) =>
  head(phrase, (v) =>
    v === "have"
      ? "has"
      : v === "be"
        ? "is"
        : /(s|sh|ch|x|z|o)$/.test(v)
          ? `${v}es`
          : /[^aeiou]y$/.test(v)
            ? `${v.slice(0, -1)}ies`
            : `${v}s`,
  );
