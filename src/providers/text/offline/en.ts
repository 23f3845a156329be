/** English grammar for the offline storyteller (see `grammar.ts`). */
import type { Ctx, Grammar, Np, WishLines } from "./grammar";
import { cap } from "./words";

const was = (n: Np) => (n.plural ? "were" : "was");
const is = (n: Np) => (n.plural ? "are" : "is");
const isnt = (n: Np) => (n.plural ? "aren’t" : "isn’t");
/** The helpers as a subject with its verb: "Pip and Mabel were", "Pip was". */
const were = (x: Ctx) => `${x.all} ${x.v("was", "were")}`;

type Mode = Ctx["doingMode"];
/** The child's words, quoted: no trailing stop of their own, so ours closes the sentence. */
const quote = (text: string) => `“${text.trim().replace(/[\s.,;:!?…]+$/u, "")}”`;
const yetTo = (x: Ctx, m: Mode = x.doingMode) =>
  m === "cant"
    ? `couldn’t ${x.doing.inf} yet, and wished so much that ${x.S.he} could`
    : m === "learns"
      ? `was learning to ${x.doing.inf}, a little more every day`
      : `wanted to ${x.doing.inf} more than anything`;
const dreamt = (x: Ctx) => x.doingMode === "cant" || x.doingMode === "wants" || x.doingMode === "learns";

/** Issue 17: the lines that say the child's own wish. */
const wishEn: WishLines = {
  loves: [
    (x) => `More than anything in the world, ${x.S.the} loved ${x.loves.the}.`,
    (x) => `If you asked ${x.S.the} what was best of all,^ ${x.S.he} would say ${x.loves.the}, every single time.`,
    (x) => `${cap(x.S.the)} had one favourite thing in the whole wide world, and it was ${x.loves.the}.`,
    (x) => `Nothing made ${x.S.the} smile quite like ${x.loves.the}.`,
    (x) => `${cap(x.S.the)} loved ${x.loves.the} so much that ${x.S.he} dreamed about ${x.loves.it} at night.`,
  ],
  does: [
    (x) => `Everybody knew that ${x.S.the} loved to ${x.doing.inf}.^ It was what ${x.S.he} liked doing best.`,
    (x) => `That day, just like every day, ${x.S.the} was ${x.doing.ing}, as happy as could be.`,
    (x) => `${cap(x.S.the)} spent the whole morning ${x.doing.ing}, humming a little tune.`,
    (x) =>
      `If you ever met ${x.S.the}, you would soon see what ${x.S.he} loved:^ ${x.doing.ing}, from morning till night.`,
  ],
  wantsTo: [
    (x) => `${cap(x.S.the)} ${yetTo(x)}.`,
    (x) =>
      x.doingMode === "learns"
        ? `“I’m learning to ${x.doing.inf},” said ${x.S.the} proudly. “Every day I get a little better.”`
        : `“One day I will ${x.doing.inf},” said ${x.S.the}. “Just you wait and see.”`,
    (x) =>
      x.doingMode === "learns"
        ? `Every day, ${x.S.the} practised ${x.doing.ing}, a tiny bit at a time.`
        : `${cap(x.S.the)} had tried to ${x.doing.inf} before,^ but it had never quite worked. Not yet.`,
    (x) =>
      x.doingMode === "learns"
        ? `${cap(x.S.the)} was getting better at ${x.doing.ing} all the time,^ and that felt very good.`
        : `All ${x.S.the} wished for, deep down inside, was to ${x.doing.inf}.`,
  ],
  becomes: [
    (x) => `${cap(x.S.the)} dreamed of being ${x.becomes.a} one day.`,
    (x) => `“When I grow up,” said ${x.S.the}, “I’m going to be ${x.becomes.a}.”`,
    (x) => `Every night, ${x.S.the} played at being ${x.becomes.a}, just for practice.`,
    (x) => `There was nothing ${x.S.the} wanted more than to be ${x.becomes.a}.`,
  ],
  tryDoing: [
    (x) => `“I know!” said ${x.S.the}. “I can ${x.doing.inf}!”^ So ${x.S.he} tried, as carefully as ${x.S.he} could.`,
    (x) =>
      `${cap(x.S.the)} took a deep breath and started ${x.doing.ing}.^ It was not easy,^ but ${x.S.he} kept going.`,
    (x) => `“Watch this,” said ${x.S.the}, and began ${x.doing.ing}. Everyone held their breath.`,
    (x) =>
      `${cap(x.S.the)} had an idea: ${x.S.he} would ${x.doing.inf}.^ So ${x.S.he} gave it a try, one little step at a time.`,
  ],
  succeedDoing: [
    (x) => `And this time, ${x.S.the} really did ${x.doing.inf}, better than ever before!`,
    (x) => `Then ${x.S.the} ${x.doing.past}, and everybody cheered.`,
    (x) => `${cap(x.S.the)} ${x.doing.past}, and it felt wonderful, all the way down to ${x.S.his} toes.`,
    (x) =>
      dreamt(x)
        ? `${cap(x.S.the)} was ${x.doing.ing} at last, just as ${x.S.he} had always dreamed.`
        : `Then ${x.S.the} was ${x.doing.ing} again, happier than ever,^ and everyone clapped along.`,
  ],
  companionJoins: [
    (x) => `Along came ${x.C.a}, who wanted to come too.`,
    (x) => `Just then, ${x.C.a} came along, smiling from ear to ear.^ “May I come with you?” ${x.C.he} asked.`,
    (x) => `${cap(x.C.a)} came to join them,^ and that made everything even better.`,
    (x) => `Soon ${x.C.a} was there as well, ready to help.`,
    (x) => `And who should come along but ${x.C.a}!^ Now the adventure had one more friend.`,
  ],
  companionHelps: [
    (x) => `${cap(x.C.the)} helped too, the way only ${x.C.he} could.`,
    (x) => `${cap(x.C.the)} gave ${x.S.the} a big, warm hug.`,
    (x) => `“I’m right here,” said ${x.C.the}, and stayed close by.`,
    (x) => `${cap(x.C.the)} knew just what to do, and did it without any fuss.`,
    (x) => `${cap(x.C.the)} had a good idea,^ and whispered it to ${x.S.the}.`,
  ],
  goesTo: [
    (x) => `So off they went, all the way ${x.where.to}.`,
    (x) => `Before long, they were ${x.where.in}.`,
    (x) => `And that is how they all came to be ${x.where.in}, together.`,
    (x) => `“Let’s go ${x.where.to}!” said ${x.S.the}. And so they did.`,
  ],
  event: [
    (x) => `And then it was time for ${x.event.the}!`,
    (x) => `${cap(x.event.the)} ${was(x.event)} about to begin,^ and everyone was invited.`,
    (x) =>
      `Everyone had been looking forward to ${x.event.the},^ and now ${x.event.plural ? "they were" : "it was"} finally here.`,
    (x) => `What fun there was ${x.event.in}!^ There was laughing and clapping and lots of joy.`,
  ],
  thing: [
    (x) => `${cap(x.S.the)} held ${x.T.the} tight.`,
    (x) => `Then ${x.S.the} spotted ${x.T.a}, just where nobody expected.`,
    (x) => `${cap(x.T.the)} ${was(x.T)} just what they needed.`,
    (x) => `${cap(x.S.the)} had brought ${x.T.his}, of course.`,
    (x) => `“Look!” said ${x.S.the}, holding up ${x.T.his}. “This will help.”`,
  ],
  endings: {
    friends: [
      (x) => `And from that day on, ${x.everyone} were the very best of friends.`,
      (x) => `And that is how ${x.everyone} became friends, the kind who stay friends forever.`,
      (x) => `${cap(x.S.the)} had made a friend for always,^ and a friend for always is the best thing there is.`,
      (x) => `“Will you be my friend tomorrow, too?” asked ${x.S.the}. “Tomorrow and every day,” came the answer.`,
    ],
    home: [
      (x) => `And at last ${x.S.the} was home again, safe and sound.`,
      (x) => `Home at last! ${cap(x.S.the)} stepped inside, and everything was just where it should be.`,
      (x) => `There is no place like home,^ and ${x.S.the} was home, warm and safe, at last.`,
      (x) => `The way home felt short and happy,^ and soon ${x.S.the} was back where ${x.S.he} belonged.`,
    ],
    found: [
      () => `And what had been lost was found again, just in time.`,
      (x) => `${cap(x.S.the)} hugged what had been found, and held on tight.`,
      () => `Lost, and then found: that is one of the happiest feelings in the world.`,
      (x) => `Everything was found at last, and ${x.S.the} gave a great big sigh of relief.`,
    ],
    together: [
      () => `And they were all together, just as it should be.`,
      (x) => `${cap(x.everyone)} snuggled up close, all together at last.`,
      () => `Being together was the best part of all.`,
      (x) => `Nobody was left out, and nobody was alone:^ ${x.everyone} were together.`,
    ],
    party: [
      () => `And so the day ended with the happiest party.`,
      () => `There was music and laughing and a little bit of dancing,^ because a happy day deserves a party.`,
      (x) => `${cap(x.everyone)} had a party, with lots of cheering and a cake to share.`,
      () => `What a party it was! Everyone danced until they were sleepy.`,
    ],
    sleep: [
      (x) => `And ${x.S.the} fell fast asleep, with a smile.`,
      (x) => `${cap(x.S.the)} gave a great big yawn,^ closed ${x.S.his} eyes and drifted off to sleep.`,
      (x) => `Soon ${x.S.the} was fast asleep, dreaming happy dreams.`,
      (x) => `Snug and warm, ${x.S.the} went to sleep, as quiet as a mouse.`,
    ],
    "wish-comes-true": [
      (x) => `And ${x.S.poss} wish came true.`,
      (x) => `${cap(x.S.the)} had wished and wished,^ and now the wish had come true.`,
      () => `Sometimes, if you wish very hard and never give up, wishes do come true.`,
      (x) => `“My wish came true!” whispered ${x.S.the}, and ${x.S.his} eyes were shining.`,
    ],
    brave: [
      (x) => `And ${x.S.the} had been very brave indeed.`,
      (x) => `“You were so brave,” everyone told ${x.S.the},^ and ${x.S.the} felt ten feet tall.`,
      (x) => `${cap(x.S.the)} had been brave, even with a wobbly tummy, and that is the best kind of brave.`,
      (x) => `That day, ${x.S.the} found out how brave ${x.S.he} really was.`,
    ],
    win: [
      (x) => `And ${x.S.the} won! Everybody cheered.`,
      (x) => `${cap(x.S.the)} came first,^ and the best prize of all was everyone cheering together.`,
      (x) => `Hooray! ${cap(x.S.the)} had won,^ and ${x.S.he} shared the fun with everyone.`,
      (x) => `${cap(x.S.the)} won,^ but what ${x.S.he} liked best was how much fun they all had.`,
    ],
  },
  unread: [
    (x) => `And tonight’s story had one more wish in it, whispered just for you: ${quote(x.unread)}.`,
    (x) =>
      `Tucked inside the wish was one more little thing: ${quote(x.unread)}. The stars kept it safe for another night.`,
    (x) =>
      `And somebody whispered one more little wish into the night: ${quote(x.unread)}. The moon heard it, and smiled.`,
    (x) => `There was a little more in the wish, too: ${quote(x.unread)}. That part is saved for tomorrow.`,
  ],
};

const SMALL = new Set(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "with", "for", "up", "but", "who"]);

export const en: Grammar = {
  lang: "en",
  with: "with",
  and: "and",
  finish: (text) => text,
  titleCase: (text) =>
    text
      .split(" ")
      .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : cap(w)))
      .join(" "),

  wish: wishEn,
  arcs: {
    sleepless: {
      titles: [
        (x) => `The Night ${x.S.the} Couldn’t Sleep`,
        (x) => `A Lullaby for ${x.S.the}`,
        (x) => `${x.S.the} and the Sleepy Stars`,
      ],
      setup: [
        (x) =>
          `As the light grew soft, ${x.all} heard a long, wobbly sigh. It was ${x.S.a}, sitting all alone with wide-open eyes,^ and not sleepy at all. “I can’t sleep,” said ${x.S.the}. “I’ve tried and tried,^ but my eyes just won’t stay closed.”`,
        (x) =>
          `Just then, ${x.S.a} came padding by, yawning and rubbing ${x.S.his} eyes. “Everyone else is asleep,” ${x.S.he} whispered,^ “but I’m wide awake, and the night feels very long.” ${cap(x.all)} knew at once that ${x.S.the} needed a little help.`,
        (x) =>
          `${cap(x.all)} heard a rustle and a thump. It was ${x.S.a}, tossing and turning, with ${x.S.his} blanket in a terrible tangle.^ “Every time I close my eyes,” sighed ${x.S.the}, “they pop open again, like two little windows.”`,
        (x) =>
          `Somebody was humming a grumpy little tune. It was ${x.S.a}, lying on ${x.S.his} back and drumming ${x.S.his} toes.^ “Everybody keeps telling me to close my eyes,” grumbled ${x.S.the},^ “but my eyes just don’t listen.”`,
      ],
      try1: [
        (x) =>
          `“Let’s count sheep,” said ${x.lead}. So they counted: one fluffy sheep, two fluffy sheep, all the way to forty-seven.^ But counting made ${x.S.the} wonder about forty-eight,^ and then forty-nine, and soon ${x.S.his} eyes were wider than ever.`,
        (x) =>
          `${cap(x.second)} brought a cup of warm milk. ${cap(x.S.the)} drank it all in one gulp,^ and then the hiccups came: hic! hic! Nobody can fall asleep with the hiccups,^ so that did not work at all.`,
        (x) =>
          `“Maybe you’re too warm,” said ${x.second}, so they took away the blanket.^ Then ${x.S.the} was too chilly, so they tucked it back,^ and then ${x.S.he} was too warm again. Too warm, too cold: nobody can sleep like that.`,
        (x) =>
          `${cap(x.lead)} said, “Let’s play a sleepy game: whoever stays still the longest wins!”^ But ${x.S.the} wanted to win so much that ${x.S.he} lay as stiff as a stick with both eyes wide open,^ and that is not how anyone falls asleep.`,
      ],
      try2: [
        (x) =>
          `Next, ${x.lead} told a story, but it was full of pirates and chases,^ and ${x.S.the} sat up straight to hear what happened next. An exciting story wakes you up instead of sending you to sleep.`,
        (x) =>
          `Then they built a pillow mountain for ${x.S.the} to lie on. It was very grand,^ but it wobbled at every wriggle,^ and ${x.S.the} kept sliding off with a bump.`,
        (x) =>
          `Then ${x.second} fetched the fluffiest pillow anybody had ever seen.^ But it was so fluffy that ${x.S.the} sank right into it and popped out again, laughing.^ Laughing is lovely, but it is not the same as sleeping.`,
        (x) =>
          `Next, ${x.lead} pointed up at the moon. “Look how sleepy the moon is,” said ${x.lead}.^ But the moon was so bright and round that ${x.S.the} just wanted to sit and stare at it all night long.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, had a quiet idea. “Let’s stop trying so hard,” said ${x.helper}. “Let’s just listen.” So everyone lay very still, and ${x.p.sound}.^ ${cap(x.S.the)} breathed in slowly and out slowly,^ and ${x.S.his} eyelids began to droop.`,
        (x) =>
          `At last ${x.helper}, who was ${x.trait}, began to hum the softest lullaby. Everyone hummed along, lower and lower.^ A slow tune makes your thoughts go slowly too,^ and soon ${x.S.the} gave an enormous yawn.`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, wrapped ${x.S.the} in a big, warm hug and rocked slowly, like a boat on a calm sea.^ ${cap(x.S.the)} listened to the slow thump-thump of a kind heart,^ and ${x.S.his} breathing grew slow and deep.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, cuddled up close and whispered, “Let’s say goodnight to everything, one thing at a time.” So they said goodnight to the sky, goodnight to the ground and goodnight to every little sleepy thing.^ By the last goodnight, ${x.S.the} was too drowsy to say another word.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} curled up in ${x.p.bed}. “Thank you,” ${x.S.he} mumbled, already half asleep. “I think I know how to do it now.”`,
        (x) =>
          `“Is this what sleepy feels like?” whispered ${x.S.the}. “It’s lovely.” And ${x.S.he} snuggled into ${x.p.bed} with a smile.`,
        (x) =>
          `${cap(x.S.the)} gave one last, enormous yawn. “Will you stay until I’m asleep?” ${x.S.he} asked. “Right here,” promised ${x.lead},^ and ${x.S.the} was asleep before anyone could even say goodnight.`,
        (x) =>
          `${cap(x.S.the)} snuggled down in ${x.p.bed}, warm from nose to toes. “Goodnight, sleepy world,” ${x.S.he} murmured,^ and for the first time all night, ${x.S.his} eyes stayed closed all by themselves.`,
      ],
      morals: [
        "Sleep comes gently when we stop chasing it and simply listen.",
        "A slow song and a quiet friend are the best way into dreams.",
        "A warm hug and a whispered goodnight can make the longest night feel short.",
      ],
    },
    afraid: {
      titles: [
        (x) => `${x.S.the} and ${x.fear.the}`,
        (x) => `${x.S.the} Who Was Afraid of ${x.fear.the}`,
        (x) => `${x.S.the} Is Brave Tonight`,
      ],
      setup: [
        (x) =>
          `Under a bush, ${x.all} found ${x.S.a}, curled up tight and trembling. “What’s wrong?” asked ${x.lead}. “It’s ${x.fear.the},” whispered ${x.S.the}. “I’m afraid of ${x.fear.the},^ and tonight ${x.fear.the} ${x.fear.plural ? "seem" : "seems"} to be everywhere.”`,
        (x) =>
          `${cap(x.S.a)} came hurrying along, looking back over ${x.S.his} shoulder. “Oh, ${x.fear.the}!” ${x.S.he} squeaked. “I don’t like ${x.fear.the} one bit.” ${cap(x.all)} could see that ${x.S.the} was really frightened.`,
        (x) =>
          `${cap(x.all)} heard a tiny sniffle. ${cap(x.S.a)} was standing very still, not daring to wiggle even a toe. “${cap(is(x.fear))} ${x.fear.the} still there?” ${x.S.he} whispered.^ “${cap(x.fear.the)} ${x.fear.plural ? "make" : "makes"} my knees go wobbly, like jelly.”`,
        (x) =>
          `${cap(x.S.a)} came along on tiptoe, looking left and right and left again. “Have you seen ${x.fear.the}?” ${x.S.he} asked in a tiny voice.^ “I’m so scared of ${x.fear.the} that I’ve been tiptoeing all day long.”`,
      ],
      try1: [
        (x) =>
          `First, ${x.S.the} tried hiding under a big leaf with both eyes squeezed shut.^ But when you can’t see anything, every little sound seems bigger,^ and ${x.S.the} only felt more afraid.`,
        (x) =>
          `“Let’s pretend ${x.fear.the} ${isnt(x.fear)} there,” said ${x.second}. Everyone tried very hard not to think about ${x.fear.the}.^ But the harder they tried, the more they thought about it,^ and ${x.S.the} shivered.`,
        (x) =>
          `${cap(x.second)} lent ${x.S.the} a big hat to pull down over ${x.S.his} eyes.^ But under the hat it was dark and stuffy,^ and ${x.S.the} kept lifting the brim to peek out, just to check.`,
        (x) =>
          `“Let’s all look the other way,” said ${x.lead}, and everyone turned their backs on ${x.fear.the}.^ But then ${x.S.the} kept wondering what ${x.fear.the} ${was(x.fear)} doing behind them,^ which was even worse.`,
      ],
      try2: [
        (x) =>
          `Then ${x.lead} shouted, “Go away!” in the biggest voice ever.^ But the echo shouted back, “Away! Away!”,^ and that made ${x.S.the} jump higher than before.`,
        (x) =>
          `Next they built a wall of pebbles to keep ${x.fear.the} out.^ But no wall can keep out ${x.fear.the},^ and ${x.S.the} still peeked over it with worried eyes.`,
        (x) =>
          `Then ${x.second} said they should all make themselves look very big and fierce. They puffed out their cheeks and stood on tiptoe,^ but ${x.S.the} wobbled and fell over,^ and ${x.S.he} still felt very small inside.`,
        (x) =>
          `Next, ${x.lead} sang a loud, bouncy song to chase ${x.fear.the} away.^ But ${x.S.the} was too busy listening out for ${x.fear.the} to sing along,^ and the song trailed off into a nervous little hum.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, sat down close beside ${x.S.the}. “Let’s look at it together, very slowly,” said ${x.helper}. So they looked,^ and it was full of small, friendly things: ${x.p.sound}. Nothing there wanted to scare anyone.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, held out a hand. “When we’re together, it gets smaller,” said ${x.helper}. Side by side, they went right up close to ${x.fear.the}.^ Up close it was not scary at all;^ it was just the world, being quiet.`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, gave ${x.S.the} a long, squashy hug. “Now tell me one thing you can see,” said ${x.helper}. ${cap(x.S.the)} peeked out and saw a tiny, twinkling light.^ Then ${x.p.sound},^ and it sounded friendly after all.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, gave ${x.S.the} a cuddle and said, “Let’s give ${x.fear.the} a silly name.” They called ${x.fear.it} Mister Wiggles,^ and ${x.S.the} laughed so much that ${x.fear.the} didn’t seem scary any more.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} let out a long breath. “${cap(x.fear.the)} ${isnt(x.fear)} so scary when you have friends,” ${x.S.he} said,^ and ${x.S.he} even smiled a little.`,
        (x) =>
          `“I was brave!” said ${x.S.the}, surprised. “You were,” said ${x.lead}. “Being brave doesn’t mean not being scared.^ It means trying anyway.”`,
        (x) =>
          `${cap(x.S.the)} stood up a little taller. “Next time ${x.fear.the} ${x.fear.plural ? "come" : "comes"}, I’ll remember tonight,” ${x.S.he} said.^ And ${x.S.he} tucked the brave feeling away, safe and warm, like a pebble in a pocket.`,
        (x) =>
          `“Will you still be here if I get scared again?” asked ${x.S.the}. “Always,” said ${x.all},^ ${x.v(`and ${x.S.the} snuggled up close to ${x.lead}`, `and ${x.S.the} snuggled in between them`)}, as cosy as a bird in a nest.`,
      ],
      morals: [
        "The things we fear grow smaller when we look at them together.",
        "Being brave doesn’t mean not being scared; it means holding a friend’s hand and trying.",
        "Fears feel smaller when someone who loves you is holding your hand.",
      ],
    },
    first: {
      titles: [
        (x) => `${x.S.the} and ${x.first}`,
        (x) => `${x.S.poss} Big Day`,
        (x) => `${x.S.the} Is Ready for ${x.first}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} was sitting on a stone, very quiet. “Tomorrow is ${x.first},” ${x.S.he} said,^ “and I don’t know what it will be like. What if nobody plays with me?”`,
        (x) =>
          `${cap(x.all)} found ${x.S.a} practising how to wave hello, over and over. “It’s ${x.first} tomorrow,” ${x.S.the} explained,^ “and my tummy feels full of butterflies.”`,
        (x) =>
          `${cap(x.S.a)} was walking round and round in circles, until ${x.all} felt dizzy just watching. “It’s ${x.first} tomorrow,” ${x.S.he} said,^ “and what if I don’t know where to go?”`,
        (x) =>
          `${cap(x.all)} found ${x.S.a} trying on every hat ${x.S.he} owned, one after the other. “Which one is right for ${x.first}?” ${x.S.he} asked.^ “And what if everybody else already knows each other?”`,
      ],
      try1: [
        (x) =>
          `“Maybe tomorrow won’t come if I hide,” said ${x.S.the}, and ${x.S.he} hid behind ${x.lead}.^ But tomorrow always comes, even for someone who is hiding,^ so hiding didn’t help the butterflies at all.`,
        (x) =>
          `${cap(x.second)} made a long list of things to remember.^ But the list was so long that ${x.S.the} forgot the first thing before hearing the last one,^ and the butterflies fluttered harder.`,
        (x) =>
          `“Just don’t think about it,” suggested ${x.second}.^ But trying not to think about ${x.first} made ${x.S.the} think about it even more,^ and the butterflies began to do somersaults.`,
        (x) =>
          `${cap(x.lead)} said, “Pretend you’re not nervous, and nobody will ever know!” So ${x.S.the} put on a very big smile.^ But a pretend smile makes your cheeks ache,^ and the butterflies were still there underneath.`,
      ],
      try2: [
        (x) =>
          `Then they played a pretend game of ${x.first}, and ${x.lead} was the teacher. It was fun,^ but ${x.S.the} still asked, “What if the real one is different?”`,
        (x) =>
          `Next they packed a bag with everything ${x.S.the} might need: a snack, a pencil and a spare sock.^ The bag was ready,^ but ${x.S.the} didn’t feel ready yet.`,
        (x) =>
          `Then ${x.lead} told a story about another first day, long ago.^ But it was mostly about falling into a puddle in front of everyone,^ and now ${x.S.the} was worried about puddles too.`,
        (x) =>
          `Next they practised the whole day from start to finish, twice.^ By the second time, ${x.S.the} was so tired of practising that going at all seemed like far too much.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “Everyone there will be new too. Everyone has butterflies.” ${cap(x.S.the)} blinked. “Everyone?” “Everyone,” said ${x.helper}.^ And somehow, knowing that made the butterflies settle down.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, had an idea: “Tomorrow, look for someone who seems a bit worried, and say hello.^ Then you’ll both have a friend.” ${cap(x.S.the)} practised saying hello until it felt easy.`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, gave ${x.S.the} a small, smooth pebble. “Keep this in your pocket,” said ${x.helper}. “Whenever you touch it, remember that we’re thinking of you.”^ ${cap(x.S.the)} held it tight and gave a little hop of joy,^ and everyone cheered.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, said, “Butterflies don’t mean you’re scared. They mean something exciting is coming.” ${cap(x.S.the)} thought about that.^ Excited butterflies! That was different,^ and ${x.S.he} did a happy twirl, right there on the spot.`,
      ],
      resolution: [
        (x) =>
          `“I think I’m ready,” said ${x.S.the}, and ${x.S.he} really meant it. Tomorrow would be new,^ and new things can be wonderful.`,
        (x) =>
          `${cap(x.S.the)} smiled a brave little smile. “Will you wave to me in the morning?” “We’ll wave the biggest waves,” promised ${x.all}.`,
        (x) =>
          `“I’ll tell you all about it tomorrow night,” said ${x.S.the}, bouncing a little.^ ${cap(x.all)} smiled. “We can’t wait to hear every single thing.”`,
        (x) =>
          `That night ${x.S.the} laid out everything for the morning. The butterflies settled down like sleepy moths,^ and ${x.S.he} whispered, “Tomorrow is going to be good.”`,
      ],
      morals: [
        "Everyone feels a little nervous about new things, and that’s all right.",
        "A new place is full of friends you haven’t met yet.",
        "Butterflies in your tummy often mean something wonderful is about to begin.",
      ],
    },
    learn: {
      titles: [
        (x) => `${x.S.the} Who Wanted to ${x.goal.inf}`,
        (x) => `${x.S.the} Learns to ${x.goal.inf}`,
        (x) => `${x.S.the} Never Gives Up`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} came by, gazing at the sky with a sigh. “I want to ${x.goal.inf} more than anything,” ${x.S.he} said,^ “but I’ve never managed it, not even once.”`,
        (x) =>
          `${cap(x.all)} met ${x.S.a} practising alone, and it was not going well. “I’m trying to ${x.goal.inf},” said ${x.S.the},^ “but I just can’t do it.”`,
        (x) =>
          `${cap(x.S.a)} was sitting with ${x.S.his} chin in ${x.S.his} hands. “Everybody else can ${x.goal.inf},” ${x.S.he} sighed.^ “Everybody except me. I’ve tried a hundred times,^ and a hundred times it went wrong.”`,
        (x) =>
          `${cap(x.all)} found ${x.S.a} with a scraped knee and a very cross face. “I’m learning to ${x.goal.inf},” said ${x.S.the},^ “but it keeps going wrong, and I think I might give up.”`,
      ],
      try1: [
        (x) =>
          `“Try really hard, all at once!” said ${x.lead}. So ${x.S.the} tried with all ${x.S.his} might,^ but ${x.S.he} tried so hard that everything wobbled, and ${x.S.the} tumbled into a heap. Trying too hard makes everything stiff.`,
        (x) =>
          `${cap(x.S.the)} watched a bird and copied it exactly.^ But what works for a bird doesn’t work for everyone,^ and ${x.S.the} ended up in a tangle, laughing and a little sad.`,
        (x) =>
          `“Watch me!” said ${x.lead}, showing how it was done, very fast.^ But ${x.lead} went so quickly that ${x.S.the} couldn’t see how it worked,^ and ${x.S.poss} try ended in a heap of giggles.`,
        (x) =>
          `${cap(x.second)} said the trick was to shut your eyes and wish very hard.^ So ${x.S.the} shut ${x.S.his} eyes and wished and wished,^ but wishing alone doesn’t teach you to ${x.goal.inf}, and ${x.S.he} bumped right into ${x.lead}.`,
      ],
      try2: [
        (x) =>
          `Next, ${x.second} read out the instructions from a very old book.^ But there were so many steps that ${x.S.the} got muddled at step two,^ and ${x.S.he} had to sit down.`,
        (x) =>
          `Then they tried at the very top of a hill, because high up seemed better.^ But up there the wind was far too strong,^ and ${x.S.the} had to hold on to ${x.lead} instead.`,
        (x) =>
          `Then ${x.second} said, “Maybe you need a special hat for it.” So they found a hat with a feather on top.^ It was a very fine hat,^ but it kept slipping over ${x.S.poss} eyes, and hats don’t teach anybody to ${x.goal.inf} anyway.`,
        (x) =>
          `Next, ${x.S.the} tried practising in secret, behind a bush, so nobody would see the wobbly bits.^ But practising all alone is lonely,^ and without friends cheering, ${x.S.he} soon felt like giving up.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “Let’s start small. Just a tiny bit, and then a tiny bit more.” So ${x.S.the} practised a little,^ and a little more, while everyone cheered softly. And then, all of a sudden, ${x.S.the} could ${x.goal.inf}! Only a little, but really and truly.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, stayed close and counted slowly: one, two, three. Step by step, ${x.S.the} found a way that fitted,^ and before the sun went down, ${x.S.the} could ${x.goal.inf}, just a little, without any help at all.`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “Let’s not worry about getting it right. Let’s just have fun.” So they laughed and wobbled and tried again, just for fun.^ And somewhere in all that laughing, ${x.S.the} could ${x.goal.inf}! It wasn’t perfect, but it was real.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, said, “Show me the very first part. Only that.” ${cap(x.S.the)} did the first part, then the next part, then the part after that.^ Each part was small enough to be easy,^ and before anyone knew it, ${x.S.the} could ${x.goal.inf}! Everyone cheered.`,
      ],
      resolution: [
        (x) =>
          `“I did it!” shouted ${x.S.the}, then remembered it was nearly bedtime and whispered it instead: “I did it.”^ Everyone whispered back, “You did!”`,
        (x) =>
          `${cap(x.S.the)} was so proud. “Tomorrow I’ll practise again,” ${x.S.he} said. “But tonight I’m going to dream about ${x.goal.ing}.”`,
        (x) =>
          `${cap(x.S.the)} tried once more, just to be sure, and it worked again. “It’s real!” ${x.S.he} laughed.^ “Tomorrow I’m going to show everybody.”`,
        (x) =>
          `“Thank you for not giving up on me,” said ${x.S.the}. “You didn’t give up on yourself,” said ${x.helper},^ and everybody shared a sleepy, happy smile.`,
      ],
      morals: [
        "Big things are learned in small steps, one after another.",
        "Everyone learns in their own way and at their own pace.",
        "Every wobble is a little step on the way to getting it right.",
      ],
    },
    lost: {
      titles: [
        (x) => `${x.S.the} and ${x.thing.lost}`,
        (x) => `${x.S.the} Looks for ${x.thing.the}`,
        (x) => `${x.S.poss} Great Search`,
      ],
      setup: [
        (x) =>
          `Just then, ${x.S.a} hurried up, sniffing and blinking back tears. “I’ve lost ${x.thing.my},” said ${x.S.the}. “I’ve looked everywhere,^ and I can’t find ${x.thing.it} anywhere!”`,
        (x) =>
          `${cap(x.all)} heard a small, sad sound. It was ${x.S.a}, searching under every leaf. “${cap(x.thing.my)} ${is(x.thing)} gone,” said ${x.S.the}. “I had ${x.thing.it} a moment ago,^ and now I can’t find ${x.thing.it}.”`,
        (x) =>
          `${cap(x.S.a)} was turning out every pocket and peering under every stone. “Has anybody seen ${x.thing.my}?” ${x.S.he} asked in a wobbly voice.^ “I put ${x.thing.it} down for one tiny moment,^ and when I turned around, ${x.thing.the} ${was(x.thing)} gone!”`,
        (x) =>
          `${cap(x.all)} found ${x.S.a} sitting in the middle of the path with a very long face. “${cap(x.thing.my)} ${is(x.thing)} lost,” said ${x.S.the}.^ “I’ve looked in all the usual places,^ and in some very unusual ones too.”`,
      ],
      try1: [
        (x) =>
          `First they looked ${x.p.spots[0]}, with ${x.S.the} leading the way. They looked high and low,^ but all they found was a sleepy snail, who opened one eye, said, “Not here, sorry,” and went back to sleep.`,
        (x) =>
          `First they searched ${x.p.spots[0]}. There was a pinecone, a feather and a very surprised beetle,^ but ${x.thing.the} ${was(x.thing)} not there. “Not here,” sighed ${x.S.the}.`,
        (x) =>
          `First ${x.S.the} peeked ${x.p.spots[0]}, and everyone peeked too. They found a button, a bottle top and half a biscuit,^ but ${x.thing.the} ${was(x.thing)} not among them.`,
        (x) =>
          `“Let’s make a search party!” said ${x.lead}, and everybody lined up behind ${x.S.the}. They marched ${x.p.spots[0]}, calling, “${cap(x.thing.bare)}! Oh, ${x.thing.bare}!”^ But nothing answered except a very surprised sparrow.`,
      ],
      try2: [
        (x) =>
          `Next they asked a wise old tortoise resting ${x.p.spots[1]}. The tortoise looked at ${x.S.the} and thought for a very long time. “Lost things like to be found by friends who are very, very quiet,” it said at last. It wasn’t quite an answer,^ but it was a clue.`,
        (x) =>
          `Next they searched ${x.p.spots[1]}, and ${x.S.the} called, “Hello! Where are you?”^ But only the echo answered,^ and ${x.thing.the} stayed hidden.`,
        (x) =>
          `Next they looked ${x.p.spots[1]}. ${cap(x.S.the)} felt something soft and cried, “Here!”^ But it was only a sleepy caterpillar,^ who was not ${x.thing.the} at all and wanted to be left alone, please.`,
        (x) =>
          `Next ${x.S.the} tried hard to remember. “I had ${x.thing.it} when I was ${x.p.spots[1]},” ${x.S.he} said slowly.^ So they looked there, under and over and all around,^ but ${x.thing.the} ${was(x.thing)} not there any more.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “Let’s go back the way ${x.S.the} came, step by step.” So they did,^ and there, ${x.p.spots[2]}, ${was(x.thing)} ${x.thing.the}, exactly where ${x.S.the} had put ${x.thing.it} down!`,
        (x) =>
          `“Let’s be very, very quiet,” whispered ${x.helper}, who was ${x.trait}. So everyone kept still and listened. Shh… shh… Then ${x.helper} noticed something ${x.p.spots[2]}.^ ${cap(x.lead)} tiptoed over, peeked, and… yes! There ${was(x.thing)} ${x.thing.the}!`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “Let’s think like ${x.thing.the}. Where would ${x.thing.plural ? "we" : "I"} go?” Everybody thought very hard,^ and ${x.S.the} pointed ${x.p.spots[2]}. There ${was(x.thing)} ${x.thing.the}, safe and sound! Everyone cheered.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, said, “Lost things are often closer than we think.” So they looked close by, very slowly,^ and there, ${x.p.spots[2]}, something was peeking out. “${cap(x.thing.the)}!” cried ${x.S.the}, and everybody jumped for joy.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} hugged ${x.thing.the} tight. “Thank you, thank you!” ${x.S.he} cried, and ${x.S.he} gave everyone a hug, one after another.`,
        (x) =>
          `It turned out a baby squirrel had borrowed ${x.thing.the} to play with. “Sorry,” squeaked the squirrel, giving ${x.thing.it} back with a shy smile,^ and ${x.S.the} was so happy that ${x.S.he} did a little dance.`,
        (x) =>
          `${cap(x.S.the)} held ${x.thing.the} close and promised to look after ${x.thing.it} very carefully from now on.^ “And if I ever lose ${x.thing.it} again,” ${x.S.he} said with a grin, “I know exactly who to ask.”`,
        (x) =>
          `${cap(x.S.the)} couldn’t stop smiling. “Thank you for looking with me,” ${x.S.he} said,^ and ${x.S.he} tucked ${x.thing.the} safely under ${x.S.his} arm, ready for bedtime.`,
      ],
      morals: [
        "When we look together, lost things are easier to find.",
        "A calm moment and a kind friend can find almost anything.",
        "Patience is the best pair of eyes for finding lost things.",
      ],
    },
    journey: {
      titles: [
        (x) => `${x.S.the} Goes ${x.dest.to}`,
        (x) => `${x.S.poss} Long Walk ${x.dest.to}`,
        (x) => `${x.S.the} Sets Off ${x.dest.to}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} was packing a tiny bag. “I’m going ${x.dest.to},” ${x.S.he} announced,^ “but it’s a long way, and I don’t know the path.” “We’ll come with you,” said ${x.all}.`,
        (x) =>
          `${cap(x.all)} met ${x.S.a} at the edge of the path, studying a crumpled map. “I need to get ${x.dest.to} before night,” said ${x.S.the},^ “but I’ve never been so far.” So they set off together.`,
        (x) =>
          `${cap(x.S.a)} stood at the start of a long path, holding a little lantern and taking a deep breath. “I’m on my way ${x.dest.to},” ${x.S.he} said,^ “but the path is long, and I don’t want to go alone.” “Then you won’t,” said ${x.lead}.`,
        (x) =>
          `${cap(x.all)} met ${x.S.a} sitting on a little suitcase by the side of the road. “Which way is it ${x.dest.to}?” ${x.S.he} asked.^ Nobody knew the way for certain,^ but ${x.all} ${x.v("was", "were")} happy to come along and help.`,
      ],
      try1: [
        (x) =>
          `Soon they came to a stream. ${cap(x.S.the)} tried to jump across in one big leap,^ but it was too far, and splash! A stream that wide needs more than one jump.`,
        (x) =>
          `Soon the path split in two. ${cap(x.S.the)} chose the left one because it looked prettier,^ but it went round and round in a circle and brought them back to the very same spot.`,
        (x) =>
          `Soon they reached a big muddy puddle right across the path. ${cap(x.S.the)} tried to tiptoe around the edge,^ but the edge was slippery, and squelch! Everyone ended up with very muddy feet.`,
        (x) =>
          `Soon ${x.S.the} wanted to take a shortcut through some tall, prickly bushes.^ But the shortcut was full of thorns and tangles,^ and it took them twice as long to get out again.`,
      ],
      try2: [
        (x) =>
          `Then a fog rolled in, thick and white like milk. They couldn’t even see their own feet,^ so they stopped and held hands, and ${x.S.the} held on tightest of all.`,
        (x) =>
          `Then the path went up a steep hill. Halfway up, ${x.S.the} was so tired that ${x.S.he} sat down and said, “I can’t go any further.”`,
        (x) =>
          `Then it began to rain: pitter-patter, then splish-splosh. ${cap(x.S.the)} tried to hold a big leaf over everyone’s heads,^ but one leaf is not much of an umbrella for so many friends.`,
        (x) =>
          `Then ${x.S.the} got so tired that ${x.S.his} feet began to drag. “Are we nearly there yet?” ${x.S.he} asked, again and again.^ But every time they looked, the path just kept on going.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, had an idea: “Let’s go stone by stone.” They found flat stones and crossed one careful step at a time,^ and on the other side, the path led straight ${x.dest.to}.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, looked up. “The stars will show us the way,” said ${x.helper}. They followed the brightest star, slowly and together,^ and at last they reached ${x.dest.the}.`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “Let’s sing a walking song. Songs make the way go faster.” So they sang and stepped in time, left, right, left, right, with ${x.S.the} singing loudest of all,^ and before they knew it, they had reached ${x.dest.the}!`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, said, “Let’s take turns being the leader.” So each of them led the way for a while, even ${x.S.the}, with the others holding hands behind.^ Step by step, turn by turn, they came over the last hill, and there was ${x.dest.the}!`,
      ],
      resolution: [
        (x) =>
          `“We made it!” cried ${x.S.the}. There was ${x.dest.the}, just as ${x.S.he} had dreamed,^ and it was even more beautiful than ${x.S.he} had imagined.`,
        (x) =>
          `${cap(x.S.the)} looked around with shining eyes. “It was a long way,” ${x.S.he} said,^ “but with friends, the long way felt short.”`,
        (x) =>
          `${cap(x.S.the)} ran the last few steps and spun around with ${x.S.his} arms wide open. “We’re here!” ${x.S.he} laughed.^ “We’re really, truly here!”`,
        (x) =>
          `They all sat down together and rested their tired feet. “I’ll never forget this walk,” said ${x.S.the},^ “not one single step of it.”`,
      ],
      morals: [
        "A long road is shorter when friends walk it with you.",
        "Little steps, one after another, can take you very far.",
        "The best part of any journey is the friends who walk beside you.",
      ],
    },
    celebrate: {
      titles: [
        (x) => `A ${x.party.bare} for ${x.S.the}`,
        (x) => `${x.S.poss} Surprise ${x.party.bare}`,
        (x) => `${x.S.the} and the Best ${x.party.bare} Ever`,
      ],
      setup: [
        (x) =>
          `“Guess what?” said ${x.S.the}, bouncing up to ${x.all}. “Today is ${x.party.my}!^ But I don’t have a cake, or balloons, or anything at all.”`,
        (x) =>
          `${cap(x.all)} found ${x.S.a} looking a little lonely. “It’s ${x.party.my},” ${x.S.he} said quietly,^ “and I thought nobody knew.” “Now we know,” said ${x.lead}, “and that changes everything.”`,
        (x) =>
          `${cap(x.S.a)} came by wearing a paper crown that was a little bit crooked. “It’s ${x.party.my} today,” ${x.S.he} said,^ “but I had to make the crown myself, because nobody else remembered.”`,
        (x) =>
          `${cap(x.all)} heard someone singing a party song in a very small voice. It was ${x.S.a}, all alone.^ “It’s ${x.party.my},” said ${x.S.the} with a little shrug, “but there’s nobody to sing it with.”`,
      ],
      try1: [
        (x) =>
          `First they tried to bake ${x.S.the} a cake as tall as a tower.^ But a tall cake is a wobbly cake,^ and it toppled over with a soft flump.`,
        (x) =>
          `First they hung streamers between the branches for ${x.S.the}.^ But a gust of wind came, whoosh,^ and it carried them all away like kites.`,
        (x) =>
          `First they tried to reach the juiciest berries for ${x.S.poss} party feast, right at the top of a bush.^ But ${x.lead} stretched and stretched,^ and the berries bounced off ${x.lead}’s nose and rolled away.`,
        (x) =>
          `First ${x.second} tried to wrap a present for ${x.S.the}. But the paper was too small and the present was too round,^ and it kept rolling out of the wrapping.`,
      ],
      try2: [
        (x) =>
          `Then they tried to sing ${x.S.the} a big party song, but everyone started at a different time,^ and it sounded like a flock of muddled geese.`,
        (x) =>
          `Then ${x.lead} tried to blow up a balloon for ${x.S.the}, but it slipped and flew off, pfffft, round and round,^ until it landed in a bush.`,
        (x) =>
          `Then they folded party hats out of big leaves, and everyone looked very grand, especially ${x.S.the}.^ But whenever anyone nodded, the hats slid right down over their eyes,^ and they kept bumping into each other.`,
        (x) =>
          `Then ${x.lead} asked the glow-worms to be party lights for ${x.S.the}. But glow-worms are very shy,^ and they switched off every time anyone looked at them.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “A party doesn’t need to be big. It just needs us.” So everyone brought one small thing: a berry, a shiny pebble, a song.^ On a flat stone they made a tiny cake of berries, with one candle on top.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, gathered everyone in a circle. They shared what they had and sang softly, all together this time,^ and ${x.S.the} blew out one tiny candle and made a wish.`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “Let’s each make one little thing, then put them all together.” So one made a garland of daisies and another found the sweetest berries,^ and together they made the smallest, happiest cake in the world, with one candle for ${x.S.the} to blow out.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, asked ${x.S.the} to close ${x.S.his} eyes and count to ten. When ${x.S.the} opened them, everyone shouted, “Surprise!”^ There was a little cake with one candle, and ${x.S.the} laughed so much ${x.S.he} almost forgot to make a wish.`,
      ],
      resolution: [
        (x) =>
          `“This is the best ${x.party.bare} ever,” said ${x.S.the}, with crumbs on ${x.S.his} nose and a smile from ear to ear.`,
        (x) =>
          `${cap(x.S.the)} looked at all those friendly faces. “I didn’t need a big ${x.party.bare},” ${x.S.he} said. “I just needed you.”`,
        (x) =>
          `${cap(x.S.the)} hugged everyone, one by one. “Nobody has ever given me such a wonderful ${x.party.bare},” ${x.S.he} said softly,^ “and it was perfect.”`,
        (x) =>
          `Long after the candle was out, ${x.S.the} was still smiling. “Can we do this again next year?” ${x.S.he} asked. “Every single year,” said ${x.all}.`,
      ],
      morals: [
        "The best celebrations are made of friends, not things.",
        "A small party shared with friends is the biggest kind of happy.",
        "It’s the friends around the cake who make a celebration sweet.",
      ],
    },
    friend: {
      titles: [
        (x) => (x.F ? `${x.S.the} and ${x.F.the}` : `${x.S.the} Finds a Friend`),
        (x) => `A New Friend for ${x.S.the}`,
        (x) => `${x.S.the} Makes a Friend`,
      ],
      setup: [
        (x) =>
          `Peeking out ${x.p.spots[0]} was ${x.S.a}. ${cap(x.S.he)} looked at ${x.all} with big, shy eyes, then ducked out of sight.^ “I’m new here,” came a tiny voice, “and I don’t have any friends.”${x.F ? ` ${cap(x.F.a)} was watching too, from a safe distance.` : ""}`,
        (x) =>
          `${cap(x.S.a)} was sitting all alone, drawing circles in the dust with a stick. Everyone else seemed to have someone to play with,^ but ${x.S.the} had nobody at all.${x.F ? ` Not far away, ${x.F.a} was sitting alone too.` : ""}`,
        (x) =>
          `Behind ${x.lead}, something rustled. It was ${x.S.a}, who had been following them quietly for a while.^ “Sorry,” ${x.S.he} whispered. “I just wanted to see what friends do.”${x.F ? ` ${cap(x.F.a)} was peeking out too, a little way behind.` : ""}`,
        (x) =>
          `${cap(x.S.a)} was playing catch all alone, throwing a pine cone up and catching it again.^ It isn’t much fun to play catch with nobody,^ and ${x.S.the} looked very lonely.${x.F ? ` Close by, ${x.F.a} was watching too, too shy to come any nearer.` : ""}`,
      ],
      try1: [
        (x) =>
          `“Come and play!” shouted ${x.lead}, running over very fast.^ But all that noise and rushing was too much,^ and ${x.S.the} hid even further away. Shy friends need gentle hellos.`,
        (x) =>
          `${cap(x.second)} invited ${x.S.the} to a game of tag.^ But ${x.S.the} didn’t know the rules and didn’t like to say so,^ so ${x.S.the} stood at the edge, feeling left out.`,
        (x) =>
          `${cap(x.lead)} did a cartwheel and a silly dance to make ${x.S.the} laugh.^ But it was so big and bouncy that ${x.S.the} took a step back,^ and ${x.S.he} wasn’t sure whether to laugh or to run away.`,
        (x) =>
          `${cap(x.second)} said, “You can be in our club!” and began to explain the rules.^ But there were so many rules about secret knocks and passwords that ${x.S.the} felt more left out than before.`,
      ],
      try2: [
        (x) =>
          `Then they gave ${x.S.the} a present: a big, shiny pinecone. ${cap(x.S.the)} said thank you politely,^ but a present is not the same as a friend.`,
        (x) =>
          `Then everyone talked at once: “What’s your name? Where do you live? What’s your favourite colour?”^ ${cap(x.S.the)} didn’t know which question to answer first.`,
        (x) =>
          `Then ${x.lead} talked and talked about favourite games and favourite snacks and favourite clouds.^ ${cap(x.S.the)} nodded politely,^ but there was no room at all to say anything back.`,
        (x) =>
          `Next, ${x.second} said, “Let’s play hide-and-seek!”^ But ${x.S.the} hid so well that nobody found ${x.S.him} for a very long time, and that was not much fun for anyone.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, simply sat down nearby and began to build a tower of pebbles, very quietly.^ After a while, ${x.S.the} came closer and put one pebble on top. Then another.^ Soon they were building together, and laughing.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, said, “Will you show us a game you like?” ${cap(x.S.the)} thought, then showed them a game from far away.^ It was a wonderful game, and everyone wanted to play it again and again.`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, asked ${x.S.the} a small, easy question: “What do you like doing best?” ${cap(x.S.the)} thought for a moment, then smiled: “Jumping in puddles.”^ So they all went puddle-jumping together, splish, splash, laughing all the way.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, began a game of follow-the-leader and quietly let ${x.S.the} be the leader.^ ${cap(x.S.the)} hopped, so everyone hopped. ${cap(x.S.the)} twirled, so everyone twirled,^ and soon ${x.S.the} was laughing the loudest of all.`,
      ],
      resolution: [
        (x) =>
          `“Will you play with me again tomorrow?” asked ${x.S.the}. “Every day,” said ${x.all},^ and ${x.S.poss} smile was as wide as the sky.${x.F ? ` ${cap(x.F.the)} was smiling too.` : ""}`,
        (x) =>
          `${cap(x.S.the)} wasn’t new any more.^ ${cap(x.S.he)} had friends now,^ and that is a very warm thing to have.`,
        (x) =>
          `When it was time to rest, ${x.S.the} sat right in the middle of everyone.^ “This morning I had nobody,” ${x.S.he} said. “Now I have ${x.v("a friend", "lots of friends")}.”${x.F ? ` ${cap(x.F.the)} squeezed in too.` : ""}`,
        (x) =>
          `${cap(x.S.the)} yawned a happy yawn. “Same time tomorrow?” ${x.S.he} asked. “Same time tomorrow,” said ${x.all},^ and they said it again, just because it felt so nice to say.${x.F ? ` ${cap(x.F.the)} nodded too.` : ""}`,
      ],
      morals: [
        "Gentle hellos make the best friendships.",
        "Everyone is new somewhere, and a kind friend makes it feel like home.",
        "A new friend is often just one quiet hello away.",
      ],
    },
    quest: {
      titles: [
        (x) => `${x.S.the} and ${x.thing.the}`,
        (x) => `${x.S.the} Goes Looking for ${x.thing.the}`,
        (x) => `${x.S.the} on the Trail of ${x.thing.the}`,
      ],
      setup: [
        (x) =>
          `That day, ${x.S.the} could think of only one thing: ${x.thing.the}. “I want to find ${x.thing.the},” ${x.S.he} said,^ “and see ${x.thing.it} with my own eyes.” So off they all went to look.`,
        (x) =>
          `${cap(x.S.a)} came by with a big question. “Where can I find ${x.thing.the}?” ${x.S.he} asked.^ Nobody knew, so they decided to find out together.`,
        (x) =>
          `${cap(x.S.a)} had been reading about ${x.thing.the} in a big book full of pictures.^ “Today,” ${x.S.he} announced, “I’m going to find ${x.thing.the} for real!” And ${x.all} wanted to come too.`,
        (x) =>
          `${cap(x.all)} found ${x.S.a} with a magnifying glass, peering at everything. “I’m looking for ${x.thing.the},” said ${x.S.the},^ “and I won’t go to bed until I’ve seen ${x.thing.it}.” That sounded like an adventure, so off they went together.`,
      ],
      try1: [
        (x) =>
          `First they looked ${x.p.spots[0]}, but ${x.thing.the} ${was(x.thing)} not there,^ and ${x.S.the} found only a beetle carrying a crumb twice its size.`,
        (x) =>
          `First ${x.S.the} climbed up high to see further. They saw rooftops and treetops and clouds,^ but not ${x.thing.the}.`,
        (x) =>
          `First ${x.S.the} tiptoed ${x.p.spots[0]}, in case ${x.thing.the} ${x.thing.plural ? "were" : "was"} hiding there.^ But all they found was a very grumpy toad,^ who had never heard of ${x.thing.the} and didn’t want to.`,
        (x) =>
          `First ${x.second} drew ${x.S.the} a map, with a big X where ${x.thing.the} ought to be.^ But when they got to the X, there was nothing there but a puddle,^ and a puddle is not ${x.thing.the}.`,
      ],
      try2: [
        (x) =>
          `Then they asked a wise old owl. “Hoo,” said the owl, “the best things are found by those who look slowly.” It was a puzzling answer,^ but ${x.S.the} remembered it.`,
        (x) => `Next ${x.S.the} looked ${x.p.spots[1]}, calling, “Are you there?”^ But only the echo answered.`,
        (x) =>
          `Then ${x.S.the} asked a busy squirrel. “${cap(x.thing.the)}? Never seen ${x.thing.it},” said the squirrel, already scampering off with an acorn.^ “But the best things are usually where you least expect them!”`,
        (x) =>
          `Next, ${x.S.the} climbed onto ${x.lead}’s shoulders to peek ${x.p.spots[1]}.^ It was a very wobbly tower,^ and just as ${x.S.the} leaned over to see, down they all tumbled in a giggling heap.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “Let’s look slowly. The best things hide from anyone in a hurry.” So they walked very slowly, looking at everything,^ and there, ${x.p.spots[2]}, they found ${x.thing.the} at last!`,
        (x) =>
          `As the sky grew darker, ${x.helper}, who was ${x.trait}, pointed ${x.p.spots[2]}. “Look!” And there ${was(x.thing)} ${x.thing.the}, more wonderful than anyone had imagined.`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “Let’s stop rushing and just sit.” So they sat very still, and the world grew quiet,^ and then, ${x.p.spots[2]}, something caught the light. ${cap(x.thing.the)}! ${cap(x.S.the)} had found ${x.thing.it} at last.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, showed ${x.S.the} a trail of tiny clues: a glimmer here, a sparkle there. They followed the clues ${x.p.spots[2]},^ and there ${was(x.thing)} ${x.thing.the}, waiting quietly, as if ${x.thing.plural ? "they" : "it"} had been expecting them.`,
      ],
      resolution: [
        (x) => `${cap(x.S.the)} gazed and gazed. “I’ll remember this forever,” ${x.S.he} whispered.`,
        (x) =>
          `They sat together for a long while, just looking at ${x.thing.the},^ and nobody said a word, because nothing needed saying.`,
        (x) =>
          `${cap(x.S.the)} looked at ${x.thing.the} for a long, long time, trying to remember every little bit.^ “Now I know what ${x.thing.the} really ${x.thing.plural ? "look" : "looks"} like,” ${x.S.he} said happily.`,
        (x) =>
          `On the way back, ${x.S.the} couldn’t stop talking about ${x.thing.the}.^ “Did you see? Did you see?” ${x.S.he} kept asking, and everyone smiled and said, “We saw.”`,
      ],
      morals: [
        "Wonderful things are found by those who look slowly.",
        "Curiosity and good friends can take you anywhere.",
        "The world is full of wonders for anyone who goes looking with a friend.",
      ],
    },
    missing: {
      titles: [
        (x) => `${x.S.the} Misses ${x.W.the}`,
        (x) => `Until ${x.W.the} Comes Home`,
        (x) => `A Hug for ${x.W.the}`,
      ],
      setup: [
        (x) =>
          `That evening, ${x.S.the} was very quiet. “I miss ${x.W.the},” ${x.S.he} said in a small voice.^ ${cap(x.W.the)} had gone away for a little while,^ and home did not feel quite the same without ${x.W.him}.`,
        (x) =>
          `${cap(x.S.the)} kept looking at the door. ${cap(x.W.the)} was far away, and ${x.S.the} missed ${x.W.him} very much.^ “When is ${x.W.he} coming back?” ${x.S.he} asked.`,
        (x) =>
          `Everything was just as usual, except for one thing: ${x.W.the} was away.^ ${cap(x.S.the)} felt a little empty inside, like a cup with no cocoa in it.^ “I wish ${x.W.the} was here,” ${x.S.he} sighed.`,
        (x) =>
          `${cap(x.S.the)} hugged ${x.S.his} pillow tight. “It’s not the same without ${x.W.the},” ${x.S.he} whispered.^ Missing someone is a big feeling, even for someone very brave.`,
      ],
      try1: [
        (x) =>
          `“Let’s keep busy,” said ${x.lead}, and they played a very fast game.^ It was fun for a while,^ but afterwards ${x.S.the} still missed ${x.W.the}.`,
        (x) =>
          `${cap(x.S.the)} tried not to think about ${x.W.the} at all.^ But the harder ${x.S.he} tried, the more ${x.S.he} thought about ${x.W.him},^ and that made the missing feel even bigger.`,
        (x) =>
          `${cap(x.second)} suggested counting the days until ${x.W.the} came back.^ But counting days takes a long time,^ and ${x.S.the} got tired of waiting.`,
        (x) =>
          `${cap(x.S.the)} sat by the window to watch for ${x.W.the}.^ But ${x.W.the} wasn’t coming back tonight,^ and watching only made ${x.S.the} feel more alone.`,
      ],
      try2: [
        (x) =>
          `Then ${x.S.the} looked at a photo of ${x.W.the}. It was lovely,^ but a photo can’t give you a hug,^ and ${x.S.the} gave a little sniff.`,
        (x) =>
          `Next they tried to be very cheerful and silly.^ ${cap(x.S.the)} giggled once,^ but the missing feeling was still there, sitting quietly inside.`,
        (x) =>
          `Then ${x.lead} said, “Let’s tell ${x.W.the} about our day.” But ${x.W.the} was too far away to hear,^ so they decided to find another way.`,
        (x) =>
          `Next, ${x.S.the} wrapped up in ${x.W.poss} favourite blanket.^ It smelled a little like ${x.W.him}, which was nice,^ but it made ${x.S.him} miss ${x.W.the} even more.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, had a gentle idea. “Let’s make a picture for ${x.W.the},” said ${x.helper}.^ So ${x.S.the} drew ${x.W.the} and everyone together, holding hands,^ and it felt like sending a hug.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, said, “Missing someone means you love them very much.”^ Then they called ${x.W.the}, and there was ${x.W.poss} voice, warm and happy:^ “I miss you too, and I’ll be home very soon.”`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, pointed at the moon. “${cap(x.W.the)} can see the same moon tonight,” said ${x.helper}.^ So ${x.S.the} waved at the moon and whispered goodnight,^ and somewhere far away, the moon was shining on ${x.W.the} too.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, helped ${x.S.the} make a little calendar with a heart on the last day.^ “That’s the day ${x.W.the} comes home,” said ${x.helper}.^ And every night, there would be one less day to wait.`,
      ],
      resolution: [
        (x) =>
          `And a few days later, the door opened, and there was ${x.W.the}!^ ${cap(x.S.the)} ran for the biggest hug in the world.^ “I missed you,” said ${x.W.the}. “I thought about you every day.”`,
        (x) =>
          `${cap(x.S.the)} felt warmer inside. ${cap(x.W.the)} was coming home soon,^ and until then, love could travel any distance.^ And when ${x.W.the} did come home, the hug was the best one ever.`,
        (x) =>
          `Soon enough, ${x.W.the} came home,^ with open arms and a smile for ${x.S.the}.^ “Home again,” said ${x.W.the}, and everything felt just right.`,
        (x) =>
          `${cap(x.S.the)} smiled a sleepy smile. “${cap(x.W.the)} is coming back,” ${x.S.he} said.^ And ${x.W.he} did: home at last, with a hug that lasted a very long time.`,
      ],
      morals: [
        "Missing someone is just love that has to wait a little.",
        "Love can travel any distance, and the people we love come home.",
        "A drawing, a call or a wave at the moon can carry a hug far away.",
      ],
    },
    baby: {
      titles: [
        (x) => `${x.S.the} and ${x.W.the}`,
        (x) => `Welcome Home, ${x.W.the}`,
        (x) => `${x.S.the} Is a Big One Now`,
      ],
      setup: [
        (x) =>
          `There was big news: ${x.W.the} had arrived!^ Everyone was busy and excited,^ and ${x.S.the} wasn’t quite sure how ${x.S.he} felt about it.`,
        (x) =>
          `${cap(x.W.the)} was very small and very new, and slept almost all the time.^ “Will everyone still have time for me?” ${x.S.the} wondered quietly.`,
        (x) =>
          `${cap(x.S.the)} peeked at ${x.W.the}. So tiny! So many little fingers!^ But ${x.W.the} cried quite a lot,^ and everyone was looking at ${x.W.him} instead of ${x.S.the}.`,
        (x) =>
          `Home had changed a little since ${x.W.the} came.^ There were tiny socks everywhere and a lot of shushing,^ and ${x.S.the} felt a bit left out.`,
      ],
      try1: [
        (x) =>
          `${cap(x.S.the)} tried to make ${x.W.the} laugh with a funny face.^ But babies that new don’t laugh yet,^ and ${x.W.the} just yawned.`,
        (x) =>
          `${cap(x.S.the)} sang a loud song to ${x.W.the}.^ But it was a bit too loud,^ and ${x.W.the} started to cry.`,
        (x) =>
          `${cap(x.S.the)} wanted to show ${x.W.the} all ${x.S.his} toys at once.^ But a new baby is too little for toys,^ and ${x.W.the} just went back to sleep.`,
        (x) =>
          `${cap(x.S.the)} tried being very, very quiet all day, to be helpful.^ But being quiet all day is hard,^ and ${x.S.he} felt lonelier than ever.`,
      ],
      try2: [
        (x) =>
          `Next, ${x.S.the} tried to pick up ${x.W.the} all alone.^ “Gently, gently,” said everyone,^ “we’ll do it together.”`,
        (x) =>
          `Then ${x.S.the} decided to be a baby too, and said “goo goo” instead of words.^ Everyone laughed,^ but ${x.S.the} still wanted a cuddle of ${x.S.his} own.`,
        (x) =>
          `Then ${x.S.the} sat in a corner with a frown.^ But frowning in a corner is not much fun,^ and nobody could see that ${x.S.he} needed a hug.`,
        (x) =>
          `Next, ${x.S.the} tried to read ${x.W.the} a story.^ ${cap(x.W.the)} fell asleep on the very first page,^ which was a little disappointing.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, gave ${x.S.the} a big hug. “There is room in every heart for one more,” said ${x.helper}.^ “Nobody loves you any less. We love you just as much as always.”`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, showed ${x.S.the} how to hold ${x.W.poss} tiny hand.^ ${cap(x.W.the)} curled ${x.W.his} little fingers around ${x.S.poss} finger and held on tight,^ as if to say, “You’re mine.”`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “${cap(x.W.the)} is watching you. You are the one ${x.W.he} will learn everything from.”^ And ${x.S.the} sang a very soft song,^ and ${x.W.the} stopped crying and listened.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, made a special time just for ${x.S.the}: a story, a snack and a long, snuggly cuddle.^ Then they sat together beside ${x.W.the}, who gave a tiny sleepy sigh.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} smiled. ${cap(x.W.the)} was loved by everyone,^ and so was ${x.S.the}, just as much as always.`,
        (x) =>
          `“I’m going to teach ${x.W.him} everything,” said ${x.S.the} proudly.^ And everyone agreed that ${x.W.the} was very lucky to have ${x.S.the}.`,
        (x) =>
          `That night, ${x.S.the} whispered goodnight to ${x.W.the}.^ Then everyone gave ${x.S.the} a goodnight kiss too,^ because there was plenty of love for everyone.`,
        (x) =>
          `${cap(x.S.the)} looked at ${x.W.the} sleeping, so small and peaceful.^ “I think I love ${x.W.him},” ${x.S.he} whispered. And ${x.S.he} was loved right back.`,
      ],
      morals: [
        "Love is not shared out like cake: there is always enough for everyone.",
        "A new baby means one more person to love, and one more person to love you.",
        "Big brothers and big sisters are loved as much as ever.",
      ],
    },
    ill: {
      titles: [
        (x) => `Get Well Soon, ${x.W.the}`,
        (x) => `${x.S.the} Sends Love to ${x.W.the}`,
        (x) => `A Hug for ${x.W.the}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.the)} had heard that ${x.W.the} was not well.^ ${cap(x.W.the)} had to rest in bed,^ and the doctors were taking good care of ${x.W.him}.`,
        (x) =>
          `${cap(x.W.the)} was feeling poorly and needed lots of rest.^ ${cap(x.S.the)} felt a little worried. “Will ${x.W.he} be better soon?” ${x.S.he} asked.`,
        (x) =>
          `That day, ${x.S.the} was thinking about ${x.W.the}, who was ill.^ “I wish I could help ${x.W.the} get better,” ${x.S.he} said softly.`,
        (x) =>
          `${cap(x.W.the)} was poorly and had to stay in bed for a while.^ ${cap(x.S.the)} missed ${x.W.poss} smile,^ and wanted to do something kind.`,
      ],
      try1: [
        (x) =>
          `${cap(x.S.the)} wanted to run straight to ${x.W.the} and jump on the bed for a big cuddle.^ But when someone is ill, they need gentle, quiet things,^ so ${x.S.the} thought again.`,
        (x) =>
          `${cap(x.S.the)} tried to make a get-well soup, all alone.^ But it turned into a very messy soup,^ and it was better to leave the cooking to the grown-ups.`,
        (x) =>
          `${cap(x.S.the)} thought about bringing ${x.S.his} noisiest toy to cheer ${x.W.the} up.^ But noise is not very restful,^ so the toy stayed at home.`,
        (x) =>
          `${cap(x.S.the)} tried not to think about ${x.W.the} being ill.^ But the worry stayed,^ because when we love someone, we think about them.`,
      ],
      try2: [
        (x) =>
          `Next, ${x.S.the} wanted to be a doctor, with a toy stethoscope.^ It was a lovely idea,^ but real doctors were already looking after ${x.W.the}.`,
        (x) =>
          `Then ${x.S.the} picked a whole armful of flowers,^ but they were so many that they spilled everywhere,^ and ${x.S.the} laughed anyway.`,
        (x) =>
          `Then ${x.S.the} asked, “Can I make ${x.W.the} better right now?”^ “Getting better takes a little time,” said ${x.lead},^ “but there is something you can do.”`,
        (x) =>
          `Next, ${x.S.the} wrote a letter, but the words wouldn’t come out right.^ So ${x.S.he} looked for another way to say it.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “Let’s make a drawing for ${x.W.the}.” So ${x.S.the} drew a big sun and a heart and everyone smiling.^ “This will help ${x.W.him} feel loved,” said ${x.helper}, “and feeling loved helps you get better.”`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, helped ${x.S.the} make a phone call. “Hello,” said ${x.W.the}, in a tired but happy voice.^ “Hearing you makes me feel better already.”`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “${cap(x.W.the)} is being looked after very well, and is getting a little better every day.”^ So ${x.S.the} blew a kiss towards ${x.W.the},^ and it felt like a hug.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, helped ${x.S.the} sing a get-well song on the phone.^ ${cap(x.W.the)} listened, and smiled,^ and said it was the best medicine of all.`,
      ],
      resolution: [
        (x) =>
          `Day by day, ${x.W.the} grew a little stronger.^ ${cap(x.S.poss)} drawing hung right by the bed,^ and it made ${x.W.him} smile every morning.`,
        (x) =>
          `“${cap(x.W.the)} is getting better,” said everyone,^ and ${x.S.the} felt a warm, happy feeling all the way inside.`,
        (x) =>
          `${cap(x.W.the)} still needed rest, but ${x.W.he} was getting better slowly, slowly.^ And every day, ${x.S.the} sent a little more love.`,
        (x) =>
          `Soon ${x.W.the} was sitting up in bed, smiling.^ “Thank you for thinking of me,” said ${x.W.the}.^ “Your love helped me feel better.”`,
      ],
      morals: [
        "When someone we love is ill, our love helps them feel better.",
        "Getting better takes time, and kindness makes the time go gently.",
        "A drawing, a call or a song can carry love all the way to someone’s bed.",
      ],
    },
    moving: {
      titles: [
        (x) => `${x.S.the} and the New House`,
        (x) => `A New Home for ${x.S.the}`,
        (x) => `${x.S.the} Moves House`,
      ],
      setup: [
        (x) =>
          `Everything was packed in boxes: the toys, the books, even the teddy bears.^ ${cap(x.S.the)} was moving to a new house,^ and ${x.S.he} wasn’t sure ${x.S.he} wanted to.`,
        (x) =>
          `${cap(x.S.the)} looked around the new house. It was big and empty and echoey.^ “It doesn’t feel like home,” ${x.S.he} said quietly.`,
        (x) =>
          `Tomorrow was moving day. ${cap(x.S.the)} walked around the old house, saying goodbye to every room.^ “What if I don’t like the new one?” ${x.S.he} asked.`,
        (x) =>
          `${cap(x.S.the)} had a new house now, with a new door and a new window and a new bedroom.^ Everything was new,^ and new things can feel a little strange at first.`,
      ],
      try1: [
        (x) =>
          `${cap(x.S.the)} tried to make the new room look just like the old one.^ But the window was in a different place,^ and it didn’t look quite the same.`,
        (x) =>
          `${cap(x.S.the)} sat on a big box and refused to unpack.^ But sitting on a box isn’t very comfy,^ and soon ${x.S.he} got bored.`,
        (x) =>
          `${cap(x.S.the)} explored the new house, but it made strange little creaks.^ “What’s that noise?” ${x.S.he} asked.^ It was only the house, settling down for the night.`,
        (x) =>
          `${cap(x.S.the)} tried to pretend ${x.S.he} was still in the old house.^ But pretending didn’t change anything,^ and the new house was still new.`,
      ],
      try2: [
        (x) =>
          `Next, ${x.S.the} looked out of the window, hoping to see old friends.^ But there were new trees and new rooftops instead,^ and ${x.S.the} didn’t know them yet.`,
        (x) =>
          `Then ${x.S.the} unpacked just one box, very slowly.^ Out came ${x.S.his} favourite things,^ and the room felt a tiny bit friendlier.`,
        (x) =>
          `Then ${x.S.the} counted all the new things: new stairs, new cupboards, new light switches.^ So much new was a lot to count,^ and ${x.S.the} gave a big sigh.`,
        (x) =>
          `Next, ${x.S.the} tried to find the best spot for ${x.S.his} bed.^ By the door? By the window? It was hard to choose,^ so everyone helped.`,
      ],
      success: [
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, said, “A house becomes a home when we fill it with the things we love.”^ So they hung up ${x.S.poss} pictures and lined up ${x.S.his} toys,^ and the room began to smile.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, said, “Home isn’t the walls. Home is us, together.”^ And they all had supper sitting on the boxes, laughing,^ and suddenly it felt like home.`,
        (x) =>
          `Then ${x.helper}, who was ${x.trait}, made a cosy reading corner with cushions and a blanket.^ They read ${x.S.poss} favourite story there,^ and the new house felt warm and safe.`,
        (x) =>
          `${cap(x.helper)}, who was ${x.trait}, helped ${x.S.the} choose a special place for every treasure.^ One by one, the new room filled up with familiar things,^ and it started to feel like it belonged to ${x.S.the}.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} snuggled into ${x.S.his} bed in the new room.^ “Goodnight, new house,” ${x.S.he} whispered. And the new house felt like home.`,
        (x) =>
          `“I like it here,” said ${x.S.the}, surprised.^ The new house was home now, because everyone ${x.S.he} loved was in it.`,
        (x) =>
          `Outside, the new trees whispered goodnight.^ ${cap(x.S.the)} smiled,^ because a new home is a new place for lots of happy days.`,
        (x) =>
          `${cap(x.S.the)} looked around the room, full of ${x.S.his} own things.^ “This is my room,” ${x.S.he} said happily,^ and ${x.S.he} fell asleep at home.`,
      ],
      morals: [
        "Home is wherever the people we love are.",
        "A new house becomes home one happy day at a time.",
        "New places feel strange at first, and then they feel like ours.",
      ],
    },
  },

  openings: [
    (x) => `${cap(x.t.once)}, ${x.inPlace}, ${x.t.sky}. ${cap(were(x))} out for a little walk,^ and ${x.p.sound}.`,
    (x) => `Have you ever been ${x.inPlace}? ${cap(x.t.once)}, ${x.p.sound},^ and ${were(x)} there, listening.`,
    (x) =>
      `${cap(x.t.once)}, something small and wonderful was about to happen ${x.inPlace}. ${cap(x.all)} didn’t know it yet.^ ${x.v(`${x.lead} was`, "They were")} busy looking up, and ${x.t.sky}.`,
    (x) =>
      `Far away, or maybe just around the corner, ${x.t.sky}. ${cap(were(x))} playing hide-and-seek ${x.inPlace},^ giggling behind every tree and stone.`,
    (x) =>
      `${cap(x.p.sound)}: that was the first thing ${x.all} heard ${x.inPlace} ${x.t.once}.^ The second thing was a surprise.`,
    (x) => `Not so long ago, ${x.inPlace}, ${were(x)} collecting smooth pebbles and soft feathers. ${cap(x.t.sky)}.`,
    (x) => `This is a story from ${x.place}. ${cap(x.t.once)}, ${x.t.sky},^ and ${were(x)} humming a made-up song.`,
    (x) => `${cap(x.t.once)}, ${were(x)} sitting quietly ${x.inPlace},^ and ${x.p.sound}.`,
    (x) =>
      `${cap(x.t.once)}, ${x.t.sky}. ${cap(x.all)} ${x.v("was", "were")} ${x.inPlace}, looking for the roundest pebble in the whole wide world.`,
    (x) =>
      `There was once a quiet corner ${x.inPlace} where ${x.p.sound}. ${cap(x.t.once)}, ${x.v(`${x.lead} was there, munching an apple`, `${x.all} were there, sharing an apple`)} and a very long story.`,
    (x) =>
      `${cap(x.t.once)}, ${x.inPlace}, ${x.v(`${x.lead} was making up riddles`, `${x.all} were telling each other riddles`)}. ${cap(x.t.sky)}.`,
    (x) =>
      `Once, not very long ago and not very far away, ${x.t.sky}. ${cap(x.inPlace)}, ${were(x)} making up a new song, one note at a time.`,
    (x) =>
      `Of all the places in the world, ${x.all} liked ${x.place} best.^ ${cap(x.t.once)}, ${x.p.sound},^ and ${x.all} ${x.v("was", "were")} there to hear it.`,
    (x) => `${cap(x.t.once)}, ${were(x)} taking the long way round ${x.inPlace}, just for fun. ${cap(x.t.sky)}.`,
    (x) =>
      `Here is a story for snuggling. ${cap(x.t.once)}, ${x.inPlace}, ${x.p.sound},^ and ${were(x)} looking for somewhere cosy to sit.`,
    (x) =>
      `${cap(x.t.once)}, ${x.inPlace}, ${x.v(`${x.lead} was nibbling`, `${x.all} were sharing`)} a snack of bread and honey. ${cap(x.t.sky)},^ and everything felt just right.`,
  ],
  describe: [
    (name, desc) => `${name} was ${desc}.`,
    (name, desc) => `You could spot ${name} from far away: ${desc}.`,
    (name, desc) => `${name}, ${desc}, was there too.`,
    (name, desc) => `If you looked closely at ${name}, you would see ${desc}.`,
    (name, desc) => `${name} was there, of course: ${desc}.`,
    (name, desc) => `There was ${name} too, ${desc}.`,
    (name, desc) => `Anyone would know ${name} at once: ${desc}.`,
    (name, desc) => `And who was that? Why, it was ${name}, ${desc}.`,
  ],
  character: [
    (name, t) => `${name} was ${t.adj}.`,
    (name, t) => `Everyone knew that ${name} was ${t.adj}.`,
    (name, t) => `${name} was ${t.adj}, as always.`,
    (name, t) => `${name}, who was ${t.adj}, was never far away.`,
    (name, t) => `${name} had always been ${t.adj}.`,
    (name, t) => `Ask anyone about ${name}, and they would tell you: ${t.adj}.`,
  ],
  reactions: [
    (x) => `${cap(x.lead)} sat down next to ${x.S.the}. “You’re not alone any more,” said ${x.lead}. “We’re here now.”`,
    (x) => `“Oh!” said ${x.second}. “Then today is a day for helping.” And ${x.S.the} felt a little better already.`,
    (x) => `${cap(x.all)} listened carefully, the way good friends do,^ and ${x.S.the} felt lighter straight away.`,
    (x) =>
      `${x.v(`${x.lead} smiled kindly.`, `${cap(x.all)} looked at each other.`)} “Don’t worry,” said ${x.lead}. “We’ll help you. That’s what friends are for.”`,
    (x) => `“We’ll think of something,” said ${x.lead} gently, and ${x.S.the} gave a small, hopeful smile.`,
    (x) =>
      `${cap(x.second)} sat down close by. “Tell us everything,” said ${x.second},^ “and then we’ll make a plan together.”`,
    (x) =>
      `${cap(x.lead)} knelt down, eye to eye with ${x.S.the}. “Well,” said ${x.lead}, “you’ve come to the right place.”`,
    (x) => `“You poor thing,” said ${x.second},^ and ${x.S.the} nodded, sniffing a little.`,
    (x) =>
      `${cap(x.all)} didn’t laugh or say it was silly.^ ${x.v(`${x.lead} just nodded`, "They just nodded")} and said, “We’ll sort it out together.”`,
    (x) =>
      `“Come and sit with ${x.v("me", "us")},” said ${x.lead}, making room. “Problems always shrink a little when you share them.”`,
    (x) =>
      `${cap(x.second)} held out a hand. ${cap(x.S.the)} looked at it for a moment,^ and then ${x.S.he} held on tight.`,
    (x) => `“Oh, that does sound tricky,” said ${x.lead}. “Good thing there are ${x.v("two", "plenty")} of us.”`,
  ],
  encourage: [
    (x) => `“Never mind,” said ${x.second}. “There’s always another way.”`,
    (x) => `Nobody said anything for a moment. Then ${x.lead} smiled. “Well, now we know one way that doesn’t work.”`,
    (x) => `“Oh dear,” said ${x.lead}, and everyone sat down to think. Good ideas often come when you sit still.`,
    (x) => `${cap(x.S.the)} sighed. But ${x.all} ${x.v("wasn’t", "weren’t")} ready to give up, not one bit.`,
    (x) => `“Let’s try something else,” said ${x.second}, giving ${x.S.the} a little squeeze.`,
    () => `That was all right. Every try teaches you something,^ and this one had taught them what not to do.`,
    (x) => `“Oops,” said ${x.lead}, and everybody laughed, even ${x.S.the}. Laughing makes trying again much easier.`,
    (x) =>
      `${cap(x.S.the)} looked a little sad. “That’s all right,” said ${x.second}. “Nobody gets everything right straight away.”`,
    (x) => `${cap(x.lead)} thought and thought. “Not yet,” said ${x.lead}, “doesn’t mean not ever.”`,
    () => `Everyone took a deep breath in and a long breath out.^ Then they were ready to try again.`,
    (x) => `“Hmm,” said ${x.second}. “That was a good try. Let’s think of an even better one.”`,
    (x) =>
      `${cap(x.S.the)} gave a little shrug, and ${x.lead} gave a little shrug back. Sometimes a plan just doesn’t work, and that’s fine.`,
  ],
  wonders: [
    () =>
      `On the way, they stopped to look at the little wonders all around: a ladybird climbing a blade of grass, a cricket singing somewhere. It was nice to go slowly.`,
    (x) => `${cap(x.lead)} stopped and looked up: ${x.t.sky}. It felt as if the whole world was cheering them on.`,
    () => `For a moment they rested and shared a snack of berries.^ Everything feels easier after a snack.`,
    (x) => `They walked on quietly for a while,^ and ${x.p.sound}.`,
    () => `A little breeze carried the smell of flowers, and everyone breathed it in slowly.`,
    () => `High above, a bird flew home to its nest, and they all waved to it.`,
    (x) =>
      `${cap(x.lead)} found a smooth, round stone, still warm from the day. “I’ll keep this for later,” said ${x.lead}.`,
    () => `They stopped to watch a line of ants carrying crumbs home, one behind the other, like a tiny parade.`,
    (x) => `${cap(x.lead)} spotted a spider’s web, all silver and shining,^ and everyone stopped to admire it.`,
    (x) => `A little white butterfly landed right on ${x.lead}’s nose. It stayed for a moment, then fluttered away.`,
    (x) =>
      `There were clouds shaped like sheep and one cloud shaped like a teapot.^ ${cap(x.lead)} laughed and pointed them out, one by one.`,
    (x) => `${cap(x.lead)} took a deep breath of the cool air. “I love it here,” said ${x.lead},^ and everyone agreed.`,
  ],
  pauses: [
    (x) =>
      `${cap(x.S.the)} stopped to sniff a flower, and everyone waited patiently.^ There is always time for a flower.`,
    (x) => `A family of fireflies drifted by, blinking hello, and ${x.S.the} blinked back.`,
    (x) =>
      `Somewhere a frog said “ribbit” in a very deep voice, and ${x.S.the} giggled so much that everyone else giggled too.`,
    (x) => `They passed a puddle that held a piece of the sky, and ${x.S.the} stopped to look into it.`,
    (x) =>
      `${cap(x.S.the)} found a dandelion clock and blew on it, and all the little seeds floated away like tiny umbrellas.`,
    (x) => `Everyone sat down for a little rest, and ${x.S.the} hummed a little tune to the sky.`,
    (x) => `A sleepy bumblebee bumbled past, and ${x.S.the} whispered, “Goodnight, bee.”`,
    (x) => `${cap(x.S.the)} spotted a shiny pebble and picked it up. “For luck,” ${x.S.he} said.`,
  ],
  worries: [
    (x) =>
      `For a moment, ${x.lead} felt a flutter of worry, like a moth inside. What if they couldn’t help? But worries shrink when you share them,^ so everyone held hands and took a big breath.`,
    (x) =>
      `The world suddenly seemed very big, and ${x.S.the} felt very small. But even small ones can do big things;^ everybody knows that.`,
    (x) =>
      `“Can we really do it?” whispered ${x.second}. “We can try,” said ${x.lead},^ “and trying is always the first step.”`,
    (x) =>
      `Nobody knew quite what to do, not yet.^ But ${x.all} ${x.v("was", "were")} sure of one thing: nobody would be left on their own.`,
    (x) =>
      `The day was getting shorter, and there was still so much to do.^ “We’ll need to be clever and kind and patient,” said ${x.lead}.`,
    (x) =>
      `A small worry crept in, the way a cold draught creeps under a door. “Worrying never fixed anything,” said ${x.lead}. “Trying does.”`,
  ],
  cheers: [
    () =>
      `Everyone was so happy that they smiled from ear to ear, with smiles so wide they hardly fitted on their faces.`,
    (x) =>
      `${cap(x.lead)} felt warm inside, like sitting by a cosy fire. Helping a friend is one of the best feelings in the world.`,
    () => `They did a little happy dance, very quietly, because it was nearly bedtime.`,
    (x) => `${cap(x.second)} clapped, very softly, so as not to wake the birds.^ Even a quiet clap can be full of joy.`,
    () => `Everyone hugged everyone, and then they hugged all over again, just to be sure nobody was missed.`,
    (x) =>
      `${cap(x.S.the)} was glowing with happiness, like a little lantern in the dark.^ ${cap(x.all)} ${x.v("was", "were")} glowing too.`,
  ],
  recaps: [
    () => `Snuggled up, they remembered the whole day:^ the trying, the tumbling, and the moment it all came right.`,
    (x) => `“What a day,” murmured ${x.lead}. “What a lovely, lovely day.”`,
    (x) =>
      `${cap(x.S.the)} thought about the day and smiled in the dark.^ Tomorrow would be another day, but tonight was for resting.`,
    (x) =>
      `“What was your favourite part?” whispered ${x.lead}.^ Everyone had a different answer,^ and every answer was a happy one.`,
    (x) =>
      `${cap(x.S.the)} thought of the whole adventure, from the very beginning to right now,^ and a warm, happy feeling spread from nose to toes.`,
    () =>
      `It had been a day full of tries and tumbles and kindness.^ Now the day was over, folded up like a blanket and put away for dreaming.`,
  ],
  details: [
    () => `The air smelled of cool earth and something sweet, like honey left out in the sun.`,
    () => `Somewhere far off, a bird was singing the same three notes over and over, as if practising for tomorrow.`,
    () =>
      `Every now and then a breeze came by and tugged gently at everyone’s ears, the way a friend taps your shoulder.`,
    () => `A pale little moth fluttered past, as soft as a whisper.`,
    () => `Somewhere a cricket began to sing, very softly, as if it didn’t want to wake anyone.`,
    () => `A snail was making its slow, shiny way along a leaf, in no hurry at all.`,
    () => `The leaves overhead rustled like the pages of a storybook being turned.`,
    () => `Far off, a dog barked once, then thought better of it and went quiet.`,
    () => `Tiny seeds drifted by on the air, each one off on its own small journey.`,
    () => `The ground was soft and springy underfoot, like an enormous sleeping cushion.`,
    () => `Now and then a dewdrop slid off a leaf and landed with the smallest plink.`,
    () => `A woodpecker tapped somewhere far away, slow and steady, like a clock in no hurry at all.`,
  ],
  windDowns: [
    (x) => `By now ${x.t.bedtime}. ${cap(x.everyone)} found ${x.p.bed} ${x.inPlace} and snuggled down close together.`,
    (x) =>
      `When ${x.t.bedtime}, everyone grew quiet. ${cap(x.p.sound)}, softer and softer,^ and ${x.S.poss} eyelids began to feel heavy.`,
    (x) =>
      `It had been a long, full day. ${cap(x.all)} yawned one big yawn, and ${x.S.the} yawned too,^ and they all curled up in ${x.p.bed}.`,
    (x) =>
      `Slowly the sky went dark ${x.inPlace}. One by one, the sounds of the day tiptoed away, until only a soft hush was left around ${x.everyone}.`,
    (x) =>
      `${cap(x.all)} lay down side by side with ${x.S.the} and counted the stars,^ but they only got to five before their eyes closed.`,
    (x) =>
      `${cap(x.S.the)} gave a wide, slow yawn, the kind that spreads from friend to friend,^ and soon everyone ${x.inPlace} was yawning too.`,
    (x) =>
      `The air grew cool and soft, and the light turned the colour of blueberries. ${cap(x.everyone)} wandered slowly to ${x.p.bed}, yawning all the way.`,
    (x) =>
      `${cap(x.all)} tucked a blanket around ${x.S.the}, right up to the chin,^ and the whole world seemed to let out a long, slow breath.`,
    (x) =>
      `Everything ${x.inPlace} was getting ready for sleep. The birds tucked their heads under their wings, the flowers folded up their petals,^ and ${x.S.the} snuggled down for the night.`,
    (x) =>
      `${cap(x.S.the)} leaned against ${x.lead}, soft and sleepy,^ and ${x.lead} leaned back. Nobody needed to say anything at all.`,
    (x) =>
      `Little by little, the chatter turned to whispers, and the whispers turned to slow, deep breaths. ${cap(x.p.sound)}, very gently, all around ${x.everyone}.`,
    (x) =>
      `Then it was time to rest. ${cap(x.everyone)} made a cosy heap in ${x.p.bed}, all tangled up together like puppies in a basket.`,
  ],
  goodnights: [
    (x) => `Goodnight, ${x.all}. Goodnight, ${x.S.call}. Sleep tight.`,
    () => `And there they slept, warm and safe, dreaming until morning.`,
    () => `The moon kept watch over them all night long, and everyone dreamed sweet dreams.`,
    (x) => `Shh… everyone is asleep now. Sweet dreams, ${x.S.call}.`,
    () => `Soon the only sound was soft, slow breathing. Sleep well, little ones.`,
    () => `Snuggled close, they drifted off into the softest dreams. Goodnight, and sleep tight.`,
    () => `And if you listen very carefully, you might hear them snoring, ever so softly. Goodnight.`,
    (x) => `The stars blinked sleepily over ${x.place}, and every eye was closed. Sweet dreams.`,
    (x) => `Goodnight, ${x.place.replace(/^the /, "")}. Goodnight, friends. Sweet dreams, little one.`,
    () => `The night wrapped around them like a soft, dark blanket, and they dreamed until the birds sang again.`,
    (x) => `${cap(x.S.the)} was the last to fall asleep, with a smile still on ${x.S.his} face. Sweet dreams.`,
    () => `All was still, all was calm, and everybody was dreaming. Goodnight.`,
    (x) => `Sleep softly, ${x.S.call}. The night will keep you safe until morning.`,
    (x) => `And everyone ${x.inPlace} was asleep, safe and sound, until the morning came to wake them. Goodnight.`,
    () => `Far above, the moon smiled down, and all the dreams were sweet ones. Night-night.`,
    () => `Hush now. Close your eyes, just like they did. Goodnight, and sweet dreams.`,
  ],
  verses: {
    opening: [
      (x) => `${cap(x.inPlace)}, where the soft winds blow,\n${x.all} went walking, nice and slow.`,
      () => `The sky grew pink, the day grew old,\nthe evening came in shades of gold.`,
      () => `Come along with me tonight,\nto a tale that’s soft and light.`,
      (x) => `${cap(x.t.once)}, when all was still,\n${x.all} set off across the hill.`,
    ],
    setup: [
      (x) => `Then, along the path, there came a sound:\n${x.S.a}, with tears falling to the ground.`,
      (x) => `“Oh dear, oh dear,” said ${x.S.the} that day,\n“I need some help to find my way.”`,
    ],
    try1: [
      () => `They tried one way, they tried it twice,\nbut it didn’t work, though it was nice.`,
      () => `Oh dear, oh dear, that didn’t go right,\nbut nobody gave up, not tonight!`,
      () => `They tried and they tumbled, they wobbled and fell,\nbut trying is something they all did well.`,
      (x) => `“Not quite,” said ${x.lead}, “but that’s all right,\nwe’ll find another way tonight.”`,
      () => `A try that fails is not the end,\nit’s just a step, my little friend.`,
    ],
    try2: [
      () => `They thought and thought, they tried once more,\nit didn’t work, just like before.`,
      () => `The path was long, the hill was steep,\nthe problem ran a little deep.`,
    ],
    success: [
      (x) => `Then ${x.helper} smiled and said, “I know,\nlet’s do it gently, nice and slow.”`,
      () => `And just like that, the trouble was past,\nand everything was right at last.`,
      () => `Together, side by side, they found the way,\nand that was the best part of the day.`,
      () => `A little help, a friendly hand,\nand all was well across the land.`,
      () => `With patience, kindness and a smile,\nthey found the answer after a while.`,
    ],
    ending: [
      () => `Now close your eyes, the day is done,\ngoodnight, goodnight to everyone.`,
      (x) => `The stars are out, the moon is bright,\n${x.all} whisper soft goodnight.`,
      (x) => `So snuggle down and sleep so deep,\nfor ${x.S.the} is fast asleep.`,
      () => `The night is soft, the world is still,\nand dreams come drifting down the hill.`,
      () => `Hush now, hush, the lights are low,\nand sleepy breaths come soft and slow.`,
    ],
  },
  caption(beat, arc, x) {
    const all = cap(x.all);
    const v = x.v;
    if (beat === "opening") return `${all} ${v("spends", "spend")} a calm moment ${x.inPlace}.`;
    if (beat === "setup") return `${all} ${v("meets", "meet")} ${x.S.a} ${x.inPlace}.`;
    if (beat === "ending") return `${cap(x.everyone)} sleep peacefully ${x.inPlace}.`;
    const trying = beat !== "success";
    switch (arc) {
      case "sleepless":
        return trying
          ? `${all} ${v("tries", "try")} to help ${x.S.the} fall asleep.`
          : `${cap(x.S.the)} yawns while ${x.all} ${v("hums", "hum")} a lullaby.`;
      case "afraid":
        return trying
          ? `${cap(x.S.the)} hides from ${x.fear.the} while ${x.all} ${v("stays", "stay")} close.`
          : `${cap(x.everyone)} look at ${x.fear.the} together.`;
      case "first":
        return trying
          ? `${cap(x.S.the)} gets ready for ${x.first} with ${x.all}.`
          : `${cap(x.S.the)} smiles, ready for ${x.first}.`;
      case "learn":
        return trying
          ? `${cap(x.S.the)} tries to ${x.goal.inf} while ${x.all} ${v("watches", "watch")}.`
          : `${cap(x.S.the)} can ${x.goal.inf} at last, and ${x.all} ${v("cheers", "cheer")}.`;
      case "lost":
        return trying
          ? `${cap(x.everyone)} look for ${x.thing.the} ${x.p.spots[0]}.`
          : `${cap(x.S.the)} finds ${x.thing.the} ${x.p.spots[2]}.`;
      case "quest":
        return trying ? `${cap(x.everyone)} look for ${x.thing.the}.` : `${cap(x.everyone)} find ${x.thing.the}.`;
      case "journey":
        return trying ? `${cap(x.everyone)} are on the way ${x.dest.to}.` : `${cap(x.everyone)} reach ${x.dest.the}.`;
      case "celebrate":
        return trying
          ? `${all} ${v("gets", "get")} ready for ${x.S.poss} ${x.party.bare}.`
          : `${cap(x.S.the)} blows out a candle with ${x.all}.`;
      default:
        return trying
          ? `${all} ${v("tries", "try")} to make friends with ${x.S.the}.`
          : `${cap(x.S.the)} plays happily with ${x.all}.`;
    }
  },

  places: {
    forest: {
      sound: "the tall trees whispered to each other",
      spots: ["behind a mossy log", "under a pile of crunchy leaves", "inside a hollow tree"],
      high: "high up in the tallest pine tree",
      noun: "the forest",
      in: "in the forest",
      bed: "a nest of soft moss",
    },
    sea: {
      sound: "the waves went hush, hush on the sand",
      spots: ["under an upturned rowing boat", "between the smooth grey rocks", "inside a little rock pool"],
      high: "on top of the old lighthouse",
      noun: "the beach",
      in: "on the beach",
      bed: "a hollow of warm, soft sand",
    },
    castle: {
      sound: "the flags on the towers fluttered softly",
      spots: ["behind a velvet curtain", "under the great wooden table", "at the bottom of the spiral staircase"],
      high: "on top of the tallest tower",
      noun: "the castle",
      in: "in the castle",
      bed: "a heap of velvet cushions",
    },
    meadow: {
      sound: "the long grass swished and swayed",
      spots: ["among the buttercups", "behind a haystack", "under a clump of clover"],
      high: "on the highest branch of the old apple tree",
      noun: "the meadow",
      in: "in the meadow",
      bed: "a soft bed of long grass",
    },
    town: {
      sound: "the streetlamps hummed softly",
      spots: ["behind the baker’s flowerpots", "under a bench in the square", "next to the fountain"],
      high: "on top of the clock tower",
      noun: "the little town",
      in: "in the little town",
      bed: "a cosy window seat",
    },
    space: {
      sound: "the planets turned slowly, like sleepy spinning tops",
      spots: ["behind a bumpy moon rock", "inside a crater", "under the wing of a silver rocket"],
      high: "on the tip of the crescent moon",
      noun: "space",
      in: "among the stars",
      bed: "a soft, silvery cloud",
    },
    garden: {
      sound: "the flowers nodded in the breeze",
      spots: ["under the big pumpkin leaves", "behind the watering can", "inside an old flowerpot"],
      high: "at the top of the cherry tree",
      noun: "the garden",
      in: "in the garden",
      bed: "a bed of fallen petals",
    },
    mountain: {
      sound: "the wind sang softly over the rocks",
      spots: ["behind a big round boulder", "inside a little cave", "among the wild thyme"],
      high: "on a high ledge of the cliff",
      noun: "the mountain",
      in: "on the mountain",
      bed: "a snug little cave",
    },
    snow: {
      sound: "the snowflakes drifted down without a sound",
      spots: ["under a soft snowdrift", "behind the snowman", "beside a frozen pond"],
      high: "at the top of a snowy fir tree",
      noun: "the snowy hill",
      in: "in the snow",
      bed: "a warm igloo lined with blankets",
    },
    river: {
      sound: "the river bubbled and chattered over the pebbles",
      spots: ["among the tall reeds", "under the little wooden bridge", "behind a mossy stone"],
      high: "on a branch of the willow leaning over the water",
      noun: "the river",
      in: "by the river",
      bed: "a soft bank of clover",
    },
    bedroom: {
      sound: "the curtains swayed and the night-light glowed",
      spots: ["under the bed", "inside the toy box", "behind the big pillow"],
      high: "on top of the wardrobe",
      noun: "the bedroom",
      in: "in the bedroom",
      bed: "a nest of pillows and blankets",
    },
    place: {
      sound: "everything was calm and still",
      spots: ["behind a big stone", "under a bush", "in a cosy little corner"],
      high: "at the top of a very tall tree",
      noun: "the valley",
      in: "in the quiet valley",
      bed: "a soft, warm corner",
    },
  },
  times: {
    morning: {
      once: "one bright morning",
      sky: "the sun was just peeping up and the air smelled fresh and new",
      bedtime: "the day had slipped away and the sky was dark",
    },
    afternoon: {
      once: "one warm afternoon",
      sky: "the sun was warm and lazy and the shadows were short",
      bedtime: "the first stars had come out",
    },
    evening: {
      once: "one golden evening",
      sky: "the sky was turning pink and orange, like a ripe peach",
      bedtime: "the last light had faded",
    },
    night: {
      once: "one quiet night",
      sky: "the moon was round and silver and the stars twinkled",
      bedtime: "the moon was high and sleepy",
    },
  },
};
