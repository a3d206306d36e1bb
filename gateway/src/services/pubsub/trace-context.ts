/**
 * W3C trace context as Dapr propagates it through pub/sub: the publish call
 * runs in a span that is a child of the caller's `traceparent` (or of
 * `grpc-trace-bin`), that span's context goes into the CloudEvent, and each
 * delivery to the app runs in a child span of the CloudEvent's context.
 * pillion exports no spans yet; it only keeps the identifiers flowing.
 */
import { randomFillSync } from "node:crypto";

export interface SpanContext {
  /** 32 lower-case hex digits. */
  readonly traceId: string;
  /** 16 lower-case hex digits. */
  readonly spanId: string;
  /** 2 hex digits; "01" when sampled. */
  readonly flags: string;
}

const traceparentRe = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$/;

/** Parses a `traceparent` value; undefined when it is not a valid W3C trace context. */
export function parseTraceparent(text: string | null | undefined): SpanContext | undefined {
  if (!text) return undefined;
  const m = traceparentRe.exec(text.trim());
  if (!m) return undefined;
  const [, version, traceId, spanId, flags] = m as unknown as [string, string, string, string, string];
  if (version === "ff" || (version === "00" && text.trim().length !== 55)) return undefined;
  if (/^0+$/.test(traceId) || /^0+$/.test(spanId)) return undefined;
  return { traceId, spanId, flags };
}

export function formatTraceparent(sc: SpanContext): string {
  return `00-${sc.traceId}-${sc.spanId}-${sc.flags}`;
}

/** A new span under `parent`; a new (unsampled) trace when there is no valid parent. */
export function childSpan(parent: SpanContext | undefined): SpanContext {
  if (parent) return { traceId: parent.traceId, spanId: randomHex(8), flags: parent.flags };
  return { traceId: randomHex(16), spanId: randomHex(8), flags: "00" };
}

/** The binary gRPC trace context (`grpc-trace-bin`): version 0, trace id, span id, options. */
export function encodeGrpcTraceBin(sc: SpanContext): Uint8Array {
  const out = new Uint8Array(29);
  out[0] = 0;
  out[1] = 0;
  out.set(Buffer.from(sc.traceId, "hex"), 2);
  out[18] = 1;
  out.set(Buffer.from(sc.spanId, "hex"), 19);
  out[27] = 2;
  out[28] = parseInt(sc.flags, 16) & 1;
  return out;
}

export function decodeGrpcTraceBin(b: Uint8Array): SpanContext | undefined {
  if (b.length < 29 || b[0] !== 0 || b[1] !== 0 || b[18] !== 1) return undefined;
  const traceId = Buffer.from(b.subarray(2, 18)).toString("hex");
  const spanId = Buffer.from(b.subarray(19, 27)).toString("hex");
  const flags = b[27] === 2 ? (b[28]! & 1 ? "01" : "00") : "00";
  if (/^0+$/.test(traceId) || /^0+$/.test(spanId)) return undefined;
  return { traceId, spanId, flags };
}

/**
 * The caller's trace context from request headers: `grpc-trace-bin` first
 * (base64, as gRPC carries binary metadata), then `traceparent`, as Dapr reads
 * them.
 */
export function incomingTrace(headers: Headers | undefined): { parent?: SpanContext; tracestate: string } {
  if (!headers) return { tracestate: "" };
  let parent: SpanContext | undefined;
  const bin = headers.get("grpc-trace-bin");
  if (bin) parent = decodeGrpcTraceBin(Buffer.from(bin, "base64"));
  parent ??= parseTraceparent(headers.get("traceparent"));
  return { ...(parent && { parent }), tracestate: headers.get("tracestate") ?? "" };
}

/** Random ids come from a pool refilled in one call now and then (a call per id costs more than the rest of a publish). */
const pool = Buffer.allocUnsafe(4096);
let offset = pool.length;

function randomHex(bytes: number): string {
  for (;;) {
    if (offset + bytes > pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    const h = pool.toString("hex", offset, offset + bytes);
    offset += bytes;
    if (!/^0+$/.test(h)) return h;
  }
}
