import { describe, expect, it } from "vitest";
import { ReadFailures } from "./read-failures.js";

describe("ReadFailures", () => {
  it("logs the first failure and then every 30th, and counts again from one after a success", () => {
    const f = new ReadFailures();
    const logged = Array.from({ length: 61 }, (_, i) => (f.failed() ? i + 1 : 0)).filter(Boolean);
    expect(logged).toEqual([1, 30, 60]);
    f.succeeded();
    expect(f.failed()).toBe(true);
    expect(f.failed()).toBe(false);
  });

  it("stops waiting when the subscription closes", async () => {
    const f = new ReadFailures();
    f.failed();
    const ac = new AbortController();
    const waiting = f.backoff(ac.signal);
    ac.abort();
    expect(await waiting).toBe(false);
  });
});
