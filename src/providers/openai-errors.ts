/**
 * How every OpenAI provider (text, images, moderation) turns SDK errors into ProviderErrors:
 * network failures, timeouts, rate limits and 5xx are worth a retry; other 4xx (content policy,
 * bad key, bad request) will never succeed.
 */
import { APIConnectionError, APIError } from "openai";
import { ProviderError } from "./types";

/** The setting that chose a model, so a retired one can be named in the error an operator reads. */
export interface ModelSetting {
  /** The variable to change, e.g. "OPENAI_IMAGE_MODEL". */
  setting: string;
  /** The model it holds now. */
  model: string;
  /** What kind of model to set instead, e.g. "image model". */
  kind: string;
  /** A current model to suggest. */
  example: string;
}

/**
 * OpenAI answers 404 `model_not_found` for an unknown (or shut down) model, and 400 with a message
 * naming the model and saying it is deprecated or shut down while it is being retired.
 */
function isRetiredModel(error: APIError, model: string): boolean {
  if (error.code === "model_not_found") return true;
  const message = error.message ?? "";
  if (!message.includes(model)) return false;
  if (error.status === 404) return true;
  return error.status === 400 && /deprecat|shut ?down|retired|no longer (available|supported)/i.test(message);
}

/**
 * Turns anything the OpenAI SDK throws into a ProviderError the queue understands: rate limits,
 * timeouts and server errors are worth retrying later; other 4xx (bad key, bad request) are not.
 * With `model`, a retired or unknown model becomes a non-retried error naming the setting to change.
 * @example
 * try { await client.moderations.create(…) } catch (error) { throw toProviderError(error, "OpenAI moderation") }
 */
export function toProviderError(error: unknown, what: string, model?: ModelSetting): ProviderError {
  if (error instanceof ProviderError) return error;
  // Connection failures and timeouts come first: they are APIErrors without a status.
  if (error instanceof APIConnectionError) {
    return new ProviderError(`${what}: could not reach the server (${short(error.message)})`, true);
  }
  if (error instanceof APIError && typeof error.status === "number") {
    const { status } = error;
    if (model && isRetiredModel(error, model.model)) {
      // The default itself retired one day: point at the models page rather than at itself.
      const suggestion =
        model.example === model.model ? "see developers.openai.com/api/docs/models" : `e.g. ${model.example}`;
      return new ProviderError(
        `${model.setting}=${model.model} is not available any more (retired or unknown): set ${model.setting} to a current ${model.kind}, ${suggestion}. OpenAI said: ${short(error.message)}`,
        false,
        status,
      );
    }
    // 408 (timeout) and 429 (rate limit) are temporary, like 5xx; the SDK's own policy agrees.
    const retryable = status === 408 || status === 429 || status >= 500;
    return new ProviderError(`${what} failed with HTTP ${status}: ${short(error.message)}`, retryable, status);
  }
  const message = error instanceof Error ? error.message : String(error);
  // Anything else (a fetch that threw outside the SDK's wrapping) is treated as a network hiccup.
  return new ProviderError(`${what}: ${short(message)}`, true);
}

/** Error text from a server is untrusted and can be long: keep it to one short line. */
export function short(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
