#!/usr/bin/env node
// Prints offline stories to read aloud, as a parent would:
//   node test/bench/read-aloud.mjs --lang fr --ids fr-003,fr-010   (wishes of test/bench/wishes/<lang>.dev.json)
//   node test/bench/read-aloud.mjs --lang en --wish "a shy giraffe who loves pancakes" [--age 4] [--length long] [--nights 3]
//   node test/bench/read-aloud.mjs --lang es --count 12             (the first dozen dev wishes)
// Title, scenes, captions and what each picture draws. Bundles the TS the way story-quality.mjs does.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib.mjs";
import { bundle } from "./story-quality.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const lang = opt("lang", "en");
const age = Number(opt("age", "5"));
const length = opt("length", "medium");
const nights = Number(opt("nights", "1"));

let wishes = [];
const wish = opt("wish");
if (wish) wishes = [{ id: "wish", wish }];
else {
  const file = join(ROOT, "test/bench/wishes", `${lang}.dev.json`);
  if (!existsSync(file)) throw new Error(`no ${file}: give --wish "…"`);
  const items = JSON.parse(readFileSync(file, "utf8"));
  const ids = opt("ids")?.split(",");
  wishes = ids ? items.filter((i) => ids.includes(i.id)) : items.slice(0, Number(opt("count", "12")));
}

const { mod, dir } = await bundle();
try {
  const { writeOfflineStory, STARTER_CAST } = mod;
  const cast = STARTER_CAST[lang] ?? STARTER_CAST.en;
  for (const [n, item] of wishes.entries()) {
    const told = [];
    for (let night = 0; night < nights; night++) {
      const recent = told
        .slice()
        .reverse()
        .map((s) => ({ title: s.title, text: s.scenes.flatMap((x) => x.paragraphs).join("\n") }));
      const story = writeOfflineStory({
        seed: `read-${item.id}-${night}`,
        language: lang,
        characters: [cast.characters[n % cast.characters.length], cast.characters[(n + 3) % cast.characters.length]],
        setting: cast.places[n % cast.places.length],
        childAge: age,
        length,
        rhyming: false,
        prompt: item.wish,
        recent,
      });
      told.push(story);
      console.log(`\n=== ${item.id}${nights > 1 ? ` night ${night + 1}` : ""}: «${item.wish}»`);
      console.log(`# ${story.title}`);
      for (const [i, scene] of story.scenes.entries()) {
        console.log(`\n[${i + 1}] ${scene.paragraphs.join("\n    ")}`);
        const p = scene.picture;
        const drawn = [
          p.subject && `${p.subject.name}=${p.subject.kind}`,
          ...(p.companions ?? []).map((c) => `${c.name}=${c.kind}`),
          p.object && `${p.object.name}=${p.object.kind}`,
          ...(p.objects ?? []).map((o) => `${o.name}=${o.kind}`),
        ].filter(Boolean);
        console.log(`    🖼  ${scene.caption}  {${p.place}, ${p.action}; ${drawn.join(", ")}}`);
      }
      console.log(`\n    moral: ${story.moral}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
