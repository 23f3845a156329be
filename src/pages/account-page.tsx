/**
 * "Family and sign-in": who belongs to this family (invite a co-parent, remove someone, leave),
 * the devices signed in as you (sign one out, or all), and deleting the family for good.
 */
import { can } from "../accounts/roles";
import type { MemberRole } from "../db/schema";
import { type Locale, type Messages, messages } from "../i18n";
import { control, Field, type FormState } from "./form-fields";
import { Layout } from "./layout";

export interface AccountPageProps {
  household: { id: string; name: string };
  /** The signed-in person's email. */
  me: string;
  members: { id: string; email: string; role: string }[];
  /** Invitations sent and not answered yet. */
  invitations: { email: string; expiresAt: number }[];
  /** The signed-in person's role: the page offers only what it allows (the routes check too). */
  role: MemberRole;
  sessions: { id: string; label: string; createdAt: number; current: boolean }[];
  /** The invitation form; its error is said by the page (`inviteInvalid`). */
  invite: FormState<"email">;
  /** What just happened (a fixed notice, chosen by the route from `?done=`). */
  notice?: keyof Messages["account"]["notices"];
  /** Leaving was refused: this parent is the last one. */
  leaveRefused?: boolean;
  /** Deleting was refused: the typed name was not the family's. */
  deleteRefused?: boolean;
  now: number;
  locale?: Locale;
}

export function AccountPage(p: AccountPageProps) {
  const locale = p.locale ?? "en";
  const t = messages(locale).account;
  const others = p.members.filter((m) => m.email !== p.me);
  const allowed = (action: Parameters<typeof can>[1]) => can(p.role, action);
  const roleLabel = (role: string) => (role === "owner" ? t.owner : role === "listener" ? t.listener : "");
  const name = p.household.name;
  const inviteError = p.invite.errors.email ? t.inviteInvalid : undefined;
  const deleteError = p.deleteRefused ? t.deleteWrongName(name) : undefined;
  return (
    <Layout title={t.title} signedIn locale={locale}>
      <h1 class="page-title">{p.household.name}</h1>
      {p.notice ? (
        <p class="status-message" role="status">
          {t.notices[p.notice]}
        </p>
      ) : null}

      <section class="card" aria-labelledby="members-heading" id="members">
        <h2 id="members-heading">{t.membersHeading}</h2>
        <ul class="cast-list">
          {p.members.map((m) => (
            <li>
              <span class="cast-text">
                <span class="cast-name">{m.email}</span>{" "}
                <span class="cast-detail cast-detail-full">
                  {[m.email === p.me ? t.you : "", roleLabel(m.role)].filter(Boolean).join(", ")}
                </span>
              </span>
              {allowed("members.remove") && m.email !== p.me ? (
                <form method="post" action={`/account/members/${m.id}/remove`} class="inline-form">
                  <button type="submit" class="button button-secondary">
                    {t.remove}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>

        {p.invitations.length > 0 ? (
          <>
            <h3>{t.pendingHeading}</h3>
            <ul class="cast-list">
              {p.invitations.map((i) => (
                <li>
                  <span class="cast-text">
                    <span class="cast-name">{t.pendingUntil(i.email, day(i.expiresAt, messages(locale).intl))}</span>
                  </span>
                  {allowed("members.invite") ? (
                    <form method="post" action="/account/invitations/withdraw" class="inline-form">
                      <input type="hidden" name="email" value={i.email} />
                      <button type="submit" class="button button-secondary">
                        {t.withdraw}
                      </button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}

        {allowed("members.invite") ? (
          <form method="post" action="/account/invite" class="form">
            {p.invite.message ? (
              <p class="form-error" role="alert">
                {p.invite.message}
              </p>
            ) : null}
            <Field form="invite" name="email" label={t.inviteLabel} error={inviteError} hint={t.inviteHint}>
              <input
                type="email"
                autocomplete="off"
                required
                maxlength={254}
                value={p.invite.values.email}
                {...control("invite", "email", { error: inviteError, hasHint: true })}
              />
            </Field>
            <button type="submit" class="button">
              {t.sendInvite}
            </button>
          </form>
        ) : null}

        {p.leaveRefused ? (
          <p class="form-error" role="alert">
            {t.onlyOneLeft}
          </p>
        ) : null}
        {!allowed("members.leave") ? (
          <p class="form-hint">{t.ownerStays}</p>
        ) : others.length > 0 ? (
          <form method="post" action="/account/leave" class="form">
            <button type="submit" class="button button-secondary">
              {t.leave(name)}
            </button>
          </form>
        ) : null}
      </section>

      <section class="card" aria-labelledby="sessions-heading" id="sessions">
        <h2 id="sessions-heading">{t.signedInAs(p.me)}</h2>
        <ul class="cast-list">
          {p.sessions.map((s) => (
            <li>
              <span class="cast-text">
                <span class="cast-name">{s.label || t.aBrowser}</span>{" "}
                <span class="cast-detail cast-detail-full">
                  {s.current ? `${t.thisDevice}, ` : ""}
                  {t.signedIn(since(s.createdAt, p.now, messages(locale).intl))}
                </span>
              </span>
              <form method="post" action={`/account/sessions/${s.id}/revoke`} class="inline-form">
                <button type="submit" class="button button-secondary">
                  {t.signOut}
                </button>
              </form>
            </li>
          ))}
        </ul>
        <form method="post" action="/account/sessions/revoke-all" class="form">
          <button type="submit" class="button button-secondary">
            {t.signOutEverywhere}
          </button>
        </form>
      </section>

      {allowed("family.delete") ? (
        <section class="card" aria-labelledby="delete-heading" id="delete">
          <h2 id="delete-heading">{t.deleteHeading(name)}</h2>
          <p>{t.deleteBody}</p>
          <form method="post" action="/account/delete" class="form">
            <Field form="delete" name="confirm" label={t.deleteConfirm(name)} error={deleteError}>
              <input
                type="text"
                autocomplete="off"
                required
                {...control("delete", "confirm", { error: deleteError })}
              />
            </Field>
            <button type="submit" class="button button-danger">
              {t.deleteButton}
            </button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

/** "12 Dec" in the page's language. */
function day(at: number, intl: string): string {
  return new Intl.DateTimeFormat(intl, { day: "numeric", month: "short", timeZone: "UTC" }).format(at);
}

/** "today", "yesterday", "5 days ago" in the page's language (Intl.RelativeTimeFormat). */
function since(then: number, now: number, intl: string): string {
  const days = Math.max(0, Math.floor((now - then) / 86_400_000));
  return new Intl.RelativeTimeFormat(intl, { numeric: "auto" }).format(-days, "day");
}
