import { describe, expect, it } from "vitest";
import { findInvocationAddress, methodToPath, normalizeMethod } from "./method-name.js";

const basicAuth = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;

describe("findInvocationAddress (Dapr's target and method lookup)", () => {
  it.each([
    ["/foo/bar", { "dapr-app-id": "myapp" }, "myapp", "foo/bar", "header"],
    ["/foo/bar", { authorization: basicAuth("dapr-app-id", "auth") }, "auth", "foo/bar", "basic-auth"],
    ["/foo/bar", { authorization: basicAuth("DAPR-APP-ID", "auth") }, "auth", "foo/bar", "basic-auth"],
    ["/foo/bar", { "dapr-app-id": "myapp", authorization: basicAuth("dapr-app-id", "auth") }, "myapp", "foo/bar", "header"],
    ["/v1.0/invoke/myapp/method/foo", {}, "myapp", "foo", "path"],
    ["/v1.0/invoke/myapp/method/foo", { authorization: basicAuth("dapr-app-id", "auth") }, "auth", "v1.0/invoke/myapp/method/foo", "basic-auth"],
    ["/v1.0/invoke/myapp/method/", {}, "myapp", "", "path"],
    ["/v1.0/invoke/myapp/method/a/b/", {}, "myapp", "a/b", "path"],
    ["/v1.0/invoke/myapp/method/a//b/./c", {}, "myapp", "a/b/c", "path"],
    ["/v1.0//invoke//myapp/method/x", {}, "myapp", "x", "path"],
    ["/v1.0/invoke/http://example.com/method/foo", {}, "http://example.com", "foo", "path"],
    ["/v1.0/invoke/http%3A%2F%2Fexample.com/method/foo", {}, "http://example.com", "foo", "path"],
    ["/v1.0/invoke/https%3A/%2Fexample.com/method/foo", {}, "https://example.com", "foo", "path"],
    ["/v1.0/invoke/my%20app/method/hello%20world", {}, "my app", "hello world", "path"],
    ["///foo//bar", { "dapr-app-id": "myapp" }, "myapp", "foo/bar", "header"],
  ])("%s %j -> %s %s", (path, headers, appId, method, via) => {
    expect(findInvocationAddress(path, headers)).toEqual({ appId, method, via });
  });

  it.each([["/v1.0/invoke/myapp/method"], ["/v1.0/invoke/"], ["/v1.0/state/x"], ["/"], ["/v1.0/invoke/myapp"]])("%s names no app", (path) => {
    expect(findInvocationAddress(path, {})).toBeUndefined();
  });

  it("ignores basic auth for another user", () => {
    expect(findInvocationAddress("/foo", { authorization: basicAuth("someone", "x") })).toBeUndefined();
  });
});

describe("normalizeMethod (Dapr's NormalizeMethod)", () => {
  it.each([
    ["foo", "foo"],
    ["foo/bar", "foo/bar"],
    ["../../etc/passwd", "etc/passwd"],
    ["a/../../b", "b"],
    ["..", ""],
    [".", ""],
    ["", ""],
    ["/abs/./path/", "/abs/path"],
  ])("%j -> %j", (input, want) => {
    expect(normalizeMethod(input)).toBe(want);
  });

  it.each([["a#b"], ["a?b"], ["a\u0000b"], ["a\nb"], ["a\u007fb"]])("refuses %j", (input) => {
    expect(() => normalizeMethod(input)).toThrow(/invalid method/);
  });
});

describe("methodToPath", () => {
  it("leaves path characters alone and percent-encodes the rest", () => {
    expect(methodToPath("orders/42")).toBe("/orders/42");
    expect(methodToPath("a:b@c!$&'()*+,;=~-._")).toBe("/a:b@c!$&'()*+,;=~-._");
    expect(methodToPath("hello world")).toBe("/hello%20world");
    expect(methodToPath("100%")).toBe("/100%25");
    expect(methodToPath("ünï/€")).toBe("/%C3%BCn%C3%AF/%E2%82%AC");
    expect(methodToPath("")).toBe("/");
    expect(methodToPath("/abs")).toBe("/abs");
  });
});
