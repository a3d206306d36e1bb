import { describe, expect, it } from "vitest";
import { LockKey, metadataValue } from "./lock-key.js";

describe("LockKey", () => {
  it("prefixes with the app id by default, as daprd does", () => {
    expect(new LockKey("lockstore", undefined, "orders").toStore("res-1")).toBe("lock||orders||res-1");
    expect(new LockKey("lockstore", "AppID", "orders").toStore("res-1")).toBe("lock||orders||res-1");
    expect(new LockKey("lockstore", "appid", "").toStore("res-1")).toBe("lock||res-1");
  });

  it("prefixes with the component name, nothing, or a literal prefix that Dapr lower-cases", () => {
    expect(new LockKey("lockstore", "name", "orders").toStore("r")).toBe("lock||lockstore||r");
    expect(new LockKey("lockstore", "none", "orders").toStore("r")).toBe("lock||r");
    expect(new LockKey("lockstore", "Shared", "orders").toStore("r")).toBe("lock||shared||r");
  });

  it("keeps apps apart: the same resource of two apps is two keys", () => {
    expect(new LockKey("s", undefined, "a").toStore("r")).not.toBe(new LockKey("s", undefined, "b").toStore("r"));
  });

  it("refuses resource ids containing the separator with Dapr's message", () => {
    expect(() => new LockKey("s", undefined, "a").toStore("x||y")).toThrow("input key/keyPrefix 'x||y' can't contain '||'");
  });
});

describe("metadataValue", () => {
  it("matches names case-insensitively", () => {
    expect(metadataValue({ KEYPREFIX: "none" }, "keyPrefix")).toBe("none");
    expect(metadataValue({ other: "x" }, "keyPrefix")).toBeUndefined();
  });
});
