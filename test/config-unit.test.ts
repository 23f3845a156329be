import { describe, expect, it } from "vitest";
import { readConfig } from "../src/lib/config";

/** Only what readConfig reads; everything else about Env is irrelevant here. */
const vars = (values: Record<string, string>) => values as unknown as Env;

describe("readConfig", () => {
  it("fills in the documented defaults when vars are empty", () => {
    const config = readConfig(vars({ OPENAI_API_KEY: "", AWS_ACCESS_KEY_ID: "", STORY_TTL_HOURS: "" }));
    expect(config).toMatchObject({
      publicBaseUrl: "http://localhost:8787",
      emailFrom: "stories@nightlight.example",
      ttlMs: 48 * 3_600_000,
      notifyDeadlineMs: 15 * 60_000,
      onDemandPerHour: 6,
      adminToken: "",
    });
    expect(config.openai).toBeUndefined();
    expect(config.polly).toBeUndefined();
  });

  it("takes decimals, trims the base URL's slashes and ignores nonsense numbers", () => {
    const config = readConfig(
      vars({
        PUBLIC_BASE_URL: " https://stories.example.com/// ",
        STORY_TTL_HOURS: "0.5",
        NOTIFY_DEADLINE_MINUTES: "-3",
        ON_DEMAND_PER_HOUR: "2.9",
      }),
    );
    expect(config.publicBaseUrl).toBe("https://stories.example.com");
    expect(config.ttlMs).toBe(30 * 60_000);
    expect(config.notifyDeadlineMs).toBe(15 * 60_000);
    expect(config.onDemandPerHour).toBe(2);
    expect(readConfig(vars({ STORY_TTL_HOURS: "forever" })).ttlMs).toBe(48 * 3_600_000);
  });

  it("turns on OpenAI with a key and Polly only with both AWS keys", () => {
    const config = readConfig(
      vars({ OPENAI_API_KEY: " sk-test ", OPENAI_BASE_URL: "", AWS_ACCESS_KEY_ID: "AKIA", AWS_SECRET_ACCESS_KEY: "" }),
    );
    expect(config.openai).toEqual({
      apiKey: "sk-test",
      baseURL: undefined,
      textModel: "gpt-4.1-mini",
      imageModel: "gpt-image-1-mini",
    });
    expect(config.polly).toBeUndefined();
    const polly = readConfig(
      vars({ AWS_ACCESS_KEY_ID: "AKIA", AWS_SECRET_ACCESS_KEY: "secret", AWS_ENDPOINT_URL_POLLY: "http://polly.test" }),
    ).polly;
    expect(polly).toEqual({
      region: "us-east-1",
      accessKeyId: "AKIA",
      secretAccessKey: "secret",
      endpoint: "http://polly.test",
    });
  });
});
