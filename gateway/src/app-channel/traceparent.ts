/**
 * W3C trace context for calls into the app: the app always sees a
 * `traceparent`. The caller's is passed on unchanged; when it sent none, a new
 * sampled one is made (random trace and span ids, flags 01).
 *
 * Random bytes come from a pool refilled in one call every 256 ids, which
 * keeps the per-call cost to two hex conversions.
 */
import { randomFillSync } from "node:crypto";

export const traceparentHeader = "traceparent";
export const tracestateHeader = "tracestate";

const idBytes = 24; // 16 for the trace id, 8 for the span id
const pool = Buffer.allocUnsafe(idBytes * 256);
let offset = pool.length;
const zeroTrace = "0".repeat(32);
const zeroSpan = "0".repeat(16);

/**
 * The `traceparent` equivalent of a gRPC binary trace context
 * (`grpc-trace-bin`, base64): version 0, field 0 trace id (16 bytes), field 1
 * span id (8 bytes), field 2 options (bit 0 sampled). Undefined when it does
 * not decode to valid ids.
 */
export function traceparentFromGrpcTraceBin(base64: string): string | undefined {
  const b = Buffer.from(base64, "base64");
  if (b.length < 27 || b[0] !== 0 || b[1] !== 0 || b[18] !== 1) return undefined;
  const traceId = b.toString("hex", 2, 18);
  const spanId = b.toString("hex", 19, 27);
  if (traceId === zeroTrace || spanId === zeroSpan) return undefined;
  const sampled = b.length >= 29 && b[27] === 2 ? b[28]! & 1 : 0;
  return `00-${traceId}-${spanId}-0${sampled}`;
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
  for (;;) {
    if (offset + idBytes > pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    const traceId = pool.toString("hex", offset, offset + 16);
    const spanId = pool.toString("hex", offset + 16, offset + idBytes);
    offset += idBytes;
    // All-zero ids are invalid; with random bytes this practically never loops.
    if (traceId !== zeroTrace && spanId !== zeroSpan) return `00-${traceId}-${spanId}-01`;
  }
}
