/**
 * Le catalogue français. On vouvoie les parents, partout. Écrit ici avec des espaces ordinaires
 * avant « ? ! : ; » et dans les guillemets : `frenchSpacing` (index.ts) les remplace par des
 * espaces insécables au chargement, pour garder ce fichier lisible.
 */
import type { Messages } from "./en";

const FAMILLE = /^(la\s+)?famille\s+/i;
/** « Famille Martin » dans une phrase : « la famille Martin » ; « Les Dupont » : « les Dupont ». */
function inSentence(name: string): string {
  return name.replace(FAMILLE, "la famille ").replace(/^Les\s+/, "les ");
}
/** Pour saluer : « Bonsoir à la famille Martin, », « Bonsoir les Dupont, », « Bonsoir Camille, ». */
function addressed(name: string): string {
  return FAMILLE.test(name) ? `à ${inSentence(name)}` : inSentence(name);
}

export const fr: Messages = {
  intl: "fr-FR",
  name: "Français",

  layout: {
    mainNav: "Menu principal",
    tell: "Raconter",
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
    invalidEmail: "Saisissez votre adresse e-mail, par exemple parent@example.com",
    notices: {
      "signed-out": "Vous voilà déconnecté.",
      "signed-out-everywhere": "Vous voilà déconnecté sur tous vos appareils.",
      deleted: "Votre famille et toutes ses histoires ont été supprimées. Dormez bien.",
    },
    sentTitle: "Consultez vos e-mails",
    sentBody: "Si {email} a un compte, un lien est en route. Il fonctionne une seule fois, pendant 15 minutes.",
    sentHelp: "Rien après quelques minutes ? Regardez dans les indésirables, ou demandez un autre lien.",
    otherAddress: "Utiliser une autre adresse",
    welcomeBack: "Bon retour parmi nous",
    signingInAs: "Connexion en tant que {email}.",
    join: (family: string) => `Rejoindre ${family}`,
    joinAndSignIn: "Rejoindre et se connecter",
    invitationTitle: (family: string) => `Une invitation à rejoindre ${family}`,
    invitationBody:
      "{email} est invité à rejoindre cette famille sur Nightlight, pour lire ses histoires du soir et aider à les choisir. N’acceptez que si vous la connaissez ; rien ne change tant que vous n’avez pas accepté.",
    acceptInvitation: "Rejoindre la famille",
    declineInvitation: "Non merci",
    declinedTitle: "Invitation refusée",
    declinedBody: "Rien n’a changé : vous ne faites pas partie de cette famille, et le lien ne fonctionne plus.",
    startTitle: "Créez votre famille",
    signingUpAs: "Inscription avec {email}. Vous pourrez tout modifier plus tard dans les réglages.",
    familyLabels: { name: "Nom de la famille", timezone: "Fuseau horaire", language: "Histoires en" },
    familyPlaceholder: "La famille Saule",
    startFamily: "Créer notre famille",
    problems: {
      unknown: {
        title: "Ce lien ne fonctionne pas",
        body: "Il a peut-être été coupé en le recopiant. Demandez-en un nouveau ci-dessous.",
      },
      used: {
        title: "Ce lien a déjà servi",
        body: "Chaque lien ne sert qu’une fois. Si ce n’était pas vous à l’instant, demandez-en un nouveau ci-dessous.",
      },
      expired: {
        title: "Ce lien a expiré",
        body: "Les liens ne fonctionnent que peu de temps, pour protéger votre famille. Demandez-en un nouveau ci-dessous.",
      },
      withdrawn: {
        title: "Cette invitation a été retirée",
        body: "La famille qui vous avait invité l’a reprise. Demandez-lui de vous inviter à nouveau.",
      },
      "no-account": {
        title: "Aucune famille pour cette adresse",
        body: "Elle a peut-être été retirée depuis l’envoi du lien. Demandez à votre famille de vous inviter à nouveau.",
      },
    },
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
    accountLink: "Qui fait partie de la famille, appareils connectés, supprimer la famille",
    castLink: "Les personnages et les lieux des histoires",
    lookingAfter: "Famille suivie",
    switchHousehold: "Changer de famille",
    stopLinks: {
      heading: "Liens « Ne plus recevoir les e-mails du soir »",
      hint: "Chaque e-mail du soir contient un lien qui arrête l’e-mail du soir. Si un e-mail est arrivé chez quelqu’un d’autre, désactivez les liens des e-mails déjà envoyés.",
      renew: "Désactiver les liens des e-mails envoyés",
      renewed: "C’est fait. Seuls les liens des prochains e-mails fonctionneront.",
    },
    podcast: {
      heading: "Écouter dans une application de podcasts",
      intro:
        "Vos histoires en podcast privé : ajoutez ce lien à une application de podcasts, et l’histoire du soir y sera à l’heure du coucher, prête à écouter écran éteint.",
      onlyNarrated:
        "Seules les histoires avec une narration enregistrée y figurent. Celles que lit la voix de l’appareil restent sur leur page.",
      noNarrator:
        "Ce Nightlight n’a pas de voix de lecture configurée : aucune histoire n’est enregistrée, et une application de podcasts ne trouverait rien ici. Chaque histoire se lit sur sa page, par vous ou par la voix de votre appareil. La personne qui gère Nightlight peut ajouter une voix (Amazon Polly ou Workers AI) ; le lien ci-dessous marchera dès qu’elle l’aura fait.",
      add: "Ajouter à l’application de podcasts",
      urlLabelLater: "Le lien du podcast, pour quand une voix sera ajoutée",
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

  account: {
    title: "Famille et connexion",
    membersHeading: "Qui fait partie de la famille",
    you: "vous",
    owner: "a créé la famille",
    remove: "Retirer",
    inviteLabel: "Inviter un autre parent",
    inviteHint:
      "Il reçoit un e-mail avec un lien ; il ne nous rejoint que s’il accepte. Le lien fonctionne une semaine.",
    inviteInvalid: "Saisissez son adresse e-mail, par exemple parent@example.com",
    sendInvite: "Envoyer l’invitation",
    leave: (family: string) => `Quitter ${family}`,
    onlyOneLeft: "Il ne reste que vous dans cette famille. Pour la fermer, supprimez la famille ci-dessous.",
    pendingHeading: "Invités, pas encore de réponse",
    pendingUntil: (email: string, date: string) => `${email}, jusqu’au ${date}`,
    withdraw: "Retirer",
    ownerStays: "Vous avez créé cette famille, vous y restez donc. Pour la fermer, supprimez la famille ci-dessous.",
    listener: "écoute seulement",
    signedInAs: (email: string) => `Connecté en tant que ${email}`,
    thisDevice: "cet appareil",
    signedIn: (when: string) => `connecté ${when}`,
    aBrowser: "Un navigateur",
    signOut: "Déconnecter",
    signOutEverywhere: "Se déconnecter partout",
    deleteHeading: (family: string) => `Supprimer ${family}`,
    deleteBody:
      "Cela supprime la famille pour tout le monde : ses membres, ses personnages, ses lieux et chaque histoire, image et enregistrement. C’est définitif.",
    deleteConfirm: (family: string) => `Pour confirmer, tapez le nom de la famille : ${family}`,
    removeRefused:
      "Seule la personne qui a créé la famille peut en retirer quelqu’un. Vous pouvez toujours la quitter vous-même.",
    deleteWrongName: (family: string) =>
      `Ce n’est pas le nom de la famille. Tapez exactement ${family} pour supprimer la famille.`,
    deleteButton: "Supprimer la famille pour toujours",
    notices: {
      withdrawn: "Invitation retirée. Son lien ne fonctionne plus.",
      invited: "Invitation envoyée. Le lien dans son e-mail lui permet de nous rejoindre.",
      removed: "Retiré de la famille. Cette personne ne voit plus ses histoires.",
      "signed-out-device": "Cet appareil est déconnecté.",
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
  keepStory: "Garder cette histoire",

  email: {
    subjectNightly: (title: string) => `L’histoire du soir : ${title}`,
    subjectOnDemand: (title: string) => `Votre histoire est prête : ${title}`,
    greeting: {
      morning: (family: string) => `Bonjour ${addressed(family)},`,
      afternoon: (family: string) => `Bonjour ${addressed(family)},`,
      evening: (family: string) => `Bonsoir ${addressed(family)},`,
    },
    readyNightly: (bedtime: string) => `L’histoire du soir est prête pour le coucher, à ${bedtime} :`,
    readyOnDemand: "L’histoire que vous avez demandée est prête :",
    readNightly: "Lire l’histoire du soir",
    readOnDemand: "Lire votre histoire",
    readAndListen: "À lire et à écouter :",
    readIt: "À lire ici :",
    buttonFallback: "Si le bouton ne s’ouvre pas, cette adresse mène à la même histoire :",
    quoted: (title: string) => `« ${title} »`,
    keptFor: (duration: string, button: string) =>
      `L’histoire reste disponible ${duration}. Pour la garder pour toujours, appuyez sur « ${button} » sur sa page.`,
    sleepWell: "Bonne nuit,",
    changeSettings: "Changer l’heure du coucher ou la langue",
    stopNightly: "Ne plus recevoir l’e-mail du soir",
    /** The plain-text footer's line, its colon spaced as the language does. */
    stopNightlyLine: (url: string) => `Ne plus recevoir l’e-mail du soir : ${url}`,
    whyReceived: (family: string) =>
      `Vous recevez cet e-mail parce qu’une histoire chaque soir a été demandée pour ${inSentence(family)}.`,
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
