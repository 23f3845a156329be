/**
 * Every way into Nightlight:
 * - fetch: pages, the JSON API and signed media (src/app.tsx, routes in src/routes/)
 * - queue: `story-jobs` (write / illustrate / narrate / notify) and its dead-letter queue
 * - scheduled: the 5-minute cron — claim due bedtimes, sweep stuck work, delete expired stories
 */
import { app } from "./app";
import { handleQueue } from "./jobs/consumer";
import type { JobMessage } from "./jobs/messages";
import { createContext } from "./lib/context";
import { runSchedule } from "./schedule/tick";

// Each entry point builds its context (config, providers, db, clock) once and passes it down;
// for fetch, app.tsx's first middleware does it.
export default {
  fetch: app.fetch,
  queue: (batch, env) => handleQueue(batch, createContext(env, Date.now())),
  scheduled: (controller, env) => runSchedule(createContext(env, controller.scheduledTime)),
} satisfies ExportedHandler<Env, JobMessage>;
