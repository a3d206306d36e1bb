import type { LockDriver, TryLockRequest, UnlockRequest, UnlockStatus } from "../../../components/lock/lock-store.js";

interface Held {
  readonly owner: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

/**
 * Locks in the sidecar's memory: a Map from key to owner and expiry. An
 * expired lock counts as absent at once; a sweeper drops expired entries so
 * the map does not grow with locks nobody releases.
 */
export class InMemoryLockStore implements LockDriver {
  private readonly locks = new Map<string, Held>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    opts: { cleanupIntervalMs: number },
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), Math.max(opts.cleanupIntervalMs, 10));
    this.sweeper.unref();
  }

  async tryLock(req: TryLockRequest): Promise<boolean> {
    if (this.live(req.key)) return false;
    this.locks.set(req.key, { owner: req.owner, expiresAt: this.now() + req.expirySeconds * 1000 });
    return true;
  }

  async unlock(req: UnlockRequest): Promise<UnlockStatus> {
    const held = this.live(req.key);
    if (!held) return "lock-does-not-exist";
    if (held.owner !== req.owner) return "lock-belongs-to-others";
    this.locks.delete(req.key);
    return "success";
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.locks.clear();
  }

  /** Locks held now (for tests and the sweeper). */
  get size(): number {
    return this.locks.size;
  }

  private live(key: string): Held | undefined {
    const held = this.locks.get(key);
    if (held && held.expiresAt <= this.now()) {
      this.locks.delete(key);
      return undefined;
    }
    return held;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, held] of this.locks) if (held.expiresAt <= now) this.locks.delete(key);
  }
}
