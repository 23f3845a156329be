/**
 * The offline storyteller: the embedded default text provider when no model is configured.
 *
 * It writes a real bedtime story from the family's characters, the setting and the parent's wish:
 * a beginning, a problem, a first try that fails, (in long stories) a second that helps, a try
 * that works, a resolution and a sleepy ending, plus a one-line moral. A PRNG seeded by the
 * request's seed picks the problem, the visitor and one of several wordings for every beat, so
 * each night reads differently and the same seed always gives the same story.
 *
 * The phrase tables live in one file per language (`en.ts`, `fr.ts`, `es.ts`); any other language
 * falls back to English. Illustration briefs are always English (see `briefs.ts`).
 */
import { seeded } from "../../../lib/random";
import {
  type Character,
  type Language,
  type StoryRequest,
  type StoryScene,
  type StoryText,
  TIMES_OF_DAY,
} from "../../../story/types";
import type { Storyteller } from "../../types";
import { ACTIVITY_BRIEFS, type BriefContext, ENDING_BRIEF, OPENING_BRIEF, PROBLEM_BRIEFS, writeBrief } from "./briefs";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { type Cast, type Ctx, type Line, type Phrasebook, PROBLEMS, type Problem, type Visitor } from "./phrasebook";
import { clean, inner, lowerArticle, lowerFirst, readTheme, sentence, settingKindOf, withoutArticle } from "./text";

const BOOKS: Partial<Record<Language, Phrasebook>> = { en, fr, es };

/** `[make()]` when `yes`, else `[]`: for the parts only long stories have. */
function extra<T>(yes: boolean, make: () => T): T[] {
  return yes ? [make()] : [];
}

/** The item at `index`, wrapping around; phrase lists are never empty. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new RangeError("empty phrase list");
  return item;
}

type Person = Pick<Character, "name" | "looks" | "personality">;

/** Names, looks and personalities tidied to sit inside sentences; at most six characters. */
function peopleOf(characters: readonly Character[], book: Phrasebook): Person[] {
  const people = characters
    .map((ch) => ({
      name: clean(ch.name, 40),
      looks: lowerFirst(inner(clean(ch.looks, 140))),
      personality: lowerFirst(inner(clean(ch.personality, 140))),
    }))
    .filter((person) => person.name);
  return people.length > 0 ? people.slice(0, 6) : [book.defaultCharacter];
}

/** The visitor at `index`, skipping any whose name one of the characters already has. */
function visitorFor(book: Phrasebook, names: readonly string[], index: number): Visitor {
  const taken = new Set(names.map((name) => name.toLowerCase()));
  for (let step = 0; step < book.visitors.length; step++) {
    const visitor = at(book.visitors, index + step);
    if (!taken.has(visitor.name.toLowerCase())) return visitor;
  }
  return at(book.visitors, index);
}

/**
 * Writes a story without any network call. Pure: the same request gives the same story.
 * @example
 * writeOfflineStory({ seed: "s1", language: "en", characters: [pip], setting: woods, childAge: 5,
 *   length: "short", rhyming: false, prompt: "a story about a lost mitten" }).title
 * // "Pip and the Lost Mitten"
 */
export function writeOfflineStory(request: StoryRequest): StoryText {
  const book = BOOKS[request.language] ?? en;
  const rng = seeded(`offline-story|${request.seed}`);
  const pick = (count: number) => rng.int(0, count - 1);

  const people = peopleOf(request.characters, book);
  const names = people.map((person) => person.name);
  const c: Cast = {
    all: book.joinNames(names),
    lead: at(names, 0),
    second: names[1] ?? at(names, 0),
    many: names.length > 1,
    v: (one, many) => (names.length > 1 ? many : one),
  };
  const settingName = clean(request.setting.name, 80);
  const place = lowerArticle(settingName) || book.defaultPlace;
  const description = inner(clean(request.setting.description, 200));
  const kind = settingKindOf(settingName, description);
  const time = TIMES_OF_DAY.includes(request.setting.timeOfDay) ? request.setting.timeOfDay : "night";
  const theme = readTheme(request.prompt, book);

  // Every choice is drawn here, in a fixed order, whatever the language and length: the same
  // seed tells the same story in any language, at any length.
  // A thing from the parent is lost ("a lost mitten") or, half the time otherwise, stuck up high.
  const problemIndex = pick(PROBLEMS.length);
  const problem: Problem = theme.thing
    ? theme.lost || problemIndex % 2 === 0
      ? "lost"
      : "stuck"
    : at(PROBLEMS, problemIndex);
  const visitor = visitorFor(book, names, pick(book.visitors.length));
  const thingIndex = pick(3);
  const pickedThing = at(problem === "stuck" ? book.stuckThings : book.lostThings, thingIndex);
  const choice = {
    opening: pick(book.openings.length),
    first: pick(book.who.first.length),
    meet: pick(book.who.meet.length),
    looks: pick(book.who.looks.length),
    personality: pick(book.who.personality.length),
    activity: pick(book.activities.length),
    title: pick(2),
    setup: pick(2),
    reaction: pick(2),
    try1: pick(2),
    try2: pick(2),
    success: pick(2),
    resolution: pick(2),
    moral: pick(2),
    encourage: rng.shuffle([0, 1, 2]),
    worry: pick(book.worries.length),
    wonder: pick(book.wonders.length),
    cheer: pick(book.cheers.length),
    ending: pick(book.endings.length),
    recap: pick(book.recaps.length),
    lastLine: pick(book.lastLines.length),
    refrain: pick(book.refrains.length),
    closing: pick(book.closings.length),
  };

  const x: Ctx = {
    c,
    place,
    placeBare: withoutArticle(place),
    desc: description ? `${sentence(description)} ` : "",
    p: book.places[kind],
    t: book.times[time],
    thing: theme.thing ?? pickedThing,
    v: visitor,
    topic: theme.topic ?? "",
  };
  const say = (line: Line) => line(x);
  const lines = book.problems[problem];
  const beat = (name: "setup" | "reaction" | "try1" | "try2" | "success" | "resolution") =>
    say(at(lines[name], choice[name]));

  // The characters, one after the other: who they are, how they look, what they are like.
  const { who } = book;
  const intro = people
    .map((person, i) => {
      const meet =
        i === 0
          ? at(who.first, choice.first)(person.name)
          : at(who.meet, choice.meet + i)(person.name, at(names, i - 1));
      const looks = person.looks ? at(who.looks, choice.looks + i)(person.name, person.looks) : "";
      const personality = person.personality
        ? at(who.personality, choice.personality + i)(person.name, person.personality)
        : "";
      return [meet, looks, personality].filter(Boolean).join(" ");
    })
    .concat(x.topic ? [say(theme.quoted ? book.wishOpening : book.topicOpening)] : [])
    .join(" ");

  const opening = say(at(book.openings, choice.opening));
  const activity = say(at(book.activities, choice.activity));
  const encourage = choice.encourage.map((i) => say(at(book.encourage, i)));
  const ending = say(at(book.endings, choice.ending));
  const dream = x.topic ? `${say(theme.quoted ? book.wishDream : book.topicDream)} ` : "";
  const goodnight = dream + say(at(book.lastLines, choice.lastLine));

  const english = en.places[kind];
  const briefContext: BriefContext = {
    names: en.joinNames(names),
    everyone: en.joinNames([...names, visitor.gloss.replace(/^an? /, "the ")]),
    lead: c.lead,
    many: c.many,
    characters: people,
    kind,
    time,
    settingName: place,
    description,
    visitor: visitor.gloss,
    thing: x.thing.gloss,
    p: english,
  };
  const visuals = PROBLEM_BRIEFS[problem];
  const brief = (action: string, night = false) => writeBrief(action, briefContext, night ? "night" : time);
  const scene = (paragraphs: string[], illustration: string): StoryScene => ({ paragraphs, illustration });

  const setupBrief = brief(at(visuals.setup, choice.setup)(briefContext));
  const try1Brief = brief(at(visuals.try1, choice.try1)(briefContext));
  const successBrief = brief(at(visuals.success, choice.success)(briefContext));

  // Short: four scenes. Medium adds what the characters were doing and a word of courage after
  // the failed try. Long adds a worry, a second try (after a pause on the way), a cheer and a
  // look back on the day.
  const long = request.length === "long";
  let scenes: StoryScene[];
  if (request.length === "short") {
    scenes = [
      scene([opening, intro], brief(OPENING_BRIEF(briefContext))),
      scene([`${beat("setup")} ${beat("reaction")}`], setupBrief),
      scene([beat("try1")], try1Brief),
      scene([`${beat("success")} ${beat("resolution")}`, `${ending} ${goodnight}`], successBrief),
    ];
  } else {
    scenes = [
      scene([opening, intro, activity], brief(at(ACTIVITY_BRIEFS, choice.activity)(briefContext))),
      scene([beat("setup"), beat("reaction"), ...extra(long, () => say(at(book.worries, choice.worry)))], setupBrief),
      scene([beat("try1"), at(encourage, 0)], try1Brief),
      ...extra(long, () =>
        scene(
          [say(at(book.wonders, choice.wonder)), beat("try2"), at(encourage, 1)],
          brief(at(visuals.try2, choice.try2)(briefContext)),
        ),
      ),
      scene(
        [beat("success"), beat("resolution"), ...extra(long, () => say(at(book.cheers, choice.cheer)))],
        successBrief,
      ),
      scene(
        [ending, ...extra(long, () => say(at(book.recaps, choice.recap))), goodnight],
        brief(ENDING_BRIEF(briefContext), true),
      ),
    ];
  }

  if (request.rhyming) {
    // A refrain closes every scene and a sleepy couplet the last one; scenes keep to three
    // paragraphs, so a full scene folds its last two paragraphs together first.
    scenes.forEach((s, i) => {
      if (s.paragraphs.length >= 3) s.paragraphs.splice(-2, 2, s.paragraphs.slice(-2).join(" "));
      s.paragraphs.push(
        i === scenes.length - 1 ? at(book.closings, choice.closing) : at(book.refrains, choice.refrain),
      );
    });
  }

  // The parent's own words make the best title: "Pip and the Lost Mitten", "Pip Dreams of Dinosaurs".
  const title = theme.thing
    ? say(lines.titles[0])
    : theme.titled
      ? say(book.topicTitle)
      : say(at(lines.titles, choice.title));
  const tidy = (text: string) => book.finish(text.replace(/[ \t]+/g, " ").trim());
  return {
    title: tidy(clean(title, 120)),
    scenes: scenes.map((s) => ({ paragraphs: s.paragraphs.map(tidy), illustration: s.illustration })),
    moral: tidy(at(lines.morals, choice.moral)),
  };
}

/** The embedded default storyteller: no key, no network, no cost. */
export const offlineStoryteller: Storyteller = {
  name: "offline",
  languages: ["en", "fr", "es"],
  async write(request) {
    return { story: writeOfflineStory(request), usage: { inputTokens: 0, outputTokens: 0 } };
  },
};
