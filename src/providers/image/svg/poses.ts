/**
 * What each action does to a figure: arm angles, head tilt, lean, stride, lift, eyes, wings.
 * Data only; `creatures.ts` reads it when it draws a figure.
 */
import type { PictureAction } from "../../../story/types";

export interface Pose {
  /** Front and back arm, degrees from hanging down: 90 points forward, 180 straight up, negative backwards. */
  arms: [number, number];
  /** Head tilt in degrees: negative looks up, positive looks down. */
  head: number;
  /** Whole body lean forward, degrees (searching bends, flying lies along the air). */
  lean: number;
  /** Legs apart, 0–1. */
  stride: number;
  /** How far off the ground the figure is, in px at scale 1 (a hop, or flying). */
  lift: number;
  eyes: "open" | "closed" | "up" | "down";
  /** Wings for the creatures that have them: folded, raised (flying) or spread. */
  wings: "rest" | "up";
}

export const POSES: Record<PictureAction, Pose> = {
  standing: { arms: [14, -14], head: 0, lean: 0, stride: 0, lift: 0, eyes: "open", wings: "rest" },
  walking: { arms: [38, -34], head: 0, lean: 6, stride: 1, lift: 0, eyes: "open", wings: "rest" },
  looking: { arms: [24, -10], head: -20, lean: -4, stride: 0, lift: 0, eyes: "up", wings: "rest" },
  searching: { arms: [62, 40], head: 18, lean: 26, stride: 0.6, lift: 0, eyes: "down", wings: "rest" },
  reaching: { arms: [168, -12], head: -18, lean: -4, stride: 0.3, lift: 0, eyes: "up", wings: "rest" },
  talking: { arms: [78, -12], head: -4, lean: 0, stride: 0, lift: 0, eyes: "open", wings: "rest" },
  playing: { arms: [130, 40], head: -8, lean: 4, stride: 0.8, lift: 22, eyes: "open", wings: "up" },
  hugging: { arms: [84, 70], head: 8, lean: 8, stride: 0, lift: 0, eyes: "closed", wings: "rest" },
  flying: { arms: [150, 120], head: -6, lean: 34, stride: 0.5, lift: 180, eyes: "open", wings: "up" },
  swimming: { arms: [150, -40], head: -10, lean: 22, stride: 0.4, lift: 0, eyes: "open", wings: "rest" },
  celebrating: { arms: [160, -160], head: -10, lean: 0, stride: 0.5, lift: 26, eyes: "open", wings: "up" },
  sleeping: { arms: [10, -10], head: 0, lean: 0, stride: 0, lift: 0, eyes: "closed", wings: "rest" },
};
