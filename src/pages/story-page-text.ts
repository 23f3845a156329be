/**
 * Every word the story page and its listen controls show, per language — the one place to
 * translate. The page picks the table by its locale (the reader's choice, else the story's language), and
 * hands read-along.js the strings it needs through `data-text` attributes, so the script has no
 * words of its own.
 *
 * Templates use `{name}` placeholders, filled by `fillText` (server) or the script's `fill`.
 * Sentences avoid plurals ("pictures {done} of {total}") so no language needs plural rules here.
 */
import { frenchSpacing, messages } from "../i18n";

export interface StoryPageText {
  /** BCP 47 tag of these strings: the `lang` of the page's chrome. */
  lang: string;

  failedTitle: string;
  failedBody: string;
  /** Shown instead of failedBody when the parent's wish was not gentle enough for a bedtime story. */
  failedWish: string;
  backHome: string;
  writingTitle: string;
  writingBody: string;

  /** The progress steps; a step in progress ends in "…", a finished one in " ✓". */
  steps: {
    writing: string;
    painting: string;
    /** {done} and {total}: pictures painted so far, and in all. */
    paintingCount: string;
    narrating: string;
    /** No recording was made: what the server can honestly say before the page looks for a voice. */
    unrecorded: string;
    /** Written by read-along.js once it has looked: the device has a voice, or has none. */
    deviceVoice: string;
    noVoice: string;
    ready: string;
  };
  picturePending: string;

  listen: {
    /** aria-label of the controls. */
    label: string;
    /** The play button with recorded narration, and with the device's voice. */
    play: string;
    readAloud: string;
    pause: string;
    resume: string;
    bedtime: string;
    speed: string;
    voice: string;
    sleep: string;
    sleepEnd: string;
    sleep10: string;
    sleep20: string;
    /** The fold holding speed, voice and the sleep timer (recorded narration has no voice to pick). */
    more: string;
    moreRecorded: string;
    /** Shown until the script has looked for a voice (and all along without JavaScript). */
    needsScript: string;
    looking: string;
    /** {language}: the story's language, named in this table's language. */
    noVoice: string;
    narrationPending: string;
    /** The link inside <audio> for browsers that cannot play it. */
    audioFallback: string;
    /** Said (visually) when the sleep timer starts fading out, and when the story has ended. */
    fading: string;
    goodNight: string;
  };

  extrasLabel: string;
  pictureBook: string;
  /** The catalogue's `keepStory`: the bedtime email names this button with the same words. */
  keep: string;
  stopKeeping: string;
  keptNote: string;
  keepNote: string;

  book: {
    /** {title}: the story's title. */
    documentTitle: string;
    back: string;
    print: string;
    pagesLabel: string;
    previous: string;
    next: string;
    /** {n} and {total}. */
    pageOf: string;
  };
}

export type StoryPageLanguage = "en" | "fr" | "es";

export const STORY_PAGE_TEXT: Record<StoryPageLanguage, StoryPageText> = {
  en: {
    lang: "en",
    failedTitle: "This story got tangled",
    failedBody: "Something went wrong while we were writing it, so there is nothing half-finished to read.",
    failedWish:
      "That wish isn't quite right for a bedtime story. How about something gentler, like a lost mitten or a sleepy dragon?",
    backHome: "Back to tonight's stories",
    writingTitle: "A story is being written",
    writingBody: "This page will fill in by itself. It usually takes less than a minute.",
    steps: {
      writing: "Writing the story",
      painting: "Painting pictures",
      paintingCount: "Painting pictures {done} of {total}",
      narrating: "Recording the narration",
      unrecorded: "No recorded narration: read it aloud, or let this device's voice do it if it has one",
      deviceVoice: "This device's voice will read it aloud",
      noVoice: "No recording and no voice on this device: it is yours to read aloud",
      ready: "Ready",
    },
    picturePending: "Painting this picture…",
    listen: {
      label: "Listen",
      play: "Listen",
      readAloud: "Read aloud",
      pause: "Pause",
      resume: "Resume",
      bedtime: "Bedtime",
      speed: "Speed",
      voice: "Voice",
      sleep: "Sleep timer",
      sleepEnd: "End of story",
      sleep10: "10 minutes",
      sleep20: "20 minutes",
      more: "Speed, voice and sleep timer",
      moreRecorded: "Speed and sleep timer",
      needsScript:
        "To hear this story read aloud, turn on JavaScript — or read it yourself: your voice is the best one.",
      looking: "Looking for a voice on this device…",
      noVoice:
        "This device has no {language} voice, so it can't read this story aloud. Your own voice is the one they love best.",
      narrationPending: "Narration is on its way",
      audioFallback: "Listen to the narration",
      fading: "Getting quieter… sleep well.",
      goodNight: "The end. Good night.",
    },
    extrasLabel: "More with this story",
    pictureBook: "Picture book",
    keep: messages("en").keepStory,
    stopKeeping: "Stop keeping this story",
    keptNote: "Kept: this story won't expire.",
    keepNote: "Kept stories don't expire; the others go to sleep after a couple of nights.",
    book: {
      documentTitle: "{title} (picture book)",
      back: "Back to the story",
      print: "Print",
      pagesLabel: "Pages",
      previous: "Previous page",
      next: "Next page",
      pageOf: "{n} of {total}",
    },
  },
  // Typographic French spaces before « : ; ? ! », as in the app's catalogue (src/i18n/index.ts).
  fr: frenchSpacing({
    lang: "fr",
    failedTitle: "Cette histoire s’est emmêlée",
    failedBody: "Quelque chose s’est mal passé pendant que nous l’écrivions : il n’y a donc rien d’inachevé à lire.",
    failedWish:
      "Ce souhait ne convient pas tout à fait à une histoire du soir. Et si l’on essayait quelque chose de plus doux, comme une moufle perdue ou un dragon qui a sommeil ?",
    backHome: "Retour aux histoires du soir",
    writingTitle: "Une histoire est en train de s’écrire",
    writingBody: "Cette page se remplira toute seule. Cela prend d’habitude moins d’une minute.",
    steps: {
      writing: "Écriture de l’histoire",
      painting: "Peinture des images",
      paintingCount: "Peinture des images {done} sur {total}",
      narrating: "Enregistrement de la lecture",
      unrecorded:
        "Pas de lecture enregistrée : lisez-la à voix haute, ou laissez la voix de cet appareil le faire s’il en a une",
      deviceVoice: "La voix de cet appareil la lira à voix haute",
      noVoice: "Ni enregistrement ni voix sur cet appareil : c’est à vous de la lire",
      ready: "Prête",
    },
    picturePending: "Cette image est en train d’être peinte…",
    listen: {
      label: "Écouter",
      play: "Écouter",
      readAloud: "Lire à voix haute",
      pause: "Pause",
      resume: "Reprendre",
      bedtime: "Coucher",
      speed: "Vitesse",
      voice: "Voix",
      sleep: "Minuterie",
      sleepEnd: "Fin de l’histoire",
      sleep10: "10 minutes",
      sleep20: "20 minutes",
      more: "Vitesse, voix et minuterie",
      moreRecorded: "Vitesse et minuterie",
      needsScript:
        "Pour entendre cette histoire, activez JavaScript — ou lisez-la vous-même : votre voix est la plus belle.",
      looking: "Recherche d’une voix sur cet appareil…",
      noVoice:
        "Cet appareil n’a pas de voix en {language} : il ne peut pas lire cette histoire. Votre voix à vous est celle qu’ils préfèrent.",
      narrationPending: "La lecture enregistrée arrive bientôt",
      audioFallback: "Écouter la lecture",
      fading: "Tout doucement… dormez bien.",
      goodNight: "Fin. Bonne nuit.",
    },
    extrasLabel: "Encore avec cette histoire",
    pictureBook: "Livre d’images",
    keep: messages("fr").keepStory,
    stopKeeping: "Ne plus garder cette histoire",
    keptNote: "Gardée : cette histoire n’expirera pas.",
    keepNote: "Les histoires gardées n’expirent pas ; les autres s’endorment au bout de quelques nuits.",
    book: {
      documentTitle: "{title} (livre d’images)",
      back: "Retour à l’histoire",
      print: "Imprimer",
      pagesLabel: "Pages",
      previous: "Page précédente",
      next: "Page suivante",
      pageOf: "{n} sur {total}",
    },
  }),
  es: {
    lang: "es",
    failedTitle: "Este cuento se enredó",
    failedBody: "Algo salió mal mientras lo escribíamos, así que no hay nada a medias que leer.",
    failedWish:
      "Ese deseo no es del todo para un cuento de buenas noches. ¿Qué tal algo más tierno, como una manopla perdida o un dragón con sueño?",
    backHome: "Volver a los cuentos de esta noche",
    writingTitle: "Se está escribiendo un cuento",
    writingBody: "Esta página se completará sola. Suele tardar menos de un minuto.",
    steps: {
      writing: "Escribiendo el cuento",
      painting: "Pintando las ilustraciones",
      paintingCount: "Pintando las ilustraciones {done} de {total}",
      narrating: "Grabando la narración",
      unrecorded:
        "No hay narración grabada: léelo en voz alta, o deja que lo lea la voz de este dispositivo si tiene una",
      deviceVoice: "La voz de este dispositivo lo leerá en voz alta",
      noVoice: "Sin grabación y sin voz en este dispositivo: te toca leerlo a ti",
      ready: "Listo",
    },
    picturePending: "Pintando esta ilustración…",
    listen: {
      label: "Escuchar",
      play: "Escuchar",
      readAloud: "Leer en voz alta",
      pause: "Pausa",
      resume: "Continuar",
      bedtime: "Hora de dormir",
      speed: "Velocidad",
      voice: "Voz",
      sleep: "Temporizador",
      sleepEnd: "Fin del cuento",
      sleep10: "10 minutos",
      sleep20: "20 minutos",
      more: "Velocidad, voz y temporizador",
      moreRecorded: "Velocidad y temporizador",
      needsScript: "Para oír este cuento en voz alta, activa JavaScript, o léelo tú: tu voz es la que más les gusta.",
      looking: "Buscando una voz en este dispositivo…",
      noVoice:
        "Este dispositivo no tiene una voz en {language}, así que no puede leer este cuento. Tu propia voz es la que más les gusta.",
      narrationPending: "La narración está en camino",
      audioFallback: "Escuchar la narración",
      fading: "Cada vez más bajito… que duermas bien.",
      goodNight: "Fin. Buenas noches.",
    },
    extrasLabel: "Más con este cuento",
    pictureBook: "Libro ilustrado",
    keep: messages("es").keepStory,
    stopKeeping: "Dejar de guardar este cuento",
    keptNote: "Guardado: este cuento no caducará.",
    keepNote: "Los cuentos guardados no caducan; los demás se van a dormir al cabo de un par de noches.",
    book: {
      documentTitle: "{title} (libro ilustrado)",
      back: "Volver al cuento",
      print: "Imprimir",
      pagesLabel: "Páginas",
      previous: "Página anterior",
      next: "Página siguiente",
      pageOf: "{n} de {total}",
    },
  },
};

/**
 * The strings for a story's language: its base language's table, or English.
 * @example
 * storyPageText("fr-CA").listen.pause // "Pause"
 */
export function storyPageText(language: string): StoryPageText {
  const base = language.toLowerCase().split(/[-_]/)[0] as StoryPageLanguage;
  return STORY_PAGE_TEXT[base] ?? STORY_PAGE_TEXT.en;
}

/**
 * Fills `{name}` placeholders (read-along.js does the same with its own copy of this one line).
 * @example
 * fillText("{n} of {total}", { n: 2, total: 5 }) // "2 of 5"
 */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/**
 * The story's language named in the strings' language ("français" → "French" for English text),
 * lower-case as it sits inside a sentence in French and Spanish.
 * @example
 * languageName("fr", STORY_PAGE_TEXT.en) // "French"
 * languageName("de", STORY_PAGE_TEXT.fr) // "allemand"
 */
export function languageName(language: string, text: StoryPageText): string {
  try {
    return new Intl.DisplayNames([text.lang], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}
