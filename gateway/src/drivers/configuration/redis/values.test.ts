import { describe, expect, it } from "vitest";
import { missingEventFlags, parseStoredValue, storedValue } from "./values.js";

describe("daprd's Redis configuration layout", () => {
  it("splits value||version as daprd does", () => {
    expect(parseStoredValue("blue||3")).toEqual({ value: "blue", version: "3" });
    expect(parseStoredValue("plain")).toEqual({ value: "plain", version: "" });
    expect(parseStoredValue("a||b||c")).toEqual({ value: "a", version: "b" });
    expect(storedValue("blue", "3")).toBe("blue||3");
    expect(storedValue("blue", "")).toBe("blue");
  });

  it("adds only the keyspace event flags the server lacks", () => {
    expect(missingEventFlags("")).toBe("Kg$xe");
    expect(missingEventFlags("Kg$xe")).toBeUndefined();
    expect(missingEventFlags("KA")).toBeUndefined();
    expect(missingEventFlags("A")).toBe("AK");
    expect(missingEventFlags("Ex")).toBe("ExKg$e");
  });
});
