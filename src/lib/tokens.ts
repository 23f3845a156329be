/**
 * Secrets handed to a browser (a sign-in link, a session cookie) and the form they are kept in:
 * only their SHA-256 is stored, so a copy of the database signs nobody in.
 */
import { base64url } from "./ids";

/** 32 random bytes as base64url: 43 characters. */
export const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * @example
 * const token = newToken(); // "mV3…" (43 chars), goes in the link or cookie
 */
export function newToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * Lower-case hex SHA-256 of a token: the primary key it is stored under.
 * @example
 * await tokenHash(token) // "9f86d0…" (64 chars)
 */
export async function tokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** An email address as the accounts tables key it: trimmed and lower-cased. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}
