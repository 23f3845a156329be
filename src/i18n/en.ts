/**
 * Every word the app's pages, forms and bedtime email say, in English. This file is the source of
 * keys: `Messages` is its type, and fr.ts / es.ts must satisfy it, so a missing or extra key is a
 * compile error. Words that wrap a value are small functions; the story page keeps its own words
 * in src/pages/story-page-text.ts.
 *
 * Plain ASCII apostrophes here on purpose: the English pages' tests (and the HTML they compare)
 * were written against them.
 */
export const en = {
  /** The BCP 47 tag `Intl` formats dates, times, numbers and plurals with. */
  intl: "en-GB",
  /** This language's own name, for the language switch. */
  name: "English",

  layout: {
    mainNav: "Main",
    /** Short: the four links and "Sign out" must fit a 390 px phone (the home page says it in full). */
    tell: "New story",
    cast: "Characters",
    settings: "Settings",
    family: "Family",
    signOut: "Sign out",
    /** The switch at the foot of every page. */
    languageLabel: "Language of these pages",
  },

  errorPage: {
    notFound: { title: "We couldn't find that story", body: "The link may be mistyped, or the story was tidied away." },
    gone: {
      title: "This story has gone to sleep",
      body: "Stories stay for a couple of nights, then they are tidied away. A new one comes at bedtime.",
    },
    server: { title: "Something went wrong", body: "Please try again in a moment." },
    badRequest: {
      title: "That did not work",
      body: "Something in that request was not quite right. Please try again.",
    },
    tooLarge: { title: "That was too much to take in", body: "Please shorten what you wrote and try again." },
    tooMany: { title: "That's a lot at once", body: "Please wait a little, then try again." },
    backHome: "Back to tonight's stories",
  },

  signIn: {
    title: "Sign in",
    heading: "Welcome to Nightlight",
    intro: "Bedtime stories for your family, written, painted and read aloud each night.",
    submit: "Sign in",
    email: "Your email address",
    sendLink: "Email me a sign-in link",
    emailHint: "We’ll email you a link to sign in.",
    invalidEmail: "Type your email address, like parent@example.com",
    /** Fixed notices for `/sign-in?done=…`. */
    notices: {
      "signed-out": "You're signed out.",
      "signed-out-everywhere": "You're signed out on every device.",
      deleted: "Your family and all its stories have been deleted. Sleep well.",
    },
    /** The page after asking for a link; `{email}` is shown in bold. */
    sentTitle: "Check your email",
    sentBody: "If {email} has an account, a link is on its way. It works once, for 15 minutes.",
    sentHelp: "Nothing after a few minutes? Look in the spam folder, or ask for another link.",
    otherAddress: "Use a different address",
    /** The page the emailed link opens. */
    welcomeBack: "Welcome back",
    signingInAs: "Signing in as {email}.",
    join: (family: string) => `Join ${family}`,
    joinAndSignIn: "Join and sign in",
    invitationTitle: (family: string) => `An invitation to ${family}`,
    invitationBody:
      "{email} is invited to join this family on Nightlight, to read its bedtime stories and help choose them. Join only if you know them; nothing changes unless you do.",
    acceptInvitation: "Join the family",
    declineInvitation: "No thanks",
    declinedTitle: "Invitation declined",
    declinedBody: "Nothing has changed: you are not in that family, and the link no longer works.",
    startTitle: "Start your family",
    signingUpAs: "Signing up as {email}. You can change all of this later in Settings.",
    familyLabels: { name: "Family name", timezone: "Time zone", language: "Stories in" },
    familyPlaceholder: "The Willow Family",
    startFamily: "Start our family",
    /** A link that can't be used. */
    problems: {
      unknown: {
        title: "That link doesn't work",
        body: "It may have been cut short when it was copied. Ask for a new one below.",
      },
      used: {
        title: "That link has been used",
        body: "Each link signs in once. If that wasn't you a moment ago, ask for a new one below.",
      },
      expired: {
        title: "That link has expired",
        body: "Links work for a short while only, to keep your family safe. Ask for a new one below.",
      },
      withdrawn: {
        title: "That invitation was withdrawn",
        body: "The family that invited you has taken it back. Ask them to invite you again.",
      },
      "no-account": {
        title: "There is no family for this address",
        body: "It may have been removed since the link was sent. Ask your family to invite you again.",
      },
    },
  },

  home: {
    title: "Tonight's story",
    tonight: "Tonight's story",
    onTheWay: "Tonight's story is on its way.",
    arrivesAt: (time: string) => `Tonight's story arrives at ${time}.`,
    /** The household's language is one the storyteller can't write (e.g. an OpenAI key was removed). */
    cannotWrite: (language: string, choices: string) =>
      `Tonight's story can't be written in ${language} any more. Choose ${choices} in Settings, or ask whoever runs Nightlight for you to turn the storyteller back on.`,
    tangled: "This one got tangled",
    beingWritten: "Being written…",
    tellNow: "Tell a story now",
    recent: "Recent stories",
    noStories: "No stories yet. The first one comes at bedtime.",
    favourites: "Favourites",
    noFavourites: "Stories you mark as favourites are kept here, however old they get.",
    aFavourite: "(a favourite)",
    nightly: "Bedtime story",
    onDemand: "Asked for",
    castLink: "Characters and places",
    settingsLink: "Settings",
  },

  forms: {
    checkTheForm: "Please check the form",
    /** One line of the error summary: the field's label, then what is wrong with it. */
    fieldProblem: (label: string, problem: string) => `${label}: ${problem}`,
    /** Field messages, by what went wrong (src/i18n/form-errors.ts picks one). */
    required: "Required",
    atMost: { one: "At most # character", other: "At most # characters" },
    email: "Not an email address",
    timezone: "Not a time zone (try Europe/London)",
    bedtime: "Use 24-hour HH:MM, like 19:30",
    childAge: "Ages 1 to 12",
    voice: "A voice name like Joanna",
    choose: "Choose one from the list",
    tooManyCharacters: { one: "At most # character", other: "At most # characters" },
    /** A wish, character or place the moderator refused. */
    gentler:
      "That isn't quite right for a bedtime story. How about something gentler, like a lost mitten or a sleepy dragon?",
  },

  settings: {
    title: "Settings",
    saved: "Settings saved.",
    labels: {
      name: "Family name",
      email: "Email",
      childAge: "Child's age",
      bedtime: "Bedtime",
      timezone: "Time zone",
      language: "Language",
      storyLength: "Story length",
      rhyming: "Rhyming story",
      illustrationStyle: "Picture style",
      voice: "Narration voice",
      nightlyEmail: "Email tonight's story at bedtime",
    },
    family: "Your family",
    emailHint: "Tonight's story link is sent here.",
    nightlyEmailHint: "The story is written every night either way; it waits on the home page.",
    childAgeHint: "Stories use words for this age (1 to 12).",
    bedtimeHeading: "Bedtime",
    bedtimeHint: "The story arrives at this time each night.",
    timezoneHint: "Type to search in the list, grouped by region.",
    useDeviceZone: "Use this device's time zone:",
    storyHeading: "The story",
    languageHint: "The language stories are told in. These pages follow it too.",
    voiceHint: "Leave empty for the language's usual voice.",
    lengths: {
      short: "Short (a couple of minutes)",
      medium: "Medium (about 3 minutes)",
      long: "Long (about 5 minutes)",
    },
    styles: {
      watercolor: "Watercolour",
      crayon: "Crayon",
      storybook: "Storybook",
      "paper-cut": "Paper cut-outs",
      pastel: "Soft pastel",
      "night-sky": "Night sky",
    },
    /** Time-zone regions, the first part of an IANA name. */
    regions: {
      Africa: "Africa",
      America: "Americas",
      Antarctica: "Antarctica",
      Arctic: "Arctic",
      Asia: "Asia",
      Atlantic: "Atlantic",
      Australia: "Australia",
      Europe: "Europe",
      Indian: "Indian Ocean",
      Pacific: "Pacific",
      Other: "Other",
    },
    save: "Save settings",
    accountLink: "Who's in the family, signed-in devices, deleting the family",
    castLink: "Characters and places in the stories",
    lookingAfter: "Looking after",
    switchHousehold: "Switch household",
    stopLinks: {
      heading: "“Stop nightly emails” links",
      hint: "Every bedtime email has a link that turns the nightly email off. If an email went to someone else, make the links in emails sent so far stop working.",
      renew: "Void the links in sent emails",
      renewed: "Done. Only the links in emails from now on will work.",
    },
    podcast: {
      heading: "Listen in a podcast app",
      intro:
        "Your stories as a private podcast: add this link to a podcast app and tonight's story is there at bedtime, ready to play with the screen off.",
      onlyNarrated:
        "Only stories with recorded narration appear. Stories read by this device's own voice stay on their page.",
      /** Shown instead of the offer when this Nightlight has no narration voice: the feed would stay empty. */
      noNarrator:
        "This Nightlight has no narration voice set up, so no story is recorded and a podcast app would find nothing here: each story is read on its page, by you or by your device's voice. Whoever runs Nightlight can add a voice (Amazon Polly or Workers AI); the link below works as soon as they do.",
      add: "Add to podcast app",
      urlLabel: "Or copy this link into your podcast app",
      /** The same field's label when there is no narrator yet (no "Add" button for it to follow). */
      urlLabelLater: "The podcast's link, for when a voice is added",
      secret: "Anyone with this link can listen, so keep it to the family.",
      rotate: "Make a new link",
      rotateHint: "The old link stops working at once: add the new one to your podcast apps again.",
      rotated: "Here is a new link. The old one no longer works.",
    },
  },

  cast: {
    title: "Characters and places",
    intro: "Each night's story picks a few characters and one place from these lists.",
    characters: "Characters",
    places: "Places",
    characterLabels: { name: "Name", looks: "Looks", personality: "Personality" },
    placeLabels: { name: "Place name", description: "Description", timeOfDay: "Time of day" },
    times: { morning: "Morning", afternoon: "Afternoon", evening: "Evening", night: "Night" },
    looksHint: "What the pictures show: “a small red fox with a green scarf”.",
    personalityHint: "How they behave: “curious and brave”.",
    descriptionHint: "What it looks like: “a quiet beach with rock pools”.",
    addCharacterHeading: "Add a character",
    addCharacter: "Add character",
    addPlaceHeading: "Add a place",
    addPlace: "Add place",
    edit: "Edit",
    editTitle: (name: string) => `Edit ${name}`,
    back: "Back to characters and places",
    saveCharacter: "Save character",
    savePlace: "Save place",
    /** The confirm step: a <details> that opens on "Delete…", so it works without JavaScript. */
    deleteOpen: "Delete…",
    deleteCharacterQuestion: (name: string) =>
      `Delete ${name} for good? Stories already told keep them; new ones won't.`,
    deletePlaceQuestion: (name: string) => `Delete ${name} for good? Stories already told keep it; new ones won't.`,
    delete: (name: string) => `Delete ${name}`,
    lastCharacter: (name: string) =>
      `Stories need at least one character, so ${name} stays. Add another character first.`,
    lastPlace: (name: string) => `Stories need at least one place, so ${name} stays. Add another place first.`,
    notices: {
      "character-added": "Character added.",
      "character-saved": "Character saved.",
      "character-deleted": "Character deleted.",
      "place-added": "Place added.",
      "place-saved": "Place saved.",
      "place-deleted": "Place deleted.",
    },
  },

  account: {
    title: "Family and sign-in",
    membersHeading: "Who's in the family",
    you: "you",
    owner: "started the family",
    remove: "Remove",
    inviteLabel: "Invite a co-parent",
    inviteHint: "They get an email with a link; they join only if they accept. It works for a week.",
    inviteInvalid: "Type their email address, like parent@example.com",
    sendInvite: "Send invitation",
    leave: (family: string) => `Leave ${family}`,
    onlyOneLeft: "You're the only one left in this family. To close it, delete the family below.",
    pendingHeading: "Invited, no answer yet",
    pendingUntil: (email: string, date: string) => `${email}, until ${date}`,
    withdraw: "Withdraw",
    ownerStays: "You started this family, so you stay in it. To close it, delete the family below.",
    listener: "listens only",
    signedInAs: (email: string) => `Signed in as ${email}`,
    /** A session's line: "this device, signed in yesterday" (`when` from Intl.RelativeTimeFormat). */
    thisDevice: "this device",
    signedIn: (when: string) => `signed in ${when}`,
    /** A session whose browser did not say what it is. */
    aBrowser: "A browser",
    signOut: "Sign out",
    signOutEverywhere: "Sign out everywhere",
    deleteHeading: (family: string) => `Delete ${family}`,
    deleteBody:
      "This deletes the family for everyone in it: its members, characters, places, every story, picture and recording. It can't be undone.",
    deleteConfirm: (family: string) => `To confirm, type the family name: ${family}`,
    removeRefused:
      "Only the person who started the family can remove someone from it. You can still leave it yourself.",
    deleteWrongName: (family: string) => `That isn't the family name. Type ${family} exactly to delete the family.`,
    deleteButton: "Delete the family for good",
    /** Fixed notices for `/account?done=…`. */
    notices: {
      withdrawn: "Invitation withdrawn. Its link no longer works.",
      invited: "Invitation sent. They can join with the link in their email.",
      removed: "Removed from the family. They can no longer see its stories.",
      "signed-out-device": "That device is signed out.",
    },
  },

  tell: {
    title: "Tell a story now",
    intro: "Make a wish, or leave it all to us. The story is usually ready in about a minute.",
    prompt: "What should tonight's story be about?",
    promptHint: (max: number) => `Optional, up to ${max} characters: “a lost mitten”, “a dragon who can't sleep”.`,
    language: "Language",
    characters: "Characters",
    charactersHint: "Pick up to six, or none and we'll choose.",
    noCharactersBefore: "No characters yet: ",
    noCharactersLink: "add some on the Characters page",
    noCharactersAfter: ", or let us surprise you.",
    place: "Place",
    surpriseMe: "Surprise me",
    notify: "Email me when it's ready",
    submit: "Tell the story",
    checkTheForm: "Please check the form.",
    /** How the alert names a field (short forms of the labels). */
    fieldNames: {
      prompt: "The story idea",
      language: "Language",
      characterIds: "Characters",
      placeId: "Place",
      notify: "Email me",
    },
    chooseLanguage: "Choose one of the languages in the list",
    choosePlace: "Choose one of the places in the list",
    tryGentler: "Try something gentler.",
    /** A stale form: a character or place deleted since it was shown. */
    unknownCharacters: "Unknown characters for this household",
    unknownPlace: "Unknown place for this household",
    tooMany: (perHour: number) =>
      `That's a lot of stories! This family can ask for ${perHour} an hour — try again a little later.`,
  },

  /** The private podcast feed (src/routes/feeds.ts). */
  feed: {
    title: (family: string) => `Bedtime stories for ${family}`,
    description: (family: string) =>
      `The bedtime stories of ${family}, read aloud by Nightlight. A private feed: please don't share it.`,
  },
  /** The story page's favourite button, which the bedtime email names too. */
  keepStory: "Keep this story",

  email: {
    subjectNightly: (title: string) => `Tonight's story: ${title}`,
    subjectOnDemand: (title: string) => `Your story is ready: ${title}`,
    greeting: {
      morning: (family: string) => `Good morning, ${addressed(family)},`,
      afternoon: (family: string) => `Good afternoon, ${addressed(family)},`,
      evening: (family: string) => `Good evening, ${addressed(family)},`,
    },
    readyNightly: (bedtime: string) => `Tonight's story is ready for bedtime at ${bedtime}:`,
    readyOnDemand: "The story you asked for is ready:",
    readNightly: "Read tonight's story",
    readOnDemand: "Read your story",
    readAndListen: "Read and listen:",
    /** The plain-text link when nothing was recorded: the story is for reading. */
    readIt: "Read it here:",
    buttonFallback: "If the button does not open, this address leads to the same story:",
    /** The title quoted in the plain-text email. */
    quoted: (title: string) => `“${title}”`,
    /** `button` is `keepStory` above: the story page shows the family's parents that same button, in the family's language. */
    keptFor: (duration: string, button: string) =>
      `The story stays for ${duration}. To keep it for good, press “${button}” on its page.`,
    sleepWell: "Sleep well,",
    /** The nightly email's footer: one-click unsubscribe, visible too. */
    changeSettings: "Change the bedtime or language",
    stopNightly: "Stop nightly emails",
    /** The plain-text footer's line, its colon spaced as the language does. */
    stopNightlyLine: (url: string) => `Stop nightly emails: ${url}`,
    whyReceived: (family: string) => `You receive this because ${inSentence(family)} asked for a story every night.`,
  },
  unsubscribe: {
    title: "Nightly emails",
    heading: (family: string) => `Stop nightly emails for ${family}?`,
    body: "Stories are still written each night and wait on your home page. Stories you ask for yourself are still emailed.",
    confirm: "Stop nightly emails",
    doneHeading: "Nightly emails are off",
    doneBody: "We won't email tonight's story any more. You can turn the emails back on in Settings.",
    alreadyOff: "Nightly emails are already off for this family.",
    settingsLink: "Open Settings",
  },
};

/**
 * A family's name as English greets it ("The Willow Family" → "Willow family": "Good evening,
 * Willow family,") and as it sits inside a sentence ("because the Willow Family asked…").
 */
function addressed(name: string): string {
  return name.replace(/^the\s+/i, "").replace(/\s+Family$/, " family");
}
function inSentence(name: string): string {
  return name.replace(/^The\s+/, "the ");
}

/** The shape every language's catalogue has (fr.ts and es.ts are checked against it). */
export type Messages = typeof en;
