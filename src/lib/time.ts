/**
 * Time-zone math for bedtimes, built on `Intl.DateTimeFormat` only (Workers ship full IANA data).
 *
 * Conventions: instants are UTC epoch milliseconds; local calendar dates are "YYYY-MM-DD";
 * local wall times are "HH:MM" (24h). Bad input throws `RangeError` (as `Intl` itself does).
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

// Formatters are expensive to build and the cron computes bedtimes for thousands of households
// per tick, so keep one per zone. The map only ever holds zones `Intl` accepted.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(tz, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock in `tz` at instant `ms` (seconds precision). */
function wallClock(ms: number, tz: string): WallClock {
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(tz).formatToParts(ms)) {
    if (part.type in wall) wall[part.type as keyof WallClock] = Number(part.value);
  }
  // Some engines still print midnight as "24" despite hourCycle h23.
  if (wall.hour === 24) wall.hour = 0;
  return wall;
}

/** The wall clock read as if it were UTC: the instant's "local epoch ms". */
function wallAsUtc(w: WallClock): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

/** Exact offset (ms, may include seconds for historical LMT) of `tz` at instant `ms`. */
function offsetMs(ms: number, tz: string): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000; // the formatter drops milliseconds
  return wallAsUtc(wallClock(ms, tz)) - wholeSecond;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function formatDate(w: Pick<WallClock, "year" | "month" | "day">): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Parses a real calendar date "YYYY-MM-DD" (rejects "2026-02-30"). */
function parseDate(date: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const parsed = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    const roundTrip = new Date(wallAsUtc({ ...parsed, hour: 0, minute: 0, second: 0 }));
    if (roundTrip.toISOString().slice(0, 10) === date) return parsed;
  }
  throw new RangeError(`Invalid date (want YYYY-MM-DD): ${JSON.stringify(date)}`);
}

/**
 * True when `tz` is a valid IANA time zone name (Intl accepts it). "UTC" valid; "Mars/Base" not.
 * Deliberately does not fill the formatter cache, so unvalidated input cannot grow it.
 * @example isValidTimeZone("Europe/Paris") // true
 * @example isValidTimeZone("Europe/Nowhere") // false
 */
export function isValidTimeZone(tz: string): boolean {
  // Newer engines also accept raw offsets ("+01:00"); those are not zone names and have no DST.
  if (typeof tz !== "string" || tz === "" || /^[+-]/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * The IANA spelling of a zone the engine accepts in any case ("europe/london" → "Europe/London"),
 * so what is stored and shown is the canonical name. Call only on a valid zone.
 * @example
 * canonicalTimeZone("america/new_york"); // "America/New_York"
 */
export function canonicalTimeZone(tz: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
}

/**
 * "HH:MM" 24h, 00:00–23:59, two digits each.
 * @example isValidBedtime("19:30") // true
 * @example isValidBedtime("7:30") // false
 */
export function isValidBedtime(hhmm: string): boolean {
  return typeof hhmm === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(hhmm);
}

/**
 * Local calendar date "YYYY-MM-DD" of instant `ms` in zone `tz`.
 * @example localDate(Date.UTC(2026, 0, 15, 15, 30), "Asia/Tokyo") // "2026-01-16"
 */
export function localDate(ms: number, tz: string): string {
  return formatDate(wallClock(ms, tz));
}

/**
 * "YYYY-MM-DD" + n days (pure calendar arithmetic, n may be negative).
 * @example addDays("2026-02-28", 1) // "2026-03-01"
 */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Invalid day count: ${n}`);
  const { year, month, day } = parseDate(date);
  const ms = wallAsUtc({ year, month, day, hour: 0, minute: 0, second: 0 }) + n * DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * UTC ms of local wall-clock `hhmm` on local `date` in `tz`. If that wall time does not exist
 * (spring-forward gap) return the first instant after the gap with the same offset shift
 * (e.g. 02:30 in a 02:00→03:00 gap → 03:30 local, i.e. the instant 02:30 would be under the old offset);
 * if it exists twice (fall-back) return the earlier one.
 * @example zonedTime("2026-03-08", "19:30", "America/New_York") // Date.UTC(2026, 2, 8, 23, 30)
 */
export function zonedTime(date: string, hhmm: string, tz: string): number {
  if (!isValidBedtime(hhmm)) throw new RangeError(`Invalid time (want HH:MM): ${JSON.stringify(hhmm)}`);
  const [hour, minute] = hhmm.split(":").map(Number) as [number, number];
  const wall = wallAsUtc({ ...parseDate(date), hour, minute, second: 0 });

  // The answer is wall - offset, for the offset in force at the answer. Offsets never exceed a
  // day, so the zone's offsets a day either side of `wall` cover every candidate.
  const before = offsetMs(wall - DAY, tz);
  const candidates = [before, offsetMs(wall, tz), offsetMs(wall + DAY, tz)]
    .map((offset) => wall - offset)
    .filter((t) => wall - t === offsetMs(t, tz)) // this instant really reads `wall` locally
    .sort((a, b) => a - b);

  // No candidate: the wall time falls in a gap; use the offset from before the gap.
  return candidates[0] ?? wall - before;
}

/**
 * The household's bedtime on the first local date whose bedtime instant is >= `after`.
 * @example nextBedtime("America/New_York", "19:30", Date.UTC(2026, 2, 7, 12))
 * // { at: Date.UTC(2026, 2, 8, 0, 30), localDate: "2026-03-07" }
 */
export function nextBedtime(tz: string, bedtime: string, after: number): { at: number; localDate: string } {
  // Start a day early: a bedtime pushed forward by a gap can land after local midnight.
  let date = addDays(localDate(after, tz), -1);
  // Terminates within three steps: each date's bedtime is about a day after the previous one.
  for (;;) {
    const at = zonedTime(date, bedtime, tz);
    if (at >= after) return { at, localDate: date };
    date = addDays(date, 1);
  }
}

/**
 * Offset in minutes of `tz` at instant ms (e.g. +60 for Paris in winter).
 * @example offsetMinutes(Date.UTC(2026, 0, 1), "Asia/Kathmandu") // 345
 */
export function offsetMinutes(ms: number, tz: string): number {
  return Math.round(offsetMs(ms, tz) / MINUTE);
}

/**
 * Local "HH:MM" wall time of ms in tz (for pages: "tonight at 19:30").
 * @example localTime(Date.UTC(2026, 6, 1, 18, 30), "Europe/London") // "19:30"
 */
export function localTime(ms: number, tz: string): string {
  const w = wallClock(ms, tz);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

// Used when the engine lacks Intl.supportedValuesOf.
const COMMON_ZONES = [
  "UTC",
  "Africa/Cairo",
  "Africa/Johannesburg",
  "Africa/Lagos",
  "Africa/Nairobi",
  "America/Anchorage",
  "America/Argentina/Buenos_Aires",
  "America/Bogota",
  "America/Chicago",
  "America/Denver",
  "America/Halifax",
  "America/Los_Angeles",
  "America/Mexico_City",
  "America/New_York",
  "America/Phoenix",
  "America/Sao_Paulo",
  "America/St_Johns",
  "America/Toronto",
  "Asia/Bangkok",
  "Asia/Dubai",
  "Asia/Hong_Kong",
  "Asia/Jakarta",
  "Asia/Jerusalem",
  "Asia/Karachi",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Asia/Manila",
  "Asia/Seoul",
  "Asia/Shanghai",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Atlantic/Reykjavik",
  "Australia/Adelaide",
  "Australia/Brisbane",
  "Australia/Perth",
  "Australia/Sydney",
  "Europe/Amsterdam",
  "Europe/Athens",
  "Europe/Berlin",
  "Europe/Dublin",
  "Europe/Istanbul",
  "Europe/Lisbon",
  "Europe/London",
  "Europe/Madrid",
  "Europe/Moscow",
  "Europe/Paris",
  "Europe/Rome",
  "Europe/Stockholm",
  "Europe/Warsaw",
  "Pacific/Auckland",
  "Pacific/Honolulu",
];

let zoneList: string[] | undefined;

/**
 * Sorted list of IANA zones for a <select>: Intl.supportedValuesOf("timeZone") when available,
 * else a fallback list of ~50 common zones. Always includes "UTC" (V8 omits it from its list).
 * @example timeZones().includes("Europe/London") // true
 */
export function timeZones(): string[] {
  if (!zoneList) {
    const supported = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    const zones = new Set(supported.length > 0 ? supported : COMMON_ZONES);
    zones.add("UTC");
    zoneList = [...zones].sort();
  }
  return [...zoneList]; // a copy, so callers cannot reorder the cached list
}
