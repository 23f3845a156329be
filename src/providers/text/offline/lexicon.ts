/**
 * The offline storyteller's lexicons, as typed data: the words it understands in a wish or in a
 * character's looks, and how it says them in English, French and Spanish.
 *
 * A noun is `[singular, gender]` in French and Spanish (English needs no gender); plurals are made
 * by rule (`plural()` in `words.ts`) unless given. `also` lists extra spellings a parent may type
 * (plurals, synonyms, words without accents are matched anyway).
 */
import type { CreatureKind, PictureAction, PlaceKind } from "../../../story/types";

export type StoryLanguage = "en" | "fr" | "es";
export const STORY_LANGUAGES: readonly StoryLanguage[] = ["en", "fr", "es"];
export type Gender = "m" | "f";

/** A noun in the three languages: `fr`/`es` carry the grammatical gender. */
export interface Noun {
  en: string;
  fr: readonly [string, Gender];
  es: readonly [string, Gender];
  /** Plural-only nouns ("glasses", "les lunettes"). */
  plural?: boolean;
  /** Other words that mean it, in any of the languages. */
  also?: readonly string[];
}

export interface CreatureWord extends Noun {
  /** What the painter draws for it (the nearest of the fixed kinds). */
  kind: CreatureKind;
  /** People: "she" / "he" in English when the word says it (girl, grandpa). */
  sex?: Gender;
}

/** An adjective: French and Spanish as [masculine, feminine]. */
export interface Adjective {
  en: string;
  fr: readonly [string, string];
  es: readonly [string, string];
  also?: readonly string[];
}

const n = (
  en: string,
  fr: readonly [string, Gender],
  es: readonly [string, Gender],
  also: readonly string[] = [],
  plural = false,
): Noun => ({ en, fr, es, also, plural });

const c = (
  kind: CreatureKind,
  en: string,
  fr: readonly [string, Gender],
  es: readonly [string, Gender],
  also: readonly string[] = [],
  sex?: Gender,
): CreatureWord => ({ kind, en, fr, es, also, sex });

/** Creatures and people a story can be about; the first of each kind is the kind's own word. */
export const CREATURES: readonly CreatureWord[] = [
  c("dragon", "dragon", ["dragon", "m"], ["dragón", "m"], ["dragonet", "dragoncito"]),
  c("unicorn", "unicorn", ["licorne", "f"], ["unicornio", "m"]),
  c("whale", "whale", ["baleine", "f"], ["ballena", "f"]),
  c("penguin", "penguin", ["pingouin", "m"], ["pingüino", "m"], ["manchot", "manchots"]),
  c("turtle", "turtle", ["tortue", "f"], ["tortuga", "f"], ["tortoise", "tortoises"]),
  c("snail", "snail", ["escargot", "m"], ["caracol", "m"], ["caracoles"]),
  c("robot", "robot", ["robot", "m"], ["robot", "m"], ["robots", "robotito"]),
  c("bear", "bear", ["ours", "m"], ["oso", "m"], ["teddy bear", "nounours", "ourson", "osito", "osita"]),
  c("owl", "owl", ["hibou", "m"], ["búho", "m"], ["hiboux", "chouette", "chouettes", "lechuza", "owlet"]),
  c("hedgehog", "hedgehog", ["hérisson", "m"], ["erizo", "m"]),
  c("mouse", "mouse", ["souris", "f"], ["ratón", "m"], ["mice", "ratones", "ratoncito", "ratita"]),
  c("cat", "cat", ["chat", "m"], ["gato", "m"], ["kitty", "chatte", "gata", "gatita"]),
  c("cat", "kitten", ["chaton", "m"], ["gatito", "m"]),
  c("dog", "dog", ["chien", "m"], ["perro", "m"], ["doggy", "chienne", "perra", "perrita"]),
  c("dog", "puppy", ["chiot", "m"], ["perrito", "m"], ["puppies", "cachorro", "toutou"]),
  c("fox", "fox", ["renard", "m"], ["zorro", "m"], ["foxes", "renarde", "zorra", "zorrito"]),
  c(
    "rabbit",
    "rabbit",
    ["lapin", "m"],
    ["conejo", "m"],
    ["bunny", "bunnies", "lapine", "lapinou", "coneja", "conejito"],
  ),
  c("duck", "duck", ["canard", "m"], ["pato", "m"], ["duckling", "caneton", "cane", "pata", "patito"]),
  c("child", "girl", ["fille", "f"], ["niña", "f"], ["fillette", "petite fille", "little girl"], "f"),
  c("child", "boy", ["garçon", "m"], ["niño", "m"], ["petit garçon", "little boy"], "m"),
  c("child", "child", ["enfant", "m"], ["niño", "m"], ["kid", "children"]),
  c("child", "baby", ["bébé", "m"], ["bebé", "m"], []),
  c("child", "princess", ["princesse", "f"], ["princesa", "f"], [], "f"),
  c("child", "prince", ["prince", "m"], ["príncipe", "m"], [], "m"),
  c("child", "pirate", ["pirate", "m"], ["pirata", "m"], []),
  c("child", "knight", ["chevalier", "m"], ["caballero", "m"], [], "m"),
  c("child", "fairy", ["fée", "f"], ["hada", "f"], ["hadas"], "f"),
  c("child", "astronaut", ["astronaute", "m"], ["astronauta", "m"], []),
  c("grown-up", "witch", ["sorcière", "f"], ["bruja", "f"], [], "f"),
  c("grown-up", "wizard", ["magicien", "m"], ["mago", "m"], ["sorcier"], "m"),
  c("grown-up", "grandma", ["mamie", "f"], ["abuela", "f"], ["granny", "grandmother", "grand-mère", "abuelita"], "f"),
  c("grown-up", "grandpa", ["papi", "m"], ["abuelo", "m"], ["grandad", "grandfather", "grand-père", "abuelito"], "m"),
  c("grown-up", "mum", ["maman", "f"], ["mamá", "f"], ["mom", "mommy", "mummy", "mother"], "f"),
  c("grown-up", "dad", ["papa", "m"], ["papá", "m"], ["daddy", "father"], "m"),
  c("grown-up", "giant", ["géant", "m"], ["gigante", "m"], [], "m"),
  // Animals the painter has no figure for: drawn as the nearest kind.
  c("dragon", "dinosaur", ["dinosaure", "m"], ["dinosaurio", "m"], ["dino", "t-rex"]),
  c("cat", "lion", ["lion", "m"], ["león", "m"], ["lionceau", "leones", "lioness"]),
  c("cat", "tiger", ["tigre", "m"], ["tigre", "m"], []),
  c("dog", "wolf", ["loup", "m"], ["lobo", "m"], ["wolves", "louveteau", "lobito"]),
  c("bear", "elephant", ["éléphant", "m"], ["elefante", "m"], []),
  c("bear", "monkey", ["singe", "m"], ["mono", "m"], []),
  c("bear", "panda", ["panda", "m"], ["panda", "m"], []),
  c("unicorn", "pony", ["poney", "m"], ["poni", "m"], ["ponies", "horse", "cheval", "caballo", "poni"]),
  c("unicorn", "giraffe", ["girafe", "f"], ["jirafa", "f"], []),
  c("whale", "dolphin", ["dauphin", "m"], ["delfín", "m"], []),
  c("whale", "fish", ["poisson", "m"], ["pez", "m"], ["peces", "pececito"]),
  c("whale", "octopus", ["pieuvre", "f"], ["pulpo", "m"], ["poulpe"]),
  c("penguin", "seal", ["phoque", "m"], ["foca", "f"], []),
  c("owl", "bird", ["oiseau", "m"], ["pájaro", "m"], ["birdie", "oisillon", "pajarito"]),
  c("owl", "butterfly", ["papillon", "m"], ["mariposa", "f"], []),
  c("duck", "chick", ["poussin", "m"], ["pollito", "m"], ["chicken", "poule", "gallina"]),
  c("duck", "frog", ["grenouille", "f"], ["rana", "f"], ["ranita"]),
  c("mouse", "squirrel", ["écureuil", "m"], ["ardilla", "f"], []),
  c("snail", "ladybird", ["coccinelle", "f"], ["mariquita", "f"], ["ladybug"]),
  c("mouse", "bee", ["abeille", "f"], ["abeja", "f"], []),
  c("bear", "sheep", ["mouton", "m"], ["oveja", "f"], ["lamb", "agneau", "cordero"]),
  c("bear", "pig", ["cochon", "m"], ["cerdito", "m"], ["piglet", "cerdo", "porcelet"]),
  c("bear", "cow", ["vache", "f"], ["vaca", "f"], []),
];

export interface Colour extends Adjective {
  /** The colour the painter uses (English keyword). */
  paint: string;
}
const col = (en: string, fr: [string, string], es: [string, string], also: string[] = [], paint = en): Colour => ({
  en,
  fr,
  es,
  also,
  paint,
});
export const COLOURS: readonly Colour[] = [
  col("red", ["rouge", "rouge"], ["rojo", "roja"], ["ginger", "roux", "rousse"]),
  col("blue", ["bleu", "bleue"], ["azul", "azul"]),
  col("green", ["vert", "verte"], ["verde", "verde"]),
  col("yellow", ["jaune", "jaune"], ["amarillo", "amarilla"]),
  col("pink", ["rose", "rose"], ["rosa", "rosa"], ["rosado"]),
  col("purple", ["violet", "violette"], ["morado", "morada"], ["violeta", "lilac", "mauve"]),
  col("orange", ["orange", "orange"], ["naranja", "naranja"]),
  col("white", ["blanc", "blanche"], ["blanco", "blanca"]),
  col("black", ["noir", "noire"], ["negro", "negra"]),
  col("grey", ["gris", "grise"], ["gris", "gris"], ["gray"]),
  col("brown", ["marron", "marron"], ["marrón", "marrón"], ["brun", "brune", "café", "pardo"]),
  col("golden", ["doré", "dorée"], ["dorado", "dorada"], ["gold", "or"], "gold"),
  col("silver", ["argenté", "argentée"], ["plateado", "plateada"], ["argent"], "silver"),
];

const adj = (en: string, fr: [string, string], es: [string, string], also: string[] = []): Adjective => ({
  en,
  fr,
  es,
  also,
});

/** Size words sit before the noun in all three languages ("un petit dragon", "un pequeño dragón"). */
export const SIZES: readonly Adjective[] = [
  adj("little", ["petit", "petite"], ["pequeño", "pequeña"], ["small", "wee", "chiquito", "chiquita", "pequeñito"]),
  adj("tiny", ["tout petit", "toute petite"], ["diminuto", "diminuta"], ["teeny", "minuscule", "minúsculo"]),
  adj("big", ["grand", "grande"], ["gran", "gran"], ["large", "huge", "gros", "grosse", "énorme", "grande", "enorme"]),
];

/** Personality and mood: read from a character's personality or a wish, said after the noun in fr/es. */
export const TRAITS: readonly Adjective[] = [
  adj("curious", ["curieux", "curieuse"], ["curioso", "curiosa"]),
  adj("brave", ["courageux", "courageuse"], ["valiente", "valiente"], ["bold", "intrépide"]),
  adj("gentle", ["doux", "douce"], ["dulce", "dulce"], ["soft-hearted"]),
  adj("careful", ["prudent", "prudente"], ["prudente", "prudente"], ["cautious"]),
  adj("kind", ["gentil", "gentille"], ["bueno", "buena"], ["bondadoso", "amable"]),
  adj("slow", ["lent", "lente"], ["lento", "lenta"]),
  adj("dreamy", ["rêveur", "rêveuse"], ["soñador", "soñadora"]),
  adj("clever", ["malin", "maligne"], ["listo", "lista"], ["smart", "intelligent", "intelligente", "inteligente"]),
  adj("wise", ["sage", "sage"], ["sabio", "sabia"]),
  adj("forgetful", ["tête en l’air", "tête en l’air"], ["despistado", "despistada"], ["distrait", "distraite"]),
  adj("bouncy", ["bondissant", "bondissante"], ["saltarín", "saltarina"], ["energetic", "lively"]),
  adj("silly", ["rigolo", "rigolote"], ["payaso", "payasa"], ["funny", "drôle", "gracioso", "graciosa"]),
  adj("shy", ["timide", "timide"], ["tímido", "tímida"]),
  adj("helpful", ["serviable", "serviable"], ["servicial", "servicial"]),
  adj("cheerful", ["joyeux", "joyeuse"], ["alegre", "alegre"], ["happy", "content", "contente", "feliz"]),
  adj("quiet", ["calme", "calme"], ["tranquilo", "tranquila"], ["calm", "silencieux", "silencieuse"]),
  adj("patient", ["patient", "patiente"], ["paciente", "paciente"]),
  adj("grumpy", ["grognon", "grognonne"], ["gruñón", "gruñona"]),
  adj(
    "sleepy",
    ["endormi", "endormie"],
    ["dormilón", "dormilona"],
    ["tired", "fatigué", "fatiguée", "cansado", "cansada"],
  ),
  adj("sad", ["triste", "triste"], ["triste", "triste"], ["unhappy"]),
  adj("lonely", ["seul", "seule"], ["solito", "solita"], ["alone", "solo", "sola"]),
  adj("playful", ["joueur", "joueuse"], ["juguetón", "juguetona"]),
  adj("clumsy", ["maladroit", "maladroite"], ["torpe", "torpe"]),
  adj("friendly", ["aimable", "aimable"], ["simpático", "simpática"]),
  adj("noisy", ["bruyant", "bruyante"], ["ruidoso", "ruidosa"], ["loud"]),
  adj("proud", ["fier", "fière"], ["orgulloso", "orgullosa"]),
  adj("old", ["vieux", "vieille"], ["viejo", "vieja"], ["ancien"]),
  adj("hungry", ["gourmand", "gourmande"], ["glotón", "glotona"], ["greedy"]),
];

/**
 * Traits as nouns in French and Spanish ("la douceur", "la dulzura"): a family character's sex is
 * rarely known, so "Mabel, avec toute sa douceur" reads well where "Mabel était doux" might not.
 */
export const TRAIT_NOUNS: Readonly<Record<string, { fr: readonly [string, Gender]; es: readonly [string, Gender] }>> = {
  curious: { fr: ["curiosité", "f"], es: ["curiosidad", "f"] },
  brave: { fr: ["courage", "m"], es: ["valentía", "f"] },
  gentle: { fr: ["douceur", "f"], es: ["dulzura", "f"] },
  careful: { fr: ["prudence", "f"], es: ["prudencia", "f"] },
  kind: { fr: ["gentillesse", "f"], es: ["bondad", "f"] },
  slow: { fr: ["calme", "m"], es: ["calma", "f"] },
  dreamy: { fr: ["imagination", "f"], es: ["imaginación", "f"] },
  clever: { fr: ["intelligence", "f"], es: ["inteligencia", "f"] },
  wise: { fr: ["sagesse", "f"], es: ["sabiduría", "f"] },
  forgetful: { fr: ["étourderie", "f"], es: ["despiste", "m"] },
  bouncy: { fr: ["énergie", "f"], es: ["energía", "f"] },
  silly: { fr: ["bonne humeur", "f"], es: ["buen humor", "m"] },
  shy: { fr: ["timidité", "f"], es: ["timidez", "f"] },
  helpful: { fr: ["envie d’aider", "f"], es: ["generosidad", "f"] },
  cheerful: { fr: ["joie", "f"], es: ["alegría", "f"] },
  quiet: { fr: ["calme", "m"], es: ["calma", "f"] },
  patient: { fr: ["patience", "f"], es: ["paciencia", "f"] },
  grumpy: { fr: ["franchise", "f"], es: ["franqueza", "f"] },
  sleepy: { fr: ["douceur", "f"], es: ["calma", "f"] },
  sad: { fr: ["tendresse", "f"], es: ["ternura", "f"] },
  lonely: { fr: ["tendresse", "f"], es: ["ternura", "f"] },
  playful: { fr: ["espièglerie", "f"], es: ["alegría", "f"] },
  clumsy: { fr: ["enthousiasme", "m"], es: ["entusiasmo", "m"] },
  friendly: { fr: ["gentillesse", "f"], es: ["simpatía", "f"] },
  noisy: { fr: ["enthousiasme", "m"], es: ["entusiasmo", "m"] },
  proud: { fr: ["fierté", "f"], es: ["orgullo", "m"] },
  old: { fr: ["sagesse", "f"], es: ["experiencia", "f"] },
  hungry: { fr: ["gourmandise", "f"], es: ["glotonería", "f"] },
};

export interface Thing extends Noun {
  /** The object's kind for the picture plan (English keyword). */
  kind: string;
  /** Worn or carried: read in a character's looks. */
  wear?: boolean;
}
const t = (
  en: string,
  fr: readonly [string, Gender],
  es: readonly [string, Gender],
  also: readonly string[] = [],
  extra: { wear?: boolean; plural?: boolean; kind?: string } = {},
): Thing => ({ en, fr, es, also, kind: extra.kind ?? en, wear: extra.wear, plural: extra.plural });

/** Things that can be lost, found, given, worn or celebrated. */
export const THINGS: readonly Thing[] = [
  t("mitten", ["moufle", "f"], ["manopla", "f"], ["mittens", "glove", "gant", "guante"], { wear: true }),
  t(
    "teddy",
    ["doudou", "m"],
    ["peluche", "m"],
    ["cuddly toy", "soft toy", "comforter", "doudous", "muñeco de peluche"],
  ),
  t("blanket", ["couverture", "f"], ["manta", "f"], ["blankie", "doudou couverture", "mantita", "frazada"]),
  t("key", ["clé", "f"], ["llave", "f"], ["keys", "clef", "llavecita"]),
  t("ball", ["ballon", "m"], ["pelota", "f"], ["balle", "balón"]),
  t("balloon", ["ballon rouge", "m"], ["globo", "m"], ["baudruche", "globos"]),
  t("hat", ["chapeau", "m"], ["sombrero", "m"], ["cap", "bonnet", "gorro", "gorra"], { wear: true }),
  t("scarf", ["écharpe", "f"], ["bufanda", "f"], ["cache-nez"], { wear: true }),
  t("shoe", ["chaussure", "f"], ["zapato", "m"], ["shoes", "slipper", "chausson", "zapatilla"], { wear: true }),
  t("sock", ["chaussette", "f"], ["calcetín", "m"], ["socks", "calcetines"], { wear: true }),
  t("boots", ["bottes", "f"], ["botas", "f"], ["wellies", "wellingtons", "boot"], { wear: true, plural: true }),
  t("raincoat", ["imperméable", "m"], ["impermeable", "m"], ["coat", "ciré", "manteau", "abrigo"], { wear: true }),
  t("backpack", ["sac à dos", "m"], ["mochila", "f"], ["rucksack", "bag", "cartable", "sac"], { wear: true }),
  t("glasses", ["lunettes", "f"], ["gafas", "f"], ["spectacles", "gafitas", "lentes"], { wear: true, plural: true }),
  t(
    "pyjama top",
    ["haut de pyjama", "m"],
    ["camiseta de pijama", "f"],
    ["pyjamas", "pajamas", "pyjama", "pijama", "pijamas"],
    { wear: true, kind: "pyjamas" },
  ),
  t("jumper", ["pull", "m"], ["jersey", "m"], ["sweater", "pullover", "tricot", "suéter"], { wear: true }),
  t("cape", ["cape", "f"], ["capa", "f"], ["cloak"], { wear: true }),
  t("crown", ["couronne", "f"], ["corona", "f"], ["tiara"], { wear: true }),
  t("bow", ["nœud", "m"], ["lazo", "m"], ["ribbon", "ruban", "cinta"], { wear: true }),
  t("flower", ["fleur", "f"], ["flor", "f"], ["flowers", "fleurs", "flores"], { wear: true }),
  t("lantern", ["lanterne", "f"], ["farolillo", "m"], ["lamp", "torch", "lampe", "linterna", "farol"], { wear: true }),
  t("toy boat", ["petit bateau", "m"], ["barquito", "m"], ["boat", "bateau", "barco"], { wear: true, kind: "boat" }),
  t("kite", ["cerf-volant", "m"], ["cometa", "f"], ["kites", "cerfs-volants"]),
  t("book", ["livre", "m"], ["libro", "m"], ["books", "storybook", "cuento"]),
  t("star", ["étoile", "f"], ["estrella", "f"], ["stars", "étoiles", "estrellas"]),
  t("bell", ["clochette", "f"], ["campanita", "f"], ["cloche", "campana"]),
  t("tooth", ["dent", "f"], ["diente", "m"], ["dents", "dientes"]),
  t("egg", ["œuf", "m"], ["huevo", "m"], ["eggs", "oeuf", "œufs"]),
  t("shell", ["coquillage", "m"], ["concha", "f"], ["seashell", "caracola"]),
  t("treasure", ["trésor", "m"], ["tesoro", "m"], ["treasures"]),
  t("map", ["carte", "f"], ["mapa", "m"], ["treasure map"]),
  t("cake", ["gâteau", "m"], ["pastel", "m"], ["birthday cake", "tarta", "torta"]),
  t("present", ["cadeau", "m"], ["regalo", "m"], ["gift", "presents", "cadeaux", "regalos"]),
  t("umbrella", ["parapluie", "m"], ["paraguas", "m"]),
  t("wand", ["baguette magique", "f"], ["varita mágica", "f"], ["magic wand", "baguette", "varita"]),
  t("dummy", ["tétine", "f"], ["chupete", "m"], ["pacifier", "sucette", "chupe"]),
  t("bike", ["vélo", "m"], ["bici", "f"], ["bicycle", "bicyclette", "bicicleta"]),
  t("toy car", ["petite voiture", "f"], ["cochecito", "m"], ["car", "voiture", "coche"], { kind: "car" }),
  t("doll", ["poupée", "f"], ["muñeca", "f"]),
  t("pebble", ["caillou", "m"], ["piedrecita", "f"], ["stone", "galet", "piedra"]),
  t("feather", ["plume", "f"], ["pluma", "f"]),
  t("acorn", ["gland", "m"], ["bellota", "f"]),
  t("rainbow", ["arc-en-ciel", "m"], ["arcoíris", "m"], ["arc en ciel", "arco iris"]),
  t("moon", ["lune", "f"], ["luna", "f"]),
  t("snowflake", ["flocon", "m"], ["copo de nieve", "m"], ["snow", "neige", "nieve", "copo"]),
  t("firefly", ["luciole", "f"], ["luciérnaga", "f"], ["fireflies"]),
  t("song", ["chanson", "f"], ["canción", "f"], ["lullaby", "berceuse", "nana"]),
];

/** Something a story's subject is afraid of: said with the definite article. */
export interface Fear extends Noun {
  kind: string;
}
const f = (
  en: string,
  fr: readonly [string, Gender],
  es: readonly [string, Gender],
  also: string[] = [],
  plural = false,
): Fear => ({
  en,
  fr,
  es,
  also,
  plural,
  kind: en,
});
export const FEARS: readonly Fear[] = [
  f("dark", ["noir", "m"], ["oscuridad", "f"], ["darkness", "obscurité", "oscuro"]),
  f("night", ["nuit", "f"], ["noche", "f"], ["nighttime"]),
  f("thunder", ["orage", "m"], ["tormenta", "f"], ["storm", "storms", "thunderstorm", "tonnerre", "trueno", "truenos"]),
  f("water", ["eau", "f"], ["agua", "f"], ["swimming pool", "piscine", "piscina"]),
  f("sea", ["mer", "f"], ["mar", "m"], ["ocean", "océan", "océano", "waves", "vagues", "olas"]),
  f("monsters", ["monstres", "m"], ["monstruos", "m"], ["monster", "monstre", "monstruo"], true),
  f("shadows", ["ombres", "f"], ["sombras", "f"], ["shadow", "ombre", "sombra"], true),
  f("wind", ["vent", "m"], ["viento", "m"]),
  f("bath", ["bain", "m"], ["baño", "m"], ["bathtime", "bañera"]),
  f("spiders", ["araignées", "f"], ["arañas", "f"], ["spider", "araignée", "araña"], true),
  f("noises", ["bruits", "m"], ["ruidos", "m"], ["noise", "bruit", "ruido", "sounds"], true),
  f("heights", ["vide", "m"], ["altura", "f"], ["height", "hauteur", "alturas", "high places"]),
  f("doctor", ["docteur", "m"], ["médico", "m"], ["médecin", "doctora", "dentist", "dentiste", "dentista"]),
  f("ghosts", ["fantômes", "m"], ["fantasmas", "m"], ["ghost", "fantôme", "fantasma"], true),
  f("wolf", ["loup", "m"], ["lobo", "m"], ["big bad wolf", "grand méchant loup"]),
];

/** Something a subject wants to do, or can't do yet. */
export interface Activity {
  /** Infinitive without "to": "fly", "ride a bike". */
  en: string;
  /** The -ing form: "flying". */
  ing: string;
  fr: string;
  es: string;
  also?: readonly string[];
  action: PictureAction;
}
const act = (
  en: string,
  ing: string,
  fr: string,
  es: string,
  action: PictureAction,
  also: string[] = [],
): Activity => ({
  en,
  ing,
  fr,
  es,
  action,
  also,
});
export const ACTIVITIES: readonly Activity[] = [
  act("fly", "flying", "voler", "volar", "flying", ["flies", "vole", "vuela"]),
  act("swim", "swimming", "nager", "nadar", "swimming", ["swims", "nage", "nada"]),
  act("sing", "singing", "chanter", "cantar", "playing", ["sings", "chante", "canta"]),
  act("dance", "dancing", "danser", "bailar", "playing", ["dances", "danse", "baila"]),
  act("climb", "climbing", "grimper", "trepar", "reaching", ["climb trees", "escalader", "escalar", "subir"]),
  act("roar", "roaring", "rugir", "rugir", "playing", ["roars", "rugit", "ruge"]),
  act("whistle", "whistling", "siffler", "silbar", "playing", ["siffle", "silba"]),
  act("read", "reading", "lire", "leer", "looking", ["reads", "lit", "lee"]),
  act("ride a bike", "riding a bike", "faire du vélo", "montar en bici", "playing", [
    "cycle",
    "ride a bicycle",
    "montar en bicicleta",
  ]),
  act("jump", "jumping", "sauter", "saltar", "playing", ["hop", "jumps", "saute", "salta"]),
  act("skate", "skating", "patiner", "patinar", "playing", ["ice skate", "ice-skate"]),
  act("breathe fire", "breathing fire", "cracher du feu", "echar fuego", "playing", [
    "make fire",
    "lanzar fuego",
    "cracher le feu",
  ]),
  act("paint", "painting", "peindre", "pintar", "playing", ["draw", "dessiner", "dibujar"]),
  act("count to ten", "counting to ten", "compter jusqu’à dix", "contar hasta diez", "playing", [
    "count",
    "compter",
    "contar",
  ]),
  act("tie shoelaces", "tying shoelaces", "faire ses lacets", "atarse los cordones", "playing", [
    "tie laces",
    "lacets",
    "cordones",
  ]),
];

/** Places a journey can go to, with the kind of place the picture shows. */
export interface Destination extends Noun {
  place: PlaceKind;
  landmark?: string;
}
const d = (
  en: string,
  fr: readonly [string, Gender],
  es: readonly [string, Gender],
  place: PlaceKind,
  also: string[] = [],
  landmark?: string,
  plural = false,
): Destination => ({ en, fr, es, place, also, landmark, plural });
export const DESTINATIONS: readonly Destination[] = [
  d(
    "sea",
    ["mer", "f"],
    ["mar", "m"],
    "sea",
    ["seaside", "beach", "plage", "playa", "ocean", "océan", "océano"],
    "lighthouse",
  ),
  d(
    "moon",
    ["lune", "f"],
    ["luna", "f"],
    "space",
    ["space", "espace", "espacio", "stars", "étoiles", "estrellas"],
    "moon",
  ),
  d(
    "mountain top",
    ["montagne", "f"],
    ["montaña", "f"],
    "mountain",
    ["mountains", "mountain", "montagnes", "montañas", "hills"],
    "peak",
  ),
  d(
    "forest",
    ["forêt", "f"],
    ["bosque", "m"],
    "forest",
    ["woods", "wood", "bois", "jungle", "jungla", "selva"],
    "old oak",
  ),
  d(
    "North Pole",
    ["pôle Nord", "m"],
    ["Polo Norte", "m"],
    "snow",
    ["north pole", "pole nord", "polo norte", "arctic", "snow", "neige", "nieve", "banquise"],
    "igloo",
  ),
  d("castle", ["château", "m"], ["castillo", "m"], "castle", ["palace", "palais", "palacio"], "tower"),
  d("island", ["île", "f"], ["isla", "f"], "sea", ["islands", "ile", "îles", "islas"], "palm tree"),
  d("lake", ["lac", "m"], ["lago", "m"], "river", ["pond", "étang", "river", "rivière", "río"], "bridge"),
  d("farm", ["ferme", "f"], ["granja", "f"], "meadow", ["fields", "champs", "campo"], "barn"),
  d("zoo", ["zoo", "m"], ["zoo", "m"], "town", [], "gate"),
  d("city", ["ville", "f"], ["ciudad", "f"], "town", ["town", "village", "pueblo", "aldea"], "clock tower"),
  d("garden", ["jardin", "m"], ["jardín", "m"], "garden", ["park", "parc", "parque"], "fountain"),
  d(
    "grandma’s house",
    ["maison de Mamie", "f"],
    ["casa de la abuela", "f"],
    "bedroom",
    ["grandma's", "granny's house", "grandmas house", "chez mamie", "mamie", "casa de la abuela", "abuela"],
    "cottage",
  ),
];

/** First times: "the first day of school", "la première nuit chez Mamie". */
export interface FirstTime {
  /** "the first day at school" */
  en: string;
  /** "le premier jour d’école" */
  fr: string;
  es: string;
  /** What the place or thing is called alone ("school", "l’école", "el colegio"). */
  what: Noun;
  place: PlaceKind;
  also: readonly string[];
}
export const FIRST_TIMES: readonly FirstTime[] = [
  {
    en: "the first day at school",
    fr: "le premier jour d’école",
    es: "el primer día de colegio",
    what: n("school", ["école", "f"], ["colegio", "m"]),
    place: "town",
    also: [
      "school",
      "école",
      "ecole",
      "rentrée",
      "colegio",
      "escuela",
      "cole",
      "nursery",
      "kindergarten",
      "maternelle",
      "crèche",
      "guardería",
    ],
  },
  {
    en: "the first night away from home",
    fr: "la première nuit loin de la maison",
    es: "la primera noche fuera de casa",
    what: n("sleepover", ["nuit chez un ami", "f"], ["noche fuera", "f"]),
    place: "bedroom",
    also: ["sleepover", "night away", "pyjama party", "soirée pyjama", "pijamada", "fiesta de pijamas"],
  },
  {
    en: "the first swim in the sea",
    fr: "la première baignade",
    es: "el primer baño en el mar",
    what: n("swim", ["baignade", "f"], ["baño", "m"]),
    place: "sea",
    also: ["swim", "baignade", "swimming lesson", "piscine", "piscina"],
  },
  {
    en: "the first snow",
    fr: "la première neige",
    es: "la primera nieve",
    what: n("snow", ["neige", "f"], ["nieve", "f"]),
    place: "snow",
    also: ["snow", "neige", "nieve"],
  },
];

/** A celebration: a birthday unless the wish says otherwise. */
export interface Celebration {
  en: string;
  fr: readonly [string, Gender];
  es: readonly [string, Gender];
  also: readonly string[];
}
export const CELEBRATIONS: readonly Celebration[] = [
  {
    en: "birthday",
    fr: ["anniversaire", "m"],
    es: ["cumpleaños", "m"],
    also: ["bday", "birthday party", "cumple", "anniv"],
  },
  { en: "party", fr: ["fête", "f"], es: ["fiesta", "f"], also: ["parties", "fêtes", "fiestas", "celebration"] },
  { en: "Christmas", fr: ["Noël", "m"], es: ["Navidad", "f"], also: ["xmas", "noel", "navidades"] },
];

export { n as noun };
