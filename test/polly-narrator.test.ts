import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type NarrationRequest, type Narrator, ProviderError } from "../src/providers/types";
import { mp3Duration } from "../src/providers/voice/mp3";
import {
  chunkText,
  createPollyNarrator,
  narrationText,
  parseSpeechMarks,
  skippedNarrator,
} from "../src/providers/voice/polly";
import { VOICES, voiceFor } from "../src/providers/voice/voices";
import { LANGUAGES } from "../src/story/types";

const ENDPOINT = "https://polly.test";
const server = setupServer();
let narrator: Narrator;
beforeAll(() => {
  server.listen({ onUnhandledRequest: "error" });
  narrator = createPollyNarrator({
    region: "eu-west-1",
    accessKeyId: "AKIDTEST",
    secretAccessKey: "secret",
    endpoint: ENDPOINT,
  });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/**
 * `count` MPEG-2 Layer III frames, 24 kHz mono at 48 kbit/s: 144 bytes and 576 samples (24 ms)
 * each — what Polly's neural voices return. `fill` marks whose audio the frames are.
 */
function frames(count: number, fill = 0x55): Uint8Array {
  const out = new Uint8Array(count * 144).fill(fill);
  for (let i = 0; i < count; i++) out.set([0xff, 0xf3, 0x64, 0xc0], i * 144);
  return out;
}

/** MPEG-1 Layer III, 44.1 kHz, 128 kbit/s, no padding: 417 bytes and 1152 samples each. */
function mpeg1Frames(count: number): Uint8Array {
  const out = new Uint8Array(count * 417);
  for (let i = 0; i < count; i++) out.set([0xff, 0xfb, 0x90, 0x40], i * 417);
  return out;
}

/** A chunk's fake audio: one 24 ms frame per 100 characters, so durations differ per chunk. */
const framesFor = (text: string) => Math.ceil(text.length / 100);

interface SpeechBody {
  Text: string;
  VoiceId: string;
  Engine?: string;
  OutputFormat: string;
  LanguageCode?: string;
  SpeechMarkTypes?: string[];
}

/** A Polly that speaks: audio sized by text length, sentence marks at 0 and 100 ms per chunk. */
function fakePolly() {
  const requests: SpeechBody[] = [];
  server.use(
    http.post(`${ENDPOINT}/v1/speech`, async ({ request }) => {
      const body = (await request.json()) as SpeechBody;
      requests.push(body);
      if (body.OutputFormat === "json") {
        const lines = [
          { time: 0, type: "sentence", start: 0, end: 5, value: `start of ${body.Text.slice(0, 20)}` },
          { time: 100, type: "sentence", start: 6, end: 9, value: `later in ${body.Text.slice(0, 20)}` },
        ];
        return new HttpResponse(lines.map((l) => JSON.stringify(l)).join("\n"), {
          headers: { "content-type": "application/x-json-stream" },
        });
      }
      return new HttpResponse(frames(framesFor(body.Text), body.Text.length % 251), {
        headers: { "content-type": "audio/mpeg" },
      });
    }),
  );
  return requests;
}

function pollyFailing(status: number, type: string, message: string) {
  server.use(
    http.post(`${ENDPOINT}/v1/speech`, () =>
      HttpResponse.json(
        { message },
        { status, headers: { "x-amzn-ErrorType": `${type}:http://internal.amazon.com/coral/com.amazonaws.polly/` } },
      ),
    ),
  );
}

/** A story of about `chars` characters: numbered sentences in paragraphs of five. */
function story(chars: number): NarrationRequest {
  const sentences: string[] = [];
  for (let i = 1; sentences.join(" ").length < chars; i++)
    sentences.push(`Sentence ${i} tells how the sleepy fox counted the stars above the quiet hill.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(" "));
  return { title: "The Fox Who Counted Stars", paragraphs, language: "en" };
}

async function narrateError(request: NarrationRequest): Promise<ProviderError> {
  const err = await narrator.narrate(request).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

describe("chunkText", () => {
  it("packs whole sentences into chunks no longer than the limit", () => {
    const text = "The moon rose. The owl hooted softly! Did the fox sleep? Yes, he did. Good night.";
    const chunks = chunkText(text, 40);
    expect(chunks).toEqual(["The moon rose. The owl hooted softly!", "Did the fox sleep? Yes, he did.", "Good night."]);
  });

  it("cuts a sentence longer than the limit at a comma, else at a space", () => {
    const long = `${"word ".repeat(30)}then, ${"more ".repeat(10)}end.`;
    const chunks = chunkText(long, 100);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(100);
    expect(chunks.join(" ").replace(/\s+/g, " ")).toBe(long.replace(/\s+/g, " "));
    expect(chunks[0]).toMatch(/ word$/); // no comma in reach: cut at a space, not mid-word
    expect(chunkText(`${"a".repeat(50)}, ${"b".repeat(40)}.`, 60)).toEqual([
      `${"a".repeat(50)},`,
      `${"b".repeat(40)}.`,
    ]);
  });

  it("splits Japanese at its own full stops", () => {
    const chunks = chunkText("きつねはねむい。ほしがひかる。おやすみ。", 10);
    expect(chunks).toEqual(["きつねはねむい。", "ほしがひかる。", "おやすみ。"]);
  });
});

describe("mp3Duration", () => {
  it("sums the frames' samples over their sample rate", () => {
    expect(mp3Duration(frames(10))).toBeCloseTo(240, 6);
    expect(mp3Duration(mpeg1Frames(3))).toBeCloseTo((3 * 1152 * 1000) / 44100, 6);
  });

  it("skips an ID3v2 tag and junk between frames", () => {
    const tag = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 1, 0, ...new Array<number>(128).fill(0xff)]); // 128-byte body
    const audio = new Uint8Array([...tag, ...frames(5), 1, 2, 3, ...frames(2)]);
    expect(mp3Duration(audio)).toBeCloseTo(7 * 24, 6);
    expect(mp3Duration(new Uint8Array([1, 2, 3, 4, 5]))).toBe(0);
  });
});

describe("Polly narrator", () => {
  it("reads a long story in sentence-aligned chunks of at most 3000 characters, title first", async () => {
    const requests = fakePolly();
    const request = story(7000);
    const narration = await narrator.narrate(request);

    const audioRequests = requests.filter((r) => r.OutputFormat === "mp3");
    const markRequests = requests.filter((r) => r.OutputFormat === "json");
    expect(audioRequests.length).toBe(3);
    expect(markRequests.map((r) => r.Text).sort()).toEqual(audioRequests.map((r) => r.Text).sort());
    for (const r of requests) {
      expect(r.Text.length).toBeLessThanOrEqual(3000);
      expect(r.Text).toMatch(/hill\.$|Stars\.$/);
      expect(r).toMatchObject({ VoiceId: "Joanna", Engine: "neural" });
    }
    for (const r of markRequests) expect(r.SpeechMarkTypes).toEqual(["sentence"]);

    const chunks = chunkText(narrationText(request.title, request.paragraphs, "en"));
    expect(chunks[0]?.startsWith("The Fox Who Counted Stars.\n\nSentence 1 tells")).toBe(true);
    // Every sentence is read exactly once, in order.
    expect(chunks.join(" ").replace(/\s+/g, " ")).toBe(`The Fox Who Counted Stars. ${request.paragraphs.join(" ")}`);

    const expected = chunks.flatMap((c) => [...frames(framesFor(c), c.length % 251)]);
    expect(narration?.audio).toEqual(new Uint8Array(expected));
    expect(narration?.characters).toBe(chunks.reduce((sum, c) => sum + c.length, 0));
    expect(narration?.voice).toBe("Joanna");
  });

  it("moves each chunk's speech marks by the length of the audio before it", async () => {
    fakePolly();
    const request = story(7000);
    const narration = await narrator.narrate(request);
    const chunks = chunkText(narrationText(request.title, request.paragraphs, "en"));
    const offsets = chunks.map((_, i) => chunks.slice(0, i).reduce((ms, c) => ms + framesFor(c) * 24, 0));
    expect(offsets[1]).toBeGreaterThan(0);
    expect(narration?.marks).toEqual(
      chunks.flatMap((c, i) => [
        { time: offsets[i], type: "sentence", value: `start of ${c.slice(0, 20)}` },
        { time: offsets[i]! + 100, type: "sentence", value: `later in ${c.slice(0, 20)}` },
      ]),
    );
  });

  it("picks the language's voice, and the household's voice when set", async () => {
    const requests = fakePolly();
    const fr = await narrator.narrate({ title: "La lune", paragraphs: ["Il était une fois."], language: "fr" });
    const hi = await narrator.narrate({ title: "चाँद", paragraphs: ["एक बार की बात है।"], language: "hi" });
    const own = await narrator.narrate({
      title: "Moon",
      paragraphs: ["Once upon a time."],
      language: "en",
      voice: "matthew",
    });
    expect([fr?.voice, hi?.voice, own?.voice]).toEqual(["Lea", "Kajal", "Matthew"]);
    expect(requests.filter((r) => r.VoiceId === "Lea")).toHaveLength(2);
    expect(requests.filter((r) => r.VoiceId === "Kajal").map((r) => r.LanguageCode)).toEqual(["hi-IN", "hi-IN"]);
    expect(requests.filter((r) => r.VoiceId === "Lea").every((r) => r.LanguageCode === undefined)).toBe(true);
    expect(requests.filter((r) => r.VoiceId === "Matthew")).toHaveLength(2);
  });

  it("reports Polly throttling as retryable", async () => {
    pollyFailing(429, "ThrottlingException", "Rate exceeded");
    const err = await narrateError(story(200));
    expect(err.retryable).toBe(true);
    expect(err.status).toBe(429);
  });

  it("reports a Polly server failure as retryable", async () => {
    pollyFailing(500, "ServiceFailureException", "Internal failure");
    const err = await narrateError(story(200));
    expect(err.retryable).toBe(true);
    expect(err.status).toBe(500);
  });

  it("reports an unknown voice as final, with Polly's message", async () => {
    pollyFailing(
      400,
      "ValidationException",
      "1 validation error detected: Value 'Bogus' at 'voiceId' failed to satisfy constraint",
    );
    const err = await narrateError({ ...story(200), voice: "Bogus" });
    expect(err.retryable).toBe(false);
    expect(err.status).toBe(400);
    expect(err.message).toContain("Value 'Bogus' at 'voiceId'");
  });
});

describe("voices", () => {
  it("has a voice for every language and falls back from a malformed override", () => {
    for (const language of LANGUAGES) expect(voiceFor(language)).toBe(VOICES[language]);
    expect(new Set(Object.values(VOICES)).size).toBe(LANGUAGES.length);
    expect(voiceFor("de", "Joanna<script>")).toBe("Vicki");
    expect(voiceFor("de", "  ")).toBe("Vicki");
    expect(voiceFor("de", null)).toBe("Vicki");
  });
});

describe("speech marks", () => {
  it("parses newline-delimited marks and skips garbled lines", () => {
    const ndjson =
      '{"time":0,"type":"sentence","start":0,"end":4,"value":"Hi."}\nnot json\n{"time":"x"}\n\n{"time":812,"type":"sentence","value":"Bye."}\n';
    expect(parseSpeechMarks(ndjson)).toEqual([
      { time: 0, type: "sentence", value: "Hi." },
      { time: 812, type: "sentence", value: "Bye." },
    ]);
  });
});

describe("skipped narrator", () => {
  it("narrates nothing when there are no AWS keys", async () => {
    expect(skippedNarrator.name).toBe("none");
    expect(await skippedNarrator.narrate(story(100))).toBeNull();
  });
});
