import { create, toBinary } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { InvokeServiceRequestSchema } from "../../gen/dapr/proto/runtime/v1/invoke_pb.js";
import { InvokeRequestSchema } from "../../gen/dapr/proto/common/v1/common_pb.js";
import { embeddedMessageBytes, lastStringField } from "./embedded-message.js";

describe("embeddedMessageBytes", () => {
  it("finds InvokeServiceRequest.message (field 3) among the other fields, as a view of the same bytes", () => {
    const message = create(InvokeRequestSchema, { method: "m", data: { value: new Uint8Array(300).fill(7) }, contentType: "x" });
    const encoded = toBinary(InvokeServiceRequestSchema, create(InvokeServiceRequestSchema, { id: "app", message }));
    const found = embeddedMessageBytes(encoded, 3);
    expect(found).toEqual(toBinary(InvokeRequestSchema, message));
    expect(found!.buffer).toBe(encoded.buffer);
  });

  it("skips varint, fixed and other length-delimited fields before and after it", () => {
    // field 5 varint 300, field 6 fixed64, field 7 fixed32, field 3 "ab", field 1 "id"
    const bytes = new Uint8Array([0x28, 0xac, 0x02, 0x31, 1, 2, 3, 4, 5, 6, 7, 8, 0x3d, 1, 2, 3, 4, 0x1a, 2, 0x61, 0x62, 0x0a, 2, 0x69, 0x64]);
    expect(embeddedMessageBytes(bytes, 3)).toEqual(new Uint8Array([0x61, 0x62]));
  });

  it("gives undefined when the field is absent, repeated (a decoder merges those), of another wire type, or the bytes are cut or hold a group", () => {
    expect(embeddedMessageBytes(new Uint8Array([0x0a, 1, 0x61]), 3)).toBeUndefined();
    expect(embeddedMessageBytes(new Uint8Array([0x1a, 1, 0x61, 0x1a, 1, 0x62]), 3)).toBeUndefined();
    expect(embeddedMessageBytes(new Uint8Array([0x18, 1]), 3)).toBeUndefined();
    expect(embeddedMessageBytes(new Uint8Array([0x1a, 5, 0x61]), 3)).toBeUndefined();
    expect(embeddedMessageBytes(new Uint8Array([0x1a, 1, 0x61, 0x23, 0x24]), 3)).toBeUndefined();
    expect(embeddedMessageBytes(new Uint8Array([0x1a, 1, 0x61, 0x31, 1]), 3)).toBeUndefined();
  });
});

describe("lastStringField", () => {
  it("reads a string field as the decoder does: the last one given, any UTF-8, undefined when absent", () => {
    const one = (id: string) => toBinary(InvokeServiceRequestSchema, create(InvokeServiceRequestSchema, { id }));
    const long = "ä".repeat(40) + "x".repeat(100);
    const both = Buffer.concat([one("first"), toBinary(InvokeServiceRequestSchema, create(InvokeServiceRequestSchema, { message: { method: "m" } })), one("ünïcode-app")]);
    expect(lastStringField(both, 1)).toBe("ünïcode-app");
    expect(lastStringField(one("plain-ascii"), 1)).toBe("plain-ascii");
    expect(lastStringField(one(long), 1)).toBe(long);
    expect(lastStringField(one("x".repeat(100)), 1)).toBe("x".repeat(100));
    expect(lastStringField(one("\uFEFFbom"), 1)).toBe("\uFEFFbom");
    expect(lastStringField(toBinary(InvokeServiceRequestSchema, create(InvokeServiceRequestSchema, { message: { method: "m" } })), 1)).toBeUndefined();
  });
});
