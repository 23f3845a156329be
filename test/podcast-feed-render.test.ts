/** The pure feed renderer (src/feeds/podcast.ts), read back with a real podcast parser. */
import { parseFeed } from "podcast-partytime";
import { describe, expect, it } from "vitest";
import { type PodcastChannel, podcastGuid, renderPodcastFeed, rfc822, xmlEscape } from "../src/feeds/podcast";

const CHANNEL: PodcastChannel = {
  title: "Bedtime stories for The Otters",
  description: "A private feed.",
  language: "fr",
  link: "https://n.test/",
  feedUrl: "https://n.test/feeds/t.xml",
  artworkUrl: "https://n.test/podcast-artwork.png",
  author: "Nightlight",
  guid: "00000000-0000-5000-8000-000000000000",
  owner: "stories@n.test",
};

describe("podcastGuid", () => {
  it("matches the Podcasting 2.0 namespace's own example", async () => {
    // https://podcastindex.org/namespace/1.0#guid
    expect(await podcastGuid("https://mp3s.nashownotes.com/pc20rss.xml")).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
    expect(await podcastGuid("http://mp3s.nashownotes.com/pc20rss.xml/")).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
  });
});

describe("xmlEscape", () => {
  it("escapes markup and drops what XML 1.0 can't carry, keeping tabs, newlines and emoji", () => {
    expect(xmlEscape(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
    expect(xmlEscape("a\u0000b\u0007c\u001fd\ufffee\uffff\ud800f\udc00g")).toBe("abcdefg");
    expect(xmlEscape("tab\there\nline 🌙")).toBe("tab\there\nline 🌙");
  });
});

describe("renderPodcastFeed", () => {
  it("writes RFC 822 dates and HH:MM:SS durations", () => {
    expect(rfc822(Date.parse("2026-11-21T12:00:00Z"))).toBe("Sat, 21 Nov 2026 12:00:00 GMT");
    const xml = renderPodcastFeed(CHANNEL, [
      {
        guid: "s1",
        title: "Un & deux",
        description: "Il était une fois…",
        link: "https://n.test/stories/s1",
        publishedAt: Date.parse("2026-11-21T19:30:00Z"),
        enclosure: {
          url: "https://n.test/media/stories/s1/narration.mp3?exp=1&sig=x",
          length: 1234,
          type: "audio/mpeg",
        },
        durationSeconds: 3725,
      },
    ]);
    expect(xml).toContain("<itunes:duration>01:02:05</itunes:duration>");
    expect(xml).toContain('url="https://n.test/media/stories/s1/narration.mp3?exp=1&amp;sig=x"');

    const feed = parseFeed(xml);
    expect(feed?.title).toBe(CHANNEL.title);
    expect(feed?.language).toBe("fr");
    expect(feed?.locked).toBe(true);
    expect(feed?.podcastOwner).toBe("stories@n.test");
    expect(feed?.itunesBlock).toBe(true);
    expect(feed?.guid).toBe(CHANNEL.guid);
    expect(feed?.items[0]).toMatchObject({
      title: "Un & deux",
      guid: "s1",
      duration: 3725,
      enclosure: { url: "https://n.test/media/stories/s1/narration.mp3?exp=1&sig=x", length: 1234, type: "audio/mpeg" },
    });
    expect(feed?.items[0]?.pubDate?.toISOString()).toBe("2026-11-21T19:30:00.000Z");
  });

  it("is a valid feed with no episodes yet", () => {
    const feed = parseFeed(renderPodcastFeed(CHANNEL, []));
    expect(feed?.title).toBe(CHANNEL.title);
    expect(feed?.items).toEqual([]);
    expect(feed?.itunesImage).toBe(CHANNEL.artworkUrl);
  });
});
