/**
 * Signing in as a parent does, by the link in the email the Worker sent (helpers/http.ts
 * Browser.signIn uses these). `env.EMAIL` is the same object the Worker's fetch handler gets, so
 * spying on it records every email a request sends.
 */
import { env } from "cloudflare:workers";
import { expect, type MockInstance, vi } from "vitest";
import { db } from "../../src/db/client";
import { type Member, members } from "../../src/db/schema";
import { randomId } from "../../src/lib/ids";

/** Every email sent since recording began, oldest first (the binding writes nothing while recording). */
export const outbox: EmailMessageBuilder[] = [];
let recording: MockInstance | undefined;

/** Starts recording env.EMAIL.send for the rest of the test file (a no-op once started). */
export function recordEmails(): EmailMessageBuilder[] {
  if (!recording) {
    recording = vi.spyOn(env.EMAIL, "send").mockImplementation(async (message: EmailMessageBuilder) => {
      outbox.push(message);
      return { messageId: `m${outbox.length}@nightlight.test` };
    });
  }
  return outbox;
}

/** The emails sent to `address`, oldest first. */
export function emailsTo(address: string): EmailMessageBuilder[] {
  return outbox.filter((m) => m.to === address);
}

const LINK = /https:\/\/nightlight\.test\/sign-in\/link\?token=[A-Za-z0-9_-]{43}(?:&next=[^\s"<]+)?/;

/**
 * The link in the newest email to `address`, waiting for it (sign-in emails go out after the
 * response). Returns the path and query (`/sign-in/link?token=…`).
 */
export async function linkSentTo(address: string, count = 1): Promise<{ path: string; token: string }> {
  await vi.waitFor(() => expect(emailsTo(address).length).toBeGreaterThanOrEqual(count), { timeout: 5000 });
  const text = String(emailsTo(address).at(-1)?.text ?? "");
  const url = LINK.exec(text)?.[0];
  if (!url) throw new Error(`no sign-in link in the email to ${address}:\n${text}`);
  const parsed = new URL(url);
  return { path: parsed.pathname + parsed.search, token: parsed.searchParams.get("token") ?? "" };
}

/**
 * Makes `email` a member of the household (no email sent), for tests that start from a fixture
 * household.
 */
export async function insertMember(householdId: string, email: string, role: Member["role"] = "owner") {
  const [row] = await db(env)
    .insert(members)
    .values({ id: randomId("mb", 9), householdId, email, role, createdAt: Date.now() })
    .returning();
  return row as Member;
}

/** An address no other test uses. */
export function newEmail(name = "parent"): string {
  return `${name}-${randomId(undefined, 6).toLowerCase()}@example.com`;
}
