/**
 * SVG building blocks shared by the painter: elements, path data, colours.
 * Every attribute value passed here is a number or a constant of this painter, never user text.
 */

export const W = 1024;
export const H = 768;
export const INK = "#3a2e2a";
/** Lamp, window and firefly light: stays bright when a layer is shaded for the night. */
export const LIGHT = "#ffd97a";
export const FLOWERS = ["#f28cb1", "#f4c430", "#ffffff", "#b39ddb", "#f26d5b", "#7fb3f0"];

export type Attrs = Record<string, string | number>;

/** Drops characters XML 1.0 forbids (controls, lone surrogates), then escapes markup. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** FNV-1a: a stable 32-bit hash for name-derived colours. */
export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export const num = (v: number) => String(Math.round(v * 10) / 10);
/** Template tag for path data: rounds every number to one decimal to keep the SVG small. */
export function P(s: TemplateStringsArray, ...v: number[]): string {
  return s.reduce((out, part, i) => out + part + (i < v.length ? num(v[i] as number) : ""), "");
}
export function el(name: string, a: Attrs, inner?: string): string {
  let s = `<${name}`;
  for (const [k, v] of Object.entries(a)) s += ` ${k}="${typeof v === "number" ? num(v) : v}"`;
  return inner === undefined ? `${s}/>` : `${s}>${inner}</${name}>`;
}
export const g = (a: Attrs, inner: string) => el("g", a, inner);
export const circle = (cx: number, cy: number, r: number, fill: string, a: Attrs = {}) =>
  el("circle", { cx, cy, r, fill, ...a });
export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, a: Attrs = {}) =>
  el("ellipse", { cx, cy, rx, ry, fill, ...a });
export const rect = (x: number, y: number, width: number, height: number, fill: string, a: Attrs = {}) =>
  el("rect", { x, y, width, height, fill, ...a });
export const path = (d: string, fill: string, a: Attrs = {}) => el("path", { d, fill, ...a });
export const line = (d: string, stroke: string, width: number, a: Attrs = {}) =>
  path(d, "none", { stroke, "stroke-width": width, "stroke-linecap": "round", ...a });
/** A circle as path data, so several dots share one element. */
export const dot = (cx: number, cy: number, r: number) =>
  P`M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
export const flat = { stroke: "none" };
/** A five-pointed star as path data. */
export function starPath(x: number, y: number, r: number): string {
  let s = "";
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5,
      k = i % 2 ? r * 0.45 : r;
    s += (i ? "L" : "M") + P`${x + Math.cos(a) * k} ${y + Math.sin(a) * k}`;
  }
  return `${s}Z`;
}

export function mix(hex: string, to: string, k: number): string {
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
export function tint(svg: string, to: string, k: number): string {
  return k === 0 ? svg : svg.replace(/#[0-9a-f]{6}\b/g, (h) => (h === LIGHT ? h : mix(h, to, k)));
}

/** Colour words (English and the storytellers' languages) → palette colours. */
export const COLOURS: Record<string, string> = {
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
  violet: "#8e5cc4",
  pink: "#f28cb1",
  brown: "#8b5a3c",
  grey: "#8f8f99",
  gray: "#8f8f99",
  silver: "#c0c4cc",
  black: "#3a3a40",
  white: "#f5f3ee",
  rouge: "#d64545",
  jaune: "#f4c430",
  vert: "#4caf6a",
  verte: "#4caf6a",
  bleu: "#4a7fd4",
  bleue: "#4a7fd4",
  rose: "#f28cb1",
  gris: "#8f8f99",
  grise: "#8f8f99",
  noir: "#3a3a40",
  noire: "#3a3a40",
  blanc: "#f5f3ee",
  blanche: "#f5f3ee",
  rojo: "#d64545",
  roja: "#d64545",
  amarillo: "#f4c430",
  amarilla: "#f4c430",
  verde: "#4caf6a",
  azul: "#4a7fd4",
  rosa: "#f28cb1",
  negro: "#3a3a40",
  negra: "#3a3a40",
  blanco: "#f5f3ee",
  blanca: "#f5f3ee",
  morado: "#8e5cc4",
  naranja: "#f08a32",
  rot: "#d64545",
  gelb: "#f4c430",
  grün: "#4caf6a",
  blau: "#4a7fd4",
};

/**
 * A plan's colour ("red", "#a0522d", "rouge") as a safe palette colour, or undefined.
 * Only a strict `#rrggbb` or a known colour word gets through: nothing else reaches an attribute.
 */
export function colourOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(t)) return t;
  for (const w of t.split(/[^\p{L}]+/u)) if (COLOURS[w]) return COLOURS[w];
  return undefined;
}
