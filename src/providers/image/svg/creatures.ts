/**
 * One drawing per creature kind, posed. Every figure is drawn facing right (+x) with its feet at
 * (0, 0), about 230 px tall at scale 1; the caller flips it to face left and scales it for depth.
 * What tells the kinds apart is the silhouette: ears, horn, wings, shell, spines, beak, antenna.
 */
import type { CreatureKind } from "../../../story/types";
import type { Pose } from "./poses";
import { circle, dot, ellipse, flat, g, INK, line, mix, P, path, rect } from "./shapes";

/** How one character looks: kind, colours (body = fur, feathers or a person's hair), accessories. */
export interface Look {
  kind: CreatureKind;
  body: string;
  cloth: string;
  skin: string;
  /** A person's hair: 0 short, 1 long, 2 bunches, 3 curly. */
  hair: number;
  /** Accessory words: "scarf hat bow glasses cape". */
  acc: string;
}

/** A drawn figure and where its front hand (or mouth) and its head are, in its own coordinates. */
export interface Drawn {
  svg: string;
  hand: [number, number];
  head: [number, number];
}

const PINK = "#f4a0b0";
const ORANGE = "#f08a32";
const rad = (deg: number) => (deg * Math.PI) / 180;

/** An arm from the shoulder at `deg` (0 hangs down, 90 points forward, 180 straight up). */
function arm(sx: number, sy: number, deg: number, len: number, c: string, w: number, hand: string, hr: number) {
  const x = sx + Math.sin(rad(deg)) * len,
    y = sy + Math.cos(rad(deg)) * len;
  return { svg: line(P`M${sx} ${sy}L${x} ${y}`, c, w) + circle(x, y, hr, hand), tip: [x, y] as [number, number] };
}
const rotate = (deg: number, x: number, y: number, inner: string) =>
  deg ? g({ transform: P`rotate(${deg} ${x} ${y})` }, inner) : inner;

/** Eyes, cheeks and smile of a face seen from the front, turned a little towards +x. */
function face(y: number, eyes: Pose["eyes"], gap = 17, r = 6.5, turn = 5): string {
  const dy = eyes === "up" ? -3 : eyes === "down" ? 3 : 0;
  const e =
    eyes === "closed"
      ? line(P`M${turn - gap - 7} ${y}q7 6 14 0M${turn + gap - 7} ${y}q7 6 14 0`, INK, 3.5)
      : path(dot(turn - gap, y + dy, r) + dot(turn + gap, y + dy, r), INK, flat) +
        path(dot(turn + 2 - gap, y + dy - 2, r / 3) + dot(turn + gap + 2, y + dy - 2, r / 3), "#ffffff", flat);
  return (
    e +
    path(dot(turn - gap - 12, y + 16, 8) + dot(turn + gap + 12, y + 16, 8), "#f48fb1", { ...flat, opacity: 0.5 }) +
    line(P`M${turn - 8} ${y + 24}q8 8 16 0`, INK, 3)
  );
}
/** An eye seen from the side. */
const sideEye = (x: number, y: number, eyes: Pose["eyes"], r = 7) =>
  eyes === "closed"
    ? line(P`M${x - 8} ${y}q8 6 16 0`, INK, 3.5)
    : circle(x, y + (eyes === "up" ? -2 : eyes === "down" ? 2 : 0), r, INK, flat) +
      circle(x + 2, y - 3, r / 3, "#ffffff");

function accessories(l: Look, hy: number, hr: number): string {
  const neck = hy + hr - 6,
    on = (a: string) => l.acc.includes(a);
  return (
    (on("scarf")
      ? path(
          P`M-36 ${neck - 8}Q0 ${neck + 10} 36 ${neck - 8}L38 ${neck + 8}Q0 ${neck + 26} -38 ${neck + 8}Z`,
          l.cloth,
        ) + rect(-26, neck + 6, 14, 40, l.cloth, { rx: 5 })
      : "") +
    (on("hat")
      ? path(P`M${-hr * 0.8} ${hy - hr * 0.5}Q0 ${hy - hr * 2} ${hr * 0.8} ${hy - hr * 0.5}Z`, l.cloth) +
        circle(0, hy - hr * 1.3, 10, "#ffffff")
      : "") +
    (on("bow")
      ? path(P`M${hr / 2} ${hy - hr * 0.8}l-22 -14v28ZM${hr / 2} ${hy - hr * 0.8}l22 -14v28Z`, l.cloth) +
        circle(hr / 2, hy - hr * 0.8, 6, l.cloth)
      : "") +
    (on("glasses")
      ? path(dot(-12, hy - 2, 13) + dot(22, hy - 2, 13) + P`M1 ${hy - 2}h8`, "none", { stroke: INK, "stroke-width": 3 })
      : "")
  );
}

// ---------- furry and scaly creatures on two legs: bear, cat, dog, fox, rabbit, mouse, dragon ----------

type Furry = "bear" | "cat" | "dog" | "fox" | "rabbit" | "mouse" | "dragon";
export const FURRY: readonly CreatureKind[] = ["bear", "cat", "dog", "fox", "rabbit", "mouse", "dragon"];
/** Drawn in profile: they don't bend at the waist like the upright figures. */
export const SIDE_VIEW: readonly CreatureKind[] = ["unicorn", "whale", "turtle", "snail", "hedgehog", "duck"];

function ears(k: Furry, b: string, light: string): string {
  switch (k) {
    case "fox":
      return (
        path("M-42 -185L-36 -238L-6 -205ZM42 -185L36 -238L6 -205Z", b) +
        path("M-34 -196L-32 -224L-16 -206ZM34 -196L32 -224L16 -206Z", INK)
      );
    case "cat":
      return (
        path("M-40 -190L-34 -232L-10 -206ZM40 -190L34 -232L10 -206Z", b) +
        path("M-32 -198L-30 -220L-18 -206ZM32 -198L30 -220L18 -206Z", PINK)
      );
    case "bear":
      return path(dot(-34, -199, 17) + dot(34, -199, 17), b) + path(dot(-34, -199, 8) + dot(34, -199, 8), light);
    case "mouse":
      return path(dot(-40, -200, 28) + dot(40, -200, 28), b) + path(dot(-40, -200, 16) + dot(40, -200, 16), PINK);
    case "rabbit":
      return (
        ellipse(-18, -240, 13, 48, b, { transform: "rotate(-8 -18 -200)" }) +
        ellipse(18, -240, 13, 48, b, { transform: "rotate(10 18 -200)" }) +
        ellipse(-18, -236, 6, 32, PINK, { transform: "rotate(-8 -18 -200)" }) +
        ellipse(18, -236, 6, 32, PINK, { transform: "rotate(10 18 -200)" })
      );
    case "dragon":
      return path("M-30 -198l-14 -40 30 26ZM30 -198l14 -40 -30 26Z", "#f3e39a");
    default:
      return "";
  }
}

function tail(k: Furry, b: string): string {
  // Drawn on the back side (-x).
  switch (k) {
    case "fox":
      return (
        path("M-20 -40C-100 -40 -130 -120 -86 -160C-76 -104 -40 -84 -10 -74Z", b) +
        path("M-86 -160C-100 -140 -98 -124 -94 -114C-80 -118 -76 -140 -86 -160Z", "#fbf4ea")
      );
    case "cat":
      return line("M-35 -30C-90 -30 -80 -110 -105 -120", b, 12);
    case "dog":
      return line("M-38 -50q-30 -10 -36 -50", b, 11);
    case "mouse":
      return line("M-38 -20C-90 -10 -100 -60 -130 -50", PINK, 4);
    case "rabbit":
      return circle(-42, -40, 16, "#ffffff");
    case "bear":
      return circle(-42, -50, 11, b);
    case "dragon":
      return path("M-30 -30C-100 -20 -130 -60 -150 -100L-160 -80L-176 -112L-140 -104C-120 -60 -90 -50 -30 -52Z", b);
  }
}

/** Bat wings behind a dragon: folded at rest, raised and wide when flying or playing. */
function dragonWings(b: string, wings: Pose["wings"]): string {
  const up = wings === "up",
    wing = up
      ? "M14 -112C60 -170 110 -220 160 -230C150 -190 150 -160 130 -140C118 -152 100 -150 92 -132C80 -144 60 -140 54 -122Z"
      : "M20 -110C50 -150 80 -180 110 -186C106 -160 104 -140 92 -126C84 -134 72 -132 66 -120C58 -128 44 -124 40 -112Z",
    c = mix(b, "#ffffff", 0.25);
  return path(wing, c) + g({ transform: "scale(-1 1)" }, path(wing, c));
}

function furryHead(k: Furry, l: Look, eyes: Pose["eyes"]): string {
  const b = l.body,
    light = mix(b, "#ffffff", 0.65),
    dark = mix(b, "#000000", 0.25);
  let s = ears(k, b, light) + circle(0, -165, 46, b);
  if (k === "dragon")
    s +=
      ellipse(12, -142, 34, 22, light) +
      path(dot(4, -150, 3) + dot(22, -150, 3), INK, flat) +
      path("M-12 -210l8 -14 8 12ZM6 -212l8 -14 8 12Z", dark);
  else s += ellipse(8, -145, k === "fox" ? 26 : 22, 17, light) + ellipse(8, -155, 7, 5, INK, flat);
  if (k === "dog")
    s +=
      ellipse(-46, -165, 14, 32, dark, { transform: "rotate(20 -46 -165)" }) +
      ellipse(46, -165, 14, 32, dark, { transform: "rotate(-20 46 -165)" });
  if (k === "cat" || k === "mouse") s += line("M-12 -146l-30 -4M-12 -140l-30 6M28 -146l30 -4M28 -140l30 6", INK, 2);
  return s + face(-169, eyes) + accessories(l, -165, 46);
}

function furry(l: Look, pose: Pose): Drawn {
  const k = l.kind as Furry,
    b = l.body,
    light = mix(b, "#ffffff", 0.65),
    dark = mix(b, "#000000", 0.25);
  const back = arm(-26, -104, pose.arms[1], 48, b, 20, dark, 12),
    front = arm(26, -104, pose.arms[0], 48, b, 20, dark, 12),
    st = pose.stride * 16;
  let s = tail(k, b) + (k === "dragon" ? dragonWings(b, pose.wings) : "") + back.svg;
  s +=
    line(P`M-16 -30L${-20 - st} -8M16 -30L${20 + st} -8`, b, 22) +
    path(dot(-20 - st, -8, 13) + dot(20 + st, -8, 13), dark) +
    ellipse(0, -68, 44, 62, b) +
    ellipse(4, -58, 28, 42, light);
  if (k === "dragon") s += path("M-6 -128l8 -16 8 16ZM-8 -108l8 -16 8 16Z", "#f3e39a");
  s += front.svg + rotate(pose.head, 0, -125, furryHead(k, l, pose.eyes));
  return { svg: s, hand: front.tip, head: [0, -165] };
}

/** A furry creature asleep: curled up on the ground, head on its paws, tail round the front. */
function curled(l: Look, pose: Pose): Drawn {
  const k = l.kind as Furry,
    b = l.body,
    light = mix(b, "#ffffff", 0.55);
  let s = k === "dragon" ? g({ transform: "translate(-10 60) scale(.8)" }, dragonWings(b, "rest")) : "";
  s += ellipse(-10, -48, 96, 48, b) + ellipse(0, -30, 70, 20, light);
  if (k === "dragon") s += path("M-80 -88l10 -18 10 16ZM-50 -96l10 -18 10 16ZM-20 -98l10 -18 10 16Z", "#f3e39a");
  s += g({ transform: "translate(70 98) scale(.8)" }, furryHead(k, l, pose.eyes));
  const wrap =
    k === "fox" || k === "dragon" || k === "cat" || k === "mouse"
      ? line("M-100 -40C-120 10 40 10 76 -6", k === "mouse" ? PINK : b, k === "mouse" ? 5 : k === "fox" ? 26 : 14) +
        (k === "fox" ? circle(76, -8, 14, "#fbf4ea") : "")
      : "";
  return { svg: s + wrap, hand: [90, -20], head: [70, -40] };
}

// ---------- people ----------

function person(l: Look, pose: Pose, tall: boolean): Drawn {
  const { skin, body: hair, cloth } = l,
    up = tall ? -40 : 0,
    hy = -185,
    hr = tall ? 40 : 44,
    st = pose.stride * 16,
    legs = tall ? mix(cloth, "#1f2a44", 0.6) : skin;
  const back = arm(-30, -124, pose.arms[1], 50, cloth, 15, skin, 9),
    front = arm(30, -124, pose.arms[0], 50, cloth, 15, skin, 9);
  let top = l.acc.includes("cape") ? path("M-34 -136L-62 -20H62L34 -136Z", mix(cloth, "#000000", 0.2)) : "";
  if (l.hair === 1) top += rect(-52, hy - 22, 104, 80, hair, { rx: 34 });
  top += back.svg;
  top +=
    path(
      tall
        ? "M-42 -48L-34 -136Q0 -148 34 -136L42 -48Q0 -40 -42 -48Z"
        : "M-44 -48L-30 -136Q0 -148 30 -136L44 -48Q0 -38 -44 -48Z",
      cloth,
    ) + path(dot(4, -112, 4) + dot(4, -88, 4), "#ffffff", { ...flat, opacity: 0.8 });
  let head = (l.hair === 2 ? path(dot(-54, hy + 8, 17) + dot(54, hy + 8, 17), hair) : "") + circle(0, hy, hr, skin);
  head +=
    l.hair === 3
      ? path(dot(-30, hy - 30, 18) + dot(0, hy - 42, 20) + dot(30, hy - 30, 18) + dot(-42, hy - 6, 13), hair)
      : tall && l.hair !== 1
        ? path(P`M-42 ${hy}C-46 ${hy - 56} 46 ${hy - 56} 42 ${hy}C34 ${hy - 26} -6 ${hy - 30} -42 ${hy}Z`, hair) +
          circle(-30, hy - 34, 16, hair)
        : path(
            P`M-46 ${hy + 6}C-52 ${hy - 60} 52 ${hy - 60} 46 ${hy + 6}C36 ${hy - 22} -6 ${hy - 30} -46 ${hy + 6}Z`,
            hair,
          );
  head += face(hy + 2, pose.eyes, tall ? 15 : 17) + accessories(l, hy, hr);
  top += rotate(pose.head, 0, -140, head) + front.svg;
  const s =
    line(P`M-12 -56L${-14 - st} -10M12 -56L${14 + st} -10`, legs, 15) +
    (tall ? line(P`M-12 -100L-12 -56M12 -100L12 -56`, legs, 16) : "") +
    path(dot(-14 - st, -6, 11) + dot(14 + st, -6, 11), "#4a3b32") +
    (up ? g({ transform: P`translate(0 ${up})` }, top) : top);
  return { svg: s, hand: [front.tip[0], front.tip[1] + up], head: [0, hy + up] };
}

// ---------- other upright figures: owl, penguin, robot ----------

function owl(l: Look, pose: Pose): Drawn {
  const b = l.body,
    light = mix(b, "#ffffff", 0.6),
    dark = mix(b, "#000000", 0.25),
    // Wings are the arms: folded at the sides, spread when flying.
    wing = (sx: number, deg: number) =>
      ellipse(sx, -70, 18, 50, dark, { transform: P`rotate(${sx > 0 ? -deg : deg} ${sx} -120)` });
  const spread = pose.wings === "up" ? 110 : 10;
  let s =
    wing(-56, spread) +
    wing(56, spread) +
    path("M-48 -172l-8 -38 30 24ZM48 -172l8 -38 -30 24Z", b) +
    ellipse(0, -105, 62, 105, b) +
    ellipse(4, -70, 40, 55, light) +
    line("M-14 -80q6 6 12 0M6 -80q6 6 12 0M-4 -60q6 6 12 0", dark, 3) +
    path(`${dot(-16, -4, 8)}${dot(16, -4, 8)}`, ORANGE);
  const head =
    path(dot(-20, -150, 21) + dot(28, -150, 21), "#ffffff") +
    face(-150, pose.eyes, 24, 9, 4) +
    path("M-4 -132l8 14 8 -14Z", ORANGE) +
    accessories(l, -150, 55);
  s += rotate(pose.head, 0, -120, head);
  return { svg: s, hand: [60, -90], head: [0, -150] };
}

function penguin(l: Look, pose: Pose): Drawn {
  const b = l.body,
    flipper = (sx: number, deg: number) =>
      ellipse(sx, -70, 14, 46, b, { transform: P`rotate(${sx > 0 ? -deg : deg} ${sx} -116)` });
  const s =
    path(`${dot(-22, -4, 9)}${dot(22, -4, 9)}`, ORANGE) +
    flipper(-48, Math.min(Math.abs(pose.arms[1]), 120)) +
    ellipse(0, -100, 56, 100, b) +
    ellipse(8, -78, 40, 76, "#fbfbf7") +
    flipper(50, Math.min(pose.arms[0], 130)) +
    rotate(
      pose.head,
      0,
      -130,
      path(dot(-10, -165, 22) + dot(26, -165, 22), "#fbfbf7") +
        face(-168, pose.eyes, 16, 6, 8) +
        path("M10 -154l30 8-30 8Z", ORANGE) +
        accessories(l, -165, 46),
    );
  return { svg: s, hand: [62, -80], head: [0, -165] };
}

function robot(l: Look, pose: Pose): Drawn {
  const b = l.body,
    dark = mix(b, "#000000", 0.3),
    back = arm(-50, -126, pose.arms[1], 54, "#9aa3b5", 10, dark, 12),
    front = arm(50, -126, pose.arms[0], 54, "#9aa3b5", 10, dark, 12),
    st = pose.stride * 14;
  const eyes =
    pose.eyes === "closed"
      ? line("M-20 -190h16M14 -190h16", INK, 4)
      : path(dot(-12, pose.eyes === "up" ? -194 : -190, 9) + dot(22, pose.eyes === "up" ? -194 : -190, 9), "#7fe0ff", {
          stroke: INK,
          "stroke-width": 3,
        });
  const head =
    rect(-10, -152, 20, 16, "#9aa3b5") +
    line("M0 -224v-26", INK, 4) +
    circle(0, -254, 9, "#e05a5a") +
    rect(-50, -200, 12, 24, dark, { rx: 4 }) +
    rect(38, -200, 12, 24, dark, { rx: 4 }) +
    rect(-42, -224, 84, 76, b, { rx: 14 }) +
    eyes +
    rect(-8, -172, 34, 12, "#f5f3ee", { rx: 3 }) +
    line("M3 -172v12M14 -172v12", INK, 2);
  const s =
    back.svg +
    rect(-30 - st, -54, 18, 50, "#9aa3b5") +
    rect(12 + st, -54, 18, 50, "#9aa3b5") +
    rect(-36 - st, -10, 30, 12, dark, { rx: 4 }) +
    rect(8 + st, -10, 30, 12, dark, { rx: 4 }) +
    rect(-48, -140, 96, 92, b, { rx: 12 }) +
    rect(-26, -122, 52, 44, mix(b, "#ffffff", 0.6), { rx: 6 }) +
    path(dot(-12, -100, 6), "#e05a5a") +
    path(dot(4, -100, 6), "#f4c430") +
    path(dot(20, -100, 6), "#5bb36b") +
    front.svg +
    rotate(pose.head, 0, -140, head);
  return { svg: s, hand: front.tip, head: [0, -190] };
}

// ---------- creatures seen from the side: unicorn, whale, turtle, snail, hedgehog, duck ----------

function unicorn(l: Look, pose: Pose): Drawn {
  const b = l.body,
    dark = mix(b, "#000000", 0.2),
    asleep = pose.eyes === "closed",
    st = pose.stride * 18,
    mane = ["#f28cb1", "#b39ddb", "#7fb3f0"];
  let legs = "";
  if (!asleep)
    for (const [x, sw] of [
      [-52, -st],
      [-30, st],
      [38, st],
      [60, -st],
    ] as const)
      legs +=
        line(P`M${x} -96L${x + sw} -8`, x === -30 || x === 38 ? dark : b, 16) +
        rect(x + sw - 9, -12, 18, 12, "#8a7a9a", { rx: 3 });
  const body =
    path("M-80 -122C-120 -120 -130 -60 -110 -30C-108 -70 -100 -90 -84 -100Z", mane[1] as string) +
    path("M-82 -126C-130 -140 -140 -80 -126 -56C-122 -90 -110 -104 -86 -110Z", mane[0] as string) +
    ellipse(0, -112, 86, 46, b);
  const head =
    path("M40 -140L66 -212L104 -200L86 -110Z", b) +
    ellipse(104, -200, 38, 24, b, { transform: "rotate(28 104 -200)" }) +
    ellipse(124, -184, 16, 13, mix(b, PINK, 0.35)) +
    path("M76 -226l4 -26 14 20Z", b) +
    path("M94 -224L110 -292L114 -220Z", "#f4c430") +
    line("M98 -238l14 -6M101 -252l12 -5M104 -266l9 -4", "#d9a21a", 3) +
    path(
      "M66 -214C40 -210 30 -170 34 -140C44 -160 46 -180 62 -190C48 -170 50 -150 56 -134C60 -160 66 -180 74 -196Z",
      mane[2] as string,
    ) +
    path("M70 -222C50 -224 40 -206 44 -190C54 -200 60 -206 72 -208Z", mane[0] as string) +
    sideEye(100, -206, pose.eyes, 6) +
    line("M118 -178q6 4 12 0", INK, 2.5);
  const s = legs + g({ transform: asleep ? "translate(0 70)" : "" }, body + rotate(pose.head, 70, -150, head));
  return { svg: s, hand: [128, asleep ? -120 : -190], head: [100, asleep ? -130 : -200] };
}

function whale(l: Look, pose: Pose): Drawn {
  const b = l.body,
    light = mix(b, "#ffffff", 0.6);
  const s =
    path("M-110 -70C-140 -74 -160 -100 -168 -134C-150 -122 -134 -120 -124 -126C-122 -110 -126 -96 -110 -86Z", b) +
    path("M-110 -70C-150 -66 -176 -48 -196 -20C-176 -30 -156 -30 -146 -20C-142 -44 -130 -56 -110 -60Z", b) +
    path(
      "M150 -60C150 -130 60 -150 -20 -130C-80 -116 -110 -90 -120 -66C-100 -30 -40 -4 40 -2C110 0 150 -20 150 -60Z",
      b,
    ) +
    path("M150 -52C140 -18 100 -2 40 -2C-20 -4 -60 -16 -80 -30C-20 -30 80 -30 150 -52Z", light) +
    line("M0 -22h60M-10 -14h70M20 -6h40", mix(b, "#000000", 0.15), 2.5) +
    ellipse(30, -26, 34, 12, mix(b, "#000000", 0.15), { transform: "rotate(20 30 -26)" }) +
    (pose.eyes === "closed" ? "" : circle(96, -74, 13, "#ffffff")) +
    sideEye(96, -74, pose.eyes, 8) +
    line("M150 -54Q130 -40 106 -46", INK, 3) +
    (pose.eyes === "closed"
      ? ""
      : line("M60 -136q-4 -30 -24 -44M60 -136q0 -34 0 -50M60 -136q4 -30 24 -44", "#bfe3f5", 7, { class: "spout" }));
  return { svg: s, hand: [150, -80], head: [96, -74] };
}

function turtle(l: Look, pose: Pose): Drawn {
  const b = l.body,
    skin = "#a8c96a",
    st = pose.stride * 10,
    asleep = pose.eyes === "closed";
  const head = asleep
    ? circle(86, -34, 20, skin) + sideEye(92, -38, "closed", 5)
    : ellipse(80, -44, 30, 14, skin) +
      circle(112, -62, 26, skin) +
      sideEye(118, -68, pose.eyes, 6) +
      line("M118 -52q8 4 16 -2", INK, 2.5);
  const s =
    path("M-96 -20l-22 10 22 4Z", skin) +
    path(dot(-60 - st, -8, 16) + dot(-26 + st, -6, 15) + dot(28 - st, -6, 15) + dot(62 + st, -8, 16), skin) +
    rotate(asleep ? 0 : pose.head, 70, -40, head) +
    path("M-92 -28A92 88 0 0 1 92 -28Z", b) +
    path(
      "M-40 -80l20 -26h40l20 26l-20 26h-40ZM-92 -28L-60 -54M92 -28L60 -54M-40 -80L-66 -66M40 -80L66 -66M-20 -106L-30 -114M20 -106L30 -114M-20 -54v26M20 -54v26",
      "none",
      {
        stroke: mix(b, "#000000", 0.3),
        "stroke-width": 4,
      },
    ) +
    rect(-98, -34, 196, 16, mix(b, "#000000", 0.2), { rx: 8 });
  return { svg: s, hand: [130, -60], head: [112, -62] };
}

function snail(l: Look, pose: Pose): Drawn {
  const b = l.body,
    skin = "#d8c2a0",
    up = pose.eyes === "closed" ? 0.4 : 1;
  let spiral = "M-10 -86";
  for (let a = 0; a < 15; a++) {
    const r = 4 + a * 3.6,
      t = a * 0.9;
    spiral += P`L${-10 + Math.cos(t) * r} ${-86 + Math.sin(t) * r}`;
  }
  const s =
    path("M-100 0Q-110 -22 -70 -24H70Q96 -30 100 -70Q104 -96 124 -88Q140 -60 130 -20Q124 0 100 0Z", skin) +
    rotate(
      pose.head,
      110,
      -70,
      line(P`M108 -84L${100 - 6 * up} ${-84 - 46 * up}M120 -84L${128 + 6 * up} ${-84 - 44 * up}`, skin, 6) +
        path(dot(100 - 6 * up, -86 - 46 * up, 7) + dot(128 + 6 * up, -86 - 44 * up, 7), INK) +
        line("M112 -56q8 6 14 -2", INK, 2.5) +
        (pose.eyes === "closed" ? line("M108 -70h10", INK, 3) : ""),
    ) +
    circle(-10, -86, 64, b) +
    line(spiral, mix(b, "#000000", 0.35), 6);
  return { svg: s, hand: [130, -60], head: [120, -80] };
}

function hedgehog(l: Look, pose: Pose): Drawn {
  const b = l.body,
    tan = "#e8c9a0";
  // Spines: a zigzag round the back, alternating between the body's edge and a point outside it.
  let spines = "";
  for (let i = 0; i <= 22; i++) {
    const t = Math.PI * (1 - (i / 22) * 0.82),
      r = i % 2 ? 112 : 84;
    spines += (i ? "L" : "M") + P`${Math.cos(t) * r * 1.05} ${-Math.sin(t) * r * 0.95}`;
  }
  const s =
    path(dot(-40, -6, 12) + dot(40, -6, 12), mix(tan, "#000000", 0.3)) +
    path(`${spines}L40 -20L-90 0Z`, mix(b, "#000000", 0.15)) +
    ellipse(-6, -40, 86, 44, b) +
    rotate(
      pose.head,
      60,
      -40,
      path("M40 -92Q90 -80 134 -28Q126 -6 60 -4Q30 -40 40 -92Z", tan) +
        circle(134, -28, 10, INK) +
        circle(60, -86, 12, mix(tan, "#000000", 0.2)) +
        sideEye(86, -60, pose.eyes, 7) +
        line("M104 -20q8 4 14 -2", INK, 2.5),
    );
  return { svg: s, hand: [134, -28], head: [86, -60] };
}

function duck(l: Look, pose: Pose): Drawn {
  const b = l.body,
    wingc = mix(b, "#000000", 0.12),
    up = pose.wings === "up",
    st = pose.stride * 10;
  const wing = up
    ? path("M10 -80C-20 -150 -60 -170 -100 -170C-80 -140 -60 -110 -20 -60Z", wingc) +
      path("M20 -80C10 -140 -10 -180 -40 -196C-40 -150 -30 -110 0 -66Z", wingc)
    : ellipse(-8, -66, 46, 24, wingc, { transform: "rotate(-12 -8 -66)" });
  const s =
    line(P`M-10 -20L${-12 - st} -4M16 -20L${18 + st} -4`, ORANGE, 6) +
    path(P`M${-30 - st} 0h28l-12 -8ZM${4 + st} 0h28l-12 -8Z`, ORANGE) +
    path("M-60 -72L-98 -100L-76 -48Z", b) +
    ellipse(0, -58, 72, 44, b) +
    rotate(
      pose.head,
      44,
      -90,
      ellipse(44, -100, 24, 38, b) +
        circle(58, -134, 34, b) +
        path("M84 -132Q130 -132 128 -116Q112 -106 84 -116Z", ORANGE) +
        sideEye(66, -144, pose.eyes, 7),
    ) +
    wing;
  return { svg: s, hand: [128, -124], head: [58, -134] };
}

const DRAW: Record<CreatureKind, (l: Look, pose: Pose) => Drawn> = {
  bear: furry,
  cat: furry,
  dog: furry,
  fox: furry,
  rabbit: furry,
  mouse: furry,
  dragon: furry,
  child: (l, pose) => person(l, pose, false),
  "grown-up": (l, pose) => person(l, pose, true),
  owl,
  penguin,
  robot,
  unicorn,
  whale,
  turtle,
  snail,
  hedgehog,
  duck,
};

/**
 * Draws one figure in its pose. Sleeping figures lie down: furry ones curl up, people, robots and
 * penguins lie on their side with a blanket, the others settle where they are with their eyes shut.
 */
export function drawCreature(l: Look, pose: Pose, sleeping: boolean): Drawn {
  const k = l.kind;
  if (sleeping && FURRY.includes(k)) return curled(l, pose);
  const lying = sleeping && (k === "child" || k === "grown-up" || k === "robot" || k === "penguin");
  const d = DRAW[k](l, pose);
  if (!lying) return d;
  // On its side, head to the left, on a pillow, under a blanket; centred on x = 0.
  const blanket = mix(l.cloth, "#ffffff", 0.3);
  return {
    svg: g(
      { transform: "translate(90 0)" },
      ellipse(-200, -30, 50, 24, "#ffffff") +
        g({ transform: "translate(0 -46) rotate(-90)" }, d.svg) +
        path("M-150 -96Q-40 -120 40 -96Q56 -50 40 0H-150Z", blanket) +
        line("M-120 -100V0M-70 -106V0M-20 -108V0", mix(blanket, "#ffffff", 0.5), 4, { opacity: 0.7 }),
    ),
    hand: [-60, -20],
    head: [-95, -46],
  };
}
