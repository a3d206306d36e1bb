/**
 * W3C trace context, as Dapr propagates it: `traceparent` parsed and
 * written, the binary gRPC form (`grpc-trace-bin`), child spans and new
 * random ids. Pub/sub, bindings and the calls into the app
 * (app-channel/traceparent.ts) all use this one module. pillion exports no
 * spans yet; it only keeps the identifiers flowing.
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

const zeroTrace = "0".repeat(32);
const zeroSpan = "0".repeat(16);
const traceparentRe = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$/;

/** Parses a `traceparent` value; undefined when it is not a valid W3C trace context. */
export function parseTraceparent(text: string | null | undefined): SpanContext | undefined {
  if (!text) return undefined;
  const m = traceparentRe.exec(text.trim());
  if (!m) return undefined;
  const [, version, traceId, spanId, flags] = m as unknown as [string, string, string, string, string];
  if (version === "ff" || (version === "00" && text.trim().length !== 55)) return undefined;
  if (traceId === zeroTrace || spanId === zeroSpan) return undefined;
  return { traceId, spanId, flags };
}

export function formatTraceparent(sc: SpanContext): string {
  return `00-${sc.traceId}-${sc.spanId}-${sc.flags}`;
}

/** A new span under `parent`; a new (unsampled) trace when there is no valid parent. */
export function childSpan(parent: SpanContext | undefined): SpanContext {
  if (parent) return { traceId: parent.traceId, spanId: randomSpanId(), flags: parent.flags };
  const { traceId, spanId } = randomTraceAndSpanIds();
  return { traceId, spanId, flags: "00" };
}

/** The binary gRPC trace context (`grpc-trace-bin`): version 0, field 0 trace id, field 1 span id, field 2 options (bit 0 sampled). */
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

/** Reads `grpc-trace-bin`; the options field may be left out (not sampled). Undefined when it does not hold valid ids. */
export function decodeGrpcTraceBin(b: Uint8Array): SpanContext | undefined {
  if (b.length < 27 || b[0] !== 0 || b[1] !== 0 || b[18] !== 1) return undefined;
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const traceId = buf.toString("hex", 2, 18);
  const spanId = buf.toString("hex", 19, 27);
  if (traceId === zeroTrace || spanId === zeroSpan) return undefined;
  const flags = b.length >= 29 && b[27] === 2 && b[28]! & 1 ? "01" : "00";
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

/*
 * Random ids come from a pool refilled in one call every 170 or so ids (a
 * call per id costs more than the rest of a publish or an invocation).
 */
const pool = Buffer.allocUnsafe(4096);
let offset = pool.length;

function take(bytes: number): number {
  if (offset + bytes > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const at = offset;
  offset += bytes;
  return at;
}

/** A new random trace id and span id (never all zeros). */
export function randomTraceAndSpanIds(): { traceId: string; spanId: string } {
  for (;;) {
    const at = take(24);
    const traceId = pool.toString("hex", at, at + 16);
    const spanId = pool.toString("hex", at + 16, at + 24);
    // All-zero ids are invalid; with random bytes this practically never loops.
    if (traceId !== zeroTrace && spanId !== zeroSpan) return { traceId, spanId };
  }
}

/** A new random span id (never all zeros). */
export function randomSpanId(): string {
  for (;;) {
    const at = take(8);
    const spanId = pool.toString("hex", at, at + 8);
    if (spanId !== zeroSpan) return spanId;
  }
}
