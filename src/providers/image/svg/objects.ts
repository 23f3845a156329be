/**
 * The story's key object (the lost mitten, the birthday cake), drawn about 70 px across around
 * (0, 0) and placed by the caller. A kind the painter doesn't know becomes a wrapped parcel.
 */
import { circle, colourOf, dot, ellipse, g, INK, LIGHT, line, mix, P, path, rect, starPath } from "./shapes";

type Draw = (c: string) => string;

const OBJECTS: Record<string, [colour: string, draw: Draw]> = {
  mitten: [
    "#d64545",
    (c) =>
      path("M-22 30V-14C-22 -34 -10 -40 4 -40C20 -40 26 -28 24 -10L26 30Z", c) +
      path("M-22 -4C-34 -8 -40 -24 -30 -30C-22 -34 -18 -24 -16 -14Z", c) +
      rect(-26, 24, 56, 16, "#f5f3ee", { rx: 6 }) +
      line("M-10 -20l8 8 8 -8M-10 0l8 8 8 -8", "#ffffff", 3, { opacity: 0.7 }),
  ],
  key: [
    "#e6b422",
    (c) =>
      path(`${dot(-22, 0, 18)}`, "none", { stroke: c, "stroke-width": 9 }) +
      line("M-4 0H36M24 0v14M34 0v12", c, 9) +
      circle(-22, 0, 30, LIGHT, { opacity: 0.25 }),
  ],
  star: [
    "#f4c430",
    (c) =>
      circle(0, 0, 46, LIGHT, { opacity: 0.3 }) + path(starPath(0, 0, 36), c) + path(starPath(-4, -6, 12), "#fff6c4"),
  ],
  cake: [
    "#f28cb1",
    (c) =>
      ellipse(0, 34, 48, 8, "#f5f3ee") +
      rect(-40, 0, 80, 32, "#c98a5a", { rx: 6 }) +
      rect(-40, -4, 80, 12, c, { rx: 6 }) +
      path(dot(-26, 10, 4) + dot(-6, 12, 4) + dot(14, 10, 4) + dot(30, 12, 4), c) +
      line("M-20 -6v-20M0 -6v-20M20 -6v-20", "#7fb3f0", 6) +
      path(dot(-20, -32, 5) + dot(0, -32, 5) + dot(20, -32, 5), LIGHT) +
      circle(0, -30, 30, LIGHT, { opacity: 0.2 }),
  ],
  balloon: [
    "#e05a5a",
    (c) =>
      ellipse(0, -10, 30, 38, c) + path("M-6 30l6 -4 6 4Z", c) + ellipse(-10, -24, 7, 12, "#ffffff", { opacity: 0.5 }),
  ],
  book: [
    "#4a7fd4",
    (c) =>
      path("M-44 -20Q-22 -32 0 -20Q22 -32 44 -20V26Q22 14 0 26Q-22 14 -44 26Z", c) +
      path("M-40 -22Q-20 -32 0 -22V20Q-20 10 -40 20ZM40 -22Q20 -32 0 -22V20Q20 10 40 20Z", "#fbf8f0") +
      line("M-32 -12q14 -6 26 0M-32 -2q14 -6 26 0M6 -12q14 -6 26 0M6 -2q14 -6 26 0", "#b5a99a", 2.5),
  ],
  ball: [
    "#e05a5a",
    (c) =>
      circle(0, 0, 30, c) +
      path("M-30 0a30 12 0 0 0 60 0a30 30 0 0 1 -60 0Z", "#f4c430") +
      ellipse(-10, -14, 8, 5, "#ffffff", { opacity: 0.6 }),
  ],
  kite: [
    "#8e5cc4",
    (c) =>
      path("M0 -44L32 0L0 44L-32 0Z", c) +
      path("M0 -44L32 0H-32Z", mix(c, "#ffffff", 0.3)) +
      line("M0 -44V44M-32 0H32", INK, 2) +
      line("M0 44q-10 20 4 34t-6 34", INK, 2) +
      path("M-8 66l8 4 8 -4-8 -4ZM-10 96l8 4 8 -4-8 -4Z", "#f4c430"),
  ],
  lantern: [
    "#e05a5a",
    (c) =>
      circle(0, 4, 60, LIGHT, { opacity: 0.25 }) +
      line("M0 -40v-12", INK, 3) +
      rect(-16, -42, 32, 10, INK, { rx: 3 }) +
      ellipse(0, 4, 30, 36, c) +
      ellipse(0, 4, 16, 28, LIGHT) +
      rect(-16, 38, 32, 8, INK, { rx: 3 }),
  ],
  shell: [
    "#f7c6b0",
    (c) =>
      path("M-36 18C-44 -16 -20 -40 0 -40C20 -40 44 -16 36 18Z", c) +
      path("M-12 18l-6 12h36l-6 -12Z", mix(c, "#000000", 0.1)) +
      line("M0 16V-36M-10 16L-24 -24M10 16L24 -24M-20 16L-36 -2M20 16L36 -2", mix(c, "#000000", 0.2), 3),
  ],
  hat: [
    "#4a7fd4",
    (c) =>
      ellipse(0, 16, 46, 12, c) +
      path("M-26 16V-18Q0 -34 26 -18V16Z", c) +
      rect(-26, 2, 52, 10, "#f4c430") +
      ellipse(0, 16, 46, 12, "none", { stroke: mix(c, "#000000", 0.25), "stroke-width": 3 }),
  ],
  crown: [
    "#e6b422",
    (c) =>
      path("M-36 20V-20L-18 0L0 -30L18 0L36 -20V20Z", c) +
      path(dot(-18, 8, 5) + dot(0, 8, 5) + dot(18, 8, 5), "#e05a5a"),
  ],
  flower: [
    "#f28cb1",
    (c) =>
      line("M0 10V44", "#4e8f3a", 5) +
      path(dot(-14, -6, 13) + dot(14, -6, 13) + dot(0, -20, 13) + dot(-9, 10, 13) + dot(9, 10, 13), c) +
      circle(0, -2, 9, "#f4c430"),
  ],
  apple: [
    "#d64545",
    (c) =>
      path("M0 -20C-30 -34 -40 0 -26 20C-16 36 -4 32 0 28C4 32 16 36 26 20C40 0 30 -34 0 -20Z", c) +
      line("M0 -20q2 -12 8 -18", "#6b4a33", 4) +
      path("M4 -32q14 -12 22 0q-12 8 -22 0Z", "#5bb36b"),
  ],
  letter: [
    "#f5efe4",
    (c) =>
      rect(-38, -24, 76, 50, c, { rx: 4 }) + line("M-38 -24L0 6L38 -24", "#b5a99a", 3) + circle(0, 6, 7, "#d64545"),
  ],
  egg: [
    "#f5efe4",
    (c) =>
      ellipse(0, 0, 26, 34, c) +
      path(P`M-24 2l10 -8 10 8 8 -8 10 8 10 -8`, "none", { stroke: "#7fb3f0", "stroke-width": 4 }),
  ],
  // A child's soft toy (the lost teddy, the doudou): a little sitting bear with a lighter tummy.
  teddy: [
    "#a0714f",
    (c) =>
      circle(-17, -30, 9, c) +
      circle(17, -30, 9, c) +
      ellipse(0, 14, 24, 22, c) +
      circle(0, -16, 20, c) +
      ellipse(0, 16, 13, 12, mix(c, "#ffffff", 0.45)) +
      ellipse(0, -9, 9, 7, mix(c, "#ffffff", 0.45)) +
      circle(-7, -20, 2.5, INK) +
      circle(7, -20, 2.5, INK) +
      circle(0, -11, 3, INK),
  ],
};
/** Other words that mean a kind the painter draws. */
const ALIASES: [RegExp, string][] = [
  [/mitt|glove/, "mitten"],
  [/teddy|doudou|plush|soft toy|cuddly/, "teddy"],
  [/key/, "key"],
  [/star/, "star"],
  [/cake|cupcake|pie|muffin/, "cake"],
  [/balloon/, "balloon"],
  [/book|diary|story/, "book"],
  [/ball/, "ball"],
  [/kite/, "kite"],
  [/lantern|lamp|torch|candle/, "lantern"],
  [/shell/, "shell"],
  [/hat|cap|bonnet/, "hat"],
  [/crown|tiara/, "crown"],
  [/flower|rose|daisy|tulip/, "flower"],
  [/apple|fruit|pear/, "apple"],
  [/letter|envelope|map|note/, "letter"],
  [/egg/, "egg"],
];

/** The kind of object the painter will draw for a plan's object kind ("parcel" for unknown ones). */
export function objectKind(kind: string): string {
  const k = kind.trim().toLowerCase();
  if (Object.hasOwn(OBJECTS, k)) return k;
  return ALIASES.find(([re]) => re.test(k))?.[1] ?? "parcel";
}

const parcel: Draw = (c) =>
  rect(-32, -26, 64, 52, c, { rx: 4 }) +
  rect(-6, -26, 12, 52, "#f4c430") +
  rect(-32, -6, 64, 12, "#f4c430") +
  path("M0 -26c-20 -20 -30 0 0 0c20 -20 30 0 0 0Z", "#f4c430");

/**
 * Draws the object centred at (x, y), `size` times its natural size.
 * @example drawObject({ name: "the mitten", kind: "mitten", color: "red" }, 300, 500, 1)
 */
export function drawObject(o: { kind: string; color?: string }, x: number, y: number, size: number): string {
  const k = objectKind(o.kind),
    [fallback, draw] = OBJECTS[k] ?? ["#8ec5e8", parcel];
  return g(
    { class: `object object-${k}`, transform: P`translate(${x} ${y}) scale(${size})` },
    draw(colourOf(o.color) ?? fallback),
  );
}

/** Objects that float on a string (the string is drawn from the hand up to them). */
export const ON_A_STRING = new Set(["balloon", "kite"]);
/** Objects that belong up in the air when someone looks or reaches for them. */
export const SKY_OBJECTS = new Set(["balloon", "kite", "star", "lantern"]);
