/** A pub/sub handler for tests that records what it gets, answers as told, and can be waited on. */
import type { DeliveryOutcome, MessageHandler, ReceivedMessage } from "../../../gateway/src/components/pubsub/pubsub.js";

export interface Received {
  readonly text: string;
  readonly msg: ReceivedMessage;
}

export interface Recorder {
  readonly got: Received[];
  readonly handler: MessageHandler;
  /** The texts received so far, in order. */
  texts(): string[];
  /** Resolves once `n` messages (counting redeliveries) arrived; fails after `timeoutMs`. */
  until(n: number, timeoutMs?: number): Promise<void>;
  /** Resolves once `pred` holds over what arrived; fails after `timeoutMs`. */
  untilTrue(pred: (got: readonly Received[]) => boolean, what: string, timeoutMs?: number): Promise<void>;
}

const dec = new TextDecoder();

export function recorder(answer: (r: Received, signal: AbortSignal) => DeliveryOutcome | Promise<DeliveryOutcome> = () => "success"): Recorder {
  const got: Received[] = [];
  let changed: () => void = () => undefined;
  const handler: MessageHandler = async (msg, signal) => {
    const r = { text: dec.decode(msg.data), msg };
    got.push(r);
    changed();
    return answer(r, signal);
  };
  const untilTrue = async (pred: (g: readonly Received[]) => boolean, what: string, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pred(got)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; got ${got.length}: ${JSON.stringify(got.slice(0, 20).map((g) => g.text))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        changed = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  };
  return {
    got,
    handler,
    texts: () => got.map((g) => g.text),
    until: (n, timeoutMs) => untilTrue((g) => g.length >= n, `${n} messages`, timeoutMs),
    untilTrue,
  };
}
