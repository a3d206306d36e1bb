import { create, fromBinary, toBinary, type DescMessage } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { HTTPExtension_Verb, InvokeResponseSchema } from "../gen/dapr/proto/common/v1/common_pb.js";
import { InvokeServiceRequestSchema } from "../gen/dapr/proto/runtime/v1/invoke_pb.js";
import { surelyDecodes } from "./surely-decodes.js";

/** A small deterministic PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function decodes(desc: DescMessage, bytes: Uint8Array): boolean {
  try {
    fromBinary(desc, bytes);
    return true;
  } catch {
    return false;
  }
}

describe("surelyDecodes", () => {
  const samples = [
    toBinary(InvokeResponseSchema, create(InvokeResponseSchema, { data: { typeUrl: "", value: new Uint8Array(1024).fill(3) }, contentType: "text/plain" })),
    toBinary(InvokeResponseSchema, create(InvokeResponseSchema, { data: { typeUrl: "type.googleapis.com/google.protobuf.StringValue", value: new Uint8Array([10, 2, 104, 105]) } })),
    toBinary(InvokeResponseSchema, create(InvokeResponseSchema, { contentType: "ünïcode/ok" })),
    new Uint8Array(),
    // unknown fields of every simple wire type after the known ones
    new Uint8Array([0x12, 1, 0x61, 0x98, 0x06, 0x96, 0x01, 0xa1, 0x06, 1, 2, 3, 4, 5, 6, 7, 8, 0xad, 0x06, 1, 2, 3, 4, 0x9a, 0x06, 1, 0x62]),
  ];

  const requests = [
    toBinary(InvokeServiceRequestSchema, create(InvokeServiceRequestSchema, { id: "a", message: { method: "m", data: { value: new Uint8Array([1]) }, contentType: "x" } })),
    toBinary(
      InvokeServiceRequestSchema,
      create(InvokeServiceRequestSchema, { id: "bench-app", message: { method: "echo", data: { value: new Uint8Array(40).fill(1) }, contentType: "text/plain", httpExtension: { verb: HTTPExtension_Verb.POST, querystring: "a=1" } } }),
    ),
  ];

  it("is true for what encoders write, unknown fields included", () => {
    for (const s of samples) expect(surelyDecodes(InvokeResponseSchema, s)).toBe(true);
    for (const r of requests) expect(surelyDecodes(InvokeServiceRequestSchema, r)).toBe(true);
  });

  it("is false for what the decoder refuses, and never true for bytes the decoder refuses (random damage to valid messages)", () => {
    expect(surelyDecodes(InvokeResponseSchema, new Uint8Array([0xff, 0xff, 0xff]))).toBe(false);
    expect(surelyDecodes(InvokeResponseSchema, new Uint8Array([0x12, 2, 0xc3, 0x28]))).toBe(false); // content_type not UTF-8
    expect(surelyDecodes(InvokeResponseSchema, new Uint8Array([0x12, 5, 0x61]))).toBe(false); // cut short
    expect(surelyDecodes(InvokeResponseSchema, new Uint8Array([0x0b, 0x0c]))).toBe(false); // a group
    expect(surelyDecodes(InvokeResponseSchema, new Uint8Array([0x10, 1]))).toBe(false); // known string field as a varint
    const random = prng(42);
    let refused = 0;
    const cases: [DescMessage, Uint8Array[]][] = [
      [InvokeResponseSchema, samples],
      [InvokeServiceRequestSchema, requests],
    ];
    for (let i = 0; i < 20000; i++) {
      const [desc, valid] = cases[i % 2]!;
      const base = valid[Math.floor(random() * valid.length)]!;
      let bytes = Uint8Array.from(base.length > 64 ? base.subarray(0, 64) : base);
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) {
        const kind = random();
        const at = Math.floor(random() * (bytes.length + 1));
        if (kind < 0.5 && bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = Math.floor(random() * 256);
        else if (kind < 0.75) bytes = bytes.subarray(0, at);
        else bytes = Uint8Array.from([...bytes.subarray(0, at), Math.floor(random() * 256), ...bytes.subarray(at)]);
      }
      const ok = decodes(desc, bytes);
      if (!ok) refused++;
      if (surelyDecodes(desc, bytes)) expect(ok, `${desc.typeName} ${Buffer.from(bytes).toString("hex")}`).toBe(true);
    }
    // The damage did produce bytes the decoder refuses, so the check above was put to the test.
    expect(refused).toBeGreaterThan(1000);
  });
});
