/**
 * What one invocation works with — config, providers, the database and the clock — built once at
 * each entry point (Hono middleware for fetch, the top of queue and scheduled in src/index.ts) and
 * passed down, so no module reads vars or picks providers on its own.
 */
import { db } from "../db/client";
import { type Providers, selectProviders } from "../providers";
import { type Config, readConfig } from "./config";

export interface Ctx {
  env: Env;
  config: Config;
  /** Chosen from config on first use: a page view that never writes a story builds no SDK client. */
  readonly providers: Providers;
  /** A drizzle client over env.DB. */
  db: ReturnType<typeof db>;
  /** When the invocation started (the cron's scheduled time for a tick); tests pin it. */
  now: number;
}

/**
 * @example
 * const ctx = createContext(env, controller.scheduledTime);
 * const ctx = createContext(env, NOW, { providers: offline }); // a test's fakes
 */
export function createContext(env: Env, now: number, options: { providers?: Providers } = {}): Ctx {
  const config = readConfig(env);
  let providers = options.providers;
  return {
    env,
    config,
    db: db(env),
    now,
    get providers() {
      providers ??= selectProviders(config);
      return providers;
    },
  };
}
