/** Spanish phrase tables for the offline storyteller (see `phrasebook.ts`). */
import type { Noun, Phrasebook, Visitor } from "./phrasebook";
import { cap } from "./text";

/** Object pronoun: lo, la, los, las (also joined to an infinitive: "encontrarla"). */
const lo = (n: Noun) => (n.plural ? (n.fem ? "las" : "los") : n.fem ? "la" : "lo");
/** Agreement: perdid → perdido, perdida, perdidos, perdidas. */
const ag = (n: { fem: boolean; plural?: boolean }, stem: string) => stem + (n.fem ? "a" : "o") + (n.plural ? "s" : "");
const de = (text: string) => (text.startsWith("el ") ? `del ${text.slice(3)}` : `de ${text}`);
const a = (text: string) => (text.startsWith("el ") ? `al ${text.slice(3)}` : `a ${text}`);
const o = (v: Visitor) => (v.fem ? "a" : "o");
const estaba = (n: Noun) => (n.plural ? "estaban" : "estaba");

function noun(bare: string, fem: boolean, gloss: string, plural = false): Noun {
  const article = plural ? (fem ? "las" : "los") : fem ? "la" : "el";
  return { the: `${article} ${bare}`, my: `${plural ? "mis" : "mi"} ${bare}`, bare, plural, fem, gloss };
}

const LOST_WORDS = /(?<!\p{L})(perdid[oa]s?|desaparecid[oa]s?|extraviad[oa]s?)(?!\p{L})\s*/giu;

export const es: Phrasebook = {
  // "y" becomes "e" before an "i" sound: "Pip e Inés".
  joinNames: (names) => {
    if (names.length < 2) return names[0] ?? "";
    const last = names[names.length - 1] ?? "";
    return `${names.slice(0, -1).join(", ")} ${/^h?[iíï](?![aeiouáéó])/i.test(last) ? "e" : "y"} ${last}`;
  },
  quote: (text) => `«${text}»`,
  parseThing(text) {
    const match = /^(un|una|unos|unas|el|la|los|las|mi|mis|tu|tus|su|sus)\s+(.+)$/i.exec(text);
    if (!match) return null;
    const article = (match[1] ?? "").toLowerCase();
    const bare = (match[2] ?? "").replace(LOST_WORDS, "").trim().toLowerCase();
    if (!bare || bare.split(" ").length > 4 || !/^[\p{L} '’-]+$/u.test(bare)) return null;
    const plural = ["unos", "unas", "los", "las", "mis", "tus", "sus"].includes(article);
    // A possessive does not say the gender: the noun's ending does, most of the time.
    const fem =
      ["una", "unas", "la", "las"].includes(article) ||
      (/^(mis?|tus?|sus?)$/.test(article) &&
        /(a|ción|sión|dad|tud|umbre)s?$|(ciones|siones|dades|tudes|umbres)$/.test(bare.split(" ")[0] ?? ""));
    return noun(bare, fem, bare, plural);
  },
  finish: (text) => text,
  defaultCharacter: {
    name: "Osito",
    looks: "un osito marrón con una sonrisa dormilona",
    personality: "tierno y curioso",
  },
  defaultPlace: "el valle tranquilo",

  openings: [
    (x) => `${cap(x.t.once)}, en ${x.place}, ${x.t.sky}. ${x.desc}Alrededor, ${x.p.sound}.`,
    (x) =>
      `Hay un lugar llamado ${x.place}, y nunca es tan bonito como ${x.t.when}. ${x.desc}${cap(x.t.day)}, ${x.p.sound}, y todo parecía listo para una pequeña aventura.`,
    (x) => `¿Conoces ${x.place}? ${x.desc}${cap(x.t.once)}, ${x.t.sky}, y ${x.p.sound}.`,
    (x) =>
      `${cap(x.t.once)}, algo maravilloso estaba a punto de ocurrir en ${x.place}. ${x.desc}${cap(x.p.sound)}, como si el mundo entero esperara un cuento.`,
    (x) =>
      `Lejos de aquí, o quizá a la vuelta de la esquina, está ${x.place}. ${x.desc}${cap(x.t.once)}, ${x.t.sky}, y ${x.p.sound}.`,
  ],
  who: {
    first: [
      (n) => `Esta es la historia de ${n}.`,
      (n) => `En medio de todo aquello estaba ${n}.`,
      (n) => `Y aquí tenemos a ${n}.`,
    ],
    meet: [
      (n) => `Muy cerca estaba ${n}.`,
      (n, prev) => `Junto a ${prev} estaba ${n}.`,
      (n) => `Y también estaba ${n}, claro.`,
    ],
    looks: [
      (n, l) => `Era fácil reconocer a ${n}: ${l}.`,
      (n, l) => `Cualquiera reconocía a ${n} desde lejos: ${l}.`,
      (n, l) => `Si mirabas bien a ${n}, veías ${l}.`,
    ],
    personality: [
      (n, p) => `${n} era ${p}.`,
      (n, p) => `Todo el mundo lo sabía: ${n} era ${p}.`,
      (n, p) => `${n} era ${p}, y eso es algo precioso.`,
    ],
  },
  activities: [
    ({ c, t }) =>
      `${cap(t.day)}, ${c.all} ${c.v("jugaba", "jugaban")} al escondite sin hacer ruido. ` +
      (c.many
        ? `${c.second} se escondió primero, pero ${c.lead} encontró el escondite en un santiamén, porque las risitas se oían desde lejos.`
        : `${c.lead} se escondía una y otra vez, una vez incluso detrás de una flor demasiado pequeña para esconder a nadie, y se reía cada vez.`),
    ({ c }) =>
      `${c.all} ${c.v("recogía", "recogían")} tesoros: las piedras más lisas, las plumas más suaves y un botón muy brillante. ${c.lead} los guardaba todos en una bolsita de tela.`,
    ({ c }) =>
      `${c.all} ${c.v("tarareaba", "tarareaban")} una canción inventada, de esas que no tienen letra de verdad, solo «la-la-la» y «tirurí-tirurá». Era una canción estupenda.`,
  ],
  topicOpening: ({ c, topic }) => `Durante todo el día, ${c.lead} había estado pensando en ${topic}.`,
  topicDream: ({ c, topic }) => `Justo antes de dormirse, ${c.lead} soñó un ratito más con ${topic}.`,
  topicTitle: ({ c, topic }) => `${c.lead} sueña con ${topic}`,
  wishOpening: ({ c, topic }) => `Durante todo el día, ${c.lead} no había dejado de pensar en una cosa: ${topic}.`,
  wishDream: ({ c }) => `Justo antes de dormirse, ${c.lead} volvió a pensar en aquella idea, y sonrió.`,
  worries: [
    ({ c }) =>
      `Por un momento, ${c.lead} sintió un cosquilleo de preocupación, como una mariposa en la barriga. ¿Y si no había manera? Pero las preocupaciones se encogen cuando se comparten, así que ${c.many ? `${c.all} se dieron la mano y respiraron hondo` : `${c.lead} respiró hondo, con valentía`}.`,
    ({ c, t }) =>
      `${cap(t.day)}, el mundo pareció de pronto muy grande, y ${c.lead} se sintió como una hormiguita. Pero hasta los más pequeños pueden hacer cosas grandes; eso lo sabe todo el mundo. «¡Ánimo!», susurró ${c.lead}${c.many ? `, y ${c.second} asintió` : ""}.`,
  ],
  wonders: [
    ({ p }) =>
      `Por un momento, todos se pararon a mirar las pequeñas maravillas de alrededor: ${p.sound}, una mariquita trepaba por una brizna de hierba y, en algún lugar, cantaba un grillo. Daba gusto ir despacio.`,
    ({ c, t }) =>
      `${c.lead} se detuvo un momento y miró hacia arriba: ${t.sky}. Era como si el mundo entero ${c.v("le", "les")} diera ánimos, solo un poquito.`,
  ],
  cheers: [
    () =>
      `Todos estaban tan contentos que sonreían de oreja a oreja, con sonrisas tan grandes que casi no les cabían en la cara.`,
    ({ c }) =>
      `${c.lead} sentía el corazón calentito, como junto a una chimenea. Ayudar a los demás es uno de los sentimientos más bonitos del mundo.`,
  ],
  encourage: [
    ({ c }) =>
      c.many
        ? `${c.lead} suspiró: «No ha funcionado». Pero ${c.second} le dio un abrazo pequeñito. «No pasa nada», dijo ${c.second}. «Siempre hay otra manera».`
        : `${c.lead} suspiró: «No ha funcionado». Luego respiró hondo, despacito, como un gato que se despereza. «No pasa nada», susurró ${c.lead}. «Siempre hay otra manera».`,
    ({ c }) =>
      c.many
        ? `Por un momento, nadie dijo nada. Luego ${c.second} sonrió. «Bueno, ya sabemos una manera que no funciona», dijo ${c.second}. «¡Busquemos una que sí!». Y eso les devolvió el valor a todos.`
        : `Por un momento, ${c.lead} tuvo ganas de rendirse. Pero entonces recordó algo muy sabio: cada intento nos enseña algo nuevo. Así que se levantó y volvió a pensar.`,
    ({ c }) =>
      `«¡Caramba!», dijo ${c.lead}, ${c.many ? "y todos se sentaron en el suelo" : "y se sentó en el suelo"} a pensar. A veces, las mejores ideas llegan cuando uno se queda muy quieto.`,
  ],

  problems: {
    lost: {
      titles: [
        ({ c, thing }) => `${c.lead} y ${thing.the} ${ag(thing, "perdid")}`,
        ({ thing }) => `¿Dónde ${thing.plural ? "están" : "está"} ${thing.the}?`,
      ],
      setup: [
        ({ v, thing }) =>
          `Justo entonces, ${v.a} pasó corriendo, sorbiéndose la nariz y con los ojos llenos de lágrimas. «¡Ay, ay, ay!», dijo ${v.name}. «¡He perdido ${thing.my} y he buscado por todas partes!».`,
        ({ c, v, thing }) =>
          `De pronto, se oyó un ruidito muy triste. Era ${v.a}, solit${o(v)} en un rincón. «¿Qué te pasa?», preguntó ${c.lead}. «${cap(thing.my)} ${thing.plural ? "han" : "ha"} desaparecido», dijo ${v.name}, sorbiéndose la nariz. «Hace un momento ${lo(thing)} tenía, y ahora no ${lo(thing)} encuentro por ningún lado».`,
      ],
      reaction: [
        ({ c, v, thing }) =>
          `${c.many ? `${c.all} se miraron.` : `${c.lead} se agachó junto a ${v.name}.`} «No te preocupes», dijo ${c.lead}. «${c.v("Te ayudaré", "Te ayudaremos")} a encontrar${lo(thing)}. ¡Encontrar cosas es ${c.v("mi", "nuestro")} juego favorito!».`,
        ({ c, v, thing }) =>
          `«${cap(lo(thing))} buscaremos juntos», dijo ${c.lead} con cariño. ${v.name} se secó la nariz y sonrió un poquito, con esperanza.`,
      ],
      try1: [
        ({ p }) =>
          `Primero buscaron ${p.spots[0]}. Buscaron arriba y abajo, por aquí y por allá. Pero lo único que encontraron fue un caracol muy dormilón, que abrió un ojo, dijo «Aquí no está, lo siento» y se volvió a dormir.`,
        ({ p, v, thing }) =>
          `Primero registraron ${p.spots[0]}. Había una piña, una pluma y un escarabajo muy sorprendido… pero ni rastro ${de(thing.the)}. «Por aquí no», suspiró ${v.name}.`,
      ],
      try2: [
        ({ p }) =>
          `Después le preguntaron a una tortuga vieja y sabia que descansaba ${p.spots[1]}. La tortuga pensó durante muchísimo rato. «Mmm», dijo por fin. «A las cosas perdidas les gusta que las encuentren amigos muy, muy silenciosos». No era exactamente una respuesta, pero era una pista.`,
        ({ p }) =>
          `Después buscaron ${p.spots[1]}, llamando: «¡Holaaa! ¿Dónde estás?». Pero solo respondió el eco: «…estás… estás…».`,
      ],
      success: [
        ({ c, p, thing }) =>
          `Así que todos se quedaron muy quietos para escuchar. Chis… chis… Y de pronto, un crujido chiquitito, allí, ${p.spots[2]}. ${c.lead} se acercó de puntillas, se asomó y… ¡sí! ¡Allí ${estaba(thing)} ${thing.the}!`,
        ({ c, p, v, thing }) =>
          `Entonces ${c.lead} tuvo una idea. «Piensa bien: ¿dónde has estado hoy?». ${v.name} pensó con todas sus fuerzas y, de repente, se acordó: ¡${p.spots[2]}! Allá fueron todos, y allí, a salvo, ${estaba(thing)} ${thing.the}.`,
      ],
      resolution: [
        ({ v, thing }) =>
          `Resulta que una ardillita ${lo(thing)} había tomado ${ag(thing, "prestad")} para jugar. «Perdón», chilló la ardilla, y se ${lo(thing)} devolvió con una sonrisa tímida. ${v.name} se puso tan content${o(v)} que bailó un bailecito allí mismo.`,
        ({ c, v, thing }) =>
          `${v.name} abrazó ${thing.the} muy fuerte. «¡Gracias, gracias!», exclamó, y ${c.many ? "dio un abrazo a cada uno" : `le dio un abrazo enorme a ${c.lead}`}. Era el mejor de los abrazos: de esos que dicen «me has ayudado».`,
      ],
      morals: [
        "Cuando buscamos juntos, las cosas perdidas aparecen antes.",
        "Un momento de calma y un buen amigo pueden encontrar casi cualquier cosa.",
      ],
    },
    stuck: {
      titles: [
        ({ c, thing }) => `Cómo ${c.lead} rescató ${thing.the}`,
        ({ c, thing }) => `${c.lead} y ${thing.the} en las alturas`,
      ],
      setup: [
        ({ c, p, thing }) =>
          `Y entonces, ¡fiuuu!, una ráfaga de viento se llevó ${thing.the} ${de(c.lead)}, ${lo(thing)} subió alto, muy alto, y ${lo(thing)} dejó ${ag(thing, "enganchad")} ${p.high}.`,
        ({ c, p, thing }) =>
          `${c.lead} había traído ${thing.the}. Pero una brisa traviesa pasó bailando, ${lo(thing)} arrastró por los aires y ${lo(thing)} dejó colgando ${p.high}.`,
      ],
      reaction: [
        ({ c, thing }) =>
          `«¡Oh, no!», exclamó ${c.lead}. «¿Cómo ${c.v("voy", "vamos")} a bajar${lo(thing)}?». ${c.many ? `${c.all} miraron` : `${c.lead} miró`} hacia arriba, con la boca abierta de par en par.`,
        ({ c }) =>
          `${c.many ? `${c.all} levantaron` : `${c.lead} levantó`} la vista. Aquello estaba muy, muy alto. «Mmm», dijo ${c.lead}. «Esto necesita una buena idea».`,
      ],
      try1: [
        ({ c }) =>
          `Primero, ${c.lead} intentó saltar. ¡Boing! ¡Boing! ¡Boing! ${c.many ? `${c.second} saltó también, todavía más alto. ` : ""}Pero aquello estaba demasiado alto, y de tanto saltar, ${c.many ? "a todos les daba vueltas la cabeza" : `a ${c.lead} le daba vueltas la cabeza`}.`,
        ({ c, thing }) =>
          `Primero, ${c.all} ${c.v("intentó", "intentaron")} llamar${lo(thing)}: «¡${thing.plural ? "Bajad" : "Baja"}, por favor!». Pero ${thing.the} solo se ${thing.plural ? "mecían" : "mecía"} con el viento, como diciendo: «¡Aquí arriba se está de maravilla!».`,
      ],
      try2: [
        ({ c }) =>
          `Después, ${c.many ? `${c.all} intentaron subirse a hombros unos de otros` : `${c.lead} apiló cojines para hacer una torre y se subió encima`}. Aquello se tambaleó… se bamboleó… y ¡cataplán!, todo se vino abajo en un montón blandito y lleno de risas. ¡Otra vez nada!`,
        ({ c, thing }) =>
          `Después, ${c.lead} encontró un palo largo y estiró el brazo, estiró y estiró… La punta del palo le hizo cosquillas ${a(thing.the)}, pero el palo era justo un poquito demasiado corto.`,
      ],
      success: [
        ({ c, thing }) =>
          `Entonces ${c.lead} tuvo una idea muy suave. «A lo mejor basta con pedirlo con amabilidad». Así que ${c.all} le ${c.v("cantó", "cantaron")} una canción suave al viento. Y el viento, al que le encantan las canciones, mandó una brisa amable. ${cap(thing.the)} se ${thing.plural ? "soltaron y bajaron" : "soltó y bajó"} flotando, despacito, despacito, hasta los brazos ${de(c.lead)}.`,
        ({ c, thing }) =>
          `Justo entonces, una urraca muy amable se posó cerca. «¿Alguien necesita una mano?», preguntó. «¿O mejor un ala?». ${c.lead} señaló hacia arriba, y la urraca voló, flap, flap, flap, hasta allá arriba. Desenganchó ${thing.the} con el pico y ${lo(thing)} bajó con mucho cuidado.`,
      ],
      resolution: [
        ({ c, thing }) =>
          `${c.lead} abrazó ${thing.the} con cariño. «Gracias», susurró${c.many ? `, y ${c.all} soltaron un hurra muy bajito` : ""}. ${cap(thing.the)} ${estaba(thing)} un poco ${ag(thing, "arrugad")}, pero a nadie le importaba.`,
        ({ c, thing }) =>
          `«¡Hurra!», susurró ${c.many ? "todo el mundo" : c.lead}: un hurra muy bajito, porque ya era casi la hora de dormir. ${c.lead} prometió agarrar${lo(thing)} bien fuerte la próxima vez.`,
      ],
      morals: [
        "A veces, la paciencia llega más alto que los saltos.",
        "Cuando algo está fuera de nuestro alcance, un amigo puede ayudarnos a llegar.",
      ],
    },
    star: {
      titles: [({ c }) => `${c.lead} y la estrellita`, ({ c }) => `Una estrella para ${c.lead}`],
      setup: [
        ({ p }) =>
          `De pronto, algo brillante cayó del cielo y aterrizó con un suave «plinc», ${p.spots[0]}. ¡Era una estrellita! Pero su luz era débil y temblorosa. «Me he caído», dijo la estrellita con una vocecita muy fina, «y ahora no puedo volver a casa».`,
        ({ c, p }) =>
          `Entonces ${c.lead} vio un resplandor suave, ${p.spots[0]}. Al acercarse, descubrió una estrellita que parpadeaba con tristeza. Se había caído del cielo. «Resbalé», dijo sorbiéndose la nariz. «Y el cielo está tan lejos…».`,
      ],
      reaction: [
        ({ c }) =>
          `«No estés triste», dijo ${c.lead}, recogiendo la estrella con mucho cuidado. Estaba calentita, como una taza de chocolate. «${c.v("Te ayudaré", "Te ayudaremos")} a volver allá arriba».`,
        ({ c }) =>
          `${c.many ? `${c.all} se acercaron.` : `${c.lead} se sentó a su lado.`} «Cada estrella tiene su sitio en el cielo», dijo ${c.second}. «Vamos a llevarte a casa».`,
      ],
      try1: [
        ({ c }) =>
          `Primero, ${c.all} ${c.v("llevó", "llevaron")} la estrellita al sitio más alto que ${c.v("encontró", "encontraron")}, y ${c.many ? `${c.lead} la levantó` : "la levantó"} de puntillas. «¡Vamos, vuela!». Pero la estrella solo parpadeó. El cielo seguía demasiado lejos.`,
        ({ c }) =>
          `Primero, ${c.lead} intentó lanzar la estrella hacia arriba, muy suavemente, como una pelota de trapo. Subió… y volvió a bajar, plinc, directa a las manos ${de(c.lead)}. «Uf», dijo la estrella.`,
      ],
      try2: [
        ({ c }) =>
          `Después, ${c.many ? `${c.all} le pidieron` : `${c.lead} le pidió`} ayuda a la luna. «Luna, ¿puedes bajar un poquito?». La luna sonrió, pero negó con su cabezota redonda. «Las estrellas no trepan», dijo con dulzura. «Las estrellas vuelven a casa brillando. Si alguien la hace feliz, encontrará el camino».`,
        ({ c }) =>
          `Después, ${c.all} ${c.v("sopló", "soplaron")} con todas sus fuerzas para que la estrella volara como una semilla de diente de león. Subió un poquito… y volvió a bajar, más apagada que antes.`,
      ],
      success: [
        ({ c }) =>
          `Así que ${c.all} ${c.v("hizo", "hicieron")} lo más bonito que se ${c.v("le", "les")} ocurrió. ${c.many ? `${c.lead} contó un chiste gracioso y ${c.second} puso una cara divertidísima` : `${c.lead} contó un chiste gracioso y puso una cara divertidísima`}, y la estrellita empezó a reírse. Y cuanto más se reía, más brillaba, hasta que, ¡fiuuu!, salió volando hacia arriba, arriba, arriba, hasta el cielo.`,
        ({ c }) =>
          `Entonces ${c.lead} tuvo una idea. «¿Y si le cantamos una canción?». ${c.all} ${c.v("tarareó", "tararearon")} la nana más dulce del mundo, y la estrellita empezó a brillar, cálida y dorada. Despacito, despacito, se elevó de las manos ${de(c.lead)} y subió hasta el cielo.`,
      ],
      resolution: [
        () =>
          `Allá arriba, la estrellita encontró su sitio y parpadeó tres veces: gracias, gracias, gracias. Era la estrella más brillante de todo el cielo.`,
        ({ c }) =>
          `La estrellita volvió junto a sus hermanas y mandó un guiño solo para ${c.all}. ${c.lead} le dijo adiós con la mano. «¡Buenas noches, estrellita!».`,
      ],
      morals: [
        "Un poco de cariño puede ayudar a alguien a volver a brillar.",
        "La alegría es una luz que se comparte.",
      ],
    },
    sleepless: {
      titles: [({ v }) => `Una nana para ${v.name}`, ({ v }) => `${v.name} no puede dormir`],
      setup: [
        ({ v }) =>
          `Justo entonces se oyó un gran bostezo, y después un suspiro. Era ${v.a}, que se frotaba los ojos. «Tengo muchísimo sueño», dijo ${v.name}, «pero no consigo dormirme. ¡Lo he intentado una y otra vez!».`,
        ({ v }) =>
          `Muy cerca, ${v.a} daba vueltas y más vueltas sobre un montón de hojas. «No hay manera», refunfuñó ${v.name}. «Mis ojos no quieren quedarse cerrados».`,
      ],
      reaction: [
        ({ c, v }) =>
          `«Vaya», dijo ${c.lead}. «Todo el mundo necesita dormir bien. ${c.v("Te ayudaré", "Te ayudaremos")}». ${v.name} pareció un poquito más tranquil${o(v)}.`,
        ({ c, v }) =>
          `${c.lead} se sentó junto a ${v.name}. «No te preocupes», le dijo en voz bajita. «${c.v("Conozco", "Conocemos")} un montón de trucos para dormirse».`,
      ],
      try1: [
        ({ c, v }) =>
          `Primero, ${c.all} ${c.v("contó", "contaron")} ovejas con ${v.name}. Una oveja, dos ovejas, tres ovejas… Pero en la oveja número doce, ${v.name} se incorporó de golpe. «Un momento… ¿eso era una oveja o una nube?». ¡Y ahora estaba más despiert${o(v)} que nunca!`,
        ({ c, v }) =>
          `Primero, ${c.lead} contó una historia divertida sobre un pato que llevaba botas de agua. ${v.name} se rio y se rio… Fue precioso, pero no le dio ni pizca de sueño.`,
      ],
      try2: [
        ({ v }) =>
          `Después probaron con un vaso de leche tibia. ${v.name} se lo bebió todo, ¡glup!, y le entró hipo. ¡Hip! ¡Hip! Eso tampoco ayudaba a dormir.`,
        ({ c, v }) =>
          `Después, ${c.all} ${c.v("intentó", "intentaron")} hacer un silencio total. Pero el silencio era tan silencioso que ${v.name} oyó sus propias tripas rugir, y le entró la risa.`,
      ],
      success: [
        ({ c, v }) =>
          `Entonces ${c.lead} tuvo una idea muy suave. ${c.all} ${c.v("preparó", "prepararon")} un nido mullido de musgo y hojas, y ${c.v("arropó", "arroparon")} a ${v.name} dentro. Luego tararearon la nana más lenta y más dulce, respirando despacito: inspirar… espirar… inspirar… espirar…`,
        ({ c, v, p }) =>
          `Entonces ${c.lead} susurró: «Escuchemos, nada más». Así que se tumbaron juntitos y escucharon: ${p.sound}. Despacito, despacito, a ${v.name} se le empezaron a cerrar los ojos.`,
      ],
      resolution: [
        ({ c, v }) =>
          `Al poco rato, ${v.name} dormía como un tronco, con el ronquido más pequeñito del mundo. ${c.all} se ${c.v("alejó", "alejaron")} de puntillas, con una sonrisa.`,
        ({ v }) =>
          `${v.name} dio un último bostezo enorme, murmuró «gracias» y se quedó dormid${o(v)} antes de terminar la palabra.`,
      ],
      morals: [
        "La calma y la dulzura son el mejor camino hacia el sueño.",
        "Una canción suave es uno de los regalos más bonitos.",
      ],
    },
    wayHome: {
      titles: [({ c, v }) => `${c.lead} lleva a ${v.name} a casa`, ({ v }) => `${v.name} vuelve a casa`],
      setup: [
        ({ v, t }) =>
          `Justo entonces, ${v.a} pasó por allí mirando a un lado y a otro. «No encuentro el camino a casa», dijo con una vocecita. «Todo parece tan distinto ${t.today}».`,
        ({ c, v }) =>
          `Entonces ${c.lead} vio a ${v.a}, que miraba a todas partes con los ojos muy abiertos y preocupados. «Salí a explorar», explicó ${v.name}, «y ahora no sé volver a casa».`,
      ],
      reaction: [
        ({ c, v }) =>
          `«${c.v("Te ayudaré", "Te ayudaremos")}», dijo ${c.lead}. «¿Cómo es tu casa?». ${v.name} se quedó pensando. «Tiene una puertecita redonda», dijo, «y siempre huele a pan recién hecho».`,
        ({ c, v }) =>
          `«No te preocupes», dijo ${c.lead}. «Para encontrar cosas, ${c.v("soy un as", "somos unos ases")}… ¡hasta casas! ${c.v("Cuéntame", "Cuéntanos")} cómo es la tuya». «Tiene una puertecita redonda», dijo ${v.name}, «y huele a pan recién hecho».`,
      ],
      try1: [
        ({ p, v }) =>
          `Primero fueron todos a mirar ${p.spots[0]}. Pero allí no había ninguna puertecita redonda: solo un charco, que les salpicó los dedos de los pies. «Por aquí no», dijo ${v.name}.`,
        ({ c }) =>
          `Primero, ${c.lead} propuso: «¡Probemos por la izquierda!». Así que giraron a la izquierda, y otra vez a la izquierda, y una vez más a la izquierda… y acabaron justo donde habían empezado.`,
      ],
      try2: [
        ({ c }) =>
          `Después, ${c.lead} se subió a una piedra grande para mirar lejos, muy lejos. Pero todo era tan grande y estaba tan lejos que costaba reconocer nada.`,
        () =>
          `Después le preguntaron el camino a un escarabajo muy atareado. «¿Puertas redondas? Mmm», dijo el escarabajo. «Yo solo conozco puertas chiquititas». Y se marchó correteando.`,
      ],
      success: [
        ({ c, p }) =>
          `Entonces ${c.lead} tuvo una idea. «¡Usemos la nariz!». Snif, snif… Ahí estaba: un olorcito a pan recién hecho. Lo siguieron por aquí y por allá, ${p.spots[1]}, luego ${p.spots[2]}, hasta que, por fin, ¡apareció la puertecita redonda!`,
        ({ v, p }) =>
          `Entonces, muy a lo lejos, oyeron una voz que llamaba: «¡${v.name}! ¡${v.name}!». «¡Es mi mamá!», gritó ${v.name}. Siguieron la voz, ${p.spots[1]}, luego ${p.spots[2]}, y allí encontraron la puertecita redonda, calentita y dorada.`,
      ],
      resolution: [
        ({ v }) =>
          `La puerta se abrió de par en par, y la mamá de ${v.name} salió a darle el abrazo más grande del mundo. «Gracias por traer a casa a mi pequeñ${o(v)}», dijo, y le dio a cada uno una rebanada de pan calentito con miel.`,
        ({ v }) =>
          `Toda la familia de ${v.name} salió a saludar. Hubo abrazos, muchas gracias, y ${v.name} estaba más feliz que nunca.`,
      ],
      morals: [
        "Aunque nos sintamos perdidos, los amigos nos ayudan a encontrar el camino.",
        "Hogar es donde alguien nos espera con un abrazo.",
      ],
    },
  },

  endings: [
    ({ c, t }) =>
      `${cap(t.bedtime)}, llegó la hora de volver a casa. ${c.many ? `${c.all} caminaban a la par` : `${c.lead} caminaba despacito`}, con pasos cada vez más lentos y bostezos cada vez más grandes, hasta que llegó el momento de meterse en una cama calentita.`,
    ({ c, t }) =>
      `${cap(t.bedtime)}, ${c.all} se ${c.v("acurrucó", "acurrucaron")} bajo una manta suave y calentita. Fuera, el mundo entero también se preparaba para dormir.`,
    ({ c, t, p }) =>
      `${cap(t.bedtime)}, todo se volvió tranquilo y silencioso. ${cap(p.sound)}, ahora más bajito, como una nana. ${c.all} se ${c.v("hizo", "hicieron")} un ovillo, con los párpados pesados de sueño.`,
  ],
  recaps: [
    ({ c }) =>
      `Ya en la cama, ${c.lead} pensó en toda la aventura: el intento que no funcionó, el que casi funcionó y el que por fin salió bien. «Volver a intentarlo es un poquito mágico», susurró ${c.lead}${c.many ? `, y ${c.second} asintió con sueño` : ""}.`,
    ({ c }) =>
      c.many
        ? `En la calma, ${c.all} hablaron bajito de su día. «¿Te acuerdas de cuando todo salía mal?», se rio ${c.second}. «Y luego todo salió bien», dijo ${c.lead}. Las voces se fueron haciendo cada vez más suaves, como una nana.`
        : `En la calma, ${c.lead} recordó el día: cómo todo había salido mal y cómo luego todo había vuelto a salir bien. «Qué aventura», murmuró ${c.lead} con una sonrisa, y dio un bostezo enorme.`,
  ],
  lastLines: [
    ({ c }) =>
      `«Buenas noches», susurró ${c.lead}. Y muy pronto, ${c.all} ${c.v("dormía", "dormían")} profundamente, soñando cosas bonitas.`,
    ({ c }) =>
      `${c.all} ${c.v("cerró", "cerraron")} los ojos. La luna vigilaba, las estrellas tarareaban bajito, y pronto solo se oía ${c.many ? "un coro de ronquiditos suaves" : "un ronquidito suave"}.`,
    ({ c, placeBare }) =>
      `Un último bostezo, una última sonrisa, y ${c.many ? "todos se durmieron" : `${c.lead} se durmió`}. Buenas noches, ${c.all}. Buenas noches, ${placeBare}.`,
  ],
  refrains: [
    "Paso a paso, mano con mano,\nningún camino queda lejano.",
    "Despacito, en la noche serena,\ncon amigos, no hay ninguna pena.",
    "Si no sale a la primera,\nlo intentamos de otra manera.",
    "Pequeño paso, gran corazón,\njuntos somos una canción.",
  ],
  closings: [
    "Las estrellas brillan, el día se fue,\nduerme en calma, que aquí estaré.",
    "La luna vela desde lo alto,\ncierra los ojos, sin sobresalto.",
    "Canta la noche su nana más bella,\nbuenas noches, bajo la estrella.",
  ],

  places: {
    forest: {
      sound: "los árboles altos se susurraban secretos",
      spots: [
        "detrás de un tronco cubierto de musgo",
        "debajo de un montón de hojas crujientes",
        "dentro de un árbol hueco",
      ],
      high: "en lo más alto del pino más grande",
    },
    sea: {
      sound: "las olas hacían shhh, shhh sobre la arena",
      spots: ["debajo de una barca volcada", "entre las rocas lisas y grises", "dentro de una charca entre las rocas"],
      high: "en lo alto del viejo faro",
    },
    castle: {
      sound: "las banderas de las torres ondeaban suavemente",
      spots: [
        "detrás de una cortina de terciopelo",
        "debajo de la gran mesa de madera",
        "al pie de la escalera de caracol",
      ],
      high: "en lo alto de la torre más alta",
    },
    meadow: {
      sound: "la hierba alta se mecía con la brisa",
      spots: ["entre los botones de oro", "detrás de un montón de heno", "debajo de una mata de trébol"],
      high: "en la rama más alta del viejo manzano",
    },
    town: {
      sound: "las farolas zumbaban bajito",
      spots: ["detrás de las macetas de la panadería", "debajo de un banco de la plaza", "junto a la fuente"],
      high: "en lo alto de la torre del reloj",
    },
    space: {
      sound: "los planetas giraban despacito, como peonzas con sueño",
      spots: [
        "detrás de una roca lunar llena de bultos",
        "dentro de un cráter",
        "debajo del ala de un cohete plateado",
      ],
      high: "en la punta de la luna creciente",
    },
    garden: {
      sound: "las flores cabeceaban con la brisa",
      spots: ["debajo de las hojas grandes de una calabaza", "detrás de la regadera", "dentro de una maceta vieja"],
      high: "en lo alto del cerezo",
    },
    mountain: {
      sound: "el viento cantaba bajito entre las rocas",
      spots: ["detrás de una gran roca redonda", "dentro de una pequeña cueva", "entre el tomillo silvestre"],
      high: "en una repisa muy alta del acantilado",
    },
    snow: {
      sound: "los copos de nieve caían sin hacer ruido",
      spots: ["debajo de un montón de nieve blandita", "detrás del muñeco de nieve", "junto a un estanque helado"],
      high: "en lo alto de un abeto nevado",
    },
    river: {
      sound: "el río borboteaba y charlaba entre las piedras",
      spots: ["entre los juncos altos", "debajo del puentecito de madera", "detrás de una piedra con musgo"],
      high: "en una rama del sauce que se inclinaba sobre el agua",
    },
    bedroom: {
      sound: "las cortinas se mecían y la lamparita brillaba",
      spots: ["debajo de la cama", "dentro del baúl de los juguetes", "detrás de la almohada grande"],
      high: "encima del armario",
    },
    place: {
      sound: "todo estaba tranquilo y en calma",
      spots: ["detrás de una piedra grande", "debajo de un arbusto", "en un rinconcito acogedor"],
      high: "en lo alto de un árbol muy alto",
    },
  },
  times: {
    morning: {
      once: "una mañana luminosa",
      sky: "el sol apenas asomaba y el aire olía a rocío",
      when: "por la mañana",
      day: "aquella mañana",
      today: "esta mañana",
      bedtime: "al llegar la noche",
    },
    afternoon: {
      once: "una tarde tibia",
      sky: "el sol brillaba perezoso y las sombras eran cortas",
      when: "por la tarde",
      day: "aquella tarde",
      today: "esta tarde",
      bedtime: "al caer la noche, cuando se encendieron las primeras estrellas",
    },
    evening: {
      once: "un atardecer dorado",
      sky: "el cielo se teñía de rosa y naranja, como un melocotón",
      when: "al atardecer",
      day: "aquel atardecer",
      today: "con esta luz",
      bedtime: "cuando se apagó la última luz del día",
    },
    night: {
      once: "una noche tranquila",
      sky: "la luna estaba redonda y plateada, y las estrellas titilaban",
      when: "de noche",
      day: "aquella noche",
      today: "de noche",
      bedtime: "bajo la luna, que velaba en silencio",
    },
  },
  lostThings: [
    noun("campanita de plata", true, "a little silver bell"),
    noun("bufanda de rayas", true, "a striped scarf"),
    noun("llavecita dorada", true, "a tiny golden key"),
  ],
  stuckThings: [
    noun("cometa roja", true, "a red kite"),
    noun("globo amarillo", false, "a yellow balloon"),
    noun("sombrero de paja", false, "a straw hat"),
  ],
  visitors: [
    { a: "un erizo pequeñito llamado Pinchito", name: "Pinchito", fem: false, gloss: "a little hedgehog" },
    { a: "una lechucita llamada Pluma", name: "Pluma", fem: true, gloss: "a fluffy baby owl" },
    { a: "una ratoncita llamada Botoncita", name: "Botoncita", fem: true, gloss: "a tiny mouse" },
    { a: "un zorrito llamado Canelo", name: "Canelo", fem: false, gloss: "a young fox cub" },
    { a: "un patito llamado Charquito", name: "Charquito", fem: false, gloss: "a fluffy yellow duckling" },
  ],
};
