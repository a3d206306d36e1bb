import { describe, expect, it } from "vitest";
import { requestPriority, requestTtlMs } from "./request-metadata.js";

describe("request metadata as Dapr reads it", () => {
  it("reads ttl as a Go duration or whole seconds above zero", () => {
    expect(requestTtlMs({})).toBeUndefined();
    expect(requestTtlMs({ ttlInSeconds: "30" })).toBe(30_000);
    expect(requestTtlMs({ ttl: "1m30s" })).toBe(90_000);
    expect(requestTtlMs({ TTL: "250ms" })).toBe(250);
    expect(() => requestTtlMs({ ttlInSeconds: "0" })).toThrow("ttl value must be higher than zero: actual is '0'");
    expect(() => requestTtlMs({ ttlInSeconds: "soon" })).toThrow("ttl value must be a valid integer: actual is 'soon'");
  });

  it("reads priority as a whole number clamped to 0..255", () => {
    expect(requestPriority({ priority: "5" })).toBe(5);
    expect(requestPriority({ priority: "300" })).toBe(255);
    expect(requestPriority({ priority: "-1" })).toBe(0);
    expect(() => requestPriority({ priority: "high" })).toThrow("priority value must be a valid integer: actual is 'high'");
  });
});
