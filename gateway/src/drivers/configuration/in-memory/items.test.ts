import { describe, expect, it } from "vitest";
import { ItemsError, parseItems } from "./items.js";

describe("parseItems", () => {
  it("reads plain values and {value, version, metadata}, from YAML or JSON", () => {
    expect(parseItems("greeting: hello\nmax: 10\non: true\ntheme: { value: dark, version: 7, metadata: { owner: web } }")).toEqual({
      greeting: { value: "hello" },
      max: { value: "10" },
      on: { value: "true" },
      theme: { value: "dark", version: "7", metadata: { owner: "web" } },
    });
    expect(parseItems('{"a": "1", "b": {"value": "2"}}')).toEqual({ a: { value: "1" }, b: { value: "2" } });
    expect(parseItems("")).toEqual({});
  });

  it("names the key of a malformed item", () => {
    expect(() => parseItems("a: [1, 2]")).toThrow(new ItemsError("a: must be a value or {value, version, metadata}"));
    expect(() => parseItems("a: { version: 1 }")).toThrow("a.value: is required");
    expect(() => parseItems("a: { value: x, colour: red }")).toThrow("a.colour: is not an item field");
    expect(() => parseItems("a: { value: x, metadata: [1] }")).toThrow("a.metadata: must be a mapping");
    expect(() => parseItems("- a\n- b")).toThrow("must be a mapping from key to value");
    expect(() => parseItems("a: {")).toThrow("is not YAML or JSON");
  });
});
