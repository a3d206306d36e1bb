import { describe, expect, it } from "vitest";
import {
  grpcMetadataForGrpcApp,
  grpcMetadataToHttpHeaders,
  grpcMetadataToHttpResponseHeaders,
  httpRequestHeadersForApp,
  httpRequestHeadersToGrpcMetadata,
  httpResponseHeadersFromApp,
  httpResponseHeadersToGrpcMetadata,
} from "./header-mapping.js";

const tp = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
const pairs = (flat: readonly string[]) => Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]]);

describe("HTTP caller to HTTP app", () => {
  const raw = [
    "Host", "sidecar:3500",
    "Connection", "keep-alive, X-Private",
    "X-Private", "hop",
    "Keep-Alive", "timeout=5",
    "Transfer-Encoding", "chunked",
    "Content-Length", "12",
    "Expect", "100-continue",
    "dapr-api-token", "secret",
    "dapr-app-id", "orders",
    "pillion-peer-token", "peer",
    "dapr-caller-app-id", "someone",
    "X-Custom", "kept",
    "Set-Thing", "1",
    "Set-Thing", "2",
    "traceparent", tp,
  ];

  it("keeps end-to-end headers in the caller's spelling and order, repeated ones too", () => {
    expect(pairs(httpRequestHeadersForApp(raw, "keep-alive, X-Private"))).toEqual([
      ["dapr-caller-app-id", "someone"],
      ["X-Custom", "kept"],
      ["Set-Thing", "1"],
      ["Set-Thing", "2"],
      ["traceparent", tp],
    ]);
  });

  it("keeps Content-Length when the body is streamed with it", () => {
    expect(pairs(httpRequestHeadersForApp(raw, undefined, { keepContentLength: true }))).toContainEqual(["Content-Length", "12"]);
  });

  it("drops the caller identity headers when going on to another sidecar (they are set anew)", () => {
    expect(pairs(httpRequestHeadersForApp(raw, undefined, { toPeer: true })).map(([k]) => k)).not.toContain("dapr-caller-app-id");
  });

  it("adds a traceparent when the caller sent none", () => {
    const out = pairs(httpRequestHeadersForApp(["X-A", "1"], undefined));
    expect(out[1]![0]).toBe("traceparent");
    expect(out[1]![1]).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it("drops hop-by-hop response headers and the ones Connection names", () => {
    const b = (s: string) => Buffer.from(s, "latin1");
    const raw = ["Content-Type", "text/plain", "Connection", "close, X-Hop", "X-Hop", "1", "Transfer-Encoding", "chunked", "Set-Cookie", "a=1", "Set-Cookie", "b=2"].map(b);
    expect(pairs(httpResponseHeadersFromApp(raw))).toEqual([
      ["Content-Type", "text/plain"],
      ["Set-Cookie", "a=1"],
      ["Set-Cookie", "b=2"],
    ]);
  });
});

describe("HTTP caller to gRPC app", () => {
  it("lower-cases names and prefixes permanent HTTP headers and grpc-* with dapr-, as Dapr does", () => {
    const md = new Map(httpRequestHeadersToGrpcMetadata(["Host", "h", "Content-Type", "application/json", "Accept", "*/*", "Connection", "keep-alive", "TE", "trailers", "X-Custom", "1", "grpc-timeout", "1S", "dapr-api-token", "t", "traceparent", tp]));
    expect(Object.fromEntries(md)).toEqual({
      "dapr-content-type": "application/json",
      "dapr-accept": "*/*",
      "dapr-connection": "keep-alive",
      "x-custom": "1",
      "dapr-grpc-timeout": "1S",
      traceparent: tp,
    });
  });
});

describe("gRPC caller to HTTP app", () => {
  it("renames grpc-* to dapr-grpc-*, leaves transport and binary metadata out, keeps the trace context", () => {
    const md = new Headers({ "content-type": "application/grpc", te: "trailers", "grpc-timeout": "5S", "grpc-custom": "x", "user-agent": "ua", "x-bin": "AAE=", "x-plain": "p", "dapr-api-token": "t", traceparent: tp, tracestate: "a=b" });
    expect(grpcMetadataToHttpHeaders(md)).toEqual({ "dapr-grpc-custom": "x", "user-agent": "ua", "x-plain": "p", traceparent: tp, tracestate: "a=b" });
  });

  it("turns grpc-trace-bin into a traceparent when there is no traceparent", () => {
    const bin = Buffer.concat([Buffer.from([0, 0]), Buffer.from("0af7651916cd43dd8448eb211c80319c", "hex"), Buffer.from([1]), Buffer.from("b7ad6b7169203331", "hex"), Buffer.from([2, 1])]).toString("base64");
    expect(grpcMetadataToHttpHeaders(new Headers({ "grpc-trace-bin": bin })).traceparent).toBe(tp);
  });

  it("maps the app's answer headers: permanent names prefixed, hop-by-hop and Content-Length dropped", () => {
    const out = new Headers();
    httpResponseHeadersToGrpcMetadata({ "content-type": "text/plain", "content-length": "5", date: "d", connection: "close", "x-app": "1", "set-cookie": ["a=1", "b=2"], "grpc-status": "0" }, out);
    expect([...out]).toEqual([
      ["dapr-content-type", "text/plain"],
      ["dapr-date", "d"],
      ["dapr-grpc-status", "0"],
      ["set-cookie", "a=1"],
      ["set-cookie", "b=2"],
      ["x-app", "1"],
    ]);
  });
});

describe("gRPC caller to gRPC app", () => {
  it("passes metadata but gRPC's own transport headers, the API token and the peer token", () => {
    const out = grpcMetadataForGrpcApp(new Headers({ "content-type": "application/grpc", "grpc-timeout": "1S", "x-meta": "m", "grpc-trace-bin": "AAE=", "dapr-api-token": "t", "pillion-peer-token": "p", traceparent: tp }));
    expect(Object.fromEntries(out)).toEqual({ "x-meta": "m", "grpc-trace-bin": "AAE=", traceparent: tp });
  });

  it("maps the app's answer metadata to HTTP headers: grpc-* renamed, trace and binary left out", () => {
    const out: Record<string, string | string[]> = {};
    grpcMetadataToHttpResponseHeaders(new Headers({ "content-type": "application/grpc", "grpc-encoding": "gzip", "x-app": "1", "x-bin": "AA", traceparent: tp, "grpc-custom": "c" }), out);
    expect(out).toEqual({ "x-app": "1", "dapr-grpc-custom": "c" });
  });
});
