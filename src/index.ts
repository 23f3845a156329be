/**
 * Every way into Nightlight:
 * - fetch: pages, the JSON API and signed media (src/app.tsx, routes in src/routes/)
 * - queue: `story-jobs` (write / illustrate / narrate / notify) and its dead-letter queue
 * - scheduled: the 5-minute cron — claim due bedtimes, sweep stuck work, delete expired stories
 */
import { app } from "./app";
import { handleQueue } from "./jobs/consumer";
import type { JobMessage } from "./jobs/messages";
import { runSchedule } from "./schedule/tick";

export default {
  fetch: app.fetch,
  queue: (batch, env) => handleQueue(batch, env, Date.now()),
  scheduled: (controller, env) => runSchedule(env, controller.scheduledTime),
} satisfies ExportedHandler<Env, JobMessage>;
