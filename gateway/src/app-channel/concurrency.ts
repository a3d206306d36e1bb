/**
 * Limits concurrent calls into the app (--app-max-concurrency); -1 or 0 means
 * no limit. A released slot is handed straight to the oldest waiter, so a
 * caller arriving at that moment cannot slip in and exceed the limit.
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  /** Whether a limit applies at all. */
  get enabled(): boolean {
    return this.max > 0;
  }

  /** Calls in progress (only counted when a limit applies). */
  get inFlight(): number {
    return this.active;
  }

  /**
   * Takes a slot: undefined when one was free (no await needed), else a
   * promise that resolves once a slot is handed over. Pair with release();
   * a caller that gives up while waiting releases once the promise resolves.
   */
  acquire(): Promise<void> | undefined {
    if (this.max <= 0) return undefined;
    if (this.active < this.max) {
      this.active++;
      return undefined;
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Gives a slot back, to the oldest waiter if there is one. */
  release(): void {
    if (this.max <= 0) return;
    const next = this.waiting.shift();
    if (next) next(); // the slot passes on, `active` is unchanged
    else this.active--;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.max <= 0) return fn();
    const wait = this.acquire();
    if (wait) await wait;
    try {
      return await fn();
    } finally {
      this.release();
    }
  }
}
