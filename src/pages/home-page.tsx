import type { Household, Story } from "../db/schema";
import { formatBedtime, formatStoryDate, type Locale, languageName, messages } from "../i18n";
import { localDate, zonedTime } from "../lib/time";
import { Layout } from "./layout";

/** Just enough of a story to list it, with its cover picture's signed URL when it has one. */
export type StorySummary = Pick<Story, "id" | "title" | "status" | "localDate" | "kind" | "favorite" | "language"> & {
  thumbnail?: string;
};

export interface HomePageProps {
  household: Pick<Household, "id" | "name" | "timezone" | "bedtime" | "language">;
  /** Tonight's nightly story, once it has been claimed. */
  tonight?: StorySummary;
  /** The most recent stories, newest first. */
  recent: StorySummary[];
  /** Stories the family kept, newest first. */
  favorites: StorySummary[];
  /** Epoch ms; decides whether tonight's bedtime has come yet. */
  now: number;
  locale?: Locale;
  /** The languages the active storyteller can write; the household's own missing from them is said. */
  languages?: readonly string[];
}

/**
 * The signed-in home page for the household being looked after: tonight's story (or when it
 * arrives), a way to ask for one now, recent stories and favourites.
 */
export function HomePage({ household, tonight, recent, favorites, now, locale = "en", languages }: HomePageProps) {
  const t = messages(locale).home;
  const unwritable = languages && !languages.includes(household.language);
  const list = { locale, today: todayIn(household.timezone, now) };
  return (
    <Layout title={t.title} signedIn locale={locale}>
      <h1 class="page-title">{household.name}</h1>
      {tonight ? (
        <a class="tonight" href={`/stories/${tonight.id}`}>
          <span class="eyebrow">{t.tonight}</span>
          <span class="tonight-title" lang={tonight.title ? tonight.language : undefined}>
            {storyLabel(tonight, locale)}
          </span>
        </a>
      ) : unwritable ? (
        <p class="tonight tonight-waiting" role="status">
          {t.cannotWrite(
            languageName(household.language, locale),
            new Intl.ListFormat(messages(locale).intl, { type: "disjunction" }).format(
              (languages ?? []).map((l) => languageName(l, locale)),
            ),
          )}
        </p>
      ) : (
        <p class="tonight tonight-waiting">{arrivalText(household, now, locale)}</p>
      )}
      <p class="tell-now">
        <a class="button button-primary" href="/tell">
          {t.tellNow}
        </a>
      </p>

      <section aria-labelledby="recent-heading" class="home-section">
        <h2 id="recent-heading">{t.recent}</h2>
        {recent.length === 0 ? <p class="quiet">{t.noStories}</p> : <StoryList stories={recent} {...list} />}
      </section>

      <section aria-labelledby="favorites-heading" class="home-section">
        <h2 id="favorites-heading">{t.favourites}</h2>
        {favorites.length === 0 ? <p class="quiet">{t.noFavourites}</p> : <StoryList stories={favorites} {...list} />}
      </section>

      <p class="form-aside">
        <a href="/cast">{t.castLink}</a> · <a href="/settings">{t.settingsLink}</a>
      </p>
    </Layout>
  );
}

function storyLabel(story: StorySummary, locale: Locale): string {
  const t = messages(locale).home;
  if (story.status === "failed") return t.tangled;
  return story.title ?? t.beingWritten;
}

/**
 * Each story with its cover (when painted), its title in its own language, and a line saying
 * when, in which language and whether it was the bedtime story or one asked for.
 */
function StoryList({ stories, locale, today }: { stories: StorySummary[]; locale: Locale; today: string }) {
  const t = messages(locale).home;
  return (
    <ul class="story-list">
      {stories.map((story) => (
        <li>
          <a href={`/stories/${story.id}`} class={story.thumbnail ? "story-list-link has-thumb" : "story-list-link"}>
            {story.thumbnail ? (
              <img class="story-thumb" src={story.thumbnail} alt="" width={56} height={56} loading="lazy" />
            ) : null}
            <span class="story-list-title" lang={story.title ? story.language : undefined}>
              {storyLabel(story, locale)}
              {story.favorite ? (
                <>
                  <span aria-hidden="true"> ★</span>
                  <span class="visually-hidden" lang={locale}>
                    {" "}
                    {t.aFavourite}
                  </span>
                </>
              ) : null}
            </span>
            <span class="story-list-meta">
              <time datetime={story.localDate}>{formatStoryDate(story.localDate, today, locale)}</time>
              {" · "}
              {languageName(story.language, locale)}
              {" · "}
              {story.kind === "nightly" ? t.nightly : t.onDemand}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** "Tonight's story arrives at 19:30", or, once bedtime has passed, that it is on its way. */
function arrivalText(household: HomePageProps["household"], now: number, locale: Locale): string {
  const t = messages(locale).home;
  try {
    const bedtimeAt = zonedTime(localDate(now, household.timezone), household.bedtime, household.timezone);
    if (now >= bedtimeAt) return t.onTheWay;
  } catch {
    // A zone or bedtime Intl rejects: still say when (formatBedtime falls back to it as stored).
  }
  return t.arrivesAt(formatBedtime(household, locale, now));
}

/** The household's local date now; UTC for a zone Intl rejects. */
function todayIn(timezone: string, now: number): string {
  try {
    return localDate(now, timezone);
  } catch {
    return localDate(now, "UTC");
  }
}
