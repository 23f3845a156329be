/**
 * The JSON API for a parent's scripts and the operator, behind `Authorization: Bearer ADMIN_TOKEN`.
 * Errors are `{ error, details? }` with a 4xx status; bad input never becomes a 5xx.
 */
import { desc, eq } from "drizzle-orm";
import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import * as z from "zod";
import { NewFamily } from "../accounts/families";
import {
  findStory,
  inviteFamily,
  inviteMember,
  recentDeadLetters,
  removeFamily,
  replayWork,
} from "../accounts/operator";
import { assets, type Household, households, stories } from "../db/schema";
import { HouseholdPatch, householdUpdate, OnDemandRequest } from "../db/validation";
import { currentFeedToken, ensureFeedTokens, feedUrl } from "../feeds/household-feed";
import { publishNotify, queueWrites } from "../jobs/publish";
import { releaseEmail } from "../jobs/state";
import type { Ctx } from "../lib/context";
import { estimateCost } from "../lib/cost";
import { AppError, parse, readJson } from "../lib/errors";
import { STORY_ID } from "../lib/ids";
import { adminTokenKey, isAdminToken } from "../lib/operator-session";
import { forgetPages } from "../lib/page-memo";
import { clientIp, limit } from "../lib/rate-limit";
import type { AppEnv } from "../lib/types";
import { assertWritable, createOnDemandStory } from "../story/create";

export const api = new Hono<AppEnv>();

api.use(
  "*",
  bearerAuth<AppEnv>({
    realm: "nightlight",
    // An unset ADMIN_TOKEN locks the API rather than opening it.
    verifyToken: async (token, c) => {
      if (await isAdminToken(c.var.ctx.config, token)) return true;
      // Wrong tokens are counted per IP; past the limit the answer is a 429. A right token is
      // never refused: ADMIN_TOKEN is a long random secret (README), so this brakes noisy
      // clients and keeps failed attempts cheap rather than being what makes guessing hopeless.
      // The console's sign-in form counts against the same key (routes/operator.tsx).
      await limit(c.env.API_AUTH_LIMITER, adminTokenKey(clientIp(c)));
      return false;
    },
    // JSON bodies like every other API error (app.onError passes these responses through).
    noAuthenticationHeader: { message: { error: "Missing bearer token" } },
    invalidAuthenticationHeader: { message: { error: "Use Authorization: Bearer <ADMIN_TOKEN>" } },
    invalidToken: { message: { error: "Invalid bearer token" } },
  }),
);

const storyUrl = (base: string, id: string) => `${base}/stories/${id}`;

// Each household with its private podcast feed link (made now for those that had none). The
// token itself only ever appears inside that link.
api.get("/households", async (c) => {
  const d = c.var.ctx.db;
  let rows = await d.query.households.findMany({ orderBy: households.createdAt });
  const missing = rows.filter((h) => h.feedVersion === null).map((h) => h.id);
  if (missing.length > 0) {
    await ensureFeedTokens(c.var.ctx, missing);
    rows = await d.query.households.findMany({ orderBy: households.createdAt });
  }
  return c.json({ households: await Promise.all(rows.map((h) => householdJson(c.var.ctx, h))) });
});

// A new family: the household with its starter characters and places, its first member, and an
// invitation emailed to that address (the family signs in through it).
api.post("/households", async (c) => {
  const family = parse(NewFamily, await readJson(c.req.raw), "Invalid household");
  const household = await inviteFamily(c.var.ctx, family);
  return c.json({ household: await householdJson(c.var.ctx, household) }, 201);
});

const Invitation = z.object({ email: z.string().trim().max(254).pipe(z.email("Not an email address")) }).strict();

api.post("/households/:id/invitations", async (c) => {
  const { email } = parse(Invitation, await readJson(c.req.raw), "Invalid invitation");
  // Pending until the invitee accepts it by the emailed link: nobody is made a member unasked.
  return c.json({ invitation: await inviteMember(c.var.ctx, c.req.param("id"), email) }, 201);
});

// Deletes a family exactly as the family itself can from /account: R2 objects, then every row.
api.delete("/households/:id", async (c) => {
  return c.json(await removeFamily(c.var.ctx, c.req.param("id")));
});

api.patch("/households/:id", async (c) => {
  const patch = parse(HouseholdPatch, await readJson(c.req.raw), "Invalid household");
  if (patch.language) assertWritable(c.var.ctx, patch.language);
  const d = c.var.ctx.db;
  const id = c.req.param("id");
  const existing = await d.query.households.findFirst({ where: eq(households.id, id) });
  if (!existing) throw new AppError(404, "No such household");
  const [household] = await d
    .update(households)
    .set(householdUpdate(existing, patch, c.var.ctx.now))
    .where(eq(households.id, id))
    .returning();
  if (!household) throw new AppError(404, "No such household");
  return c.json({ household: await householdJson(c.var.ctx, household) });
});

const Limit = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }).strict();

api.get("/stories", async (c) => {
  const { limit } = parse(Limit, c.req.query(), "Invalid query");
  const base = c.var.ctx.config.publicBaseUrl;
  const rows = await c.var.ctx.db.query.stories.findMany({ orderBy: desc(stories.createdAt), limit });
  return c.json({
    stories: rows.map((s) => ({
      id: s.id,
      url: storyUrl(base, s.id),
      householdId: s.householdId,
      kind: s.kind,
      status: s.status,
      title: s.title,
      createdAt: s.createdAt,
    })),
  });
});

api.get("/stories/:id", async (c) => {
  const story = await findStory(c.var.ctx, c.req.param("id"));
  const rows = await c.var.ctx.db.query.assets.findMany({
    where: eq(assets.storyId, story.id),
    orderBy: [assets.kind, assets.index],
  });
  return c.json({
    ...story,
    url: storyUrl(c.var.ctx.config.publicBaseUrl, story.id),
    cost: estimateCost(story.usage, story.providers),
    assets: rows.map((a) => ({
      kind: a.kind,
      index: a.index,
      status: a.status,
      attempts: a.attempts,
      error: a.error,
      provider: a.provider,
      startedAt: a.startedAt,
      finishedAt: a.finishedAt,
    })),
  });
});

api.post("/stories", async (c) => {
  const input = parse(OnDemandRequest, await readJson(c.req.raw), "Invalid story request");
  const story = await createOnDemandStory(c.var.ctx, input);
  await queueWrites(c.var.ctx, [story.id]);
  const base = c.var.ctx.config.publicBaseUrl;
  return c.json({ id: story.id, url: storyUrl(base, story.id), statusUrl: `${base}/api/stories/${story.id}` }, 202);
});

const StoryPatch = z.object({ favorite: z.boolean() }).strict();

// A favourite is kept past its TTL by the cleanup; unmarking it lets it expire as usual.
api.patch("/stories/:id", async (c) => {
  const { favorite } = parse(StoryPatch, await readJson(c.req.raw), "Invalid story change");
  const story = await findStory(c.var.ctx, c.req.param("id"));
  const [updated] = await c.var.ctx.db
    .update(stories)
    .set({ favorite })
    .where(eq(stories.id, story.id))
    .returning({ id: stories.id, favorite: stories.favorite, expiresAt: stories.expiresAt });
  forgetPages(story.id);
  return c.json(updated);
});

// An email whose outcome was unknown is never resent on its own (see jobs/notify.ts): the operator
// resends it here, on purpose, once they have checked it did not arrive.
api.post("/stories/:id/email", async (c) => {
  const story = await findStory(c.var.ctx, c.req.param("id"));
  if (!story.notify || !story.title) throw new AppError(409, "This story has no email to send (yet)");
  await releaseEmail(c.var.ctx.env, story.id);
  await publishNotify(c.var.ctx.env, story.id);
  return c.json({ id: story.id, resending: true }, 202);
});

api.get("/dead-letters", async (c) => {
  const { limit } = parse(Limit, c.req.query(), "Invalid query");
  return c.json({ deadLetters: await recentDeadLetters(c.var.ctx, limit) });
});

const ReplayRequest = z.object({ storyId: z.string().regex(STORY_ID, "Not a story id").optional() }).strict();

api.post("/replay", async (c) => {
  const { storyId } = parse(ReplayRequest, await readJson(c.req.raw), "Invalid replay request");
  return c.json(await replayWork(c.var.ctx, storyId));
});

/**
 * A household as the API shows it: the feed token only inside its feed link (null until the list
 * above has made one), never as a field of its own.
 */
async function householdJson(ctx: Ctx, { feedToken: _hash, feedVersion, unsubscribeVersion, ...household }: Household) {
  const token = await currentFeedToken(ctx, { id: household.id, feedToken: _hash, feedVersion });
  return { ...household, feedUrl: token ? feedUrl(ctx.config.publicBaseUrl, token) : null };
}
