import { describe, expect, it } from "vitest";
import { paintSvg, svgIllustrator } from "../src/providers/image/svg";
import type { IllustrationRequest } from "../src/providers/types";
import {
  CREATURE_KINDS,
  ILLUSTRATION_STYLES,
  PICTURE_ACTIONS,
  PICTURE_TIMES,
  type PicturePlan,
  PLACE_KINDS,
} from "../src/story/types";

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

// ---------- scenes drawn from a picture plan ----------

const plan: PicturePlan = {
  characters: [
    { name: "Pip", kind: "fox" },
    { name: "Mo", kind: "bear" },
  ],
  subject: { name: "the little dragon", kind: "dragon", color: "purple" },
  object: { name: "the red mitten", kind: "mitten", color: "red" },
  action: "standing",
  place: "meadow",
  time: "evening",
};
const paintPlan = (over: Partial<PicturePlan> = {}, req: Partial<IllustrationRequest> = {}) =>
  paint({ caption: "Pip and Mo meet the little dragon.", language: "en", plan: { ...plan, ...over }, ...req });

/** The figures drawn, in drawing order: kind, pose, role and where (translate) and how (scale) they stand. */
const figures = (svg: string) =>
  [
    ...svg.matchAll(
      /<g class="character kind-([a-z-]+) pose-([a-z]+)" data-role="([a-z]+)"[^>]*><g transform="translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+) ([-\d.]+)\)/g,
    ),
  ].map((m) => ({
    kind: m[1],
    pose: m[2],
    role: m[3],
    x: Number(m[4]),
    y: Number(m[5]),
    sx: Number(m[6]),
    s: Number(m[7]),
  }));
const objectAt = (svg: string) => {
  const m = /<g class="object object-([a-z]+)" transform="translate\(([-\d.]+) ([-\d.]+)\)/.exec(svg);
  return m ? { kind: m[1], x: Number(m[2]), y: Number(m[3]) } : undefined;
};

describe("paintSvg with a picture plan", () => {
  it.each(CREATURE_KINDS)("draws a %s as the subject, next to the family's characters", (kind) => {
    const svg = paintPlan({ subject: { name: "Zed", kind } });
    assertWellFormed(svg);
    const drawn = figures(svg);
    expect(drawn).toContainEqual(expect.objectContaining({ kind, role: "subject", pose: "standing" }));
    expect(
      drawn
        .filter((f) => f.role === "character")
        .map((f) => f.kind)
        .sort(),
    ).toEqual(["bear", "fox"]);
    expect(svg).toContain('class="object object-mitten"');
  });

  it("tells the kinds apart by their silhouettes (each kind's drawing is its own)", () => {
    const bodies = new Map<string, string>();
    for (const kind of CREATURE_KINDS) {
      const svg = paintPlan({ characters: [], object: undefined, subject: { name: "Zed", kind, color: "#808080" } });
      const body = /<g class="character[^>]*>(.*?)<\/g><\/g>/s.exec(svg)?.[1] ?? "";
      bodies.set(kind, body.replace(/[-\d.]+/g, "0"));
    }
    expect(new Set(bodies.values()).size).toBe(CREATURE_KINDS.length);
  });

  it.each(PICTURE_ACTIONS)("poses every figure for %s", (action) => {
    const svg = paintPlan({ action });
    assertWellFormed(svg);
    const drawn = figures(svg);
    expect(drawn).toHaveLength(3);
    for (const f of drawn) expect(f.pose).toBe(action);
    expect(svg).toContain(`action-${action}`);
    expect(objectAt(svg)).toBeDefined();
  });

  it("sleeping: lying down, eyes closed, z's, always at night under the moon", () => {
    for (const time of PICTURE_TIMES) {
      const svg = paintPlan({ action: "sleeping", time, place: "meadow" });
      expect(svg).toContain('class="sky sky-night"');
      expect(svg).toContain('class="moon"');
      expect(svg).not.toContain('class="sun"');
      expect(count(svg, /class="zzz"/g)).toBe(3);
    }
    // A child lies on its side under a blanket: its body group is turned a quarter round.
    const child = paintPlan({ action: "sleeping", characters: [{ name: "Ada", kind: "child" }], subject: undefined });
    expect(child).toContain("rotate(-90)");
    // Open eyes are round dots; asleep they are closed curves.
    const awake = paintPlan({ action: "standing", characters: [], subject: { name: "Zed", kind: "cat" } });
    const asleep = paintPlan({ action: "sleeping", characters: [], subject: { name: "Zed", kind: "cat" } });
    expect(asleep).toMatch(/q7 6 14 0/);
    expect(awake).not.toMatch(/q7 6 14 0/);
  });

  it("moves arms, heads and bodies with the action", () => {
    const child = (action: (typeof PICTURE_ACTIONS)[number]) =>
      paintPlan({ action, characters: [{ name: "Ada", kind: "child" }], subject: undefined, object: undefined });
    // A person's arms start at the shoulders (±30, -124): where do the hands end up?
    const hands = (svg: string) =>
      [...svg.matchAll(/<path d="M-?30 -124L([-\d.]+) ([-\d.]+)"/g)].map((m) => Number(m[2]));
    expect(hands(child("standing"))).toHaveLength(2);
    expect(hands(child("celebrating")).every((y) => y < -124)).toBe(true); // both arms up
    expect(hands(child("standing")).every((y) => y > -124)).toBe(true); // arms down
    expect(hands(child("reaching")).filter((y) => y < -150)).toHaveLength(1); // one arm up high
    expect(child("searching")).toMatch(/scale\([-\d.]+ [\d.]+\) rotate\(26\)/); // bent forward
    expect(child("looking")).toMatch(/rotate\(-20 0 -140\)/); // head tilted up
    expect(child("standing")).not.toMatch(/rotate\(/);
    // Wings: a flying dragon's are raised, a standing dragon's folded.
    const dragon = (action: "flying" | "standing") => paintPlan({ action, characters: [], object: undefined });
    expect(dragon("flying")).toContain("M14 -112C60 -170");
    expect(dragon("standing")).not.toContain("M14 -112C60 -170");
  });

  it("hugging: the two figures touch and face each other", () => {
    const svg = paintPlan({ action: "hugging", characters: [{ name: "Lili", kind: "rabbit" }] });
    const [a, b] = figures(svg).sort((p, q) => p.x - q.x);
    expect(a && b).toBeTruthy();
    if (!a || !b) return;
    expect(b.x - a.x).toBeLessThan(120);
    expect(Math.sign(a.sx)).toBe(1); // the left one faces right
    expect(Math.sign(b.sx)).toBe(-1);
  });

  it("talking: the pair face each other; figures aren't all facing the viewer in a row", () => {
    const svg = paintPlan({ action: "talking" });
    const pair = figures(svg)
      .filter((f) => f.role === "subject" || f.kind === "fox")
      .sort((p, q) => p.x - q.x);
    expect(pair.map((f) => Math.sign(f.sx))).toEqual([1, -1]);
    for (const action of ["standing", "looking", "playing"] as const) {
      const drawn = figures(paintPlan({ action }));
      expect(new Set(drawn.map((f) => f.y)).size).toBeGreaterThan(1); // different depths
      expect(new Set(drawn.map((f) => (f.s / Math.abs(f.sx)).toFixed(2))).size).toBe(1); // uniform scale
    }
  });

  it("flying lifts the figures off the ground; swimming puts them in water", () => {
    const standing = figures(paintPlan({ action: "standing" }));
    const flying = figures(paintPlan({ action: "flying" }));
    expect(Math.min(...flying.map((f) => f.y))).toBeLessThan(Math.min(...standing.map((f) => f.y)) - 100);
    const swim = paintPlan({ action: "swimming", place: "sea" });
    expect(swim).toContain('class="water"');
    expect(paintPlan({ action: "standing", place: "sea" })).not.toContain('class="water"');
  });

  it("places the object where the action needs it", () => {
    const reach = paintPlan({ action: "reaching", place: "forest" });
    const reacher = figures(reach).find((f) => f.role === "subject");
    const high = objectAt(reach);
    expect(reacher && high).toBeTruthy();
    if (!reacher || !high) return;
    expect(high.y).toBeLessThan(reacher.y - 200 * reacher.s); // above the raised paw
    const search = objectAt(paintPlan({ action: "searching", place: "forest" }));
    expect(search?.y).toBeGreaterThan(560); // down in the grass
    const celebrate = paintPlan({ action: "celebrating", object: { name: "the cake", kind: "cake" } });
    expect(celebrate).toContain('class="confetti"');
    expect(objectAt(celebrate)?.kind).toBe("cake");
  });

  it.each([
    ["mitten", "mitten"],
    ["key", "key"],
    ["star", "star"],
    ["cake", "cake"],
    ["balloon", "balloon"],
    ["book", "book"],
    ["ball", "ball"],
    ["kite", "kite"],
    ["lantern", "lantern"],
    ["shell", "shell"],
    ["hat", "hat"],
    ["woolly glove", "mitten"],
    ["golden crown", "crown"],
    // The lost teddy is one of the commonest wishes (fr "doudou"): a toy bear, not a parcel.
    ["teddy", "teddy"],
    ["doudou", "teddy"],
    ["a mysterious thing", "parcel"],
  ])("draws the object %s as a %s", (kind, drawn) => {
    const svg = paintPlan({ object: { name: "it", kind } });
    expect(objectAt(svg)?.kind).toBe(drawn);
  });

  it.each([
    ["the old lighthouse", "lighthouse"],
    ["a tall tower", "tower"],
    ["the castle", "tower"],
    ["a stone bridge", "bridge"],
    ["the tree house", "tree-house"],
    ["windmill", "windmill"],
    ["a little boat", "boat"],
    ["tent", "tent"],
    ["the moon", "moon"],
    ["a rocket", "rocket"],
  ])("draws the landmark %s", (landmark, kind) => {
    const svg = paintPlan({ landmark });
    expect(svg).toContain(`class="landmark landmark-${kind}"`);
    assertWellFormed(svg);
  });

  it("skips a landmark it doesn't know", () => {
    expect(paintPlan({ landmark: "volcano" })).not.toContain('class="landmark');
    expect(paintPlan({})).not.toContain('class="landmark');
  });

  it.each(PLACE_KINDS)("paints the scenery of a %s", (place) => {
    const svg = paintPlan({ place });
    expect(svg).toContain(`class="setting setting-${place === "place" ? "countryside" : place}"`);
  });

  it("follows the plan's time: day sun, a warm low evening sun, dusk, a dark night with moon and stars", () => {
    const at = Object.fromEntries(PICTURE_TIMES.map((time) => [time, paintPlan({ time, place: "meadow" })]));
    expect(at.day).toContain("sky-afternoon");
    expect(at.day).toContain('class="sun"');
    expect(at.evening).toContain("sky-evening");
    expect(at.evening).toContain('class="sun"');
    expect(at.dusk).toContain("sky-dusk");
    expect(at.dusk).not.toContain('class="sun"');
    expect(at.night).toContain('class="moon"');
    expect(at.night).toContain('class="stars"');
    expect(skyTop(at.day as string)).toBeGreaterThan(skyTop(at.evening as string));
    expect(skyTop(at.evening as string)).toBeGreaterThan(skyTop(at.dusk as string));
    expect(skyTop(at.dusk as string)).toBeGreaterThan(skyTop(at.night as string));
    // Lit windows at night in town.
    expect(paintPlan({ time: "night", place: "town" })).toContain("#ffd97a");
  });

  it("keeps every style working with a plan", () => {
    for (const style of ILLUSTRATION_STYLES) {
      const svg = paintPlan({ action: "celebrating", landmark: "lighthouse", place: "sea" }, { style });
      assertWellFormed(svg);
      expect(svg).toContain(`class="style-${style}`);
    }
  });

  it("titles the picture with the caption and describes it in the story's language", () => {
    const svg = paintPlan({}, { caption: "Pip et Mo rencontrent le petit dragon.", language: "fr" });
    expect(svg).toContain('aria-labelledby="title desc"');
    expect(svg).toContain('<title id="title">Pip et Mo rencontrent le petit dragon.</title>');
    expect(svg).toContain('<desc id="desc">the little dragon, Pip, Mo et the red mitten</desc>');
    const fr = paintPlan(
      {
        subject: { name: "le petit dragon", kind: "dragon" },
        object: { name: "la moufle rouge", kind: "mitten" },
      },
      { language: "fr" },
    );
    expect(fr).toContain('<desc id="desc">le petit dragon, Pip, Mo et la moufle rouge</desc>');
    const es = paintPlan({ subject: undefined, object: undefined }, { language: "es" });
    expect(es).toContain('<desc id="desc">Pip y Mo</desc>');
    const de = paintPlan({ subject: undefined, object: undefined }, { language: "de" });
    expect(de).toContain('<desc id="desc">Pip und Mo</desc>');
    const long = paintPlan({}, { caption: "A".repeat(400) });
    const title = /<title id="title">([^<]*)<\/title>/.exec(long)?.[1] ?? "";
    expect(title.length).toBeLessThanOrEqual(150);
  });

  it("gives old stories a short title: the brief's first sentence, at most 150 characters", () => {
    const brief = `Pip the fox walks through the forest. ${"Then many more words follow. ".repeat(30)}`;
    const svg = paint({ brief });
    expect(svg).toContain('<title id="title">Pip the fox walks through the forest.</title>');
    expect(svg).not.toContain("<desc");
    const run = paint({ brief: "word ".repeat(200) });
    expect((/<title id="title">([^<]*)<\/title>/.exec(run)?.[1] ?? "").length).toBeLessThanOrEqual(150);
  });

  it("escapes hostile captions and names, and lets no plan word reach an attribute", () => {
    const evil = `"><script>alert(1)</script><x a='`;
    const svg = paint({
      caption: `</title><script>alert(2)</script> & co`,
      language: "en",
      plan: {
        characters: [{ name: evil, kind: "fox", color: `red" onload="alert(3)` }],
        subject: { name: "<b>dragon</b>", kind: 'dragon" onclick="x' as never, color: "url(javascript:alert(4))" },
        object: { name: "&amp; thing", kind: `"><script>`, color: "#12345g" },
        action: 'dancing"' as never,
        place: "<moon>" as never,
        landmark: `"><script>`,
        time: "noon" as never,
      },
    });
    assertWellFormed(svg);
    expect(svg).not.toMatch(/<script|<b>|<x |onload|onclick|javascript/i);
    expect(svg).toContain("&#60;/title&#62;&#60;script&#62;alert(2)&#60;/script&#62; &#38; co");
    expect(svg).toContain("&#60;b&#62;dragon&#60;/b&#62;");
    expect(svg).toContain("&#38;amp; thing");
    expect(count(svg, /<title/g)).toBe(1);
    expect(count(svg, /<desc/g)).toBe(1);
    // Unknown words fall back to what the painter knows.
    expect(figures(svg).map((f) => f.kind)).toContain("child");
    expect(svg).toContain("action-standing");
    expect(svg).toContain("setting-countryside");
    expect(objectAt(svg)?.kind).toBe("parcel");
    // Every attribute value is a number, a colour, a constant word list or a url(#id).
    for (const m of svg.matchAll(/\s([\w:-]+)="([^"]*)"/g))
      expect(m[2]).toMatch(/^([-\w.#%, ()]|url\(#\w+\)|http:\/\/www\.w3\.org\/2000\/svg)*$/);
  });

  it("survives a malformed plan (wrong types from a model) without throwing", () => {
    const junk = {
      characters: [{ name: 42, kind: null, color: {} }, null],
      subject: { name: ["x"], kind: "griffin" },
      object: { name: null, kind: 7, color: 3 },
      action: 1,
      place: null,
      landmark: {},
      time: [],
    } as unknown as PicturePlan;
    const svg = paint({ plan: junk, caption: "Still a picture." });
    assertWellFormed(svg);
    expect(figures(svg).map((f) => f.kind)).toEqual(["child", "child"]); // the subject and character 42
    expect(objectAt(svg)?.kind).toBe("parcel");
    expect(paint({ plan: { ...plan, characters: undefined } as unknown as PicturePlan })).toContain("kind-dragon");
  });

  it("takes the family's colours and accessories from their looks, and the plan's colour first", () => {
    const svg = paintPlan({
      characters: [{ name: "Pip", kind: "fox" }],
      subject: { name: "Zed", kind: "dragon", color: "purple" },
      time: "day",
    });
    expect(svg).toContain('fill="#d64545"'); // Pip's red scarf, from base.characters
    expect(svg).toContain('fill="#8e5cc4"'); // the purple dragon
  });

  it("is deterministic, differs per scene, and stays small", () => {
    expect(paintPlan({ action: "hugging" })).toBe(paintPlan({ action: "hugging" }));
    expect(paintPlan({}, { sceneIndex: 1 })).not.toBe(paintPlan({}, { sceneIndex: 2 }));
    const crowd = paintPlan(
      {
        action: "celebrating",
        landmark: "lighthouse",
        place: "sea",
        characters: ["cat", "dog", "owl", "robot"].map((k, i) => ({ name: `N${i}`, kind: k as "cat" })),
      },
      { style: "crayon" },
    );
    expect(figures(crowd)).toHaveLength(5);
    expect(new TextEncoder().encode(crowd).length).toBeLessThan(24_000);
  });
});
