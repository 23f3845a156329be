/**
 * Story text from OpenAI chat completions (or any OpenAI-compatible server via `baseURL`), with a
 * strict JSON-schema structured output. The reply is untrusted: it is parsed and validated, and a
 * bad reply gets one more try before the story fails.
 */
import OpenAI from "openai";
import { DEFAULT_TEXT_MODEL, type OpenAIConfig } from "../../lib/config";
import { buildStoryPrompt } from "../../story/prompt";
import { parseStoryText, STORY_JSON_SCHEMA } from "../../story/schema";
import { LANGUAGES, type StoryRequest, type StoryText } from "../../story/types";
import { short, toProviderError } from "../openai-errors";
import { type Storyteller, type TextUsage, UnusableStoryError } from "../types";

/** One request, then one more if the reply is unusable (refusal, not JSON, fails validation). */
const ATTEMPTS = 2;

/** A chat completion can take a while; a hung server should not hold a queue consumer for long. */
const REQUEST_TIMEOUT_MS = 90_000;

/** A usable story, or why the reply was not one. */
type Reply = { story: StoryText } | { problem: string };

function readReply(completion: OpenAI.ChatCompletion): Reply {
  const choice = completion.choices[0];
  if (!choice) return { problem: "the reply had no choices" };
  const { message } = choice;
  if (message.refusal) return { problem: `the model refused (${short(message.refusal)})` };
  if (choice.finish_reason === "length") return { problem: "the reply was cut off (too long)" };
  if (!message.content) return { problem: "the reply was empty" };
  let json: unknown;
  try {
    json = JSON.parse(message.content);
  } catch {
    return { problem: "the reply was not valid JSON" };
  }
  try {
    return { story: parseStoryText(json) };
  } catch (error) {
    return { problem: short(error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * @example
 * const storyteller = createOpenAIStoryteller({ apiKey, baseURL, textModel: "gpt-6-luna", imageModel });
 * const { story, usage } = await storyteller.write(request);
 */
export function createOpenAIStoryteller(config: OpenAIConfig): Storyteller {
  // Retries are the queue's job (with backoff and a dead-letter queue), not the SDK's.
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    maxRetries: 0,
    timeout: REQUEST_TIMEOUT_MS,
  });
  const what = `OpenAI story (${config.textModel})`;
  const setting = {
    setting: "OPENAI_TEXT_MODEL",
    model: config.textModel,
    kind: "text model with structured outputs",
    example: DEFAULT_TEXT_MODEL,
  };

  return {
    name: `openai:${config.textModel}`,
    languages: LANGUAGES,
    async write(request: StoryRequest) {
      const { system, user } = buildStoryPrompt(request);
      const usage: TextUsage = { inputTokens: 0, outputTokens: 0 };
      let problem = "no attempt was made";

      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        let completion: OpenAI.ChatCompletion;
        try {
          // Only widely supported parameters (no temperature or token cap): reasoning models and
          // compatible servers reject some of them, and zod caps what we keep anyway.
          completion = await client.chat.completions.create({
            model: config.textModel,
            messages: [
              { role: "system", content: system },
              { role: "user", content: user },
            ],
            response_format: {
              type: "json_schema",
              json_schema: { name: "bedtime_story", strict: true, schema: STORY_JSON_SCHEMA },
            },
          });
        } catch (error) {
          throw toProviderError(error, what, setting);
        }
        usage.inputTokens += completion.usage?.prompt_tokens ?? 0;
        usage.outputTokens += completion.usage?.completion_tokens ?? 0;

        const reply = readReply(completion);
        if ("story" in reply) return { story: reply.story, usage };
        problem = reply.problem;
      }
      // Two bad replies in a row: let the queue ask again later (the writer caps the tries).
      throw new UnusableStoryError(`${what} gave no usable story after ${ATTEMPTS} attempts: ${problem}`);
    },
  };
}
