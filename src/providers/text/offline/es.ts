/** Spanish grammar for the offline storyteller (see `grammar.ts`). Dialogue in «comillas». */
import type { Ctx, Grammar, Np, Ref, WishLines } from "./grammar";
import { cap, prep } from "./words";

/** Agreement with the subject: "solo" → "sola". */
const o = (r: Ref) => (r.fem ? "a" : "o");
/** A participle or adjective agreeing with a thing: "escondida", "escondidos". */
const ag = (n: Np, stem: string) => `${stem}${n.fem ? "a" : "o"}${n.plural ? "s" : ""}`;
const estaba = (n: Np) => (n.plural ? "estaban" : "estaba");
const de = (np: string) => prep("es", "de", np);
const a = (np: string) => prep("es", "a", np);
const v3 = (x: Ctx, one: string, many: string) => x.v(one, many);

type Mode = Ctx["doingMode"];
/** The child's words, quoted: no trailing stop of their own, so ours closes the sentence. */
const quote = (text: string) => `«${text.trim().replace(/[\s.,;:!?…]+$/u, "")}»`;
/** "le encantaba" / "le encantaban", agreeing with what is loved. */
const encanta = (n: Np) => (n.plural ? "encantaban" : "encantaba");
const era = (n: Np) => (n.plural ? "eran" : "era");
/** The stressed pronoun after a preposition for a thing: "con ellos", "con ella". */
const conEl = (n: Np) => (n.plural ? (n.fem ? "ellas" : "ellos") : n.fem ? "ella" : "él");
const dreamt = (m: Mode) => m === "cant" || m === "wants" || m === "learns";
/** Kin as the hero says it ("mi hermana mayor") and as the grown-ups say it to the hero ("tu hermana mayor"). */
const mine = (r: Ref) => r.the.replace(/^su /, "mi ");
const yours = (r: Ref) => r.the.replace(/^su /, "tu ");

/** Issue 17: the lines that say the child's own wish. */
const wishEs: WishLines = {
  loves: [
    (x) => `Más que nada en el mundo, ${a(x.S.the)} le ${encanta(x.loves)} ${x.loves.the}.`,
    (x) => `Si le preguntabas ${a(x.S.the)} qué era lo mejor de todo,^ siempre contestaba lo mismo: ¡${x.loves.the}!`,
    (x) => `Lo que más le gustaba ${a(x.S.the)} en el mundo entero ${era(x.loves)} ${x.loves.the}.`,
    (x) => `Nada hacía sonreír tanto ${a(x.S.the)} como ${x.loves.the}.`,
    (x) =>
      `${cap(a(x.S.the))} le ${x.loves.plural ? "gustaban" : "gustaba"} tanto ${x.loves.the} que hasta soñaba con ${conEl(x.loves)} por las noches.`,
  ],
  does: [
    (x) => `Todo el mundo sabía que ${a(x.S.the)} le encantaba ${x.doing.inf}.^ Era lo que más le gustaba hacer.`,
    (x) =>
      `Aquel día, como todos los días, ${x.S.the} se pasó la mañana sin parar de ${x.doing.inf}, feliz como una perdiz.`,
    (x) =>
      `${cap(x.S.the)} podía pasarse horas y horas sin hacer otra cosa que ${x.doing.inf}, tarareando una cancioncita.`,
    (x) => `${cap(x.S.the)} siempre encontraba un momento para ${x.doing.inf},^ y cada vez se lo pasaba en grande.`,
  ],
  wantsTo: [
    (x) =>
      x.doingMode === "cant"
        ? `${cap(x.S.the)} todavía no sabía ${x.doing.inf},^ y tenía muchísimas ganas de aprender.`
        : x.doingMode === "learns"
          ? `${cap(x.S.the)} estaba aprendiendo a ${x.doing.inf},^ y cada día lo hacía un poquito mejor.`
          : `${cap(x.S.the)} quería ${x.doing.inf} más que nada en el mundo.`,
    (x) =>
      x.doingMode === "learns"
        ? `«Estoy aprendiendo a ${x.doing.inf}», decía ${x.S.the}, muy orgullos${x.S.o}. «Cada día me sale un poquito mejor.»`
        : `«Algún día voy a ${x.doing.inf}», decía ${x.S.the}. «Ya lo verán.»`,
    (x) =>
      x.doingMode === "learns"
        ? `Cada día, ${x.S.the} practicaba un ratito, para aprender a ${x.doing.inf}.`
        : `${cap(x.S.the)} ya había intentado ${x.doing.inf} otras veces,^ pero nunca le había salido del todo. Todavía no.`,
    (x) =>
      x.doingMode === "learns"
        ? `Cada vez le salía mejor eso de ${x.doing.inf},^ y ${x.S.the} estaba muy content${x.S.o}.`
        : `Lo único que ${x.S.the} deseaba, en lo más hondo de su corazón, era ${x.doing.inf}.`,
  ],
  becomes: [
    (x) => `${cap(x.S.the)} soñaba con ser ${x.becomes.bare} algún día.`,
    (x) => `«Cuando sea mayor», decía ${x.S.the}, «voy a ser ${x.becomes.bare}».`,
    (x) => `Cada noche, ${x.S.the} jugaba a ser ${x.becomes.a}, para ir practicando.`,
    (x) => `No había nada que ${x.S.the} deseara más que convertirse en ${x.becomes.a}.`,
  ],
  tryDoing: [
    (x) => `«¡Ya sé!», dijo ${x.S.the}. «¡Puedo ${x.doing.inf}!»^ Y lo intentó con muchísimo cuidado.`,
    (x) => `${cap(x.S.the)} respiró hondo y se puso a ${x.doing.inf}.^ No era fácil,^ pero siguió adelante.`,
    (x) => `«Miren esto», dijo ${x.S.the}, y empezó a ${x.doing.inf}. Todos contuvieron la respiración.`,
    (x) => `${cap(a(x.S.the))} se le ocurrió una idea: intentaría ${x.doing.inf}.^ Y lo probó, pasito a pasito.`,
  ],
  succeedDoing: [
    (x) => `¡Y esta vez ${x.S.the} pudo ${x.doing.inf} mejor que nunca!`,
    (x) =>
      dreamt(x.doingMode)
        ? `Y por fin ${x.S.the} logró ${x.doing.inf}, tal como siempre había soñado.`
        : `Entonces ${x.S.the} se puso a ${x.doing.inf} otra vez, más feliz que nunca,^ y todos aplaudieron.`,
    (x) => `Al final, ${x.S.the} se atrevió a ${x.doing.inf},^ y se sintió de maravilla, de la cabeza a los pies.`,
    (x) => `«¡Lo logré!», exclamó ${x.S.the}. Había podido ${x.doing.inf},^ y todos lo celebraron con un gran hurra.`,
  ],
  companionJoins: [
    (x) => `Entonces llegó ${x.C.a}, que también quería ir con ellos.`,
    (x) =>
      `Justo en ese momento apareció ${x.C.a}, con una sonrisa de oreja a oreja.^ «¿Puedo ir con ustedes?», preguntó.`,
    (x) => `${cap(x.C.a)} se unió a ellos,^ y así todo fue todavía mejor.`,
    (x) => `Al poco rato llegó también ${x.C.a}, list${x.C.o} para ayudar.`,
    (x) =>
      `¿Y quién apareció entonces? ¡${cap(x.C.a)}!^ Ahora la aventura tenía ${x.C.agr("un amigo", "una amiga")} más.`,
  ],
  companionHelps: [
    (x) => `${cap(x.C.the)} también ayudó, como solo ${x.C.he} sabía hacerlo.`,
    (x) => `${cap(x.C.the)} le dio ${a(x.S.the)} un abrazo grande y calentito.`,
    (x) => `«Aquí estoy», dijo ${x.C.the}, y se quedó muy cerquita.`,
    (x) => `${cap(x.C.the)} supo enseguida qué hacer, y lo hizo sin armar ningún lío.`,
    (x) => `${cap(a(x.C.the))} se le ocurrió una buena idea,^ y se la susurró ${a(x.S.the)} al oído.`,
  ],
  goesTo: [
    (x) => `Y así se fueron todos juntos ${x.where.to}.`,
    (x) => `Al poco rato, ya estaban ${x.where.in}.`,
    (x) => `Y así fue como llegaron todos juntos ${x.where.to}.`,
    (x) => `«¡Vamos ${x.where.to}!», dijo ${x.S.the}. Y allá se fueron.`,
  ],
  event: [
    (x) => `¡Y entonces llegó la hora ${de(x.event.the)}!`,
    (x) => `${cap(x.event.the)} ${x.event.plural ? "iban" : "iba"} a empezar,^ y todos estaban invitados.`,
    (x) => `Todos llevaban mucho tiempo esperando ${x.event.the},^ y por fin había llegado el día.`,
    (x) => `¡Qué bien lo pasaron ${x.event.in}!^ Hubo risas, aplausos y muchísima alegría.`,
  ],
  thing: [
    (x) => `${cap(x.S.the)} no se olvidaba ${de(x.T.the)} ni un momento.`,
    (x) => `Y allí ${estaba(x.T)} ${x.T.the}, justo donde tenía que estar.`,
    (x) => `${cap(x.T.the)} ${era(x.T)} justo lo que necesitaban.`,
    (x) => `«¡Miren!», dijo ${x.S.the}, enseñando ${x.T.his}. «Esto nos va a ayudar.»`,
    (x) => `${cap(x.S.the)} miró ${x.T.the} y sonrió: se le acababa de ocurrir una idea.`,
  ],
  endings: {
    friends: [
      (x) => `Y desde aquel día, ${x.everyone} fueron los mejores amigos del mundo.`,
      (x) => `Y así fue como ${x.everyone} se hicieron amigos, de esos que son amigos para siempre.`,
      (x) => `${cap(x.S.the)} había encontrado un amigo para siempre,^ y un amigo para siempre es lo mejor que hay.`,
      (x) => `«¿Mañana también seremos amigos?», preguntó ${x.S.the}. «Mañana y todos los días», le contestaron.`,
    ],
    home: [
      (x) => `Y por fin ${x.S.the} volvió a casa, san${x.S.o} y salv${x.S.o}.`,
      (x) => `¡Por fin en casa! ${cap(x.S.the)} entró, y todo estaba en su sitio, como tenía que ser.`,
      (x) =>
        `No hay nada como estar en casa,^ y ${x.S.the} estaba en casa por fin, calentit${x.S.o} y tranquil${x.S.o}.`,
      (x) => `El camino de vuelta se hizo corto y alegre,^ y pronto ${x.S.the} estuvo otra vez en casa.`,
    ],
    found: [
      () => `Y lo que se había perdido apareció otra vez, justo a tiempo.`,
      (x) => `${cap(x.S.the)} abrazó bien fuerte lo que había encontrado, y ya no lo soltó.`,
      () => `Perder algo y volver a encontrarlo: esa es una de las alegrías más grandes del mundo.`,
      (x) => `Por fin apareció todo, y ${x.S.the} soltó un gran suspiro de alivio.`,
    ],
    together: [
      () => `Y estaban todos juntos, como tenía que ser.`,
      (x) => `${cap(x.everyone)} se acurrucaron bien juntitos, todos juntos por fin.`,
      () => `Estar juntos era lo mejor de todo.`,
      (x) => `Nadie se quedó fuera y nadie estaba solo:^ ${x.everyone} estaban juntos.`,
    ],
    party: [
      () => `Y así, el día terminó con la fiesta más alegre de todas.`,
      () => `Hubo música, risas y un poquito de baile,^ porque un día tan feliz se merece una fiesta.`,
      (x) => `${cap(x.everyone)} hicieron una fiesta, con muchos vivas y un pastel para compartir.`,
      () => `¡Qué fiesta tan bonita! Todos bailaron hasta que les entró sueño.`,
    ],
    sleep: [
      (x) => `Y ${x.S.the} se quedó dormid${x.S.o}, con una sonrisa.`,
      (x) => `${cap(x.S.the)} dio un bostezo enorme,^ cerró los ojos y se quedó dormid${x.S.o}.`,
      (x) => `Al poco rato, ${x.S.the} ya dormía profundamente, con sueños muy bonitos.`,
      (x) => `Calentit${x.S.o} y a gusto, ${x.S.the} se durmió, tan callad${x.S.o} como un ratoncito.`,
    ],
    "wish-comes-true": [
      (x) => `Y el deseo ${de(x.S.the)} se hizo realidad.`,
      (x) => `${cap(x.S.the)} lo había deseado muchísimo,^ y ahora su deseo se había hecho realidad.`,
      () => `A veces, si deseas algo con todas tus fuerzas y nunca te rindes, los deseos se cumplen.`,
      (x) => `«¡Se cumplió mi deseo!», susurró ${x.S.the}, con los ojos brillantes.`,
    ],
    brave: [
      (x) => `Y ${x.S.the} había sido muy, muy valiente.`,
      (x) => `«¡Qué valiente has sido!», le dijeron todos,^ y ${x.S.the} se sintió más alt${x.S.o} que una montaña.`,
      (x) =>
        `${cap(x.S.the)} había sido valiente, aunque le temblaran un poco las rodillas, y esa es la mejor valentía de todas.`,
      (x) => `Aquel día, ${x.S.the} descubrió lo valiente que era de verdad.`,
    ],
    win: [
      (x) => `¡Y ${x.S.the} ganó! Todos aplaudieron.`,
      (x) => `${cap(x.S.the)} llegó primer${x.S.o},^ y el mejor premio fue oír a todos aplaudir juntos.`,
      (x) => `¡Hurra! ${cap(x.S.the)} había ganado,^ y compartió la alegría con todos.`,
      (x) => `${cap(x.S.the)} ganó,^ pero lo que más le gustó fue lo bien que lo habían pasado todos juntos.`,
    ],
  },
  unread: [
    (x) => `Y en el cuento de esta noche había un deseo más, susurrado solo para ti: ${quote(x.unread)}.`,
    (x) => `Dentro del deseo venía una cosita más: ${quote(x.unread)}. Las estrellas la guardaron para otra noche.`,
    (x) => `Y alguien le susurró a la noche un deseo más: ${quote(x.unread)}. La luna lo oyó, y sonrió.`,
    (x) => `El deseo traía también algo más: ${quote(x.unread)}. Eso lo guardamos para mañana.`,
  ],
};

export const es: Grammar = {
  lang: "es",
  with: "con",
  and: "y",
  finish: (text) => text,
  titleCase: (text) => cap(text),

  wish: wishEs,
  arcs: {
    sleepless: {
      titles: [
        (x) => `${x.S.the} que no podía dormir`,
        (x) => `Una nana para ${x.S.the}`,
        (x) => `${x.S.the} y la noche sin sueño`,
      ],
      setup: [
        (x) =>
          `Cuando la luz se volvió suave, ${x.all} ${v3(x, "oyó", "oyeron")} un suspiro largo y tembloroso. Era ${x.S.a}, sentad${o(x.S)} sol${o(x.S)}, con los ojos muy abiertos,^ y sin pizca de sueño. «No puedo dormir», dijo ${x.S.the}. «Lo intento y lo intento,^ pero mis ojos no quieren cerrarse.»`,
        (x) =>
          `Justo entonces pasó ${x.S.a}, bostezando y frotándose los ojos. «Todos duermen», susurró ${x.S.the},^ «pero yo estoy despiert${o(x.S)} del todo, y la noche se me hace muy larga». ${cap(x.all)} ${v3(x, "entendió", "entendieron")} enseguida que había que ayudar${x.S.him}.`,
        (x) =>
          `De pronto, ${x.all} ${v3(x, "oyó", "oyeron")} un ruidito: tap, tap, tap. Era ${x.S.a}, que daba vueltas y más vueltas sin parar.^ «He contado todas las estrellas dos veces», suspiró ${x.S.the},^ «y no tengo ni una miguita de sueño».`,
        (x) =>
          `${cap(x.S.a)} apareció arrastrando una manta, con los ojos como platos. «Mi cama está demasiado blanda, o demasiado dura, o demasiado algo», protestó ${x.S.the},^ «y lo único que sé es que no me puedo dormir».`,
      ],
      try1: [
        (x) =>
          `«Contemos ovejas», propuso ${x.lead}. Y todos contaron: una oveja esponjosa, dos ovejas esponjosas, hasta cuarenta y siete.^ Pero de tanto contar, ${x.S.the} se preguntó qué venía después,^ y pronto tenía los ojos más abiertos que nunca.`,
        (x) =>
          `${cap(x.second)} trajo una taza de leche tibia. ${cap(x.S.the)} se la bebió de un trago,^ y enseguida le dio hipo: ¡hip!, ¡hip! Nadie puede dormirse con hipo,^ así que aquello no funcionó nada.`,
        (x) =>
          `«¿Y si piensas en cosas aburridas?», propuso ${x.lead}. Así que ${x.S.the} pensó en charcos grises y en calcetines sin pareja.^ Pero hasta los calcetines sin pareja tienen aventuras,^ y pronto ${x.S.the} estaba imaginando dónde se habrían escondido.`,
        (x) =>
          `${cap(x.second)} le enseñó ${a(x.S.the)} a respirar como un globo: hinchar la barriga despacito y luego soltar el aire.^ Pero ${x.S.the} se hinchó tanto que se le escapó una risa enorme,^ y el sueño se marchó con ella.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.lead} contó un cuento, pero estaba lleno de piratas y persecuciones,^ y ${x.S.the} se incorporó para saber qué pasaba luego. Un cuento demasiado emocionante despierta en lugar de dormir.`,
        (x) =>
          `Luego construyeron una montaña de almohadas para ${x.S.the}. Era magnífica,^ pero se tambaleaba con cada movimiento,^ y ${x.S.the} se resbalaba todo el rato al suelo, ¡pum!`,
        (x) =>
          `Después, ${x.lead} le llevó ${a(x.S.the)} su peluche favorito, el más blandito de todos.^ Pero el peluche tenía unos ojos de botón que brillaban en la penumbra,^ y ${x.S.the} se pasó un buen rato mirándolos, despiert${o(x.S)} del todo.`,
        (x) =>
          `Luego abanicaron ${a(x.S.the)} con una hoja enorme, para que le llegara el fresquito de la noche.^ Pero con el aire llegó también una polilla muy charlatana,^ y ${x.S.the} se quedó escuchando sus historias con muchísima atención.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, tuvo una idea muy tranquila. «Dejemos de esforzarnos tanto», dijo ${x.helper}. «Solo escuchemos.» Todos se quedaron quietos, y ${x.p.sound}.^ ${cap(x.S.the)} respiró despacio, muy despacio,^ y se le empezaron a cerrar los párpados.`,
        (x) =>
          `Por fin, ${x.helper}, ${x.trait}, empezó a tararear la nana más suave del mundo. Todos tararearon también, cada vez más bajito.^ Una canción lenta hace que los pensamientos vayan lentos,^ y pronto ${x.S.the} dio un bostezo enorme.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, abrió los brazos. «Ven aquí», dijo bajito, y le dio ${a(x.S.the)} un abrazo largo y calentito.^ ${cap(x.S.the)} oyó latir un corazón tranquilo, pum, pum, pum,^ y su propia respiración se fue haciendo igual de lenta.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, envolvió ${a(x.S.the)} en una manta suave y ${x.S.him} abrazó muy fuerte. «Ahora piensa en tu sitio favorito», susurró ${x.helper}.^ ${cap(x.S.the)} pensó en un lugar tibio y tranquilo,^ y sin darse cuenta empezó a cabecear.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} se acurrucó en ${x.p.bed}. «Gracias», murmuró, ya medio dormid${o(x.S)}. «Creo que ya sé cómo se hace.»`,
        (x) =>
          `«¿Esto es tener sueño?», susurró ${x.S.the}. «Es precioso.» Y se acurrucó en ${x.p.bed} con una sonrisa.`,
        (x) =>
          `${cap(x.S.the)} dio un último bostezo, tan grande que casi se traga la luna. «Buenas noches a todos», murmuró,^ y antes de terminar la frase ya estaba dormid${o(x.S)}.`,
        (x) =>
          `${cap(x.S.the)} abrió un ojo una sola vez, para comprobar que todos seguían allí. Y allí estaban, muy cerquita.^ Así que ${x.S.the} lo cerró otra vez, feliz, y ya no lo volvió a abrir.`,
      ],
      morals: [
        "El sueño llega despacito cuando dejamos de perseguirlo y simplemente escuchamos.",
        "Una canción lenta y un amigo cerca son el mejor camino hacia los sueños.",
        "Un abrazo calentito ayuda a que el sueño encuentre el camino.",
      ],
    },
    afraid: {
      titles: [
        (x) => `${x.S.the} que tenía miedo ${de(x.fear.the)}`,
        (x) => `${x.S.the} y ${x.fear.the}`,
        (x) => `${x.S.the} mira ${x.fear.the} de frente`,
      ],
      setup: [
        (x) =>
          `Debajo de un arbusto, ${x.all} ${v3(x, "encontró", "encontraron")} ${a(x.S.a)}, hech${o(x.S)} una bola y temblando. «¿Qué te pasa?», preguntó ${x.lead}. «Es ${x.fear.the}», susurró ${x.S.the}. «Me ${x.fear.plural ? "dan" : "da"} miedo ${x.fear.the},^ y esta noche no puedo pensar en otra cosa.»`,
        (x) =>
          `${cap(x.S.a)} llegó corriendo, mirando hacia atrás. «¡Ay, ${x.fear.the}!», chilló ${x.S.the}. «No me ${x.fear.plural ? "gustan" : "gusta"} nada ${x.fear.the}.» ${cap(x.all)} ${v3(x, "veía", "veían")} que ${x.S.the} tenía mucho miedo.`,
        (x) =>
          `${cap(x.all)} ${v3(x, "vio", "vieron")} dos ojitos asustados que brillaban ${x.p.spots[1]}. Eran los ojos ${de(x.S.a)}. «¿${x.fear.plural ? "Están" : "Está"} ${x.fear.the} por aquí?», preguntó con un hilo de voz.^ «Es que ${x.fear.the} me ${x.fear.plural ? "dan" : "da"} muchísimo miedo.»`,
        (x) =>
          `${cap(x.S.a)} llegó de puntillas, tan pegad${o(x.S)} ${a(x.lead)} como una sombra. «No me dejes sol${o(x.S)}», susurró ${x.S.the}.^ «Cada vez que pienso en ${x.fear.the}, me tiemblan las rodillas.»`,
      ],
      try1: [
        (x) =>
          `Primero, ${x.S.the} intentó esconderse debajo de una hoja grande, con los ojos bien cerrados.^ Pero cuando no ves nada, cada ruidito parece más grande,^ y ${x.S.the} tuvo todavía más miedo.`,
        (x) =>
          `«Hagamos como si ${x.fear.the} no ${x.fear.plural ? "existieran" : "existiera"}», propuso ${x.second}. Todos intentaron con todas sus fuerzas no pensar en ${x.fear.the}.^ Pero cuanto más lo intentaban, más pensaban en ello,^ y ${x.S.the} se estremeció.`,
        (x) =>
          `${cap(x.lead)} sacó una linterna para que ${x.S.the} pudiera mirar bien a su alrededor.^ Pero la linterna hacía sombras larguísimas que bailaban por todas partes,^ y ${x.S.the} se tapó los ojos enseguida.`,
        (x) =>
          `«Miremos por un agujerito, así nadie nos verá», propuso ${x.second}. Y todos miraron por un agujerito entre las hojas.^ Pero por un agujerito solo se ve un trocito de mundo,^ y ${x.S.the} se imaginó que el resto era mucho peor.`,
      ],
      try2: [
        (x) =>
          `Entonces ${x.lead} gritó «¡Vete!» con su voz más fuerte.^ Pero el eco respondió «¡Vete! ¡Vete!»,^ y ${x.S.the} dio un salto todavía más grande.`,
        (x) =>
          `Después construyeron un muro de piedrecitas para que ${x.fear.the} no ${x.fear.plural ? "pasaran" : "pasara"}.^ Pero ningún muro puede detener ${x.fear.the},^ y ${x.S.the} seguía asomándose por encima con ojos preocupados.`,
        (x) =>
          `Después, ${x.S.the} se puso un cazo en la cabeza, como un casco, para sentirse más valiente.^ Pero el cazo se le bajaba hasta la nariz,^ y ${x.S.the} no veía nada de nada, que era todavía peor.`,
        (x) =>
          `Luego se subieron todos a una roca para vigilar desde lejos.^ Pero desde lejos todo parecía borroso y misterioso,^ y ${x.S.the} se acurrucó todavía más, temblando como una hoja.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, se sentó muy cerca ${de(x.S.the)}. «Miremos juntos, muy despacio», dijo ${x.helper}. Y miraron,^ y todo estaba lleno de cositas amables: ${x.p.sound}. Nada ni nadie quería asustar a nadie.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, le tendió la mano. «Cuando estamos juntos, se hace más pequeño», dijo ${x.helper}. Uno al lado del otro, se acercaron mucho ${a(x.fear.the)}.^ De cerca no daba nada de miedo;^ era solo el mundo, muy tranquilo.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, rodeó ${a(x.S.the)} con un abrazo grande y blandito. «Mientras yo te abrace, no te pasará nada», dijo ${x.helper}.^ Y desde dentro del abrazo, ${x.S.the} se atrevió a mirar. Todo estaba tranquilo: ${x.p.sound}.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, se acurrucó junto ${a(x.S.the)} y le susurró: «Cuéntame qué ves». ${cap(x.S.the)} miró despacito y lo fue diciendo en voz alta: una hoja, una piedra, una estrella.^ Cada cosa con su nombre se volvía pequeña y conocida,^ y el miedo se fue encogiendo.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} soltó un largo suspiro. «${cap(x.fear.the)} no ${x.fear.plural ? "dan" : "da"} tanto miedo cuando tienes amigos», dijo,^ y hasta sonrió un poquito.`,
        (x) =>
          `«¡He sido valiente!», exclamó ${x.S.the}, sorprendid${o(x.S)}. «Sí», dijo ${x.lead}. «Ser valiente no es no tener miedo.^ Es intentarlo de todos modos.»`,
        (x) =>
          `${cap(x.S.the)} se estiró, ya sin temblar. «Si mañana ${x.fear.plural ? "vuelven" : "vuelve"} ${x.fear.the}, ya sé lo que haré», dijo.^ «Buscaré a un amigo y miraré despacito.»`,
        (x) =>
          `${cap(x.S.the)} soltó una risita. «¡Con lo asustad${o(x.S)} que estaba!», dijo. «Con amigos cerca, todo se ve distinto.» Y todos se rieron bajito con ${x.S.he}.`,
      ],
      morals: [
        "Lo que nos da miedo se hace más pequeño cuando lo miramos juntos.",
        "Ser valiente no es no tener miedo: es darle la mano a un amigo e intentarlo.",
        "Con alguien que nos abraza, el miedo se vuelve pequeñito.",
      ],
    },
    first: {
      titles: [
        (x) => `${x.S.the} y ${x.first}`,
        (x) => `El gran día ${de(x.S.the)}`,
        (x) => `${x.S.the} se prepara para ${x.first}`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} estaba sentad${o(x.S)} en una piedra, muy callad${o(x.S)}. «Mañana es ${x.first}», dijo ${x.S.the},^ «y no sé cómo será. ¿Y si nadie quiere jugar conmigo?»`,
        (x) =>
          `${cap(x.all)} ${v3(x, "encontró", "encontraron")} ${a(x.S.a)} practicando cómo saludar, una y otra vez. «Mañana es ${x.first}», explicó ${x.S.the},^ «y tengo mariposas en la barriga».`,
        (x) =>
          `${cap(x.all)} ${v3(x, "encontró", "encontraron")} ${a(x.S.a)} dando vueltas alrededor de un árbol, una y otra vez. «Estoy pensando en ${x.first}», explicó ${x.S.the} sin pararse,^ «y cuando pienso, no puedo estarme quiet${o(x.S)}».`,
        (x) =>
          `${cap(x.S.a)} llegó con la cara muy seria y un montón de preguntas. «¿Cómo será ${x.first}?», preguntó ${x.S.the}.^ «¿Y si me pierdo? ¿Y si no sé dónde sentarme?»`,
      ],
      try1: [
        (x) =>
          `«A lo mejor, si me escondo, mañana no llega», dijo ${x.S.the}, y se escondió detrás ${de(x.lead)}.^ Pero mañana siempre llega, incluso para quien se esconde,^ y las mariposas no se calmaron.`,
        (x) =>
          `${cap(x.second)} hizo una lista larguísima de cosas que recordar.^ Pero la lista era tan larga que ${x.S.the} olvidaba el principio antes de oír el final,^ y las mariposas revolotearon todavía más.`,
        (x) =>
          `«Cuéntanos qué te preocupa», dijo ${x.lead}. Y ${x.S.the} empezó: que si el camino, que si la merienda, que si los nombres de todos.^ Cada preocupación traía otra detrás, como los vagones de un tren,^ y las mariposas de la barriga se pusieron a dar volteretas.`,
        (x) =>
          `«Haz como si no te importara nada», aconsejó ${x.second}. Así que ${x.S.the} puso cara de no importarle nada, con la nariz muy alta.^ Pero hacer como que no te importa cansa muchísimo,^ y por dentro las mariposas seguían revoloteando.`,
      ],
      try2: [
        (x) =>
          `Después jugaron a hacer como si fuera de verdad, y ${x.lead} hizo de maestra. Fue divertido,^ pero ${x.S.the} preguntó igualmente: «¿Y si de verdad es distinto?»`,
        (x) =>
          `Luego prepararon una mochila con todo lo que ${x.S.the} podría necesitar: una merienda, un lápiz y un calcetín de repuesto.^ La mochila estaba lista,^ pero ${x.S.the} todavía no se sentía list${o(x.S)}.`,
        (x) =>
          `Después, ${x.lead} propuso ensayar el camino: de aquí al árbol, del árbol a la piedra y de la piedra a la puerta. Lo recorrieron tres veces,^ pero a la tercera ${x.S.the} preguntó: «¿Y si mañana el camino es otro?»`,
        (x) =>
          `Luego cada uno contó cómo fue su primer día en algún sitio. Pero ${x.lead} se lio tanto con su historia, llena de ranas y de paraguas,^ que nadie supo cómo terminaba,^ y ${x.S.the} se quedó igual de nervios${o(x.S)}.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Allí todos serán nuevos también. Todos tendrán mariposas en la barriga». ${cap(x.S.the)} parpadeó. «¿Todos?» «Todos», dijo ${x.helper}.^ Y, sin saber cómo, las mariposas se posaron.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, tuvo una idea: «Mañana, busca a alguien que parezca un poco preocupado y salúdalo.^ Así los dos tendrán un amigo». ${cap(x.S.the)} practicó el saludo hasta que le resultó fácil.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «¡Vamos a celebrar lo valiente que eres ya!» Y todos bailaron alrededor ${de(x.S.the)}, dando palmas.^ ${cap(x.S.the)} se rio tanto que las mariposas salieron volando,^ y solo quedaron unas ganas enormes de que llegara mañana.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, le regaló ${a(x.S.the)} una piedrecita lisa. «Es una piedra valiente», dijo ${x.helper}. «Llévala contigo mañana.»^ ${cap(x.S.the)} la apretó con fuerza y dio un salto de alegría,^ y todos lo celebraron con un hurra muy grande.`,
      ],
      resolution: [
        (x) =>
          `«Creo que estoy list${o(x.S)}», dijo ${x.S.the}, y era verdad. Mañana sería nuevo,^ y las cosas nuevas pueden ser maravillosas.`,
        (x) =>
          `${cap(x.S.the)} sonrió con una sonrisita valiente. «¿Me dirán adiós con la mano por la mañana?» «Con los saludos más grandes del mundo», ${v3(x, "prometió", "prometieron")} ${x.all}.`,
        (x) =>
          `${cap(x.S.the)} respiró hondo y sonrió. «Mañana es ${x.first}», dijo,^ «y ahora casi tengo ganas de que llegue».`,
        (x) =>
          `Antes de dormir, ${x.S.the} ensayó su saludo una última vez, muy bajito, para no despertar a nadie.^ Mañana sería un gran día.`,
      ],
      morals: [
        "Todo el mundo se pone un poco nervioso con las cosas nuevas, y no pasa nada.",
        "Un sitio nuevo está lleno de amigos que todavía no conoces.",
        "Los comienzos dan un poco de miedo, pero también traen sorpresas bonitas.",
      ],
    },
    learn: {
      titles: [
        (x) => `${x.S.the} que quería ${x.goal.inf}`,
        (x) => `${x.S.the} aprende a ${x.goal.inf}`,
        (x) => `${x.S.the} lo intenta otra vez`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} pasó por allí mirando el cielo con un suspiro. «Me gustaría tanto ${x.goal.inf}», dijo,^ «pero nunca lo he conseguido, ni una sola vez».`,
        (x) =>
          `${cap(x.all)} se ${v3(x, "encontró", "encontraron")} con ${x.S.a} que practicaba sol${o(x.S)}, y no le salía nada bien. «Estoy intentando ${x.goal.inf}», dijo ${x.S.the},^ «pero no puedo».`,
        (x) =>
          `${cap(x.S.a)} miraba a los demás con un poco de envidia. «Todo el mundo sabe ${x.goal.inf} menos yo», dijo ${x.S.the},^ «y yo también quiero, aunque sea un poquito».`,
        (x) =>
          `${cap(x.all)} ${v3(x, "oyó", "oyeron")} un «¡ay!» y un «¡uy!» detrás de unos arbustos. Era ${x.S.a}, que llevaba todo el día intentando ${x.goal.inf}.^ «Me sale fatal», confesó,^ «pero no pienso rendirme».`,
      ],
      try1: [
        (x) =>
          `«¡Inténtalo muy fuerte, de golpe!», dijo ${x.lead}. Y ${x.S.the} lo intentó con todas sus fuerzas,^ pero tan fuerte que todo se tambaleó, y ¡cataplum! Cuando te esfuerzas demasiado, todo se pone rígido.`,
        (x) =>
          `${cap(x.S.the)} observó a un pájaro y lo imitó exactamente.^ Pero lo que sirve para un pájaro no sirve para todos,^ y ${x.S.the} acabó hech${o(x.S)} un lío, riéndose y un poco triste.`,
        (x) =>
          `«Fíjate en mí», dijo ${x.lead}, y se lo enseñó todo de corrido, muy deprisa.^ Pero ${x.S.the} no pudo seguir el ritmo,^ y acabó dando vueltas como una peonza, mareadísim${o(x.S)}.`,
        (x) =>
          `${cap(x.S.the)} cerró los ojos muy fuerte. Deseó con todas sus fuerzas saber ${x.goal.inf} de repente, como por arte de magia.^ Pero los deseos no enseñan a ${x.goal.inf},^ y al abrir los ojos, todo seguía igual.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.second} leyó las instrucciones de un libro muy viejo.^ Pero había tantos pasos que ${x.S.the} se hizo un lío en el segundo^ y tuvo que sentarse.`,
        (x) =>
          `Luego lo intentaron en lo alto de una colina, porque desde arriba seguro que era más fácil.^ Pero allí arriba el viento soplaba demasiado fuerte,^ y ${x.S.the} tuvo que agarrarse ${a(x.lead)}.`,
        (x) =>
          `Después, ${x.second} le prestó ${a(x.S.the)} unas botas que, según decía, eran mágicas.^ Pero las botas eran tres tallas más grandes,^ y ${x.S.the} dio dos pasos y se cayó sentad${o(x.S)}, ¡plaf!`,
        (x) =>
          `Luego todos quisieron ayudar a la vez, y cada uno daba un consejo distinto.^ ${cap(x.S.the)} se hizo un lío tan grande que acabó chocando con ${x.second}, ¡pumba!`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Empecemos poquito a poco. Solo un poco, y luego otro poco». Y ${x.S.the} practicó un poco,^ y otro poco más, mientras todos ${x.S.him} animaban bajito. Y de repente, ¡${x.S.the} consiguió ${x.goal.inf}! Solo un poquito, pero de verdad.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, se quedó muy cerca y contó despacio: uno, dos, tres. Paso a paso, ${x.S.the} encontró su propia manera,^ y antes de que se pusiera el sol, ya sabía ${x.goal.inf}, solo un poquito, sin ninguna ayuda.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Acuérdate de lo que sí te ha salido bien». ${cap(x.S.the)} se acordó, respiró hondo y lo intentó otra vez, tranquil${o(x.S)}.^ ¡Y esta vez ${x.S.the} consiguió ${x.goal.inf}! Todos aplaudieron tan fuerte que hasta los pájaros se asomaron a mirar.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, le dijo ${a(x.S.the)}: «Equivocarse también es practicar». Así que ${x.S.the} se equivocó una vez, otra vez y otra más, sin preocuparse.^ Y de pronto, casi sin querer, ¡consiguió ${x.goal.inf}! ${cap(x.all)} ${v3(x, "dio", "dieron")} saltos de alegría.`,
      ],
      resolution: [
        (x) =>
          `«¡Lo he conseguido!», gritó ${x.S.the}, y luego se acordó de que casi era hora de dormir y lo susurró: «Lo he conseguido».^ Todos susurraron también: «¡Bravo!»`,
        (x) =>
          `${cap(x.S.the)} estaba muy orgullos${o(x.S)}. «Mañana practicaré otra vez», dijo. «Pero esta noche voy a soñar que sé ${x.goal.inf}.»`,
        (x) =>
          `${cap(x.S.the)} no podía dejar de sonreír. «Mañana se lo enseñaré a todo el mundo», dijo,^ y luego dio un bostezo enorme, porque aprender cansa muchísimo.`,
        (x) =>
          `${cap(x.S.the)} se tumbó boca arriba, cansad${o(x.S)} y feliz. «Hoy he aprendido algo», murmuró,^ «y mañana aprenderé un poquito más».`,
      ],
      morals: [
        "Las cosas grandes se aprenden a pasitos, uno detrás de otro.",
        "Cada uno aprende a su manera y a su ritmo.",
        "Equivocarse también es aprender, y cada intento cuenta.",
      ],
    },
    lost: {
      titles: [
        (x) => `${x.S.the} y ${x.thing.lost}`,
        (x) => `${x.S.the} busca ${x.thing.the}`,
        (x) => `${x.S.the} y la gran búsqueda`,
      ],
      setup: [
        (x) =>
          `Justo entonces llegó ${x.S.a}, sorbiéndose la nariz y con lágrimas en los ojos. «He perdido ${x.thing.my}», dijo ${x.S.the}. «He buscado por todas partes,^ y no ${x.thing.it} encuentro por ningún sitio.»`,
        (x) =>
          `${cap(x.all)} ${v3(x, "oyó", "oyeron")} un ruidito muy triste. Era ${x.S.a}, que buscaba debajo de cada hoja. «${cap(x.thing.my)} ${x.thing.plural ? "han" : "ha"} desaparecido», dijo ${x.S.the}. «${cap(x.thing.it)} tenía hace un momento,^ y ahora no ${x.thing.it} encuentro.»`,
        (x) =>
          `${cap(x.S.a)} iba de aquí para allá, levantando piedras y mirando detrás de las flores. «¿Alguien ha visto ${x.thing.my}?», preguntó ${x.S.the} con voz temblorosa.^ «Antes ${x.thing.it} tenía aquí mismo, y ahora no ${x.thing.plural ? "están" : "está"} por ninguna parte.»`,
        (x) =>
          `${cap(x.all)} ${v3(x, "vio", "vieron")} ${a(x.S.a)} con la nariz pegada al suelo, buscando y rebuscando. «Sin ${x.thing.my} no puedo dormir», dijo ${x.S.the} haciendo pucheros,^ «y no sé dónde se ${x.thing.plural ? "han" : "ha"} metido».`,
      ],
      try1: [
        (x) =>
          `Primero buscaron ${x.p.spots[0]}, con ${x.S.the} a la cabeza. Buscaron arriba, abajo, por todas partes,^ pero solo encontraron un caracol muy dormilón, que abrió un ojo, dijo «Aquí no, lo siento» y se volvió a dormir.`,
        (x) =>
          `Primero rebuscaron ${x.p.spots[0]}. Había una piña, una pluma y un escarabajo muy sorprendido,^ pero ni rastro ${de(x.thing.the)}. «Aquí no», suspiró ${x.S.the}.`,
        (x) =>
          `Primero buscaron ${x.p.spots[0]}, levantando cada hoja con mucho cuidado. ${cap(x.S.the)} encontró un botón, una canica y una nuez que alguien guardaba para el invierno,^ pero ${x.thing.the} no ${x.thing.plural ? "aparecían" : "aparecía"} por ningún lado.`,
        (x) =>
          `${cap(x.lead)} propuso buscar a gatas, con la nariz muy cerca del suelo. Así que todos gatearon ${x.p.spots[0]}, detrás ${de(x.S.the)},^ pero lo único que encontraron fue una hormiga con muchísima prisa, que no tenía tiempo para charlar.`,
      ],
      try2: [
        (x) =>
          `Después pidieron consejo a una tortuga vieja y sabia que descansaba ${x.p.spots[1]}. La tortuga miró ${a(x.S.the)} y pensó durante mucho, mucho rato. «A las cosas perdidas les gusta que las encuentren amigos muy, muy callados», dijo por fin. No era exactamente una respuesta,^ pero era una pista.`,
        (x) =>
          `Luego buscaron ${x.p.spots[1]}, y ${x.S.the} llamó: «¡Hola! ¿Dónde estás?»^ Pero solo respondió el eco,^ y ${x.thing.the} ${x.thing.plural ? "siguieron" : "siguió"} ${ag(x.thing, "escondid")}.`,
        (x) =>
          `Después miraron ${x.p.spots[1]}.^ ${cap(x.lead)} se asomó tanto que casi se cae de cabeza.^ Allí había un ratón durmiendo la siesta, acurrucado en una hoja,^ pero ${de(x.thing.the)}, nada de nada.`,
        (x) =>
          `Luego buscaron ${x.p.spots[1]}, por si acaso. ${cap(x.S.the)} miró por un lado y ${x.second} por el otro,^ pero allí solo había sombra, silencio y una telaraña muy bien hecha.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Volvamos por el camino ${de(x.S.the)}, paso a paso». Y eso hicieron,^ y allí, ${x.p.spots[2]}, ${estaba(x.thing)} ${x.thing.the}, ¡justo donde ${x.S.the} ${x.thing.it} había dejado!`,
        (x) =>
          `«Chis… Vamos a quedarnos muy quietos y a escuchar», susurró ${x.helper}, ${x.trait}. Todos se quedaron quietos. Chis… chis… Y entonces ${x.helper} vio algo ${x.p.spots[2]}.^ ${cap(x.lead)} se acercó de puntillas, miró y… ¡sí! ¡Allí ${estaba(x.thing)} ${x.thing.the}!`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, preguntó: «¿Qué es lo último que hiciste antes de perder${x.thing.it}?» ${cap(x.S.the)} pensó y pensó… «¡Jugar ${x.p.spots[2]}!» Fueron todos corriendo,^ y allí ${estaba(x.thing)} ${x.thing.the}, tan ${ag(x.thing, "tranquil")}, como si nada. ¡Qué alegría!`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, dijo: «Busquemos como buscan los gatos: muy despacio y sin parpadear». Y así, sin parpadear, ${x.S.the} vio asomar una puntita ${x.p.spots[2]}.^ ¡${x.thing.plural ? "Eran" : "Era"} ${x.thing.the}! Todos gritaron «¡hurra!» y bailaron en corro.`,
      ],
      resolution: [
        (x) =>
          `${cap(x.S.the)} abrazó ${x.thing.the} muy fuerte. «¡Gracias, gracias!», exclamó, y dio un abrazo a todos, uno detrás de otro.`,
        (x) =>
          `Resulta que una ardillita había tomado ${ag(x.thing, "prestad")} ${x.thing.the} para jugar. «Perdón», chilló la ardilla, y ${x.thing.it} devolvió con una sonrisa tímida,^ y ${x.S.the} se puso tan content${o(x.S)} que bailó un bailecito.`,
        (x) =>
          `${cap(x.S.the)} se quedó mirando ${x.thing.the} como si ${x.thing.plural ? "fueran" : "fuera"} un tesoro. «Esta noche ${x.thing.plural ? "dormirán" : "dormirá"} conmigo», dijo,^ «bien cerquita, para que no se ${x.thing.plural ? "pierdan" : "pierda"} nunca más».`,
        (x) =>
          `«¡Qué susto!», dijo ${x.S.the}, riéndose ya. «Menos mal que tengo amigos que saben buscar.»^ Y le dio un beso ${a(x.thing.the)} y otro ${a(x.lead)}.`,
      ],
      morals: [
        "Cuando buscamos juntos, lo perdido se encuentra más fácilmente.",
        "Un momento de calma y un buen amigo pueden encontrar casi cualquier cosa.",
        "Lo que queremos nunca está perdido del todo si lo buscamos con cariño.",
      ],
    },
    journey: {
      titles: [
        (x) => `${x.S.the} ${x.dest.to === "a casa" ? "vuelve" : "va"} ${x.dest.to}`,
        (x) => `El largo viaje ${de(x.S.the)}`,
        (x) => `${x.S.the} se va de viaje`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} estaba preparando una mochila pequeñita. «Me voy ${x.dest.to}», anunció,^ «pero está lejos, y no conozco el camino». «Vamos contigo», ${v3(x, "dijo", "dijeron")} ${x.all}.`,
        (x) =>
          `${cap(x.all)} se ${v3(x, "encontró", "encontraron")} con ${x.S.a} al borde del camino, mirando un mapa arrugado. «Tengo que llegar ${x.dest.to} antes de la noche», dijo ${x.S.the},^ «pero nunca he ido tan lejos». Así que se pusieron en marcha juntos.`,
        (x) =>
          `${cap(x.S.a)} esperaba junto al camino, con un bocadillo envuelto en una servilleta. «Hoy voy ${x.dest.to}», dijo ${x.S.the} muy decidid${o(x.S)}.^ «Bueno… en cuanto sepa por dónde se va.» ${cap(x.all)} se ${v3(x, "rio", "rieron")} y se ${v3(x, "ofreció", "ofrecieron")} a acompañar${x.S.him}.`,
        (x) =>
          `${cap(x.S.a)} llegó con las botas ya puestas y un bastón hecho con una rama. «Me voy de viaje ${x.dest.to}», anunció,^ «pero ir sol${o(x.S)} me da un poco de miedo». «Nosotros te acompañamos», dijo ${x.lead}.`,
      ],
      try1: [
        (x) =>
          `Pronto llegaron a un arroyo. ${cap(x.S.the)} intentó cruzarlo de un solo salto,^ pero estaba demasiado lejos, y ¡chof! Un arroyo tan ancho no se salta de una vez.`,
        (x) =>
          `Pronto el camino se dividió en dos. ${cap(x.S.the)} eligió el de la izquierda porque era más bonito,^ pero daba vueltas y más vueltas y los llevó otra vez al mismo sitio.`,
        (x) =>
          `Al principio caminaron muy deprisa, casi corriendo, para llegar cuanto antes.^ Pero a los pocos pasos ${x.S.the} ya resoplaba como una tetera,^ y tuvieron que pararse a descansar.`,
        (x) =>
          `Pronto encontraron un atajo entre unos arbustos. «¡Por aquí llegaremos antes!», dijo ${x.lead}.^ Pero el atajo estaba lleno de zarzas y de pinchos,^ y ${x.S.the} salió con hojas hasta en las orejas.`,
      ],
      try2: [
        (x) =>
          `Luego llegó una niebla espesa y blanca como la leche. No se veían ni los pies,^ así que se dieron la mano, y ${x.S.the} apretó más fuerte que nadie.`,
        (x) =>
          `Luego el camino subió por una colina muy empinada. A mitad de camino, ${x.S.the} estaba tan cansad${o(x.S)} que se sentó y dijo: «No puedo seguir».`,
        (x) =>
          `Luego encontraron un puente de cuerdas que se balanceaba con el viento. ${cap(x.S.the)} dio un paso, y el puente hizo ñiiic;^ dio otro, y el puente hizo ñaaac,^ y ${x.S.the} volvió atrás de un salto.`,
        (x) =>
          `Después el camino se llenó de charcos, uno tras otro. ${cap(x.S.the)} quiso saltarlos todos sin mojarse,^ pero en el último resbaló, ¡plaf!, y acabó empapad${o(x.S)} de la cabeza a los pies.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, tuvo una idea: «Vayamos de piedra en piedra». Encontraron piedras planas y cruzaron con pasos cuidadosos, uno detrás de otro,^ y al otro lado, el camino llevaba derecho ${x.dest.to}.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, miró hacia arriba. «Las estrellas nos enseñarán el camino», dijo ${x.helper}. Siguieron la más brillante, despacio y todos juntos,^ y por fin llegaron ${x.dest.to}.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, se puso a cantar una canción para caminar.^ Marcaba el paso: un, dos, un, dos. Con la canción, el camino se hacía más corto,^ y de pronto, al final de una curva, ¡allí ${estaba(x.dest)} ${x.dest.the}! Todos lo celebraron con saltos y abrazos.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, tuvo una idea: preguntar el camino a una ardilla que pasaba por allí. «Todo recto hasta el árbol torcido y luego a la derecha», dijo la ardilla.^ Y así, de la mano, llegaron por fin ${x.dest.to}, cantando y dando saltos.`,
      ],
      resolution: [
        (x) =>
          `«¡Lo conseguimos!», exclamó ${x.S.the}. Allí estaba ${x.dest.the}, tal como lo había soñado,^ y era aún más bonito de lo que se había imaginado.`,
        (x) =>
          `${cap(x.S.the)} miró a su alrededor con los ojos brillantes. «Era un camino largo», dijo,^ «pero con amigos, el camino largo se hizo corto».`,
        (x) =>
          `${cap(x.S.the)} se sentó a descansar los pies. Miró ${x.dest.the} un buen rato, sin decir nada.^ Había valido la pena cada paso, hasta los más cansados.`,
        (x) =>
          `«Cuando sea mayor, haré viajes todavía más largos», dijo ${x.S.the}, bostezando.^ «Pero siempre con amigos.»`,
      ],
      morals: [
        "Un camino largo se hace corto cuando lo recorres con amigos.",
        "Pasitos pequeños, uno detrás de otro, pueden llevarte muy lejos.",
        "Lo mejor de un viaje es la compañía con la que lo haces.",
      ],
    },
    celebrate: {
      titles: [
        (x) => `${cap(x.party.a)} para ${x.S.the}`,
        (x) => `La fiesta sorpresa ${de(x.S.the)}`,
        (x) => `Una fiesta muy especial para ${x.S.the}`,
      ],
      setup: [
        (x) =>
          `«¿Saben qué?», dijo ${x.S.the}, dando saltitos hacia ${x.all}. «¡Hoy es ${x.party.my}!^ Pero no tengo tarta, ni globos, ni nada de nada.»`,
        (x) =>
          `${cap(x.all)} ${v3(x, "encontró", "encontraron")} ${a(x.S.a)} con cara de estar un poco sol${o(x.S)}. «Es ${x.party.my}», dijo bajito,^ «y creía que nadie lo sabía». «Ahora lo sabemos», dijo ${x.lead}, «y eso lo cambia todo».`,
        (x) =>
          `${cap(x.S.a)} llegó con un gorrito de fiesta torcido en la cabeza. «Hoy es ${x.party.my}», dijo ${x.S.the},^ «pero no sé cómo se prepara una fiesta». «Nosotros te ayudamos», dijo ${x.lead} enseguida.`,
        (x) =>
          `${cap(x.all)} ${v3(x, "encontró", "encontraron")} ${a(x.S.a)} contando en voz baja. «Uno, dos, tres… ¡hoy es ${x.party.my}!», exclamó ${x.S.the}.^ Luego se le puso la cara triste: «Y no he preparado nada».`,
      ],
      try1: [
        (x) =>
          `Primero intentaron hacerle ${a(x.S.the)} una tarta tan alta como una torre.^ Pero una tarta muy alta es una tarta que se tambalea,^ y se cayó con un suave «plof».`,
        (x) =>
          `Primero colgaron guirnaldas entre las ramas para ${x.S.the}.^ Pero llegó una ráfaga de viento, fiuuu,^ y se las llevó todas como si fueran cometas.`,
        (x) =>
          `Primero ${x.lead} intentó alcanzar las manzanas más rojas de un árbol para la merienda ${de(x.S.the)}.^ Pero estaban altísimas.^ Por mucho que se estiró, solo consiguió una hoja y un poco de musgo en la nariz.`,
        (x) =>
          `Primero quisieron colgar un farolillo de papel para ${x.S.the}, bien alto, donde todos lo vieran.^ Pero por mucho que se estiraron, nadie llegaba,^ y el farolillo acabó colgado de la oreja ${de(x.lead)}.`,
      ],
      try2: [
        (x) =>
          `Después quisieron cantarle ${a(x.S.the)} una gran canción de fiesta, pero cada uno empezó en un momento distinto,^ y parecía una bandada de gansos despistados.`,
        (x) =>
          `Luego ${x.lead} intentó inflar un globo para ${x.S.the}, pero se le escapó y salió volando, pfffiu, dando vueltas,^ hasta aterrizar en un arbusto.`,
        (x) =>
          `Después prepararon un juego de adivinanzas para ${x.S.the}.^ Pero las adivinanzas eran tan difíciles que nadie, ni siquiera quien las había inventado,^ se acordaba de la respuesta.`,
        (x) =>
          `Luego ${x.second} intentó envolver un regalo para ${x.S.the}, pero el papel era pequeño y el regalo grande,^ y por mucho que tiraba de un lado, se destapaba por el otro.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Una fiesta no tiene que ser grande. Solo tenemos que estar juntos». Así que cada uno trajo una cosita: una baya, una piedra brillante, una canción.^ Sobre una piedra plana hicieron una tarta diminuta de bayas, con una vela encima.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, reunió a todos en un círculo. Compartieron lo que tenían y cantaron bajito, todos a la vez esta vez,^ y ${x.S.the} sopló una velita y pidió un deseo.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «¡Ya sé! Una fiesta de cosas encontradas». Cada uno buscó algo bonito: una flor, una pluma, una piña.^ Lo pusieron todo en círculo alrededor ${de(x.S.the)}. En el centro colocaron un pastelito de moras con una ramita por vela.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, empezó a dar palmas despacito, y todos se unieron: plas, plas, plas.^ Bailaron en corro alrededor ${de(x.S.the)}, cantando su nombre,^ y al final hubo un pastelito con una vela para soplar.`,
      ],
      resolution: [
        (x) =>
          `«¡Es ${x.party.fem ? "la mejor" : "el mejor"} ${x.party.bare} de mi vida!», dijo ${x.S.the}, con migas en la nariz y una sonrisa de oreja a oreja.`,
        (x) =>
          `${cap(x.S.the)} miró todas aquellas caras amigas. «No necesitaba ${x.party.a} enorme», dijo. «Solo los necesitaba a ustedes.»`,
        (x) =>
          `${cap(x.S.the)} sopló la vela y todos aplaudieron. «¿Sabes qué he pedido?», le susurró ${a(x.lead)}.^ «Que todos los días sean un poquito como hoy.»`,
        (x) =>
          `${cap(x.S.the)} bostezó, con la barriga llena y el corazón más lleno todavía. «Ha sido un día perfecto», dijo,^ y todos estuvieron de acuerdo.`,
      ],
      morals: [
        "Las mejores fiestas están hechas de amigos, no de cosas.",
        "Una fiesta pequeña compartida con amigos es la alegría más grande.",
        "Una fiesta es bonita cuando cada uno pone un poquito de cariño.",
      ],
    },
    friend: {
      titles: [
        (x) => (x.F ? `${x.S.the} y ${x.F.the}` : `${x.S.the} encuentra un amigo`),
        (x) => `Un nuevo amigo para ${x.S.the}`,
        (x) => `${x.S.the} y sus nuevos amigos`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.a)} asomaba la nariz ${x.p.spots[0]}. Miró ${a(x.all)} con unos ojos grandes y tímidos, y enseguida desapareció.^ «Soy nuev${o(x.S)} aquí», dijo una vocecita, «y no tengo amigos».${x.F ? ` ${cap(x.F.a)} también miraba, desde un poco más lejos.` : ""}`,
        (x) =>
          `${cap(x.S.a)} estaba sentad${o(x.S)} sol${o(x.S)}, dibujando círculos en el polvo con un palito. Todos parecían tener a alguien con quien jugar,^ pero ${x.S.the} no tenía a nadie.${x.F ? ` No muy lejos, ${x.F.a} también estaba sol${o(x.F)}.` : ""}`,
        (x) =>
          `${cap(x.all)} ${v3(x, "vio", "vieron")} ${a(x.S.a)} que jugaba sol${o(x.S)} a la pelota. La lanzaba contra una piedra grande una y otra vez,^ pero cuando rebotaba, no había nadie para devolvérsela.${x.F ? ` Un poco más allá, ${x.F.a} miraba con ganas de jugar.` : ""}`,
        (x) =>
          `${cap(x.S.a)} miraba ${a(x.all)} desde lejos, medio escondid${o(x.S)}. Cada vez que alguien ${x.S.him} miraba, bajaba los ojos,^ porque nunca sabía qué decir.${x.F ? ` ${cap(x.F.a)} también estaba por allí, muy callad${o(x.F)}.` : ""}`,
      ],
      try1: [
        (x) =>
          `«¡Ven a jugar!», gritó ${x.lead}, corriendo muy deprisa.^ Pero tanto ruido y tanta prisa eran demasiado,^ y ${x.S.the} se escondió todavía más lejos. Los amigos tímidos necesitan saludos suaves.`,
        (x) =>
          `${cap(x.second)} invitó ${a(x.S.the)} a jugar al pillapilla.^ Pero ${x.S.the} no conocía las reglas y no se atrevía a decirlo,^ así que se quedó a un lado, sintiéndose aparte.`,
        (x) =>
          `«¡Hola! ¿Quieres ser nuestr${o(x.S)} amig${o(x.S)}?», preguntó ${x.lead} de sopetón. ${cap(x.S.the)} se puso tan colorad${o(x.S)} que no supo qué contestar,^ y se quedó mirándose los pies. Una pregunta tan grande, tan de golpe, asusta un poco.`,
        (x) =>
          `${cap(x.second)} le contó ${a(x.S.the)} un chiste buenísimo sobre un caracol con prisa.^ Pero se reía tanto al contarlo que nunca llegó al final,^ y ${x.S.the} no supo si tenía que reírse o no.`,
      ],
      try2: [
        (x) =>
          `Luego le regalaron ${a(x.S.the)} una piña grande y brillante. ${cap(x.S.the)} dio las gracias con educación,^ pero un regalo no es lo mismo que un amigo.`,
        (x) =>
          `Luego todos hablaron a la vez: «¿Cómo te llamas? ¿Dónde vives? ¿Cuál es tu color favorito?»^ ${cap(x.S.the)} no sabía qué pregunta contestar primero.`,
        (x) =>
          `Luego ${x.lead} le habló ${a(x.S.the)} de todos sus juegos favoritos, sin parar ni para respirar.^ Pero no dejó ni un huequito para que ${x.S.the} dijera nada,^ y ${x.S.the} volvió a quedarse callad${o(x.S)}.`,
        (x) =>
          `Después le prepararon ${a(x.S.the)} una bienvenida con pancarta y todo.^ Pero el grito de bienvenida fue tan fuerte que ${x.S.the} dio un brinco y se escondió detrás de una piedra.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, simplemente se sentó cerca y empezó a construir una torre de piedrecitas, sin hacer ruido.^ Al rato, ${x.S.the} se acercó y puso una piedrecita en lo más alto. Y luego otra.^ Pronto todos construían juntos, riéndose.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, preguntó: «¿Nos enseñas un juego que te guste?» ${cap(x.S.the)} pensó un momento y les enseñó un juego de su tierra.^ Era un juego maravilloso, y todos quisieron jugarlo una y otra vez.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dejó caer una pelota cerquita ${de(x.S.the)}, como sin querer. ${cap(x.S.the)} la empujó con la punta del pie, y ${x.helper} se la devolvió.^ Sin decir casi nada, empezaron a jugar,^ y al rato todos jugaban juntos y nadie quería parar.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, se sentó al lado ${de(x.S.the)} y dijo solamente: «Me gusta tu sombra. ¿Jugamos a que nuestras sombras son amigas?» Y las sombras se pusieron a saltar y a bailar.^ ${cap(x.S.the)} se rio a carcajadas,^ y todos se unieron al juego.`,
      ],
      resolution: [
        (x) =>
          `«¿Jugarán conmigo otra vez mañana?», preguntó ${x.S.the}. «Todos los días», ${v3(x, "contestó", "contestaron")} ${x.all},^ y la sonrisa ${de(x.S.the)} se hizo tan grande como el cielo.${x.F ? ` ${cap(x.F.the)} también sonreía.` : ""}`,
        (x) => `${cap(x.S.the)} ya no era nuev${o(x.S)}.^ Ahora tenía amigos,^ y eso es algo que calienta el corazón.`,
        (x) =>
          `«Hoy ha sido el mejor día en mucho tiempo», dijo ${x.S.the} en voz bajita.^ Ya no se sentía nuev${o(x.S)} ni sol${o(x.S)}:^ se sentía en casa.${x.F ? ` ${cap(x.F.the)} también sonreía, muy content${o(x.F)}.` : ""}`,
        (x) =>
          `${cap(x.S.the)} se acurrucó entre sus nuevos amigos, con una sonrisa tímida y feliz.^ Mañana jugarían otra vez, y pasado mañana también.`,
      ],
      morals: [
        "Los saludos suaves hacen las mejores amistades.",
        "Todos somos nuevos en algún sitio, y un buen amigo hace que nos sintamos en casa.",
        "A veces, para hacer un amigo, basta con jugar juntos sin prisa.",
      ],
    },
    quest: {
      titles: [
        (x) => `${x.S.the} y ${x.thing.the}`,
        (x) => `${x.S.the} busca ${x.thing.the}`,
        (x) => `${x.S.the} en busca ${de(x.thing.the)}`,
      ],
      setup: [
        (x) =>
          `Aquel día, ${x.S.the} solo podía pensar en una cosa: ${x.thing.the}. «Quiero encontrar ${x.thing.the}», dijo,^ «y ver${x.thing.it} con mis propios ojos». Así que todos se pusieron a buscar.`,
        (x) =>
          `${cap(x.S.a)} llegó con una gran pregunta. «¿Dónde puedo encontrar ${x.thing.the}?», preguntó.^ Nadie lo sabía, así que decidieron averiguarlo juntos.`,
        (x) =>
          `${cap(x.S.a)} tenía un libro abierto por una página llena de dibujos ${de(x.thing.the)}. «Algún día ${x.thing.it} veré de verdad», dijo ${x.S.the}.^ «¿Y por qué no hoy?», preguntó ${x.lead}. Y se pusieron en camino.`,
        (x) =>
          `${cap(x.all)} ${v3(x, "encontró", "encontraron")} ${a(x.S.a)} con los ojos brillantes de curiosidad. «He oído hablar ${de(x.thing.the)}», dijo ${x.S.the},^ «y no voy a poder dormir hasta ver${x.thing.it}».`,
      ],
      try1: [
        (x) =>
          `Primero miraron ${x.p.spots[0]}, pero allí no ${estaba(x.thing)} ${x.thing.the},^ y ${x.S.the} solo encontró un escarabajo que llevaba una miga el doble de grande que él.`,
        (x) =>
          `Primero subieron muy alto con ${x.S.the} para ver más lejos. Vieron tejados, árboles y nubes,^ pero no ${x.thing.the}.`,
        (x) =>
          `Primero buscaron ${x.p.spots[0]}.^ ${cap(x.S.the)} miraba a través de una gota de rocío, como si fuera una lupa.^ Vieron un mundo diminuto lleno de patitas y de brillos,^ pero ni rastro ${de(x.thing.the)}.`,
        (x) =>
          `Primero ${x.lead} dibujó un mapa en el suelo con un palito, y todos siguieron las flechas.^ Pero el mapa tenía tantas flechas que dieron la vuelta entera,^ y ${x.S.the} acabó buscando justo donde habían empezado.`,
      ],
      try2: [
        (x) =>
          `Después preguntaron a un búho viejo y sabio. «Uh», dijo el búho, «las cosas más bonitas se encuentran mirando despacio». Era una respuesta curiosa,^ pero ${x.S.the} se acordó de ella.`,
        (x) => `Luego ${x.S.the} miró ${x.p.spots[1]}, llamando: «¿Estás ahí?»^ Pero solo respondió el eco.`,
        (x) =>
          `Luego buscaron ${x.p.spots[1]}, de puntillas para no molestar a nadie.^ Allí vivía una familia de ratones que les ofreció queso,^ pero ${x.thing.the} no ${estaba(x.thing)} por ningún sitio.`,
        (x) =>
          `Después ${x.S.the} se subió a una piedra y luego a otra más alta, para ver más lejos.^ Pero cuanto más alto subía, más le temblaban las rodillas,^ y tuvo que bajar sin haber visto ${x.thing.the}.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Miremos despacio: lo más bonito no se deja ver con prisas». Así que caminaron muy despacio, mirándolo todo,^ y allí, ${x.p.spots[2]}, ¡por fin encontraron ${x.thing.the}!`,
        (x) =>
          `Cuando el cielo se oscurecía, ${x.helper}, ${x.trait}, señaló algo ${x.p.spots[2]}. «¡Miren!» Y allí ${estaba(x.thing)} ${x.thing.the}, más ${ag(x.thing, "maravillos")} de lo que nadie había imaginado.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, señaló un senderito pequeño, el que nadie había mirado. «Por aquí», dijo bajito. Lo siguieron despacio,^ y al final, ${x.p.spots[2]}, ¡allí ${estaba(x.thing)} ${x.thing.the}! Todos se quedaron mirando con la boca abierta.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, propuso sentarse un momento a descansar,^ y justo entonces, mientras estaban quietos, ${x.S.the} miró ${x.p.spots[2]}. ¡Allí ${estaba(x.thing)} ${x.thing.the}, ${ag(x.thing, "precios")} y ${ag(x.thing, "tranquil")}! A veces lo que buscas aparece cuando dejas de correr.`,
      ],
      resolution: [
        (x) => `${cap(x.S.the)} miró y miró. «Lo recordaré toda mi vida», susurró.`,
        (x) =>
          `Se quedaron mucho rato sentados juntos, mirando ${x.thing.the},^ y nadie dijo nada, porque no hacía falta decir nada.`,
        (x) =>
          `${cap(x.S.the)} no podía dejar de mirar. «Es todavía mejor que en mis sueños», susurró,^ y se apoyó en ${x.lead} con un suspiro feliz.`,
        (x) =>
          `Antes de volver, ${x.S.the} miró ${x.thing.the} una última vez, para guardar${x.thing.it} bien en la memoria.^ «Buenas noches, ${x.thing.bare}», dijo bajito.`,
      ],
      morals: [
        "Las cosas maravillosas se encuentran cuando nos tomamos tiempo para mirar.",
        "La curiosidad y los buenos amigos pueden llevarte a cualquier parte.",
        "Lo bonito de buscar es todo lo que descubrimos por el camino.",
      ],
    },
    missing: {
      titles: [
        (x) => `${x.S.the} echa de menos ${a(x.W.the)}`,
        (x) => `Hasta que vuelva ${x.W.the}`,
        (x) => `Un abrazo para ${x.W.the}`,
      ],
      setup: [
        (x) =>
          `Aquella tarde, ${x.S.the} estaba muy callad${x.S.o}. «Echo de menos ${a(mine(x.W))}», dijo con una vocecita.^ ${cap(x.W.the)} se había ido de viaje una temporadita,^ y la casa no era lo mismo sin ${x.W.he}.`,
        (x) =>
          `${cap(x.S.the)} no dejaba de mirar la puerta. ${cap(x.W.the)} estaba lejos, y ${x.S.the} ${x.W.him} echaba mucho de menos.^ «¿Cuándo va a volver?», preguntó.`,
        (x) =>
          `Todo estaba como siempre, menos una cosa: ${x.W.the} no estaba.^ ${cap(x.S.the)} se sentía un poco vací${x.S.o} por dentro, como una taza sin chocolate.^ «Ojalá ${mine(x.W)} estuviera aquí», suspiró.`,
        (x) =>
          `${cap(x.S.the)} abrazó su almohada muy fuerte. «No es lo mismo sin ${mine(x.W)}», susurró.^ Echar de menos a alguien es un sentimiento muy grande, incluso para alguien muy valiente.`,
      ],
      try1: [
        (x) =>
          `«Vamos a jugar a algo muy rápido», dijo ${x.lead}, y jugaron a perseguirse por todas partes.^ Fue divertido durante un rato,^ pero después ${x.S.the} seguía echando de menos ${a(x.W.the)}.`,
        (x) =>
          `${cap(x.S.the)} intentó no pensar en ${x.W.the} para nada.^ Pero cuanto más lo intentaba, más pensaba en ${x.W.he},^ y la pena se hacía todavía más grande.`,
        (x) =>
          `${cap(x.second)} propuso contar los días que faltaban para que volviera ${x.W.the}.^ Pero contar días lleva mucho tiempo,^ y ${x.S.the} se cansó de esperar.`,
        (x) =>
          `${cap(x.S.the)} se sentó junto a la ventana para ver si llegaba ${x.W.the}.^ Pero ${x.W.the} no iba a volver esa noche,^ y de tanto mirar, ${x.S.the} se sintió todavía más sol${x.S.o}.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.S.the} miró una foto ${de(x.W.the)}. Era muy bonita,^ pero una foto no puede dar abrazos,^ y ${x.S.the} sorbió un poquito por la nariz.`,
        (x) =>
          `Luego intentaron estar muy alegres y hacer muchas tonterías.^ ${cap(x.S.the)} se rio una vez,^ pero la pena seguía allí, sentadita y callada por dentro.`,
        (x) =>
          `Entonces ${x.lead} propuso contarle ${a(x.W.the)} todo lo que habían hecho ese día.^ Pero ${x.W.the} estaba demasiado lejos para oírlos,^ así que decidieron buscar otra manera.`,
        (x) =>
          `Después, ${x.S.the} se envolvió en la manta favorita ${de(x.W.the)}.^ Olía un poquito a ${x.W.he}, y eso era agradable,^ pero también hacía que ${x.W.him} echara todavía más de menos.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, tuvo una idea muy dulce. «Hagamos un dibujo para ${yours(x.W)}», dijo ${x.helper}.^ Así que ${x.S.the} dibujó ${a(x.W.the)} y a todos juntos, de la mano,^ y fue como enviar un abrazo.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, dijo: «Echar de menos a alguien quiere decir que lo quieres muchísimo».^ Luego llamaron ${a(x.W.the)} por teléfono, y allí estaba su voz, cálida y alegre:^ «Yo también te echo de menos, y muy pronto estaré en casa».`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, señaló la luna. «${cap(yours(x.W))} ve la misma luna esta noche», dijo ${x.helper}.^ Así que ${x.S.the} saludó a la luna con la mano y le dio las buenas noches,^ y muy lejos de allí, la luna también brillaba para ${x.W.the}.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, ayudó ${a(x.S.the)} a hacer un calendario con un corazón en el último día.^ «Ese es el día en que vuelve ${yours(x.W)}», dijo ${x.helper}.^ Y cada noche quedaría un día menos que esperar.`,
      ],
      resolution: [
        (x) =>
          `Y unos días después se abrió la puerta y… ¡allí estaba ${x.W.the}!^ ${cap(x.S.the)} corrió a darle el abrazo más grande del mundo.^ «Te eché mucho de menos», dijo ${x.W.the}. «Pensé en ti todos los días.»`,
        (x) =>
          `${cap(x.S.the)} se sintió más calentit${x.S.o} por dentro. ${cap(x.W.the)} volvería pronto,^ y mientras tanto, el cariño podía viajar tan lejos como hiciera falta.^ Y cuando ${x.W.the} volvió por fin a casa, se dieron el mejor abrazo de todos.`,
        (x) =>
          `Y muy pronto ${x.W.the} volvió a casa,^ con los brazos abiertos y una sonrisa para ${x.S.the}.^ «Ya estoy aquí», dijo ${x.W.the}, y todo volvió a estar bien.`,
        (x) =>
          `${cap(x.S.the)} sonrió, con cara de sueño. «${cap(mine(x.W))} va a volver», dijo.^ Y así fue: ${x.W.the} volvió a casa por fin, con un abrazo que duró muchísimo rato.`,
      ],
      morals: [
        "Echar de menos a alguien es cariño que tiene que esperar un poquito.",
        "El cariño viaja tan lejos como haga falta, y las personas que queremos vuelven a casa.",
        "Un dibujo, una llamada o un saludo a la luna pueden llevar un abrazo muy lejos.",
      ],
    },
    baby: {
      titles: [
        (x) => `${x.S.the} y ${x.W.the}`,
        (x) => `Un bebé en casa ${de(x.S.the)}`,
        (x) => `${x.S.the} se hace mayor`,
      ],
      setup: [
        (x) =>
          `Había una noticia muy grande: ¡había llegado ${x.W.the}!^ Todos estaban muy ocupados y muy contentos,^ y ${x.S.the} no sabía muy bien qué sentía.`,
        (x) =>
          `${cap(x.W.the)} era muy pequeñit${x.W.o} y muy nuev${x.W.o}, y se pasaba casi todo el día durmiendo.^ «¿Seguirán teniendo tiempo para mí?», se preguntaba ${x.S.the} en voz bajita.`,
        (x) =>
          `${cap(x.S.the)} se asomó a ver ${a(x.W.the)}. ¡Qué chiquitit${x.W.o}! ¡Cuántos deditos!^ Pero ${x.W.the} lloraba bastante,^ y todos estaban pendientes ${de(x.W.the)} y no ${de(x.S.the)}.`,
        (x) =>
          `Desde que había llegado ${x.W.the}, la casa estaba llena de biberones, pañales y nanas.^ ${cap(x.S.the)} se sentó en un rincón. «¿Y yo qué?», pensó.`,
      ],
      try1: [
        (x) =>
          `${cap(x.S.the)} se puso a hacer muchísimo ruido para que todos ${x.S.him} miraran.^ Pero el ruido despertó ${a(x.W.the)},^ y ${x.W.the} lloró todavía más fuerte.`,
        (x) =>
          `${cap(x.S.the)} hizo como si ${x.W.the} no estuviera.^ Pero es difícil no ver a alguien que hace «¡gu, gu!» tan fuerte,^ y aquello no sirvió de nada.`,
        (x) =>
          `${cap(x.S.the)} quiso ser un bebé también y pidió un chupete.^ Pero los bebés no pueden correr, ni saltar, ni comer pastel,^ y eso no era nada divertido.`,
        (x) =>
          `${cap(x.second)} le enseñó ${a(x.S.the)} a cambiar un pañal, pero el pañal salió volando por los aires, ¡fiuuu!^ Todos se rieron,^ pero ${x.S.the} seguía sin saber cuál era su sitio.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.S.the} intentó cantarle una nana ${a(x.W.the)}, pero la cantó tan deprisa que parecía una carrera.^ ${cap(x.W.the)} abrió mucho los ojos,^ y no se durmió ni un poquito.`,
        (x) =>
          `Luego ${x.S.the} le prestó un juguete ${a(x.W.the)}, un juguete grande y ruidoso.^ Pero ${x.W.the} era demasiado pequeñ${x.W.o} para jugar todavía,^ y solo lo miró, muy seri${x.W.o}.`,
        (x) =>
          `Después, ${x.S.the} se quedó mirando ${a(x.W.the)} un buen rato.^ Era tan pequeñit${x.W.o} que todavía no sabía hacer casi nada,^ y ${x.S.the} no sabía muy bien cómo ser su amig${x.S.o}.`,
        (x) =>
          `Luego ${x.S.the} hizo un dibujo para ${x.W.the}, pero ${x.W.the} intentó chuparlo,^ y ${x.S.the} no supo si reírse o enfadarse.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, se sentó al lado ${de(x.S.the)}. «Cuando llega alguien nuevo, el corazón no se hace más pequeño», dijo ${x.helper}.^ «Se hace más grande. Hay cariño de sobra para todos,^ y para ti también, siempre.»`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, le dio ${a(x.S.the)} un abrazo enorme. «${cap(yours(x.W))} ya te quiere», le susurró. «Mira cómo te mira.»^ Y era verdad: ${x.W.the} miraba ${a(x.S.the)} con los ojos muy abiertos,^ y le regaló su primera sonrisa.`,
        (x) =>
          `${cap(x.S.the)} acercó un dedo a la manita ${de(x.W.the)}, y ${x.W.the} se lo agarró muy fuerte, sin querer soltarlo.^ «¿Lo ves?», dijo ${x.helper}, ${x.trait}.^ «Ya sabe quién eres, y te quiere.»`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, dijo: «Los bebés necesitan a alguien mayor que les enseñe cosas. ¿Me ayudas?»^ Así que ${x.S.the} le enseñó ${a(x.W.the)} a dar palmadas,^ y ${x.W.the} se rio por primera vez.`,
      ],
      resolution: [
        (x) =>
          `Aquella noche se acurrucaron todos juntos, y ${x.W.the} también.^ Había cariño para todos,^ y ${x.S.the} se sentía más querid${x.S.o} que nunca.`,
        (x) =>
          `«Me gusta ser ${x.S.agr("el hermano mayor", "la hermana mayor")}», dijo ${x.S.the}, bajito para no despertar ${a(x.W.the)}.^ Y todos les dieron un beso a los dos,^ porque los dos eran muy queridos.`,
        (x) =>
          `${cap(x.S.the)} le dio un besito en la frente ${a(x.W.the)}. «Buenas noches, pequeñ${x.W.o}», susurró.^ Y alguien le dio un besito ${a(x.S.the)} también,^ porque en aquella casa había besos para todos.`,
        (x) =>
          `${cap(x.S.the)} sonrió. Ahora la familia era un poquito más grande,^ y el cariño también:^ había de sobra para ${x.W.the}, y de sobra para ${x.S.the}.`,
      ],
      morals: [
        "Cuando llega alguien nuevo, el corazón se hace más grande, nunca más pequeño.",
        "Hay cariño de sobra para todos, para los mayores y para los pequeñitos.",
        "Ser mayor es enseñar, cuidar y seguir siendo muy querido.",
      ],
    },
    ill: {
      titles: [
        (x) => `Un dibujo para ${x.W.the}`,
        (x) => `${x.S.the} cuida ${de(x.W.the)}`,
        (x) => `¡Que te mejores, ${x.W.call}!`,
      ],
      setup: [
        (x) =>
          `${cap(x.W.the)} estaba enferm${x.W.o} y tenía que quedarse en la cama, muy tapadit${x.W.o}.^ ${cap(x.S.the)} estaba preocupad${x.S.o}.^ «¿Se va a poner bien?», preguntó bajito.`,
        (x) =>
          `Aquellos días todo estaba muy silencioso. ${cap(x.W.the)} no se encontraba bien,^ y ${x.S.the} echaba de menos su risa y sus cuentos.`,
        (x) =>
          `${cap(x.W.the)} estaba enferm${x.W.o}, con la nariz roja y cara de cansancio.^ ${cap(x.S.the)} ${x.W.him} miraba desde la puerta, muy preocupad${x.S.o}.^ «¿Puedo hacer algo?», susurró.`,
        (x) =>
          `${cap(x.W.the)} estaba malit${x.W.o}, y el médico había dicho que tenía que descansar mucho.^ ${cap(x.S.the)} quería que se pusiera bien enseguida,^ pero ponerse bien lleva su tiempo.`,
      ],
      try1: [
        (x) =>
          `${cap(x.S.the)} quiso hacer reír ${a(x.W.the)} con un baile muy loco.^ ${cap(x.W.the)} sonrió,^ pero estaba demasiado cansad${x.W.o} para mirar mucho rato.`,
        (x) =>
          `${cap(x.S.the)} llevó todos sus juguetes para alegrar ${a(x.W.the)}.^ Pero eran tantos que no quedaba sitio para descansar,^ y hubo que volver a guardarlos.`,
        (x) =>
          `«¡Ponte bien ya!», dijo ${x.S.the}, muy seri${x.S.o}.^ Pero ponerse bien no pasa de un día para otro,^ y ${x.W.the} necesitaba tiempo.`,
        (x) =>
          `${cap(x.second)} propuso preparar una sopa, pero ${x.S.the} le echó tanta sal que nadie se la pudo tomar.^ Todos se rieron un poquito,^ pero ${x.W.the} seguía necesitando descansar.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.S.the} se quedó esperando junto a la puerta a que ${x.W.the} se levantara.^ Pero ${x.W.the} necesitaba dormir,^ y esperar no hacía que se curara antes.`,
        (x) =>
          `Luego ${x.S.the} quiso leerle un cuento ${a(x.W.the)}, pero el cuento era tan largo que ${x.W.the} se quedó dormid${x.W.o} en la primera página.^ Y eso, en realidad, no estaba nada mal.`,
        (x) =>
          `Después, ${x.S.the} hizo una lista de todo lo que harían juntos cuando ${x.W.the} estuviera bien.^ La lista era larguísima,^ pero todavía había que esperar.`,
        (x) =>
          `Luego ${x.S.the} quiso ayudar a poner la mesa, pero con las prisas se le cayeron las cucharas: ¡cling, clang!^ ${cap(x.W.the)} se despertó,^ y ${x.S.the} entendió que lo mejor era hacer las cosas despacito.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, tuvo una idea. «¿Y si le haces un dibujo ${a(yours(x.W))}?», dijo ${x.helper}.^ Así que ${x.S.the} dibujó un sol muy grande, unas flores y un corazón,^ y lo dejó junto a la cama ${de(x.W.the)}.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, dijo: «Para ponerse bien hace falta descanso, medicinas y mucho cariño».^ Y eso hicieron: dejaron descansar ${a(x.W.the)}, le llevaron una manta y un té calentito,^ y le mandaron muchísimos besos.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, ayudó ${a(x.S.the)} a escribirle una cartita ${a(x.W.the)}: «Te quiero mucho. ¡Que te mejores pronto!».^ ${cap(x.W.the)} la leyó despacito y sonrió:^ «Gracias, cariño. Ya me siento un poquito mejor».`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, le enseñó ${a(x.S.the)} a cuidar sin hacer ruido: una almohada bien mullida, un vaso de agua, un beso en la mano.^ ${cap(x.S.the)} lo hizo todo con muchísimo cuidado,^ y ${x.W.the} le dio las gracias con una sonrisa.`,
      ],
      resolution: [
        (x) =>
          `Poco a poco, día a día, ${x.W.the} se fue poniendo mejor.^ Y una mañana ${x.W.the} se levantó, abrió los brazos^ y le dio ${a(x.S.the)} el abrazo más grande del mundo.`,
        (x) =>
          `${cap(x.W.the)} todavía tenía que descansar, pero ya estaba mucho mejor.^ «Tu cariño me ha ayudado mucho», le dijo ${a(x.S.the)}.^ Y ${x.S.the} sonrió de oreja a oreja.`,
        (x) =>
          `Los días pasaron despacito, y ${x.W.the} se fue recuperando.^ Pronto volvieron a reírse juntos,^ y la casa se llenó otra vez de cuentos.`,
        (x) =>
          `${cap(x.S.the)} se fue a dormir tranquil${x.S.o}. ${cap(x.W.the)} estaba bien cuidad${x.W.o},^ y cada día se encontraba un poquito mejor.^ Y el cariño, eso lo sabía ${x.S.the}, es la mejor medicina.`,
      ],
      morals: [
        "Cuidar despacito y con cariño a quien queremos le ayuda a ponerse bien.",
        "Un dibujo, una cartita o un beso llevan mucho cariño a quien está enfermo.",
        "Ponerse bien lleva su tiempo, y el cariño hace la espera más bonita.",
      ],
    },
    moving: {
      titles: [
        (x) => `${x.S.the} y la casa nueva`,
        (x) => `Un hogar nuevo para ${x.S.the}`,
        (x) => `${x.S.the} se muda de casa`,
      ],
      setup: [
        (x) =>
          `Todo estaba guardado en cajas: los juguetes, los libros, hasta los peluches.^ ${cap(x.S.the)} se iba a mudar a una casa nueva,^ y no estaba muy segur${x.S.o} de querer hacerlo.`,
        (x) =>
          `${cap(x.S.the)} miró a su alrededor en la casa nueva. Era grande, estaba vacía y hacía eco.^ «No parece mi casa», dijo bajito.`,
        (x) =>
          `Mañana era el día de la mudanza. ${cap(x.S.the)} recorrió la casa vieja, despidiéndose de cada habitación.^ «¿Y si la casa nueva no me gusta?», preguntó.`,
        (x) =>
          `${cap(x.S.the)} tenía ahora una casa nueva, con una puerta nueva, una ventana nueva y un cuarto nuevo.^ Todo era nuevo,^ y las cosas nuevas pueden parecer un poco raras al principio.`,
      ],
      try1: [
        (x) =>
          `${cap(x.S.the)} intentó que su cuarto nuevo fuera igualito que el de antes.^ Pero la ventana estaba en otro sitio,^ y no quedaba igual.`,
        (x) =>
          `${cap(x.S.the)} se sentó encima de una caja y dijo que no pensaba abrirla.^ Pero sentarse en una caja no es nada cómodo,^ y pronto se aburrió.`,
        (x) =>
          `${cap(x.S.the)} exploró la casa nueva, pero hacía unos crujidos muy raros.^ «¿Qué es ese ruido?», preguntó.^ Era solo la casa, que se acomodaba para dormir.`,
        (x) =>
          `${cap(x.S.the)} intentó hacer como si siguiera en la casa de antes.^ Pero hacer como si no cambia nada,^ y la casa nueva seguía siendo nueva.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.S.the} se asomó a la ventana, con la esperanza de ver a sus amigos de siempre.^ Pero allí había árboles nuevos y tejados nuevos,^ y ${x.S.the} todavía no los conocía.`,
        (x) =>
          `Luego ${x.S.the} abrió una sola caja, muy despacio.^ Salieron sus cosas favoritas,^ y el cuarto pareció un poquito más amable.`,
        (x) =>
          `Después, ${x.S.the} buscó su rincón favorito, pero en la casa nueva todavía no tenía ninguno.^ Todos los rincones parecían iguales,^ y ${x.S.the} suspiró.`,
        (x) =>
          `Luego ${x.lead} propuso dar una vuelta por el barrio nuevo. Había muchas calles y ninguna conocida,^ y ${x.S.the} se agarró muy fuerte de la mano.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Una casa se convierte en hogar cuando la llenamos de cosas bonitas».^ Así que colgaron dibujos, pusieron los peluches en fila y encendieron una lucecita junto a la cama.^ Poco a poco, aquel cuarto empezó a ser de verdad el cuarto ${de(x.S.the)}.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, le dio ${a(x.S.the)} un abrazo. «Lo que hace que una casa sea tu casa no son las paredes», dijo ${x.helper}. «Somos nosotros, juntos.»^ Y ${x.S.the} entendió que, estando juntos, ya estaba en casa.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, propuso jugar al escondite por toda la casa nueva.^ ${cap(x.S.the)} encontró un armario perfecto para esconderse y un rincón perfecto para contar hasta diez,^ y la casa se llenó de risas por primera vez.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, ayudó ${a(x.S.the)} a elegir un sitio especial para la cama, justo donde entraba la luz de la luna.^ «Aquí vas a dormir de maravilla», dijo ${x.helper}.^ Y ${x.S.the} se acurrucó allí, y le gustó muchísimo.`,
      ],
      resolution: [
        (x) =>
          `Aquella noche, la casa nueva ya no parecía tan nueva.^ Olía a cena, sonaba a risas y estaba llena de gente querida.^ Ya era la casa ${de(x.S.the)}.`,
        (x) =>
          `${cap(x.S.the)} miró su cuarto, con sus cosas y sus dibujos. «Creo que me gusta mi casa nueva», dijo.^ Y la casa, con un crujidito suave, pareció darle la bienvenida.`,
        (x) =>
          `Con el tiempo, ${x.S.the} conoció cada rincón, cada ventana y cada escalón.^ La casa nueva se convirtió en su hogar,^ el mejor hogar del mundo.`,
        (x) =>
          `${cap(x.S.the)} se durmió en su cama nueva, con todos cerca.^ Por la mañana, la casa nueva ya le parecía un poquito suya,^ y cada día un poquito más.`,
      ],
      morals: [
        "Un hogar no son las paredes: son las personas que queremos, juntas.",
        "Una casa nueva se vuelve hogar poquito a poco, con risas y cariño.",
        "Donde está la familia, allí está nuestra casa.",
      ],
    },
    jealous: {
      titles: [
        (x) => `${x.S.the}, ${x.W.the} y la nube gris`,
        (x) => `Un abrazo para ${x.S.the}`,
        (x) => `Cariño para ${x.S.the} y para ${x.W.the}`,
      ],
      setup: [
        (x) =>
          `Aquel día, todos estaban muy pendientes ${de(x.W.the)}.^ ${cap(x.S.the)} sintió algo raro y apretado en la barriga,^ como una nube gris que no se quería ir.`,
        (x) =>
          `${cap(x.W.the)} había recibido un regalo, y ${x.S.the} no.^ «¡No es justo!», dijo ${x.S.the}, cruzándose de brazos.^ Aquello se llamaba celos, y es algo que nos pasa a todos alguna vez.`,
        (x) =>
          `Todos aplaudían ${a(x.W.the)}, porque había hecho algo muy bien.^ ${cap(x.S.the)} también quería aplausos,^ y se sintió pequeñit${x.S.o} y un poco enfadad${x.S.o}.`,
        (x) =>
          `«¿Por qué siempre ${mine(x.W)}?», refunfuñó ${x.S.the}.^ Le parecía que ${a(x.W.the)} ${x.W.him} querían más,^ y eso le dolía por dentro.`,
      ],
      try1: [
        (x) =>
          `${cap(x.S.the)} intentó hacerlo todo más grande y más rápido que ${x.W.the}.^ Pero corrió tanto que se tropezó,^ y se sintió todavía peor.`,
        (x) =>
          `${cap(x.S.the)} decidió no hablar con ${x.W.the} en todo el día.^ Pero estar enfadad${x.S.o} es muy aburrido,^ y ${x.S.the} se quedó sol${x.S.o} en un rincón.`,
        (x) =>
          `${cap(x.S.the)} escondió el juguete favorito ${de(x.W.the)}.^ Pero al ver ${a(x.W.the)} buscándolo tan triste,^ ${x.S.the} no se sintió nada bien, y lo devolvió enseguida.`,
        (x) =>
          `«No pasa nada», dijo ${x.second}, pero ${x.S.the} seguía con la nube gris encima.^ Las palabras solas no la hacían desaparecer.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.S.the} intentó hacer como si no le importara.^ Pero la nube gris seguía allí,^ y cada vez pesaba un poco más.`,
        (x) =>
          `Luego ${x.S.the} quiso tener exactamente lo mismo que ${x.W.the}.^ Pero aunque tuviera lo mismo,^ la nube gris no se iba.`,
        (x) =>
          `Después, ${x.S.the} se escondió debajo de la mesa, esperando a que alguien ${x.S.him} buscara.^ Tardaron un ratito en encontrar${x.S.him},^ y ${x.S.the} se sintió todavía más sol${x.S.o}.`,
        (x) =>
          `Luego ${x.S.the} hizo mucho ruido para que todos ${x.S.him} miraran.^ Todos ${x.S.him} miraron, sí,^ pero la nube gris seguía ahí.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, se sentó al lado ${de(x.S.the)}. «El cariño no se reparte como un pastel», dijo ${x.helper}.^ «Hay un cariño entero para ${yours(x.W)} y otro cariño entero para ti.»`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, le dio ${a(x.S.the)} un abrazo larguísimo, solo para ${x.S.he}. «Te queremos muchísimo», le susurró. «Siempre.»^ Y la nube gris empezó a deshacerse, como la niebla cuando sale el sol.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, tuvo una idea: que ${x.S.the} y ${x.W.the} hicieran algo juntos.^ Construyeron entre los dos una torre altísima,^ y cuando terminaron, todos los aplaudieron a los dos a la vez.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, sacó una foto ${de(x.S.the)} de cuando era muy pequeñit${x.S.o}. «Mira cuánto te queríamos ya», dijo ${x.helper}, «y cuánto te queremos ahora».^ ${cap(x.S.the)} se miró en la foto y sonrió,^ y la nube gris se hizo pequeñita.`,
      ],
      resolution: [
        (x) =>
          `Aquella noche, ${x.S.the} y ${x.W.the} se dieron las buenas noches con un abrazo.^ Los dos eran muy queridos,^ y los dos lo sabían.`,
        (x) =>
          `${cap(x.S.the)} sonrió. Ya no quedaba ninguna nube gris.^ Había cariño para ${x.W.the} y cariño para ${x.S.the},^ y todavía sobraba un montón.`,
        (x) =>
          `«Te quiero», le dijo ${x.S.the} ${a(x.W.the)}, un poco bajito.^ Y todos los abrazaron a los dos juntos, en un abrazo enorme.`,
        (x) =>
          `${cap(x.S.the)} descubrió que los celos se pasan,^ y que el cariño, en cambio, se queda.^ Y se fue a dormir muy querid${x.S.o}, igual que ${x.W.the}.`,
      ],
      morals: [
        "El cariño no se reparte como un pastel: hay un cariño entero para cada uno.",
        "Sentir celos nos pasa a todos, y se pasa con un abrazo.",
        "Querer a alguien más no es querer menos a nadie.",
      ],
    },
    goodbye: {
      titles: [
        (x) => `${x.S.the} dice adiós ${a(x.W.the)}`,
        (x) => `Hasta pronto, ${x.W.call}`,
        (x) => `${x.S.the} y ${x.W.the}, amigos para siempre`,
      ],
      setup: [
        (x) =>
          `${cap(x.W.the)} se iba a vivir lejos, y aquel era el último día para jugar juntos.^ ${cap(x.S.the)} estaba muy triste.^ «¿Y si ya no somos amigos?», preguntó bajito.`,
        (x) =>
          `Aquel era un día de despedidas: ${x.W.the} se marchaba.^ ${cap(x.S.the)} tenía un nudo en la garganta^ y no sabía cómo decir adiós.`,
        (x) =>
          `${cap(x.S.the)} y ${x.W.the} se sentaron juntos sin decir nada.^ Mañana ${x.W.the} ya no estaría allí,^ y ${x.S.the} sentía el corazón muy pesado.`,
        (x) =>
          `${cap(x.S.the)} acababa de enterarse de que ${x.W.the} se iba a ir muy lejos.^ «No quiero decir adiós», dijo ${x.S.the}, con los ojos brillantes.`,
      ],
      try1: [
        (x) =>
          `${cap(x.S.the)} intentó no pensar en la despedida y jugar como si nada.^ Pero la pena asomaba entre juego y juego,^ y no se iba.`,
        (x) =>
          `${cap(x.S.the)} pensó en esconder la maleta ${de(x.W.the)}, para que no se pudiera ir.^ Pero ${x.W.the} tenía que irse de todos modos,^ y esconder cosas no cambia lo que va a pasar.`,
        (x) =>
          `${cap(x.second)} propuso no decir «adiós», sino solo «hasta luego».^ Pero cambiar la palabra no hacía más pequeña la pena.`,
        (x) =>
          `${cap(x.S.the)} se enfadó un poquito, porque estar enfadad${x.S.o} parecía más fácil que estar triste.^ Pero no lo era,^ y ${x.S.the} acabó sintiéndose peor.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.S.the} quiso jugar a todos los juegos a la vez, para que el día no se acabara.^ Pero jugaron tan deprisa que nadie se divirtió,^ y el día se acabó igual.`,
        (x) =>
          `Luego ${x.S.the} y ${x.W.the} se quedaron mirando por la ventana, muy callados.^ Estaban juntos,^ pero el silencio se hacía muy largo.`,
        (x) =>
          `Después, ${x.S.the} buscó un regalo para ${x.W.the}, pero nada le parecía lo bastante especial:^ ni una piedra, ni una hoja, ni un botón.`,
        (x) =>
          `Luego ${x.lead} dijo que las despedidas también forman parte de la vida. Era verdad,^ pero ${x.S.the} seguía con el corazón apretado.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, dijo: «Los amigos de verdad siguen siendo amigos aunque estén lejos».^ Así que ${x.S.the} y ${x.W.the} se prometieron escribirse cartas y llamarse muy a menudo.^ Y esa promesa hizo que el adiós pesara mucho menos.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, ayudó ${a(x.S.the)} a hacer un dibujo de los dos juntos, riéndose.^ ${cap(x.S.the)} se lo regaló ${a(x.W.the)}.^ «Así me llevarás contigo», le dijo.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, les dio a los dos amigos una pulsera igualita para cada uno.^ «Cuando la miren, se acordarán el uno del otro», dijo ${x.helper}.^ Y se las pusieron enseguida.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, señaló el cielo. «Esta noche, los dos verán las mismas estrellas», dijo ${x.helper}.^ Y ${x.S.the} comprendió que, por muy lejos que estuvieran, seguirían bajo el mismo cielo.`,
      ],
      resolution: [
        (x) =>
          `Se dieron un abrazo muy largo. «${x.S.fem && x.W.fem ? "Amigas" : "Amigos"} para siempre», dijo ${x.W.the}. «Para siempre», dijo ${x.S.the}.^ Y así fue.`,
        (x) =>
          `Unos días después llegó una carta ${de(x.W.the)}, llena de dibujos y de besos.^ ${cap(x.S.the)} la leyó tres veces, sonriendo,^ y contestó enseguida.`,
        (x) =>
          `${cap(x.S.the)} dijo adiós con la mano hasta perder${x.W.him} de vista.^ Estaba un poco triste, sí,^ pero sabía que seguían siendo amigos, y eso no lo cambia ninguna distancia.`,
        (x) =>
          `Aquella noche, ${x.S.the} miró las estrellas y pensó en ${x.W.the}.^ Seguro que ${x.W.the} también las estaba mirando,^ y eso era casi como estar juntos.`,
      ],
      morals: [
        "Los amigos de verdad siguen siendo amigos, aunque estén lejos.",
        "Decir adiós no es el final de una amistad: es un hasta pronto.",
        "El cariño de un amigo viaja con nosotros a todas partes.",
      ],
    },
    tooth: {
      titles: [
        (x) => `${x.S.the} y el Ratoncito Pérez`,
        (x) => `El diente ${de(x.S.the)}`,
        (x) => `${x.S.the} y el diente que bailaba`,
      ],
      setup: [
        (x) =>
          `${cap(x.S.the)} tenía un diente que se movía: tic, tac, tic, tac, adelante y atrás.^ «¡Se me mueve un diente!», dijo, entre nervios${x.S.o} y emocionad${x.S.o}.`,
        (x) =>
          `Aquella mañana, al morder una manzana, ${x.S.the} notó algo raro.^ ¡Tenía un diente flojo!^ «¿Y ahora qué va a pasar?», preguntó.`,
        (x) =>
          `${cap(x.S.the)} se miraba en el espejo una y otra vez: uno de sus dientes bailaba un poquito.^ «¿Dolerá cuando se caiga?», preguntó, un poco preocupad${x.S.o}.`,
        (x) =>
          `${cap(x.S.the)} tenía un diente que bailaba como una hoja al viento.^ Era su primer diente flojo,^ y no sabía muy bien qué hacer con él.`,
      ],
      try1: [
        (x) =>
          `${cap(x.S.the)} intentó no tocarse el diente, pero la lengua se le iba sola a moverlo, una y otra vez.^ Y el diente seguía allí, bailando.`,
        (x) =>
          `${cap(x.S.the)} decidió comer solo sopa, para que el diente no se moviera.^ Pero comer sopa todos los días es muy aburrido,^ y el diente seguía igual de flojo.`,
        (x) =>
          `${cap(x.S.the)} intentó mover el diente muy deprisa, para que se cayera ya.^ Pero los dientes tienen su propio tiempo,^ y aquel todavía no estaba listo.`,
        (x) =>
          `${cap(x.S.the)} se tapó la boca con la mano todo el día, para que nadie viera el diente que bailaba.^ Pero así no se podía reír,^ y eso era lo peor de todo.`,
      ],
      try2: [
        (x) =>
          `Después, ${x.S.the} preguntó a todo el mundo si dolía cuando se caía un diente.^ Cada uno le contaba una cosa distinta,^ y ${x.S.the} se hizo un lío.`,
        (x) =>
          `Luego ${x.S.the} ensayó en el espejo su sonrisa nueva, la sonrisa con un huequito.^ Le pareció un poco rara,^ y no estaba segur${x.S.o} de que le gustara.`,
        (x) =>
          `Después, ${x.S.the} intentó dormirse pronto, por si el diente se caía solo durante la noche.^ Pero el diente se quedó en su sitio,^ muy tranquilo, esperando.`,
        (x) =>
          `Luego ${x.lead} le dio ${a(x.S.the)} una manzana, por si así se caía el diente. ${cap(x.S.the)} mordió con cuidado,^ pero el diente solo se movió un poquito más.`,
      ],
      success: [
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, le contó un secreto: «Cuando se te cae un diente, viene el Ratoncito Pérez.^ Se lleva el diente de debajo de la almohada y te deja una sorpresa».^ ${cap(x.S.the)} abrió los ojos como platos.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, contó un chiste tan gracioso que ${x.S.the} se rio a carcajadas,^ y ¡plop!, el diente se cayó solito. No dolió nada.^ «¡Mi diente!», gritó ${x.S.the}, enseñando un huequito precioso.`,
        (x) =>
          `${cap(x.helper)}, ${x.trait}, dijo: «A todos se nos caen los dientes de leche. Así dejan sitio para los dientes de mayor».^ ${cap(x.S.the)} se sintió muy mayor de repente,^ y ya no le importó nada que el diente bailara.`,
        (x) =>
          `Entonces ${x.helper}, ${x.trait}, le dio ${a(x.S.the)} una cajita para guardar el diente cuando se cayera.^ «Es para el Ratoncito Pérez», dijo ${x.helper}.^ Y aquella misma tarde, ¡plop!, el diente se cayó, sin doler nada de nada.`,
      ],
      resolution: [
        (x) =>
          `Aquella noche, ${x.S.the} puso el diente debajo de la almohada.^ Y mientras dormía, llegaron de puntillas unos pasitos diminutos:^ era el Ratoncito Pérez, que se llevó el diente y dejó una sorpresa.`,
        () =>
          `Por la mañana, debajo de la almohada ya no estaba el diente: había una monedita brillante y una notita diminuta.^ «Gracias por tu diente», decía. «Firmado: el Ratoncito Pérez.»`,
        (x) =>
          `${cap(x.S.the)} se miró en el espejo y sonrió con su huequito nuevo.^ «¡Ya soy mayor!», dijo.^ Y pronto, en ese huequito, empezaría a asomar un diente nuevo.`,
        (x) =>
          `${cap(x.S.the)} se durmió con una sonrisa, esperando al Ratoncito Pérez.^ Y por la mañana, allí estaba la sorpresa,^ justo debajo de la almohada.`,
      ],
      morals: [
        "Cuando se cae un diente de leche, deja sitio para uno nuevo y más fuerte.",
        "Crecer a veces hace cosquillas, y siempre trae sorpresas.",
        "Un huequito en la sonrisa quiere decir que nos estamos haciendo mayores.",
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
    (x) =>
      `Había una vez un rincón ${x.inPlace} donde ${x.p.sound}.^ Allí, ${x.t.once}, ${x.all} ${v3(x, "buscaba", "buscaban")} la piedra más lisa del mundo.`,
    (x) =>
      `${cap(x.t.once)}, ${x.all} ${v3(x, "salió", "salieron")} a dar un paseo ${x.inPlace}. No ${v3(x, "buscaba", "buscaban")} nada en especial,^ pero así empiezan a veces las mejores historias.`,
    (x) =>
      `Escucha bien, que este cuento empieza despacito. ${cap(x.t.once)}, ${x.inPlace}, ${x.t.sky},^ y ${x.all} ${v3(x, "miraba", "miraban")} el cielo sin ninguna prisa.`,
    (x) =>
      `${cap(x.inPlace)} hay un sitio donde el tiempo va más despacio. ${cap(x.t.once)}, ${x.all} ${v3(x, "estaba", "estaban")} justo allí,^ y ${x.p.sound}.`,
    (x) =>
      `Aquella vez, ${x.inPlace}, todo olía a aventura. ${cap(x.all)} ${v3(x, "tenía", "tenían")} ganas de descubrir algo nuevo,^ y ${x.t.sky}.`,
    (x) =>
      `${cap(x.t.once)}, ${x.inPlace}, ${x.all} ${v3(x, "compartía", "compartían")} un puñado de fresas. ${cap(x.t.sky)},^ y nadie tenía ninguna prisa.`,
    (x) =>
      `¿Sabes lo que pasó ${x.t.once} ${x.inPlace}? Te lo voy a contar bajito. ${cap(x.all)} ${v3(x, "estaba", "estaban")} allí,^ y ${x.p.sound}.`,
    (x) =>
      `${cap(x.t.sky)}. Era ${x.t.once} ${x.inPlace},^ y ${x.all} ${v3(x, "acababa", "acababan")} de llegar a su sitio favorito.`,
  ],
  describe: [
    (name, desc) => `${name} era ${desc}.`,
    (name, desc) => `A ${name} se le reconocía de lejos: ${desc}.`,
    (name, desc) => `${name}, ${desc}, también estaba allí.`,
    (name, desc) => `Si mirabas bien a ${name}, veías ${desc}.`,
    (name, desc) => `Por allí andaba ${name}, ${desc}.`,
    (name, desc) => `Nadie podía confundir ${a(name)}: ${desc}.`,
    (name, desc) => `Y no hay que olvidar ${a(name)}, ${desc}.`,
    (name, desc) => `Cerca, como siempre, estaba ${name}, ${desc}.`,
  ],
  character: [
    (name, t) => `Todo el mundo conocía ${t.nouns[0]} ${de(name)}.`,
    (name, t) => `Lo que más gustaba de ${name} era ${t.nouns.join(" y ")}.`,
    (name, t) => `Si algo tenía ${name}, era ${t.nouns.join(" y ")}.`,
    (name, t) => `Por todas partes se hablaba ${de(t.nouns[0] ?? "")} ${de(name)}.`,
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
    (x) =>
      `${cap(x.lead)} le puso una mano en el hombro ${a(x.S.the)}. «Tranquil${o(x.S)}», dijo. «Lo resolveremos juntos, ya verás.»`,
    (x) =>
      `«Pues menos mal que estamos aquí», dijo ${x.lead} con una sonrisa,^ y ${x.S.the} respiró mucho más tranquil${o(x.S)}.`,
    (x) =>
      `Nadie dijo «qué tontería» ni «eso no es nada». ${cap(x.all)} ${v3(x, "asintió", "asintieron")} despacio,^ porque a veces lo mejor es escuchar.`,
    (x) =>
      `«Vamos a pensar un poquito», dijo ${x.lead}, sentándose en el suelo. ${cap(x.S.the)} se sentó también,^ y se sintió un poco menos sol${o(x.S)}.`,
    (x) =>
      `${cap(x.lead)} le ofreció ${a(x.S.the)} un pañuelo y una sonrisa. «Cuéntamelo despacito», dijo, «que tenemos todo el tiempo del mundo».`,
    (x) => `«Esto tiene arreglo», dijo ${x.lead} con voz tranquila. «Casi todo lo tiene, si se piensa con calma.»`,
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
    (x) => `${cap(x.S.the)} se quedó un momento callad${o(x.S)}. «Bueno», dijo ${x.lead}, «así es como se aprende».`,
    (x) => `«Bueno, por algo se empieza», dijo ${x.lead}, y todos asintieron.`,
    () =>
      `Nadie se enfadó y nadie se rindió. Respiraron hondo, se sacudieron el polvo^ y se pusieron a pensar otra vez.`,
    (x) => `${cap(x.lead)} le guiñó un ojo ${a(x.S.the)}. «Las cosas importantes casi nunca salen a la primera.»`,
    (x) =>
      `«¿Lo intentamos de otra forma?», preguntó ${x.lead}. ${cap(x.S.the)} asintió. Todavía quedaban muchas ideas por probar.`,
    () => `Un intento que no sale bien no es el final.^ Es solo una pista para el siguiente.`,
  ],
  wonders: [
    () =>
      `Por el camino se pararon a mirar las pequeñas maravillas de alrededor: una mariquita que trepaba por una brizna de hierba, un grillo que cantaba en algún sitio. Daba gusto ir despacio.`,
    (x) => `${cap(x.lead)} se paró y miró hacia arriba: ${x.t.sky}. Era como si el mundo entero les diera ánimos.`,
    () => `Descansaron un momento y compartieron unas moras.^ Todo parece más fácil después de merendar.`,
    (x) => `Siguieron caminando en silencio,^ y ${x.p.sound}.`,
    () => `Una brisa suave trajo olor a flores, y todos lo respiraron despacio.`,
    () => `Allá arriba, un pájaro volvía a su nido, y todos lo saludaron con la mano.`,
    () =>
      `Una hilera de hormigas cruzaba el camino, cada una con su migaja,^ y todos esperaron a que pasara la última.`,
    // Wonders come before the story's subject is met (opening scene): only the family's own may act here.
    (x) => `${cap(x.lead)} encontró una piedra con forma de corazón y se la guardó, por si acaso.`,
    () => `Un poco más allá, una telaraña cubierta de gotitas brillaba como un collar de perlas.`,
    (x) => `El viento jugaba con las hojas,^ y ${x.p.sound}. Todo parecía decir: «Adelante, adelante».`,
    () => `Se cruzaron con un erizo muy serio que llevaba una hoja en la espalda,^ y todos lo saludaron en voz baja.`,
    () =>
      `El camino olía a hierba y a pan recién hecho, aunque por allí no había ninguna panadería. Era un misterio de los bonitos.`,
  ],
  pauses: [
    (x) =>
      `${cap(x.S.the)} se paró a oler una flor, y todos esperaron con paciencia.^ Siempre hay tiempo para una flor.`,
    (x) => `Pasó una familia de luciérnagas parpadeando para saludar, y ${x.S.the} parpadeó también.`,
    (x) =>
      `En algún sitio, una rana hizo «croac» con una voz muy grave, y ${x.S.the} se rio tanto que todos se rieron también.`,
    (x) => `Pasaron junto a un charco que guardaba un trocito de cielo, y ${x.S.the} se paró a mirar dentro.`,
    (x) =>
      `${cap(x.S.the)} se sentó un momento en una piedra tibia, y todos se sentaron a su lado, sin decir nada.^ A veces descansar es lo más sensato.`,
    () => `Desde una rama, una ardilla les dejó caer una bellota, con mucha educación, como quien dice hola.`,
    (x) => `${cap(x.lead)} sacó una cantimplora, y todos bebieron un sorbito de agua fresca, por turnos.`,
    () => `Un pájaro carpintero hacía toc, toc, toc en un tronco,^ y todos contaron los golpes hasta perder la cuenta.`,
  ],
  worries: [
    (x) =>
      `Por un momento, ${x.lead} sintió un cosquilleo de preocupación, como una mariposa en la barriga. ¿Y si no lo conseguían? Pero las preocupaciones se encogen cuando se comparten,^ así que todos se dieron la mano y respiraron hondo.`,
    (x) =>
      `De pronto el mundo pareció enorme, y ${x.S.the} se sintió muy pequeñ${o(x.S)}. Pero hasta los más pequeños pueden hacer cosas grandes,^ eso lo sabe todo el mundo.`,
    (x) =>
      `«¿De verdad podremos?», susurró ${x.S.the}. «Podemos intentarlo», dijo ${x.lead}. «Y intentarlo siempre es el primer paso.»`,
    (x) =>
      `${cap(x.S.the)} miró todo lo que faltaba y tragó saliva. «¿Y si sale mal?» «¿Y si sale bien?», contestó ${x.lead} bajito.`,
    () =>
      `Por un momento, todos se quedaron callados. Era uno de esos silencios que pesan un poco.^ Pero luego alguien sonrió,^ y el silencio se volvió más ligero.`,
    (x) =>
      `«¿Y si no lo logramos?», pensó ${x.S.the}.^ Pero entonces notó a su lado el calor de sus amigos,^ y la preocupación pasó de largo, como una nube.`,
  ],
  cheers: [
    () =>
      `Todos estaban tan contentos que sonreían de oreja a oreja, con sonrisas tan grandes que casi no les cabían en la cara.`,
    (x) =>
      `${cap(x.lead)} sentía calorcito por dentro, como junto a una chimenea. Ayudar a un amigo es uno de los mejores sentimientos del mundo.`,
    () => `Bailaron un bailecito de alegría, muy bajito, porque ya casi era hora de dormir.`,
    () => `Hubo abrazos para todos, y luego otra ronda de abrazos, por si alguien se había quedado sin el suyo.`,
    (x) => `${cap(x.S.the)} daba saltitos de felicidad, y ${x.lead} también, aunque intentaban no hacer mucho ruido.`,
    () => `Hasta los pájaros parecían cantar más bonito, como si ellos también se alegraran.`,
  ],
  recaps: [
    () => `Bien acurrucados, recordaron todo el día:^ los intentos, los tropiezos y el momento en que todo salió bien.`,
    (x) => `«Qué día», murmuró ${x.lead}. «Qué día tan bonito.»`,
    (x) =>
      `${cap(x.S.the)} pensó en el día y sonrió en la oscuridad.^ Mañana sería otro día, pero esta noche era para descansar.`,
    (x) =>
      `Antes de dormirse, ${x.S.the} repasó el día como quien hojea un libro de dibujos:^ página a página, hasta la última.`,
    () => `«¿Te acuerdas de cuando…?», empezó alguien. Pero ya nadie podía terminar la frase, de tanto sueño.`,
    (x) => `${cap(x.lead)} pensó que había sido un buen día, de esos que se guardan en el corazón.`,
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
    () => `Una nube con forma de barco navegaba despacio por el cielo.`,
    () => `Una abeja rezagada volvía a casa zumbando bajito, cargada de polen.`,
    () => `Olía a hierba fresca y a algo tibio, como una manta recién sacada del armario.`,
    () => `Una mariquita aterrizó un momento en la punta de una nariz y luego echó a volar, sin despedirse.`,
    () => `A lo lejos sonaba una campanita, tilín, tilín, aunque nadie sabía de dónde venía.`,
    () => `El aire estaba tan quieto que se oía hasta el vuelo de una polilla.`,
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
    (x) =>
      `Cuando ${x.t.bedtime}, ${x.everyone} se prepararon para dormir ${x.inPlace}.^ Se dieron las buenas noches uno a uno, muy bajito.`,
    (x) =>
      `Las luces del día se apagaron una a una, como velitas. ${cap(x.S.the)} se acomodó en ${x.p.bed}^ y soltó un suspiro largo y feliz.`,
    (x) =>
      `${cap(x.everyone)} se arroparon con el silencio de la noche, suave como una manta.^ Ya no había nada que hacer, ni nada que buscar.`,
    (x) =>
      `Todo se preparaba para dormir ${x.inPlace}: las flores cerraban sus pétalos y los pájaros escondían la cabeza bajo el ala.^ Y ${x.S.the} también cerró los ojos.`,
    (x) =>
      `Despacio, muy despacio, ${x.everyone} se acurrucaron en ${x.p.bed}.^ Sus respiraciones se volvieron lentas, como olas pequeñitas que van y vienen.`,
    (x) =>
      `Todo quedó en silencio ${x.inPlace}. ${cap(x.S.the)} apoyó la cabeza en ${x.p.bed}^ y pensó que no había un sitio mejor en el mundo entero.`,
  ],
  goodnights: [
    (x) => `Buenas noches, ${x.all}. Buenas noches, ${x.S.call}. Que duerman bien.`,
    () => `Y allí durmieron, calentitos y a salvo, soñando hasta la mañana.`,
    () => `La luna los cuidó toda la noche, y todos tuvieron dulces sueños.`,
    (x) => `Chis… ya todos duermen. Dulces sueños, ${x.S.call}.`,
    () => `Pronto solo se oía una respiración suave y lenta. Que duerman bien, pequeños.`,
    () => `Acurrucados, se quedaron dormidos en los sueños más dulces. Buenas noches.`,
    () => `Y si escuchas con mucha atención, quizá los oigas roncar, muy bajito. Buenas noches.`,
    (x) => `Las estrellas parpadeaban sobre ${x.place}, y todos los ojos estaban cerrados. Dulces sueños.`,
    (x) => `Buenas noches, ${x.S.call}. Buenas noches a todos. Que sueñen con cosas bonitas.`,
    () => `Y así, entre susurros y bostezos, la noche los fue arropando a todos. Buenas noches.`,
    (x) => `Que descanses, ${x.S.call}. Mañana habrá más aventuras,^ pero ahora toca soñar.`,
    () => `Y el mundo entero se quedó en silencio para no despertarlos. Dulces sueños.`,
    (x) => `${cap(x.S.the)} sonrió en sueños, y los demás también. Buenas noches.`,
    () => `Ahora cierra tú también los ojos, despacito, como ellos. Buenas noches.`,
    (x) => `Las estrellas velaron toda la noche ${x.inPlace}. Que duerman bien, ${x.everyone}.`,
    () => `Se durmieron tan a gusto que hasta la luna soltó un bostezo. Buenas noches.`,
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
