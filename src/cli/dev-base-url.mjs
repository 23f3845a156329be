/**
 * The PUBLIC_BASE_URL `npm run dev` passes to wrangler: links in emails follow the port actually
 * used (`npm run dev -- --port 8790`) only while the base URL is unset or on localhost; one the
 * developer chose (a tunnel, another host — in `.dev.vars`, the environment or a `--var`) is kept.
 * @example devBaseUrl({ args: ["--port", "8790"], devVars: "" }) // "http://localhost:8790"
 * @param {{ args: string[], devVars: string, env?: string }} input
 * @returns {string | undefined} the value to pass, or undefined to leave the setting alone
 */
export function devBaseUrl({ args, devVars, env }) {
  if (args.some((a) => a.startsWith("PUBLIC_BASE_URL:"))) return undefined;
  const at = args.findIndex((a) => a === "--port" || a.startsWith("--port="));
  const port = at < 0 ? "8787" : args[at].includes("=") ? args[at].split("=")[1] : args[at + 1];
  const fromFile = /^\s*PUBLIC_BASE_URL\s*=\s*"?([^"\n]*)"?\s*$/m.exec(devVars)?.[1]?.trim();
  const chosen = env?.trim() || fromFile;
  if (chosen && !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/i.test(chosen)) return undefined;
  return `http://localhost:${port}`;
}
