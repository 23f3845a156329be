import { describe, expect, it } from "vitest";
import { readPerson } from "../src/providers/text/offline/cast";
import { type Being, type Doing, readFrame, type WishFrame } from "../src/providers/text/offline/frame";
import { cleanWish, isRaw, readWish, type Wish } from "../src/providers/text/offline/wish";

const NAMES = ["Pip", "Mabel"];

/** What a wish was read as, in English keywords, for compact expectations. */
function summary(wish: Wish) {
  const word = (value: { en?: string; text?: string } | undefined) =>
    value ? (isRaw(value as object) ? `raw:${(value as { text: string }).text}` : value.en) : undefined;
  return {
    arc: wish.arc,
    subject:
      wish.subject?.character ??
      wish.subject?.creature?.en ??
      (wish.subject?.raw ? `raw:${wish.subject.raw.text}` : undefined),
    thing: word(wish.thing as { en?: string; text?: string } | undefined),
    goal: word(wish.goal as { en?: string; text?: string } | undefined),
    fear: word(wish.fear as { en?: string; text?: string } | undefined),
    destination: word(wish.destination as { en?: string; text?: string } | undefined),
  };
}

type Expected = Partial<ReturnType<typeof summary>>;

const CASES: [string, Expected][] = [
  // English
  ["a dragon who can't sleep", { arc: "sleepless", subject: "dragon" }],
  ["Tell me a story about a little dragon that cannot fall asleep", { arc: "sleepless", subject: "dragon" }],
  ["a rabbit who wants to fly", { arc: "learn", subject: "rabbit", goal: "fly" }],
  ["a penguin who wants to see the sea", { arc: "journey", subject: "penguin", destination: "sea" }],
  ["a hedgehog who is afraid of the dark", { arc: "afraid", subject: "hedgehog", fear: "dark" }],
  ["an owl that is scared of thunder", { arc: "afraid", subject: "owl", fear: "thunder" }],
  ["afraid of the dark", { arc: "afraid", fear: "dark" }],
  ["A story about a lost mitten.", { arc: "lost", thing: "mitten" }],
  ["a bear who lost his teddy", { arc: "lost", subject: "bear", thing: "teddy" }],
  ["a lost puppy", { arc: "journey", subject: "puppy" }],
  ["Pip's birthday", { arc: "celebrate", subject: "Pip" }],
  ["a birthday party", { arc: "celebrate" }],
  ["a trip to the seaside", { arc: "journey", destination: "sea" }],
  ["a journey to the moon", { arc: "journey", destination: "moon" }],
  ["a trip to Paris", { arc: "journey", destination: "raw:Paris" }],
  ["the first day of school", { arc: "first" }],
  ["a cat and a mouse", { arc: "friend", subject: "cat" }],
  ["Pip and the dragon", { arc: "friend", subject: "dragon" }],
  ["a robot who is lonely", { arc: "friend", subject: "robot" }],
  ["a shy little owl", { arc: "friend", subject: "owl" }],
  ["unicorns", { arc: "friend", subject: "unicorn" }],
  ["the moon", { arc: "quest", thing: "moon" }],
  ["volcanoes", { arc: "journey", destination: "volcano" }],
  ["a capybara", { arc: "quest", thing: "raw:capybara" }],
  ["a giraffe who can't dance", { arc: "learn", subject: "giraffe", goal: "dance" }],
  ["a whale who wants to make friends", { arc: "friend", subject: "whale" }],
  // French
  ["un dragon qui n'arrive pas à dormir", { arc: "sleepless", subject: "dragon" }],
  ["Raconte-moi une histoire sur un petit dragon qui ne peut pas dormir", { arc: "sleepless", subject: "dragon" }],
  ["le doudou perdu", { arc: "lost", thing: "teddy" }],
  ["une moufle perdue", { arc: "lost", thing: "mitten" }],
  ["un ours qui a perdu son doudou", { arc: "lost", subject: "bear", thing: "teddy" }],
  ["l'anniversaire de Mabel", { arc: "celebrate", subject: "Mabel" }],
  ["un voyage à la mer", { arc: "journey", destination: "sea" }],
  ["un voyage au pôle Nord", { arc: "journey", destination: "North Pole" }],
  ["le premier jour d'école", { arc: "first" }],
  ["la rentrée", { arc: "first" }],
  ["un hérisson qui a peur du noir", { arc: "afraid", subject: "hedgehog", fear: "dark" }],
  ["une tortue qui veut voler", { arc: "learn", subject: "turtle", goal: "fly" }],
  ["une souris qui veut nager", { arc: "learn", subject: "mouse", goal: "swim" }],
  ["un chat et une souris", { arc: "friend", subject: "cat" }],
  ["une licorne", { arc: "friend", subject: "unicorn" }],
  // Spanish
  ["un dragón que no puede dormir", { arc: "sleepless", subject: "dragon" }],
  ["un conejo que quiere volar", { arc: "learn", subject: "rabbit", goal: "fly" }],
  ["el cumpleaños de Pip", { arc: "celebrate", subject: "Pip" }],
  ["un viaje a la luna", { arc: "journey", destination: "moon" }],
  ["el primer día de colegio", { arc: "first" }],
  ["un erizo que tiene miedo de la oscuridad", { arc: "afraid", subject: "hedgehog", fear: "dark" }],
  ["un osito que perdió su manta", { arc: "lost", subject: "bear", thing: "blanket" }],
  ["la pelota perdida", { arc: "lost", thing: "ball" }],
  ["un gato y un perro", { arc: "friend", subject: "cat" }],
  ["Cuéntame un cuento sobre una ballena que no sabe nadar", { arc: "learn", subject: "whale", goal: "swim" }],
];

describe("wish reader", () => {
  it.each(CASES)("reads %j", (text, expected) => {
    const got = summary(readWish(text, NAMES, "en"));
    expect(got).toMatchObject(expected);
  });

  it("understands a wish typed in another language than the story's", () => {
    for (const story of ["en", "fr", "es"] as const) {
      expect(summary(readWish("a dragon who can't sleep", NAMES, story))).toMatchObject({
        arc: "sleepless",
        subject: "dragon",
      });
      expect(summary(readWish("un hérisson qui a peur du noir", NAMES, story))).toMatchObject({
        arc: "afraid",
        fear: "dark",
      });
      expect(summary(readWish("un conejo que quiere volar", NAMES, story))).toMatchObject({
        arc: "learn",
        goal: "fly",
      });
    }
  });

  it("tells the wish's language", () => {
    expect(readWish("a dragon who can't sleep", [], "fr").language).toBe("en");
    expect(readWish("un voyage à la mer", [], "en").language).toBe("fr");
    expect(readWish("un viaje a la luna", [], "en").language).toBe("es");
  });

  it("keeps adjectives of the subject", () => {
    const wish = readWish("a shy little green dragon who can't sleep", [], "en");
    expect(wish.subject?.creature?.kind).toBe("dragon");
    expect(wish.subject?.size?.en).toBe("little");
    expect(wish.subject?.colour?.en).toBe("green");
    expect(wish.subject?.trait?.en).toBe("shy");
  });

  it("marks plural lost things", () => {
    const wish = readWish("des chaussettes perdues", [], "fr");
    expect(wish.thing && !isRaw(wish.thing) && wish.thing.plural).toBe(true);
  });

  it("reads nothing from an empty or symbol-only wish, and never keeps markup as words", () => {
    expect(readWish("", NAMES, "en").arc).toBeUndefined();
    expect(readWish("  !!! ", NAMES, "en").arc).toBeUndefined();
    const hostile = readWish("<script>alert(1)</script>", NAMES, "en");
    expect(JSON.stringify(hostile.thing ?? "")).not.toMatch(/[<>]/);
    expect(cleanWish("Please tell me a story about a lost mitten!")).toBe("a lost mitten");
    expect(cleanWish("x".repeat(500)).length).toBeLessThanOrEqual(120);
  });
});

describe("character reader", () => {
  it("reads kind, colour, clothes and traits from English looks", () => {
    const pip = readPerson({
      name: "Pip",
      looks: "a small red fox with a fluffy white-tipped tail and a green knitted scarf",
      personality: 'curious and brave, always asking "what is over there?"',
    });
    expect(pip.creature?.kind).toBe("fox");
    expect(pip.colour?.en).toBe("red");
    expect(pip.wears.map((w) => [w.thing.en, w.colour?.en])).toContainEqual(["scarf", "green"]);
    expect(pip.traits.map((t) => t.en)).toEqual(["curious", "brave"]);
  });

  it("reads French and Spanish looks too", () => {
    const fr = readPerson({
      name: "Ronce",
      looks: "un hérisson brun avec une petite fleur",
      personality: "calme et patient",
    });
    expect(fr.creature?.kind).toBe("hedgehog");
    expect(fr.traits.map((t) => t.en)).toEqual(["quiet", "patient"]);
    const es = readPerson({ name: "Luna", looks: "una niña con botas rojas", personality: "soñadora y lista" });
    expect(es.creature?.kind).toBe("child");
    expect(es.sex).toBe("f");
    expect(es.wears.map((w) => [w.thing.en, w.colour?.en])).toContainEqual(["boots", "red"]);
  });

  it("finds a creature's colour after another adjective, not the colour of what it carries", () => {
    const otto = readPerson({
      name: "Otto",
      looks: "un oso grande y marrón con una mochila azul remendada",
      personality: "lento y amable",
    });
    expect(otto.creature?.kind).toBe("bear");
    expect(otto.colour?.en).toBe("brown");
    expect(otto.wears.map((w) => [w.thing.en, w.colour?.en])).toContainEqual(["backpack", "blue"]);
  });
});

// ---------------------------------------------------------------------------------------------
// The frame reader: every element a child names.

/** A being in English keywords: "giraffe", "girl(Maya)", "[dad]", "me", "tatou*" (the child's own word). */
function being(b: Being | undefined): string | undefined {
  if (!b) return undefined;
  if (b.me) return "me";
  const word = b.word ? `${b.word.en}${b.word.known ? "" : "*"}` : "";
  return `${b.kin ? `[${b.kin}]` : ""}${word}${b.name ? `(${b.name})` : ""}`;
}
const doing = (d: Doing) => `${d.mode}:${d.activity.en || d.activity.fr || d.activity.es}${d.to ? `>${d.to.en}` : ""}`;
function frameSummary(f: WishFrame) {
  return {
    hero: being(f.hero),
    traits: f.hero?.traits.map((t) => t.en),
    companions: f.companions.map(being),
    who: being(f.who),
    feeling: f.feeling,
    fear: f.fear?.en,
    doings: f.doings.map(doing),
    becomes: f.becomes?.en,
    loves: f.loves.map((w) => w.en),
    things: f.things.map((t) => `${t.colour ? `${t.colour.en} ` : ""}${t.lost ? "lost " : ""}${t.word.en}`),
    place: f.place?.en,
    event: f.event?.en,
    ending: f.ending,
    unread: f.unread,
  };
}
type FrameExpect = Partial<ReturnType<typeof frameSummary>>;

const FRAMES: [string, FrameExpect][] = [
  // English: compound wishes, named children, kin, typos, run-ons, endings.
  ["a shy giraffe who loves pancakes", { hero: "giraffe", traits: ["shy"], loves: ["pancakes"] }],
  ["a girl called Maya who wants to be an astronaut", { hero: "girl(Maya)", becomes: "astronaut" }],
  ["Sam and the dragon who loved ice cream", { hero: "(Sam)", companions: ["dragon"], loves: ["ice cream"] }],
  ["a digger that digs to the centre of the earth", { hero: "digger", doings: ["does:dig>centre of the earth"] }],
  ["a dinosaur who plays the piano", { hero: "dinosaur", doings: ["does:play the piano"] }],
  ["a robot who juggles", { hero: "robot", doings: ["does:juggle"] }],
  ["a tractor that wants to fly", { hero: "tractor", doings: ["wants:fly"] }],
  ["a shy little penguin at a picnic", { hero: "penguin", traits: ["shy"], event: "picnic" }],
  ["a brave knight with a red kite who lost his key", { hero: "knight", things: ["red kite", "lost key"] }],
  [
    "a pirate with a treasure map at the bottom of the sea",
    { hero: "pirate", things: ["treasure map"], place: "bottom of the sea" },
  ],
  ["a dragon inside a volcano", { hero: "dragon", place: "volcano" }],
  ["grandpa and me go to the zoo", { hero: "[grandpa]grandpa", companions: ["me"], place: "zoo" }],
  ["a little mouse and a kind giant", { hero: "mouse", companions: ["giant"] }],
  ["a cat and a mouse and at the end they become friends", { hero: "cat", companions: ["mouse"], ending: "friends" }],
  ["a dragun who can't sleep", { hero: "dragon", feeling: "sleepless", doings: [] }],
  ["a unicron and a prinsess", { hero: "unicorn", companions: ["princess"] }],
  [
    "a unicorn and a princess go to the beach and then they have a picnic and then they find a shell and at the end they go home",
    { hero: "unicorn", companions: ["princess"], place: "beach", event: "picnic", things: ["shell"], ending: "home" },
  ],
  ["a hedgehog who is scared of the dark", { hero: "hedgehog", feeling: "afraid", fear: "dark" }],
  ["a capybara who loves oranges", { hero: "capybara*", loves: ["oranges"] }],
  ["a boy who wants to be a firefighter and loves his red fire engine", { hero: "boy", becomes: "firefighter" }],
  ["my daddy is away on a trip", { hero: "me", who: "[dad]daddy", feeling: "missing" }],
  ["my mummy is having a baby", { hero: "me", who: "[baby]baby", feeling: "baby" }],
  ["a boy who is jealous of his new baby sister", { hero: "boy", who: "[sister]baby sister", feeling: "jealous" }],
  ["we are moving house and I am sad", { feeling: "moving", hero: "me" }],
  ["granny is in hospital", { feeling: "ill", who: "[grandma]granny", place: "hospital" }],
  ["a bunny with a wobbly tooth", { hero: "bunny", feeling: "tooth" }],
  ["my best friend moved away", { feeling: "goodbye", who: "[friend]best friend" }],
  ["the first day of school for a little owl", { feeling: "first", hero: "owl" }],
  [
    "a mermaid who is scared of sharks and at the end she is brave",
    { hero: "mermaid", fear: "shark", ending: "brave" },
  ],
  [
    "a cat called Biscuit who goes to the supermarket with mummy",
    { hero: "cat(Biscuit)", companions: ["[mum]mummy"], place: "supermarket" },
  ],
  // French.
  ["une petite fille qui s'appelle Inès et son papi", { hero: "girl(Inès)", companions: ["[grandpa]grandpa"] }],
  ["une pelleteuse qui creuse un grand trou", { hero: "digger", doings: ["does:dig"], things: ["trou"] }],
  ["un tatou qui a peur du noir", { hero: "tatou*", feeling: "afraid", fear: "dark" }],
  ["une licorne rose qui veut devenir danseuse", { hero: "unicorn", becomes: "ballerina" }],
  ["un dragon qui jongle avec des étoiles", { hero: "dragon", doings: ["does:jongler avec des étoiles"] }],
  ["un renard qui a perdu sa clé dorée dans la forêt", { hero: "fox", things: ["golden lost key"], place: "forest" }],
  ["un chat et une souris et à la fin ils deviennent amis", { hero: "cat", companions: ["mouse"], ending: "friends" }],
  ["un lapin qui adore les carottes et qui va à la plage", { hero: "rabbit", loves: ["carrots"], place: "beach" }],
  ["mon papa est en voyage", { hero: "me", who: "[dad]dad", feeling: "missing" }],
  ["ma mamie est malade à l'hôpital", { hero: "me", who: "[grandma]grandma", feeling: "ill" }],
  ["un dragun qui ne peut pas dormir", { hero: "dragon", feeling: "sleepless" }],
  [
    "une girafe timide au zoo avec son grand-père",
    { hero: "giraffe", traits: ["shy"], place: "zoo", companions: ["[grandpa]grandpa"] },
  ],
  ["un robot qui veut apprendre à danser", { hero: "robot", doings: ["learns:dance"] }],
  ["un petit garçon qui déménage dans une nouvelle maison", { hero: "boy", feeling: "moving" }],
  ["une sorcière qui fait des crêpes et après elle va au pique-nique", { hero: "witch", event: "picnic" }],
  ["un hérisson et un écureuil dans un volcan", { hero: "hedgehog", companions: ["squirrel"], place: "volcano" }],
  // Spanish.
  ["un gato que se llama Galleta y al final se hacen amigos", { hero: "cat(Galleta)", ending: "friends" }],
  ["un elefnte que toca el piano", { hero: "elephant", doings: ["does:play the piano"] }],
  ["una excavadora que cava un túnel", { hero: "digger", doings: ["does:dig"] }],
  ["un pulpo que quiere aprender a bailar", { hero: "octopus", doings: ["learns:dance"] }],
  [
    "una niña que se llama Lucía y su perro Toby van al zoo y luego comen helado",
    { hero: "girl(Lucía)", companions: ["dog(Toby)"], place: "zoo", things: ["ice cream"] },
  ],
  ["mi abuela está en el hospital", { hero: "me", who: "[grandma]grandma", feeling: "ill" }],
  ["mi papá está de viaje", { hero: "me", who: "[dad]dad", feeling: "missing" }],
  ["un dinosaurio que quiere ser astronauta", { hero: "dinosaur", becomes: "astronaut" }],
  ["una jirafa que tiene miedo de la oscuridad", { hero: "giraffe", feeling: "afraid", fear: "dark" }],
  ["un conejo que le encanta comer zanahorias en la granja", { hero: "rabbit", place: "farm" }],
  [
    "un cocodrilo y un mono en el fondo del mar",
    { hero: "crocodile", companions: ["monkey"], place: "bottom of the sea" },
  ],
  ["una princesa con una cometa roja", { hero: "princess", things: ["red kite"] }],
  ["un niño que tiene celos de su hermanito", { hero: "boy", feeling: "jealous", who: "[brother]brother" }],
  ["un tiburón que no sabe nadar y al final gana la carrera", { hero: "shark", doings: ["cant:swim"], ending: "win" }],
  [
    "un perrito que se perdió en el parque y al final vuelve a casa",
    { hero: "puppy", place: "garden", ending: "home" },
  ],
  ["mi abuelito está malito", { hero: "me", who: "[grandpa]grandpa", feeling: "ill" }],
  [
    "un oso que no quiere dormir porque tiene miedo de la oscuridad",
    { hero: "bear", feeling: "sleepless", fear: "dark", place: undefined },
  ],
  ["mon petit frère a peur des orages", { hero: "[brother]brother", feeling: "afraid", fear: "thunder" }],
  ["une petite sorcière qui a perdu son chat noir", { hero: "witch", companions: ["cat"], things: [] }],
  ["on déménage et je suis triste", { hero: "me", traits: ["sad"], feeling: "moving" }],
  ["ma maman part en voyage et elle me manque", { hero: "me", who: "[mum]mum", feeling: "missing", doings: [] }],
  ["a puppy who got lost in the woods", { hero: "puppy", place: "forest" }],
  ["Finn and a dragon", { hero: "(Finn)", companions: ["dragon"] }],
  ["a balloon that floats all the way to the moon", { hero: "balloon", things: [] }],
  [
    "Ava is starting big school on monday and she is worried",
    { hero: "(Ava)", traits: ["nervous"], feeling: "first", things: [], ending: undefined },
  ],
  ["un dragon qui vole jusqu'à la lune", { hero: "dragon", doings: ["does:fly>moon"], place: "moon" }],
  [
    "mi perro Max y yo vamos al parque y jugamos a la pelota",
    { hero: "dog(Max)", companions: ["me"], place: "garden", things: ["ball"] },
  ],
  [
    "un robot que ayuda a su abuela a cocinar",
    { hero: "robot", companions: ["[grandma]grandma"], doings: ["does:help", "does:cook"] },
  ],
  [
    "um a story about a cat and the cat is called biscuit and he goes to the moon and then he finds a cheese",
    { hero: "cat(Biscuit)", companions: [], place: "moon", things: ["cheese"] },
  ],
  ["Leo is jealous of his new baby sister", { hero: "(Leo)", who: "[sister]baby sister", feeling: "jealous" }],
  // Cross-language: the wish's language, not the story's.
  ["une baleine qui chante", { hero: "whale", doings: ["does:sing"] }],
  ["un búho que baila en la fiesta", { hero: "owl", doings: ["does:dance"], event: "party" }],
];

describe("wish frame reader", () => {
  it.each(FRAMES)("reads %j", (text, expected) => {
    for (const story of ["en", "fr", "es"] as const)
      expect(frameSummary(readFrame(text, NAMES, story))).toMatchObject(expected);
  });
});

describe("wish frame reader: the child's own words", () => {
  it("corrects a sure typo to the lexicon word and never keeps the typo", () => {
    for (const [wish, story, typo, word] of [
      ["a dragun who loves cake", "en", "dragun", "dragon"],
      ["a unicron at the beach", "en", "unicron", "unicorn"],
      ["a prinsess and a frog", "en", "prinsess", "princess"],
      ["un elefnte en la playa", "es", "elefnte", "elefante"],
      ["un dragun qui chante", "fr", "dragun", "dragon"],
    ] as const) {
      const frame = readFrame(wish, [], story);
      expect(JSON.stringify(frame.hero?.word)).not.toContain(typo);
      expect([frame.hero?.word?.en, frame.hero?.word?.fr[0], frame.hero?.word?.es[0]]).toContain(word);
      expect(frame.hero?.word?.known).toBe(true);
    }
  });

  it("leaves real words alone: a verb, an everyday noun or another common word is no typo", () => {
    expect(frameSummary(readFrame("a robot who juggles", [], "en")).doings).toEqual(["does:juggle"]);
    expect(frameSummary(readFrame("a kangaroo with a baby in her pocket", [], "en")).place).toBe("pocket");
    expect(frameSummary(readFrame("kraken! but a nice one", [], "en"))).toMatchObject({
      hero: "kraken*",
      traits: ["friendly"],
    });
    expect(frameSummary(readFrame("une pelleteuse qui creuse un grand trou", [], "fr")).things).toEqual(["trou"]);
  });

  it("carries an unknown noun as typed, with gender and number from the article, then the ending", () => {
    const tatou = readFrame("un tatou qui a peur du noir", [], "fr").hero?.word;
    expect(tatou).toMatchObject({ known: false, lang: "fr", fr: ["tatou", "m"], kind: "creature" });
    expect(tatou?.unsure).toBeFalsy();
    const mangouste = readFrame("une mangouste qui danse", [], "fr").hero?.word;
    expect(mangouste).toMatchObject({ known: false, fr: ["mangouste", "f"] });
    const alpaca = readFrame("una alpaca que baila", [], "es").hero;
    expect(alpaca?.word).toMatchObject({ known: false, lang: "es", es: ["alpaca", "f"] });
    const plural = readFrame("des ornithorynques qui dansent", [], "fr").hero;
    expect(plural?.word?.plural).toBe(true);
    expect(plural?.word?.unsure).toBe(true); // no article gender, no telling ending: a neutral construction
    // An ending decides where the article does not: "mes salopettes" (-ette is feminine).
    const thing = readFrame("un lapin qui a perdu mes salopettes", [], "fr").things[0]?.word;
    expect(thing).toMatchObject({ known: false, fr: ["salopettes", "f"], plural: true });
    const ajolote = readFrame("un ajolote que nada", [], "es").hero?.word;
    expect(ajolote).toMatchObject({ known: false, es: ["ajolote", "m"] });
  });

  it("builds doings from the child's own verbs in the wish's language only", () => {
    const en = readFrame("a hippo who knits scarves", [], "fr").doings[0]?.activity;
    expect(en).toMatchObject({
      en: "knit scarves",
      ing: "knitting scarves",
      third: "knits scarves",
      lang: "en",
      fr: "",
      es: "",
    });
    const fr = readFrame("un ours qui bricole", [], "en").doings[0]?.activity;
    expect(fr).toMatchObject({ fr: "bricoler", lang: "fr", en: "" });
    const es = readFrame("una tortuga que quiere bucear en el mar", [], "en");
    expect(es.doings[0]).toMatchObject({ mode: "wants", activity: { es: "bucear en el mar", lang: "es", en: "" } });
    expect(es.place?.en).toBe("sea");
    expect(readFrame("una excavadora que cava un túnel", [], "es").doings[0]?.activity.en).toBe("dig");
  });

  it("tells a named hero's sex from the wish's pronouns and possessives", () => {
    expect(readFrame("Leo is jealous of his new baby sister", [], "en").hero?.sex).toBe("m");
    expect(readFrame("Sam and her kite", [], "en").hero?.sex).toBe("f");
    expect(readFrame("my daddy is away and he sends me a letter", [], "en").hero).toEqual({ me: true, traits: [] });
  });

  it("keeps the child's own English word for a known thing or person, never a synonym", () => {
    expect(readFrame("a torch that helps Eli", [], "en").hero?.word?.en).toBe("torch");
    expect(readFrame("my granny is in hospital", [], "fr").who).toMatchObject({
      kin: "grandma",
      word: { en: "granny" },
    });
    expect(readFrame("a bunny who loves carrots", [], "en").hero?.word).toMatchObject({
      en: "bunny",
      kind: "rabbit",
      known: true,
    });
  });

  it("makes family words people, never things", () => {
    for (const [wish, kin] of [
      ["a story about mummy and me", "mum"],
      ["grandpa lost his glasses", "grandpa"],
      ["ma mamie et moi au zoo", "grandma"],
      ["mi hermanito y yo", "brother"],
      ["mi yaya hace churros", "grandma"],
      ["mi papi y yo en la playa", "dad"],
      ["mon papi et moi", "grandpa"],
    ] as const) {
      const frame = readFrame(wish, [], "en");
      const people = [frame.hero, ...frame.companions, frame.who].filter(Boolean) as Being[];
      expect(
        people.map((p) => p.kin),
        wish,
      ).toContain(kin);
      expect(
        frame.things.map((t) => t.word.en),
        wish,
      ).not.toContain(kin);
    }
  });

  it("never makes a hero of a fragment, and keeps what it could not read", () => {
    const sad = readFrame("la grande découverte du je suis triste", [], "fr");
    expect(sad.hero?.me).toBe(true);
    expect(sad.hero?.traits.map((t) => t.en)).toContain("sad");
    expect(sad.hero?.word).toBeUndefined();
    expect(sad.things.map((t) => t.word.en)).toEqual(["découverte"]);
    const odd = readFrame("a dragon who glorps the zindle at wibbly", [], "en");
    expect(odd.hero?.word?.en).toBe("dragon");
    expect(JSON.stringify(odd)).toMatch(/glorp|zindle|wibbly/);
  });

  it("reads a long run-on wish to its end, past 120 characters, and cuts only at a word past 600", () => {
    const wish =
      "ok so there is a princess and she has a pet dragon but the dragon is really tiny like a mouse and then they go to a party and then they eat pancakes and then they go to the beach and at the end they become friends";
    expect(wish.length).toBeGreaterThan(120);
    const frame = readFrame(wish, [], "en");
    expect(frameSummary(frame)).toMatchObject({ hero: "princess", event: "party", place: "beach", ending: "friends" });
    expect(frame.companions.map(being)).toEqual(expect.arrayContaining(["dragon"]));
    expect(frame.text.endsWith("become friends")).toBe(true);
    const long = readFrame(`${"a happy dragon and ".repeat(60)}the end`, [], "en").text;
    expect(long.length).toBeLessThanOrEqual(600);
    expect(long.endsWith("and") || long.endsWith("dragon") || long.endsWith("happy") || long.endsWith("a")).toBe(true);
  });

  it("keeps markup and empty input out of the frame", () => {
    expect(readFrame("", [], "en")).toMatchObject({ companions: [], things: [] });
    expect(readFrame("  !!! ", [], "en").hero).toBeUndefined();
    expect(JSON.stringify(readFrame("<script>alert(1)</script> a cat", [], "en"))).not.toMatch(/[<>]/);
  });

  it("names the family's own characters", () => {
    const frame = readFrame("Pip and Mabel go to the moon", NAMES, "en");
    expect(frame.hero?.character).toBe("Pip");
    expect(frame.companions.map((c) => c.character)).toEqual(["Mabel"]);
    expect(frame.place?.en).toBe("moon");
  });
});
