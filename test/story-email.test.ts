/**
 * The bedtime email as a parent reads it in a dark bedroom (issue 21): dark where the mail client
 * follows the reader's dark mode, light otherwise; greeted for the evening with the family's name
 * as each language says it; "read and listen" only when there is a recording to listen to.
 */
import { describe, expect, it } from "vitest";
import { type StoryEmailProps, storyEmail } from "../src/email/story-email";

function mail(overrides: Partial<StoryEmailProps> = {}) {
  return storyEmail({
    locale: "en",
    kind: "nightly",
    familyName: "The Willow Family",
    partOfDay: "afternoon",
    bedtime: "7:30 PM",
    title: "Pip and the Moon",
    storyLanguage: "en",
    opening: ["Pip looked up at the moon."],
    storyUrl: "https://nightlight.test/stories/abc",
    keptFor: "2 days",
    unsubscribeUrl: "https://nightlight.test/unsubscribe/x/y",
    settingsUrl: "https://nightlight.test/settings",
    ...overrides,
  });
}

describe("the bedtime email", () => {
  it("has a dark palette for clients in dark mode, and keeps the light one inline for the rest", () => {
    const { html } = mail();
    expect(html).toContain('<meta name="color-scheme" content="light dark"/>');
    expect(html).toContain('<meta name="supported-color-schemes" content="light dark"/>');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(style).toMatch(
      /@media \(prefers-color-scheme: dark\) \{[\s\S]*\.nl-card \{ background: #18234d !important;/,
    );
    // Outlook.com marks its dark mode on the elements instead.
    expect(style).toContain("[data-ogsc] .nl-card");
    expect(html).toMatch(/<body class="nl-body" style="margin:0;padding:24px 12px;background:#f6f1e7;/);
    expect(html).toMatch(/class="nl-card" style="max-width:560px;margin:0 auto;background:#fffdf8;/);
    expect(html).toMatch(/<a href="https:\/\/nightlight.test\/stories\/abc" class="nl-button"/);
  });

  it.each([
    ["en", "The Willow Family", "Good evening, Willow family,", "because the Willow Family asked"],
    ["fr", "Famille Martin", "Bonsoir à la famille Martin,", "a été demandée pour la famille Martin."],
    ["es", "Familia García", "Buenas noches, familia García:", "se pidió un cuento cada noche para la familia García."],
    ["fr", "Les Dupont", "Bonsoir les Dupont,", "pour les Dupont."],
  ] as const)(
    "greets a %s family called %s for the evening, as the language says its name",
    (locale, familyName, greeting, why) => {
      // Sent at 17:00 where the family is ("afternoon"): it is still the bedtime email.
      const { html, text } = mail({ locale, familyName, partOfDay: "afternoon" });
      expect(text.split("\n")[0]).toBe(greeting);
      expect(html).toContain(greeting.replace("’", "’"));
      expect(text.replace(/\s+/g, " ")).toContain(why.replace(/\s+/g, " "));
      expect(text).not.toMatch(/Good afternoon|The Willow|Bonjour|Buenas tardes|Bonsoir Famille|, Familia/);
    },
  );

  it("greets a story asked for by day by the time of day", () => {
    expect(mail({ kind: "on-demand", partOfDay: "morning" }).text).toMatch(/^Good morning, Willow family,/);
  });

  it("promises something to listen to only when the story has a recording", () => {
    expect(mail({ narrated: false }).text).toContain("Read it here: https://nightlight.test/stories/abc");
    expect(mail({ narrated: false }).text).not.toContain("listen");
    expect(mail({ narrated: true }).text).toContain("Read and listen: https://nightlight.test/stories/abc");
    expect(mail({ locale: "fr", narrated: false }).text).not.toContain("écouter");
    expect(mail({ locale: "es", narrated: false }).text).not.toContain("escuchar");
  });
});
