/**
 * The lock store conformance suite, written once and run against every lock
 * driver at the driver level: taking and releasing locks, the unlock
 * statuses, owner checks, expiry, contenders racing for one lock, and two
 * instances on one store (two sidecars) seeing each other's locks. A driver
 * skips a test only by naming its reason.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriverDefinition } from "../../../gateway/src/components/definition.js";
import type { LockDriver } from "../../../gateway/src/components/lock/lock-store.js";
import { createDriver } from "../driver-factory.js";

/** The names of the suite's tests, for skip lists. */
export const lockTests = {
  tryFree: "a free lock is taken; a held one is refused to others and to its owner",
  unlockStatuses: "unlock answers success, lock-does-not-exist and lock-belongs-to-others",
  ownerOnly: "only the owner unlocks; a refused unlock changes nothing",
  relock: "an unlocked lock can be taken again by anyone",
  expiry: "a lock expires by itself after expirySeconds",
  expiredUnlock: "unlocking an expired lock answers lock-does-not-exist",
  independentKeys: "locks on different keys are independent",
  contenders: "of 20 concurrent contenders exactly one gets the lock",
  shared: "two instances on one store see each other's locks",
  internalError: "unlock answers internal-error when the store holds something that is not a lock",
} as const;

export type LockTestName = (typeof lockTests)[keyof typeof lockTests];

export interface LockConformanceOptions {
  /** e.g. "lock.redis". */
  readonly name: string;
  readonly definition: DriverDefinition;
  /** Starts what the driver needs (once per suite) and returns the component metadata. */
  create(): Promise<Record<string, string>>;
  /** Stores something under `key` that the driver cannot read as a lock (for the internal-error status). */
  breakLock?(key: string): Promise<void>;
  /** Runs after the suite (e.g. stops a server); drivers are closed before. */
  cleanup?(): Promise<void>;
  readonly skip?: readonly { readonly reason: string; readonly tests: readonly LockTestName[] }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function runLockConformance(opts: LockConformanceOptions): void {
  const skipped = new Map<string, string>();
  for (const s of opts.skip ?? []) for (const t of s.tests) skipped.set(t, s.reason);

  describe(`lock conformance: ${opts.name}`, () => {
    let metadata: Record<string, string>;
    const drivers: LockDriver[] = [];
    let store: LockDriver;
    // Every run uses its own keys, so suites can share a server and run again.
    const run = randomUUID().slice(0, 8);
    const k = (name: string) => `lock||conformance||${run}-${name}`;
    const open = async () => {
      const d = await createDriver<LockDriver>(opts.definition, metadata);
      drivers.push(d);
      return d;
    };

    beforeAll(async () => {
      metadata = await opts.create();
      store = await open();
    });
    afterAll(async () => {
      for (const d of drivers.splice(0)) await d.close();
      await opts.cleanup?.();
    });

    const test = (name: LockTestName, fn: () => Promise<void>, timeoutMs?: number) => {
      const reason = skipped.get(name);
      if (reason !== undefined) it.skip(`${name} (skipped: ${reason})`, fn);
      else it(name, fn, timeoutMs);
    };

    test(lockTests.tryFree, async () => {
      expect(await store.tryLock({ key: k("free"), owner: "a", expirySeconds: 30 })).toBe(true);
      expect(await store.tryLock({ key: k("free"), owner: "b", expirySeconds: 30 })).toBe(false);
      expect(await store.tryLock({ key: k("free"), owner: "a", expirySeconds: 30 })).toBe(false);
    });

    test(lockTests.unlockStatuses, async () => {
      expect(await store.unlock({ key: k("statuses"), owner: "a" })).toBe("lock-does-not-exist");
      await store.tryLock({ key: k("statuses"), owner: "a", expirySeconds: 30 });
      expect(await store.unlock({ key: k("statuses"), owner: "b" })).toBe("lock-belongs-to-others");
      expect(await store.unlock({ key: k("statuses"), owner: "a" })).toBe("success");
      expect(await store.unlock({ key: k("statuses"), owner: "a" })).toBe("lock-does-not-exist");
    });

    test(lockTests.ownerOnly, async () => {
      await store.tryLock({ key: k("owner"), owner: "a", expirySeconds: 30 });
      expect(await store.unlock({ key: k("owner"), owner: "b" })).toBe("lock-belongs-to-others");
      expect(await store.tryLock({ key: k("owner"), owner: "b", expirySeconds: 30 })).toBe(false);
      expect(await store.unlock({ key: k("owner"), owner: "a" })).toBe("success");
    });

    test(lockTests.relock, async () => {
      await store.tryLock({ key: k("relock"), owner: "a", expirySeconds: 30 });
      await store.unlock({ key: k("relock"), owner: "a" });
      expect(await store.tryLock({ key: k("relock"), owner: "b", expirySeconds: 30 })).toBe(true);
      expect(await store.unlock({ key: k("relock"), owner: "b" })).toBe("success");
    });

    test(lockTests.expiry, async () => {
      expect(await store.tryLock({ key: k("expiry"), owner: "a", expirySeconds: 1 })).toBe(true);
      expect(await store.tryLock({ key: k("expiry"), owner: "b", expirySeconds: 1 })).toBe(false);
      await sleep(1100);
      expect(await store.tryLock({ key: k("expiry"), owner: "b", expirySeconds: 30 })).toBe(true);
    });

    test(lockTests.expiredUnlock, async () => {
      await store.tryLock({ key: k("expired-unlock"), owner: "a", expirySeconds: 1 });
      await sleep(1100);
      expect(await store.unlock({ key: k("expired-unlock"), owner: "a" })).toBe("lock-does-not-exist");
    });

    test(lockTests.independentKeys, async () => {
      expect(await store.tryLock({ key: k("one"), owner: "a", expirySeconds: 30 })).toBe(true);
      expect(await store.tryLock({ key: k("two"), owner: "b", expirySeconds: 30 })).toBe(true);
      expect(await store.unlock({ key: k("one"), owner: "b" })).toBe("lock-belongs-to-others");
      expect(await store.unlock({ key: k("two"), owner: "b" })).toBe("success");
    });

    test(lockTests.contenders, async () => {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.tryLock({ key: k("race"), owner: `owner-${i}`, expirySeconds: 30 })));
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = `owner-${results.indexOf(true)}`;
      const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => store.unlock({ key: k("race"), owner: `owner-${i}` })));
      expect(statuses.filter((s) => s === "success")).toHaveLength(1);
      expect(statuses[Number(winner.slice(6))]).toBe("success");
    });

    if (opts.breakLock || skipped.has(lockTests.internalError)) {
      test(lockTests.internalError, async () => {
        await opts.breakLock!(k("broken"));
        expect(await store.unlock({ key: k("broken"), owner: "a" })).toBe("internal-error");
      });
    } else it.skip(`${lockTests.internalError} (the test file gives no breakLock hook)`, () => {});

    test(lockTests.shared, async () => {
      const other = await open();
      expect(await store.tryLock({ key: k("shared"), owner: "a", expirySeconds: 30 })).toBe(true);
      expect(await other.tryLock({ key: k("shared"), owner: "b", expirySeconds: 30 })).toBe(false);
      expect(await other.unlock({ key: k("shared"), owner: "b" })).toBe("lock-belongs-to-others");
      expect(await other.unlock({ key: k("shared"), owner: "a" })).toBe("success");
      expect(await store.tryLock({ key: k("shared"), owner: "b", expirySeconds: 30 })).toBe(true);
    });
  });
}
