import { describe, expect, it } from "vitest";
import { requestTarget } from "./request-target.js";

/** What the server read before: the whole target through WHATWG URL. */
function viaUrl(raw: string): URL {
  return raw.startsWith("/") ? new URL(`http://sidecar${raw}`) : new URL(raw, "http://sidecar");
}

const targets = [
  "/",
  "/v1.0/state/memstore/bench",
  "/v1.0/state/s/k?metadata.partitionKey=p&metadata.partitionKey=q&consistency=strong",
  "/v1.0/state/s/a%2Fb%20c?metadata.x=%E2%82%AC+y",
  "/v1.0/state/s/k?",
  "/v1.0/state/s/k?a?b=c=d&&x",
  "/v1.0/healthz/",
  "//v1.0//state///s/k",
  "//",
  "/v1.0/./metadata",
  "/v1.0/state/s/../metadata",
  "/v1.0/state/s/%2e%2E/metadata",
  "/v1.0/state/s/.hidden",
  "/v1.0/state/s/k..",
  "/v1.0/state/s/k v?q=a b",
  "/v1.0/state/s/\u00e9t\u00e9?x=\u00e9",
  "/v1.0/state/s/k'?q='x'",
  "/v1.0/state/s/k\"<>`{}|^[]?q=\"<>`{}",
  "/v1.0\\state\\s\\k",
  "/v1.0/state/s/k#frag?x=1",
  "/v1.0/state/s/k?x=1#frag",
  "/v1.0/state/s/k%zz?x=%zz",
  "/v1.0/invoke/app/method/a:b@c!$&()*+,;=~-._?x=1",
  "/v1.0/state/s/\u0001",
  "http://elsewhere:1234/v1.0/metadata?x=1",
  "*",
];

describe("requestTarget", () => {
  it.each(targets)("%j: the same path, query and URL as WHATWG URL parsing", (raw) => {
    const t = requestTarget(raw);
    const u = viaUrl(raw);
    expect(t).toBeDefined();
    expect(t!.pathname).toBe(u.pathname);
    expect([...t!.searchParams]).toEqual([...u.searchParams]);
    expect(t!.url().href).toBe(u.href);
  });

  it("is the root for a request without a target", () => {
    expect(requestTarget(undefined)?.pathname).toBe("/");
  });

  it("is undefined for a target URL cannot parse", () => {
    expect(requestTarget("http://[::1")).toBeUndefined();
  });

  it("parses the query once and makes the URL once", () => {
    const t = requestTarget("/v1.0/state/s/k?metadata.a=1")!;
    expect(t.searchParams).toBe(t.searchParams);
    expect(t.url()).toBe(t.url());
  });
});
