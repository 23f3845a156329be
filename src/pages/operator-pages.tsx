/**
 * The operator console (English: it is for the person running Nightlight, not for families):
 * signing in with ADMIN_TOKEN, households with their members and invitations, recent stories
 * and their assets, dead letters with replay, and estimated costs. Props in, HTML out; every
 * family- or model-written string goes through JSX, which escapes it.
 */
import type { Child } from "hono/jsx";
import type { CostReport, HouseholdOverview, StoryOverview } from "../accounts/operator";
import type { DeadLetterRow, Household } from "../db/schema";
import { languageLabel } from "../i18n";
import type { Language } from "../story/types";
import { control, ErrorSummary, Field, type FormState, Options } from "./form-fields";
import { Layout } from "./layout";

type Section = "households" | "stories" | "dead-letters" | "costs";

const SECTIONS: [Section, string][] = [
  ["households", "Families"],
  ["stories", "Stories"],
  ["dead-letters", "Dead letters"],
  ["costs", "Costs"],
];

function OperatorNav({ current }: { current?: Section }) {
  return (
    <nav aria-label="Operator console">
      {SECTIONS.map(([section, label]) => (
        <a href={`/operator/${section}`} aria-current={section === current ? "page" : undefined}>
          {label}
        </a>
      ))}
      <form method="post" action="/operator/sign-out" class="inline-form">
        <button type="submit" class="link-button">
          Sign out
        </button>
      </form>
    </nav>
  );
}

function ConsoleLayout({
  title,
  current,
  notice,
  children,
}: {
  title: string;
  current?: Section;
  notice?: string;
  children: Child;
}) {
  return (
    <Layout title={`${title} · Operator`} nav={<OperatorNav current={current} />}>
      <h1 class="page-title">{title}</h1>
      {notice ? (
        <p class="status-message" role="status">
          {notice}
        </p>
      ) : null}
      {children}
    </Layout>
  );
}

/** "2026-11-21 12:00 UTC": one unambiguous clock for an operator watching many time zones. */
export function utc(ms: number | null | undefined): string {
  if (!ms) return "—";
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "$0.2189": costs are fractions of a cent, so four decimals. */
export function usd(n: number): string {
  return `$${n.toFixed(4)}`;
}

export interface OperatorSignInPageProps {
  /** Why the token was refused (a wrong one), shown next to the field. */
  error?: string;
  /** Set when the console can't be used here (ADMIN_TOKEN or SESSION_SECRET unset). */
  disabled?: string;
  notice?: string;
}

export function OperatorSignInPage({ error, disabled, notice }: OperatorSignInPageProps) {
  return (
    <Layout title="Operator console">
      <section class="card narrow">
        <h1>Operator console</h1>
        {notice ? (
          <p class="status-message" role="status">
            {notice}
          </p>
        ) : null}
        {disabled ? (
          <>
            <p role="status">The operator console is turned off on this deployment: {disabled}.</p>
            <p class="quiet">
              Set it with <code>wrangler secret put</code> (or in <code>.dev.vars</code> locally) to use the console.
            </p>
          </>
        ) : (
          <>
            <p>For the person running this Nightlight. Families sign in with their email instead.</p>
            <form method="post" action="/operator/sign-in" class="form">
              <Field
                form="operator"
                name="token"
                label="ADMIN_TOKEN"
                error={error}
                hint="Paste the token you set as the ADMIN_TOKEN secret. You stay signed in for 12 hours at most."
              >
                <input
                  type="password"
                  autocomplete="current-password"
                  required
                  maxlength={512}
                  {...control("operator", "token", { error, hasHint: true })}
                />
              </Field>
              <button type="submit" class="button">
                Open the console
              </button>
            </form>
          </>
        )}
      </section>
    </Layout>
  );
}

export const NEW_FAMILY_FIELDS = {
  name: "Family name",
  email: "Parent's email",
  timezone: "Time zone",
  language: "Stories in",
};
export type NewFamilyFormField = keyof typeof NEW_FAMILY_FIELDS;

export interface HouseholdsPageProps {
  overview: HouseholdOverview[];
  /** Households shown at most (the newest first). */
  limit: number;
  newFamily: FormState<NewFamilyFormField>;
  /** The languages the configured storyteller can write: the only ones a new family may pick. */
  languages: readonly Language[];
  zones: string[];
  notice?: string;
}

export function HouseholdsPage({ overview, limit, newFamily, languages, zones, notice }: HouseholdsPageProps) {
  const f = "new-family";
  const { values, errors } = newFamily;
  return (
    <ConsoleLayout title="Families" current="households" notice={notice}>
      <section class="card" aria-labelledby="invite-family-heading" id="invite">
        <h2 id="invite-family-heading">Invite a family</h2>
        <ErrorSummary form={f} state={newFamily} labels={NEW_FAMILY_FIELDS} />
        <form method="post" action="/operator/households" class="form">
          <Field form={f} name="name" label={NEW_FAMILY_FIELDS.name} error={errors.name}>
            <input
              type="text"
              required
              maxlength={80}
              value={values.name}
              {...control(f, "name", { error: errors.name })}
            />
          </Field>
          <Field
            form={f}
            name="email"
            label={NEW_FAMILY_FIELDS.email}
            error={errors.email}
            hint="They get an invitation link to sign in. It works for a week."
          >
            <input
              type="email"
              required
              maxlength={254}
              autocomplete="off"
              value={values.email}
              {...control(f, "email", { error: errors.email, hasHint: true })}
            />
          </Field>
          <Field form={f} name="timezone" label={NEW_FAMILY_FIELDS.timezone} error={errors.timezone}>
            <select {...control(f, "timezone", { error: errors.timezone })}>
              <Options choices={zones.map((z) => [z, z] as const)} selected={values.timezone} />
            </select>
          </Field>
          <Field form={f} name="language" label={NEW_FAMILY_FIELDS.language} error={errors.language}>
            <select {...control(f, "language", { error: errors.language })}>
              <Options choices={languages.map((l) => [l, languageLabel(l)] as const)} selected={values.language} />
            </select>
          </Field>
          <button type="submit" class="button">
            Create the family and send the invitation
          </button>
        </form>
      </section>

      {overview.length === 0 ? <p class="quiet">No families yet.</p> : null}
      {overview.length >= limit ? <p class="quiet">The {limit} newest families are shown.</p> : null}
      {overview.map(({ household, members, invitations }) => (
        <section class="card" aria-labelledby={`h-${household.id}`} id={household.id}>
          <h2 id={`h-${household.id}`}>{household.name}</h2>
          <p class="quiet">
            <code>{household.id}</code> · {household.timezone} · bedtime {household.bedtime} ·{" "}
            {languageLabel(household.language)} · since {utc(household.createdAt)}
          </p>
          <h3>Members</h3>
          <ul class="cast-list">
            {members.map((m) => (
              <li>
                <span class="cast-text">
                  <span class="cast-name">{m.email}</span>
                  <span class="cast-detail">{m.role === "owner" ? "owner" : "parent"}</span>
                </span>
              </li>
            ))}
          </ul>
          {invitations.length > 0 ? (
            <>
              <h3>Invitations not used yet</h3>
              <ul class="cast-list">
                {invitations.map((i) => (
                  <li>
                    <span class="cast-text">
                      <span class="cast-name">{i.email}</span>
                      <span class="cast-detail">until {utc(i.expiresAt)}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <form method="post" action={`/operator/households/${household.id}/invitations`} class="form">
            <Field form={`invite-${household.id}`} name="email" label="Invite another member">
              <input
                type="email"
                required
                maxlength={254}
                autocomplete="off"
                {...control(`invite-${household.id}`, "email")}
              />
            </Field>
            <button type="submit" class="button button-secondary">
              Send invitation
            </button>
          </form>
          <p class="back-link">
            <a href={`/operator/households/${household.id}/delete`}>Delete this family…</a>
          </p>
        </section>
      ))}
    </ConsoleLayout>
  );
}

export interface DeleteFamilyPageProps {
  household: Household;
  members: number;
  stories: number;
  error?: string;
}

/** The confirmation step: what goes, and the family's id typed out to say yes. */
export function DeleteFamilyPage({ household, members, stories, error }: DeleteFamilyPageProps) {
  return (
    <ConsoleLayout title={`Delete ${household.name}`} current="households">
      <section class="card">
        <p>
          This deletes <strong>{household.name}</strong> (<code>{household.id}</code>) for good: its {members}{" "}
          {members === 1 ? "member" : "members"}, characters, places, {stories} {stories === 1 ? "story" : "stories"}{" "}
          and every picture and recording stored for them. It can't be undone.
        </p>
        <form method="post" action={`/operator/households/${household.id}/delete`} class="form">
          <Field form="delete" name="confirm" label={`To confirm, type the family's id: ${household.id}`} error={error}>
            <input type="text" autocomplete="off" required {...control("delete", "confirm", { error })} />
          </Field>
          <button type="submit" class="button button-danger">
            Delete the family for good
          </button>
        </form>
        <p class="back-link">
          <a href={`/operator/households#${household.id}`}>Keep it, go back</a>
        </p>
      </section>
    </ConsoleLayout>
  );
}

export function StoriesPage({ stories, notice }: { stories: StoryOverview[]; notice?: string }) {
  return (
    <ConsoleLayout title="Recent stories" current="stories" notice={notice}>
      {stories.length === 0 ? <p class="quiet">No stories yet.</p> : null}
      <ul class="cast-list">
        {stories.map(({ story, householdName, assets, cost }) => (
          <li class="ops-item">
            <span class="cast-text">
              <span class="cast-name">{story.title ?? "(not written yet)"}</span>
              <span class="ops-detail">
                {householdName} · {story.kind === "nightly" ? "nightly" : "on-demand"} · <strong>{story.status}</strong>{" "}
                · {story.localDate} · made {utc(story.createdAt)} · {usd(cost.total)}
              </span>
              {story.error ? <span class="ops-detail ops-problem">Failed: {story.error}</span> : null}
              {assets.length > 0 ? (
                <ul class="ops-assets">
                  {assets.map((a) => (
                    <li>
                      {a.kind === "audio" ? "narration" : `picture ${a.index + 1}`}: <strong>{a.status}</strong>
                      {a.attempts > 1 ? ` after ${a.attempts} tries` : ""}
                      {a.error ? (
                        <span class={a.status === "failed" ? "ops-problem" : undefined}> — {a.error}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              <span class="ops-detail">
                <code>{story.id}</code> · <a href={`/stories/${story.id}`}>open</a>
              </span>
            </span>
          </li>
        ))}
      </ul>
    </ConsoleLayout>
  );
}

export function DeadLettersPage({ letters, notice }: { letters: DeadLetterRow[]; notice?: string }) {
  const waiting = letters.filter((l) => l.replayedAt === null).length;
  return (
    <ConsoleLayout title="Dead letters" current="dead-letters" notice={notice}>
      <p>
        Work the queue gave up on after its retries. Once the provider is healthy again, replay re-publishes it and
        re-runs failed pictures, narration and stories; a family already emailed is not emailed again.
      </p>
      <form method="post" action="/operator/replay" class="form">
        <button type="submit" class="button">
          Replay everything that failed ({waiting} waiting)
        </button>
      </form>
      {letters.length === 0 ? <p class="quiet">No dead letters.</p> : null}
      <ul class="cast-list">
        {letters.map((l) => (
          <li>
            <span class="cast-text">
              <span class="cast-name">{jobType(l.body)}</span>
              <span class="ops-detail">
                {utc(l.createdAt)} · {l.attempts} {l.attempts === 1 ? "try" : "tries"} ·{" "}
                {l.replayedAt ? `replayed ${utc(l.replayedAt)}` : "not replayed"}
              </span>
              {l.error ? <span class="ops-detail ops-problem">{l.error}</span> : null}
              {l.storyId ? (
                <span class="ops-detail">
                  story <code>{l.storyId}</code>
                </span>
              ) : null}
            </span>
            {l.storyId ? (
              <form method="post" action="/operator/replay" class="inline-form">
                <input type="hidden" name="storyId" value={l.storyId} />
                <button type="submit" class="button button-secondary">
                  Replay
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </ConsoleLayout>
  );
}

/** "story.illustrate (scene 2)" from a recorded message body, whatever shape it has. */
function jobType(body: unknown): string {
  const message = body && typeof body === "object" ? (body as { type?: unknown; sceneIndex?: unknown }) : {};
  const type = typeof message.type === "string" ? message.type : "unreadable message";
  return typeof message.sceneIndex === "number" ? `${type} (scene ${message.sceneIndex + 1})` : type;
}

export function CostsPage({ report, nights }: { report: CostReport; nights: number }) {
  return (
    <ConsoleLayout title="Estimated costs" current="costs">
      <p>
        What the last {nights} nights' stories cost to make, estimated from each story's recorded usage and list prices
        (src/lib/cost.ts). Not an invoice: free allowances and taxes are left out.
      </p>
      <p>
        In all: <strong>{usd(report.total)}</strong>
      </p>
      {report.nights.length === 0 ? <p class="quiet">No stories in that time.</p> : null}
      {report.nights.length > 0 ? (
        <>
          <h2>Per night</h2>
          <ul class="cast-list">
            {report.nights.map((night) => (
              <li>
                <span class="cast-name">{night}</span> <span>{usd(report.byNight[night] ?? 0)}</span>
              </li>
            ))}
          </ul>
          <h2>Per family</h2>
          <div class="ops-table-wrap">
            <table class="ops-table">
              <thead>
                <tr>
                  <th scope="col">Family</th>
                  <th scope="col">Total</th>
                  {report.nights.map((night) => (
                    <th scope="col">{night}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.families.map((f) => (
                  <tr>
                    <th scope="row">{f.name}</th>
                    <td>{usd(f.total)}</td>
                    {report.nights.map((night) => (
                      <td>{f.byNight[night] === undefined ? "—" : usd(f.byNight[night])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </ConsoleLayout>
  );
}
