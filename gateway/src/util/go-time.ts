/**
 * Time formats the way Dapr's Go code reads them: Go durations
 * (time.ParseDuration), RFC 3339 times (time.Parse with time.RFC3339) and
 * the ISO 8601 periods of dapr/kit (ParseISO8601Duration). Used by job
 * schedules (dueTime, ttl) and cron "@every" descriptors.
 */

const goUnitMs: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  "µs": 1e-3, // U+00B5 micro sign
  "μs": 1e-3, // U+03BC Greek mu
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/**
 * A Go duration ("1h30m", "-1.5s", "250ms", "0") in milliseconds, or
 * undefined when Go's time.ParseDuration would refuse it.
 */
export function parseGoDuration(text: string): number | undefined {
  let s = text;
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s[0] === "-") sign = -1;
    s = s.slice(1);
  }
  if (s === "0") return 0;
  if (s === "") return undefined;
  const re = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
  let total = 0;
  while (re.lastIndex < s.length) {
    const at = re.lastIndex;
    const m = re.exec(s);
    if (!m || m.index !== at) return undefined;
    total += Number(m[1]) * goUnitMs[m[2]!]!;
  }
  return sign * total;
}

/** Go's error text for a duration time.ParseDuration refuses. */
export function goDurationError(text: string): string {
  return `time: invalid duration ${JSON.stringify(text)}`;
}

const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** An RFC 3339 time ("2024-05-01T10:00:00Z", "2024-05-01T12:00:00.5+02:00") as epoch milliseconds, or undefined. */
export function parseRfc3339(text: string): number | undefined {
  const m = rfc3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  let offsetMin = 0;
  const zone = m[8]!;
  if (zone !== "Z" && zone !== "z") {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offsetMin = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const fraction = m[7] ? Number(`0${m[7]}`) * 1000 : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC maps years 0-99 to 1900-1999; RFC 3339 means the year as written.
  const fixed = year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
  return fixed + fraction - offsetMin * 60_000;
}

export interface Iso8601Period {
  readonly years: number;
  readonly months: number;
  readonly days: number;
  /** Hours, minutes and seconds, in milliseconds. */
  readonly durationMs: number;
  /** -1 when the text has no "Rn/" repetition prefix. */
  readonly repetitions: number;
}

/**
 * An ISO 8601 period ("P1DT2H", "PT30S", "R5/PT1M") as dapr/kit reads it:
 * whole numbers only, weeks count as 7 days, "M" is months before "T" and
 * minutes after. Undefined when dapr/kit refuses it.
 */
export function parseIso8601Period(text: string): Iso8601Period | undefined {
  const l = text.length;
  if (l < 2) return undefined;
  let i = 0;
  let repetitions = -1;
  if (text[0] === "R") {
    const slash = text.indexOf("/");
    const end = slash < 0 ? l : slash;
    if (end - 1 < 1) return undefined;
    repetitions = goAtoi(text.slice(1, end));
    if (Number.isNaN(repetitions)) return undefined;
    i = end + 1;
    if (i >= l) return { years: 0, months: 0, days: 0, durationMs: 0, repetitions };
  }
  if (text[i] !== "P") return undefined;
  i++;
  let start = i;
  let inTime = false;
  let years = 0;
  let months = 0;
  let days = 0;
  let durationMs = 0;
  for (; i < l; i++) {
    const c = text[i]!;
    if (c === "T") {
      if (start !== i) return undefined;
      inTime = true;
      start = i + 1;
      continue;
    }
    if (!"YWDHSM".includes(c)) continue;
    if (start === i) return undefined;
    if ((c === "Y" || c === "W" || c === "D") && inTime) return undefined;
    if ((c === "H" || c === "S") && !inTime) return undefined;
    const n = goAtoi(text.slice(start, i));
    if (Number.isNaN(n)) return undefined;
    switch (c) {
      case "Y":
        years = n;
        break;
      case "W":
        days += n * 7;
        break;
      case "D":
        days += n;
        break;
      case "H":
        durationMs += n * 3_600_000;
        break;
      case "S":
        durationMs += n * 1000;
        break;
      case "M":
        if (inTime) durationMs += n * 60_000;
        else months = n;
        break;
    }
    start = i + 1;
  }
  return { years, months, days, durationMs, repetitions };
}

/** Go's strconv.Atoi: an optional sign and decimal digits; NaN otherwise. */
function goAtoi(s: string): number {
  return /^[+-]?\d+$/.test(s) ? Number(s) : NaN;
}

/** `from` plus an ISO 8601 period, adding years, months and days on the calendar (UTC) as Go's AddDate does. */
export function addPeriod(from: number, p: Iso8601Period): number {
  const d = new Date(from);
  d.setUTCFullYear(d.getUTCFullYear() + p.years, d.getUTCMonth() + p.months, d.getUTCDate() + p.days);
  return d.getTime() + p.durationMs;
}
