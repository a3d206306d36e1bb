/**
 * JetStream names from Dapr topics and consumer groups. Stream and consumer
 * names may not hold whitespace, ".", "*", ">", path separators or
 * control characters; a subject may not hold whitespace and its tokens
 * ("."-separated) may not be empty.
 */

/** A stream or consumer name for `text`: invalid characters become "_". */
export function natsName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9_-]/g, "_");
  return name === "" ? "_" : name;
}

/** Why `topic` cannot be a NATS subject, or undefined when it can. */
export function invalidSubject(topic: string): string | undefined {
  if (topic === "") return "the topic is empty";
  if (/[\s\0]/.test(topic)) return `topic "${topic}" holds whitespace, which a NATS subject cannot`;
  if (topic.split(".").some((t) => t === "")) return `topic "${topic}" has an empty "."-separated token, which a NATS subject cannot`;
  if (topic.split(".").some((t) => t === "*" || t === ">")) return `topic "${topic}" holds the NATS wildcard tokens "*" or ">"; wildcard subscriptions are not supported`;
  return undefined;
}

/** The stream of a topic: the component's streamName, or one named after the topic. */
export function streamNameFor(topic: string, streamName: string | undefined): string {
  return streamName !== undefined && streamName !== "" ? streamName : natsName(topic);
}

/**
 * The durable consumer of a consumer group on a topic: durableName or the
 * group. When several topics share one stream (streamName), each topic needs
 * its own consumer, so the topic is appended.
 */
export function durableNameFor(group: string, topic: string, durableName: string | undefined, sharedStream: boolean): string {
  const base = natsName(durableName !== undefined && durableName !== "" ? durableName : group);
  return sharedStream ? `${base}_${natsName(topic)}` : base;
}
