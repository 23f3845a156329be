import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { CATCH_UP_MS, claimDueStories } from "../src/schedule/claim";
import { clearHouseholds, insertHousehold } from "./helpers/fixtures";

const TTL = 48 * 3_600_000;
const at = (iso: string) => Date.parse(iso);

async function nightlyStories() {
  const { results } = await env.DB.prepare(
    "SELECT household_id, local_date, kind, status FROM stories WHERE kind = 'nightly' ORDER BY household_id",
  ).all<{
    household_id: string;
    local_date: string;
  }>();
  return results;
}

async function nextBedtimeOf(id: string) {
  return (
    await env.DB.prepare("SELECT next_bedtime_at AS n FROM households WHERE id = ?").bind(id).first<{ n: number }>()
  )?.n;
}

beforeEach(clearHouseholds);

describe("due households", () => {
  it("claims only households whose local bedtime has come, each in its own time zone", async () => {
    await insertHousehold({ id: "hh_london", timezone: "Europe/London", bedtime: "19:30" });
    await insertHousehold({ id: "hh_tokyo", timezone: "Asia/Tokyo", bedtime: "19:30" });
    await insertHousehold({ id: "hh_la", timezone: "America/Los_Angeles", bedtime: "19:30" });

    // 19:35 in London (GMT) is 04:35 in Tokyo and 11:35 in Los Angeles.
    const claimed = await claimDueStories(env, at("2026-11-21T19:35:00Z"), TTL);

    expect(claimed.map((c) => c.householdId)).toEqual(["hh_london"]);
    expect(await nightlyStories()).toMatchObject([{ household_id: "hh_london", local_date: "2026-11-21" }]);
  });

  it("records the local date of the bedtime, not the UTC date", async () => {
    // 19:30 in Los Angeles on 21 November is 03:30 UTC on the 22nd.
    await insertHousehold({ id: "hh_la", timezone: "America/Los_Angeles", bedtime: "19:30" });
    await claimDueStories(env, at("2026-11-22T03:40:00Z"), TTL);
    expect(await nightlyStories()).toMatchObject([{ household_id: "hh_la", local_date: "2026-11-21" }]);
  });

  it("is not due a minute before bedtime, and is due at bedtime", async () => {
    await insertHousehold({ id: "hh_london", timezone: "Europe/London", bedtime: "19:30" });
    expect(await claimDueStories(env, at("2026-11-21T19:29:00Z"), TTL)).toHaveLength(0);
    expect(await claimDueStories(env, at("2026-11-21T19:30:00Z"), TTL)).toHaveLength(1);
  });

  it("follows a DST change: New York's 19:30 is 00:30Z before the spring change and 23:30Z after", async () => {
    await insertHousehold({ id: "hh_ny", timezone: "America/New_York", bedtime: "19:30" });
    // Saturday 7 March 2026, EST (UTC-5): bedtime is 00:30Z on the 8th.
    expect(await claimDueStories(env, at("2026-03-08T00:25:00Z"), TTL)).toHaveLength(0);
    expect(await claimDueStories(env, at("2026-03-08T00:35:00Z"), TTL)).toHaveLength(1);
    // Sunday 8 March, EDT (UTC-4): bedtime is 23:30Z the same day — an hour earlier in UTC.
    expect(await nextBedtimeOf("hh_ny")).toBe(at("2026-03-08T23:30:00Z"));
    expect(await claimDueStories(env, at("2026-03-08T23:25:00Z"), TTL)).toHaveLength(0);
    expect(await claimDueStories(env, at("2026-03-08T23:35:00Z"), TTL)).toHaveLength(1);
    expect((await nightlyStories()).map((s) => s.local_date)).toEqual(["2026-03-07", "2026-03-08"]);
  });

  it("catches up within the window after a missed tick, but not a whole night later", async () => {
    await insertHousehold({ id: "hh_late", timezone: "Europe/London", bedtime: "19:30" });
    await insertHousehold({ id: "hh_very_late", timezone: "Europe/London", bedtime: "16:00" });
    const now = at("2026-11-21T20:45:00Z");
    const claimed = await claimDueStories(env, now, TTL);
    expect(claimed.map((c) => c.householdId)).toEqual(["hh_late"]);
    expect(now - at("2026-11-21T16:00:00Z")).toBeGreaterThan(CATCH_UP_MS);
    // The missed one is scheduled for tomorrow's bedtime instead.
    expect(await nextBedtimeOf("hh_very_late")).toBe(at("2026-11-22T16:00:00Z"));
  });

  it("writes one nightly story per household and night however often the tick runs", async () => {
    await insertHousehold({ id: "hh_london", timezone: "Europe/London", bedtime: "19:30" });
    await claimDueStories(env, at("2026-11-21T19:35:00Z"), TTL);
    // A parent resets the schedule (bedtime edit): the next tick re-examines the same night.
    await env.DB.prepare("UPDATE households SET next_bedtime_at = 0").run();
    await claimDueStories(env, at("2026-11-21T19:40:00Z"), TTL);
    expect(await nightlyStories()).toHaveLength(1);
  });

  it("gives one nightly story when ticks race", async () => {
    await insertHousehold({ id: "hh_a", timezone: "Europe/London", bedtime: "19:30" });
    await insertHousehold({ id: "hh_b", timezone: "Europe/Paris", bedtime: "20:30" });
    const now = at("2026-11-21T19:35:00Z");
    const results = await Promise.all(Array.from({ length: 5 }, () => claimDueStories(env, now, TTL)));
    const claimedIds = results
      .flat()
      .map((c) => c.householdId)
      .sort();
    expect(claimedIds).toEqual(["hh_a", "hh_b"]);
    expect(await nightlyStories()).toHaveLength(2);
  });

  it("lets an on-demand story the same night live beside the nightly one", async () => {
    await insertHousehold({ id: "hh_london", timezone: "Europe/London", bedtime: "19:30" });
    await env.DB.prepare(
      "INSERT INTO stories (id, household_id, kind, local_date, language, status, created_at, expires_at) VALUES ('AAAAAAAAAAAAAAAAAAAAAAAA', 'hh_london', 'on-demand', '2026-11-21', 'en', 'pending', 0, 0)",
    ).run();
    expect(await claimDueStories(env, at("2026-11-21T19:35:00Z"), TTL)).toHaveLength(1);
    const kinds = await env.DB.prepare("SELECT kind FROM stories ORDER BY kind").all<{ kind: string }>();
    expect(kinds.results.map((r) => r.kind)).toEqual(["nightly", "on-demand"]);
  });

  it("skips a household whose time zone is broken, looks again tomorrow, and still claims the rest", async () => {
    await insertHousehold({ id: "hh_london", timezone: "Europe/London", bedtime: "19:30" });
    await insertHousehold({ id: "hh_mars", timezone: "Mars/Olympus_Mons", bedtime: "19:30" });
    const now = at("2026-11-21T19:35:00Z");
    const claimed = await claimDueStories(env, now, TTL);
    expect(claimed.map((c) => c.householdId)).toEqual(["hh_london"]);
    expect(await nextBedtimeOf("hh_mars")).toBe(now + 24 * 3_600_000);
    // The next tick does not trip over it again.
    expect(await claimDueStories(env, now + 5 * 60_000, TTL)).toEqual([]);
  });

  it("claims thousands of households in pages", async () => {
    const rows = Array.from(
      { length: 2500 },
      (_, i) => `('hh_${i}', 'F', 'f@example.com', 'UTC', '19:00', 'en', 5, 'short', 0, 'watercolor', 0, 0, 0)`,
    );
    for (let i = 0; i < rows.length; i += 500) {
      await env.DB.prepare(
        `INSERT INTO households (id, name, email, timezone, bedtime, language, child_age, story_length, rhyming, illustration_style, next_bedtime_at, created_at, updated_at) VALUES ${rows.slice(i, i + 500).join(",")}`,
      ).run();
    }
    const claimed = await claimDueStories(env, at("2026-11-21T19:05:00Z"), TTL);
    expect(claimed).toHaveLength(2500);
    expect(new Set(claimed.map((c) => c.id)).size).toBe(2500);
    const notAdvanced = await env.DB.prepare("SELECT count(*) AS n FROM households WHERE next_bedtime_at <= ?")
      .bind(at("2026-11-21T19:05:00Z"))
      .first<{ n: number }>();
    expect(notAdvanced?.n).toBe(0);
  });
});
