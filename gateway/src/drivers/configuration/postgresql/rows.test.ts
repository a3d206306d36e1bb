import { describe, expect, it } from "vitest";
import { latestPerKey, parseNotification } from "./rows.js";

describe("daprd's PostgreSQL configuration rows", () => {
  it("keeps the row with the highest numeric version of each key", () => {
    const items = latestPerKey([
      { key: "a", value: "old", version: "2", metadata: null },
      { key: "a", value: "new", version: "10", metadata: { team: "web" } },
      { key: "a", value: "text", version: "x", metadata: null },
      { key: "b", value: "first", version: "v1", metadata: '{"n": 1}' },
      { key: "b", value: "second", version: "v2", metadata: null },
    ]);
    expect(items).toEqual({
      a: { value: "new", version: "10", metadata: { team: "web" } },
      b: { value: "first", version: "v1", metadata: { n: "1" } },
    });
  });

  it("reads the trigger's notification, a DELETE as an empty item", () => {
    expect(parseNotification(JSON.stringify({ table: "t", action: "INSERT", data: { KEY: "k", VALUE: "v", VERSION: "3", METADATA: { a: "b" } } }))).toEqual({
      key: "k",
      item: { value: "v", version: "3", metadata: { a: "b" } },
    });
    expect(parseNotification(JSON.stringify({ action: "DELETE", data: { key: "k", value: "v", version: "3", metadata: null } }))).toEqual({
      key: "k",
      item: { value: "", version: "3", metadata: {} },
    });
    expect(parseNotification("not json")).toBeUndefined();
    expect(parseNotification(JSON.stringify({ action: "INSERT", data: [1] }))).toBeUndefined();
  });
});
