import { Code, ConnectError } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { appResponseStatus, grpcDeliveryResult, httpDeliveryResult } from "./app-response.js";

const b = (s: string) => Buffer.from(s);
const status = (code: number, body = "") => httpDeliveryResult(code, b(body)).status;

describe("HTTP app answers", () => {
  it("treats 2xx with an empty or non-JSON body as SUCCESS", () => {
    expect(status(200)).toBe("success");
    expect(status(204)).toBe("success");
    expect(status(201, "ok")).toBe("success");
    expect(status(299, "<html>")).toBe("success");
  });

  it("reads {status} from a 2xx JSON body", () => {
    expect(status(200, '{"status":"SUCCESS"}')).toBe("success");
    expect(status(200, '{"status":""}')).toBe("success");
    expect(status(200, '{"status":"RETRY"}')).toBe("retry");
    expect(status(200, '{"status":"DROP"}')).toBe("drop");
    expect(httpDeliveryResult(200, b('{"status":"DROP"}'))).toMatchObject({ deadLetter: true });
  });

  it("matches the key case-insensitively and the value exactly, as Go's encoding/json does", () => {
    expect(status(200, '{"Status":"RETRY"}')).toBe("retry");
    expect(status(200, '{"STATUS":"DROP"}')).toBe("drop");
    // An unknown status (lower case included) is retried.
    expect(status(200, '{"status":"success"}')).toBe("retry");
    expect(status(200, '{"status":"later"}')).toBe("retry");
    // The last of several matching keys wins.
    expect(status(200, '{"status":"RETRY","Status":"SUCCESS"}')).toBe("success");
  });

  it("counts bodies that do not decode into {status: string} as SUCCESS", () => {
    expect(status(200, "null")).toBe("success");
    expect(status(200, '"RETRY"')).toBe("success");
    expect(status(200, "[1]")).toBe("success");
    expect(status(200, '{"status":1}')).toBe("success");
    expect(status(200, '{"status":"RETRY"')).toBe("success"); // truncated
    expect(status(200, '{"other":"x"}')).toBe("success");
    expect(status(200, '{"status":null}')).toBe("success");
    // Only the first JSON value is read.
    expect(status(200, '{"status":"RETRY"} trailing')).toBe("retry");
    expect(appResponseStatus(b("  \n"))).toBeUndefined();
  });

  it("drops on 404 and retries every other status", () => {
    expect(status(404, "no route")).toBe("drop");
    expect(httpDeliveryResult(404, b(""))).toMatchObject({ deadLetter: true });
    for (const code of [500, 503, 400, 401, 409, 301, 100]) expect(status(code)).toBe("retry");
  });
});

describe("gRPC app answers", () => {
  it("maps TopicEventResponse.status", () => {
    expect(grpcDeliveryResult({ status: 0 }).status).toBe("success");
    expect(grpcDeliveryResult({ status: 1 }).status).toBe("retry");
    expect(grpcDeliveryResult({ status: 2 })).toMatchObject({ status: "drop", deadLetter: true });
    expect(grpcDeliveryResult({ status: 7 }).status).toBe("retry");
  });

  it("retries on errors, but drops without dead-lettering on Unimplemented", () => {
    expect(grpcDeliveryResult({ error: new ConnectError("boom", Code.Internal) }).status).toBe("retry");
    expect(grpcDeliveryResult({ error: new ConnectError("down", Code.Unavailable) }).status).toBe("retry");
    expect(grpcDeliveryResult({ error: new Error("socket hang up") }).status).toBe("retry");
    expect(grpcDeliveryResult({ error: new ConnectError("no", Code.Unimplemented) })).toMatchObject({ status: "drop", deadLetter: false });
  });
});
