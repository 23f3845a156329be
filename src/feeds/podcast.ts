/**
 * A household's private podcast feed as RSS 2.0 with the Apple Podcasts (`itunes:`) and
 * Podcasting 2.0 (`podcast:`) tags. Pure: data in, XML out — the route (src/routes/feeds.ts)
 * reads the database and R2 and signs the links; this only writes them down, escaped.
 *
 * Apple: https://podcasters.apple.com/support/823-podcast-requirements
 * Podcasting 2.0: https://podcastindex.org/namespace/1.0
 */

export interface PodcastChannel {
  title: string;
  description: string;
  /** BCP 47, e.g. "fr". */
  language: string;
  /** The site (home page), absolute. */
  link: string;
  /** This feed's own URL, absolute (atom:link rel="self"). */
  feedUrl: string;
  /** A 1400–3000 px square PNG or JPEG, absolute. */
  artworkUrl: string;
  author: string;
  /** `podcast:guid`: see podcastGuid(). */
  guid: string;
  /** Email that proves who may move the feed elsewhere (`podcast:locked owner`); apps read the lock only with one. */
  owner?: string;
}

export interface PodcastEpisode {
  /** Stable for the life of the episode; not a URL. */
  guid: string;
  title: string;
  /** Plain text (escaped here). */
  description: string;
  /** The story page, absolute. */
  link: string;
  /** UTC milliseconds. */
  publishedAt: number;
  enclosure: { url: string; length: number; type: string };
  /** Whole seconds, when the narration's playing time is known. */
  durationSeconds?: number;
  /** A raster picture (Apple ignores SVG), absolute. */
  imageUrl?: string;
  /** `language`: the story's own, which may differ from the channel's. */
  transcript?: { url: string; type: string; language?: string };
}

/**
 * Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab, LF and CR,
 * U+FFFE/U+FFFF and lone surrogates. Titles and names are written by people and models, so one
 * stray control character would otherwise make the whole feed unparseable.
 */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text made safe for XML content and attribute values (double- or single-quoted).
 * @example
 * xmlEscape(`Tom & "Jerry" <3`) // "Tom &amp; &quot;Jerry&quot; &lt;3"
 */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/**
 * RFC 822 date as RSS wants it ("Sat, 21 Nov 2026 12:00:00 GMT").
 * @example rfc822(Date.parse("2026-11-21T12:00:00Z")) // "Sat, 21 Nov 2026 12:00:00 GMT"
 */
export function rfc822(ms: number): string {
  return new Date(ms).toUTCString();
}

/** The Podcasting 2.0 namespace for `podcast:guid` (uuid v5 of the feed URL). */
const PODCAST_GUID_NAMESPACE = "ead4c236-bf58-58c6-a2c6-a6b28d128cb6";

/**
 * `podcast:guid` as the namespace spells it out: a UUID v5 of the feed URL without its scheme and
 * trailing slashes. A rotated link is a new feed, so it gets a new guid too.
 * @example
 * await podcastGuid("https://mp3s.nashownotes.com/pc20rss.xml") // "917393e3-1b1e-5cef-ace4-edaa54e1f810"
 */
export async function podcastGuid(feedUrl: string): Promise<string> {
  const name = feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/\/+$/, "");
  const namespace = PODCAST_GUID_NAMESPACE.replaceAll("-", "");
  const bytes = new Uint8Array([
    ...Array.from({ length: 16 }, (_, i) => Number.parseInt(namespace.slice(i * 2, i * 2 + 2), 16)),
    ...new TextEncoder().encode(name),
  ]);
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-1", bytes)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...hash].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Seconds as itunes:duration's HH:MM:SS. */
function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** `<name>text</name>`, escaped. */
function el(name: string, text: string): string {
  return `<${name}>${xmlEscape(text)}</${name}>`;
}

/** Attributes, escaped; undefined ones left out. */
function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join("");
}

function item(e: PodcastEpisode): string {
  return [
    "<item>",
    el("title", e.title),
    el("itunes:title", e.title),
    `<guid isPermaLink="false">${xmlEscape(e.guid)}</guid>`,
    el("pubDate", rfc822(e.publishedAt)),
    el("link", e.link),
    el("description", e.description),
    el("itunes:summary", e.description),
    `<enclosure${attrs({ url: e.enclosure.url, length: e.enclosure.length, type: e.enclosure.type })}/>`,
    e.durationSeconds === undefined ? "" : el("itunes:duration", duration(e.durationSeconds)),
    e.imageUrl ? `<itunes:image${attrs({ href: e.imageUrl })}/>` : "",
    e.transcript
      ? `<podcast:transcript${attrs({ url: e.transcript.url, type: e.transcript.type, language: e.transcript.language })}/>`
      : "",
    el("itunes:episodeType", "full"),
    el("itunes:explicit", "false"),
    "</item>",
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * The whole feed. Private by construction: `itunes:block` keeps it out of Apple's directory and
 * `podcast:locked` tells other platforms not to import it.
 * @example
 * const xml = renderPodcastFeed(channel, episodes); // "<?xml version=\"1.0\"…"
 */
export function renderPodcastFeed(channel: PodcastChannel, episodes: PodcastEpisode[]): string {
  const newest = Math.max(0, ...episodes.map((e) => e.publishedAt));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    el("title", channel.title),
    el("link", channel.link),
    `<atom:link${attrs({ href: channel.feedUrl, rel: "self", type: "application/rss+xml" })}/>`,
    el("description", channel.description),
    el("itunes:summary", channel.description),
    el("language", channel.language),
    newest > 0 ? el("lastBuildDate", rfc822(newest)) : "",
    el("itunes:author", channel.author),
    `<itunes:image${attrs({ href: channel.artworkUrl })}/>`,
    `<image>${el("url", channel.artworkUrl)}${el("title", channel.title)}${el("link", channel.link)}</image>`,
    `<itunes:category text="Kids &amp; Family"/>`,
    el("itunes:explicit", "false"),
    el("itunes:type", "episodic"),
    el("itunes:block", "Yes"),
    `<podcast:locked${attrs({ owner: channel.owner })}>yes</podcast:locked>`,
    el("podcast:guid", channel.guid),
    ...episodes.map(item),
    "</channel>",
    "</rss>",
    "",
  ]
    .filter(Boolean)
    .join("\n");
}
