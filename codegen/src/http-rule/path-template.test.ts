import { describe, expect, it } from "vitest";
import { parsePathTemplate, PathTemplateError } from "./path-template.js";

describe("parsePathTemplate", () => {
  it("parses literals and simple variables", () => {
    const t = parsePathTemplate("/v1.0/state/{store_name}/{key}");
    expect(t.segments).toEqual([
      { kind: "literal", value: "v1.0" },
      { kind: "literal", value: "state" },
      { kind: "wildcard" },
      { kind: "wildcard" },
    ]);
    expect(t.variables).toEqual([
      { fieldPath: ["store_name"], start: 2, end: 3 },
      { fieldPath: ["key"], start: 3, end: 4 },
    ]);
    expect(t.verb).toBeUndefined();
  });

  it("parses a deep wildcard variable with a nested field path", () => {
    const t = parsePathTemplate("/v1.0/invoke/{id}/method/{message.method=**}");
    expect(t.segments.at(-1)).toEqual({ kind: "deep-wildcard" });
    expect(t.variables[1]).toEqual({ fieldPath: ["message", "method"], start: 4, end: 5 });
  });

  it("parses variables with multi-segment patterns and a custom verb", () => {
    const t = parsePathTemplate("/v1/{name=shelves/*/books/*}:publish");
    expect(t.segments.map((s) => s.kind)).toEqual(["literal", "literal", "wildcard", "literal", "wildcard"]);
    expect(t.variables).toEqual([{ fieldPath: ["name"], start: 1, end: 5 }]);
    expect(t.verb).toBe("publish");
  });

  it.each([
    ["v1/no-leading-slash", 'starts with "/"'],
    ["/v1/{unterminated", "unterminated variable"],
    ["/v1/{a.1b}", "invalid field path"],
    ["/v1/**/x", '"**" must be the last segment'],
    ["/v1/{a}/{a}", "bound twice"],
    ["/v1//x", "expected a literal"],
    ["/v1/{a={b}}", "cannot nest"],
  ])("rejects %s", (source, message) => {
    expect(() => parsePathTemplate(source)).toThrow(PathTemplateError);
    expect(() => parsePathTemplate(source)).toThrow(message);
  });
});
