/**
 * The six illustration styles: a palette shift, SVG filters for texture, and attributes added to
 * every painted layer. Plus how each light shades the landscape.
 */
import type { IllustrationStyle } from "../../../story/types";
import type { Light } from "./scenery";
import { type Attrs, H, INK, rect, W } from "./shapes";

const GRAIN = `<filter id="grain"><feTurbulence type="fractalNoise" baseFrequency=".8" numOctaves="2"/><feColorMatrix type="saturate" values="0"/></filter>`;
const grain = (opacity: number) => rect(0, 0, W, H, "#ffffff", { filter: "url(#grain)", opacity });
/** Wobbles edges: a soft bleed for watercolor, a fine rough line for crayon. */
const wobble = (freq: number, scale: number) =>
  `<filter id="fx"><feTurbulence type="fractalNoise" baseFrequency="${freq}" numOctaves="2"/><feDisplacementMap in="SourceGraphic" scale="${scale}"/></filter>${GRAIN}`;
const fx = { filter: "url(#fx)" };

/** tint: the palette shifts towards a colour; art: attributes on every painted layer and figure. */
export const STYLES: Record<
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
export const SHADE: Record<Light, [string, number]> = {
  morning: ["#ffe2b8", 0.1],
  afternoon: ["#ffffff", 0],
  evening: ["#8a4a7a", 0.22],
  dusk: ["#2a2a6a", 0.34],
  night: ["#141c48", 0.42],
};
