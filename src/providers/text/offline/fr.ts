/** French grammar for the offline storyteller (see `grammar.ts`). Passé simple, as in picture books. */
import type { ArcLines, Ctx, FeelingArc, Grammar, Np, Ref, WishLines } from "./grammar";
import { cap, frVowel, prep } from "./words";

/** Agreement with the subject: "seul" → "seule". */
const e = (r: Ref) => (r.fem ? "e" : "");
const tout = (r: Ref) => (r.fem ? "toute" : "tout");
const il = (r: Ref) => (r.fem ? "elle" : "il");
/** An inverted dialogue tag: "dit-il", "murmura-t-elle". */
const inv = (verb: string, r: Ref) => `${verb}-${/[ae]$/.test(verb) ? "t-" : ""}${il(r)}`;
/** An object pronoun before a verb: "la retrouver", "l’avais", "les voir". */
const pro = (n: Np, verb: string) => (n.plural ? `les ${verb}` : frVowel(verb) ? `l’${verb}` : `${n.it} ${verb}`);
/** A past participle agreeing with a thing: "posée", "cachés". */
const ag = (n: Np, word: string) => word + (n.fem ? "e" : "") + (n.plural ? "s" : "");
const etait = (n: Np) => (n.plural ? "étaient" : "était");
const de = (np: string) => prep("fr", "de", np);
const a = (np: string) => prep("fr", "à", np);
/** "de voler", "d’écrire". */
const deInf = (verb: string) => (frVowel(verb) ? `d’${verb}` : `de ${verb}`);
/** The helpers' verb: one helper "trouva", several "trouvèrent". */
const v3 = (x: Ctx, one: string, many: string) => x.v(one, many);
/** A stressed pronoun for a thing: "sans lui", "sans elles". */
const lui = (n: Np) => (n.plural ? (n.fem ? "elles" : "eux") : n.fem ? "elle" : "lui");

/** What could not be read, in French quotes (finish() puts the no-break spaces in). */
const guillemets = (text: string) => `« ${text.trim().replace(/[\s.,;:!?…]+$/u, "")} »`;
/** "que le dragon", "qu’Emma", "qu’il". */
const que = (w: string) => (frVowel(w) ? `qu’${w}` : `que ${w}`);
/** "lui"/"elle" for someone. */
const soi = (r: Ref) => r.agr("lui", "elle");
const yetTo = (x: Ctx) =>
  x.doingMode === "cant"
    ? `n’arrivait pas encore à ${x.doing.inf}, et ${il(x.S)} en rêvait très fort`
    : x.doingMode === "learns"
      ? `apprenait à ${x.doing.inf}, un petit peu plus chaque jour`
      : `voulait ${x.doing.inf} plus que tout au monde`;
const dreamt = (x: Ctx) => x.doingMode === "cant" || x.doingMode === "wants" || x.doingMode === "learns";

/** Issue 17: the lines that say the child's own wish. `x.doing.inf` only ever in an infinitive construction. */
const wishFr: WishLines = {
  loves: [
    (x) => `Plus que tout au monde, ${x.S.the} adorait ${x.loves.the}.`,
    (x) =>
      `Si on demandait ${a(x.S.the)} ce qu’${il(x.S)} préférait,^ ${il(x.S)} répondait toujours : ${x.loves.the} !`,
    (x) => `${cap(x.S.the)} avait une chose préférée dans le monde entier, et c’était ${x.loves.the}.`,
    (x) => `Rien ne faisait sourire ${x.S.the} comme ${x.loves.the}.`,
    (x) => `${cap(x.S.the)} aimait tant ${x.loves.the} qu’${il(x.S)} en rêvait même la nuit.`,
  ],
  does: [
    (x) =>
      `Tout le monde savait ${que(x.S.the)} adorait ${x.doing.inf}.^ C’était ce qu’${il(x.S)} aimait faire le plus.`,
    (x) =>
      `Ce jour-là, comme tous les jours, ${x.S.the} avait envie ${deInf(x.doing.inf)},^ et rien ne ${x.S.fem ? "la" : "le"} rendait plus ${x.S.agr("heureux", "heureuse")}.`,
    (x) => `${cap(x.S.the)} passait ses journées à ${x.doing.inf}, en fredonnant une petite chanson.`,
    (x) =>
      `Si tu rencontrais ${x.S.the}, tu verrais vite ce qu’${il(x.S)} aimait :^ ${x.doing.inf}, du matin jusqu’au soir.`,
  ],
  wantsTo: [
    (x) => `${cap(x.S.the)} ${yetTo(x)}.`,
    (x) =>
      x.doingMode === "learns"
        ? `« J’apprends à ${x.doing.inf}, dit fièrement ${x.S.the}. Chaque jour, je fais un peu mieux. »`
        : `« Un jour, j’arriverai à ${x.doing.inf}, dit ${x.S.the}. Vous verrez ! »`,
    (x) =>
      x.doingMode === "learns"
        ? `Chaque jour, ${x.S.the} s’entraînait à ${x.doing.inf}, un tout petit peu à la fois.`
        : `${cap(x.S.the)} avait déjà essayé ${deInf(x.doing.inf)},^ mais ça n’avait jamais tout à fait marché. Pas encore.`,
    (x) =>
      x.doingMode === "learns"
        ? `${cap(x.S.the)} apprenait à ${x.doing.inf} un peu mieux chaque jour,^ et ${il(x.S)} en était très fi${x.S.agr("er", "ère")}.`
        : `Au fond de son cœur, ${x.S.the} ne souhaitait qu’une chose : ${x.doing.inf}.`,
  ],
  becomes: [
    (x) => `${cap(x.S.the)} rêvait de devenir ${x.becomes.bare} un jour.`,
    (x) => `« Quand je serai grand${x.S.e}, dit ${x.S.the}, je serai ${x.becomes.bare} ! »`,
    (x) => `Chaque soir, ${x.S.the} jouait ${a(x.becomes.the)}, pour s’entraîner.`,
    (x) => `${cap(x.S.the)} ne voulait qu’une chose : devenir ${x.becomes.bare}, un jour.`,
  ],
  tryDoing: [
    (x) =>
      `« J’ai une idée ! dit ${x.S.the}. Je vais ${x.doing.inf} ! »^ Alors ${il(x.S)} essaya, le plus soigneusement possible.`,
    (x) =>
      `${cap(x.S.the)} prit une grande inspiration et se mit à ${x.doing.inf}.^ Ce n’était pas facile,^ mais ${il(x.S)} continua.`,
    (x) =>
      `« Regardez bien », dit ${x.S.the}, et ${il(x.S)} commença à ${x.doing.inf}. Tout le monde retint son souffle.`,
    (x) =>
      `${cap(x.S.the)} décida ${deInf(x.doing.inf)}.^ Alors ${il(x.S)} essaya, tout doucement, un petit pas après l’autre.`,
  ],
  succeedDoing: [
    (x) => `Et cette fois, ${x.S.the} réussit vraiment à ${x.doing.inf}, mieux que jamais !`,
    (x) => `Alors ${x.S.the} arriva à ${x.doing.inf}, et tout le monde applaudit.`,
    (x) => `${cap(x.S.the)} réussit à ${x.doing.inf},^ et ce fut merveilleux, jusqu’au bout des orteils.`,
    (x) =>
      dreamt(x)
        ? `Enfin, ${x.S.the} pouvait ${x.doing.inf}, comme ${il(x.S)} en avait toujours rêvé.`
        : `Puis ${x.S.the} se remit à ${x.doing.inf}, plus ${x.S.agr("heureux", "heureuse")} que jamais,^ et tout le monde tapa dans ses mains.`,
  ],
  companionJoins: [
    (x) => `C’est alors qu’arriva ${x.C.a}, qui voulait venir aussi.`,
    (x) =>
      `Juste à ce moment-là, ${x.C.a} arriva avec un grand sourire.^ « Je peux venir avec vous ? » demanda ${x.C.the}.`,
    (x) => `${cap(x.C.a)} vint les rejoindre,^ et tout devint encore plus joyeux.`,
    (x) => `Bientôt, ${x.C.a} fut là, ${x.C.agr("prêt", "prête")} à aider.`,
    (x) =>
      `Et qui arriva à ce moment-là ? ${cap(x.C.a)} !^ L’aventure comptait maintenant ${x.C.agr("un ami", "une amie")} de plus.`,
  ],
  companionHelps: [
    (x) => `${cap(x.C.the)} aida, ${soi(x.C)} aussi, comme ${il(x.C)} seul${x.C.e} savait le faire.`,
    (x) => `${cap(x.C.the)} fit un gros câlin tout chaud ${a(x.S.the)}.`,
    (x) => `« Je suis là », dit ${x.C.the}, et ${il(x.C)} resta tout près.`,
    (x) => `${cap(x.C.the)} savait exactement quoi faire, et ${il(x.C)} le fit tout simplement.`,
    (x) => `${cap(x.C.the)} eut une bonne idée,^ et ${il(x.C)} la chuchota à l’oreille ${de(x.S.the)}.`,
  ],
  goesTo: [
    (x) => `Alors tout le monde partit, tout droit ${x.where.to}.`,
    (x) => `Bientôt, ils furent tous ${x.where.in}.`,
    (x) => `Et c’est ainsi que tout le monde se retrouva ${x.where.in}, ensemble.`,
    (x) => `« Allons ${x.where.to} ! » dit ${x.S.the}. Et c’est ce qu’ils firent.`,
  ],
  event: [
    (x) => `Et puis ce fut le moment ${de(x.event.the)} !`,
    (x) =>
      `${cap(x.event.the)} ${x.event.plural ? "allaient" : "allait"} bientôt commencer,^ et tout le monde était invité.`,
    (x) => `Tout le monde attendait ${x.event.the} avec impatience,^ et enfin, le grand jour était arrivé.`,
    (x) => `Comme on s’amusa ${x.event.in} !^ On rit, on applaudit, et tout le monde était content.`,
  ],
  thing: [
    (x) => `${cap(x.S.the)} serrait ${x.T.the} bien fort.`,
    (x) => `Puis ${x.S.the} aperçut ${x.T.a}, juste là où personne ne s’y attendait.`,
    (x) => `${cap(x.T.the)} ${etait(x.T)} exactement ce qu’il fallait.`,
    (x) => `${cap(x.S.the)} avait apporté ${x.T.his}, bien sûr.`,
    (x) => `« Regardez ! » dit ${x.S.the} en montrant ${x.T.his}. « Ça va nous aider. »`,
  ],
  endings: {
    friends: [
      (x) => `Et depuis ce jour, ${x.everyone} furent les meilleurs amis du monde.`,
      (x) => `Et c’est ainsi ${que(x.everyone)} devinrent amis, de ceux qui restent amis pour toujours.`,
      (x) =>
        `${cap(x.S.the)} avait maintenant une amitié pour toujours,^ et une amitié pour toujours, c’est ce qu’il y a de plus précieux.`,
      (x) => `« On sera encore amis demain ? » demanda ${x.S.the}. « Demain, et tous les jours », lui répondit-on.`,
    ],
    home: [
      (x) => `Et enfin, ${x.S.the} fut de retour chez ${soi(x.S)}, ${x.S.agr("sain et sauf", "saine et sauve")}.`,
      (x) => `Enfin à la maison ! ${cap(x.S.the)} entra, et tout était exactement à sa place.`,
      (x) => `On n’est nulle part aussi bien que chez soi,^ et ${x.S.the} était enfin chez ${soi(x.S)}, bien au chaud.`,
      (x) => `Le chemin du retour parut court et joyeux,^ et bientôt ${x.S.the} fut de retour à la maison.`,
    ],
    found: [
      () => `Et ce qui était perdu fut retrouvé, juste à temps.`,
      (x) => `${cap(x.S.the)} serra bien fort contre ${soi(x.S)} ce qu’on avait retrouvé.`,
      () => `Perdu, puis retrouvé : c’est l’un des plus grands bonheurs du monde.`,
      (x) => `Tout était enfin retrouvé, et ${x.S.the} poussa un grand soupir de soulagement.`,
    ],
    together: [
      () => `Et tout le monde était réuni, comme il se doit.`,
      (x) => `${cap(x.everyone)} se blottirent les uns contre les autres, enfin tous ensemble.`,
      () => `Être ensemble, c’était le plus beau de tout.`,
      (x) => `Personne n’était oublié, personne n’était tout seul :^ ${x.everyone} étaient ensemble.`,
    ],
    party: [
      () => `Et la journée se termina par la plus joyeuse des fêtes.`,
      () =>
        `Il y eut de la musique, des rires et même un peu de danse,^ parce qu’une belle journée mérite bien une fête.`,
      (x) => `${cap(x.everyone)} firent une grande fête, avec plein de hourras et un gâteau à partager.`,
      () => `Quelle fête ce fut ! Tout le monde dansa jusqu’à avoir sommeil.`,
    ],
    sleep: [
      (x) => `Et ${x.S.the} s’endormit profondément, avec un sourire.`,
      (x) => `${cap(x.S.the)} fit un grand bâillement,^ ferma les yeux et s’endormit tout doucement.`,
      (x) => `Bientôt, ${x.S.the} dormait à poings fermés, en faisant de jolis rêves.`,
      (x) => `Bien au chaud, ${x.S.the} s’endormit, sage comme une image.`,
    ],
    "wish-comes-true": [
      (x) => `Et le vœu ${de(x.S.the)} se réalisa.`,
      (x) => `${cap(x.S.the)} avait souhaité, souhaité très fort,^ et maintenant, son vœu s’était réalisé.`,
      () => `Parfois, quand on souhaite très fort et qu’on n’abandonne jamais, les vœux se réalisent vraiment.`,
      (x) => `« Mon vœu s’est réalisé ! » chuchota ${x.S.the}, les yeux brillants.`,
    ],
    brave: [
      (x) => `Et ${x.S.the} avait été ${x.S.agr("très courageux", "très courageuse")}.`,
      (x) =>
        `« Tu as été si ${x.S.agr("courageux", "courageuse")} ! » dit tout le monde ${a(x.S.the)},^ et ${x.S.the} se sentit grand${x.S.e} comme une montagne.`,
      (x) =>
        `${cap(x.S.the)} avait été ${x.S.agr("courageux", "courageuse")}, même avec le ventre tout noué,^ et c’est le plus beau des courages.`,
      (x) => `Ce jour-là, ${x.S.the} découvrit à quel point ${il(x.S)} était ${x.S.agr("courageux", "courageuse")}.`,
    ],
    win: [
      (x) => `Et ${x.S.the} gagna ! Tout le monde applaudit.`,
      (x) =>
        `${cap(x.S.the)} arriva ${x.S.agr("premier", "première")},^ et le plus beau des prix, ce furent les hourras de tout le monde.`,
      (x) => `Hourra ! ${cap(x.S.the)} avait gagné,^ et ${il(x.S)} partagea sa joie avec tout le monde.`,
      (x) => `${cap(x.S.the)} gagna,^ mais ce qu’${il(x.S)} aima le plus, c’est qu’on s’était tous bien amusés.`,
    ],
  },
  unread: [
    (x) =>
      `Et l’histoire de ce soir cachait encore un petit vœu, chuchoté rien que pour toi : ${guillemets(x.unread)}.`,
    (x) =>
      `Au fond du vœu, il y avait encore une petite chose : ${guillemets(x.unread)}. Les étoiles la gardent bien au chaud pour un autre soir.`,
    (x) =>
      `Et quelqu’un chuchota encore un petit vœu dans la nuit : ${guillemets(x.unread)}. La lune l’entendit, et elle sourit.`,
    (x) =>
      `Il y avait aussi un petit bout de vœu en plus : ${guillemets(x.unread)}. Celui-là, on le garde pour demain.`,
  ],
};

/** "l’aider", "la voir": an object pronoun for someone before a verb. */
const leV = (r: Ref, verb: string) => (frVowel(verb) ? `l’${verb}` : `${r.fem ? "la" : "le"} ${verb}`);
/** "s’il" / "si elle". */
const siIl = (r: Ref) => (r.fem ? "si elle" : "s’il");

/** Issue 17: the feeling arcs; `x.W` is who the feeling is about (not used in moving and tooth). */
const feelingFr: Record<FeelingArc, ArcLines> = {
  missing: {
    titles: [
      (x) => `${x.S.the} attend ${x.W.the}`,
      (x) => `Le retour ${de(x.W.the)}`,
      (x) => `Un câlin pour ${x.W.the}`,
    ],
    setup: [
      (x) =>
        `Ce soir-là, ${x.S.the} ne disait pas grand-chose. « ${cap(x.W.the)} me manque », ${inv("dit", x.S)} d’une toute petite voix.^ ${cap(x.W.the)} était parti${x.W.e} loin pour quelques jours,^ et sans ${soi(x.W)}, rien n’était tout à fait pareil.`,
      (x) =>
        `${cap(x.S.the)} pensait très fort ${a(x.W.the)}, qui était loin, très loin.^ « Quand est-ce qu’${il(x.W)} revient ? » ${inv("demanda", x.S)}.`,
      (x) =>
        `Tout était comme d’habitude, sauf une chose : ${x.W.the} n’était pas là.^ ${cap(x.S.the)} se sentait un peu vide à l’intérieur, comme une tasse sans chocolat chaud.^ « Je voudrais tant ${que(x.W.the)} soit là », ${inv("soupira", x.S)}.`,
      (x) =>
        `${cap(x.S.the)} serrait son oreiller bien fort. « Ce n’est pas pareil sans ${x.W.the} », ${inv("chuchota", x.S)}.^ Quand quelqu’un nous manque, c’est un très grand sentiment, même pour les plus courageux.`,
    ],
    try1: [
      (x) =>
        `« Occupons-nous ! » dit ${x.lead}, et on joua à un jeu très rapide.^ C’était amusant un moment,^ mais après, ${x.W.the} manquait toujours autant ${a(x.S.the)}.`,
      (x) =>
        `${cap(x.S.the)} essaya de ne plus penser du tout ${a(x.W.the)}.^ Mais plus ${il(x.S)} essayait, plus ${il(x.S)} y pensait,^ et le manque devenait encore plus grand.`,
      (x) =>
        `${cap(x.second)} proposa de compter les jours jusqu’au retour ${de(x.W.the)}.^ Mais compter les jours, c’est très long,^ et ${x.S.the} se fatigua d’attendre.`,
      (x) =>
        `${cap(x.S.the)} resta longtemps à guetter le retour ${de(x.W.the)}.^ Mais ${x.W.the} ne rentrait pas ce soir,^ et à force d’attendre, ${il(x.S)} se sentait encore plus seul${x.S.e}.`,
    ],
    try2: [
      (x) =>
        `Puis ${x.S.the} regarda une photo ${de(x.W.the)}. Elle était jolie,^ mais une photo ne peut pas faire de câlin,^ et ${x.S.the} renifla un petit peu.`,
      (x) =>
        `Ensuite, tout le monde fit le clown pour être très gai.^ ${cap(x.S.the)} rit une fois,^ mais le manque était toujours là, tout au fond, bien tranquille.`,
      (x) =>
        `Puis ${x.lead} dit : « Racontons notre journée ${a(x.W.the)} ! » Mais ${x.W.the} était trop loin pour entendre,^ alors il fallut trouver une autre idée.`,
      (x) =>
        `Ensuite, ${x.S.the} s’enroula dans la couverture préférée ${de(x.W.the)}.^ Elle avait un peu son odeur, et c’était doux,^ mais ${x.W.the} lui manqua encore plus.`,
    ],
    success: [
      (x) =>
        `Alors ${x.helper}, ${x.trait}, eut une idée toute douce. « Faisons un dessin pour ${x.W.the} », dit ${x.helper}.^ Alors ${x.S.the} dessina ${x.W.the} avec tout le monde, main dans la main,^ et c’était comme envoyer un câlin par la poste.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, dit : « Quand quelqu’un nous manque, c’est qu’on l’aime très fort. »^ Puis on appela ${x.W.the}, et voilà sa voix, chaude et joyeuse :^ « Tu me manques aussi. Je rentre très bientôt. »`,
      (x) =>
        `Alors ${x.helper}, ${x.trait}, montra la lune. « Ce soir, ${x.W.the} voit la même lune que nous », dit ${x.helper}.^ Alors ${x.S.the} fit coucou à la lune et chuchota bonne nuit,^ et quelque part, très loin, la lune brillait aussi pour ${x.W.the}.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, aida ${x.S.the} à fabriquer un petit calendrier, avec un cœur sur le dernier jour.^ « C’est le jour où ${x.W.the} rentre », dit ${x.helper}.^ Et chaque soir, il y aurait un jour de moins à attendre.`,
    ],
    resolution: [
      (x) =>
        `Et quelques jours plus tard, ${x.W.the} était de retour !^ ${cap(x.S.the)} courut se jeter dans ses bras pour le plus gros câlin du monde.^ « Tu m’as manqué, dit ${x.W.the}. J’ai pensé à toi tous les jours. »`,
      (x) =>
        `${cap(x.S.the)} se sentait plus ${x.S.agr("léger", "légère")}. ${cap(x.W.the)} rentrerait bientôt,^ et en attendant, l’amour pouvait voyager aussi loin qu’il le fallait.^ Et quand ${x.W.the} rentra enfin, ce fut le plus beau câlin de tous.`,
      (x) =>
        `Bientôt, ${x.W.the} rentra à la maison,^ les bras grands ouverts et un sourire pour ${x.S.the}.^ « Me revoilà », dit ${x.W.the}, et tout redevint comme avant.`,
      (x) =>
        `${cap(x.S.the)} fit un sourire tout ensommeillé. « ${cap(x.W.the)} va revenir », ${inv("dit", x.S)}.^ Et ${il(x.W)} revint : enfin à la maison, avec un câlin qui dura très, très longtemps.`,
    ],
    morals: [
      "Quand quelqu’un nous manque, c’est de l’amour qui doit attendre un peu.",
      "L’amour peut voyager très loin, et ceux qu’on aime reviennent.",
      "Un dessin, un coup de fil ou un coucou à la lune peuvent porter un câlin très loin.",
    ],
  },
  baby: {
    titles: [
      (x) => `${x.S.the} et ${x.W.the}`,
      () => `Assez de câlins pour tout le monde`,
      (x) => `${x.S.agr("Le grand frère", "La grande sœur")} ${de(x.W.the)}`,
    ],
    setup: [
      (x) =>
        `Depuis quelques jours, il y avait ${x.W.a} dans la famille ${de(x.S.the)}.^ Tout le monde parlait tout bas, regardait ${x.W.the} et souriait.^ « Et moi ? » ${inv("pensa", x.S)}, ${tout(x.S)} petit${x.S.e} dans son coin.`,
      (x) =>
        `${cap(x.W.the)} pleurait, puis ${il(x.W)} dormait, puis ${il(x.W)} mangeait,^ et tout le monde s’occupait ${de(x.W.the)}.^ « Plus personne ne me voit », chuchota ${x.S.the} ${a(x.lead)}.`,
      (x) =>
        `${cap(x.S.the)} regardait ${x.W.the} avec un drôle de sentiment dans le ventre.^ « ${cap(x.W.the)} est ${tout(x.W)} petit${x.W.e}, ${inv("dit", x.S)}. Et si tout le monde ${leV(x.W, "aimait")} plus que moi ? »`,
      (x) =>
        `Depuis ${que(x.W.the)} était là, rien n’était plus comme avant.^ ${cap(x.S.the)} ne savait pas bien ${siIl(x.S)} était content${x.S.e} ou un peu triste,^ ou les deux à la fois.`,
    ],
    try1: [
      (x) =>
        `${cap(x.S.the)} fit beaucoup de bruit, pour qu’on ${x.S.fem ? "la" : "le"} remarque.^ Mais le bruit réveilla ${x.W.the}, qui se mit à pleurer,^ et ce n’était pas du tout ce ${que(x.S.the)} voulait.`,
      (x) =>
        `« Moi aussi, je suis un bébé ! » dit ${x.S.the}, et ${il(x.S)} se mit à babiller dans une couverture.^ C’était drôle un moment,^ mais faire le bébé, c’est bien moins amusant que d’être ${x.S.agr("grand", "grande")}.`,
      (x) =>
        `${cap(x.S.the)} alla bouder dans un coin, ${tout(x.S)} seul${x.S.e}.^ Mais bouder, c’est long et un peu froid,^ et personne ne savait ce qui n’allait pas.`,
      (x) =>
        `${cap(x.second)} proposa de jouer très loin ${de(x.W.the)}.^ Mais même en jouant, ${x.S.the} pensait ${a(x.W.the)},^ et le drôle de sentiment restait là.`,
    ],
    try2: [
      (x) =>
        `Puis ${x.S.the} voulut montrer son plus beau jouet ${a(x.W.the)}.^ Mais ${x.W.the} était bien trop petit${x.W.e} pour jouer,^ et ${il(x.W)} se contenta de bâiller.`,
      (x) =>
        `Ensuite, ${x.S.the} fit tout comme ${x.S.agr("un grand", "une grande")} : ranger, se brosser les dents, mettre ses chaussures.^ Mais tout le monde berçait ${x.W.the},^ et ${x.S.the} poussa un gros soupir.`,
      (x) =>
        `Puis ${x.lead} expliqua qu’un bébé, ça grandit vite.^ Mais ${x.S.the} ne voulait pas attendre :^ ${il(x.S)} voulait un câlin, tout de suite.`,
      (x) =>
        `Ensuite, ${x.S.the} fit un dessin de la famille, mais ${il(x.S)} oublia exprès ${x.W.the}.^ Le dessin avait l’air tout vide,^ et ${x.S.the} sentit bien qu’il manquait quelqu’un.`,
    ],
    success: [
      (x) =>
        `Alors ${x.helper}, ${x.trait}, prit ${x.S.the} sur ses genoux. « Tu sais, dit ${x.helper}, l’amour, ce n’est pas un gâteau qu’on coupe en parts de plus en plus petites.^ Plus il y a de monde à aimer, plus il y en a. »^ ${cap(x.S.the)} se blottit, et ${il(x.S)} sentit que c’était vrai.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, montra ${a(x.S.the)} comment tenir la main ${de(x.W.the)}.^ Tout doucement, ${x.W.the} serra son doigt, très fort,^ et ${x.S.the} sentit son cœur fondre. « ${cap(il(x.W))} m’aime ! » ${inv("murmura", x.S)}.`,
      (x) =>
        `Alors ${x.helper}, ${x.trait}, dit : « ${cap(x.W.the)} a de la chance, tu sais : ${il(x.W)} a ${x.S.agr("un grand frère", "une grande sœur")} comme toi. »^ Juste à ce moment, ${x.W.the} regarda ${x.S.the} et fit son tout premier sourire.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, proposa ${a(x.S.the)} de chanter une berceuse ${a(x.W.the)}.^ ${cap(x.S.the)} chanta tout bas, et ${x.W.the} s’arrêta de pleurer pour écouter.^ « C’est ta voix ${que(il(x.W))} préfère », dit ${x.helper}, et tout le monde fit un câlin ${a(x.S.the)}.`,
    ],
    resolution: [
      (x) =>
        `${cap(x.S.the)} sourit. « Je crois qu’il y a assez d’amour pour nous deux », ${inv("dit", x.S)}.^ Et c’était vrai : tout le monde aimait ${x.S.the}, et tout le monde aimait ${x.W.the}.`,
      (x) =>
        `Ce soir-là, ${x.S.the} fit un bisou tout doux sur le front ${de(x.W.the)}. « Bonne nuit, mon petit cœur », ${inv("chuchota", x.S)}.^ Puis ce fut au tour ${de(x.S.the)} d’avoir un câlin, le plus gros de tous.`,
      (x) =>
        `${cap(x.S.the)} était ${x.S.agr("fier d’être le grand frère", "fière d’être la grande sœur")} ${de(x.W.the)}.^ « Quand tu seras ${x.W.agr("grand", "grande")}, je t’apprendrai plein de choses », ${inv("promit", x.S)}.`,
      (x) =>
        `Tout le monde se serra les uns contre les autres, ${x.S.the} tout près ${de(x.W.the)}.^ Il y avait de la place pour tout le monde,^ et de l’amour pour tout le monde aussi.`,
    ],
    morals: [
      "L’amour ne se coupe pas en petits morceaux : plus on est nombreux, plus il grandit.",
      "Un nouveau bébé, c’est quelqu’un de plus à aimer, et quelqu’un de plus pour nous aimer.",
      "Dans une famille, il y a toujours assez de câlins pour tout le monde.",
    ],
  },
  ill: {
    titles: [
      (x) => `Un dessin pour ${x.W.the}`,
      (x) => `Des bisous pour ${x.W.the}`,
      (x) => `${x.S.the} et ${x.W.the}, tout doucement`,
    ],
    setup: [
      (x) =>
        `« ${cap(x.W.the)} est malade, ${inv("dit", x.S)} tout bas. ${cap(il(x.W))} doit rester au lit,^ et je ne peux pas aller ${x.W.fem ? "la" : "le"} voir. »^ ${cap(x.S.the)} avait un petit nuage gris dans le cœur.`,
      (x) =>
        `${cap(x.S.the)} pensait très fort ${a(x.W.the)}, qui était malade et très fatigué${x.W.e}.^ « Est-ce qu’${il(x.W)} va guérir ? » ${inv("demanda", x.S)} d’une petite voix.`,
      (x) =>
        `${cap(x.W.the)} était malade : ${il(x.W)} toussait, et ${il(x.W)} avait besoin de beaucoup de repos.^ ${cap(x.S.the)} avait un petit nuage gris dans le cœur,^ et ${il(x.S)} ne savait pas comment ${leV(x.W, "aider")}.`,
      (x) =>
        `Depuis quelques jours, ${x.W.the} n’allait pas bien du tout.^ Les docteurs s’occupaient bien ${de(soi(x.W))},^ mais ${x.S.the} était ${x.S.agr("inquiet", "inquiète")}, et ${il(x.S)} aurait tant voulu ${leV(x.W, "aider")}.`,
    ],
    try1: [
      (x) =>
        `${cap(x.S.the)} voulut préparer une soupe pour ${x.W.the}.^ Mais la marmite était bien trop lourde,^ et il fallut demander de l’aide avant même d’avoir commencé.`,
      (x) =>
        `${cap(x.S.the)} décida d’être très, très sage et de ne faire aucun bruit.^ C’était gentil,^ mais le silence tout seul ne fait pas guérir plus vite.`,
      (x) =>
        `${cap(x.second)} proposa de cueillir des fleurs pour ${x.W.the}.^ Mais ${x.S.the} en cueillit tant qu’${il(x.S)} ne voyait plus où ${il(x.S)} marchait,^ et ${il(x.S)} se retrouva assis${x.S.e} dans un tas de pétales.`,
      (x) =>
        `${cap(x.S.the)} voulut aller voir ${x.W.the} tout de suite.^ Mais ${x.W.the} avait besoin de dormir pour reprendre des forces,^ alors il fallait attendre un peu.`,
    ],
    try2: [
      (x) =>
        `Puis ${x.S.the} essaya d’écrire une lettre, mais les mots ne voulaient pas venir,^ et la feuille resta toute blanche.`,
      (x) =>
        `Ensuite, ${x.lead} raconta une blague pour redonner le sourire ${a(x.S.the)}.^ ${cap(x.S.the)} rit un peu,^ mais le petit nuage gris était toujours là.`,
      (x) =>
        `Puis ${x.S.the} prépara un panier avec tout ce ${que(x.W.the)} aimait.^ Mais le panier devint si lourd qu’on ne pouvait plus le soulever,^ et tout le monde éclata de rire.`,
      (x) =>
        `Ensuite, on chercha une plume magique pour guérir ${x.W.the}.^ Mais on ne trouva que des plumes ordinaires,^ et ${x.S.the} comprit qu’il fallait autre chose : du temps, et beaucoup d’amour.`,
    ],
    success: [
      (x) =>
        `Alors ${x.helper}, ${x.trait}, eut une idée. « Faisons un dessin pour ${x.W.the} », dit ${x.helper}.^ ${cap(x.S.the)} dessina un grand soleil, des fleurs et un cœur tout rouge,^ et le dessin partit tout de suite chez ${x.W.the}.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, aida ${x.S.the} à appeler ${x.W.the}.^ Au bout du fil, la voix ${de(x.W.the)} était fatiguée, mais elle souriait :^ « Merci, mon trésor. Ça me fait tellement de bien de t’entendre. »`,
      (x) =>
        `Alors ${x.helper}, ${x.trait}, expliqua : « Les docteurs s’occupent bien ${de(soi(x.W))}, et ${il(x.W)} se repose. Chaque jour, ${il(x.W)} ira un peu mieux. »^ Alors ${x.S.the} envoya plein de bisous du bout des doigts, rien que pour ${x.W.the}.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, prit ${x.S.the} par la main.^ Ensemble, on apporta ${a(x.W.the)} une tasse de tisane et un petit bouquet,^ et ${x.W.the} ouvrit les yeux avec un grand sourire.`,
    ],
    resolution: [
      (x) =>
        `Jour après jour, ${x.W.the} alla un peu mieux.^ Et un beau matin, ${il(x.W)} put se lever et serrer ${x.S.the} très fort dans ses bras.`,
      (x) =>
        `${cap(x.W.the)} avait accroché le dessin juste à côté de son lit.^ « Chaque fois que je le regarde, je me sens mieux », dit ${x.W.the}.^ Et tout doucement, ${il(x.W)} guérissait.`,
      (x) =>
        `Le petit nuage gris s’en alla du cœur ${de(x.S.the)}.^ ${cap(x.W.the)} allait mieux, un peu plus chaque jour,^ et bientôt, on pourrait de nouveau jouer ensemble.`,
      (x) =>
        `« ${cap(x.W.the)} va guérir, tout doucement », ${inv("murmura", x.S)}. Et c’était vrai :^ chaque jour, ${x.W.the} allait un peu mieux, et ${il(x.W)} sentait tout l’amour qu’on lui envoyait.`,
    ],
    morals: [
      "Quand quelqu’un qu’on aime est malade, un dessin et un bisou peuvent voyager jusqu’à son cœur.",
      "Guérir prend du temps, et l’amour aide à chaque pas.",
      "On ne peut pas toujours guérir ceux qu’on aime, mais on peut toujours leur envoyer de l’amour.",
    ],
  },
  moving: {
    titles: [(x) => `La nouvelle maison ${de(x.S.the)}`, (x) => `${x.S.the} déménage`, () => `Un nouveau chez-soi`],
    setup: [
      (x) =>
        `Ce jour-là, il y avait des cartons partout : ${x.S.the} déménageait.^ « Je ne veux pas quitter mon ancienne maison, ${inv("dit", x.S)}.^ Et si je ne me plaisais pas dans la nouvelle ? »`,
      (x) =>
        `${cap(x.S.the)} était assis${x.S.e} sur un carton, au milieu de la nouvelle maison toute vide.^ « Ici, rien n’est à moi, ${inv("soupira", x.S)}. Même les bruits sont différents. »`,
      (x) =>
        `La nouvelle maison était grande et un peu étrange : les portes grinçaient autrement, et la fenêtre ne donnait pas sur le même ciel.^ ${cap(x.S.the)} serrait son doudou bien fort.^ « Ce n’est pas encore chez moi », ${inv("chuchota", x.S)}.`,
      (x) =>
        `Demain, ${x.S.the} allait habiter dans une nouvelle maison, loin de l’ancienne.^ ${cap(il(x.S))} avait le cœur tout serré,^ comme quand on dit au revoir à un vieil ami.`,
    ],
    try1: [
      (x) =>
        `${cap(x.S.the)} se cacha dans un grand carton, bien ${x.S.agr("décidé", "décidée")} à ne plus en sortir.^ Mais dans un carton, il fait noir et on s’ennuie vite,^ et ${x.S.the} finit par sortir le bout du nez.`,
      (x) =>
        `« Faisons comme si c’était l’ancienne maison », proposa ${x.lead}.^ Mais les placards n’étaient pas au même endroit,^ et ${x.S.the} se trompa de porte trois fois de suite.`,
      (x) =>
        `${cap(x.second)} voulut tout ranger très vite, pour que ce soit plus joli.^ Mais il y avait tant de cartons qu’on ne savait plus lequel ouvrir,^ et ${x.S.the} ne trouva même pas son pyjama.`,
      (x) =>
        `${cap(x.S.the)} essaya de dormir dans sa nouvelle chambre,^ mais le lit n’était pas au même endroit que d’habitude,^ et ${il(x.S)} ne savait plus de quel côté se tourner.`,
    ],
    try2: [
      (x) =>
        `Puis ${x.S.the} fit le tour de toutes les pièces, une par une.^ Mais elles étaient encore vides et pleines d’écho,^ et la maison semblait encore plus grande.`,
      (x) =>
        `Ensuite, ${x.lead} proposa d’écrire une lettre à l’ancienne maison.^ C’était gentil,^ mais une maison ne sait pas lire, et ${x.S.the} se sentait encore un peu perdu${x.S.e}.`,
      (x) =>
        `Puis ${x.S.the} regarda par la fenêtre pour trouver quelque chose de connu.^ Mais tout était nouveau : les arbres, la rue,^ et même les nuages avaient l’air différents.`,
      () =>
        `Ensuite, on essaya de tout mettre exactement comme avant.^ Mais la nouvelle chambre avait une autre forme,^ et le lit ne rentrait pas dans le même coin.`,
    ],
    success: [
      (x) =>
        `Alors ${x.helper}, ${x.trait}, eut une idée. « Une maison devient la tienne quand on y met ses trésors », dit ${x.helper}.^ Alors ${x.S.the} posa son doudou sur le lit, ses dessins au mur et sa veilleuse près de l’oreiller.^ Et petit à petit, la chambre se mit à lui ressembler.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, ouvrit la fenêtre. « Écoute », dit ${x.helper}. Dehors, un oiseau chantait, et pas très loin, des enfants riaient.^ « Ce sont tes nouveaux voisins », dit ${x.helper} avec un sourire.`,
      (x) =>
        `Alors ${x.helper}, ${x.trait}, proposa de donner un nom à chaque pièce : le coin des câlins, la salle des rires, la cabane à rêves.^ ${cap(x.S.the)} trouva ça si drôle qu’${il(x.S)} oublia d’être triste.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, dit : « Ce qui fait une maison, ce ne sont pas les murs. C’est nous, ensemble. »^ ${cap(x.S.the)} regarda tout le monde autour ${de(soi(x.S))},^ et ${il(x.S)} comprit que c’était vrai.`,
    ],
    resolution: [
      (x) =>
        `Ce soir-là, dans sa nouvelle chambre, ${x.S.the} se blottit sous la couette.^ « Bonne nuit, nouvelle maison », ${inv("chuchota", x.S)}.^ Et la maison, toute douce, sembla lui répondre bonne nuit.`,
      (x) =>
        `Petit à petit, la nouvelle maison devint sa maison à ${soi(x.S)}.^ ${cap(x.S.the)} connaissait chaque porte, chaque marche,^ et même le petit grincement du plancher, qui ressemblait à un bonjour.`,
      (x) =>
        `${cap(x.S.the)} sourit. « Je crois que je suis chez moi, maintenant », ${inv("dit", x.S)}.^ Et tout le monde se fit un grand câlin, au milieu des derniers cartons.`,
      (x) =>
        `Quelques jours plus tard, ${x.S.the} avait déjà un coin préféré, un nouvel ami et plein de nouveaux souvenirs.^ La nouvelle maison était devenue la sienne.`,
    ],
    morals: [
      "Une maison devient la nôtre quand on y met de l’amour et ses trésors.",
      "Ce qui fait une maison, ce ne sont pas les murs : ce sont ceux qu’on aime.",
      "Tout ce qui est nouveau devient familier, petit à petit.",
    ],
  },
  jealous: {
    titles: [(x) => `${x.S.the} et ${x.W.the}`, () => `Assez d’amour pour deux`, () => `La petite boule qui pique`],
    setup: [
      (x) =>
        `Ce jour-là, tout le monde félicitait ${x.W.the}, et ${x.S.the} fronçait les sourcils.^ « Pourquoi c’est toujours ${x.W.the} ? » ${inv("bougonna", x.S)}.^ ${cap(il(x.S))} avait comme une petite boule piquante dans le ventre.`,
      (x) =>
        `${cap(x.W.the)} avait reçu un beau cadeau, et ${x.S.the} aurait bien voulu le même.^ « Ce n’est pas juste », ${inv("murmura", x.S)}, les bras croisés.`,
      (x) =>
        `Tout le monde riait avec ${x.W.the}, et ${x.S.the} se sentait ${tout(x.S)} petit${x.S.e}, un peu oublié${x.S.e}.^ « Et moi, personne ne me regarde », ${inv("pensa", x.S)}.`,
      (x) =>
        `${cap(x.S.the)} regardait ${x.W.the} du coin de l’œil.^ Avoir envie de ce que quelqu’un d’autre a, c’est un sentiment qui pique un peu,^ et ce soir, il piquait fort.`,
    ],
    try1: [
      (x) =>
        `${cap(x.S.the)} essaya de faire encore mieux ${que(x.W.the)}, plus vite et plus fort.^ Mais à force de se presser, ${il(x.S)} trébucha,^ et la boule piquante grossit encore.`,
      (x) =>
        `${cap(x.S.the)} décida de bouder, ${tout(x.S)} seul${x.S.e} dans son coin.^ Mais bouder, c’est long et un peu froid,^ et personne ne savait ce qui n’allait pas.`,
      (x) =>
        `${cap(x.second)} proposa de jouer à autre chose, loin ${de(x.W.the)}.^ Mais le jeu était moins drôle sans ${soi(x.W)},^ et ${x.S.the} jetait sans cesse des coups d’œil derrière ${soi(x.S)}.`,
      (x) =>
        `${cap(x.S.the)} dit ${a(x.W.the)} des mots pas très gentils.^ Mais aussitôt, ${il(x.S)} se sentit encore plus mal,^ comme quand on avale un bonbon trop acide.`,
    ],
    try2: [
      (x) =>
        `Puis ${x.S.the} voulut prendre le jouet ${de(x.W.the)}.^ Mais ${x.W.the} le tenait bien fort, et tout le monde se mit à tirer,^ jusqu’à ce que le jouet s’envole dans les airs, boing !`,
      (x) =>
        `Ensuite, ${x.S.the} fit semblant de ne pas avoir envie de jouer.^ Mais ${x.W.the} s’amusait tellement ${que(x.S.the)} avait très envie de venir aussi.`,
      (x) =>
        `Puis ${x.lead} dit : « Chacun son tour ! »^ C’était une bonne idée,^ mais le tour ${de(x.S.the)} paraissait si loin qu’${il(x.S)} tapa du pied.`,
      (x) =>
        `Ensuite, ${x.S.the} demanda ${a(x.lead)} : « Tu m’aimes plus ${que(x.W.the)} ? »^ « Je t’aime, toi, répondit ${x.lead}. Et j’aime ${x.W.the} aussi. »^ Mais ${x.S.the} ne comprenait pas encore comment c’était possible.`,
    ],
    success: [
      (x) =>
        `Alors ${x.helper}, ${x.trait}, prit ${x.S.the} dans ses bras. « Dans un cœur, il y a de la place pour tout le monde, dit ${x.helper}.^ On t’aime ${x.S.agr("tel", "telle")} que tu es, et on aime ${x.W.the} aussi. »^ Et la boule piquante se mit à fondre, tout doucement.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, proposa un jeu à deux : ${x.S.the} et ${x.W.the}, ensemble.^ Et ensemble, ils construisirent la plus haute tour du monde,^ bien plus haute que ce qu’ils auraient fait chacun de son côté.`,
      (x) =>
        `Alors ${x.W.the} s’approcha ${de(x.S.the)} et lui tendit la main. « Tu veux jouer avec moi ? »^ ${cap(x.S.the)} hésita un instant, puis sourit,^ et la boule piquante disparut d’un coup.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, chuchota ${a(x.S.the)} : « Toi aussi, tu sais faire plein de choses merveilleuses. »^ ${cap(x.S.the)} se souvint de tout ce qu’${il(x.S)} savait faire,^ et ${il(x.S)} fut content${x.S.e} pour ${x.W.the}, tout simplement.`,
    ],
    resolution: [
      (x) =>
        `${cap(x.S.the)} et ${x.W.the} s’endormirent côte à côte.^ Chacun était aimé tout entier,^ et il y avait assez d’amour pour les deux.`,
      (x) =>
        `« Pardon pour tout à l’heure », dit ${x.S.the} ${a(x.W.the)}. « Ce n’est rien », répondit ${x.W.the} avec un grand sourire.^ Et ce fut le début d’une très belle soirée.`,
      (x) =>
        `${cap(x.S.the)} sentit son cœur redevenir tout léger.^ On pouvait être content pour quelqu’un d’autre et être aimé quand même :^ c’était ça, le secret.`,
      (x) =>
        `Ce soir-là, tout le monde eut droit à un câlin, ${x.S.the} comme ${x.W.the}.^ Et aucun câlin n’était plus petit que l’autre.`,
    ],
    morals: [
      "L’amour ne se partage pas en morceaux : chacun reçoit un cœur tout entier.",
      "On peut être content pour quelqu’un et être aimé tout autant.",
      "Dans un cœur, il y a toujours de la place pour deux.",
    ],
  },
  goodbye: {
    titles: [
      (x) => `${x.S.the} et ${x.W.the}, amis pour toujours`,
      () => `Le grand au revoir`,
      () => `Amis, même de loin`,
    ],
    setup: [
      (x) =>
        `Ce jour-là, ${x.W.the} vint voir ${x.S.the} avec une grande nouvelle.^ « Je vais habiter loin d’ici », dit ${x.W.the}.^ ${cap(x.S.the)} sentit son cœur se serrer tout fort.`,
      (x) =>
        `${cap(x.S.the)} et ${x.W.the} étaient les meilleurs amis du monde.^ Mais bientôt, ${x.W.the} allait partir,^ et ${x.S.the} ne voulait pas dire au revoir.`,
      (x) =>
        `« C’est demain ${que(x.W.the)} s’en va », ${inv("dit", x.S)} tout bas.^ « Et si on ne se revoyait plus jamais ? »`,
      (x) =>
        `Les valises ${de(x.W.the)} étaient prêtes.^ ${cap(x.S.the)} les regardait sans rien dire,^ avec une grosse boule dans la gorge.`,
    ],
    try1: [
      (x) =>
        `${cap(x.S.the)} voulut cacher les valises, pour ${que(x.W.the)} reste.^ Mais les valises étaient bien trop grosses,^ et de toute façon, ${x.W.the} devait partir.`,
      (x) =>
        `« Faisons comme si de rien n’était », proposa ${x.lead}.^ Mais tout le monde pensait au départ ${de(x.W.the)},^ et personne n’avait vraiment le cœur à jouer.`,
      (x) =>
        `${cap(x.S.the)} décida de ne pas dire au revoir du tout.^ Mais un départ sans au revoir, ça laisse le cœur tout vide,^ et ${x.S.the} le sentait bien.`,
      (x) =>
        `${cap(x.S.the)} essaya de penser à autre chose.^ Mais partout, il y avait des souvenirs ${de(x.W.the)},^ et chaque souvenir lui pinçait un peu le cœur.`,
    ],
    try2: [
      (x) =>
        `Puis ${x.S.the} voulut faire un cadeau, mais ${il(x.S)} ne trouvait rien d’assez beau.^ Tout paraissait trop petit pour une si grande amitié.`,
      (x) =>
        `Ensuite, ${x.S.the} et ${x.W.the} jouèrent à leur jeu préféré, une dernière fois.^ C’était joyeux,^ mais à la fin, ${x.S.the} eut encore plus de mal à dire au revoir.`,
      (x) =>
        `Puis ${x.lead} essaya de compter combien de kilomètres il y aurait entre eux.^ Mais c’était un très grand nombre,^ et ${x.S.the} préféra ne pas y penser.`,
      (x) =>
        `Ensuite, ${x.S.the} écrivit « reste » sur un petit papier.^ Mais un papier ne peut pas empêcher un déménagement,^ et ${il(x.S)} le rangea tout au fond de sa poche.`,
    ],
    success: [
      (x) =>
        `Alors ${x.helper}, ${x.trait}, dit : « Les vrais amis restent amis, même de loin.^ On peut s’écrire, s’appeler et s’envoyer des dessins. »^ ${cap(x.S.the)} et ${x.W.the} promirent de s’écrire chaque semaine.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, aida ${x.S.the} à fabriquer deux bracelets pareils, un pour chacun.^ « Comme ça, dit ${x.helper}, vous penserez l’un à l’autre chaque fois que vous les regarderez. »`,
      (x) =>
        `Alors ${x.helper}, ${x.trait}, montra le ciel. « Où que vous soyez, vous verrez la même lune », dit ${x.helper}.^ Alors ${x.S.the} et ${x.W.the} décidèrent de lui dire bonsoir chaque soir, chacun de son côté.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, proposa de faire un grand dessin de tous leurs souvenirs, puis de le couper en deux.^ ${cap(x.S.the)} en garda une moitié, ${x.W.the} emporta l’autre,^ et les deux moitiés seraient toujours faites pour aller ensemble.`,
    ],
    resolution: [
      (x) =>
        `Au moment de partir, ${x.W.the} fit un grand câlin ${a(x.S.the)}. « Amis pour toujours ? — Pour toujours ! »^ Et c’était vrai.`,
      (x) =>
        `Quelques jours plus tard, une lettre arriva pour ${x.S.the}. Elle venait ${de(x.W.the)} :^ « Tu me manques, mais tu restes ${x.S.agr("mon meilleur ami", "ma meilleure amie")}. »`,
      (x) =>
        `${cap(x.S.the)} fit au revoir de la main jusqu’à ce ${que(x.W.the)} ne soit plus qu’un petit point au loin.^ Mais dans son cœur, ${x.W.the} restait tout près.`,
      (x) =>
        `${cap(x.S.the)} sourit en pensant ${a(x.W.the)}.^ Être loin, ça ne change rien pour les vrais amis :^ ils restent amis, tout simplement.`,
    ],
    morals: [
      "Les vrais amis restent amis, même très loin l’un de l’autre.",
      "Dire au revoir, ce n’est pas se perdre : c’est se promettre de se retrouver.",
      "Une amitié, ça voyage aussi loin qu’il le faut.",
    ],
  },
  tooth: {
    titles: [
      (x) => `${x.S.the} et la petite souris`,
      () => `La dent qui bouge`,
      () => `Une dent pour la petite souris`,
    ],
    setup: [
      (x) =>
        `Ce jour-là, ${x.S.the} avait une nouvelle très importante : une de ses dents bougeait !^ « Regardez, elle fait gigoti-gigota », ${inv("dit", x.S)} en la poussant du bout de la langue.`,
      (x) =>
        `${cap(x.S.the)} avait une dent qui bougeait, et ça faisait tout drôle.^ « Et si elle tombe ? ${inv("demanda", x.S)}. Est-ce que ça fait mal ? »`,
      (x) =>
        `En croquant dans une pomme, ${x.S.the} sentit quelque chose de bizarre : une dent toute branlante !^ ${cap(il(x.S))} ouvrit grand la bouche pour que tout le monde puisse voir.`,
      (x) =>
        `Depuis le matin, ${x.S.the} ne pensait qu’à une chose : sa dent qui bougeait.^ « Quand est-ce qu’elle va tomber ? » ${inv("demanda", x.S)} au moins dix fois.`,
    ],
    try1: [
      (x) =>
        `${cap(x.S.the)} essaya de faire tomber sa dent en la poussant avec la langue, encore et encore.^ Mais la dent voulait prendre son temps,^ et elle resta bien accrochée.`,
      (x) =>
        `« Croque une carotte ! » proposa ${x.lead}.^ ${cap(x.S.the)} croqua, croqua, croqua,^ mais la dent ne tomba pas, et c’est la carotte qui disparut.`,
      (x) =>
        `${cap(x.second)} proposa de ne plus y penser du tout.^ Mais une dent qui bouge, on y pense tout le temps,^ et ${x.S.the} la touchait sans arrêt.`,
      (x) =>
        `${cap(x.S.the)} sauta sur place, pour voir si la dent tomberait toute seule.^ Mais elle tenait bon,^ et ${x.S.the} eut juste un peu le tournis.`,
    ],
    try2: [
      (x) =>
        `Puis ${x.S.the} regarda sa dent dans un miroir pendant très longtemps.^ Mais regarder une dent ne la fait pas tomber plus vite,^ et ${x.S.the} commença à s’impatienter.`,
      (x) =>
        `Ensuite, ${x.lead} raconta que la petite souris venait chercher les dents sous l’oreiller.^ « Et si elle ne trouve pas la mienne ? » s’inquiéta ${x.S.the}.^ Et la dent, elle, ne tombait toujours pas.`,
      (x) =>
        `Puis ${x.S.the} voulut rester ${x.S.agr("éveillé", "éveillée")} toute la nuit pour voir la petite souris.^ Mais la petite souris ne vient que quand on dort,^ alors ce n’était pas une très bonne idée.`,
      (x) =>
        `Ensuite, ${x.S.the} écrivit une lettre à la petite souris.^ Mais ${il(x.S)} n’avait pas encore de dent à glisser avec,^ car elle n’était toujours pas tombée.`,
    ],
    success: [
      (x) =>
        `Alors ${x.helper}, ${x.trait}, dit : « Une dent tombe quand elle est prête, pas avant. »^ Et un peu plus tard, plop ! la petite dent tomba toute seule, sans faire mal du tout.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, sourit : « Tu sais pourquoi elle bouge ? Parce que tu grandis ! »^ ${cap(x.S.the)} éclata de rire,^ et hop ! la petite dent tomba toute seule, sans faire mal.`,
      (x) =>
        `Alors ${x.helper}, ${x.trait}, donna ${a(x.S.the)} une petite boîte pour ranger la dent.^ Et juste après, en croquant un bout de pain, ${x.S.the} sentit la dent partir, tout doucement, sans aucun mal.`,
      (x) =>
        `${cap(x.helper)}, ${x.trait}, dit : « Laisse-la tranquille, elle tombera quand elle sera prête. »^ ${cap(x.S.the)} arrêta d’y toucher,^ et le soir même, la dent tomba toute seule, comme une petite perle.`,
    ],
    resolution: [
      (x) =>
        `Ce soir-là, ${x.S.the} posa sa dent sous l’oreiller et ferma les yeux.^ Et pendant la nuit, sur la pointe des pattes, la petite souris vint la chercher et laissa une pièce toute brillante.`,
      (x) =>
        `${cap(x.S.the)} souriait avec un petit trou tout neuf. « J’ai perdu ma dent ! » ${inv("dit", x.S)}, ${x.S.agr("tout fier", "toute fière")}.^ Et sous l’oreiller, la dent attendait la visite de la petite souris.`,
      () =>
        `Au matin, à la place de la dent, il y avait une petite surprise et un mot minuscule :^ « Merci pour ta jolie dent. La petite souris. »`,
      (x) =>
        `${cap(x.S.the)} s’endormit en rêvant de la petite souris, qui trottinait déjà vers son oreiller.^ Une nouvelle dent allait pousser, toute neuve, parce ${que(il(x.S))} grandissait.`,
    ],
    morals: [
      "Une dent qui tombe, c’est le signe qu’on grandit.",
      "Chaque chose arrive quand elle est prête, même une petite dent.",
      "Grandir, c’est parfois un petit trou dans un grand sourire.",
    ],
  },
};

export const fr: Grammar = {
  lang: "fr",
  with: "avec",
  and: "et",
  // French typography: a no-break space before ? ! : ; » and after «.
  finish: (text) => text.replace(/ ([?!:;»])/g, "\u00a0$1").replace(/« /g, "«\u00a0"),
  titleCase: (text) => cap(text),
  wish: wishFr,

  arcs: {
    sleepless: {
      titles: [
        (x) => `${x.S.the} qui n’arrivait pas à dormir`,
        (x) => `Une berceuse pour ${x.S.the}`,
        (x) => `La nuit blanche ${de(x.S.the)}`,
      ],
      setup: [
        (x) =>
          `Comme la lumière devenait toute douce, ${x.all} ${v3(x, "entendit", "entendirent")} un long soupir tremblotant. C’était ${x.S.a}, ${tout(x.S)} seul${e(x.S)}, les yeux grands ouverts,^ et pas du tout endormi${e(x.S)}. « Je n’arrive pas à dormir, dit ${x.S.the}. J’essaie, j’essaie,^ mais mes yeux ne veulent pas rester fermés. »`,
        (x) =>
          `Juste à ce moment-là, ${x.S.a} passa en bâillant et en se frottant les yeux. « Tout le monde dort, chuchota ${x.S.the},^ mais moi, je suis ${tout(x.S)} réveillé${e(x.S)}, et la nuit me paraît très longue. » ${cap(x.all)} ${v3(x, "comprit", "comprirent")} tout de suite qu’il fallait l’aider.`,
        (x) =>
          `Quand vint le soir, ${x.all} ${v3(x, "remarqua", "remarquèrent")} ${x.S.a} qui tournait en rond, encore et encore. « J’ai perdu mon sommeil, ${inv("dit", x.S)} d’une toute petite voix. Il est parti se promener sans moi,^ et je ne sais pas quand il reviendra. »`,
        (x) =>
          `${cap(x.S.a)} se tournait et se retournait comme une crêpe dans la poêle. « Mon lit est trop chaud, puis trop froid, puis trop bosselé, ${inv("bougonna", x.S)}.^ Et plus je me tourne, plus je suis réveillé${e(x.S)} ! » ${cap(x.all)} ${v3(x, "s’approcha", "s’approchèrent")} sans faire de bruit.`,
      ],
      try1: [
        (x) =>
          `« Comptons les moutons », proposa ${x.lead}. Alors tout le monde compta : un mouton tout doux, deux moutons tout doux, jusqu’à quarante-sept.^ Mais à force de compter, ${x.S.the} se demanda ce qui venait après,^ et bientôt ses yeux furent plus grands ouverts que jamais.`,
        (x) =>
          `${cap(x.second)} apporta une tasse de lait chaud. ${cap(x.S.the)} la but d’un seul coup,^ et aussitôt, le hoquet arriva : hic ! hic ! Personne ne peut s’endormir avec le hoquet,^ alors ça ne marcha pas du tout.`,
        (x) =>
          `« Il faut bâiller, dit ${x.lead}, parce que les bâillements, ça s’attrape. » Alors tout le monde bâilla, de grands bâillements tout ronds.^ Mais ${x.S.the} trouva ça si drôle qu’${il(x.S)} éclata de rire,^ et le rire, ça réveille encore plus.`,
        (x) =>
          `${cap(x.second)} conseilla de penser à des choses très ennuyeuses : une flaque d’eau, un caillou gris, une chaussette toute seule.^ Mais ${x.S.the} se demanda où était passée l’autre chaussette,^ et ce fut le début d’une grande enquête.`,
      ],
      try2: [
        (x) =>
          `Ensuite, ${x.lead} raconta une histoire, mais elle était pleine de pirates et de courses-poursuites,^ et ${x.S.the} se redressa pour connaître la suite. Une histoire trop palpitante, ça réveille au lieu d’endormir.`,
        (x) =>
          `Puis on construisit une montagne d’oreillers pour ${x.S.the}. Elle était magnifique,^ mais elle vacillait au moindre mouvement,^ et ${x.S.the} glissait sans cesse par terre, boum.`,
        (x) =>
          `Puis ${x.lead} proposa de chuchoter des mots doux, tout bas : « coussin », « plume », « nuage ».^ Mais ${x.S.the} en trouva d’autres, « guimauve », « pantoufle », « moustache »,^ et chaque nouveau mot ${x.S.fem ? "la" : "le"} faisait glousser un peu plus.`,
        (x) =>
          `Ensuite, ${x.second} chanta une chanson pour ${x.S.the}, mais c’était une chanson à taper dans les mains,^ et bientôt tout le monde tapait, sautait et tournait en rond. Ce n’est pas vraiment comme ça qu’on s’endort.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, eut une idée toute douce. « Arrêtons d’essayer si fort, dit ${x.helper}. Écoutons, tout simplement. » Tout le monde resta immobile, et ${x.p.sound}.^ ${cap(x.S.the)} respira lentement, tout doucement,^ et ses paupières commencèrent à se fermer.`,
        (x) =>
          `Enfin, ${x.helper}, ${x.trait}, se mit à fredonner la plus douce des berceuses. Tout le monde fredonna aussi, de plus en plus bas.^ Une chanson lente rend les pensées lentes, elles aussi,^ et bientôt ${x.S.the} fit un énorme bâillement.`,
        (x) =>
          `Alors ${x.helper}, ${x.trait}, ouvrit grand les bras. « Viens là, dit ${x.helper}. Un câlin, c’est comme une couverture qui respire. » ${cap(x.S.the)} se blottit tout contre ${x.helper} et écouta son cœur battre, boum… boum…^ Peu à peu, ses yeux se fermèrent presque tout seuls.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, borda ${x.S.the} jusqu’au menton et ${x.S.fem ? "la" : "le"} serra tout doucement.^ Puis chacun vint se blottir tout près, bien au chaud, comme des petits pains dans leur corbeille,^ et ${x.S.the} sentit le sommeil revenir sur la pointe des pieds.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} se pelotonna dans ${x.p.bed}. « Merci », ${inv("murmura", x.S)}, déjà à moitié endormi${e(x.S)}. « Je crois que je sais comment faire, maintenant. »`,
        (x) =>
          `« C’est ça, avoir sommeil ? chuchota ${x.S.the}. C’est merveilleux. » Et ${il(x.S)} se blottit dans ${x.p.bed} avec un sourire.`,
        (x) =>
          `${cap(x.S.the)} ouvrit un œil, puis le referma. « Je crois que mon sommeil est revenu, ${inv("chuchota", x.S)}. Il était juste parti faire un petit tour. » Et ${il(x.S)} s’endormit avant même d’avoir fini de sourire.`,
        (x) =>
          `« Bonne nuit, tout le monde », bredouilla ${x.S.the}, la voix toute ensommeillée. Et pour la première fois de la soirée, les yeux ${de(x.S.the)} restèrent fermés sans qu’${il(x.S)} ait besoin d’essayer.`,
      ],
      morals: [
        "Le sommeil vient tout doucement quand on arrête de lui courir après et qu’on écoute.",
        "Une chanson lente et un ami tout près, voilà le meilleur chemin vers les rêves.",
        "Un câlin bien chaud, c’est souvent le plus court chemin vers le sommeil.",
      ],
    },
    afraid: {
      titles: [
        (x) => `${x.S.the} qui avait peur ${de(x.fear.the)}`,
        (x) => `${x.S.the} et ${x.fear.the}`,
        (x) => `Le courage ${de(x.S.the)}`,
      ],
      setup: [
        (x) =>
          `Sous un buisson, ${x.all} ${v3(x, "trouva", "trouvèrent")} ${x.S.a}, roulé${e(x.S)} en boule et ${tout(x.S)} tremblant${e(x.S)}. « Qu’est-ce qui ne va pas ? » demanda ${x.lead}. « C’est ${x.fear.the}, chuchota ${x.S.the}. J’ai peur ${de(x.fear.the)},^ et ce soir, je ne pense qu’à ça. »`,
        (x) =>
          `${cap(x.S.a)} arriva en courant, en regardant derrière ${x.S.fem ? "elle" : "lui"}. « Oh, ${x.fear.the} ! couina ${x.S.the}. Je n’aime pas du tout ${x.fear.the}. » ${cap(x.all)} ${v3(x, "voyait", "voyaient")} bien ${que(x.S.the)} avait très peur.`,
        (x) =>
          `Au détour du chemin, ${x.all} ${v3(x, "aperçut", "aperçurent")} deux yeux ronds qui brillaient derrière une pierre. C’était ${x.S.a}, qui n’osait plus bouger. « J’ai si peur ${de(x.fear.the)}, souffla ${x.S.the},^ que je n’ose plus faire un seul pas. »`,
        (x) =>
          `${cap(x.S.a)} s’était construit un petit fort de feuilles et de brindilles, et ${il(x.S)} ne voulait plus en sortir. « C’est à cause ${de(x.fear.the)}, ${inv("avoua", x.S)}.^ Rien que d’y penser, j’ai les genoux en gelée de groseille. »`,
      ],
      try1: [
        (x) =>
          `D’abord, ${x.S.the} essaya de se cacher sous une grande feuille, les yeux bien fermés.^ Mais quand on ne voit rien, chaque petit bruit paraît plus gros,^ et ${x.S.the} eut encore plus peur.`,
        (x) =>
          `« Faisons comme si ${x.fear.the} n’${x.fear.plural ? "existaient" : "existait"} pas », proposa ${x.second}. Tout le monde essaya très fort de ne pas penser ${a(x.fear.the)}.^ Mais plus on essayait, plus on y pensait,^ et ${x.S.the} frissonna.`,
        (x) =>
          `${cap(x.lead)} roula une grande feuille en longue-vue, pour surveiller ${x.fear.the} de très loin.^ Mais dans une longue-vue, tout paraît plus gros,^ et ${x.S.the} recula d’un bond.`,
        (x) =>
          `D’abord, ${x.S.the} jeta un coup d’œil entre ses doigts, un coup d’œil minuscule.^ Mais entre des doigts, le monde est plein de rayures et d’ombres bizarres,^ et ${x.S.the} referma vite les yeux.`,
      ],
      try2: [
        (x) =>
          `Alors ${x.lead} cria « Va-t’en ! » de sa plus grosse voix.^ Mais l’écho répondit « Va-t’en ! Va-t’en ! »,^ et ${x.S.the} sursauta encore plus fort.`,
        (x) =>
          `Ensuite, on construisit un mur de cailloux pour empêcher ${x.fear.the} d’entrer.^ Mais aucun mur ne peut arrêter ${x.fear.the},^ et ${x.S.the} jetait toujours des regards inquiets par-dessus.`,
        (x) =>
          `Ensuite, ${x.second} alla chercher une lanterne et la brandit bien haut.^ Mais la lanterne faisait danser de grandes ombres tout autour,^ et ${x.S.the} crut voir ${x.fear.the} dans chacune d’elles.`,
        (x) =>
          `Puis ${x.lead} proposa de regarder ${x.fear.the} la tête en bas, pour ${pro(x.fear, "voir")} autrement.^ Mais la tête en bas, on a vite le tournis,^ et ${x.S.the} se retrouva assis${e(x.S)} par terre, avec la tête qui tournait comme une toupie.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, s’assit tout près ${de(x.S.the)}. « Regardons ensemble, tout doucement », dit ${x.helper}. Alors on regarda,^ et tout était plein de petites choses gentilles : ${x.p.sound}. Rien ni personne ne voulait faire peur.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, tendit la main ${a(x.S.the)}. « Quand on est ensemble, ça devient plus petit », dit ${x.helper}. Côte à côte, on s’approcha tout près ${de(x.fear.the)}.^ De près, ce n’était pas effrayant du tout ;^ c’était juste le monde, bien tranquille.`,
        (x) =>
          `Alors ${x.helper}, ${x.trait}, prit ${x.S.the} dans ses bras, sans rien dire. Bien serré${e(x.S)} contre ${x.helper}, ${x.S.the} osa enfin regarder ${x.fear.the}.^ Et dans un câlin, tout paraît moins grand, même ${x.fear.the}.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, ouvrit grand sa couverture. « Viens, il y a de la place pour tout le monde », dit ${x.helper} ${a(x.S.the)}. On se serra dessous, épaule contre épaule,^ et de là, bien au chaud, ${x.fear.the} ${x.fear.plural ? "avaient" : "avait"} l’air tout à fait ordinaire${x.fear.plural ? "s" : ""}.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} poussa un long soupir. « ${cap(x.fear.the)}, ce n’est pas si effrayant quand on a des amis », ${inv("dit", x.S)},^ et ${il(x.S)} sourit même un peu.`,
        (x) =>
          `« J’ai été courageu${x.S.fem ? "se" : "x"} ! » s’écria ${x.S.the}, ${tout(x.S)} surpris${e(x.S)}. « Oui, dit ${x.lead}. Être courageux, ce n’est pas ne jamais avoir peur.^ C’est essayer quand même. »`,
        (x) =>
          `« Tu sais, ${x.fear.the}, ça fait moins peur quand on ${pro(x.fear, "connaît")} mieux », ${inv("dit", x.S)} en bâillant.^ Et ${il(x.S)} se pelotonna contre ses amis, tranquille comme un chaton.`,
        (x) =>
          `${cap(x.S.the)} ne tremblait plus du tout. « Demain soir, si j’ai encore un peu peur, ${inv("demanda", x.S)}, vous serez là ? — Toujours », ${v3(x, "répondit", "répondirent")} ${x.all}.`,
      ],
      morals: [
        "Ce qui nous fait peur devient plus petit quand on le regarde ensemble.",
        "Être courageux, ce n’est pas ne pas avoir peur : c’est tenir la main d’un ami et essayer.",
        "Dans un câlin, même les plus grandes peurs deviennent toutes petites.",
      ],
    },
    first: {
      titles: [
        (x) => `${x.S.the} et ${x.first}`,
        (x) => `Le grand jour ${de(x.S.the)}`,
        (x) => `Les papillons ${de(x.S.the)}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} était assis${e(x.S)} sur une pierre, sans un mot. « Demain, c’est ${x.first}, dit ${x.S.the},^ et je ne sais pas comment ça va se passer. Et si personne ne voulait jouer avec moi ? »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "trouva", "trouvèrent")} ${x.S.a} en train de s’entraîner à dire bonjour, encore et encore. « Demain, c’est ${x.first}, expliqua ${x.S.the},^ et j’ai plein de papillons dans le ventre. »`,
        (x) =>
          `Ce soir-là, ${x.all} ${v3(x, "croisa", "croisèrent")} ${x.S.a} qui n’avait même pas touché à son goûter. « Demain, c’est ${x.first}, ${inv("soupira", x.S)}.^ Et si je me perds ? Et si personne ne me comprend ? »`,
        (x) =>
          `${cap(x.S.a)} essayait son sac sur le dos, puis sur le ventre, puis sur la tête. « C’est pour ${x.first}, ${inv("expliqua", x.S)}. Je voudrais que tout soit parfait,^ mais j’ai l’impression que rien ne l’est. »`,
      ],
      try1: [
        (x) =>
          `« Si je me cache, demain ne viendra peut-être pas », dit ${x.S.the}, et ${il(x.S)} se cacha derrière ${x.lead}.^ Mais demain arrive toujours, même pour ceux qui se cachent,^ et les papillons ne se calmèrent pas.`,
        (x) =>
          `${cap(x.second)} fit une longue liste de choses à ne pas oublier.^ Mais la liste était si longue ${que(x.S.the)} avait oublié le début avant d’entendre la fin,^ et les papillons s’agitèrent de plus belle.`,
        (x) =>
          `« Moi, la première fois, j’avais mis mes chaussures à l’envers », raconta ${x.lead} pour faire rire ${x.S.the}.^ Mais ${x.S.the} ouvrit de grands yeux : « Alors, ça peut m’arriver aussi ? » Et son petit ventre se noua encore plus.`,
        (x) =>
          `${cap(x.second)} proposa ${a(x.S.the)} de répéter ce qu’${il(x.S)} dirait demain. « Bonjour, je m’appelle… » commença ${x.S.the},^ puis ${il(x.S)} rougit, bafouilla et ne sut plus du tout comment ${il(x.S)} s’appelait.`,
      ],
      try2: [
        (x) =>
          `Ensuite, on joua à faire semblant, et ${x.lead} fit la maîtresse. C’était amusant,^ mais ${x.S.the} demanda quand même : « Et si, pour de vrai, c’est différent ? »`,
        (x) =>
          `Puis on prépara un sac avec tout ce dont ${x.S.the} pourrait avoir besoin : un goûter, un crayon et une chaussette de rechange.^ Le sac était prêt,^ mais ${x.S.the} ne se sentait pas encore prêt${e(x.S)}.`,
        (x) =>
          `Ensuite, ${x.lead} dessina un plan avec un bâton : ici l’entrée, là le coin pour se reposer, là-bas l’endroit pour jouer.^ Mais ${x.S.the} demanda tout bas : « Et si, demain, tout est rangé autrement ? »`,
        (x) =>
          `Puis on s’entraîna à se dire au revoir sans pleurer, en agitant la main, encore et encore.^ Mais rien que d’y penser, ${x.S.the} sentit sa lèvre trembler un tout petit peu.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Là-bas, tout le monde sera nouveau aussi. Tout le monde a des papillons dans le ventre. » ${cap(x.S.the)} cligna des yeux. « Tout le monde ? — Tout le monde », dit ${x.helper}.^ Et, sans qu’on sache comment, les papillons se posèrent.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, eut une idée : « Demain, cherche quelqu’un qui a l’air un peu inquiet, et dis-lui bonjour.^ Comme ça, vous aurez un ami tous les deux. » ${cap(x.S.the)} s’entraîna à dire bonjour jusqu’à ce que ce soit facile.`,
        (x) =>
          `Alors ${x.helper}, ${x.trait}, tendit ${a(x.S.the)} un petit caillou tout lisse. « Garde-le dans ta poche, dit ${x.helper}. Quand tu le toucheras, tu sauras qu’on pense à toi. » ${cap(x.S.the)} serra le caillou très fort,^ et tout le monde fit une ronde joyeuse autour du nouveau porte-bonheur.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, inventa une chanson pour demain, rien que pour ${x.S.the}. « Un pas, deux pas, bonjour les amis ! Trois pas, quatre pas, me voici ! » ${cap(x.S.the)} la chanta à tue-tête en sautillant,^ et les papillons se mirent à danser au lieu de s’agiter.`,
      ],
      resolution: [
        (x) =>
          `« Je crois que je suis prêt${e(x.S)} », dit ${x.S.the}, et c’était vrai. Demain serait nouveau,^ et les choses nouvelles peuvent être merveilleuses.`,
        (x) =>
          `${cap(x.S.the)} fit un petit sourire courageux. « Vous me ferez coucou demain matin ? — On fera les plus grands coucous du monde », ${v3(x, "promit", "promirent")} ${x.all}.`,
        (x) =>
          `« Demain, c’est moi qui dirai bonjour ${x.S.fem ? "la première" : "le premier"} », décida ${x.S.the}.^ Et ${il(x.S)} posa son sac tout près ${de(x.p.bed)}, prêt pour le matin.`,
        (x) =>
          `${cap(x.S.the)} bâilla un grand coup. « En fait, j’ai hâte, ${inv("avoua", x.S)}. Juste un peu. Mais j’ai hâte. » Et tout le monde sourit dans la pénombre.`,
      ],
      morals: [
        "Tout le monde est un peu inquiet devant les choses nouvelles, et c’est normal.",
        "Un nouvel endroit est plein d’amis qu’on n’a pas encore rencontrés.",
        "Les papillons dans le ventre se calment quand on sait que des amis pensent à nous.",
      ],
    },
    learn: {
      titles: [
        (x) => `${x.S.the} qui voulait ${x.goal.inf}`,
        (x) => `${x.S.the} apprend à ${x.goal.inf}`,
        (x) => `Comment ${x.S.the} apprit à ${x.goal.inf}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} passa par là en regardant le ciel avec un soupir. « Je voudrais tellement ${x.goal.inf}, ${inv("dit", x.S)},^ mais je n’y suis jamais arrivé${e(x.S)}, pas même une fois. »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "rencontra", "rencontrèrent")} ${x.S.a} qui s’entraînait ${tout(x.S)} seul${e(x.S)}, et ça ne marchait pas du tout. « J’essaie ${deInf(x.goal.inf)}, dit ${x.S.the},^ mais je n’y arrive pas. »`,
        (x) =>
          `${cap(x.S.a)} regardait les autres avec envie, le menton dans les mains. « Tout le monde sait ${x.goal.inf}, sauf moi, ${inv("soupira", x.S)}.^ Moi, je m’emmêle à chaque fois. » ${cap(x.all)} ${v3(x, "s’assit", "s’assirent")} à côté pour écouter.`,
        (x) =>
          `${cap(x.S.a)} avait dessiné un grand plan dans la poussière, plein de flèches et de ronds. « C’est mon plan pour apprendre à ${x.goal.inf}, ${inv("expliqua", x.S)}.^ Mais je ne comprends pas mon propre plan. »`,
      ],
      try1: [
        (x) =>
          `« Essaie très fort, d’un seul coup ! » dit ${x.lead}. Alors ${x.S.the} essaya de toutes ses forces,^ mais si fort que tout se mit à trembler, et patatras ! Quand on force trop, tout devient raide.`,
        (x) =>
          `${cap(x.S.the)} observa un oiseau et l’imita exactement.^ Mais ce qui marche pour un oiseau ne marche pas pour tout le monde,^ et ${x.S.the} finit ${tout(x.S)} emmêlé${e(x.S)}, en riant, et un peu triste.`,
        (x) =>
          `${cap(x.lead)} montra comment faire, et ${x.S.the} tendit les bras pour imiter chaque geste.^ Mais tout était allé beaucoup trop vite,^ et ${x.S.the} s’emberlificota comme une pelote de laine.`,
        (x) =>
          `D’abord, ${x.S.the} voulut commencer par le plus difficile. ${cap(il(x.S))} tendit les bras bien haut, sur la pointe des pieds.^ Mais on ne commence pas une maison par le toit,^ et ${x.S.the} bascula en arrière, pouf !`,
      ],
      try2: [
        (x) =>
          `Ensuite, ${x.second} lut les instructions dans un très vieux livre.^ Mais il y avait tant d’étapes ${que(x.S.the)} s’embrouilla dès la deuxième^ et dut s’asseoir.`,
        (x) =>
          `Puis on essaya tout en haut d’une colline, parce que, de là-haut, ce serait sûrement plus facile.^ Mais là-haut, le vent soufflait bien trop fort,^ et ${x.S.the} dut s’accrocher ${a(x.lead)}.`,
        (x) =>
          `Ensuite, ${x.second} apporta tout un tas de choses pour aider : un bâton, une ficelle, une grande cuillère.^ ${cap(x.S.the)} essaya de tout attraper en même temps,^ mais on n’apprend rien avec les mains pleines.`,
        (x) =>
          `Puis on essaya tous ensemble, en file indienne derrière ${x.S.the}, en se tenant par la main.^ Mais quand ${x.S.the} tendit le bras pour essayer, chacun tira dans un sens différent,^ et la file s’écroula en un joyeux tas de rires.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Commençons tout petit. Juste un peu, puis encore un peu. » Alors ${x.S.the} s’entraîna un peu,^ puis encore un peu, pendant que tout le monde l’encourageait tout bas. Et soudain, ${x.S.the} réussit à ${x.goal.inf} ! Juste un peu, mais pour de vrai.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, resta tout près et compta lentement : un, deux, trois. Pas à pas, ${x.S.the} trouva sa propre façon de faire,^ et avant le coucher du soleil, ${il(x.S)} savait ${x.goal.inf}, un tout petit peu, sans aucune aide.`,
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Tu n’as pas besoin de faire comme nous. Fais comme toi. » ${cap(x.S.the)} ferma les yeux, respira un grand coup et essaya à sa manière.^ Et ça marcha ! ${cap(x.S.the)} savait ${x.goal.inf}, à sa façon à ${x.S.fem ? "elle" : "lui"}, et tout le monde applaudit à tout rompre.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, ne donna qu’un seul conseil : « Souris pendant que tu essaies. » Ça paraît bizarre,^ mais un sourire, ça détend tout. ${cap(x.S.the)} sourit, essaya,^ et hop ! Pour la première fois, ${il(x.S)} réussit à ${x.goal.inf}. Tout le monde poussa des hourras, tout bas.`,
      ],
      resolution: [
        (x) =>
          `« J’ai réussi ! » cria ${x.S.the}, puis ${il(x.S)} se souvint que c’était bientôt l’heure de dormir, et chuchota plutôt : « J’ai réussi. »^ Tout le monde chuchota en retour : « Bravo ! »`,
        (x) =>
          `${cap(x.S.the)} était si fi${x.S.fem ? "ère" : "er"}. « Demain, je m’entraînerai encore, ${inv("dit", x.S)}. Mais cette nuit, je vais rêver que je sais ${x.goal.inf}. »`,
        (x) =>
          `${cap(x.S.the)} recommença encore une fois, rien que pour être sûr${e(x.S)}. Puis encore une. « Je crois que je vais faire ça toute la nuit », ${inv("dit", x.S)} en riant,^ mais ${il(x.S)} s’endormit au bout de la troisième.`,
        (x) =>
          `Ce soir-là, ${x.S.the} s’endormit avec un petit sourire fier.^ Et dans son rêve, ${il(x.S)} savait ${x.goal.inf} mieux que personne, et ${il(x.S)} l’apprenait à tous ses amis.`,
      ],
      morals: [
        "Les grandes choses s’apprennent à petits pas, l’un après l’autre.",
        "Chacun apprend à sa façon et à son rythme.",
        "On n’a pas besoin de faire comme les autres : on peut réussir à sa façon.",
      ],
    },
    lost: {
      titles: [
        (x) => `${x.S.the} et ${x.thing.lost}`,
        (x) => `${x.S.the} cherche ${x.thing.the}`,
        (x) => `${x.S.the} a perdu ${x.thing.his}`,
      ],
      setup: [
        (x) =>
          `Juste à ce moment-là, ${x.S.a} arriva en reniflant, les yeux pleins de larmes. « J’ai perdu ${x.thing.my}, dit ${x.S.the}. J’ai cherché partout,^ et impossible de ${pro(x.thing, "retrouver")} ! »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "entendit", "entendirent")} un petit bruit tout triste. C’était ${x.S.a}, qui cherchait sous chaque feuille. « ${cap(x.thing.my)} ${x.thing.plural ? "ont" : "a"} disparu, dit ${x.S.the}. Je ${pro(x.thing, "avais")} il y a un instant,^ et maintenant, je ne ${pro(x.thing, "trouve")} plus. »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "croisa", "croisèrent")} ${x.S.a} qui marchait le nez au ras du sol. « Vous n’auriez pas vu ${x.thing.my} ? demanda ${x.S.the}. Je ${pro(x.thing, "cherche")} depuis tout à l’heure,^ et sans ${lui(x.thing)}, rien n’est pareil. »`,
        (x) =>
          `${cap(x.S.a)} avait retourné tous les cailloux et toutes les feuilles du coin. « Je cherche ${x.thing.my} depuis le goûter, gémit ${x.S.the},^ et j’ai regardé partout, même sous mon oreiller. »`,
      ],
      try1: [
        (x) =>
          `D’abord, on chercha ${x.p.spots[0]}, ${x.S.the} en tête. On chercha en haut, en bas, partout,^ mais on ne trouva qu’un escargot tout ensommeillé, qui ouvrit un œil, dit « Pas ici, désolé » et se rendormit aussitôt.`,
        (x) =>
          `D’abord, on fouilla ${x.p.spots[0]}. Il y avait une pomme de pin, une plume et un scarabée très étonné,^ mais pas ${x.thing.the}. « Pas par ici », soupira ${x.S.the}.`,
        (x) =>
          `On commença par chercher ${x.p.spots[0]}, à quatre pattes, le nez au ras du sol, ${x.S.the} en tête.^ On trouva un bouton, une bille et une chaussette qui attendait sa jumelle depuis très longtemps,^ mais pas ${x.thing.the}.`,
        (x) =>
          `${cap(x.S.the)} se souvint d’avoir joué ${x.p.spots[0]}, alors tout le monde y courut. On souleva, on secoua, on regarda dessus et dessous,^ mais ${x.thing.the} n’${etait(x.thing)} pas là. Seul un mille-pattes grogna qu’on l’avait réveillé.`,
      ],
      try2: [
        (x) =>
          `Ensuite, on demanda conseil à une vieille tortue très sage qui se reposait ${x.p.spots[1]}. La tortue regarda ${x.S.the} et réfléchit très, très longtemps. « Les choses perdues aiment être retrouvées par des amis très, très silencieux », dit-elle enfin. Ce n’était pas vraiment une réponse,^ mais c’était un indice.`,
        (x) =>
          `Ensuite, on chercha ${x.p.spots[1]}, et ${x.S.the} appela : « Ohé ! Où es-tu ? »^ Mais seul l’écho répondit,^ et ${x.thing.the} ${x.thing.plural ? "restèrent" : "resta"} ${ag(x.thing, "caché")}.`,
        (x) =>
          `Ensuite, ${x.second} proposa de chercher avec le nez, comme un chien de chasse. Tout le monde renifla ${x.p.spots[1]}, snif, snif,^ mais au lieu ${de(x.thing.the)}, on ne trouva qu’un bourdon endormi, qui n’apprécia pas du tout d’être chatouillé.`,
        (x) =>
          `Puis on se mit en ligne, côte à côte, pour fouiller ${x.p.spots[1]} sans rien oublier.^ On trouva une plume bleue, une coquille de noix et une toute petite clé,^ et ${x.S.the} soupira : ${x.thing.the} ${x.thing.plural ? "restaient" : "restait"} introuvable${x.thing.plural ? "s" : ""}.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Refaisons le chemin ${de(x.S.the)}, pas à pas. » C’est ce qu’on fit,^ et là, ${x.p.spots[2]}, il y avait ${x.thing.the}, exactement là où ${x.S.the} ${pro(x.thing, "avait")} ${ag(x.thing, "posé")} !`,
        (x) =>
          `« Chut, dit ${x.helper}. Les choses perdues se laissent trouver par les amis silencieux. » Tout le monde resta immobile, chut… chut…^ Puis ${x.helper}, ${x.trait}, remarqua quelque chose ${x.p.spots[2]}.^ ${cap(x.lead)} s’approcha sur la pointe des pieds, jeta un coup d’œil et… oui ! ${cap(x.thing.the)} ${etait(x.thing)} là !`,
        (x) =>
          `Alors ${x.helper}, ${x.trait}, demanda : « Où est-ce que tu ${pro(x.thing, "avais")} la dernière fois ? » ${cap(x.S.the)} ferma les yeux très fort pour se souvenir. Puis, d’un coup, ${il(x.S)} courut tout droit ${x.p.spots[2]}.^ ${cap(x.thing.the)} ${etait(x.thing)} là, ${ag(x.thing, "sagement installé")}, à attendre qu’on vienne ${pro(x.thing, "chercher")}. Tout le monde sauta de joie !`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, dit : « Les choses perdues adorent les chansons. » Alors on chanta tout bas en cherchant,^ et soudain, ${x.p.spots[2]}, quelque chose dépassait… ${x.thing.plural ? "C’étaient" : "C’était"} ${x.thing.the} ! Tout le monde se mit à danser de joie.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} serra ${x.thing.the} très fort. « Merci, merci ! » ${inv("s’écria", x.S)}, et ${il(x.S)} fit un câlin à tout le monde, l’un après l’autre.`,
        (x) =>
          `En fait, un bébé écureuil avait emprunté ${x.thing.the} pour jouer. « Pardon », couina l’écureuil en ${pro(x.thing, "rendant")} avec un sourire timide,^ et ${x.S.the} fut si content${e(x.S)} qu’${il(x.S)} dansa une petite danse.`,
        (x) =>
          `${cap(x.S.the)} serra ${x.thing.the} très fort contre son cœur. « Cette fois, je ${pro(x.thing, "garde")} tout près de moi, ${inv("promit", x.S)}, même pendant mes rêves. » Et tout le monde fit semblant de ne pas voir sa petite larme de joie.`,
        (x) =>
          `Pour fêter ça, on fit une petite ronde autour ${de(x.S.the)} et ${de(x.thing.the)}.^ Puis ${x.S.the} bâilla, ${pro(x.thing, "cala")} sous son menton et ferma les yeux, ${tout(x.S)} content${e(x.S)}.`,
      ],
      morals: [
        "Quand on cherche ensemble, on retrouve plus facilement ce qu’on a perdu.",
        "Un moment de calme et un ami gentil peuvent retrouver presque tout.",
        "Ce qu’on aime n’est jamais vraiment perdu quand des amis nous aident à le chercher.",
      ],
    },
    journey: {
      titles: [
        (x) => `${x.S.the} ${x.dest.to === "à la maison" ? "rentre" : "part"} ${x.dest.to}`,
        (x) => `Le long voyage ${de(x.S.the)}`,
        (x) => `${x.S.the} en voyage`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} préparait un tout petit sac. « Je pars ${x.dest.to}, ${inv("annonça", x.S)},^ mais c’est loin, et je ne connais pas le chemin. — On vient avec toi », ${v3(x, "dit", "dirent")} ${x.all}.`,
        (x) =>
          `${cap(x.all)} ${v3(x, "rencontra", "rencontrèrent")} ${x.S.a} au bord du chemin, penché${e(x.S)} sur une carte toute froissée. « Je dois aller ${x.dest.to} avant la nuit, dit ${x.S.the},^ mais je ne suis jamais allé${e(x.S)} si loin. » Alors on partit ensemble.`,
        (x) =>
          `Au bord du chemin, ${x.S.a} laçait ses chaussures pour la troisième fois, sans se décider à partir. « Il faut que j’aille ${x.dest.to}, dit ${x.S.the},^ mais le chemin est si long que je n’en vois pas le bout. » ${cap(x.all)} ${v3(x, "proposa", "proposèrent")} aussitôt de l’accompagner.`,
        (x) =>
          `${cap(x.all)} ${v3(x, "vit", "virent")} passer ${x.S.a} avec un baluchon sur l’épaule et une lanterne à la main. « Je vais ${x.dest.to}, ${inv("déclara", x.S)}.^ Enfin… je crois que c’est par là. » Et ${il(x.S)} montra deux directions à la fois.`,
      ],
      try1: [
        (x) =>
          `Bientôt, on arriva devant un ruisseau. ${cap(x.S.the)} essaya de sauter par-dessus d’un seul bond,^ mais c’était trop loin, et plouf ! Un ruisseau aussi large, ça ne se saute pas d’un coup.`,
        (x) =>
          `Bientôt, le chemin se sépara en deux. ${cap(x.S.the)} choisit celui de gauche parce qu’il était plus joli,^ mais il tournait en rond et ramena tout le monde exactement au même endroit.`,
        (x) =>
          `On marcha, on marcha, jusqu’à un grand buisson de ronces qui barrait le chemin. ${cap(x.S.the)} voulut passer au travers, tout droit,^ mais les ronces piquaient et s’accrochaient partout,^ et il fallut faire demi-tour.`,
        (x) =>
          `Bientôt, ${x.S.the} voulut courir pour arriver plus vite.^ Mais on ne peut pas courir d’un bout à l’autre d’un si long chemin,^ et au bout de cent pas, ${il(x.S)} était ${tout(x.S)} essoufflé${e(x.S)}.`,
      ],
      try2: [
        (x) =>
          `Puis un brouillard arriva, épais et blanc comme du lait. On ne voyait même plus ses pieds,^ alors on se tint la main, et ${x.S.the} serra plus fort que tout le monde.`,
        (x) =>
          `Puis le chemin grimpa sur une colline très raide. À mi-chemin, ${x.S.the} était si fatigué${e(x.S)} qu’${il(x.S)} s’assit en disant : « Je ne peux plus avancer. »`,
        (x) =>
          `Puis le jour commença à baisser, et les ombres s’allongèrent sur le chemin.^ ${cap(x.S.the)} marchait de plus en plus lentement, en regardant derrière ${x.S.fem ? "elle" : "lui"},^ et chaque buisson ressemblait à un gros ours endormi.`,
        (x) =>
          `Ensuite, il fallut traverser un pont de cordes qui se balançait au-dessus d’un petit torrent. ${cap(x.S.the)} fit un pas, le pont fit « crrric »,^ et ${x.S.the} recula d’un bond.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, eut une idée : « Passons de pierre en pierre. » On trouva des pierres plates et on traversa, un pas prudent après l’autre,^ et de l’autre côté, le chemin menait tout droit ${x.dest.to}.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, leva les yeux. « Les étoiles vont nous montrer le chemin », dit ${x.helper}. On suivit la plus brillante, lentement, tous ensemble,^ et enfin, on arriva ${x.dest.to}.`,
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Chantons en marchant, ça raccourcit les chemins. » Et c’est vrai : avec une chanson, les pieds avancent tout seuls.^ On chanta, on marcha, on chanta encore,^ et soudain, ${x.dest.the} ${x.dest.plural ? "apparurent" : "apparut"}, juste devant. Tout le monde poussa un grand « hourra » !`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, prit la main ${de(x.S.the)}. « Comptons nos pas, dit ${x.helper}, et à cent, on fera une pause. » À chaque pause, on croquait une baie,^ et de cent en cent, sans même s’en rendre compte, on arriva ${x.dest.to}. Quelle fête ce fut !`,
      ],
      resolution: [
        (x) =>
          `« On y est ! » s’écria ${x.S.the}. ${cap(x.dest.the)} était là, comme dans ses rêves,^ et c’était encore plus beau que ce qu’${il(x.S)} avait imaginé.`,
        (x) =>
          `${cap(x.S.the)} regarda autour ${x.S.fem ? "d’elle" : "de lui"} avec des yeux brillants. « C’était un long chemin, ${inv("dit", x.S)},^ mais avec des amis, le long chemin a paru court. »`,
        (x) =>
          `${cap(x.S.the)} s’assit pour reposer ses pieds fatigués et regarda tout autour, les yeux ronds comme des billes. « On l’a fait, ${inv("murmura", x.S)}. On l’a vraiment fait. »`,
        (x) =>
          `Ce soir-là, ${x.S.the} s’endormit ${x.dest.to}, entouré${e(x.S)} de ses amis.^ Et dans ses rêves, ${il(x.S)} refit tout le chemin, mais en volant, cette fois.`,
      ],
      morals: [
        "Un long chemin paraît plus court quand des amis le font avec nous.",
        "Des petits pas, l’un après l’autre, peuvent mener très loin.",
        "Quand le chemin est long, une chanson et des amis le rendent plus doux.",
      ],
    },
    celebrate: {
      titles: [
        (x) => `${cap(x.party.a)} pour ${x.S.the}`,
        (x) => `La fête surprise ${de(x.S.the)}`,
        (x) => `${x.S.the} fait la fête`,
      ],
      setup: [
        (x) =>
          `« Devinez quoi ? » dit ${x.S.the} en sautillant vers ${x.all}. « Aujourd’hui, c’est ${x.party.my} !^ Mais je n’ai pas de gâteau, ni de ballons, ni rien du tout. »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "trouva", "trouvèrent")} ${x.S.a} qui avait l’air un peu seul${e(x.S)}. « C’est ${x.party.my}, ${inv("dit", x.S)} tout bas,^ et je croyais que personne ne le savait. — Maintenant, on le sait, dit ${x.lead}, et ça change tout. »`,
        (x) =>
          `${cap(x.S.a)} comptait sur ses doigts en souriant, puis recomptait, pour être bien sûr${e(x.S)}. « Aujourd’hui, c’est ${x.party.my} ! ${inv("s’écria", x.S)}.^ Mais je ne sais pas du tout comment on fait une fête. »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "entendit", "entendirent")} ${x.S.a} chanter ${tout(x.S)} seul${e(x.S)} une petite chanson de fête, un peu triste. « C’est ${x.party.my}, ${inv("expliqua", x.S)},^ mais faire la fête sans personne, ce n’est pas vraiment une fête. »`,
      ],
      try1: [
        (x) =>
          `D’abord, on essaya de préparer pour ${x.S.the} un gâteau aussi haut qu’une tour.^ Mais un gâteau très haut, c’est un gâteau qui penche,^ et il s’écroula avec un petit « flop ».`,
        (x) =>
          `D’abord, on accrocha des guirlandes entre les branches pour ${x.S.the}.^ Mais un coup de vent arriva, fouuu,^ et les emporta toutes comme des cerfs-volants.`,
        (x) =>
          `D’abord, on voulut accrocher des lanternes de papier pour ${x.S.the}, bien haut, là où tout le monde les verrait.^ Mais même en faisant la courte échelle, on n’arrivait pas assez haut,^ et les lanternes finirent en tas par terre.`,
        (x) =>
          `${cap(x.second)} tendit un filet à papillons vers le ciel pour attraper une étoile, une seule, pour ${x.S.the}.^ Mais les étoiles sont bien plus loin qu’on ne le croit,^ et le filet ne ramena qu’une feuille et un moucheron très surpris.`,
      ],
      try2: [
        (x) =>
          `Ensuite, on voulut chanter une grande chanson de fête pour ${x.S.the}, mais chacun commença à un moment différent,^ et on aurait dit une bande d’oies tout embrouillées.`,
        (x) =>
          `Puis ${x.lead} essaya de gonfler un ballon pour ${x.S.the}, mais il s’échappa et s’envola, pfffuit, en tournant dans tous les sens,^ jusqu’à atterrir dans un buisson.`,
        (x) =>
          `Ensuite, on voulut tresser une couronne de fleurs pour ${x.S.the}.^ Mais chaque fois qu’on tendait la main vers une fleur, une abeille était déjà dessus,^ et les abeilles n’aiment pas qu’on leur prenne leur goûter.`,
        (x) =>
          `Puis ${x.lead} voulut attraper les derniers biscuits pour ${x.S.the}, tout au fond d’un pot très profond. Mais la main resta coincée dedans,^ et il fallut tirer, tirer, et pop ! La main sortit… sans les biscuits.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Une fête n’a pas besoin d’être grande. Il suffit d’être ensemble. » Alors chacun apporta une petite chose : une baie, un caillou brillant, une chanson.^ Sur une pierre plate, on fit un tout petit gâteau de baies, avec une bougie dessus.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, réunit tout le monde en cercle. On partagea ce qu’on avait et on chanta doucement, tous ensemble cette fois,^ et ${x.S.the} souffla une toute petite bougie en faisant un vœu.`,
        (x) =>
          `Alors ${x.helper}, ${x.trait}, eut une idée : « Faisons la fête avec ce qu’on a. » Des feuilles devinrent des chapeaux, des cailloux devinrent des tambours,^ et ${x.S.the} eut la fête la plus joyeuse et la plus bricolée du monde.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, alluma une petite lanterne et la posa au milieu de tout le monde. On s’assit en rond et on chanta tout bas pour ${x.S.the},^ puis chacun fit un vœu rien que pour ${x.S.fem ? "elle" : "lui"}.`,
      ],
      resolution: [
        (x) =>
          `« C’est ${x.party.fem ? "la plus belle" : frVowel(x.party.bare) ? "le plus bel" : "le plus beau"} ${x.party.bare} de toute ma vie ! » dit ${x.S.the}, avec des miettes sur le nez et un sourire jusqu’aux oreilles.`,
        (x) =>
          `${cap(x.S.the)} regarda tous ces visages amis. « Je n’avais pas besoin ${de(x.party.a)} immense, ${inv("dit", x.S)}. J’avais juste besoin de vous. »`,
        (x) =>
          `${cap(x.S.the)} portait encore son chapeau de fête de travers quand ${il(x.S)} commença à bâiller. « ${x.party.fem ? "Meilleure" : "Meilleur"} ${x.party.bare} du monde », ${inv("marmonna", x.S)},^ et ${il(x.S)} s’endormit au milieu des miettes.`,
        (x) =>
          `« On pourra recommencer bientôt ? » demanda ${x.S.the}. « Aussi souvent que tu voudras », ${v3(x, "promit", "promirent")} ${x.all} en riant tout bas.`,
      ],
      morals: [
        "Les plus belles fêtes sont faites d’amis, pas de choses.",
        "Une petite fête partagée avec des amis, c’est le plus grand des bonheurs.",
        "Une fête, ce n’est pas une question de gâteau : c’est une question de cœur.",
      ],
    },
    friend: {
      titles: [
        (x) => (x.F ? `${x.S.the} et ${x.F.the}` : `${x.S.the} se fait un ami`),
        (x) => `Un nouvel ami pour ${x.S.the}`,
        (x) => `Les amis ${de(x.S.the)}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} pointait le bout de son nez ${x.p.spots[0]}. ${cap(il(x.S))} regarda ${x.all} avec de grands yeux timides, puis disparut aussitôt.^ « Je suis ${x.S.fem ? "nouvelle" : "nouveau"} ici, dit une toute petite voix, et je n’ai pas d’amis. »${x.F ? ` ${cap(x.F.a)} regardait, ${x.F.fem ? "elle" : "lui"} aussi, d’un peu plus loin.` : ""}`,
        (x) =>
          `${cap(x.S.a)} était assis${e(x.S)} ${tout(x.S)} seul${e(x.S)}, à dessiner des ronds dans la poussière avec un bâton. Tout le monde semblait avoir quelqu’un avec qui jouer,^ mais ${x.S.the} n’avait personne.${x.F ? ` Pas très loin, ${x.F.a} était ${tout(x.F)} seul${e(x.F)}, ${x.F.fem ? "elle" : "lui"} aussi.` : ""}`,
        (x) =>
          `${cap(x.S.a)} regardait les autres jouer de loin, en faisant semblant de ne pas regarder. Quand ${x.lead} ${x.S.fem ? "la" : "le"} salua, ${x.S.the} rougit jusqu’aux oreilles.^ « Je ne sais pas comment on se fait des amis », avoua une toute petite voix.`,
        (x) =>
          `${cap(x.S.a)} venait d’arriver ${x.inPlace}, avec une petite valise et un gros chagrin. « Là où j’habitais avant, j’avais des amis, ${inv("dit", x.S)} tout bas.^ Ici, je ne connais personne. »`,
      ],
      try1: [
        (x) =>
          `« Viens jouer ! » cria ${x.lead} en courant très vite.^ Mais tout ce bruit et cette agitation, c’était trop,^ et ${x.S.the} se cacha encore plus loin. Les amis timides ont besoin de bonjours tout doux.`,
        (x) =>
          `${cap(x.second)} proposa ${a(x.S.the)} de jouer à chat.^ Mais ${x.S.the} ne connaissait pas les règles et n’osait pas le dire,^ alors ${il(x.S)} resta sur le côté, un peu à l’écart.`,
        (x) =>
          `${cap(x.lead)} raconta sa meilleure blague, celle du poisson qui avait le hoquet.^ Mais ${x.S.the} était trop timide pour rire tout haut,^ et tout le monde resta planté là, un peu gêné.`,
        (x) =>
          `${cap(x.second)} fit un grand discours pour souhaiter la bienvenue ${a(x.S.the)}, avec de grands mots et de grands gestes.^ Mais c’était si long et si solennel ${que(x.S.the)} se recroquevilla, ${tout(x.S)} intimidé${e(x.S)}.`,
      ],
      try2: [
        (x) =>
          `Puis on offrit un cadeau ${a(x.S.the)} : une grosse pomme de pin toute brillante. ${cap(x.S.the)} dit merci poliment,^ mais un cadeau, ce n’est pas pareil qu’un ami.`,
        (x) =>
          `Puis tout le monde parla en même temps : « Comment tu t’appelles ? Où tu habites ? C’est quoi, ta couleur préférée ? »^ ${cap(x.S.the)} ne savait plus à quelle question répondre.`,
        (x) =>
          `Puis ${x.lead} essaya de deviner ce qui plaisait ${a(x.S.the)} : « Les glaces ? Les flaques ? Les chaussettes à rayures ? » Mais ${x.S.the} secouait la tête à chaque fois, un peu plus gêné${e(x.S)}.`,
        (x) =>
          `Ensuite, on écrivit une lettre d’invitation pour ${x.S.the}, avec des cœurs et des étoiles partout.^ Mais ${x.S.the} ne savait pas encore lire,^ alors ${il(x.S)} la tourna dans tous les sens, ${tout(x.S)} embêté${e(x.S)}.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, s’assit simplement à côté et se mit à construire une tour de cailloux, sans bruit.^ Au bout d’un moment, ${x.S.the} s’approcha et posa un caillou tout en haut. Puis un autre.^ Bientôt, tout le monde construisait ensemble, en riant.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, demanda : « Tu veux nous montrer un jeu que tu aimes ? » ${cap(x.S.the)} réfléchit, puis montra un jeu de son pays.^ C’était un jeu merveilleux, et tout le monde voulut y rejouer encore et encore.`,
        (x) =>
          `Alors ${x.helper}, ${x.trait}, fit rouler une balle, tout doucement, jusqu’aux pieds ${de(x.S.the)}. ${cap(x.S.the)} hésita, puis la renvoya.^ La balle fit l’aller-retour, une fois, dix fois, cent fois,^ et bientôt tout le monde jouait en riant.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, se mit à faire des grimaces, de toutes petites d’abord, puis d’énormes.^ ${cap(x.S.the)} pouffa et fit une grimace à son tour,^ et ce fut le début du plus grand concours de grimaces de tous les temps.`,
      ],
      resolution: [
        (x) =>
          `« Vous voudrez bien rejouer avec moi demain ? » demanda ${x.S.the}. « Tous les jours », ${v3(x, "répondit", "répondirent")} ${x.all},^ et le sourire ${de(x.S.the)} devint aussi grand que le ciel.${x.F ? ` ${cap(x.F.the)} souriait aussi.` : ""}`,
        (x) =>
          `${cap(x.S.the)} n’était plus ${x.S.fem ? "nouvelle" : "nouveau"}.^ ${cap(il(x.S))} avait des amis, maintenant,^ et c’est une chose qui réchauffe le cœur.`,
        (x) =>
          `Quand vint l’heure de dormir, ${x.S.the} ne voulait plus quitter ses nouveaux amis. Alors on s’installa tous ensemble dans ${x.p.bed},^ et ${x.S.the} s’endormit au milieu, bien au chaud.`,
        (x) =>
          `« Tu sais, chuchota ${x.S.the} ${a(x.lead)}, tout à l’heure, j’étais ${tout(x.S)} seul${e(x.S)}. » ${cap(x.lead)} sourit : « Et maintenant, tu ne l’es plus du tout. »`,
      ],
      morals: [
        "Les bonjours tout doux font les plus belles amitiés.",
        "On est tous nouveaux quelque part, et un ami gentil nous y fait sentir chez nous.",
        "Parfois, pour se faire un ami, il suffit de jouer un peu ensemble.",
      ],
    },
    quest: {
      titles: [
        (x) => `${x.S.the} et ${x.thing.the}`,
        (x) => `${x.S.the} part à la recherche ${de(x.thing.the)}`,
        (x) => `La grande découverte ${de(x.S.the)}`,
      ],
      setup: [
        (x) =>
          `Ce jour-là, ${x.S.the} ne pensait qu’à une chose : ${x.thing.the}. « Je voudrais trouver ${x.thing.the}, ${inv("dit", x.S)},^ et ${pro(x.thing, "voir")} de mes propres yeux. » Alors tout le monde partit chercher.`,
        (x) =>
          `${cap(x.S.a)} arriva avec une grande question. « Où est-ce qu’on peut trouver ${x.thing.the} ? » ${inv("demanda", x.S)}.^ Personne ne savait, alors on décida de chercher ensemble.`,
        (x) =>
          `${cap(x.S.a)} avait entendu parler ${de(x.thing.the)}, et depuis, ${il(x.S)} en rêvait toutes les nuits. « Il paraît qu’on peut ${pro(x.thing, "trouver")} quelque part près d’ici, ${inv("dit", x.S)}.^ Vous m’aidez à chercher ? »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "vit", "virent")} arriver ${x.S.a} avec une loupe presque aussi grande que ${x.S.fem ? "elle" : "lui"}. « Je pars à la recherche ${de(x.thing.the)}, ${inv("annonça", x.S)} d’un ton très sérieux.^ ${x.S.fem ? "Une exploratrice" : "Un explorateur"} a besoin d’une équipe. Vous venez ? »`,
      ],
      try1: [
        (x) =>
          `D’abord, on regarda ${x.p.spots[0]}, mais ${x.thing.the} n’${etait(x.thing)} pas là,^ et ${x.S.the} ne trouva qu’un scarabée qui portait une miette deux fois plus grosse que lui.`,
        (x) =>
          `D’abord, ${x.S.the} grimpa tout en haut pour voir plus loin. On vit des toits, des arbres et des nuages,^ mais pas ${x.thing.the}.`,
        (x) =>
          `D’abord, on fouilla ${x.p.spots[0]}, en soulevant chaque chose avec précaution.^ On trouva un trou de souris, une vieille ficelle et une araignée qui tricotait sa toile,^ mais toujours pas ${x.thing.the}.`,
        (x) =>
          `D’abord, ${x.S.the} chercha ${x.p.spots[0]}, sur la pointe des pieds pour ne rien effrayer.^ Mais à force de regarder ses pieds, ${il(x.S)} se cogna le nez contre ${x.lead},^ et ${x.thing.the} ne se montr${x.thing.plural ? "èrent" : "a"} pas.`,
      ],
      try2: [
        (x) =>
          `Ensuite, on demanda à un vieux hibou très sage. « Hou, dit le hibou, les plus belles choses se trouvent quand on regarde lentement. » C’était une drôle de réponse,^ mais ${x.S.the} s’en souvint.`,
        (x) => `Ensuite, ${x.S.the} regarda ${x.p.spots[1]} en appelant : « Tu es là ? »^ Mais seul l’écho répondit.`,
        (x) =>
          `Ensuite, on suivit de drôles de petites traces qui menaient ${x.p.spots[1]}.^ Mais au bout d’un moment, ${x.second} éclata de rire : c’étaient nos propres traces, on avait tourné en rond !`,
        (x) =>
          `Puis ${x.lead} eut l’idée de questionner tous ceux qu’on croisait. Le merle ne savait pas, la fourmi était trop pressée,^ et la pie répondit seulement : « Cherchez ${x.p.spots[1]} ! » On y courut, mais il n’y avait là que son trésor de boutons brillants.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Les plus belles choses se trouvent quand on regarde lentement. » Alors on marcha tout doucement, en regardant tout,^ et là, tout au bout du chemin, on trouva enfin ${x.thing.the} !`,
        (x) =>
          `Comme le ciel s’assombrissait, ${x.helper}, ${x.trait}, montra quelque chose du doigt, tout là-bas. « Regardez ! » Et ${x.thing.the} ${etait(x.thing)} là, plus ${x.thing.fem ? "merveilleuse" : "merveilleux"}${x.thing.plural && x.thing.fem ? "s" : ""} que tout ce qu’on avait imaginé.`,
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Arrêtons-nous et regardons, tout simplement. » Tout le monde s’assit sans bouger.^ Et petit à petit, juste devant eux, ${x.thing.the} ${x.thing.plural ? "apparurent" : "apparut"}, exactement comme dans les rêves ${de(x.S.the)}.`,
        (x) =>
          `Le soir tombait quand ${x.helper}, ${x.trait}, chuchota : « Là… tu vois ? » ${cap(x.S.the)} regarda là où ${x.helper} montrait du doigt,^ et ${il(x.S)} ${pro(x.thing, "vit")} enfin, pour de vrai, de ses propres yeux.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} regarda, et regarda encore. « Je m’en souviendrai toute ma vie », ${inv("chuchota", x.S)}.`,
        (x) =>
          `On resta longtemps assis ensemble, à regarder ${x.thing.the},^ et personne ne dit rien, parce qu’il n’y avait rien à dire.`,
        (x) =>
          `${cap(x.S.the)} ne disait plus rien, les yeux brillants comme deux lanternes. « C’est encore plus beau que dans mes rêves », ${inv("souffla", x.S)} enfin.`,
        (x) =>
          `On resta là jusqu’à ce que les étoiles s’allument une à une.^ Puis, sur le chemin du retour, ${x.S.the} se retourna trois fois, pour regarder ${x.thing.the} encore un tout petit peu.`,
      ],
      morals: [
        "Les choses merveilleuses se trouvent quand on prend le temps de regarder.",
        "La curiosité et de bons amis peuvent mener partout.",
        "Les plus belles découvertes se font souvent à plusieurs, en prenant le temps de bien regarder.",
      ],
    },
    ...feelingFr,
  },

  openings: [
    (x) =>
      `${cap(x.t.once)}, ${x.inPlace}, ${x.t.sky}. ${cap(x.all)} se ${v3(x, "promenait", "promenaient")} tranquillement,^ et ${x.p.sound}.`,
    (x) =>
      `Es-tu déjà allé ${x.inPlace} ? ${cap(x.t.once)}, ${x.p.sound},^ et ${x.all} ${v3(x, "était", "étaient")} là, à écouter.`,
    (x) =>
      `${cap(x.t.once)}, quelque chose de petit et de merveilleux allait arriver ${x.inPlace}. ${cap(x.all)} ne le ${v3(x, "savait", "savaient")} pas encore.^ ${x.v(`${x.lead} regardait`, "Ils regardaient")} en l’air, et ${x.t.sky}.`,
    (x) =>
      `Loin d’ici, ou peut-être juste au coin de la rue, ${x.t.sky}. ${cap(x.all)} ${v3(x, "jouait", "jouaient")} à cache-cache ${x.inPlace},^ en riant derrière chaque arbre et chaque pierre.`,
    (x) =>
      `${cap(x.p.sound)} : voilà la première chose qu’${v3(x, "entendit", "entendirent")} ${x.all} ${x.inPlace}, ${x.t.once}.^ La deuxième fut une surprise.`,
    (x) =>
      `Il n’y a pas si longtemps, ${x.inPlace}, ${x.all} ${v3(x, "ramassait", "ramassaient")} des cailloux tout lisses et des plumes toutes douces. ${cap(x.t.sky)}.`,
    (x) =>
      `Voici une histoire qui se passe ${x.inPlace}. ${cap(x.t.once)}, ${x.t.sky},^ et ${x.all} ${v3(x, "fredonnait", "fredonnaient")} une chanson inventée.`,
    (x) =>
      `${cap(x.t.once)}, ${x.all} se ${v3(x, "reposait", "reposaient")} bien tranquillement ${x.inPlace},^ et ${x.p.sound}.`,
    (x) =>
      `Il était une fois, ${x.inPlace}, un jour tout simple qui allait devenir un jour pas comme les autres. ${cap(x.t.sky)}. ${cap(x.all)} ne se ${v3(x, "doutait", "doutaient")} encore de rien.`,
    (x) =>
      `${cap(x.t.once)}, ${x.all} ${v3(x, "faisait", "faisaient")} une promenade ${x.inPlace}, juste pour le plaisir, sans se presser.^ C’est souvent comme ça que commencent les plus belles histoires.`,
    (x) => `Écoute bien. ${cap(x.inPlace)}, ${x.t.once}, ${x.p.sound}.^ Et au milieu de tout ça, il y avait ${x.all}.`,
    (x) =>
      `C’était ${x.t.once}, ${x.inPlace}. ${cap(x.all)} ${v3(x, "avait", "avaient")} trouvé un coin bien tranquille pour regarder le ciel. ${cap(x.t.sky)}.`,
    (x) =>
      `${cap(x.inPlace)}, il y a un endroit où le temps passe plus doucement qu’ailleurs. ${cap(x.t.once)}, ${x.all} s’y ${v3(x, "trouvait", "trouvaient")} justement,^ et ${x.p.sound}.`,
    (x) =>
      `${cap(x.t.once)}, ${x.all} ${v3(x, "inventait", "inventaient")} des devinettes ${x.inPlace}.^ Les réponses étaient souvent très drôles. ${cap(x.t.sky)}.`,
    (x) =>
      `Tout commença ${x.t.once}, ${x.inPlace}. ${cap(x.all)} ${v3(x, "regardait", "regardaient")} passer les nuages,^ et ${x.p.sound}.`,
    (x) =>
      `${cap(x.t.once)}, ${x.inPlace}, ${x.all} ${v3(x, "cherchait", "cherchaient")} la plus jolie pierre du monde.^ On ne la trouva pas,^ mais ce qui arriva ensuite fut bien plus joli encore.`,
  ],
  describe: [
    (name, desc) => `${name}, c’était ${desc}.`,
    (name, desc) => `On reconnaissait ${name} de loin : ${desc}.`,
    (name, desc) => `${name}, ${desc}, était là aussi.`,
    (name, desc) => `Si l’on regardait bien ${name}, on voyait ${desc}.`,
    (name, desc) => `${name} était là, bien sûr : ${desc}.`,
    (name, desc) => `Il y avait aussi ${name}, ${desc}.`,
    (name, desc) => `Qui ne connaissait pas ${name} ? ${cap(desc)}, reconnaissable entre mille.`,
    (name, desc) => `Tout près se tenait ${name}, ${desc}.`,
  ],
  character: [
    (name, t) => `Tout le monde connaissait ${t.nouns[0]} ${de(name)}.`,
    (name, t) => `Ce qu’on aimait chez ${name}, c’était ${t.nouns.join(" et ")}.`,
    (name, t) => `Chez ${name}, ce qu’on remarquait d’abord, c’était ${t.nouns[0]}.`,
    (name, t) => `Demandez à n’importe qui : ${t.nouns.join(" et ")}, c’est tout ${name}.`,
  ],
  reactions: [
    (x) =>
      `${cap(x.lead)} s’assit à côté ${de(x.S.the)}. « Tu n’es plus ${tout(x.S)} seul${e(x.S)}, dit ${x.lead}. On est là. »`,
    (x) =>
      `« Oh ! dit ${x.second}. Alors aujourd’hui, c’est un jour pour aider. » Et ${x.S.the} se sentit déjà un peu mieux.`,
    (x) =>
      `${cap(x.all)} ${v3(x, "écouta", "écoutèrent")} attentivement, comme le font les vrais amis,^ et ${x.S.the} se sentit tout de suite plus ${x.S.fem ? "légère" : "léger"}.`,
    (x) => `« Ne t’inquiète pas, dit ${x.lead}. On va t’aider. C’est à ça que servent les amis. »`,
    (x) =>
      `« On va trouver une solution », dit ${x.lead} tout doucement, et ${x.S.the} fit un petit sourire plein d’espoir.`,
    (x) =>
      `${cap(x.second)} s’assit tout près. « Raconte-nous tout, dit ${x.second},^ et ensuite, on fera un plan ensemble. »`,
    (x) => `${cap(x.lead)} tendit la main ${a(x.S.the)}. « Viens. On va s’en occuper ensemble. »`,
    (x) =>
      `« Tu as bien fait de nous le dire », dit ${x.second} doucement.^ Et ${x.S.the} se sentit déjà moins seul${e(x.S)}.`,
    (x) =>
      `${cap(x.all)} ${v3(x, "hocha", "hochèrent")} la tête, très sérieusement.^ Puis ${x.lead} sourit : « Un problème, c’est juste une aventure qui n’a pas encore commencé. »`,
    (x) =>
      `${cap(x.second)} se serra tout contre ${x.S.the}. « Respire un grand coup, dit ${x.second}. Après, on réfléchira. »`,
    (x) =>
      `« Oh là là », ${v3(x, "souffla", "soufflèrent")} ${x.all}.^ Mais personne ne s’en alla. Au contraire, tout le monde se rapprocha ${de(x.S.the)}.`,
    (x) =>
      `${cap(x.lead)} réfléchit en se grattant le menton. « Je crois que j’ai une idée, dit ${x.lead}. Enfin, presque une idée.^ C’est déjà un début. »`,
  ],
  encourage: [
    (x) => `« Ce n’est pas grave, dit ${x.second}. Il y a toujours une autre façon. »`,
    (x) =>
      `Pendant un instant, personne ne dit rien. Puis ${x.lead} sourit. « Bon, maintenant, on connaît une façon qui ne marche pas. »`,
    (x) =>
      `« Zut alors », dit ${x.lead}, et tout le monde s’assit pour réfléchir. Les bonnes idées viennent souvent quand on reste tranquille.`,
    (x) => `${cap(x.S.the)} soupira. Mais personne n’avait envie d’abandonner, pas du tout.`,
    (x) => `« Essayons autre chose », dit ${x.second} en faisant un petit câlin ${a(x.S.the)}.`,
    () =>
      `Ce n’était pas grave. Chaque essai nous apprend quelque chose,^ et celui-là avait appris ce qu’il ne fallait pas faire.`,
    (x) =>
      `${cap(x.S.the)} fit une petite grimace, puis un petit sourire. « Bon, ${inv("dit", x.S)}. On recommence ? »`,
    (x) =>
      `« Ce n’était pas la bonne idée, mais c’était une idée, dit ${x.lead}. Et une idée en amène toujours une autre. »`,
    () => `Tout le monde s’assit en rond pour souffler un peu.^ Quand on se repose, les idées ont le temps d’arriver.`,
    (x) =>
      `${cap(x.second)} éclata de rire, et ${x.S.the} aussi.^ Parfois, quand ça rate, ça fait rire,^ et rire, ça donne du courage.`,
    (x) =>
      `« On n’abandonne pas », dit ${x.lead}. Tout le monde se tapa dans la main, et ${x.S.the} se redressa, prêt${e(x.S)} à recommencer.`,
    (x) =>
      `« Tu sais, dit ${x.lead}, même les escargots finissent toujours par arriver quelque part. » ${cap(x.S.the)} releva la tête en souriant.`,
  ],
  wonders: [
    () =>
      `En chemin, on s’arrêta pour regarder les petites merveilles tout autour : une coccinelle qui grimpait sur un brin d’herbe, un grillon qui chantait quelque part. C’était bon d’aller doucement.`,
    (x) => `${cap(x.lead)} s’arrêta et leva les yeux : ${x.t.sky}. C’était comme si le monde entier les encourageait.`,
    () => `On se reposa un moment en partageant quelques baies.^ Tout paraît plus facile après un petit goûter.`,
    (x) => `On continua en silence,^ et ${x.p.sound}.`,
    () => `Une petite brise apporta une odeur de fleurs, et tout le monde la respira lentement.`,
    () => `Tout là-haut, un oiseau rentrait à son nid, et on lui fit un signe de la main.`,
    () =>
      `On s’arrêta un instant pour écouter le silence.^ Il n’était pas vraiment silencieux : il bourdonnait tout doucement, comme une chanson sans paroles.`,
    (x) =>
      `${cap(x.second)} trouva un caillou en forme de cœur et le garda bien au chaud. « Pour plus tard », dit ${x.second}.`,
    () =>
      `Un nuage passa, qui ressemblait à un gros lapin, puis à une théière, puis à rien du tout.^ Tout le monde le regarda s’en aller.`,
    () =>
      `On marcha un moment en comptant ses pas : un, deux, trois…^ Au cent deuxième, tout le monde avait oublié où on en était, et ce n’était pas grave.`,
    (x) =>
      `${cap(x.all)} ${v3(x, "respira", "respirèrent")} l’air frais, bien fort, jusqu’au bout des orteils.^ Rien ne presse, quand on respire comme ça.`,
    () =>
      `Une feuille tomba en tournoyant, toute légère, et se posa juste devant tout le monde, comme pour dire bonjour.`,
  ],
  pauses: [
    (x) =>
      `${cap(x.S.the)} s’arrêta pour sentir une fleur, et tout le monde attendit patiemment.^ On a toujours le temps pour une fleur.`,
    (x) => `Une famille de lucioles passa en clignotant pour dire bonjour, et ${x.S.the} cligna des yeux en retour.`,
    (x) =>
      `Quelque part, une grenouille fit « coâ » d’une grosse voix, et ${x.S.the} rit tellement que tout le monde se mit à rire aussi.`,
    (x) =>
      `On passa près d’une flaque où se reflétait un morceau de ciel, et ${x.S.the} s’arrêta pour regarder dedans.`,
    (x) =>
      `${cap(x.S.the)} trouva une plume toute douce et la garda précieusement.^ On ne sait jamais, une plume, ça peut servir.`,
    (x) =>
      `On fit une petite halte pour boire un peu d’eau fraîche,^ et ${x.S.the} but à toutes petites gorgées, pour que ça dure plus longtemps.`,
    (x) =>
      `${cap(x.S.the)} leva les yeux : « Regardez ce nuage, on dirait une chaussette ! » Tout le monde regarda,^ et c’était vrai, un peu.`,
    (x) => `Une coccinelle se posa sur ${x.S.the},^ et ${il(x.S)} ne bougea plus du tout, pour ne pas la déranger.`,
    (x) =>
      `${cap(x.S.the)} s’assit un instant sur une pierre plate et tiède. « Juste une petite minute », ${inv("dit", x.S)},^ et tout le monde s’assit aussi.`,
  ],
  worries: [
    (x) =>
      `Pendant un instant, ${x.lead} sentit un petit pincement d’inquiétude, comme un papillon dans le ventre. Et si on n’y arrivait pas ? Mais les soucis rapetissent quand on les partage,^ alors tout le monde se prit par la main et respira un grand coup.`,
    (x) =>
      `Le monde parut soudain très grand, et ${x.S.the} se sentit ${tout(x.S)} petit${e(x.S)}. Mais même les plus petits peuvent faire de grandes choses,^ tout le monde le sait.`,
    (x) =>
      `« On va vraiment y arriver ? » chuchota ${x.second}. « On peut essayer, dit ${x.lead}. Et essayer, c’est toujours le premier pas. »`,
    (x) =>
      `Un petit nuage d’inquiétude passa sur le visage ${de(x.S.the)}.^ Alors ${x.second} chuchota : « Un pas après l’autre. C’est tout ce qu’il faut. »`,
    (x) =>
      `« Et si c’était trop difficile ? » demanda ${x.S.the} tout bas. ${cap(x.lead)} réfléchit un moment. « Alors on le fera doucement. Doucement, c’est toujours possible. »`,
    () =>
      `Pendant un moment, personne ne dit rien, et les cœurs battaient un peu trop vite.^ Puis quelqu’un fit une grimace rigolote, et les cœurs se calmèrent.`,
  ],
  cheers: [
    () =>
      `Tout le monde était si content qu’on souriait jusqu’aux oreilles, avec des sourires si grands qu’ils tenaient à peine sur les visages.`,
    (x) =>
      `${cap(x.lead)} avait chaud au cœur, comme devant un bon feu de cheminée. Aider un ami, c’est l’un des plus beaux sentiments du monde.`,
    () => `On dansa une petite danse de joie, tout doucement, parce que c’était bientôt l’heure de dormir.`,
    (x) => `${cap(x.S.the)} fit trois petits bonds de joie, puis un quatrième, juste pour le plaisir.`,
    (x) =>
      `« Hourra ! » ${v3(x, "cria", "crièrent")} ${x.all}, mais tout doucement,^ un hourra chuchoté, parce que le soir approchait.`,
    () => `Tout le monde se fit un grand câlin, un de ces câlins où l’on ne sait plus très bien qui serre qui.`,
  ],
  recaps: [
    () =>
      `Bien blottis, ils repensèrent à toute la journée :^ les essais, les chutes, et le moment où tout s’était arrangé.`,
    (x) => `« Quelle journée, murmura ${x.lead}. Quelle belle, belle journée. »`,
    (x) =>
      `${cap(x.S.the)} repensa à la journée et sourit dans le noir.^ Demain serait un autre jour, mais cette nuit était faite pour se reposer.`,
    (x) =>
      `${cap(x.lead)} compta sur ses doigts tout ce qui s’était passé ce jour-là.^ Il n’y avait pas assez de doigts, alors ${x.lead} sourit et arrêta de compter.`,
    (x) =>
      `« Tu te souviens du début de la journée ? » chuchota ${x.S.the}.^ Tout le monde sourit : ça paraissait déjà si loin.`,
    () =>
      `Dans les têtes ensommeillées, toute la journée défilait encore, doucement, comme un livre d’images qu’on feuillette avant de dormir.`,
  ],
  details: [
    () => `L’air sentait la terre fraîche et quelque chose de sucré, comme du miel oublié au soleil.`,
    () =>
      `Quelque part, au loin, un oiseau chantait les trois mêmes notes, encore et encore, comme s’il répétait pour demain.`,
    () =>
      `De temps en temps, une petite brise passait et chatouillait les oreilles de tout le monde, comme un ami qui vous tape sur l’épaule.`,
    () => `Un petit papillon pâle passa, léger comme un murmure.`,
    () => `Quelque part, un grillon se mit à chanter, tout doucement, comme pour ne réveiller personne.`,
    () => `Un escargot avançait lentement sur une feuille, tout brillant, sans se presser.`,
    () => `Les ombres s’étiraient doucement, longues et paresseuses, comme des chats qui se réveillent.`,
    () =>
      `Un peu plus loin, quelque chose fit « plop », puis plus rien du tout, et personne ne sut jamais ce que c’était.`,
    () => `L’air était doux et tiède, comme un câlin qui ne voulait pas finir.`,
    () => `Une odeur de pain grillé flottait, on ne savait d’où, et tout le monde renifla avec gourmandise.`,
    () =>
      `Le vent s’amusait à faire de petits tourbillons de poussière, qui dansaient un instant puis retombaient, tout étourdis.`,
    () => `Tout était si calme qu’on pouvait entendre battre son propre cœur, tout doucement.`,
  ],
  windDowns: [
    (x) =>
      `Maintenant, ${x.t.bedtime}. ${cap(x.everyone)} trouvèrent ${x.p.bed} ${x.inPlace} et s’y blottirent, serrés les uns contre les autres.`,
    (x) =>
      `Peu à peu, tout devint calme. ${cap(x.p.sound)}, de plus en plus doucement,^ et les paupières ${de(x.S.the)} devinrent lourdes.`,
    (x) =>
      `Quelle longue et belle journée ! ${cap(x.all)} ${v3(x, "bâilla", "bâillèrent")} un grand coup, et ${x.S.the} bâilla aussi,^ puis tout le monde se pelotonna dans ${x.p.bed}.`,
    (x) =>
      `Lentement, le ciel devint tout noir ${x.inPlace}. Un à un, les bruits de la journée s’en allèrent sur la pointe des pieds, jusqu’à ce qu’il ne reste qu’un doux silence autour ${de(x.everyone)}.`,
    (x) =>
      `${cap(x.everyone)} s’allongèrent côte à côte pour compter les étoiles,^ mais personne ne dépassa cinq avant de fermer les yeux.`,
    (x) =>
      `${cap(x.S.the)} fit un grand bâillement tout lent, de ceux qui passent d’un ami à l’autre,^ et bientôt, tout le monde bâillait ${x.inPlace}.`,
    (x) =>
      `Le soir enveloppa ${x.place} comme une grande couverture.^ ${cap(x.everyone)} se serrèrent dans ${x.p.bed}, bien au chaud.`,
    (x) =>
      `${cap(x.everyone)} marchèrent de plus en plus lentement, de plus en plus doucement,^ jusqu’à s’arrêter pour de bon, blottis dans ${x.p.bed}.`,
    (x) =>
      `Déjà, ${x.t.bedtime}. ${cap(x.p.sound)}, comme une berceuse,^ et ${x.S.the} ferma les yeux pour mieux écouter.`,
    (x) =>
      `Un à un, ${x.everyone} posèrent la tête sur ${x.p.bed}.^ Tout était doux, tout était chaud, tout était tranquille.`,
    (x) =>
      `La respiration ${de(x.S.the)} devint lente, lente, comme une petite vague qui va et qui vient.^ Et tout autour, tout le monde respirait au même rythme.`,
    (x) =>
      `Les dernières lueurs s’éteignirent une à une ${x.inPlace}, comme des bougies qu’on souffle avant de dormir.^ ${cap(x.everyone)} se blottirent les uns contre les autres.`,
  ],
  goodnights: [
    (x) => `Bonne nuit, ${x.all}. Bonne nuit, ${x.S.call}. Dormez bien.`,
    () => `Et tout le monde dormit là, bien au chaud, en rêvant jusqu’au matin.`,
    () => `La lune veilla sur eux toute la nuit, et chacun fit de beaux rêves.`,
    (x) => `Chut… tout le monde dort, maintenant. Fais de beaux rêves, ${x.S.call}.`,
    () => `Bientôt, on n’entendit plus que des respirations lentes et douces. Dormez bien, les petits.`,
    () => `Blottis les uns contre les autres, ils s’endormirent dans les rêves les plus doux. Bonne nuit.`,
    () => `Et si tu écoutes très attentivement, tu les entendras peut-être ronfler, tout doucement. Bonne nuit.`,
    (x) =>
      `Les étoiles clignaient des yeux au-dessus ${de(x.place)}, et tous les yeux étaient fermés. Fais de beaux rêves.`,
    (x) => `Dors bien, ${x.S.call}. Demain, il y aura d’autres aventures.`,
    () => `Le silence se posa sur tout le monde, doux comme une plume. Bonne nuit.`,
    (x) => `Bonne nuit ${a(x.place)}, bonne nuit à tous les amis, et bonne nuit à toi aussi.`,
    (x) => `${cap(x.S.the)} rêvait déjà de la prochaine aventure. Chut… Bonne nuit.`,
    () => `Les étoiles veillèrent jusqu’au matin, sans faire le moindre bruit. Dors bien.`,
    (x) =>
      `Tout le monde dormait à poings fermés, ${x.S.the} au milieu, bien au chaud. Fais de beaux rêves, toi aussi.`,
    () => `Et la nuit, toute douce, garda leurs rêves bien au chaud jusqu’au matin.`,
    (x) => `Ferme les yeux, toi aussi. ${cap(x.everyone)} t’attendent déjà au pays des rêves.`,
  ],
  verses: {
    opening: [
      (x) => `${cap(x.inPlace)}, quand tombe le soir,\n${x.all} ${v3(x, "se promène", "se promènent")} pour voir.`,
      () => `Le ciel devient rose, tout doucement,\nune histoire commence, tranquillement.`,
      () => `Viens avec nous, ouvre grand les yeux,\nvoici l’histoire du soir, tout joyeux.`,
      (x) => `${cap(x.t.once)}, à la fin du jour,\n${x.all} ${v3(x, "fit", "firent")} un petit tour.`,
    ],
    setup: [
      (x) => `Mais voilà qu’arrive, d’un air tout triste et las,\n${x.S.a} qui ne savait pas quoi faire, hélas.`,
      (x) => `« Oh là là, dit ${x.S.the}, je suis dans l’embarras,\nqui donc, ce soir, me tendra le bras ? »`,
    ],
    try1: [
      () => `On essaya en sautant, on essaya en courant,\nmais ça ne marchait pas, pas même un instant.`,
      () => `Patatras, badaboum, quelle drôle de journée,\nmais chacun gardait déjà une autre idée.`,
      (x) => `« Pas tout à fait, dit ${x.lead}, mais ce n’est rien,\nune autre idée viendra, je le sais bien. »`,
      () => `Un essai raté, ce n’est pas la fin,\nc’est juste un pas sur le chemin.`,
    ],
    try2: [
      () => `On chercha une autre façon, une autre manière,\nmais rien ne marchait, ni devant ni derrière.`,
      () => `On essaya en haut, on essaya en bas,\nmais la solution ne se montrait pas.`,
    ],
    success: [
      (x) => `« J’ai une idée, dit ${x.helper}, tout doucement,\nfaisons-le ensemble, en avançant lentement. »`,
      () => `Et tout à coup, le souci s’envola,\net le bonheur, lui, resta là.`,
      () => `Ensemble, côte à côte, on trouva le chemin,\nmain dans la main, jusqu’au lendemain.`,
      () => `Avec un peu d’aide et beaucoup de patience,\ntout finit bien, comme par magie, en silence.`,
    ],
    ending: [
      () => `Ferme les yeux, la journée s’enfuit,\nbonne nuit à tous, bonne nuit, bonne nuit.`,
      (x) => `La lune est ronde, le ciel est tout noir,\n${x.everyone} se disent bonsoir.`,
      () => `Blottis bien au chaud, sous la couverture,\non s’endort en rêvant de l’aventure.`,
      () => `Dans le ciel, la lune fait coucou,\nfais de beaux rêves, mon petit chou.`,
      () => `Chut, chut, on éteint la lumière,\net on dort jusqu’à l’aube claire.`,
    ],
  },
  caption(beat, arc, x) {
    const all = cap(x.all);
    const v = x.v;
    if (beat === "opening") return `${all} ${v("profite", "profitent")} d’un moment tranquille ${x.inPlace}.`;
    if (beat === "setup") return `${all} ${v("rencontre", "rencontrent")} ${x.S.a} ${x.inPlace}.`;
    if (beat === "ending") return `${cap(x.everyone)} dorment paisiblement ${x.inPlace}.`;
    const trying = beat !== "success";
    switch (arc) {
      case "sleepless":
        return trying
          ? `${all} ${v("essaie", "essaient")} d’aider ${x.S.the} à s’endormir.`
          : `${cap(x.S.the)} bâille pendant ${que(x.all)} ${v("fredonne", "fredonnent")} une berceuse.`;
      case "afraid":
        return trying
          ? `${cap(x.S.the)} se cache, et ${x.all} ${v("reste", "restent")} tout près.`
          : `${cap(x.everyone)} regardent ${x.fear.the} ensemble.`;
      case "first":
        return trying
          ? `${cap(x.S.the)} se prépare pour ${x.first} avec ${x.all}.`
          : `${cap(x.S.the)} sourit, prêt${e(x.S)} pour ${x.first}.`;
      case "learn":
        return trying
          ? `${cap(x.S.the)} essaie ${deInf(x.goal.inf)} sous le regard ${de(x.all)}.`
          : `${cap(x.S.the)} arrive enfin à ${x.goal.inf}, et ${x.all} ${v("applaudit", "applaudissent")}.`;
      case "lost":
        return trying
          ? `${cap(x.everyone)} cherchent ${x.thing.the} ${x.p.spots[0]}.`
          : `${cap(x.S.the)} retrouve ${x.thing.the} ${x.p.spots[2]}.`;
      case "quest":
        return trying ? `${cap(x.everyone)} cherchent ${x.thing.the}.` : `${cap(x.everyone)} trouvent ${x.thing.the}.`;
      case "journey":
        return trying
          ? `${cap(x.everyone)} sont en route vers ${x.dest.the}.`
          : `${cap(x.everyone)} arrivent ${x.dest.to}.`;
      case "celebrate":
        return trying
          ? `${all} ${v("prépare", "préparent")} ${x.party.the} ${de(x.S.the)}.`
          : `${cap(x.S.the)} souffle une bougie avec ${x.all}.`;
      default:
        return trying
          ? `${all} ${v("essaie", "essaient")} d’apprivoiser ${x.S.the}.`
          : `${cap(x.S.the)} joue joyeusement avec ${x.all}.`;
    }
  },

  places: {
    forest: {
      sound: "les grands arbres chuchotaient entre eux",
      spots: [
        "derrière un tronc couvert de mousse",
        "sous un tas de feuilles craquantes",
        "dans le creux d’un vieil arbre",
      ],
      high: "tout en haut du plus grand sapin",
      noun: "la forêt",
      in: "dans la forêt",
      bed: "un nid de mousse douce",
    },
    sea: {
      sound: "les vagues faisaient chut, chut sur le sable",
      spots: [
        "sous une barque retournée",
        "entre les rochers gris et lisses",
        "dans une petite flaque entre les rochers",
      ],
      high: "tout en haut du vieux phare",
      noun: "la plage",
      in: "sur la plage",
      bed: "un creux de sable tiède",
    },
    castle: {
      sound: "les drapeaux des tours flottaient doucement",
      spots: ["derrière un rideau de velours", "sous la grande table en bois", "au pied de l’escalier en colimaçon"],
      high: "tout en haut de la plus haute tour",
      noun: "le château",
      in: "dans le château",
      bed: "un tas de coussins de velours",
    },
    meadow: {
      sound: "les hautes herbes ondulaient doucement",
      spots: ["parmi les boutons d’or", "derrière une meule de foin", "sous une touffe de trèfle"],
      high: "sur la plus haute branche du vieux pommier",
      noun: "le pré",
      in: "dans le pré",
      bed: "un lit d’herbes hautes",
    },
    town: {
      sound: "les réverbères ronronnaient doucement",
      spots: ["derrière les pots de fleurs du boulanger", "sous un banc de la place", "près de la fontaine"],
      high: "tout en haut de la tour de l’horloge",
      noun: "la petite ville",
      in: "dans la petite ville",
      bed: "un coin de fenêtre douillet",
    },
    space: {
      sound: "les planètes tournaient lentement, comme des toupies endormies",
      spots: [
        "derrière un caillou de lune plein de bosses",
        "au fond d’un cratère",
        "sous l’aile d’une fusée argentée",
      ],
      high: "sur la pointe du croissant de lune",
      noun: "l’espace",
      in: "parmi les étoiles",
      bed: "un petit nuage argenté",
    },
    garden: {
      sound: "les fleurs hochaient la tête dans la brise",
      spots: ["sous les grandes feuilles de citrouille", "derrière l’arrosoir", "dans un vieux pot de fleurs"],
      high: "tout en haut du cerisier",
      noun: "le jardin",
      in: "dans le jardin",
      bed: "un lit de pétales",
    },
    mountain: {
      sound: "le vent chantait doucement sur les rochers",
      spots: ["derrière un gros rocher tout rond", "dans une petite grotte", "parmi le thym sauvage"],
      high: "sur une corniche, tout en haut de la falaise",
      noun: "la montagne",
      in: "dans la montagne",
      bed: "une petite grotte bien douillette",
    },
    snow: {
      sound: "les flocons tombaient sans un bruit",
      spots: ["sous un tas de neige toute douce", "derrière le bonhomme de neige", "près d’un étang gelé"],
      high: "tout en haut d’un sapin enneigé",
      noun: "la colline enneigée",
      in: "dans la neige",
      bed: "un igloo tout chaud plein de couvertures",
    },
    river: {
      sound: "la rivière gazouillait sur les cailloux",
      spots: ["parmi les grands roseaux", "sous le petit pont de bois", "derrière une pierre moussue"],
      high: "sur une branche du saule penché au-dessus de l’eau",
      noun: "la rivière",
      in: "au bord de la rivière",
      bed: "un tapis de trèfle tout doux",
    },
    bedroom: {
      sound: "les rideaux ondulaient et la veilleuse brillait",
      spots: ["sous le lit", "dans le coffre à jouets", "derrière le gros oreiller"],
      high: "tout en haut de l’armoire",
      noun: "la chambre",
      in: "dans la chambre",
      bed: "un nid d’oreillers et de couvertures",
    },
    place: {
      sound: "tout était calme et paisible",
      spots: ["derrière une grosse pierre", "sous un buisson", "dans un petit coin douillet"],
      high: "tout en haut d’un très grand arbre",
      noun: "la vallée",
      in: "dans la vallée tranquille",
      bed: "un petit coin bien chaud",
    },
  },
  times: {
    morning: {
      once: "un beau matin",
      sky: "le soleil pointait le bout de son nez et l’air sentait bon la rosée",
      bedtime: "la journée s’était envolée et le ciel était tout noir",
    },
    afternoon: {
      once: "par un doux après-midi",
      sky: "le soleil était chaud et paresseux, et les ombres étaient courtes",
      bedtime: "les premières étoiles s’étaient allumées",
    },
    evening: {
      once: "par un soir tout doré",
      sky: "le ciel se teintait de rose et d’orangé, comme une pêche bien mûre",
      bedtime: "la dernière lueur du jour s’était éteinte",
    },
    night: {
      once: "par une nuit tranquille",
      sky: "la lune était ronde et argentée, et les étoiles scintillaient",
      bedtime: "la lune était haute et toute endormie",
    },
  },
};
