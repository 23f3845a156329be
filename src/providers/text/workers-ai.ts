/**
 * Story text from Workers AI (the `AI` binding, deployed only) when no OpenAI key is set. The
 * model is asked for the same JSON schema as OpenAI through Workers AI's JSON mode
 * (developers.cloudflare.com/workers-ai/features/json-mode: `response_format: { type:
 * "json_schema", json_schema }`, answer in `response`, an object or a JSON string). Like every
 * model reply it is untrusted: parsed, repaired where it can be and validated; one more try when
 * it is unusable.
 */
import { buildStoryPrompt } from "../../story/prompt";
import { parseStoryText, STORY_JSON_SCHEMA } from "../../story/schema";
import type { Language, StoryRequest, StoryText } from "../../story/types";
import { short } from "../openai-errors";
import { type Storyteller, type TextUsage, UnusableStoryError } from "../types";
import { toWorkersAIError } from "../workers-ai-errors";

/**
 * Llama 3.3 70B (fp8, fast): one of the models Workers AI documents for JSON mode, at $0.293 /
 * $2.253 per M input / output tokens (Workers AI pricing page) — about 350 neurons a story.
 */
export const WORKERS_AI_TEXT_MODEL = "@cf/meta/llama-3.3-70b-instruct-fp8-fast";

/**
 * Llama 3.3's officially supported languages, of ours. Others are refused (never written badly or
 * in English instead); OpenAI writes every language.
 */
export const WORKERS_AI_TEXT_LANGUAGES: readonly Language[] = ["en", "fr", "es", "de", "it", "pt", "hi"];

/** Workers AI's default is 256 output tokens: far too few for a story with its picture plans. */
const MAX_TOKENS = 4096;
const ATTEMPTS = 2;

/** The fields of the reply we read (JSON mode answers `response` as an object or a string). */
interface TextReply {
  response?: unknown;
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

type Reply = { story: StoryText } | { problem: string };

function readReply(output: TextReply): Reply {
  let json = output.response;
  if (json === undefined || json === null || json === "") return { problem: "the reply was empty" };
  if (typeof json === "string") {
    try {
      json = JSON.parse(json);
    } catch {
      return { problem: "the reply was not valid JSON" };
    }
  }
  try {
    return { story: parseStoryText(json) };
  } catch (error) {
    return { problem: short(error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * @example
 * const storyteller = createWorkersAIStoryteller(env.AI);
 * const { story, usage } = await storyteller.write(request);
 */
export function createWorkersAIStoryteller(ai: Ai, model = WORKERS_AI_TEXT_MODEL): Storyteller {
  const what = `Workers AI story (${model})`;
  return {
    name: `workers-ai:${model}`,
    languages: WORKERS_AI_TEXT_LANGUAGES,
    async write(request: StoryRequest) {
      const { system, user } = buildStoryPrompt(request);
      const usage: TextUsage = { inputTokens: 0, outputTokens: 0 };
      let problem = "no attempt was made";

      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        let output: TextReply;
        try {
          output = (await ai.run(model as typeof WORKERS_AI_TEXT_MODEL, {
            messages: [
              { role: "system", content: system },
              { role: "user", content: user },
            ],
            response_format: { type: "json_schema", json_schema: STORY_JSON_SCHEMA },
            max_tokens: MAX_TOKENS,
          })) as TextReply;
        } catch (error) {
          // JSON mode gives up on some replies ("JSON Mode couldn't be met"): a bad reply, not an outage.
          const message = error instanceof Error ? error.message : String(error);
          if (/JSON Mode couldn.?t be met/i.test(message)) {
            problem = "the model could not keep to the JSON schema";
            continue;
          }
          throw toWorkersAIError(error, what);
        }
        usage.inputTokens += output?.usage?.prompt_tokens ?? 0;
        usage.outputTokens += output?.usage?.completion_tokens ?? 0;
        const reply = readReply(output ?? {});
        if ("story" in reply) return { story: reply.story, usage };
        problem = reply.problem;
      }
      throw new UnusableStoryError(`${what} gave no usable story after ${ATTEMPTS} attempts: ${problem}`);
    },
  };
}
