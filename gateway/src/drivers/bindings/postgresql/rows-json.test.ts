import { describe, expect, it } from "vitest";
import { goDuration, rfc3339Nano } from "./go-format.js";
import { rowsJson } from "./rows-json.js";

describe("Dapr's PostgreSQL binding results", () => {
  it("encodes rows as arrays of values as pgx and Go's JSON do", () => {
    const json = rowsJson(
      [
        ["1", "9007199254740993", "t", '{"a": 1}', "\\x0102", "2024-01-02", "2024-01-02 03:04:05.120", "2024-01-02 03:04:05+00", "text", null],
      ],
      [23, 20, 16, 3802, 17, 1082, 1114, 1184, 25, 25],
    );
    expect(json).toBe('[[1,9007199254740993,true,{"a": 1},"AQI=","2024-01-02T00:00:00Z","2024-01-02T03:04:05.12Z","2024-01-02T03:04:05Z","text",null]]');
    expect(JSON.parse(rowsJson([], []))).toEqual([]);
  });

  it("formats times and durations as Go does", () => {
    expect(rfc3339Nano(new Date("2024-01-02T03:04:05.120Z"))).toBe("2024-01-02T03:04:05.12Z");
    expect(rfc3339Nano(new Date("2024-01-02T03:04:05.000Z"))).toBe("2024-01-02T03:04:05Z");
    expect(goDuration(850n)).toBe("850ns");
    expect(goDuration(1_500n)).toBe("1.5µs");
    expect(goDuration(12_345_000n)).toBe("12.345ms");
    expect(goDuration(2_500_000_000n)).toBe("2.5s");
    expect(goDuration(90_000_000_000n)).toBe("1m30s");
  });
});
