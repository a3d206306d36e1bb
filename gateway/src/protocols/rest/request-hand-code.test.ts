import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { SaveStateRequestSchema } from "../../gen/dapr/proto/runtime/v1/state_pb.js";
import { adjustRequest, queryMetadata } from "./request-hand-code.js";

describe("REST request hand-code", () => {
  it("reads metadata.* query parameters, first value winning", () => {
    expect(queryMetadata(new URLSearchParams("metadata.ttlInSeconds=5&metadata.ttlInSeconds=9&other=1&metadata.a.b=c"))).toEqual({ ttlInSeconds: "5", "a.b": "c" });
  });

  it("merges query metadata into every SaveState item, the query winning", () => {
    const msg = create(SaveStateRequestSchema, {
      storeName: "s",
      states: [
        { key: "a", metadata: { ttlInSeconds: "1", keep: "x" } },
        { key: "b" },
      ],
    });
    adjustRequest("dapr.proto.runtime.v1.Dapr", "SaveState", msg, new URLSearchParams("metadata.ttlInSeconds=60&metadata.contentType=text/plain"));
    expect(msg.states[0]!.metadata).toEqual({ ttlInSeconds: "60", keep: "x", contentType: "text/plain" });
    expect(msg.states[1]!.metadata).toEqual({ ttlInSeconds: "60", contentType: "text/plain" });
  });

  it("leaves other RPCs and requests without query metadata alone", () => {
    const msg = create(SaveStateRequestSchema, { storeName: "s", states: [{ key: "a", metadata: { x: "1" } }] });
    adjustRequest("dapr.proto.runtime.v1.Dapr", "SaveState", msg, new URLSearchParams("consistency=strong"));
    adjustRequest("dapr.proto.runtime.v1.Dapr", "GetState", msg, new URLSearchParams("metadata.y=2"));
    expect(msg.states[0]!.metadata).toEqual({ x: "1" });
  });
});
