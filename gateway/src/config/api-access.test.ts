import { describe, expect, it } from "vitest";
import { Dapr } from "../gen/dapr/proto/runtime/v1/dapr_pb.js";
import { restRoutes } from "../gen/rest-routes.js";
import { ApiAccess, grpcEndpointGroups, httpEndpointOf, type ApiAccessRule } from "./api-access.js";

const http = (name: string, version: string): ApiAccessRule => ({ name, version, protocol: "http" });
const grpc = (name: string, version: string): ApiAccessRule => ({ name, version, protocol: "grpc" });

describe("httpEndpointOf", () => {
  it("names daprd's endpoint group of every Dapr REST route", () => {
    for (const r of restRoutes.filter((r) => r.service.typeName === Dapr.typeName)) {
      expect(httpEndpointOf(r.path), r.path).toBeDefined();
    }
    expect(httpEndpointOf("/v1.0-alpha1/lock/{storeName}")).toEqual({ group: "lock", groupKey: "v1alpha1/lock", legacyPath: "v1.0-alpha1/lock/{storeName}" });
    expect(httpEndpointOf("/v1.0-beta1/workflows/{c}/{id}")?.groupKey).toBe("v1beta1/workflows");
    expect(httpEndpointOf("/openapi.json")).toBeUndefined();
  });
});

describe("ApiAccess over HTTP", () => {
  it("serves everything without rules", () => {
    const a = new ApiAccess({ allowed: [], denied: [] });
    expect(a.allowsHttpPath("/v1.0/state/{storeName}")).toBe(true);
    expect(a.allowsHttpInvokeFallback()).toBe(true);
  });

  it("matches a rule by group (v1) or by daprd's path prefix (v1.0)", () => {
    for (const rule of [http("state", "v1"), http("state", "v1.0")]) {
      const a = new ApiAccess({ allowed: [rule], denied: [] });
      expect(a.allowsHttpPath("/v1.0/state/{storeName}/{key}"), rule.version).toBe(true);
      expect(a.allowsHttpPath("/v1.0/secrets/{store_name}/{key}"), rule.version).toBe(false);
      expect(a.allowsHttpInvokeFallback(), rule.version).toBe(false);
    }
    // The alpha query route is its own group (v1alpha1), and not under the v1.0 prefix.
    expect(new ApiAccess({ allowed: [http("state", "v1")], denied: [] }).allowsHttpPath("/v1.0-alpha1/state/{storeName}/query")).toBe(false);
  });

  it("lets a denied rule win over an allowed one, and always serves health and non-Dapr paths", () => {
    const a = new ApiAccess({ allowed: [http("state", "v1"), http("secrets", "v1")], denied: [http("secrets", "v1")] });
    expect(a.allowsHttpPath("/v1.0/state/{storeName}")).toBe(true);
    expect(a.allowsHttpPath("/v1.0/secrets/{store_name}/bulk")).toBe(false);
    expect(a.allowsHttpPath("/v1.0/healthz")).toBe(true);
    expect(a.allowsHttpPath("/v1.0/healthz/outbound")).toBe(true);
    expect(a.allowsHttpPath("/openapi.json")).toBe(true);
  });

  it("ignores gRPC rules on HTTP", () => {
    const a = new ApiAccess({ allowed: [grpc("state", "v1")], denied: [grpc("secrets", "v1")] });
    expect(a.allowsHttpPath("/v1.0/secrets/{store_name}/{key}")).toBe(true);
  });
});

describe("ApiAccess over RPC", () => {
  it("names only RPCs that the Dapr service has", () => {
    const names = new Set(Dapr.methods.map((m) => m.name));
    for (const [group, methods] of Object.entries(grpcEndpointGroups)) for (const m of methods) expect(names.has(m), `${group}: ${m}`).toBe(true);
  });

  it("applies allow and deny lists of groups, denied first", () => {
    const a = new ApiAccess({ allowed: [grpc("state", "v1"), grpc("secrets", "v1")], denied: [grpc("secrets", "v1")] });
    expect(a.restrictsRpc).toBe(true);
    expect(a.allowsDaprRpc("GetState")).toBe(true);
    expect(a.allowsDaprRpc("QueryStateAlpha1")).toBe(false);
    expect(a.allowsDaprRpc("GetSecret")).toBe(false);
    expect(a.allowsDaprRpc("GetMetadata")).toBe(false);
  });

  it("ignores rules that name no group (daprd's v1.0 spelling is HTTP-only) and HTTP rules", () => {
    const a = new ApiAccess({ allowed: [grpc("state", "v1.0"), http("state", "v1")], denied: [] });
    expect(a.restrictsRpc).toBe(false);
    expect(a.allowsDaprRpc("GetSecret")).toBe(true);
  });
});
