import { describe, expect, it } from "vitest";
import { readPerson } from "../src/providers/text/offline/cast";
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
