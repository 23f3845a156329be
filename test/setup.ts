import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// The same migrations wrangler applies (schema + seed). Idempotent, so safe per test file.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
