import { Layout } from "./layout";

const TEXT: Record<number, { title: string; body: string }> = {
  404: { title: "We couldn't find that story", body: "The link may be mistyped, or the story was tidied away." },
  410: {
    title: "This story has gone to sleep",
    body: "Stories stay for a couple of nights, then they are tidied away. A new one comes at bedtime.",
  },
  413: { title: "That was too much to take in", body: "Please shorten what you wrote and try again." },
  500: { title: "Something went wrong", body: "Please try again in a moment." },
};

/** The kind page for 404 / 410 / 500 (and any other status app.onError passes on). */
export function ErrorPage({ status, message }: { status: number; message?: string }) {
  const text = TEXT[status] ?? { title: message ?? "That did not work", body: "" };
  return (
    <Layout title={text.title}>
      <section class="notice">
        <div class="notice-moon" aria-hidden="true" />
        <h1>{text.title}</h1>
        {text.body ? <p>{text.body}</p> : null}
        <p>
          <a href="/">Back to tonight's stories</a>
        </p>
      </section>
    </Layout>
  );
}
