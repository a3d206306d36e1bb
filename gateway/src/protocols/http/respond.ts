import type { ServerResponse } from "node:http";
import { DaprError } from "../../errors/dapr-error.js";
import { internal } from "../../errors/catalog.js";

/** Dapr's HTTP error body: {"errorCode", "message", "details"?}. */
export function errorBody(err: DaprError): string {
  const details: unknown[] = [];
  if (err.reason) {
    details.push({
      "@type": "type.googleapis.com/google.rpc.ErrorInfo",
      reason: err.reason,
      domain: "dapr.io",
      ...(err.metadata && { metadata: err.metadata }),
    });
  }
  if (err.resource) {
    details.push({
      "@type": "type.googleapis.com/google.rpc.ResourceInfo",
      resource_type: err.resource.resourceType,
      resource_name: err.resource.resourceName,
      owner: err.resource.owner ?? "",
      description: err.resource.description ?? "",
    });
  }
  if (err.fieldViolations?.length) {
    details.push({ "@type": "type.googleapis.com/google.rpc.BadRequest", field_violations: err.fieldViolations });
  }
  return JSON.stringify({ errorCode: err.errorCode, message: err.message, ...(details.length && { details }) });
}

/** Writes any thrown value as a Dapr error response (unknown errors are 500 ERR_INTERNAL). */
export function respondWithError(res: ServerResponse, thrown: unknown): DaprError {
  const err = thrown instanceof DaprError ? thrown : internal(thrown);
  if (res.headersSent) {
    res.destroy(err);
    return err;
  }
  const body = errorBody(err);
  const headers: Record<string, string | number> = { "content-type": "application/json", "content-length": Buffer.byteLength(body) };
  if (err.headers) Object.assign(headers, err.headers);
  res.writeHead(err.httpStatus, headers);
  res.end(body);
  return err;
}
