/** Rows for tests, written to the real local D1 with the app's own drizzle schema. */
import { env } from "cloudflare:workers";
import { db } from "../../src/db/client";
import { type Asset, assets, type Household, households, type Story, stories } from "../../src/db/schema";
import { randomId } from "../../src/lib/ids";

export const T0 = Date.parse("2026-11-21T12:00:00Z");

export async function insertHousehold(overrides: Partial<Household> = {}): Promise<Household> {
  const row: Household = {
    id: randomId("hh", 9),
    name: "Test Family",
    email: "parent@example.com",
    timezone: "Europe/London",
    bedtime: "19:30",
    language: "en",
    childAge: 5,
    storyLength: "short",
    rhyming: false,
    illustrationStyle: "watercolor",
    voice: null,
    nextBedtimeAt: 0,
    nightlyEmail: true,
    feedToken: null,
    feedVersion: null,
    unsubscribeVersion: 1,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
  await db(env).insert(households).values(row);
  return row;
}

let nights = 0;
/** A different local date for each story, so nightly test stories never collide. */
function nextLocalDate(): string {
  return new Date(Date.UTC(2026, 0, 1) + nights++ * 86_400_000).toISOString().slice(0, 10);
}

export async function insertStory(overrides: Partial<Story> = {}): Promise<Story> {
  const row: Story = {
    id: randomId(),
    householdId: "hh_default",
    kind: "on-demand",
    localDate: nextLocalDate(),
    language: "en",
    status: "written",
    input: {},
    title: "Pip and the Sleepy Moon",
    scenes: [
      { paragraphs: ["Pip looked up at the moon."], illustration: "a red fox under a silver moon" },
      { paragraphs: ["The moon yawned a great big yawn."], illustration: "a yawning moon over a quiet forest" },
      { paragraphs: ["And everyone went to sleep."], illustration: "a fox curled up asleep in the ferns" },
    ],
    moral: "Even the moon needs a rest.",
    placeId: "sc_whispering_woods",
    characterIds: ["ch_pip"],
    providers: {},
    usage: { inputTokens: 0, outputTokens: 0, images: 0, pollyCharacters: 0 },
    error: null,
    attempts: 1,
    notify: false,
    notifiedAt: null,
    favorite: false,
    createdAt: T0,
    writtenAt: T0,
    publishedAt: T0,
    readyAt: null,
    expiresAt: Date.now() + 48 * 3_600_000,
    ...overrides,
  };
  await db(env).insert(stories).values(row);
  return row;
}

export async function insertAsset(
  overrides: Partial<Asset> & Pick<Asset, "storyId" | "kind" | "index">,
): Promise<Asset> {
  const [row] = await db(env)
    .insert(assets)
    .values({ status: "pending", createdAt: T0, ...overrides })
    .returning();
  return row as Asset;
}

/** Removes every household (and by cascade their characters, places, stories and assets). */
export async function clearHouseholds(): Promise<void> {
  await env.DB.prepare("DELETE FROM households").run();
}

/**
 * A finished story with its narration in R2 (real bytes, so sizes are real) and a ready audio
 * asset; `picture` adds a first picture of that type. Returns the story and the mp3's bytes.
 */
export async function insertNarratedStory(
  overrides: Partial<Story> = {},
  { bytes = 4096, durationMs, picture }: { bytes?: number; durationMs?: number; picture?: string } = {},
): Promise<{ story: Story; audio: Uint8Array }> {
  const story = await insertStory({ status: "ready", readyAt: Date.now(), ...overrides });
  const audio = crypto.getRandomValues(new Uint8Array(bytes));
  const r2Key = `stories/${story.id}/narration.mp3`;
  await env.MEDIA.put(r2Key, audio, {
    httpMetadata: { contentType: "audio/mpeg" },
    customMetadata: durationMs === undefined ? undefined : { durationMs: String(durationMs) },
  });
  await insertAsset({ storyId: story.id, kind: "audio", index: 0, status: "ready", r2Key, contentType: "audio/mpeg" });
  if (picture) {
    const ext = picture === "image/svg+xml" ? "svg" : picture.split("/")[1];
    const key = `stories/${story.id}/scene-0.${ext}`;
    await env.MEDIA.put(key, new Uint8Array([1, 2, 3]), { httpMetadata: { contentType: picture } });
    await insertAsset({
      storyId: story.id,
      kind: "image",
      index: 0,
      status: "ready",
      r2Key: key,
      contentType: picture,
    });
  }
  return { story, audio };
}
