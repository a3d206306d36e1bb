import { describe, expect, it } from "vitest";
import { childSpan, decodeGrpcTraceBin, encodeGrpcTraceBin, formatTraceparent, incomingTrace, parseTraceparent, randomSpanId, randomTraceAndSpanIds } from "./trace-context.js";

const tp = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
const sc = { traceId: "0af7651916cd43dd8448eb211c80319c", spanId: "b7ad6b7169203331", flags: "01" };

describe("traceparent", () => {
  it("parses and writes a W3C traceparent", () => {
    expect(parseTraceparent(tp)).toEqual(sc);
    expect(formatTraceparent(sc)).toBe(tp);
    expect(parseTraceparent(` ${tp} `)).toEqual(sc);
  });

  it.each([
    ["", "empty"],
    ["00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331", "no flags"],
    ["ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "version ff"],
    ["00-00000000000000000000000000000000-b7ad6b7169203331-01", "zero trace id"],
    ["00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01", "zero span id"],
    [`${tp}-extra`, "version 00 with more fields"],
    ["00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01", "upper case"],
  ])("refuses %j (%s)", (text) => {
    expect(parseTraceparent(text)).toBeUndefined();
  });

  it("accepts the extra fields of a later version", () => {
    expect(parseTraceparent("01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-later")).toEqual(sc);
  });
});

describe("grpc-trace-bin", () => {
  it("round-trips a span context, sampled or not", () => {
    expect(decodeGrpcTraceBin(encodeGrpcTraceBin(sc))).toEqual(sc);
    const unsampled = { ...sc, flags: "00" };
    expect(decodeGrpcTraceBin(encodeGrpcTraceBin(unsampled))).toEqual(unsampled);
  });

  it("reads a context without the options field as not sampled", () => {
    expect(decodeGrpcTraceBin(encodeGrpcTraceBin(sc).subarray(0, 27))).toEqual({ ...sc, flags: "00" });
  });

  it("refuses what is too short, of another version or with zero ids", () => {
    const b = encodeGrpcTraceBin(sc);
    expect(decodeGrpcTraceBin(b.subarray(0, 26))).toBeUndefined();
    expect(decodeGrpcTraceBin(Uint8Array.from([1, ...b.subarray(1)]))).toBeUndefined();
    expect(decodeGrpcTraceBin(encodeGrpcTraceBin({ ...sc, traceId: "0".repeat(32) }))).toBeUndefined();
  });

  it("decodes from the middle of a larger buffer", () => {
    const big = Buffer.concat([Buffer.from("xxxx"), Buffer.from(encodeGrpcTraceBin(sc))]);
    expect(decodeGrpcTraceBin(big.subarray(4))).toEqual(sc);
  });
});

describe("incoming trace and child spans", () => {
  it("takes grpc-trace-bin before traceparent, and tracestate as it came", () => {
    const other = { ...sc, spanId: "1111111111111111" };
    const h = new Headers({ "grpc-trace-bin": Buffer.from(encodeGrpcTraceBin(other)).toString("base64"), traceparent: tp, tracestate: "a=1" });
    expect(incomingTrace(h)).toEqual({ parent: other, tracestate: "a=1" });
    expect(incomingTrace(new Headers({ traceparent: tp }))).toEqual({ parent: sc, tracestate: "" });
    expect(incomingTrace(undefined)).toEqual({ tracestate: "" });
  });

  it("a child keeps the trace and flags with a new span id; without a parent, a new unsampled trace", () => {
    const child = childSpan(sc);
    expect(child.traceId).toBe(sc.traceId);
    expect(child.flags).toBe("01");
    expect(child.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(child.spanId).not.toBe(sc.spanId);
    const root = childSpan(undefined);
    expect(parseTraceparent(formatTraceparent(root))).toEqual(root);
    expect(root.flags).toBe("00");
  });

  it("random ids are well formed and distinct across pool refills", () => {
    const traces = new Set<string>();
    const spans = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const { traceId, spanId } = randomTraceAndSpanIds();
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(spanId).toMatch(/^[0-9a-f]{16}$/);
      traces.add(traceId);
      spans.add(randomSpanId());
    }
    expect(traces.size).toBe(600);
    expect(spans.size).toBe(600);
  });
});
