package dev.pillion.sdk;

import dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse.TopicEventResponseStatus;

/** What became of a pub/sub event, as a topic handler tells the sidecar. */
public enum EventStatus {
  /** The event is processed. */
  SUCCESS(TopicEventResponseStatus.SUCCESS),
  /** Deliver the event again. */
  RETRY(TopicEventResponseStatus.RETRY),
  /** Give the event up (to the dead-letter topic if there is one). */
  DROP(TopicEventResponseStatus.DROP);

  private final TopicEventResponseStatus proto;

  EventStatus(TopicEventResponseStatus proto) {
    this.proto = proto;
  }

  TopicEventResponseStatus proto() {
    return proto;
  }
}
