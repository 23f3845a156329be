/**
 * The bedtime email: a title, the first lines, the cover picture and one clear link. Rendered
 * with Hono JSX so everything a model or a parent wrote is escaped; no tracking pixels or links.
 */
export interface StoryEmailProps {
  familyName: string;
  title: string;
  opening: string;
  storyUrl: string;
  /** Absolute signed URL of the first picture, when it is ready. */
  coverUrl?: string;
  coverAlt?: string;
  /** "2 days", "12 hours": how long the link works. */
  keptFor: string;
}

export function storyEmail(props: StoryEmailProps): { subject: string; html: string; text: string } {
  const subject = `Tonight's story: ${props.title}`;
  const html = `<!doctype html>${(<StoryEmail {...props} />).toString()}`;
  const text = [
    `Hello ${props.familyName},`,
    "",
    `Tonight's story is ready: "${props.title}"`,
    "",
    props.opening,
    "",
    `Read and listen: ${props.storyUrl}`,
    "",
    `The story stays for ${props.keptFor}; mark it as a favourite to keep it.`,
    "Sleep well,",
    "Nightlight",
  ].join("\n");
  return { subject, html, text };
}

function StoryEmail(p: StoryEmailProps) {
  const font = "Georgia, 'Times New Roman', serif";
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{p.title}</title>
      </head>
      <body style={`margin:0;padding:24px 12px;background:#f6f1e7;font-family:${font};color:#1d2340`}>
        <div style="max-width:560px;margin:0 auto;background:#fffdf8;border-radius:16px;padding:24px">
          <p style="margin:0 0 8px;font-size:15px;color:#4a5170">Hello {p.familyName},</p>
          <h1 style="margin:0 0 16px;font-size:26px;line-height:1.25">{p.title}</h1>
          {p.coverUrl ? (
            <img
              src={p.coverUrl}
              alt={p.coverAlt ?? ""}
              width="512"
              style="width:100%;height:auto;border-radius:12px;display:block"
            />
          ) : null}
          <p style="font-size:18px;line-height:1.6;margin:16px 0">{p.opening}</p>
          <p style="margin:24px 0;text-align:center">
            <a
              href={p.storyUrl}
              style="display:inline-block;background:#27306b;color:#ffffff;text-decoration:none;padding:14px 28px;border-radius:999px;font-size:18px"
            >
              Read tonight's story
            </a>
          </p>
          <p style="font-size:14px;color:#4a5170;margin:0">
            The story stays for {p.keptFor}. Mark it as a favourite to keep it longer. Sleep well!
          </p>
        </div>
      </body>
    </html>
  );
}

/** "2 days", "36 hours", "30 minutes" for a duration in ms. */
export function describeDuration(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours >= 48 && Number.isInteger(hours / 24)) return `${hours / 24} days`;
  if (hours >= 1) return `${Math.round(hours)} hour${Math.round(hours) === 1 ? "" : "s"}`;
  return `${Math.max(1, Math.round(ms / 60_000))} minutes`;
}
