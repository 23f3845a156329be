/**
 * "Family and sign-in": who belongs to this family (invite a co-parent, remove someone, leave),
 * the devices signed in as you (sign one out, or all), and deleting the family for good.
 */
import { control, Field, type FormState } from "./form-fields";
import { Layout } from "./layout";

export interface AccountPageProps {
  household: { id: string; name: string };
  /** The signed-in person's email. */
  me: string;
  members: { id: string; email: string; role: string }[];
  sessions: { id: string; label: string; createdAt: number; current: boolean }[];
  invite: FormState<"email">;
  /** What just happened (fixed text chosen by the route). */
  notice?: string;
  /** Why removing someone, leaving or deleting was refused. */
  membersError?: string;
  leaveError?: string;
  deleteError?: string;
  now: number;
}

export function AccountPage(p: AccountPageProps) {
  const others = p.members.filter((m) => m.email !== p.me);
  // Only the owner may remove others (the route checks it too).
  const owner = p.members.some((m) => m.email === p.me && m.role === "owner");
  return (
    <Layout title="Family and sign-in" signedIn>
      <h1 class="page-title">{p.household.name}</h1>
      {p.notice ? (
        <p class="status-message" role="status">
          {p.notice}
        </p>
      ) : null}

      <section class="card" aria-labelledby="members-heading" id="members">
        <h2 id="members-heading">Who's in the family</h2>
        {p.membersError ? (
          <p class="form-error" role="alert">
            {p.membersError}
          </p>
        ) : null}
        <ul class="cast-list">
          {p.members.map((m) => (
            <li>
              <span class="cast-text">
                <span class="cast-name">{m.email}</span>{" "}
                <span class="cast-detail">
                  {m.email === p.me ? "you" : ""}
                  {m.email === p.me && m.role === "owner" ? ", " : ""}
                  {m.role === "owner" ? "started the family" : ""}
                </span>
              </span>
              {owner && m.email !== p.me ? (
                <form method="post" action={`/account/members/${m.id}/remove`} class="inline-form">
                  <button type="submit" class="button button-secondary">
                    Remove
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>

        <form method="post" action="/account/invite" class="form">
          {p.invite.message ? (
            <p class="form-error" role="alert">
              {p.invite.message}
            </p>
          ) : null}
          <Field
            form="invite"
            name="email"
            label="Invite a co-parent"
            error={p.invite.errors.email}
            hint="They get an email with a link to join. It works for a week."
          >
            <input
              type="email"
              autocomplete="off"
              required
              maxlength={254}
              value={p.invite.values.email}
              {...control("invite", "email", { error: p.invite.errors.email, hasHint: true })}
            />
          </Field>
          <button type="submit" class="button">
            Send invitation
          </button>
        </form>

        {p.leaveError ? (
          <p class="form-error" role="alert">
            {p.leaveError}
          </p>
        ) : null}
        {others.length > 0 ? (
          <form method="post" action="/account/leave" class="form">
            <button type="submit" class="button button-secondary">
              Leave {p.household.name}
            </button>
          </form>
        ) : null}
      </section>

      <section class="card" aria-labelledby="sessions-heading" id="sessions">
        <h2 id="sessions-heading">Signed in as {p.me}</h2>
        <ul class="cast-list">
          {p.sessions.map((s) => (
            <li>
              <span class="cast-text">
                <span class="cast-name">{s.label}</span>{" "}
                <span class="cast-detail">
                  {s.current ? "this device, " : ""}signed in {since(s.createdAt, p.now)}
                </span>
              </span>
              <form method="post" action={`/account/sessions/${s.id}/revoke`} class="inline-form">
                <button type="submit" class="button button-secondary">
                  Sign out
                </button>
              </form>
            </li>
          ))}
        </ul>
        <form method="post" action="/account/sessions/revoke-all" class="form">
          <button type="submit" class="button button-secondary">
            Sign out everywhere
          </button>
        </form>
      </section>

      <section class="card" aria-labelledby="delete-heading" id="delete">
        <h2 id="delete-heading">Delete {p.household.name}</h2>
        <p>
          This deletes the family for everyone in it: its members, characters, places, every story, picture and
          recording. It can't be undone.
        </p>
        <form method="post" action="/account/delete" class="form">
          <Field
            form="delete"
            name="confirm"
            label={`To confirm, type the family name: ${p.household.name}`}
            error={p.deleteError}
          >
            <input
              type="text"
              autocomplete="off"
              required
              {...control("delete", "confirm", { error: p.deleteError })}
            />
          </Field>
          <button type="submit" class="button button-danger">
            Delete the family for good
          </button>
        </form>
      </section>
    </Layout>
  );
}

/** "today", "yesterday", "5 days ago". */
function since(then: number, now: number): string {
  const days = Math.floor((now - then) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}
