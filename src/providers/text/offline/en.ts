/** English phrase tables for the offline storyteller (see `phrasebook.ts`). */
import type { Cast, Noun, Phrasebook, Visitor } from "./phrasebook";
import { cap, titleCase } from "./text";

// Pronouns: one character is named again, several are "they"; the visitor is "he" or "she".
const they = (c: Cast) => (c.many ? "they" : c.lead);
const willHelp = (c: Cast) => (c.many ? "We’ll" : "I’ll");
const it = (n: Noun) => (n.plural ? "them" : "it");
const was = (n: Noun) => (n.plural ? "were" : "was");
const itWas = (n: Noun) => (n.plural ? "they were" : "it was");
const he = (v: Visitor) => (v.fem ? "she" : "he");
const his = (v: Visitor) => (v.fem ? "her" : "his");

function noun(bare: string, plural = false): Noun {
  return {
    the: `the ${bare}`,
    my: `my ${bare}`,
    bare,
    plural,
    fem: false,
    gloss: `${plural ? "some" : /^[aeiou]/i.test(bare) ? "an" : "a"} ${bare}`,
  };
}

export const en: Phrasebook = {
  joinNames: (names) =>
    names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`,
  quote: (text) => `“${text}”`,
  parseThing(text) {
    const match = /^(a|an|the|my|his|her|their|our|some)\s+(.+)$/i.exec(text);
    if (!match) return null;
    const bare = (match[2] ?? "")
      .replace(/\b(lost|missing)\b\s*/gi, "")
      .trim()
      .toLowerCase();
    if (!bare || bare.split(" ").length > 3 || !/^[\p{L} '’-]+$/u.test(bare)) return null;
    const plural = match[1]?.toLowerCase() === "some" || (/s$/.test(bare) && !/(ss|us|is)$/.test(bare));
    return noun(bare, plural);
  },
  finish: (text) => text,
  defaultCharacter: {
    name: "Little Bear",
    looks: "a small brown bear with a sleepy smile",
    personality: "gentle and curious",
  },
  defaultPlace: "the Quiet Valley",

  openings: [
    (x) => `${cap(x.t.once)}, in ${x.place}, ${x.t.sky}. ${x.desc}All around, ${x.p.sound}.`,
    (x) =>
      `There is a place called ${x.place}, and it is never lovelier than ${x.t.when}. ${x.desc}On this particular ${x.t.day}, ${x.p.sound}, and everything felt just right for a little adventure.`,
    (x) => `Have you ever been to ${x.place}? ${x.desc}${cap(x.t.once)}, ${x.t.sky}, and ${x.p.sound}.`,
    (x) =>
      `${cap(x.t.once)}, something special was about to happen in ${x.place}. ${x.desc}${cap(x.p.sound)}, as if the whole world were waiting for a story.`,
    (x) =>
      `Far away, or perhaps just around the corner, lies ${x.place}. ${x.desc}${cap(x.t.once)}, ${x.t.sky}, and ${x.p.sound}.`,
  ],
  who: {
    first: [
      (n) => `This is a story about ${n}.`,
      (n) => `In the middle of it all was ${n}.`,
      (n) => `And here is ${n}.`,
    ],
    meet: [(n) => `Close by was ${n}.`, (n, prev) => `Next to ${prev} was ${n}.`, (n) => `And there was ${n}, too.`],
    looks: [
      (n, l) => `You could always spot ${n}: ${l}.`,
      (n, l) => `${n} was easy to recognise: ${l}.`,
      (n, l) => `If you looked closely at ${n}, you would see ${l}.`,
    ],
    personality: [
      (n, p) => `${n} was ${p}.`,
      (n, p) => `Everyone agreed that ${n} was ${p}.`,
      (n, p) => `${n} was ${p}, and that is a fine thing to be.`,
    ],
  },
  activities: [
    ({ c, t }) =>
      `That ${t.day}, ${c.all} ${c.v("was", "were")} playing a quiet game of hide-and-seek. ` +
      (c.many
        ? `${c.second} hid first, but ${c.lead} found ${c.second} in no time at all, because the giggles gave the hiding place away.`
        : `${c.lead} hid and hid again, once behind a flower far too small to hide anyone, and giggled every time.`),
    ({ c }) =>
      `${c.all} had come out to collect treasures: the smoothest pebbles, the softest feathers and one very shiny button. ${c.lead} kept them all in a little cloth bag.`,
    ({ c }) =>
      `${c.all} ${c.v("was", "were")} humming a made-up song, the kind that has no proper words, only “la-la-la” and “dum-dee-dum”. It was a very good song.`,
  ],
  topicOpening: ({ c, topic }) => `All day long, ${c.lead} had been thinking about ${topic}.`,
  topicDream: ({ c, topic }) => `Just before sleep, ${c.lead} thought about ${topic} one last time.`,
  topicTitle: ({ c, topic }) => `${c.lead} Dreams of ${titleCase(topic)}`,
  wishOpening: ({ c, topic }) => `All day long, ${c.lead} had been daydreaming about one thing: ${topic}.`,
  wishDream: ({ c }) => `Just before sleep, ${c.lead} thought once more about that daydream, and smiled.`,
  worries: [
    ({ c }) =>
      `For a moment, ${c.lead} felt a flutter of worry, like a butterfly in the tummy. What if it couldn’t be fixed? But worries grow smaller when you share them, so ${c.many ? `${c.all} held hands and took a deep breath together` : `${c.lead} took a deep, brave breath`}.`,
    ({ c, t }) =>
      `All of a sudden, the ${t.day} seemed very big, and ${c.lead} felt very small. But even the smallest friends can do big things; everybody knows that. “Let’s be brave,” whispered ${c.lead}${c.many ? `, and ${c.second} nodded` : ""}.`,
  ],
  wonders: [
    ({ p }) =>
      `For a moment, everyone stopped to notice the little wonders all around: ${p.sound}, a ladybird climbed a blade of grass, and somewhere a cricket sang. It was good to go slowly.`,
    ({ c, t }) =>
      `${c.lead} stopped for a moment and looked up: ${t.sky}. It felt as if the whole world was cheering ${c.many ? "them" : c.lead} on, just a little.`,
  ],
  cheers: [
    () => `Everyone was so happy that they smiled from ear to ear, with smiles so big they hardly fit on their faces.`,
    ({ c }) =>
      `${c.lead} felt warm all over, as warm as toast. Helping, it turns out, is one of the nicest feelings in the world.`,
  ],
  encourage: [
    ({ c }) =>
      c.many
        ? `${c.lead} sighed. “That didn’t work.” But ${c.second} gave ${c.lead} a little hug. “Never mind,” said ${c.second}. “There’s always another way.”`
        : `${c.lead} sighed. “That didn’t work.” Then ${c.lead} took a deep breath, in and out, slow as a sleepy cat. “Never mind,” ${c.lead} whispered. “There’s always another way.”`,
    ({ c }) =>
      c.many
        ? `For a moment, nobody said anything. Then ${c.second} smiled. “Well, now we know one way that doesn’t work,” said ${c.second}. “Let’s find one that does!” And everyone felt a little braver.`
        : `For a moment, ${c.lead} felt like giving up. But then ${c.lead} remembered something very wise: every try teaches you something new. So ${c.lead} stood up tall and thought again.`,
    ({ c }) =>
      `“Oh, bother,” said ${c.lead}, and ${c.many ? "they all sat down" : "sat down"} on the ground to think. Sometimes the best ideas come when you sit very still.`,
  ],

  problems: {
    lost: {
      titles: [
        ({ c, thing }) => `${c.lead} and the Lost ${titleCase(thing.bare)}`,
        ({ thing }) => `Where ${thing.plural ? "Are" : "Is"} the ${titleCase(thing.bare)}?`,
      ],
      setup: [
        ({ v, thing }) =>
          `Just then, ${v.a} came hurrying by, sniffing and blinking back tears. “Oh dear, oh dear,” said ${v.name}. “I’ve lost ${thing.my}, and I’ve looked everywhere!”`,
        ({ c, v, thing }) =>
          `Suddenly, ${they(c)} heard a small, sad sound. It was ${v.a}, sitting all alone. “What’s the matter?” asked ${c.lead}. “${cap(thing.my)} ${thing.plural ? "are" : "is"} gone,” sniffed ${v.name}. “I had ${it(thing)} a moment ago, and now I can’t find ${it(thing)} anywhere.”`,
      ],
      reaction: [
        ({ c, v, thing }) =>
          `${c.many ? `${c.all} looked at each other.` : `${c.lead} knelt down beside ${v.name}.`} “Don’t worry,” said ${c.lead}. “${willHelp(c)} help you find ${it(thing)}. Finding things is one of ${c.many ? "our" : "my"} favourite games!”`,
        ({ c, v, thing }) =>
          `“We’ll find ${it(thing)} together,” said ${c.lead} kindly. ${v.name} wiped ${his(v)} nose and gave a small, hopeful smile.`,
      ],
      try1: [
        ({ c, p }) =>
          `First, ${c.all} looked ${p.spots[0]}. ${cap(they(c))} looked high and low, this way and that. But all ${they(c)} found was a sleepy snail, who opened one eye, said “Not here, I’m afraid,” and went straight back to sleep.`,
        ({ c, p, v, thing }) =>
          `First, ${c.all} searched ${p.spots[0]}. There was a pinecone, a feather and a very surprised beetle, but no ${thing.bare}. “Not this way,” sighed ${v.name}.`,
      ],
      try2: [
        ({ p }) =>
          `Next, they asked a wise old tortoise who was resting ${p.spots[1]}. The tortoise thought for a very long time. “Hmm,” she said at last. “Lost things like to be found by friends who are very, very quiet.” It wasn’t quite an answer, but it was a clue.`,
        ({ p }) =>
          `Next, they searched ${p.spots[1]}, calling, “Hello-o! Where are you?” But only an echo answered: “…are you? …are you?”`,
      ],
      success: [
        ({ c, p, thing }) =>
          `So everyone stood very still and listened. Hush… hush… And there it was: a tiny rustle, coming from ${p.spots[2]}. ${c.lead} tiptoed over, peeked in and, yes! There ${was(thing)} ${thing.the}!`,
        ({ c, p, v, thing }) =>
          `Then ${c.lead} had an idea. “Let’s think about where you’ve been today.” ${v.name} thought hard and suddenly remembered: ${p.spots[2]}! Off they all went, and there, safe and sound, ${was(thing)} ${thing.the}.`,
      ],
      resolution: [
        ({ v, thing }) =>
          `It turned out that a baby squirrel had borrowed ${it(thing)} to play with. “Sorry,” squeaked the squirrel, and gave ${it(thing)} back with a shy smile. ${v.name} was so happy that ${he(v)} did a little dance, right there and then.`,
        ({ c, v, thing }) =>
          `${v.name} hugged ${thing.the} tight. “Thank you, thank you!” ${he(v)} said, and gave ${c.many ? "everyone a hug, one by one" : `${c.lead} a great big hug`}. It was the best kind of hug: the kind that says “you helped me”.`,
      ],
      morals: [
        "When we look together, lost things are easier to find.",
        "A quiet moment and a kind friend can find almost anything.",
      ],
    },
    stuck: {
      titles: [
        ({ c, thing }) => `How ${c.lead} Rescued the ${titleCase(thing.bare)}`,
        ({ c, thing }) => `${c.lead} and the ${titleCase(thing.bare)} Up High`,
      ],
      setup: [
        ({ c, p, thing }) =>
          `Then, whoosh! A sudden gust of wind snatched ${c.lead}’s ${thing.bare} and carried ${it(thing)} up, up, up, until ${itWas(thing)} caught ${p.high}.`,
        ({ c, p, thing }) =>
          `${c.lead} had brought ${thing.the} along. But a cheeky little breeze came dancing by, tugged ${it(thing)} away and left ${it(thing)} dangling ${p.high}.`,
      ],
      reaction: [
        ({ c, thing }) =>
          `“Oh no!” cried ${c.lead}. “How will ${c.many ? "we" : "I"} ever get ${it(thing)} down?” ${c.many ? "They all stared up, necks stretched and mouths wide open." : `${c.lead} stared up, mouth wide open.`}`,
        ({ c }) =>
          `${c.all} looked up. It was very, very high. “Hmm,” said ${c.lead}. “This is a job for a good idea.”`,
      ],
      try1: [
        ({ c, thing }) =>
          `First, ${c.lead} tried jumping. Boing! Boing! Boing! ${c.many ? `${c.second} jumped too, even higher. ` : ""}But ${thing.the} ${was(thing)} much too high, and all that jumping only made ${c.many ? "everyone" : c.lead} dizzy.`,
        ({ c, thing }) =>
          `First, ${c.all} tried calling. “Come down, please!” But ${thing.the} just swayed in the breeze, as if to say, “It’s lovely up here!”`,
      ],
      try2: [
        ({ c }) =>
          `Next, ${c.many ? `${c.all} tried standing on each other’s shoulders` : `${c.lead} piled up a tower of cushions and climbed on top`}. It wobbled… and wibbled… and whoops! Down it all came, tumbling into a soft, giggly heap. Still not high enough!`,
        ({ c, thing }) =>
          `Next, ${c.lead} found a long stick and stretched, and stretched, and stretched. The tip of the stick tickled ${thing.the}, but the stick was just a little bit too short.`,
      ],
      success: [
        ({ c, thing }) =>
          `Then ${c.lead} had a gentle idea. “Maybe we don’t need to reach. Maybe we just need to ask nicely.” So ${c.many ? "they all" : c.lead} sang a soft song to the wind. And the wind, who loves songs, sent a kind little breeze. ${cap(thing.the)} wiggled free and floated down, slowly, slowly, right into ${c.lead}’s arms.`,
        ({ c, thing }) =>
          `Just then, a friendly magpie landed nearby. “Need a hand?” she asked. “Or a wing?” ${c.lead} pointed up, and the magpie flew, flap, flap, flap, all the way up. She unhooked ${thing.the} with her beak and brought ${it(thing)} gently down.`,
      ],
      resolution: [
        ({ c, thing }) =>
          `${c.lead} held ${thing.the} close. “Thank you,” ${c.lead} whispered${c.many ? `, and ${c.all} gave a quiet, happy cheer` : ""}. ${cap(itWas(thing))} a little crumpled, but nobody minded one bit.`,
        ({ c, thing }) =>
          `“Hooray!” whispered ${c.many ? "everyone" : c.lead}. It was a very quiet hooray, because it was nearly bedtime. ${c.lead} promised to hold on tight next time, and ${thing.the} seemed to nod.`,
      ],
      morals: [
        "Sometimes patience reaches higher than jumping.",
        "When something is out of reach, a friend can help you get there.",
      ],
    },
    star: {
      titles: [({ c }) => `${c.lead} and the Little Star`, ({ c }) => `A Star for ${c.lead}`],
      setup: [
        ({ p }) =>
          `Suddenly, something bright tumbled out of the sky and landed with a soft plink ${p.spots[0]}. It was a little star! But its light was dim and flickery. “I fell,” said the little star in a tiny voice, “and now I can’t get home.”`,
        ({ c, p }) =>
          `Then ${they(c)} noticed a soft glow ${p.spots[0]}. ${c.lead} crept closer. There, blinking sadly, was a little star that had fallen all the way down from the sky. “I slipped,” it sniffed. “And the sky is so very far away.”`,
      ],
      reaction: [
        ({ c }) =>
          `“Don’t be sad,” said ${c.lead}, picking up the star very gently. It felt warm, like a cup of cocoa. “${willHelp(c)} help you get back up there.”`,
        ({ c }) =>
          `${c.many ? `${c.all} gathered round.` : `${c.lead} sat down beside it.`} “Every star belongs in the sky,” said ${c.second}. “Let’s take you home.”`,
      ],
      try1: [
        ({ c }) =>
          `First, ${c.all} carried the little star to the highest spot around, and ${c.many ? `${c.lead} held` : "held"} it up on tiptoe. “Off you go!” But the star only flickered. The sky was still much too far away.`,
        ({ c }) =>
          `First, ${c.lead} tried to toss the star up, very gently, like a soft ball. Up it went, and down it came again, plink, right back into ${c.lead}’s hands. “Oof,” said the star.`,
      ],
      try2: [
        ({ c }) =>
          `Next, ${they(c)} asked the moon for help. “Moon, can you reach down?” The moon smiled, but shook its big round head. “Stars don’t climb,” it said softly. “Stars shine their way home. Help it feel happy, and it will find its way.”`,
        ({ c }) =>
          `Next, ${c.all} blew as hard as possible, whoosh, to float the star up like a dandelion seed. It rose a little, and then drifted down again, dimmer than before.`,
      ],
      success: [
        ({ c }) =>
          `So ${c.all} did the kindest thing of all. ${c.many ? `${c.lead} told a silly joke and ${c.second} pulled a funny face` : `${c.lead} told a silly joke and pulled a funny face`}, and the little star began to giggle. And as it giggled, it glowed, brighter and brighter, until whoosh! It floated up, up, up into the sky.`,
        ({ c }) =>
          `Then ${c.lead} had an idea. “What if we sing to it?” ${c.all} hummed the softest lullaby in the world, and the little star began to glow, warm and golden. Slowly, slowly, it rose out of ${c.lead}’s hands and floated up into the sky.`,
      ],
      resolution: [
        () =>
          `High above, the little star found its place and twinkled three times: thank you, thank you, thank you. It was the brightest star in the whole sky.`,
        ({ c }) =>
          `The little star settled back among its brothers and sisters and sent down a twinkle, just for ${c.all}. ${c.lead} waved. “Goodnight, little star!”`,
      ],
      morals: ["A little kindness can help someone shine again.", "Happiness is a light we can share."],
    },
    sleepless: {
      titles: [({ v }) => `A Lullaby for ${v.name}`, ({ v }) => `${v.name} Can’t Sleep`],
      setup: [
        ({ c, v }) =>
          `Just then, ${they(c)} heard a big yawn, and then a sigh. It was ${v.a}, rubbing ${his(v)} eyes. “I’m so tired,” said ${v.name}, “but I just can’t fall asleep. I’ve tried and tried!”`,
        ({ v }) =>
          `Nearby, ${v.a} was tossing and turning on a pile of leaves. “Oh, it’s no use,” grumbled ${v.name}. “My eyes just won’t stay closed.”`,
      ],
      reaction: [
        ({ c, v }) =>
          `“Oh dear,” said ${c.lead}. “Everybody needs a good sleep. ${willHelp(c)} help you.” ${v.name} looked a tiny bit hopeful.`,
        ({ c, v }) =>
          `${c.lead} sat down beside ${v.name}. “Don’t worry,” ${c.lead} said softly. “${c.many ? "We know" : "I know"} all sorts of sleepy tricks.”`,
      ],
      try1: [
        ({ c, v }) =>
          `First, ${c.all} tried counting sheep with ${v.name}. One sheep, two sheep, three sheep… But at sheep number twelve, ${v.name} sat up. “Wait, was that a sheep or a cloud?” Now ${he(v)} was more awake than ever!`,
        ({ c, v }) =>
          `First, ${c.lead} told a funny story about a duck who wore wellington boots. ${v.name} laughed and laughed, which was lovely, but not sleepy at all.`,
      ],
      try2: [
        ({ v }) =>
          `Next, they tried a cup of warm milk. ${v.name} drank it all up, slurp! And then got the hiccups. Hic! Hic! That wasn’t very sleepy either.`,
        ({ c, v }) =>
          `Next, ${c.all} tried being very, very quiet. But the quiet was so quiet that ${v.name} could hear ${his(v)} own tummy rumble, and started to giggle.`,
      ],
      success: [
        ({ c, v }) =>
          `Then ${c.lead} had a soft idea. ${c.all} made a cosy nest of moss and leaves and tucked ${v.name} in. Then they hummed the slowest, quietest lullaby and breathed slowly together: in… and out… in… and out…`,
        ({ c, v, p }) =>
          `Then ${c.lead} whispered, “Let’s just listen.” So they lay down side by side and listened: ${p.sound}. Slowly, slowly, ${v.name}’s eyes began to close.`,
      ],
      resolution: [
        ({ c, v }) =>
          `Soon ${v.name} was fast asleep, snoring the tiniest snore you ever heard. ${c.all} tiptoed away, smiling.`,
        ({ v }) =>
          `${v.name} gave one last enormous yawn, mumbled “thank you”, and was asleep before the words were even finished.`,
      ],
      morals: ["Slow and quiet is the best way to find sleep.", "A gentle song is one of the kindest gifts."],
    },
    wayHome: {
      titles: [({ c, v }) => `${c.lead} Helps ${v.name} Home`, ({ v }) => `The Way Home for ${v.name}`],
      setup: [
        ({ v, t }) =>
          `Just then, ${v.a} came wandering by, looking this way and that. “I’ve lost my way home,” ${he(v)} said in a tiny voice. “Everything looks so different ${t.today}.”`,
        ({ c, v }) =>
          `Then ${c.lead} spotted ${v.a}, looking around with big, worried eyes. “I went exploring,” said ${v.name}, “and now I don’t know how to get home.”`,
      ],
      reaction: [
        ({ c, v }) =>
          `“${willHelp(c)} help you,” said ${c.lead}. “What does your home look like?” ${v.name} thought. “It has a little round door,” ${he(v)} said, “and it always smells of warm bread.”`,
        ({ c, v }) =>
          `“Don’t worry,” said ${c.lead}. “${c.many ? "We’re" : "I’m"} very good at finding things, even homes. Tell ${c.many ? "us" : "me"} about yours.” “It has a little round door,” said ${v.name}, “and it smells of warm bread.”`,
      ],
      try1: [
        ({ p, v }) =>
          `First, they all went to look ${p.spots[0]}. But there was no little round door there, only a puddle, which splashed everybody’s toes. “Not this way,” said ${v.name}.`,
        ({ c }) =>
          `First, ${c.lead} said, “Let’s try left!” So they went left, and then left again, and then left once more… and ended up right back where they had started.`,
      ],
      try2: [
        ({ c }) =>
          `Next, ${c.lead} climbed onto a big stone to look far and wide. But everything was so big and so far away that it was hard to tell one place from another.`,
        () =>
          `Next, they asked a busy beetle for directions. “Round doors? Hmm,” said the beetle. “I only know about tiny doors.” And off it scuttled.`,
      ],
      success: [
        ({ c, p }) =>
          `Then ${c.lead} had an idea. “Let’s use our noses!” Sniff, sniff… There it was: the faint smell of warm bread. They followed it this way and that, ${p.spots[1]}, then ${p.spots[2]}, until there at last was the little round door!`,
        ({ v, p }) =>
          `Then, far away, they heard a voice calling: “${v.name}! ${v.name}!” “That’s my mum!” cried ${v.name}. They followed the voice, ${p.spots[1]}, then ${p.spots[2]}, and there was the little round door, glowing warm and gold.`,
      ],
      resolution: [
        ({ v }) =>
          `The door flew open, and out came ${v.name}’s mum, who scooped ${v.name} up in the biggest hug. “Thank you for bringing my little one home,” she said, and gave everyone a slice of warm bread with honey.`,
        ({ v }) =>
          `${v.name}’s whole family came tumbling out to say hello. There were hugs and thank-yous, and ${v.name} was happier than ever.`,
      ],
      morals: [
        "Even when we feel lost, friends can help us find the way.",
        "Home is wherever someone is waiting to hug you.",
      ],
    },
  },

  endings: [
    ({ c, t }) =>
      `${cap(t.bedtime)}, it was time to go home. ${c.many ? `${c.all} walked side by side, their steps getting slower and their yawns getting bigger` : `${c.lead} walked slowly, each step a little slower and each yawn a little bigger`}, until at last it was time to snuggle down in bed.`,
    ({ c, t }) =>
      `${cap(t.bedtime)}, ${c.all} snuggled down under a soft, warm blanket. Outside, the whole world was getting ready for sleep too.`,
    ({ c, t, p }) =>
      `${cap(t.bedtime)}, everything grew calm and quiet. ${cap(p.sound)}, softer now, like a lullaby. ${c.all} curled up, warm and cosy, with heavy, sleepy eyes.`,
  ],
  recaps: [
    ({ c }) =>
      `Snuggled up, ${c.lead} thought about the whole adventure: the try that didn’t work, the one that almost did, and the one that finally worked. “Trying again is a little bit like magic,” ${c.lead} whispered${c.many ? `, and ${c.second} nodded sleepily` : ""}.`,
    ({ c }) =>
      c.many
        ? `In the quiet, ${c.all} talked softly about the day. “Remember when it all went wrong?” giggled ${c.second}. “And then it all went right,” said ${c.lead}. Their voices grew softer and softer, like a lullaby.`
        : `In the quiet, ${c.lead} remembered the day: how everything went wrong, and how it all came right again. “What an adventure,” ${c.lead} murmured with a smile, and gave a great big yawn.`,
  ],
  lastLines: [
    ({ c }) =>
      `“Goodnight,” whispered ${c.lead}. And soon ${c.all} ${c.v("was", "were")} fast asleep, dreaming happy dreams.`,
    ({ c }) =>
      `${c.many ? `${c.all} closed their eyes` : `${c.lead}’s eyes closed, slowly, slowly`}. The moon kept watch, the stars hummed softly, and soon there ${c.many ? "were only small, gentle snores" : "was only one small, gentle snore"}.`,
    ({ c, placeBare }) =>
      `One last yawn, one last smile, and ${c.many ? "everyone" : c.lead} drifted off to sleep. Goodnight, ${c.all}. Goodnight, ${placeBare}.`,
  ],
  refrains: [
    "Hand in hand and side by side,\nfriends are the very best guide.",
    "Softly, softly, through the night,\neverything will be all right.",
    "One small step and then one more,\nthat is what our friends are for.",
    "Little steps and hearts so true,\nfriends will always help you through.",
  ],
  closings: [
    "The stars are out, the day is done,\nsleep well now, my little one.",
    "The moon is high, the night is deep,\nit’s time for every friend to sleep.",
    "Close your eyes and dream till light,\ngoodnight, sleep well, goodnight, goodnight.",
  ],

  places: {
    forest: {
      sound: "the tall trees whispered to each other",
      spots: ["behind a mossy log", "under a pile of crunchy leaves", "inside a hollow tree"],
      high: "high up in the tallest pine tree",
    },
    sea: {
      sound: "the waves went hush, hush on the sand",
      spots: ["under an upturned rowing boat", "between the smooth grey rocks", "inside a little rock pool"],
      high: "on top of the old lighthouse",
    },
    castle: {
      sound: "the flags on the towers fluttered softly",
      spots: ["behind a velvet curtain", "under the great wooden table", "at the bottom of the spiral staircase"],
      high: "on top of the tallest tower",
    },
    meadow: {
      sound: "the long grass swished and swayed",
      spots: ["among the buttercups", "behind a haystack", "under a clump of clover"],
      high: "on the highest branch of the old apple tree",
    },
    town: {
      sound: "the streetlamps hummed softly",
      spots: ["behind the baker’s flowerpots", "under a bench in the square", "next to the fountain"],
      high: "on top of the clock tower",
    },
    space: {
      sound: "the planets turned slowly, like sleepy spinning tops",
      spots: ["behind a bumpy moon rock", "inside a crater", "under the wing of a silver rocket"],
      high: "on the tip of the crescent moon",
    },
    garden: {
      sound: "the flowers nodded in the breeze",
      spots: ["under the big pumpkin leaves", "behind the watering can", "inside an old flowerpot"],
      high: "at the top of the cherry tree",
    },
    mountain: {
      sound: "the wind sang softly over the rocks",
      spots: ["behind a big round boulder", "inside a little cave", "among the wild thyme"],
      high: "on a high ledge of the cliff",
    },
    snow: {
      sound: "the snowflakes drifted down without a sound",
      spots: ["under a soft snowdrift", "behind the snowman", "beside a frozen pond"],
      high: "at the top of a snowy fir tree",
    },
    river: {
      sound: "the river bubbled and chattered over the pebbles",
      spots: ["among the tall reeds", "under the little wooden bridge", "behind a mossy stone"],
      high: "on a branch of the willow leaning over the water",
    },
    bedroom: {
      sound: "the curtains swayed and the night-light glowed",
      spots: ["under the bed", "inside the toy box", "behind the big pillow"],
      high: "on top of the wardrobe",
    },
    place: {
      sound: "everything was calm and still",
      spots: ["behind a big stone", "under a bush", "in a cosy little corner"],
      high: "at the top of a very tall tree",
    },
  },
  times: {
    morning: {
      once: "one bright morning",
      sky: "the sun was just peeping up and the air smelled fresh and new",
      when: "in the morning",
      day: "morning",
      today: "this morning",
      bedtime: "that evening, when the sky grew dark",
    },
    afternoon: {
      once: "one warm afternoon",
      sky: "the sun was warm and lazy and the shadows were short",
      when: "in the afternoon",
      day: "afternoon",
      today: "this afternoon",
      bedtime: "that evening, when the first stars came out",
    },
    evening: {
      once: "one golden evening",
      sky: "the sky was turning pink and orange, like a ripe peach",
      when: "in the evening",
      day: "evening",
      today: "this evening",
      bedtime: "as the last light faded and the first stars came out",
    },
    night: {
      once: "one quiet night",
      sky: "the moon was round and silver and the stars twinkled",
      when: "at night",
      day: "night",
      today: "tonight",
      bedtime: "under the sleepy silver moon",
    },
  },
  lostThings: [noun("little silver bell"), noun("striped scarf"), noun("tiny golden key")],
  stuckThings: [noun("red kite"), noun("yellow balloon"), noun("straw hat")],
  visitors: [
    { a: "a little hedgehog called Prickles", name: "Prickles", fem: false, gloss: "a little hedgehog" },
    { a: "a baby owl called Willa", name: "Willa", fem: true, gloss: "a fluffy baby owl" },
    { a: "a tiny mouse called Button", name: "Button", fem: true, gloss: "a tiny mouse" },
    { a: "a young fox cub called Rusty", name: "Rusty", fem: false, gloss: "a young fox cub" },
    { a: "a fluffy duckling called Puddle", name: "Puddle", fem: false, gloss: "a fluffy yellow duckling" },
  ],
};
