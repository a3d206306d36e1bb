/**
 * Cron schedules in Dapr's syntax (dapr/kit/cron, a fork of robfig/cron v3),
 * used by job schedules and the bindings.cron component:
 *
 *   second minute hour day-of-month month day-of-week
 *
 * Each field takes `*` or `?`, numbers, names (jan-dec, sun-sat), ranges
 * `a-b`, steps `*\/n`, `a/n` (a to the maximum) and `a-b/n`, and lists of
 * these separated by commas; day-of-week is 0-6 (Sunday is 0). When both
 * day fields are restricted a day matches either; when one is `*` or `?` the
 * other decides. A spec may start with `TZ=<zone>` or `CRON_TZ=<zone>`; the
 * zone is otherwise the process's local zone, as in Go. Descriptors:
 * `@yearly`/`@annually`, `@monthly`, `@weekly`, `@daily`/`@midnight`,
 * `@hourly`, and `@every <Go duration>` (whole seconds, at least one).
 *
 * The grammar and its error messages are checked here, so a spec Dapr
 * refuses is refused with Dapr's words; the calendar arithmetic (time zones,
 * daylight saving) is croner's, fed a normalized pattern.
 */
import { Cron } from "croner";
import { goDurationError, parseGoDuration } from "./go-time.js";

export interface CronSchedule {
  /** The first activation strictly after `after` (epoch ms), or undefined when there is none. */
  next(after: number): number | undefined;
}

export class CronSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CronSyntaxError";
  }
}

export interface CronParseOptions {
  /**
   * Whether the seconds field may be left out (5 or 6 fields), as the cron
   * binding accepts; otherwise exactly 6 fields, as job schedules need.
   */
  readonly secondsOptional: boolean;
}

interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const seconds: Bounds = { min: 0, max: 59 };
const minutes: Bounds = { min: 0, max: 59 };
const hours: Bounds = { min: 0, max: 23 };
const dom: Bounds = { min: 1, max: 31 };
const months: Bounds = {
  min: 1,
  max: 12,
  names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
};
const dow: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };
const fieldBounds = [seconds, minutes, hours, dom, months, dow];

const descriptors: Readonly<Record<string, string>> = {
  "@yearly": "0 0 0 1 1 *",
  "@annually": "0 0 0 1 1 *",
  "@monthly": "0 0 0 1 * *",
  "@weekly": "0 0 0 * * 0",
  "@daily": "0 0 0 * * *",
  "@midnight": "0 0 0 * * *",
  "@hourly": "0 0 * * * *",
};

/** Parses a spec; throws CronSyntaxError with the message Dapr gives for the same spec. */
export function parseCronSchedule(spec: string, opts: CronParseOptions): CronSchedule {
  if (spec.length === 0) throw new CronSyntaxError("empty spec string");
  let rest = spec;
  let timezone: string | undefined;
  if (rest.startsWith("TZ=") || rest.startsWith("CRON_TZ=")) {
    const space = rest.indexOf(" ");
    const eq = rest.indexOf("=");
    const zone = space < 0 ? rest.slice(eq + 1) : rest.slice(eq + 1, space);
    if (!isTimeZone(zone)) throw new CronSyntaxError(`provided bad location ${zone}: unknown time zone ${zone}`);
    timezone = zone === "Local" ? undefined : zone;
    rest = space < 0 ? "" : rest.slice(space).trim();
  }
  if (rest.startsWith("@")) {
    const every = "@every ";
    if (rest.startsWith(every)) {
      const text = rest.slice(every.length);
      const ms = parseGoDuration(text);
      if (ms === undefined) throw new CronSyntaxError(`failed to parse duration ${rest}: ${goDurationError(text)}`);
      return everySchedule(ms);
    }
    const pattern = descriptors[rest];
    if (pattern === undefined) throw new CronSyntaxError(`unrecognized descriptor: ${rest}`);
    return fieldSchedule(pattern.split(" "), timezone);
  }
  const fields = rest.split(/\s+/).filter((f) => f !== "");
  const min = opts.secondsOptional ? 5 : 6;
  if (fields.length < min || fields.length > 6) {
    const list = `[${fields.join(" ")}]`;
    throw new CronSyntaxError(
      min === 6 ? `expected exactly 6 fields, found ${fields.length}: ${list}` : `expected 5 to 6 fields, found ${fields.length}: ${list}`,
    );
  }
  if (fields.length === 5) fields.unshift("0");
  return fieldSchedule(fields, timezone);
}

/** Validates a spec without keeping it; returns Dapr's error message, or undefined when the spec is fine. */
export function cronSyntaxError(spec: string, opts: CronParseOptions): string | undefined {
  try {
    parseCronSchedule(spec, opts);
    return undefined;
  } catch (e) {
    if (e instanceof CronSyntaxError) return e.message;
    throw e;
  }
}

/** robfig's ConstantDelaySchedule: whole seconds (at least one), activations on second boundaries. */
function everySchedule(ms: number): CronSchedule {
  const delay = ms < 1000 ? 1000 : ms - (ms % 1000);
  return {
    next: (after) => Math.floor(after / 1000) * 1000 + delay,
  };
}

interface ParsedField {
  readonly values: ReadonlySet<number>;
  /** `*` or `?` (with step 1): matters for the day-of-month / day-of-week rule. */
  readonly star: boolean;
}

function fieldSchedule(fields: readonly string[], timezone: string | undefined): CronSchedule {
  const parsed = fields.map((f, i) => parseField(f, fieldBounds[i]!));
  // Normalized for croner: "*" where robfig has its star bit, explicit lists elsewhere.
  const pattern = parsed.map((p) => (p.star ? "*" : [...p.values].sort((a, b) => a - b).join(","))).join(" ");
  const cron = new Cron(pattern, { paused: true, ...(timezone !== undefined && { timezone }) });
  // A schedule that can never fire (e.g. 30 February) has no next activation.
  return {
    next: (after) => {
      const d = cron.nextRun(new Date(after));
      return d ? d.getTime() : undefined;
    },
  };
}

function parseField(field: string, r: Bounds): ParsedField {
  const values = new Set<number>();
  let star = false;
  for (const expr of field.split(",").filter((e) => e !== "")) {
    const range = parseRange(expr, r);
    for (const v of range.values) values.add(v);
    if (range.star) star = true;
  }
  return { values, star };
}

function parseRange(expr: string, r: Bounds): ParsedField {
  const rangeAndStep = expr.split("/");
  const lowAndHigh = rangeAndStep[0]!.split("-");
  const single = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === "*" || lowAndHigh[0] === "?") {
    start = r.min;
    end = r.max;
    star = true;
  } else {
    start = parseIntOrName(lowAndHigh[0]!, r.names);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1]!, r.names);
    else throw new CronSyntaxError(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1]!);
    // "N/step" means "N-max/step".
    if (single) end = r.max;
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) {
    throw new CronSyntaxError(`too many slashes: ${expr}`);
  }
  if (start < r.min) throw new CronSyntaxError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
  if (end > r.max) throw new CronSyntaxError(`end of range (${end}) above maximum (${r.max}): ${expr}`);
  if (start > end) throw new CronSyntaxError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronSyntaxError(`step of range should be a positive number: ${expr}`);
  const values = new Set<number>();
  for (let v = start; v <= end; v += step) values.add(v);
  return { values, star };
}

function parseIntOrName(expr: string, names: Bounds["names"]): number {
  const named = names?.[expr.toLowerCase()];
  return named ?? mustParseInt(expr);
}

function mustParseInt(expr: string): number {
  if (!/^[+-]?\d+$/.test(expr)) throw new CronSyntaxError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`);
  const n = Number(expr);
  if (n < 0) throw new CronSyntaxError(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

function isTimeZone(zone: string): boolean {
  if (zone === "Local" || zone === "UTC") return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
