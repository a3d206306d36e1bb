/**
 * The part of an AbortSignal that a callee keeping its own deadline reads
 * (the unary transport to the app): an AbortSignal is one, and so is a fast
 * path call's `cancellation`, which needs no AbortController.
 */
export interface AbortWatch {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}
