import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser tests: plain Node (not workerd) driving Debian chromium against `wrangler dev`, which
// the global setup starts the way a family would run the app. `npm test` runs them last.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    // One wrangler dev, one browser: run the files one after the other.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
});
