import type { Household, Story } from "../db/schema";
import { localDate, zonedTime } from "../lib/time";
import { Layout } from "./layout";

/** Just enough of a story to list it. */
export type StorySummary = Pick<Story, "id" | "title" | "status" | "localDate" | "kind" | "favorite">;

export interface HomePageProps {
  household: Pick<Household, "id" | "name" | "timezone" | "bedtime">;
  /** Tonight's nightly story, once it has been claimed. */
  tonight?: StorySummary;
  /** The most recent stories, newest first. */
  recent: StorySummary[];
  /** Stories the family kept, newest first. */
  favorites: StorySummary[];
  /** Epoch ms; decides whether tonight's bedtime has come yet. */
  now: number;
}

// "Fri 20 Nov": the dates are local calendar dates already, so format them as UTC midnights.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

function formatDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : dateFormat.format(d);
}

function storyLabel(story: StorySummary): string {
  if (story.status === "failed") return "This one got tangled";
  return story.title ?? "Being written…";
}

/**
 * The signed-in home page for the household being looked after: tonight's story (or when it
 * arrives), a way to ask for one now, recent stories and favourites.
 */
export function HomePage({ household, tonight, recent, favorites, now }: HomePageProps) {
  return (
    <Layout title="Tonight's story" signedIn>
      <h1 class="page-title">{household.name}</h1>
      {tonight ? (
        <a class="tonight" href={`/stories/${tonight.id}`}>
          <span class="eyebrow">Tonight's story</span>
          <span class="tonight-title">{storyLabel(tonight)}</span>
        </a>
      ) : (
        <p class="tonight tonight-waiting">{arrivalText(household, now)}</p>
      )}
      <p class="tell-now">
        <a class="button button-primary" href="/tell">
          Tell a story now
        </a>
      </p>

      <section aria-labelledby="recent-heading" class="home-section">
        <h2 id="recent-heading">Recent stories</h2>
        {recent.length === 0 ? (
          <p class="quiet">No stories yet. The first one comes at bedtime.</p>
        ) : (
          <StoryList stories={recent} />
        )}
      </section>

      <section aria-labelledby="favorites-heading" class="home-section">
        <h2 id="favorites-heading">Favourites</h2>
        {favorites.length === 0 ? (
          <p class="quiet">Stories you mark as favourites are kept here, however old they get.</p>
        ) : (
          <StoryList stories={favorites} />
        )}
      </section>

      <p class="form-aside">
        <a href="/cast">Characters and places</a> · <a href="/settings">Settings</a>
      </p>
    </Layout>
  );
}

function StoryList({ stories }: { stories: StorySummary[] }) {
  return (
    <ul class="story-list">
      {stories.map((story) => (
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
  );
}

/** "Tonight's story arrives at 19:30", or, once bedtime has passed, that it is on its way. */
function arrivalText(household: HomePageProps["household"], now: number): string {
  try {
    const bedtimeAt = zonedTime(localDate(now, household.timezone), household.bedtime, household.timezone);
    if (now >= bedtimeAt) return "Tonight's story is on its way.";
  } catch {
    // A zone or bedtime Intl rejects: still say when, as stored.
  }
  return `Tonight's story arrives at ${household.bedtime}.`;
}
