/**
 * The Hono app: middleware, the one error path, and the route mounts. Every request the Worker
 * serves (other than static files from public/) comes through here.
 */
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { AppError } from "./lib/errors";
import { log } from "./lib/log";
import { api } from "./routes/api";
import { media } from "./routes/media";
import { pages } from "./routes/pages";
import { ErrorPage } from "./pages/error-page";

export type AppEnv = { Bindings: Env };

export const app = new Hono<AppEnv>();

app.route("/api", api);
app.route("/media", media);
app.route("/", pages);

app.notFound((c) => {
  if (c.req.path.startsWith("/api/")) return c.json({ error: "Not found" }, 404);
  return c.html(<ErrorPage status={404} />, 404);
});

// Expected failures (AppError / HTTPException) keep their status and message; anything else is
// logged and answered with a generic 500 that reveals nothing.
app.onError((err, c) => {
  const isApi = c.req.path.startsWith("/api/");
  if (err instanceof HTTPException) {
    const status = err.status;
    const details = err instanceof AppError ? err.details : undefined;
    if (isApi) return c.json(details === undefined ? { error: err.message } : { error: err.message, details }, status);
    return c.html(<ErrorPage status={status} message={err.message} />, status);
  }
  log("error", "request.failed", { path: c.req.path, method: c.req.method, error: String(err), stack: (err as Error)?.stack });
  if (isApi) return c.json({ error: "Something went wrong on our side" }, 500);
  return c.html(<ErrorPage status={500} />, 500);
});
