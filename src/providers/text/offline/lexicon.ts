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
  /** The painter's own figure when it has one beyond `kind` ("giraffe", "vehicle", "rocket"). */
  paint?: string;
  /** A family word: a person who can be missed, lost, found and hugged. */
  kin?: Kin;
}

export type Kin =
  | "mum"
  | "dad"
  | "grandma"
  | "grandpa"
  | "sister"
  | "brother"
  | "baby"
  | "aunt"
  | "uncle"
  | "cousin"
  | "friend";

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
  more: { paint?: string; kin?: Kin } = {},
): CreatureWord => ({ kind, en, fr, es, also, sex, ...more });
/** A creature the painter draws with its own figure (`paint`), shown as `kind` where it has none yet. */
const p = (
  paint: string,
  kind: CreatureKind,
  en: string,
  fr: readonly [string, Gender],
  es: readonly [string, Gender],
  also: readonly string[] = [],
  sex?: Gender,
): CreatureWord => c(kind, en, fr, es, also, sex, { paint });
/** A family word. */
const k = (
  kin: Kin,
  en: string,
  fr: readonly [string, Gender],
  es: readonly [string, Gender],
  also: readonly string[],
  sex?: Gender,
): CreatureWord =>
  c(kin === "baby" ? "child" : /sister|brother|cousin|friend/.test(kin) ? "child" : "grown-up", en, fr, es, also, sex, {
    kin,
    paint: kin === "baby" ? "baby" : undefined,
  });

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
  k("baby", "baby", ["bébé", "m"], ["bebé", "m"], ["bebito", "bebita", "babies"]),
  c("child", "princess", ["princesse", "f"], ["princesa", "f"], [], "f"),
  c("child", "prince", ["prince", "m"], ["príncipe", "m"], [], "m"),
  c("child", "pirate", ["pirate", "m"], ["pirata", "m"], []),
  c("child", "knight", ["chevalier", "m"], ["caballero", "m"], [], "m"),
  p("fairy", "child", "fairy", ["fée", "f"], ["hada", "f"], ["hadas"], "f"),
  c("child", "astronaut", ["astronaute", "m"], ["astronauta", "m"], []),
  c("grown-up", "witch", ["sorcière", "f"], ["bruja", "f"], [], "f"),
  c("grown-up", "wizard", ["magicien", "m"], ["mago", "m"], ["sorcier"], "m"),
  k(
    "grandma",
    "grandma",
    ["mamie", "f"],
    ["abuela", "f"],
    [
      "granny",
      "grandmother",
      "grand-mère",
      "abuelita",
      "nana",
      "nan",
      "nanna",
      "gran",
      "grandmama",
      "grandmom",
      "grammy",
      "mémé",
      "mamy",
      "grand-maman",
      "yaya",
      "abu",
      "abue",
      "lela",
    ],
    "f",
  ),
  k(
    "grandpa",
    "grandpa",
    ["papi", "m"],
    ["abuelo", "m"],
    [
      "grandad",
      "granddad",
      "grandfather",
      "grand-père",
      "abuelito",
      "gramps",
      "grandpapa",
      "pops",
      "pépé",
      "papy",
      "grand-papa",
      "yayo",
      "abuelo",
    ],
    "m",
  ),
  k(
    "mum",
    "mum",
    ["maman", "f"],
    ["mamá", "f"],
    ["mom", "mommy", "mummy", "mother", "mama", "mamma", "mère", "mami", "madre", "mamita"],
    "f",
  ),
  k("dad", "dad", ["papa", "m"], ["papá", "m"], ["daddy", "father", "papà", "père", "padre", "papito", "dada"], "m"),
  k(
    "sister",
    "sister",
    ["sœur", "f"],
    ["hermana", "f"],
    [
      "sis",
      "big sister",
      "little sister",
      "baby sister",
      "grande sœur",
      "petite sœur",
      "soeur",
      "sœurette",
      "hermanita",
      "hermana mayor",
      "hermana pequeña",
      "sisters",
      "sœurs",
      "hermanas",
    ],
    "f",
  ),
  k(
    "brother",
    "brother",
    ["frère", "m"],
    ["hermano", "m"],
    [
      "bro",
      "big brother",
      "little brother",
      "baby brother",
      "grand frère",
      "petit frère",
      "frérot",
      "hermanito",
      "hermano mayor",
      "hermano pequeño",
      "brothers",
      "frères",
      "hermanos",
    ],
    "m",
  ),
  k("aunt", "aunt", ["tante", "f"], ["tía", "f"], ["auntie", "aunty", "tata", "tatie", "tita"], "f"),
  k("uncle", "uncle", ["oncle", "m"], ["tío", "m"], ["tonton", "tito"], "m"),
  k("cousin", "cousin", ["cousin", "m"], ["primo", "m"], ["cousine", "prima", "cousins", "primos"]),
  k(
    "friend",
    "friend",
    ["ami", "m"],
    ["amigo", "m"],
    [
      "best friend",
      "amie",
      "meilleur ami",
      "meilleure amie",
      "copain",
      "copine",
      "amiga",
      "mejor amigo",
      "mejor amiga",
      "bestie",
      "pal",
      "buddy",
    ],
  ),
  p("giant", "grown-up", "giant", ["géant", "m"], ["gigante", "m"], ["géante", "giganta", "giants"], "m"),
  // Animals the painter has no figure for: drawn as the nearest kind.
  p("dinosaur", "dragon", "dinosaur", ["dinosaure", "m"], ["dinosaurio", "m"], ["dino", "t-rex"]),
  p("lion", "cat", "lion", ["lion", "m"], ["león", "m"], ["lionceau", "leones", "lioness"]),
  p("lion", "cat", "tiger", ["tigre", "m"], ["tigre", "m"], []),
  c("dog", "wolf", ["loup", "m"], ["lobo", "m"], ["wolves", "louveteau", "lobito"]),
  p("elephant", "bear", "elephant", ["éléphant", "m"], ["elefante", "m"], []),
  p("monkey", "bear", "monkey", ["singe", "m"], ["mono", "m"], []),
  c("bear", "panda", ["panda", "m"], ["panda", "m"], []),
  p("horse", "unicorn", "pony", ["poney", "m"], ["poni", "m"], ["ponies", "poni"]),
  p("horse", "unicorn", "horse", ["cheval", "m"], ["caballo", "m"], ["horses", "chevaux", "caballos", "caballito"]),
  p("giraffe", "unicorn", "giraffe", ["girafe", "f"], ["jirafa", "f"], []),
  c("whale", "dolphin", ["dauphin", "m"], ["delfín", "m"], []),
  p("fish", "whale", "fish", ["poisson", "m"], ["pez", "m"], ["peces", "pececito"]),
  p("octopus", "whale", "octopus", ["pieuvre", "f"], ["pulpo", "m"], ["poulpe"]),
  c("penguin", "seal", ["phoque", "m"], ["foca", "f"], []),
  p("bird", "owl", "bird", ["oiseau", "m"], ["pájaro", "m"], ["birdie", "oisillon", "pajarito"]),
  p("butterfly", "owl", "butterfly", ["papillon", "m"], ["mariposa", "f"], []),
  c("duck", "chick", ["poussin", "m"], ["pollito", "m"], ["chicken", "poule", "gallina"]),
  p("frog", "duck", "frog", ["grenouille", "f"], ["rana", "f"], ["ranita"]),
  c("mouse", "squirrel", ["écureuil", "m"], ["ardilla", "f"], []),
  c("snail", "ladybird", ["coccinelle", "f"], ["mariquita", "f"], ["ladybug"]),
  c("mouse", "bee", ["abeille", "f"], ["abeja", "f"], []),
  c("bear", "sheep", ["mouton", "m"], ["oveja", "f"], ["lamb", "agneau", "cordero"]),
  c("bear", "pig", ["cochon", "m"], ["cerdito", "m"], ["piglet", "cerdo", "porcelet"]),
  c("bear", "cow", ["vache", "f"], ["vaca", "f"], []),
  // More animals, people and friendly machines a wish may name (`paint`: the painter's own figure).
  p("fish", "whale", "shark", ["requin", "m"], ["tiburón", "m"], ["sharks", "requins", "tiburones"]),
  p(
    "dinosaur",
    "dragon",
    "crocodile",
    ["crocodile", "m"],
    ["cocodrilo", "m"],
    ["croc", "alligator", "caïman", "caimán"],
  ),
  p("creature", "snail", "snake", ["serpent", "m"], ["serpiente", "f"], ["snakes", "serpents", "serpientes"]),
  p("creature", "rabbit", "kangaroo", ["kangourou", "m"], ["canguro", "m"]),
  p("creature", "bear", "koala", ["koala", "m"], ["koala", "m"]),
  p("horse", "unicorn", "zebra", ["zèbre", "m"], ["cebra", "f"]),
  p("elephant", "bear", "hippo", ["hippopotame", "m"], ["hipopótamo", "m"], ["hippopotamus", "hipopotamo"]),
  p("elephant", "bear", "rhino", ["rhinocéros", "m"], ["rinoceronte", "m"], ["rhinoceros"]),
  p("lion", "cat", "cheetah", ["guépard", "m"], ["guepardo", "m"], ["leopard", "léopard", "leopardo", "jaguar"]),
  p("bird", "owl", "parrot", ["perroquet", "m"], ["loro", "m"], ["parrots", "perroquets", "loros", "papagayo"]),
  p("bird", "owl", "eagle", ["aigle", "m"], ["águila", "f"], ["eagles"]),
  p("bird", "owl", "flamingo", ["flamant rose", "m"], ["flamenco", "m"], ["flamant"]),
  p("bird", "duck", "swan", ["cygne", "m"], ["cisne", "m"]),
  p("bird", "owl", "bat", ["chauve-souris", "f"], ["murciélago", "m"], ["bats"]),
  p("creature", "bear", "goat", ["chèvre", "f"], ["cabra", "f"], ["goats", "chevreau", "cabrita"]),
  p("horse", "unicorn", "donkey", ["âne", "m"], ["burro", "m"], ["ânesse", "burrito", "burra"]),
  p(
    "horse",
    "unicorn",
    "deer",
    ["cerf", "m"],
    ["ciervo", "m"],
    ["biche", "faon", "bambi", "cierva", "venado", "reindeer", "renne", "reno"],
  ),
  p(
    "creature",
    "mouse",
    "hamster",
    ["hamster", "m"],
    ["hámster", "m"],
    ["guinea pig", "cochon d'inde", "cobaya", "gerbil"],
  ),
  p("creature", "snail", "caterpillar", ["chenille", "f"], ["oruga", "f"], ["worm", "ver", "gusano", "lombriz"]),
  p("creature", "snail", "ant", ["fourmi", "f"], ["hormiga", "f"], ["ants", "fourmis", "hormigas"]),
  p("creature", "snail", "crab", ["crabe", "m"], ["cangrejo", "m"], ["crabs", "crabes", "cangrejos"]),
  p("octopus", "whale", "jellyfish", ["méduse", "f"], ["medusa", "f"]),
  p(
    "fish",
    "whale",
    "seahorse",
    ["hippocampe", "m"],
    ["caballito de mar", "m"],
    ["starfish", "étoile de mer", "estrella de mar"],
  ),
  p("creature", "bear", "sloth", ["paresseux", "m"], ["perezoso", "m"]),
  p("creature", "penguin", "polar bear", ["ours polaire", "m"], ["oso polar", "m"], ["ours blanc"]),
  p("mermaid", "child", "mermaid", ["sirène", "f"], ["sirena", "f"], ["mermaids", "sirènes", "sirenas", "merman"], "f"),
  p("monster", "bear", "monster", ["monstre", "m"], ["monstruo", "m"], ["monstruito", "petit monstre"]),
  p(
    "creature",
    "child",
    "alien",
    ["extraterrestre", "m"],
    ["extraterrestre", "m"],
    ["martian", "martien", "marciano", "alienígena"],
  ),
  p("creature", "child", "ghost", ["fantôme", "m"], ["fantasma", "m"], ["fantasmita"]),
  p("creature", "child", "elf", ["lutin", "m"], ["duende", "m"], ["elves", "gnome", "elfe", "gnomo"]),
  p("giant", "grown-up", "troll", ["troll", "m"], ["trol", "m"], ["ogre", "ogro", "yeti", "yéti"]),
  p("creature", "child", "snowman", ["bonhomme de neige", "m"], ["muñeco de nieve", "m"]),
  c("grown-up", "king", ["roi", "m"], ["rey", "m"], ["kings"], "m"),
  c("grown-up", "queen", ["reine", "f"], ["reina", "f"], ["queens"], "f"),
  c(
    "child",
    "superhero",
    ["super-héros", "m"],
    ["superhéroe", "m"],
    ["super hero", "superhéros", "super héros", "superheroína", "superheroine"],
  ),
  c("child", "ninja", ["ninja", "m"], ["ninja", "m"], []),
  c("child", "cowboy", ["cow-boy", "m"], ["vaquero", "m"], ["cowgirl", "vaquera"]),
  c("child", "ballerina", ["danseuse", "f"], ["bailarina", "f"], ["ballet dancer", "ballerine"], "f"),
  c(
    "grown-up",
    "firefighter",
    ["pompier", "m"],
    ["bombero", "m"],
    ["fireman", "firemen", "pompiers", "bomberos", "bombera"],
  ),
  c(
    "grown-up",
    "teacher",
    ["maîtresse", "f"],
    ["maestra", "f"],
    ["maître", "maestro", "profe", "prof", "professeur", "profesora", "profesor"],
    "f",
  ),
  c("grown-up", "vet", ["vétérinaire", "m"], ["veterinario", "m"], ["veterinarian", "véto", "veterinaria"]),
  c(
    "grown-up",
    "police officer",
    ["policier", "m"],
    ["policía", "m"],
    ["policeman", "policewoman", "police", "gendarme", "policière"],
  ),
  c("grown-up", "chef", ["cuisinier", "m"], ["cocinero", "m"], ["cuisinière", "cocinera"]),
  c("grown-up", "farmer", ["fermier", "m"], ["granjero", "m"], ["fermière", "granjera", "agricultor"]),
  c(
    "grown-up",
    "scientist",
    ["scientifique", "m"],
    ["científico", "m"],
    ["inventor", "inventeur", "científica", "inventora"],
  ),
  c(
    "grown-up",
    "explorer",
    ["explorateur", "m"],
    ["explorador", "m"],
    ["exploratrice", "exploradora", "adventurer", "aventurier", "aventurera"],
  ),
  c(
    "grown-up",
    "doctor",
    ["docteur", "m"],
    ["médico", "m"],
    ["médecin", "doctora", "nurse", "infirmière", "enfermera"],
  ),
  c(
    "child",
    "footballer",
    ["footballeur", "m"],
    ["futbolista", "m"],
    ["football player", "soccer player", "footballeuse", "jugador de fútbol"],
  ),
  c("grown-up", "clown", ["clown", "m"], ["payaso", "m"], ["clowns", "payasa"]),
  c("grown-up", "singer", ["chanteur", "m"], ["cantante", "m"], ["chanteuse", "pop star", "rock star"]),
  p("monkey", "bear", "gorilla", ["gorille", "m"], ["gorila", "m"], ["gorillas", "orangutan", "chimpanzee", "chimp"]),
  p("bird", "owl", "seagull", ["mouette", "f"], ["gaviota", "f"], ["gull", "goéland"]),
  p("creature", "child", "skeleton", ["squelette", "m"], ["esqueleto", "m"], ["skeletons"]),
  p("monster", "dog", "werewolf", ["loup-garou", "m"], ["hombre lobo", "m"], ["werewolves", "loups-garous"]),
  p("monster", "child", "vampire", ["vampire", "m"], ["vampiro", "m"], ["vampires", "vampiros"]),
  p("creature", "child", "zombie", ["zombie", "m"], ["zombi", "m"], ["zombies", "zombis"]),
  c("grown-up", "family", ["famille", "f"], ["familia", "f"], ["families", "familles", "familias"]),
  // Friendly machines: heroes too ("a digger that digs").
  p(
    "vehicle",
    "robot",
    "digger",
    ["pelleteuse", "f"],
    ["excavadora", "f"],
    [
      "excavator",
      "diggers",
      "pelle mécanique",
      "tractopelle",
      "excavatrice",
      "excavadoras",
      "retroexcavadora",
      "bulldozer",
      "bulldozers",
    ],
  ),
  p(
    "vehicle",
    "robot",
    "ice cream van",
    ["camion de glaces", "m"],
    ["camión de helados", "m"],
    ["ice cream truck", "ice-cream van"],
  ),
  p("vehicle", "robot", "van", ["camionnette", "f"], ["furgoneta", "f"], ["vans", "minibus", "camper van"]),
  p("vehicle", "robot", "tractor", ["tracteur", "m"], ["tractor", "m"], ["tractors", "tracteurs", "tractores"]),
  p(
    "vehicle",
    "robot",
    "train",
    ["train", "m"],
    ["tren", "m"],
    ["trains", "trenes", "locomotive", "locomotora", "steam train"],
  ),
  p(
    "rocket",
    "robot",
    "rocket",
    ["fusée", "f"],
    ["cohete", "m"],
    ["spaceship", "space ship", "vaisseau spatial", "nave espacial", "rockets", "fusées", "cohetes"],
  ),
  p(
    "vehicle",
    "robot",
    "fire engine",
    ["camion de pompiers", "m"],
    ["camión de bomberos", "m"],
    ["fire truck", "firetruck", "fire engines"],
  ),
  p("boat", "whale", "submarine", ["sous-marin", "m"], ["submarino", "m"], ["submarines"]),
  p(
    "vehicle",
    "robot",
    "car",
    ["voiture", "f"],
    ["coche", "m"],
    ["cars", "voitures", "coches", "carro", "racing car", "race car", "voiture de course", "coche de carreras"],
  ),
  p("vehicle", "robot", "bus", ["bus", "m"], ["autobús", "m"], ["autobus", "school bus", "buses"]),
  p(
    "vehicle",
    "robot",
    "truck",
    ["camion", "m"],
    ["camión", "m"],
    ["lorry", "trucks", "camions", "camiones", "dump truck"],
  ),
  p(
    "vehicle",
    "robot",
    "plane",
    ["avion", "m"],
    ["avión", "m"],
    ["aeroplane", "airplane", "planes", "avions", "aviones", "avioneta"],
  ),
  p("vehicle", "robot", "helicopter", ["hélicoptère", "m"], ["helicóptero", "m"], ["helicopters"]),
  p("vehicle", "robot", "crane", ["grue", "f"], ["grúa", "f"], []),
  p("vehicle", "robot", "ambulance", ["ambulance", "f"], ["ambulancia", "f"], []),
  p(
    "boat",
    "whale",
    "boat",
    ["bateau", "m"],
    ["barco", "m"],
    [
      "boats",
      "bateaux",
      "barcos",
      "ship",
      "navire",
      "barca",
      "sailboat",
      "voilier",
      "velero",
      "pirate ship",
      "bateau pirate",
      "barco pirata",
    ],
  ),
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
  adj(
    "friendly",
    ["aimable", "aimable"],
    ["simpático", "simpática"],
    ["nice", "not scary", "pas méchant", "pas méchante", "majo", "maja"],
  ),
  adj("noisy", ["bruyant", "bruyante"], ["ruidoso", "ruidosa"], ["loud"]),
  adj("proud", ["fier", "fière"], ["orgulloso", "orgullosa"]),
  adj("old", ["vieux", "vieille"], ["viejo", "vieja"], ["ancien"]),
  adj("hungry", ["gourmand", "gourmande"], ["glotón", "glotona"], ["greedy"]),
  adj(
    "scared",
    ["peureux", "peureuse"],
    ["miedoso", "miedosa"],
    ["fearful", "frightened", "craintif", "craintive", "asustado", "asustada"],
  ),
  adj("strong", ["fort", "forte"], ["fuerte", "fuerte"]),
  adj("fast", ["rapide", "rapide"], ["rápido", "rápida"], ["quick", "speedy", "veloz"]),
  adj(
    "naughty",
    ["coquin", "coquine"],
    ["travieso", "traviesa"],
    ["cheeky", "mischievous", "espiègle", "farceur", "farceuse", "pícaro", "pícara"],
  ),
  adj("angry", ["fâché", "fâchée"], ["enfadado", "enfadada"], ["cross", "mad", "en colère", "enojado", "enojada"]),
  adj("excited", ["impatient", "impatiente"], ["emocionado", "emocionada"], ["excité", "excitée"]),
  adj("lazy", ["paresseux", "paresseuse"], ["perezoso", "perezosa"]),
  adj(
    "magic",
    ["magique", "magique"],
    ["mágico", "mágica"],
    ["magical", "enchanted", "enchanté", "enchantée", "encantado", "encantada"],
  ),
  adj(
    "fluffy",
    ["tout doux", "toute douce"],
    ["suave", "suave"],
    ["furry", "cuddly", "poilu", "poilue", "peludo", "peluda", "esponjoso", "esponjosa"],
  ),
  adj("jealous", ["jaloux", "jalouse"], ["celoso", "celosa"]),
  adj(
    "nervous",
    ["inquiet", "inquiète"],
    ["nervioso", "nerviosa"],
    ["worried", "anxious", "nerveux", "nerveuse", "preocupado", "preocupada"],
  ),
  adj("adventurous", ["aventureux", "aventureuse"], ["aventurero", "aventurera"], ["daring"]),
  adj(
    "beautiful",
    ["beau", "belle"],
    ["bonito", "bonita"],
    ["pretty", "lovely", "joli", "jolie", "precioso", "preciosa", "hermoso", "hermosa"],
  ),
  adj("generous", ["généreux", "généreuse"], ["generoso", "generosa"]),
  adj("polite", ["poli", "polie"], ["educado", "educada"]),
  adj(
    "vegetarian",
    ["végétarien", "végétarienne"],
    ["vegetariano", "vegetariana"],
    ["veggie", "vegan", "végane", "vegano", "vegana"],
  ),
  adj("sick", ["malade", "malade"], ["enfermo", "enferma"], ["ill", "poorly", "malito", "malita"]),
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
  scared: { fr: ["prudence", "f"], es: ["prudencia", "f"] },
  strong: { fr: ["force", "f"], es: ["fuerza", "f"] },
  fast: { fr: ["rapidité", "f"], es: ["rapidez", "f"] },
  naughty: { fr: ["malice", "f"], es: ["picardía", "f"] },
  angry: { fr: ["franchise", "f"], es: ["franqueza", "f"] },
  excited: { fr: ["enthousiasme", "m"], es: ["entusiasmo", "m"] },
  lazy: { fr: ["calme", "m"], es: ["calma", "f"] },
  magic: { fr: ["magie", "f"], es: ["magia", "f"] },
  fluffy: { fr: ["douceur", "f"], es: ["suavidad", "f"] },
  jealous: { fr: ["tendresse", "f"], es: ["ternura", "f"] },
  nervous: { fr: ["prudence", "f"], es: ["prudencia", "f"] },
  adventurous: { fr: ["goût de l’aventure", "m"], es: ["espíritu aventurero", "m"] },
  beautiful: { fr: ["beauté", "f"], es: ["belleza", "f"] },
  generous: { fr: ["générosité", "f"], es: ["generosidad", "f"] },
  polite: { fr: ["politesse", "f"], es: ["educación", "f"] },
  sick: { fr: ["patience", "f"], es: ["paciencia", "f"] },
  vegetarian: { fr: ["gentillesse", "f"], es: ["bondad", "f"] },
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
  // Foods (kind: what the painter draws).
  t(
    "pancakes",
    ["crêpes", "f"],
    ["tortitas", "f"],
    ["pancake", "crêpe", "crepe", "crepes", "tortita", "panqueques", "panqueque", "hotcakes", "tortitas"],
    { plural: true, kind: "pancakes" },
  ),
  t("ice cream", ["glace", "f"], ["helado", "m"], ["ice-cream", "ice creams", "glaces", "helados", "gelato"], {
    kind: "food",
  }),
  t("pizza", ["pizza", "f"], ["pizza", "f"], ["pizzas"], { kind: "food" }),
  t("chocolate", ["chocolat", "m"], ["chocolate", "m"], ["chocolates", "chocolats"], { kind: "food" }),
  t("cookies", ["biscuits", "m"], ["galletas", "f"], ["cookie", "biscuit", "biscuits", "galleta", "gâteaux secs"], {
    plural: true,
    kind: "food",
  }),
  t("carrots", ["carottes", "f"], ["zanahorias", "f"], ["carrot", "carotte", "zanahoria"], {
    plural: true,
    kind: "fruit",
  }),
  t("honey", ["miel", "m"], ["miel", "f"], [], { kind: "food" }),
  t("strawberries", ["fraises", "f"], ["fresas", "f"], ["strawberry", "fraise", "fresa", "frutillas"], {
    plural: true,
    kind: "fruit",
  }),
  t("apples", ["pommes", "f"], ["manzanas", "f"], ["apple", "pomme", "manzana"], { plural: true, kind: "fruit" }),
  t("bananas", ["bananes", "f"], ["plátanos", "m"], ["banana", "banane", "plátano", "platano", "bananos"], {
    plural: true,
    kind: "fruit",
  }),
  t("cherries", ["cerises", "f"], ["cerezas", "f"], ["cherry", "cerise", "cereza"], { plural: true, kind: "fruit" }),
  t("watermelon", ["pastèque", "f"], ["sandía", "f"], ["melon", "melón"], { kind: "fruit" }),
  t("fruit", ["fruits", "m"], ["fruta", "f"], ["fruits", "frutas", "berries", "baies"], { kind: "fruit" }),
  t("spaghetti", ["spaghettis", "m"], ["espaguetis", "m"], ["pasta", "pâtes", "macaroni", "macarrones", "noodles"], {
    plural: true,
    kind: "food",
  }),
  t("cheese", ["fromage", "m"], ["queso", "m"], [], { kind: "food" }),
  t("sandwich", ["sandwich", "m"], ["bocadillo", "m"], ["sandwiches", "sándwich", "bocata"], { kind: "food" }),
  t("soup", ["soupe", "f"], ["sopa", "f"], ["potage"], { kind: "food" }),
  t("bread", ["pain", "m"], ["pan", "m"], ["baguette de pain", "toast", "tostada"], { kind: "food" }),
  t(
    "sweets",
    ["bonbons", "m"],
    ["caramelos", "m"],
    ["candy", "sweet", "bonbon", "caramelo", "chuches", "golosinas", "lollipop", "sucette", "piruleta"],
    { plural: true, kind: "food" },
  ),
  t(
    "cupcakes",
    ["petits gâteaux", "m"],
    ["magdalenas", "f"],
    [
      "cupcake",
      "muffin",
      "muffins",
      "magdalena",
      "madeleine",
      "madeleines",
      "donut",
      "donuts",
      "doughnut",
      "beignet",
      "rosquilla",
    ],
    { plural: true, kind: "cake" },
  ),
  t("churros", ["churros", "m"], ["churros", "m"], ["churro"], { plural: true, kind: "food" }),
  t("croissant", ["croissant", "m"], ["cruasán", "m"], ["croissants", "pain au chocolat", "napolitana"], {
    kind: "food",
  }),
  t("popcorn", ["pop-corn", "m"], ["palomitas", "f"], ["pop corn", "palomitas de maíz"], { kind: "food" }),
  t(
    "milk",
    ["lait", "m"],
    ["leche", "f"],
    ["hot chocolate", "chocolat chaud", "chocolate caliente", "biberon", "biberón"],
    { kind: "food" },
  ),
  t("jam", ["confiture", "f"], ["mermelada", "f"], [], { kind: "food" }),
  t("bone", ["os", "m"], ["hueso", "m"], ["bones", "huesos"], { kind: "food" }),
  // Instruments.
  t("piano", ["piano", "m"], ["piano", "m"], ["keyboard", "pianos"], { kind: "piano" }),
  t("guitar", ["guitare", "f"], ["guitarra", "f"], ["ukulele", "guitars"], { kind: "guitar" }),
  t("violin", ["violon", "m"], ["violín", "m"], ["cello", "violoncelle", "violonchelo", "fiddle"], { kind: "guitar" }),
  t("drum", ["tambour", "m"], ["tambor", "m"], ["drums", "drum kit", "batterie", "batería", "tambours", "tambores"], {
    kind: "drum",
  }),
  t("trumpet", ["trompette", "f"], ["trompeta", "f"], ["trumpets", "saxophone", "saxofón", "horn"], {
    kind: "instrument",
  }),
  t("flute", ["flûte", "f"], ["flauta", "f"], ["recorder", "flûte à bec", "flauta dulce"], { kind: "instrument" }),
  t("xylophone", ["xylophone", "m"], ["xilófono", "m"], ["harp", "harpe", "arpa", "triangle", "triángulo"], {
    kind: "instrument",
  }),
  // Toys and treasures.
  t("puzzle", ["puzzle", "m"], ["puzle", "m"], ["jigsaw", "rompecabezas"], { kind: "thing" }),
  t("skateboard", ["skateboard", "m"], ["monopatín", "m"], ["skate", "scooter", "trottinette", "patinete"], {
    kind: "thing",
  }),
  t("sword", ["épée", "f"], ["espada", "f"], ["swords", "shield", "bouclier", "escudo"], { kind: "thing" }),
  t("telescope", ["télescope", "m"], ["telescopio", "m"], ["binoculars", "jumelles", "prismáticos", "longue-vue"], {
    kind: "thing",
  }),
  t("compass", ["boussole", "f"], ["brújula", "f"], [], { kind: "thing" }),
  t("sandcastle", ["château de sable", "m"], ["castillo de arena", "m"], ["sand castle", "sandcastles"], {
    kind: "thing",
  }),
  t("bucket and spade", ["seau et pelle", "m"], ["cubo y pala", "m"], ["bucket", "spade", "seau", "cubo", "pala"], {
    kind: "thing",
  }),
  t("letter", ["lettre", "f"], ["carta", "f"], ["letters", "postcard", "carte postale", "postal", "cartas"], {
    kind: "thing",
  }),
  t("drawing", ["dessin", "m"], ["dibujo", "m"], ["picture", "drawings", "dessins", "dibujos", "painting"], {
    kind: "thing",
  }),
  t("necklace", ["collier", "m"], ["collar", "m"], ["bracelet", "pulsera", "ring", "bague", "anillo"], {
    kind: "thing",
    wear: true,
  }),
  t(
    "jewel",
    ["pierre précieuse", "f"],
    ["joya", "f"],
    ["gem", "jewels", "diamond", "diamant", "diamante", "crystal", "cristal", "ruby", "rubis", "gemstone"],
    { kind: "star" },
  ),
  t("potion", ["potion", "f"], ["poción", "f"], ["magic potion", "potion magique", "poción mágica"], { kind: "thing" }),
  t("seed", ["graine", "f"], ["semilla", "f"], ["seeds", "graines", "semillas", "bean", "haricot magique"], {
    kind: "thing",
  }),
  t("bubbles", ["bulles", "f"], ["burbujas", "f"], ["bubble", "bulle", "burbuja"], { plural: true, kind: "balloon" }),
  t("medal", ["médaille", "f"], ["medalla", "f"], ["trophy", "trophée", "trofeo", "cup", "coupe", "copa"], {
    kind: "star",
  }),
  t("box", ["boîte", "f"], ["caja", "f"], ["chest", "coffre", "cofre", "treasure chest", "coffre au trésor"], {
    kind: "present",
  }),
  t("basket", ["panier", "m"], ["cesta", "f"], ["picnic basket", "panier de pique-nique", "cesta de picnic"], {
    kind: "thing",
  }),
  t("camera", ["appareil photo", "m"], ["cámara", "f"], ["photo", "photos", "foto", "fotos"], { kind: "thing" }),
  t("rope", ["corde", "f"], ["cuerda", "f"], ["ladder", "échelle", "escalera"], { kind: "thing" }),
  t("cloud", ["nuage", "m"], ["nube", "f"], ["clouds", "nuages", "nubes"], { kind: "thing" }),
  t("sun", ["soleil", "m"], ["sol", "m"], ["sunshine"], { kind: "star" }),
  t("leaf", ["feuille", "f"], ["hoja", "f"], ["leaves", "feuilles", "hojas"], { kind: "thing" }),
  t("tree", ["arbre", "m"], ["árbol", "m"], ["trees", "arbres", "árboles"], { kind: "thing" }),
  t("clock", ["horloge", "f"], ["reloj", "m"], ["watch", "montre", "alarm clock", "réveil", "despertador"], {
    kind: "thing",
  }),
  t("ticket", ["billet", "m"], ["billete", "m"], ["tickets", "entrada"], { kind: "thing" }),
  t("flag", ["drapeau", "m"], ["bandera", "f"], ["flags"], { kind: "thing" }),
  t("blocks", ["cubes", "m"], ["bloques", "m"], ["lego", "legos", "building blocks", "briques"], {
    plural: true,
    kind: "thing",
  }),
  t("toy", ["jouet", "m"], ["juguete", "m"], ["toys", "jouets", "juguetes"], { kind: "thing" }),
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
  /** English past and third person ("dug", "digs"); made by rule when absent. */
  past?: string;
  third?: string;
  /**
   * Built from the child's own verb: only this language's form is real (the others are empty);
   * French and Spanish hold the infinitive, so lines use infinitive constructions.
   */
  lang?: StoryLanguage;
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
  act("dig", "digging", "creuser", "cavar", "reaching", ["digs", "creuse", "cava", "excavar", "excava"]),
  act("play the piano", "playing the piano", "jouer du piano", "tocar el piano", "playing", [
    "plays the piano",
    "piano",
    "joue du piano",
    "toca el piano",
  ]),
  act("play the guitar", "playing the guitar", "jouer de la guitare", "tocar la guitarra", "playing", [
    "plays the guitar",
    "joue de la guitare",
    "toca la guitarra",
  ]),
  act("play the drums", "playing the drums", "jouer du tambour", "tocar el tambor", "playing", [
    "plays the drums",
    "play drums",
    "jouer de la batterie",
    "joue de la batterie",
    "joue du tambour",
    "tocar la batería",
    "toca la batería",
    "toca el tambor",
  ]),
  act("play the violin", "playing the violin", "jouer du violon", "tocar el violín", "playing", [
    "plays the violin",
    "joue du violon",
    "toca el violín",
  ]),
  act("play the trumpet", "playing the trumpet", "jouer de la trompette", "tocar la trompeta", "playing", [
    "plays the trumpet",
    "joue de la trompette",
    "toca la trompeta",
  ]),
  act("play football", "playing football", "jouer au foot", "jugar al fútbol", "playing", [
    "plays football",
    "play soccer",
    "plays soccer",
    "jouer au football",
    "joue au foot",
    "joue au football",
    "juega al fútbol",
    "jugar al futbol",
    "juega al futbol",
  ]),
  act("play hide and seek", "playing hide and seek", "jouer à cache-cache", "jugar al escondite", "playing", [
    "hide and seek",
    "cache-cache",
    "escondite",
    "joue à cache-cache",
    "juega al escondite",
  ]),
  act("cook", "cooking", "cuisiner", "cocinar", "playing", ["cooks", "faire la cuisine"]),
  act("bake cakes", "baking cakes", "faire des gâteaux", "hacer pasteles", "playing", [
    "bake",
    "bakes",
    "baking",
    "pâtisser",
    "faire de la pâtisserie",
    "hornear",
    "hacer tartas",
  ]),
  act("build", "building", "construire", "construir", "reaching", ["builds", "construit", "construye", "make things"]),
  act("run", "running", "courir", "correr", "walking", ["runs", "court", "corre"]),
  act("draw", "drawing", "dessiner", "dibujar", "playing", ["draws", "dessine", "dibuja"]),
  act("explore", "exploring", "explorer", "explorar", "searching", ["explores", "explore", "explora"]),
  act("sail", "sailing", "naviguer", "navegar", "swimming", ["sails", "navigue", "navega"]),
  act("drive", "driving", "conduire", "conducir", "playing", ["drives", "conduit", "conduce", "manejar"]),
  act("grow flowers", "growing flowers", "faire pousser des fleurs", "cultivar flores", "reaching", [
    "gardening",
    "jardiner",
    "plantar flores",
  ]),
  act("tell jokes", "telling jokes", "raconter des blagues", "contar chistes", "talking", [
    "tells jokes",
    "raconte des blagues",
    "cuenta chistes",
  ]),
  act("ski", "skiing", "skier", "esquiar", "playing", ["skis", "skie", "esquía", "faire du ski"]),
  act("surf", "surfing", "surfer", "hacer surf", "swimming", ["surfs", "surfe", "faire du surf"]),
  act("eat", "eating", "manger", "comer", "playing", ["eats", "mange"]),
  act("laugh", "laughing", "rire", "reír", "playing", ["laughs", "rit", "ríe"]),
  act("ride a horse", "riding a horse", "faire du cheval", "montar a caballo", "walking", [
    "ride horses",
    "horse riding",
    "monter à cheval",
    "fait du cheval",
    "monta a caballo",
  ]),
  act("look at the stars", "looking at the stars", "regarder les étoiles", "mirar las estrellas", "looking", [
    "stargazing",
    "watch the stars",
    "regarde les étoiles",
    "mira las estrellas",
  ]),
  act("collect shells", "collecting shells", "ramasser des coquillages", "recoger conchas", "searching", [
    "collects shells",
    "ramasse des coquillages",
  ]),
  act("play", "playing", "jouer", "jugar", "playing", ["plays", "joue", "juega"]),
  act("help", "helping", "aider", "ayudar", "reaching", [
    "helps",
    "aide",
    "ayuda",
    "help others",
    "aider les autres",
    "ayudar a los demás",
  ]),
  act("fix things", "fixing things", "réparer des choses", "arreglar cosas", "reaching", [
    "fix",
    "fixes things",
    "repair",
    "réparer",
    "répare",
    "arreglar",
    "arregla",
  ]),
  act("do magic", "doing magic", "faire de la magie", "hacer magia", "playing", [
    "magic tricks",
    "do magic tricks",
    "faire des tours de magie",
    "hace magia",
  ]),
  act("make music", "making music", "faire de la musique", "hacer música", "playing", [
    "makes music",
    "fait de la musique",
    "hace música",
  ]),
  act("do gymnastics", "doing gymnastics", "faire de la gymnastique", "hacer gimnasia", "playing", [
    "cartwheels",
    "gymnastics",
    "gym",
    "gimnasia",
    "volteretas",
  ]),
  act("play in the snow", "playing in the snow", "jouer dans la neige", "jugar en la nieve", "playing", []),
  act("say sorry", "saying sorry", "demander pardon", "pedir perdón", "talking", [
    "says sorry",
    "said sorry",
    "apologise",
    "apologize",
    "s'excuser",
    "s'excuse",
    "demande pardon",
    "pide perdón",
    "pide perdon",
  ]),
  act("come alive", "coming alive", "prendre vie", "cobrar vida", "playing", [
    "comes alive",
    "came alive",
    "come to life",
    "comes to life",
    "prend vie",
    "prennent vie",
    "cobra vida",
    "cobran vida",
  ]),
  act("save everyone", "saving everyone", "sauver tout le monde", "salvar a todos", "reaching", [
    "saves everyone",
    "saved everyone",
    "sauve tout le monde",
    "salva a todos",
  ]),
  act("fish", "fishing", "pêcher", "pescar", "looking", ["go fishing", "aller à la pêche", "ir a pescar"]),
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
    ["seaside", "ocean", "océan", "océano", "sea side", "bord de mer"],
    "lighthouse",
  ),
  d("moon", ["lune", "f"], ["luna", "f"], "space", ["stars", "étoiles", "estrellas"], "moon"),
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
    ["woods", "wood", "bois", "enchanted forest", "forêt enchantée", "bosque encantado"],
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
  d("lake", ["lac", "m"], ["lago", "m"], "river", ["pond", "étang", "laguna"], "bridge"),
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
  d("beach", ["plage", "f"], ["playa", "f"], "sea", ["beaches", "plages", "playas", "seashore"], "sandcastle"),
  d(
    "space",
    ["espace", "m"],
    ["espacio", "m"],
    "space",
    [
      "outer space",
      "espace",
      "planet",
      "planète",
      "planeta",
      "mars",
      "marte",
      "the sky",
      "galaxy",
      "galaxie",
      "galaxia",
    ],
    "planet",
  ),
  d("jungle", ["jungle", "f"], ["selva", "f"], "forest", ["jungla", "rainforest", "forêt tropicale"], "vines"),
  d(
    "bottom of the sea",
    ["fond de la mer", "m"],
    ["fondo del mar", "m"],
    "sea",
    [
      "under the sea",
      "sous la mer",
      "bajo el mar",
      "bottom of the ocean",
      "fond de l'océan",
      "fondo del océano",
      "underwater",
      "sous l'eau",
      "bajo el agua",
      "seabed",
      "fond marin",
      "fonds marins",
    ],
    "coral",
  ),
  d(
    "volcano",
    ["volcan", "m"],
    ["volcán", "m"],
    "mountain",
    ["volcanoes", "volcans", "volcanes", "inside a volcano"],
    "crater",
  ),
  d(
    "cave",
    ["grotte", "f"],
    ["cueva", "f"],
    "mountain",
    ["caves", "caverne", "caverna", "grottes", "cuevas"],
    "stalactites",
  ),
  d("desert", ["désert", "m"], ["desierto", "m"], "place", ["deserts", "sahara"], "dune"),
  d(
    "school",
    ["école", "f"],
    ["colegio", "m"],
    "town",
    ["escuela", "cole", "classroom", "classe", "clase", "nursery", "maternelle", "guardería", "kindergarten"],
    "playground",
  ),
  d(
    "hospital",
    ["hôpital", "m"],
    ["hospital", "m"],
    "town",
    ["hospitals", "hôpitaux", "clinic", "clinique", "clínica"],
    "window",
  ),
  d("library", ["bibliothèque", "f"], ["biblioteca", "f"], "town", ["libraries", "médiathèque"], "shelves"),
  d(
    "supermarket",
    ["supermarché", "m"],
    ["supermercado", "m"],
    "town",
    [
      "shop",
      "store",
      "magasin",
      "tienda",
      "market",
      "marché",
      "mercado",
      "shops",
      "toy shop",
      "magasin de jouets",
      "juguetería",
    ],
    "trolley",
  ),
  d("bakery", ["boulangerie", "f"], ["panadería", "f"], "town", ["pâtisserie", "pastelería", "cake shop"], "oven"),
  d(
    "campsite",
    ["camping", "m"],
    ["campamento", "m"],
    "forest",
    ["camping", "campsite", "camp", "tent", "tente", "tienda de campaña", "acampada"],
    "tent",
  ),
  d("museum", ["musée", "m"], ["museo", "m"], "town", ["museums", "musées", "museos"], "statue"),
  d("circus", ["cirque", "m"], ["circo", "m"], "town", [], "big top"),
  d(
    "playground",
    ["aire de jeux", "f"],
    ["parque infantil", "m"],
    "garden",
    ["play park", "parc de jeux", "columpios", "swings"],
    "slide",
  ),
  d(
    "swimming pool",
    ["piscine", "f"],
    ["piscina", "f"],
    "river",
    ["pool", "pools", "piscines", "piscinas"],
    "diving board",
  ),
  d(
    "train station",
    ["gare", "f"],
    ["estación", "f"],
    "town",
    ["station", "railway station", "estación de tren"],
    "clock",
  ),
  d("airport", ["aéroport", "m"], ["aeropuerto", "m"], "town", [], "control tower"),
  d("cinema", ["cinéma", "m"], ["cine", "m"], "town", ["movies", "theatre", "théâtre", "teatro"], "screen"),
  d("restaurant", ["restaurant", "m"], ["restaurante", "m"], "town", ["café", "cafe", "cafetería"], "table"),
  d(
    "house",
    ["maison", "f"],
    ["casa", "f"],
    "bedroom",
    ["home", "new house", "nouvelle maison", "casa nueva", "flat", "appartement", "piso", "my house"],
    "front door",
  ),
  d(
    "bedroom",
    ["chambre", "f"],
    ["habitación", "f"],
    "bedroom",
    ["room", "dormitorio", "cuarto", "bed", "cama", "under the bed", "sous le lit", "debajo de la cama"],
    "bed",
  ),
  d("kitchen", ["cuisine", "f"], ["cocina", "f"], "bedroom", [], "oven"),
  d(
    "treehouse",
    ["cabane", "f"],
    ["casita del árbol", "f"],
    "forest",
    ["tree house", "cabane dans les arbres", "hut", "den"],
    "ladder",
  ),
  d(
    "river",
    ["rivière", "f"],
    ["río", "m"],
    "river",
    ["rivers", "stream", "ruisseau", "arroyo", "waterfall", "cascade", "cascada", "fleuve"],
    "bridge",
  ),
  d(
    "savannah",
    ["savane", "f"],
    ["sabana", "f"],
    "meadow",
    ["savanna", "safari", "africa", "afrique", "áfrica"],
    "acacia",
  ),
  d("sky", ["ciel", "m"], ["cielo", "m"], "space", ["clouds", "nuages", "nubes"], "cloud"),
];

/** Events a wish may set a story at: the party happens, the picnic is eaten. */
export const EVENTS: readonly Celebration[] = [
  {
    en: "picnic",
    fr: ["pique-nique", "m"],
    es: ["picnic", "m"],
    also: ["picnics", "piquenique", "pic-nic", "merienda en el campo"],
  },
  { en: "wedding", fr: ["mariage", "m"], es: ["boda", "f"], also: ["weddings", "mariages", "bodas", "boda de"] },
  {
    en: "sleepover",
    fr: ["soirée pyjama", "f"],
    es: ["fiesta de pijamas", "f"],
    also: ["pyjama party", "pajama party", "pijamada", "sleep over"],
  },
  { en: "carnival", fr: ["carnaval", "m"], es: ["carnaval", "m"], also: ["fair", "fête foraine", "feria", "funfair"] },
  {
    en: "show",
    fr: ["spectacle", "m"],
    es: ["espectáculo", "m"],
    also: ["concert", "concierto", "school play", "recital", "obra de teatro", "kermesse"],
  },
  {
    en: "race",
    fr: ["course", "f"],
    es: ["carrera", "f"],
    also: ["races", "courses", "carreras", "competition", "concours", "concurso", "contest"],
  },
  {
    en: "football match",
    fr: ["match de foot", "m"],
    es: ["partido de fútbol", "m"],
    also: ["match", "football game", "soccer game", "partido", "match de football"],
  },
  { en: "parade", fr: ["défilé", "m"], es: ["desfile", "m"], also: ["parades", "cabalgata"] },
  {
    en: "treasure hunt",
    fr: ["chasse au trésor", "f"],
    es: ["búsqueda del tesoro", "f"],
    also: ["egg hunt", "chasse aux œufs", "búsqueda de huevos", "caza del tesoro"],
  },
  { en: "holiday", fr: ["vacances", "f"], es: ["vacaciones", "f"], also: ["holidays", "vacation"] },
  { en: "tea party", fr: ["goûter", "m"], es: ["merienda", "f"], also: ["tea", "snack"] },
  { en: "Halloween", fr: ["Halloween", "m"], es: ["Halloween", "m"], also: [] },
  { en: "Easter", fr: ["Pâques", "f"], es: ["Pascua", "f"], also: ["paques", "semana santa"] },
  {
    en: "New Year",
    fr: ["Nouvel An", "m"],
    es: ["Año Nuevo", "m"],
    also: ["new year's eve", "réveillon", "nochevieja"],
  },
  {
    en: "school trip",
    fr: ["sortie scolaire", "f"],
    es: ["excursión", "f"],
    also: ["field trip", "sortie", "excursion", "outing"],
  },
  { en: "snow day", fr: ["jour de neige", "m"], es: ["día de nieve", "m"], also: [] },
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
