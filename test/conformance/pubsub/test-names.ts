/** The names of the pub/sub conformance tests, for skip lists. */
export const pubsubTests = {
  hundred: "100 messages published are all delivered, none lost",
  retry: "a message answered retry is delivered again until it succeeds",
  drop: "a message answered drop is not delivered again",
  topics: "two topics stay apart",
  groups: "two consumer groups each get every message",
  shared: "one consumer group with two subscribers shares the messages",
  ordering: "one subscription gets the messages of a topic in publish order",
  binary: "binary payloads arrive byte for byte",
  metadata: "publish metadata and content type arrive with the message",
  wildcards: "a wildcard subscription gets the messages of every matching topic",
  features: "declares exactly the optional methods of its features",
  closeWaits: "closing a subscription aborts its handler signal and waits for the call in flight",
  deadLetter: "through a sidecar: an event the app drops goes to the subscription's dead-letter topic",
  appRetry: "through a sidecar: an event the app answers RETRY is redelivered by the broker until SUCCESS",
  crash: "through a sidecar: an event in flight when the sidecar crashes is delivered again after a restart",
} as const;

export type PubSubTestName = (typeof pubsubTests)[keyof typeof pubsubTests];
