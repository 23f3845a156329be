/** Spanish grammar for the offline storyteller (see `grammar.ts`). Dialogue in «comillas». */
import type { Ctx, Grammar, Np, Ref } from "./grammar";
import { cap, prep } from "./words";

/** Agreement with the subject: "solo" → "sola". */
const o = (r: Ref) => (r.fem ? "a" : "o");
/** A participle or adjective agreeing with a thing: "escondida", "escondidos". */
const ag = (n: Np, stem: string) => `${stem}${n.fem ? "a" : "o"}${n.plural ? "s" : ""}`;
const estaba = (n: Np) => (n.plural ? "estaban" : "estaba");
const de = (np: string) => prep("es", "de", np);
const a = (np: string) => prep("es", "a", np);
const v3 = (x: Ctx, one: string, many: string) => x.v(one, many);

export const es: Grammar = {
  lang: "es",
  with: "con",
  and: "y",
  finish: (text) => text,
  titleCase: (text) => cap(text),

  arcs: {
    sleepless: {
      titles: [(x) => `${x.S.the} que no podía dormir`, (x) => `Una nana para ${x.S.the}`],
      setup: [
        (x) =>
          `Cuando la luz se volvió suave, ${x.all} ${v3(x, "oyó", "oyeron")} un suspiro largo y tembloroso. Era ${x.S.a}, sentad${o(x.S)} sol${o(x.S)}, con los ojos muy abiertos,^ y sin pizca de sueño. «No puedo dormir», dijo ${x.S.the}. «Lo intento y lo intento,^ pero mis ojos no quieren cerrarse.»`,
        (x) =>
          `Justo entonces pasó ${x.S.a}, bostezando y frotándose los ojos. «Todos duermen», susurró ${x.S.the},^ «pero yo estoy despiert${o(x.S)} del todo, y la noche se me hace muy larga». ${cap(x.all)} ${v3(x, "entendió", "entendieron")} enseguida que había que ayudar${x.S.him}.`,
      ],
      try1: [
        (x) =>
          `«Contemos ovejas», propuso ${x.lead}. Y todos contaron: una oveja esponjosa, dos ovejas esponjosas, hasta cuarenta y siete.^ Pero de tanto contar, ${x.S.the} se preguntó qué venía después,^ y pronto tenía los ojos más abiertos que nunca.`,
        (x) =>
          `${cap(x.second)} trajo una taza de leche tibia. ${cap(x.S.the)} se la bebió de un trago,^ y enseguida le dio hipo: ¡hip!, ¡hip! Nadie puede dormirse con hipo,^ así que aquello no funcionó nada.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.lead} contó un cuento, pero estaba lleno de piratas y persecuciones,^ y ${x.S.the} se incorporó para saber qué pasaba luego. Un cuento demasiado emocionante despierta en lugar de dormir.`,
        (x) =>
          `Luego construyeron una montaña de almohadas para ${x.S.the}. Era magnífica,^ pero se tambaleaba con cada movimiento,^ y ${x.S.the} se resbalaba todo el rato al suelo, ¡pum!`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, tuvo una idea muy tranquila. «Dejemos de esforzarnos tanto», dijo ${x.helper}. «Solo escuchemos.» Todos se quedaron quietos, y ${x.p.sound}.^ ${cap(x.S.the)} respiró despacio, muy despacio,^ y se le empezaron a cerrar los párpados.`,
        (x) =>
          `Por fin, ${x.helper}, ${x.trait}, empezó a tararear la nana más suave del mundo. Todos tararearon también, cada vez más bajito.^ Una canción lenta hace que los pensamientos vayan lentos,^ y pronto ${x.S.the} dio un bostezo enorme.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} se acurrucó en ${x.p.bed}. «Gracias», murmuró, ya medio dormid${o(x.S)}. «Creo que ya sé cómo se hace.»`,
        (x) =>
          `«¿Esto es tener sueño?», susurró ${x.S.the}. «Es precioso.» Y se acurrucó en ${x.p.bed} con una sonrisa.`,
      ],
      morals: [
        "El sueño llega despacito cuando dejamos de perseguirlo y simplemente escuchamos.",
        "Una canción lenta y un amigo cerca son el mejor camino hacia los sueños.",
      ],
    },
    afraid: {
      titles: [(x) => `${x.S.the} que tenía miedo ${de(x.fear.the)}`, (x) => `${x.S.the} y ${x.fear.the}`],
      setup: [
        (x) =>
          `Debajo de un arbusto, ${x.all} ${v3(x, "encontró", "encontraron")} ${a(x.S.a)}, hech${o(x.S)} una bola y temblando. «¿Qué te pasa?», preguntó ${x.lead}. «Es ${x.fear.the}», susurró ${x.S.the}. «Me ${x.fear.plural ? "dan" : "da"} miedo ${x.fear.the},^ y esta noche no puedo pensar en otra cosa.»`,
        (x) =>
          `${cap(x.S.a)} llegó corriendo, mirando hacia atrás. «¡Ay, ${x.fear.the}!», chilló ${x.S.the}. «No me ${x.fear.plural ? "gustan" : "gusta"} nada ${x.fear.the}.» ${cap(x.all)} ${v3(x, "veía", "veían")} que ${x.S.the} tenía mucho miedo.`,
      ],
      try1: [
        (x) =>
          `Primero, ${x.S.the} intentó esconderse debajo de una hoja grande, con los ojos bien cerrados.^ Pero cuando no ves nada, cada ruidito parece más grande,^ y ${x.S.the} tuvo todavía más miedo.`,
        (x) =>
          `«Hagamos como si ${x.fear.the} no ${x.fear.plural ? "existieran" : "existiera"}», propuso ${x.second}. Todos intentaron con todas sus fuerzas no pensar en ${x.fear.the}.^ Pero cuanto más lo intentaban, más pensaban en ello,^ y ${x.S.the} se estremeció.`,
      ],
      try2: [
        (x) =>
          `Entonces ${x.lead} gritó «¡Vete!» con su voz más fuerte.^ Pero el eco respondió «¡Vete! ¡Vete!»,^ y ${x.S.the} dio un salto todavía más grande.`,
        (x) =>
          `Después construyeron un muro de piedrecitas para que ${x.fear.the} no ${x.fear.plural ? "pasaran" : "pasara"}.^ Pero ningún muro puede detener ${x.fear.the},^ y ${x.S.the} seguía asomándose por encima con ojos preocupados.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, se sentó muy cerca ${de(x.S.the)}. «Miremos juntos, muy despacio», dijo ${x.helper}. Y miraron,^ y todo estaba lleno de cositas amables: ${x.p.sound}. Nada ni nadie quería asustar a nadie.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, le tendió la mano. «Cuando estamos juntos, se hace más pequeño», dijo ${x.helper}. Uno al lado del otro, se acercaron mucho ${a(x.fear.the)}.^ De cerca no daba nada de miedo;^ era solo el mundo, muy tranquilo.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} soltó un largo suspiro. «${cap(x.fear.the)} no ${x.fear.plural ? "dan" : "da"} tanto miedo cuando tienes amigos», dijo,^ y hasta sonrió un poquito.`,
        (x) =>
          `«¡He sido valiente!», exclamó ${x.S.the}, sorprendid${o(x.S)}. «Sí», dijo ${x.lead}. «Ser valiente no es no tener miedo.^ Es intentarlo de todos modos.»`,
      ],
      morals: [
        "Lo que nos da miedo se hace más pequeño cuando lo miramos juntos.",
        "Ser valiente no es no tener miedo: es darle la mano a un amigo e intentarlo.",
      ],
    },
    first: {
      titles: [(x) => `${x.S.the} y ${x.first}`, (x) => `El gran día ${de(x.S.the)}`],
      setup: [
        (x) =>
          `${cap(x.S.a)} estaba sentad${o(x.S)} en una piedra, muy callad${o(x.S)}. «Mañana es ${x.first}», dijo ${x.S.the},^ «y no sé cómo será. ¿Y si nadie quiere jugar conmigo?»`,
        (x) =>
          `${cap(x.all)} ${v3(x, "encontró", "encontraron")} ${a(x.S.a)} practicando cómo saludar, una y otra vez. «Mañana es ${x.first}», explicó ${x.S.the},^ «y tengo mariposas en la barriga».`,
      ],
      try1: [
        (x) =>
          `«A lo mejor, si me escondo, mañana no llega», dijo ${x.S.the}, y se escondió detrás ${de(x.lead)}.^ Pero mañana siempre llega, incluso para quien se esconde,^ y las mariposas no se calmaron.`,
        (x) =>
          `${cap(x.second)} hizo una lista larguísima de cosas que recordar.^ Pero la lista era tan larga que ${x.S.the} olvidaba el principio antes de oír el final,^ y las mariposas revolotearon todavía más.`,
      ],
      try2: [
        (x) =>
          `Después jugaron a hacer como si fuera de verdad, y ${x.lead} hizo de maestra. Fue divertido,^ pero ${x.S.the} preguntó igualmente: «¿Y si de verdad es distinto?»`,
        (x) =>
          `Luego prepararon una mochila con todo lo que ${x.S.the} podría necesitar: una merienda, un lápiz y un calcetín de repuesto.^ La mochila estaba lista,^ pero ${x.S.the} todavía no se sentía list${o(x.S)}.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Allí todos serán nuevos también. Todos tendrán mariposas en la barriga». ${cap(x.S.the)} parpadeó. «¿Todos?» «Todos», dijo ${x.helper}.^ Y, sin saber cómo, las mariposas se posaron.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, tuvo una idea: «Mañana, busca a alguien que parezca un poco preocupado y salúdalo.^ Así los dos tendréis un amigo». ${cap(x.S.the)} practicó el saludo hasta que le resultó fácil.`,
      ],
      resolution: [
        (x) =>
          `«Creo que estoy list${o(x.S)}», dijo ${x.S.the}, y era verdad. Mañana sería nuevo,^ y las cosas nuevas pueden ser maravillosas.`,
        (x) =>
          `${cap(x.S.the)} sonrió con una sonrisita valiente. «¿Me diréis adiós con la mano por la mañana?» «Con los saludos más grandes del mundo», ${v3(x, "prometió", "prometieron")} ${x.all}.`,
      ],
      morals: [
        "Todo el mundo se pone un poco nervioso con las cosas nuevas, y no pasa nada.",
        "Un sitio nuevo está lleno de amigos que todavía no conoces.",
      ],
    },
    learn: {
      titles: [(x) => `${x.S.the} que quería ${x.goal.inf}`, (x) => `${x.S.the} aprende a ${x.goal.inf}`],
      setup: [
        (x) =>
          `${cap(x.S.a)} pasó por allí mirando el cielo con un suspiro. «Me gustaría tanto ${x.goal.inf}», dijo,^ «pero nunca lo he conseguido, ni una sola vez».`,
        (x) =>
          `${cap(x.all)} se ${v3(x, "encontró", "encontraron")} con ${x.S.a} que practicaba sol${o(x.S)}, y no le salía nada bien. «Estoy intentando ${x.goal.inf}», dijo ${x.S.the},^ «pero no puedo».`,
      ],
      try1: [
        (x) =>
          `«¡Inténtalo muy fuerte, de golpe!», dijo ${x.lead}. Y ${x.S.the} lo intentó con todas sus fuerzas,^ pero tan fuerte que todo se tambaleó, y ¡cataplum! Cuando te esfuerzas demasiado, todo se pone rígido.`,
        (x) =>
          `${cap(x.S.the)} observó a un pájaro y lo imitó exactamente.^ Pero lo que sirve para un pájaro no sirve para todos,^ y ${x.S.the} acabó hech${o(x.S)} un lío, riéndose y un poco triste.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.second} leyó las instrucciones de un libro muy viejo.^ Pero había tantos pasos que ${x.S.the} se hizo un lío en el segundo^ y tuvo que sentarse.`,
        (x) =>
          `Luego lo intentaron en lo alto de una colina, porque desde arriba seguro que era más fácil.^ Pero allí arriba el viento soplaba demasiado fuerte,^ y ${x.S.the} tuvo que agarrarse ${a(x.lead)}.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Empecemos poquito a poco. Solo un poco, y luego otro poco». Y ${x.S.the} practicó un poco,^ y otro poco más, mientras todos ${x.S.him} animaban bajito. Y de repente, ¡${x.S.the} consiguió ${x.goal.inf}! Solo un poquito, pero de verdad.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, se quedó muy cerca y contó despacio: uno, dos, tres. Paso a paso, ${x.S.the} encontró su propia manera,^ y antes de que se pusiera el sol, ya sabía ${x.goal.inf}, solo un poquito, sin ninguna ayuda.`,
      ],
      resolution: [
        (x) =>
          `«¡Lo he conseguido!», gritó ${x.S.the}, y luego se acordó de que casi era hora de dormir y lo susurró: «Lo he conseguido».^ Todos susurraron también: «¡Bravo!»`,
        (x) =>
          `${cap(x.S.the)} estaba muy orgullos${o(x.S)}. «Mañana practicaré otra vez», dijo. «Pero esta noche voy a soñar que sé ${x.goal.inf}.»`,
      ],
      morals: [
        "Las cosas grandes se aprenden a pasitos, uno detrás de otro.",
        "Cada uno aprende a su manera y a su ritmo.",
      ],
    },
    lost: {
      titles: [(x) => `${x.S.the} y ${x.thing.lost}`, (x) => `${x.S.the} busca ${x.thing.the}`],
      setup: [
        (x) =>
          `Justo entonces llegó ${x.S.a}, sorbiéndose la nariz y con lágrimas en los ojos. «He perdido ${x.thing.my}», dijo ${x.S.the}. «He buscado por todas partes,^ ¡y no ${x.thing.it} encuentro!»`,
        (x) =>
          `${cap(x.all)} ${v3(x, "oyó", "oyeron")} un ruidito muy triste. Era ${x.S.a}, que buscaba debajo de cada hoja. «${cap(x.thing.my)} ${x.thing.plural ? "han" : "ha"} desaparecido», dijo ${x.S.the}. «${cap(x.thing.it)} tenía hace un momento,^ y ahora no ${x.thing.it} encuentro.»`,
      ],
      try1: [
        (x) =>
          `Primero buscaron ${x.p.spots[0]}, con ${x.S.the} a la cabeza. Buscaron arriba, abajo, por todas partes,^ pero solo encontraron un caracol muy dormilón, que abrió un ojo, dijo «Aquí no, lo siento» y se volvió a dormir.`,
        (x) =>
          `Primero rebuscaron ${x.p.spots[0]}. Había una piña, una pluma y un escarabajo muy sorprendido,^ pero ni rastro ${de(x.thing.the)}. «Aquí no», suspiró ${x.S.the}.`,
      ],
      try2: [
        (x) =>
          `Después pidieron consejo a una tortuga vieja y sabia que descansaba ${x.p.spots[1]}. La tortuga miró ${a(x.S.the)} y pensó durante mucho, mucho rato. «A las cosas perdidas les gusta que las encuentren amigos muy, muy callados», dijo por fin. No era exactamente una respuesta,^ pero era una pista.`,
        (x) =>
          `Luego buscaron ${x.p.spots[1]}, y ${x.S.the} llamó: «¡Hola! ¿Dónde estás?»^ Pero solo respondió el eco,^ y ${x.thing.the} ${x.thing.plural ? "siguieron" : "siguió"} ${ag(x.thing, "escondid")}.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Volvamos por el camino ${de(x.S.the)}, paso a paso». Y eso hicieron,^ y allí, ${x.p.spots[2]}, ${estaba(x.thing)} ${x.thing.the}, ¡justo donde ${x.S.the} ${x.thing.it} había dejado!`,
        (x) =>
          `Entonces todos se quedaron quietos para escuchar. Chis… chis… Y ${x.helper}, ${x.trait}, vio algo ${x.p.spots[2]}.^ ${cap(x.lead)} se acercó de puntillas, miró y… ¡sí! ¡Allí ${estaba(x.thing)} ${x.thing.the}!`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} abrazó ${x.thing.the} muy fuerte. «¡Gracias, gracias!», exclamó, y dio un abrazo a todos, uno detrás de otro.`,
        (x) =>
          `Resulta que una ardillita había tomado ${ag(x.thing, "prestad")} ${x.thing.the} para jugar. «Perdón», chilló la ardilla, y ${x.thing.it} devolvió con una sonrisa tímida,^ y ${x.S.the} se puso tan content${o(x.S)} que bailó un bailecito.`,
      ],
      morals: [
        "Cuando buscamos juntos, lo perdido se encuentra más fácilmente.",
        "Un momento de calma y un buen amigo pueden encontrar casi cualquier cosa.",
      ],
    },
    journey: {
      titles: [
        (x) => `${x.S.the} ${x.dest.to === "a casa" ? "vuelve" : "va"} ${x.dest.to}`,
        (x) => `El largo viaje ${de(x.S.the)}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} estaba preparando una mochila pequeñita. «Me voy ${x.dest.to}», anunció,^ «pero está lejos, y no conozco el camino». «Vamos contigo», ${v3(x, "dijo", "dijeron")} ${x.all}.`,
        (x) =>
          `${cap(x.all)} se ${v3(x, "encontró", "encontraron")} con ${x.S.a} al borde del camino, mirando un mapa arrugado. «Tengo que llegar ${x.dest.to} antes de la noche», dijo ${x.S.the},^ «pero nunca he ido tan lejos». Así que se pusieron en marcha juntos.`,
      ],
      try1: [
        (x) =>
          `Pronto llegaron a un arroyo. ${cap(x.S.the)} intentó cruzarlo de un solo salto,^ pero estaba demasiado lejos, y ¡chof! Un arroyo tan ancho no se salta de una vez.`,
        (x) =>
          `Pronto el camino se dividió en dos. ${cap(x.S.the)} eligió el de la izquierda porque era más bonito,^ pero daba vueltas y más vueltas y los llevó otra vez al mismo sitio.`,
      ],
      try2: [
        (x) =>
          `Luego llegó una niebla espesa y blanca como la leche. No se veían ni los pies,^ así que se dieron la mano, y ${x.S.the} apretó más fuerte que nadie.`,
        (x) =>
          `Luego el camino subió por una colina muy empinada. A mitad de camino, ${x.S.the} estaba tan cansad${o(x.S)} que se sentó y dijo: «No puedo seguir».`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, tuvo una idea: «Vayamos de piedra en piedra». Encontraron piedras planas y cruzaron con pasos cuidadosos, uno detrás de otro,^ y al otro lado, el camino llevaba derecho ${x.dest.to}.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, miró hacia arriba. «Las estrellas nos enseñarán el camino», dijo ${x.helper}. Siguieron la más brillante, despacio y todos juntos,^ y por fin llegaron ${x.dest.to}.`,
      ],
      resolution: [
        (x) =>
          `«¡Lo conseguimos!», exclamó ${x.S.the}. Allí estaba ${x.dest.the}, tal como lo había soñado,^ y era aún más bonito de lo que se había imaginado.`,
        (x) =>
          `${cap(x.S.the)} miró a su alrededor con los ojos brillantes. «Era un camino largo», dijo,^ «pero con amigos, el camino largo se hizo corto».`,
      ],
      morals: [
        "Un camino largo se hace corto cuando lo recorres con amigos.",
        "Pasitos pequeños, uno detrás de otro, pueden llevarte muy lejos.",
      ],
    },
    celebrate: {
      titles: [(x) => `${cap(x.party.a)} para ${x.S.the}`, (x) => `La fiesta sorpresa ${de(x.S.the)}`],
      setup: [
        (x) =>
          `«¿Sabéis qué?», dijo ${x.S.the}, dando saltitos hacia ${x.all}. «¡Hoy es ${x.party.my}!^ Pero no tengo tarta, ni globos, ni nada de nada.»`,
        (x) =>
          `${cap(x.all)} ${v3(x, "encontró", "encontraron")} ${a(x.S.a)} con cara de estar un poco sol${o(x.S)}. «Es ${x.party.my}», dijo bajito,^ «y creía que nadie lo sabía». «Ahora lo sabemos», dijo ${x.lead}, «y eso lo cambia todo».`,
      ],
      try1: [
        (x) =>
          `Primero intentaron hacerle ${a(x.S.the)} una tarta tan alta como una torre.^ Pero una tarta muy alta es una tarta que se tambalea,^ y se cayó con un suave «plof».`,
        (x) =>
          `Primero colgaron guirnaldas entre las ramas para ${x.S.the}.^ Pero llegó una ráfaga de viento, fiuuu,^ y se las llevó todas como si fueran cometas.`,
      ],
      try2: [
        (x) =>
          `Después quisieron cantarle ${a(x.S.the)} una gran canción de fiesta, pero cada uno empezó en un momento distinto,^ y parecía una bandada de gansos despistados.`,
        (x) =>
          `Luego ${x.lead} intentó inflar un globo para ${x.S.the}, pero se le escapó y salió volando, pfffiu, dando vueltas,^ hasta aterrizar en un arbusto.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Una fiesta no tiene que ser grande. Solo tenemos que estar juntos». Así que cada uno trajo una cosita: una baya, una piedra brillante, una canción.^ Sobre una piedra plana hicieron una tarta diminuta de bayas, con una vela encima.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, reunió a todos en un círculo. Compartieron lo que tenían y cantaron bajito, todos a la vez esta vez,^ y ${x.S.the} sopló una velita y pidió un deseo.`,
      ],
      resolution: [
        (x) =>
          `«¡Es ${x.party.fem ? "la mejor" : "el mejor"} ${x.party.bare} de mi vida!», dijo ${x.S.the}, con migas en la nariz y una sonrisa de oreja a oreja.`,
        (x) =>
          `${cap(x.S.the)} miró todas aquellas caras amigas. «No necesitaba ${x.party.a} enorme», dijo. «Solo os necesitaba a vosotros.»`,
      ],
      morals: [
        "Las mejores fiestas están hechas de amigos, no de cosas.",
        "Una fiesta pequeña compartida con amigos es la alegría más grande.",
      ],
    },
    friend: {
      titles: [
        (x) => (x.F ? `${x.S.the} y ${x.F.the}` : `${x.S.the} encuentra un amigo`),
        (x) => `Un nuevo amigo para ${x.S.the}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} asomaba la nariz ${x.p.spots[0]}. Miró ${a(x.all)} con unos ojos grandes y tímidos, y enseguida desapareció.^ «Soy nuev${o(x.S)} aquí», dijo una vocecita, «y no tengo amigos».${x.F ? ` ${cap(x.F.a)} también miraba, desde un poco más lejos.` : ""}`,
        (x) =>
          `${cap(x.S.a)} estaba sentad${o(x.S)} sol${o(x.S)}, dibujando círculos en el polvo con un palito. Todos parecían tener a alguien con quien jugar,^ pero ${x.S.the} no tenía a nadie.${x.F ? ` No muy lejos, ${x.F.a} también estaba sol${o(x.F)}.` : ""}`,
      ],
      try1: [
        (x) =>
          `«¡Ven a jugar!», gritó ${x.lead}, corriendo muy deprisa.^ Pero tanto ruido y tanta prisa eran demasiado,^ y ${x.S.the} se escondió todavía más lejos. Los amigos tímidos necesitan saludos suaves.`,
        (x) =>
          `${cap(x.second)} invitó ${a(x.S.the)} a jugar al pillapilla.^ Pero ${x.S.the} no conocía las reglas y no se atrevía a decirlo,^ así que se quedó a un lado, sintiéndose aparte.`,
      ],
      try2: [
        (x) =>
          `Luego le regalaron ${a(x.S.the)} una piña grande y brillante. ${cap(x.S.the)} dio las gracias con educación,^ pero un regalo no es lo mismo que un amigo.`,
        (x) =>
          `Luego todos hablaron a la vez: «¿Cómo te llamas? ¿Dónde vives? ¿Cuál es tu color favorito?»^ ${cap(x.S.the)} no sabía qué pregunta contestar primero.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, simplemente se sentó cerca y empezó a construir una torre de piedrecitas, sin hacer ruido.^ Al rato, ${x.S.the} se acercó y puso una piedrecita en lo más alto. Y luego otra.^ Pronto todos construían juntos, riéndose.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, preguntó: «¿Nos enseñas un juego que te guste?» ${cap(x.S.the)} pensó un momento y les enseñó un juego de su tierra.^ Era un juego maravilloso, y todos quisieron jugarlo una y otra vez.`,
      ],
      resolution: [
        (x) =>
          `«¿Jugaréis conmigo otra vez mañana?», preguntó ${x.S.the}. «Todos los días», ${v3(x, "contestó", "contestaron")} ${x.all},^ y la sonrisa ${de(x.S.the)} se hizo tan grande como el cielo.${x.F ? ` ${cap(x.F.the)} también sonreía.` : ""}`,
        (x) => `${cap(x.S.the)} ya no era nuev${o(x.S)}.^ Ahora tenía amigos,^ y eso es algo que calienta el corazón.`,
      ],
      morals: [
        "Los saludos suaves hacen las mejores amistades.",
        "Todos somos nuevos en algún sitio, y un buen amigo hace que nos sintamos en casa.",
      ],
    },
    quest: {
      titles: [(x) => `${x.S.the} y ${x.thing.the}`, (x) => `${x.S.the} busca ${x.thing.the}`],
      setup: [
        (x) =>
          `Aquel día, ${x.S.the} solo podía pensar en una cosa: ${x.thing.the}. «Quiero encontrar ${x.thing.the}», dijo,^ «y ver${x.thing.it} con mis propios ojos». Así que todos se pusieron a buscar.`,
        (x) =>
          `${cap(x.S.a)} llegó con una gran pregunta. «¿Dónde puedo encontrar ${x.thing.the}?», preguntó.^ Nadie lo sabía, así que decidieron averiguarlo juntos.`,
      ],
      try1: [
        (x) =>
          `Primero miraron ${x.p.spots[0]}, pero allí no ${estaba(x.thing)} ${x.thing.the},^ y ${x.S.the} solo encontró un escarabajo que llevaba una miga el doble de grande que él.`,
        (x) =>
          `Primero subieron muy alto con ${x.S.the} para ver más lejos. Vieron tejados, árboles y nubes,^ pero no ${x.thing.the}.`,
      ],
      try2: [
        (x) =>
          `Después preguntaron a un búho viejo y sabio. «Uh», dijo el búho, «las cosas más bonitas se encuentran mirando despacio». Era una respuesta curiosa,^ pero ${x.S.the} se acordó de ella.`,
        (x) => `Luego ${x.S.the} miró ${x.p.spots[1]}, llamando: «¿Estás ahí?»^ Pero solo respondió el eco.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Miremos despacio, como dijo el búho». Así que caminaron muy despacio, mirándolo todo,^ y allí, ${x.p.spots[2]}, ¡por fin encontraron ${x.thing.the}!`,
        (x) =>
          `Cuando el cielo se oscurecía, ${x.helper}, ${x.trait}, señaló algo ${x.p.spots[2]}. «¡Mirad!» Y allí ${estaba(x.thing)} ${x.thing.the}, más ${ag(x.thing, "maravillos")} de lo que nadie había imaginado.`,
      ],
      resolution: [
        (x) => `${cap(x.S.the)} miró y miró. «Lo recordaré toda mi vida», susurró.`,
        (x) =>
          `Se quedaron mucho rato sentados juntos, mirando ${x.thing.the},^ y nadie dijo nada, porque no hacía falta decir nada.`,
      ],
      morals: [
        "Las cosas maravillosas se encuentran cuando nos tomamos tiempo para mirar.",
        "La curiosidad y los buenos amigos pueden llevarte a cualquier parte.",
      ],
    },
  },

  openings: [
    (x) =>
      `${cap(x.t.once)}, ${x.inPlace}, ${x.t.sky}. ${cap(x.all)} ${v3(x, "paseaba", "paseaban")} tranquilamente,^ y ${x.p.sound}.`,
    (x) =>
      `¿Has estado alguna vez ${x.inPlace}? ${cap(x.t.once)}, ${x.p.sound},^ y ${x.all} ${v3(x, "estaba", "estaban")} allí, escuchando.`,
    (x) =>
      `${cap(x.t.once)}, algo pequeño y maravilloso estaba a punto de pasar ${x.inPlace}. ${cap(x.all)} todavía no lo ${v3(x, "sabía", "sabían")}.^ ${x.v(`${x.lead} miraba`, "Miraban")} hacia arriba, y ${x.t.sky}.`,
    (x) =>
      `Lejos de aquí, o quizá a la vuelta de la esquina, ${x.t.sky}. ${cap(x.all)} ${v3(x, "jugaba", "jugaban")} al escondite ${x.inPlace},^ riéndose detrás de cada árbol y cada piedra.`,
    (x) =>
      `${cap(x.p.sound)}: eso fue lo primero que ${v3(x, "oyó", "oyeron")} ${x.all} ${x.inPlace}, ${x.t.once}.^ Lo segundo fue una sorpresa.`,
    (x) =>
      `No hace mucho, ${x.inPlace}, ${x.all} ${v3(x, "recogía", "recogían")} piedrecitas lisas y plumas suaves. ${cap(x.t.sky)}.`,
    (x) =>
      `Este es un cuento que pasó ${x.inPlace}. ${cap(x.t.once)}, ${x.t.sky},^ y ${x.all} ${v3(x, "tarareaba", "tarareaban")} una canción inventada.`,
    (x) =>
      `${cap(x.t.once)}, ${x.all} ${v3(x, "descansaba", "descansaban")} tranquilamente ${x.inPlace},^ y ${x.p.sound}.`,
  ],
  describe: [
    (name, desc) => `${name} era ${desc}.`,
    (name, desc) => `A ${name} se le reconocía de lejos: ${desc}.`,
    (name, desc) => `${name}, ${desc}, también estaba allí.`,
    (name, desc) => `Si mirabas bien a ${name}, veías ${desc}.`,
  ],
  character: [
    (name, t) => `Todo el mundo conocía ${t.nouns[0]} ${de(name)}.`,
    (name, t) => `Lo que más gustaba de ${name} era ${t.nouns.join(" y ")}.`,
  ],
  reactions: [
    (x) =>
      `${cap(x.lead)} se sentó al lado ${de(x.S.the)}. «Ya no estás sol${o(x.S)}», dijo ${x.lead}. «Estamos aquí.»`,
    (x) => `«¡Oh!», dijo ${x.second}. «Entonces hoy es un día para ayudar.» Y ${x.S.the} se sintió un poco mejor.`,
    (x) =>
      `${cap(x.all)} ${v3(x, "escuchó", "escucharon")} con atención, como hacen los buenos amigos,^ y ${x.S.the} se sintió más liger${o(x.S)} enseguida.`,
    (x) => `«No te preocupes», dijo ${x.lead}. «Te ayudaremos. Para eso están los amigos.»`,
    (x) => `«Ya se nos ocurrirá algo», dijo ${x.lead} con dulzura, y ${x.S.the} sonrió con un poquito de esperanza.`,
    (x) =>
      `${cap(x.second)} se sentó muy cerca. «Cuéntanoslo todo», dijo ${x.second},^ «y luego haremos un plan juntos».`,
  ],
  encourage: [
    (x) => `«No pasa nada», dijo ${x.second}. «Siempre hay otra manera.»`,
    (x) =>
      `Durante un momento nadie dijo nada. Luego ${x.lead} sonrió. «Bueno, ahora sabemos una manera que no funciona.»`,
    (x) =>
      `«Vaya», dijo ${x.lead}, y todos se sentaron a pensar. Las buenas ideas suelen llegar cuando te quedas quieto.`,
    (x) => `${cap(x.S.the)} suspiró. Pero nadie tenía ganas de rendirse, ni un poquito.`,
    (x) => `«Probemos otra cosa», dijo ${x.second}, dándole un abrazo ${a(x.S.the)}.`,
    () => `No pasaba nada. Cada intento te enseña algo,^ y este les había enseñado lo que no había que hacer.`,
  ],
  wonders: [
    () =>
      `Por el camino se pararon a mirar las pequeñas maravillas de alrededor: una mariquita que trepaba por una brizna de hierba, un grillo que cantaba en algún sitio. Daba gusto ir despacio.`,
    (x) => `${cap(x.lead)} se paró y miró hacia arriba: ${x.t.sky}. Era como si el mundo entero les diera ánimos.`,
    () => `Descansaron un momento y compartieron unas moras.^ Todo parece más fácil después de merendar.`,
    (x) => `Siguieron caminando en silencio,^ y ${x.p.sound}.`,
    () => `Una brisa suave trajo olor a flores, y todos lo respiraron despacio.`,
    () => `Allá arriba, un pájaro volvía a su nido, y todos lo saludaron con la mano.`,
  ],
  pauses: [
    (x) =>
      `${cap(x.S.the)} se paró a oler una flor, y todos esperaron con paciencia.^ Siempre hay tiempo para una flor.`,
    (x) => `Pasó una familia de luciérnagas parpadeando para saludar, y ${x.S.the} parpadeó también.`,
    (x) =>
      `En algún sitio, una rana hizo «croac» con una voz muy grave, y ${x.S.the} se rio tanto que todos se rieron también.`,
    (x) => `Pasaron junto a un charco que guardaba un trocito de cielo, y ${x.S.the} se paró a mirar dentro.`,
  ],
  worries: [
    (x) =>
      `Por un momento, ${x.lead} sintió un cosquilleo de preocupación, como una mariposa en la barriga. ¿Y si no lo conseguían? Pero las preocupaciones se encogen cuando se comparten,^ así que todos se dieron la mano y respiraron hondo.`,
    (x) =>
      `De pronto el mundo pareció enorme, y ${x.S.the} se sintió muy pequeñ${o(x.S)}. Pero hasta los más pequeños pueden hacer cosas grandes,^ eso lo sabe todo el mundo.`,
    (x) =>
      `«¿De verdad podremos?», susurró ${x.second}. «Podemos intentarlo», dijo ${x.lead}. «Y intentarlo siempre es el primer paso.»`,
  ],
  cheers: [
    () =>
      `Todos estaban tan contentos que sonreían de oreja a oreja, con sonrisas tan grandes que casi no les cabían en la cara.`,
    (x) =>
      `${cap(x.lead)} sentía calorcito por dentro, como junto a una chimenea. Ayudar a un amigo es uno de los mejores sentimientos del mundo.`,
    () => `Bailaron un bailecito de alegría, muy bajito, porque ya casi era hora de dormir.`,
  ],
  recaps: [
    () => `Bien acurrucados, recordaron todo el día:^ los intentos, los tropiezos y el momento en que todo salió bien.`,
    (x) => `«Qué día», murmuró ${x.lead}. «Qué día tan bonito.»`,
    (x) =>
      `${cap(x.S.the)} pensó en el día y sonrió en la oscuridad.^ Mañana sería otro día, pero esta noche era para descansar.`,
  ],
  details: [
    () => `El aire olía a tierra fresca y a algo dulce, como miel olvidada al sol.`,
    () =>
      `En algún lugar, a lo lejos, un pájaro cantaba las mismas tres notas una y otra vez, como si ensayara para mañana.`,
    () =>
      `De vez en cuando pasaba una brisa que les hacía cosquillas en las orejas, como un amigo que te toca el hombro.`,
    () => `Pasó una mariposa pálida, ligera como un susurro.`,
    () => `En algún sitio, un grillo empezó a cantar muy bajito, como para no despertar a nadie.`,
    () => `Un caracol avanzaba despacito por una hoja, brillante y sin ninguna prisa.`,
  ],
  windDowns: [
    (x) =>
      `Para entonces, ${x.t.bedtime}. ${cap(x.everyone)} encontraron ${x.p.bed} ${x.inPlace} y se acurrucaron muy juntitos.`,
    (x) =>
      `Poco a poco, todo se quedó en calma. ${cap(x.p.sound)}, cada vez más bajito,^ y los párpados ${de(x.S.the)} empezaron a pesar.`,
    (x) =>
      `¡Qué día tan largo y tan bonito! ${cap(x.all)} ${v3(x, "bostezó", "bostezaron")} un gran bostezo, y ${x.S.the} bostezó también,^ y todos se acurrucaron en ${x.p.bed}.`,
    (x) =>
      `Despacito, el cielo se puso oscuro ${x.inPlace}. Uno a uno, los ruidos del día se fueron de puntillas, hasta que solo quedó un silencio suave alrededor ${de(x.everyone)}.`,
    (x) =>
      `${cap(x.everyone)} se tumbaron uno al lado del otro para contar las estrellas,^ pero nadie pasó de cinco antes de cerrar los ojos.`,
    (x) =>
      `${cap(x.S.the)} dio un bostezo largo y lento, de esos que pasan de un amigo a otro,^ y pronto todos bostezaban ${x.inPlace}.`,
  ],
  goodnights: [
    (x) => `Buenas noches, ${x.all}. Buenas noches, ${x.S.call}. Que durmáis bien.`,
    () => `Y allí durmieron, calentitos y a salvo, soñando hasta la mañana.`,
    () => `La luna los cuidó toda la noche, y todos tuvieron dulces sueños.`,
    (x) => `Chis… ya todos duermen. Dulces sueños, ${x.S.call}.`,
    () => `Pronto solo se oía una respiración suave y lenta. Que durmáis bien, pequeños.`,
    () => `Acurrucados, se quedaron dormidos en los sueños más dulces. Buenas noches.`,
    () => `Y si escuchas con mucha atención, quizá los oigas roncar, muy bajito. Buenas noches.`,
    (x) => `Las estrellas parpadeaban sobre ${x.place}, y todos los ojos estaban cerrados. Dulces sueños.`,
  ],
  verses: {
    opening: [
      (x) => `${cap(x.inPlace)}, al caer la tarde,\n${x.all} ${v3(x, "pasea", "pasean")} sin alarde.`,
      () => `El cielo se pone rosa, muy despacito,\nempieza un cuento, chiquito, chiquito.`,
      () => `Ven con nosotros, abre bien los ojos,\nque este cuento no tiene cerrojos.`,
      (x) =>
        `${cap(x.t.once)}, todo estaba en calma,\ny ${x.all} ${v3(x, "salió", "salieron")} con alegría en el alma.`,
    ],
    setup: [
      (x) => `Y de pronto, con cara de pena,\napareció ${x.S.a} en la escena.`,
      (x) => `«Ay, ay, ay», dijo ${x.S.the}, «¿qué voy a hacer?\n¿Quién me podrá ayudar antes de anochecer?»`,
    ],
    try1: [
      () => `Un intento fallido no es el final,\nes solo un paso, y no está nada mal.`,
      () => `Cataplum, patapam, qué desastre tan gracioso,\npero nadie se rindió, ni el más perezoso.`,
      (x) => `«Casi», dijo ${x.lead}, «pero no pasa nada,\nseguro que pronto tenemos otra idea bien pensada».`,
      () => `Probaron por arriba, probaron por abajo,\npero aquello costaba mucho trabajo.`,
    ],
    try2: [
      () => `Pensaron y pensaron, y probaron de nuevo,\npero aquello era más difícil que pelar un huevo.`,
      () => `El camino era largo y la cuesta empinada,\ny la solución no aparecía por nada.`,
    ],
    success: [
      (x) => `«Tengo una idea», dijo ${x.helper}, «muy despacito,\nhagámoslo juntos, poquito a poquito».`,
      () => `Y de repente el problema se fue volando,\ny todos se quedaron sonriendo y cantando.`,
      () => `Juntos, de la mano, encontraron el camino,\ncomo quien sigue el rastro de un buen destino.`,
      () => `Con un poco de ayuda y mucha paciencia,\ntodo salió bien, y se notó la diferencia.`,
    ],
    ending: [
      () => `Cierra los ojos, se acaba el día,\nbuenas noches, con mucha alegría.`,
      (x) => `La luna es redonda, la noche tranquila,\n${x.everyone} duermen en fila.`,
      () => `Acurrucados y calentitos bajo la manta,\nsueñan con aventuras y nadie se levanta.`,
      () => `La noche es suave, el mundo está en calma,\ndulces sueños para el cuerpo y el alma.`,
      () => `Chis, chis, se apaga la lamparita,\ny a dormir, hasta la mañanita.`,
    ],
  },
  caption(beat, arc, x) {
    const all = cap(x.all);
    const v = x.v;
    if (beat === "opening") return `${all} ${v("disfruta", "disfrutan")} de un rato tranquilo ${x.inPlace}.`;
    if (beat === "setup") return `${all} se ${v("encuentra", "encuentran")} con ${x.S.a} ${x.inPlace}.`;
    if (beat === "ending") return `${cap(x.everyone)} duermen tranquilamente ${x.inPlace}.`;
    const trying = beat !== "success";
    switch (arc) {
      case "sleepless":
        return trying
          ? `${all} ${v("intenta", "intentan")} ayudar ${a(x.S.the)} a dormirse.`
          : `${cap(x.S.the)} bosteza mientras ${x.all} le ${v("canta", "cantan")} una nana.`;
      case "afraid":
        return trying
          ? `${cap(x.S.the)} se esconde y ${x.all} se ${v("queda", "quedan")} muy cerca.`
          : `${cap(x.everyone)} miran ${x.fear.the} juntos.`;
      case "first":
        return trying
          ? `${cap(x.S.the)} se prepara para ${x.first} con ${x.all}.`
          : `${cap(x.S.the)} sonríe, list${o(x.S)} para ${x.first}.`;
      case "learn":
        return trying
          ? `${cap(x.S.the)} intenta ${x.goal.inf} mientras ${x.all} ${v("mira", "miran")}.`
          : `${cap(x.S.the)} por fin consigue ${x.goal.inf}, y ${x.all} ${v("aplaude", "aplauden")}.`;
      case "lost":
        return trying
          ? `${cap(x.everyone)} buscan ${x.thing.the} ${x.p.spots[0]}.`
          : `${cap(x.S.the)} encuentra ${x.thing.the} ${x.p.spots[2]}.`;
      case "quest":
        return trying ? `${cap(x.everyone)} buscan ${x.thing.the}.` : `${cap(x.everyone)} encuentran ${x.thing.the}.`;
      case "journey":
        return trying
          ? `${cap(x.everyone)} van de camino hacia ${x.dest.the}.`
          : `${cap(x.everyone)} llegan ${x.dest.to}.`;
      case "celebrate":
        return trying
          ? `${all} ${v("prepara", "preparan")} ${x.party.the} ${de(x.S.the)}.`
          : `${cap(x.S.the)} sopla una vela con ${x.all}.`;
      default:
        return trying
          ? `${all} ${v("intenta", "intentan")} hacerse amig${v("o", "os")} ${de(x.S.the)}.`
          : `${cap(x.S.the)} juega feliz con ${x.all}.`;
    }
  },

  places: {
    forest: {
      sound: "los árboles altos se susurraban secretos",
      spots: [
        "detrás de un tronco cubierto de musgo",
        "debajo de un montón de hojas crujientes",
        "dentro de un árbol hueco",
      ],
      high: "en lo más alto del pino más grande",
      noun: "el bosque",
      in: "en el bosque",
      bed: "un nido de musgo blandito",
    },
    sea: {
      sound: "las olas hacían shhh, shhh sobre la arena",
      spots: ["debajo de una barca volcada", "entre las rocas lisas y grises", "dentro de una charca entre las rocas"],
      high: "en lo alto del viejo faro",
      noun: "la playa",
      in: "en la playa",
      bed: "un hueco de arena tibia",
    },
    castle: {
      sound: "las banderas de las torres ondeaban suavemente",
      spots: [
        "detrás de una cortina de terciopelo",
        "debajo de la gran mesa de madera",
        "al pie de la escalera de caracol",
      ],
      high: "en lo alto de la torre más alta",
      noun: "el castillo",
      in: "en el castillo",
      bed: "un montón de cojines de terciopelo",
    },
    meadow: {
      sound: "la hierba alta se mecía con la brisa",
      spots: ["entre los botones de oro", "detrás de un montón de heno", "debajo de una mata de trébol"],
      high: "en la rama más alta del viejo manzano",
      noun: "el prado",
      in: "en el prado",
      bed: "una cama de hierba alta",
    },
    town: {
      sound: "las farolas zumbaban bajito",
      spots: ["detrás de las macetas de la panadería", "debajo de un banco de la plaza", "junto a la fuente"],
      high: "en lo alto de la torre del reloj",
      noun: "el pueblecito",
      in: "en el pueblecito",
      bed: "un rincón junto a la ventana",
    },
    space: {
      sound: "los planetas giraban despacito, como peonzas con sueño",
      spots: [
        "detrás de una roca lunar llena de bultos",
        "dentro de un cráter",
        "debajo del ala de un cohete plateado",
      ],
      high: "en la punta de la luna creciente",
      noun: "el espacio",
      in: "entre las estrellas",
      bed: "una nubecita plateada",
    },
    garden: {
      sound: "las flores cabeceaban con la brisa",
      spots: ["debajo de las hojas grandes de una calabaza", "detrás de la regadera", "dentro de una maceta vieja"],
      high: "en lo alto del cerezo",
      noun: "el jardín",
      in: "en el jardín",
      bed: "una cama de pétalos",
    },
    mountain: {
      sound: "el viento cantaba bajito entre las rocas",
      spots: ["detrás de una gran roca redonda", "dentro de una pequeña cueva", "entre el tomillo silvestre"],
      high: "en una repisa muy alta del acantilado",
      noun: "la montaña",
      in: "en la montaña",
      bed: "una cuevecita muy acogedora",
    },
    snow: {
      sound: "los copos de nieve caían sin hacer ruido",
      spots: ["debajo de un montón de nieve blandita", "detrás del muñeco de nieve", "junto a un estanque helado"],
      high: "en lo alto de un abeto nevado",
      noun: "la colina nevada",
      in: "en la nieve",
      bed: "un iglú calentito lleno de mantas",
    },
    river: {
      sound: "el río borboteaba y charlaba entre las piedras",
      spots: ["entre los juncos altos", "debajo del puentecito de madera", "detrás de una piedra con musgo"],
      high: "en una rama del sauce que se inclinaba sobre el agua",
      noun: "el río",
      in: "junto al río",
      bed: "una alfombra de tréboles blanditos",
    },
    bedroom: {
      sound: "las cortinas se mecían y la lamparita brillaba",
      spots: ["debajo de la cama", "dentro del baúl de los juguetes", "detrás de la almohada grande"],
      high: "encima del armario",
      noun: "el dormitorio",
      in: "en el dormitorio",
      bed: "un nido de almohadas y mantas",
    },
    place: {
      sound: "todo estaba tranquilo y en calma",
      spots: ["detrás de una piedra grande", "debajo de un arbusto", "en un rinconcito acogedor"],
      high: "en lo alto de un árbol muy alto",
      noun: "el valle",
      in: "en el valle tranquilo",
      bed: "un rinconcito calentito",
    },
  },
  times: {
    morning: {
      once: "una mañana luminosa",
      sky: "el sol apenas asomaba y el aire olía a rocío",
      bedtime: "el día se había ido volando y el cielo estaba oscuro",
    },
    afternoon: {
      once: "una tarde tibia",
      sky: "el sol brillaba perezoso y las sombras eran cortas",
      bedtime: "ya se habían encendido las primeras estrellas",
    },
    evening: {
      once: "un atardecer dorado",
      sky: "el cielo se teñía de rosa y naranja, como un melocotón",
      bedtime: "se había apagado la última luz del día",
    },
    night: {
      once: "una noche tranquila",
      sky: "la luna estaba redonda y plateada, y las estrellas titilaban",
      bedtime: "la luna estaba alta y muy dormilona",
    },
  },
};
