/**
 * The embedded default illustrator: paints each scene as an SVG picture, offline.
 *
 * With a picture plan it draws what happens: the family's characters and the wish's subject, each
 * posed for the action, the key object where the action needs it, the place and its landmark, in
 * the plan's light (a sleeping scene is always night). Without one (old stories, image-model
 * briefs) it reads keywords from the brief and the characters' looks, as it always did.
 * A PRNG seeded with (storyId, sceneIndex, brief) paints a scene the same way every time.
 *
 * Safety: the only untrusted text emitted is the <title> (caption or brief) and the <desc> (names),
 * XML-escaped. Names, looks and plan words only steer choices among this painter's constants.
 *
 * Files: shapes (SVG helpers), scenery (sky, places, landmarks), styles, figures (looks and
 * placement), creatures (one drawing per kind), poses (per action), objects, compose (layout).
 */
import { seeded } from "../../../lib/random";
import {
  CREATURE_KINDS,
  type CreatureKind,
  type IllustrationStyle,
  type Language,
  PICTURE_ACTIONS,
  PICTURE_TIMES,
  type PicturePlan,
  PLACE_KINDS,
} from "../../../story/types";
import type { IllustrationRequest, Illustrator } from "../../types";
import { type Actor, actorsOf, compose } from "./compose";
import { lookOf, placeFigure, SCALE } from "./figures";
import { POSES } from "./poses";
import {
  extras,
  type Light,
  landmarkKind,
  PLACE_SETTING,
  paintLandmark,
  paintSky,
  SETTINGS,
  type SettingName,
  SKIES,
  settingOf,
  timeOf,
} from "./scenery";
import { circle, el, escapeXml, H, rect, tint, W } from "./shapes";
import { SHADE, STYLES } from "./styles";

/** Where a landmark's foot stands for each place (its horizon). */
const HORIZON: Record<SettingName, number> = {
  forest: 590,
  sea: 430,
  castle: 540,
  meadow: 560,
  town: 560,
  space: 620,
  garden: 560,
  mountain: 580,
  snow: 580,
  river: 540,
  bedroom: 0,
  countryside: 560,
};

/** A short title: the caption, else the brief's first sentence; at most 150 characters. */
function titleOf(req: IllustrationRequest): string {
  const text = (req.caption?.trim() || req.brief.trim().match(/^.*?[.!?](?=\s|$)/s)?.[0] || req.brief).trim();
  return text.length > 150 ? `${text.slice(0, 149).trimEnd()}…` : text;
}

const listFormats = new Map<string, Intl.ListFormat>();
/** "Pip, Mo and the little dragon" in the story's language (formatters are costly: one per language). */
function listOf(names: string[], language: Language | undefined): string {
  const lang = language ?? "en";
  try {
    let format = listFormats.get(lang);
    if (!format) {
      format = new Intl.ListFormat(lang, { type: "conjunction" });
      listFormats.set(lang, format);
    }
    return format.format(names);
  } catch {
    return names.join(", ");
  }
}

/** The plan with every word checked against the painter's lists (it may come from a model). */
function checkedPlan(plan: PicturePlan): PicturePlan {
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const who = (a: { name: string; kind: string; color?: string }) => ({
    name: text(a?.name),
    kind: (CREATURE_KINDS as readonly string[]).includes(a?.kind) ? (a.kind as CreatureKind) : "child",
    color: text(a?.color),
  });
  const sleeping = plan.action === "sleeping";
  return {
    characters: (Array.isArray(plan.characters) ? plan.characters : [])
      .filter((c) => c && typeof c === "object")
      .map(who),
    subject: plan.subject ? who(plan.subject) : undefined,
    object: plan.object
      ? { name: text(plan.object.name), kind: text(plan.object.kind), color: text(plan.object.color) }
      : undefined,
    action: PICTURE_ACTIONS.includes(plan.action) ? plan.action : "standing",
    place: PLACE_KINDS.includes(plan.place) ? plan.place : "place",
    landmark: text(plan.landmark),
    // A sleeping scene is always night.
    time: sleeping ? "night" : PICTURE_TIMES.includes(plan.time) ? plan.time : "evening",
  };
}

const LIGHT_OF: Record<PicturePlan["time"], Light> = {
  day: "afternoon",
  evening: "evening",
  dusk: "dusk",
  night: "night",
};

/**
 * Paints one scene. Pure: the same request always gives the same SVG.
 * @example
 * paintSvg({ storyId: "s1", title: "Pip", sceneIndex: 0, sceneCount: 4, brief: "Pip hugs the dragon",
 *   caption: "Pip hugs the little dragon under the moon.", language: "en", style: "watercolor", characters: [],
 *   plan: { characters: [{ name: "Pip", kind: "fox" }], subject: { name: "the little dragon", kind: "dragon" },
 *     action: "hugging", place: "meadow", time: "night" } }); // "<svg …"
 */
export function paintSvg(req: IllustrationRequest): string {
  const brief = req.brief.slice(0, 2000),
    lower = brief.toLowerCase(),
    plan = req.plan ? checkedPlan(req.plan) : undefined,
    d = seeded(`${req.storyId}|${req.sceneIndex}|${brief}|${req.caption ?? ""}`);
  const styleName: IllustrationStyle = Object.hasOwn(STYLES, req.style) ? req.style : "storybook",
    style = STYLES[styleName];
  const setting: SettingName = plan ? PLACE_SETTING[plan.place] : settingOf(lower),
    t: Light = plan ? LIGHT_OF[plan.time] : timeOf(req, lower),
    skyTime = setting === "space" ? "night" : t,
    lit = t !== "morning" && t !== "afternoon";
  const win =
    setting === "bedroom"
      ? { x: d.range(100, 620), y: d.range(70, 130), w: d.range(240, 300), h: d.range(190, 230) }
      : { x: 30, y: 30, w: 964, h: 400 };
  const sky = paintSky(d, skyTime, win, styleName === "night-sky");
  const { back, front, bed } = SETTINGS[setting]({ d, t, lit, win });
  // Space has no daylight to lose; a bedroom at night is lamp-lit.
  const [shadeTo, shadeBy] = SHADE[t],
    shade = setting === "space" ? 0 : setting === "bedroom" ? shadeBy / 2 : shadeBy;

  let behind = "",
    figures = "",
    over = "",
    keepFront = true,
    desc = "",
    actors: Actor[] = [];
  if (plan) {
    actors = actorsOf(plan, req.characters);
    const c = compose(d, plan, actors, setting, style.art, bed);
    const landmark = landmarkKind(plan.landmark);
    if (landmark && setting !== "bedroom") {
      // The landmark stands on the side the figures leave free.
      const lx = c.cx < W / 2 ? d.range(800, 900) : d.range(124, 224);
      behind += paintLandmark(plan.landmark, lx, HORIZON[setting], lit);
    }
    behind += c.back;
    ({ figures, over, keepFront } = c);
    const names = actors.map((a) => a.name.trim()).filter(Boolean);
    if (plan.object?.name?.trim()) names.push(plan.object.name.trim());
    desc = listOf(names, req.language);
  } else {
    // Characters stand in a loose row, facing inwards, nearer ones drawn last.
    const people = req.characters.slice(0, 4),
      n = people.length,
      centre = 512 + d.range(-100, 100),
      spread = n > 1 ? d.range(520, 700) : 0,
      sleepy = /\b(asleep|sleeping|sleepy|dreaming|snoring)\b/.test(lower),
      pose = sleepy ? { ...POSES.standing, eyes: "closed" as const } : POSES.standing;
    figures = people
      .map((c, i) => {
        const look = lookOf(c),
          x = centre + (n > 1 ? (i / (n - 1) - 0.5) * spread : 0) + d.range(-30, 30),
          y = d.range(660, 720),
          s = SCALE[look.kind] * d.range(0.95, 1.08);
        const at = { x, y, s, dir: (x < centre ? -1 : 1) as 1 | -1, lift: 0 };
        return { y, svg: placeFigure(look, pose, "standing", at, "character", style.art).svg };
      })
      .sort((a, b) => a.y - b.y)
      .map((f) => f.svg)
      .join("");
    behind = extras(d, lower, t);
  }

  const [c0, c1, c2] = SKIES[skyTime];
  let body =
    `<defs><linearGradient id="sky" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="0" y2="560"><stop offset="0" stop-color="${c0}"/><stop offset=".55" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient>` +
    `<pattern id="dots" width="48" height="48" patternUnits="userSpaceOnUse">${circle(24, 24, 4, "#ffffff", { opacity: 0.4 })}</pattern>${style.defs}</defs>`;
  body += rect(0, 0, W, H, "url(#sky)") + el("g", { class: `sky sky-${skyTime}`, ...style.sky }, sky);
  body += el("g", { class: `setting setting-${setting}`, ...style.art }, tint(back + behind, shadeTo, shade));
  body +=
    tint(figures, shadeTo, shade / 2) +
    (keepFront ? el("g", { class: "foreground", ...style.art }, tint(front, shadeTo, shade)) : "") +
    tint(over, shadeTo, shade / 3) +
    style.overlay;
  const action = plan ? ` action-${plan.action}` : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="title${desc ? " desc" : ""}" class="style-${styleName} time-${t}${action}">` +
    `<title id="title">${escapeXml(titleOf(req))}</title>${desc ? `<desc id="desc">${escapeXml(desc)}</desc>` : ""}${tint(body, ...style.tint)}</svg>`
  );
}

/** The embedded default image provider: no network, no keys. */
export const svgIllustrator: Illustrator = {
  name: "svg",
  async paint(request) {
    return { body: new TextEncoder().encode(paintSvg(request)), contentType: "image/svg+xml", extension: "svg" };
  },
};
