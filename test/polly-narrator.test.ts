import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type NarrationRequest, type Narrator, ProviderError } from "../src/providers/types";
import { joinMp3, mp3AudioFrames, mp3Duration, readFrameHeader } from "../src/providers/voice/mp3";
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

// ---------------------------------------------------------------------------------------------
// Hand-built MPEG frames for the join: MPEG-2 Layer III, 24 kHz, mono (Polly's neural output).

/** One frame at bitrate index `index` (6 = 48 kbit/s: 144 bytes, 8 = 64 kbit/s: 192 bytes). */
function frameAt(index: number, fill = 0x55): Uint8Array {
  const header = [0xff, 0xf3, (index << 4) | (1 << 2), 0xc0];
  const length = readFrameHeader(new Uint8Array(header), 0)!.length;
  const out = new Uint8Array(length).fill(fill);
  out.set(header, 0);
  return out;
}

/** A VBR chunk as an encoder writes it: a Xing frame claiming `count` frames, then those frames. */
function vbrChunk(count: number, fill: number): Uint8Array {
  const audio = Array.from({ length: count }, (_, i) => frameAt(i % 2 === 0 ? 6 : 8, fill));
  const xing = frameAt(6, 0);
  xing.set(new TextEncoder().encode("Xing"), 4 + 9); // after the header and MPEG-2 mono side info
  new DataView(xing.buffer).setUint32(4 + 9 + 4, 0x3);
  new DataView(xing.buffer).setUint32(4 + 9 + 8, count);
  return Uint8Array.from([...xing, ...audio.flatMap((f) => [...f])]);
}

/** Every frame of an MP3 in order, with where it starts. */
function framesOf(bytes: Uint8Array): { pos: number; length: number }[] {
  const out: { pos: number; length: number }[] = [];
  for (let pos = 0; pos + 4 <= bytes.length; ) {
    const frame = readFrameHeader(bytes, pos);
    if (!frame) throw new Error(`no frame at ${pos}`);
    out.push({ pos, length: frame.length });
    pos += frame.length;
  }
  return out;
}

/** The Xing/Info tag of an MPEG-2 mono first frame, or null. */
function infoTag(bytes: Uint8Array): { tag: string; frames: number; bytes: number } | null {
  const tag = new TextDecoder().decode(bytes.subarray(13, 17));
  if (tag !== "Xing" && tag !== "Info") return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { tag, frames: view.getUint32(21), bytes: view.getUint32(25) };
}

const hasTagAt = (bytes: Uint8Array, pos: number) =>
  ["Xing", "Info"].includes(new TextDecoder().decode(bytes.subarray(pos + 13, pos + 17))) ||
  new TextDecoder().decode(bytes.subarray(pos + 36, pos + 40)) === "VBRI";

describe("joining MP3 chunks", () => {
  it("drops each chunk's Xing frame and puts one in front with the joined frame and byte counts", () => {
    const chunks = [vbrChunk(5, 0x11), vbrChunk(4, 0x22), vbrChunk(6, 0x33)];
    const joined = joinMp3(chunks.map(mp3AudioFrames));
    const all = framesOf(joined);
    expect(all).toHaveLength(1 + 5 + 4 + 6);
    expect(infoTag(joined)).toEqual({ tag: "Xing", frames: 15, bytes: joined.length });
    // No header frame anywhere after the first: the counts players read are the joined ones.
    expect(all.slice(1).filter((f) => hasTagAt(joined, f.pos))).toEqual([]);
    // The audio is every chunk's audio, in order, and plays for 15 × 24 ms.
    expect(mp3Duration(joined)).toBeCloseTo(15 * 24, 6);
    expect(joined.subarray(all[1]!.pos)).toEqual(Uint8Array.from(chunks.flatMap((c) => [...c.subarray(144)])));
  });

  it("writes Info for constant-bitrate audio and drops a VBRI header too", () => {
    const vbri = frameAt(6, 0);
    vbri.set(new TextEncoder().encode("VBRI"), 36);
    const cbr = Uint8Array.from([...vbri, ...frameAt(6), ...frameAt(6), ...frameAt(6)]);
    expect(mp3AudioFrames(cbr)).toHaveLength(3 * 144);
    const joined = joinMp3([mp3AudioFrames(cbr), mp3AudioFrames(frames(2))]);
    expect(infoTag(joined)).toEqual({ tag: "Info", frames: 5, bytes: 6 * 144 });
    expect(framesOf(joined).filter((f) => f.pos > 0 && hasTagAt(joined, f.pos))).toEqual([]);
  });

  it("joins nothing into nothing", () => {
    expect(joinMp3([new Uint8Array(0)])).toHaveLength(0);
  });

  it("narrates VBR chunks from Polly into one file whose header counts every frame", async () => {
    let n = 0;
    server.use(
      http.post(`${ENDPOINT}/v1/speech`, async ({ request }) => {
        const body = (await request.json()) as SpeechBody;
        if (body.OutputFormat === "json")
          return new HttpResponse("", { headers: { "content-type": "application/x-json-stream" } });
        return new HttpResponse(vbrChunk(3, 0x40 + n++), { headers: { "content-type": "audio/mpeg" } });
      }),
    );
    const narration = await narrator.narrate(story(7000));
    const chunks = n;
    expect(chunks).toBe(3);
    const audio = narration!.audio;
    expect(infoTag(audio)).toEqual({ tag: "Xing", frames: 3 * chunks, bytes: audio.length });
    expect(framesOf(audio).filter((f) => f.pos > 0 && hasTagAt(audio, f.pos))).toEqual([]);
    expect(mp3Duration(audio)).toBeCloseTo(3 * chunks * 24, 6);
  });
});

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
    // One Info header frame (144 bytes here) in front, counting the joined frames, then the audio.
    const audio = narration!.audio;
    expect(infoTag(audio)).toEqual({
      tag: "Info",
      frames: chunks.reduce((n, c) => n + framesFor(c), 0),
      bytes: audio.length,
    });
    expect(audio.subarray(144)).toEqual(new Uint8Array(expected));
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

  it("reads Arabic as Modern Standard Arabic (LanguageCode arb), not Gulf Arabic", async () => {
    const requests = fakePolly();
    const ar = await narrator.narrate({ title: "القمر", paragraphs: ["كان يا ما كان."], language: "ar" });
    const zayd = await narrator.narrate({
      title: "القمر",
      paragraphs: ["كان يا ما كان."],
      language: "ar",
      voice: "zayd",
    });
    expect([ar?.voice, zayd?.voice]).toEqual(["Hala", "Zayd"]);
    expect(requests).toHaveLength(4);
    for (const r of requests) expect(r).toMatchObject({ Engine: "neural", LanguageCode: "arb" });
    // A voice that speaks one language gets none: Polly infers it.
    const fr = fakePolly();
    await narrator.narrate({ title: "La lune", paragraphs: ["Il était une fois."], language: "fr" });
    expect(fr.every((r) => !("LanguageCode" in r))).toBe(true);
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
