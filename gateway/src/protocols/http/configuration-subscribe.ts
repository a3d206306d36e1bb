/**
 * The REST handler of SubscribeConfiguration(Alpha1)
 * (`GET /v1.0/configuration/{store}/subscribe?key=a&key=b`, route handler
 * "configuration-subscribe"): decodes the request from the generated route,
 * opens the same server stream a gRPC client gets, answers `{"id": ...}`
 * from its first message, and keeps consuming it in the background, posting
 * each change to the app (services/configuration/app-notifier.ts) until the
 * subscription is unsubscribed or the sidecar stops. As in daprd, the store
 * is checked first, then that there is an app to post to
 * (ERR_APP_CHANNEL_NIL).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createHandlerContext } from "@connectrpc/connect";
import * as errors from "../../errors/catalog.js";
import type { SubscribeConfigurationRequest, SubscribeConfigurationResponse } from "../../gen/dapr/proto/runtime/v1/configuration_pb.js";
import type { ConfigurationAppNotifier } from "../../services/configuration/app-notifier.js";
import type { ConfigurationService } from "../../services/configuration/configuration-service.js";
import type { Logger } from "../../util/logger.js";
import { compileRoute, type CompiledRoute } from "../rest/compiled-route.js";
import type { RestJsonCodec } from "../rest/json-codec.js";
import type { RestRoute } from "../rest/route.js";
import type { RouteMatch } from "../rest/router.js";
import type { RequestTarget } from "../../server/request-target.js";
import { decodeRequest } from "../rest/transcode.js";
import { respondWithError } from "./respond.js";

export interface ConfigurationSubscribeOptions {
  readonly service: ConfigurationService;
  /** Undefined when the sidecar runs without an app. */
  readonly notifier?: ConfigurationAppNotifier;
  readonly codec: RestJsonCodec;
  /** Aborted when the sidecar shuts down; ends the subscriptions. */
  readonly shutdown: AbortSignal;
  readonly logger: Logger;
}

const noBody = new Uint8Array(0);

export class ConfigurationSubscribeRoute {
  private readonly compiled = new Map<RestRoute, CompiledRoute>();

  constructor(private readonly opts: ConfigurationSubscribeOptions) {}

  /** The handler of the configuration-subscribe routes (RestAdapter `proxies["configuration-subscribe"]`). */
  readonly handle = async (req: IncomingMessage, res: ServerResponse, match: RouteMatch, target: RequestTarget): Promise<void> => {
    req.resume();
    try {
      const c = this.route(match.route);
      const msg = decodeRequest(this.opts.codec, c, { values: match.values, query: target.searchParams, headers: req.headers, body: noBody }) as SubscribeConfigurationRequest;
      const service = this.opts.service;
      service.store(msg.storeName, (e) => errors.configurationSubscribe(msg.keys, msg.storeName, e));
      const notifier = this.opts.notifier;
      if (!notifier) throw errors.configurationAppChannelNil();
      const ctx = createHandlerContext({
        service: c.route.service,
        method: c.method,
        protocolName: "rest",
        requestMethod: req.method ?? "GET",
        url: target.url().href,
        shutdownSignal: this.opts.shutdown,
        requestHeader: {},
      });
      const stream = service.subscribeConfiguration(msg, ctx);
      const first = await stream.next();
      if (first.done) throw errors.configurationSubscribe(msg.keys, msg.storeName, new Error("the subscription ended before it started"));
      const body = JSON.stringify({ id: first.value.id }) + "\n";
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
      void this.forward(stream, msg.storeName, notifier, ctx.signal);
    } catch (e) {
      respondWithError(res, e);
    }
  };

  /** Posts every later message of the stream to the app, one after the other. */
  private async forward(stream: AsyncGenerator<SubscribeConfigurationResponse>, store: string, notifier: ConfigurationAppNotifier, signal: AbortSignal): Promise<void> {
    try {
      for (let r = await stream.next(); !r.done; r = await stream.next()) await notifier.notify(store, r.value, signal);
    } catch (e) {
      this.opts.logger.warn("configuration subscription ended with an error", { store, error: e });
    }
  }

  private route(route: RestRoute): CompiledRoute {
    let c = this.compiled.get(route);
    if (!c) this.compiled.set(route, (c = compileRoute(route)));
    return c;
  }
}
