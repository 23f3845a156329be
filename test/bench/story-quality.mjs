#!/usr/bin/env node
// Story quality of the offline storyteller: `node test/bench/story-quality.mjs` (or `npm run bench
// -- --only story`). Bundles src/providers/text/offline and the SVG painter with esbuild into a
// temp folder, then measures, on a fixed set of wishes × en/fr/es:
//   wish followed   — the wish's subject in the title and in all scenes but at most one
//   language purity — franc's verdict on each story, and English words left in fr/es stories
//   repetition      — share of sentences heard on more than one of 10 nights of one family
//   age             — words per sentence for a child of 3, 6 and 9
//   CPU             — ms per story (median, p95) and per SVG picture
// Measures, never fails. Plain Node plus esbuild and franc (devDependencies).
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { franc } from "franc";
import { median, percentile, ROOT, round } from "./lib.mjs";

const WISHES = {
  en: [
    "a dragon who can't sleep",
    "a rabbit who wants to fly",
    "a hedgehog who is afraid of the dark",
    "a lost mitten",
    "a lost puppy",
    "a bear who lost his teddy",
    "Pip's birthday",
    "a trip to the seaside",
    "the first day of school",
    "a cat and a mouse",
    "a shy little owl",
    "volcanoes",
  ],
  fr: [
    "un dragon qui n'arrive pas à dormir",
    "un lapin qui veut voler",
    "un hérisson qui a peur du noir",
    "une moufle perdue",
    "un chiot perdu",
    "un ours qui a perdu son doudou",
    "l'anniversaire de Pip",
    "un voyage à la mer",
    "le premier jour d'école",
    "un chat et une souris",
    "un petit hibou timide",
    "les volcans",
  ],
  es: [
    "un dragón que no puede dormir",
    "un conejo que quiere volar",
    "un erizo que tiene miedo de la oscuridad",
    "la manopla perdida",
    "un perrito perdido",
    "un oso que perdió su manta",
    "el cumpleaños de Pip",
    "un viaje al mar",
    "el primer día de colegio",
    "un gato y un ratón",
    "un búho tímido",
    "los volcanes",
  ],
};
const FRANC = { en: "eng", fr: "fra", es: "spa" };
const ENGLISH =
  /\b(the|and|with|was|were|who|little|they|said|his|her|scarf|raincoat|spectacles|backpack|fox|rabbit|bear|owl|jumper|boots|girl|boy)\b/gi;

export async function bundle() {
  const dir = join(tmpdir(), `nightlight-story-quality-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, "entry.ts");
  const { writeFileSync } = await import("node:fs");
  writeFileSync(
    entry,
    [
      `export { writeOfflineStory, sentencesOf, STARTER_CAST } from ${JSON.stringify(join(ROOT, "src/providers/text/offline/index.ts"))};`,
      `export { paintSvg } from ${JSON.stringify(join(ROOT, "src/providers/image/svg/index.ts"))};`,
    ].join("\n"),
  );
  const outfile = join(dir, "story.mjs");
  await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", outfile, logLevel: "error" });
  const mod = await import(pathToFileURL(outfile).href);
  return { mod, dir };
}

/** CPU time (user + system) in ms, not wall time: other processes on the machine don't count. */
function cpuMs(work) {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const body = (story) => story.scenes.flatMap((s) => s.paragraphs).join("\n");
const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

function wordsPerSentence(story) {
  const text = body(story);
  const sentences = text.split(/(?<=[.!?…][»”"]?)\s+/).filter((s) => /\p{L}/u.test(s));
  return wordCount(text) / sentences.length;
}

function sharedShare(stories, sentencesOf) {
  const seen = new Map();
  const all = stories.map((s) => new Set(sentencesOf(body(s))));
  for (const set of all) for (const s of set) seen.set(s, (seen.get(s) ?? 0) + 1);
  const total = all.reduce((n, set) => n + set.size, 0);
  const shared = all.reduce((n, set) => n + [...set].filter((s) => seen.get(s) > 1).length, 0);
  return shared / total;
}

// ---------------------------------------------------------------------------------------------
// The wish corpus (issue 17): test/bench/wishes/<lang>.dev.json and <lang>.heldout.json, each item
// { id, wish, hero: [forms], elements: [[forms]…], tags }. The held-out half is read only when it
// is there (the lead adds it); it is never tuned on, and never looked for anywhere else.

const foldText = (t) => t.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[’']/g, "'");
const escapeRe = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A form is found when the folded text has it at the start of a word ("pancake" finds "pancakes"). */
const hasForm = (folded, forms) =>
  forms.some((f) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(foldText(f))}`, "u").test(folded));

function loadCorpus(language, half) {
  const file = join(ROOT, "test/bench/wishes", `${language}.${half}.json`);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8"));
}

const meanWordLength = (story) => {
  const words = body(story).match(/\p{L}+/gu) ?? [];
  return words.reduce((n, w) => n + w.length, 0) / Math.max(1, words.length);
};
/** Share of words of 8 letters or more: rarer words, for an older child. */
const longWordShare = (story) => {
  const words = body(story).match(/\p{L}+/gu) ?? [];
  return words.filter((w) => w.length >= 8).length / Math.max(1, words.length);
};

function corpusReport(mod, language, items, request) {
  const { writeOfflineStory, sentencesOf } = mod;
  const cast = mod.STARTER_CAST[language];
  let covered = 0;
  let elements = 0;
  let heroTitle = 0;
  let heroScenes = 0;
  let scenes = 0;
  let englishWords = 0;
  let francRight = 0;
  const ms = [];
  const misses = [];
  const stories = [];
  for (const [i, item] of items.entries()) {
    const req = request({
      seed: `corpus-${item.id}`,
      language,
      prompt: item.wish,
      length: ["short", "medium", "long"][i % 3],
      characters: [cast.characters[i % 8], cast.characters[(i + 3) % 8]],
      setting: cast.places[i % 12],
      childAge: 3 + (i % 7),
    });
    let story;
    ms.push(cpuMs(() => (story = writeOfflineStory(req))));
    stories.push(story);
    const folded = foldText(`${story.title}\n${body(story)}`);
    const missing = (item.elements ?? []).filter((forms) => !hasForm(folded, forms));
    elements += (item.elements ?? []).length;
    covered += (item.elements ?? []).length - missing.length;
    const inTitle = hasForm(foldText(story.title), item.hero ?? []);
    if (inTitle) heroTitle++;
    const withHero = story.scenes.filter((s) => hasForm(foldText(s.paragraphs.join(" ")), item.hero ?? [])).length;
    heroScenes += withHero;
    scenes += story.scenes.length;
    if (missing.length > 0 || !inTitle)
      misses.push(
        `${item.id} «${item.wish}»: ${inTitle ? "" : "hero not in title; "}${missing.map((m) => m[0]).join(", ")}`,
      );
    if (language !== "en") englishWords += (`${story.title}\n${body(story)}`.match(ENGLISH) ?? []).length;
    if (franc(body(story), { only: ["eng", "fra", "spa"] }) === FRANC[language]) francRight++;
  }
  // Age: the same wishes for a child of 3, 6 and 9.
  const age = {};
  for (const years of [3, 6, 9]) {
    const told = items.slice(0, 30).map((item, i) =>
      writeOfflineStory(
        request({
          seed: `corpus-age-${item.id}`,
          language,
          prompt: item.wish,
          childAge: years,
          setting: cast.places[i % 12],
        }),
      ),
    );
    age[years] = {
      wordsPerSentence: round(told.reduce((n, s) => n + wordsPerSentence(s), 0) / told.length, 1),
      meanWordLength: round(told.reduce((n, s) => n + meanWordLength(s), 0) / told.length, 2),
      longWordsPct: round((told.reduce((n, s) => n + longWordShare(s), 0) / told.length) * 100, 1),
    };
  }
  // The same wish on 10 nights (each night sees the ones before as recent), for 10 wishes.
  const shares = items.slice(0, 10).map((item) => {
    const told = [];
    for (let night = 0; night < 10; night++) {
      const recent = told
        .slice()
        .reverse()
        .map((s) => ({ title: s.title, text: `${body(s)}\n${s.moral}` }));
      told.push(writeOfflineStory(request({ seed: `same-${item.id}-${night}`, language, prompt: item.wish, recent })));
    }
    return sharedShare(told, sentencesOf);
  });
  ms.sort((a, b) => a - b);
  return {
    wishes: items.length,
    elementCoveragePct: round((covered / Math.max(1, elements)) * 100, 1),
    heroInTitlePct: round((heroTitle / Math.max(1, items.length)) * 100, 1),
    heroScenesPct: round((heroScenes / Math.max(1, scenes)) * 100, 1),
    cpuMsMedian: round(median(ms), 2),
    cpuMsP95: round(percentile(ms, 0.95), 2),
    englishWords: language === "en" ? null : englishWords,
    francRight: `${francRight}/${items.length}`,
    age,
    sameWishSharedPct: round((shares.reduce((a, b) => a + b, 0) / Math.max(1, shares.length)) * 100, 1),
    misses: misses.slice(0, 12),
  };
}

/** The story's subject as the text names it: the last word of the picture plan's subject label. */
function subjectWord(story) {
  const name = story.scenes.find((s) => s.picture?.subject)?.picture?.subject?.name ?? "";
  return name.split(" ").at(-1) ?? "";
}

export async function storyQuality() {
  const { mod, dir } = await bundle();
  try {
    const { writeOfflineStory, sentencesOf, STARTER_CAST, paintSvg } = mod;
    const cast = STARTER_CAST.en;
    const request = (over) => ({
      seed: "bench",
      language: "en",
      characters: [cast.characters[0], cast.characters[1]],
      setting: cast.places[0],
      childAge: 5,
      length: "medium",
      rhyming: false,
      ...over,
    });
    const results = {};
    const cpu = [];
    const svg = [];
    for (const language of ["en", "fr", "es"]) {
      let followed = 0;
      let told = 0;
      let francRight = 0;
      let englishWords = 0;
      const misses = [];
      for (const [w, wish] of WISHES[language].entries()) {
        for (const length of ["short", "medium", "long"]) {
          const i = w * 3 + ["short", "medium", "long"].indexOf(length);
          const req = request({
            seed: `quality-${language}-${i}`,
            language,
            prompt: wish,
            length,
            characters: [cast.characters[i % 8], cast.characters[(i + 3) % 8]],
            setting: cast.places[i % 12],
            childAge: 3 + (i % 7),
            rhyming: i % 5 === 0,
          });
          let story;
          cpu.push(cpuMs(() => (story = writeOfflineStory(req))));
          told++;
          const word = subjectWord(story).toLowerCase();
          const inScenes = story.scenes.filter((s) => s.paragraphs.join(" ").toLowerCase().includes(word)).length;
          const ok = word && story.title.toLowerCase().includes(word) && inScenes >= story.scenes.length - 1;
          if (ok) followed++;
          else misses.push(`${wish} (${length}): "${story.title}", ${inScenes}/${story.scenes.length} scenes`);
          if (franc(body(story), { only: ["eng", "fra", "spa"] }) === FRANC[language]) francRight++;
          if (language !== "en") englishWords += (`${story.title}\n${body(story)}`.match(ENGLISH) ?? []).length;
          for (const [index, scene] of story.scenes.entries()) {
            if (svg.length >= 300) break;
            const painted = cpuMs(() =>
              paintSvg({
                storyId: "bench",
                title: story.title,
                sceneIndex: index,
                sceneCount: story.scenes.length,
                brief: scene.illustration,
                plan: scene.picture,
                caption: scene.caption,
                language,
                timeOfDay: req.setting.timeOfDay,
                characters: req.characters,
                style: "watercolor",
              }),
            );
            svg.push(painted);
          }
        }
      }
      // Ten nights in a row for one family, each seeing the previous ones as `recent`.
      const nights = (prompts) => {
        const stories = [];
        for (let night = 0; night < 10; night++) {
          const recent = stories
            .slice()
            .reverse()
            .map((s) => ({ title: s.title, text: `${body(s)}\n${s.moral}` }));
          stories.push(
            writeOfflineStory(
              request({ seed: `family-${language}-${night}`, language, prompt: prompts?.[night], recent }),
            ),
          );
        }
        return sharedShare(stories, sentencesOf);
      };
      const age = {};
      for (const years of [3, 6, 9]) {
        const stories = Array.from({ length: 20 }, (_, i) =>
          writeOfflineStory(request({ seed: `age-${i}`, language, childAge: years, prompt: WISHES[language][i % 12] })),
        );
        age[years] = round(stories.reduce((n, s) => n + wordsPerSentence(s), 0) / stories.length, 1);
      }
      results[language] = {
        wishFollowed: `${followed}/${told}`,
        misses: misses.slice(0, 5),
        francRight: `${francRight}/${told}`,
        englishWordsInStory: language === "en" ? null : englishWords,
        sharedNoWish: round(nights() * 100, 1),
        sharedVariedWishes: round(nights(WISHES[language].slice(0, 10)) * 100, 1),
        sharedSameWish: round(nights(Array(10).fill(WISHES[language][0])) * 100, 1),
        wordsPerSentence: age,
      };
    }
    results.corpus = {};
    for (const language of ["en", "fr", "es"]) {
      results.corpus[language] = {};
      for (const half of ["dev", "heldout"]) {
        const items = loadCorpus(language, half);
        results.corpus[language][half] = items ? corpusReport(mod, language, items, request) : "absent";
      }
    }
    // CPU: a warm run of 300 more stories after the first ones (JIT warmed up).
    const warm = [];
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      writeOfflineStory(
        request({
          seed: `cpu-${i}`,
          language: ["en", "fr", "es"][i % 3],
          prompt: WISHES.en[i % 12],
          length: ["short", "medium", "long"][i % 3],
        }),
      );
      warm.push(performance.now() - t0);
    }
    warm.sort((a, b) => a - b);
    svg.sort((a, b) => a - b);
    results.cpu = {
      storyMsMedian: round(median(warm), 2),
      storyMsP95: round(percentile(warm, 0.95), 2),
      firstStoriesMsMedian: round(median(cpu), 2),
      svgMsMedian: round(median(svg), 2),
      svgMsP95: round(percentile(svg, 0.95), 2),
      goalMs: 10,
    };
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rows for run.mjs's table: [what, measured, goal, verdict]. */
export function storyRows(r) {
  if (r?.error) return [["story quality", `error: ${r.error.split("\n")[0]}`, "", "n/a"]];
  const rows = [];
  for (const language of ["en", "fr", "es"]) {
    const q = r[language];
    rows.push([
      `story ${language}: wish followed`,
      q.wishFollowed,
      "all",
      q.wishFollowed.split("/")[0] === q.wishFollowed.split("/")[1] ? "ok" : "MISSED",
    ]);
    rows.push([
      `story ${language}: language (franc)`,
      `${q.francRight}${q.englishWordsInStory != null ? `, ${q.englishWordsInStory} English words` : ""}`,
      "all, 0 words",
      "",
    ]);
    rows.push([
      `story ${language}: shared sentences`,
      `${q.sharedNoWish}% no wish, ${q.sharedVariedWishes}% varied wishes, ${q.sharedSameWish}% same wish`,
      "< 15%",
      q.sharedNoWish < 15 && q.sharedVariedWishes < 15 ? "ok" : "MISSED",
    ]);
    rows.push([
      `story ${language}: words/sentence`,
      `age 3: ${q.wordsPerSentence[3]}, 6: ${q.wordsPerSentence[6]}, 9: ${q.wordsPerSentence[9]}`,
      "3 < 9",
      q.wordsPerSentence[3] < q.wordsPerSentence[9] ? "ok" : "MISSED",
    ]);
  }
  for (const language of ["en", "fr", "es"])
    for (const half of ["dev", "heldout"]) {
      const q = r.corpus?.[language]?.[half];
      const what = `corpus ${language} ${half}`;
      if (!q || q === "absent") {
        rows.push([what, "absent", "", ""]);
        continue;
      }
      rows.push([
        `${what}: elements / hero in title / hero's scenes`,
        `${q.elementCoveragePct}% / ${q.heroInTitlePct}% / ${q.heroScenesPct}% (${q.wishes} wishes)`,
        "≥ 95% / ≥ 95% / ≥ 60%",
        q.elementCoveragePct >= 95 && q.heroInTitlePct >= 95 && q.heroScenesPct >= 60 ? "ok" : "MISSED",
      ]);
      rows.push([
        `${what}: same wish × 10 nights`,
        `${q.sameWishSharedPct}% shared`,
        "≤ 20%",
        q.sameWishSharedPct <= 20 ? "ok" : "MISSED",
      ]);
      rows.push([
        `${what}: CPU, language`,
        `median ${q.cpuMsMedian} ms, p95 ${q.cpuMsP95} ms; franc ${q.francRight}${q.englishWords != null ? `, ${q.englishWords} English words` : ""}`,
        "≤ 10 ms, 0 words",
        q.cpuMsMedian <= 10 && !q.englishWords ? "ok" : "MISSED",
      ]);
      const a = q.age;
      rows.push([
        `${what}: by age 3 / 6 / 9`,
        `words/sentence ${a[3].wordsPerSentence} / ${a[6].wordsPerSentence} / ${a[9].wordsPerSentence}; word length ${a[3].meanWordLength} / ${a[6].meanWordLength} / ${a[9].meanWordLength}; long words ${a[3].longWordsPct}% / ${a[6].longWordsPct}% / ${a[9].longWordsPct}%`,
        "rising with age",
        a[3].wordsPerSentence < a[9].wordsPerSentence && a[3].meanWordLength < a[9].meanWordLength ? "ok" : "MISSED",
      ]);
    }
  const c = r.cpu;
  rows.push([
    "story CPU",
    `median ${c.storyMsMedian} ms, p95 ${c.storyMsP95} ms`,
    `≤ ${c.goalMs} ms`,
    c.storyMsP95 <= c.goalMs ? "ok" : "MISSED",
  ]);
  rows.push(["SVG picture CPU", `median ${c.svgMsMedian} ms, p95 ${c.svgMsP95} ms`, "", ""]);
  return rows;
}

// Run alone: print the report.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const results = await storyQuality();
  for (const row of storyRows(results)) console.log(row.filter(Boolean).join("  |  "));
  for (const language of ["en", "fr", "es"])
    for (const miss of results[language].misses) console.log(`  missed (${language}): ${miss}`);
  for (const language of ["en", "fr", "es"])
    for (const miss of results.corpus[language].dev?.misses ?? [])
      console.log(`  corpus miss (${language} dev): ${miss}`);
}
