import { describe, expect, it } from "vitest";
import type { RestRoute } from "./route.js";
import { RestRouter } from "./router.js";

const service = {} as RestRoute["service"];
const route = (verb: string, path: string, segments: RestRoute["segments"], vars: RestRoute["vars"], extra: Partial<RestRoute> = {}): RestRoute => ({
  service,
  method: `${verb} ${path}`,
  verb,
  path,
  segments,
  vars,
  successStatus: 200,
  ...extra,
});

const getState = route("GET", "/v1.0/state/{store_name}/{key}", ["v1.0", "state", 0, 0], [
  { field: "store_name", start: 2, end: 3 },
  { field: "key", start: 3, end: 4 },
]);
const bulkState = route("POST", "/v1.0/state/{store_name}/bulk", ["v1.0", "state", 0, "bulk"], [{ field: "store_name", start: 2, end: 3 }]);
const publish = route("POST", "/v1.0/publish/{pubsub_name}/{topic=**}", ["v1.0", "publish", 0, 1], [
  { field: "pubsub_name", start: 2, end: 3 },
  { field: "topic", start: 3, end: 4 },
]);
const bulkPublish = route("POST", "/v1.0/publish/bulk/{pubsub_name}/{topic=**}", ["v1.0", "publish", "bulk", 0, 1], [
  { field: "pubsub_name", start: 3, end: 4 },
  { field: "topic", start: 4, end: 5 },
]);
const invoke = route("*", "/v1.0/invoke/{id}/method/{message.method=**}", ["v1.0", "invoke", 0, "method", 1], [
  { field: "id", start: 2, end: 3 },
  { field: "message.method", start: 4, end: 5 },
]);
const custom = route("POST", "/v1/{name}:publish", ["v1", 0], [{ field: "name", start: 1, end: 2 }], { customVerb: "publish" });
const router = new RestRouter([getState, bulkState, publish, bulkPublish, invoke, custom]);

describe("RestRouter", () => {
  it("matches variables and decodes them", () => {
    expect(router.match("GET", "/v1.0/state/store/a%20key")).toEqual({ route: getState, values: ["store", "a key"] });
  });

  it("prefers literal segments to variables", () => {
    expect(router.match("POST", "/v1.0/state/store/bulk")).toMatchObject({ route: bulkState });
    expect(router.match("GET", "/v1.0/state/store/bulk")).toMatchObject({ route: getState, values: ["store", "bulk"] });
    expect(router.match("POST", "/v1.0/publish/bulk/ps/orders")).toMatchObject({ route: bulkPublish, values: ["ps", "orders"] });
  });

  it("lets a deep wildcard take the rest of the path", () => {
    expect(router.match("POST", "/v1.0/publish/ps/a/b/c")).toMatchObject({ route: publish, values: ["ps", "a/b/c"] });
    expect(router.match("DELETE", "/v1.0/invoke/app/method/x/y")).toMatchObject({ route: invoke, values: ["app", "x/y"] });
    expect(router.match("POST", "/v1.0/publish/ps/orders")).toMatchObject({ route: publish, values: ["ps", "orders"] });
  });

  it("decodes each segment a variable takes, then joins them", () => {
    expect(router.match("POST", "/v1.0/publish/p%20s/a%2Fb/c%zz")).toMatchObject({ route: publish, values: ["p s", "a/b/c%zz"] });
    expect(router.match("GET", "/v1.0/state/s/%E2%82%AC")).toMatchObject({ route: getState, values: ["s", "\u20ac"] });
  });

  it("tells a wrong method from an unknown path", () => {
    expect(router.match("DELETE", "/v1.0/state/store/bulk")).toBe("method-not-allowed");
    expect(router.match("GET", "/v1.0/nothing")).toBeUndefined();
    expect(router.match("GET", "/v1.0/state/store")).toBeUndefined();
    expect(router.match("GET", "/v1.0/state/store/")).toBeUndefined();
  });

  it("matches custom verbs", () => {
    expect(router.match("POST", "/v1/shelf:publish")).toMatchObject({ route: custom, values: ["shelf"] });
  });
});
