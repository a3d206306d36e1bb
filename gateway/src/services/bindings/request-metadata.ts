/**
 * The metadata an output binding gets besides the caller's own, as Dapr
 * builds it (pkg/api/http onOutputBindingMessage, pkg/api/grpc InvokeBinding):
 *
 * REST: `traceparent` of the call's span (a child of the caller's
 * traceparent, or a new trace) and the caller's `tracestate` replace the
 * caller's values; a `baggage` header is checked and passed on.
 *
 * gRPC (and Connect / gRPC-Web): `traceparent` / `tracestate` are added when
 * the request has none; then every incoming header is copied in under its
 * Dapr name (grpc-* as dapr-grpc-*) unless the request has that key already,
 * except that the caller's traceparent and tracestate headers always win;
 * `baggage` is checked and passed on.
 */
import { malformedBaggage } from "../../errors/catalog.js";
import { apiTokenHeader, peerTokenHeader } from "../../server/auth.js";
import { childSpan, formatTraceparent, incomingTrace } from "../../util/trace-context.js";
import { baggageError } from "./baggage.js";

const neverCopied = new Set([apiTokenHeader, peerTokenHeader]);

export function outputBindingMetadata(
  metadata: Readonly<Record<string, string>>,
  protocol: string,
  headers: Headers | undefined,
): Record<string, string> {
  const out: Record<string, string> = { ...metadata };
  const { parent, tracestate } = incomingTrace(headers);
  const traceparent = formatTraceparent(childSpan(parent));
  const baggage = headers?.get("baggage") ?? null;
  if (baggage !== null) {
    const why = baggageError(baggage);
    if (why !== undefined) throw malformedBaggage(why);
  }
  if (protocol === "rest") {
    out["traceparent"] = traceparent;
    if (tracestate) out["tracestate"] = tracestate;
    if (baggage !== null) out["baggage"] = baggage;
    return out;
  }
  if (out["traceparent"] === undefined) out["traceparent"] = traceparent;
  if (out["tracestate"] === undefined && tracestate) out["tracestate"] = tracestate;
  if (baggage !== null) out["baggage"] = baggage;
  headers?.forEach((v, k) => {
    if (neverCopied.has(k) || k.startsWith(":")) return;
    const key = k.startsWith("grpc-") ? `dapr-${k}` : k;
    if (out[key] === undefined || k === "traceparent" || k === "tracestate") out[key] = v;
  });
  return out;
}
