/**
 * What is behind and in front of the figures: the sky for the light of the scene, the place, and a
 * landmark. Each place paints a back layer (behind the figures) and a front layer (over their feet).
 */
import type { Rng } from "../../../lib/random";
import type { PlaceKind } from "../../../story/types";
import { circle, dot, el, ellipse, FLOWERS, flat, H, INK, LIGHT, line, mix, P, path, rect, W } from "./shapes";

/** The light of a picture: the setting's time of day, or a plan's time (day → afternoon). */
export type Light = "morning" | "afternoon" | "evening" | "dusk" | "night";
export const LIGHTS: readonly Light[] = ["morning", "afternoon", "evening", "dusk", "night"];

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Ctx {
  d: Rng;
  t: Light;
  lit: boolean;
  win: Box;
}
export interface Layers {
  back: string;
  front: string;
  /** The bedroom's bed: where a sleeper's feet go, and which way it lies (head on the pillow). */
  bed?: { x: number; y: number; dir: 1 | -1 };
}

// ---------- props ----------

function hills(d: Rng, y: number, amp: number, n: number, fill: string): string {
  const step = W / n;
  let s = P`M0 ${H}V${y + d.range(-amp, amp) / 3}`;
  for (let i = 0; i < n; i++)
    s += P`Q${step * i + step / 2} ${y - d.range(amp / 2, amp)} ${step * (i + 1)} ${y + d.range(-amp, amp) / 3}`;
  return path(`${s}V768Z`, fill);
}
function pine(x: number, y: number, h: number, c: string, snowy = false): string {
  let s = rect(x - h * 0.05, y - h * 0.2, h * 0.1, h * 0.2, "#6b4a33");
  for (let i = 0; i < 3; i++) {
    const top = y - h + i * h * 0.22,
      bw = h * (0.2 + i * 0.1);
    s += path(P`M${x} ${top}L${x + bw} ${top + h * 0.42}H${x - bw}Z`, c);
    if (snowy) s += path(P`M${x} ${top}l${bw * 0.4} ${h * 0.17}q${-bw * 0.4} ${h * 0.05} ${-bw * 0.8} 0Z`, "#f4f8fc");
  }
  return s;
}
function roundTree(x: number, y: number, h: number, leaf: string): string {
  return (
    rect(x - h * 0.06, y - h * 0.5, h * 0.12, h * 0.5, "#7a5236") +
    circle(x - h * 0.2, y - h * 0.55, h * 0.2, leaf) +
    circle(x + h * 0.2, y - h * 0.56, h * 0.21, leaf) +
    circle(x, y - h * 0.72, h * 0.28, leaf) +
    circle(x + h * 0.07, y - h * 0.8, h * 0.11, mix(leaf, "#ffffff", 0.2), flat)
  );
}
/** Either kind of tree, for the edges of a picture. */
const tree = (d: Rng, x: number, y: number, h: number) =>
  d.chance(0.5) ? pine(x, y, h, "#3f7f55") : roundTree(x, y, h, "#5da84e");
const flower = (x: number, y: number, c: string) =>
  line(P`M${x} ${y}v-24`, "#4e8f3a", 3) + circle(x, y - 28, 8, c) + circle(x, y - 28, 3.5, "#ffe066", flat);
function house(x: number, y: number, w: number, h: number, wall: string, roof: string, lit: boolean): string {
  const glass = lit ? LIGHT : "#bfe3f5";
  return (
    rect(x + w * 0.65, y - h - w * 0.35, w * 0.12, w * 0.3, "#8a5a44") +
    rect(x, y - h, w, h, wall) +
    path(P`M${x - 10} ${y - h}L${x + w / 2} ${y - h - w * 0.45}L${x + w + 10} ${y - h}Z`, roof) +
    rect(x + w * 0.4, y - h * 0.45, w * 0.22, h * 0.45, "#7a4b32", { rx: 4 }) +
    rect(x + w * 0.1, y - h * 0.8, w * 0.22, w * 0.2, glass) +
    rect(x + w * 0.68, y - h * 0.8, w * 0.22, w * 0.2, glass)
  );
}
/** Grass tufts along the bottom, and fireflies once the light goes. */
function grass(d: Rng, lit: boolean): string {
  let tufts = "",
    flies = "";
  for (let i = 0; i < 7; i++) {
    const x = d.range(10, W - 10),
      y = d.range(700, 765);
    tufts += P`M${x - 8} ${y}q2 -14 -6 -22M${x} ${y}q1 -16 3 -26M${x + 8} ${y}q-1 -12 7 -20`;
  }
  for (let i = lit ? 9 : 0; i > 0; i--) flies += P`M${d.range(30, W - 30)} ${d.range(430, 740)}h.1`;
  return line(tufts, "#4f9a3f", 3) + (flies && line(flies, LIGHT, 14, { opacity: 0.3 }) + line(flies, LIGHT, 5));
}
function cloud(x: number, y: number, s: number, c: string): string {
  const o = { opacity: 0.9 };
  return el(
    "g",
    { class: "cloud" },
    ellipse(x, y, 70 * s, 24 * s, c, o) +
      circle(x - 25 * s, y - 14 * s, 26 * s, c, o) +
      circle(x + 18 * s, y - 22 * s, 32 * s, c, o),
  );
}

// ---------- sky ----------

export const SKIES: Record<Light, string[]> = {
  morning: ["#8ecdf0", "#cfe9f7", "#fde3c4"],
  afternoon: ["#4fa3e0", "#8cc8f0", "#d4ecfa"],
  evening: ["#3b3f8c", "#c0628a", "#f6a65a"],
  dusk: ["#1c2260", "#4b3f86", "#b8708a"],
  night: ["#0b1230", "#1b2452", "#3a3f7a"],
};

/** Stars, moon or sun, and clouds, placed inside `box` (the whole sky, or a bedroom window). */
export function paintSky(d: Rng, t: Light, box: Box, manyStars: boolean): string {
  let s = "",
    dots = "";
  const night = t === "night",
    dusk = t === "dusk",
    x = d.range(box.x + 60, box.x + box.w - 60);
  for (
    let i = night || manyStars ? d.int(26, 40) : dusk ? d.int(10, 16) : t === "evening" ? d.int(4, 8) : 0;
    i > 0;
    i--
  )
    dots += P`M${d.range(box.x, box.x + box.w)} ${d.range(box.y, box.y + box.h * (night ? 1.2 : 0.5))}h.1`;
  if (dots) s += line(dots, "#fff8dc", d.range(2.5, 4), { class: "stars" });
  for (let i = night ? d.int(3, 6) : 0; i > 0; i--) {
    const x = d.range(box.x, box.x + box.w),
      y = d.range(box.y, box.y + box.h),
      r = d.range(6, 12);
    s += path(
      P`M${x} ${y - r}q${r * 0.2} ${r * 0.8} ${r} ${r}q${-r * 0.8} ${r * 0.2} ${-r} ${r}q${-r * 0.2} ${-r * 0.8} ${-r} ${-r}q${r * 0.8} ${-r * 0.2} ${r} ${-r}Z`,
      "#fff3b0",
      { class: "star" },
    );
  }
  if (night || dusk) {
    // At dusk a pale moon has just risen low over the hills.
    const y = dusk ? d.range(box.y + box.h * 0.45, box.y + box.h * 0.6) : d.range(box.y + 50, box.y + box.h * 0.5),
      r = d.range(36, 50);
    // A crescent is a bite filled with the sky gradient itself (userSpaceOnUse), so it matches.
    const face = d.chance(0.5)
      ? circle(x + r * 0.45, y - r * 0.25, r * 0.85, "url(#sky)")
      : path(dot(x - r * 0.3, y - r * 0.2, r * 0.18) + dot(x + r * 0.3, y + r * 0.3, r * 0.12), "#eedc9e");
    s += el(
      "g",
      { class: "moon" },
      circle(x, y, r * 1.8, "#fff8dc", { opacity: 0.1 }) + circle(x, y, r, "#fdf0c2") + face,
    );
  } else {
    const eve = t === "evening",
      y = box.y + box.h * (eve ? 0.85 : t === "morning" ? 0.5 : 0.2),
      r = eve ? 64 : d.range(40, 52);
    let rays = "";
    for (let a = t === "afternoon" ? 12 : 0; a > 0; a--)
      rays += P`M${x + Math.cos(a * 0.52) * r * 1.3} ${y + Math.sin(a * 0.52) * r * 1.3}l${Math.cos(a * 0.52) * 18} ${Math.sin(a * 0.52) * 18}`;
    s += el(
      "g",
      { class: "sun" },
      circle(x, y, r * 1.6, eve ? "#ffcf8a" : "#fff3c4", { opacity: 0.5 }) +
        circle(x, y, r, eve ? "#ff9f43" : "#ffd23f") +
        (rays && line(rays, "#ffd23f", 5)),
    );
  }
  const grey = { morning: "#ffffff", afternoon: "#ffffff", evening: "#f7c6c7", dusk: "#6a5a9a", night: "#4a5290" }[t];
  for (let i = night ? d.int(0, 2) : d.int(2, 4); i > 0; i--)
    s += cloud(d.range(box.x, box.x + box.w), d.range(box.y + 20, box.y + box.h * 0.5), d.range(0.6, 1.2), grey);
  return s;
}

// ---------- settings: each paints what is behind the characters and what is in front ----------

function forest({ d, lit }: Ctx): Layers {
  let back = hills(d, 440, 50, 4, "#5a9a63"),
    front = "";
  for (let i = 0; i < 12; i++) back += pine(d.range(-20, W + 20), d.range(480, 520), d.range(100, 160), "#3f7f55");
  back += hills(d, 580, 30, 3, "#7cbf5e");
  for (const x of [d.range(10, 150), d.range(170, 300), d.range(720, 850), d.range(870, 1010)])
    back += tree(d, x, d.range(600, 630), d.range(220, 300));
  for (let i = d.int(2, 4); i > 0; i--) {
    const x = d.range(30, W - 30),
      y = d.range(735, 760);
    front +=
      rect(x - 6, y - 18, 12, 18, "#f5ead6", { rx: 4 }) +
      path(P`M${x - 22} ${y - 16}Q${x} ${y - 50} ${x + 22} ${y - 16}Z`, "#e0503f") +
      path(dot(x - 8, y - 26, 3) + dot(x + 7, y - 31, 2.5), "#ffffff", flat);
  }
  return { back, front: front + grass(d, lit) };
}

function sea({ d, t }: Ctx): Layers {
  const hz = d.range(400, 440),
    x = d.range(100, W - 200);
  let back = rect(0, hz, W, H - hz, "#3d8fc6") + rect(0, hz, W, 36, "#6ab0dc", { opacity: 0.7 }),
    front = "";
  back += d.chance(0.5)
    ? path(P`M${x - 130} ${hz + 8}Q${x} ${hz - 70} ${x + 130} ${hz + 8}Z`, "#7fbf6a") +
      line(P`M${x} ${hz - 30}q6 -50 -10 -90`, "#8b6a44", 8) +
      line(P`M${x - 10} ${hz - 120}q-40 -10 -56 20m56 -20q30 -20 58 6m-58 -6q10 -30 40 -36`, "#4f9d4a", 9)
    : path(P`M${x - 60} ${hz + 20}h120l-22 26h-76Z`, "#b5533c") +
      line(P`M${x} ${hz + 20}v-120`, INK, 4) +
      path(P`M${x + 4} ${hz - 96}l56 100h-56Z`, "#ffffff") +
      path(P`M${x - 4} ${hz - 80}l-40 80h40Z`, "#f4c430");
  for (let i = 0; i < 12; i++)
    back += line(P`M${d.range(0, W - 40)} ${d.range(hz + 20, 600)}q12 -10 24 0t24 0`, "#d6effa", 3, { class: "wave" });
  for (let i = t === "night" || t === "dusk" ? 0 : d.int(1, 3); i > 0; i--)
    back += line(P`M${d.range(50, W - 50)} ${d.range(120, 300)}q10 -10 20 0q10 -10 20 0`, INK, 3);
  const edge = P`M0 ${d.range(600, 625)}Q${W * 0.3} ${d.range(570, 600)} ${W * 0.55} 610T${W} ${d.range(595, 620)}`;
  back += path(`${edge}V768H0Z`, "#f0d9a0") + line(edge, "#ffffff", 6, { opacity: 0.8 });
  for (let i = d.int(3, 5); i > 0; i--)
    front += path(
      P`M${d.range(30, W - 30)} ${d.range(705, 740)}l5 11 12 1-9 8 3 12-11-6-11 6 3-12-9-8 12-1Z`,
      "#f28a5b",
    );
  return { back, front };
}

function battlements(x: number, y: number, w: number, h: number): string {
  let s = P`M${x} ${y + h}V${y}`;
  for (let i = 0; i < 5; i++) s += P`h${w / 10}v14h${w / 10}v-14`;
  return s + P`V${y + h}Z`;
}
function castle({ d, lit }: Ctx): Layers {
  const cx = d.range(300, 724),
    by = 490,
    wall = d.pick(["#d9cbb8", "#c9c1d6", "#e3d1b0"]),
    roof = d.pick(["#7a5ca8", "#c2504a", "#3f6fb5"]),
    glass = lit ? LIGHT : "#4a3f55";
  const tower = (x: number, w: number, h: number) =>
    path(battlements(x - w / 2, by - h, w, h), wall) +
    path(P`M${x - w / 2 - 6} ${by - h}L${x} ${by - h - w * 1.3}L${x + w / 2 + 6} ${by - h}Z`, roof) +
    line(P`M${x} ${by - h - w * 1.3}v-30`, INK, 3) +
    path(P`M${x} ${by - h - w * 1.3 - 30}l30 8-30 8Z`, d.pick(FLOWERS)) +
    rect(x - 7, by - h * 0.75, 14, 24, glass, { rx: 7 });
  let c = d.chance(0.6) ? tower(cx, 70, d.range(240, 280)) : "";
  c +=
    tower(cx - 125, 64, d.range(180, 220)) +
    tower(cx + 125, 64, d.range(180, 220)) +
    path(battlements(cx - 100, by - 150, 200, 150), wall);
  c +=
    path(P`M${cx - 26} ${by}v-50a26 26 0 0 1 52 0v50Z`, "#6b4a33") +
    rect(cx - 60, by - 110, 16, 26, glass, { rx: 8 }) +
    rect(cx + 44, by - 110, 16, 26, glass, { rx: 8 });
  let bushes = "",
    back = hills(d, 470, 70, 3, "#9fcb84") + el("g", { class: "castle" }, c) + hills(d, 590, 30, 2, "#7cbf5e");
  for (let i = d.int(2, 4); i > 0; i--) bushes += dot(d.range(20, W - 20), d.range(740, 770), d.range(24, 36));
  for (let i = d.int(4, 7); i > 0; i--) back += flower(d.range(20, W - 20), d.range(620, 690), d.pick(FLOWERS));
  return { back, front: path(bushes, "#4f9d4a") + grass(d, false) };
}

function meadow({ d, t, lit }: Ctx): Layers {
  let back = hills(d, 450, 60, 3, "#a8d47f") + hills(d, 540, 50, 4, "#7cc35e");
  if (d.chance(0.7))
    back += roundTree(
      d.chance(0.5) ? d.range(40, 200) : d.range(820, 980),
      d.range(540, 570),
      d.range(200, 250),
      "#5da84e",
    );
  for (let i = d.int(10, 14); i > 0; i--) back += flower(d.range(20, W - 20), d.range(600, 700), d.pick(FLOWERS));
  for (let i = t === "night" || t === "dusk" ? 0 : d.int(1, 3); i > 0; i--) {
    const x = d.range(80, W - 80),
      y = d.range(300, 520);
    back +=
      path(P`M${x} ${y}c-20 -24 -30 4 0 2c-24 6 -10 24 0 0c10 24 24 6 0 0c30 2 20 -26 0 -2Z`, d.pick(FLOWERS), {
        class: "butterfly",
      }) + line(P`M${x} ${y - 6}v12`, INK, 3);
  }
  return { back, front: grass(d, lit) };
}

function town({ d, lit }: Ctx): Layers {
  let roofs = "M0 480",
    cobbles = "",
    back = "";
  for (let x = 0; x < W; x += 60) roofs += P`V${d.range(330, 420)}h60`;
  for (let x = d.range(-60, -10); x < W; x += d.range(175, 200))
    back += house(
      x,
      560,
      d.range(140, 165),
      d.range(120, 170),
      d.pick(["#f2d6a2", "#e8a598", "#b9d4e8", "#f5efe4", "#cfe3b5"]),
      d.pick(["#b5533c", "#6b5a8c", "#4f6d7a"]),
      lit,
    );
  for (let i = 0; i < 30; i++) cobbles += P`M${d.range(0, W)} ${d.range(580, 760)}h16`;
  back = path(`${roofs}V480Z`, "#b8b3cc") + back + rect(0, 560, W, H - 560, "#cdbfa9") + line(cobbles, "#b3a38c", 5);
  for (const x of [d.range(40, 200), d.range(820, 980)])
    back +=
      line(P`M${x} 640V470`, INK, 7) +
      (lit ? circle(x, 462, 34, LIGHT, { opacity: 0.4 }) : "") +
      circle(x, 462, 14, lit ? LIGHT : "#f3efe0");
  return { back, front: "" };
}

function space({ d }: Ctx): Layers {
  let back = "";
  for (let i = d.int(2, 3); i > 0; i--) {
    const x = d.range(80, W - 80),
      y = d.range(80, 400),
      r = d.range(24, 70),
      c = d.pick(["#f29e6b", "#8ec5e8", "#c39be0", "#f4c430"]);
    back +=
      circle(x, y, r, c, { class: "planet" }) +
      path(dot(x - r * 0.3, y - r * 0.2, r * 0.2), mix(c, "#ffffff", 0.3), flat);
    if (d.chance(0.5))
      back += ellipse(x, y, r * 1.7, r * 0.35, "none", {
        stroke: mix(c, "#ffffff", 0.4),
        "stroke-width": 5,
        transform: P`rotate(-15 ${x} ${y})`,
      });
  }
  const x = d.range(150, W - 150),
    y = d.range(180, 380);
  back += el(
    "g",
    { class: "rocket", transform: P`rotate(${d.range(-30, 30)} ${x} ${y})` },
    path(P`M${x - 14} ${y + 50}q14 40 28 0Z`, LIGHT) +
      path(P`M${x - 20} ${y + 40}l-18 20v-40ZM${x + 20} ${y + 40}l18 20v-40Z`, "#d9534f") +
      path(P`M${x - 22} ${y + 50}v-60q22 -60 44 0v60Z`, "#eef0f5") +
      circle(x, y - 6, 10, "#8ec5e8", { stroke: "#9aa3b5", "stroke-width": 4 }),
  );
  for (let i = d.int(6, 9); i > 0; i--)
    back += circle(d.range(40, W - 40), d.range(60, 520), d.range(4, 10), "#b8b2c8", { class: "asteroid" });
  back += circle(W / 2, 1800, 1200, "#9b93c9");
  for (let i = d.int(6, 9); i > 0; i--)
    back += ellipse(d.range(40, W - 40), d.range(620, 750), d.range(20, 45), d.range(6, 12), "#7f77ad");
  return { back, front: "" };
}

function garden({ d, lit }: Ctx): Layers {
  let back = hills(d, 470, 30, 5, "#4f8f4a") + hills(d, 560, 15, 3, "#86c96a"),
    fence = "";
  for (let x = 0; x < W; x += 34) fence += P`M${x} 585v-70l12 -14 12 14v70Z`;
  back += path(`${fence}M0 520h1024v10H0ZM0 560h1024v10H0Z`, "#f5efe4", { class: "fence" });
  for (let i = d.int(1, 2); i > 0; i--) {
    const x = d.chance(0.5) ? d.range(40, 220) : d.range(800, 980),
      h = d.range(150, 200);
    back +=
      line(P`M${x} 600v${-h}`, "#4e8f3a", 5) +
      circle(x, 600 - h, 20, "none", { stroke: "#f4c430", "stroke-width": 16, "stroke-dasharray": "7 4" }) +
      circle(x, 600 - h, 13, "#8b5a3c");
  }
  const bx = d.range(120, W - 360);
  back += ellipse(bx + 120, 640, 140, 26, "#8b5a3c");
  for (let x = bx + 10; x < bx + 240; x += 36)
    back += d.chance(0.5)
      ? flower(x, 640, d.pick(FLOWERS))
      : path(P`M${x - 6} 640l6 -22 6 22Z`, "#f08a32") + line(P`M${x} 618l-6 -12M${x} 618l6 -12`, "#4e8f3a", 3);
  return { back, front: grass(d, lit) };
}

function mountain({ d, lit }: Ctx): Layers {
  let back = "";
  for (const [c, lo, hi] of [
    ["#9aaed0", 140, 220],
    ["#7d93bd", 200, 300],
  ] as const) {
    for (let x = d.range(-200, -80); x < W; x += d.range(260, 380)) {
      const px = x + d.range(160, 260),
        py = d.range(lo, hi),
        sx = (px - x) / 4,
        sy = (560 - py) / 4,
        ex = (x + 520 - px) / 4;
      back +=
        path(P`M${x} 560L${px} ${py}L${x + 520} 560Z`, c) +
        path(
          P`M${px} ${py}L${px - sx} ${py + sy}l${sx / 2} -12l${sx / 2} 16l${ex / 2} -14L${px + ex} ${py + sy}Z`,
          "#f7f9fc",
          { class: "peak" },
        );
    }
  }
  back += hills(d, 540, 40, 3, "#8cc46c");
  for (let i = 0; i < 6; i++) back += pine(d.range(0, W), d.range(570, 600), d.range(60, 110), "#3f7f55");
  return { back: back + hills(d, 630, 20, 2, "#74b85a"), front: grass(d, lit) };
}

function snow({ d }: Ctx): Layers {
  let back = hills(d, 470, 50, 3, "#dfe9f4"),
    flakes = "";
  for (let i = 0; i < 7; i++) back += pine(d.range(0, W), d.range(500, 560), d.range(120, 200), "#3f7a5e", true);
  const x = d.chance(0.5) ? d.range(50, 120) : d.range(900, 970),
    y = d.range(600, 630);
  back +=
    hills(d, 590, 30, 3, "#f4f8fc") +
    el(
      "g",
      { class: "snowman" },
      circle(x, y - 40, 44, "#ffffff") +
        circle(x, y - 112, 32, "#ffffff") +
        circle(x, y - 166, 24, "#ffffff") +
        path(P`M${x} ${y - 164}l26 5-26 5Z`, "#f08a32") +
        path(dot(x - 9, y - 172, 3) + dot(x + 9, y - 172, 3), INK, flat) +
        rect(x - 20, y - 212, 40, 30, INK) +
        rect(x - 28, y - 186, 56, 6, INK) +
        line(P`M${x - 26} ${y - 140}q26 14 52 0`, "#d9534f", 10),
    );
  for (let i = 0; i < 30; i++) flakes += P`M${d.range(0, W)} ${d.range(0, H)}h.1`;
  return { back, front: line(flakes, "#ffffff", 7, { class: "snowflakes", opacity: 0.9 }) };
}

function river({ d, lit }: Ctx): Layers {
  const top = P`M0 ${d.range(500, 530)}Q${W / 3} ${d.range(480, 540)} ${W / 2} 515T${W} ${d.range(500, 530)}`;
  let back =
    hills(d, 450, 60, 3, "#a8d47f") +
    path(
      top + P`V${d.range(610, 640)}Q${W * 0.7} ${d.range(600, 650)} ${W / 2} 625T0 ${d.range(610, 640)}Z`,
      "#5fa8d3",
      { class: "river" },
    );
  for (let i = 0; i < 7; i++)
    back += line(P`M${d.range(20, W - 60)} ${d.range(530, 610)}h${d.range(20, 50)}`, "#bfe3f5", 3);
  for (let i = d.int(2, 4); i > 0; i--)
    back += path(P`M${d.range(60, W - 60)} ${d.range(535, 600)}l20 -4a22 10 0 1 1 0 8Z`, "#4f9d4a");
  if (d.chance(0.6)) {
    const x = d.range(150, W - 300);
    back +=
      path(P`M${x} 600Q${x + 90} 460 ${x + 180} 600h-24Q${x + 90} 500 ${x + 24} 600Z`, "#b7a58f") +
      line(P`M${x + 10} 560Q${x + 90} 470 ${x + 170} 560`, "#8b6a44", 5);
  }
  back += path(P`M0 640Q${W / 2} 610 ${W} 640V768H0Z`, "#7cbf5e");
  for (let i = 0; i < 8; i++) {
    const x = d.range(0, W),
      y = d.range(620, 650);
    back += line(P`M${x} ${y}v-60`, "#4e8f3a", 3) + ellipse(x, y - 60, 5, 14, "#8b5a3c");
  }
  return { back, front: grass(d, lit) };
}

function bedroom({ d, lit, win }: Ctx): Layers {
  // The wall has a hole for the window, so the sky painted behind it shows through.
  const wall = `M0 0H${W}V560H0Z${P`M${win.x} ${win.y}h${win.w}v${win.h}h${-win.w}Z`}`,
    curtain = d.pick(FLOWERS);
  let back =
    path(wall, d.pick(["#f3e2c7", "#d9e6f2", "#e8d9ef", "#f6d8cf"]), { "fill-rule": "evenodd" }) +
    path(wall, "url(#dots)", { "fill-rule": "evenodd" });
  back +=
    rect(win.x, win.y, win.w, win.h, "none", { stroke: "#f5efe4", "stroke-width": 14 }) +
    line(P`M${win.x + win.w / 2} ${win.y}v${win.h}M${win.x} ${win.y + win.h / 2}h${win.w}`, "#f5efe4", 8);
  back += path(
    P`M${win.x - 30} ${win.y - 16}h50q-10 ${win.h / 2} 10 ${win.h + 30}h-60ZM${win.x + win.w + 30} ${win.y - 16}h-50q10 ${win.h / 2} -10 ${win.h + 30}h60Z`,
    curtain,
  );
  back += rect(0, 560, W, 208, "#c8955f") + line("M0 610H1024M0 670H1024M0 735H1024", "#b5824f", 3);
  const left = d.chance(0.5),
    bx = left ? d.range(-40, 40) : d.range(700, 780),
    tx = left ? bx + 330 : bx - 110;
  back += el(
    "g",
    { class: "bed" },
    rect(bx + (left ? 0 : 270), 440, 24, 180, "#8b5a3c", { rx: 8 }) +
      rect(bx, 540, 300, 70, "#8b5a3c", { rx: 10 }) +
      rect(bx + 8, 520, 284, 34, "#ffffff", { rx: 14 }) +
      rect(bx + (left ? 24 : 196), 504, 80, 30, "#f5efe4", { rx: 14 }) +
      path(
        P`M${bx + (left ? 110 : 10)} 518h180v60q-90 18 -180 0Z`,
        d.pick(["#7fb3f0", "#f28cb1", "#f4c430", "#8e5cc4"]),
      ),
  );
  back +=
    rect(tx, 510, 80, 80, "#a0683f", { rx: 6 }) +
    line(P`M${tx + 40} 510v-50`, INK, 4) +
    (lit ? circle(tx + 40, 452, 60, LIGHT, { opacity: 0.3 }) : "") +
    path(P`M${tx + 18} 470l8 -36h28l8 36Z`, lit ? LIGHT : "#f2d6a2");
  const px = win.x > 450 ? d.range(60, 260) : d.range(640, 860);
  back +=
    rect(px, 170, 110, 84, "#f5efe4", { stroke: "#8b5a3c", "stroke-width": 8 }) +
    path(P`M${px + 8} 246l34 -44 24 26 16 -14 20 32Z`, "#7cbf5e") +
    circle(px + 80, 196, 9, "#f4c430");
  back += line(P`M0 40Q${W / 2} 110 ${W} 40`, INK, 2);
  for (let x = 60; x < W; x += 120)
    back += path(P`M${x - 14} ${38 + 140 * (x / W) * (1 - x / W)}h28l-14 26Z`, d.pick(FLOWERS));
  back +=
    ellipse(512, 700, 320, 52, d.pick(["#d96f6f", "#6f9ed9", "#8fc07a"])) +
    ellipse(512, 700, 260, 36, "none", {
      stroke: "#ffffff",
      "stroke-width": 5,
      "stroke-dasharray": "14 10",
      opacity: 0.6,
    });
  const ball = d.range(100, 920);
  return {
    back,
    front: circle(ball, 742, 22, "#d9534f") + path(P`M${ball - 22} 742a22 8 0 0 0 44 0a22 22 0 0 1 -44 0Z`, "#f4c430"),
    bed: { x: bx + 150, y: 556, dir: left ? 1 : -1 },
  };
}

function countryside({ d, lit }: Ctx): Layers {
  let back = hills(d, 440, 70, 3, "#b3d98a"),
    fence = "";
  if (d.chance(0.7)) back += house(d.range(80, W - 200), 470, 80, 60, "#f5efe4", "#b5533c", lit);
  const x = d.range(380, 640);
  back +=
    hills(d, 540, 50, 3, "#8cc96a") +
    path(
      P`M${x + 6} 520C${x + 30} 600 ${x + 180} 640 ${x + 150} ${H}H${x - 120}C${x - 80} 640 ${x - 20} 600 ${x - 6} 520Z`,
      "#e8d7a8",
    );
  back +=
    tree(d, d.range(20, 250), d.range(580, 620), d.range(200, 260)) +
    tree(d, d.range(780, 1000), d.range(580, 620), d.range(200, 260));
  for (let fx = d.range(600, 700); fx < W; fx += 40) fence += P`M${fx} 640v-50`;
  back += line(fence + P`M600 600H${W}M600 625H${W}`, "#8b6a44", 6);
  for (let i = d.int(4, 8); i > 0; i--) back += flower(d.range(20, W - 20), d.range(640, 720), d.pick(FLOWERS));
  return { back, front: grass(d, lit) };
}

export const SETTINGS = {
  bedroom,
  castle,
  space,
  snow,
  sea,
  river,
  garden,
  mountain,
  forest,
  town,
  meadow,
  countryside,
};
export type SettingName = keyof typeof SETTINGS;

/**
 * Keywords per setting, most specific first (a tie goes to the earlier). Strong words score 2, weak
 * hints 1, and a setting needs 2: "under the moon" stays on Earth, "to the moon and the stars" does not.
 */
const SETTING_WORDS: [SettingName, string, string?][] = [
  [
    "bedroom",
    "bedroom|bed|bunk|blanket|pillow|nursery|room|indoors|kitchen|fireplace|sofa|attic",
    "house|home|cosy|cozy",
  ],
  ["castle", "castles?|palace|towers?|king|queen|princess|prince|knight|throne"],
  ["space", "space|planets?|rocket|galaxy|astronaut|comet|spaceship|orbit", "moon|stars?"],
  ["snow", "snow|snowy|winter|ice|icy|frozen|snowman|sled|sledge|snowflakes|frost"],
  ["sea", "sea|ocean|beach|shore|waves|seaside|sand|boat|island|harbou?r|shells|lighthouse"],
  ["river", "river|lake|pond|stream|bridge|brook|creek|riverbank|ducks"],
  ["garden", "gardens?|flowerbed|vegetables|greenhouse|hedge|carrots|roses|sunflowers"],
  ["mountain", "mountains?|peaks?|cliffs?|valley|summit"],
  ["forest", "forest|woods?|woodland|trees?|pines?|jungle|clearing"],
  ["town", "town|village|streets?|city|market|square|shops?|bakery|houses|rooftops"],
  ["meadow", "meadows?|fields?|grass|flowers|hills?|farm|picnic"],
];

export function settingOf(brief: string): SettingName {
  const count = (words?: string) => (words ? (brief.match(new RegExp(`\\b(?:${words})\\b`, "g")) ?? []).length : 0);
  let best: SettingName = "countryside",
    score = 0;
  for (const [name, strong, weak] of SETTING_WORDS) {
    const s = count(strong) * 2 + count(weak);
    if (s > score && s >= 2) [best, score] = [name, s];
  }
  return best;
}

/** The old stories' light: the setting's time of day, else words in the brief. */
export function timeOf(req: { timeOfDay?: string; style: string }, brief: string): Light {
  const given = ["morning", "afternoon", "evening", "night"].find((k) => k === req.timeOfDay?.trim().toLowerCase());
  if (given) return given as Light;
  if (/\b(sunset|dusk|evening|twilight|supper)\b/.test(brief)) return "evening";
  if (/\b(dawn|sunrise|morning|breakfast)\b/.test(brief)) return "morning";
  if (/\b(night|midnight|moon\w*|stars?|starry|starlight|asleep|dark|bedtime)\b/.test(brief)) return "night";
  return req.style === "night-sky" ? "night" : "afternoon";
}

/** Things the brief asks for by name, painted over any setting. */
export function extras(d: Rng, brief: string, t: Light): string {
  let s = "";
  const x = d.range(250, 770),
    y = d.range(90, 220);
  if (t !== "night" && /\brainbows?\b/.test(brief))
    for (const [i, c] of ["#e05a5a", "#f29e3d", "#f4c430", "#5bb36b", "#4a7fd4", "#8e5cc4"].entries()) {
      s += line(P`M${x - 300 + i * 14} 520A${300 - i * 14} ${300 - i * 14} 0 0 1 ${x + 300 - i * 14} 520`, c, 14, {
        opacity: 0.8,
      });
    }
  if (/\bkites?\b/.test(brief))
    s +=
      path(P`M${W - x} ${y - 40}l30 40-30 50-30 -50Z`, d.pick(FLOWERS), { class: "kite" }) +
      line(P`M${W - x} ${y + 50}q-30 60 10 120t-20 120`, INK, 2);
  if (/\bballoons?\b/.test(brief))
    for (let i = 0; i < 3; i++)
      s +=
        line(P`M${x + i * 50} ${y + 40 + i * 20}q-10 60 6 120`, INK, 2) +
        ellipse(x + i * 50, y + i * 20, 30, 38, d.pick(FLOWERS));
  return s;
}

/** A plan's place kind → the scenery that paints it ("place" is the plain countryside). */
export const PLACE_SETTING: Record<PlaceKind, SettingName> = {
  forest: "forest",
  sea: "sea",
  castle: "castle",
  meadow: "meadow",
  town: "town",
  space: "space",
  garden: "garden",
  mountain: "mountain",
  snow: "snow",
  river: "river",
  bedroom: "bedroom",
  place: "countryside",
};

// ---------- landmarks: drawn standing on the horizon at (x, y), about 300 high ----------

function lighthouse(x: number, y: number, lit: boolean): string {
  let stripes = "";
  for (let i = 0; i < 3; i++) {
    const top = y - 60 - i * 80;
    stripes += P`M${x - 40 + i * 7 + 4} ${top - 40}L${x + 40 - i * 7 - 4} ${top - 40}L${x + 40 - i * 7 - 7} ${top}L${x - 40 + i * 7 + 7} ${top}Z`;
  }
  return (
    path(
      P`M${x - 90} ${y + 10}Q${x - 70} ${y - 40} ${x} ${y - 36}Q${x + 80} ${y - 40} ${x + 100} ${y + 10}Z`,
      "#8a8f9c",
    ) +
    (lit
      ? path(
          P`M${x} ${y - 300}L${x + 420} ${y - 360}L${x + 420} ${y - 250}ZM${x} ${y - 300}L${x - 420} ${y - 360}L${x - 420} ${y - 250}Z`,
          LIGHT,
          { opacity: 0.35 },
        )
      : "") +
    path(P`M${x - 44} ${y - 30}L${x - 26} ${y - 280}H${x + 26}L${x + 44} ${y - 30}Z`, "#f5f3ee") +
    path(stripes, "#d9534f") +
    rect(x - 36, y - 290, 72, 12, INK) +
    rect(x - 22, y - 324, 44, 34, lit ? LIGHT : "#bfe3f5") +
    path(P`M${x - 30} ${y - 324}L${x} ${y - 350}L${x + 30} ${y - 324}Z`, "#d9534f") +
    rect(x - 8, y - 74, 16, 40, "#6b4a33", { rx: 6 })
  );
}
function tower(x: number, y: number, lit: boolean): string {
  let top = P`M${x - 50} ${y - 230}`;
  for (let i = 0; i < 5; i++) top += P`h10v-16h10v16`;
  return (
    path(P`M${x - 46} ${y}V${y - 230}H${x + 46}V${y}Z`, "#cfc4b2") +
    path(`${top}v16H${x - 50}Z`, "#cfc4b2") +
    path(P`M${x - 56} ${y - 244}L${x} ${y - 340}L${x + 56} ${y - 244}Z`, "#7a5ca8") +
    line(P`M${x} ${y - 340}v-34`, INK, 3) +
    path(P`M${x} ${y - 374}l32 9-32 9Z`, "#d9534f") +
    rect(x - 10, y - 190, 20, 34, lit ? LIGHT : "#4a3f55", { rx: 10 }) +
    path(P`M${x - 20} ${y}v-40a20 20 0 0 1 40 0v40Z`, "#6b4a33")
  );
}
function bridge(x: number, y: number): string {
  return (
    path(P`M${x - 200} ${y + 16}Q${x} ${y - 40} ${x + 200} ${y + 16}Z`, "#5fa8d3") +
    path(
      P`M${x - 190} ${y + 10}L${x - 170} ${y - 90}Q${x} ${y - 150} ${x + 170} ${y - 90}L${x + 190} ${y + 10}H${x + 120}Q${x} ${y - 150} ${x - 120} ${y + 10}Z`,
      "#b7a58f",
    ) +
    line(P`M${x - 172} ${y - 110}Q${x} ${y - 172} ${x + 172} ${y - 110}`, "#8b6a44", 6) +
    line(
      P`M${x - 120} ${y - 130}v22M${x - 60} ${y - 150}v22M${x} ${y - 156}v22M${x + 60} ${y - 150}v22M${x + 120} ${y - 130}v22`,
      "#8b6a44",
      5,
    )
  );
}
function treeHouse(x: number, y: number, lit: boolean): string {
  return (
    path(P`M${x - 26} ${y}L${x - 18} ${y - 300}H${x + 18}L${x + 26} ${y}Z`, "#7a5236") +
    circle(x - 90, y - 300, 80, "#5da84e") +
    circle(x + 90, y - 310, 84, "#5da84e") +
    circle(x, y - 370, 96, "#64b055") +
    rect(x - 80, y - 250, 160, 14, "#8b5a3c") +
    rect(x - 60, y - 330, 120, 80, "#e3b47a") +
    path(P`M${x - 76} ${y - 330}L${x} ${y - 380}L${x + 76} ${y - 330}Z`, "#c2504a") +
    rect(x - 44, y - 310, 30, 26, lit ? LIGHT : "#bfe3f5") +
    rect(x + 12, y - 306, 28, 56, "#7a4b32", { rx: 4 }) +
    line(
      P`M${x + 60} ${y}L${x + 50} ${y - 236}M${x + 90} ${y}L${x + 80} ${y - 236}M${x + 58} ${y - 40}h30M${x + 57} ${y - 90}h30M${x + 55} ${y - 140}h30M${x + 53} ${y - 190}h30`,
      "#8b6a44",
      5,
    )
  );
}
function windmill(x: number, y: number, lit: boolean): string {
  const hub = y - 250;
  let sails = "";
  for (let i = 0; i < 4; i++) {
    const a = 0.4 + (i * Math.PI) / 2,
      c = Math.cos(a),
      s = Math.sin(a);
    sails += P`M${x + c * 14} ${hub + s * 14}L${x + c * 150 - s * 16} ${hub + s * 150 + c * 16}L${x + c * 150 + s * 16} ${hub + s * 150 - c * 16}Z`;
  }
  return (
    path(P`M${x - 60} ${y}L${x - 36} ${hub}H${x + 36}L${x + 60} ${y}Z`, "#f5efe4") +
    path(P`M${x - 46} ${hub + 6}Q${x} ${hub - 70} ${x + 46} ${hub + 6}Z`, "#b5533c") +
    rect(x - 14, y - 60, 28, 60, "#7a4b32", { rx: 12 }) +
    rect(x - 12, hub + 60, 24, 26, lit ? LIGHT : "#bfe3f5") +
    path(sails, "#efe6d2", { stroke: "#8b6a44", "stroke-width": 4 }) +
    circle(x, hub, 12, INK)
  );
}
function boat(x: number, y: number): string {
  return (
    ellipse(x, y + 6, 200, 26, "#5fa8d3") +
    path(P`M${x - 120} ${y - 30}H${x + 130}L${x + 90} ${y + 14}H${x - 86}Z`, "#b5533c") +
    line(P`M${x} ${y - 30}V${y - 250}`, INK, 6) +
    path(P`M${x + 6} ${y - 244}L${x + 110} ${y - 44}H${x + 6}Z`, "#ffffff") +
    path(P`M${x - 6} ${y - 210}L${x - 90} ${y - 44}H${x - 6}Z`, "#f4c430") +
    path(P`M${x} ${y - 250}l30 10-30 10Z`, "#4a7fd4") +
    line(P`M${x - 150} ${y + 20}q14 -10 28 0t28 0M${x + 80} ${y + 22}q14 -10 28 0t28 0`, "#d6effa", 3)
  );
}
function tent(x: number, y: number, lit: boolean): string {
  return (
    path(P`M${x - 130} ${y}L${x} ${y - 190}L${x + 130} ${y}Z`, "#e0803f") +
    path(P`M${x} ${y - 190}L${x + 130} ${y}H${x + 80}Z`, "#c8652c") +
    path(P`M${x - 40} ${y}L${x} ${y - 120}L${x + 40} ${y}Z`, lit ? LIGHT : "#6b3a22") +
    line(P`M${x} ${y - 190}l-20 -26M${x} ${y - 190}l20 -26`, "#8b6a44", 5) +
    path(P`M${x - 80} ${y + 40}l30 -14 30 14 -30 8Z`, "#8b6a44") +
    (lit
      ? path(P`M${x - 66} ${y + 30}q14 -50 16 -64q10 30 18 64Z`, "#ff9f43") +
        circle(x - 50, y + 20, 44, LIGHT, { opacity: 0.3 })
      : "")
  );
}
function rocket(x: number, y: number): string {
  return (
    path(P`M${x - 90} ${y}h180l-20 -16h-140Z`, "#9aa3b5") +
    path(P`M${x - 40} ${y - 60}l-34 46v-70ZM${x + 40} ${y - 60}l34 46v-70Z`, "#d9534f") +
    path(P`M${x - 44} ${y - 20}V${y - 200}Q${x} ${y - 320} ${x + 44} ${y - 200}V${y - 20}Z`, "#eef0f5") +
    path(P`M${x - 40} ${y - 230}Q${x} ${y - 320} ${x + 40} ${y - 230}Z`, "#d9534f") +
    circle(x, y - 170, 20, "#8ec5e8", { stroke: "#9aa3b5", "stroke-width": 6 }) +
    path(P`M${x - 24} ${y - 20}q24 40 48 0Z`, LIGHT)
  );
}
/** A big full moon hanging over the landmark's side of the picture (it has no foot on the ground). */
function bigMoon(x: number): string {
  return (
    circle(x, 150, 120, "#fff8dc", { opacity: 0.15 }) +
    circle(x, 150, 80, "#fdf0c2") +
    path(dot(x - 24, 130, 14) + dot(x + 26, 170, 10) + dot(x + 10, 116, 7), "#eedc9e")
  );
}
function cottage(x: number, y: number, lit: boolean): string {
  return house(x - 90, y, 180, 130, "#f5efe4", "#b5533c", lit);
}

/** Landmark keywords (English, from the plan) → painter. Unknown landmarks are skipped. */
const LANDMARKS: [RegExp, string, (x: number, y: number, lit: boolean) => string][] = [
  [/lighthouse|phare|faro/, "lighthouse", lighthouse],
  [/tree ?house|treehouse/, "tree-house", treeHouse],
  [/windmill|mill/, "windmill", windmill],
  [/tower|castle|palace|keep/, "tower", tower],
  [/bridge/, "bridge", bridge],
  [/boat|ship|sail|raft|ferry/, "boat", boat],
  [/tent|camp/, "tent", tent],
  [/rocket|spaceship/, "rocket", rocket],
  [/moon/, "moon", bigMoon],
  [/cottage|house|cabin|hut|home/, "house", cottage],
];

/** The landmark's kind for class names, or undefined when the painter doesn't know it. */
export function landmarkKind(text: string | undefined): string | undefined {
  const t = text?.toLowerCase() ?? "";
  return t ? LANDMARKS.find(([re]) => re.test(t))?.[1] : undefined;
}

/** Paints the landmark standing on the horizon at `x`, or "" for one the painter doesn't know. */
export function paintLandmark(text: string | undefined, x: number, y: number, lit: boolean): string {
  const t = text?.toLowerCase() ?? "";
  const found = t ? LANDMARKS.find(([re]) => re.test(t)) : undefined;
  return found ? el("g", { class: `landmark landmark-${found[1]}` }, found[2](x, y, lit)) : "";
}
