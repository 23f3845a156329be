import { defineConfig } from "drizzle-kit";

// Generates SQL only; wrangler applies it (`npm run db:migrate:local|remote`) and the tests read
// the same files. Never mix in `drizzle-kit migrate`.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema.ts",
  out: "./migrations",
});
