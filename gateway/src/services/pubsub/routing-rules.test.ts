import { describe, expect, it } from "vitest";
import { parseJson, type JsonMap } from "./go-json.js";
import { compileRules, findRoute, MatchCompileError, MatchExpression } from "./routing-rules.js";

const event = (json: string) => parseJson(json) as JsonMap;
const ce = event('{"id":"1","type":"widget","source":"shop","data":{"count":7,"name":"gizmo","tags":["a","b"],"nested":{"ok":true}},"myext":"x"}');

describe("CEL routing rules", () => {
  it("evaluate over the CloudEvent as `event`, JSON numbers as doubles compared with ints", () => {
    const yes = [
      'event.type == "widget"',
      "event.data.count > 5",
      "event.data.count == 7",
      'event.data.name.startsWith("giz")',
      "size(event.data.tags) == 2",
      '"a" in event.data.tags',
      "event.data.nested.ok",
      'has(event.myext) && event.myext == "x"',
      "event.data.tags.exists(t, t == \"b\")",
      'event.source.matches("^sh")',
    ];
    for (const src of yes) expect(MatchExpression.compile(src).matches(ce), src).toBe(true);
    expect(MatchExpression.compile('event.type == "gadget"').matches(ce)).toBe(false);
  });

  it("pick the first matching rule, the default route last, none when nothing matches", () => {
    const rules = compileRules([
      { match: 'event.type == "gadget"', path: "/gadgets" },
      { match: "event.data.count > 5", path: "/many" },
      { match: "", path: "/default" },
    ]);
    expect(findRoute(rules, ce)).toBe("/many");
    expect(findRoute(rules, event('{"type":"x","data":{"count":1}}'))).toBe("/default");
    expect(findRoute(rules.slice(0, 2), event('{"type":"x","data":{"count":1}}'))).toBeUndefined();
  });

  it("make an expression that fails to run, or is not boolean, an error for that event", () => {
    const missing = findRoute(compileRules([{ match: "event.nope == 1", path: "/x" }]), ce);
    expect(missing).toBeInstanceOf(Error);
    expect(String(missing)).toContain("event.nope == 1");
    const notBool = findRoute(compileRules([{ match: "event.type", path: "/x" }]), ce);
    expect(String(notBool)).toContain("the result of match expression event.type was not a boolean");
  });

  it("refuse expressions that do not parse or call unknown functions, naming the expression", () => {
    for (const src of ["event.type ==", "event.type == 'a' &&", "nosuchfn(event)", "event.type.nosuchmethod()"]) {
      expect(() => MatchExpression.compile(src), src).toThrow(MatchCompileError);
    }
    expect(() => compileRules([{ match: "ok == true", path: "/a" }, { match: "event.(", path: "/b" }])).toThrow(/invalid match expression "event\.\(": /);
  });
});
