/**
 * El catálogo en español. Tuteamos a los padres, en todas partes; «cuento» es la palabra de la
 * app para una historia.
 */
import type { Messages } from "./en";

const FAMILIA = /^(la\s+)?familia\s+/i;
/** «Familia García» al saludar: «Buenas noches, familia García:». */
function addressed(name: string): string {
  return name.replace(FAMILIA, "familia ");
}
/** Dentro de una frase: «porque la familia García pidió…»; «Los García»: «los García». */
function inSentence(name: string): string {
  return name.replace(FAMILIA, "la familia ").replace(/^Los\s+/, "los ");
}

export const es: Messages = {
  intl: "es-ES",
  name: "Español",

  layout: {
    mainNav: "Menú principal",
    tell: "Nuevo cuento",
    cast: "Personajes",
    settings: "Ajustes",
    family: "Familia",
    signOut: "Salir",
    languageLabel: "Idioma de estas páginas",
  },

  errorPage: {
    notFound: {
      title: "No hemos encontrado ese cuento",
      body: "Puede que el enlace esté mal copiado, o que el cuento ya se haya guardado en el cajón.",
    },
    gone: {
      title: "Este cuento se ha dormido",
      body: "Los cuentos se quedan un par de noches y luego se recogen. A la hora de dormir llega uno nuevo.",
    },
    server: { title: "Algo ha salido mal", body: "Vuelve a intentarlo dentro de un momento." },
    badRequest: {
      title: "Eso no ha funcionado",
      body: "Algo no cuadraba en esa petición. Vuelve a intentarlo.",
    },
    tooLarge: { title: "Eso era demasiado largo", body: "Acorta lo que escribiste y vuelve a intentarlo." },
    tooMany: { title: "Demasiado de golpe", body: "Espera un poco y vuelve a intentarlo." },
    backHome: "Volver a los cuentos de esta noche",
  },

  signIn: {
    title: "Entrar",
    heading: "Te damos la bienvenida a Nightlight",
    intro: "Cuentos para dormir para tu familia, escritos, ilustrados y leídos en voz alta cada noche.",
    submit: "Entrar",
    email: "Tu correo electrónico",
    sendLink: "Envíame un enlace para entrar",
    emailHint: "Te enviaremos por correo un enlace para entrar.",
    invalidEmail: "Escribe tu correo electrónico, como madre@example.com",
    notices: {
      "signed-out": "Has cerrado la sesión.",
      "signed-out-everywhere": "Has cerrado la sesión en todos tus dispositivos.",
      deleted: "Tu familia y todos sus cuentos se han borrado. Que descanses.",
    },
    sentTitle: "Mira tu correo",
    sentBody: "Si {email} tiene una cuenta, te llega un enlace. Funciona una sola vez, durante 15 minutos.",
    sentHelp: "¿No llega nada en unos minutos? Mira en la carpeta de spam o pide otro enlace.",
    otherAddress: "Usar otra dirección",
    welcomeBack: "Qué bien verte de nuevo",
    signingInAs: "Entrando como {email}.",
    join: (family: string) => `Unirte a ${family}`,
    joinAndSignIn: "Unirme y entrar",
    invitationTitle: (family: string) => `Una invitación a ${family}`,
    invitationBody:
      "Han invitado a {email} a unirse a esta familia en Nightlight, para leer sus cuentos de buenas noches y ayudar a elegirlos. Únete solo si la conoces; nada cambia si no aceptas.",
    acceptInvitation: "Unirme a la familia",
    declineInvitation: "No, gracias",
    declinedTitle: "Invitación rechazada",
    declinedBody: "No ha cambiado nada: no estás en esa familia y el enlace ya no funciona.",
    startTitle: "Crea tu familia",
    signingUpAs: "Te registras con {email}. Puedes cambiar todo esto más tarde en Ajustes.",
    familyLabels: { name: "Nombre de la familia", timezone: "Zona horaria", language: "Cuentos en" },
    familyPlaceholder: "La familia Sauce",
    startFamily: "Crear nuestra familia",
    problems: {
      unknown: {
        title: "Ese enlace no funciona",
        body: "Quizá se cortó al copiarlo. Pide uno nuevo aquí abajo.",
      },
      used: {
        title: "Ese enlace ya se usó",
        body: "Cada enlace sirve para entrar una vez. Si no fuiste tú hace un momento, pide uno nuevo aquí abajo.",
      },
      expired: {
        title: "Ese enlace ha caducado",
        body: "Los enlaces solo funcionan un rato, para proteger a tu familia. Pide uno nuevo aquí abajo.",
      },
      withdrawn: {
        title: "Esa invitación se retiró",
        body: "La familia que te invitó la ha retirado. Pídeles que te inviten de nuevo.",
      },
      "no-account": {
        title: "No hay ninguna familia con esta dirección",
        body: "Puede que la hayan quitado desde que se envió el enlace. Pide a tu familia que te invite de nuevo.",
      },
    },
  },

  home: {
    title: "El cuento de esta noche",
    tonight: "El cuento de esta noche",
    onTheWay: "El cuento de esta noche está en camino.",
    arrivesAt: (time: string) => `El cuento de esta noche llega a las ${time}.`,
    cannotWrite: (language: string, choices: string) =>
      `El cuento de esta noche ya no se puede escribir en ${language}. Elige ${choices} en Ajustes, o pide a quien gestiona Nightlight que vuelva a activar al narrador.`,
    tangled: "Este se ha enredado",
    beingWritten: "Escribiéndose…",
    tellNow: "Un cuento ahora",
    recent: "Cuentos recientes",
    noStories: "Todavía no hay cuentos. El primero llega a la hora de dormir.",
    favourites: "Cuentos guardados",
    noFavourites: "Los cuentos que guardes se quedan aquí, por antiguos que sean.",
    aFavourite: "(guardado)",
    nightly: "Cuento de la noche",
    onDemand: "A petición",
    castLink: "Personajes y lugares",
    settingsLink: "Ajustes",
  },

  forms: {
    checkTheForm: "Revisa el formulario",
    fieldProblem: (label: string, problem: string) => `${label}: ${problem}`,
    required: "Obligatorio",
    atMost: { one: "Como máximo # carácter", other: "Como máximo # caracteres" },
    email: "No es una dirección de correo",
    timezone: "No es una zona horaria (prueba Europe/Madrid)",
    bedtime: "En formato de 24 horas HH:MM, por ejemplo 19:30",
    childAge: "De 1 a 12 años",
    voice: "Un nombre de voz, como Lucia",
    choose: "Elige uno de la lista",
    tooManyCharacters: { one: "Como máximo # personaje", other: "Como máximo # personajes" },
    gentler:
      "Eso no es del todo para un cuento de buenas noches. ¿Qué tal algo más tierno, como una manopla perdida o un dragón con sueño?",
  },

  settings: {
    title: "Ajustes",
    saved: "Ajustes guardados.",
    labels: {
      name: "Nombre de la familia",
      email: "Correo electrónico",
      childAge: "Edad del niño o la niña",
      bedtime: "Hora de dormir",
      timezone: "Zona horaria",
      language: "Idioma",
      storyLength: "Duración del cuento",
      rhyming: "Cuento con rima",
      illustrationStyle: "Estilo de los dibujos",
      voice: "Voz de lectura",
      nightlyEmail: "Recibir el cuento de cada noche por correo",
    },
    family: "Tu familia",
    emailHint: "Aquí te enviamos el enlace al cuento de cada noche.",
    nightlyEmailHint: "El cuento se escribe cada noche de todos modos; te espera en la página de inicio.",
    childAgeHint: "Los cuentos usan palabras para esta edad (de 1 a 12 años).",
    bedtimeHeading: "La hora de dormir",
    bedtimeHint: "El cuento llega a esta hora cada noche.",
    timezoneHint: "Escribe para buscar en la lista, agrupada por regiones.",
    useDeviceZone: "Usar la zona horaria de este dispositivo:",
    storyHeading: "El cuento",
    languageHint: "El idioma de los cuentos. Estas páginas también lo siguen.",
    voiceHint: "Déjalo vacío para usar la voz habitual del idioma.",
    lengths: {
      short: "Corto (un par de minutos)",
      medium: "Mediano (unos 3 minutos)",
      long: "Largo (unos 5 minutos)",
    },
    styles: {
      watercolor: "Acuarela",
      crayon: "Ceras de colores",
      storybook: "Libro ilustrado",
      "paper-cut": "Papel recortado",
      pastel: "Pastel suave",
      "night-sky": "Cielo nocturno",
    },
    regions: {
      Africa: "África",
      America: "América",
      Antarctica: "Antártida",
      Arctic: "Ártico",
      Asia: "Asia",
      Atlantic: "Atlántico",
      Australia: "Australia",
      Europe: "Europa",
      Indian: "Océano Índico",
      Pacific: "Pacífico",
      Other: "Otras",
    },
    save: "Guardar ajustes",
    accountLink: "Quién está en la familia, dispositivos con sesión abierta, borrar la familia",
    castLink: "Los personajes y lugares de los cuentos",
    lookingAfter: "Familia que gestionas",
    switchHousehold: "Cambiar de familia",
    stopLinks: {
      heading: "Enlaces «Dejar de recibir los correos de la noche»",
      hint: "Cada correo de la noche tiene un enlace que apaga el correo nocturno. Si un correo le llegó a otra persona, haz que dejen de funcionar los enlaces de los correos ya enviados.",
      renew: "Anular los enlaces de los correos enviados",
      renewed: "Hecho. Solo funcionarán los enlaces de los correos a partir de ahora.",
    },
    podcast: {
      heading: "Escuchar en una app de pódcasts",
      intro:
        "Tus cuentos como un pódcast privado: añade este enlace a una app de pódcasts y el cuento de esta noche estará allí a la hora de dormir, listo para escuchar con la pantalla apagada.",
      onlyNarrated:
        "Solo aparecen los cuentos con narración grabada. Los que lee la voz del propio dispositivo se quedan en su página.",
      noNarrator:
        "Este Nightlight no tiene configurada ninguna voz de narración: no se graba ningún cuento y una app de pódcasts no encontraría nada aquí. Cada cuento se lee en su página, por ti o con la voz de tu dispositivo. Quien gestiona Nightlight puede añadir una voz (Amazon Polly o Workers AI); el enlace de abajo funcionará en cuanto lo haga.",
      add: "Añadir a la app de pódcasts",
      urlLabelLater: "El enlace del pódcast, para cuando se añada una voz",
      urlLabel: "O copia este enlace en tu app de pódcasts",
      secret: "Cualquiera que tenga este enlace puede escuchar, así que compártelo solo con la familia.",
      rotate: "Crear un enlace nuevo",
      rotateHint: "El enlace antiguo deja de funcionar al momento: vuelve a añadir el nuevo a tus apps de pódcasts.",
      rotated: "Aquí tienes un enlace nuevo. El antiguo ya no funciona.",
    },
  },

  cast: {
    title: "Personajes y lugares",
    intro: "Cada noche, el cuento elige unos cuantos personajes y un lugar de estas listas.",
    characters: "Personajes",
    places: "Lugares",
    characterLabels: { name: "Nombre", looks: "Aspecto", personality: "Forma de ser" },
    placeLabels: { name: "Nombre del lugar", description: "Descripción", timeOfDay: "Momento del día" },
    times: { morning: "Mañana", afternoon: "Tarde", evening: "Atardecer", night: "Noche" },
    looksHint: "Lo que muestran los dibujos: «un zorrito rojo con una bufanda verde».",
    personalityHint: "Cómo se comporta: «curioso y valiente».",
    descriptionHint: "Cómo es: «una playa tranquila con charcas entre las rocas».",
    addCharacterHeading: "Añadir un personaje",
    addCharacter: "Añadir personaje",
    addPlaceHeading: "Añadir un lugar",
    addPlace: "Añadir lugar",
    edit: "Editar",
    editTitle: (name: string) => `Editar ${name}`,
    back: "Volver a personajes y lugares",
    saveCharacter: "Guardar personaje",
    savePlace: "Guardar lugar",
    deleteOpen: "Borrar…",
    deleteCharacterQuestion: (name: string) =>
      `¿Borrar ${name} para siempre? Los cuentos ya contados lo conservan; los nuevos, no.`,
    deletePlaceQuestion: (name: string) =>
      `¿Borrar ${name} para siempre? Los cuentos ya contados lo conservan; los nuevos, no.`,
    delete: (name: string) => `Borrar ${name}`,
    lastCharacter: (name: string) =>
      `Los cuentos necesitan al menos un personaje, así que ${name} se queda. Añade primero otro personaje.`,
    lastPlace: (name: string) =>
      `Los cuentos necesitan al menos un lugar, así que ${name} se queda. Añade primero otro lugar.`,
    notices: {
      "character-added": "Personaje añadido.",
      "character-saved": "Personaje guardado.",
      "character-deleted": "Personaje borrado.",
      "place-added": "Lugar añadido.",
      "place-saved": "Lugar guardado.",
      "place-deleted": "Lugar borrado.",
    },
  },

  account: {
    title: "Familia y acceso",
    membersHeading: "Quién está en la familia",
    you: "tú",
    owner: "creó la familia",
    remove: "Quitar",
    inviteLabel: "Invitar a otro padre o madre",
    inviteHint: "Recibirá un correo con un enlace; solo se unirá si acepta. Funciona durante una semana.",
    inviteInvalid: "Escribe su correo electrónico, como madre@example.com",
    sendInvite: "Enviar invitación",
    leave: (family: string) => `Salir de ${family}`,
    onlyOneLeft: "Eres la última persona de esta familia. Para cerrarla, borra la familia aquí abajo.",
    pendingHeading: "Invitaciones sin respuesta",
    pendingUntil: (email: string, date: string) => `${email}, hasta el ${date}`,
    withdraw: "Retirar",
    ownerStays: "Tú creaste esta familia, así que sigues en ella. Para cerrarla, borra la familia aquí abajo.",
    listener: "solo escucha",
    signedInAs: (email: string) => `Has entrado como ${email}`,
    thisDevice: "este dispositivo",
    signedIn: (when: string) => `entró ${when}`,
    aBrowser: "Un navegador",
    signOut: "Cerrar sesión",
    signOutEverywhere: "Cerrar sesión en todas partes",
    deleteHeading: (family: string) => `Borrar ${family}`,
    deleteBody:
      "Esto borra la familia para todos: sus miembros, personajes, lugares y cada cuento, ilustración y grabación. No se puede deshacer.",
    deleteConfirm: (family: string) => `Para confirmar, escribe el nombre de la familia: ${family}`,
    removeRefused: "Solo quien creó la familia puede quitar a alguien. Tú siempre puedes salir de ella.",
    deleteWrongName: (family: string) =>
      `Ese no es el nombre de la familia. Escribe ${family} tal cual para borrar la familia.`,
    deleteButton: "Borrar la familia para siempre",
    notices: {
      withdrawn: "Invitación retirada. Su enlace ya no funciona.",
      invited: "Invitación enviada. Podrá unirse con el enlace de su correo.",
      removed: "Ya no está en la familia y no puede ver sus cuentos.",
      "signed-out-device": "Ese dispositivo ha cerrado la sesión.",
    },
  },

  tell: {
    title: "Un cuento ahora",
    intro: "Pide un deseo, o déjalo todo en nuestras manos. El cuento suele estar listo en un minuto.",
    prompt: "¿De qué quieres que trate el cuento de esta noche?",
    promptHint: (max: number) =>
      `Opcional, hasta ${max} caracteres: «una manopla perdida», «un dragón que no puede dormir».`,
    language: "Idioma",
    characters: "Personajes",
    charactersHint: "Elige hasta seis, o ninguno y los elegimos nosotros.",
    noCharactersBefore: "Todavía no hay personajes: ",
    noCharactersLink: "añade algunos en la página Personajes",
    noCharactersAfter: ", o deja que te sorprendamos.",
    place: "Lugar",
    surpriseMe: "Sorpréndeme",
    notify: "Avísame por correo cuando esté listo",
    submit: "Contar el cuento",
    checkTheForm: "Revisa el formulario.",
    fieldNames: {
      prompt: "La idea del cuento",
      language: "Idioma",
      characterIds: "Personajes",
      placeId: "Lugar",
      notify: "Aviso por correo",
    },
    chooseLanguage: "Elige uno de los idiomas de la lista",
    choosePlace: "Elige uno de los lugares de la lista",
    tryGentler: "Prueba con algo más tierno.",
    unknownCharacters: "Algunos de esos personajes ya no están en tu familia. Vuelve a elegir.",
    unknownPlace: "Ese lugar ya no está en tu familia. Elige otro.",
    tooMany: (perHour: number) =>
      `¡Cuántos cuentos! Una familia puede pedir ${perHour} por hora: inténtalo de nuevo un poco más tarde.`,
  },

  feed: {
    title: (family: string) => `Cuentos para dormir de ${family}`,
    description: (family: string) =>
      `Los cuentos para dormir de ${family}, leídos en voz alta por Nightlight. Un canal privado: por favor, no lo compartas.`,
  },
  keepStory: "Guardar este cuento",

  email: {
    subjectNightly: (title: string) => `El cuento de esta noche: ${title}`,
    subjectOnDemand: (title: string) => `Tu cuento está listo: ${title}`,
    greeting: {
      morning: (family: string) => `Buenos días, ${addressed(family)}:`,
      afternoon: (family: string) => `Buenas tardes, ${addressed(family)}:`,
      evening: (family: string) => `Buenas noches, ${addressed(family)}:`,
    },
    readyNightly: (bedtime: string) => `El cuento de esta noche está listo para la hora de dormir, a las ${bedtime}:`,
    readyOnDemand: "El cuento que pediste ya está listo:",
    readNightly: "Leer el cuento de esta noche",
    readOnDemand: "Leer tu cuento",
    readAndListen: "Para leer y escuchar:",
    readIt: "Para leer aquí:",
    buttonFallback: "Si el botón no se abre, esta dirección lleva al mismo cuento:",
    quoted: (title: string) => `«${title}»`,
    keptFor: (duration: string, button: string) =>
      `El cuento se queda ${duration}. Para conservarlo siempre, pulsa «${button}» en su página.`,
    sleepWell: "Dulces sueños,",
    changeSettings: "Cambiar la hora de dormir o el idioma",
    stopNightly: "Dejar de recibir el correo de cada noche",
    /** The plain-text footer's line, its colon spaced as the language does. */
    stopNightlyLine: (url: string) => `Dejar de recibir el correo de cada noche: ${url}`,
    whyReceived: (family: string) =>
      `Recibes este correo porque se pidió un cuento cada noche para ${inSentence(family)}.`,
  },
  unsubscribe: {
    title: "Correos de cada noche",
    heading: (family: string) => `¿Dejar de enviar el correo de cada noche a ${family}?`,
    body: "El cuento se sigue escribiendo cada noche y te espera en la página de inicio. Los cuentos que pidas tú seguirán llegando por correo.",
    confirm: "Dejar de recibir el correo de cada noche",
    doneHeading: "El correo de cada noche está desactivado",
    doneBody: "Ya no te enviaremos el cuento de cada noche por correo. Puedes volver a activarlo en Ajustes.",
    alreadyOff: "El correo de cada noche ya está desactivado para esta familia.",
    settingsLink: "Abrir Ajustes",
  },
};
