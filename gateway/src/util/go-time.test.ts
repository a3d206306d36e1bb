import { describe, expect, it } from "vitest";
import { addPeriod, parseGoDuration, parseIso8601Period, parseRfc3339 } from "./go-time.js";

describe("Go durations", () => {
  it("reads what time.ParseDuration reads", () => {
    expect(parseGoDuration("1h30m")).toBe(5_400_000);
    expect(parseGoDuration("1.5s")).toBe(1500);
    expect(parseGoDuration("-2s")).toBe(-2000);
    expect(parseGoDuration("+250ms")).toBe(250);
    expect(parseGoDuration("0")).toBe(0);
    expect(parseGoDuration("1µs")).toBe(0.001);
  });

  it("refuses what time.ParseDuration refuses", () => {
    for (const bad of ["", "1", "1d", "h", "1h 2m", "1.2.3s", "-"]) expect(parseGoDuration(bad), bad).toBeUndefined();
  });
});

describe("RFC 3339 times", () => {
  it("reads offsets and fractions", () => {
    expect(parseRfc3339("2024-05-01T10:00:00Z")).toBe(Date.parse("2024-05-01T10:00:00Z"));
    expect(parseRfc3339("2024-05-01T12:00:00.5+02:00")).toBe(Date.parse("2024-05-01T10:00:00.500Z"));
  });

  it("refuses other shapes and impossible dates", () => {
    for (const bad of ["2024-05-01", "2024-05-01 10:00:00Z", "2024-02-30T00:00:00Z", "2024-05-01T10:00:00", "10s"]) expect(parseRfc3339(bad), bad).toBeUndefined();
  });
});

describe("ISO 8601 periods as dapr/kit reads them", () => {
  it("reads dates, times, weeks and repetitions", () => {
    expect(parseIso8601Period("P1Y2M3DT4H5M6S")).toEqual({ years: 1, months: 2, days: 3, durationMs: 4 * 3_600_000 + 5 * 60_000 + 6000, repetitions: -1 });
    expect(parseIso8601Period("P2W")).toMatchObject({ days: 14 });
    expect(parseIso8601Period("R5/PT1M")).toMatchObject({ durationMs: 60_000, repetitions: 5 });
  });

  it("refuses malformed periods", () => {
    for (const bad of ["P", "1D", "PT1D", "P1H", "PxD", "R/P1D"]) expect(parseIso8601Period(bad), bad).toBeUndefined();
  });

  it("adds months on the calendar", () => {
    expect(new Date(addPeriod(Date.parse("2024-01-31T00:00:00Z"), parseIso8601Period("P1M")!)).toISOString()).toBe("2024-03-02T00:00:00.000Z");
  });
});
