import { describe, expect, it } from "vitest";
import { expandMetadataTemplates, pubsubSettingsOf } from "./component-settings.js";

const ctx = { appId: "orders", namespace: "prod", podName: "orders-7d9f" };

describe("pubsub component settings", () => {
  it("fill in {uuid}, {podName}, {namespace} and {appID} as Dapr does", () => {
    const out = expandMetadataTemplates({ a: "{uuid}-{uuid}", b: "{podName}", c: "{namespace}", d: "g-{appID}", e: "plain" }, ctx);
    const [u1, u2] = out["a"]!.match(/[0-9a-f-]{36}/g)!;
    expect(u1).not.toBe(u2);
    expect(out).toMatchObject({ b: "orders-7d9f", c: "prod.orders", d: "g-orders", e: "plain" });
  });

  it("refuse {podName} without a pod name, naming the property", () => {
    expect(() => expandMetadataTemplates({ consumerID: "{podName}" }, { appId: "a", namespace: "n" })).toThrow(
      "failed to parse metadata: property consumerID refers to {podName} but podName is not set",
    );
  });

  it("take the consumer group from consumerID (any case, trimmed), the app id when empty", () => {
    expect(pubsubSettingsOf({}, ctx).consumerGroup).toBe("orders");
    expect(pubsubSettingsOf({ consumerid: "  " }, ctx).consumerGroup).toBe("orders");
    expect(pubsubSettingsOf({ consumerID: "{appID}-{podName}" }, ctx).consumerGroup).toBe("orders-orders-7d9f");
  });

  it("prefix topics with the namespace when any value uses {namespace}", () => {
    expect(pubsubSettingsOf({ consumerID: "{namespace}" }, ctx)).toMatchObject({ consumerGroup: "prod.orders", topicPrefix: "prod" });
    expect(pubsubSettingsOf({ consumerID: "x" }, ctx).topicPrefix).toBe("");
  });

  it("read the retry policy and topic scopes", () => {
    const s = pubsubSettingsOf({ backOffMaxRetries: "5", publishingScopes: "orders=a" }, ctx);
    expect(s.retry.maxRetries).toBe(5);
    expect(s.scopes.scopedPublishings).toEqual(["a"]);
  });
});
