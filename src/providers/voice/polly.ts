/**
 * Narration with Amazon Polly's neural engine. A story is longer than one SynthesizeSpeech call
 * allows (3,000 billed characters), so it is read in sentence-aligned chunks; each chunk is asked
 * for twice — once as MP3, once as sentence speech marks — and the MP3s are joined frame by frame,
 * with every chunk's marks shifted by the playing time of the audio before it.
 */
import { PollyClient, SynthesizeSpeechCommand, type SynthesizeSpeechCommandInput } from "@aws-sdk/client-polly";
import type { PollyConfig } from "../../lib/config";
import type { Language } from "../../story/types";
import { type NarrationRequest, type Narrator, ProviderError, type SpeechMark } from "../types";
import { joinMp3, mp3AudioFrames, mp3Duration } from "./mp3";
import { languageCodeFor, voiceFor } from "./voices";

/** Polly bills and accepts at most 3,000 characters of plain text per request. */
export const MAX_CHUNK = 3000;
/** Chunks synthesised at once (each is two requests: audio and marks). */
const CONCURRENCY = 3;

/** Used when no AWS keys are configured: the story page falls back to the browser's read-aloud. */
export const skippedNarrator: Narrator = {
  name: "none",
  async narrate() {
    return null;
  },
};

/**
 * @example
 * const narrator = createPollyNarrator(readConfig(env).polly!);
 * const narration = await narrator.narrate({ title, paragraphs, language: "fr" }); // voice "Lea"
 */
export function createPollyNarrator(config: PollyConfig): Narrator {
  const client = new PollyClient({
    region: config.region,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    endpoint: config.endpoint,
    // Retries belong to the queue, which backs off and records attempts.
    maxAttempts: 1,
  });

  async function synthesize(input: SynthesizeSpeechCommandInput): Promise<Uint8Array> {
    try {
      const output = await client.send(new SynthesizeSpeechCommand(input));
      if (!output.AudioStream) throw new ProviderError("Polly returned an empty response", true);
      return await output.AudioStream.transformToByteArray();
    } catch (err) {
      throw toProviderError(err);
    }
  }

  return {
    name: "polly",
    async narrate(request: NarrationRequest) {
      const voice = voiceFor(request.language, request.voice);
      const chunks = chunkText(narrationText(request.title, request.paragraphs, request.language));
      if (chunks.length === 0) throw new ProviderError("Polly: the story has no text to read", false);
      const base = {
        VoiceId: voice,
        Engine: "neural",
        TextType: "text",
        LanguageCode: languageCodeFor(voice, request.language),
      } satisfies Partial<SynthesizeSpeechCommandInput>;

      const parts = await mapLimit(chunks, CONCURRENCY, async (Text) => {
        const [audio, marks] = await Promise.all([
          synthesize({ ...base, Text, OutputFormat: "mp3" }),
          synthesize({ ...base, Text, OutputFormat: "json", SpeechMarkTypes: ["sentence"] }),
        ]);
        const frames = mp3AudioFrames(audio);
        if (frames.length === 0) throw new ProviderError("Polly returned no MP3 audio", true);
        return { frames, marks: parseSpeechMarks(new TextDecoder().decode(marks)) };
      });

      // Each chunk's marks are relative to its own audio; shift them to the joined file's clock.
      const marks: SpeechMark[] = [];
      let offset = 0;
      for (const part of parts) {
        for (const mark of part.marks) marks.push({ ...mark, time: Math.round(offset + mark.time) });
        offset += mp3Duration(part.frames);
      }
      return {
        audio: joinMp3(parts.map((p) => p.frames)),
        marks,
        characters: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
        voice,
      };
    },
  };
}

/** Title first, then the paragraphs; the title gets a full stop so Polly pauses after it. */
export function narrationText(title: string, paragraphs: string[], language: Language): string {
  const clean = (s: string) => s.replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, " ").trim();
  const stop = language === "ja" || language === "zh" ? "。" : language === "hi" ? "।" : ".";
  let heading = clean(title);
  if (heading && !/[.!?…。！？।؟:"'”»」』)]$/.test(heading)) heading += stop;
  return [heading, ...paragraphs.map(clean)].filter(Boolean).join("\n\n");
}

/**
 * Splits text into chunks of at most `max` characters, each ending at a sentence boundary. A single
 * sentence longer than `max` is cut at a comma, else at a space, else anywhere.
 *
 * @example
 * chunkText("One. Two. Three.", 10); // ["One. Two.", "Three."]
 */
export function chunkText(text: string, max = MAX_CHUNK): string[] {
  const pieces = sentences(text).flatMap((s) => (s.trim().length > max ? splitLongSentence(s, max) : [s]));
  const chunks: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (current.trim() && (current + piece).trim().length > max) {
      chunks.push(current.trim());
      current = "";
    }
    current += piece;
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks;
}

/** Sentences with their trailing whitespace, so that joining them gives back the text. */
function sentences(text: string): string[] {
  if (typeof Intl.Segmenter === "function") {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "sentence" });
    return Array.from(segmenter.segment(text), (s) => s.segment);
  }
  // Fallback: end punctuation (and closing quotes) followed by space, or CJK end punctuation.
  return text.match(/[\s\S]*?(?:[.!?…।؟]+["'”’»)]*\s+|[。！？]+[」』”’）]*\s*|$)/g)?.filter(Boolean) ?? [text];
}

const SOFT_BREAKS = /[,;:،、，；：]/;

function splitLongSentence(sentence: string, max: number): string[] {
  const parts: string[] = [];
  let rest = sentence;
  while (rest.trim().length > max) {
    rest = rest.trimStart();
    const window = rest.slice(0, max);
    let cut = -1;
    for (let i = window.length - 1; i > 0 && cut < 0; i--) if (SOFT_BREAKS.test(window[i]!)) cut = i + 1;
    // A comma in the first half would leave a tiny piece; a space near the end reads better.
    if (cut < max / 2) {
      const space = window.search(/\s\S*$/);
      if (space > 0) cut = space + 1;
    }
    if (cut <= 0) cut = /[\ud800-\udbff]/.test(window[max - 1] ?? "") ? max - 1 : max; // don't split a surrogate pair
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.trim()) parts.push(rest);
  return parts;
}

/** Polly's speech marks: one JSON object per line, e.g. {"time":0,"type":"sentence","value":"…"}. */
export function parseSpeechMarks(ndjson: string): SpeechMark[] {
  const marks: SpeechMark[] = [];
  for (const line of ndjson.split("\n")) {
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue; // one garbled line should not lose the whole narration
    }
    if (typeof parsed !== "object" || parsed === null) continue;
    const { time, type, value } = parsed as Record<string, unknown>;
    if (typeof time !== "number" || typeof value !== "string" || (type !== "sentence" && type !== "word")) continue;
    marks.push({ time, type, value });
  }
  return marks;
}

/** Runs `fn` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  async function worker(): Promise<void> {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!);
      } catch (err) {
        failed = true; // stop starting new chunks: the whole narration will be retried
        throw err;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const THROTTLING = new Set(["ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded"]);

interface AwsErrorShape {
  name?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
}

/** Throttling, 5xx and network failures are worth a retry; other 4xx (bad voice, bad text) are not. */
function toProviderError(err: unknown): ProviderError {
  if (err instanceof ProviderError) return err;
  const e: AwsErrorShape = typeof err === "object" && err !== null ? err : {};
  const status = e.$metadata?.httpStatusCode;
  const name = e.name ?? "Error";
  const retryable =
    status === undefined || status === 429 || status >= 500 || e.$fault === "server" || THROTTLING.has(name);
  const message = e.message || String(err);
  return new ProviderError(`Polly ${name}${status ? ` (${status})` : ""}: ${message}`, retryable, status);
}
