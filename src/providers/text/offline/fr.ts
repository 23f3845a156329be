/** French phrase tables for the offline storyteller (see `phrasebook.ts`). Passé simple, as in books. */
import type { Noun, Phrasebook, Visitor } from "./phrasebook";
import { cap } from "./text";

const vowel = (word: string) => /^[aeiouyâàéèêîïôûœ]/i.test(word);
/** Object pronoun before a verb: "la retrouver", "l’emporta", "les retrouver". */
const pro = (n: Noun, verb: string) =>
  n.plural ? `les ${verb}` : vowel(verb) ? `l’${verb}` : `${n.fem ? "la" : "le"} ${verb}`;
/** Agreement of an adjective or participle: perdu → perdue, perdus, perdues. */
const ag = (n: { fem: boolean; plural?: boolean }, word: string) => word + (n.fem ? "e" : "") + (n.plural ? "s" : "");
/** "de" before a noun phrase: du, des, de la, d’. */
const de = (text: string) =>
  text.startsWith("le ")
    ? `du ${text.slice(3)}`
    : text.startsWith("les ")
      ? `des ${text.slice(4)}`
      : text.startsWith("des ")
        ? `de ${text.slice(4)}`
        : vowel(text)
          ? `d’${text}`
          : `de ${text}`;
const il = (v: Visitor) => (v.fem ? "elle" : "il");
const e = (v: Visitor) => (v.fem ? "e" : "");
const est = (n: Noun) => (n.plural ? "étaient" : "était");

function noun(bare: string, fem: boolean, gloss: string, plural = false): Noun {
  const the = plural ? `les ${bare}` : vowel(bare) ? `l’${bare}` : `${fem ? "la" : "le"} ${bare}`;
  const my = plural ? `mes ${bare}` : fem && !vowel(bare) ? `ma ${bare}` : `mon ${bare}`;
  return { the, my, bare, plural, fem, gloss };
}

/** "l’écharpe", "des chaussettes", "mes moufles" do not say their gender: the ending mostly does. */
function looksFeminine(word: string): boolean {
  if (/(ette|elle|ion|(?<!a)ure|ée|ie|ade|ance|ence|ise|oire|ouille|aille|eille|esse|ière)s?$/.test(word)) return true;
  return /es?$/.test(word) && !/(age|aire|isme|ome|ème|re|ble|phe|ste|tre|ige)s?$/.test(word);
}

const LOST_WORDS =
  /(?<!\p{L})(perdu|perdue|perdus|perdues|disparu|disparue|disparus|disparues|égaré|égarée|égarés|égarées)(?!\p{L})\s*/giu;

export const fr: Phrasebook = {
  joinNames: (names) =>
    names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} et ${names[names.length - 1]}`,
  quote: (text) => `« ${text} »`,
  parseThing(text) {
    const match = /^(?:(un|une|le|la|les|des|mon|ma|mes|ton|ta|tes|son|sa|ses)\s+|(l['’]))(.+)$/i.exec(text);
    if (!match) return null;
    const article = (match[1] ?? match[2] ?? "").toLowerCase();
    const bare = (match[3] ?? "").replace(LOST_WORDS, "").trim().toLowerCase();
    if (!bare || bare.split(" ").length > 4 || !/^[\p{L} '’-]+$/u.test(bare)) return null;
    const plural = ["les", "des", "mes", "tes", "ses"].includes(article);
    const fem =
      ["une", "la", "ma", "ta", "sa"].includes(article) ||
      (!["un", "le"].includes(article) && looksFeminine(bare.split(" ")[0] ?? ""));
    return noun(bare, fem, bare, plural);
  },
  // French typography: a no-break space before ? ! : ; » and after «.
  finish: (text) => text.replace(/ ([?!:;»])/g, "\u00a0$1").replace(/« /g, "«\u00a0"),
  defaultCharacter: {
    name: "Petit Ours",
    looks: "un petit ours brun au sourire endormi",
    personality: "doux et curieux",
  },
  defaultPlace: "la vallée tranquille",

  openings: [
    (x) => `${cap(x.t.once)}, dans ${x.place}, ${x.t.sky}. ${x.desc}Tout autour, ${x.p.sound}.`,
    (x) =>
      `Il existe un endroit qu’on appelle ${x.place}, et il n’est jamais aussi beau que ${x.t.when}. ${x.desc}${cap(x.t.day)}, ${x.p.sound}, et tout semblait prêt pour une petite aventure.`,
    (x) => `Connais-tu ${x.place} ? ${x.desc}${cap(x.t.once)}, ${x.t.sky}, et ${x.p.sound}.`,
    (x) =>
      `${cap(x.t.once)}, quelque chose de merveilleux allait se passer dans ${x.place}. ${x.desc}${cap(x.p.sound)}, comme si le monde entier attendait une histoire.`,
    (x) =>
      `Loin d’ici, ou peut-être juste au coin de la rue, se trouve ${x.place}. ${x.desc}${cap(x.t.once)}, ${x.t.sky}, et ${x.p.sound}.`,
  ],
  who: {
    first: [
      (n) => `Voici ${n}.`,
      (n) => `Au milieu de tout cela, il y avait ${n}.`,
      (n) => `Cette histoire commence avec ${n}.`,
    ],
    meet: [
      (n) => `Juste à côté se tenait ${n}.`,
      (n, prev) => `À côté de ${prev}, il y avait ${n}.`,
      (n) => `Et puis il y avait ${n}, bien sûr.`,
    ],
    looks: [
      (n, l) => `On reconnaissait ${n} de loin : ${l}.`,
      (n, l) => `Impossible de ne pas reconnaître ${n} : ${l}.`,
      (n, l) => `Si l’on regardait bien ${n}, on voyait ${l}.`,
    ],
    personality: [
      (n, p) => `${n} était ${p}.`,
      (n, p) => `Tout le monde le savait : ${n} était ${p}.`,
      (n, p) => `${n} était ${p}, et c’est une très belle chose.`,
    ],
  },
  activities: [
    ({ c, t }) =>
      `${cap(t.day)}, ${c.all} ${c.v("jouait", "jouaient")} à cache-cache, tout doucement. ` +
      (c.many
        ? `${c.second} se cacha en premier, mais ${c.lead} trouva la cachette en un clin d’œil, car on entendait les petits rires de loin.`
        : `${c.lead} se cachait, puis se cachait encore, une fois même derrière une fleur bien trop petite pour cacher qui que ce soit, et riait à chaque fois.`),
    ({ c }) =>
      `${c.all} ${c.v("ramassait", "ramassaient")} des trésors : les cailloux les plus lisses, les plumes les plus douces et un bouton très brillant. ${c.lead} les rangeait tous dans un petit sac en tissu.`,
    ({ c }) =>
      `${c.all} ${c.v("fredonnait", "fredonnaient")} une chanson inventée, de celles qui n’ont pas de vraies paroles, seulement « la-la-la » et « dum-di-dum ». C’était une très bonne chanson.`,
  ],
  topicOpening: ({ c, topic }) => `Toute la journée, ${c.lead} n’avait eu qu’une idée en tête : ${topic}.`,
  topicDream: ({ c, topic }) => `Juste avant de s’endormir, ${c.lead} rêva encore un peu ${de(topic)}.`,
  topicTitle: ({ c, topic }) => `${c.lead} rêve ${de(topic)}`,
  wishOpening: ({ c, topic }) => `Toute la journée, ${c.lead} n’avait pensé qu’à une chose : ${topic}.`,
  wishDream: ({ c }) => `Juste avant de s’endormir, ${c.lead} repensa à cette idée, et sourit.`,
  worries: [
    ({ c }) =>
      `Pendant un instant, ${c.lead} sentit un petit pincement d’inquiétude, comme un papillon dans le ventre. Et si on n’y arrivait pas ? Mais les soucis rapetissent quand on les partage, alors ${c.many ? `${c.all} se prirent par la main et respirèrent un grand coup` : `${c.lead} prit une grande inspiration pleine de courage`}.`,
    ({ c, t }) =>
      `${cap(t.day)}, le monde parut soudain très grand, et ${c.lead} eut l’impression d’être minuscule. Mais même les plus petits peuvent faire de grandes choses, tout le monde le sait. « Du courage ! » chuchota ${c.lead}${c.many ? `, et ${c.second} hocha la tête` : ""}.`,
  ],
  wonders: [
    ({ p }) =>
      `Un instant, tout le monde s’arrêta pour regarder les petites merveilles tout autour : ${p.sound}, une coccinelle grimpait le long d’un brin d’herbe, et quelque part, un grillon chantait. C’était bon d’aller doucement.`,
    ({ c, t }) =>
      `${c.lead} s’arrêta un instant et leva les yeux : ${t.sky}. C’était comme si le monde entier encourageait ${c.many ? "la petite troupe" : c.lead}, juste un peu.`,
  ],
  cheers: [
    () =>
      `Tout le monde était si content qu’on souriait jusqu’aux oreilles, avec des sourires si grands qu’ils tenaient à peine sur les visages.`,
    ({ c }) =>
      `${c.lead} avait chaud au cœur, comme devant un bon feu de cheminée. Aider les autres, c’est l’un des plus beaux sentiments du monde.`,
  ],
  encourage: [
    ({ c }) =>
      c.many
        ? `${c.lead} soupira. « Ça n’a pas marché. » Mais ${c.second} lui fit un petit câlin. « Ce n’est pas grave, dit ${c.second}. Il y a toujours une autre façon. »`
        : `${c.lead} soupira. « Ça n’a pas marché. » Puis ${c.lead} prit une grande inspiration, lentement, comme un chat qui s’étire. « Ce n’est pas grave, murmura ${c.lead}. Il y a toujours une autre façon. »`,
    ({ c }) =>
      c.many
        ? `Pendant un instant, personne ne dit rien. Puis ${c.second} sourit. « Bon, maintenant, on connaît une façon qui ne marche pas, dit ${c.second}. Trouvons-en une qui marche ! » Et cela redonna du courage à tout le monde.`
        : `Pendant un instant, ${c.lead} eut envie d’abandonner. Mais ${c.lead} se souvint d’une chose très sage : chaque essai nous apprend quelque chose. Alors ${c.lead} se redressa et réfléchit encore.`,
    ({ c }) =>
      `« Zut alors », dit ${c.lead}, ${c.many ? "et tout le monde s’assit par terre" : "qui s’assit par terre"} pour réfléchir. Les meilleures idées viennent souvent quand on reste bien tranquille.`,
  ],

  problems: {
    lost: {
      titles: [
        ({ c, thing }) => `${c.lead} et ${thing.the} ${ag(thing, "perdu")}`,
        ({ thing }) => `Où ${thing.plural ? "sont" : "est"} ${ag(thing, "passé")} ${thing.the} ?`,
      ],
      setup: [
        ({ v, thing }) =>
          `Juste à ce moment-là, ${v.a} arriva en courant, le nez qui reniflait et les yeux pleins de larmes. « Oh là là, oh là là, dit ${v.name}. J’ai perdu ${thing.my}, et j’ai cherché partout ! »`,
        ({ c, v, thing }) =>
          `Soudain, on entendit un petit bruit tout triste. C’était ${v.a}, tout${e(v)} ${v.fem ? "seule" : "seul"} dans son coin. « Qu’est-ce qui ne va pas ? » demanda ${c.lead}. « ${cap(thing.my)} ${thing.plural ? "ont" : "a"} disparu, renifla ${v.name}. Je ${pro(thing, "avais")} il y a un instant, et maintenant, impossible de ${pro(thing, "retrouver")}. »`,
      ],
      reaction: [
        ({ c, v, thing }) =>
          `${c.many ? `${c.all} échangèrent un regard.` : `${c.lead} s’agenouilla près de ${v.name}.`} « Ne t’inquiète pas, dit ${c.lead}. On va t’aider à ${pro(thing, "retrouver")}. Retrouver les choses, c’est ${c.many ? "notre" : "mon"} jeu préféré ! »`,
        ({ c, v, thing }) =>
          `« On va ${pro(thing, "retrouver")} ensemble », dit ${c.lead} gentiment. ${v.name} s’essuya le nez et fit un petit sourire plein d’espoir.`,
      ],
      try1: [
        ({ p }) =>
          `D’abord, on chercha ${p.spots[0]}. On chercha en haut, en bas, par-ci, par-là. Mais on ne trouva qu’un escargot tout ensommeillé, qui ouvrit un œil, dit « Pas ici, désolé » et se rendormit aussitôt.`,
        ({ p, v, thing }) =>
          `D’abord, on fouilla ${p.spots[0]}. Il y avait une pomme de pin, une plume et un scarabée très étonné… mais pas ${de(thing.bare)}. « Pas par ici », soupira ${v.name}.`,
      ],
      try2: [
        ({ p }) =>
          `Ensuite, on demanda conseil à une vieille tortue très sage qui se reposait ${p.spots[1]}. La tortue réfléchit très, très longtemps. « Hmm, dit-elle enfin. Les choses perdues aiment être retrouvées par des amis très, très silencieux. » Ce n’était pas vraiment une réponse, mais c’était un indice.`,
        ({ p }) =>
          `Ensuite, on chercha ${p.spots[1]} en appelant : « Ohé ! Où es-tu ? » Mais seul l’écho répondit : « …es-tu ? …es-tu ? »`,
      ],
      success: [
        ({ c, p, thing }) =>
          `Alors tout le monde resta immobile pour écouter. Chut… chut… Et soudain, un tout petit froissement, là-bas, ${p.spots[2]}. ${c.lead} s’approcha sur la pointe des pieds, jeta un coup d’œil et… oui ! ${cap(thing.the)} ${est(thing)} là !`,
        ({ c, p, v, thing }) =>
          `Puis ${c.lead} eut une idée. « Réfléchis bien : où es-tu allé${e(v)} aujourd’hui ? » ${v.name} réfléchit très fort et, tout à coup, se souvint : ${p.spots[2]} ! Toute la petite troupe s’y rendit, et là, bien à l’abri, il y avait ${thing.the}.`,
      ],
      resolution: [
        ({ v, thing }) =>
          `En fait, un bébé écureuil avait emprunté ${thing.the} pour jouer. « Pardon », couina l’écureuil en ${pro(thing, "rendant")} avec un sourire timide. ${v.name} fut si content${e(v)} qu’${il(v)} dansa une petite danse, sur-le-champ.`,
        ({ c, v, thing }) =>
          `${v.name} serra ${thing.the} très fort. « Merci, merci ! » s’écria ${v.name}, qui fit ${c.many ? "un câlin à chacun, l’un après l’autre" : `un gros câlin à ${c.lead}`}. C’était le meilleur des câlins : celui qui veut dire « tu m’as aidé${e(v)} ».`,
      ],
      morals: [
        "Quand on cherche ensemble, on retrouve plus facilement ce qu’on a perdu.",
        "Un moment de calme et un ami gentil peuvent retrouver presque tout.",
      ],
    },
    stuck: {
      titles: [
        ({ c, thing }) => `Comment ${c.lead} sauva ${thing.the}`,
        ({ c, thing }) => `${c.lead} et ${thing.the} tout là-haut`,
      ],
      setup: [
        ({ c, p, thing }) =>
          `Et puis, fouuu ! Un coup de vent emporta ${thing.the} de ${c.lead}, ${pro(thing, "fit")} monter haut, très haut, et ${pro(thing, "laissa")} ${ag(thing, "accroché")} ${p.high}.`,
        ({ c, p, thing }) =>
          `${c.lead} avait apporté ${thing.the}. Mais une petite brise coquine passa en dansant, ${pro(thing, "emporta")} et ${pro(thing, "laissa")} se balancer ${p.high}.`,
      ],
      reaction: [
        ({ c, thing }) =>
          `« Oh non ! s’écria ${c.lead}. Comment ${pro(thing, "faire")} descendre ? » ${c.many ? `${c.all} levèrent` : `${c.lead} leva`} les yeux, la bouche grande ouverte.`,
        ({ c }) =>
          `${c.many ? `${c.all} levèrent` : `${c.lead} leva`} la tête. C’était très, très haut. « Hmm, dit ${c.lead}. Il nous faut une bonne idée. »`,
      ],
      try1: [
        ({ c }) =>
          `D’abord, ${c.lead} essaya de sauter. Boing ! Boing ! Boing ! ${c.many ? `${c.second} sauta aussi, encore plus haut. ` : ""}Mais c’était beaucoup trop haut, et à force de sauter, ${c.many ? "tout le monde avait" : `${c.lead} avait`} la tête qui tournait.`,
        ({ c, thing }) =>
          `D’abord, ${c.all} ${c.v("essaya", "essayèrent")} d’appeler : « ${thing.plural ? "Descendez" : "Descends"}, s’il te plaît ! » Mais ${thing.the} se ${thing.plural ? "balançaient" : "balançait"} au vent, comme pour dire : « On est si bien ici ! »`,
      ],
      try2: [
        ({ c }) =>
          `Ensuite, ${c.many ? `${c.all} essayèrent de grimper sur les épaules les uns des autres` : `${c.lead} empila des coussins pour faire une tour et grimpa dessus`}. Ça vacilla… ça tangua… et patatras ! Tout s’écroula dans un tas tout doux, plein de fous rires. Encore raté !`,
        ({ c, thing }) =>
          `Ensuite, ${c.lead} trouva un long bâton et tendit le bras, tendit, tendit… Le bout du bâton chatouilla ${thing.the}, mais le bâton était juste un peu trop court.`,
      ],
      success: [
        ({ c, thing }) =>
          `Alors ${c.lead} eut une idée toute douce. « Il suffit peut-être de demander gentiment. » Alors ${c.all} ${c.v("chanta", "chantèrent")} une douce chanson au vent. Et le vent, qui adore les chansons, envoya une gentille petite brise. ${cap(thing.the)} se ${thing.plural ? "décrochèrent et descendirent" : "décrocha et descendit"} doucement, tout doucement, jusque dans les bras de ${c.lead}.`,
        ({ c, thing }) =>
          `Juste à ce moment-là, une pie très aimable se posa tout près. « Besoin d’un coup de main ? demanda-t-elle. Ou plutôt d’un coup d’aile ? » ${c.lead} montra le ciel, et la pie s’envola, flap, flap, flap, tout là-haut. Elle décrocha ${thing.the} avec son bec et ${pro(thing, "rapporta")} tout doucement.`,
      ],
      resolution: [
        ({ c, thing }) =>
          `${c.lead} serra ${thing.the} contre son cœur. « Merci », chuchota ${c.lead}${c.many ? `, et ${c.all} poussèrent un petit hourra tout doux` : ""}. ${cap(thing.the)} ${est(thing)} un peu ${ag(thing, "froissé")}, mais personne ne s’en souciait.`,
        ({ c, thing }) =>
          `« Hourra ! » chuchota ${c.many ? "tout le monde" : c.lead}. Un tout petit hourra, parce que c’était presque l’heure de dormir. ${c.lead} promit de bien ${pro(thing, "tenir")} la prochaine fois.`,
      ],
      morals: [
        "Parfois, la patience monte plus haut que les sauts.",
        "Quand quelque chose est hors de portée, un ami peut nous aider à l’atteindre.",
      ],
    },
    star: {
      titles: [({ c }) => `${c.lead} et la petite étoile`, ({ c }) => `Une étoile pour ${c.lead}`],
      setup: [
        ({ p }) =>
          `Soudain, quelque chose de brillant tomba du ciel et atterrit avec un petit « plink », ${p.spots[0]}. C’était une petite étoile ! Mais sa lumière était pâle et tremblotante. « Je suis tombée, dit la petite étoile d’une toute petite voix, et maintenant, je ne peux plus rentrer chez moi. »`,
        ({ c, p }) =>
          `Puis ${c.lead} remarqua une douce lueur, ${p.spots[0]}. En s’approchant, ${c.lead} découvrit une petite étoile qui clignait tristement. Elle était tombée du ciel. « J’ai glissé, renifla-t-elle. Et le ciel est si loin… »`,
      ],
      reaction: [
        ({ c }) =>
          `« Ne sois pas triste », dit ${c.lead} en prenant l’étoile tout doucement. Elle était toute chaude, comme une tasse de chocolat. « On va t’aider à rentrer là-haut. »`,
        ({ c }) =>
          `${c.many ? `${c.all} s’approchèrent.` : `${c.lead} s’assit à côté d’elle.`} « Chaque étoile a sa place dans le ciel, dit ${c.second}. On va te ramener chez toi. »`,
      ],
      try1: [
        ({ c }) =>
          `D’abord, ${c.all} ${c.v("porta", "portèrent")} la petite étoile à l’endroit le plus haut qu’on pouvait trouver, et ${c.many ? `${c.lead} la tendit` : "la tendit"} vers le ciel, sur la pointe des pieds. « Vas-y ! » Mais l’étoile ne fit que clignoter. Le ciel était encore beaucoup trop loin.`,
        ({ c }) =>
          `D’abord, ${c.lead} essaya de lancer l’étoile vers le ciel, tout doucement, comme une balle en mousse. Elle monta… puis redescendit, plink, droit dans les mains de ${c.lead}. « Ouf », fit l’étoile.`,
      ],
      try2: [
        ({ c }) =>
          `Ensuite, on demanda de l’aide à la lune. « Lune, peux-tu descendre un peu ? » La lune sourit, mais secoua sa grosse tête ronde. « Les étoiles ne grimpent pas, dit-elle doucement. Elles rentrent chez elles en brillant. ${c.v("Rends-la", "Rendez-la")} heureuse, et elle trouvera son chemin. »`,
        ({ c }) =>
          `Ensuite, ${c.all} ${c.v("souffla", "soufflèrent")} de toutes ${c.v("ses", "leurs")} forces pour faire s’envoler l’étoile, comme une graine de pissenlit. Elle monta un peu… puis redescendit, encore plus pâle qu’avant.`,
      ],
      success: [
        ({ c }) =>
          `Alors ${c.all} ${c.v("fit", "firent")} la chose la plus gentille du monde. ${c.many ? `${c.lead} raconta une blague rigolote et ${c.second} fit une grimace` : `${c.lead} raconta une blague rigolote et fit une grimace`}, et la petite étoile se mit à rire. Et plus elle riait, plus elle brillait, jusqu’à ce que, fouuu ! elle s’envole, haut, très haut, dans le ciel.`,
        ({ c }) =>
          `Puis ${c.lead} eut une idée. « Et si on lui chantait une chanson ? » ${c.all} ${c.v("fredonna", "fredonnèrent")} la berceuse la plus douce du monde, et la petite étoile se mit à briller, chaude et dorée. Tout doucement, elle s’éleva des mains de ${c.lead} et remonta dans le ciel.`,
      ],
      resolution: [
        () =>
          `Tout là-haut, la petite étoile retrouva sa place et scintilla trois fois : merci, merci, merci. C’était l’étoile la plus brillante de tout le ciel.`,
        ({ c }) =>
          `La petite étoile retrouva ses frères et sœurs et envoya un clin d’œil rien que pour ${c.all}. ${c.lead} lui fit un signe de la main. « Bonne nuit, petite étoile ! »`,
      ],
      morals: [
        "Un peu de gentillesse peut aider quelqu’un à briller de nouveau.",
        "Le bonheur est une lumière qui se partage.",
      ],
    },
    sleepless: {
      titles: [({ v }) => `Une berceuse pour ${v.name}`, ({ v }) => `${v.name} n’arrive pas à dormir`],
      setup: [
        ({ v }) =>
          `Juste à ce moment-là, on entendit un grand bâillement, puis un soupir. C’était ${v.a}, qui se frottait les yeux. « Je suis si fatigué${e(v)}, dit ${v.name}, mais je n’arrive pas à m’endormir. J’ai essayé et essayé ! »`,
        ({ v }) =>
          `Tout près, ${v.a} se tournait et se retournait sur un tas de feuilles. « Ça ne sert à rien, ronchonna ${v.name}. Mes yeux ne veulent pas rester fermés. »`,
      ],
      reaction: [
        ({ c, v }) =>
          `« Oh là là, dit ${c.lead}. Tout le monde a besoin d’une bonne nuit de sommeil. On va t’aider. » ${v.name} eut l’air un tout petit peu rassuré${e(v)}.`,
        ({ c, v }) =>
          `${c.lead} s’assit à côté de ${v.name}. « Ne t’inquiète pas, dit ${c.lead} tout bas. ${c.many ? "On connaît" : "Je connais"} plein d’astuces pour s’endormir. »`,
      ],
      try1: [
        ({ c, v }) =>
          `D’abord, ${c.all} ${c.v("compta", "comptèrent")} les moutons avec ${v.name}. Un mouton, deux moutons, trois moutons… Mais au douzième mouton, ${v.name} se redressa d’un coup. « ${c.v("Attends", "Attendez")}… c’était un mouton ou un nuage ? » Et voilà ${v.name} plus réveillé${e(v)} que jamais !`,
        ({ c, v }) =>
          `D’abord, ${c.lead} raconta une histoire drôle, celle d’un canard qui portait des bottes de pluie. ${v.name} rit, rit, rit… C’était très joli, mais ça ne donnait pas du tout sommeil.`,
      ],
      try2: [
        ({ v }) =>
          `Ensuite, on essaya un verre de lait chaud. ${v.name} but tout, slurp ! et attrapa le hoquet. Hic ! Hic ! Ce n’était pas très reposant non plus.`,
        ({ c, v }) =>
          `Ensuite, ${c.all} ${c.v("essaya", "essayèrent")} de faire un silence complet. Mais le silence était si silencieux que ${v.name} entendit son ventre gargouiller, et se mit à pouffer de rire.`,
      ],
      success: [
        ({ c, v }) =>
          `Alors ${c.lead} eut une idée toute douce. ${c.all} ${c.v("prépara", "préparèrent")} un nid douillet de mousse et de feuilles, et ${c.v("borda", "bordèrent")} ${v.name} dedans. Puis on fredonna la berceuse la plus lente et la plus douce, en respirant tout doucement : on inspire… on expire… on inspire… on expire…`,
        ({ c, v, p }) =>
          `Puis ${c.lead} chuchota : « Écoutons, tout simplement. » Alors tout le monde s’allongea côte à côte pour écouter : ${p.sound}. Tout doucement, les yeux de ${v.name} commencèrent à se fermer.`,
      ],
      resolution: [
        ({ c, v }) =>
          `Bientôt, ${v.name} dormait à poings fermés, avec le plus petit ronflement du monde. ${c.all} ${c.v("s’éloigna", "s’éloignèrent")} sur la pointe des pieds, le sourire aux lèvres.`,
        ({ v }) =>
          `${v.name} fit un dernier bâillement gigantesque, murmura « merci » et s’endormit avant même d’avoir fini le mot.`,
      ],
      morals: [
        "Le calme et la douceur sont le meilleur chemin vers le sommeil.",
        "Une chanson douce est l’un des plus jolis cadeaux.",
      ],
    },
    wayHome: {
      titles: [({ c, v }) => `${c.lead} ramène ${v.name} à la maison`, ({ v }) => `${v.name} rentre à la maison`],
      setup: [
        ({ v, t }) =>
          `Juste à ce moment-là, ${v.a} passa par là en regardant de tous les côtés. « Je ne retrouve plus le chemin de ma maison, dit ${v.name} d’une toute petite voix. Tout a l’air si différent ${t.today}. »`,
        ({ c, v }) =>
          `Puis ${c.lead} aperçut ${v.a}, qui regardait partout avec de grands yeux inquiets. « Je suis parti${e(v)} explorer, expliqua ${v.name}, et maintenant, je ne sais plus comment rentrer chez moi. »`,
      ],
      reaction: [
        ({ c, v }) =>
          `« On va t’aider, dit ${c.lead}. Comment est ta maison ? » ${v.name} réfléchit. « Elle a une petite porte ronde, et ça sent toujours le pain chaud. »`,
        ({ c, v }) =>
          `« Ne t’inquiète pas, dit ${c.lead}. Pour retrouver les choses, on est champions, même les maisons ! ${c.v("Parle-moi", "Parle-nous")} de la tienne. » « Elle a une petite porte ronde, dit ${v.name}, et elle sent bon le pain chaud. »`,
      ],
      try1: [
        ({ p, v }) =>
          `D’abord, tout le monde alla voir ${p.spots[0]}. Mais il n’y avait pas de petite porte ronde, seulement une flaque d’eau, qui éclaboussa les orteils de tout le monde. « Pas par là », dit ${v.name}.`,
        ({ c }) =>
          `D’abord, ${c.lead} proposa : « Essayons à gauche ! » Alors on tourna à gauche, puis encore à gauche, puis encore une fois à gauche… et on se retrouva exactement au point de départ.`,
      ],
      try2: [
        ({ c }) =>
          `Ensuite, ${c.lead} grimpa sur une grosse pierre pour regarder loin, très loin. Mais tout était si grand et si lointain qu’il était difficile de reconnaître quoi que ce soit.`,
        () =>
          `Ensuite, on demanda le chemin à un scarabée très occupé. « Une porte ronde ? Hmm, dit le scarabée. Moi, je ne connais que les toutes petites portes. » Et il repartit en trottinant.`,
      ],
      success: [
        ({ c, p }) =>
          `Alors ${c.lead} eut une idée. « Utilisons notre nez ! » Snif, snif… Ça y était : une petite odeur de pain chaud. On la suivit par-ci, par-là, ${p.spots[1]}, puis ${p.spots[2]}, jusqu’à ce qu’enfin apparaisse la petite porte ronde !`,
        ({ v, p }) =>
          `Puis, très loin, on entendit une voix qui appelait : « ${v.name} ! ${v.name} ! » « C’est ma maman ! » s’écria ${v.name}. On suivit la voix, ${p.spots[1]}, puis ${p.spots[2]}, et là, on trouva la petite porte ronde, toute chaude et toute dorée.`,
      ],
      resolution: [
        ({ v }) =>
          `La porte s’ouvrit en grand, et la maman de ${v.name} sortit pour ${v.fem ? "la" : "le"} serrer très fort dans ses bras. « Merci d’avoir ramené ${v.fem ? "ma petite" : "mon petit"} à la maison », dit-elle, et elle offrit à chacun une tartine de pain chaud au miel.`,
        ({ v }) =>
          `Toute la famille de ${v.name} sortit pour dire bonjour. Il y eut des câlins, des mercis, et ${v.name} fut ${ag(v, "ravi")} comme jamais.`,
      ],
      morals: [
        "Même quand on se sent perdu, les amis nous aident à retrouver le chemin.",
        "La maison, c’est là où quelqu’un nous attend pour un câlin.",
      ],
    },
  },

  endings: [
    ({ c, t }) =>
      `${cap(t.bedtime)}, il fut temps de rentrer. ${c.many ? `${c.all} marchaient côte à côte` : `${c.lead} marchait tout doucement`}, à pas de plus en plus lents, avec des bâillements de plus en plus grands, jusqu’à l’heure de se glisser dans un lit bien chaud.`,
    ({ c, t }) =>
      `${cap(t.bedtime)}, ${c.all} se ${c.v("blottit", "blottirent")} sous une couverture douce et chaude. Dehors, le monde entier se préparait lui aussi à dormir.`,
    ({ c, t, p }) =>
      `${cap(t.bedtime)}, tout devint calme et silencieux. ${cap(p.sound)}, plus doucement maintenant, comme une berceuse. ${c.all} se ${c.v("pelotonna", "pelotonnèrent")} bien au chaud, les paupières lourdes de sommeil.`,
  ],
  recaps: [
    ({ c }) =>
      `Bien au chaud, ${c.lead} repensa à toute l’aventure : l’essai qui n’avait pas marché, celui qui avait presque marché, et celui qui avait enfin réussi. « Recommencer, c’est un peu magique », chuchota ${c.lead}${c.many ? `, et ${c.second} approuva d’un petit signe de tête` : ""}.`,
    ({ c }) =>
      c.many
        ? `Dans le calme, ${c.all} parlèrent tout bas de leur journée. « Tu te souviens, quand tout allait de travers ? » pouffa ${c.second}. « Et puis tout s’est arrangé », répondit ${c.lead}. Les voix devinrent de plus en plus douces, comme une berceuse.`
        : `Dans le calme, ${c.lead} se souvint de la journée : tout était allé de travers, puis tout s’était arrangé. « Quelle aventure », murmura ${c.lead} avec un sourire, avant de bâiller un grand coup.`,
  ],
  lastLines: [
    ({ c }) =>
      `« Bonne nuit », murmura ${c.lead}. Et bientôt, ${c.all} ${c.v("dormait", "dormaient")} à poings fermés, en faisant de beaux rêves.`,
    ({ c }) =>
      `${c.all} ${c.v("ferma", "fermèrent")} les yeux. La lune veillait, les étoiles fredonnaient tout bas, et bientôt, on n’entendit plus que ${c.many ? "de petits ronflements tout doux" : "un petit ronflement tout doux"}.`,
    ({ c, placeBare }) =>
      `Un dernier bâillement, un dernier sourire, et ${c.many ? "tout le monde" : c.lead} s’endormit. Bonne nuit, ${c.all}. Bonne nuit, ${placeBare}.`,
  ],
  refrains: [
    "Pas à pas, main dans la main,\non trouve toujours un chemin.",
    "Tout doux, tout doux, dans la nuit,\non n’a pas peur avec ses amis.",
    "Une fois, deux fois, on recommence,\nchaque essai est une chance.",
    "Petits pas et grand cœur,\nensemble, on n’a jamais peur.",
  ],
  closings: [
    "Les étoiles brillent, le jour est fini,\nfais de beaux rêves, bonne nuit.",
    "La lune veille tout là-haut,\nferme les yeux, fais dodo.",
    "Le vent chuchote une berceuse,\nla nuit sera douce et heureuse.",
  ],

  places: {
    forest: {
      sound: "les grands arbres chuchotaient entre eux",
      spots: [
        "derrière un tronc couvert de mousse",
        "sous un tas de feuilles craquantes",
        "dans le creux d’un vieil arbre",
      ],
      high: "tout en haut du plus grand sapin",
    },
    sea: {
      sound: "les vagues faisaient chut, chut sur le sable",
      spots: [
        "sous une barque retournée",
        "entre les rochers gris et lisses",
        "dans une petite flaque entre les rochers",
      ],
      high: "tout en haut du vieux phare",
    },
    castle: {
      sound: "les drapeaux des tours flottaient doucement",
      spots: ["derrière un rideau de velours", "sous la grande table en bois", "au pied de l’escalier en colimaçon"],
      high: "tout en haut de la plus haute tour",
    },
    meadow: {
      sound: "les hautes herbes ondulaient doucement",
      spots: ["parmi les boutons d’or", "derrière une meule de foin", "sous une touffe de trèfle"],
      high: "sur la plus haute branche du vieux pommier",
    },
    town: {
      sound: "les réverbères ronronnaient doucement",
      spots: ["derrière les pots de fleurs du boulanger", "sous un banc de la place", "près de la fontaine"],
      high: "tout en haut de la tour de l’horloge",
    },
    space: {
      sound: "les planètes tournaient lentement, comme des toupies endormies",
      spots: [
        "derrière un caillou de lune plein de bosses",
        "au fond d’un cratère",
        "sous l’aile d’une fusée argentée",
      ],
      high: "sur la pointe du croissant de lune",
    },
    garden: {
      sound: "les fleurs hochaient la tête dans la brise",
      spots: ["sous les grandes feuilles de citrouille", "derrière l’arrosoir", "dans un vieux pot de fleurs"],
      high: "tout en haut du cerisier",
    },
    mountain: {
      sound: "le vent chantait doucement sur les rochers",
      spots: ["derrière un gros rocher tout rond", "dans une petite grotte", "parmi le thym sauvage"],
      high: "sur une corniche, tout en haut de la falaise",
    },
    snow: {
      sound: "les flocons tombaient sans un bruit",
      spots: ["sous un tas de neige toute douce", "derrière le bonhomme de neige", "près d’un étang gelé"],
      high: "tout en haut d’un sapin enneigé",
    },
    river: {
      sound: "la rivière gazouillait sur les cailloux",
      spots: ["parmi les grands roseaux", "sous le petit pont de bois", "derrière une pierre moussue"],
      high: "sur une branche du saule penché au-dessus de l’eau",
    },
    bedroom: {
      sound: "les rideaux ondulaient et la veilleuse brillait",
      spots: ["sous le lit", "dans le coffre à jouets", "derrière le gros oreiller"],
      high: "tout en haut de l’armoire",
    },
    place: {
      sound: "tout était calme et paisible",
      spots: ["derrière une grosse pierre", "sous un buisson", "dans un petit coin douillet"],
      high: "tout en haut d’un très grand arbre",
    },
  },
  times: {
    morning: {
      once: "un beau matin",
      sky: "le soleil pointait le bout de son nez et l’air sentait bon la rosée",
      when: "le matin",
      day: "ce matin-là",
      today: "ce matin",
      bedtime: "le soir venu, quand le ciel s’assombrit",
    },
    afternoon: {
      once: "par un doux après-midi",
      sky: "le soleil était chaud et paresseux",
      when: "l’après-midi",
      day: "cet après-midi-là",
      today: "cet après-midi",
      bedtime: "le soir venu, quand les premières étoiles s’allumèrent",
    },
    evening: {
      once: "par un soir tout doré",
      sky: "le ciel se teintait de rose et d’orangé, comme une pêche bien mûre",
      when: "le soir",
      day: "ce soir-là",
      today: "ce soir",
      bedtime: "quand la dernière lueur du jour s’éteignit",
    },
    night: {
      once: "par une nuit tranquille",
      sky: "la lune était ronde et argentée, et les étoiles scintillaient",
      when: "la nuit",
      day: "cette nuit-là",
      today: "cette nuit",
      bedtime: "sous la lune qui veillait",
    },
  },
  lostThings: [
    noun("clochette d’argent", true, "a little silver bell"),
    noun("écharpe rayée", true, "a striped scarf"),
    noun("petite clé dorée", true, "a tiny golden key"),
  ],
  stuckThings: [
    noun("cerf-volant rouge", false, "a red kite"),
    noun("ballon jaune", false, "a yellow balloon"),
    noun("chapeau de paille", false, "a straw hat"),
  ],
  visitors: [
    { a: "un petit hérisson nommé Piquant", name: "Piquant", fem: false, gloss: "a little hedgehog" },
    { a: "une petite chouette nommée Plume", name: "Plume", fem: true, gloss: "a fluffy baby owl" },
    { a: "une minuscule souris nommée Bouton", name: "Bouton", fem: true, gloss: "a tiny mouse" },
    { a: "un jeune renardeau nommé Rouquin", name: "Rouquin", fem: false, gloss: "a young fox cub" },
    { a: "un caneton tout duveteux nommé Flaque", name: "Flaque", fem: false, gloss: "a fluffy yellow duckling" },
  ],
};
