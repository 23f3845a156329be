/**
 * The family's own account page (/account): members (invite a co-parent, remove one, leave),
 * this person's signed-in devices (sign one out, or all), and deleting the family. Everything is
 * about the session's household and the session's person; an id from another family answers
 * 404, exactly like one that does not exist.
 */
import { and, desc, eq, gt, isNull, type SQL, sql } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { deleteCookie } from "hono/cookie";
import * as z from "zod";
import {
  deleteFamily,
  householdsOf,
  inviteToFamily,
  membersOf,
  pendingInvitations,
  withdrawInvitation,
} from "../accounts/families";
import { allow } from "../accounts/roles";
import { households, members, sessions, signInLinks } from "../db/schema";
import { pageLocale } from "../i18n/request";
import { AppError, parseForm } from "../lib/errors";
import { log } from "../lib/log";
import { clientIp, limit } from "../lib/rate-limit";
import { currentSession, SESSION_COOKIE } from "../lib/session";
import { normalEmail } from "../lib/tokens";
import type { AppEnv } from "../lib/types";
import { AccountPage, type AccountPageProps } from "../pages/account-page";
import { type FormState, formState } from "../pages/form-fields";

export const memberRoutes = new Hono<AppEnv>();

/** Member ids (mb_…) and session ids (64 hex) are checked before any query. */
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;
const InviteEmail = z.string().trim().max(254).pipe(z.email("Type their email address, like parent@example.com"));

type Ctx = Context<AppEnv>;

/** The fixed notices for `/account?done=…` (their words are in the catalogue). */
const NOTICES = ["invited", "removed", "withdrawn", "signed-out-device"] as const;

memberRoutes.get("/account", allow("account.view"), async (c) => {
  const done = c.req.query("done");
  return renderAccount(c, { notice: NOTICES.find((n) => n === done) });
});

memberRoutes.post("/account/invite", allow("members.invite"), async (c) => {
  const { householdId, email: me } = currentSession(c);
  const form = await parseForm(c.req);
  const typed = typeof form.email === "string" ? form.email : "";
  const parsed = InviteEmail.safeParse(typed);
  if (!parsed.success) {
    const invite = { values: { email: typed }, errors: { email: parsed.error.issues[0]?.message } };
    return renderAccount(c, { invite, status: 400 });
  }
  const email = normalEmail(parsed.data);
  await limit(c.env.SIGN_IN_IP_LIMITER, `invite:${clientIp(c)}`);
  await limit(c.env.SIGN_IN_EMAIL_LIMITER, `invite:${email}`);
  const household = await ownHousehold(c);
  // Pending until they accept by their own link; the family's daily budget is checked as it is stored.
  await inviteToFamily(c.var.ctx, { id: householdId, name: household.name }, email, me);
  return c.redirect("/account?done=invited#members", 303);
});

memberRoutes.post("/account/invitations/withdraw", allow("members.invite"), async (c) => {
  const { householdId } = currentSession(c);
  const form = await parseForm(c.req);
  const parsed = InviteEmail.safeParse(typeof form.email === "string" ? form.email : "");
  const withdrawn = parsed.success ? await withdrawInvitation(c.var.ctx, householdId, normalEmail(parsed.data)) : 0;
  if (withdrawn === 0) throw new AppError(404, "No such invitation");
  return c.redirect("/account?done=withdrawn#members", 303);
});

memberRoutes.post("/account/members/:id/remove", allow("members.remove"), async (c) => {
  const { householdId, email: me } = currentSession(c);
  const id = c.req.param("id");
  const member = ROW_ID.test(id)
    ? await c.var.ctx.db.query.members.findFirst({
        where: and(eq(members.id, id), eq(members.householdId, householdId)),
      })
    : undefined;
  if (!member) throw new AppError(404, "No such member");
  if (member.email === me) throw new AppError(400, "To leave the family, use “Leave” instead.");
  const d = c.var.ctx.db;
  // Their unused invitation goes too; their sessions stop seeing this family at the next click
  // (readSession checks membership every time).
  await d.batch([
    d.delete(members).where(eq(members.id, member.id)),
    d
      .delete(signInLinks)
      .where(
        and(eq(signInLinks.householdId, householdId), eq(signInLinks.email, member.email), isNull(signInLinks.usedAt)),
      ),
  ]);
  return c.redirect("/account?done=removed#members", 303);
});

memberRoutes.post("/account/leave", allow("members.leave"), async (c) => {
  const { householdId, email } = currentSession(c);
  const d = c.var.ctx.db;
  // One statement, so two parents leaving at once cannot leave the family with nobody.
  const left = await d
    .delete(members)
    .where(
      and(
        eq(members.householdId, householdId),
        eq(members.email, email),
        sql`(SELECT count(*) FROM members AS other WHERE other.household_id = ${householdId}) > 1`,
      ),
    )
    .returning({ id: members.id });
  if (left.length === 0) {
    return renderAccount(c, {
      leaveRefused: true,
      status: 409,
    });
  }
  // Still in another family: the session moves there. Otherwise there is nothing to sign in to.
  if ((await householdsOf(c.var.ctx, email)).length > 0) return c.redirect("/", 303);
  await revoke(c, eq(sessions.id, currentSession(c).id));
  return c.redirect("/sign-in?done=signed-out", 303);
});

memberRoutes.post("/account/sessions/:id/revoke", allow("sessions.manage"), async (c) => {
  const session = currentSession(c);
  const id = c.req.param("id");
  const revoked = ROW_ID.test(id)
    ? await revoke(c, and(eq(sessions.id, id), eq(sessions.email, session.email), isNull(sessions.revokedAt)))
    : 0;
  if (revoked === 0) throw new AppError(404, "No such session");
  if (id === session.id) return c.redirect("/sign-in?done=signed-out", 303);
  return c.redirect("/account?done=signed-out-device#sessions", 303);
});

memberRoutes.post("/account/sessions/revoke-all", allow("sessions.manage"), async (c) => {
  await revoke(c, and(eq(sessions.email, currentSession(c).email), isNull(sessions.revokedAt)));
  return c.redirect("/sign-in?done=signed-out-everywhere", 303);
});

// Only the owner (roles.ts): a co-parent typing the name can't take the family from everyone.
memberRoutes.post("/account/delete", allow("family.delete"), async (c) => {
  const household = await ownHousehold(c);
  const form = await parseForm(c.req);
  const typed = typeof form.confirm === "string" ? form.confirm : "";
  if (typed.trim().toLowerCase() !== household.name.trim().toLowerCase()) {
    return renderAccount(c, {
      deleteRefused: true,
      status: 400,
    });
  }
  const { stories } = await deleteFamily(c.var.ctx, household.id);
  log("info", "household.deleted", { householdId: household.id, stories, by: "family" });
  // Sessions on this household went with it (ON DELETE CASCADE); drop this browser's cookie too.
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true });
  return c.redirect("/sign-in?done=deleted", 303);
});

/** Revokes the matching sessions (and this browser's cookie when it is among them). */
async function revoke(c: Ctx, where: SQL | undefined): Promise<number> {
  const rows = await c.var.ctx.db
    .update(sessions)
    .set({ revokedAt: c.var.ctx.now })
    .where(where)
    .returning({ id: sessions.id });
  if (rows.some((r) => r.id === currentSession(c).id)) deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true });
  return rows.length;
}

async function ownHousehold(c: Ctx) {
  const household = await c.var.ctx.db.query.households.findFirst({
    where: eq(households.id, currentSession(c).householdId),
  });
  if (!household) throw new AppError(404, "No such household");
  return household;
}

async function renderAccount(
  c: Ctx,
  {
    invite = formState({ email: "" }),
    status = 200,
    ...rest
  }: Partial<Pick<AccountPageProps, "notice" | "leaveRefused" | "deleteRefused">> & {
    invite?: FormState<"email">;
    status?: 200 | 400 | 403 | 409;
  },
) {
  const session = currentSession(c);
  const now = c.var.ctx.now;
  const [household, memberRows, invitations, sessionRows] = await Promise.all([
    ownHousehold(c),
    membersOf(c.var.ctx, session.householdId),
    pendingInvitations(c.var.ctx, session.householdId),
    c.var.ctx.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.email, session.email), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
      .orderBy(desc(sessions.createdAt))
      .limit(50),
  ]);
  c.header("Cache-Control", "no-store");
  return c.html(
    <AccountPage
      household={household}
      me={session.email}
      members={memberRows}
      invitations={invitations}
      role={session.role}
      sessions={sessionRows.map((s) => ({
        id: s.id,
        label: s.userAgent ?? "",
        createdAt: s.createdAt,
        current: s.id === session.id,
      }))}
      invite={invite}
      now={now}
      locale={await pageLocale(c, household.language)}
      {...rest}
    />,
    status,
  );
}
