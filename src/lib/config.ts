/**
 * Typed settings read from the Worker's vars and secrets, with the defaults DESIGN.md promises.
 * Empty strings count as unset, so `.dev.vars` can list every key with no value.
 */
export interface OpenAIConfig {
  apiKey: string;
  /** undefined = the SDK's default (api.openai.com). */
  baseURL?: string;
  textModel: string;
  imageModel: string;
}

export interface PollyConfig {
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  endpoint?: string;
}

/**
 * Current OpenAI defaults (Nov 2026), both overridable with OPENAI_TEXT_MODEL / OPENAI_IMAGE_MODEL.
 * OpenAI's deprecations page (developers.openai.com/api/docs/deprecations) shuts down the old ones:
 * gpt-image-1-mini on 2026-12-01, gpt-4.1-mini on 2027-01-14. Its replacements, from the models and
 * pricing pages (developers.openai.com/api/docs/models, …/pricing, read Nov 2026):
 * - gpt-6-luna: the cost-sensitive, high-volume GPT-6 model ($0.10 / $0.50 per M input / output
 *   tokens) with strict structured outputs on Chat Completions.
 * - gpt-image-2.6-flare: the fast Images 2.6 tier (same price as Sunburst, from about $0.045 an
 *   image at medium quality), b64 output as png / jpeg / webp.
 */
export const DEFAULT_TEXT_MODEL = "gpt-6-luna";
export const DEFAULT_IMAGE_MODEL = "gpt-image-2.6-flare";

export interface Config {
  publicBaseUrl: string;
  emailFrom: string;
  /** How long a story (and its links) lives; decimals allowed ("0.5" = 30 minutes). */
  ttlMs: number;
  /** Email anyway this long after writing if some media is still pending. */
  notifyDeadlineMs: number;
  /** Work untouched this long is re-published by the sweeper (a crash, a lost message). */
  sweepAfterMs: number;
  onDemandPerHour: number;
  adminToken: string;
  mediaSigningKey: string;
  /** HMAC key for the session cookie; unset = families cannot sign in. */
  sessionSecret: string;
  /** "invite": only invited addresses (and the operator's API) · "open": anyone may start a family. */
  signup: "invite" | "open";
  /** Local development (PUBLIC_BASE_URL on localhost, or DEV=true): sign-in links go to the log too. */
  dev: boolean;
  /**
   * Outside development, one message per secret that is an example value or too short (its
   * value above is then ""): the Worker refuses to serve until they are fixed (app.tsx).
   */
  weakSecrets: string[];
  openai?: OpenAIConfig;
  polly?: PollyConfig;
  /**
   * The Workers AI binding, when wrangler.toml declares one (deployed only: Workers AI always runs
   * remotely, so local dev and tests leave it out). Used when no OpenAI key is set.
   */
  ai?: Ai;
}

const HOUR = 3_600_000;

/** The secrets that sign or unlock something, and the shortest a real one may be. */
const SECRETS = ["ADMIN_TOKEN", "SESSION_SECRET", "MEDIA_SIGNING_KEY"] as const;
export const MIN_SECRET_LENGTH = 32;
/** Values like .dev.vars.example's and the README's: never a production secret. */
const EXAMPLE_SECRETS = [/^dev-/i, /change-?me/i, /example/i, /^(secret|password|token|admin)$/i];

/**
 * Why a secret can't be used in production, or undefined when it is fine (an unset one is fine
 * here: it turns its feature off, as the README says).
 * @example
 * weakSecret("ADMIN_TOKEN", "dev-admin-token") // "ADMIN_TOKEN is an example value…"
 */
export function weakSecret(name: string, value: string | undefined): string | undefined {
  const v = value?.trim() ?? "";
  if (v === "") return undefined;
  const fix = `set a random one: openssl rand -base64 32 | npx wrangler secret put ${name}`;
  if (EXAMPLE_SECRETS.some((p) => p.test(v))) return `${name} is an example value, not a secret: ${fix}`;
  if (v.length < MIN_SECRET_LENGTH) return `${name} is shorter than ${MIN_SECRET_LENGTH} characters: ${fix}`;
  return undefined;
}

/** A positive number from a var, or the default when unset or nonsense. */
function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && value.trim() !== "" && Number.isFinite(n) && n > 0 ? n : fallback;
}

function present(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

function isLocalhost(url: string | undefined): boolean {
  try {
    return ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url ?? "http://localhost:8787").hostname);
  } catch {
    return false;
  }
}

/**
 * @example
 * const { ttlMs, openai, ai } = readConfig(env); // neither → offline storyteller
 */
export function readConfig(env: Env): Config {
  const dev = present(env.DEV)?.toLowerCase() === "true" || isLocalhost(present(env.PUBLIC_BASE_URL));
  // Outside development an example or short secret is refused, never used.
  const weak = dev ? [] : SECRETS.map((name) => weakSecret(name, env[name])).filter((m) => m !== undefined);
  const secret = (name: (typeof SECRETS)[number]) => (dev || !weakSecret(name, env[name]) ? (env[name] ?? "") : "");
  const openaiKey = present(env.OPENAI_API_KEY);
  const awsKey = present(env.AWS_ACCESS_KEY_ID);
  const awsSecret = present(env.AWS_SECRET_ACCESS_KEY);
  return {
    publicBaseUrl: (present(env.PUBLIC_BASE_URL) ?? "http://localhost:8787").replace(/\/+$/, ""),
    emailFrom: present(env.EMAIL_FROM) ?? "stories@nightlight.example",
    ttlMs: positive(env.STORY_TTL_HOURS, 48) * HOUR,
    notifyDeadlineMs: positive(env.NOTIFY_DEADLINE_MINUTES, 15) * 60_000,
    sweepAfterMs: positive(env.SWEEP_AFTER_MINUTES, 10) * 60_000,
    onDemandPerHour: Math.floor(positive(env.ON_DEMAND_PER_HOUR, 6)),
    adminToken: secret("ADMIN_TOKEN"),
    mediaSigningKey: secret("MEDIA_SIGNING_KEY"),
    sessionSecret: secret("SESSION_SECRET"),
    signup: present(env.SIGNUP)?.toLowerCase() === "open" ? "open" : "invite",
    dev,
    weakSecrets: weak,
    openai: openaiKey
      ? {
          apiKey: openaiKey,
          baseURL: present(env.OPENAI_BASE_URL),
          textModel: present(env.OPENAI_TEXT_MODEL) ?? DEFAULT_TEXT_MODEL,
          imageModel: present(env.OPENAI_IMAGE_MODEL) ?? DEFAULT_IMAGE_MODEL,
        }
      : undefined,
    polly:
      awsKey && awsSecret
        ? {
            region: present(env.AWS_REGION) ?? "us-east-1",
            accessKeyId: awsKey,
            secretAccessKey: awsSecret,
            endpoint: present(env.AWS_ENDPOINT_URL_POLLY),
          }
        : undefined,
    // Declared only once an operator turns Workers AI on in wrangler.toml (README), so the generated
    // Env may not have it yet: read it as optional either way.
    ai: (env as Env & { AI?: Ai }).AI,
  };
}
