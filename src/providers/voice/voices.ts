/**
 * Which Amazon Polly neural voice reads each language. All are warm adult voices available on the
 * neural engine (Polly's voice list, Nov 2026); a household can pick another voice by name.
 */
import type { LanguageCode, VoiceId } from "@aws-sdk/client-polly";
import type { Language } from "../../story/types";

export const VOICES: Record<Language, VoiceId> = {
  en: "Joanna", // en-US
  fr: "Lea", // fr-FR
  es: "Lucia", // es-ES
  de: "Vicki", // de-DE
  it: "Bianca", // it-IT
  pt: "Ines", // pt-PT
  nl: "Laura", // nl-NL
  sv: "Elin", // sv-SE
  da: "Sofie", // da-DK
  nb: "Ida", // nb-NO
  pl: "Ola", // pl-PL
  ja: "Kazuha", // ja-JP
  ko: "Seoyeon", // ko-KR
  zh: "Zhiyu", // cmn-CN
  hi: "Kajal", // hi-IN (bilingual with en-IN: needs LanguageCode)
  tr: "Burcu", // tr-TR
  ar: "Hala", // ar-AE by default; read as Modern Standard Arabic with LanguageCode "arb" (below)
};

/**
 * Polly's LanguageCode matters only for its fully bilingual voices (starred in Polly's
 * available-voices table): without one they speak their first language. Kajal and Aditi speak
 * Indian English and Hindi; Hala and Zayd speak Gulf Arabic (ar-AE) and Modern Standard Arabic
 * (arb). Our stories are written in Modern Standard Arabic, so an Arabic story asks for "arb" —
 * read as Gulf Arabic, its words come out in a dialect. (Zeina, Polly's other arb voice, has no
 * neural engine.) For every other voice the language is implied and none is sent.
 */
const BILINGUAL: Record<string, { speaks: Partial<Record<Language, LanguageCode>>; otherwise: LanguageCode }> = {
  Kajal: { speaks: { hi: "hi-IN" }, otherwise: "en-IN" },
  Aditi: { speaks: { hi: "hi-IN" }, otherwise: "en-IN" },
  Hala: { speaks: { ar: "arb" }, otherwise: "ar-AE" },
  Zayd: { speaks: { ar: "arb" }, otherwise: "ar-AE" },
};

/** A voice name as Polly spells it ("joanna" → "Joanna"), or null when it cannot be a voice name. */
function normaliseVoice(name: string): VoiceId | null {
  const trimmed = name.trim();
  if (!/^[A-Za-z]{2,24}$/.test(trimmed)) return null;
  // Not checked against the SDK's list, which lags Polly's: Polly itself rejects unknown names.
  return (trimmed[0]?.toUpperCase() + trimmed.slice(1).toLowerCase()) as VoiceId;
}

/**
 * The voice to read a story in: the household's override when it looks like a voice name, the
 * language's default otherwise. Polly rejects unknown names (a non-retryable error), so a typo in
 * the household settings shows up as a failed narration rather than a silent substitute.
 *
 * @example
 * voiceFor("fr"); // "Lea"
 * voiceFor("en", "matthew"); // "Matthew"
 */
export function voiceFor(language: Language, override?: string | null): VoiceId {
  const chosen = override ? normaliseVoice(override) : null;
  return chosen ?? VOICES[language] ?? VOICES.en;
}

/** The LanguageCode to send with this voice, or undefined when Polly infers it from the voice. */
export function languageCodeFor(voice: string, language: Language): LanguageCode | undefined {
  const bilingual = BILINGUAL[voice];
  if (!bilingual) return undefined;
  return bilingual.speaks[language] ?? bilingual.otherwise;
}
