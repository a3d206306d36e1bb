/**
 * The CloudEvents 1.0 envelope exactly as Dapr builds it on publish
 * (pkg/runtime/pubsub/cloudevents.go and components-contrib pubsub/envelope.go)
 * and reads it on delivery: the fields, their defaults, `metadata.cloudevent.*`
 * overrides, an incoming CloudEvent kept and completed, data vs data_base64,
 * TTL as `expiration`.
 */
import { randomUUID } from "node:crypto";
import { isBinaryContentType, isCloudEventContentType, isCloudEventProtobuf, isJsonContentType } from "./content-type.js";
import { decodeUtf8, marshalJson, parseFirstJson, type JsonMap, type JsonValue } from "./go-json.js";

export const defaultEventType = "com.dapr.event.sent";
export const defaultSource = "Dapr";
export const specVersion = "1.0";
export const defaultDataContentType = "text/plain";

/** CloudEvent attribute names Dapr uses. */
export const F = {
  id: "id",
  source: "source",
  type: "type",
  specversion: "specversion",
  datacontenttype: "datacontenttype",
  data: "data",
  dataBase64: "data_base64",
  subject: "subject",
  time: "time",
  topic: "topic",
  pubsubname: "pubsubname",
  traceid: "traceid",
  traceparent: "traceparent",
  tracestate: "tracestate",
  expiration: "expiration",
} as const;

export interface NewCloudEventInput {
  /** The publishing app's id: the event's source. */
  readonly source: string;
  readonly topic: string;
  readonly pubsubName: string;
  /** Content type of the published body ("" when none was given). */
  readonly dataContentType: string;
  readonly data: Uint8Array;
  /** The publish span as a traceparent string ("" when there is none). */
  readonly traceparent: string;
  readonly tracestate: string;
  /** For tests; defaults to the current time. */
  readonly now?: Date;
}

export class CloudEventError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "CloudEventError";
  }
}

/** Metadata keys that override envelope attributes, matched case-insensitively like Dapr's mapstructure decoding. */
const overrideKeys = ["id", "source", "type", "subject", "traceid", "traceparent", "tracestate"] as const;
type Overrides = Partial<Record<(typeof overrideKeys)[number], string>>;

function overridesOf(metadata: Readonly<Record<string, string>>): Overrides {
  const out: Overrides = {};
  const entries = Object.entries(metadata);
  for (const k of overrideKeys) {
    const name = `cloudevent.${k}`;
    const exact = metadata[name];
    const hit = exact !== undefined ? exact : entries.find(([key]) => key.toLowerCase() === name)?.[1];
    if (hit !== undefined) out[k] = hit;
  }
  return out;
}

/**
 * Builds the envelope for a published body. A body whose content type is
 * application/cloudevents+json is taken as the envelope and only completed
 * (overrides do not apply to it, as in Dapr); anything else is wrapped.
 * Throws CloudEventError when a CloudEvent body is not a JSON object.
 */
export function newCloudEvent(input: NewCloudEventInput, metadata: Readonly<Record<string, string>>): JsonMap {
  const now = input.now ?? new Date();
  if (isCloudEventContentType(input.dataContentType)) return completeCloudEvent(input, now);

  const o = overridesOf(metadata);
  let traceid = o.traceid ?? input.traceparent;
  if (o.traceparent) traceid = o.traceparent;
  const tracestate = o.tracestate ?? input.tracestate;
  const id = o.id || randomUUID();
  const source = (o.source ?? input.source) || defaultSource;
  const type = o.type || defaultEventType;
  const dataContentType = input.dataContentType || defaultDataContentType;

  const ce: JsonMap = new Map<string, JsonValue>([
    [F.id, id],
    [F.specversion, specVersion],
    [F.datacontenttype, dataContentType],
    [F.source, source],
    [F.type, type],
    [F.topic, input.topic],
    [F.pubsubname, input.pubsubName],
    [F.traceid, traceid],
    [F.traceparent, traceid],
    [F.tracestate, tracestate],
    [F.time, formatRfc3339Local(now)],
  ]);
  if (isJsonContentType(dataContentType)) {
    let data: JsonValue;
    try {
      data = parseFirstJson(input.data);
    } catch {
      data = decodeUtf8(input.data);
    }
    ce.set(F.data, data);
  } else if (isBinaryContentType(dataContentType) || isCloudEventProtobuf(dataContentType, input.data)) {
    ce.set(F.dataBase64, Buffer.from(input.data).toString("base64"));
  } else {
    ce.set(F.data, decodeUtf8(input.data));
  }
  if (o.subject) ce.set(F.subject, o.subject);
  return ce;
}

/** An incoming CloudEvent, completed the way Dapr does (components-contrib FromCloudEvent). */
function completeCloudEvent(input: NewCloudEventInput, now: Date): JsonMap {
  let parsed: JsonValue;
  try {
    parsed = parseFirstJson(input.data);
  } catch (e) {
    throw new CloudEventError(`the body is not a JSON CloudEvent: ${(e as Error).message}`);
  }
  if (!(parsed instanceof Map)) throw new CloudEventError("the body is not a JSON object, so it cannot be a CloudEvent");
  const ce = parsed;
  if (!ce.has(F.time)) ce.set(F.time, formatRfc3339Local(now));
  if (!ce.has(F.traceid)) {
    ce.set(F.traceid, input.traceparent);
    ce.set(F.traceparent, input.traceparent);
  }
  if (!ce.has(F.tracestate)) ce.set(F.tracestate, input.tracestate);
  ce.set(F.topic, input.topic);
  ce.set(F.pubsubname, input.pubsubName);
  if (ce.get(F.source) == null) ce.set(F.source, defaultSource);
  if (ce.get(F.type) == null) ce.set(F.type, defaultEventType);
  if (ce.get(F.specversion) == null) ce.set(F.specversion, specVersion);
  return ce;
}

/**
 * Sets `expiration` from `ttl` / `ttlInSeconds` metadata when the component
 * does not handle message TTL itself (no MESSAGE_TTL feature). An invalid TTL
 * is ignored here, as Dapr does.
 */
export function applyTtl(ce: JsonMap, componentHandlesTtl: boolean, metadata: Readonly<Record<string, string>>, now = new Date()): void {
  if (componentHandlesTtl) return;
  const ttl = tryGetTtlMs(metadata);
  if (ttl === undefined || ttl instanceof Error) return;
  ce.set(F.expiration, formatRfc3339Utc(new Date(now.getTime() + ttl)));
}

/**
 * The message TTL in milliseconds from `ttl` or `ttlInSeconds` metadata
 * (names case-insensitive): a Go duration ("90s", "1h") or a positive whole
 * number of seconds. Undefined when absent, an Error when invalid.
 */
export function tryGetTtlMs(metadata: Readonly<Record<string, string>>): number | undefined | Error {
  const entries = Object.entries(metadata);
  let val: string | undefined;
  for (const k of ["ttl", "ttlinseconds"]) {
    const hit = entries.find(([key]) => key.toLowerCase() === k);
    if (hit) {
      val = hit[1];
      break;
    }
  }
  if (val === undefined || val === "") return undefined;
  const d = parseGoDuration(val);
  if (d !== undefined) return Math.max(d, 0);
  if (!/^[+-]?\d+$/.test(val)) return new Error(`ttl value must be a valid integer: actual is '${val}'`);
  const n = Number(val);
  if (n <= 0) return new Error(`ttl value must be higher than zero: actual is '${n}'`);
  return n * 1000;
}

/** Whether the event carries an `expiration` that has passed. */
export function hasExpired(ce: JsonMap, now = new Date()): boolean {
  const e = ce.get(F.expiration);
  if (typeof e !== "string" || e === "") return false;
  const t = parseRfc3339(e);
  return t !== undefined && t < now.getTime();
}

/** The CloudEvent Dapr makes for a raw (rawPayload) message on the subscriber's side. */
export function cloudEventFromRawPayload(data: Uint8Array, topic: string, pubsubName: string): JsonMap {
  return new Map<string, JsonValue>([
    [F.id, randomUUID()],
    [F.specversion, specVersion],
    [F.datacontenttype, "application/octet-stream"],
    [F.source, defaultSource],
    [F.type, defaultEventType],
    [F.topic, topic],
    [F.pubsubname, pubsubName],
    [F.dataBase64, Buffer.from(data).toString("base64")],
  ]);
}

/** The envelope as the bytes that travel through the broker. */
export function encodeCloudEvent(ce: JsonMap): Uint8Array {
  return Buffer.from(marshalJson(ce));
}

/** A string attribute of an event, "" when absent or not a string. */
export function stringAttr(ce: JsonMap, name: string): string {
  const v = ce.get(name);
  return typeof v === "string" ? v : "";
}

// ---- time ---------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Go's time.Now().Format(time.RFC3339): local time with its offset, "Z" for UTC. */
export function formatRfc3339Local(d: Date): string {
  const off = -d.getTimezoneOffset();
  const base = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  if (off === 0) return `${base}Z`;
  const sign = off > 0 ? "+" : "-";
  const a = Math.abs(off);
  return `${base}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

export function formatRfc3339Utc(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
}

const rfc3339Re = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an RFC 3339 timestamp, undefined when it is not one. */
export function parseRfc3339(s: string): number | undefined {
  if (!rfc3339Re.test(s)) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
}

const durationUnits: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, "μs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go's time.ParseDuration, in milliseconds; undefined when the text is not a Go duration. */
export function parseGoDuration(text: string): number | undefined {
  let s = text;
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s[0] === "-") sign = -1;
    s = s.slice(1);
  }
  if (s === "0") return 0;
  if (s === "") return undefined;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
  let total = 0;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return undefined;
    total += Number(m[1]) * durationUnits[m[2]!]!;
    pos = re.lastIndex;
  }
  return sign * total;
}
