import { Code, ConnectError } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { DaprError } from "../../errors/dapr-error.js";
import { codeFromAppStatus, codeName, statusFromAppAnswer } from "./http-app-status.js";
import { restErrorOf } from "./rest-error.js";

const body = (s: string) => Buffer.from(s);

describe("statusFromAppAnswer", () => {
  it("takes code and message from a google.rpc.Status body, by number or name, whatever the HTTP status", () => {
    expect(statusFromAppAnswer(500, body('{"code":5,"message":"no item sku-9"}'))).toEqual({ code: Code.NotFound, message: "no item sku-9" });
    expect(statusFromAppAnswer(400, body('{"code":"FAILED_PRECONDITION","message":"sold out","details":[]}'))).toEqual({
      code: Code.FailedPrecondition,
      message: "sold out",
    });
    expect(statusFromAppAnswer(409, body('{"code":10}'))).toEqual({ code: Code.Aborted, message: "" });
  });

  it("falls back to the HTTP status and the body's text when the body is not a Status", () => {
    expect(statusFromAppAnswer(404, body("not here\n"))).toEqual({ code: Code.NotFound, message: "not here" });
    expect(statusFromAppAnswer(400, body('{"code":99,"message":"x"}'))).toEqual({ code: Code.InvalidArgument, message: '{"code":99,"message":"x"}' });
    expect(statusFromAppAnswer(400, body('{"code":"NOPE"}')).code).toBe(Code.InvalidArgument);
    expect(statusFromAppAnswer(503, body(""))).toEqual({ code: Code.Unavailable, message: "the app answered 503 Service Unavailable" });
    expect(statusFromAppAnswer(500, body("x".repeat(5000))).message).toHaveLength(1024);
  });

  it("maps statuses without an entry by class", () => {
    expect(codeFromAppStatus(418)).toBe(Code.FailedPrecondition);
    expect(codeFromAppStatus(502)).toBe(Code.Internal);
    expect(codeFromAppStatus(302)).toBe(Code.Unknown);
  });

  it("names codes as google.rpc.Code does", () => {
    expect(codeName(Code.NotFound)).toBe("NOT_FOUND");
    expect(codeName(Code.DeadlineExceeded)).toBe("DEADLINE_EXCEEDED");
    expect(codeName(Code.Unauthenticated)).toBe("UNAUTHENTICATED");
  });
});

describe("restErrorOf", () => {
  it("turns the app's status into ERR_APP_STATUS with the HTTP status of its code", () => {
    const e = restErrorOf(new ConnectError("no item sku-9", Code.NotFound), "inventory");
    expect(e).toBeInstanceOf(DaprError);
    const d = e as DaprError;
    expect([d.errorCode, d.httpStatus, d.grpcCode, d.message]).toEqual(["ERR_APP_STATUS", 404, Code.NotFound, "no item sku-9"]);
    expect(d.metadata).toEqual({ appID: "inventory", grpcCode: "NOT_FOUND" });
  });

  it("leaves the sidecar's own errors as they are", () => {
    const own = new DaprError({ errorCode: "ERR_DIRECT_INVOKE", message: "x", httpStatus: 500, grpcCode: Code.Internal });
    expect(restErrorOf(own, "inventory")).toBe(own);
  });
});
