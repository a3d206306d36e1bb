/**
 * The body of Dapr's HTTP bulk publish (`POST /v1.0/publish/bulk/{pubsub}/
 * {topic}`), read as daprd reads it (pkg/api/http onBulkPublish,
 * ConvertEventToBytes): a JSON array of `{"entryId", "event", "contentType",
 * "metadata"}` (names case-insensitive, as Go decodes them) whose `event` is
 * decoded by `contentType`:
 *
 * - application/octet-stream: a base64 string, its bytes;
 * - text/* and application/xml: a JSON string, its characters;
 * - application/json and application/cloudevents+json: any JSON value,
 *   written again compactly (object keys sorted, numbers as doubles);
 * - anything else (an empty contentType included): refused.
 *
 * An entry with `metadata` gets the request's metadata for the keys it does
 * not have. Errors, in Dapr's order: a body that is not such a list (400
 * DAPR_PUBSUB_UNMARSHAL_EVENTS), then per entry an event that does not fit
 * its contentType (400 DAPR_PUBSUB_MARSHAL_ENVELOPE) and a missing or
 * repeated entryId (400 DAPR_PUBSUB_MARSHAL_EVENTS).
 */
import { create } from "@bufbuild/protobuf";
import * as errors from "../../errors/catalog.js";
import { BulkPublishRequestEntrySchema, type BulkPublishRequestEntry } from "../../gen/dapr/proto/runtime/v1/pubsub_pb.js";
import { isBinaryContentType, isCloudEventContentType, isJsonContentType, isStringContentType } from "./content-type.js";
import { JsonNumber, marshalJson, parseFirstJson, type JsonMap, type JsonValue } from "./go-json.js";

export interface BulkBodyContext {
  readonly pubsubName: string;
  readonly topic: string;
  readonly appId: string;
  /** The request's metadata (from metadata.* query parameters). */
  readonly metadata: Readonly<Record<string, string>>;
}

const mismatch = "error: mismatch between contentType and event";

export function parseBulkPublishBody(body: Uint8Array, ctx: BulkBodyContext): BulkPublishRequestEntry[] {
  const raw = decodeEntries(body, ctx);
  const ids = new Set<string>();
  return raw.map((e) => {
    let event: Uint8Array;
    try {
      event = eventBytes(e.event, e.contentType);
    } catch (err) {
      throw errors.pubsubMarshalEnvelope(ctx.pubsubName, ctx.topic, ctx.appId, err);
    }
    if (e.entryId === "" || ids.has(e.entryId)) {
      throw errors.pubsubMarshalEvents(ctx.pubsubName, ctx.topic, ctx.appId, new Error("entryId is duplicated or not present for entry"));
    }
    ids.add(e.entryId);
    const metadata = e.metadata ? { ...ctx.metadata, ...e.metadata } : {};
    return create(BulkPublishRequestEntrySchema, { entryId: e.entryId, event, contentType: e.contentType, metadata });
  });
}

interface RawEntry {
  entryId: string;
  event: JsonValue;
  contentType: string;
  metadata?: Record<string, string>;
}

function decodeEntries(body: Uint8Array, ctx: BulkBodyContext): RawEntry[] {
  const fail = (detail: string) => errors.pubsubUnmarshalEvents(ctx.pubsubName, ctx.topic, ctx.appId, new Error(detail));
  let doc: JsonValue;
  try {
    doc = parseFirstJson(body);
  } catch (e) {
    throw fail((e as Error).message);
  }
  if (doc === null) return [];
  if (!Array.isArray(doc)) throw fail(`json: cannot unmarshal ${kind(doc)} into Go value of type []http.bulkPublishMessageEntry`);
  return doc.map((item) => {
    const entry: RawEntry = { entryId: "", event: null, contentType: "" };
    if (item === null) return entry;
    if (!(item instanceof Map)) throw fail(`json: cannot unmarshal ${kind(item)} into Go value of type http.bulkPublishMessageEntry`);
    const str = (name: string, v: JsonValue): string => {
      if (v === null) return "";
      if (typeof v !== "string") throw fail(`json: cannot unmarshal ${kind(v)} into Go struct field bulkPublishMessageEntry.${name} of type string`);
      return v;
    };
    for (const [k, v] of item) {
      switch (k.toLowerCase()) {
        case "entryid":
          entry.entryId = str("entryId", v);
          break;
        case "event":
          entry.event = v;
          break;
        case "contenttype":
          entry.contentType = str("contentType", v);
          break;
        case "metadata":
          if (v === null) {
            delete entry.metadata;
            break;
          }
          if (!(v instanceof Map)) throw fail(`json: cannot unmarshal ${kind(v)} into Go struct field bulkPublishMessageEntry.metadata of type map[string]string`);
          entry.metadata = {};
          for (const [mk, mv] of v) {
            if (mv !== null && typeof mv !== "string") throw fail(`json: cannot unmarshal ${kind(mv)} into Go struct field bulkPublishMessageEntry.metadata of type string`);
            Object.defineProperty(entry.metadata, mk, { value: mv ?? "", enumerable: true, writable: true, configurable: true });
          }
          break;
      }
    }
    return entry;
  });
}

/** An entry's event as bytes, by its content type (Dapr's ConvertEventToBytes). */
export function eventBytes(event: JsonValue, contentType: string): Uint8Array {
  if (isBinaryContentType(contentType)) {
    if (typeof event !== "string") throw new Error(mismatch);
    const b64 = event.replace(/[\r\n]/g, "");
    const bad = /[^A-Za-z0-9+/=]/.exec(b64);
    if (bad || b64.length % 4 !== 0 || /=[^=]/.test(b64) || /={3,}$/.test(b64)) {
      const at = bad ? bad.index : Math.max(0, b64.length - (b64.length % 4 || 4));
      throw new Error(`error: unable to decode base64 application/octect-stream data: illegal base64 data at input byte ${at}`);
    }
    return Buffer.from(b64, "base64");
  }
  if (isStringContentType(contentType)) {
    if (typeof event !== "string") throw new Error(mismatch);
    return Buffer.from(event, "utf8");
  }
  if (isJsonContentType(contentType) || isCloudEventContentType(contentType)) return Buffer.from(marshalJson(asGoAny(event)), "utf8");
  throw new Error(mismatch);
}

/** A JSON value as Go's `any` holds it: numbers become doubles. */
function asGoAny(v: JsonValue): JsonValue {
  if (v instanceof JsonNumber) {
    const n = v.toNumber();
    return new JsonNumber(Object.is(n, -0) ? "-0" : String(n));
  }
  if (Array.isArray(v)) return v.map(asGoAny);
  if (v instanceof Map) {
    const m: JsonMap = new Map();
    for (const [k, x] of v) m.set(k, asGoAny(x));
    return m;
  }
  return v;
}

function kind(v: JsonValue): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (v instanceof Map) return "object";
  if (v instanceof JsonNumber) return "number";
  return typeof v;
}
