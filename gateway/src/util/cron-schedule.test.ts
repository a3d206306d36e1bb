import { describe, expect, it } from "vitest";
import { cronSyntaxError, parseCronSchedule } from "./cron-schedule.js";

const jobs = { secondsOptional: false };
const binding = { secondsOptional: true };
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const utc = (spec: string) => parseCronSchedule(`TZ=UTC ${spec}`, jobs);

describe("cron schedules in Dapr's syntax", () => {
  it("fires on the next matching second, strictly after the given time", () => {
    expect(iso(utc("* * * * * *").next(at("2024-01-01T10:00:00.000Z")))).toBe("2024-01-01T10:00:01.000Z");
    expect(iso(utc("* * * * * *").next(at("2024-01-01T10:00:00.400Z")))).toBe("2024-01-01T10:00:01.000Z");
    expect(iso(utc("*/15 * * * * *").next(at("2024-01-01T10:00:14Z")))).toBe("2024-01-01T10:00:15.000Z");
    expect(iso(utc("0 30 2 * * *").next(at("2024-01-01T10:00:00Z")))).toBe("2024-01-02T02:30:00.000Z");
    expect(iso(utc("5/20 * * * * *").next(at("2024-01-01T10:00:26Z")))).toBe("2024-01-01T10:00:45.000Z");
  });

  it("takes names, ranges, lists and ? like robfig/cron", () => {
    expect(iso(utc("0 0 12 ? JAN-MAR mon,WED").next(at("2024-01-01T13:00:00Z")))).toBe("2024-01-03T12:00:00.000Z");
    expect(iso(utc("0 0 0 1,15 feb *").next(at("2024-03-01T00:00:00Z")))).toBe("2025-02-01T00:00:00.000Z");
  });

  it("matches either day field when both are restricted, only the restricted one otherwise", () => {
    // The 13th or a Friday: Friday 4 Oct 2024, Friday 11 Oct, Sunday 13 Oct.
    const either = utc("0 0 0 13 * 5");
    const t1 = either.next(at("2024-10-01T00:00:00Z"))!;
    const t2 = either.next(t1)!;
    const t3 = either.next(t2)!;
    expect([iso(t1), iso(t2), iso(t3)]).toEqual(["2024-10-04T00:00:00.000Z", "2024-10-11T00:00:00.000Z", "2024-10-13T00:00:00.000Z"]);
    expect(iso(utc("0 0 0 ? * 5").next(at("2024-10-12T00:00:00Z")))).toBe("2024-10-18T00:00:00.000Z");
    expect(iso(utc("0 0 0 13 * *").next(at("2024-10-12T00:00:00Z")))).toBe("2024-10-13T00:00:00.000Z");
  });

  it("knows the descriptors and @every", () => {
    expect(iso(utc("@daily").next(at("2024-01-01T10:00:00Z")))).toBe("2024-01-02T00:00:00.000Z");
    expect(iso(utc("@hourly").next(at("2024-01-01T10:20:00Z")))).toBe("2024-01-01T11:00:00.000Z");
    expect(iso(utc("@yearly").next(at("2024-03-01T00:00:00Z")))).toBe("2025-01-01T00:00:00.000Z");
    expect(iso(utc("@weekly").next(at("2024-10-01T00:00:00Z")))).toBe("2024-10-06T00:00:00.000Z");
    expect(iso(parseCronSchedule("@every 1h30m", jobs).next(at("2024-01-01T10:00:00.700Z")))).toBe("2024-01-01T11:30:00.000Z");
    // Whole seconds, at least one.
    expect(iso(parseCronSchedule("@every 1500ms", jobs).next(at("2024-01-01T10:00:00Z")))).toBe("2024-01-01T10:00:01.000Z");
    expect(iso(parseCronSchedule("@every 10ms", jobs).next(at("2024-01-01T10:00:00Z")))).toBe("2024-01-01T10:00:01.000Z");
  });

  it("evaluates in the zone a TZ= prefix names", () => {
    expect(iso(parseCronSchedule("CRON_TZ=America/New_York 0 30 4 * * *", jobs).next(at("2024-07-01T00:00:00Z")))).toBe("2024-07-01T08:30:00.000Z");
  });

  it("never fires for a date that does not exist", () => {
    expect(utc("0 0 0 30 2 *").next(at("2024-01-01T00:00:00Z"))).toBeUndefined();
  });

  it("needs six fields for jobs, five or six for the cron binding", () => {
    expect(cronSyntaxError("* * * * *", jobs)).toBe("expected exactly 6 fields, found 5: [* * * * *]");
    expect(cronSyntaxError("* * * * *", binding)).toBeUndefined();
    expect(cronSyntaxError("* * * *", binding)).toBe("expected 5 to 6 fields, found 4: [* * * *]");
    expect(iso(parseCronSchedule("TZ=UTC 30 * * * *", binding).next(at("2024-01-01T10:00:00Z")))).toBe("2024-01-01T10:30:00.000Z");
  });

  it("refuses what Dapr refuses, with Dapr's message", () => {
    expect(cronSyntaxError("", jobs)).toBe("empty spec string");
    expect(cronSyntaxError("* * * * * 7", jobs)).toBe("end of range (7) above maximum (6): 7");
    expect(cronSyntaxError("60 * * * * *", jobs)).toBe("end of range (60) above maximum (59): 60");
    expect(cronSyntaxError("* * * 0 * *", jobs)).toBe("beginning of range (0) below minimum (1): 0");
    expect(cronSyntaxError("5-1 * * * * *", jobs)).toBe("beginning of range (5) beyond end of range (1): 5-1");
    expect(cronSyntaxError("*/0 * * * * *", jobs)).toBe("step of range should be a positive number: */0");
    expect(cronSyntaxError("1-2-3 * * * * *", jobs)).toBe("too many hyphens: 1-2-3");
    expect(cronSyntaxError("1/2/3 * * * * *", jobs)).toBe("too many slashes: 1/2/3");
    expect(cronSyntaxError("x * * * * *", jobs)).toBe('failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax');
    expect(cronSyntaxError("* * * L * *", jobs)).toBe('failed to parse int from L: strconv.Atoi: parsing "L": invalid syntax');
    expect(cronSyntaxError("@often", jobs)).toBe("unrecognized descriptor: @often");
    expect(cronSyntaxError("@every soon", jobs)).toBe('failed to parse duration @every soon: time: invalid duration "soon"');
    expect(cronSyntaxError("TZ=Mars/Olympus * * * * * *", jobs)).toBe("provided bad location Mars/Olympus: unknown time zone Mars/Olympus");
  });
});
