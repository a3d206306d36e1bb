import { describe, expect, it } from "vitest";
import { defineMetadata, MetadataError, parseDuration, parseMetadata } from "./metadata-schema.js";

const schema = defineMetadata({
  redisHost: { type: "string", required: true, description: "host:port" },
  enableTLS: { type: "boolean", default: false, description: "TLS" },
  maxRetries: { type: "number", default: 3, description: "retries" },
  timeout: { type: "duration", default: 5000, description: "timeout" },
  mode: { type: "string", oneOf: ["a", "b"], description: "mode" },
  hosts: { type: "list", description: "hosts", aliases: ["servers"] },
});

describe("parseMetadata", () => {
  it("parses typed values with case-insensitive names and defaults", () => {
    const { config, rest } = parseMetadata(schema, { REDISHOST: "localhost:6379", enabletls: "true", timeout: "1m30s", servers: "a, b", other: "x" });
    expect(config).toEqual({ redisHost: "localhost:6379", enableTLS: true, maxRetries: 3, timeout: 90_000, mode: undefined, hosts: ["a", "b"] });
    expect(rest).toEqual({ other: "x" });
  });

  it.each([
    [{}, "spec.metadata.redisHost: is required"],
    [{ redisHost: "h", enableTLS: "maybe" }, 'spec.metadata.enableTLS: "maybe" is not a boolean'],
    [{ redisHost: "h", maxRetries: "many" }, 'spec.metadata.maxRetries: "many" is not a number'],
    [{ redisHost: "h", timeout: "soon" }, "spec.metadata.timeout"],
    [{ redisHost: "h", mode: "c" }, 'spec.metadata.mode: "c" is not one of "a", "b"'],
  ])("names the field of bad input %j", (raw, message) => {
    expect(() => parseMetadata(schema, raw as Record<string, string>)).toThrow(MetadataError);
    expect(() => parseMetadata(schema, raw as Record<string, string>)).toThrow(message);
  });

  it("parses durations", () => {
    expect(parseDuration("250ms")).toBe(250);
    expect(parseDuration("2")).toBe(2000);
    expect(parseDuration("1h1s")).toBe(3_601_000);
    expect(parseDuration("1x")).toBeUndefined();
    expect(parseDuration("")).toBeUndefined();
  });
});
