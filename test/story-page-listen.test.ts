import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import readAlong from "../public/read-along.js?raw";
import { db } from "../src/db/client";
import { assets, stories } from "../src/db/schema";
import { randomId } from "../src/lib/ids";
import { pictureAlt, StoryPage, type StoryPageProps, type StorySceneView } from "../src/pages/story-page";
import { STORY_PAGE_TEXT, type StoryPageText } from "../src/pages/story-page-text";

const BRIEF =
  "A small red fox in a blue scarf holds a glowing lantern beside a slow river at dusk. " +
  "Soft watercolour, warm evening light, fireflies over the reeds, a stone bridge in the distance, ".repeat(6);

const scene = (text: string, over: Partial<StorySceneView> = {}): StorySceneView => ({
  paragraphs: [text],
  illustration: BRIEF,
  picture: { status: "ready", src: "/media/stories/s/image-0.png?exp=1&sig=x" },
  ...over,
});

const props = (over: Partial<StoryPageProps> = {}): StoryPageProps => ({
  id: "abcdefghijklmnopqrstuv",
  status: "ready",
  language: "en",
  title: "Pip and the Little Lantern",
  scenes: [
    scene("Pip found a lantern by the river. It glowed like a tiny moon.", { caption: "Pip holds a glowing lantern." }),
    scene("Mabel counted the stars, one by one."),
    scene("They walked home and fell fast asleep."),
  ],
  moral: "Even small lights make the dark feel kind.",
  narration: { status: "read-aloud" },
  progress: {
    status: "ready",
    steps: { writing: "done", painting: { done: 3, total: 3 }, narrating: "skipped" },
    ready: true,
  },
  nonce: "test-nonce",
  baseUrl: "https://nightlight.test",
  ...over,
});

// The stylesheet as the Worker serves it (vite turns a `?raw` CSS import into an empty string).
let css = "";
beforeAll(async () => {
  css = await (await env.ASSETS.fetch("https://nightlight.test/styles.css")).text();
  expect(css).toContain("@media print");
});

const render = (over: Partial<StoryPageProps> = {}) => StoryPage(props(over))!.toString();
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeHtml = (s: string) => s.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
/** The CSS inside the `@media print { … }` blocks, braces balanced. */
function printRules(sheet: string): string {
  let out = "";
  for (let at = sheet.indexOf("@media print"); at >= 0; at = sheet.indexOf("@media print", at + 1)) {
    let depth = 0;
    let i = sheet.indexOf("{", at);
    const start = i;
    for (; i < sheet.length; i++) {
      if (sheet[i] === "{") depth++;
      if (sheet[i] === "}" && --depth === 0) break;
    }
    out += sheet.slice(start, i + 1);
  }
  return out;
}

describe("listen controls", () => {
  it("reserves the controls' box in the server's HTML, so the script reveals them without a shift", async () => {
    const html = await render();
    const box = /<section class="listen"[^>]*>/.exec(html)?.[0] ?? "";
    expect(box).toContain('data-listen="device"');
    // Every control is in the HTML, hidden until the script finds a voice: nothing is inserted later.
    const bar = /<div class="listen-bar" hidden="">(.*?)<\/details>/s.exec(html)?.[1] ?? "";
    for (const control of ["data-play", "data-bedtime", "data-speed", "data-voice", "data-sleep"]) {
      expect(bar).toContain(control);
    }
    expect(bar).toMatch(/<option value="10">10 minutes<\/option>/);
    expect(bar).toMatch(/<option value="20">20 minutes<\/option>/);
    expect(bar).toMatch(/<option value="end">End of story<\/option>/);
    expect(bar).toMatch(/<option value="0.75">0.75×<\/option>/);
    expect(bar).toMatch(/<option value="0.9" selected="">0.9×<\/option>/);
    expect(bar).toMatch(/<option value="1.25">1.25×<\/option>/);
    // The box's height is set in CSS, not by what the script shows in it.
    expect(css).toMatch(/\.listen \{[^}]*min-height: (\d|calc\()/);
    // Without JavaScript, a kind note instead of a button that would do nothing.
    expect(html).toContain(STORY_PAGE_TEXT.en.listen.needsScript.replaceAll("'", "&#39;"));
    // The controls come before the first scene: the script never inserts blocks above the story.
    expect(html.indexOf('class="listen"')).toBeLessThan(html.indexOf('class="scene"'));
  });

  it("hands the script its words in the story's language, the missing voice named", async () => {
    const html = await render({ language: "fr" });
    const box = /<section class="listen"[^>]*>/.exec(html)?.[0] ?? "";
    const words = JSON.parse(unescapeHtml(attr(box, "data-text") ?? "{}"));
    expect(words.play).toBe("Lire à voix haute");
    expect(words.pause).toBe("Pause");
    expect(words.resume).toBe("Reprendre");
    expect(words.noVoice).toContain("pas de voix en français");
    expect(box).toContain('lang="fr"');
    expect(html).toMatch(/<option value="0.75">0,75×<\/option>/);
  });

  it("plays recorded narration with the browser's controls until the script takes over", async () => {
    const html = await render({
      narration: { status: "ready", src: "/media/stories/s/audio-0.mp3?exp=1&sig=x", marksSrc: "/media/m.json" },
    });
    expect(html).toMatch(
      /<audio controls="" preload="none" src="[^"]+audio-0\.mp3[^"]*" data-marks="\/media\/m\.json">/,
    );
    expect(html).toContain('data-listen="recorded"');
    expect(html).not.toContain("data-voice"); // a recording has one voice
    expect(html).toMatch(/<option value="1" selected="">1×<\/option>/);
    expect(html).toContain(">Listen</button>");
  });

  it("has no English words in the script: it shows only what the page hands it", () => {
    for (const words of ["Painting", "Recording", "Read aloud", "Stop reading", "Pause", "Resume", "device will"]) {
      expect(readAlong).not.toContain(words);
    }
    expect(readAlong).toContain("dataset.text");
  });

  it("keeps the screen awake, fades out on the sleep timer and follows the sentence being read", () => {
    expect(readAlong).toContain('navigator.wakeLock.request("screen")');
    expect(readAlong).toMatch(/audio\.volume = from \* \(1 - k\)/);
    expect(readAlong).toContain("stopAfter");
    expect(readAlong).toContain("scrollIntoView");
  });
});

describe("share preview and indexing", () => {
  async function insert(ext: "png" | "svg"): Promise<string> {
    const id = randomId();
    const now = Date.now();
    await db(env)
      .insert(stories)
      .values({
        id,
        householdId: "hh_default",
        kind: "on-demand",
        localDate: "2026-11-20",
        language: "en",
        status: "ready",
        title: "Pip and the Little Lantern",
        scenes: [{ paragraphs: ["Pip found a lantern by the river. It glowed."], illustration: BRIEF }],
        moral: "Small lights are kind.",
        createdAt: now,
        expiresAt: now + 86_400_000,
      });
    await db(env)
      .insert(assets)
      .values([
        {
          storyId: id,
          kind: "image",
          index: 0,
          status: "ready",
          r2Key: `stories/${id}/image-0.${ext}`,
          createdAt: now,
        },
        { storyId: id, kind: "audio", index: 0, status: "skipped", createdAt: now },
      ]);
    return id;
  }

  it("gives a shared link a preview card with an absolute, signed raster picture, and stays out of search", async () => {
    const id = await insert("png");
    const res = await exports.default.fetch(`https://nightlight.test/stories/${id}`);
    const html = await res.text();
    expect(res.headers.get("X-Robots-Tag")).toBe("noindex, nofollow");
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(html).toContain('<meta property="og:title" content="Pip and the Little Lantern"/>');
    expect(html).toContain('<meta property="og:description" content="Pip found a lantern by the river."/>');
    expect(html).toContain(`<meta property="og:url" content="https://nightlight.test/stories/${id}"/>`);
    expect(html).toMatch(
      new RegExp(
        `<meta property="og:image" content="https://nightlight\\.test/media/stories/${id}/image-0\\.png\\?exp=\\d+&amp;sig=[A-Za-z0-9_-]{43}"/>`,
      ),
    );
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    // The signed link really serves the picture's path.
    const image = unescapeHtml(/property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? "");
    expect(new URL(image).pathname).toBe(`/media/stories/${id}/image-0.png`);
  });

  it("offers no picture in the card when the first picture is an SVG (previews don't show SVG)", async () => {
    const id = await insert("svg");
    const html = await (await exports.default.fetch(`https://nightlight.test/stories/${id}?view=book`)).text();
    expect(html).not.toContain("og:image");
    expect(html).toContain('<meta name="twitter:card" content="summary"/>');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });

  it("keeps a story still being written out of search too", async () => {
    const html = await render({ status: "pending", title: undefined, scenes: [] });
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(html).not.toContain("og:title");
  });
});

describe("pictures", () => {
  it("uses the caption as alt text, else the brief's first sentence — never the whole brief", async () => {
    const html = await render();
    const alts = [...html.matchAll(/<img[^>]*>/g)].map((m) => m[0]);
    expect(alts).toHaveLength(3);
    expect(attr(alts[0]!, "alt")).toBe("Pip holds a glowing lantern.");
    expect(alts[0]).not.toContain('lang="en"');
    const fallback = attr(alts[1]!, "alt") ?? "";
    expect(fallback).toBe("A small red fox in a blue scarf holds a glowing lantern beside a slow river at dusk.");
    expect(alts[1]).toContain('lang="en"'); // the brief is English, whatever the story's language
    expect(html).not.toContain("Soft watercolour");
  });

  it("shortens a long first sentence to at most 150 characters at a word", () => {
    const { alt } = pictureAlt({ illustration: `A fox ${"and a very long winding path ".repeat(10)}by night.` });
    expect(alt.length).toBeLessThanOrEqual(150);
    expect(alt.endsWith("…")).toBe(true);
    expect(alt).not.toMatch(/\s…$/);
    expect(pictureAlt({ illustration: "x", caption: `  ${"c".repeat(200)} ` }).alt.length).toBeLessThanOrEqual(150);
  });
});

describe("picture book and print", () => {
  it("lays the book out as one page per scene: the title heads the first, the moral ends the last", async () => {
    const html = await render({ view: "book" });
    const pages = [...html.matchAll(/<section class="book-page" id="page-(\d)"[^>]*>(.*?)<\/nav><\/section>/gs)];
    expect(pages.map((p) => p[1])).toEqual(["1", "2", "3"]);
    // Each page is one leaf that scrolls on a small screen (reachable by keyboard), title first.
    expect(pages[0]![2]).toMatch(/^<div class="book-leaf" tabindex="0"><h1 class="story-title">/);
    expect(pages[2]![2]).toContain("Even small lights make the dark feel kind.");
    // Turning works without JS: links to the neighbouring pages.
    expect(pages[0]![2]).toContain('href="#page-2"');
    expect(pages[1]![2]).toContain('href="#page-1"');
    expect(pages[2]![2]).not.toContain('rel="next"');
    expect(html).toContain('class="listen"');
    // Sentences are numbered across the book in reading order (title first), as the narration reads them.
    const numbers = [...html.matchAll(/class="sentence" data-i="(\d+)"/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i));
    expect(css).toMatch(/\.book-pages \{[^}]*scroll-snap-type: x mandatory/);
    expect(css).toMatch(/\.book-page \{[^}]*scroll-snap-align: start/);
  });

  it("offers Print on the story page too, not only in the picture book", async () => {
    const html = await render();
    expect(html).toMatch(
      /<aside class="story-extras"[\s\S]*<button type="button" data-print="" hidden="">Print<\/button>/,
    );
  });

  it("prints one scene per sheet, flat and without the controls", () => {
    const print = printRules(css);
    // No dark canvas in the margins when background graphics are printed.
    expect(print).toMatch(/:root \{\s*(\/\*[\s\S]*?\*\/\s*)?color-scheme: light;/);
    expect(print).toMatch(/\.scene \+ \.scene,\s*\.book-page \+ \.book-page \{\s*break-before: page;/);
    expect(print).toMatch(/\.listen,[^{]*\.book-turn,[^{]*\{\s*display: none !important;/);
    expect(print).toMatch(/filter: none;/);
    expect(print).toMatch(/box-shadow: none;/);
    expect(print).toMatch(/orphans: 3;\s*widows: 3;/);
    expect(print).toMatch(/\.moral,\s*\.book \.moral \{[^}]*break-before: avoid;/);
    // No full-screen heights survive into print (they made blank pages).
    expect(print).not.toMatch(/100s?vh/);
    // The script prints light JPEG copies of the painted SVGs.
    expect(readAlong).toMatch(/addEventListener\("beforeprint"/);
    expect(readAlong).toContain('toDataURL("image/jpeg"');
  });
});

describe("strings", () => {
  const shape = (o: object): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? shape(v).map((s) => `${k}.${s}`) : [k]));
  const flat = (t: StoryPageText): Record<string, string> =>
    Object.fromEntries(
      shape(t).map((key) => [key, key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], t)]),
    ) as Record<string, string>;

  it("has every English string in French and Spanish, filled in and with the same placeholders", () => {
    const en = flat(STORY_PAGE_TEXT.en);
    for (const lang of ["fr", "es"] as const) {
      const other = flat(STORY_PAGE_TEXT[lang]);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(en)) {
        expect(other[key], `${lang} ${key}`).toBeTruthy();
        expect(other[key]!.match(/\{\w+\}/g), `${lang} ${key}`).toEqual(value.match(/\{\w+\}/g));
      }
      // Translated, not copied: most strings differ from the English ones.
      const same = Object.keys(en).filter((k) => en[k] === other[k] && k !== "lang");
      expect(same.length, `${lang}: ${same.join(", ")}`).toBeLessThan(6);
    }
  });

  it("renders the page's own words in the story's language", async () => {
    const fr = await render({ language: "fr", keep: { favorite: false } });
    expect(fr).toContain(">Livre d’images</a>");
    expect(fr).toContain(">Garder cette histoire</button>");
    const es = await render({ language: "es", status: "failed" });
    expect(es).toContain("<h1>Este cuento se enredó</h1>");
    expect(es).toContain('<html lang="es">');
    // A language without a table falls back to English, and says so with lang="en".
    const de = await render({ language: "de" });
    expect(de).toMatch(/<section class="listen"[^>]*lang="en"/);
    expect(de).toContain("no German voice");
  });
});
