import { type Locale, messages } from "../i18n";
import { Layout } from "./layout";

export interface UnsubscribePageProps {
  familyName: string;
  /** The link's own path: the button posts back to it. */
  action: string;
  /** "ask": the calm question (GET) · "done": just turned off (POST) · "off": already off (GET). */
  state: "ask" | "done" | "off";
  locale?: Locale;
}

/**
 * The page behind the "Stop nightly emails" link. Opening it changes nothing (mail scanners open
 * links); the button does, with a plain form post that works without JavaScript.
 */
export function UnsubscribePage({ familyName, action, state, locale = "en" }: UnsubscribePageProps) {
  const t = messages(locale).unsubscribe;
  return (
    <Layout title={t.title} locale={locale}>
      <section class="card narrow">
        {state === "ask" ? (
          <>
            <h1>{t.heading(familyName)}</h1>
            <p>{t.body}</p>
            <form method="post" action={action}>
              {/* The body a mail provider's one-click POST carries (RFC 8058), sent by the button too. */}
              <input type="hidden" name="List-Unsubscribe" value="One-Click" />
              <button type="submit" class="button">
                {t.confirm}
              </button>
            </form>
          </>
        ) : (
          <>
            <h1 role="status">{t.doneHeading}</h1>
            <p>{state === "done" ? t.doneBody : t.alreadyOff}</p>
            <p>
              <a href="/settings">{t.settingsLink}</a>
            </p>
          </>
        )}
      </section>
    </Layout>
  );
}
