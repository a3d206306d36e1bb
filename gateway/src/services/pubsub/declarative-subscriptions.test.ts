import { describe, expect, it } from "vitest";
import { readResourceFile, ResourceError } from "../../components/resources.js";
import { declarativeSubscriptions, mergeSubscriptions } from "./declarative-subscriptions.js";
import type { SubscriptionSpec } from "./subscription-spec.js";

const read = (yaml: string, appId = "app") => declarativeSubscriptions(readResourceFile("subs.yaml", yaml), appId);

describe("Subscription resources", () => {
  it("reads v2alpha1 routes and v1alpha1 route", () => {
    const subs = read(`apiVersion: dapr.io/v2alpha1
kind: Subscription
metadata: { name: orders-sub }
spec:
  pubsubname: pubsub
  topic: orders
  routes:
    rules:
      - { match: 'event.type == "big"', path: /big }
    default: /orders
  deadLetterTopic: dead
  metadata: { rawPayload: "true", n: 5 }
---
apiVersion: dapr.io/v1alpha1
kind: Subscription
metadata: { name: old-style }
spec: { pubsubname: pubsub, topic: legacy, route: /legacy }
`);
    expect(subs).toEqual([
      {
        pubsubName: "pubsub",
        topic: "orders",
        metadata: { rawPayload: "true", n: "5" },
        rules: [
          { match: 'event.type == "big"', path: "/big" },
          { match: "", path: "/orders" },
        ],
        deadLetterTopic: "dead",
        type: "DECLARATIVE",
        name: "orders-sub",
      },
      { pubsubName: "pubsub", topic: "legacy", metadata: {}, rules: [{ match: "", path: "/legacy" }], deadLetterTopic: "", type: "DECLARATIVE", name: "old-style" },
    ]);
  });

  it("keeps only the subscriptions scoped to the app", () => {
    const yaml = `apiVersion: dapr.io/v2alpha1
kind: Subscription
metadata: { name: s }
spec: { pubsubname: p, topic: t, routes: { default: /t } }
scopes: [other]
`;
    expect(read(yaml, "app")).toEqual([]);
    expect(read(yaml, "other")).toHaveLength(1);
  });

  it("refuses a malformed resource with its file, line and field", () => {
    const bad = `apiVersion: dapr.io/v2alpha1
kind: Subscription
metadata: { name: s }
spec:
  pubsubname: p
  routes: { default: /t }
`;
    expect(() => read(bad)).toThrow(ResourceError);
    expect(() => read(bad)).toThrow(/subs\.yaml:\d+: spec\.topic: is required/);
    expect(() => read(`apiVersion: dapr.io/v3\nkind: Subscription\nmetadata: { name: s }\nspec: {}\n`)).toThrow(/apiVersion/);
  });

  it("ignores other kinds", () => {
    expect(read(`apiVersion: dapr.io/v1alpha1\nkind: Configuration\nmetadata: { name: c }\nspec: {}\n`)).toEqual([]);
  });
});

describe("merging declarative and programmatic subscriptions", () => {
  const sub = (topic: string, type: SubscriptionSpec["type"], path: string): SubscriptionSpec => ({
    pubsubName: "p",
    topic,
    metadata: {},
    rules: [{ match: "", path }],
    deadLetterTopic: "",
    type,
  });

  it("keeps one per pubsub and topic: the first declarative, replaced by a programmatic one", () => {
    const merged = mergeSubscriptions([sub("a", "DECLARATIVE", "/a1"), sub("a", "DECLARATIVE", "/a2"), sub("b", "DECLARATIVE", "/b")], [sub("b", "PROGRAMMATIC", "/b-app"), sub("c", "PROGRAMMATIC", "/c")]);
    expect(merged.map((s) => [s.topic, s.type, s.rules[0]!.path])).toEqual([
      ["a", "DECLARATIVE", "/a1"],
      ["b", "PROGRAMMATIC", "/b-app"],
      ["c", "PROGRAMMATIC", "/c"],
    ]);
  });
});
