import type { Household, Story } from "../db/schema";
import { localDate, zonedTime } from "../lib/time";
import { Layout } from "./layout";

/** Just enough of a story to list it. */
export type StorySummary = Pick<Story, "id" | "title" | "status" | "localDate" | "kind" | "favorite">;

export interface HomeHousehold {
  household: Pick<Household, "id" | "name" | "timezone" | "bedtime">;
  /** Tonight's nightly story, once it has been claimed. */
  tonight?: StorySummary;
  /** The most recent stories, newest first. */
  recent: StorySummary[];
}

export interface HomePageProps {
  households: HomeHousehold[];
  /** Epoch ms; decides whether tonight's bedtime has come yet. */
  now: number;
}

// "Fri 20 Nov": the dates are local calendar dates already, so format them as UTC midnights.
const dateFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

function formatDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : dateFormat.format(d);
}

function storyLabel(story: StorySummary): string {
  if (story.status === "failed") return "This one got tangled";
  return story.title ?? "Being written…";
}

/**
 * The home page: for each household, tonight's story (or when it arrives) and recent stories.
 * Props only, so the page can sit behind sign-in later without changing.
 */
export function HomePage({ households, now }: HomePageProps) {
  return (
    <Layout title="Tonight's stories">
      <h1 class="page-title">Tonight's stories</h1>
      {households.length === 0 ? <p class="quiet">No families yet.</p> : null}
      {households.map((entry) => (
        <HouseholdSection entry={entry} now={now} />
      ))}
    </Layout>
  );
}

function HouseholdSection({ entry, now }: { entry: HomeHousehold; now: number }) {
  const { household, tonight, recent } = entry;
  const headingId = `hh-${household.id}`;
  return (
    <section class="household" aria-labelledby={headingId}>
      <h2 id={headingId}>{household.name}</h2>
      {tonight ? (
        <a class="tonight" href={`/stories/${tonight.id}`}>
          <span class="eyebrow">Tonight's story</span>
          <span class="tonight-title">{storyLabel(tonight)}</span>
        </a>
      ) : (
        <p class="tonight tonight-waiting">{arrivalText(household, now)}</p>
      )}
      <h3>Recent stories</h3>
      {recent.length === 0 ? (
        <p class="quiet">No stories yet. The first one comes at bedtime.</p>
      ) : (
        <ul class="story-list">
          {recent.map((story) => (
            <li>
              <a href={`/stories/${story.id}`}>
                <span class="story-list-title">
                  {storyLabel(story)}
                  {story.favorite ? (
                    <>
                      <span aria-hidden="true"> ★</span>
                      <span class="visually-hidden"> (a favourite)</span>
                    </>
                  ) : null}
                </span>
                <time datetime={story.localDate}>{formatDate(story.localDate)}</time>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Tonight's story arrives at 19:30", or, once bedtime has passed, that it is on its way. */
function arrivalText(household: HomeHousehold["household"], now: number): string {
  try {
    const bedtimeAt = zonedTime(localDate(now, household.timezone), household.bedtime, household.timezone);
    if (now >= bedtimeAt) return "Tonight's story is on its way.";
  } catch {
    // A zone or bedtime Intl rejects: still say when, as stored.
  }
  return `Tonight's story arrives at ${household.bedtime}.`;
}
