/**
 * Response behaviours of Dapr's hand-written HTTP handlers that the REST
 * options cannot express (docs/reference/dapr-http-api.md, section 4),
 * applied to the RPC's response before it is written.
 */
import type { Message } from "@bufbuild/protobuf";
import type { UnsubscribeConfigurationResponse } from "../../gen/dapr/proto/runtime/v1/configuration_pb.js";

/** The HTTP status for a response, when it is not the route's success status. */
export type Status = (msg: Message) => number | undefined;

/**
 * Section 4.7: a failed unsubscribe is a response with ok=false over gRPC,
 * and over HTTP the same message ({"message": ...}, ok left out) with 500.
 */
const unsubscribeStatus: Status = (msg) => ((msg as UnsubscribeConfigurationResponse).ok ? undefined : 500);

const statuses: ReadonlyMap<string, Status> = new Map<string, Status>([
  ["dapr.proto.runtime.v1.Dapr/UnsubscribeConfiguration", unsubscribeStatus],
  ["dapr.proto.runtime.v1.Dapr/UnsubscribeConfigurationAlpha1", unsubscribeStatus],
]);

/** The hand-coded status rule of a route's RPC, if it has one (looked up once per route). */
export function statusRule(service: string, method: string): Status | undefined {
  return statuses.get(`${service}/${method}`);
}

/** The status the hand-coded behaviour of a route's RPC gives its response, if any. */
export function responseStatus(service: string, method: string, msg: Message): number | undefined {
  return statusRule(service, method)?.(msg);
}
