import { describe, expect, it } from "vitest";
import { buildStoryPrompt, estimateTokens, PROMPT_TOKEN_BUDGET } from "../src/story/prompt";
import { clipAtWord, LIMITS, parseStoryText, STORY_JSON_SCHEMA, splitParagraph } from "../src/story/schema";
import type { StoryRequest } from "../src/story/types";

const scene = (text: string) => ({
  paragraphs: [text],
  illustration: "A small fox in a green scarf under the moon.",
  caption: "Pip sous la lune.",
  picture: {
    characters: [{ name: "Pip", kind: "fox", color: "red" }],
    subject: null,
    object: null,
    action: "looking",
    place: "forest",
    landmark: "old oak",
    time: "night",
  },
});

const story = {
  title: "Pip et la lune",
  scenes: [scene("Pip regarde la lune."), scene("La lune bâille."), scene("Tout le monde dort.")],
  moral: "Même la lune a besoin de repos.",
};

/** A paragraph of `n` numbered sentences, each about 60 characters. */
const sentences = (n: number) =>
  Array.from({ length: n }, (_, i) => `Sentence ${i + 1} walks slowly through the quiet garden path.`).join(" ");

describe("lenient story repair", () => {
  it("keeps a well-formed reply as it is, with its caption and picture plan", () => {
    const parsed = parseStoryText(story);
    expect(parsed.scenes[0]).toEqual({
      paragraphs: ["Pip regarde la lune."],
      illustration: "A small fox in a green scarf under the moon.",
      caption: "Pip sous la lune.",
      picture: {
        characters: [{ name: "Pip", kind: "fox", color: "red" }],
        action: "looking",
        place: "forest",
        landmark: "old oak",
        time: "night",
      },
    });
  });

  it("splits an over-long paragraph at sentence ends instead of throwing the story away", () => {
    const long = sentences(40); // ~2,400 characters
    const parsed = parseStoryText({ ...story, scenes: [scene(long), ...story.scenes.slice(1)] });
    const paragraphs = parsed.scenes[0]!.paragraphs;
    expect(paragraphs).toHaveLength(2);
    for (const p of paragraphs) {
      expect(p.length).toBeLessThanOrEqual(LIMITS.paragraph);
      expect(p).toMatch(/^Sentence \d+ .*path\.$/);
    }
    // Nothing lost, nothing doubled: the pieces read as the original text.
    expect(paragraphs.join(" ")).toBe(long);
    // Roughly even halves, not 1,500 + 900.
    expect(Math.abs(paragraphs[0]!.length - paragraphs[1]!.length)).toBeLessThan(200);
  });

  it("merges the shortest neighbours back so a scene keeps at most 4 paragraphs", () => {
    const parsed = parseStoryText({
      ...story,
      scenes: [
        { ...scene(""), paragraphs: [sentences(30), "Then a yawn.", "Then a sigh.", sentences(10)] },
        ...story.scenes.slice(1),
      ],
    });
    const paragraphs = parsed.scenes[0]!.paragraphs;
    expect(paragraphs.length).toBeLessThanOrEqual(4);
    expect(paragraphs).toContain("Then a yawn. Then a sigh.");
    for (const p of paragraphs) expect(p.length).toBeLessThanOrEqual(LIMITS.paragraph);
  });

  it("keeps the first sentence of an over-long moral, and clips a long title and caption at a word", () => {
    const parsed = parseStoryText({
      ...story,
      title: `The ${"very ".repeat(40)}long title`,
      moral: `Kindness is a light we carry together. ${"And it goes on and on. ".repeat(20)}`,
      scenes: [
        { ...scene("Pip regarde la lune."), caption: `${"Pip regarde la grande lune ronde ".repeat(6)}. Et puis?` },
        ...story.scenes.slice(1),
      ],
    });
    expect(parsed.moral).toBe("Kindness is a light we carry together.");
    expect(parsed.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(parsed.title).toMatch(/^The very very .* very…$/);
    expect(parsed.scenes[0]!.caption!.length).toBeLessThanOrEqual(LIMITS.caption);
    expect(parsed.scenes[0]!.caption).toMatch(/^Pip regarde la grande lune ronde .*[a-z]…$/);
  });

  it("drops a broken picture plan and falls back on unknown poses, keeping the story", () => {
    const parsed = parseStoryText({
      ...story,
      scenes: [
        { ...scene("Pip regarde la lune."), picture: { characters: "Pip" } },
        {
          ...scene("La lune bâille."),
          picture: {
            ...scene("").picture,
            characters: [
              { name: "Pip", kind: "fox", color: null },
              { name: "Zork", kind: "alien", color: "green" },
            ],
            action: "moonwalking",
          },
        },
        scene("Tout le monde dort."),
      ],
    });
    expect(parsed.scenes[0]!.picture).toMatchObject({ characters: [], action: "standing", place: "place" });
    expect(parsed.scenes[1]!.picture?.characters).toEqual([{ name: "Pip", kind: "fox" }]);
    expect(parsed.scenes[1]!.picture?.action).toBe("standing");
  });

  it("gives a scene with no illustration brief its caption as the brief", () => {
    const parsed = parseStoryText({
      ...story,
      scenes: [{ ...scene("Pip regarde la lune."), illustration: "" }, ...story.scenes.slice(1)],
    });
    expect(parsed.scenes[0]!.illustration).toBe("Pip sous la lune.");
  });

  it("still refuses what is unusable: missing scenes, empty text", () => {
    expect(() => parseStoryText({ title: "T", moral: "M." })).toThrowError(/scenes:/);
    expect(() => parseStoryText({ ...story, scenes: story.scenes.slice(0, 2) })).toThrowError(
      /scenes: needs at least 3 scenes/,
    );
    expect(() =>
      parseStoryText({ ...story, scenes: [{ ...scene(""), paragraphs: ["  ", ""] }, ...story.scenes.slice(1)] }),
    ).toThrowError(/scenes\.0\.paragraphs: needs at least 1 paragraph/);
    expect(() => parseStoryText({ ...story, moral: " " })).toThrowError(/moral: must not be empty/);
    expect(() => parseStoryText("once upon a time")).toThrowError(/Invalid story/);
  });

  it("splits and clips at words and sentence ends", () => {
    expect(splitParagraph("One. Two. Three. Four.", 12)).toEqual(["One. Two.", "Three. Four."]);
    expect(splitParagraph("月が出ました。猫が寝ました。犬も寝ました。", 10)).toEqual([
      "月が出ました。",
      "猫が寝ました。",
      "犬も寝ました。",
    ]);
    expect(clipAtWord("The very long title of a story", 16)).toBe("The very long…");
    expect(clipAtWord("short", 16)).toBe("short");
  });
});

describe("story JSON schema (generated from zod)", () => {
  const scenes = (STORY_JSON_SCHEMA.properties as Record<string, { items: Record<string, unknown> }>).scenes!;
  const sceneProps = scenes.items.properties as Record<string, Record<string, unknown>>;

  it("asks every scene for a caption and a picture plan with the shared enums, optional fields nullable", () => {
    expect(scenes.items.required).toEqual(["paragraphs", "illustration", "caption", "picture"]);
    expect(sceneProps.caption?.description).toMatch(/One sentence in the story's language.*150 characters/);
    const picture = sceneProps.picture as { properties: Record<string, Record<string, unknown>>; required: string[] };
    expect(picture.required.sort()).toEqual(
      ["action", "characters", "landmark", "object", "place", "subject", "time"].sort(),
    );
    expect(picture.properties.action?.enum).toContain("sleeping");
    expect(picture.properties.place?.enum).toContain("forest");
    expect(picture.properties.time?.enum).toEqual(["day", "evening", "dusk", "night"]);
    expect(JSON.stringify(picture.properties.landmark)).toContain('"null"');
    expect(JSON.stringify(picture.properties.subject)).toContain('{"type":"null"}');
    const figure = (picture.properties.characters as { items: { properties: Record<string, Record<string, unknown>> } })
      .items;
    expect(figure.properties.kind?.enum).toContain("dragon");
  });

  it("has no $schema, $ref or length keywords strict mode would refuse", () => {
    const text = JSON.stringify(STORY_JSON_SCHEMA);
    for (const keyword of ["$schema", "$ref", "$defs", "minLength", "maxLength", "minItems", "maxItems", "default"]) {
      expect(text).not.toContain(`"${keyword}"`);
    }
  });
});

describe("prompt token estimate", () => {
  it("counts CJK about one token a character and Latin about four characters a token", () => {
    expect(estimateTokens("Once upon a time")).toBe(4);
    const japanese = "むかしむかし、ある森に小さなキツネがいました。";
    expect(estimateTokens(japanese)).toBeGreaterThanOrEqual(japanese.length);
    const chinese = "从前有一只小狐狸住在森林里。";
    expect(estimateTokens(chinese)).toBeGreaterThanOrEqual(chinese.length);
    // Well above the old length / 4, which under-counted Japanese and Chinese prompts 2–2.5×.
    expect(estimateTokens(japanese)).toBeGreaterThan(2.5 * Math.ceil(japanese.length / 4));
    expect(estimateTokens("नमस्ते दुनिया")).toBeGreaterThan(Math.ceil("नमस्ते दुनिया".length / 4));
  });

  it("keeps a Japanese family's long details within the budget by the new count", () => {
    const request: StoryRequest = {
      seed: "s",
      language: "ja",
      childAge: 5,
      length: "short",
      rhyming: false,
      characters: ["ピップ", "メイベル", "オットー", "ルナ"].map((name, i) => ({
        id: `ch_${i}`,
        name,
        looks: "緑のマフラーをした小さな赤いキツネ、".repeat(15),
        personality: "好奇心旺盛で勇敢、".repeat(30),
      })),
      setting: {
        id: "s",
        name: "ささやきの森",
        description: "ホタルが光るやわらかな緑の森。".repeat(20),
        timeOfDay: "evening",
      },
      prompt: "なくした手袋のお話をしてください。".repeat(30),
    };
    const { system, user } = buildStoryPrompt(request);
    expect(estimateTokens(system) + estimateTokens(user)).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET);
    for (const name of ["ピップ", "メイベル", "オットー", "ルナ", "Family's wish"]) expect(user).toContain(name);
  });
});
