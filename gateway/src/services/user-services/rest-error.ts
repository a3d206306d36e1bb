/**
 * A user-defined service's error as a REST caller sees it. gRPC, Connect and
 * gRPC-Web callers get the app's status as it is (code, message, details);
 * REST callers get Dapr's error body, {"errorCode": "ERR_APP_STATUS",
 * "message": <the app's message>, "details": [ErrorInfo with the app id and
 * the gRPC code name]}, with the HTTP status of the code. Errors of the
 * sidecar itself (DaprError, e.g. ERR_DIRECT_INVOKE) pass unchanged.
 */
import { ConnectError } from "@connectrpc/connect";
import * as errors from "../../errors/catalog.js";
import { DaprError } from "../../errors/dapr-error.js";
import { httpStatusFromCode } from "../invoke/status-codes.js";
import { codeName } from "./http-app-status.js";

export function restErrorOf(e: unknown, appId: string): unknown {
  if (e instanceof DaprError || !(e instanceof ConnectError)) return e;
  return errors.appStatus(httpStatusFromCode(e.code), e.code, e.rawMessage, appId, codeName(e.code));
}
