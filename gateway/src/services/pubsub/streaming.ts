/**
 * Streaming subscriptions (SubscribeTopicEventsAlpha1): the client of a
 * bidirectional stream receives the events of one pubsub topic and answers
 * each with its id and a status.
 *
 * Several streams may subscribe to the same pubsub and topic (Dapr 1.18
 * allows it); streams with the same settings (pubsub, topic, metadata,
 * dead-letter topic) share one broker subscription, as members of the app's
 * consumer group, and its events are handed to them in turn. An event whose
 * stream ends before it answered is delivered again per the component's retry
 * policy, to another stream of the group while one is open; when the last
 * stream ends, the broker subscription closes.
 */
import { create } from "@bufbuild/protobuf";
import { SubscribeTopicEventsResponseAlpha1Schema, type SubscribeTopicEventsResponseAlpha1 } from "../../gen/dapr/proto/runtime/v1/pubsub_pb.js";
import type { DeliveryResult } from "./app-response.js";
import { grpcDeliveryResult } from "./app-response.js";
import { topicEventRequest, type EventToDeliver, type Postman } from "./delivery.js";

/** One open stream: its outgoing messages and the events waiting for an answer. */
export class StreamConnection {
  private readonly outgoing: SubscribeTopicEventsResponseAlpha1[] = [];
  private wake?: () => void;
  private readonly waiting = new Map<string, (r: DeliveryResult) => void>();
  private ended = false;

  constructor(readonly id: number) {}

  get open(): boolean {
    return !this.ended;
  }

  /** Sends an event and resolves with the client's answer, or RETRY when the stream ends first. */
  deliver(ev: EventToDeliver, signal: AbortSignal): Promise<DeliveryResult> {
    if (this.ended) return Promise.resolve({ status: "retry", reason: "stream closed" });
    let req;
    try {
      req = topicEventRequest(ev);
    } catch (e) {
      return Promise.resolve({ status: "retry", reason: `error returned from app while processing pub/sub event: ${(e as Error).message}` });
    }
    if (this.waiting.has(req.id)) {
      return Promise.resolve({ status: "retry", reason: `no client stream expecting publish response for id ${req.id} ConnectionID${this.id}` });
    }
    return new Promise<DeliveryResult>((resolve) => {
      const onAbort = () => settle({ status: "retry", reason: "the subscription is closing" });
      const settle = (r: DeliveryResult) => {
        if (this.waiting.get(req.id) !== settle) return;
        this.waiting.delete(req.id);
        signal.removeEventListener("abort", onAbort);
        resolve(r);
      };
      this.waiting.set(req.id, settle);
      signal.addEventListener("abort", onAbort, { once: true });
      this.push(create(SubscribeTopicEventsResponseAlpha1Schema, { subscribeTopicEventsResponseType: { case: "eventMessage", value: req } }));
    });
  }

  /** The client's answer to an event (ids nobody waits for are ignored, as in Dapr). */
  answer(id: string, status: number): void {
    this.waiting.get(id)?.(grpcDeliveryResult({ status }));
  }

  push(msg: SubscribeTopicEventsResponseAlpha1): void {
    this.outgoing.push(msg);
    this.wake?.();
  }

  /** Ends the stream: events waiting for an answer are retried elsewhere. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const settle of [...this.waiting.values()]) settle({ status: "retry", reason: "stream closed" });
    this.wake?.();
  }

  /** The messages to write to the client, until end(). */
  async *messages(): AsyncGenerator<SubscribeTopicEventsResponseAlpha1> {
    for (;;) {
      while (this.outgoing.length) yield this.outgoing.shift()!;
      if (this.ended) return;
      await new Promise<void>((r) => (this.wake = r));
      this.wake = undefined;
    }
  }
}

/** The streams sharing one broker subscription; events go to them in turn. */
export class StreamGroup implements Postman {
  private readonly members: StreamConnection[] = [];
  private next = 0;

  get size(): number {
    return this.members.length;
  }

  add(c: StreamConnection): void {
    this.members.push(c);
  }

  remove(c: StreamConnection): void {
    const i = this.members.indexOf(c);
    if (i >= 0) this.members.splice(i, 1);
  }

  deliver(ev: EventToDeliver, signal: AbortSignal): Promise<DeliveryResult> {
    const open = this.members.filter((m) => m.open);
    if (open.length === 0) return Promise.resolve({ status: "retry", reason: `no streamer subscribed to pubsub "${ev.pubsubName}" topic "${ev.topic}"` });
    const c = open[this.next++ % open.length]!;
    return c.deliver(ev, signal);
  }
}
