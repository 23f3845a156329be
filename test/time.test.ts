import { describe, expect, it } from "vitest";
import {
  addDays,
  isValidBedtime,
  isValidTimeZone,
  localDate,
  localTime,
  nextBedtime,
  offsetMinutes,
  timeZones,
  zonedTime,
} from "../src/lib/time";

const utc = Date.UTC;
const MINUTE = 60_000;

describe("localDate and localTime", () => {
  it("switches Tokyo's date at local midnight (15:00Z)", () => {
    expect(localDate(utc(2026, 0, 15, 14, 59), "Asia/Tokyo")).toBe("2026-01-15");
    expect(localTime(utc(2026, 0, 15, 14, 59), "Asia/Tokyo")).toBe("23:59");
    expect(localDate(utc(2026, 0, 15, 15, 0), "Asia/Tokyo")).toBe("2026-01-16");
    expect(localTime(utc(2026, 0, 15, 15, 0), "Asia/Tokyo")).toBe("00:00");
  });

  it("switches London's date at 23:00Z in summer and 00:00Z in winter", () => {
    expect(localDate(utc(2026, 6, 1, 22, 59), "Europe/London")).toBe("2026-07-01");
    expect(localDate(utc(2026, 6, 1, 23, 0), "Europe/London")).toBe("2026-07-02");
    expect(localDate(utc(2025, 11, 31, 23, 59), "Europe/London")).toBe("2025-12-31");
    expect(localDate(utc(2026, 0, 1, 0, 0), "Europe/London")).toBe("2026-01-01");
  });

  it("keeps Los Angeles on the previous date until 08:00Z (PST) or 07:00Z (PDT)", () => {
    expect(localDate(utc(2026, 0, 1, 7, 59), "America/Los_Angeles")).toBe("2025-12-31");
    expect(localTime(utc(2026, 0, 1, 7, 59), "America/Los_Angeles")).toBe("23:59");
    expect(localDate(utc(2026, 0, 1, 8, 0), "America/Los_Angeles")).toBe("2026-01-01");
    expect(localDate(utc(2026, 6, 4, 6, 59), "America/Los_Angeles")).toBe("2026-07-03");
    expect(localDate(utc(2026, 6, 4, 7, 0), "America/Los_Angeles")).toBe("2026-07-04");
  });
});

describe("addDays", () => {
  it("crosses month, leap-day and year boundaries in both directions", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2026-03-29", 0)).toBe("2026-03-29");
    expect(addDays("2026-01-31", 365)).toBe("2027-01-31");
  });

  it("rejects impossible dates and fractional day counts", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2026-3-1", 1)).toThrow(RangeError);
    expect(() => addDays("2026-03-01", 0.5)).toThrow(RangeError);
  });
});

describe("zonedTime", () => {
  it("follows Europe/London across the 2026-03-29 spring-forward", () => {
    expect(zonedTime("2026-03-28", "19:30", "Europe/London")).toBe(utc(2026, 2, 28, 19, 30));
    expect(zonedTime("2026-03-29", "00:59", "Europe/London")).toBe(utc(2026, 2, 29, 0, 59));
    expect(zonedTime("2026-03-29", "19:30", "Europe/London")).toBe(utc(2026, 2, 29, 18, 30));
  });

  it("moves a London wall time inside the 01:00→02:00 gap forward by the gap", () => {
    const at = zonedTime("2026-03-29", "01:30", "Europe/London");
    expect(at).toBe(utc(2026, 2, 29, 1, 30)); // 01:30 under GMT…
    expect(localTime(at, "Europe/London")).toBe("02:30"); // …which reads 02:30 BST
    expect(zonedTime("2026-03-29", "02:00", "Europe/London")).toBe(utc(2026, 2, 29, 1, 0));
  });

  it("follows Europe/London across the 2026-10-25 fall-back, taking the earlier 01:30", () => {
    expect(zonedTime("2026-10-24", "19:30", "Europe/London")).toBe(utc(2026, 9, 24, 18, 30));
    expect(zonedTime("2026-10-25", "01:30", "Europe/London")).toBe(utc(2026, 9, 25, 0, 30));
    expect(zonedTime("2026-10-25", "19:30", "Europe/London")).toBe(utc(2026, 9, 25, 19, 30));
  });

  it("maps New York's nonexistent 02:30 on 2026-03-08 to 07:30Z (03:30 EDT)", () => {
    const at = zonedTime("2026-03-08", "02:30", "America/New_York");
    expect(at).toBe(utc(2026, 2, 8, 7, 30));
    expect(localTime(at, "America/New_York")).toBe("03:30");
    expect(localDate(at, "America/New_York")).toBe("2026-03-08");
  });

  it("maps New York's repeated 01:30 on 2026-11-01 to the earlier, EDT instant 05:30Z", () => {
    expect(zonedTime("2026-11-01", "01:30", "America/New_York")).toBe(utc(2026, 10, 1, 5, 30));
    // The hour after the repeat is unambiguous again (EST).
    expect(zonedTime("2026-11-01", "02:30", "America/New_York")).toBe(utc(2026, 10, 1, 7, 30));
  });

  it("handles Lord Howe's 30-minute DST gap and overlap", () => {
    // 2026-10-04 02:00 (+10:30) → 02:30 (+11:00): 02:15 is skipped.
    const gap = zonedTime("2026-10-04", "02:15", "Australia/Lord_Howe");
    expect(gap).toBe(utc(2026, 9, 3, 15, 45));
    expect(localTime(gap, "Australia/Lord_Howe")).toBe("02:45");
    // 2026-04-05 02:00 (+11:00) → 01:30 (+10:30): 01:45 happens twice; the first is +11:00.
    expect(zonedTime("2026-04-05", "01:45", "Australia/Lord_Howe")).toBe(utc(2026, 3, 4, 14, 45));
  });

  it("rejects malformed times and dates", () => {
    expect(() => zonedTime("2026-03-08", "24:00", "UTC")).toThrow(RangeError);
    expect(() => zonedTime("2026-13-01", "19:30", "UTC")).toThrow(RangeError);
    expect(() => zonedTime("2026-03-08", "19:30", "Europe/Nowhere")).toThrow(RangeError);
  });
});

describe("nextBedtime", () => {
  const ny = "America/New_York";

  it("gives the right UTC instant on both sides of New York's spring-forward", () => {
    expect(nextBedtime(ny, "19:30", utc(2026, 2, 7, 12))).toEqual({
      at: utc(2026, 2, 8, 0, 30), // 19:30 EST
      localDate: "2026-03-07",
    });
    expect(nextBedtime(ny, "19:30", utc(2026, 2, 8, 12))).toEqual({
      at: utc(2026, 2, 8, 23, 30), // 19:30 EDT
      localDate: "2026-03-08",
    });
  });

  it("gives the right UTC instant on both sides of New York's fall-back", () => {
    expect(nextBedtime(ny, "19:30", utc(2026, 9, 31, 12))).toEqual({
      at: utc(2026, 9, 31, 23, 30),
      localDate: "2026-10-31",
    });
    expect(nextBedtime(ny, "19:30", utc(2026, 10, 1, 12))).toEqual({
      at: utc(2026, 10, 2, 0, 30),
      localDate: "2026-11-01",
    });
  });

  it("returns tonight's bedtime when `after` is exactly it, tomorrow's one minute later", () => {
    const tonight = utc(2026, 2, 8, 0, 30);
    expect(nextBedtime(ny, "19:30", tonight)).toEqual({ at: tonight, localDate: "2026-03-07" });
    expect(nextBedtime(ny, "19:30", tonight + MINUTE)).toEqual({
      at: utc(2026, 2, 8, 23, 30),
      localDate: "2026-03-08",
    });
  });

  it("uses the local date, not the UTC date, in zones ahead of UTC", () => {
    // 2026-01-15T20:00Z is already 05:00 on the 16th in Tokyo; bedtime 19:30 JST = 10:30Z.
    expect(nextBedtime("Asia/Tokyo", "19:30", utc(2026, 0, 15, 20))).toEqual({
      at: utc(2026, 0, 16, 10, 30),
      localDate: "2026-01-16",
    });
  });

  it("counts a bedtime that a gap pushed past local midnight toward its own date", () => {
    // Samoa skipped 2011-12-30 entirely (-10:00 → +14:00). That date's 19:30, taken under the old
    // offset, lands on the 31st at 19:30 local; it is still the first bedtime at or after `after`.
    expect(nextBedtime("Pacific/Apia", "19:30", utc(2011, 11, 30, 20))).toEqual({
      at: utc(2011, 11, 31, 5, 30),
      localDate: "2011-12-30",
    });
  });

  it("treats a bedtime of 00:00 as the start of the local date", () => {
    expect(nextBedtime("Europe/London", "00:00", utc(2026, 6, 1, 12))).toEqual({
      at: utc(2026, 6, 1, 23, 0),
      localDate: "2026-07-02",
    });
  });
});

describe("offsetMinutes", () => {
  it("reports Lord Howe's half-hour DST and Kathmandu's +05:45", () => {
    expect(offsetMinutes(utc(2026, 0, 15), "Australia/Lord_Howe")).toBe(660);
    expect(offsetMinutes(utc(2026, 6, 15), "Australia/Lord_Howe")).toBe(630);
    expect(offsetMinutes(utc(2026, 0, 15), "Asia/Kathmandu")).toBe(345);
    expect(localTime(utc(2026, 0, 15, 12), "Asia/Kathmandu")).toBe("17:45");
  });

  it("reports signed offsets either side of UTC", () => {
    expect(offsetMinutes(utc(2026, 0, 15), "Europe/Paris")).toBe(60);
    expect(offsetMinutes(utc(2026, 6, 15), "Europe/Paris")).toBe(120);
    expect(offsetMinutes(utc(2026, 0, 15), "America/New_York")).toBe(-300);
    expect(offsetMinutes(utc(2026, 0, 15), "UTC")).toBe(0);
  });
});

describe("validation", () => {
  it("accepts real zone names and rejects everything else", () => {
    for (const tz of ["UTC", "Europe/London", "America/Argentina/Buenos_Aires", "Asia/Kathmandu"]) {
      expect(isValidTimeZone(tz), tz).toBe(true);
    }
    for (const tz of ["", "Europe/Nowhere", "Mars/Base", "../etc", "+01:00", "UTC; DROP TABLE"]) {
      expect(isValidTimeZone(tz), tz).toBe(false);
    }
  });

  it("accepts only two-digit 24h HH:MM bedtimes", () => {
    for (const t of ["00:00", "07:05", "19:30", "23:59"]) expect(isValidBedtime(t), t).toBe(true);
    for (const t of ["24:00", "7:30", "19:60", "", "19:30:00", " 19:30", "19h30", "１９:３０"]) {
      expect(isValidBedtime(t), t).toBe(false);
    }
  });
});

describe("timeZones", () => {
  it("lists sorted, valid zones including UTC and the common ones", () => {
    const zones = timeZones();
    expect(zones.length).toBeGreaterThan(40);
    expect(zones).toEqual([...zones].sort());
    expect(zones).toEqual(expect.arrayContaining(["UTC", "Europe/London", "America/New_York"]));
    expect(zones.every(isValidTimeZone)).toBe(true);
  });
});

describe("round-trip properties", () => {
  const zones = [
    "UTC",
    "Europe/London",
    "Europe/Paris",
    "America/New_York",
    "America/Los_Angeles",
    "America/St_Johns",
    "Asia/Tokyo",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
  ];

  // Small seeded PRNG (mulberry32) so failures are reproducible.
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  /** The wall clock read as if it were UTC. */
  function wallAsUtc(date: string, hhmm: string): number {
    return Date.parse(`${date}T${hhmm}:00Z`);
  }
  const from = utc(2000, 0, 1);
  const to = utc(2040, 0, 1);

  it("zonedTime(localDate, localTime) recovers every instant to the minute (earlier one in overlaps)", () => {
    const rand = random(42);
    for (let i = 0; i < 200; i++) {
      const ms = from + Math.floor(rand() * (to - from));
      for (const tz of zones) {
        const at = zonedTime(localDate(ms, tz), localTime(ms, tz), tz);
        const label = `${new Date(ms).toISOString()} ${tz}`;
        expect(localDate(at, tz), label).toBe(localDate(ms, tz));
        expect(localTime(at, tz), label).toBe(localTime(ms, tz));
        // Same minute, unless `ms` is the second pass through a repeated hour.
        if (offsetMinutes(at, tz) === offsetMinutes(ms, tz)) {
          expect(at, label).toBe(Math.floor(ms / MINUTE) * MINUTE);
        } else {
          expect(at, label).toBeLessThan(ms);
        }
      }
    }
  });

  it("wall times round-trip through zonedTime except inside gaps, which shift by the gap", () => {
    const rand = random(7);
    // Mix random days with known transition days so gaps really get exercised.
    const dstDays = ["2026-03-08", "2026-03-29", "2026-10-04", "2026-09-27", "2026-04-05"];
    let gaps = 0;
    for (let i = 0; i < 200; i++) {
      const date = i % 4 === 0 ? dstDays[i % dstDays.length]! : localDate(from + rand() * (to - from), "UTC");
      const hhmm = `${String(Math.floor(rand() * 24)).padStart(2, "0")}:${String(Math.floor(rand() * 60)).padStart(2, "0")}`;
      for (const tz of zones) {
        const at = zonedTime(date, hhmm, tz);
        const label = `${date} ${hhmm} ${tz}`;
        if (localDate(at, tz) === date && localTime(at, tz) === hhmm) continue;
        // A gap: the answer uses the offset from before the jump, so it reads later by the jump.
        gaps++;
        const before = offsetMinutes(at - 6 * 60 * MINUTE, tz);
        expect(offsetMinutes(at, tz), label).toBeGreaterThan(before);
        expect(at, label).toBe(wallAsUtc(date, hhmm) - before * MINUTE);
      }
    }
    expect(gaps).toBeGreaterThan(0);
  });
});
