import { describe, expect, it } from "vitest";
import { exponentialBackoffMs, pause } from "./backoff.js";

describe("exponentialBackoffMs", () => {
  it("starts at initialMs for the first retry, multiplies per retry and stops at maxMs", () => {
    const b = { initialMs: 200, multiplier: 2, maxMs: 2000 };
    expect([1, 2, 3, 4, 5, 6, 100, 5000].map((n) => exponentialBackoffMs(b, n))).toEqual([200, 400, 800, 1600, 2000, 2000, 2000, 2000]);
    expect(exponentialBackoffMs(b, 0)).toBe(200);
    expect(exponentialBackoffMs({ initialMs: 1000, multiplier: 1, maxMs: 60_000 }, 7)).toBe(1000);
    expect(exponentialBackoffMs({ initialMs: 500, multiplier: 1.5, maxMs: 10_000 }, 3)).toBe(1125);
  });
});

describe("pause", () => {
  it("resolves true once the time has passed", async () => {
    expect(await pause(5, new AbortController().signal)).toBe(true);
  });

  it("resolves false as soon as the signal aborts, and at once when it already had", async () => {
    const ac = new AbortController();
    const waiting = pause(60_000, ac.signal);
    ac.abort();
    expect(await waiting).toBe(false);
    expect(await pause(60_000, ac.signal)).toBe(false);
  });
});
