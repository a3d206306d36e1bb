import { ConnectError, Code } from "@connectrpc/connect";
import { BadRequestSchema, ErrorInfoSchema, ResourceInfoSchema } from "../../gen/google/rpc/error_details_pb.js";
import { DaprError } from "../../errors/dapr-error.js";

/**
 * A DaprError as a gRPC / Connect error: Dapr's status code and message, with
 * google.rpc.ErrorInfo (reason, domain "dapr.io", metadata), ResourceInfo and
 * BadRequest details like daprd sends. Other errors become Internal.
 */
export function toConnectError(e: unknown): ConnectError {
  if (e instanceof ConnectError) return e;
  if (!(e instanceof DaprError)) {
    return new ConnectError(e instanceof Error ? e.message : String(e), Code.Internal, undefined, undefined, e);
  }
  const details: ConstructorParameters<typeof ConnectError>[3] = [];
  if (e.reason) details.push({ desc: ErrorInfoSchema, value: { reason: e.reason, domain: "dapr.io", metadata: { ...e.metadata } } });
  if (e.resource) {
    details.push({
      desc: ResourceInfoSchema,
      value: { resourceType: e.resource.resourceType, resourceName: e.resource.resourceName, owner: e.resource.owner ?? "", description: e.resource.description ?? "" },
    });
  }
  if (e.fieldViolations?.length) details.push({ desc: BadRequestSchema, value: { fieldViolations: e.fieldViolations.map((v) => ({ ...v })) } });
  const err = new ConnectError(e.message, e.grpcCode, e.headers ? new Headers(e.headers) : undefined, details, e);
  return err;
}
