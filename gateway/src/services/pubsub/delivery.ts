/**
 * Hands one event to the app through the app channel, as Dapr's postmen do
 * (pkg/runtime/subscription/postman/{http,grpc}), and says what the app's
 * answer means. Never throws: a failed call is a RETRY result.
 *
 * HTTP: `POST /<route>` with the event bytes as they travelled through the
 * broker, `Content-Type: application/cloudevents+json`, each message metadata
 * entry as a header (e.g. `pubsubname`), and `traceparent` of a delivery span
 * under the event's trace.
 *
 * gRPC: AppCallback/OnTopicEvent with the TopicEventRequest filled from the
 * event (data decoded from data_base64, JSON data re-encoded, text data as
 * its bytes; the attributes other than id, source, type, specversion,
 * datacontenttype and data as `extensions`), the metadata as gRPC metadata,
 * and the delivery span as `traceparent` and `grpc-trace-bin`.
 */
import { create } from "@bufbuild/protobuf";
import type { JsonObject } from "@bufbuild/protobuf";
import type { AppChannel } from "../../app-channel/app-channel.js";
import { TopicEventRequestSchema, type TopicEventRequest } from "../../gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { grpcDeliveryResult, httpDeliveryResult, type DeliveryResult } from "./app-response.js";
import { F, stringAttr } from "./cloud-event.js";
import { cloudEventContentType, isCloudEventContentType, isJsonContentType, isStringContentType } from "./content-type.js";
import { cleanPath } from "../../util/clean-path.js";
import { marshalJson, toPlain, type JsonMap, type JsonValue } from "./go-json.js";
import { childSpan, encodeGrpcTraceBin, formatTraceparent, parseTraceparent, type SpanContext } from "../../util/trace-context.js";

/** An event ready for the app. */
export interface EventToDeliver {
  /** The decoded envelope. */
  readonly cloudEvent: JsonMap;
  /** The bytes an HTTP app receives (the message as published, or the envelope made for a raw payload). */
  readonly body: Uint8Array;
  /** The topic the event was published to. */
  readonly topic: string;
  readonly pubsubName: string;
  /** The app route chosen by the subscription's rules. */
  readonly path: string;
  /** The message metadata, including "pubsubName". */
  readonly metadata: Readonly<Record<string, string>>;
}

const hopByHop = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "http2-settings", "te", "trailer", "proxy-authorization", "proxy-authenticate"]);
const traceKeys = new Set(["traceparent", "tracestate", "grpc-trace-bin"]);
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9a-z]+$/;
// eslint-disable-next-line no-control-regex
const headerValueRe = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Hands one event to its consumer (the app, or a streaming subscription's client) and says what became of it. */
export interface Postman {
  /** Never throws: a failed call is a RETRY result. `signal` aborts the call. */
  deliver(ev: EventToDeliver, signal: AbortSignal): Promise<DeliveryResult>;
}

export class AppDelivery implements Postman {
  constructor(private readonly channel: AppChannel) {}

  /** Delivers the event once; `signal` aborts the call (sidecar shutdown). */
  async deliver(ev: EventToDeliver, signal: AbortSignal): Promise<DeliveryResult> {
    return this.channel.protocol === "grpc" ? this.deliverGrpc(ev, signal) : this.deliverHttp(ev, signal);
  }

  private async deliverHttp(ev: EventToDeliver, signal: AbortSignal): Promise<DeliveryResult> {
    const headers: Record<string, string> = {};
    let mdTraceparent: string | undefined;
    let mdTracestate: string | undefined;
    for (const [k, v] of Object.entries(ev.metadata)) {
      const key = k.toLowerCase();
      if (key === "traceparent") mdTraceparent = v;
      else if (key === "tracestate") mdTracestate = v;
      if (traceKeys.has(key) || key.endsWith("-bin") || key === "content-type" || key === "content-length" || key === "host") continue;
      if (key === "destination-app-id" || hopByHop.has(key)) continue;
      const name = key.startsWith("grpc-") ? `dapr-${key}` : key;
      if (!tokenRe.test(name) || !headerValueRe.test(v)) continue;
      headers[name] = v;
    }
    if (mdTraceparent) {
      headers["traceparent"] = mdTraceparent;
      if (mdTracestate) headers["tracestate"] = mdTracestate;
    } else {
      const span = deliverySpan(ev.cloudEvent);
      if (span) headers["traceparent"] = formatTraceparent(span);
    }
    headers["content-type"] = cloudEventContentType;
    try {
      const res = await this.channel.http!.request({ method: "POST", path: appPath(ev.path), headers, body: ev.body, signal });
      return httpDeliveryResult(res.status, res.body);
    } catch (e) {
      return { status: "retry", reason: `error returned from app channel while sending pub/sub event to app: ${(e as Error).message}` };
    }
  }

  private async deliverGrpc(ev: EventToDeliver, signal: AbortSignal): Promise<DeliveryResult> {
    const ce = ev.cloudEvent;
    let req;
    try {
      req = topicEventRequest(ev);
    } catch (e) {
      return { status: "retry", reason: `error returned from app while processing pub/sub event: ${(e as Error).message}` };
    }
    const headers = new Headers();
    for (const [k, v] of Object.entries(ev.metadata)) {
      const key = k.toLowerCase();
      if (key === "content-type" || key === "content-length" || traceKeys.has(key) || key.endsWith("-bin") || key.startsWith("grpc-") || hopByHop.has(key) || key === "host") continue;
      if (!tokenRe.test(key) || !headerValueRe.test(v)) continue;
      headers.append(key, v);
    }
    const span = deliverySpan(ce);
    if (span) {
      headers.set("traceparent", formatTraceparent(span));
      headers.set("grpc-trace-bin", Buffer.from(encodeGrpcTraceBin(span)).toString("base64"));
    }
    try {
      const res = await this.channel.grpc!.callback.onTopicEvent(req, { headers, signal });
      return grpcDeliveryResult({ status: res.status });
    } catch (e) {
      return grpcDeliveryResult({ error: e });
    }
  }
}

/** The TopicEventRequest of an event (gRPC apps and streaming subscriptions); throws when the envelope's data does not fit its content type. */
export function topicEventRequest(ev: EventToDeliver): TopicEventRequest {
  const ce = ev.cloudEvent;
  return create(TopicEventRequestSchema, {
    id: stringAttr(ce, F.id),
    source: stringAttr(ce, F.source),
    dataContentType: stringAttr(ce, F.datacontenttype),
    type: stringAttr(ce, F.type),
    specVersion: stringAttr(ce, F.specversion),
    topic: ev.topic,
    pubsubName: ev.pubsubName,
    path: ev.path,
    data: grpcData(ce),
    extensions: cloudEventExtensions(ce),
  });
}

/** The attributes of an event other than id, source, type, specversion, datacontenttype and data, as TopicEventRequest.extensions. */
export function cloudEventExtensions(ce: JsonMap): JsonObject {
  const extensions: Record<string, unknown> = {};
  for (const [k, v] of ce) if (!envelopeKeys.has(k)) Object.defineProperty(extensions, k, { value: toPlain(v), enumerable: true, writable: true, configurable: true });
  return extensions as JsonObject;
}

const envelopeKeys = new Set<string>([F.id, F.source, F.datacontenttype, F.type, F.specversion, F.data, F.dataBase64]);

/** The delivery span: a child of the event's traceparent (or traceid); none when the event carries no trace id string. */
export function deliverySpan(ce: JsonMap): SpanContext | undefined {
  let tid: JsonValue | undefined = ce.get(F.traceparent);
  if (tid === undefined || tid === null) tid = ce.get(F.traceid);
  if (typeof tid !== "string") return undefined;
  return childSpan(parseTraceparent(tid));
}

/** TopicEventRequest.data from the envelope, as Dapr fills it. */
export function grpcData(ce: JsonMap): Uint8Array {
  const b64 = ce.get(F.dataBase64);
  if (b64 !== undefined && b64 !== null) {
    if (typeof b64 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
      throw new Error("data_base64 is not a base64 string");
    }
    return Buffer.from(b64, "base64");
  }
  const data = ce.get(F.data);
  if (data === undefined || data === null) return new Uint8Array(0);
  const ct = stringAttr(ce, F.datacontenttype);
  if (isStringContentType(ct)) {
    if (typeof data !== "string") throw new Error("unexpected data type encountered in envelope");
    return Buffer.from(data, "utf8");
  }
  if (isJsonContentType(ct) || isCloudEventContentType(ct)) return Buffer.from(marshalJson(data), "utf8");
  return new Uint8Array(0);
}

/** The request path for a route, cleaned like Go's path.Clean and rooted. */
export function appPath(route: string): string {
  const q = route.indexOf("?");
  const p = q >= 0 ? route.slice(0, q) : route;
  const cleaned = cleanPath(p);
  const rooted = cleaned === "." ? "/" : cleaned.startsWith("/") ? cleaned : `/${cleaned}`;
  return q >= 0 ? rooted + route.slice(q) : rooted;
}
