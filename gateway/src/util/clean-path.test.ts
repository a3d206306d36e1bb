import { describe, expect, it } from "vitest";
import { cleanPath } from "./clean-path.js";

describe("cleanPath (Go's path.Clean)", () => {
  it.each([
    // request paths (daprd's CleanPathMiddleware)
    ["/v1.0/healthz/", "/v1.0/healthz"],
    ["/v1.0//state///s/k", "/v1.0/state/s/k"],
    ["/v1.0/./metadata", "/v1.0/metadata"],
    ["/v1.0/state/s/../metadata", "/v1.0/state/metadata"],
    ["/../v1.0/metadata", "/v1.0/metadata"],
    ["/v1.0/state/s/a%2Fb", "/v1.0/state/s/a%2Fb"],
    ["/v1.0/state/s/.k", "/v1.0/state/s/.k"],
    ["/v1.0/state/s/k..", "/v1.0/state/s/k.."],
    // Go's own cases
    ["", "."],
    ["/", "/"],
    ["//", "/"],
    [".", "."],
    ["..", ".."],
    ["./", "."],
    ["abc", "abc"],
    ["a/", "a"],
    ["//a//b//", "/a/b"],
    ["/../a", "/a"],
    ["../a", "../a"],
    ["a/../..", ".."],
    ["a/b/../c", "a/c"],
    ["a/./b/", "a/b"],
    ["/a/b", "/a/b"],
    ["abc/def/../../..", ".."],
    ["abc/def/../../../ghi/jkl/../../../mno", "../../mno"],
  ])("%j -> %j", (input, expected) => {
    expect(cleanPath(input)).toBe(expected);
  });

  it("agrees with the element-by-element definition on every path of up to 7 characters from 'a', '.', '/'", () => {
    const reference = (p: string): string => {
      const rooted = p.startsWith("/");
      const out: string[] = [];
      for (const seg of p.split("/")) {
        if (seg === "" || seg === ".") continue;
        if (seg === "..") {
          if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
          else if (!rooted) out.push("..");
        } else out.push(seg);
      }
      const joined = out.join("/");
      return rooted ? `/${joined}` : joined === "" ? "." : joined;
    };
    let paths = [""];
    let checked = 0;
    for (let len = 0; len <= 7; len++) {
      for (const p of paths) {
        expect(cleanPath(p), JSON.stringify(p)).toBe(reference(p));
        expect(cleanPath(cleanPath(p)), `idempotent on ${JSON.stringify(p)}`).toBe(cleanPath(p));
        checked++;
      }
      paths = paths.flatMap((p) => [`${p}a`, `${p}.`, `${p}/`]);
    }
    expect(checked).toBe(3280);
  });
});
