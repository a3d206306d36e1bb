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
  ])("%s matches %s: %s", (filter, topic, expected) => {
    expect(filterMatches(filter, topic)).toBe(expected);
  });
});

describe("invalidFilter", () => {
  it("accepts topics and wildcards as whole levels", () => {
    for (const f of ["orders", "a/b", "a/+/c", "a/#", "#", "+"]) expect(invalidFilter(f)).toBeUndefined();
  });

  it("names what is wrong", () => {
    expect(invalidFilter("")).toMatch(/empty/);
    expect(invalidFilter("a/#/b")).toMatch(/"#" must be a whole level and the last one/);
    expect(invalidFilter("a/b#")).toMatch(/"#"/);
    expect(invalidFilter("a/b+")).toMatch(/"\+" must be a whole level/);
    expect(invalidFilter("a\0b")).toMatch(/NUL/);
  });
});
