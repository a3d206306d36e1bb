/**
 * W3C trace context for calls into the app: the app always sees a
 * `traceparent`. The caller's is passed on unchanged; when it sent none, a new
 * sampled one is made (random trace and span ids, flags 01). Parsing, the
 * binary gRPC form and the random ids are util/trace-context.ts's.
 */
import { decodeGrpcTraceBin, formatTraceparent, randomTraceAndSpanIds } from "../util/trace-context.js";

export const traceparentHeader = "traceparent";
export const tracestateHeader = "tracestate";

/**
 * The `traceparent` equivalent of a gRPC binary trace context
 * (`grpc-trace-bin`, base64): version 0, field 0 trace id (16 bytes), field 1
 * span id (8 bytes), field 2 options (bit 0 sampled). Undefined when it does
 * not decode to valid ids.
 */
export function traceparentFromGrpcTraceBin(base64: string): string | undefined {
  const sc = decodeGrpcTraceBin(Buffer.from(base64, "base64"));
  return sc && formatTraceparent(sc);
}

let generating = true;

/**
 * Whether the sidecar makes a `traceparent` where none came in. The
 * Configuration's spec.tracing.samplingRate 0 turns tracing off, and with it
 * the trace contexts the sidecar would make; contexts that came in are
 * still passed on. One setting per process (one sidecar per process).
 */
export function generatesTraceparents(): boolean {
  return generating;
}

export function setGeneratesTraceparents(on: boolean): void {
  generating = on;
}

/** A new `traceparent` where the sidecar makes them, else undefined. */
export function madeTraceparent(): string | undefined {
  return generating ? newTraceparent() : undefined;
}

/** A new `traceparent` value: version 00, random trace and span ids, sampled. */
export function newTraceparent(): string {
  const { traceId, spanId } = randomTraceAndSpanIds();
  return `00-${traceId}-${spanId}-01`;
}
