/**
 * HTTP service invocation: `/v1.0/invoke/{id}/method/{method...}` with any
 * verb, and any request matching no route that names its app with a
 * `dapr-app-id` header or basic-auth user (then the whole path is the
 * method). The hand-written handler family of the REST adapter: bodies,
 * query strings and headers pass through unchanged (minus hop-by-hop
 * headers, dapr-api-token and dapr-app-id), and so do the app's status,
 * headers and body.
 *
 * The target is this sidecar's app (over HTTP, streamed through pooled
 * connections, or translated to AppCallback.OnInvoke for a gRPC app), or the
 * sidecar of another app found by name resolution, which delivers it to its
 * app. A call for the local app made before the app listens waits for it,
 * for as long as the caller waits.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppChannel } from "../../app-channel/app-channel.js";
import type { HttpAppClient } from "../../app-channel/http-app-client.js";
import * as errors from "../../errors/catalog.js";
import { peerTokenHeader } from "../../server/auth.js";
import { httpRequestHeadersForApp } from "../../services/invoke/header-mapping.js";
import { appMethodFor } from "../../services/invoke/http-verb.js";
import type { Invocation } from "../../services/invoke/invocation.js";
import { findInvocationAddress, methodToPath, normalizeMethod } from "../../services/invoke/method-name.js";
import type { PeerAddress } from "../../services/invoke/name-resolver.js";
import { invokeGrpcApp } from "./invoke-grpc-app.js";
import { connectionRefused, prepareBody, Relay } from "./invoke-relay.js";
import { respondWithError } from "./respond.js";

export class HttpInvokeProxy {
  constructor(
    private readonly inv: Invocation,
    /** Aborted when the sidecar shuts down (ends calls waiting for the app). */
    private readonly shutdown: AbortSignal,
  ) {}

  /** The handler of the invoke route (RestAdapter `proxies["invoke-proxy"]`). */
  readonly route = (req: IncomingMessage, res: ServerResponse): Promise<void> => this.serve(req, res);

  /**
   * The handler for requests that match no route: an invocation when they
   * name an app, else 404 ERR_DIRECT_INVOKE, as in Dapr.
   */
  readonly fallback = (req: IncomingMessage, res: ServerResponse): Promise<void> => this.serve(req, res);

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.invoke(req, res);
    } catch (e) {
      respondWithError(res, e);
    }
  }

  private async invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const rawPath = q < 0 ? url : url.slice(0, q);
    const query = q < 0 ? "" : url.slice(q + 1);
    const address = findInvocationAddress(rawPath, req.headers);
    if (!address) throw errors.directInvokeNoAppId();
    const appId = address.appId;
    let method: string;
    try {
      method = normalizeMethod(address.method);
    } catch (e) {
      throw errors.directInvoke(appId, e);
    }
    if (!this.inv.targets.isLocal(appId)) {
      const target = await this.inv.targets.resolve(appId, req.headers[peerTokenHeader] !== undefined);
      if (target.kind === "peer") return this.toPeer(req, res, target.peer, appId, method, query);
    }
    const app = this.inv.localApp(appId);
    if (!app.ready) await this.waitForApp(app, appId, res);
    if (app.http) return this.toHttpApp(app.http, req, res, appId, method, query);
    return invokeGrpcApp(app.grpc!, req, res, { method, query, maxBodyBytes: this.inv.maxBodyBytes });
  }

  private async toHttpApp(http: HttpAppClient, req: IncomingMessage, res: ServerResponse, appId: string, method: string, query: string): Promise<void> {
    const verb = appMethodFor(req.method ?? "GET");
    if (!verb) throw errors.directInvoke(appId, new Error("invalid HTTP verb"));
    const body = await prepareBody(req, this.inv.maxBodyBytes);
    const headers = httpRequestHeadersForApp(req.rawHeaders, req.headers.connection, { keepContentLength: body.streamedWithLength });
    const relay = new Relay(res, appId);
    http.dispatch({ method: verb, path: query ? `${methodToPath(method)}?${query}` : methodToPath(method), headers, body: body.body }, relay);
    return relay.finished;
  }

  /** Sends the call to the sidecar of the target app, which delivers it; one retry elsewhere when the connection is refused. */
  private async toPeer(req: IncomingMessage, res: ServerResponse, peer: PeerAddress, appId: string, method: string, query: string): Promise<void> {
    const verb = appMethodFor(req.method ?? "GET");
    if (!verb) throw errors.directInvoke(appId, new Error("invalid HTTP verb"));
    const body = await prepareBody(req, this.inv.maxBodyBytes);
    const headers = httpRequestHeadersForApp(req.rawHeaders, req.headers.connection, { toPeer: true, keepContentLength: body.streamedWithLength });
    this.inv.forwarded.appendTo(headers, peer.appId);
    headers.push(peerTokenHeader, peer.peerToken);
    const tokenAt = headers.length - 1;
    const methodPath = methodToPath(method);
    const path = (p: PeerAddress) => `/v1.0/invoke/${encodeURIComponent(p.appId)}/method${methodPath}${query ? `?${query}` : ""}`;
    const send = (p: PeerAddress) => {
      headers[tokenAt] = p.peerToken;
      this.inv.peers.http(p).dispatch({ method: verb, path: path(p), headers, body: body.body }, relay);
    };
    let retried = false;
    const relay = new Relay(res, appId, (err) => {
      if (!connectionRefused(err)) return false;
      this.inv.targets.forget(peer);
      if (retried || !body.replayable) return false;
      retried = true;
      this.inv.targets.resolve(appId, false).then(
        (again) => (again.kind === "peer" ? send((peer = again.peer)) : relay.onError(errors.directInvoke(appId, err))),
        (e: Error) => relay.onError(e),
      );
      return true;
    });
    send(peer);
    return relay.finished;
  }

  /** Waits for the app until it listens, the caller goes away or the sidecar stops. */
  private async waitForApp(app: AppChannel, appId: string, res: ServerResponse): Promise<void> {
    const caller = new AbortController();
    const onClose = () => caller.abort(new Error("the caller went away"));
    res.once("close", onClose);
    try {
      await this.inv.waitForApp(app, appId, AbortSignal.any([caller.signal, this.shutdown]));
    } finally {
      res.off("close", onClose);
    }
  }
}
