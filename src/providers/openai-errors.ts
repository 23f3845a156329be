/**
 * How every OpenAI provider (text, images, moderation) turns SDK errors into ProviderErrors:
 * network failures, timeouts, rate limits and 5xx are worth a retry; other 4xx (content policy,
 * bad key, bad request) will never succeed.
 */
import { APIConnectionError, APIError } from "openai";
import { ProviderError } from "./types";

/**
 * Turns anything the OpenAI SDK throws into a ProviderError the queue understands: rate limits,
 * timeouts and server errors are worth retrying later; other 4xx (bad key, bad request) are not.
 * @example
 * try { await client.moderations.create(…) } catch (error) { throw toProviderError(error, "OpenAI moderation") }
 */
export function toProviderError(error: unknown, what: string): ProviderError {
  if (error instanceof ProviderError) return error;
  // Connection failures and timeouts come first: they are APIErrors without a status.
  if (error instanceof APIConnectionError) {
    return new ProviderError(`${what}: could not reach the server (${short(error.message)})`, true);
  }
  if (error instanceof APIError && typeof error.status === "number") {
    const { status } = error;
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
