import { describe, expect, it } from "vitest";
import { DaprError } from "../../errors/dapr-error.js";
import { parseBulkPublishBody } from "./bulk-publish-body.js";

const ctx = { pubsubName: "pubsub", topic: "orders", appId: "app", metadata: { ttlInSeconds: "60", shared: "req" } };
const parse = (body: unknown) => parseBulkPublishBody(Buffer.from(typeof body === "string" ? body : JSON.stringify(body)), ctx);
const text = (b: Uint8Array) => Buffer.from(b).toString();
const errorOf = (fn: () => unknown): DaprError => {
  try {
    fn();
  } catch (e) {
    return e as DaprError;
  }
  throw new Error("no error");
};

describe("the HTTP bulk publish body", () => {
  it("decodes each event by its contentType", () => {
    const [json, cloud, txt, bin] = parse([
      { entryId: "1", event: { b: 1, a: [true, 1.5e300], big: 12345678901234567890 }, contentType: "application/json" },
      { entryId: "2", event: { id: "x", specversion: "1.0" }, contentType: "application/cloudevents+json" },
      { entryId: "3", event: "plain <text>", contentType: "text/plain" },
      { entryId: "4", event: Buffer.from([0, 1, 255]).toString("base64"), contentType: "application/octet-stream" },
    ]);
    // Keys sorted, numbers as Go's float64 writes them.
    expect(text(json!.event)).toBe('{"a":[true,1.5e+300],"b":1,"big":12345678901234567000}');
    expect(text(cloud!.event)).toBe('{"id":"x","specversion":"1.0"}');
    expect(text(txt!.event)).toBe("plain <text>");
    expect([...bin!.event]).toEqual([0, 1, 255]);
    expect(json!.contentType).toBe("application/json");
  });

  it("merges the request metadata into entries that have metadata, the entry winning", () => {
    const [withMeta, without] = parse(
      '[{"entryid":"1","event":"a","contenttype":"text/plain","metadata":{"shared":"entry"}},{"entryId":"2","event":"b","contentType":"text/plain"}]',
    );
    expect(withMeta!.metadata).toEqual({ ttlInSeconds: "60", shared: "entry" });
    expect(without!.metadata).toEqual({});
    expect(withMeta!.entryId).toBe("1");
  });

  it("refuses an event that does not fit its contentType (DAPR_PUBSUB_MARSHAL_ENVELOPE)", () => {
    for (const entry of [
      { entryId: "1", event: { a: 1 }, contentType: "text/plain" },
      { entryId: "1", event: 5, contentType: "application/octet-stream" },
      { entryId: "1", event: "not base64!", contentType: "application/octet-stream" },
      { entryId: "1", event: "x", contentType: "" },
    ]) {
      const e = errorOf(() => parse([entry]));
      expect(e).toMatchObject({ errorCode: "ERR_PUBSUB_EVENTS_SER", reason: "DAPR_PUBSUB_MARSHAL_ENVELOPE", httpStatus: 400 });
      expect(e.message).toMatch(/^error when marshalling cloud event envelope for topic orders pubsub pubsub: error: /);
    }
  });

  it("refuses a missing or repeated entryId (DAPR_PUBSUB_MARSHAL_EVENTS)", () => {
    for (const body of [
      [{ event: "a", contentType: "text/plain" }],
      [
        { entryId: "1", event: "a", contentType: "text/plain" },
        { entryId: "1", event: "b", contentType: "text/plain" },
      ],
    ]) {
      const e = errorOf(() => parse(body));
      expect(e).toMatchObject({ reason: "DAPR_PUBSUB_MARSHAL_EVENTS", httpStatus: 400 });
      expect(e.message).toBe("error marshaling events to bytes for topic orders pubsub pubsub. error: entryId is duplicated or not present for entry");
    }
  });

  it("refuses a body that is not a list of entries (DAPR_PUBSUB_UNMARSHAL_EVENTS)", () => {
    for (const body of ['{"entryId":"1"}', "not json", '[{"entryId":1}]', '[{"metadata":{"a":1}}]']) {
      expect(errorOf(() => parse(body))).toMatchObject({ reason: "DAPR_PUBSUB_UNMARSHAL_EVENTS", httpStatus: 400 });
    }
    expect(parse("null")).toEqual([]);
  });
});
