/**
 * The operator console (/operator): sign in by pasting ADMIN_TOKEN, then families (invite one,
 * invite a member, delete one), recent stories, dead letters with replay, and estimated costs.
 * Every action calls the same function as the JSON API (accounts/operator.ts). Its session is not
 * a family's (lib/operator-session.ts): a family's session gets the sign-in form here, and an
 * operator's opens no family page. Forms post to this origin (app.tsx's CSRF check applies).
 */
import { count, eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import * as z from "zod";
import { membersOf, NewFamily } from "../accounts/families";
import {
  costReport,
  findHousehold,
  householdsOverview,
  inviteFamily,
  inviteMember,
  recentDeadLetters,
  recentStories,
  removeFamily,
  replayWork,
} from "../accounts/operator";
import { stories } from "../db/schema";
import { fieldErrors, parseForm } from "../lib/errors";
import { pick } from "../lib/form";
import { STORY_ID } from "../lib/ids";
import { log } from "../lib/log";
import {
  adminTokenKey,
  consoleDisabled,
  endOperatorSession,
  isAdminToken,
  readOperatorSession,
  requireOperator,
  startOperatorSession,
} from "../lib/operator-session";
import { clientIp, limit } from "../lib/rate-limit";
import { timeZones } from "../lib/time";
import type { AppEnv } from "../lib/types";
import { type FormState, formState } from "../pages/form-fields";
import {
  CostsPage,
  DeadLettersPage,
  DeleteFamilyPage,
  HouseholdsPage,
  type NewFamilyFormField,
  OperatorSignInPage,
  StoriesPage,
} from "../pages/operator-pages";
import { cannotWrite } from "../story/writer";

export const operator = new Hono<AppEnv>();

const signedIn = requireOperator();
/** How many families, stories and dead letters a page shows (newest first). */
const PAGE_SIZE = 100;
const COST_NIGHTS = 7;

/** Fixed notices for `?done=…`, so the query string cannot put words on the page. */
const NOTICES: Record<string, string> = {
  "signed-out": "You're signed out of the console.",
  "family-invited": "Family created. Their invitation is on its way.",
  "member-invited": "Invitation sent.",
  "family-deleted": "The family and everything of theirs has been deleted.",
  replayed: "Replay started: the work is back in the queue.",
};

const notice = (c: Context<AppEnv>) => NOTICES[c.req.query("done") ?? ""];

// Console pages hold every family's data: never cached ("/operator/*" matches "/operator" too).
operator.use("/operator/*", async function noStore(c, next) {
  await next();
  c.header("Cache-Control", "no-store");
});

operator.get("/operator", async (c) => {
  const disabled = consoleDisabled(c.var.ctx.config);
  if (!disabled && (await readOperatorSession(c))) return c.redirect("/operator/households", 303);
  return c.html(<OperatorSignInPage disabled={disabled} notice={notice(c)} />);
});

operator.post("/operator/sign-in", async (c) => {
  const disabled = consoleDisabled(c.var.ctx.config);
  if (disabled) return c.html(<OperatorSignInPage disabled={disabled} />, 403);
  const { token } = pick(await parseForm(c.req), ["token"]);
  if (!(await isAdminToken(c.var.ctx.config, token.trim()))) {
    // Counted with the API's wrong bearer tokens: past the limit this throws a 429.
    await limit(c.env.API_AUTH_LIMITER, adminTokenKey(clientIp(c)));
    log("warn", "operator.sign_in_refused", {});
    return c.html(<OperatorSignInPage error="That isn't the ADMIN_TOKEN. Check it and paste it again." />, 401);
  }
  await startOperatorSession(c);
  log("info", "operator.signed_in", {});
  return c.redirect("/operator/households", 303);
});

operator.post("/operator/sign-out", async (c) => {
  await endOperatorSession(c);
  return c.redirect("/operator?done=signed-out", 303);
});

// --- families -------------------------------------------------------------------------------

operator.get("/operator/households", signedIn, async (c) => {
  return renderHouseholds(c, {
    newFamily: formState({ name: "", email: "", timezone: "Europe/London", language: "en" }),
  });
});

operator.post("/operator/households", signedIn, async (c) => {
  const ctx = c.var.ctx;
  const values = pick(await parseForm(c.req), ["name", "email", "timezone", "language"]);
  const parsed = NewFamily.safeParse(values);
  if (!parsed.success) {
    return renderHouseholds(c, { newFamily: { values, errors: fieldErrors(parsed.error) }, status: 400 });
  }
  const { languages } = ctx.providers.storyteller;
  if (!languages.includes(parsed.data.language)) {
    const errors = { language: cannotWrite(parsed.data.language, languages) };
    return renderHouseholds(c, { newFamily: { values, errors }, status: 422 });
  }
  const household = await inviteFamily(ctx, parsed.data);
  return c.redirect(`/operator/households?done=family-invited#${household.id}`, 303);
});

const InviteEmail = z.string().trim().max(254).pipe(z.email("Not an email address"));

operator.post("/operator/households/:id/invitations", signedIn, async (c) => {
  const household = await findHousehold(c.var.ctx, c.req.param("id"));
  const { email } = pick(await parseForm(c.req), ["email"]);
  const parsed = InviteEmail.safeParse(email);
  if (!parsed.success) {
    return renderHouseholds(c, {
      newFamily: formState({ name: "", email: "", timezone: "Europe/London", language: "en" }),
      status: 400,
      notice: `That invitation for ${household.name} was not sent: "${email}" is not an email address.`,
    });
  }
  await inviteMember(c.var.ctx, household.id, parsed.data);
  return c.redirect(`/operator/households?done=member-invited#${household.id}`, 303);
});

operator.get("/operator/households/:id/delete", signedIn, async (c) => {
  return renderDelete(c);
});

operator.post("/operator/households/:id/delete", signedIn, async (c) => {
  const household = await findHousehold(c.var.ctx, c.req.param("id"));
  const { confirm } = pick(await parseForm(c.req), ["confirm"]);
  if (confirm.trim() !== household.id) {
    return renderDelete(c, `That isn't this family's id. Type ${household.id} exactly to delete it.`);
  }
  await removeFamily(c.var.ctx, household.id);
  return c.redirect("/operator/households?done=family-deleted", 303);
});

// --- stories, dead letters, costs -----------------------------------------------------------

operator.get("/operator/stories", signedIn, async (c) => {
  return c.html(<StoriesPage stories={await recentStories(c.var.ctx, PAGE_SIZE)} notice={notice(c)} />);
});

operator.get("/operator/dead-letters", signedIn, async (c) => {
  return c.html(<DeadLettersPage letters={await recentDeadLetters(c.var.ctx, PAGE_SIZE)} notice={notice(c)} />);
});

operator.post("/operator/replay", signedIn, async (c) => {
  const { storyId } = pick(await parseForm(c.req), ["storyId"]);
  // A malformed id is a 404 like an unknown one (findStory checks the shape first).
  const result = await replayWork(c.var.ctx, storyId === "" ? undefined : storyId);
  log("info", "operator.replayed", { storyId: STORY_ID.test(storyId) ? storyId : undefined, ...result });
  return c.redirect("/operator/dead-letters?done=replayed", 303);
});

operator.get("/operator/costs", signedIn, async (c) => {
  return c.html(<CostsPage report={await costReport(c.var.ctx, COST_NIGHTS)} nights={COST_NIGHTS} />);
});

async function renderHouseholds(
  c: Context<AppEnv>,
  {
    newFamily,
    status = 200,
    notice: said = notice(c),
  }: { newFamily: FormState<NewFamilyFormField>; status?: 200 | 400 | 422; notice?: string },
) {
  const ctx = c.var.ctx;
  return c.html(
    <HouseholdsPage
      overview={await householdsOverview(ctx, PAGE_SIZE)}
      limit={PAGE_SIZE}
      newFamily={newFamily}
      languages={ctx.providers.storyteller.languages}
      zones={timeZones()}
      notice={said}
    />,
    status,
  );
}

async function renderDelete(c: Context<AppEnv>, error?: string) {
  const ctx = c.var.ctx;
  const household = await findHousehold(ctx, c.req.param("id") ?? "");
  const [memberRows, storyCount] = await Promise.all([
    membersOf(ctx, household.id),
    ctx.db.select({ n: count() }).from(stories).where(eq(stories.householdId, household.id)),
  ]);
  return c.html(
    <DeleteFamilyPage
      household={household}
      members={memberRows.length}
      stories={storyCount[0]?.n ?? 0}
      error={error}
    />,
    error ? 400 : 200,
  );
}
