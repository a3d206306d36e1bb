/**
 * Hands a batch of events to the app at once (bulk subscribe), as Dapr's
 * postmen do (pkg/runtime/subscription/postman/{http,grpc} DeliverBulk), and
 * says what became of each entry. Never throws.
 *
 * HTTP: `POST /<route>` with `Content-Type: application/json` and the bulk
 * envelope `{"entries":[{"entryId","event","metadata","contentType"}],"id",
 * "metadata","pubsubname","topic","type":"com.dapr.event.sent.bulk"}` (event:
 * the CloudEvent, or the raw payload as base64). The app answers
 * `{"statuses":[{"entryId","status"}]}`: SUCCESS, DROP, RETRY; an entry with
 * no status (or "") is retried, as is every entry when the body is not JSON.
 * 404 drops the whole batch (no dead-lettering), any other non-2xx retries it.
 *
 * gRPC: AppCallback/OnBulkTopicEvent (AppCallbackAlpha/OnBulkTopicEventAlpha1
 * when the app does not implement it) with a TopicEventBulkRequest; statuses
 * as above; Unimplemented from both drops the batch, other errors retry it.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { randomUUID } from "node:crypto";
import type { AppChannel } from "../../app-channel/app-channel.js";
import {
  TopicEventBulkRequestEntrySchema,
  TopicEventBulkRequestSchema,
  TopicEventCERequestSchema,
  type TopicEventBulkResponse,
} from "../../gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { TopicEventStatus, type DeliveryResult } from "./app-response.js";
import { F, stringAttr } from "./cloud-event.js";
import { isCloudEventContentType, isJsonContentType, isStringContentType } from "./content-type.js";
import { appPath, cloudEventExtensions, deliverySpan } from "./delivery.js";
import { marshalJson, parseFirstJson, quote, type JsonMap, type JsonValue } from "./go-json.js";
import { encodeGrpcTraceBin, formatTraceparent } from "../../util/trace-context.js";

export const bulkEventType = "com.dapr.event.sent.bulk";

/** One entry of a batch. */
export interface BulkEntry {
  readonly entryId: string;
  /** The event: a CloudEvent, or for rawPayload subscriptions the raw bytes. */
  readonly event: { readonly cloudEvent: JsonMap } | { readonly raw: Uint8Array };
  readonly contentType: string;
  /** The message's metadata as the broker kept it. */
  readonly metadata: Readonly<Record<string, string>>;
}

export interface BulkToDeliver {
  readonly topic: string;
  readonly pubsubName: string;
  readonly path: string;
  /** The batch's metadata ({"pubsubName": ...}). */
  readonly metadata: Readonly<Record<string, string>>;
  readonly entries: readonly BulkEntry[];
}

/** What became of each entry, by entry id (every entry of the batch has one). */
export type BulkResults = Map<string, DeliveryResult>;

export interface BulkPostman {
  deliverBulk(b: BulkToDeliver, signal: AbortSignal): Promise<BulkResults>;
}

const success: DeliveryResult = { status: "success" };

export class AppBulkDelivery implements BulkPostman {
  constructor(private readonly channel: AppChannel) {}

  deliverBulk(b: BulkToDeliver, signal: AbortSignal): Promise<BulkResults> {
    return this.channel.protocol === "grpc" ? this.deliverGrpc(b, signal) : this.deliverHttp(b, signal);
  }

  private async deliverHttp(b: BulkToDeliver, signal: AbortSignal): Promise<BulkResults> {
    const body = bulkEnvelopeJson(b, randomUUID());
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(b.metadata)) headers[k.toLowerCase()] = v;
    const span = lastSpan(b);
    if (span) headers["traceparent"] = span;
    headers["content-type"] = "application/json";
    let res;
    try {
      res = await this.channel.http!.request({ method: "POST", path: appPath(b.path), headers, body: Buffer.from(body), signal });
    } catch (e) {
      return all(b, { status: "retry", reason: `error from app channel while sending pub/sub event to app: ${(e as Error).message}` });
    }
    if (res.status >= 200 && res.status <= 299) {
      let statuses: { entryId: string; status: string }[];
      try {
        statuses = appBulkStatuses(res.body);
      } catch (e) {
        return all(b, { status: "retry", reason: `failed unmarshalling app response for bulk subscribe: ${(e as Error).message}` });
      }
      return resultsFrom(b, statuses.map((s) => ({ entryId: s.entryId, result: httpEntryResult(s.entryId, s.status) })));
    }
    if (res.status === 404) {
      return all(b, { status: "drop", reason: `non-retriable error returned from app while processing bulk pub/sub event: status code ${res.status}`, deadLetter: false });
    }
    return all(b, { status: "retry", reason: `retriable error returned from app while processing bulk pub/sub event, topic: ${b.topic}. status code returned: ${res.status}` });
  }

  private async deliverGrpc(b: BulkToDeliver, signal: AbortSignal): Promise<BulkResults> {
    const results: BulkResults = new Map();
    const entries = [];
    for (const e of b.entries) {
      try {
        entries.push(grpcEntry(e));
      } catch (err) {
        results.set(e.entryId, { status: "retry", reason: (err as Error).message });
      }
    }
    const req = create(TopicEventBulkRequestSchema, {
      id: randomUUID(),
      entries,
      metadata: { ...b.metadata },
      topic: b.topic,
      pubsubName: b.pubsubName,
      type: bulkEventType,
      path: b.path,
    });
    const headers = new Headers();
    for (const [k, v] of Object.entries(b.metadata)) headers.set(k.toLowerCase(), v);
    const span = lastSpanContext(b);
    if (span) {
      headers.set("traceparent", formatTraceparent(span));
      headers.set("grpc-trace-bin", Buffer.from(encodeGrpcTraceBin(span)).toString("base64"));
    }
    const grpc = this.channel.grpc!;
    let res: TopicEventBulkResponse;
    try {
      try {
        res = await grpc.callback.onBulkTopicEvent(req, { headers, signal });
      } catch (e) {
        if (ConnectError.from(e).code !== Code.Unimplemented) throw e;
        res = await grpc.alpha.onBulkTopicEventAlpha1(req, { headers, signal });
      }
    } catch (e) {
      const err = ConnectError.from(e);
      if (err.code === Code.Unimplemented) {
        return all(b, { status: "drop", reason: `non-retriable error returned from app while processing bulk pub/sub event: ${err.message}`, deadLetter: false });
      }
      return all(b, { status: "retry", reason: `error returned from app while processing bulk pub/sub event: ${err.message}` }, results);
    }
    return resultsFrom(
      b,
      res.statuses.map((s) => ({ entryId: s.entryId, result: grpcEntryResult(s.entryId, s.status) })),
      results,
    );
  }
}

/** The HTTP bulk envelope, keys as Go writes them (the outer map sorted, entries in struct order). */
export function bulkEnvelopeJson(b: BulkToDeliver, id: string): string {
  const entries = b.entries.map((e) => {
    const event = "raw" in e.event ? quote(Buffer.from(e.event.raw).toString("base64")) : marshalJson(e.event.cloudEvent);
    const ct = e.contentType === "" ? "" : `,"contentType":${quote(e.contentType)}`;
    return `{"entryId":${quote(e.entryId)},"event":${event},"metadata":${stringMap(e.metadata)}${ct}}`;
  });
  return `{"entries":[${entries.join(",")}],"id":${quote(id)},"metadata":${stringMap(b.metadata)},"pubsubname":${quote(b.pubsubName)},"topic":${quote(b.topic)},"type":${quote(bulkEventType)}}`;
}

function stringMap(m: Readonly<Record<string, string>>): string {
  return marshalJson(new Map<string, JsonValue>(Object.entries(m)));
}

/** The entries of an app's `{"statuses": [...]}` answer (keys matched case-insensitively, as Go does); throws when it is not that. */
export function appBulkStatuses(body: Uint8Array): { entryId: string; status: string }[] {
  const v = parseFirstJson(body);
  if (v === null) return [];
  if (!(v instanceof Map)) throw new Error("the answer is not a JSON object");
  const list = field(v, "statuses");
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Error("statuses is not a list");
  return list.map((item) => {
    if (item === null) return { entryId: "", status: "" };
    if (!(item instanceof Map)) throw new Error("a status is not a JSON object");
    const entryId = field(item, "entryId") ?? "";
    const status = field(item, "status") ?? "";
    if (typeof entryId !== "string" && entryId !== null) throw new Error("entryId is not a string");
    if (typeof status !== "string" && status !== null) throw new Error("status is not a string");
    return { entryId: entryId ?? "", status: status ?? "" };
  });
}

function field(obj: JsonMap, name: string): JsonValue | undefined {
  let hit: JsonValue | undefined;
  const lower = name.toLowerCase();
  for (const [k, v] of obj) if (k === name || k.toLowerCase() === lower) hit = v;
  return hit;
}

function httpEntryResult(entryId: string, status: string): DeliveryResult {
  switch (status) {
    case "SUCCESS":
      return success;
    case "DROP":
      return { status: "drop", reason: `DROP status returned from app while processing pub/sub event ${entryId}`, deadLetter: true };
    case "":
    case "RETRY":
      return { status: "retry", reason: `RETRY required while processing bulk subscribe event for entry id: ${entryId}` };
    default:
      return { status: "retry", reason: `unknown status returned from app while processing bulk subscribe event ${entryId}: ${status}` };
  }
}

function grpcEntryResult(entryId: string, status: number): DeliveryResult {
  switch (status) {
    case TopicEventStatus.SUCCESS:
      return success;
    case TopicEventStatus.DROP:
      return { status: "drop", reason: `DROP status returned from app while processing pub/sub event for entry id: ${entryId}`, deadLetter: true };
    case TopicEventStatus.RETRY:
      return { status: "retry", reason: `RETRY status returned from app while processing pub/sub event for entry id: ${entryId}` };
    default:
      return { status: "retry", reason: `unknown status returned from app while processing pub/sub event for entry id ${entryId}: ${status}` };
  }
}

/** Results for the entries the app answered; the others are retried. */
function resultsFrom(b: BulkToDeliver, answered: { entryId: string; result: DeliveryResult }[], into: BulkResults = new Map()): BulkResults {
  const ids = new Set(b.entries.map((e) => e.entryId));
  for (const a of answered) if (ids.has(a.entryId) && !into.has(a.entryId)) into.set(a.entryId, a.result);
  for (const e of b.entries) {
    if (!into.has(e.entryId)) into.set(e.entryId, { status: "retry", reason: `response not received, RETRY required while processing bulk subscribe event for entry id: ${e.entryId}` });
  }
  return into;
}

function all(b: BulkToDeliver, r: DeliveryResult, into: BulkResults = new Map()): BulkResults {
  for (const e of b.entries) if (!into.has(e.entryId)) into.set(e.entryId, r);
  return into;
}

/** An entry of a TopicEventBulkRequest (a CloudEvent's data as Dapr fills it: text as bytes, JSON re-encoded, other types left out). */
function grpcEntry(e: BulkEntry) {
  if ("raw" in e.event) {
    return create(TopicEventBulkRequestEntrySchema, { entryId: e.entryId, event: { case: "bytes", value: e.event.raw }, contentType: e.contentType, metadata: { ...e.metadata } });
  }
  const ce = e.event.cloudEvent;
  const ct = stringAttr(ce, F.datacontenttype);
  let data = new Uint8Array(0);
  const d = ce.get(F.data);
  if (d !== undefined && d !== null) {
    if (isStringContentType(ct)) {
      if (typeof d !== "string") throw new Error("error returned from app while processing pub/sub event: unexpected data type encountered in envelope");
      data = Buffer.from(d, "utf8");
    } else if (isJsonContentType(ct) || isCloudEventContentType(ct)) {
      data = Buffer.from(marshalJson(d), "utf8");
    }
  }
  const cloudEvent = create(TopicEventCERequestSchema, {
    id: stringAttr(ce, F.id),
    source: stringAttr(ce, F.source),
    dataContentType: ct,
    type: stringAttr(ce, F.type),
    specVersion: stringAttr(ce, F.specversion),
    data,
    extensions: cloudEventExtensions(ce),
  });
  return create(TopicEventBulkRequestEntrySchema, { entryId: e.entryId, event: { case: "cloudEvent", value: cloudEvent }, contentType: e.contentType, metadata: { ...e.metadata } });
}

/** The delivery span of the batch's last CloudEvent entry (Dapr's call runs in the span started last). */
function lastSpanContext(b: BulkToDeliver) {
  for (let i = b.entries.length - 1; i >= 0; i--) {
    const ev = b.entries[i]!.event;
    if ("cloudEvent" in ev) {
      const span = deliverySpan(ev.cloudEvent);
      if (span) return span;
    }
  }
  return undefined;
}

function lastSpan(b: BulkToDeliver): string | undefined {
  const s = lastSpanContext(b);
  return s ? formatTraceparent(s) : undefined;
}
