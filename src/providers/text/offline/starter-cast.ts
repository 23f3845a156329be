/**
 * The characters and places a new family starts with, described in each language the offline
 * storyteller writes (the English ones are those of migrations/0001_seed.sql). Sign-up can seed a
 * household in its own language from here; the storyteller also uses the settings' names to say a
 * seeded place's name in the story's language ("the Whispering Woods" → "la Forêt qui chuchote").
 */
import type { TimeOfDay } from "../../../story/types";
import type { StoryLanguage } from "./lexicon";

export interface StarterCharacter {
  id: string;
  name: string;
  looks: string;
  personality: string;
}

export interface StarterPlace {
  id: string;
  name: string;
  description: string;
  timeOfDay: TimeOfDay;
}

export interface StarterCast {
  characters: readonly StarterCharacter[];
  places: readonly StarterPlace[];
}

export const STARTER_CAST: Readonly<Record<StoryLanguage, StarterCast>> = {
  en: {
    characters: [
      {
        id: "ch_pip",
        name: "Pip",
        looks: "a small red fox with a fluffy white-tipped tail and a green knitted scarf",
        personality: 'curious and brave, always asking "what is over there?"',
      },
      {
        id: "ch_mabel",
        name: "Mabel",
        looks: "a round grey rabbit with long floppy ears and a yellow raincoat",
        personality: "gentle and careful, loves counting things",
      },
      {
        id: "ch_otto",
        name: "Otto",
        looks: "a big brown bear with a patched blue backpack and round spectacles",
        personality: "slow and kind, gives the best hugs",
      },
      {
        id: "ch_luna",
        name: "Luna",
        looks: "a little girl with curly black hair, a purple star pyjama top and red boots",
        personality: "dreamy and clever, notices tiny things",
      },
      {
        id: "ch_hoot",
        name: "Hoot",
        looks: "a tiny white owl with golden eyes and a lantern on a string",
        personality: "wise but a little forgetful",
      },
      {
        id: "ch_ziggy",
        name: "Ziggy",
        looks: "a pale green dragon no bigger than a cat, with orange spots and small wings",
        personality: "bouncy and silly, a bit shy of the dark",
      },
      {
        id: "ch_tom",
        name: "Tom",
        looks: "a boy with sandy hair, a striped orange jumper and a wooden toy boat",
        personality: "helpful and cheerful, hums when he is busy",
      },
      {
        id: "ch_bramble",
        name: "Bramble",
        looks: "a brown hedgehog with a tiny flower tucked behind one ear",
        personality: "quiet and patient, good at listening",
      },
    ],
    places: [
      {
        id: "sc_whispering_woods",
        name: "the Whispering Woods",
        description: "a soft green forest where the tall trees rustle and fireflies blink between the ferns",
        timeOfDay: "evening",
      },
      {
        id: "sc_moonlit_beach",
        name: "the Moonlit Beach",
        description: "a quiet sandy beach by the sea, with shells, rock pools and little waves that go hush, hush",
        timeOfDay: "night",
      },
      {
        id: "sc_cloud_castle",
        name: "the Cloud Castle",
        description: "a castle made of fluffy clouds with rainbow towers and a drawbridge of sunbeams",
        timeOfDay: "afternoon",
      },
      {
        id: "sc_buttercup_meadow",
        name: "Buttercup Meadow",
        description: "a wide meadow full of yellow flowers, bumblebees and a crooked old oak tree",
        timeOfDay: "morning",
      },
      {
        id: "sc_starlight_express",
        name: "the Starlight Train",
        description: "a little blue train that puffs along silver rails across the night sky between the stars",
        timeOfDay: "night",
      },
      {
        id: "sc_snowy_hill",
        name: "Snowy Hill",
        description: "a gentle hill covered in fresh snow, with a sledge, a snowman and warm lights in a cottage below",
        timeOfDay: "evening",
      },
      {
        id: "sc_puddle_town",
        name: "Puddle Town",
        description:
          "a small town of crooked houses, a bakery that smells of cinnamon and a market square with a fountain",
        timeOfDay: "afternoon",
      },
      {
        id: "sc_moon_garden",
        name: "the Moon Garden",
        description: "a secret garden where silver flowers open only at night and a fountain sings quietly",
        timeOfDay: "night",
      },
      {
        id: "sc_lighthouse",
        name: "the Lighthouse on the Rock",
        description: "a red and white lighthouse by the sea, with a spiral staircase and a lamp that sweeps the waves",
        timeOfDay: "evening",
      },
      {
        id: "sc_rocket_trip",
        name: "a Rocket to the Moon",
        description: "a small round rocket flying through space past twinkling stars and a smiling, sleepy moon",
        timeOfDay: "night",
      },
      {
        id: "sc_willow_river",
        name: "Willow River",
        description: "a slow river with weeping willows, lily pads, ducks and a little wooden rowing boat",
        timeOfDay: "afternoon",
      },
      {
        id: "sc_blanket_fort",
        name: "the Blanket Fort",
        description: "a cosy fort of blankets and cushions in the bedroom, lit by a string of tiny lamps",
        timeOfDay: "night",
      },
    ],
  },
  fr: {
    characters: [
      {
        id: "ch_pip",
        name: "Pip",
        looks: "un petit renard roux à la queue touffue au bout blanc, avec une écharpe verte tricotée",
        personality: "curieux et courageux, demande toujours « qu’y a-t-il là-bas ? »",
      },
      {
        id: "ch_mabel",
        name: "Mabel",
        looks: "une lapine grise toute ronde aux longues oreilles tombantes, en imperméable jaune",
        personality: "douce et prudente, adore compter les choses",
      },
      {
        id: "ch_otto",
        name: "Otto",
        looks: "un grand ours brun avec un sac à dos bleu rapiécé et des lunettes rondes",
        personality: "lent et gentil, fait les meilleurs câlins",
      },
      {
        id: "ch_luna",
        name: "Luna",
        looks:
          "une petite fille aux cheveux noirs bouclés, avec un haut de pyjama violet à étoiles et des bottes rouges",
        personality: "rêveuse et maligne, remarque les toutes petites choses",
      },
      {
        id: "ch_hoot",
        name: "Hoot",
        looks: "un tout petit hibou blanc aux yeux dorés, avec une lanterne au bout d’une ficelle",
        personality: "sage mais un peu tête en l’air",
      },
      {
        id: "ch_ziggy",
        name: "Ziggy",
        looks: "un dragon vert pâle pas plus grand qu’un chat, avec des taches orange et de petites ailes",
        personality: "bondissant et rigolo, un peu peureux dans le noir",
      },
      {
        id: "ch_tom",
        name: "Tom",
        looks: "un garçon aux cheveux blond sable, avec un pull rayé orange et un petit bateau en bois",
        personality: "serviable et joyeux, fredonne quand il est occupé",
      },
      {
        id: "ch_bramble",
        name: "Ronce",
        looks: "un hérisson brun avec une toute petite fleur derrière l’oreille",
        personality: "calme et patient, sait très bien écouter",
      },
    ],
    places: [
      {
        id: "sc_whispering_woods",
        name: "la Forêt qui chuchote",
        description:
          "une douce forêt verte où les grands arbres bruissent et où les lucioles clignotent entre les fougères",
        timeOfDay: "evening",
      },
      {
        id: "sc_moonlit_beach",
        name: "la Plage au clair de lune",
        description:
          "une plage de sable tranquille au bord de la mer, avec des coquillages, des flaques et de petites vagues qui font chut, chut",
        timeOfDay: "night",
      },
      {
        id: "sc_cloud_castle",
        name: "le Château des nuages",
        description: "un château de nuages moelleux aux tours arc-en-ciel, avec un pont-levis de rayons de soleil",
        timeOfDay: "afternoon",
      },
      {
        id: "sc_buttercup_meadow",
        name: "le Pré aux boutons d’or",
        description: "un grand pré plein de fleurs jaunes et de bourdons, avec un vieux chêne tout tordu",
        timeOfDay: "morning",
      },
      {
        id: "sc_starlight_express",
        name: "le Train des étoiles",
        description:
          "un petit train bleu qui file sur des rails d’argent à travers le ciel de la nuit, entre les étoiles",
        timeOfDay: "night",
      },
      {
        id: "sc_snowy_hill",
        name: "la Colline enneigée",
        description:
          "une douce colline couverte de neige fraîche, avec une luge, un bonhomme de neige et les lumières d’une maisonnette en bas",
        timeOfDay: "evening",
      },
      {
        id: "sc_puddle_town",
        name: "le Village des flaques",
        description:
          "un petit village aux maisons de travers, avec une boulangerie qui sent la cannelle et une place avec une fontaine",
        timeOfDay: "afternoon",
      },
      {
        id: "sc_moon_garden",
        name: "le Jardin de la lune",
        description:
          "un jardin secret où des fleurs d’argent ne s’ouvrent que la nuit et où une fontaine chante tout bas",
        timeOfDay: "night",
      },
      {
        id: "sc_lighthouse",
        name: "le Phare sur le rocher",
        description:
          "un phare rouge et blanc au bord de la mer, avec un escalier en colimaçon et une lampe qui balaie les vagues",
        timeOfDay: "evening",
      },
      {
        id: "sc_rocket_trip",
        name: "une Fusée pour la lune",
        description:
          "une petite fusée ronde qui vole dans l’espace, entre les étoiles qui scintillent et une lune souriante et endormie",
        timeOfDay: "night",
      },
      {
        id: "sc_willow_river",
        name: "la Rivière aux saules",
        description:
          "une rivière paisible avec des saules pleureurs, des nénuphars, des canards et une petite barque en bois",
        timeOfDay: "afternoon",
      },
      {
        id: "sc_blanket_fort",
        name: "la Cabane en couvertures",
        description:
          "une cabane douillette de couvertures et de coussins dans la chambre, éclairée par une guirlande de petites lampes",
        timeOfDay: "night",
      },
    ],
  },
  es: {
    characters: [
      {
        id: "ch_pip",
        name: "Pip",
        looks: "un zorrito rojo con una cola esponjosa de punta blanca y una bufanda verde de punto",
        personality: "curioso y valiente, siempre pregunta «¿qué hay allí?»",
      },
      {
        id: "ch_mabel",
        name: "Mabel",
        looks: "una coneja gris y redondita de orejas largas y caídas, con un impermeable amarillo",
        personality: "dulce y prudente, le encanta contar cosas",
      },
      {
        id: "ch_otto",
        name: "Otto",
        looks: "un oso grande y marrón con una mochila azul remendada y gafas redondas",
        personality: "lento y bueno, da los mejores abrazos",
      },
      {
        id: "ch_luna",
        name: "Luna",
        looks: "una niña de pelo negro rizado, con una camiseta de pijama morada con estrellas y botas rojas",
        personality: "soñadora y lista, se fija en las cosas más pequeñas",
      },
      {
        id: "ch_hoot",
        name: "Hoot",
        looks: "un búho blanco diminuto de ojos dorados, con un farolillo colgado de un cordel",
        personality: "sabio pero un poco despistado",
      },
      {
        id: "ch_ziggy",
        name: "Ziggy",
        looks: "un dragón verde claro no más grande que un gato, con manchas naranjas y alas pequeñas",
        personality: "saltarín y payaso, le da un poco de miedo la oscuridad",
      },
      {
        id: "ch_tom",
        name: "Tom",
        looks: "un niño de pelo rubio arena, con un jersey naranja de rayas y un barquito de madera",
        personality: "servicial y alegre, tararea cuando está ocupado",
      },
      {
        id: "ch_bramble",
        name: "Zarza",
        looks: "un erizo marrón con una florecita detrás de una oreja",
        personality: "tranquilo y paciente, sabe escuchar muy bien",
      },
    ],
    places: [
      {
        id: "sc_whispering_woods",
        name: "el Bosque de los Susurros",
        description:
          "un bosque verde y suave donde los árboles altos susurran y las luciérnagas parpadean entre los helechos",
        timeOfDay: "evening",
      },
      {
        id: "sc_moonlit_beach",
        name: "la Playa de la Luna",
        description: "una playa tranquila junto al mar, con conchas, charcas y olitas que hacen shhh, shhh",
        timeOfDay: "night",
      },
      {
        id: "sc_cloud_castle",
        name: "el Castillo de las Nubes",
        description: "un castillo de nubes esponjosas con torres de arcoíris y un puente levadizo de rayos de sol",
        timeOfDay: "afternoon",
      },
      {
        id: "sc_buttercup_meadow",
        name: "el Prado de los Botones de Oro",
        description: "un prado ancho lleno de flores amarillas y abejorros, con un viejo roble torcido",
        timeOfDay: "morning",
      },
      {
        id: "sc_starlight_express",
        name: "el Tren de las Estrellas",
        description:
          "un trenecito azul que resopla por raíles de plata a través del cielo nocturno, entre las estrellas",
        timeOfDay: "night",
      },
      {
        id: "sc_snowy_hill",
        name: "la Colina Nevada",
        description:
          "una colina suave cubierta de nieve fresca, con un trineo, un muñeco de nieve y las luces cálidas de una casita abajo",
        timeOfDay: "evening",
      },
      {
        id: "sc_puddle_town",
        name: "el Pueblo de los Charcos",
        description: "un pueblecito de casas torcidas, con una panadería que huele a canela y una plaza con una fuente",
        timeOfDay: "afternoon",
      },
      {
        id: "sc_moon_garden",
        name: "el Jardín de la Luna",
        description: "un jardín secreto donde las flores de plata solo se abren de noche y una fuente canta bajito",
        timeOfDay: "night",
      },
      {
        id: "sc_lighthouse",
        name: "el Faro de la Roca",
        description: "un faro rojo y blanco junto al mar, con una escalera de caracol y una lámpara que barre las olas",
        timeOfDay: "evening",
      },
      {
        id: "sc_rocket_trip",
        name: "un Cohete a la Luna",
        description:
          "un cohete pequeño y redondo que vuela por el espacio entre estrellas que titilan y una luna sonriente y dormilona",
        timeOfDay: "night",
      },
      {
        id: "sc_willow_river",
        name: "el Río de los Sauces",
        description: "un río lento con sauces llorones, nenúfares, patos y una barquita de remos de madera",
        timeOfDay: "afternoon",
      },
      {
        id: "sc_blanket_fort",
        name: "la Cabaña de Mantas",
        description:
          "una cabaña acogedora de mantas y cojines en el dormitorio, iluminada por una guirnalda de lamparitas",
        timeOfDay: "night",
      },
    ],
  },
};

/** A seeded place's name in another language, when `name` is one of the starter names. */
export function starterPlaceName(name: string, language: StoryLanguage): string | undefined {
  const key = name.trim().toLowerCase();
  for (const cast of Object.values(STARTER_CAST)) {
    const at = cast.places.findIndex((p) => p.name.toLowerCase() === key);
    if (at >= 0) return STARTER_CAST[language].places[at]?.name;
  }
  return undefined;
}
