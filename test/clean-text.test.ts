import { describe, expect, it } from "vitest";
import { cleanText } from "../src/lib/clean-text";
import { canonicalTimeZone } from "../src/lib/time";

describe("cleanText", () => {
  it("drops NUL and other control characters, and lone surrogates", () => {
    expect(cleanText("Fam\u0000ily\u0007 \uD800Willow\uDC00")).toBe("Family Willow");
  });

  it("drops bidi overrides and isolates, so text can't be reordered in a Subject or <title>", () => {
    const hostile = "Tonight\u202E's story\u202C \u2066gnp.exe\u2069 \u200Bhidden";
    const clean = cleanText(hostile);
    expect(clean).toBe("Tonight's story gnp.exe hidden");
    expect(clean).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
  });

  it("keeps emoji joined, accents composed, and line breaks only where allowed", () => {
    expect(cleanText("👨\u200D👩\u200D👧 cafe\u0301")).toBe("👨\u200D👩\u200D👧 café");
    expect(cleanText("one\r\ntwo\tthree")).toBe("one two three");
    expect(cleanText("one\r\ntwo", { lines: true })).toBe("one\ntwo");
  });
});

describe("canonicalTimeZone", () => {
  it("stores the IANA spelling whatever the case typed", () => {
    expect(canonicalTimeZone("europe/london")).toBe("Europe/London");
    expect(canonicalTimeZone("AMERICA/NEW_YORK")).toBe("America/New_York");
  });
});
