#!/usr/bin/env node
// npm run replay -- --url URL --token TOKEN [--story ID]
// Re-publishes dead letters and re-runs failed pictures, narration and stories through
// POST /api/replay, against `wrangler dev` or a deployed Worker. A story already emailed is not
// emailed again.
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.NIGHTLIGHT_URL ?? "http://localhost:8787" },
    token: { type: "string", default: process.env.ADMIN_TOKEN },
    story: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help || !values.token) {
  console.log(
    "Usage: npm run replay -- --url URL --token TOKEN [--story ID]\n(ADMIN_TOKEN and NIGHTLIGHT_URL are read from the environment too.)",
  );
  process.exit(values.help ? 0 : 2);
}

const base = values.url.replace(/\/+$/, "");
const headers = { Authorization: `Bearer ${values.token}`, "Content-Type": "application/json" };
const dead = await fetch(`${base}/api/dead-letters?limit=100`, { headers });
if (!dead.ok) {
  console.error(`GET /api/dead-letters: ${dead.status} ${await dead.text()}`);
  process.exit(1);
}
const { deadLetters } = await dead.json();
const waiting = deadLetters.filter((d) => !d.replayedAt && (!values.story || d.storyId === values.story));
console.log(`${waiting.length} dead letter(s) waiting${values.story ? ` for story ${values.story}` : ""}.`);
for (const d of waiting)
  console.log(`  ${new Date(d.createdAt).toISOString()}  ${JSON.stringify(d.body)}  ${d.error ?? ""}`);

const res = await fetch(`${base}/api/replay`, {
  method: "POST",
  headers,
  body: JSON.stringify(values.story ? { storyId: values.story } : {}),
});
const body = await res.json().catch(() => ({}));
if (!res.ok) {
  console.error(`POST /api/replay: ${res.status} ${body.error ?? ""}`);
  process.exit(1);
}
console.log(
  `Replayed: ${body.deadLetters} dead letter(s), ${body.assets} failed asset(s), ${body.stories} failed story(ies).`,
);
