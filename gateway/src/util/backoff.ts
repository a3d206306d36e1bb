/**
 * Waiting between attempts, for the pub/sub block's redeliveries and the
 * brokers' read and reconnect loops alike: an exponential backoff, and a wait
 * that ends early when the work is cancelled.
 */

export interface ExponentialBackoff {
  readonly initialMs: number;
  readonly multiplier: number;
  readonly maxMs: number;
}

/** The wait before retry number `retry` (1 for the first): initialMs × multiplier^(retry − 1), at most maxMs. */
export function exponentialBackoffMs(b: ExponentialBackoff, retry: number): number {
  return Math.min(b.initialMs * b.multiplier ** Math.max(0, retry - 1), b.maxMs);
}

/** Waits `ms`, or less when `signal` aborts; resolves to false when aborted (at once when it already was). */
export function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(t);
      signal.removeEventListener("abort", onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    const t = setTimeout(() => done(true), ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
