import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// Tests run inside workerd with the real local D1, R2 and Queues from wrangler.toml; storage is
// isolated per test file. Browser tests (test/e2e) run in Node against `wrangler dev`.
const migrations = await readD1Migrations("./migrations");

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        // Lets tests call exports.default.queue()/scheduled() (TOOLCHAIN.md).
        compatibilityFlags: ["service_binding_extra_handlers"],
        bindings: {
          TEST_MIGRATIONS: migrations,
          ADMIN_TOKEN: "test-admin-token-4f1c9e2b7a8d6c3e5f0a",
          MEDIA_SIGNING_KEY: "test-media-signing-key-1a2b3c4d5e6f7a",
          SESSION_SECRET: "test-session-secret-9b8a7c6d5e4f3a2b1c",
          PUBLIC_BASE_URL: "https://nightlight.test",
          OPENAI_API_KEY: "",
          AWS_ACCESS_KEY_ID: "",
          AWS_SECRET_ACCESS_KEY: "",
        },
      },
    }),
  ],
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    exclude: ["test/e2e/**", "test/bench/**"],
    setupFiles: ["./test/setup.ts"],
  },
});
