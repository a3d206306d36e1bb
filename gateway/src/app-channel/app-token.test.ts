import { describe, expect, it } from "vitest";
import { appTokenHeader, tokenlessGrpcPaths, withAppToken } from "./app-token.js";

describe("withAppToken", () => {
  it("sets the token over a record's own dapr-api-token, leaving the given record as it was", () => {
    const given = { "content-type": "application/json", "dapr-api-token": "the caller's" };
    expect(withAppToken(given, "app")).toEqual({ "content-type": "application/json", "dapr-api-token": "app" });
    expect(given["dapr-api-token"]).toBe("the caller's");
  });

  it("appends the token to a header list, and makes headers of none", () => {
    expect(withAppToken(["x-a", "1"], "app")).toEqual(["x-a", "1", appTokenHeader, "app"]);
    expect(withAppToken(undefined, "app")).toEqual({ [appTokenHeader]: "app" });
  });
});

describe("tokenlessGrpcPaths", () => {
  it("holds the AppCallback methods daprd calls without the token, and none of the calls it sends it on", () => {
    expect(tokenlessGrpcPaths.has("/dapr.proto.runtime.v1.AppCallback/ListTopicSubscriptions")).toBe(true);
    expect(tokenlessGrpcPaths.has("/dapr.proto.runtime.v1.AppCallback/ListInputBindings")).toBe(true);
    for (const m of ["OnInvoke", "OnTopicEvent", "OnBulkTopicEvent", "OnBindingEvent", "OnJobEvent"]) {
      expect(tokenlessGrpcPaths.has(`/dapr.proto.runtime.v1.AppCallback/${m}`)).toBe(false);
    }
  });
});
