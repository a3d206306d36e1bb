import { describe, expect, it } from "vitest";
import { parseSecretsDocument } from "./secrets-file.js";
import { FileSecretStore } from "./store.js";

const single = { separator: ":", multiValued: false };
const multi = { separator: ":", multiValued: true };
const doc = JSON.stringify({ redisPassword: "p", db: { user: "u", conn: { host: "h", port: 5432 } }, hosts: ["a", "b"], on: true, none: null });

describe("parseSecretsDocument, single-valued", () => {
  it("flattens nested keys and array indexes with the separator", () => {
    const { secrets } = parseSecretsDocument(doc, single);
    expect(Object.fromEntries(secrets)).toEqual({
      redisPassword: "p",
      "db:user": "u",
      "db:conn:host": "h",
      "db:conn:port": "5432",
      "hosts:0": "a",
      "hosts:1": "b",
      on: "true",
      none: "",
    });
  });

  it("uses the given separator", () => {
    const { secrets } = parseSecretsDocument(doc, { ...single, separator: "." });
    expect(secrets.get("db.conn.host")).toBe("h");
  });

  it("refuses two leaves that flatten to the same name", () => {
    expect(() => parseSecretsDocument(JSON.stringify({ "a:b": "x", a: { b: "y" } }), single)).toThrow('holds two values named "a:b"');
  });

  it("refuses a document that is not a JSON object, or not JSON, naming line and column", () => {
    expect(() => parseSecretsDocument("[1]", single)).toThrow("must hold a JSON object of secrets, not an array");
    expect(() => parseSecretsDocument('"s"', single)).toThrow("not a string");
    expect(() => parseSecretsDocument('{\n  "a": "b",\n}', single)).toThrow(/is not valid JSON: .*line 3, column 1/);
  });
});

describe("parseSecretsDocument, multi-valued", () => {
  it("keeps top-level strings as one value and objects as flattened keys; skips the rest with a reason", () => {
    const { secrets, skipped } = parseSecretsDocument(doc, multi);
    expect(Object.fromEntries(secrets)).toEqual({ redisPassword: "p", db: { user: "u", "conn:host": "h", "conn:port": "5432" } });
    expect(skipped).toEqual([
      '"hosts": a multi-valued secret must be a string or an object, not an array',
      '"on": a multi-valued secret must be a string or an object, not a boolean',
      '"none": a multi-valued secret must be a string or an object, not null',
    ]);
  });
});

describe("FileSecretStore", () => {
  it("answers one secret as {name: value} or its keys, every secret in bulk, and a missing one as Dapr's error", async () => {
    const s = new FileSecretStore(parseSecretsDocument(doc, multi).secrets);
    expect(await s.getSecret({ name: "redisPassword", metadata: {} })).toEqual({ redisPassword: "p" });
    expect(await s.getSecret({ name: "db", metadata: {} })).toEqual({ user: "u", "conn:host": "h", "conn:port": "5432" });
    await expect(s.getSecret({ name: "nope", metadata: {} })).rejects.toThrow("secret nope not found");
    expect(await s.bulkGetSecret({ metadata: {} })).toEqual({ redisPassword: { redisPassword: "p" }, db: { user: "u", "conn:host": "h", "conn:port": "5432" } });
  });
});
