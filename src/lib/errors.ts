import type { HonoRequest } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

/**
 * The one way a request fails on purpose: app.onError turns it into JSON `{ error, details? }`
 * under /api and a kind page elsewhere. Anything else thrown is a logged, generic 500.
 * @example
 * throw new AppError(404, "No such story");
 */
export class AppError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(status, { message });
    this.name = "AppError";
  }
}

/**
 * Parses untrusted input with a zod schema, or throws a 400 that lists what is wrong.
 * @example
 * const body = parse(PatchHousehold, await readJson(c.req.raw));
 */
export function parse<T extends z.ZodType>(schema: T, input: unknown, message = "Invalid input"): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const details = Object.entries(fieldErrors(result.error)).map(([path, message]) => ({ path, message }));
    throw new AppError(400, message, details);
  }
  return result.data;
}

/**
 * The first problem for each field a zod error names, keyed by the field's top-level name (an
 * item of a list counts as the list); a problem with the input as a whole, such as an unknown key
 * in a strict object, is keyed "". Forms show these next to their fields; the API lists them.
 * (`z.flattenError` collects every message per field and puts whole-input ones apart, so taking
 * the first of each is no shorter than this loop.)
 * @example
 * fieldErrors<SettingsField>(result.error) // { email: "Not an email address" }
 */
export function fieldErrors<K extends string = string>(error: z.ZodError): Partial<Record<K, string>> {
  const first = new Map<string, string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (!first.has(field)) first.set(field, issue.message);
  }
  return Object.fromEntries(first) as Partial<Record<K, string>>;
}

/** Largest request body we read (app.tsx's bodyLimit refuses bigger ones before reading them). */
export const MAX_BODY_BYTES = 64 * 1024;

/** The JSON body of a request, or a 400 (never a 500) when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "Malformed JSON body");
  }
}

/**
 * A form post's fields (a repeated field as an array), or a 400 when the body is not a form that
 * parses (a broken multipart body would otherwise be a 500).
 * @example
 * const { email } = await parseForm(c.req);
 */
export async function parseForm(req: HonoRequest): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await req.parseBody({ all: true });
  } catch {
    throw new AppError(400, "That form could not be read. Please try again.");
  }
}
