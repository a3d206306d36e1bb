import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ListTopicSubscriptionsResponseSchema } from "../../gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { PubsubSubscriptionType } from "../../gen/dapr/proto/runtime/v1/metadata_pb.js";
import { checkRoutingRules, grpcSubscriptions, parseHttpSubscriptions, SubscriptionsError, toMetadataSubscription } from "./subscription-spec.js";

const parse = (json: string) => {
  const warnings: string[] = [];
  const subs = parseHttpSubscriptions(Buffer.from(json), (m) => warnings.push(m));
  return { subs, warnings };
};

describe("GET /dapr/subscribe answers", () => {
  it("reads v1 subscriptions (route)", () => {
    const { subs } = parse('[{"pubsubname":"pubsub","topic":"orders","route":"/orders","metadata":{"rawPayload":"true"},"deadLetterTopic":"dead"}]');
    expect(subs).toEqual([
      { pubsubName: "pubsub", topic: "orders", metadata: { rawPayload: "true" }, rules: [{ match: "", path: "/orders" }], deadLetterTopic: "dead", type: "PROGRAMMATIC" },
    ]);
  });

  it("reads v2 subscriptions (routes.rules then routes.default, which wins over route)", () => {
    const { subs } = parse(
      '[{"pubsubName":"pubsub","Topic":"t","route":"/ignored","routes":{"rules":[{"match":" event.type == \\"x\\" ","path":"/x"}],"default":"/d"},"bulkSubscribe":{"enabled":true,"maxMessagesCount":10}}]',
    );
    expect(subs[0]).toMatchObject({
      pubsubName: "pubsub",
      topic: "t",
      rules: [
        { match: 'event.type == "x"', path: "/x" },
        { match: "", path: "/d" },
      ],
      bulkSubscribe: { enabled: true, maxMessagesCount: 10, maxAwaitDurationMs: 0 },
    });
  });

  it("leaves out subscriptions without any route, with a warning", () => {
    const { subs, warnings } = parse('[{"pubsubname":"p","topic":"a"},{"pubsubname":"p","topic":"b","route":"b"}]');
    expect(subs.map((s) => s.topic)).toEqual(["b"]);
    expect(warnings).toHaveLength(1);
  });

  it("takes an empty body or null as no subscriptions", () => {
    expect(parse("").subs).toEqual([]);
    expect(parse("null").subs).toEqual([]);
    expect(parse("[]").subs).toEqual([]);
  });

  it("fails the whole list on a value of the wrong type, naming it", () => {
    expect(() => parse('[{"pubsubname":"p","topic":1,"route":"r"}]')).toThrow(/subscription \[0\]\.topic must be a string/);
    expect(() => parse('{"pubsubname":"p"}')).toThrow(SubscriptionsError);
    expect(() => parse('[{"pubsubname":"p","topic":"t","route":"r","metadata":{"a":1}}]')).toThrow(/metadata\.a must be a string/);
    expect(() => parse("[{")).toThrow(SubscriptionsError);
  });
});

describe("ListTopicSubscriptions answers", () => {
  it("reads routes; no routes means the default path", () => {
    const subs = grpcSubscriptions(
      create(ListTopicSubscriptionsResponseSchema, {
        subscriptions: [
          { pubsubName: "p", topic: "a", deadLetterTopic: "dl", metadata: { k: "v" } },
          { pubsubName: "p", topic: "b", routes: { rules: [{ match: "event.x", path: "x" }], default: "d" } },
          { pubsubName: "p", topic: "c", routes: {} },
        ],
      }),
    );
    expect(subs.map((s) => s.rules)).toEqual([[{ match: "", path: "" }], [{ match: "event.x", path: "x" }, { match: "", path: "d" }], [{ match: "", path: "" }]]);
    expect(subs[0]).toMatchObject({ deadLetterTopic: "dl", metadata: { k: "v" }, type: "PROGRAMMATIC" });
  });
});

describe("routing rules of the app's subscriptions", () => {
  it("pass when every match expression compiles, and name the subscription and expression when one does not", () => {
    const spec = (match: string) => ({ pubsubName: "p", topic: "t", metadata: {}, deadLetterTopic: "", type: "PROGRAMMATIC" as const, rules: [{ match, path: "/a" }, { match: "", path: "/d" }] });
    expect(() => checkRoutingRules([spec('event.type == "x"')])).not.toThrow();
    expect(() => checkRoutingRules([spec("event.type ==")])).toThrow(SubscriptionsError);
    expect(() => checkRoutingRules([spec("event.type ==")])).toThrow(/pubsub p to topic t .*invalid match expression "event.type =="/);
  });
});

describe("metadata listing", () => {
  it("lists rules with match and path, and the type", () => {
    const m = toMetadataSubscription({ pubsubName: "p", topic: "t", metadata: { a: "b" }, deadLetterTopic: "dl", type: "DECLARATIVE", rules: [{ match: "", path: "/x" }] });
    expect(m).toMatchObject({ pubsubName: "p", topic: "t", metadata: { a: "b" }, deadLetterTopic: "dl", type: PubsubSubscriptionType.DECLARATIVE, rules: { rules: [{ match: "", path: "/x" }] } });
  });
});
