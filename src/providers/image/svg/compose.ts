/**
 * Lays out a picture plan: who stands where, how near (scale), which way they face, where the key
 * object is, and the marks an action leaves (z's, confetti, water, motion lines).
 */
import type { Rng } from "../../../lib/random";
import type { CreatureKind, PictureAction, PicturePlan } from "../../../story/types";
import type { Look } from "./creatures";
import { lookOf, type PlacedFigure, type Placement, placeFigure, SCALE } from "./figures";
import { drawObject, ON_A_STRING, objectKind, SKY_OBJECTS } from "./objects";
import { POSES } from "./poses";
import type { SettingName } from "./scenery";
import { type Attrs, circle, el, FLOWERS, g, H, INK, line, mix, P, path, rect, W } from "./shapes";

/** One figure of the plan, with what the painter read from it. */
export interface Actor {
  name: string;
  look: Look;
  role: "character" | "subject";
}

/** The subject first (the story is about it), then the family's characters; five at most. */
export function actorsOf(plan: PicturePlan, cast: { name: string; looks: string }[]): Actor[] {
  const looksOf = (name: string) => cast.find((c) => c.name === name)?.looks;
  const out: Actor[] = [];
  const add = (a: { name: string; kind: CreatureKind; color?: string }, role: Actor["role"]) => {
    if (out.length >= 5 || (a.name && out.some((o) => o.name === a.name))) return;
    out.push({ name: a.name, role, look: lookOf({ name: a.name, looks: looksOf(a.name) }, a.kind, a.color) });
  };
  if (plan.subject) add(plan.subject, "subject");
  for (const c of plan.characters) add(c, "character");
  return out;
}

/** Where the water's surface is when everyone swims. */
const WATER = 600;
/** How deep each kind sits in the water when swimming (feet below the surface, at scale 1); people: 100. */
const TALL: Partial<Record<CreatureKind, number>> = {
  whale: 40,
  duck: 24,
  turtle: 30,
  snail: 40,
  hedgehog: 40,
  unicorn: 90,
};

interface Slot {
  x: number;
  y: number;
  dir: 1 | -1;
  /** Multiplies the pose's lift (flyers at different heights). */
  lift: number;
}

/** Half the width of each kind at scale 1, to keep figures apart (and inside the picture). */
const HALF: Partial<Record<CreatureKind, number>> = {
  whale: 175,
  unicorn: 125,
  turtle: 100,
  snail: 110,
  hedgehog: 100,
  duck: 90,
  dragon: 110,
  fox: 90,
  cat: 80,
  mouse: 80,
};
const halfOf = (kind: CreatureKind, action: PictureAction) =>
  action === "sleeping"
    ? kind === "child" || kind === "grown-up" || kind === "robot" || kind === "penguin"
      ? 190
      : Math.max(HALF[kind] ?? 0, 130)
    : (HALF[kind] ?? 60);

/** Positions per action: the first two actors are the pair the action is about. */
function slots(d: Rng, action: PictureAction, n: number, cx: number): Slot[] {
  const dirTo = (x: number, to: number): 1 | -1 => (to >= x ? 1 : -1);
  const out: Slot[] = [];
  // The one the picture is about stands in the middle, the others on either side.
  const order = [0, -1, 1, -2, 2].slice(0, n),
    mean = order.reduce((a, b) => a + b, 0) / n;
  for (let i = 0; i < n; i++) {
    let x: number,
      y: number,
      dir: 1 | -1,
      lift = 1;
    if ((action === "hugging" || action === "talking") && n > 1) {
      if (i < 2) {
        x = cx + (i ? 1 : -1) * (action === "hugging" ? 50 : 150);
        y = 700 + (i ? 6 : 0);
        dir = i ? -1 : 1;
      } else {
        x = cx + (i % 2 ? -1 : 1) * d.range(280, 330);
        y = d.range(630, 660);
        dir = dirTo(x, cx);
      }
    } else if (action === "walking" || action === "flying" || action === "swimming") {
      // A little procession going one way, the leader in front and nearest.
      const way: 1 | -1 = cx < W / 2 ? 1 : -1;
      x = cx + way * (80 - i * 170) + d.range(-20, 20);
      y = action === "flying" ? 700 - i * 12 : 720 - i * 24;
      dir = way;
      lift = action === "flying" ? 1 - i * 0.18 + d.range(-0.1, 0.1) : 1;
    } else if (action === "sleeping") {
      x = cx + ((order[i] as number) - mean) * 260 + d.range(-20, 20);
      y = 700 + (i % 2) * 24 - 12;
      dir = i % 2 ? -1 : 1;
    } else {
      // Spread out at different depths, facing the middle (or the thing they are busy with).
      x = cx + ((order[i] as number) - mean) * 210 + d.range(-20, 20);
      y = i === 0 ? 712 : i % 2 ? d.range(640, 670) : d.range(685, 730);
      dir = i === 0 ? (d.chance(0.5) ? 1 : -1) : dirTo(x, cx);
      if (action === "searching" && i > 0) dir = d.chance(0.5) ? 1 : -1;
      if (action === "playing" && i % 2) lift = 0.2;
    }
    out.push({ x, y, dir, lift });
  }
  return out;
}

/** Pushes figures apart where they would hide each other, then fits the group inside the picture. */
function spaceOut(xs: { x: number; half: number; keep: boolean }[]): void {
  const sorted = xs.slice().sort((a, b) => a.x - b.x);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as (typeof xs)[number],
      b = sorted[i] as (typeof xs)[number],
      min = (a.half + b.half) * (a.keep && b.keep ? 0.45 : 0.85);
    if (b.x - a.x < min) b.x = a.x + min;
  }
  const first = sorted[0],
    last = sorted[sorted.length - 1];
  if (!first || !last) return;
  let lo = first.x - first.half - 10,
    hi = last.x + last.half + 10;
  // Too wide for the picture: squeeze towards the middle (the figures may then overlap a little).
  if (hi - lo > W) {
    const k = W / (hi - lo),
      mid = (lo + hi) / 2;
    for (const p of xs) p.x = W / 2 + (p.x - mid) * k;
    [lo, hi] = [W / 2 + (lo - mid) * k, W / 2 + (hi - mid) * k];
  }
  const shift = lo < 0 ? -lo : hi > W ? W - hi : 0;
  for (const p of xs) p.x += shift;
}

/** Drawn behind the figures, in front, and over everything (marks of the action). */
export interface Composition {
  back: string;
  figures: string;
  over: string;
  /** Whether the scene's front layer (grass, shells) still makes sense (not under water). */
  keepFront: boolean;
  /** The middle of the group: the landmark goes on the other side. */
  cx: number;
}

/** A "Z" for sleepers. */
const zed = (x: number, y: number, s: number) => P`M${x} ${y}h${14 * s}l${-14 * s} ${16 * s}h${14 * s}`;

/** A branch reaching in from a tree trunk to hold something up high (or a shelf indoors). */
function perch(x: number, y: number, dir: 1 | -1, indoors: boolean): string {
  if (indoors)
    return (
      rect(x - 70, y + 26, 140, 12, "#8b5a3c", { rx: 3 }) +
      line(P`M${x - 50} ${y + 38}v16M${x + 50} ${y + 38}v16`, "#6b4a33", 6)
    );
  const tx = x - dir * 150,
    leaf = "#5da84e";
  return (
    path(P`M${tx - 20} 640L${tx - 14} ${y - 60}H${tx + 14}L${tx + 20} 640Z`, "#7a5236") +
    line(P`M${tx} ${y + 40}Q${(tx + x) / 2} ${y + 10} ${x + dir * 30} ${y + 30}`, "#7a5236", 12) +
    circle(tx, y - 110, 90, leaf) +
    circle(tx - dir * 70, y - 40, 60, leaf) +
    circle(x + dir * 30, y + 20, 24, mix(leaf, "#ffffff", 0.1))
  );
}

/** A figure as drawn: its index in the plan, where it stands, where its hand and head are. */
interface DrawnFigure {
  i: number;
  p: Placement;
  f: PlacedFigure;
}

/**
 * Where the key object goes for the action: held, up on a branch (reaching, looking), half hidden in
 * the grass (searching), beside a sleeper, floating, between players, in front of a party.
 */
function placeObject(
  object: NonNullable<PicturePlan["object"]>,
  action: PictureAction,
  main: DrawnFigure,
  second: DrawnFigure | undefined,
  cx: number,
  indoors: boolean,
): { back: string; under: string; over: string } {
  let back = "",
    over = "";
  const k = objectKind(object.kind),
    [hx, hy] = main.f.hand,
    dir = main.p.dir,
    s = main.p.s;
  let x = hx + dir * 20 * s,
    y = hy,
    size = 0.9 * s,
    behind = false,
    string = "";
  if (action === "reaching" || (action === "looking" && !SKY_OBJECTS.has(k))) {
    x = hx + dir * 40 * s;
    // Just out of reach: above the raised hand, or above the head of a creature without hands.
    y = action === "reaching" ? Math.min(hy, main.f.head[1] - 40 * s) - 70 * s : main.f.head[1] - 170;
    if (!SKY_OBJECTS.has(k)) back += perch(x, y, dir, indoors);
  } else if (action === "looking") {
    x = main.p.x + dir * 260;
    y = 220;
  } else if (action === "searching") {
    x = main.p.x + dir * 150 * s;
    y = main.p.y - 14;
    size = 0.85 * s;
    // Half hidden in a tuft of grass or under the edge of a rug: what they are looking for.
    over += path(
      P`M${x - 46} ${y + 34}q8 -24 16 -4q10 -30 20 -2q12 -28 22 2q12 -20 22 4Z`,
      indoors ? "#c8955f" : "#4f9d4a",
    );
  } else if (action === "sleeping") {
    x = main.f.head[0] + dir * 80 * s;
    y = main.p.y - 30 * s;
    size = 0.6 * s;
  } else if (action === "swimming") {
    x = (main.p.x + (second?.p.x ?? main.p.x + 200)) / 2;
    y = WATER - 10;
  } else if (action === "playing" && k === "ball") {
    x = (main.p.x + (second?.p.x ?? main.p.x + dir * 220)) / 2;
    y = Math.min(main.f.head[1], second?.f.head[1] ?? H) - 30;
    size = 1.1 * s;
  } else if (k === "cake" && action !== "flying") {
    // On the ground in front of everyone (beside a hug).
    x = action === "hugging" ? cx + 190 : (main.p.x + (second?.p.x ?? main.p.x + 200)) / 2;
    y = action === "hugging" ? 700 : 710;
    size = 1.1;
    behind = action === "hugging";
  } else if (action === "hugging") {
    x = cx + dir * 170;
    y = 720;
    size = 0.8;
  }
  if (
    ON_A_STRING.has(k) &&
    (action === "standing" ||
      action === "walking" ||
      action === "playing" ||
      action === "celebrating" ||
      action === "talking" ||
      action === "flying")
  ) {
    // On a string from the hand, up in the air.
    const top = Math.max(90, hy - 230 * s);
    string = line(P`M${hx} ${hy}Q${hx - dir * 40} ${(hy + top) / 2} ${hx + dir * 30} ${top + 40 * s}`, INK, 2);
    x = hx + dir * 30;
    y = top;
    size = s;
  }
  const obj = string + drawObject(object, Math.max(70, Math.min(W - 70, x)), Math.max(70, y), size);
  return behind ? { back, under: obj, over } : { back, under: "", over: obj + over };
}

/** The marks an action leaves: z's, confetti, motion lines (under the figures), talk, water. */
function actionMarks(
  d: Rng,
  action: PictureAction,
  drawn: DrawnFigure[],
  pair: [DrawnFigure | undefined, DrawnFigure | undefined],
): { under: string; over: string; water: string } {
  let under = "",
    over = "",
    water = "";
  if (action === "sleeping")
    for (const { f } of drawn) {
      const [x, y] = f.head;
      over += line(zed(x + 40, y - 60, 1) + zed(x + 70, y - 100, 1.4) + zed(x + 110, y - 150, 1.8), "#f5f3ee", 4, {
        class: "zzz",
      });
    }
  if (action === "celebrating") {
    let bits = "";
    for (const c of FLOWERS.slice(0, 4)) {
      let segs = "";
      for (let i = 0; i < 9; i++) segs += P`M${d.range(60, W - 60)} ${d.range(60, 520)}l${d.range(-6, 6)} 9`;
      bits += line(segs, c === "#ffffff" ? "#7fb3f0" : c, 7);
    }
    over += g({ class: "confetti" }, bits);
  }
  // Motion lines trail behind the flyers (drawn under them).
  if (action === "flying")
    for (const { p } of drawn) {
      const x = p.x - p.dir * 90 * p.s,
        y = p.y - p.lift - 110 * p.s;
      under += line(
        P`M${x} ${y}h${-p.dir * 70}M${x + p.dir * 10} ${y + 30}h${-p.dir * 90}M${x} ${y + 60}h${-p.dir * 60}`,
        "#ffffff",
        4,
        { opacity: 0.7 },
      );
    }
  if (action === "talking" && pair[0] && pair[1]) {
    // Little curved lines between the two who talk: words without letters.
    const [a, b] = [pair[0].f.head, pair[1].f.head],
      mx = (a[0] + b[0]) / 2,
      my = Math.min(a[1], b[1]) - 20;
    over += line(
      P`M${mx - 30} ${my}q-10 14 0 28M${mx - 44} ${my - 8}q-14 22 0 44M${mx + 30} ${my}q10 14 0 28M${mx + 44} ${my - 8}q14 22 0 44`,
      "#ffffff",
      4,
      { opacity: 0.8 },
    );
  }
  if (action === "swimming") {
    let waves = "";
    for (let i = 0; i < 10; i++) waves += P`M${d.range(0, W - 60)} ${d.range(WATER + 30, H - 20)}q14 -10 28 0t28 0`;
    water = g(
      { class: "water" },
      path(
        P`M0 ${WATER}q32 -12 64 0t64 0t64 0t64 0t64 0t64 0t64 0t64 0t64 0t64 0t64 0t64 0t64 0t64 0t64 0t64 0V${H}H0Z`,
        "#3d8fc6",
        {
          opacity: 0.85,
        },
      ) + line(waves, "#bfe3f5", 3),
    );
  }
  return { under, over, water };
}

export function compose(
  d: Rng,
  plan: PicturePlan & { action: PictureAction },
  actors: Actor[],
  setting: SettingName,
  art: Attrs,
  bed?: { x: number; y: number; dir: 1 | -1 },
): Composition {
  const action = plan.action,
    pose = POSES[action],
    n = actors.length,
    cx = 512 + d.range(-90, 90),
    crowd = n > 3 ? 0.82 : n > 2 ? 0.92 : 1,
    at = slots(d, action, n, cx),
    indoors = setting === "bedroom";
  const placed = actors.map((a, i) => {
    const slot = at[i] as Slot,
      depth = 0.8 + ((slot.y - 600) / 130) * 0.3,
      s = SCALE[a.look.kind] * depth * crowd;
    let y = slot.y;
    // Swimmers keep their heads above the water.
    if (action === "swimming") y = WATER + (TALL[a.look.kind] ?? 100) * s + (i % 2) * 16;
    // In a hug the smaller one is in front.
    const other = actors[1 - i]?.look.kind ?? a.look.kind;
    if (action === "hugging" && i < 2 && SCALE[a.look.kind] < SCALE[other]) y += 8;
    const p: Placement = { x: slot.x, y, s, dir: slot.dir, lift: pose.lift * slot.lift * s };
    return {
      a,
      p,
      i,
      half: halfOf(a.look.kind, action) * s,
      keep: (action === "hugging" || action === "talking") && i < 2,
    };
  });
  // Asleep in a bedroom, the first person (or robot) sleeps in the bed; the others on the rug.
  const sleeper =
    bed && action === "sleeping"
      ? placed.find((q) => ["child", "grown-up", "robot"].includes(q.a.look.kind))
      : undefined;
  if (sleeper && bed) sleeper.p = { x: bed.x, y: bed.y, s: 0.7, dir: bed.dir, lift: 0 };
  const floor = placed.filter((q) => q !== sleeper),
    xs = floor.map((q) => ({ x: q.p.x, half: q.half, keep: q.keep }));
  spaceOut(xs);
  floor.forEach((q, i) => {
    q.p.x = (xs[i] as { x: number }).x;
  });
  // Nearer figures (lower on the page) are drawn last; flyers over walkers.
  const drawn = placed
    .slice()
    .sort((u, v) => u.p.y - v.p.y)
    .map(({ a, p, i }) => {
      const f = placeFigure(a.look, pose, action, p, a.role, art);
      // A whale out of the sea has a pond of its own.
      const pond =
        a.look.kind === "whale" && action !== "swimming" && action !== "flying"
          ? el("ellipse", { cx: p.x, cy: p.y - 8, rx: 190 * p.s, ry: 30 * p.s, fill: "#5fa8d3" })
          : "";
      return { i, p, f, svg: pond + f.svg };
    });
  const figures = drawn.map((x) => x.svg).join("");
  const byIndex = drawn.slice().sort((u, v) => u.i - v.i),
    main = byIndex[0];

  const none = { back: "", under: "", over: "" },
    held = plan.object && main ? placeObject(plan.object, action, main, byIndex[1], cx, indoors) : none,
    marks = actionMarks(d, action, drawn, [byIndex[0], byIndex[1]]);
  return {
    back: held.back,
    figures: marks.under + held.under + figures,
    over: marks.water + held.over + marks.over,
    keepFront: action !== "swimming",
    cx,
  };
}
