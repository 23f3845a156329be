/** Signing in with the operator passphrase (ADMIN_TOKEN) and signing out. */
import { Hono } from "hono";
import { timingSafeEqual } from "hono/utils/buffer";
import { messages } from "../i18n";
import { pageLocale } from "../i18n/request";
import { parseForm } from "../lib/errors";
import { endSession, readSession, safeNext, startSession } from "../lib/session";
import type { AppEnv } from "../lib/types";
import { SignInPage } from "../pages/sign-in-page";
import { resolveHousehold } from "../story/create";

export const account = new Hono<AppEnv>();

account.get("/sign-in", async (c) => {
  const next = safeNext(c.req.query("next"));
  if (await readSession(c)) return c.redirect(next, 303);
  return c.html(<SignInPage next={next} locale={await pageLocale(c)} />);
});

account.post("/sign-in", async (c) => {
  const form = await parseForm(c.req);
  const next = safeNext(typeof form.next === "string" ? form.next : undefined);
  const passphrase = typeof form.passphrase === "string" ? form.passphrase : "";
  const token = c.var.ctx.config.adminToken;
  if (!token || !passphrase || !(await timingSafeEqual(token, passphrase))) {
    const locale = await pageLocale(c);
    const error = messages(locale).signIn.wrongPassphrase;
    return c.html(<SignInPage next={next} error={error} locale={locale} />, 401);
  }
  const household = await resolveHousehold(c.var.ctx);
  await startSession(c, household.id);
  return c.redirect(next, 303);
});

account.post("/sign-out", (c) => {
  endSession(c);
  return c.redirect("/sign-in", 303);
});
