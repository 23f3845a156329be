/**
 * Narration from Workers AI's MeloTTS (the `AI` binding, deployed only) when no AWS keys are set.
 * MeloTTS answers `{ audio: base64 MP3 }` and gives no speech marks, so the story is read in
 * sentence-aligned chunks, the MP3s are joined frame by frame, and each sentence's start is placed
 * within its chunk by its share of the chunk's characters — close enough for the read-along
 * highlight, which matches the n-th mark to the n-th sentence on the page.
 */
import type { Language } from "../../story/types";
import { decodeBase64 } from "../image/picture-bytes";
import { type NarrationRequest, type Narrator, ProviderError, type SpeechMark } from "../types";
import { toWorkersAIError } from "../workers-ai-errors";
import { joinMp3, mp3AudioFrames, mp3Duration } from "./mp3";

/**
 * MeloTTS by MyShell: $0.0002 per audio minute (model page, Nov 2026), about 20 neurons for a
 * five-minute story.
 */
export const WORKERS_AI_VOICE_MODEL = "@cf/myshell-ai/melotts";

/**
 * The languages MeloTTS is offered for, as its `lang` parameter names them; others are "skipped"
 * and the page offers the device's voice. Only English: Cloudflare's MeloTTS input schema documents
 * just the default `lang: "en"` (developers.cloudflare.com/workers-ai/models/melotts); `lang: "es"`
 * is reported to fail with `AiError 8002: Invalid input` (cloudflare/ai#221, open), French to fail
 * and zh/ja/ko to come back garbled (cloudflare/cloudflare-docs#23308); upstream MeloTTS even
 * spells Japanese and Korean `JP`/`KR`. Add a language here once it is documented and heard to work.
 */
export const MELOTTS_LANGUAGES: Partial<Record<Language, string>> = {
  en: "en",
};

/** Characters per request: short chunks keep each request quick and the marks' estimate close. */
const MAX_CHUNK = 1000;
/** Chunks synthesised at once. */
const CONCURRENCY = 3;

/** The page's sentences: Intl.Segmenter in the story's language, empty ones dropped (story-page.tsx). */
function sentencesOf(text: string, language: Language): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  return Array.from(segmenter.segment(text.trim()), (s) => s.segment.trim()).filter(Boolean);
}

/** Consecutive sentences joined into chunks of at most MAX_CHUNK characters (a longer sentence stands alone). */
function chunksOf(sentences: string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const sentence of sentences) {
    if (current.length && size + sentence.length + 1 > MAX_CHUNK) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(sentence);
    size += sentence.length + 1;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

async function audioOf(output: unknown, what: string): Promise<Uint8Array> {
  if (output instanceof Uint8Array) return output;
  if (output instanceof ReadableStream) return new Uint8Array(await new Response(output).arrayBuffer());
  const audio = (output as { audio?: unknown } | null)?.audio;
  if (typeof audio === "string" && audio) return decodeBase64(audio, what);
  throw new ProviderError(`${what}: the response carried no audio`, true);
}

/**
 * @example
 * const narrator = createWorkersAINarrator(env.AI);
 * const narration = await narrator.narrate({ title, paragraphs, language: "fr" }); // null for "de"
 */
export function createWorkersAINarrator(ai: Ai, model = WORKERS_AI_VOICE_MODEL): Narrator {
  const what = `Workers AI speech (${model})`;

  async function speak(text: string, lang: string): Promise<Uint8Array> {
    let output: unknown;
    try {
      output = await ai.run(model as typeof WORKERS_AI_VOICE_MODEL, { prompt: text, lang });
    } catch (error) {
      throw toWorkersAIError(error, what);
    }
    const frames = mp3AudioFrames(await audioOf(output, what));
    if (frames.length === 0) throw new ProviderError(`${what}: the reply was not MP3 audio`, false);
    return frames;
  }

  return {
    name: `workers-ai:${model}`,
    async narrate(request: NarrationRequest) {
      const lang = MELOTTS_LANGUAGES[request.language];
      // A language MeloTTS can't speak is skipped: the page offers the device's voice instead.
      if (!lang) return null;
      const sentences = [request.title, ...request.paragraphs].flatMap((text) => sentencesOf(text, request.language));
      if (sentences.length === 0) throw new ProviderError(`${what}: the story has no text to read`, false);
      const chunks = chunksOf(sentences);

      const audios: Uint8Array[] = [];
      for (let i = 0; i < chunks.length; i += CONCURRENCY) {
        const batch = chunks.slice(i, i + CONCURRENCY);
        audios.push(...(await Promise.all(batch.map((chunk) => speak(chunk.join(" "), lang)))));
      }

      const marks: SpeechMark[] = [];
      let offset = 0;
      chunks.forEach((chunk, index) => {
        const duration = mp3Duration(audios[index]!);
        const total = chunk.reduce((sum, s) => sum + s.length + 1, 0);
        let before = 0;
        for (const sentence of chunk) {
          marks.push({ time: Math.round(offset + (duration * before) / total), type: "sentence", value: sentence });
          before += sentence.length + 1;
        }
        offset += duration;
      });
      return {
        audio: joinMp3(audios),
        marks,
        characters: sentences.reduce((sum, s) => sum + s.length, 0),
        voice: `melotts-${lang}`,
      };
    },
  };
}
