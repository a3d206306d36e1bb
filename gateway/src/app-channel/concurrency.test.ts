import { describe, expect, it } from "vitest";
import { ConcurrencyLimit } from "./concurrency.js";

describe("ConcurrencyLimit", () => {
  it("never lets more than max run, even when a newcomer arrives as a slot is released", async () => {
    const limit = new ConcurrencyLimit(1);
    expect(limit.acquire()).toBeUndefined();
    const waiter = limit.acquire();
    expect(waiter).toBeInstanceOf(Promise);
    limit.release(); // handed to the waiter
    // A newcomer arriving now must wait: the slot already belongs to the waiter.
    const newcomer = limit.acquire();
    expect(newcomer).toBeInstanceOf(Promise);
    await waiter;
    expect(limit.inFlight).toBe(1);
    limit.release();
    await newcomer;
    limit.release();
    expect(limit.inFlight).toBe(0);
  });

  it("run() counts the peak concurrency it allows", async () => {
    const limit = new ConcurrencyLimit(2);
    let active = 0;
    let peak = 0;
    const gates: (() => void)[] = [];
    const task = () =>
      limit.run(async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise<void>((r) => gates.push(r));
        active--;
      });
    let done = 0;
    const all = Promise.all([task(), task(), task(), task()].map((p) => p.then(() => done++)));
    while (done < 4) {
      await new Promise((r) => setImmediate(r));
      gates.shift()?.();
    }
    await all;
    expect(peak).toBe(2);
  });

  it("does nothing without a limit", () => {
    const limit = new ConcurrencyLimit(-1);
    expect(limit.enabled).toBe(false);
    for (let i = 0; i < 5; i++) expect(limit.acquire()).toBeUndefined();
    expect(limit.inFlight).toBe(0);
  });
});
