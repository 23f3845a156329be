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

export interface Config {
  publicBaseUrl: string;
  emailFrom: string;
  /** How long a story (and its links) lives; decimals allowed ("0.5" = 30 minutes). */
  ttlMs: number;
  /** Email anyway this long after writing if some media is still pending. */
  notifyDeadlineMs: number;
  onDemandPerHour: number;
  adminToken: string;
  mediaSigningKey: string;
  /** HMAC key for the session cookie; unset = families cannot sign in. */
  sessionSecret: string;
  /** "invite": only invited addresses (and the operator's API) · "open": anyone may start a family. */
  signup: "invite" | "open";
  /** Local development (PUBLIC_BASE_URL on localhost, or DEV=true): sign-in links go to the log too. */
  dev: boolean;
  openai?: OpenAIConfig;
  polly?: PollyConfig;
}

const HOUR = 3_600_000;

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
 * const { ttlMs, openai } = readConfig(env); // openai undefined → offline storyteller
 */
export function readConfig(env: Env): Config {
  const openaiKey = present(env.OPENAI_API_KEY);
  const awsKey = present(env.AWS_ACCESS_KEY_ID);
  const awsSecret = present(env.AWS_SECRET_ACCESS_KEY);
  return {
    publicBaseUrl: (present(env.PUBLIC_BASE_URL) ?? "http://localhost:8787").replace(/\/+$/, ""),
    emailFrom: present(env.EMAIL_FROM) ?? "stories@nightlight.example",
    ttlMs: positive(env.STORY_TTL_HOURS, 48) * HOUR,
    notifyDeadlineMs: positive(env.NOTIFY_DEADLINE_MINUTES, 15) * 60_000,
    onDemandPerHour: Math.floor(positive(env.ON_DEMAND_PER_HOUR, 6)),
    adminToken: env.ADMIN_TOKEN ?? "",
    mediaSigningKey: env.MEDIA_SIGNING_KEY ?? "",
    sessionSecret: env.SESSION_SECRET ?? "",
    signup: present(env.SIGNUP)?.toLowerCase() === "open" ? "open" : "invite",
    dev: present(env.DEV)?.toLowerCase() === "true" || isLocalhost(present(env.PUBLIC_BASE_URL)),
    openai: openaiKey
      ? {
          apiKey: openaiKey,
          baseURL: present(env.OPENAI_BASE_URL),
          textModel: present(env.OPENAI_TEXT_MODEL) ?? "gpt-4.1-mini",
          imageModel: present(env.OPENAI_IMAGE_MODEL) ?? "gpt-image-1-mini",
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
  };
}
