/**
 * The embedded default illustrator: paints each scene as an SVG picture, offline.
 *
 * Sky from the time of day, setting from keywords in the brief, one friendly figure per character
 * (kind and colours read from their looks), palette and texture from the style. A PRNG seeded with
 * (storyId, sceneIndex, brief) paints a scene the same way every time and each scene differently.
 *
 * Safety: the brief is the only untrusted text emitted, XML-escaped inside <title>. Names and
 * looks only steer choices; every attribute value is a number or a constant from this file.
 */
import type { IllustrationStyle, TimeOfDay } from "../../../story/types";
import type { IllustrationRequest, Illustrator } from "../../types";

const W = 1024;
const H = 768;
const INK = "#3a2e2a";
/** Lamp, window and firefly light: stays bright when a layer is shaded for the night. */
const LIGHT = "#ffd97a";
const FLOWERS = ["#f28cb1", "#f4c430", "#ffffff", "#b39ddb", "#f26d5b", "#7fb3f0"];

type Attrs = Record<string, string | number>;
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Ctx {
  d: Dice;
  t: TimeOfDay;
  lit: boolean;
  win: Box;
}
interface Layers {
  back: string;
  front: string;
}

/** Drops characters XML 1.0 forbids (controls, lone surrogates), then escapes markup. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** FNV-1a: a stable 32-bit hash for seeds and name-derived colours. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** mulberry32: tiny, and random enough to place shapes. */
class Dice {
  private a: number;
  constructor(seed: number) {
    this.a = seed;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) | 0;
    let t = Math.imul(this.a ^ (this.a >>> 15), 1 | this.a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  int(lo: number, hi: number): number {
    return Math.floor(this.range(lo, hi + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
}

// ---------- shapes ----------

const num = (v: number) => String(Math.round(v * 10) / 10);
/** Template tag for path data: rounds every number to one decimal to keep the SVG small. */
function P(s: TemplateStringsArray, ...v: number[]): string {
  return s.reduce((out, part, i) => out + part + (i < v.length ? num(v[i] as number) : ""), "");
}
function el(name: string, a: Attrs, inner?: string): string {
  let s = `<${name}`;
  for (const [k, v] of Object.entries(a)) s += ` ${k}="${typeof v === "number" ? num(v) : v}"`;
  return inner === undefined ? `${s}/>` : `${s}>${inner}</${name}>`;
}
const circle = (cx: number, cy: number, r: number, fill: string, a: Attrs = {}) =>
  el("circle", { cx, cy, r, fill, ...a });
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, a: Attrs = {}) =>
  el("ellipse", { cx, cy, rx, ry, fill, ...a });
const rect = (x: number, y: number, width: number, height: number, fill: string, a: Attrs = {}) =>
  el("rect", { x, y, width, height, fill, ...a });
const path = (d: string, fill: string, a: Attrs = {}) => el("path", { d, fill, ...a });
const line = (d: string, stroke: string, width: number, a: Attrs = {}) =>
  path(d, "none", { stroke, "stroke-width": width, "stroke-linecap": "round", ...a });
/** A circle as path data, so several dots share one element. */
const dot = (cx: number, cy: number, r: number) =>
  P`M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
const flat = { stroke: "none" };

function mix(hex: string, to: string, k: number): string {
  const a = parseInt(hex.slice(1), 16),
    b = parseInt(to.slice(1), 16);
  let out = "#";
  for (const sh of [16, 8, 0])
    out += Math.round(((a >> sh) & 255) * (1 - k) + ((b >> sh) & 255) * k)
      .toString(16)
      .padStart(2, "0");
  return out;
}
/** Shifts every colour in a fragment towards `to`: how a layer gets its light and its palette. */
function tint(svg: string, to: string, k: number): string {
  return k === 0 ? svg : svg.replace(/#[0-9a-f]{6}\b/g, (h) => (h === LIGHT ? h : mix(h, to, k)));
}

// ---------- props ----------

function hills(d: Dice, y: number, amp: number, n: number, fill: string): string {
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
const tree = (d: Dice, x: number, y: number, h: number) =>
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
function grass(d: Dice, lit: boolean): string {
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

const SKIES: Record<TimeOfDay, string[]> = {
  morning: ["#8ecdf0", "#cfe9f7", "#fde3c4"],
  afternoon: ["#4fa3e0", "#8cc8f0", "#d4ecfa"],
  evening: ["#3b3f8c", "#c0628a", "#f6a65a"],
  night: ["#0b1230", "#1b2452", "#3a3f7a"],
};

/** Stars, moon or sun, and clouds, placed inside `box` (the whole sky, or a bedroom window). */
function paintSky(d: Dice, t: TimeOfDay, box: Box, manyStars: boolean): string {
  let s = "",
    dots = "";
  const night = t === "night",
    x = d.range(box.x + 60, box.x + box.w - 60);
  for (let i = night || manyStars ? d.int(26, 40) : t === "evening" ? d.int(4, 8) : 0; i > 0; i--)
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
  if (night) {
    const y = d.range(box.y + 50, box.y + box.h * 0.5),
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
  const grey = { morning: "#ffffff", afternoon: "#ffffff", evening: "#f7c6c7", night: "#4a5290" }[t];
  for (let i = night ? d.int(0, 2) : d.int(2, 4); i > 0; i--)
    s += cloud(d.range(box.x, box.x + box.w), d.range(box.y + 20, box.y + box.h * 0.5), d.range(0.6, 1.2), grey);
  return s;
}

// ---------- settings: each paints what is behind the characters and what is in front ----------

function forest({ d, lit }: Ctx): Layers {
  let back = hills(d, 440, 50, 4, "#5a9a63"),
    front = "";
  for (let i = 0; i < 10; i++) back += pine(d.range(-20, W + 20), d.range(480, 520), d.range(100, 160), "#3f7f55");
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
  for (let i = t === "night" ? 0 : d.int(1, 3); i > 0; i--)
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
  for (let i = t === "night" ? 0 : d.int(1, 3); i > 0; i--) {
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

const SETTINGS = { bedroom, castle, space, snow, sea, river, garden, mountain, forest, town, meadow, countryside };
type SettingName = keyof typeof SETTINGS;

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

function settingOf(brief: string): SettingName {
  const count = (words?: string) => (words ? (brief.match(new RegExp(`\\b(?:${words})\\b`, "g")) ?? []).length : 0);
  let best: SettingName = "countryside",
    score = 0;
  for (const [name, strong, weak] of SETTING_WORDS) {
    const s = count(strong) * 2 + count(weak);
    if (s > score && s >= 2) [best, score] = [name, s];
  }
  return best;
}

function timeOf(req: IllustrationRequest, brief: string): TimeOfDay {
  const given = Object.keys(SKIES).find((k) => k === req.timeOfDay?.trim().toLowerCase());
  if (given) return given as TimeOfDay;
  if (/\b(sunset|dusk|evening|twilight|supper)\b/.test(brief)) return "evening";
  if (/\b(dawn|sunrise|morning|breakfast)\b/.test(brief)) return "morning";
  if (/\b(night|midnight|moon\w*|stars?|starry|starlight|asleep|dark|bedtime)\b/.test(brief)) return "night";
  return req.style === "night-sky" ? "night" : "afternoon";
}

// ---------- characters ----------

const KINDS = {
  fox: "fox|foxes|vixen",
  bear: "bears?|teddy|cub",
  rabbit: "rabbits?|bunny|hare",
  owl: "owls?|bird|robin|owlet",
  cat: "cats?|kitten|kitty",
  dog: "dogs?|puppy|pup",
  mouse: "mouse|mice|hamster",
  dragon: "dragons?|dinosaur",
  child: "girl|boy|child|kid|princess|prince|baby|toddler|sister|brother",
};
type Kind = keyof typeof KINDS;
const SCALE: Record<Kind, number> = {
  fox: 1,
  bear: 1.2,
  rabbit: 0.9,
  owl: 0.85,
  cat: 0.9,
  dog: 1,
  mouse: 0.75,
  dragon: 1.15,
  child: 1.1,
};
/** Natural body colours per kind when the looks name none (for a child: hair). */
const FUR: Record<Kind, string[]> = {
  fox: ["#e8772e"],
  bear: ["#8b5a3c", "#a0683f"],
  rabbit: ["#d9d2ca", "#b9a48f"],
  owl: ["#8d6e52"],
  cat: ["#f0a35e", "#8f8f99", "#4a464f"],
  dog: ["#c89b6d", "#e3c79c"],
  mouse: ["#a9a4a8"],
  dragon: ["#5cae6a", "#4aa3a0", "#8e6cc4"],
  child: ["#3b2a20", "#6b4226", "#c58a3e", "#e8c26a", "#b5532a"],
};
const SKIN = ["#f6d7b8", "#eec19a", "#d9a27a", "#a8714a", "#7a4b2f"];
const CLOTHES = ["#e05a5a", "#f29e3d", "#4a7fd4", "#5bb36b", "#8e5cc4", "#f28cb1", "#2a9d8f", "#f4c430"];
const COLOURS: Record<string, string> = {
  red: "#d64545",
  orange: "#f08a32",
  ginger: "#e07b39",
  yellow: "#f4c430",
  golden: "#e6b422",
  gold: "#e6b422",
  green: "#4caf6a",
  blue: "#4a7fd4",
  navy: "#2c3e7a",
  teal: "#2a9d8f",
  purple: "#8e5cc4",
  pink: "#f28cb1",
  brown: "#8b5a3c",
  grey: "#8f8f99",
  gray: "#8f8f99",
  silver: "#c0c4cc",
  black: "#3a3a40",
  white: "#f5f3ee",
};
const CLOTHING =
  /^(scarf|hat|cap|beanie|raincoat|coat|jacket|dress|cape|cloak|jumper|sweater|hoodie|shirt|boots|bow|ribbon|bowtie|overalls|pyjamas|pajamas|mittens|skirt)$/;
const BODY = /^(fur|hair|feathers|scales|skin|tail|ears|body|wings|paws|spots|stripes)$/;

interface Figure {
  kind: Kind;
  body: string;
  cloth: string;
  skin: string;
  hair: number;
  acc: string;
  sleepy: boolean;
}

/** Reads one character's looks: the first kind word wins; a colour word dresses the noun after it. */
function figureOf(c: { name: string; looks: string }, sleepy: boolean): Figure {
  const text = `${c.looks} ${c.name}`.toLowerCase(),
    seed = hash(c.name),
    words = text.match(/[a-z]+/g) ?? [];
  let kind: Kind = "child",
    at = Infinity,
    body: string | undefined,
    cloth: string | undefined;
  for (const [k, w] of Object.entries(KINDS)) {
    const i = text.search(new RegExp(`\\b(?:${w})\\b`));
    if (i >= 0 && i < at) [kind, at] = [k as Kind, i];
  }
  words.forEach((w, i) => {
    const colour = COLOURS[w];
    if (!colour || words[i + 1] === "eyes") return;
    const noun = words.slice(i + 1, i + 5).find((n) => CLOTHING.test(n) || BODY.test(n)) ?? "";
    if (CLOTHING.test(noun)) cloth ??= colour;
    else body ??= colour;
  });
  const has = (w: string) => new RegExp(`\\b(?:${w})\\b`).test(text),
    pick = (xs: string[], salt: number) => xs[(seed >>> salt) % xs.length] as string;
  const acc = ["scarf", "hat|cap|beanie", "bow|ribbon|bowtie", "glasses|spectacles", "cape|cloak"]
    .filter(has)
    .map((a) => a.replace(/\|.*/, ""))
    .join(" ");
  const hair = has("long")
    ? 1
    : has("pigtails|bunches|plaits|braids")
      ? 2
      : has("curly|curls|afro")
        ? 3
        : has("short")
          ? 0
          : seed % 4;
  return {
    kind,
    body: body ?? pick(FUR[kind], 3),
    cloth: cloth ?? pick(CLOTHES, 7),
    skin: pick(SKIN, 11),
    hair,
    acc,
    sleepy,
  };
}

function face(y: number, f: Figure, gap = 17, r = 6.5): string {
  const eyes = f.sleepy
    ? line(P`M${-gap - 7} ${y}q7 6 14 0M${gap - 7} ${y}q7 6 14 0`, INK, 3.5)
    : path(dot(-gap, y, r) + dot(gap, y, r), INK, flat) +
      path(dot(2 - gap, y - 2, r / 3) + dot(gap + 2, y - 2, r / 3), "#ffffff", flat);
  return (
    eyes +
    path(dot(-gap - 12, y + 16, 8) + dot(gap + 12, y + 16, 8), "#f48fb1", { ...flat, opacity: 0.5 }) +
    line(P`M-8 ${y + 24}q8 8 16 0`, INK, 3)
  );
}

function accessories(f: Figure, hy: number, hr: number): string {
  const neck = hy + hr - 6,
    on = (a: string) => f.acc.includes(a);
  return (
    (on("scarf")
      ? path(
          P`M-36 ${neck - 8}Q0 ${neck + 10} 36 ${neck - 8}L38 ${neck + 8}Q0 ${neck + 26} -38 ${neck + 8}Z`,
          f.cloth,
        ) + rect(12, neck + 6, 14, 40, f.cloth, { rx: 5 })
      : "") +
    (on("hat")
      ? path(P`M${-hr * 0.8} ${hy - hr * 0.5}Q0 ${hy - hr * 2} ${hr * 0.8} ${hy - hr * 0.5}Z`, f.cloth) +
        circle(0, hy - hr * 1.3, 10, "#ffffff")
      : "") +
    (on("bow")
      ? path(P`M${hr / 2} ${hy - hr * 0.8}l-22 -14v28ZM${hr / 2} ${hy - hr * 0.8}l22 -14v28Z`, f.cloth) +
        circle(hr / 2, hy - hr * 0.8, 6, f.cloth)
      : "") +
    (on("glasses")
      ? path(dot(-17, hy - 2, 13) + dot(17, hy - 2, 13) + P`M-4 ${hy - 2}h8`, "none", {
          stroke: INK,
          "stroke-width": 3,
        })
      : "")
  );
}

const PINK = "#f4a0b0";
/** Ears and tails are what tell the animals apart; everything is drawn with feet at (0, 0). */
function animal(f: Figure): string {
  const { kind: k, body: b } = f,
    light = mix(b, "#ffffff", 0.65),
    dark = mix(b, "#000000", 0.25);
  const ears: Partial<Record<Kind, string>> = {
    fox:
      path("M-42 -185L-36 -238L-6 -205ZM42 -185L36 -238L6 -205Z", b) +
      path("M-34 -196L-32 -224L-16 -206ZM34 -196L32 -224L16 -206Z", INK),
    cat:
      path("M-40 -190L-34 -232L-10 -206ZM40 -190L34 -232L10 -206Z", b) +
      path("M-32 -198L-30 -220L-18 -206ZM32 -198L30 -220L18 -206Z", PINK),
    bear: path(dot(-34, -199, 17) + dot(34, -199, 17), b) + path(dot(-34, -199, 8) + dot(34, -199, 8), light),
    mouse: path(dot(-38, -200, 26) + dot(38, -200, 26), b) + path(dot(-38, -200, 15) + dot(38, -200, 15), PINK),
    rabbit:
      ellipse(-18, -236, 13, 44, b) +
      ellipse(18, -236, 13, 44, b) +
      ellipse(-18, -232, 6, 30, PINK) +
      ellipse(18, -232, 6, 30, PINK),
    dragon: path("M-26 -200l-6 -34 20 26ZM26 -200l6 -34 -20 26Z", "#f3e39a"),
    owl: path("M-48 -172l-8 -38 30 24ZM48 -172l8 -38 -30 24Z", b),
  };
  const tails: Partial<Record<Kind, string>> = {
    fox:
      path("M20 -40C100 -40 130 -120 86 -160C76 -104 40 -84 10 -74Z", b) +
      path("M86 -160C100 -140 98 -124 94 -114C80 -118 76 -140 86 -160Z", "#fbf4ea"),
    cat: line("M35 -30C90 -30 80 -110 105 -120", b, 12),
    dog: line("M38 -50q30 -10 36 -50", b, 11),
    mouse: line("M38 -20C90 -10 100 -60 130 -50", PINK, 4),
    rabbit: circle(42, -40, 16, "#ffffff"),
    bear: circle(42, -50, 11, b),
    dragon:
      path("M30 -30C100 -20 130 -60 150 -100L160 -80L176 -112L140 -104C120 -60 90 -50 30 -52Z", b) +
      path(
        "M-30 -100C-80 -130 -100 -180 -90 -200C-70 -170 -50 -160 -30 -130ZM30 -100C80 -130 100 -180 90 -200C70 -170 50 -160 30 -130Z",
        mix(b, "#ffffff", 0.3),
      ),
  };
  let s = (tails[k] ?? "") + ears[k];
  if (k === "owl") {
    s +=
      ellipse(0, -105, 62, 105, b) +
      ellipse(0, -70, 40, 55, light) +
      ellipse(-60, -90, 16, 44, dark) +
      ellipse(60, -90, 16, 44, dark) +
      path(dot(-24, -150, 20) + dot(24, -150, 20), "#ffffff");
    return (
      s +
      face(-150, f, 24, 9) +
      path(`M-8 -132l8 14 8 -14Z${dot(-16, -4, 8)}${dot(16, -4, 8)}`, "#f08a32") +
      accessories(f, -150, 55)
    );
  }
  s +=
    ellipse(0, -68, 44, 62, b) +
    ellipse(0, -58, 28, 42, light) +
    path(dot(-20, -8, 13) + dot(20, -8, 13) + dot(-26, -84, 11) + dot(26, -84, 11), dark);
  if (k === "dragon") s += path("M-10 -130l10 -18 10 18ZM-8 -112l8 -16 8 16Z", "#f3e39a");
  s += circle(0, -165, 46, b) + ellipse(0, -145, k === "fox" ? 26 : 22, 17, light);
  if (k === "dog")
    s +=
      ellipse(-46, -165, 14, 32, dark, { transform: "rotate(20 -46 -165)" }) +
      ellipse(46, -165, 14, 32, dark, { transform: "rotate(-20 46 -165)" });
  if (k === "cat" || k === "mouse") s += line("M-20 -146l-30 -4M-20 -140l-30 6M20 -146l30 -4M20 -140l30 6", INK, 2);
  return s + ellipse(0, -155, 7, 5, INK, flat) + face(-169, f) + accessories(f, -165, 46);
}

function child(f: Figure): string {
  const { skin, body: hair, cloth } = f,
    hy = -185;
  let s = f.acc.includes("cape") ? path("M-34 -136L-62 -20H62L34 -136Z", mix(cloth, "#000000", 0.2)) : "";
  if (f.hair === 1) s += rect(-52, hy - 22, 104, 80, hair, { rx: 34 });
  if (f.hair === 2) s += path(dot(-54, hy + 8, 17) + dot(54, hy + 8, 17), hair);
  s += rect(-21, -60, 14, 54, skin) + rect(7, -60, 14, 54, skin) + path(dot(-15, -6, 11) + dot(15, -6, 11), "#4a3b32");
  s += line("M-30 -124L-50 -80M30 -124L50 -80", cloth, 15) + path(dot(-51, -74, 9) + dot(51, -74, 9), skin);
  s +=
    path("M-44 -48L-30 -136Q0 -148 30 -136L44 -48Q0 -38 -44 -48Z", cloth) +
    path(dot(0, -112, 4) + dot(0, -88, 4), "#ffffff", { ...flat, opacity: 0.8 }) +
    circle(0, hy, 44, skin);
  s +=
    f.hair === 3
      ? path(
          dot(-30, hy - 30, 18) +
            dot(0, hy - 42, 20) +
            dot(30, hy - 30, 18) +
            dot(-42, hy - 6, 13) +
            dot(42, hy - 6, 13),
          hair,
        )
      : path(
          P`M-46 ${hy + 6}C-52 ${hy - 60} 52 ${hy - 60} 46 ${hy + 6}C36 ${hy - 22} -6 ${hy - 30} -46 ${hy + 6}Z`,
          hair,
        );
  return s + face(hy + 2, f) + accessories(f, hy, 44);
}

/** Things the brief asks for by name, painted over any setting. */
function extras(d: Dice, brief: string, t: TimeOfDay): string {
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
      path(P`M${W - x} ${y - 40}l30 40-30 50-30 -50Z`, d.pick(CLOTHES), { class: "kite" }) +
      line(P`M${W - x} ${y + 50}q-30 60 10 120t-20 120`, INK, 2);
  if (/\bballoons?\b/.test(brief))
    for (let i = 0; i < 3; i++)
      s +=
        line(P`M${x + i * 50} ${y + 40 + i * 20}q-10 60 6 120`, INK, 2) +
        ellipse(x + i * 50, y + i * 20, 30, 38, d.pick(CLOTHES));
  return s;
}

// ---------- styles ----------

const GRAIN = `<filter id="grain"><feTurbulence type="fractalNoise" baseFrequency=".8" numOctaves="2"/><feColorMatrix type="saturate" values="0"/></filter>`;
const grain = (opacity: number) => rect(0, 0, W, H, "#ffffff", { filter: "url(#grain)", opacity });
/** Wobbles edges: a soft bleed for watercolor, a fine rough line for crayon. */
const wobble = (freq: number, scale: number) =>
  `<filter id="fx"><feTurbulence type="fractalNoise" baseFrequency="${freq}" numOctaves="2"/><feDisplacementMap in="SourceGraphic" scale="${scale}"/></filter>${GRAIN}`;
const fx = { filter: "url(#fx)" };

/** tint: the palette shifts towards a colour; art: attributes on every painted layer and figure. */
const STYLES: Record<
  IllustrationStyle,
  { tint: [string, number]; defs: string; art: Attrs; sky: Attrs; overlay: string }
> = {
  watercolor: {
    tint: ["#ffffff", 0.15],
    defs: wobble(0.03, 8),
    art: { ...fx, opacity: 0.9 },
    sky: fx,
    overlay: grain(0.08),
  },
  crayon: {
    tint: ["#ffffff", 0],
    defs: wobble(0.9, 4),
    art: { ...fx, stroke: "#4a3b32", "stroke-width": 2.5, "stroke-dasharray": "12 3" },
    sky: fx,
    overlay: grain(0.12),
  },
  storybook: {
    tint: ["#ffffff", 0],
    defs: `<radialGradient id="vig"><stop offset=".6" stop-color="#5a3b22" stop-opacity="0"/><stop offset="1" stop-color="#5a3b22" stop-opacity=".35"/></radialGradient>`,
    art: { stroke: INK, "stroke-width": 2.5, "stroke-linejoin": "round" },
    sky: {},
    overlay: rect(0, 0, W, H, "url(#vig)"),
  },
  // A drop shadow built from primitives every renderer has (feDropShadow is not everywhere).
  "paper-cut": {
    tint: ["#f4e9d8", 0.08],
    art: fx,
    sky: fx,
    overlay: "",
    defs: `<filter id="fx"><feGaussianBlur in="SourceAlpha" stdDeviation="3"/><feOffset dx="3" dy="5"/><feComponentTransfer><feFuncA type="linear" slope=".4"/></feComponentTransfer><feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>`,
  },
  pastel: { tint: ["#ffffff", 0.35], defs: "", art: {}, sky: {}, overlay: "" },
  "night-sky": {
    tint: ["#1d2a5c", 0.28],
    defs: `<filter id="fx"><feGaussianBlur stdDeviation="5"/><feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>`,
    art: {},
    sky: fx,
    overlay: "",
  },
};
/** How the landscape is shaded for the time of day (figures get half, a lamp-lit bedroom less). */
const SHADE: Record<TimeOfDay, [string, number]> = {
  morning: ["#ffe2b8", 0.1],
  afternoon: ["#ffffff", 0],
  evening: ["#8a4a7a", 0.22],
  night: ["#141c48", 0.42],
};

/**
 * Paints one scene. Pure: the same request always gives the same SVG.
 * @example
 * paintSvg({ storyId: "s1", title: "Pip", sceneIndex: 0, sceneCount: 4, brief: "A fox in a snowy forest at night",
 *   characters: [{ name: "Pip", looks: "a small fox with a red scarf" }], style: "watercolor" }); // "<svg …"
 */
export function paintSvg(req: IllustrationRequest): string {
  const brief = req.brief.slice(0, 2000),
    lower = brief.toLowerCase(),
    d = new Dice(hash(`${req.storyId}|${req.sceneIndex}|${brief}`));
  const styleName: IllustrationStyle = Object.hasOwn(STYLES, req.style) ? req.style : "storybook",
    style = STYLES[styleName];
  const setting = settingOf(lower),
    t = timeOf(req, lower),
    skyTime = setting === "space" ? "night" : t;
  const win =
    setting === "bedroom"
      ? { x: d.range(100, 620), y: d.range(70, 130), w: d.range(240, 300), h: d.range(190, 230) }
      : { x: 30, y: 30, w: 964, h: 400 };
  const sky = paintSky(d, skyTime, win, styleName === "night-sky");
  const { back, front } = SETTINGS[setting]({ d, t, lit: t === "night" || t === "evening", win });
  // Space has no daylight to lose; a bedroom at night is lamp-lit.
  const [shadeTo, shadeBy] = SHADE[t],
    shade = setting === "space" ? 0 : setting === "bedroom" ? shadeBy / 2 : shadeBy;

  // Characters stand in a loose row, facing inwards, nearer ones drawn last.
  const people = req.characters.slice(0, 4),
    n = people.length,
    centre = 512 + d.range(-100, 100),
    spread = n > 1 ? d.range(520, 700) : 0;
  const sleepy = /\b(asleep|sleeping|sleepy|dreaming|snoring)\b/.test(lower);
  const figures = people
    .map((c, i) => {
      const f = figureOf(c, sleepy),
        x = centre + (n > 1 ? (i / (n - 1) - 0.5) * spread : 0) + d.range(-30, 30),
        y = d.range(660, 720),
        s = SCALE[f.kind] * d.range(0.95, 1.08);
      const body =
        ellipse(0, 0, 60, 12, "#000000", { ...flat, opacity: 0.2 }) + (f.kind === "child" ? child(f) : animal(f));
      return {
        y,
        svg: el(
          "g",
          {
            class: `character kind-${f.kind}`,
            transform: P`translate(${x} ${y}) scale(${x < centre ? -s : s} ${s})`,
            ...style.art,
          },
          body,
        ),
      };
    })
    .sort((a, b) => a.y - b.y)
    .map((g) => g.svg)
    .join("");

  const [c0, c1, c2] = SKIES[skyTime];
  let body =
    `<defs><linearGradient id="sky" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="0" y2="560"><stop offset="0" stop-color="${c0}"/><stop offset=".55" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient>` +
    `<pattern id="dots" width="48" height="48" patternUnits="userSpaceOnUse">${circle(24, 24, 4, "#ffffff", { opacity: 0.4 })}</pattern>${style.defs}</defs>`;
  body += rect(0, 0, W, H, "url(#sky)") + el("g", { class: `sky sky-${skyTime}`, ...style.sky }, sky);
  body += el(
    "g",
    { class: `setting setting-${setting}`, ...style.art },
    tint(back + extras(d, lower, t), shadeTo, shade),
  );
  body +=
    tint(figures, shadeTo, shade / 2) +
    el("g", { class: "foreground", ...style.art }, tint(front, shadeTo, shade)) +
    style.overlay;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="title" class="style-${styleName} time-${t}">` +
    `<title id="title">${escapeXml(brief)}</title>${tint(body, ...style.tint)}</svg>`
  );
}

/** The embedded default image provider: no network, no keys. */
export const svgIllustrator: Illustrator = {
  name: "svg",
  async paint(request) {
    return { body: new TextEncoder().encode(paintSvg(request)), contentType: "image/svg+xml", extension: "svg" };
  },
};
