/**
 * Who in a family may do what: one table, read by every family route (through `allow()` or
 * `can()`), so a route can never forget to ask. A role is a member row's `role`.
 *
 * - owner: the person who started the family (or the operator's first address). Only they delete
 *   the family or remove someone; they can't leave (they delete instead).
 * - parent: a co-parent who accepted an invitation: everything but deleting and removing.
 * - listener: room for a grandparent or babysitter later — tonight's story (the home page shows
 *   nothing else) and the podcast feed, which is reached by its link like any story page, so it
 *   needs no action here. Nothing hands this role out yet; the table already says what it may do.
 */
import type { MiddlewareHandler } from "hono";
import type { MemberRole } from "../db/schema";
import { AppError } from "../lib/errors";
import { currentSession, requireSession } from "../lib/session";
import type { AppEnv } from "../lib/types";

/** Everything a signed-in member can do, by name. */
export const ACTIONS = [
  /** The home page: tonight's story, recent ones, favourites. */
  "home.view",
  /** Tonight's story on the home page (a listener's one view). */
  "tonight.read",
  /** Settings: the family's name, bedtime, language…, and the household switch. */
  "settings.edit",
  /** Switch which of one's families the pages are about. */
  "household.switch",
  /** "Make a new link" for the podcast feed, and for unsubscribe links. */
  "links.renew",
  /** Characters and places. */
  "cast.edit",
  /** "Tell a story now". */
  "story.tell",
  /** Keep a story (favourite) or stop keeping it. */
  "story.keep",
  /** The family page: members, own devices. */
  "account.view",
  /** Invite someone to join (they must accept). */
  "members.invite",
  /** Remove another member. */
  "members.remove",
  /** Leave the family. */
  "members.leave",
  /** Sign out one's own devices. */
  "sessions.manage",
  /** Delete the family with everything in it. */
  "family.delete",
] as const;
export type Action = (typeof ACTIONS)[number];

const ALL: readonly MemberRole[] = ["owner", "parent", "listener"];
const PARENTS: readonly MemberRole[] = ["owner", "parent"];

/** The one table: for each action, the roles that may do it. */
export const ROLE_RULES: Record<Action, readonly MemberRole[]> = {
  "home.view": PARENTS,
  "tonight.read": ALL,
  "settings.edit": PARENTS,
  "household.switch": ALL,
  "links.renew": PARENTS,
  "cast.edit": PARENTS,
  "story.tell": PARENTS,
  "story.keep": PARENTS,
  "account.view": ALL,
  "members.invite": PARENTS,
  "members.remove": ["owner"],
  "members.leave": ["parent", "listener"],
  "sessions.manage": ALL,
  "family.delete": ["owner"],
};

/**
 * @example
 * if (!can(session.role, "story.keep")) throw new AppError(403, …);
 */
export function can(role: MemberRole, action: Action): boolean {
  return ROLE_RULES[action].includes(role);
}

/** The 403 a member gets for an action their role doesn't allow (the page says why). */
export function refuse(action: Action): AppError {
  return new AppError(403, REFUSALS[action] ?? "Your part in this family doesn't allow that.");
}

const REFUSALS: Partial<Record<Action, string>> = {
  "family.delete": "Only the person who started the family can delete it. You can leave it instead.",
  "members.remove": "Only the person who started the family can remove someone from it.",
  "members.leave": "You started this family, so you can't leave it. You can delete it instead.",
};

/**
 * Route guard: signed in (else to /sign-in) and a role allowed to do `action` (else 403).
 * @example
 * cast.post("/characters", allow("cast.edit"), async (c) => { … });
 */
export function allow(action: Action): MiddlewareHandler<AppEnv> {
  const signedIn = requireSession();
  return async function allowed(c, next) {
    return signedIn(c, async () => {
      if (!can(currentSession(c).role, action)) throw refuse(action);
      await next();
    });
  };
}
