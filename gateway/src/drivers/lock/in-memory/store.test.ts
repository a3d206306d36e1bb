import { afterEach, describe, expect, it } from "vitest";
import { InMemoryLockStore } from "./store.js";

describe("InMemoryLockStore", () => {
  let clock = 1_000_000;
  const stores: InMemoryLockStore[] = [];
  const make = () => {
    const s = new InMemoryLockStore({ cleanupIntervalMs: 60_000 }, () => clock);
    stores.push(s);
    return s;
  };
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
  });

  it("gives a free lock to one owner and refuses it to everyone else, that owner included", async () => {
    const s = make();
    expect(await s.tryLock({ key: "k", owner: "a", expirySeconds: 10 })).toBe(true);
    expect(await s.tryLock({ key: "k", owner: "b", expirySeconds: 10 })).toBe(false);
    expect(await s.tryLock({ key: "k", owner: "a", expirySeconds: 10 })).toBe(false);
    expect(await s.tryLock({ key: "other", owner: "b", expirySeconds: 10 })).toBe(true);
  });

  it("answers the unlock statuses and changes nothing unless the owner unlocks", async () => {
    const s = make();
    expect(await s.unlock({ key: "k", owner: "a" })).toBe("lock-does-not-exist");
    await s.tryLock({ key: "k", owner: "a", expirySeconds: 10 });
    expect(await s.unlock({ key: "k", owner: "b" })).toBe("lock-belongs-to-others");
    expect(await s.tryLock({ key: "k", owner: "b", expirySeconds: 10 })).toBe(false);
    expect(await s.unlock({ key: "k", owner: "a" })).toBe("success");
    expect(await s.unlock({ key: "k", owner: "a" })).toBe("lock-does-not-exist");
    expect(await s.tryLock({ key: "k", owner: "b", expirySeconds: 10 })).toBe(true);
  });

  it("frees a lock when it expires", async () => {
    const s = make();
    await s.tryLock({ key: "k", owner: "a", expirySeconds: 5 });
    clock += 4_999;
    expect(await s.tryLock({ key: "k", owner: "b", expirySeconds: 5 })).toBe(false);
    clock += 1;
    expect(await s.unlock({ key: "k", owner: "a" })).toBe("lock-does-not-exist");
    expect(await s.tryLock({ key: "k", owner: "b", expirySeconds: 5 })).toBe(true);
    expect(s.size).toBe(1);
  });
});
