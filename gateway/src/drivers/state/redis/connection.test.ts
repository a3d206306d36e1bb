import { describe, expect, it } from "vitest";
import { createLogger } from "../../../util/logger.js";
import { connectRedis, resolveAddress } from "./connection.js";
import { freePort } from "../../../../../test/harness/ports.js";

describe("resolveAddress", () => {
  it.each([
    ["localhost", undefined, { host: "localhost", port: 6379 }],
    ["localhost:6380", undefined, { host: "localhost", port: 6380 }],
    ["redis.example", 7000, { host: "redis.example", port: 7000 }],
    ["10.0.0.1:7000", 7000, { host: "10.0.0.1", port: 7000 }],
    ["[::1]:6390", undefined, { host: "::1", port: 6390 }],
  ])("resolves %s with redisPort %s", (host, port, expected) => {
    expect(resolveAddress(host, port)).toEqual(expected);
  });

  it("refuses a port that disagrees with redisPort, and host lists", () => {
    expect(() => resolveAddress("h:1", 2)).toThrow(/already contains port 1, but redisPort is set to 2/);
    expect(() => resolveAddress("a:1,b:2", undefined)).toThrow(/only redisType "node"/);
  });
});

describe("connectRedis", () => {
  it("fails within dialTimeout with the address and the cause when nothing listens", async () => {
    const port = await freePort();
    const config = {
      redisHost: `127.0.0.1:${port}`,
      redisPort: undefined,
      redisUsername: undefined,
      redisPassword: undefined,
      redisDB: 0,
      enableTLS: false,
      insecureSkipTLSVerify: false,
      clientCert: undefined,
      clientKey: undefined,
      redisMaxRetries: 3,
      redisMinRetryInterval: 8,
      redisMaxRetryInterval: 512,
      dialTimeout: 1000,
      readTimeout: 1000,
    };
    await expect(connectRedis(config, createLogger({ level: "error" }))).rejects.toThrow(
      new RegExp(`error connecting to redis at 127\\.0\\.0\\.1:${port}: .*(ECONNREFUSED|no answer|closed)`),
    );
  });
});
