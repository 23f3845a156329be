/**
 * Le catalogue français. On vouvoie les parents, partout. Écrit ici avec des espaces ordinaires
 * avant « ? ! : ; » et dans les guillemets : `frenchSpacing` (index.ts) les remplace par des
 * espaces insécables au chargement, pour garder ce fichier lisible.
 */
import type { Messages } from "./en";

export const fr: Messages = {
  intl: "fr-FR",
  name: "Français",

  layout: {
    mainNav: "Menu principal",
    tell: "Une histoire maintenant",
    cast: "Personnages",
    settings: "Réglages",
    family: "Famille",
    signOut: "Se déconnecter",
    languageLabel: "Langue de ces pages",
  },

  errorPage: {
    notFound: {
      title: "Nous n’avons pas trouvé cette histoire",
      body: "Le lien est peut-être mal recopié, ou l’histoire a été rangée.",
    },
    gone: {
      title: "Cette histoire s’est endormie",
      body: "Les histoires restent quelques nuits, puis elles sont rangées. Une nouvelle arrive à l’heure du coucher.",
    },
    server: { title: "Un souci de notre côté", body: "Merci de réessayer dans un instant." },
    badRequest: {
      title: "Cela n’a pas marché",
      body: "Quelque chose clochait dans cette demande. Merci de réessayer.",
    },
    tooLarge: { title: "C’était un peu trop long", body: "Raccourcissez ce que vous avez écrit, puis réessayez." },
    tooMany: { title: "Cela fait beaucoup d’un coup", body: "Patientez un peu, puis réessayez." },
    backHome: "Retour aux histoires du soir",
  },

  signIn: {
    title: "Connexion",
    heading: "Bienvenue sur Nightlight",
    intro: "Des histoires du soir pour votre famille, écrites, illustrées et lues à voix haute chaque soir.",
    submit: "Se connecter",
    email: "Votre adresse e-mail",
    sendLink: "Recevoir un lien de connexion",
    emailHint: "Nous vous enverrons par e-mail un lien pour vous connecter.",
    linkSent: (email: string) =>
      `Nous avons envoyé un lien de connexion à ${email}. Il fonctionne une seule fois, pendant 15 minutes.`,
    linkExpired: "Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau ci-dessous.",
    notMember:
      "Cette adresse ne figure encore sur la liste d’aucune famille. Demandez à la personne qui vous a invité.",
  },

  home: {
    title: "L’histoire du soir",
    tonight: "L’histoire du soir",
    onTheWay: "L’histoire du soir est en route.",
    arrivesAt: (time: string) => `L’histoire du soir arrive à ${time}.`,
    cannotWrite: (language: string, choices: string) =>
      `L’histoire du soir ne peut plus être écrite en ${language}. Choisissez ${choices} dans les réglages, ou demandez à la personne qui gère Nightlight pour vous de réactiver le conteur.`,
    tangled: "Celle-ci s’est emmêlée",
    beingWritten: "En cours d’écriture…",
    tellNow: "Une histoire maintenant",
    recent: "Histoires récentes",
    noStories: "Pas encore d’histoire. La première arrive à l’heure du coucher.",
    favourites: "Histoires gardées",
    noFavourites: "Les histoires que vous gardez restent ici, aussi vieilles soient-elles.",
    aFavourite: "(gardée)",
    nightly: "Histoire du soir",
    onDemand: "À la demande",
    castLink: "Personnages et lieux",
    settingsLink: "Réglages",
  },

  forms: {
    checkTheForm: "Merci de vérifier le formulaire",
    fieldProblem: (label: string, problem: string) => `${label} : ${problem}`,
    required: "Obligatoire",
    atMost: { one: "# caractère au maximum", other: "# caractères au maximum" },
    email: "Ce n’est pas une adresse e-mail",
    timezone: "Ce n’est pas un fuseau horaire (essayez Europe/Paris)",
    bedtime: "Au format 24 h HH:MM, par exemple 19:30",
    childAge: "De 1 à 12 ans",
    voice: "Un nom de voix, comme Lea",
    choose: "Choisissez dans la liste",
    tooManyCharacters: { one: "# personnage au maximum", other: "# personnages au maximum" },
    gentler:
      "Ce n’est pas tout à fait une histoire pour s’endormir. Et si on choisissait plus doux, comme une moufle perdue ou un dragon qui a sommeil ?",
  },

  settings: {
    title: "Réglages",
    saved: "Réglages enregistrés.",
    labels: {
      name: "Nom de la famille",
      email: "E-mail",
      childAge: "Âge de l’enfant",
      bedtime: "Heure du coucher",
      timezone: "Fuseau horaire",
      language: "Langue",
      storyLength: "Longueur de l’histoire",
      rhyming: "Histoire en rimes",
      illustrationStyle: "Style des images",
      voice: "Voix de lecture",
      nightlyEmail: "Recevoir l’histoire du soir par e-mail",
    },
    family: "Votre famille",
    emailHint: "Le lien de l’histoire du soir est envoyé à cette adresse.",
    nightlyEmailHint: "L’histoire est écrite chaque soir de toute façon ; elle vous attend sur la page d’accueil.",
    childAgeHint: "Les histoires choisissent leurs mots pour cet âge (de 1 à 12 ans).",
    bedtimeHeading: "Le coucher",
    bedtimeHint: "L’histoire arrive à cette heure-là chaque soir.",
    timezoneHint: "Tapez pour chercher dans la liste, classée par région.",
    useDeviceZone: "Utiliser le fuseau de cet appareil :",
    storyHeading: "L’histoire",
    languageHint: "La langue des histoires. Ces pages la suivent aussi.",
    voiceHint: "Laissez vide pour la voix habituelle de la langue.",
    lengths: {
      short: "Courte (deux minutes environ)",
      medium: "Moyenne (environ 3 minutes)",
      long: "Longue (environ 5 minutes)",
    },
    styles: {
      watercolor: "Aquarelle",
      crayon: "Crayons de couleur",
      storybook: "Livre illustré",
      "paper-cut": "Papier découpé",
      pastel: "Pastel doux",
      "night-sky": "Ciel de nuit",
    },
    regions: {
      Africa: "Afrique",
      America: "Amériques",
      Antarctica: "Antarctique",
      Arctic: "Arctique",
      Asia: "Asie",
      Atlantic: "Atlantique",
      Australia: "Australie",
      Europe: "Europe",
      Indian: "Océan Indien",
      Pacific: "Pacifique",
      Other: "Autres",
    },
    save: "Enregistrer les réglages",
    castLink: "Les personnages et les lieux des histoires",
    lookingAfter: "Famille suivie",
    switchHousehold: "Changer de famille",
    podcast: {
      heading: "Écouter dans une application de podcasts",
      intro:
        "Vos histoires en podcast privé : ajoutez ce lien à une application de podcasts, et l’histoire du soir y sera à l’heure du coucher, prête à écouter écran éteint.",
      onlyNarrated:
        "Seules les histoires avec une narration enregistrée y figurent. Celles que lit la voix de l’appareil restent sur leur page.",
      add: "Ajouter à l’application de podcasts",
      urlLabel: "Ou copiez ce lien dans votre application de podcasts",
      secret: "Toute personne qui a ce lien peut écouter : gardez-le en famille.",
      rotate: "Créer un nouveau lien",
      rotateHint: "L’ancien lien cesse aussitôt de fonctionner : ajoutez le nouveau à vos applications de podcasts.",
      rotated: "Voici un nouveau lien. L’ancien ne fonctionne plus.",
    },
  },

  cast: {
    title: "Personnages et lieux",
    intro: "Chaque soir, l’histoire choisit quelques personnages et un lieu dans ces listes.",
    characters: "Personnages",
    places: "Lieux",
    characterLabels: { name: "Nom", looks: "Apparence", personality: "Caractère" },
    placeLabels: { name: "Nom du lieu", description: "Description", timeOfDay: "Moment de la journée" },
    times: { morning: "Matin", afternoon: "Après-midi", evening: "Soir", night: "Nuit" },
    looksHint: "Ce que montrent les images : « un petit renard roux avec une écharpe verte ».",
    personalityHint: "Sa façon d’être : « curieux et courageux ».",
    descriptionHint: "À quoi il ressemble : « une plage tranquille avec des flaques entre les rochers ».",
    addCharacterHeading: "Ajouter un personnage",
    addCharacter: "Ajouter le personnage",
    addPlaceHeading: "Ajouter un lieu",
    addPlace: "Ajouter le lieu",
    edit: "Modifier",
    editTitle: (name: string) => `Modifier ${name}`,
    back: "Retour aux personnages et aux lieux",
    saveCharacter: "Enregistrer le personnage",
    savePlace: "Enregistrer le lieu",
    deleteOpen: "Supprimer…",
    deleteCharacterQuestion: (name: string) =>
      `Supprimer ${name} définitivement ? Les histoires déjà racontées le gardent ; les nouvelles, non.`,
    deletePlaceQuestion: (name: string) =>
      `Supprimer ${name} définitivement ? Les histoires déjà racontées le gardent ; les nouvelles, non.`,
    delete: (name: string) => `Supprimer ${name}`,
    lastCharacter: (name: string) =>
      `Une histoire a besoin d’au moins un personnage : ${name} reste donc. Ajoutez d’abord un autre personnage.`,
    lastPlace: (name: string) =>
      `Une histoire a besoin d’au moins un lieu : ${name} reste donc. Ajoutez d’abord un autre lieu.`,
    notices: {
      "character-added": "Personnage ajouté.",
      "character-saved": "Personnage enregistré.",
      "character-deleted": "Personnage supprimé.",
      "place-added": "Lieu ajouté.",
      "place-saved": "Lieu enregistré.",
      "place-deleted": "Lieu supprimé.",
    },
  },

  tell: {
    title: "Une histoire maintenant",
    intro: "Faites un vœu, ou laissez-nous faire. L’histoire est en général prête en une minute environ.",
    prompt: "De quoi parlera l’histoire de ce soir ?",
    promptHint: (max: number) =>
      `Facultatif, ${max} caractères au maximum : « une moufle perdue », « un dragon qui n’arrive pas à dormir ».`,
    language: "Langue",
    characters: "Personnages",
    charactersHint: "Choisissez-en jusqu’à six, ou aucun et nous choisirons.",
    noCharactersBefore: "Pas encore de personnage : ",
    noCharactersLink: "ajoutez-en sur la page Personnages",
    noCharactersAfter: ", ou laissez-nous vous surprendre.",
    place: "Lieu",
    surpriseMe: "Surprenez-moi",
    notify: "M’envoyer un e-mail quand elle est prête",
    submit: "Raconter l’histoire",
    checkTheForm: "Merci de vérifier le formulaire.",
    fieldNames: {
      prompt: "L’idée d’histoire",
      language: "Langue",
      characterIds: "Personnages",
      placeId: "Lieu",
      notify: "E-mail",
    },
    chooseLanguage: "Choisissez une des langues de la liste",
    choosePlace: "Choisissez un des lieux de la liste",
    tryGentler: "Essayez quelque chose de plus doux.",
    unknownCharacters: "Certains de ces personnages n’existent plus dans votre famille. Choisissez à nouveau.",
    unknownPlace: "Ce lieu n’existe plus dans votre famille. Choisissez-en un autre.",
    tooMany: (perHour: number) =>
      `Cela fait beaucoup d’histoires ! Une famille peut en demander ${perHour} par heure : réessayez un peu plus tard.`,
  },

  feed: {
    title: (family: string) => `Histoires du soir pour ${family}`,
    description: (family: string) =>
      `Les histoires du soir de ${family}, lues à voix haute par Nightlight. Un flux privé : merci de ne pas le partager.`,
  },

  email: {
    subjectNightly: (title: string) => `L’histoire du soir : ${title}`,
    subjectOnDemand: (title: string) => `Votre histoire est prête : ${title}`,
    greeting: {
      morning: (family: string) => `Bonjour ${family},`,
      afternoon: (family: string) => `Bonjour ${family},`,
      evening: (family: string) => `Bonsoir ${family},`,
    },
    readyNightly: (bedtime: string) => `L’histoire du soir est prête pour le coucher, à ${bedtime} :`,
    readyOnDemand: "L’histoire que vous avez demandée est prête :",
    readNightly: "Lire l’histoire du soir",
    readOnDemand: "Lire votre histoire",
    readAndListen: "À lire et à écouter :",
    buttonFallback: "Si le bouton ne s’ouvre pas, cette adresse mène à la même histoire :",
    quoted: (title: string) => `« ${title} »`,
    keptFor: (duration: string) =>
      `L’histoire reste disponible ${duration}. Pour la garder pour toujours, appuyez sur « Garder cette histoire » sur sa page.`,
    sleepWell: "Bonne nuit,",
    changeSettings: "Changer l’heure du coucher ou la langue",
    stopNightly: "Ne plus recevoir l’e-mail du soir",
    whyReceived: (family: string) => `Vous recevez cet e-mail parce que ${family} a demandé une histoire chaque soir.`,
  },
  unsubscribe: {
    title: "E-mails du soir",
    heading: (family: string) => `Ne plus envoyer l’e-mail du soir à ${family} ?`,
    body: "L’histoire est toujours écrite chaque soir et vous attend sur la page d’accueil. Les histoires que vous demandez vous-même sont toujours envoyées par e-mail.",
    confirm: "Ne plus recevoir l’e-mail du soir",
    doneHeading: "L’e-mail du soir est désactivé",
    doneBody: "Nous n’enverrons plus l’histoire du soir par e-mail. Vous pouvez le réactiver dans les réglages.",
    alreadyOff: "L’e-mail du soir est déjà désactivé pour cette famille.",
    settingsLink: "Ouvrir les réglages",
  },
};
