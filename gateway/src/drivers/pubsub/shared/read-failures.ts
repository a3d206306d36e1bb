/**
 * Consecutive failures of a subscription's read loop (the broker unreachable,
 * a fetch refused): the first and then every 30th is logged, and the loop
 * waits 200 ms, doubling up to 2 s, before it reads again. A successful read
 * starts the count over.
 */
import { exponentialBackoffMs, pause } from "../../../util/backoff.js";

const readRetry = { initialMs: 200, multiplier: 2, maxMs: 2000 };

export class ReadFailures {
  private count = 0;

  /** A read succeeded. */
  succeeded(): void {
    this.count = 0;
  }

  /** Counts a failed read; true when this one is to be logged. */
  failed(): boolean {
    this.count++;
    return this.count === 1 || this.count % 30 === 0;
  }

  /** Waits before the next read; resolves to false when the signal aborted. */
  backoff(signal: AbortSignal): Promise<boolean> {
    return pause(exponentialBackoffMs(readRetry, this.count), signal);
  }
}
