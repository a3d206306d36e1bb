import { describe, expect, it } from "vitest";
import { durableNameFor, invalidSubject, natsName, streamNameFor } from "./names.js";

describe("JetStream names", () => {
  it("replaces what stream and consumer names cannot hold", () => {
    expect(natsName("orders")).toBe("orders");
    expect(natsName("orders.created")).toBe("orders_created");
    expect(natsName("a b/c*>\\d")).toBe("a_b_c___d");
    expect(natsName("")).toBe("_");
  });

  it("uses the component's stream for every topic, or one per topic", () => {
    expect(streamNameFor("orders.created", undefined)).toBe("orders_created");
    expect(streamNameFor("orders.created", "")).toBe("orders_created");
    expect(streamNameFor("orders.created", "ALL")).toBe("ALL");
  });

  it("names the durable consumer after durableName or the group, with the topic when topics share a stream", () => {
    expect(durableNameFor("shop", "orders", undefined, false)).toBe("shop");
    expect(durableNameFor("shop", "orders", "fixed", false)).toBe("fixed");
    expect(durableNameFor("shop", "orders.created", undefined, true)).toBe("shop_orders_created");
    expect(durableNameFor("my.app", "t", undefined, false)).toBe("my_app");
  });

  it("refuses topics that are not NATS subjects", () => {
    expect(invalidSubject("orders.created")).toBeUndefined();
    expect(invalidSubject("")).toMatch(/empty/);
    expect(invalidSubject("a b")).toMatch(/whitespace/);
    expect(invalidSubject("a..b")).toMatch(/empty "."-separated token/);
    expect(invalidSubject("a.*")).toMatch(/wildcard/);
    expect(invalidSubject("a.>")).toMatch(/wildcard/);
  });
});
