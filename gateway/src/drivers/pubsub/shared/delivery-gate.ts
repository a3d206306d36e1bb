/**
 * What every broker subscription needs between the broker and the block's
 * handler: at most `limit` handler calls in flight (1 keeps broker order), an
 * abort signal for the calls when the subscription closes, and a close that
 * waits for the calls in flight (see the driver contract).
 */
import type { DeliveryOutcome, MessageHandler, ReceivedMessage } from "../../../components/pubsub/pubsub.js";

export class DeliveryGate {
  private inFlight = 0;
  private readonly abort = new AbortController();
  private slotWaiters: (() => void)[] = [];
  private idleWaiters: (() => void)[] = [];

  /** `limit` handler calls at once; 0 or less: no limit. */
  constructor(
    private readonly handler: MessageHandler,
    private readonly limit: number,
  ) {}

  /** Aborted once the subscription closes. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  get closing(): boolean {
    return this.abort.signal.aborted;
  }

  /** Handler calls that may start now. */
  get free(): number {
    return this.limit <= 0 ? Number.POSITIVE_INFINITY : Math.max(0, this.limit - this.inFlight);
  }

  get busy(): number {
    return this.inFlight;
  }

  /** Resolves when another call may start, or when the gate closes. */
  async slot(): Promise<void> {
    while (this.free === 0 && !this.closing) await new Promise<void>((r) => this.slotWaiters.push(r));
  }

  /**
   * Hands a message to the handler (taking a slot at once, whether or not
   * one was free) and resolves to its outcome; a handler that throws counts
   * as "retry", as the contract says.
   */
  async deliver(msg: ReceivedMessage): Promise<DeliveryOutcome> {
    this.inFlight++;
    try {
      return await this.handler(msg, this.abort.signal);
    } catch {
      return "retry";
    } finally {
      this.inFlight--;
      if (this.slotWaiters.length > 0) for (const w of this.slotWaiters.splice(0)) w();
      if (this.inFlight === 0 && this.idleWaiters.length > 0) for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  /** Aborts the handler signal and resolves once no call is in flight. */
  async close(reason = "the subscription is closing"): Promise<void> {
    if (!this.closing) this.abort.abort(new Error(reason));
    for (const w of this.slotWaiters.splice(0)) w();
    if (this.inFlight > 0) await new Promise<void>((r) => this.idleWaiters.push(r));
  }
}

/** An error's message, for logs and error causes. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
