import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { readConfig } from "../src/lib/config";
import { selectProviders } from "../src/providers";
import { createWorkersAIIllustrator, WORKERS_AI_IMAGE_MODEL } from "../src/providers/image/workers-ai";
import { createWorkersAIStoryteller, WORKERS_AI_TEXT_MODEL } from "../src/providers/text/workers-ai";
import { type IllustrationRequest, ProviderError, UnusableStoryError } from "../src/providers/types";
import { createWorkersAINarrator, WORKERS_AI_VOICE_MODEL } from "../src/providers/voice/workers-ai";
import { STORY_JSON_SCHEMA } from "../src/story/schema";
import type { StoryRequest } from "../src/story/types";

/** A fake `env.AI`: answers each run with the next reply (the last repeats) and records the calls. */
function fakeAI(...replies: ((input: Record<string, unknown>) => unknown)[]) {
  const calls: { model: string; input: Record<string, unknown> }[] = [];
  const ai = {
    async run(model: string, input: Record<string, unknown>) {
      calls.push({ model, input });
      const reply = replies[Math.min(calls.length, replies.length) - 1]!;
      return reply(input);
    },
  } as unknown as Ai;
  return { ai, calls };
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

const request: StoryRequest = {
  seed: "seed-1",
  language: "fr",
  characters: [{ id: "ch_pip", name: "Pip", looks: "a small red fox with a green scarf", personality: "brave" }],
  setting: { id: "sc", name: "the Whispering Woods", description: "a soft green forest", timeOfDay: "evening" },
  prompt: "a lost mitten",
  childAge: 5,
  length: "short",
  rhyming: false,
};

const plan = {
  characters: [{ name: "Pip", kind: "fox", color: "red" }],
  subject: null,
  object: { name: "la moufle", kind: "mitten", color: "blue" },
  action: "searching",
  place: "forest",
  landmark: null,
  time: "evening",
};
const story = {
  title: "La moufle perdue",
  scenes: ["Pip trouve une moufle.", "Pip cherche son amie.", "Tout le monde dort."].map((text) => ({
    paragraphs: [text],
    illustration: "A red fox with a blue mitten in a forest at dusk.",
    caption: "Pip et la moufle bleue.",
    picture: plan,
  })),
  moral: "Rendre ce que l'on trouve rend heureux.",
};

describe("Workers AI storyteller", () => {
  it("asks the JSON-mode model for the story schema and reads an object response", async () => {
    const { ai, calls } = fakeAI(() => ({ response: story, usage: { prompt_tokens: 900, completion_tokens: 700 } }));
    const storyteller = createWorkersAIStoryteller(ai);
    const result = await storyteller.write(request);

    expect(storyteller.name).toBe(`workers-ai:${WORKERS_AI_TEXT_MODEL}`);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.model).toBe("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
    expect(calls[0]!.input.response_format).toEqual({ type: "json_schema", json_schema: STORY_JSON_SCHEMA });
    expect(calls[0]!.input.max_tokens).toBeGreaterThanOrEqual(2048);
    const messages = calls[0]!.input.messages as { role: string; content: string }[];
    expect(messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(messages[1]!.content).toContain("French");
    expect(result.story.title).toBe("La moufle perdue");
    expect(result.story.scenes[0]!.picture?.object).toEqual({ name: "la moufle", kind: "mitten", color: "blue" });
    expect(result.usage).toEqual({ inputTokens: 900, outputTokens: 700 });
  });

  it("reads a JSON string response too, and asks again after an unusable one", async () => {
    const { ai, calls } = fakeAI(
      () => ({ response: "Il était une fois {", usage: { prompt_tokens: 900, completion_tokens: 10 } }),
      () => ({ response: JSON.stringify(story), usage: { prompt_tokens: 900, completion_tokens: 600 } }),
    );
    const result = await createWorkersAIStoryteller(ai).write(request);
    expect(calls).toHaveLength(2);
    expect(result.story.scenes).toHaveLength(3);
    expect(result.usage).toEqual({ inputTokens: 1800, outputTokens: 610 });
  });

  it("gives up on this try when JSON mode can't be met twice, and retries later when Workers AI is busy", async () => {
    const jsonMode = fakeAI(() => {
      throw new Error("5024: JSON Mode couldn't be met");
    });
    const error = await failure(createWorkersAIStoryteller(jsonMode.ai).write(request));
    expect(jsonMode.calls).toHaveLength(2);
    // Retryable, capped by the writer (MAX_STORY_WRITES).
    expect(error).toBeInstanceOf(UnusableStoryError);
    expect(error.message).toMatch(/no usable story after 2 attempts: the model could not keep to the JSON schema/);

    const busy = fakeAI(() => {
      throw new Error("3040: Capacity temporarily exceeded, please try again.");
    });
    const later = await failure(createWorkersAIStoryteller(busy.ai).write(request));
    expect(busy.calls).toHaveLength(1);
    expect(later.retryable).toBe(true);
    expect(later.message).toContain("Capacity temporarily exceeded");

    const spent = fakeAI(() => {
      throw new Error("4006: you have used up your daily free allocation of 10,000 neurons");
    });
    expect((await failure(createWorkersAIStoryteller(spent.ai).write(request))).retryable).toBe(false);
  });

  it("writes only the languages its model supports", () => {
    const { languages } = createWorkersAIStoryteller(fakeAI(() => ({})).ai);
    expect(languages).toEqual(expect.arrayContaining(["en", "fr", "es", "de"]));
    expect(languages).not.toContain("ja");
  });
});

const picture: IllustrationRequest = {
  storyId: "st_1",
  title: "La moufle perdue",
  sceneIndex: 0,
  sceneCount: 3,
  brief: "A red fox finds a blue mitten in the snow. ".repeat(80),
  characters: [{ name: "Pip", looks: "a small red fox with a green knitted scarf ".repeat(40) }],
  style: "watercolor",
};
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 2, 3]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe("Workers AI illustrator", () => {
  it("decodes flux's base64 JPEG, with a prompt within the model's 2,048 characters", async () => {
    const { ai, calls } = fakeAI(() => ({ image: toBase64(JPEG) }));
    const illustrator = createWorkersAIIllustrator(ai);
    const result = await illustrator.paint(picture);
    expect(illustrator.name).toBe(`workers-ai:${WORKERS_AI_IMAGE_MODEL}`);
    expect(calls[0]!.model).toBe("@cf/black-forest-labs/flux-1-schnell");
    const prompt = String(calls[0]!.input.prompt);
    expect(prompt.length).toBeLessThanOrEqual(2048);
    expect(prompt).toContain("- Pip: a small red fox");
    expect(result).toEqual({ body: JPEG, contentType: "image/jpeg", extension: "jpg" });
  });

  it("reads an SDXL-style stream of PNG bytes", async () => {
    const { ai } = fakeAI(
      () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(PNG.subarray(0, 5));
            controller.enqueue(PNG.subarray(5));
            controller.close();
          },
        }),
    );
    const result = await createWorkersAIIllustrator(ai, "@cf/stabilityai/stable-diffusion-xl-base-1.0").paint(picture);
    expect(result.contentType).toBe("image/png");
    expect(result.body).toEqual(PNG);
  });

  it("refuses a payload that is not a picture, without a retry", async () => {
    const { ai } = fakeAI(() => ({ image: toBase64(new TextEncoder().encode('{"errors":["NSFW"]}')) }));
    const error = await failure(createWorkersAIIllustrator(ai).paint(picture));
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/not a PNG, JPEG or WebP/);
  });
});

/** MPEG-1 Layer III, 44.1 kHz, 128 kbit/s: 417 bytes and 1152 samples (~26.1 ms) a frame. */
function mp3(frames: number): Uint8Array {
  const out = new Uint8Array(frames * 417);
  for (let i = 0; i < frames; i++) out.set([0xff, 0xfb, 0x90, 0x40], i * 417);
  return out;
}

describe("Workers AI narrator", () => {
  it("reads the title and paragraphs with MeloTTS and marks every sentence in order", async () => {
    // One frame per 10 characters, so the audio's length follows the text's.
    const { ai, calls } = fakeAI((input) => ({ audio: toBase64(mp3(Math.ceil(String(input.prompt).length / 10))) }));
    const narrator = createWorkersAINarrator(ai);
    const narration = await narrator.narrate({
      title: "The Lost Mitten",
      paragraphs: ["Pip finds a mitten. It is blue.", "Everyone sleeps."],
      language: "en",
    });
    expect(narrator.name).toBe(`workers-ai:${WORKERS_AI_VOICE_MODEL}`);
    expect(calls[0]!.model).toBe("@cf/myshell-ai/melotts");
    expect(calls[0]!.input.lang).toBe("en");
    expect(calls[0]!.input.prompt).toBe("The Lost Mitten Pip finds a mitten. It is blue. Everyone sleeps.");
    expect(narration).not.toBeNull();
    expect(narration!.marks.map((m) => m.value)).toEqual([
      "The Lost Mitten",
      "Pip finds a mitten.",
      "It is blue.",
      "Everyone sleeps.",
    ]);
    const times = narration!.marks.map((m) => m.time);
    expect(times[0]).toBe(0);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[3]).toBeGreaterThan(times[1]!);
    expect(narration!.audio.length % 417).toBe(0);
    expect(narration!.voice).toBe("melotts-en");
  });

  it("reads a long story in several requests and joins their MP3 frames", async () => {
    const { ai, calls } = fakeAI(() => ({ audio: toBase64(mp3(10)) }));
    const paragraphs = Array.from({ length: 12 }, (_, i) =>
      `Paragraph ${i} is a calm sentence about the sea. `.repeat(4),
    );
    const narration = await createWorkersAINarrator(ai).narrate({ title: "The Sea", paragraphs, language: "en" });
    expect(calls.length).toBeGreaterThan(1);
    for (const call of calls) expect(String(call.input.prompt).length).toBeLessThanOrEqual(1000);
    // Every chunk's frames, behind one Info header frame (MPEG-1 stereo at 128 kbit/s: 417 bytes).
    expect(narration!.audio.length).toBe(417 + calls.length * 10 * 417);
    expect(new TextDecoder().decode(narration!.audio.subarray(36, 40))).toBe("Info");
    // Marks run across the joined file: the last chunk's first mark comes after the earlier chunks' audio.
    expect(narration!.marks.at(-1)!.time).toBeGreaterThan((calls.length - 1) * 10 * 26);
  });

  it("skips a language MeloTTS does not speak, and refuses audio that is not MP3", async () => {
    const { ai, calls } = fakeAI(() => ({ audio: toBase64(mp3(3)) }));
    expect(
      await createWorkersAINarrator(ai).narrate({ title: "T", paragraphs: ["Hallo."], language: "de" }),
    ).toBeNull();
    // Only English is documented and heard to work (cloudflare/ai#221, cloudflare-docs#23308):
    // the others are skipped (the device's voice), never a failed asset.
    for (const language of ["fr", "es", "zh", "ja", "ko"] as const) {
      expect(await createWorkersAINarrator(ai).narrate({ title: "T", paragraphs: ["Bonjour."], language })).toBeNull();
    }
    expect(calls).toHaveLength(0);

    const garbage = fakeAI(() => ({ audio: toBase64(new TextEncoder().encode("not audio")) }));
    const error = await failure(
      createWorkersAINarrator(garbage.ai).narrate({ title: "T", paragraphs: ["Hello."], language: "en" }),
    );
    expect(error.retryable).toBe(false);
  });
});

describe("provider selection", () => {
  const { ai } = fakeAI(() => ({}));
  const openai = { apiKey: "sk-test", textModel: "gpt-6-luna", imageModel: "gpt-image-2.6-flare" };
  const polly = { region: "us-east-1", accessKeyId: "a", secretAccessKey: "s" };
  const names = (config: Parameters<typeof selectProviders>[0]) => {
    const p = selectProviders(config);
    return [p.storyteller.name, p.illustrator.name, p.narrator.name];
  };

  it("prefers an OpenAI key, then the AI binding, then the offline defaults", () => {
    const base = readConfig(env);
    expect(names({ ...base, openai, ai })).toEqual([
      "openai:gpt-6-luna",
      "openai:gpt-image-2.6-flare",
      expect.any(String),
    ]);
    expect(names({ ...base, openai: undefined, polly: undefined, ai })).toEqual([
      `workers-ai:${WORKERS_AI_TEXT_MODEL}`,
      `workers-ai:${WORKERS_AI_IMAGE_MODEL}`,
      `workers-ai:${WORKERS_AI_VOICE_MODEL}`,
    ]);
    expect(names({ ...base, openai: undefined, polly: undefined, ai: undefined })).toEqual(["offline", "svg", "none"]);
    expect(names({ ...base, polly, ai })[2]).toBe("polly");
  });

  it("has no AI binding in local dev and tests, so the defaults stay offline", () => {
    expect("AI" in env).toBe(false);
    expect(readConfig(env).ai).toBeUndefined();
    expect(names(readConfig(env))).toEqual(["offline", "svg", "none"]);
  });
});
