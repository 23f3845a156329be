/**
 * Figures: how a character looks (read from its kind, its colour and the words of its looks) and
 * where it stands, how big (depth) and which way it faces. Drawing per kind is in `creatures.ts`.
 */
import type { CreatureKind } from "../../../story/types";
import { type Drawn, drawCreature, type Look, SIDE_VIEW } from "./creatures";
import type { Pose } from "./poses";
import { COLOURS, colourOf, ellipse, flat, g, hash, P } from "./shapes";

/** Words in a character's looks (English) that name its kind; the first one found wins. */
const KIND_WORDS: Record<CreatureKind, string> = {
  fox: "fox|foxes|vixen",
  bear: "bears?|teddy|cub",
  rabbit: "rabbits?|bunny|hare",
  owl: "owls?|bird|robin|owlet",
  cat: "cats?|kitten|kitty",
  dog: "dogs?|puppy|pup",
  mouse: "mouse|mice|hamster",
  dragon: "dragons?|dinosaur",
  unicorn: "unicorns?|pony|horse",
  whale: "whales?|dolphin",
  penguin: "penguins?",
  turtle: "turtles?|tortoise",
  snail: "snails?",
  robot: "robots?",
  hedgehog: "hedgehogs?",
  duck: "ducks?|duckling|goose|swan",
  child: "girl|boy|child|kid|princess|prince|baby|toddler|sister|brother",
  "grown-up":
    "grown-?up|mum|mom|mother|dad|father|grandma|granny|grandpa|grandad|nana|aunt|uncle|woman|man|lady|teacher",
};
/** Size of each kind next to a child (about 1). */
export const SCALE: Record<CreatureKind, number> = {
  fox: 1,
  bear: 1.2,
  rabbit: 0.9,
  owl: 0.85,
  cat: 0.9,
  dog: 1,
  mouse: 0.75,
  dragon: 1.2,
  unicorn: 1.15,
  whale: 1.3,
  penguin: 0.85,
  turtle: 0.8,
  snail: 0.65,
  robot: 1,
  hedgehog: 0.7,
  duck: 0.75,
  child: 1.05,
  "grown-up": 1.2,
};
/** Natural body colours per kind when nothing names one (for people: hair). */
const FUR: Record<CreatureKind, string[]> = {
  fox: ["#e8772e"],
  bear: ["#8b5a3c", "#a0683f"],
  rabbit: ["#d9d2ca", "#b9a48f"],
  owl: ["#8d6e52"],
  cat: ["#f0a35e", "#8f8f99", "#4a464f"],
  dog: ["#c89b6d", "#e3c79c"],
  mouse: ["#a9a4a8"],
  dragon: ["#5cae6a", "#4aa3a0", "#8e6cc4"],
  unicorn: ["#f7f3fb"],
  whale: ["#4e5d7e", "#5b5f8f"],
  penguin: ["#2d3142"],
  turtle: ["#5f9a4e", "#7a8f3e"],
  snail: ["#e0a060", "#c98a5a"],
  robot: ["#c0c4cc", "#8ec5e8"],
  hedgehog: ["#8b6a4e"],
  duck: ["#f4d03f", "#f5f3ee"],
  child: ["#3b2a20", "#6b4226", "#c58a3e", "#e8c26a", "#b5532a"],
  "grown-up": ["#3b2a20", "#6b4226", "#8f8f99", "#c58a3e"],
};
const SKIN = ["#f6d7b8", "#eec19a", "#d9a27a", "#a8714a", "#7a4b2f"];
export const CLOTHES = ["#e05a5a", "#f29e3d", "#4a7fd4", "#5bb36b", "#8e5cc4", "#f28cb1", "#2a9d8f", "#f4c430"];
const CLOTHING =
  /^(scarf|hat|cap|beanie|raincoat|coat|jacket|dress|cape|cloak|jumper|sweater|hoodie|shirt|boots|bow|ribbon|bowtie|overalls|pyjamas|pajamas|mittens|skirt)$/;
const PEOPLE: readonly CreatureKind[] = ["child", "grown-up"];

const KIND_RES = Object.entries(KIND_WORDS).map(([k, w]) => [k as CreatureKind, new RegExp(`\\b(?:${w})\\b`)] as const);

/** The kind named first in a character's looks, if any. */
export function kindOf(text: string): CreatureKind | undefined {
  let kind: CreatureKind | undefined,
    at = Infinity;
  for (const [k, re] of KIND_RES) {
    const i = text.search(re);
    if (i >= 0 && i < at) [kind, at] = [k, i];
  }
  return kind;
}

/**
 * Reads one character: kind (given by a plan, else the first kind word of its looks, else a child),
 * colours (a plan's colour, else a colour word before a body or clothing noun) and accessories.
 * @example lookOf({ name: "Pip", looks: "a small fox with a red scarf" }) // { kind: "fox", cloth: "#d64545", acc: "scarf", … }
 */
export function lookOf(c: { name: string; looks?: string }, kind?: CreatureKind, colour?: string): Look {
  const text = `${c.looks ?? ""} ${c.name}`.toLowerCase(),
    seed = hash(c.name),
    words = text.match(/[a-z]+/g) ?? [];
  const k = kind ?? kindOf(text) ?? "child";
  let body: string | undefined, cloth: string | undefined;
  words.forEach((w, i) => {
    const c = COLOURS[w];
    if (!c || words[i + 1] === "eyes") return;
    const noun =
      words
        .slice(i + 1, i + 5)
        .find(
          (n) =>
            CLOTHING.test(n) ||
            /^(fur|hair|feathers|scales|skin|tail|ears|body|wings|paws|spots|stripes|shell)$/.test(n),
        ) ?? "";
    if (CLOTHING.test(noun)) cloth ??= c;
    else body ??= c;
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
  // A plan's colour is the creature's own (fur, scales); for a person it is the clothes.
  const planned = colourOf(colour);
  return {
    kind: k,
    body: (PEOPLE.includes(k) ? undefined : planned) ?? body ?? pick(FUR[k], 3),
    cloth: (PEOPLE.includes(k) ? planned : undefined) ?? cloth ?? pick(CLOTHES, 7),
    skin: pick(SKIN, 11),
    hair,
    acc,
  };
}

/** A figure put in the picture: feet at (x, y) on the ground, scale, facing, lifted by its pose. */
export interface Placement {
  x: number;
  y: number;
  s: number;
  /** 1 faces right, -1 faces left. */
  dir: 1 | -1;
  lift: number;
}

/** Where a point of the figure's own drawing lands in the picture. */
export function toWorld(p: Placement, lean: number, [lx, ly]: [number, number]): [number, number] {
  const a = (lean * Math.PI) / 180,
    rx = lx * Math.cos(a) - ly * Math.sin(a),
    ry = lx * Math.sin(a) + ly * Math.cos(a);
  return [p.x + rx * p.s * p.dir, p.y - p.lift + ry * p.s];
}

export interface PlacedFigure {
  svg: string;
  /** The front hand (or mouth, for creatures without hands) and the head, in picture coordinates. */
  hand: [number, number];
  head: [number, number];
}

/**
 * Draws a figure in place inside a `<g class="character kind-… pose-…">` hook (what tests and
 * screen readers' tools can find), with its shadow on the ground.
 */
export function placeFigure(
  look: Look,
  pose: Pose,
  action: string,
  at: Placement,
  role: "character" | "subject",
  art: Record<string, string | number>,
): PlacedFigure {
  const sleeping = action === "sleeping",
    d: Drawn = drawCreature(look, pose, sleeping),
    lean = sleeping ? 0 : SIDE_VIEW.includes(look.kind) ? (action === "flying" ? -10 : 0) : pose.lean,
    w = sleeping ? 110 : 60;
  const shadow = ellipse(at.x, at.y, w * at.s, 12 * at.s, "#000000", {
    ...flat,
    opacity: at.lift > 60 ? 0.1 : 0.2,
  });
  const body = g(
    {
      transform:
        P`translate(${at.x} ${at.y - at.lift}) scale(${at.dir * at.s} ${at.s})` + (lean ? P` rotate(${lean})` : ""),
    },
    d.svg,
  );
  return {
    svg: shadow + g({ class: `character kind-${look.kind} pose-${action}`, "data-role": role, ...art }, body),
    hand: toWorld(at, lean, d.hand),
    head: toWorld(at, lean, d.head),
  };
}
