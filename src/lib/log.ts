/**
 * One JSON line per event, so Workers Logs can filter by storyId, job or event.
 * @example
 * log("info", "story.written", { storyId, ms: 812 });
 */
export function log(level: "info" | "warn" | "error", event: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, event, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/** Error text safe to store and show an operator (no stack, bounded length). */
export function errorText(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
  return text.slice(0, 500);
}
