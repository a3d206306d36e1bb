/**
 * What the app's answer to a delivered event means, by Dapr's rules
 * (pkg/runtime/subscription/postman/{http,grpc}):
 *
 * HTTP: any 2xx is SUCCESS unless its body decodes as {"status": "..."}:
 * "SUCCESS" or "" is success, "RETRY" retry, "DROP" drop, any other value
 * retry. The key is matched case-insensitively (Go's encoding/json), the value
 * is not ("success" is an unknown status, hence retry). An empty body, a body
 * that is not JSON, or a "status" that is not a string counts as SUCCESS.
 * 404 is DROP; every other status (and a failed call) is RETRY.
 *
 * gRPC: TopicEventResponse.status SUCCESS / RETRY / DROP; an unknown value
 * is RETRY; an Unimplemented error drops the event without dead-lettering it;
 * any other error is RETRY.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { parseFirstJson } from "./go-json.js";

export type DeliveryResult =
  | { readonly status: "success" }
  | { readonly status: "retry"; readonly reason: string }
  | { readonly status: "drop"; readonly reason: string; readonly deadLetter: boolean };

const success: DeliveryResult = { status: "success" };

/** The status an app's JSON body names; undefined when the body does not decode as {"status": string} (which counts as success). */
export function appResponseStatus(body: Uint8Array): string | undefined {
  if (body.length === 0) return undefined;
  let v;
  try {
    v = parseFirstJson(body);
  } catch {
    return undefined;
  }
  if (v === null) return "";
  if (!(v instanceof Map)) return undefined;
  let status = "";
  for (const [k, val] of v) {
    if (k.toLowerCase() !== "status") continue;
    if (val === null) continue;
    if (typeof val !== "string") return undefined;
    status = val;
  }
  return status;
}

export function httpDeliveryResult(statusCode: number, body: Uint8Array): DeliveryResult {
  if (statusCode >= 200 && statusCode <= 299) {
    const status = appResponseStatus(body);
    switch (status) {
      case undefined:
      case "":
      case "SUCCESS":
        return success;
      case "RETRY":
        return { status: "retry", reason: "RETRY status returned from app" };
      case "DROP":
        return { status: "drop", reason: "DROP status returned from app", deadLetter: true };
      default:
        return { status: "retry", reason: `unknown status returned from app: ${JSON.stringify(status)}` };
    }
  }
  const text = Buffer.from(body.subarray(0, 512)).toString("utf8");
  if (statusCode === 404) return { status: "drop", reason: `non-retriable error returned from app: status code 404, body: ${text}`, deadLetter: true };
  return { status: "retry", reason: `retriable error returned from app: status code ${statusCode}, body: ${text}` };
}

/** TopicEventResponse.status values. */
export const TopicEventStatus = { SUCCESS: 0, RETRY: 1, DROP: 2 } as const;

export function grpcDeliveryResult(outcome: { readonly status: number } | { readonly error: unknown }): DeliveryResult {
  if ("error" in outcome) {
    const err = ConnectError.from(outcome.error);
    if (err.code === Code.Unimplemented) return { status: "drop", reason: `non-retriable error returned from app: ${err.message}`, deadLetter: false };
    return { status: "retry", reason: `error returned from app: ${err.message}` };
  }
  switch (outcome.status) {
    case TopicEventStatus.SUCCESS:
      return success;
    case TopicEventStatus.RETRY:
      return { status: "retry", reason: "RETRY status returned from app" };
    case TopicEventStatus.DROP:
      return { status: "drop", reason: "DROP status returned from app", deadLetter: true };
    default:
      return { status: "retry", reason: `unknown status returned from app: ${outcome.status}` };
  }
}
