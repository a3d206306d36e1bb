import { describe, expect, it } from "vitest";
import { cleanPath } from "./clean-path.js";

describe("cleanPath (Go's path.Clean)", () => {
  it.each([
    ["/v1.0/healthz/", "/v1.0/healthz"],
    ["/v1.0//state///s/k", "/v1.0/state/s/k"],
    ["/v1.0/./metadata", "/v1.0/metadata"],
    ["/v1.0/state/s/../metadata", "/v1.0/state/metadata"],
    ["/../v1.0/metadata", "/v1.0/metadata"],
    ["/", "/"],
    ["//", "/"],
    ["", "."],
    ["a/../..", ".."],
    ["a/./b/", "a/b"],
    ["/v1.0/state/s/a%2Fb", "/v1.0/state/s/a%2Fb"],
  ])("%j -> %j", (input, expected) => {
    expect(cleanPath(input)).toBe(expected);
  });
});
