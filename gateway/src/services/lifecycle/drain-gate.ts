/**
 * Refuses new work once the sidecar has started to shut down. The listeners
 * close at the same moment (new connections are refused); this gate answers
 * the requests that still arrive on connections already open (HTTP/1.1
 * keep-alive, HTTP/2 streams opened before the GOAWAY): REST with 503
 * ERR_SIDECAR_STOPPING, RPCs with Unavailable. Calls already running are not
 * affected; the health routes keep answering (unhealthy) so probes see why.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Interceptor } from "@connectrpc/connect";
import { sidecarStopping } from "../../errors/catalog.js";
import { toConnectError } from "../../protocols/connect/errors.js";
import { respondWithError } from "../../protocols/http/respond.js";

export class DrainGate {
  private draining = false;

  get closed(): boolean {
    return this.draining;
  }

  /** From now on new calls are refused. */
  close(): void {
    this.draining = true;
  }

  /** For the HTTP server's `extra` hook: answers and returns true when the request is refused. */
  readonly http = (req: IncomingMessage, res: ServerResponse, target: { readonly pathname: string }): boolean => {
    if (!this.draining || /^\/+v1\.0\/+healthz(\/+outbound)?\/*$/.test(target.pathname)) return false;
    req.resume();
    res.shouldKeepAlive = false;
    respondWithError(res, sidecarStopping());
    return true;
  };

  /** Refuses RPCs (every transport) once draining. */
  readonly interceptor: Interceptor = (next) => async (req) => {
    if (this.draining) throw toConnectError(sidecarStopping());
    return next(req);
  };
}
