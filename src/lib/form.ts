/** Reading plain HTML form posts (the parent's pages). */

/** Ids in a path are checked before any query. */
export const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The named fields of a form body (or a row) as strings; anything missing, repeated or a file
 * becomes "". Only these keys are ever read, so extra fields in a post are ignored.
 */
export function pick<K extends string>(source: object, keys: readonly K[]): Record<K, string> {
  const record = source as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, typeof record[key] === "string" ? record[key] : ""])) as Record<
    K,
    string
  >;
}
