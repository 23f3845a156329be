/**
 * How the Workers AI providers (text, images, speech) turn what `env.AI.run` throws into
 * ProviderErrors. The binding throws plain Errors whose message carries Workers AI's error code
 * and text (e.g. "3040: Capacity temporarily exceeded"): busy, timed-out or internal failures are
 * worth a queue retry; a bad request, an unknown model or a spent daily allocation are not.
 */
import { short } from "./openai-errors";
import { ProviderError } from "./types";

/** Messages of failures that the same request would meet again. */
const FINAL =
  /daily free allocation|neurons|no such model|model not found|invalid input|not met|bad input|unauthori[sz]ed|forbidden/i;

/**
 * @example
 * try { await ai.run(model, input) } catch (error) { throw toWorkersAIError(error, "Workers AI image") }
 */
export function toWorkersAIError(error: unknown, what: string): ProviderError {
  if (error instanceof ProviderError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // Anything else (capacity, timeouts, internal errors, a dropped connection) is likely passing.
  return new ProviderError(`${what}: ${short(message)}`, !FINAL.test(message));
}
