import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ConfigurationItemSchema } from "../../gen/dapr/proto/common/v1/common_pb.js";
import { updateEventJson } from "./app-notifier.js";

const item = (value: string, version: string, metadata: Record<string, string> = {}) => create(ConfigurationItemSchema, { value, version, metadata });

describe("updateEventJson", () => {
  it("writes the change as daprd's json.Encoder writes configuration.UpdateEvent", () => {
    const json = updateEventJson({ id: "sub-1", items: { b: item("<x>", "2", { z: "1", a: "2" }), a: item("", "3") } });
    // Struct fields in order, map keys sorted, empty fields left out, HTML characters escaped, a trailing newline.
    expect(json).toBe('{"id":"sub-1","items":{"a":{"version":"3"},"b":{"value":"\\u003cx\\u003e","version":"2","metadata":{"a":"2","z":"1"}}}}\n');
    expect(JSON.parse(json)).toEqual({ id: "sub-1", items: { a: { version: "3" }, b: { value: "<x>", version: "2", metadata: { a: "2", z: "1" } } } });
  });
});
