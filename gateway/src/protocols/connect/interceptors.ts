import type { Interceptor, StreamResponse } from "@connectrpc/connect";
import { unauthenticated } from "../../errors/catalog.js";
import { apiTokenHeader, type TokenCheck } from "../../server/auth.js";
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

/** Refuses calls without the API token when one is configured. */
export function authInterceptor(tokens: TokenCheck): Interceptor {
  return (next) => async (req) => {
    if (!tokens.accepts(req.header.get(apiTokenHeader))) throw toConnectError(unauthenticated());
    return next(req);
  };
}
