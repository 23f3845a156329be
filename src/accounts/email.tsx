/**
 * The sign-in and invitation emails: one clear button, the plain link below it, and what to do
 * if it wasn't you. Hono JSX escapes the family name and addresses.
 */
import type { LinkPurpose } from "../db/schema";

export interface SignInEmailProps {
  purpose: LinkPurpose;
  url: string;
  expiresInMs: number;
  householdName?: string;
  invitedBy?: string;
}

export function signInEmail(p: SignInEmailProps): { subject: string; html: string; text: string } {
  const words = wording(p);
  const html = `<!doctype html>${(<SignInEmail {...p} {...words} />).toString()}`;
  const text = [
    words.lead,
    "",
    `${words.button}: ${p.url}`,
    "",
    `The link works once, for ${duration(p.expiresInMs)}.`,
    "If you didn't ask for this, ignore this email: nothing happens until the link is used.",
    "",
    "Nightlight",
  ].join("\n");
  return { subject: words.subject, html, text };
}

/** Every invitation's subject, whoever sends it. */
export const INVITATION_SUBJECT = "You're invited to a family on Nightlight";

/** A family name or address on one line: no line breaks or control characters in a subject. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();

function wording(p: SignInEmailProps): { subject: string; lead: string; button: string } {
  if (p.purpose === "invite") {
    const family = oneLine(p.householdName ?? "a family");
    const who = p.invitedBy ? `${oneLine(p.invitedBy)} invited you` : "You're invited";
    // A fixed subject: the family's name (text of the family's own choosing) goes only in the
    // body, escaped, so no family can put words of its choice in a stranger's inbox list.
    return {
      subject: INVITATION_SUBJECT,
      lead: `${who} to join the family "${family}" on Nightlight, where bedtime stories are written, painted and read aloud each night. Nothing changes unless you accept; if you don't know them, ignore this email.`,
      button: "See the invitation",
    };
  }
  if (p.purpose === "sign-up") {
    return {
      subject: "Start your family on Nightlight",
      lead: "Here is your link to start your family on Nightlight.",
      button: "Start your family",
    };
  }
  return {
    subject: "Your Nightlight sign-in link",
    lead: "Here is your link to sign in to Nightlight.",
    button: "Sign in",
  };
}

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} minutes`;
  const days = Math.round(ms / 86_400_000);
  return days >= 2 ? `${days} days` : `${Math.round(ms / 3_600_000)} hours`;
}

function SignInEmail(p: SignInEmailProps & { subject: string; lead: string; button: string }) {
  const font = "Georgia, 'Times New Roman', serif";
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{p.subject}</title>
      </head>
      <body style={`margin:0;padding:24px 12px;background:#f6f1e7;font-family:${font};color:#1d2340`}>
        <div style="max-width:560px;margin:0 auto;background:#fffdf8;border-radius:16px;padding:24px">
          <p style="font-size:18px;line-height:1.6;margin:0 0 16px">{p.lead}</p>
          <p style="margin:24px 0;text-align:center">
            <a
              href={p.url}
              style="display:inline-block;background:#2b3a67;color:#fffdf8;padding:14px 28px;border-radius:999px;text-decoration:none;font-size:18px"
            >
              {p.button}
            </a>
          </p>
          <p style="font-size:14px;color:#4a5170;word-break:break-all">{p.url}</p>
          <p style="font-size:14px;color:#4a5170">
            The link works once, for {duration(p.expiresInMs)}. If you didn't ask for this, ignore this email: nothing
            happens until the link is used.
          </p>
        </div>
      </body>
    </html>
  );
}
