/**
 * One-click unsubscribe from the nightly email (RFC 8058), per household:
 * `/unsubscribe/<householdId>/<token>`, the token an HMAC of the id (lib/signing.ts).
 *
 * - `GET` changes nothing (link scanners and previews open links): a calm page with a button.
 * - `POST` (a mail provider's server sending `List-Unsubscribe=One-Click`, with no cookies or
 *   Origin, or that button) turns the nightly email off and answers 200. Idempotent.
 *
 * Only the nightly email stops: the story is still written each night and shown in the app, and
 * stories a parent asks for are still emailed (jobs/notify.ts). Settings turns it back on.
 */
import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { type Household, households } from "../db/schema";
import { pageLocale } from "../i18n/request";
import { AppError } from "../lib/errors";
import { ROW_ID } from "../lib/form";
import { verifyUnsubscribeToken } from "../lib/signing";
import type { AppEnv } from "../lib/types";
import { UnsubscribePage } from "../pages/unsubscribe-page";

export const unsubscribe = new Hono<AppEnv>();

/**
 * The paths app.tsx exempts from the CSRF check (POST only): the token is the capability, checked
 * by the route (so a malformed one gets the kind 403 page, not the CSRF check's bare one).
 */
export const ONE_CLICK_PATH = /^\/unsubscribe\/[^/]+\/[^/]+$/;

type C = Context<AppEnv, "/unsubscribe/:household/:token">;

/** The household the link names, once its token checks out; 403 for anything tampered with. */
async function linkedHousehold(c: C): Promise<Household> {
  const id = c.req.param("household");
  if (!ROW_ID.test(id)) throw new AppError(403, "This unsubscribe link is not valid");
  const version = await verifyUnsubscribeToken(id, c.req.param("token"), c.var.ctx.config.sessionSecret);
  const household = await c.var.ctx.db.query.households.findFirst({ where: eq(households.id, id) });
  // A genuine link to a family that has since been deleted: nothing to send any more.
  if (!household) throw new AppError(410, "This family is no longer here");
  // Genuine, but from before the family voided its old links (Settings).
  if (version !== household.unsubscribeVersion) throw new AppError(403, "This unsubscribe link is not valid");
  return household;
}

async function page(c: C, household: Household, state: "ask" | "done" | "off") {
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex, nofollow");
  return c.html(
    <UnsubscribePage
      familyName={household.name}
      action={c.req.path}
      state={state}
      locale={await pageLocale(c, household.language)}
    />,
  );
}

unsubscribe.get("/unsubscribe/:household/:token", async (c) => {
  const household = await linkedHousehold(c);
  return page(c, household, household.nightlyEmail ? "ask" : "off");
});

unsubscribe.post("/unsubscribe/:household/:token", async (c) => {
  const household = await linkedHousehold(c);
  // The body is not required to be exactly "List-Unsubscribe=One-Click": the signed link alone
  // is the capability, and a provider that words it differently should still work.
  if (household.nightlyEmail) {
    await c.var.ctx.db
      .update(households)
      .set({ nightlyEmail: false, updatedAt: c.var.ctx.now })
      .where(eq(households.id, household.id));
  }
  return page(c, household, "done");
});
