import type { DeliveryRetryConfig } from "../../components/pubsub/pubsub.js";
import { exponentialBackoffMs } from "../../util/backoff.js";

/** How the block redelivers an event the app did not take: bounded, with exponential backoff. */
export interface RetryPolicy {
  /** Redeliveries after the first attempt; -1 for no limit. */
  readonly maxRetries: number;
  readonly initialIntervalMs: number;
  readonly maxIntervalMs: number;
  readonly multiplier: number;
}

export function retryPolicyOf(c: DeliveryRetryConfig): RetryPolicy {
  return {
    maxRetries: c.backOffMaxRetries < 0 ? -1 : Math.floor(c.backOffMaxRetries),
    initialIntervalMs: Math.max(0, c.backOffInitialInterval),
    maxIntervalMs: Math.max(0, c.backOffMaxInterval),
    multiplier: Math.max(1, c.backOffMultiplier),
  };
}

/** Whether another delivery may follow `attempts` failed ones. */
export function mayRetry(p: RetryPolicy, attempts: number): boolean {
  return p.maxRetries < 0 || attempts <= p.maxRetries;
}

/** The wait before redelivery number `retry` (1 for the first redelivery). */
export function backoffMs(p: RetryPolicy, retry: number): number {
  return exponentialBackoffMs({ initialMs: p.initialIntervalMs, multiplier: p.multiplier, maxMs: p.maxIntervalMs }, retry);
}
