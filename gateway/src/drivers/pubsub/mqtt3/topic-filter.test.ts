import { describe, expect, it } from "vitest";
import { filterMatches, invalidFilter } from "./topic-filter.js";

describe("filterMatches", () => {
  it.each([
    ["a/b", "a/b", true],
    ["a/b", "a/c", false],
    ["a/+", "a/b", true],
    ["a/+", "a/b/c", false],
    ["a/+", "a", false],
    ["a/#", "a/b/c", true],
    ["a/#", "a", true],
    ["#", "a/b", true],
    ["+/b", "a/b", true],
    ["#", "$SYS/broker", false],
    ["+/broker", "$SYS/broker", false],
    ["$SYS/#", "$SYS/broker", true],
    ["a//b", "a//b", true],
    ["a/+/b", "a//b", true],
    ["$share/workers/orders", "orders", true],
    ["$share/workers/orders", "payments", false],
    ["$share/workers/sensors/+", "sensors/a", true],
    ["$share/workers/#", "a/b", true],
    ["$share/workers/#", "$SYS/broker", false],
  ])("%s matches %s: %s", (filter, topic, expected) => {
    expect(filterMatches(filter, topic)).toBe(expected);
  });
});

describe("invalidFilter", () => {
  it("accepts topics and wildcards as whole levels", () => {
    for (const f of ["orders", "a/b", "a/+/c", "a/#", "#", "+", "$share/g/orders", "$share/g/a/+/c", "$share/g/#"]) expect(invalidFilter(f)).toBeUndefined();
  });

  it("names what is wrong", () => {
    expect(invalidFilter("")).toMatch(/empty/);
    expect(invalidFilter("a/#/b")).toMatch(/"#" must be a whole level and the last one/);
    expect(invalidFilter("a/b#")).toMatch(/"#"/);
    expect(invalidFilter("a/b+")).toMatch(/"\+" must be a whole level/);
    expect(invalidFilter("a\0b")).toMatch(/NUL/);
    expect(invalidFilter("$share//orders")).toMatch(/the group not empty/);
    expect(invalidFilter("$share/g+/orders")).toMatch(/without "\+" or "#"/);
    expect(invalidFilter("$share/g")).toMatch(/needs a topic/);
    expect(invalidFilter("$share/g/")).toMatch(/needs a topic/);
    expect(invalidFilter("$share/g/a/#/b")).toMatch(/"#" must be a whole level/);
  });
});
