/**
 * SIGINT and SIGTERM for `pillion run`, listened to from the first moment to
 * the first signal by one listener that never changes.
 *
 * Swapping listeners loses signals: when the last listener of a signal is
 * removed, node stops its libuv signal handle, and a signal already caught by
 * that handle but not yet dispatched (it arrived in the same turn of the event
 * loop, e.g. while the sidecar finished starting) is dropped; the new
 * listener never hears it and the process keeps running. So a signal that
 * arrives before a handler is set is remembered and handed to the handler
 * when it is set.
 *
 * After the first signal has been handed on, the listeners are removed: a
 * second signal then has its default action and ends the process at once.
 */
export type StopSignal = "SIGINT" | "SIGTERM";

export class StopSignals {
  private received?: StopSignal;
  private handler?: (signal: StopSignal) => void;
  private readonly listener = (signal: StopSignal) => this.receive(signal);

  constructor(private readonly signals: readonly StopSignal[] = ["SIGINT", "SIGTERM"]) {
    for (const s of signals) process.on(s, this.listener);
  }

  /** Whether a signal has arrived (handled or not yet). */
  get signalled(): boolean {
    return this.received !== undefined;
  }

  /** Sets what the first signal does; a signal that already arrived is handed on at once. */
  onSignal(handler: (signal: StopSignal) => void): void {
    this.handler = handler;
    if (this.received) this.deliver();
  }

  /** Stops listening (the process ends without a signal). */
  dispose(): void {
    for (const s of this.signals) process.off(s, this.listener);
  }

  private receive(signal: StopSignal): void {
    if (this.received) return; // a second signal before a handler was set: the first one stands
    this.received = signal;
    if (this.handler) this.deliver();
  }

  private deliver(): void {
    const handler = this.handler!;
    this.handler = undefined;
    this.dispose();
    handler(this.received!);
  }
}
