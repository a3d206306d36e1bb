/**
 * Applies the gRPC rules of the Configuration's spec.api lists to RPCs of
 * dapr.proto.runtime.v1.Dapr on every RPC transport: a call the lists do not
 * allow answers as daprd's gRPC endpoint check does (Unimplemented, built
 * from HTTP 501 "requested endpoint is not available").
 */
import type { Interceptor } from "@connectrpc/connect";
import { apiNotAvailable } from "../errors/catalog.js";
import { toConnectError } from "../protocols/connect/errors.js";
import { daprServiceName, type ApiAccess } from "./api-access.js";

export function apiAccessInterceptor(access: ApiAccess): Interceptor {
  return (next) => async (req) => {
    if (req.service.typeName === daprServiceName && !access.allowsDaprRpc(req.method.name)) throw toConnectError(apiNotAvailable());
    return next(req);
  };
}
