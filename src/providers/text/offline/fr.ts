/** French grammar for the offline storyteller (see `grammar.ts`). Passé simple, as in picture books. */
import type { Ctx, Grammar, Np, Ref } from "./grammar";
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

export const fr: Grammar = {
  lang: "fr",
  with: "avec",
  and: "et",
  // French typography: a no-break space before ? ! : ; » and after «.
  finish: (text) => text.replace(/ ([?!:;»])/g, "\u00a0$1").replace(/« /g, "«\u00a0"),
  titleCase: (text) => cap(text),

  arcs: {
    sleepless: {
      titles: [(x) => `${x.S.the} qui n’arrivait pas à dormir`, (x) => `Une berceuse pour ${x.S.the}`],
      setup: [
        (x) =>
          `Comme la lumière devenait toute douce, ${x.all} ${v3(x, "entendit", "entendirent")} un long soupir tremblotant. C’était ${x.S.a}, ${tout(x.S)} seul${e(x.S)}, les yeux grands ouverts,^ et pas du tout endormi${e(x.S)}. « Je n’arrive pas à dormir, dit ${x.S.the}. J’essaie, j’essaie,^ mais mes yeux ne veulent pas rester fermés. »`,
        (x) =>
          `Juste à ce moment-là, ${x.S.a} passa en bâillant et en se frottant les yeux. « Tout le monde dort, chuchota ${x.S.the},^ mais moi, je suis ${tout(x.S)} réveillé${e(x.S)}, et la nuit me paraît très longue. » ${cap(x.all)} ${v3(x, "comprit", "comprirent")} tout de suite qu’il fallait l’aider.`,
      ],
      try1: [
        (x) =>
          `« Comptons les moutons », proposa ${x.lead}. Alors tout le monde compta : un mouton tout doux, deux moutons tout doux, jusqu’à quarante-sept.^ Mais à force de compter, ${x.S.the} se demanda ce qui venait après,^ et bientôt ses yeux furent plus grands ouverts que jamais.`,
        (x) =>
          `${cap(x.second)} apporta une tasse de lait chaud. ${cap(x.S.the)} la but d’un seul coup,^ et aussitôt, le hoquet arriva : hic ! hic ! Personne ne peut s’endormir avec le hoquet,^ alors ça ne marcha pas du tout.`,
      ],
      try2: [
        (x) =>
          `Ensuite, ${x.lead} raconta une histoire, mais elle était pleine de pirates et de courses-poursuites,^ et ${x.S.the} se redressa pour connaître la suite. Une histoire trop palpitante, ça réveille au lieu d’endormir.`,
        (x) =>
          `Puis on construisit une montagne d’oreillers pour ${x.S.the}. Elle était magnifique,^ mais elle vacillait au moindre mouvement,^ et ${x.S.the} glissait sans cesse par terre, boum.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, eut une idée toute douce. « Arrêtons d’essayer si fort, dit ${x.helper}. Écoutons, tout simplement. » Tout le monde resta immobile, et ${x.p.sound}.^ ${cap(x.S.the)} respira lentement, tout doucement,^ et ses paupières commencèrent à se fermer.`,
        (x) =>
          `Enfin, ${x.helper}, ${x.trait}, se mit à fredonner la plus douce des berceuses. Tout le monde fredonna aussi, de plus en plus bas.^ Une chanson lente rend les pensées lentes, elles aussi,^ et bientôt ${x.S.the} fit un énorme bâillement.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} se pelotonna dans ${x.p.bed}. « Merci », ${inv("murmura", x.S)}, déjà à moitié endormi${e(x.S)}. « Je crois que je sais comment faire, maintenant. »`,
        (x) =>
          `« C’est ça, avoir sommeil ? chuchota ${x.S.the}. C’est merveilleux. » Et ${il(x.S)} se blottit dans ${x.p.bed} avec un sourire.`,
      ],
      morals: [
        "Le sommeil vient tout doucement quand on arrête de lui courir après et qu’on écoute.",
        "Une chanson lente et un ami tout près, voilà le meilleur chemin vers les rêves.",
      ],
    },
    afraid: {
      titles: [(x) => `${x.S.the} qui avait peur ${de(x.fear.the)}`, (x) => `${x.S.the} et ${x.fear.the}`],
      setup: [
        (x) =>
          `Sous un buisson, ${x.all} ${v3(x, "trouva", "trouvèrent")} ${x.S.a}, roulé${e(x.S)} en boule et ${tout(x.S)} tremblant${e(x.S)}. « Qu’est-ce qui ne va pas ? » demanda ${x.lead}. « C’est ${x.fear.the}, chuchota ${x.S.the}. J’ai peur ${de(x.fear.the)},^ et ce soir, je ne pense qu’à ça. »`,
        (x) =>
          `${cap(x.S.a)} arriva en courant, en regardant derrière ${x.S.fem ? "elle" : "lui"}. « Oh, ${x.fear.the} ! couina ${x.S.the}. Je n’aime pas du tout ${x.fear.the}. » ${cap(x.all)} ${v3(x, "voyait", "voyaient")} bien que ${x.S.the} avait très peur.`,
      ],
      try1: [
        (x) =>
          `D’abord, ${x.S.the} essaya de se cacher sous une grande feuille, les yeux bien fermés.^ Mais quand on ne voit rien, chaque petit bruit paraît plus gros,^ et ${x.S.the} eut encore plus peur.`,
        (x) =>
          `« Faisons comme si ${x.fear.the} n’${x.fear.plural ? "existaient" : "existait"} pas », proposa ${x.second}. Tout le monde essaya très fort de ne pas penser ${a(x.fear.the)}.^ Mais plus on essayait, plus on y pensait,^ et ${x.S.the} frissonna.`,
      ],
      try2: [
        (x) =>
          `Alors ${x.lead} cria « Va-t’en ! » de sa plus grosse voix.^ Mais l’écho répondit « Va-t’en ! Va-t’en ! »,^ et ${x.S.the} sursauta encore plus fort.`,
        (x) =>
          `Ensuite, on construisit un mur de cailloux pour empêcher ${x.fear.the} d’entrer.^ Mais aucun mur ne peut arrêter ${x.fear.the},^ et ${x.S.the} jetait toujours des regards inquiets par-dessus.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, s’assit tout près ${de(x.S.the)}. « Regardons ensemble, tout doucement », dit ${x.helper}. Alors on regarda,^ et tout était plein de petites choses gentilles : ${x.p.sound}. Rien ni personne ne voulait faire peur.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, tendit la main. « Quand on est ensemble, ça devient plus petit », dit ${x.helper}. Côte à côte, on s’approcha tout près ${de(x.fear.the)}.^ De près, ce n’était pas effrayant du tout ;^ c’était juste le monde, bien tranquille.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} poussa un long soupir. « ${cap(x.fear.the)}, ce n’est pas si effrayant quand on a des amis », ${inv("dit", x.S)},^ et ${il(x.S)} sourit même un peu.`,
        (x) =>
          `« J’ai été courageu${x.S.fem ? "se" : "x"} ! » s’écria ${x.S.the}, ${tout(x.S)} surpris${e(x.S)}. « Oui, dit ${x.lead}. Être courageux, ce n’est pas ne jamais avoir peur.^ C’est essayer quand même. »`,
      ],
      morals: [
        "Ce qui nous fait peur devient plus petit quand on le regarde ensemble.",
        "Être courageux, ce n’est pas ne pas avoir peur : c’est tenir la main d’un ami et essayer.",
      ],
    },
    first: {
      titles: [(x) => `${x.S.the} et ${x.first}`, (x) => `Le grand jour ${de(x.S.the)}`],
      setup: [
        (x) =>
          `${cap(x.S.a)} était assis${e(x.S)} sur une pierre, sans un mot. « Demain, c’est ${x.first}, dit ${x.S.the},^ et je ne sais pas comment ça va se passer. Et si personne ne voulait jouer avec moi ? »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "trouva", "trouvèrent")} ${x.S.a} en train de s’entraîner à dire bonjour, encore et encore. « Demain, c’est ${x.first}, expliqua ${x.S.the},^ et j’ai plein de papillons dans le ventre. »`,
      ],
      try1: [
        (x) =>
          `« Si je me cache, demain ne viendra peut-être pas », dit ${x.S.the}, et ${il(x.S)} se cacha derrière ${x.lead}.^ Mais demain arrive toujours, même pour ceux qui se cachent,^ et les papillons ne se calmèrent pas.`,
        (x) =>
          `${cap(x.second)} fit une longue liste de choses à ne pas oublier.^ Mais la liste était si longue que ${x.S.the} avait oublié le début avant d’entendre la fin,^ et les papillons s’agitèrent de plus belle.`,
      ],
      try2: [
        (x) =>
          `Ensuite, on joua à faire semblant, et ${x.lead} fit la maîtresse. C’était amusant,^ mais ${x.S.the} demanda quand même : « Et si, pour de vrai, c’est différent ? »`,
        (x) =>
          `Puis on prépara un sac avec tout ce dont ${x.S.the} pourrait avoir besoin : un goûter, un crayon et une chaussette de rechange.^ Le sac était prêt,^ mais ${x.S.the} ne se sentait pas encore prêt${e(x.S)}.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Là-bas, tout le monde sera nouveau aussi. Tout le monde a des papillons dans le ventre. » ${cap(x.S.the)} cligna des yeux. « Tout le monde ? — Tout le monde », dit ${x.helper}.^ Et, sans qu’on sache comment, les papillons se posèrent.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, eut une idée : « Demain, cherche quelqu’un qui a l’air un peu inquiet, et dis-lui bonjour.^ Comme ça, vous aurez un ami tous les deux. » ${cap(x.S.the)} s’entraîna à dire bonjour jusqu’à ce que ce soit facile.`,
      ],
      resolution: [
        (x) =>
          `« Je crois que je suis prêt${e(x.S)} », dit ${x.S.the}, et c’était vrai. Demain serait nouveau,^ et les choses nouvelles peuvent être merveilleuses.`,
        (x) =>
          `${cap(x.S.the)} fit un petit sourire courageux. « Vous me ferez coucou demain matin ? — On fera les plus grands coucous du monde », ${v3(x, "promit", "promirent")} ${x.all}.`,
      ],
      morals: [
        "Tout le monde est un peu inquiet devant les choses nouvelles, et c’est normal.",
        "Un nouvel endroit est plein d’amis qu’on n’a pas encore rencontrés.",
      ],
    },
    learn: {
      titles: [(x) => `${x.S.the} qui voulait ${x.goal.inf}`, (x) => `${x.S.the} apprend à ${x.goal.inf}`],
      setup: [
        (x) =>
          `${cap(x.S.a)} passa par là en regardant le ciel avec un soupir. « Je voudrais tellement ${x.goal.inf}, ${inv("dit", x.S)},^ mais je n’y suis jamais arrivé${e(x.S)}, pas même une fois. »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "rencontra", "rencontrèrent")} ${x.S.a} qui s’entraînait ${tout(x.S)} seul${e(x.S)}, et ça ne marchait pas du tout. « J’essaie ${deInf(x.goal.inf)}, dit ${x.S.the},^ mais je n’y arrive pas. »`,
      ],
      try1: [
        (x) =>
          `« Essaie très fort, d’un seul coup ! » dit ${x.lead}. Alors ${x.S.the} essaya de toutes ses forces,^ mais si fort que tout se mit à trembler, et patatras ! Quand on force trop, tout devient raide.`,
        (x) =>
          `${cap(x.S.the)} observa un oiseau et l’imita exactement.^ Mais ce qui marche pour un oiseau ne marche pas pour tout le monde,^ et ${x.S.the} finit ${tout(x.S)} emmêlé${e(x.S)}, en riant, et un peu triste.`,
      ],
      try2: [
        (x) =>
          `Ensuite, ${x.second} lut les instructions dans un très vieux livre.^ Mais il y avait tant d’étapes que ${x.S.the} s’embrouilla dès la deuxième^ et dut s’asseoir.`,
        (x) =>
          `Puis on essaya tout en haut d’une colline, parce que, de là-haut, ce serait sûrement plus facile.^ Mais là-haut, le vent soufflait bien trop fort,^ et ${x.S.the} dut s’accrocher ${a(x.lead)}.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Commençons tout petit. Juste un peu, puis encore un peu. » Alors ${x.S.the} s’entraîna un peu,^ puis encore un peu, pendant que tout le monde l’encourageait tout bas. Et soudain, ${x.S.the} réussit à ${x.goal.inf} ! Juste un peu, mais pour de vrai.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, resta tout près et compta lentement : un, deux, trois. Pas à pas, ${x.S.the} trouva sa propre façon de faire,^ et avant le coucher du soleil, ${il(x.S)} savait ${x.goal.inf}, un tout petit peu, sans aucune aide.`,
      ],
      resolution: [
        (x) =>
          `« J’ai réussi ! » cria ${x.S.the}, puis ${il(x.S)} se souvint que c’était bientôt l’heure de dormir, et chuchota plutôt : « J’ai réussi. »^ Tout le monde chuchota en retour : « Bravo ! »`,
        (x) =>
          `${cap(x.S.the)} était si fi${x.S.fem ? "ère" : "er"}. « Demain, je m’entraînerai encore, ${inv("dit", x.S)}. Mais cette nuit, je vais rêver que je sais ${x.goal.inf}. »`,
      ],
      morals: [
        "Les grandes choses s’apprennent à petits pas, l’un après l’autre.",
        "Chacun apprend à sa façon et à son rythme.",
      ],
    },
    lost: {
      titles: [(x) => `${x.S.the} et ${x.thing.lost}`, (x) => `${x.S.the} cherche ${x.thing.the}`],
      setup: [
        (x) =>
          `Juste à ce moment-là, ${x.S.a} arriva en reniflant, les yeux pleins de larmes. « J’ai perdu ${x.thing.my}, dit ${x.S.the}. J’ai cherché partout,^ et impossible de ${pro(x.thing, "retrouver")} ! »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "entendit", "entendirent")} un petit bruit tout triste. C’était ${x.S.a}, qui cherchait sous chaque feuille. « ${cap(x.thing.my)} ${x.thing.plural ? "ont" : "a"} disparu, dit ${x.S.the}. Je ${pro(x.thing, "avais")} il y a un instant,^ et maintenant, je ne ${pro(x.thing, "trouve")} plus. »`,
      ],
      try1: [
        (x) =>
          `D’abord, on chercha ${x.p.spots[0]}, ${x.S.the} en tête. On chercha en haut, en bas, partout,^ mais on ne trouva qu’un escargot tout ensommeillé, qui ouvrit un œil, dit « Pas ici, désolé » et se rendormit aussitôt.`,
        (x) =>
          `D’abord, on fouilla ${x.p.spots[0]}. Il y avait une pomme de pin, une plume et un scarabée très étonné,^ mais pas ${x.thing.the}. « Pas par ici », soupira ${x.S.the}.`,
      ],
      try2: [
        (x) =>
          `Ensuite, on demanda conseil à une vieille tortue très sage qui se reposait ${x.p.spots[1]}. La tortue regarda ${x.S.the} et réfléchit très, très longtemps. « Les choses perdues aiment être retrouvées par des amis très, très silencieux », dit-elle enfin. Ce n’était pas vraiment une réponse,^ mais c’était un indice.`,
        (x) =>
          `Ensuite, on chercha ${x.p.spots[1]}, et ${x.S.the} appela : « Ohé ! Où es-tu ? »^ Mais seul l’écho répondit,^ et ${x.thing.the} ${x.thing.plural ? "restèrent" : "resta"} ${ag(x.thing, "caché")}.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Refaisons le chemin ${de(x.S.the)}, pas à pas. » C’est ce qu’on fit,^ et là, ${x.p.spots[2]}, il y avait ${x.thing.the}, exactement là où ${x.S.the} ${pro(x.thing, "avait")} ${ag(x.thing, "posé")} !`,
        (x) =>
          `Alors tout le monde resta immobile pour écouter. Chut… chut… Puis ${x.helper}, ${x.trait}, remarqua quelque chose ${x.p.spots[2]}.^ ${cap(x.lead)} s’approcha sur la pointe des pieds, jeta un coup d’œil et… oui ! ${cap(x.thing.the)} ${etait(x.thing)} là !`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} serra ${x.thing.the} très fort. « Merci, merci ! » ${inv("s’écria", x.S)}, et ${il(x.S)} fit un câlin à tout le monde, l’un après l’autre.`,
        (x) =>
          `En fait, un bébé écureuil avait emprunté ${x.thing.the} pour jouer. « Pardon », couina l’écureuil en ${pro(x.thing, "rendant")} avec un sourire timide,^ et ${x.S.the} fut si content${e(x.S)} qu’${il(x.S)} dansa une petite danse.`,
      ],
      morals: [
        "Quand on cherche ensemble, on retrouve plus facilement ce qu’on a perdu.",
        "Un moment de calme et un ami gentil peuvent retrouver presque tout.",
      ],
    },
    journey: {
      titles: [
        (x) => `${x.S.the} ${x.dest.to === "à la maison" ? "rentre" : "part"} ${x.dest.to}`,
        (x) => `Le long voyage ${de(x.S.the)}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} préparait un tout petit sac. « Je pars ${x.dest.to}, ${inv("annonça", x.S)},^ mais c’est loin, et je ne connais pas le chemin. — On vient avec toi », ${v3(x, "dit", "dirent")} ${x.all}.`,
        (x) =>
          `${cap(x.all)} ${v3(x, "rencontra", "rencontrèrent")} ${x.S.a} au bord du chemin, penché${e(x.S)} sur une carte toute froissée. « Je dois aller ${x.dest.to} avant la nuit, dit ${x.S.the},^ mais je ne suis jamais allé${e(x.S)} si loin. » Alors on partit ensemble.`,
      ],
      try1: [
        (x) =>
          `Bientôt, on arriva devant un ruisseau. ${cap(x.S.the)} essaya de sauter par-dessus d’un seul bond,^ mais c’était trop loin, et plouf ! Un ruisseau aussi large, ça ne se saute pas d’un coup.`,
        (x) =>
          `Bientôt, le chemin se sépara en deux. ${cap(x.S.the)} choisit celui de gauche parce qu’il était plus joli,^ mais il tournait en rond et ramena tout le monde exactement au même endroit.`,
      ],
      try2: [
        (x) =>
          `Puis un brouillard arriva, épais et blanc comme du lait. On ne voyait même plus ses pieds,^ alors on se tint la main, et ${x.S.the} serra plus fort que tout le monde.`,
        (x) =>
          `Puis le chemin grimpa sur une colline très raide. À mi-chemin, ${x.S.the} était si fatigué${e(x.S)} qu’${il(x.S)} s’assit en disant : « Je ne peux plus avancer. »`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, eut une idée : « Passons de pierre en pierre. » On trouva des pierres plates et on traversa, un pas prudent après l’autre,^ et de l’autre côté, le chemin menait tout droit ${x.dest.to}.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, leva les yeux. « Les étoiles vont nous montrer le chemin », dit ${x.helper}. On suivit la plus brillante, lentement, tous ensemble,^ et enfin, on arriva ${x.dest.to}.`,
      ],
      resolution: [
        (x) =>
          `« On y est ! » s’écria ${x.S.the}. ${cap(x.dest.the)} était là, comme dans ses rêves,^ et c’était encore plus beau que ce qu’${il(x.S)} avait imaginé.`,
        (x) =>
          `${cap(x.S.the)} regarda autour ${x.S.fem ? "d’elle" : "de lui"} avec des yeux brillants. « C’était un long chemin, ${inv("dit", x.S)},^ mais avec des amis, le long chemin a paru court. »`,
      ],
      morals: [
        "Un long chemin paraît plus court quand des amis le font avec nous.",
        "Des petits pas, l’un après l’autre, peuvent mener très loin.",
      ],
    },
    celebrate: {
      titles: [(x) => `${cap(x.party.a)} pour ${x.S.the}`, (x) => `La fête surprise ${de(x.S.the)}`],
      setup: [
        (x) =>
          `« Devinez quoi ? » dit ${x.S.the} en sautillant vers ${x.all}. « Aujourd’hui, c’est ${x.party.my} !^ Mais je n’ai pas de gâteau, ni de ballons, ni rien du tout. »`,
        (x) =>
          `${cap(x.all)} ${v3(x, "trouva", "trouvèrent")} ${x.S.a} qui avait l’air un peu seul${e(x.S)}. « C’est ${x.party.my}, ${inv("dit", x.S)} tout bas,^ et je croyais que personne ne le savait. — Maintenant, on le sait, dit ${x.lead}, et ça change tout. »`,
      ],
      try1: [
        (x) =>
          `D’abord, on essaya de préparer pour ${x.S.the} un gâteau aussi haut qu’une tour.^ Mais un gâteau très haut, c’est un gâteau qui penche,^ et il s’écroula avec un petit « flop ».`,
        (x) =>
          `D’abord, on accrocha des guirlandes entre les branches pour ${x.S.the}.^ Mais un coup de vent arriva, fouuu,^ et les emporta toutes comme des cerfs-volants.`,
      ],
      try2: [
        (x) =>
          `Ensuite, on voulut chanter une grande chanson de fête pour ${x.S.the}, mais chacun commença à un moment différent,^ et on aurait dit une bande d’oies tout embrouillées.`,
        (x) =>
          `Puis ${x.lead} essaya de gonfler un ballon pour ${x.S.the}, mais il s’échappa et s’envola, pfffuit, en tournant dans tous les sens,^ jusqu’à atterrir dans un buisson.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Une fête n’a pas besoin d’être grande. Il suffit d’être ensemble. » Alors chacun apporta une petite chose : une baie, un caillou brillant, une chanson.^ Sur une pierre plate, on fit un tout petit gâteau de baies, avec une bougie dessus.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, réunit tout le monde en cercle. On partagea ce qu’on avait et on chanta doucement, tous ensemble cette fois,^ et ${x.S.the} souffla une toute petite bougie en faisant un vœu.`,
      ],
      resolution: [
        (x) =>
          `« C’est ${x.party.fem ? "la plus belle" : frVowel(x.party.bare) ? "le plus bel" : "le plus beau"} ${x.party.bare} de toute ma vie ! » dit ${x.S.the}, avec des miettes sur le nez et un sourire jusqu’aux oreilles.`,
        (x) =>
          `${cap(x.S.the)} regarda tous ces visages amis. « Je n’avais pas besoin ${de(x.party.a)} immense, ${inv("dit", x.S)}. J’avais juste besoin de vous. »`,
      ],
      morals: [
        "Les plus belles fêtes sont faites d’amis, pas de choses.",
        "Une petite fête partagée avec des amis, c’est le plus grand des bonheurs.",
      ],
    },
    friend: {
      titles: [
        (x) => (x.F ? `${x.S.the} et ${x.F.the}` : `${x.S.the} se fait un ami`),
        (x) => `Un nouvel ami pour ${x.S.the}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} pointait le bout de son nez ${x.p.spots[0]}. ${cap(il(x.S))} regarda ${x.all} avec de grands yeux timides, puis disparut aussitôt.^ « Je suis ${x.S.fem ? "nouvelle" : "nouveau"} ici, dit une toute petite voix, et je n’ai pas d’amis. »${x.F ? ` ${cap(x.F.a)} regardait, ${x.F.fem ? "elle" : "lui"} aussi, d’un peu plus loin.` : ""}`,
        (x) =>
          `${cap(x.S.a)} était assis${e(x.S)} ${tout(x.S)} seul${e(x.S)}, à dessiner des ronds dans la poussière avec un bâton. Tout le monde semblait avoir quelqu’un avec qui jouer,^ mais ${x.S.the} n’avait personne.${x.F ? ` Pas très loin, ${x.F.a} était ${tout(x.F)} seul${e(x.F)}, ${x.F.fem ? "elle" : "lui"} aussi.` : ""}`,
      ],
      try1: [
        (x) =>
          `« Viens jouer ! » cria ${x.lead} en courant très vite.^ Mais tout ce bruit et cette agitation, c’était trop,^ et ${x.S.the} se cacha encore plus loin. Les amis timides ont besoin de bonjours tout doux.`,
        (x) =>
          `${cap(x.second)} proposa ${a(x.S.the)} de jouer à chat.^ Mais ${x.S.the} ne connaissait pas les règles et n’osait pas le dire,^ alors ${il(x.S)} resta sur le côté, un peu à l’écart.`,
      ],
      try2: [
        (x) =>
          `Puis on offrit un cadeau ${a(x.S.the)} : une grosse pomme de pin toute brillante. ${cap(x.S.the)} dit merci poliment,^ mais un cadeau, ce n’est pas pareil qu’un ami.`,
        (x) =>
          `Puis tout le monde parla en même temps : « Comment tu t’appelles ? Où tu habites ? C’est quoi, ta couleur préférée ? »^ ${cap(x.S.the)} ne savait plus à quelle question répondre.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, s’assit simplement à côté et se mit à construire une tour de cailloux, sans bruit.^ Au bout d’un moment, ${x.S.the} s’approcha et posa un caillou tout en haut. Puis un autre.^ Bientôt, tout le monde construisait ensemble, en riant.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, demanda : « Tu veux nous montrer un jeu que tu aimes ? » ${cap(x.S.the)} réfléchit, puis montra un jeu de son pays.^ C’était un jeu merveilleux, et tout le monde voulut y rejouer encore et encore.`,
      ],
      resolution: [
        (x) =>
          `« Vous voudrez bien rejouer avec moi demain ? » demanda ${x.S.the}. « Tous les jours », ${v3(x, "répondit", "répondirent")} ${x.all},^ et le sourire ${de(x.S.the)} devint aussi grand que le ciel.${x.F ? ` ${cap(x.F.the)} souriait aussi.` : ""}`,
        (x) =>
          `${cap(x.S.the)} n’était plus ${x.S.fem ? "nouvelle" : "nouveau"}.^ ${cap(il(x.S))} avait des amis, maintenant,^ et c’est une chose qui réchauffe le cœur.`,
      ],
      morals: [
        "Les bonjours tout doux font les plus belles amitiés.",
        "On est tous nouveaux quelque part, et un ami gentil nous y fait sentir chez nous.",
      ],
    },
    quest: {
      titles: [(x) => `${x.S.the} et ${x.thing.the}`, (x) => `${x.S.the} part à la recherche ${de(x.thing.the)}`],
      setup: [
        (x) =>
          `Ce jour-là, ${x.S.the} ne pensait qu’à une chose : ${x.thing.the}. « Je voudrais trouver ${x.thing.the}, ${inv("dit", x.S)},^ et ${pro(x.thing, "voir")} de mes propres yeux. » Alors tout le monde partit chercher.`,
        (x) =>
          `${cap(x.S.a)} arriva avec une grande question. « Où est-ce qu’on peut trouver ${x.thing.the} ? » ${inv("demanda", x.S)}.^ Personne ne savait, alors on décida de chercher ensemble.`,
      ],
      try1: [
        (x) =>
          `D’abord, on regarda ${x.p.spots[0]}, mais ${x.thing.the} n’${etait(x.thing)} pas là,^ et ${x.S.the} ne trouva qu’un scarabée qui portait une miette deux fois plus grosse que lui.`,
        (x) =>
          `D’abord, ${x.S.the} grimpa tout en haut pour voir plus loin. On vit des toits, des arbres et des nuages,^ mais pas ${x.thing.the}.`,
      ],
      try2: [
        (x) =>
          `Ensuite, on demanda à un vieux hibou très sage. « Hou, dit le hibou, les plus belles choses se trouvent quand on regarde lentement. » C’était une drôle de réponse,^ mais ${x.S.the} s’en souvint.`,
        (x) => `Ensuite, ${x.S.the} regarda ${x.p.spots[1]} en appelant : « Tu es là ? »^ Mais seul l’écho répondit.`,
      ],
      success: [
        (x) =>
          `Alors ${x.helper}, ${x.trait}, dit : « Regardons lentement, comme l’a dit le hibou. » Alors on marcha tout doucement, en regardant tout,^ et là, ${x.p.spots[2]}, on trouva enfin ${x.thing.the} !`,
        (x) =>
          `Comme le ciel s’assombrissait, ${x.helper}, ${x.trait}, montra quelque chose du doigt, ${x.p.spots[2]}. « Regardez ! » Et ${x.thing.the} ${etait(x.thing)} là, plus ${x.thing.fem ? "merveilleuse" : "merveilleux"}${x.thing.plural && x.thing.fem ? "s" : ""} que tout ce qu’on avait imaginé.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} regarda, et regarda encore. « Je m’en souviendrai toute ma vie », ${inv("chuchota", x.S)}.`,
        (x) =>
          `On resta longtemps assis ensemble, à regarder ${x.thing.the},^ et personne ne dit rien, parce qu’il n’y avait rien à dire.`,
      ],
      morals: [
        "Les choses merveilleuses se trouvent quand on prend le temps de regarder.",
        "La curiosité et de bons amis peuvent mener partout.",
      ],
    },
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
  ],
  describe: [
    (name, desc) => `${name}, c’était ${desc}.`,
    (name, desc) => `On reconnaissait ${name} de loin : ${desc}.`,
    (name, desc) => `${name}, ${desc}, était là aussi.`,
    (name, desc) => `Si l’on regardait bien ${name}, on voyait ${desc}.`,
  ],
  character: [
    (name, t) => `Tout le monde connaissait ${t.nouns[0]} ${de(name)}.`,
    (name, t) => `Ce qu’on aimait chez ${name}, c’était ${t.nouns.join(" et ")}.`,
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
  ],
  wonders: [
    () =>
      `En chemin, on s’arrêta pour regarder les petites merveilles tout autour : une coccinelle qui grimpait sur un brin d’herbe, un grillon qui chantait quelque part. C’était bon d’aller doucement.`,
    (x) => `${cap(x.lead)} s’arrêta et leva les yeux : ${x.t.sky}. C’était comme si le monde entier les encourageait.`,
    () => `On se reposa un moment en partageant quelques baies.^ Tout paraît plus facile après un petit goûter.`,
    (x) => `On continua en silence,^ et ${x.p.sound}.`,
    () => `Une petite brise apporta une odeur de fleurs, et tout le monde la respira lentement.`,
    () => `Tout là-haut, un oiseau rentrait à son nid, et on lui fit un signe de la main.`,
  ],
  pauses: [
    (x) =>
      `${cap(x.S.the)} s’arrêta pour sentir une fleur, et tout le monde attendit patiemment.^ On a toujours le temps pour une fleur.`,
    (x) => `Une famille de lucioles passa en clignotant pour dire bonjour, et ${x.S.the} cligna des yeux en retour.`,
    (x) =>
      `Quelque part, une grenouille fit « coâ » d’une grosse voix, et ${x.S.the} rit tellement que tout le monde se mit à rire aussi.`,
    (x) =>
      `On passa près d’une flaque où se reflétait un morceau de ciel, et ${x.S.the} s’arrêta pour regarder dedans.`,
  ],
  worries: [
    (x) =>
      `Pendant un instant, ${x.lead} sentit un petit pincement d’inquiétude, comme un papillon dans le ventre. Et si on n’y arrivait pas ? Mais les soucis rapetissent quand on les partage,^ alors tout le monde se prit par la main et respira un grand coup.`,
    (x) =>
      `Le monde parut soudain très grand, et ${x.S.the} se sentit ${tout(x.S)} petit${e(x.S)}. Mais même les plus petits peuvent faire de grandes choses,^ tout le monde le sait.`,
    (x) =>
      `« On va vraiment y arriver ? » chuchota ${x.second}. « On peut essayer, dit ${x.lead}. Et essayer, c’est toujours le premier pas. »`,
  ],
  cheers: [
    () =>
      `Tout le monde était si content qu’on souriait jusqu’aux oreilles, avec des sourires si grands qu’ils tenaient à peine sur les visages.`,
    (x) =>
      `${cap(x.lead)} avait chaud au cœur, comme devant un bon feu de cheminée. Aider un ami, c’est l’un des plus beaux sentiments du monde.`,
    () => `On dansa une petite danse de joie, tout doucement, parce que c’était bientôt l’heure de dormir.`,
  ],
  recaps: [
    () =>
      `Bien blottis, ils repensèrent à toute la journée :^ les essais, les chutes, et le moment où tout s’était arrangé.`,
    (x) => `« Quelle journée, murmura ${x.lead}. Quelle belle, belle journée. »`,
    (x) =>
      `${cap(x.S.the)} repensa à la journée et sourit dans le noir.^ Demain serait un autre jour, mais cette nuit était faite pour se reposer.`,
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
          : `${cap(x.S.the)} bâille pendant que ${x.all} ${v("fredonne", "fredonnent")} une berceuse.`;
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
