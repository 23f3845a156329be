import { describe, expect, it } from "vitest";
import { paintSvg, svgIllustrator } from "../src/providers/image/svg";
import type { IllustrationRequest } from "../src/providers/types";
import { ILLUSTRATION_STYLES } from "../src/story/types";

const base: IllustrationRequest = {
  storyId: "story-1",
  title: "Pip and the Moon",
  sceneIndex: 0,
  sceneCount: 4,
  brief: "Pip the fox and Mo the bear walk through the forest",
  characters: [
    { name: "Pip", looks: "a small fox with a red scarf" },
    { name: "Mo", looks: "a big bear with grey fur and a yellow hat" },
  ],
  style: "storybook",
};
const paint = (over: Partial<IllustrationRequest> = {}) => paintSvg({ ...base, ...over });

/**
 * workerd has no DOMParser: a small XML checker. Throws on unbalanced or misnested tags, more than
 * one root, unquoted or duplicate attributes, raw `<` or bad entities in text and attribute values.
 */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  const checkText = (text: string) => {
    if (text.includes("<")) throw new Error(`raw < in ${text.slice(0, 40)}`);
    for (const m of text.matchAll(/&([^;]{0,10});?/g)) {
      if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(m[0])) throw new Error(`bad entity ${m[0]}`);
    }
  };
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim()) throw new Error("text outside the root");
    checkText(text);
    if (lt < 0) break;
    token.lastIndex = lt;
    const m = token.exec(xml);
    if (!m) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 60)}`);
    const [, closing, name, attrs = "", selfClosing] = m;
    const seen = new Set<string>();
    for (const a of attrs.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (seen.has(a[1] as string)) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
      seen.add(a[1] as string);
      checkText(a[2] ?? a[3] ?? "");
    }
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong tag`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name as string);
    }
    i = token.lastIndex;
  }
  if (stack.length) throw new Error(`unclosed <${stack.join("> <")}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

const count = (svg: string, re: RegExp) => (svg.match(re) ?? []).length;
const shapes = (svg: string) => count(svg, /<(rect|circle|ellipse|path|line|polygon|polyline)\b/g);
const skyTop = (svg: string) => {
  const hex = /<linearGradient id="sky"[^>]*><stop offset="0" stop-color="(#[0-9a-f]{6})"/.exec(svg)?.[1] ?? "";
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe("paintSvg", () => {
  it("checker rejects broken markup (so the well-formed tests can fail)", () => {
    expect(() => assertWellFormed("<svg><g></svg>")).toThrow();
    expect(() => assertWellFormed("<svg><title>a < b</title></svg>")).toThrow();
    expect(() => assertWellFormed("<svg/><svg/>")).toThrow();
    expect(() => assertWellFormed('<svg a="1" a="2"/>')).toThrow();
    expect(() => assertWellFormed("<svg><title>&nope</title></svg>")).toThrow();
  });

  it("paints a well-formed, small, self-contained picture for every setting and style", () => {
    const briefs = [
      "deep forest",
      "the sea at the beach",
      "a castle",
      "a sunny meadow",
      "a village street",
      "a rocket to a planet",
      "the garden",
      "tall mountains",
      "snow everywhere",
      "by the river",
      "in bed in the bedroom",
      "somewhere",
    ];
    for (const brief of briefs) {
      for (const style of ILLUSTRATION_STYLES) {
        const svg = paint({
          brief,
          style,
          characters: [...base.characters, { name: "Ada", looks: "a girl" }, { name: "Tom", looks: "a dog" }],
        });
        assertWellFormed(svg);
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 1024 768"[^>]* role="img"/);
        expect(svg).toContain(`<title id="title">${brief}</title>`);
        expect(svg).not.toMatch(/<text|<image|<script|<foreignObject|href=|url\((?!#)/i);
        expect(new TextEncoder().encode(svg).length).toBeLessThan(20_000);
        expect(shapes(svg)).toBeGreaterThanOrEqual(30);
      }
    }
  });

  it("is deterministic for the same story, scene and brief", () => {
    expect(paint()).toBe(paint());
    expect(paint({ style: "watercolor", timeOfDay: "night" })).toBe(paint({ style: "watercolor", timeOfDay: "night" }));
  });

  it("paints each scene of a story differently", () => {
    const scenes = [0, 1, 2, 3].map((sceneIndex) => paint({ sceneIndex }));
    expect(new Set(scenes).size).toBe(4);
    expect(paint({ storyId: "story-2" })).not.toBe(paint());
    expect(paint({ brief: "Pip and Mo reach the sea" })).not.toBe(paint());
  });

  it("paints a dark sky with a moon and stars at night, a light sky and a sun in the morning", () => {
    const night = paint({ brief: "Pip looks up at the stars at night" });
    const morning = paint({ brief: "Pip wakes up at dawn in the meadow" });
    expect(night).toContain('class="sky sky-night"');
    expect(night).toContain('class="moon"');
    expect(night).toContain('class="stars"');
    expect(night).not.toContain('class="sun"');
    expect(morning).toContain('class="sky sky-morning"');
    expect(morning).toContain('class="sun"');
    expect(morning).not.toContain('class="moon"');
    expect(skyTop(night)).toBeLessThan(0.1);
    expect(skyTop(morning)).toBeGreaterThan(0.5);
  });

  it("takes the time of day from the request over keywords in the brief", () => {
    const svg = paint({ brief: "a walk under the moon", timeOfDay: "afternoon" });
    expect(svg).toContain("sky-afternoon");
    expect(svg).not.toContain('class="moon"');
    expect(paint({ brief: "a walk at sunset" })).toContain("sky-evening");
    expect(paint({ brief: "a walk", timeOfDay: "not-a-time" })).toContain("sky-afternoon");
  });

  it("paints trees for a forest and waves for the sea", () => {
    const forest = paint({ brief: "They tiptoe between the tall trees of the forest" });
    const sea = paint({ brief: "They paddle where the waves meet the beach" });
    expect(forest).toContain("setting-forest");
    expect(sea).toContain("setting-sea");
    expect(count(sea, /class="wave"/g)).toBeGreaterThanOrEqual(8);
    expect(forest).not.toContain('class="wave"');
    // Pine tiers are triangles: far more of them in the forest than by the sea.
    expect(count(forest, /<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+H[\d.]+Z"/g)).toBeGreaterThan(30);
    expect(count(sea, /<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+H[\d.]+Z"/g)).toBe(0);
  });

  it.each([
    ["The castle towers glow", "setting-castle"],
    ["A rocket zooms past a planet", "setting-space"],
    ["Snuggled under the blanket in bed", "setting-bedroom"],
    ["Building a snowman in the snow", "setting-snow"],
    ["Stepping stones across the river", "setting-river"],
    ["Rows of carrots in the garden", "setting-garden"],
    ["High up the mountain path", "setting-mountain"],
    ["Lanterns along the village street", "setting-town"],
    ["Rolling in the meadow grass", "setting-meadow"],
    ["They set off together", "setting-countryside"],
    ["A fox gazes at the moon from the forest", "setting-forest"],
    ["Flying to the moon and the stars", "setting-space"],
    ["A walk under the moon", "setting-countryside"],
  ])("picks the setting from the brief: %s", (brief, setting) => {
    expect(paint({ brief })).toContain(`class="setting ${setting}"`);
  });

  it("paints one figure per character, up to four, with kinds and colours from their looks", () => {
    const svg = paint({ brief: "a sunny afternoon" });
    expect(count(svg, /class="character /g)).toBe(2);
    expect(svg).toContain("kind-fox");
    expect(svg).toContain("kind-bear");
    expect(svg).toContain('fill="#d64545"'); // the red scarf
    expect(svg).toContain('fill="#8f8f99"'); // the grey fur
    expect(svg).toContain('fill="#f4c430"'); // the yellow hat
    const crowd = ["a rabbit", "an owl", "a cat", "a puppy", "a mouse"].map((looks, i) => ({ name: `N${i}`, looks }));
    expect(count(paint({ characters: crowd }), /class="character /g)).toBe(4);
    expect(paint({ characters: [{ name: "Ada", looks: "a girl in a yellow raincoat" }] })).toContain("kind-child");
    expect(paint({ characters: [] })).not.toContain('class="character');
  });

  it("stays well-formed and inert with a hostile brief and hostile names", () => {
    const hostile = `</title><script>alert(1)</script> & "quotes" 'too' \u0000\u0007 \uD800`;
    const svg = paint({
      brief: hostile,
      characters: [{ name: '"><script>alert(2)</script>', looks: `<img src=x onerror=alert(3)> red fox" onload="x` }],
    });
    assertWellFormed(svg);
    expect(svg).not.toMatch(/<script|<img|onerror|onload/i);
    expect(svg).toContain(
      "&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34; &#39;too&#39;",
    );
    expect(count(svg, /<title/g)).toBe(1);
    expect(svg).toContain("kind-fox");
  });

  it("never paints text", () => {
    for (const style of ILLUSTRATION_STYLES)
      expect(paint({ style, brief: "A sign that says HELLO" })).not.toMatch(/<text|<tspan/);
  });

  it("changes the palette and the texture with the style", () => {
    const colours = (svg: string) => new Set(svg.match(/#[0-9a-f]{6}/g));
    const storybook = paint({ style: "storybook" }),
      pastel = paint({ style: "pastel" }),
      crayon = paint({ style: "crayon" });
    const paperCut = paint({ style: "paper-cut" }),
      nightSky = paint({ style: "night-sky" }),
      watercolor = paint({ style: "watercolor" });
    // Same scene, different colours: the pastel palette is lighter than the storybook one.
    expect([...colours(pastel)].filter((c) => colours(storybook).has(c)).length).toBeLessThan(colours(pastel).size / 4);
    expect(skyTop(pastel)).toBeGreaterThan(skyTop(storybook));
    expect(crayon).toContain("stroke-dasharray");
    expect(crayon).toContain("feDisplacementMap");
    expect(watercolor).toContain('opacity="0.9"');
    expect(paperCut).toContain("feOffset");
    expect(nightSky).toContain("sky-night");
    expect(new Set([storybook, pastel, crayon, paperCut, nightSky, watercolor]).size).toBe(6);
  });
});

describe("svgIllustrator", () => {
  it("returns the painted SVG as UTF-8 bytes with its content type", async () => {
    const out = await svgIllustrator.paint({ ...base, brief: "Pip’s café — über cosy" });
    expect(svgIllustrator.name).toBe("svg");
    expect(out.contentType).toBe("image/svg+xml");
    expect(out.extension).toBe("svg");
    expect(new TextDecoder().decode(out.body)).toBe(paintSvg({ ...base, brief: "Pip’s café — über cosy" }));
    expect(new TextDecoder().decode(out.body)).toContain('<title id="title">Pip’s café — über cosy</title>');
  });
});
