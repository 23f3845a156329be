import { describe, expect, it } from "vitest";
import { findBlockedReasons } from "../src/providers/moderation/word-list";
import { offlineStoryteller, writeOfflineStory } from "../src/providers/text/offline";
import { parseStoryText } from "../src/story/schema";
import type { Character, Language, StoryLength, StoryRequest, StoryText } from "../src/story/types";

const pip: Character = {
  id: "c1",
  name: "Pip",
  looks: "a small red fox with a green knitted scarf",
  personality: "curious and brave",
};
const mabel: Character = {
  id: "c2",
  name: "Mabel",
  looks: "a round grey rabbit with a yellow raincoat",
  personality: "gentle and careful",
};
const otto: Character = {
  id: "c3",
  name: "Otto",
  looks: "a big brown bear with round spectacles",
  personality: "slow and kind",
};
const luna: Character = {
  id: "c4",
  name: "Luna",
  looks: "a little girl with curly black hair",
  personality: "dreamy and clever",
};
const woods = {
  id: "s1",
  name: "the Whispering Woods",
  description: "a soft green forest where fireflies blink",
  timeOfDay: "evening" as const,
};

function request(overrides: Partial<StoryRequest> = {}): StoryRequest {
  return {
    seed: "seed-1",
    language: "en",
    characters: [pip, mabel],
    setting: woods,
    childAge: 5,
    length: "short",
    rhyming: false,
    ...overrides,
  };
}

const body = (story: StoryText) => story.scenes.flatMap((scene) => scene.paragraphs).join("\n");
const everything = (story: StoryText) =>
  [story.title, body(story), story.moral, ...story.scenes.map((s) => s.illustration)].join("\n");
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const seeds = (count: number) => Array.from({ length: count }, (_, i) => `night-${i}`);
const LANGUAGES: Language[] = ["en", "fr", "es"];

describe("offline storyteller", () => {
  it("writes at least 150 words for a short story, more for medium and at least 450 for long", () => {
    for (const language of LANGUAGES) {
      for (const seed of seeds(15)) {
        for (const characters of [[pip], [pip, mabel, otto, luna]]) {
          const count = (length: StoryLength) =>
            wordCount(body(writeOfflineStory(request({ seed, language, characters, length }))));
          const [short, medium, long] = [count("short"), count("medium"), count("long")];
          expect(short, `${language} ${seed}`).toBeGreaterThanOrEqual(150);
          expect(medium).toBeGreaterThan(short);
          expect(long).toBeGreaterThan(medium);
          expect(long).toBeGreaterThanOrEqual(450);
        }
      }
    }
  });

  it("has 3 to 6 scenes with 1 to 3 non-empty paragraphs and an illustration brief each", () => {
    for (const length of ["short", "medium", "long"] as const) {
      for (const rhyming of [false, true]) {
        for (const seed of seeds(10)) {
          const story = writeOfflineStory(request({ seed, length, rhyming }));
          expect(story.scenes.length).toBeGreaterThanOrEqual(3);
          expect(story.scenes.length).toBeLessThanOrEqual(6);
          for (const scene of story.scenes) {
            expect(scene.paragraphs.length).toBeGreaterThanOrEqual(1);
            expect(scene.paragraphs.length).toBeLessThanOrEqual(3);
            for (const paragraph of scene.paragraphs) expect(paragraph.trim().length).toBeGreaterThan(20);
            expect(scene.illustration.length).toBeGreaterThan(80);
          }
          expect(() => parseStoryText(story)).not.toThrow();
        }
      }
    }
  });

  it("names every character and the setting", () => {
    for (const seed of seeds(10)) {
      const story = writeOfflineStory(request({ seed, characters: [pip, mabel, otto, luna] }));
      for (const name of ["Pip", "Mabel", "Otto", "Luna", "Whispering Woods"]) expect(body(story)).toContain(name);
      expect(story.scenes[0]?.paragraphs.join(" ")).toContain("a big brown bear with round spectacles");
    }
  });

  it("writes illustration briefs in English with the setting kind, the time and every character's looks", () => {
    const story = writeOfflineStory(
      request({
        language: "fr",
        length: "medium",
        setting: { id: "s2", name: "la forêt enchantée", description: "", timeOfDay: "night" },
      }),
    );
    for (const scene of story.scenes) {
      expect(scene.illustration).toMatch(/\bforest\b/);
      expect(scene.illustration).toContain("night");
      expect(scene.illustration).toContain("Pip, a small red fox with a green knitted scarf");
      expect(scene.illustration).toContain("Mabel");
      expect(scene.illustration).toMatch(/no words or letters/);
    }
    expect(story.scenes.at(-1)?.illustration).toMatch(/asleep/);
  });

  it("tells the same story for the same seed", () => {
    for (const language of LANGUAGES) {
      expect(writeOfflineStory(request({ language, seed: "same" }))).toEqual(
        writeOfflineStory(request({ language, seed: "same" })),
      );
    }
  });

  it("varies the story with the seed", () => {
    const stories = seeds(10).map((seed) => writeOfflineStory(request({ seed })));
    expect(new Set(stories.map((s) => s.title)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(stories.map((s) => s.scenes[0]?.paragraphs[0])).size).toBeGreaterThanOrEqual(4);
    expect(new Set(stories.map((s) => s.scenes[1]?.paragraphs[0])).size).toBeGreaterThanOrEqual(6);
  });

  it("writes French with French words and none of the English template", () => {
    const forest = {
      id: "s2",
      name: "la forêt enchantée",
      description: "une forêt douce où brillent les lucioles",
      timeOfDay: "night" as const,
    };
    for (const seed of seeds(10)) {
      const text = body(
        writeOfflineStory(
          request({
            seed,
            language: "fr",
            setting: forest,
            characters: [{ ...pip, looks: "un petit renard roux", personality: "curieux" }],
            length: "long",
          }),
        ),
      );
      for (const word of ["le", "la", "et", "de"]) expect(text).toMatch(new RegExp(`(^|\\s)${word}\\s`, "i"));
      expect(text).not.toMatch(/\b(the|and|said|was|were|they)\b/i);
      expect(text).not.toMatch(/ [?!:;»]/); // French spacing uses no-break spaces
    }
  });

  it("writes Spanish with Spanish words and none of the English template", () => {
    const forest = {
      id: "s2",
      name: "el bosque encantado",
      description: "un bosque suave donde brillan las luciérnagas",
      timeOfDay: "morning" as const,
    };
    for (const seed of seeds(10)) {
      const text = body(
        writeOfflineStory(
          request({
            seed,
            language: "es",
            setting: forest,
            characters: [{ ...pip, looks: "un zorrito rojo", personality: "curioso" }],
            length: "long",
          }),
        ),
      );
      for (const word of ["el", "la", "y", "de"]) expect(text).toMatch(new RegExp(`(^|\\s)${word}\\s`, "i"));
      expect(text).not.toMatch(/\b(the|and|said|was|were|they)\b/i);
    }
  });

  it("weaves the parent's prompt into the problem and the title", () => {
    for (const seed of seeds(6)) {
      const story = writeOfflineStory(request({ seed, prompt: "  A story about a lost mitten. " }));
      expect(story.title).toBe("Pip and the Lost Mitten");
      expect(body(story).match(/mitten/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      const french = writeOfflineStory(request({ seed, language: "fr", prompt: "une histoire sur une moufle perdue" }));
      expect(french.title).toBe("Pip et la moufle perdue");
      expect(body(french)).toMatch(/moufle/);
      expect(writeOfflineStory(request({ seed, language: "fr", prompt: "des chaussettes perdues" })).title).toBe(
        "Pip et les chaussettes perdues",
      );
      expect(
        writeOfflineStory(request({ seed, language: "es", prompt: "un cuento sobre un mitón perdido" })).title,
      ).toBe("Pip y el mitón perdido");
    }
    const topic = writeOfflineStory(request({ prompt: "dinosaurs" }));
    expect(topic.title).toBe("Pip Dreams of Dinosaurs");
    expect(body(topic)).toContain("thinking about dinosaurs");
    expect(body(topic)).toContain("thought about dinosaurs one last time");
  });

  it("keeps a hostile prompt as plain text and adds no markup of its own", () => {
    const prompt = "<script>alert(1)</script>";
    for (const seed of seeds(5)) {
      const story = writeOfflineStory(request({ seed, prompt }));
      const text = everything(story);
      expect(text).toContain(prompt);
      expect(text.split(prompt).join("")).not.toMatch(/[<>]/);
      expect(story.title).not.toContain("<");
    }
    const long = writeOfflineStory(request({ prompt: "dragons ".repeat(100) }));
    expect(body(long)).not.toContain("dragons ".repeat(20));
  });

  it("adds a rhyming couplet to every scene when asked, in the story's language", () => {
    const plain = writeOfflineStory(request({ length: "long" }));
    const rhyming = writeOfflineStory(request({ length: "long", rhyming: true }));
    expect(rhyming).not.toEqual(plain);
    for (const scene of rhyming.scenes) expect(scene.paragraphs.at(-1)).toMatch(/^[^\n]+,\n[^\n]+[.!]$/);
    const french = writeOfflineStory(request({ language: "fr", rhyming: true }));
    expect(french.scenes.at(-1)?.paragraphs.at(-1)).toMatch(/nuit|dodo|berceuse/);
  });

  it("falls back to English for a language without phrase tables", () => {
    const german = writeOfflineStory(request({ language: "de", seed: "fallback" }));
    expect(german).toEqual(writeOfflineStory(request({ language: "en", seed: "fallback" })));
  });

  it("never prints undefined, null or template braces, even with sparse characters", () => {
    const sparse: Character = { id: "c9", name: "  Zed ", looks: "", personality: "" };
    for (const language of [...LANGUAGES, "ja"] as Language[]) {
      for (const seed of seeds(12)) {
        for (const prompt of [undefined, "", "a lost mitten", "un mitón perdido", "the moon", "being brave"]) {
          const story = writeOfflineStory(
            request({
              seed,
              language,
              prompt,
              characters: [sparse, otto],
              length: "long",
              rhyming: seed.endsWith("1"),
            }),
          );
          expect(everything(story)).not.toMatch(/undefined|null|NaN|\[object|[{}]|\$/);
          expect(everything(story)).not.toMatch(/ {2}|\s[,.]/);
        }
      }
    }
  });

  it("passes the built-in moderation word list the writer checks stories against", () => {
    for (const language of LANGUAGES) {
      for (const seed of seeds(20)) {
        const story = writeOfflineStory(request({ seed, language, length: "long", rhyming: true }));
        expect(findBlockedReasons([story.title, body(story), story.moral].join("\n"))).toEqual([]);
      }
    }
  });

  it("ends with the characters calm and asleep", () => {
    for (const seed of seeds(10)) {
      const last =
        writeOfflineStory(request({ seed, length: "medium" }))
          .scenes.at(-1)
          ?.paragraphs.join(" ") ?? "";
      expect(last).toMatch(/asleep|sleep|snore|dream/);
    }
  });

  it("does not give the visitor a character's name", () => {
    const names = ["Prickles", "Willa", "Button", "Rusty"].map((name, i) => ({ ...pip, id: `v${i}`, name }));
    for (const seed of seeds(20)) {
      expect(body(writeOfflineStory(request({ seed, characters: names })))).not.toMatch(
        /called (Prickles|Willa|Button|Rusty)/,
      );
    }
  });

  it("is the storyteller named offline, with no token usage", async () => {
    const { story, usage } = await offlineStoryteller.write(request());
    expect(offlineStoryteller.name).toBe("offline");
    expect(usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    expect(story).toEqual(writeOfflineStory(request()));
  });
});
