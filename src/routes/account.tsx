/**
 * Signing in by emailed link, and signing out. A parent types their address; if it belongs to a
 * family (or anyone may start one: SIGNUP=open) a one-time link is emailed. The page never says
 * which: the same words, the same status, and the email goes out after the response.
 */

import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import * as z from "zod";
import { addMember, createFamily, householdsOf, membership, NewFamily } from "../accounts/families";
import { type LinkProblem, peekLink, redeemLink, requestSignInLink } from "../accounts/links";
import { households, type SignInLink, signInLinks } from "../db/schema";
import { type Locale, messages } from "../i18n";
import { pageLocale } from "../i18n/request";
import type { Ctx } from "../lib/context";
import { fieldErrors, parseForm } from "../lib/errors";
import { log } from "../lib/log";
import { clientIp, limit } from "../lib/rate-limit";
import { endSession, readSession, revokeBrowserSession, safeNext, startSession } from "../lib/session";
import { timeZones } from "../lib/time";
import { normalEmail } from "../lib/tokens";
import type { AppEnv } from "../lib/types";
import { type FormState, formState } from "../pages/form-fields";
import {
  InvitationDeclinedPage,
  InvitationPage,
  LinkPage,
  LinkProblemPage,
  LinkSentPage,
  type NewFamilyField,
  SignInPage,
} from "../pages/sign-in-page";
import { cannotWrite } from "../story/writer";

export const account = new Hono<AppEnv>();

const Email = z.string().trim().max(254).pipe(z.email("Type your email address, like parent@example.com"));

/** A fixed notice for `/sign-in?done=…` (from the catalogue, so the query cannot put words on the page). */
function notice(locale: Locale, done: string | undefined): string | undefined {
  const notices = messages(locale).signIn.notices;
  return done && Object.hasOwn(notices, done) ? notices[done as keyof typeof notices] : undefined;
}

account.get("/sign-in", async (c) => {
  const next = safeNext(c.req.query("next"));
  if (await readSession(c)) return c.redirect(next, 303);
  c.header("Cache-Control", "no-store");
  const locale = await pageLocale(c);
  return c.html(<SignInPage next={next} notice={notice(locale, c.req.query("done"))} locale={locale} />);
});

account.post("/sign-in", async (c) => {
  const form = await parseForm(c.req);
  const next = safeNext(typeof form.next === "string" ? form.next : undefined);
  const typed = typeof form.email === "string" ? form.email : "";
  const parsed = Email.safeParse(typed);
  const locale = await pageLocale(c);
  if (!parsed.success) {
    const error = messages(locale).signIn.invalidEmail;
    return c.html(<SignInPage next={next} email={typed} error={error} locale={locale} />, 400);
  }
  const email = normalEmail(parsed.data);
  const ip = clientIp(c);
  await limit(c.env.SIGN_IN_IP_LIMITER, `request:${ip}`);
  // The address's budget is per address and IP, so a stranger asking five times can't lock its
  // owner out; the looser per-address cap still brakes a flood from many IPs.
  await limit(c.env.SIGN_IN_EMAIL_LIMITER, `request:${email}:${ip}`);
  await limit(c.env.SIGN_IN_ADDRESS_LIMITER, `request:${email}`);
  // After the response, and the same work for every address (links.ts), so how long it takes
  // says nothing about whether the address is known.
  c.executionCtx.waitUntil(
    requestSignInLink(c.var.ctx, email, next).catch((error) =>
      log("error", "sign_in.email_failed", { error: String(error), stack: (error as Error)?.stack }),
    ),
  );
  c.header("Cache-Control", "no-store");
  return c.html(<LinkSentPage email={email} locale={locale} />);
});

// The emailed link opens a page with a button: opening it changes nothing, so a mail scanner
// that follows links can't use it up.
account.get("/sign-in/link", async (c) => {
  c.header("Cache-Control", "no-store");
  const token = c.req.query("token") ?? "";
  const link = await peekLink(c.var.ctx, token);
  if (typeof link === "string") return problem(c, link);
  const next = safeNext(c.req.query("next"));
  return c.html(await linkPage(c, token, link, next));
});

account.post("/sign-in/link", async (c) => {
  c.header("Cache-Control", "no-store");
  await limit(c.env.SIGN_IN_IP_LIMITER, `redeem:${clientIp(c)}`);
  const form = await parseForm(c.req);
  const token = typeof form.token === "string" ? form.token : "";
  const next = safeNext(typeof form.next === "string" ? form.next : undefined);
  const ctx = c.var.ctx;

  const peeked = await peekLink(ctx, token);
  if (typeof peeked === "string") return problem(c, peeked);
  await limit(c.env.SIGN_IN_EMAIL_LIMITER, `redeem:${peeked.email}`);

  // "No thanks" to an invitation: the link is spent and nothing else is stored or signed in.
  if (peeked.purpose === "invite" && form.answer === "decline") {
    const declined = await redeemLink(ctx, token);
    if (typeof declined === "string") return problem(c, declined);
    await ctx.db.delete(signInLinks).where(eq(signInLinks.hash, peeked.hash));
    log("info", "invitation.declined", {});
    const household = await invitingHousehold(ctx, peeked);
    return c.html(<InvitationDeclinedPage locale={await pageLocale(c, household?.language)} />);
  }

  // A new family's form is checked before the link is used, so a typo doesn't cost the link.
  let family: NewFamily | undefined;
  if (peeked.purpose === "sign-up") {
    const values = familyValues(form);
    const result = NewFamily.safeParse({ ...values, email: peeked.email });
    if (!result.success) {
      const state = { values, errors: fieldErrors<NewFamilyField>(result.error) };
      return c.html(await linkPage(c, token, peeked, next, state), 400);
    }
    // Only a language the storyteller can write (the form offers no other; a crafted post is refused).
    const { languages } = ctx.providers.storyteller;
    if (!languages.includes(result.data.language)) {
      const state = { values, errors: { language: cannotWrite(result.data.language, languages) } };
      return c.html(await linkPage(c, token, peeked, next, state), 422);
    }
    family = result.data;
  }

  const link = await redeemLink(ctx, token);
  if (typeof link === "string") return problem(c, link);

  let householdId: string | undefined;
  if (link.purpose === "sign-up" && family) {
    householdId = (await createFamily(ctx, family)).id;
  } else if (link.purpose === "invite" && link.householdId) {
    // Accepted by the invitee's own link: only now do they join (a no-op for an owner the
    // operator invited to the family made for them).
    await addMember(ctx, link.householdId, link.email, "parent");
    householdId = link.householdId;
  } else {
    householdId = (await householdsOf(ctx, link.email))[0]?.id;
    if (!householdId) return problem(c, "no-account");
  }
  // Signing in over another session (another person on a shared tablet) ends that one.
  await revokeBrowserSession(c);
  await startSession(c, link.email, householdId);
  log("info", "sign_in.redeemed", { purpose: link.purpose });
  return c.redirect(next, 303);
});

account.post("/sign-out", async (c) => {
  await endSession(c);
  return c.redirect("/sign-in?done=signed-out", 303);
});

/** The link's page, in the language of the family it signs in to (or the browser's, for a new one). */
async function linkPage(
  c: Context<AppEnv>,
  token: string,
  link: SignInLink,
  next: string,
  filled?: FormState<NewFamilyField>,
) {
  const household =
    link.purpose === "invite"
      ? await invitingHousehold(c.var.ctx, link)
      : link.purpose === "sign-up"
        ? undefined
        : (await householdsOf(c.var.ctx, link.email))[0];
  const locale = await pageLocale(c, household?.language);
  if (link.purpose === "invite" && household) {
    // Already in it (the operator's invitation of a new family's owner): just a sign-in.
    const member = await membership(c.var.ctx, household.id, link.email);
    return (
      <InvitationPage
        token={token}
        next={next}
        email={link.email}
        householdName={household.name}
        member={member !== undefined}
        locale={locale}
      />
    );
  }
  // A new family's stories start in the page's language when the storyteller writes it.
  const writable = c.var.ctx.providers.storyteller.languages;
  const language = (writable as readonly string[]).includes(locale) ? locale : (writable[0] ?? "en");
  const family = filled ?? formState<NewFamilyField>({ name: "", timezone: "Europe/London", language });
  return (
    <LinkPage
      token={token}
      next={next}
      email={link.email}
      purpose={link.purpose}
      householdName={link.purpose === "invite" ? household?.name : undefined}
      locale={locale}
      family={link.purpose === "sign-up" ? family : undefined}
      zones={link.purpose === "sign-up" ? timeZones() : undefined}
      languages={c.var.ctx.providers.storyteller.languages}
    />
  );
}

function familyValues(form: Record<string, unknown>): Record<NewFamilyField, string> {
  const text = (key: string) => (typeof form[key] === "string" ? (form[key] as string) : "");
  return { name: text("name"), timezone: text("timezone"), language: text("language") };
}

/** The household an invitation asks to join (gone with it if the family was deleted). */
async function invitingHousehold(ctx: Ctx, link: SignInLink) {
  if (!link.householdId) return undefined;
  return ctx.db.query.households.findFirst({
    where: eq(households.id, link.householdId),
    columns: { id: true, name: true, language: true },
  });
}

/** The kind page for a link that can't be used: 404 for one we never made, 410 for a spent one. */
async function problem(c: Context<AppEnv>, why: LinkProblem | "withdrawn" | "no-account") {
  const status = why === "unknown" ? 404 : 410;
  return c.html(<LinkProblemPage problem={why} locale={await pageLocale(c)} />, status);
}
