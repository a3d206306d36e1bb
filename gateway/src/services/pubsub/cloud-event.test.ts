import { describe, expect, it } from "vitest";
import {
  applyTtl,
  CloudEventError,
  cloudEventFromRawPayload,
  encodeCloudEvent,
  formatRfc3339Local,
  hasExpired,
  newCloudEvent,
  parseGoDuration,
  tryGetTtlMs,
  type NewCloudEventInput,
} from "./cloud-event.js";
import { JsonNumber, toPlain } from "./go-json.js";

const now = new Date("2025-03-04T05:06:07.890Z");
const tp = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
const input = (over: Partial<NewCloudEventInput> = {}): NewCloudEventInput => ({
  source: "checkout",
  topic: "orders",
  pubsubName: "pubsub",
  dataContentType: "application/json",
  data: Buffer.from('{"orderId": 12}'),
  traceparent: tp,
  tracestate: "congo=t61rcWkgMzE",
  now,
  ...over,
});
const plain = (m: Map<string, unknown>) => toPlain(m as never) as Record<string, unknown>;

describe("newCloudEvent", () => {
  it("wraps a JSON body with every field Dapr sets", () => {
    const ce = plain(newCloudEvent(input(), {}));
    expect(ce).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      specversion: "1.0",
      datacontenttype: "application/json",
      source: "checkout",
      type: "com.dapr.event.sent",
      topic: "orders",
      pubsubname: "pubsub",
      traceid: tp,
      traceparent: tp,
      tracestate: "congo=t61rcWkgMzE",
      time: formatRfc3339Local(now),
      data: { orderId: 12 },
    });
  });

  it("writes the envelope as Go does: keys sorted, compact, numbers exact", () => {
    const ce = newCloudEvent(input({ data: Buffer.from('{ "z": 1, "a": 12345678901234567890123, "m": [1.50, "<&>"] }') }), { "cloudevent.id": "fixed" });
    const text = Buffer.from(encodeCloudEvent(ce)).toString();
    expect(text).toBe(
      `{"data":{"a":12345678901234567890123,"m":[1.50,"\\u003c\\u0026\\u003e"],"z":1},"datacontenttype":"application/json","id":"fixed","pubsubname":"pubsub",` +
        `"source":"checkout","specversion":"1.0","time":"${formatRfc3339Local(now)}","topic":"orders","traceid":"${tp}","traceparent":"${tp}","tracestate":"congo=t61rcWkgMzE","type":"com.dapr.event.sent"}`,
    );
  });

  it("keeps a body that is not valid JSON as a string, and text as text", () => {
    expect(newCloudEvent(input({ data: Buffer.from("{oops") }), {}).get("data")).toBe("{oops");
    const t = newCloudEvent(input({ dataContentType: "text/plain", data: Buffer.from("héllo") }), {});
    expect(t.get("data")).toBe("héllo");
    expect(t.get("datacontenttype")).toBe("text/plain");
  });

  it("defaults the content type to text/plain", () => {
    const ce = newCloudEvent(input({ dataContentType: "", data: Buffer.from("plain") }), {});
    expect(ce.get("datacontenttype")).toBe("text/plain");
    expect(ce.get("data")).toBe("plain");
  });

  it("puts binary data in data_base64", () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 255]);
    for (const ct of ["application/octet-stream", "Application/Octet-Stream; x=y", "application/cloudevents+protobuf"]) {
      const ce = newCloudEvent(input({ dataContentType: ct, data: bytes }), {});
      expect(ce.get("data_base64")).toBe(Buffer.from(bytes).toString("base64"));
      expect(ce.has("data")).toBe(false);
    }
  });

  it("applies metadata.cloudevent.* overrides, case-insensitively", () => {
    const other = "00-11111111111111111111111111111111-2222222222222222-01";
    const ce = plain(
      newCloudEvent(input(), {
        "cloudevent.id": "my-id",
        "CloudEvent.Source": "elsewhere",
        "cloudevent.type": "my.type",
        "cloudevent.subject": "sub",
        "cloudevent.traceparent": other,
        "cloudevent.tracestate": "a=b",
      }),
    );
    expect(ce).toMatchObject({ id: "my-id", source: "elsewhere", type: "my.type", subject: "sub", traceid: other, traceparent: other, tracestate: "a=b" });
  });

  it("falls back to Dapr's defaults when an override is empty", () => {
    const ce = plain(newCloudEvent(input(), { "cloudevent.id": "", "cloudevent.source": "", "cloudevent.type": "", "cloudevent.subject": "" }));
    expect(ce["id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ce["source"]).toBe("Dapr");
    expect(ce["type"]).toBe("com.dapr.event.sent");
    expect(ce).not.toHaveProperty("subject");
  });

  it("keeps an incoming CloudEvent and completes it; overrides do not apply to it", () => {
    const body = JSON.stringify({ specversion: "1.0", id: "abc", source: "mine", type: "t", data: { x: 1 }, datacontenttype: "application/json", topic: "wrong" });
    const ce = plain(newCloudEvent(input({ dataContentType: "application/cloudevents+json; charset=utf-8", data: Buffer.from(body) }), { "cloudevent.id": "ignored" }));
    expect(ce).toEqual({
      specversion: "1.0",
      id: "abc",
      source: "mine",
      type: "t",
      data: { x: 1 },
      datacontenttype: "application/json",
      topic: "orders",
      pubsubname: "pubsub",
      traceid: tp,
      traceparent: tp,
      tracestate: "congo=t61rcWkgMzE",
      time: formatRfc3339Local(now),
    });
  });

  it("fills in source, type and specversion of an incoming CloudEvent and keeps its own time and trace", () => {
    const body = JSON.stringify({ id: "abc", time: "2020-01-01T00:00:00Z", traceid: "theirs", tracestate: "" });
    const ce = plain(newCloudEvent(input({ dataContentType: "application/cloudevents+json", data: Buffer.from(body) }), {}));
    expect(ce).toMatchObject({ source: "Dapr", type: "com.dapr.event.sent", specversion: "1.0", time: "2020-01-01T00:00:00Z", traceid: "theirs", tracestate: "" });
    expect(ce).not.toHaveProperty("traceparent");
  });

  it("refuses a CloudEvent body that is not a JSON object", () => {
    for (const body of ["[1,2]", "not json", ""]) {
      expect(() => newCloudEvent(input({ dataContentType: "application/cloudevents+json", data: Buffer.from(body) }), {})).toThrow(CloudEventError);
    }
  });
});

describe("message TTL", () => {
  it("reads ttlInSeconds (whole seconds) or ttl (Go duration), names case-insensitive", () => {
    expect(tryGetTtlMs({ ttlInSeconds: "10" })).toBe(10_000);
    expect(tryGetTtlMs({ TTLINSECONDS: "2" })).toBe(2_000);
    expect(tryGetTtlMs({ ttl: "1m30s" })).toBe(90_000);
    expect(tryGetTtlMs({})).toBeUndefined();
    expect(tryGetTtlMs({ ttlInSeconds: "0" })).toBe(0); // "0" is a valid Go duration
    expect(tryGetTtlMs({ ttlInSeconds: "-5" })).toBeInstanceOf(Error);
    expect(tryGetTtlMs({ ttlInSeconds: "soon" })).toBeInstanceOf(Error);
  });

  it("sets expiration in UTC unless the component handles TTL, and ignores an invalid TTL", () => {
    const ce = newCloudEvent(input(), {});
    applyTtl(ce, false, { ttlInSeconds: "60" }, now);
    expect(ce.get("expiration")).toBe("2025-03-04T05:07:07Z");
    const own = newCloudEvent(input(), {});
    applyTtl(own, true, { ttlInSeconds: "60" }, now);
    expect(own.has("expiration")).toBe(false);
    const bad = newCloudEvent(input(), {});
    applyTtl(bad, false, { ttlInSeconds: "x" }, now);
    expect(bad.has("expiration")).toBe(false);
  });

  it("tells expired events apart", () => {
    const ce = newCloudEvent(input(), {});
    expect(hasExpired(ce, now)).toBe(false);
    ce.set("expiration", "2025-03-04T05:06:00Z");
    expect(hasExpired(ce, now)).toBe(true);
    ce.set("expiration", "2025-03-04T05:07:00Z");
    expect(hasExpired(ce, now)).toBe(false);
    ce.set("expiration", "garbage");
    expect(hasExpired(ce, now)).toBe(false);
    ce.set("expiration", new JsonNumber("1"));
    expect(hasExpired(ce, now)).toBe(false);
  });

  it("parses Go durations", () => {
    expect(parseGoDuration("1h2m3.5s")).toBe(3_723_500);
    expect(parseGoDuration("250ms")).toBe(250);
    expect(parseGoDuration("-1s")).toBe(-1000);
    expect(parseGoDuration("0")).toBe(0);
    expect(parseGoDuration("10")).toBeUndefined();
    expect(parseGoDuration("")).toBeUndefined();
  });
});

describe("raw payloads", () => {
  it("are wrapped on delivery in an octet-stream CloudEvent with data_base64", () => {
    const ce = plain(cloudEventFromRawPayload(Buffer.from("raw!"), "orders", "pubsub"));
    expect(ce).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      specversion: "1.0",
      datacontenttype: "application/octet-stream",
      source: "Dapr",
      type: "com.dapr.event.sent",
      topic: "orders",
      pubsubname: "pubsub",
      data_base64: Buffer.from("raw!").toString("base64"),
    });
  });
});
