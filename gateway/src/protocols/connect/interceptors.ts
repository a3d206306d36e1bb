import type { Interceptor, StreamResponse } from "@connectrpc/connect";
import { unauthenticated } from "../../errors/catalog.js";
import { tokenExemptServices } from "../../gen/token-exempt.js";
import { apiTokenHeader, peerTokenHeader, type TokenCheck } from "../../server/auth.js";
import { toConnectError } from "./errors.js";

/** Turns DaprErrors thrown by services (also midway through a stream) into gRPC statuses with details. */
export const errorInterceptor: Interceptor = (next) => async (req) => {
  try {
    const res = await next(req);
    if (!res.stream) return res;
    return { ...res, message: mapStreamErrors(res.message) } as StreamResponse;
  } catch (e) {
    throw toConnectError(e);
  }
};

async function* mapStreamErrors<T>(it: AsyncIterable<T>): AsyncIterable<T> {
  try {
    yield* it;
  } catch (e) {
    throw toConnectError(e);
  }
}

/**
 * Refuses calls without the API token when one is configured, as daprd does
 * (the health service and pillion's site are exempt, like their REST routes:
 * gen/token-exempt.ts). The token is removed from the headers once checked,
 * so it goes no further.
 */
export function authInterceptor(tokens: TokenCheck, opts: { readonly peerServices?: ReadonlySet<string> } = {}): Interceptor {
  return (next) => async (req) => {
    if (tokenExemptServices.has(req.service.typeName)) return next(req);
    // A service call another pillion sidecar forwarded here carries its peer token instead
    // (InvokeService, and calls of user-defined services routed to this sidecar's app).
    const forwardable = req.method.name === "InvokeService" || opts.peerServices?.has(req.service.typeName) === true;
    if (forwardable && tokens.acceptsPeer(req.header.get(peerTokenHeader))) return next(req);
    const given = req.header.get(apiTokenHeader);
    if (given === null) throw toConnectError(unauthenticated("missing"));
    if (!tokens.accepts(given)) throw toConnectError(unauthenticated("mismatch"));
    req.header.delete(apiTokenHeader);
    return next(req);
  };
}
