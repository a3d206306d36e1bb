/**
 * A message a driver handed over, read as the event the app gets, as Dapr's
 * subscription does (pkg/runtime/subscription): the message metadata with
 * `content-type` and `pubsubName`, the topic without the namespace prefix,
 * and the CloudEvent: the message itself (JSON), rebuilt from `ce_*`
 * metadata (binary content), or made for a raw payload (rawPayload
 * subscriptions), with trace attributes the broker kept as metadata.
 */
import type { ReceivedMessage } from "../../components/pubsub/pubsub.js";
import { cloudEventFromRawPayload, encodeCloudEvent, F } from "./cloud-event.js";
import { isBinaryContentType } from "./content-type.js";
import { parseJson, type JsonMap } from "./go-json.js";

export interface IncomingEvent {
  readonly cloudEvent: JsonMap;
  /** The bytes an HTTP app gets: the message as published, or the envelope made for a raw payload. */
  readonly body: Uint8Array;
  /** The topic as the app knows it (without the namespace prefix). */
  readonly topic: string;
  /** The message metadata with "content-type" and "pubsubName". */
  readonly metadata: Record<string, string>;
}

export interface ReadOptions {
  readonly pubsubName: string;
  readonly rawPayload: boolean;
  /** The namespace prefix of namespaced components ("" otherwise). */
  readonly topicPrefix: string;
}

const metadataKeyPubSub = "pubsubName";
const binaryCloudEventPrefix = "ce_";

/** The message metadata as the block passes it on: with "content-type" (when the broker kept one) and "pubsubName". */
export function messageMetadata(msg: ReceivedMessage, pubsubName: string): Record<string, string> {
  const metadata: Record<string, string> = { ...msg.metadata };
  if (msg.contentType !== undefined) metadata["content-type"] = msg.contentType;
  metadata[metadataKeyPubSub] = pubsubName;
  return metadata;
}

/** The topic the app knows: the first occurrence of the namespace prefix removed, as Dapr does. */
export function appTopic(topic: string, prefix: string): string {
  return prefix === "" ? topic : topic.replace(prefix, "");
}

/** Reads a message as an event; an Error when a message that should be a CloudEvent is not one. */
export function readIncoming(msg: ReceivedMessage, o: ReadOptions): IncomingEvent | Error {
  const metadata = messageMetadata(msg, o.pubsubName);
  const topic = appTopic(msg.topic, o.topicPrefix);
  const contentType = metadata["content-type"] ?? "application/json";
  if (o.rawPayload) {
    const ce = cloudEventFromRawPayload(msg.data, topic, o.pubsubName);
    copyTrace(ce, metadata, true);
    return { cloudEvent: ce, body: encodeCloudEvent(ce), topic, metadata };
  }
  if (isBinaryContentType(contentType)) {
    const ce: JsonMap = new Map();
    for (const [k, v] of Object.entries(metadata)) {
      const lower = k.toLowerCase();
      if (lower.startsWith(binaryCloudEventPrefix)) ce.set(lower.slice(binaryCloudEventPrefix.length), v);
    }
    ce.set(F.dataBase64, Buffer.from(msg.data).toString("base64"));
    ce.set(F.datacontenttype, contentType);
    return { cloudEvent: ce, body: msg.data, topic, metadata };
  }
  let parsed;
  try {
    parsed = parseJson(msg.data);
  } catch (e) {
    return new Error(`error deserializing cloud event: ${(e as Error).message}`);
  }
  if (!(parsed instanceof Map)) return new Error("error deserializing cloud event: the message is not a JSON object");
  copyTrace(parsed, metadata, false);
  return { cloudEvent: parsed, body: msg.data, topic, metadata };
}

/** Trace attributes the broker kept as message metadata fill in those the event lacks (all of them for raw payloads). */
function copyTrace(ce: JsonMap, metadata: Readonly<Record<string, string>>, raw: boolean): void {
  const traceid = metadata[F.traceid];
  const traceparent = metadata[F.traceparent];
  const tracestate = metadata[F.tracestate];
  if (traceid !== undefined && (raw || !ce.has(F.traceid))) ce.set(F.traceid, traceid);
  if (traceparent !== undefined && (raw || !ce.has(F.traceparent))) {
    ce.set(F.traceparent, traceparent);
    ce.set(F.traceid, traceparent);
  }
  if (tracestate !== undefined && (raw || !ce.has(F.tracestate))) ce.set(F.tracestate, tracestate);
}
