import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOpenAIModerator } from "../src/providers/moderation/openai";
import { wordListModerator } from "../src/providers/moderation/word-list";
import { ProviderError } from "../src/providers/types";

const BASE_URL = "https://llm.test/v1";
const MODERATIONS = `${BASE_URL}/moderations`;
const config = { apiKey: "sk-test", baseURL: BASE_URL, textModel: "story-model-1", imageModel: "image-model-1" };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CATEGORIES = [
  "harassment",
  "harassment/threatening",
  "hate",
  "hate/threatening",
  "illicit",
  "illicit/violent",
  "self-harm",
  "self-harm/intent",
  "self-harm/instructions",
  "sexual",
  "sexual/minors",
  "violence",
  "violence/graphic",
];

/** One moderation result with the given categories set. */
function result(...flaggedCategories: string[]) {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, flaggedCategories.includes(c)]));
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, flaggedCategories.includes(c) ? 0.9 : 0.01]));
  return {
    flagged: flaggedCategories.length > 0,
    categories,
    category_scores: scores,
    category_applied_input_types: {},
  };
}

/** Answers the moderation endpoint with the given results and records request bodies. */
function serve(results: ReturnType<typeof result>[]) {
  const bodies: { model: string; input: string[] }[] = [];
  server.use(
    http.post(MODERATIONS, async ({ request }) => {
      bodies.push((await request.json()) as { model: string; input: string[] });
      return HttpResponse.json({ id: "modr-test", model: "omni-moderation-latest", results });
    }),
  );
  return bodies;
}

describe("OpenAI moderator", () => {
  it("sends every text to omni-moderation-latest and passes clean text", async () => {
    const bodies = serve([result(), result()]);
    const moderator = createOpenAIModerator(config);
    const verdict = await moderator.check(["The Sleepy Moon", "Pip shares his blanket."]);
    expect(moderator.name).toBe("openai-moderation");
    expect(bodies).toEqual([
      { model: "omni-moderation-latest", input: ["The Sleepy Moon", "Pip shares his blanket."] },
    ]);
    expect(verdict).toEqual({ flagged: false, reasons: [] });
  });

  it("flags when any one text is flagged, with readable reasons grouped by family", async () => {
    serve([result(), result("violence", "violence/graphic", "self-harm/intent"), result("sexual")]);
    const verdict = await createOpenAIModerator(config).check(["fine", "not fine", "also not fine"]);
    expect(verdict.flagged).toBe(true);
    expect(verdict.reasons).toEqual(["self-harm", "violence", "sexual content"]);
  });

  it("maps a rate limit to a retryable ProviderError and a bad key to a final one", async () => {
    for (const [status, retryable] of [
      [429, true],
      [401, false],
    ] as const) {
      server.use(http.post(MODERATIONS, () => HttpResponse.json({ error: { message: "nope" } }, { status })));
      const error = await createOpenAIModerator(config)
        .check(["hello"])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect((error as ProviderError).retryable).toBe(retryable);
      expect((error as ProviderError).status).toBe(status);
    }
  });

  it("does not call the API for empty input", async () => {
    // Any request would fail the test: onUnhandledRequest is "error" and no handler is set.
    expect(await createOpenAIModerator(config).check(["", "   "])).toEqual({ flagged: false, reasons: [] });
  });
});

describe("word-list moderator", () => {
  it("flags violence and weapons with readable reasons", async () => {
    const verdict = await wordListModerator.check(["a story with a gun and blood"]);
    expect(wordListModerator.name).toBe("word-list");
    expect(verdict.flagged).toBe(true);
    expect(verdict.reasons).toEqual(expect.arrayContaining(["violence", "weapons"]));
    expect(verdict.reasons).toHaveLength(2);
  });

  it("passes a gentle story", async () => {
    expect(
      await wordListModerator.check([
        "A brave little fox shares his blanket.",
        "Everyone sang a lullaby and fell asleep.",
      ]),
    ).toEqual({
      flagged: false,
      reasons: [],
    });
  });

  it("ignores case and accents, in French and Spanish too", async () => {
    expect(await wordListModerator.check(["Il a trouvé de la COCAÏNE"])).toEqual({
      flagged: true,
      reasons: ["drugs and alcohol"],
    });
    expect(await wordListModerator.check(["un cuchillo y una pistola"])).toEqual({
      flagged: true,
      reasons: ["weapons"],
    });
    expect((await wordListModerator.check(["Le loup a tué le mouton."])).reasons).toEqual(["violence"]);
    expect((await wordListModerator.check(["¡Cocaína!"])).flagged).toBe(true);
  });

  it("matches whole words only, so innocent words are not flagged", async () => {
    const innocent = [
      "She has a great skill for drawing.",
      "They drove through Sussex to visit a therapist.",
      "A bunch of grapes, a grape each.",
      "The gunwale of the boat shone and a knifefish swam by.",
      "She had drunk her warm milk.",
    ];
    expect(await wordListModerator.check(innocent)).toEqual({ flagged: false, reasons: [] });
    // The same sentence with a listed word in it is caught.
    expect((await wordListModerator.check(["The guns of the boat shone."])).reasons).toEqual(["weapons"]);
  });

  it("matches phrases across punctuation but not across separate texts", async () => {
    expect((await wordListModerator.check(["They spoke of self-harm."])).reasons).toEqual(["self-harm"]);
    expect((await wordListModerator.check(["a DEAD, body"])).reasons).toEqual(["violence"]);
    expect((await wordListModerator.check(["dead", "body"])).flagged).toBe(false);
  });
});
